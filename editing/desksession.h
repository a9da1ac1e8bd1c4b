#pragma once

#include "accountmanager.h"
#include "result.h"

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
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    struct Person {
        Sync::Account account;
        bool hasToken = false; // false: their changes wait until they sign in again
        bool isMember = false; // the member the profile belongs to
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

    Sync::AccountManager *accounts() const { return m_accounts; }

Q_SIGNALS:
    void ready();
    void signInFailed(const Core::Error &error);
    void passwordNeeded(const QString &username, const Core::Error &reason);
    void coAuthorAdded(const Sync::Account &account);
    void coAuthorFailed(const QString &username, const Core::Error &error);
    void coAuthorNeedsPassword(const Sync::Account &account);
    void peopleChanged();
    void activeAuthorChanged(const QString &memberId);
    void signedOut();

private:
    void onSignedIn(const Sync::Account &account);
    void onCoAuthorSignedIn(const Sync::Account &account, const QString &token);
    void onCoAuthorNeedsPassword(const Sync::Account &account);
    void coAuthorAnswered(const QString &memberId);
    void finishStart();

    Sync::AccountManager *m_accounts;
    Sync::SyncEngine *m_engine;
    QList<Person> m_coAuthors;
    QSet<QString> m_awaitingTokens; // co-authors whose tokens are being read
    QString m_activeAuthor;
    bool m_syncAfterSignIn = true;
    bool m_starting = false;
};

} // namespace Editing
