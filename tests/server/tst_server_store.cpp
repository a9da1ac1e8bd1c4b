// The server store in-process: migrations, the change log's seq numbers,
// tombstones, and scopes that follow the records that grant them.
#include "authorization.h"
#include "database.h"
#include "entityschema.h"
#include "servermigrations.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Server;

namespace {

Core::Record make(QLatin1StringView entity, QJsonObject fields, QString id = Core::newRecordId())
{
    Core::Record r;
    r.entity = QString(entity);
    r.id = std::move(id);
    r.fields = std::move(fields);
    r.updatedBy = u"tester"_s;
    return r;
}

QStringList ids(const Sync::Protocol::PullPage &page)
{
    QStringList out;
    for (const Core::Record &r : page.records)
        out << r.id;
    return out;
}

} // namespace

class TestServerStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void migratesAFreshStore()
    {
        ServerStore store(m_dir.filePath(u"fresh.sqlite"_s));
        QVERIFY(store.open().ok());
        const auto db = store.connection();
        QVERIFY(db.ok());
        QSqlQuery q(*db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), ServerMigrations::LatestVersion);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        q.finish();
        // Opening again is a no-op.
        ServerStore again(m_dir.filePath(u"fresh.sqlite"_s));
        QVERIFY(again.open().ok());
    }

    void refusesANewerStore()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            ServerStore store(path);
            QVERIFY(store.open().ok());
            const auto db = store.connection();
            QVERIFY(Core::exec(*db, u"PRAGMA user_version = 99"_s).ok());
        }
        ServerStore store(path);
        const Core::Status s = store.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Core::ErrorCode::DatabaseTooNew);
        QVERIFY(s.error().detail.contains(u"99"_s));
    }

    void seqGrowsWithEveryWriteAndDeletesBecomeTombstones()
    {
        ServerStore store(m_dir.filePath(u"seq.sqlite"_s));
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

        const Authorization::Visibility everything{true, {}};
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

    void rolledBackWritesLeaveNoTrace()
    {
        ServerStore store(m_dir.filePath(u"rollback.sqlite"_s));
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
            QCOMPARE(orphan.error().code, Core::ErrorCode::Invalid);
        } // no commit
        QCOMPARE(store.record(course.entity, course.id).value(), std::nullopt);
        QVERIFY(!store.hasMembers().value());
    }

    void scopesFollowGrants()
    {
        ServerStore store(m_dir.filePath(u"scopes.sqlite"_s));
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
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
