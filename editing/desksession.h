#pragma once

#include "accountmanager.h"
#include "deskverifier.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace Sync {
class SyncEngine;
}

namespace Editing {

// The people at this desk: the member signed in on this profile and the
// team members signed in beside them (co-authors), one of whom is the
// active author every local change is written under. Sign-in, reading the
// co-authors' tokens into the engine and the sync after it are wired here
// once, for the app and for `leadernet-sync` alike.
//
// Thread: the GUI (or main) thread. The account manager and the engine are
// not owned and must outlive the session. Signals:
// - ready() after a sign-in (or a restored one) once every co-author's
//   token has been read (or found missing); a sync follows when
//   syncAfterSignIn is on;
// - signInFailed(), passwordNeeded(): as AccountManager's, passed on;
// - peopleChanged() when someone joins or leaves the desk or their token
//   goes or comes back; activeAuthorChanged() when the author changes.
//
// Everyone who signs in here with a password (the member, a co-author)
// gets an offline verifier (DeskVerifier), so switching back to them later
// asks for their password without the network. Signing out forgets them.
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    // WrongPassword: the password did not match; NoVerifier: this computer
    // cannot check it (the person signs in again, online).
    enum class Refusal { WrongPassword, NoVerifier, NotAtDesk };
    Q_ENUM(Refusal)

    struct Person {
        Sync::Account account;
        bool hasToken = false; // false: their changes wait until they sign in again
        bool isMember = false; // the member the profile belongs to
        bool disabled = false; // the server said their account is disabled
    };

    DeskSession(Sync::AccountManager *accounts, Sync::SyncEngine *engine,
                QObject *parent = nullptr);

    void setSyncAfterSignIn(bool on) { m_syncAfterSignIn = on; }

    // Signs `username` in with `password` when a name is given, else
    // restores the remembered sign-in.
    void start(const QString &username = {}, const QString &password = {});
    void signOut();

    // Signs a team member in beside the member, with their own password.
    void addCoAuthor(const QString &username, const QString &password);
    void removeCoAuthor(const QString &memberId);

    bool isSignedIn() const;
    const Sync::Account &member() const;
    QList<Person> people() const;
    const Person *person(const QString &memberId) const;

    // Who local changes are written under: the member unless another person
    // at the desk was made active. Empty when nobody is signed in.
    QString activeAuthorId() const { return m_activeAuthor; }
    // False when `memberId` is not at this desk.
    bool setActiveAuthor(const QString &memberId);
    // Makes `memberId` the active author once `password` is checked against
    // the verifier kept on this computer (no network); switched() or
    // switchRefused() follows. Switching to the active author needs nothing.
    void switchAuthor(const QString &memberId, const QString &password);
    // Whether switching to `memberId` can be checked offline (they signed in
    // with their password on this computer since it keeps verifiers).
    bool canSwitchTo(const QString &memberId) const;

    Sync::AccountManager *accounts() const { return m_accounts; }

Q_SIGNALS:
    void ready();
    void signInFailed(const Core::Error &error);
    void passwordNeeded(const QString &username, const Core::Error &reason);
    void coAuthorAdded(const Sync::Account &account);
    void coAuthorFailed(const QString &username, const Core::Error &error);
    void coAuthorNeedsPassword(const Sync::Account &account);
    void peopleChanged();
    // Before the author changes: editors save what was typed, in the name
    // of who typed it.
    void activeAuthorAboutToChange();
    void activeAuthorChanged(const QString &memberId);
    void switched(const QString &memberId);
    void switchRefused(const QString &memberId, Editing::DeskSession::Refusal why);
    void signedOut();

private:
    void onSignedIn(const Sync::Account &account);
    void onCoAuthorSignedIn(const Sync::Account &account, const QString &token);
    void onCoAuthorNeedsPassword(const Sync::Account &account);
    void coAuthorAnswered(const QString &memberId);
    void finishStart();
    void rememberVerifier(const Sync::Account &account);

    Sync::AccountManager *m_accounts;
    Sync::SyncEngine *m_engine;
    DeskVerifier *m_verifier;
    // Passwords between a sign-in and its answer (to make the verifier), by
    // user name in lower case; dropped with the answer.
    QHash<QString, QString> m_pendingPasswords;
    QString m_switching; // the member whose password is being checked
    QString m_signedInMember;
    QList<Person> m_coAuthors;
    QSet<QString> m_awaitingTokens; // co-authors whose tokens are being read
    QString m_activeAuthor;
    bool m_syncAfterSignIn = true;
    bool m_starting = false;
};

} // namespace Editing
