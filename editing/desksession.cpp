#include "desksession.h"

#include "editinglogging.h"
#include "syncengine.h"

namespace Editing {

DeskSession::DeskSession(Sync::AccountManager *accounts, Sync::SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_engine(engine)
{
    connect(accounts, &Sync::AccountManager::signedIn, this, &DeskSession::onSignedIn);
    connect(accounts, &Sync::AccountManager::signInFailed, this, &DeskSession::signInFailed);
    connect(accounts, &Sync::AccountManager::passwordNeeded, this, &DeskSession::passwordNeeded);
    connect(accounts, &Sync::AccountManager::coAuthorSignedIn, this,
            &DeskSession::onCoAuthorSignedIn);
    connect(accounts, &Sync::AccountManager::coAuthorNeedsPassword, this,
            &DeskSession::onCoAuthorNeedsPassword);
    connect(accounts, &Sync::AccountManager::coAuthorFailed, this, &DeskSession::coAuthorFailed);
    connect(accounts, &Sync::AccountManager::coAuthorRemoved, this, [this](const QString &id) {
        m_coAuthors.removeIf([&](const Person &p) { return p.account.memberId == id; });
        m_engine->removeMemberToken(id);
        if (m_activeAuthor == id) {
            m_activeAuthor = member().memberId;
            Q_EMIT activeAuthorChanged(m_activeAuthor);
        }
        Q_EMIT peopleChanged();
    });
    connect(accounts, &Sync::AccountManager::signedOut, this, [this]() {
        for (const Person &p : std::as_const(m_coAuthors))
            m_engine->removeMemberToken(p.account.memberId);
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
    if (!username.isEmpty())
        m_accounts->signIn(username, password);
    else
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

bool DeskSession::setActiveAuthor(const QString &memberId)
{
    const bool atDesk =
        (isSignedIn() && memberId == member().memberId) || person(memberId) != nullptr;
    if (!atDesk)
        return false;
    if (memberId != m_activeAuthor) {
        m_activeAuthor = memberId;
        qCInfo(lcEditing) << "active author is now" << memberId;
        Q_EMIT activeAuthorChanged(memberId);
    }
    return true;
}

void DeskSession::onSignedIn(const Sync::Account &account)
{
    // The member's own changes go with the app's token.
    m_engine->setSelf(account.memberId);
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
    m_accounts->addCoAuthor(username, password);
}

void DeskSession::removeCoAuthor(const QString &memberId)
{
    m_accounts->removeCoAuthor(memberId);
}

} // namespace Editing
