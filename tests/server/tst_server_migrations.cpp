// The server store's schema migrations, on SQLite and PostgreSQL: a fresh
// store, a store newer than this server (refused), and stores older servers
// left (versions 2, 3 and 6) brought to the latest version with what they
// held.
#include "accountstore.h"
#include "attachmentstore.h"
#include "database.h"
#include "entityschema.h"
#include "servermigrations.h"
#include "signinstore.h"
#include "storefixture.h"
#include "storewriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Server;
using TestCommon::TestStore;

class TestServerMigrations final : public TestCommon::StoreFixture
{
    Q_OBJECT

private:
    // The member an older server stored, in the migration tests.
    static Core::Record earlyMember()
    {
        return make(Core::Entity::Member,
                    {{u"username"_s, u"early"_s}, {u"roles"_s, QJsonArray{u"member"_s}}});
    }

    // A store an older server left at schema `version`, holding `member` and
    // its account; `more` writes what else that version knew. Each of
    // `unknown` (statements a later version makes valid) must fail there.
    static void writeOldStore(const StoreLocation &location, int version,
                              const Core::Record &member, bool active,
                              const std::function<void(StoreWriter &)> &more,
                              const QStringList &unknown)
    {
        ServerStore store(location);
        const auto db = store.connection();
        QVERIFY(db.ok());
        QVERIFY(ServerMigrations::migrate(*db, location.dialect, version).ok());
        auto w = store.beginWrite();
        QVERIFY(w.ok());
        QVERIFY((*w)->putRecord(member).ok());
        QVERIFY(AccountStore(**w)
                    .createAccount(member.id, member.text(u"username"), u"$argon2id$fake"_s, active)
                    .ok());
        if (more)
            more(**w);
        QVERIFY((*w)->commit().ok());
        for (const QString &sql : unknown) {
            QSqlQuery q(*db);
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_databases.clear(); }

    void migratesAFreshStore()
    {
        const StoreLocation location = freshLocation(u"fresh"_s);
        ServerStore store(location);
        QVERIFY(store.open().ok());
        QCOMPARE(store.dialect(), location.dialect);
        const auto db = store.connection();
        QVERIFY(db.ok());
        if (m_kind == TestStore::Sqlite) {
            QCOMPARE(scalar(*db, u"PRAGMA user_version"_s), ServerMigrations::LatestVersion);
            QSqlQuery q(*db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        } else {
            QCOMPARE(scalar(*db, u"SELECT version FROM schema_version"_s),
                     ServerMigrations::LatestVersion);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_version"_s), 1);
            QCOMPARE(scalar(*db, u"SELECT seq FROM seq_counter"_s), 0);
        }
        // Opening again is a no-op.
        ServerStore again(location);
        QVERIFY(again.open().ok());
        const auto other = again.connection();
        QVERIFY(other.ok());
        QCOMPARE(scalar(*other, u"SELECT count(*) FROM records"_s), 0);
    }

    void refusesANewerStore()
    {
        const StoreLocation location = freshLocation(u"newer"_s);
        {
            ServerStore store(location);
            QVERIFY(store.open().ok());
            const auto db = store.connection();
            QVERIFY(Core::exec(*db, m_kind == TestStore::Sqlite
                                        ? u"PRAGMA user_version = 99"_s
                                        : u"UPDATE schema_version SET version = 99"_s)
                        .ok());
        }
        ServerStore store(location);
        const Core::Status s = store.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Core::ErrorCode::DatabaseTooNew);
        QVERIFY(s.error().detail.contains(u"99"_s));
    }

    // A store of version 2 (before one-time account tokens) gains the table
    // and keeps its accounts and records.
    void migratesVersion2ToTheLatest()
    {
        const StoreLocation location = freshLocation(u"version2"_s);
        const Core::Record member = earlyMember();
        writeOldStore(location, 2, member, true, {}, {u"SELECT count(*) FROM account_tokens"_s});
        if (QTest::currentTestFailed())
            return;
        ServerStore store(location);
        QVERIFY(store.open().ok());
        const auto db = store.connection();
        QCOMPARE(schemaVersion(*db), ServerMigrations::LatestVersion);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM account_tokens"_s), 0);
        QCOMPARE(SignInStore(store).accountByUsername(u"early"_s).value()->memberId, member.id);
        QVERIFY(store.record(member.entity, member.id).value().has_value());
        auto w = store.beginWrite();
        QVERIFY(
            AccountStore(**w)
                .insertAccountToken(u"hash"_s, member.id, u"reset"_s, u"2999-01-01T00:00:00.000Z"_s)
                .ok());
        QCOMPARE(AccountStore(**w).redeemAccountToken(u"hash"_s, u"activation"_s).value(),
                 std::nullopt);
        QCOMPARE(AccountStore(**w).redeemAccountToken(u"hash"_s, u"reset"_s).value(), member.id);
        QCOMPARE(AccountStore(**w).redeemAccountToken(u"hash"_s, u"reset"_s).value(), std::nullopt);
        QVERIFY((*w)->commit().ok());
    }

    // A store of version 3 (before mail) gains the accounts' e-mail column,
    // empty for every account, and the mail outbox; it keeps its accounts and
    // their one-time tokens.
    void migratesVersion3ToTheLatest()
    {
        const StoreLocation location = freshLocation(u"version3"_s);
        const Core::Record member = earlyMember();
        writeOldStore(location, 3, member, false,
                      [&member](StoreWriter &w) {
                          QVERIFY(AccountStore(w)
                                      .insertAccountToken(u"hash"_s, member.id, u"activation"_s,
                                                          u"2999-01-01T00:00:00.000Z"_s)
                                      .ok());
                      },
                      {u"SELECT count(*) FROM mail_outbox"_s, u"SELECT email FROM accounts"_s,
                       u"SELECT pending_member FROM accounts"_s});
        if (QTest::currentTestFailed())
            return;
        ServerStore store(location);
        QVERIFY(store.open().ok());
        const auto db = store.connection();
        QCOMPARE(schemaVersion(*db), ServerMigrations::LatestVersion);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM mail_outbox"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM accounts WHERE email IS NULL"_s), 1);
        QCOMPARE(AccountStore(*store.reader().value()).accountEmail(member.id).value(), QString());
        QCOMPARE(SignInStore(store).accountByUsername(u"early"_s).value()->memberId, member.id);
        auto w = store.beginWrite();
        QVERIFY(AccountStore(**w).setAccountEmail(member.id, u"early@example.org"_s).ok());
        QCOMPARE(AccountStore(**w).accountEmail(member.id).value(), u"early@example.org"_s);
        QCOMPARE(AccountStore(**w).redeemAccountToken(u"hash"_s, u"activation"_s).value(),
                 member.id);
        QVERIFY(AccountStore(**w).setAccountEmail(member.id, {}).ok());
        QVERIFY((*w)->commit().ok());
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM accounts WHERE email IS NULL"_s), 1);
    }

    // A store of version 6 (before attachments) gains their tables, and
    // keeps files in them.
    void migratesVersion6ToTheLatest()
    {
        const StoreLocation location = freshLocation(u"version6"_s);
        const Core::Record member = earlyMember();
        writeOldStore(location, 6, member, true, {},
                      {u"SELECT count(*) FROM attachments"_s,
                       u"SELECT count(*) FROM attachment_uploads"_s,
                       u"SELECT count(*) FROM attachment_chunks"_s});
        if (QTest::currentTestFailed())
            return;
        ServerStore store(location);
        QVERIFY(store.open().ok());
        const auto db = store.connection();
        QCOMPARE(schemaVersion(*db), ServerMigrations::LatestVersion);
        QVERIFY(store.record(member.entity, member.id).value().has_value());
        // Bytes of every value survive the column type (BLOB, BYTEA).
        QByteArray bytes;
        for (int i = 0; i < 3 * 256; ++i)
            bytes.append(char(i % 256));
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        AttachmentStore attachments(store);
        const auto kept = attachments.put(
            {hash, member.id, u"application/octet-stream"_s, 0, bytes.size(), bytes});
        QVERIFY(kept.ok());
        QCOMPARE(kept->kind, UploadOutcome::Kind::Completed);
        QCOMPARE(attachments.read(hash, 0, bytes.size()).value(), bytes);
        QCOMPARE(attachments.read(hash, 255, 3).value(), bytes.mid(255, 3));
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_server_migrations.moc"
