// `leadernet-server import` and `export` on a community made by
// shared/bench/gen_dataset.py: every line becomes records with the right
// scopes, a changes file makes records newer, a bad line imports nothing, and
// export then import gives the same records.
#include "passwords.h"
#include "serverstore.h"
#include "signinstore.h"
#include "testdatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Server;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QList<QJsonObject> readNdjson(const QString &path)
{
    QList<QJsonObject> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

using Records = QHash<QString, Core::Record>; // "entity/id" -> record

} // namespace

class TestServerImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_community;
    QString m_changes;
    QList<QJsonObject> m_docs;
    std::map<QString, std::unique_ptr<TestCommon::TestDatabase>> m_databases;

    bool postgres() const
    {
        return TestCommon::testStoreFromEnvironment() == TestCommon::TestStore::Postgres;
    }

    QStringList storeArgs(const QString &name)
    {
        if (!postgres())
            return {u"--data"_s, m_dir.filePath(name)};
        auto &db = m_databases[name];
        if (!db)
            db = std::make_unique<TestCommon::TestDatabase>();
        return {u"--database"_s, db->url()};
    }

    std::unique_ptr<ServerStore> openStore(const QString &name)
    {
        std::unique_ptr<ServerStore> store;
        if (postgres()) {
            const auto url = PostgresUrl::parse(storeArgs(name).at(1));
            store = std::make_unique<ServerStore>(StoreLocation::postgresql(*url));
        } else {
            store = std::make_unique<ServerStore>(ServerStore::fileIn(m_dir.filePath(name)));
        }
        if (!store->open().ok())
            return nullptr;
        return store;
    }

    Run server(const QString &command, const QString &store, const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral(LEADERNET_SERVER_BIN),
                QStringList{command} << storeArgs(store) << file);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static Records everything(ServerStore &store, qint64 after = 0)
    {
        Authorization::Visibility all;
        all.everything = true;
        return visible(store, all, after);
    }

    static Records visible(ServerStore &store, const Authorization::Visibility &v, qint64 after = 0)
    {
        Records out;
        for (;;) {
            const auto page = store.pull(v, after, 5000);
            if (!page)
                return {};
            for (const Core::Record &r : page->records)
                out.insert(r.entity + u'/' + r.id, r);
            after = page->cursor;
            if (!page->hasMore)
                return out;
        }
    }

    static qint64 lastRevision(const Records &records)
    {
        qint64 last = 0;
        for (const Core::Record &r : records)
            last = std::max(last, r.revision);
        return last;
    }

    static QHash<QString, int> countByEntity(const Records &records)
    {
        QHash<QString, int> n;
        for (const Core::Record &r : records)
            ++n[r.entity];
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        const QString generator =
            QStringLiteral(LEADERNET_SOURCE_DIR) + u"/../shared/bench/gen_dataset.py"_s;
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty() || !QFile::exists(generator))
            QSKIP(qPrintable(u"needs python3 and %1"_s.arg(generator)));
        m_community = m_dir.filePath(u"community.ndjson"_s);
        m_changes = m_dir.filePath(u"changes.ndjson"_s);
        for (const QStringList &args :
             {QStringList{generator, u"--scale"_s, u"0.02"_s, u"--seed"_s, u"7"_s, u"--out"_s,
                          m_community},
              QStringList{generator, u"--mutate"_s, m_community, u"--seed"_s, u"7"_s,
                          u"--new-posts"_s, u"40"_s, u"--edit-plans"_s, u"3"_s, u"--new-reviews"_s,
                          u"5"_s, u"--out"_s, m_changes}}) {
            QProcess p;
            p.start(python, args);
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        m_docs = readNdjson(m_community);
        QVERIFY(m_docs.size() > 500);
    }

    void importsEveryLine()
    {
        const Run run = server(u"import"_s, u"a"_s, m_community);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto store = openStore(u"a"_s);
        QVERIFY(store);
        const QHash<QString, int> stored = countByEntity(everything(*store));
        QHash<QString, int> expected;
        QSet<QString> programs;
        for (const QJsonObject &d : std::as_const(m_docs)) {
            const QString type = d.value("type"_L1).toString();
            ++expected[type];
            if (type == u"course") {
                for (const QJsonValue &m : d.value("modules"_L1).toArray()) {
                    ++expected[u"module"_s];
                    expected[u"lesson"_s] += int(m.toObject().value("lessons"_L1).toArray().size());
                }
            } else if (type == u"action_plan") {
                expected[u"activity"_s] += int(d.value("activities"_L1).toArray().size());
            } else if (type == u"team") {
                programs.insert(d.value("program"_L1).toString());
            }
        }
        expected[u"program"_s] = int(programs.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(stored.value(it.key()), it.value());
        QVERIFY(stored.value(u"seminar_participant"_s) > 0);
        QVERIFY(run.out.contains(u"created inactive"_s));
    }

    void teamMemberPullsTheirPlan()
    {
        auto store = openStore(u"a"_s);
        QVERIFY(store);
        QJsonObject team, otherTeam;
        for (const QJsonObject &d : std::as_const(m_docs)) {
            if (d.value("type"_L1) == u"team"_s)
                (team.isEmpty() ? team : otherTeam) = d;
        }
        const QString memberId = team.value("members"_L1).toArray().at(0).toString();
        QVERIFY(!otherTeam.value("members"_L1).toArray().contains(memberId));
        const auto member = store->record(u"member"_s, memberId);
        QVERIFY(member.ok() && member->has_value());
        const QString username = (*member)->text(u"username");
        const auto before = Server::SignInStore(*store).accountByUsername(username);
        QVERIFY(before.ok() && before->has_value());
        QVERIFY(!(*before)->active);
        QVERIFY((*before)->passwordHash.isEmpty());

        // An admin gives the member a password (what set-password will do).
        const auto hash = Passwords::hash(u"imported-pass-1"_s);
        QVERIFY(hash.ok());
        {
            const auto db = store->connection();
            QVERIFY(db.ok());
            QSqlQuery q(*db);
            QVERIFY(q.prepare(u"UPDATE accounts SET password_hash = ?, active = 1 WHERE "
                              "member_id = ?"_s));
            q.addBindValue(*hash);
            q.addBindValue(memberId);
            QVERIFY(q.exec());
        }
        const auto after = Server::SignInStore(*store).accountByUsername(username);
        QVERIFY(after.ok() && (*after)->active);
        QVERIFY(Passwords::verify(u"imported-pass-1"_s, (*after)->passwordHash));

        const auto visibility = store->visibilityOf(memberId);
        QVERIFY(visibility.ok());
        const Records seen = visible(*store, *visibility);
        QString plan, otherPlan;
        for (const QJsonObject &d : std::as_const(m_docs)) {
            if (d.value("type"_L1) != u"action_plan"_s)
                continue;
            if (d.value("team_id"_L1) == team.value("id"_L1))
                plan = d.value("id"_L1).toString();
            else if (d.value("team_id"_L1) == otherTeam.value("id"_L1))
                otherPlan = d.value("id"_L1).toString();
        }
        QVERIFY(!plan.isEmpty() && !otherPlan.isEmpty());
        QVERIFY(seen.contains(u"team/"_s + team.value("id"_L1).toString()));
        QVERIFY(seen.contains(u"action_plan/"_s + plan));
        QVERIFY(!seen.contains(u"action_plan/"_s + otherPlan));
        int activities = 0;
        for (const Core::Record &r : seen)
            activities += r.entity == u"activity" && r.text(u"plan_id") == plan;
        QVERIFY(activities >= 10);
    }

    void changesMakeRecordsNewer()
    {
        auto store = openStore(u"a"_s);
        QVERIFY(store);
        const Records before = everything(*store);
        const qint64 cursor = lastRevision(before);
        const Run run = server(u"import"_s, u"a"_s, m_changes);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Records newer = everything(*store, cursor);
        int updates = 0;
        for (const QJsonObject &change : readNdjson(m_changes)) {
            const QJsonObject doc = change.value("doc"_L1).toObject();
            const QString key =
                doc.value("type"_L1).toString() + u'/' + doc.value("id"_L1).toString();
            QVERIFY2(newer.contains(key), qPrintable(key));
            QVERIFY(newer.value(key).revision > cursor);
            if (change.value("op"_L1) == u"update"_s) {
                ++updates;
                QVERIFY(before.contains(key));
                QCOMPARE(newer.value(key).updatedAt, doc.value("updated"_L1).toString());
            }
        }
        QCOMPARE(updates, 3);
    }

    // The same file again writes nothing: no record gets a new seq, so no
    // client downloads anything again.
    void importingAgainChangesNothing()
    {
        const Run first = server(u"import"_s, u"again"_s, m_community);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        auto store = openStore(u"again"_s);
        QVERIFY(store);
        const Records before = everything(*store);
        const qint64 cursor = lastRevision(before);
        const Run second = server(u"import"_s, u"again"_s, m_community);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u"left alone"_s), qPrintable(second.out));
        QVERIFY(everything(*store, cursor).isEmpty());
        QCOMPARE(everything(*store).size(), before.size());
    }

    void invalidLinesImportNothing()
    {
        QJsonObject wrongType = m_docs.at(1);
        wrongType.insert(u"name"_s, 42);
        QJsonObject unknown = m_docs.at(2);
        unknown.insert(u"type"_s, u"spaceship"_s);
        QJsonObject badId = m_docs.at(3);
        badId.insert(u"id"_s, u"not-a-uuid"_s);
        const QString path = m_dir.filePath(u"bad.ndjson"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QJsonObject &o : {m_docs.at(0), badId, unknown, wrongType})
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        file.close();

        const Run run = server(u"import"_s, u"bad"_s, path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + u":2: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(path + u":3: unknown type"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(path + u":4: "_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(path + u":1:"_s));
        auto store = openStore(u"bad"_s);
        QVERIFY(store);
        QVERIFY(everything(*store).isEmpty());

        const Run missing = server(u"import"_s, u"bad"_s, m_dir.filePath(u"missing.ndjson"_s));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"missing.ndjson"_s));
    }

    void exportThenImportGivesTheSameRecords()
    {
        const QString exported = m_dir.filePath(u"export.ndjson"_s);
        const Run out = server(u"export"_s, u"a"_s, exported);
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const Run in = server(u"import"_s, u"copy"_s, exported);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        auto original = openStore(u"a"_s);
        auto copy = openStore(u"copy"_s);
        QVERIFY(original && copy);
        const Records a = everything(*original);
        const Records b = everything(*copy);
        QCOMPARE(b.size(), a.size());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QVERIFY2(b.contains(it.key()), qPrintable(it.key()));
            Core::Record x = *it, y = b.value(it.key());
            x.revision = y.revision = 0;
            QVERIFY2(x == y, qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_server_import.moc"
