#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace Core {
class CredentialStore;
class LocalStore;
} // namespace Core

namespace Editing {
class DeskSession;
}

namespace Sync {
class AccountManager;
class ApiClient;
class SyncEngine;
} // namespace Sync

class QNetworkAccessManager;

namespace App {

// Exit codes of leadernet-sync (documented in README.md).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,      // the sync or command failed (network, server, replica)
    ExitUsage = 2,       // wrong command line
    ExitAuth = 3,        // not signed in, or the server refused the credentials
    ExitNotVerified = 4, // `verify`: the replica differs from the server
};

// One run of the headless client: parses nothing itself (main does), runs one
// command against the profile's replica and the server, and finishes with an
// exit code. Messages for people go to stderr in the user's language; data
// (status) to stdout.
class SyncCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncCommand)

public:
    SyncCommand(const QString &profileDir, const QUrl &server, QObject *parent = nullptr);
    ~SyncCommand() override;

    // Adds the certificates of a PEM file to those trusted for HTTPS; false
    // (with a message) when the file holds none.
    bool trustCertificates(const QString &pemFile);

    // Starts `command` with its arguments; finished() follows.
    void run(const QString &command, const QStringList &arguments, const QString &password);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void login(const QString &username, const QString &password);
    void sync();
    void verify();
    // Signs in (restores the token, or uses MEMBER and the password given),
    // then calls `next`.
    void withSignIn(void (SyncCommand::*next)());
    void status();
    void addAuthor(const QString &username, const QString &password);
    void removeAuthor(const QString &nameOrId);
    void logout();
    void runSync();
    void runVerify();
    void done(int exitCode);
    bool openStore();

    QString m_profileDir;
    QTextStream m_err;
    QTextStream m_out;
    QNetworkAccessManager *m_nam;
    Sync::ApiClient *m_api;
    Core::CredentialStore *m_credentials;
    Core::LocalStore *m_store;
    Sync::AccountManager *m_accounts;
    Sync::SyncEngine *m_engine;
    Editing::DeskSession *m_desk;
    QString m_pendingUser;
    QString m_pendingPassword;
};

} // namespace App
