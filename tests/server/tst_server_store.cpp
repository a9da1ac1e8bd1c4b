// The server store in-process, on SQLite or PostgreSQL (LEADERNET_TEST_STORE):
// migrations, the change log's seq numbers (also under concurrent writers),
// tombstones, and scopes that follow the records that grant them.
#include "accountstore.h"
#include "attachmentstore.h"
#include "authorization.h"
#include "clock.h"
#include "database.h"
#include "entityschema.h"
#include "mailoutbox.h"
#include "servermigrations.h"
#include "serverstore.h"
#include "signinstore.h"
#include "storefixture.h"
#include "storewriter.h"
#include "testdatabase.h"
#include "writerqueue.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Server;
using TestCommon::TestDatabase;
using TestCommon::TestStore;

namespace {

QStringList ids(const Sync::Protocol::PullPage &page)
{
    QStringList out;
    for (const Core::Record &r : page.records)
        out << r.id;
    return out;
}

} // namespace

class TestServerStore final : public TestCommon::StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_databases.clear(); }

    // An upload nobody added to for a week is dropped when another begins;
    // younger ones stay.
    void abandonedUploadsAreDropped()
    {
        ServerStore store(freshLocation(u"abandoned"_s));
        QVERIFY(store.open().ok());
        Core::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        AttachmentStore attachments(store, &clock);
        const auto hashOf = [](const QByteArray &bytes) {
            return QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        };
        const QByteArray old(1000, 'o');
        const QByteArray young(1000, 'y');
        const QByteArray fresh(1000, 'f');
        const auto begin = [&](const QByteArray &bytes, const QString &member) {
            const auto outcome = attachments.put(
                {hashOf(bytes), member, u"text/plain"_s, 0, bytes.size(), bytes.first(100)});
            QVERIFY(outcome.ok());
            QCOMPARE(outcome->kind, UploadOutcome::Kind::Partial);
        };
        begin(old, u"m1"_s);
        clock.advance(qint64(3) * 24 * 3600 * 1000);
        begin(young, u"m2"_s);
        clock.advance(qint64(4) * 24 * 3600 * 1000 + 1000); // the old one: a week and a second
        QCOMPARE(attachments.uploadOffset(hashOf(old), u"m1"_s).value(), 100);
        begin(fresh, u"m3"_s);
        QCOMPARE(attachments.uploadOffset(hashOf(old), u"m1"_s).value(), 0);
        QCOMPARE(attachments.uploadOffset(hashOf(young), u"m2"_s).value(), 100);
        QCOMPARE(attachments.uploadOffset(hashOf(fresh), u"m3"_s).value(), 100);
        const auto db = store.connection();
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM attachment_chunks"_s), 2);
        // The dropped upload starts again from nothing.
        const auto again =
            attachments.put({hashOf(old), u"m1"_s, u"text/plain"_s, 100, old.size(), old.mid(100)});
        QVERIFY(again.ok());
        QCOMPARE(again->kind, UploadOutcome::Kind::WrongOffset);
        QCOMPARE(again->received, 0);
    }

    // The outbox hands each due mail to one sender at a time, takes failed
    // ones back when they are due again, and drops those whose token expired;
    // using a token drops the mails that carry its kind.
    void mailOutboxClaimsRetriesAndExpires()
    {
        ServerStore store(freshLocation(u"outbox"_s));
        QVERIFY(store.open().ok());
        const Core::Record member =
            make(Core::Entity::Member,
                 {{u"username"_s, u"mailed"_s}, {u"roles"_s, QJsonArray{u"member"_s}}});
        const auto mail = [&](const QString &id, const QString &purpose, const QString &expires) {
            OutboxMail m;
            m.message = {id, u"mailed@example.org"_s, u"Subject"_s, u"Body"_s,
                         u"2030-01-01T00:00:00.000Z"_s};
            m.memberId = member.id;
            m.purpose = purpose;
            m.expiresAt = expires;
            return m;
        };
        {
            auto w = store.beginWrite();
            QVERIFY((*w)->putRecord(member).ok());
            QVERIFY(
                AccountStore(**w).createAccount(member.id, u"mailed"_s, u"$argon2id$fake"_s).ok());
            for (const OutboxMail &m :
                 {mail(u"m1"_s, u"reset"_s, u"2999-01-01T00:00:00.000Z"_s),
                  mail(u"m2"_s, u"activation"_s, u"2999-01-01T00:00:00.000Z"_s),
                  mail(u"gone"_s, u"reset"_s, u"2001-01-01T00:00:00.000Z"_s)}) {
                QVERIFY(MailOutbox(**w).queueMail(m).ok());
            }
            QVERIFY((*w)->commit().ok());
        }
        const QString now = u"2030-01-01T00:00:01.000Z"_s;
        const QString later = u"2030-01-01T00:15:00.000Z"_s;
        const auto claim = [&](const QString &at, int *expired = nullptr) {
            auto w = store.beginWrite();
            int dropped = 0;
            const auto claimed = MailOutbox(**w).claimDueMails(at, later, 10, &dropped);
            QStringList ids;
            for (const OutboxMail &m : claimed.value())
                ids << m.message.id;
            if (expired)
                *expired = dropped;
            if (!(*w)->commit().ok())
                ids << u"commit failed"_s;
            return ids;
        };
        int expired = 0;
        QCOMPARE(claim(now, &expired), (QStringList{u"m1"_s, u"m2"_s}));
        QCOMPARE(expired, 1);
        QCOMPARE(claim(now), QStringList()); // claimed: nobody else takes them
        {
            auto w = store.beginWrite();
            QVERIFY(MailOutbox(**w).retryMailAt(u"m1"_s, 1, now, u"451 later"_s).ok());
            QVERIFY(MailOutbox(**w).removeMail(u"m2"_s).ok());
            QVERIFY((*w)->commit().ok());
        }
        QCOMPARE(MailOutbox(*store.reader().value()).nextMailDue().value(), now);
        QCOMPARE(claim(now), QStringList{u"m1"_s});
        {
            auto w = store.beginWrite();
            QVERIFY(MailOutbox(**w).retryMailAt(u"m1"_s, 2, now, u"451 later"_s).ok());
            // A reset token used: its mail is of no use any more.
            QVERIFY(AccountStore(**w)
                        .insertAccountToken(u"reset-hash"_s, member.id, u"reset"_s,
                                            u"2999-01-01T00:00:00.000Z"_s)
                        .ok());
            QCOMPARE(AccountStore(**w).redeemAccountToken(u"reset-hash"_s, u"reset"_s).value(),
                     member.id);
            QVERIFY((*w)->commit().ok());
        }
        QCOMPARE(claim(now), QStringList());
        QCOMPARE(MailOutbox(*store.reader().value()).nextMailDue().value(), QString());
    }

    void seqGrowsWithEveryWriteAndDeletesBecomeTombstones()
    {
        ServerStore store(freshLocation(u"seq"_s));
        QVERIFY(store.open().ok());
        const Core::Record course = make(Core::Entity::Course, {{u"title"_s, u"A"_s}});
        const Core::Record other = make(Core::Entity::Course, {{u"title"_s, u"B"_s}});
        qint64 first = 0, second = 0, third = 0, gone = 0;
        {
            auto w = store.beginWrite();
            QVERIFY(w.ok());
            first = (*w)->putRecord(course).value();
            second = (*w)->putRecord(other).value();
            QVERIFY((*w)->commit().ok());
        }
        {
            auto w = store.beginWrite();
            Core::Record changed = course;
            changed.fields[u"title"_s] = u"A2"_s;
            third = (*w)->putRecord(changed).value();
            gone = (*w)->deleteRecord(other.entity, other.id, u"tester"_s).value();
            QCOMPARE((*w)->deleteRecord(other.entity, other.id, u"tester"_s).error().code,
                     Core::ErrorCode::NotFound);
            QVERIFY((*w)->commit().ok());
        }
        QVERIFY(first < second && second < third && third < gone);

        const Authorization::Visibility everything{true, {}, {}};
        const auto page = store.pull(everything, 0, 100);
        QVERIFY(page.ok());
        QCOMPARE(ids(*page), QStringList{course.id});
        QCOMPARE(page->records.first().revision, third);
        QCOMPARE(page->records.first().text(u"title"), u"A2"_s);
        QCOMPARE(page->tombstones.size(), 1);
        QCOMPARE(page->tombstones.first().id, other.id);
        QCOMPARE(page->tombstones.first().revision, gone);
        QCOMPARE(page->cursor, gone);
        QCOMPARE(store.record(other.entity, other.id).value(), std::nullopt);
    }

    // Statements are kept prepared per connection; a read must still end with
    // its request, or this connection would go on seeing an old snapshot and
    // could not write after another connection (another process) did.
    void cachedStatementsSeeEveryCommit()
    {
        const StoreLocation location = freshLocation(u"cached"_s);
        ServerStore mine(location);
        ServerStore other(location); // its own connection, like a second process
        QVERIFY(mine.open().ok());
        Core::Record course = make(Core::Entity::Course, {{u"title"_s, u"A"_s}});
        {
            auto w = mine.beginWrite();
            QVERIFY(w.ok());
            QVERIFY((*w)->putRecord(course).ok());
            QVERIFY((*w)->commit().ok());
        }
        QCOMPARE(mine.record(course.entity, course.id).value()->text(u"title"), u"A"_s);
        for (const QString &title : {u"B"_s, u"C"_s}) {
            auto w = other.beginWrite();
            QVERIFY(w.ok());
            course.fields[u"title"_s] = title;
            QVERIFY((*w)->putRecord(course).ok());
            QVERIFY((*w)->commit().ok());
            const auto page = mine.pull(Authorization::Visibility{true, {}, {}}, 0, 100);
            QVERIFY(page.ok());
            QCOMPARE(page->records.size(), 1);
            QCOMPARE(page->records.first().text(u"title"), title);
            QCOMPARE(mine.record(course.entity, course.id).value()->text(u"title"), title);
        }
        auto w = mine.beginWrite();
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().detail));
        course.fields[u"title"_s] = u"D"_s;
        QVERIFY((*w)->putRecord(course).ok());
        QVERIFY((*w)->commit().ok());
        QCOMPARE(other.record(course.entity, course.id).value()->text(u"title"), u"D"_s);
    }

    // Every write of the store is answered to someone (a push, which the
    // client then drops from its outbox): on SQLite a commit returns once
    // its log is on disk (synchronous = FULL), as PostgreSQL's do.
    void commitsAreOnDiskWhenAnswered()
    {
        if (m_kind != TestStore::Sqlite)
            QSKIP("SQLite only: PostgreSQL flushes each commit itself");
        ServerStore store(freshLocation(u"durable"_s));
        QVERIFY(store.open().ok());
        const auto db = store.connection();
        QVERIFY(db.ok());
        QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s), 2);
    }

    // PostgreSQL restarted, or ended the server's sessions: the call that
    // finds its connection gone fails, the next ones run on a new connection.
    void reconnectsWhenTheDatabaseDropsTheConnection()
    {
        if (m_kind != TestStore::Postgres)
            QSKIP("PostgreSQL only: nothing can drop a SQLite file's connection");
        const StoreLocation location = freshLocation(u"dropped"_s);
        ServerStore store(location);
        QVERIFY(store.open().ok());
        const Core::Record course = make(Core::Entity::Course, {{u"title"_s, u"A"_s}});
        {
            auto w = store.beginWrite();
            QVERIFY(w.ok());
            QVERIFY((*w)->putRecord(course).ok());
            QVERIFY((*w)->commit().ok());
        }
        QVERIFY(store.record(course.entity, course.id).ok());

        ServerStore other(location);
        const auto db = other.connection();
        QVERIFY(db.ok());
        const QString others = u"FROM pg_stat_activity WHERE datname = current_database() AND "
                               "pid <> pg_backend_pid()"_s;
        QVERIFY(Dialect::execute(*db, u"SELECT pg_terminate_backend(pid) "_s + others).ok());
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*db, u"SELECT count(*) "_s + others), 0, 10000);

        QVERIFY(!store.record(course.entity, course.id).ok());
        const auto again = store.record(course.entity, course.id);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail));
        QCOMPARE(again.value()->text(u"title"), u"A"_s);
        auto w = store.beginWrite();
        QVERIFY(w.ok());
        Core::Record changed = course;
        changed.fields[u"title"_s] = u"B"_s;
        QVERIFY((*w)->putRecord(changed).ok());
        QVERIFY((*w)->commit().ok());
        QCOMPARE(other.record(course.entity, course.id).value()->text(u"title"), u"B"_s);
    }

    // Writers get their turn in the order they asked, whoever unlocks.
    void writersAreServedFirstComeFirstServed()
    {
        WriterQueue queue;
        queue.lock();
        queue.lock(); // the holder may lock again
        std::vector<int> order;
        std::vector<std::thread> writers;
        for (int i = 0; i < 6; ++i) {
            writers.emplace_back([&queue, &order, i] {
                queue.lock();
                order.push_back(i);
                queue.unlock();
            });
            QTRY_COMPARE_WITH_TIMEOUT(queue.waiting(), qsizetype(i + 1), 10000);
        }
        queue.unlock();
        QCOMPARE(queue.waiting(), qsizetype(6)); // still held once
        queue.unlock();
        for (std::thread &t : writers)
            t.join();
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(queue.waiting(), qsizetype(0));
    }

    // A writer waits its turn until its deadline, then leaves the queue
    // without it; a turn handed over in time is taken.
    void aWriterWaitsUntilItsDeadline()
    {
        using namespace std::chrono_literals;
        WriterQueue queue;
        queue.lock();
        bool late = true;
        std::thread gaveUp(
            [&queue, &late] { late = queue.lockUntil(std::chrono::steady_clock::now() + 100ms); });
        gaveUp.join();
        QVERIFY(!late);
        QCOMPARE(queue.waiting(), qsizetype(0));
        bool inTime = false;
        std::thread served([&queue, &inTime] {
            inTime = queue.lockUntil(std::chrono::steady_clock::now() + 30s);
            if (inTime)
                queue.unlock();
        });
        QTRY_COMPARE_WITH_TIMEOUT(queue.waiting(), qsizetype(1), 10000);
        queue.unlock();
        served.join();
        QVERIFY(inTime);
        QCOMPARE(queue.waiting(), qsizetype(0));
    }

    void statementCacheStaysBoundedAndReentrant()
    {
        ServerStore store(freshLocation(u"statements"_s));
        QVERIFY(store.open().ok());
        StatementCache *statements = store.statements().value();
        for (int i = 0; i < 300; ++i) {
            const auto q = statements->run(u"SELECT %1"_s.arg(i));
            QVERIFY(q.ok());
            QVERIFY((*q)->next());
            QCOMPARE((*q)->value(0).toInt(), i);
        }
        QVERIFY(statements->size() <= 256);
        // The same text while its statement is still being read: a one-off.
        const QString sql = u"SELECT ? + 1"_s;
        const auto outer = statements->run(sql, {1});
        QVERIFY(outer.ok());
        const auto inner = statements->run(sql, {10});
        QVERIFY(inner.ok());
        QVERIFY((*outer)->next() && (*inner)->next());
        QCOMPARE((*outer)->value(0).toInt(), 2);
        QCOMPARE((*inner)->value(0).toInt(), 11);
    }

    void pagesAreBoundedByBytesAsWellAsCount()
    {
        ServerStore store(freshLocation(u"bytes"_s));
        QVERIFY(store.open().ok());
        const int lessons = 30;
        const QString body(Core::MaxTextLength, u'x');
        {
            auto w = store.beginWrite();
            const Core::Record course = make(Core::Entity::Course, {{u"title"_s, u"Long"_s}});
            const Core::Record module =
                make(Core::Entity::Module, {{u"course_id"_s, course.id}, {u"title"_s, u"M"_s}});
            QVERIFY((*w)->putRecord(course).ok());
            QVERIFY((*w)->putRecord(module).ok());
            for (int i = 0; i < lessons; ++i) {
                QVERIFY((*w)->putRecord(make(Core::Entity::Lesson,
                                             {{u"module_id"_s, module.id}, {u"body"_s, body}}))
                            .ok());
            }
            QVERIFY((*w)->commit().ok());
        }
        const Authorization::Visibility everything{true, {}, {}};
        qint64 cursor = 0;
        int pages = 0;
        int records = 0;
        for (bool more = true; more; ++pages) {
            const auto page = store.pull(everything, cursor, Sync::Protocol::MaxPageSize);
            QVERIFY(page.ok());
            qsizetype bytes = 0;
            for (const Core::Record &r : page->records)
                bytes += r.text(u"body").size();
            // At most one record past the bound.
            QVERIFY(bytes < Sync::Protocol::MaxPageBytes + Core::MaxTextLength * 2);
            records += int(page->records.size());
            cursor = page->cursor;
            more = page->hasMore;
        }
        QCOMPARE(records, lessons + 2);
        QVERIFY(pages >= 2);
    }

    void rolledBackWritesLeaveNoTrace()
    {
        ServerStore store(freshLocation(u"rollback"_s));
        QVERIFY(store.open().ok());
        const Core::Record course = make(Core::Entity::Course, {{u"title"_s, u"A"_s}});
        {
            auto w = store.beginWrite();
            QVERIFY((*w)->putRecord(course).ok());
            // Invalid records are refused and do not take a seq.
            QVERIFY(!(*w)->putRecord(make(Core::Entity::Course, {{u"nope"_s, 1}})).ok());
            QVERIFY(!(*w)->putRecord(make("nothing"_L1, {})).ok());
            // A post needs a stored thread to take its scope from.
            const auto orphan =
                (*w)->putRecord(make(Core::Entity::Post, {{u"thread_id"_s, Core::newRecordId()}}));
            QCOMPARE(orphan.error().code, Core::ErrorCode::NotFound);
        } // no commit
        QCOMPARE(store.record(course.entity, course.id).value(), std::nullopt);
        QVERIFY(!store.hasMembers().value());
    }

    void scopesFollowGrants()
    {
        ServerStore store(freshLocation(u"scopes"_s));
        QVERIFY(store.open().ok());
        const Core::Record alice =
            make(Core::Entity::Member,
                 {{u"username"_s, u"alice"_s}, {u"roles"_s, QJsonArray{u"member"_s}}});
        const Core::Record bob =
            make(Core::Entity::Member,
                 {{u"username"_s, u"bob"_s}, {u"roles"_s, QJsonArray{u"facilitator"_s}}});
        const Core::Record program =
            make(Core::Entity::Program, {{u"facilitators"_s, QJsonArray{bob.id}}});
        Core::Record team = make(Core::Entity::Team, {{u"program_id"_s, program.id},
                                                      {u"members"_s, QJsonArray{alice.id}}});
        const Core::Record plan = make(Core::Entity::ActionPlan, {{u"team_id"_s, team.id}});
        const Core::Record activity = make(Core::Entity::Activity, {{u"plan_id"_s, plan.id}});
        {
            auto w = store.beginWrite();
            for (const Core::Record &r : {alice, bob, program, team, plan, activity})
                QVERIFY2((*w)->putRecord(r).ok(), qPrintable(r.entity));
            QVERIFY((*w)->commit().ok());
        }
        auto visibleIds = [&](const Core::Record &member) {
            const auto v = store.visibilityOf(member.id);
            return v ? ids(store.pull(*v, 0, 100).value()) : QStringList();
        };
        QVERIFY(visibleIds(alice).contains(activity.id));
        QVERIFY(visibleIds(bob).contains(activity.id)); // through the program

        // Alice leaves the team: its records are no longer hers to pull.
        team.fields[u"members"_s] = QJsonArray{};
        {
            auto w = store.beginWrite();
            QVERIFY((*w)->putRecord(team).ok());
            QVERIFY((*w)->commit().ok());
        }
        QVERIFY(!visibleIds(alice).contains(activity.id));
        QVERIFY(!visibleIds(alice).contains(plan.id));
        QVERIFY(visibleIds(alice).contains(program.id)); // public
        QVERIFY(visibleIds(bob).contains(activity.id));
        QCOMPARE(Authorization::scopeOf(activity,
                                        [](QLatin1StringView, const QString &) {
                                            return Core::Result<QString>(u"team:x"_s);
                                        })
                     .value(),
                 u"team:x"_s);
    }

    // Writers on several threads (each with its own connection, through two
    // store objects as two server processes would have) commit at once while
    // a reader pulls "after its cursor" again and again. The reader ends up
    // with every committed record exactly once and none of the rolled-back
    // ones: no change ever commits below a cursor already handed out.
    void concurrentWritersNeverSkipAPull()
    {
        const StoreLocation location = freshLocation(u"concurrent"_s);
        ServerStore first(location);
        QVERIFY(first.open().ok());
        ServerStore second(location);
        QVERIFY(second.open().ok());

        constexpr int Writers = 6;
        constexpr int Transactions = 30;
        QMutex mutex;
        QSet<QString> committed, rolledBack;
        QStringList errors;
        std::atomic<int> running{Writers};
        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            ServerStore *store = w % 2 == 0 ? &first : &second;
            threads.emplace_back([&, w, store] {
                for (int t = 0; t < Transactions; ++t) {
                    auto begun = store->beginWrite();
                    if (!begun) {
                        const QMutexLocker lock(&mutex);
                        errors << begun.error().detail;
                        continue;
                    }
                    std::unique_ptr<StoreWriter> writer = std::move(begun).value();
                    QStringList written;
                    for (int r = 0; r <= (w + t) % 3; ++r) {
                        const Core::Record course =
                            make(Core::Entity::Course,
                                 {{u"title"_s, u"w%1 t%2 r%3"_s.arg(w).arg(t).arg(r)}});
                        if (const auto seq = writer->putRecord(course); !seq) {
                            const QMutexLocker lock(&mutex);
                            errors << seq.error().detail;
                        }
                        written << course.id;
                        // Hold the transaction open a little: commits overlap with pulls.
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                    }
                    const bool commit = t % 7 != 3;
                    if (commit) {
                        if (Core::Status c = writer->commit(); !c) {
                            const QMutexLocker lock(&mutex);
                            errors << c.error().detail;
                            continue;
                        }
                    }
                    writer.reset(); // rolls back when not committed
                    const QMutexLocker lock(&mutex);
                    for (const QString &id : std::as_const(written))
                        (commit ? committed : rolledBack).insert(id);
                }
                --running;
            });
        }

        const Authorization::Visibility everything{true, {}, {}};
        QHash<QString, int> seen;
        qint64 cursor = 0;
        int pulls = 0;
        bool lastRound = false;
        while (true) {
            const bool writersDone = running == 0;
            const auto page = first.pull(everything, cursor, 7);
            QVERIFY2(page.ok(), qPrintable(page.error().detail));
            QVERIFY(page->cursor >= cursor);
            for (const Core::Record &r : page->records) {
                QVERIFY(r.revision > cursor);
                ++seen[r.id];
            }
            cursor = page->cursor;
            ++pulls;
            if (page->hasMore)
                continue;
            if (lastRound)
                break;
            lastRound = writersDone; // one more full pass after the last commit
        }
        for (std::thread &t : threads)
            t.join();

        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(pulls > 1);
        QCOMPARE(seen.size(), committed.size());
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            QVERIFY2(committed.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), 1);
        }
        for (const QString &id : std::as_const(rolledBack))
            QVERIFY(!seen.contains(id));
        // A pull from scratch through the other store agrees.
        const auto all = second.pull(everything, 0, 100000);
        QVERIFY(all.ok());
        QCOMPARE(all->records.size(), committed.size());
        QCOMPARE(all->cursor, cursor);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
