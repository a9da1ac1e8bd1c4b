#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Core {
class CredentialStore;
}

namespace Sync {

class ApiClient;
class LoginJob;

// The member signed in on this profile.
struct Account {
    QUrl server;
    QString memberId;
    QString username;
    QString displayName;
    QStringList roles;

    bool isValid() const { return !memberId.isEmpty(); }
    bool hasRole(const QString &role) const { return roles.contains(role); }
};

// Signs a member in and keeps them signed in across restarts: the account is
// remembered in the profile folder (profile.ini), the bearer token only in
// the credential store (never in a file). Sets the token on the ApiClient.
//
// Thread: the GUI (or main) thread. Signals:
// - signedIn() after signIn() succeeds or restore() finds a token;
// - signInFailed() when the server refuses or cannot be reached;
// - passwordNeeded() when restore() has an account but no token (none saved,
//   or no secret service on this machine);
// - credentialsNotSaved() when the token could not be kept (the member will
//   be asked for the password again next time; this sign-in still works);
// - credentialsSaved() when the token is kept in the credential store;
// - signedOut() once the token is forgotten.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    // `api` and `credentials` are not owned and must outlive the manager.
    AccountManager(ApiClient *api, Core::CredentialStore *credentials, const QString &profileDir,
                   QObject *parent = nullptr);

    void signIn(const QString &username, const QString &password);
    void restore();
    void signOut();

    // Team members at one desk: other members signed in on this laptop so
    // that the changes they make are sent with their own credentials. Each
    // is remembered in the profile, their token kept in the credential store.
    void addCoAuthor(const QString &username, const QString &password);
    // Reads the remembered co-authors' tokens; coAuthorSignedIn() for each
    // one found, coAuthorNeedsPassword() for the others.
    void restoreCoAuthors();
    void removeCoAuthor(const QString &memberId);
    QList<Account> coAuthors() const;

    bool isSignedIn() const { return m_current.isValid() && m_hasToken; }
    const Account &current() const { return m_current; }
    // The account remembered in the profile, signed in or not.
    Account rememberedAccount() const;
    QString profileDir() const { return m_profileDir; }

    // The community's server address last entered on this computer, before
    // anyone signed in to it (empty: none yet).
    QUrl lastServer() const;
    void rememberServer(const QUrl &server);

    // Certificates the person chose to trust on this computer (a server's
    // self-signed certificate, after seeing its fingerprint), kept in the
    // profile and trusted by the api client from then on.
    Core::Status trustCertificate(const QSslCertificate &certificate);
    QString trustedCertificatesPath() const;

Q_SIGNALS:
    void signedIn(const Sync::Account &account);
    void signInFailed(const Core::Error &error);
    void passwordNeeded(const QString &username, const Core::Error &reason);
    void credentialsNotSaved(const Core::Error &reason);
    void credentialsSaved();
    void signedOut();
    void coAuthorSignedIn(const Sync::Account &account, const QString &token);
    void coAuthorFailed(const QString &username, const Core::Error &error);
    void coAuthorNeedsPassword(const Sync::Account &account);
    void coAuthorRemoved(const QString &memberId);

private:
    // Signs `username` in with this computer's device credential, keeps the
    // one the server gives, then calls `finished` with the finished job.
    void login(const QString &username, const QString &password,
               std::function<void(LoginJob *)> finished);
    void rememberCoAuthors(const QList<Account> &accounts);
    QString settingsPath() const;
    static QString credentialKey(const Account &account);
    // Where this computer's device credential for `username` on `server` is
    // kept: it outlives signing out, so that the server knows the computer.
    static QString deviceKey(const QUrl &server, const QString &username);
    void remember(const Account &account);

    ApiClient *m_api;
    Core::CredentialStore *m_credentials;
    QString m_profileDir;
    Account m_current;
    bool m_hasToken = false;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::Account)
Q_DECLARE_METATYPE(Core::Error)
