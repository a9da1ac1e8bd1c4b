#pragma once

// One laptop for sync tests: a profile folder with its replica, and the sync
// objects of the app, talking to a real server. Helpers run one sync or one
// verify to the end on a local event loop.
#include "accountmanager.h"
#include "apiclient.h"
#include "credentialstore.h"
#include "entityschema.h"
#include "localstore.h"
#include "syncengine.h"

#include <QDate>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSync {

using namespace Qt::StringLiterals;

struct Client {
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    Sync::ApiClient api{&nam};
    Core::MemoryCredentialStore credentials;
    Sync::AccountManager accounts{&api, &credentials, dir.path()};
    Core::LocalStore store;
    Sync::SyncEngine engine{&store, &api};

    explicit Client(const QUrl &server)
    {
        api.setServer(server);
        (void)store.open(dir.filePath(Core::LocalStore::replicaFileName()));
        // Quick retries: tests wait for them.
        engine.setRetryPolicy({5, 50, 400});
    }

    QString memberId() const { return accounts.current().memberId; }
};

// Signs `user` in as the client's own member.
inline bool signIn(Client &c, const QString &user, const QString &password)
{
    QSignalSpy ok(&c.accounts, &Sync::AccountManager::signedIn);
    QSignalSpy failed(&c.accounts, &Sync::AccountManager::signInFailed);
    c.accounts.signIn(user, password);
    if (!QTest::qWaitFor([&]() { return !ok.isEmpty() || !failed.isEmpty(); }, 30000) ||
        ok.isEmpty()) {
        return false;
    }
    c.engine.setSelf(c.accounts.current().memberId);
    return true;
}

// A laptop of `user` at `server`, signed in and synced once; null when
// either fails.
inline std::unique_ptr<Client> signedInClient(const QUrl &server, const QString &user,
                                              const QString &password);

// Runs one sync; returns whether it succeeded.
inline bool syncOnce(Client &c, int timeoutMs = 120000)
{
    QSignalSpy finished(&c.engine, &Sync::SyncEngine::finished);
    c.engine.syncNow();
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

inline std::unique_ptr<Client> signedInClient(const QUrl &server, const QString &user,
                                              const QString &password)
{
    auto c = std::make_unique<Client>(server);
    if (!signIn(*c, user, password) || !syncOnce(*c))
        return nullptr;
    return c;
}

// Asks the server's digest; the scopes that differ (empty: converged), or
// {"<failed>"} when the digest could not be had.
inline QStringList verify(Client &c)
{
    QSignalSpy done(&c.engine, &Sync::SyncEngine::verified);
    c.engine.verify();
    if (!done.wait(60000))
        return {QStringLiteral("<timeout>")};
    const QStringList mismatched = done.first().at(1).toStringList();
    if (!done.first().first().toBool() && mismatched.isEmpty())
        return {QStringLiteral("<failed>")};
    return mismatched;
}

// The first record of `entity` where `field` equals `value` (or any, when
// `field` is empty).
inline Core::Record findRecord(const Core::LocalStore &store, QLatin1StringView entity,
                               const QString &field = {}, const QString &value = {})
{
    const auto all =
        field.isEmpty() ? store.records().list(entity) : store.records().list(entity, field, value);
    return all && !all->isEmpty() ? all->first() : Core::Record{};
}

// A thread of a seminar the member takes part in and that is open now (the
// server takes posts written in it).
inline Core::Record openThread(const Client &c)
{
    for (const Core::Record &p :
         c.store.records()
             .list(Core::Entity::SeminarParticipant, u"member_id"_s, c.memberId())
             .value()) {
        const auto seminar = c.store.records().get(Core::Entity::Seminar, p.text(u"seminar_id"));
        if (!seminar ||
            QDate::fromString(seminar->text(u"ends_on"), Qt::ISODate) < QDate::currentDate())
            continue;
        const Core::Record thread =
            findRecord(c.store, Core::Entity::Thread, u"seminar_id"_s, seminar->id);
        if (!thread.id.isEmpty())
            return thread;
    }
    return {};
}

} // namespace TestSync

// Fails the test when the replica differs from the server's digest.
#define VERIFY_CONVERGED(client)                                                                   \
    do {                                                                                           \
        const QStringList differ_ = TestSync::verify(client);                                      \
        QVERIFY2(differ_.isEmpty(), qPrintable(differ_.join(u", "_s)));                            \
    } while (false)
