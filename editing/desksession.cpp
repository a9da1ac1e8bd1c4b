#include "desksession.h"

#include "editinglogging.h"
#include "localstore.h"
#include "syncengine.h"

namespace Editing {

DeskSession::DeskSession(Sync::AccountManager *accounts, Sync::SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_engine(engine)
    , m_verifier(new DeskVerifier(accounts->profileDir(), this))
{
    connect(m_verifier, &DeskVerifier::checked, this, [this](const QString &id, bool ok) {
        if (id != m_switching)
            return;
        m_switching.clear();
        if (!ok) {
            Q_EMIT switchRefused(id, m_verifier->has(id) ? Refusal::WrongPassword
                                                         : Refusal::NoVerifier);
            return;
        }
        if (!setActiveAuthor(id)) {
            Q_EMIT switchRefused(id, Refusal::NotAtDesk);
            return;
        }
        Q_EMIT switched(id);
    });
    connect(accounts, &Sync::AccountManager::coAuthorFailed, this,
            [this](const QString &username) { m_pendingPasswords.remove(username.toLower()); });
    connect(accounts, &Sync::AccountManager::signInFailed, this,
            [this]() { m_pendingPasswords.clear(); });
    connect(accounts, &Sync::AccountManager::signedIn, this, &DeskSession::onSignedIn);
    connect(accounts, &Sync::AccountManager::signInFailed, this, &DeskSession::signInFailed);
    connect(accounts, &Sync::AccountManager::passwordNeeded, this, &DeskSession::passwordNeeded);
    connect(accounts, &Sync::AccountManager::coAuthorSignedIn, this,
            &DeskSession::onCoAuthorSignedIn);
    connect(accounts, &Sync::AccountManager::coAuthorNeedsPassword, this,
            &DeskSession::onCoAuthorNeedsPassword);
    connect(accounts, &Sync::AccountManager::coAuthorFailed, this, &DeskSession::coAuthorFailed);
    // A co-author refused while their changes were sent waits to sign in
    // again; one whose account is disabled is shown so.
    connect(engine, &Sync::SyncEngine::authorSignInRefused, this, [this](const QString &id) {
        for (Person &p : m_coAuthors) {
            if (p.account.memberId == id)
                p.hasToken = false;
        }
        Q_EMIT peopleChanged();
    });
    connect(this, &DeskSession::coAuthorFailed, this,
            [this](const QString &username, const Core::Error &error) {
                bool changed = false;
                for (Person &p : m_coAuthors) {
                    if (p.account.username.compare(username, Qt::CaseInsensitive) == 0) {
                        p.disabled = error.code == Core::ErrorCode::AccountDisabled;
                        changed = true;
                    }
                }
                if (changed)
                    Q_EMIT peopleChanged();
            });
    connect(accounts, &Sync::AccountManager::coAuthorRemoved, this, [this](const QString &id) {
        m_coAuthors.removeIf([&](const Person &p) { return p.account.memberId == id; });
        m_engine->removeMemberToken(id);
        m_verifier->forget(id);
        if (m_activeAuthor == id) {
            Q_EMIT activeAuthorAboutToChange(); // their typing is saved in their name
            m_activeAuthor = member().memberId;
            Q_EMIT activeAuthorChanged(m_activeAuthor);
        }
        Q_EMIT peopleChanged();
    });
    connect(accounts, &Sync::AccountManager::signedOut, this, [this]() {
        if (!m_activeAuthor.isEmpty())
            Q_EMIT activeAuthorAboutToChange();
        // The next person at this laptop finds nobody's verifier.
        for (const Person &p : std::as_const(m_coAuthors)) {
            m_engine->removeMemberToken(p.account.memberId);
            m_verifier->forget(p.account.memberId);
        }
        m_verifier->forget(m_signedInMember);
        m_signedInMember.clear();
        m_coAuthors.clear();
        m_awaitingTokens.clear();
        m_engine->setSelf({});
        const bool hadAuthor = !m_activeAuthor.isEmpty();
        m_activeAuthor.clear();
        if (hadAuthor)
            Q_EMIT activeAuthorChanged({});
        Q_EMIT peopleChanged();
        Q_EMIT signedOut();
    });
}

void DeskSession::start(const QString &username, const QString &password)
{
    if (!username.isEmpty()) {
        m_pendingPasswords.insert(username.toLower(), password);
        m_accounts->signIn(username, password);
    } else
        m_accounts->restore();
}

void DeskSession::signOut()
{
    m_accounts->signOut();
}

bool DeskSession::isSignedIn() const
{
    return m_accounts->isSignedIn();
}

const Sync::Account &DeskSession::member() const
{
    return m_accounts->current();
}

QList<DeskSession::Person> DeskSession::people() const
{
    QList<Person> out;
    if (isSignedIn())
        out << Person{member(), true, true};
    out << m_coAuthors;
    return out;
}

const DeskSession::Person *DeskSession::person(const QString &memberId) const
{
    for (const Person &p : m_coAuthors) {
        if (p.account.memberId == memberId)
            return &p;
    }
    return nullptr;
}

bool DeskSession::canSwitchTo(const QString &memberId) const
{
    return memberId == m_activeAuthor || m_verifier->has(memberId);
}

void DeskSession::switchAuthor(const QString &memberId, const QString &password)
{
    const bool atDesk =
        (isSignedIn() && memberId == member().memberId) || person(memberId) != nullptr;
    if (!atDesk) {
        Q_EMIT switchRefused(memberId, Refusal::NotAtDesk);
        return;
    }
    if (memberId == m_activeAuthor) {
        Q_EMIT switched(memberId);
        return;
    }
    m_switching = memberId;
    m_verifier->check(memberId, password);
}

void DeskSession::rememberVerifier(const Sync::Account &account)
{
    const auto pending = m_pendingPasswords.constFind(account.username.toLower());
    if (pending == m_pendingPasswords.cend())
        return;
    m_verifier->remember(account.memberId, *pending);
    m_pendingPasswords.erase(pending);
}

bool DeskSession::setActiveAuthor(const QString &memberId)
{
    const bool atDesk =
        (isSignedIn() && memberId == member().memberId) || person(memberId) != nullptr;
    if (!atDesk)
        return false;
    if (memberId != m_activeAuthor) {
        Q_EMIT activeAuthorAboutToChange();
        m_activeAuthor = memberId;
        qCInfo(lcEditing) << "active author is now" << memberId;
        Q_EMIT activeAuthorChanged(memberId);
    }
    return true;
}

void DeskSession::onSignedIn(const Sync::Account &account)
{
    // A replica shows only what the member signed in on it may see: another
    // member's replica is emptied and filled again by the sync.
    if (m_engine->store()->isOpen()) {
        const Core::Result<bool> adopted = m_engine->store()->adoptMember(account.memberId);
        if (!adopted)
            qCWarning(lcEditing) << "cannot give the replica to" << account.memberId << ":"
                                 << adopted.error().detail;
    }
    // The member's own changes go with the app's token.
    m_engine->setSelf(account.memberId);
    m_signedInMember = account.memberId;
    rememberVerifier(account);
    if (m_activeAuthor.isEmpty() ||
        (!person(m_activeAuthor) && m_activeAuthor != account.memberId)) {
        m_activeAuthor = account.memberId;
        Q_EMIT activeAuthorChanged(m_activeAuthor);
    }
    Q_EMIT peopleChanged();
    m_starting = true;
    m_awaitingTokens.clear();
    for (const Sync::Account &a : m_accounts->coAuthors()) {
        if (a.server == account.server)
            m_awaitingTokens.insert(a.memberId);
    }
    if (m_awaitingTokens.isEmpty()) {
        finishStart();
        return;
    }
    m_accounts->restoreCoAuthors();
}

void DeskSession::onCoAuthorSignedIn(const Sync::Account &account, const QString &token)
{
    m_engine->setMemberToken(account.memberId, token);
    rememberVerifier(account);
    m_coAuthors.removeIf([&](const Person &p) { return p.account.memberId == account.memberId; });
    m_coAuthors << Person{account, true, false};
    Q_EMIT peopleChanged();
    if (!m_awaitingTokens.contains(account.memberId))
        Q_EMIT coAuthorAdded(account); // added now, not restored
    coAuthorAnswered(account.memberId);
}

void DeskSession::onCoAuthorNeedsPassword(const Sync::Account &account)
{
    m_coAuthors.removeIf([&](const Person &p) { return p.account.memberId == account.memberId; });
    m_coAuthors << Person{account, false, false};
    Q_EMIT peopleChanged();
    Q_EMIT coAuthorNeedsPassword(account);
    coAuthorAnswered(account.memberId);
}

void DeskSession::coAuthorAnswered(const QString &memberId)
{
    if (!m_awaitingTokens.remove(memberId) || !m_awaitingTokens.isEmpty())
        return;
    finishStart();
}

void DeskSession::finishStart()
{
    if (!m_starting)
        return;
    m_starting = false;
    Q_EMIT ready();
    if (m_syncAfterSignIn)
        m_engine->syncNow();
}

void DeskSession::addCoAuthor(const QString &username, const QString &password)
{
    m_pendingPasswords.insert(username.toLower(), password);
    m_accounts->addCoAuthor(username, password);
}

void DeskSession::removeCoAuthor(const QString &memberId)
{
    m_accounts->removeCoAuthor(memberId);
}

} // namespace Editing
