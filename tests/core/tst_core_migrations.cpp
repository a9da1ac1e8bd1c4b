// Replica migrations: from nothing, from a committed version-1 fixture, and
// the refusal of a database newer than the code.
#include "database.h"
#include "entityschema.h"
#include "localstore.h"
#include "migrations.h"
#include "record.h"
#include "searchindex.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase d = Core::openSqlite(path, u"probe"_s).value();
            QSqlQuery q(d);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
            d.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return version;
    }

    // Loads tests/core/fixtures/replica-v1.sql into a new file.
    QString loadFixture(const QString &name)
    {
        QFile sql(QStringLiteral(LEADERNET_SOURCE_DIR) + u"/tests/core/fixtures/replica-v1.sql"_s);
        if (!sql.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase d = Core::openSqlite(path, u"fixture"_s).value();
            QString text;
            for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n')) {
                if (!line.startsWith(u"--"_s))
                    text += line + u'\n';
            }
            static const QRegularExpression end(u";\\s*\\n"_s);
            for (const QString &statement : text.split(end, Qt::SkipEmptyParts)) {
                const QString s = statement.trimmed();
                if (s.isEmpty())
                    continue;
                QSqlQuery q(d);
                if (!q.exec(s))
                    qWarning() << "fixture statement failed:" << s.left(80);
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(u"fixture"_s);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsLatestSchemaFromNothing()
    {
        const QString path = m_dir.filePath(u"new.sqlite"_s);
        Core::LocalStore store;
        const Core::Status opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        for (const Core::EntitySpec &spec : Core::entitySpecs()) {
            const auto count = store.records().count(spec.name);
            QVERIFY2(count.ok(), qPrintable(spec.name));
            QCOMPARE(*count, 0);
        }
        // Version 7 made teams' results: an indicator's unit, and its values.
        Core::Record indicator{QString(Core::Entity::ResultsReport),
                               Core::newRecordId(),
                               10,
                               QJsonObject{{u"team_id"_s, Core::newRecordId()},
                                           {u"indicator"_s, u"Penta3 coverage"_s},
                                           {u"unit"_s, u"%"_s},
                                           {u"position"_s, 1}},
                               u"2026-12-05T10:00:00Z"_s,
                               u"m"_s};
        Core::Record value{QString(Core::Entity::ResultValue),
                           Core::newRecordId(),
                           11,
                           QJsonObject{{u"report_id"_s, indicator.id},
                                       {u"period"_s, u"2026-11"_s},
                                       {u"actual"_s, u"78"_s}},
                           u"2026-12-05T10:00:00Z"_s,
                           u"m"_s};
        QVERIFY(store.applyPulled({indicator, value}, {}, 11).ok());
        QCOMPARE(store.records().get(Core::Entity::ResultsReport, indicator.id)->text(u"unit"),
                 u"%"_s);
        QCOMPARE(store.records().get(Core::Entity::ResultValue, value.id)->fields, value.fields);
        store.close();
        QCOMPARE(userVersion(path), Core::ReplicaMigrations::LatestVersion);
    }

    // A new replica is made at the latest version at once, its steps
    // shortened; its schema is the one the upgrades make, to the column.
    void newReplicaHasTheSchemaTheUpgradesMake()
    {
        const auto schemaOf = [this](const QString &name, int firstTarget) {
            const QString path = m_dir.filePath(name);
            QStringList schema;
            {
                QSqlDatabase d = Core::openSqlite(path, name).value();
                if (const Core::Status fold = Core::SearchIndex::installFold(d); !fold)
                    schema << u"failed: "_s + fold.error().detail;
                if (firstTarget < Core::ReplicaMigrations::LatestVersion) {
                    const Core::Status first = Core::ReplicaMigrations::migrate(d, firstTarget);
                    if (!first)
                        schema << u"failed: "_s + first.error().detail;
                }
                const Core::Status latest = Core::ReplicaMigrations::migrate(d);
                if (!latest)
                    schema << u"failed: "_s + latest.error().detail;
                QSqlQuery q(d);
                q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s);
                QStringList tables;
                while (q.next()) {
                    schema << QStringList{q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString(), q.value(3).toString()}
                                  .join(u" | "_s);
                    if (q.value(0).toString() == u"table"_s)
                        tables << q.value(1).toString();
                }
                for (const QString &table : std::as_const(tables)) {
                    QSqlQuery columns(d);
                    columns.exec(u"PRAGMA table_xinfo(\"%1\")"_s.arg(table));
                    while (columns.next()) {
                        QStringList column{table};
                        for (int i = 0; i < 7; ++i)
                            column << columns.value(i).toString();
                        schema << column.join(u" | "_s);
                    }
                }
                schema << u"version %1"_s.arg(*Core::ReplicaMigrations::currentVersion(d));
                d.close();
            }
            QSqlDatabase::removeDatabase(name);
            return schema;
        };
        const QStringList made = schemaOf(u"made.sqlite"_s, Core::ReplicaMigrations::LatestVersion);
        QVERIFY(made.size() > 100);
        QVERIFY(made.contains(u"version %1"_s.arg(Core::ReplicaMigrations::LatestVersion)));
        for (int from = 1; from < Core::ReplicaMigrations::LatestVersion; ++from) {
            const QStringList upgraded = schemaOf(u"upgraded-%1.sqlite"_s.arg(from), from);
            QCOMPARE(made, upgraded);
        }
    }

    void migratesVersion1FixtureAndKeepsData()
    {
        const QString path = loadFixture(u"v1.sqlite"_s);
        QVERIFY(!path.isEmpty());
        QCOMPARE(userVersion(path), 1);

        Core::LocalStore store;
        const Core::Status opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));

        // Rows of version 1 survive, with their outbox entry and cursor.
        const auto lesson =
            store.records().get(Core::Entity::Lesson, u"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f03"_s);
        QVERIFY(lesson.ok());
        QCOMPARE(lesson->text(u"title"), u"Vacunación en zonas rurales"_s);
        QCOMPARE(lesson->revision, 5);
        QCOMPARE(*store.outbox().pendingCount(), 1);
        QCOMPARE(*store.syncState().cursor(), 6);

        // Version 2 indexed the rows that were already there (accents folded).
        auto hits = store.search().search(u"vacunacion"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().recordId, u"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f03"_s);
        hits = store.search().search(u"stock-out"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().entity, u"post"_s);

        // Version 6 made the plans' history, which keeps what a sync brings.
        Core::Record change{
            QString(Core::Entity::PlanChange),
            Core::newRecordId(),
            9,
            QJsonObject{
                {u"plan_id"_s, Core::newRecordId()},
                {u"record_entity"_s, u"action_plan"_s},
                {u"kind"_s, u"patch"_s},
                {u"changes"_s,
                 QJsonObject{{u"vision"_s, QJsonObject{{u"old"_s, u"a"_s}, {u"new"_s, u"b"_s}}}}}},
            u"2026-12-04T10:00:00Z"_s,
            u"m"_s};
        QVERIFY(store.applyPulled({change}, {}, 9).ok());
        QCOMPARE(store.records().get(Core::Entity::PlanChange, change.id)->fields, change.fields);
        store.close();
        QCOMPARE(userVersion(path), Core::ReplicaMigrations::LatestVersion);
    }

    void refusesNewerDatabaseAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            Core::LocalStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(Core::exec(store.database(), u"PRAGMA user_version = 99"_s).ok());
        }
        Core::LocalStore store;
        const Core::Status opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Core::ErrorCode::DatabaseTooNew);
        QVERIFY(opened.error().detail.contains(u"99"_s));
        QVERIFY(!store.isOpen());
        QCOMPARE(userVersion(path), 99);
    }

    void failedMigrationLeavesFileAtOldVersion()
    {
        const QString path = loadFixture(u"broken.sqlite"_s);
        QVERIFY(!path.isEmpty());
        {
            // A table of the name version 2 wants makes that step fail.
            QSqlDatabase d = Core::openSqlite(path, u"breaker"_s).value();
            QVERIFY(Core::exec(d, u"CREATE TABLE search_index (x)"_s).ok());
            d.close();
        }
        QSqlDatabase::removeDatabase(u"breaker"_s);

        Core::LocalStore store;
        const Core::Status opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Core::ErrorCode::Migration);
        QCOMPARE(userVersion(path), 1);
    }

    void refusesUnopenablePath()
    {
        Core::LocalStore store;
        const Core::Status opened = store.open(u"/proc/leadernet/cannot/replica.sqlite"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Core::ErrorCode::DatabaseOpen);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_core_migrations.moc"
