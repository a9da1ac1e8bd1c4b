// seed-demo and create-member against a real store: the demo community has
// what the product needs to be shown, accounts work, and the commands refuse
// what they must refuse.
#include "attachmentref.h"
#include "testserver.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;

class TestServerSeed final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    // entity -> id -> fields, as the admin pulls them
    QHash<QString, QHash<QString, QJsonObject>> m_all;

    const QHash<QString, QJsonObject> &all(const char *entity) const
    {
        static const QHash<QString, QJsonObject> none;
        const auto it = m_all.constFind(QString::fromLatin1(entity));
        return it == m_all.cend() ? none : *it;
    }

    QString memberId(const QString &username) const
    {
        for (auto it = all("member").cbegin(); it != all("member").cend(); ++it) {
            if (it->value("username"_L1).toString() == username)
                return it.key();
        }
        return {};
    }

    static QStringList strings(const QJsonValue &array)
    {
        QStringList out;
        for (const QJsonValue &v : array.toArray())
            out << v.toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const QString admin = m_server.login(u"admin"_s);
        QVERIFY(!admin.isEmpty());
        bool ok = false;
        const QList<QJsonObject> changes = m_server.pullAll(admin, 1000, &ok);
        QVERIFY(ok);
        for (const QJsonObject &c : changes) {
            QVERIFY(!c.value("deleted"_L1).toBool());
            m_all[c.value("entity"_L1).toString()].insert(c.value("id"_L1).toString(),
                                                          c.value("fields"_L1).toObject());
        }
    }

    void seedPrintsTheAccounts()
    {
        const QString out = QString::fromUtf8(m_server.seedOutput());
        QVERIFY2(out.contains(TestServer::DefaultPassword), qPrintable(out));
        for (const QString &name : {u"member"_s, u"facilitator"_s, u"admin"_s}) {
            const QRegularExpression row(u"^\\s+%1\\s+\\S.*\\s%1\\s*$"_s.arg(name),
                                         QRegularExpression::MultilineOption);
            QVERIFY2(row.match(out).hasMatch(), qPrintable(name + u'\n' + out));
        }
    }

    void demoAccountsExist()
    {
        for (const QString &name : {u"member"_s, u"facilitator"_s, u"admin"_s})
            QVERIFY2(!memberId(name).isEmpty(), qPrintable(name));
        QVERIFY(all("member").size() >= 20);
        QVERIFY(strings(all("member").value(memberId(u"admin"_s)).value("roles"_L1))
                    .contains(u"admin"_s));
        QVERIFY(strings(all("member").value(memberId(u"facilitator"_s)).value("roles"_L1))
                    .contains(u"facilitator"_s));
    }

    void coursesInSeveralLanguages()
    {
        QSet<QString> languages;
        QHash<QString, int> modulesPerCourse, lessonsPerModule;
        for (const QJsonObject &m : all("module"))
            ++modulesPerCourse[m.value("course_id"_L1).toString()];
        for (const QJsonObject &l : all("lesson"))
            ++lessonsPerModule[l.value("module_id"_L1).toString()];
        for (auto it = all("course").cbegin(); it != all("course").cend(); ++it) {
            languages.insert(it->value("language"_L1).toString());
            QVERIFY2(modulesPerCourse.value(it.key()) >= 1, qPrintable(it.key()));
        }
        for (auto it = all("module").cbegin(); it != all("module").cend(); ++it)
            QVERIFY2(lessonsPerModule.value(it.key()) >= 1, qPrintable(it.key()));
        QVERIFY(all("course").size() >= 6);
        QVERIFY(languages.size() >= 3);
        for (const QJsonObject &l : all("lesson"))
            QVERIFY(!l.value("body"_L1).toString().isEmpty());
    }

    // A lesson's picture: kept by the server, named by the lesson, shown in
    // its text.
    void lessonPictureIsAnAttachment()
    {
        QList<Core::AttachmentRef> pictures;
        for (const QJsonObject &l : all("lesson")) {
            for (const Core::AttachmentRef &file :
                 Core::attachmentsFrom(l.value(Core::AttachmentsField))) {
                QVERIFY(l.value("body"_L1).toString().contains(
                    u"](%1)"_s.arg(Core::attachmentUrl(file.sha256))));
                pictures << file;
            }
        }
        QCOMPARE(pictures.size(), 2);
        QStringList names{pictures.first().name, pictures.last().name};
        names.sort();
        QCOMPARE(names,
                 (QStringList{u"leading-managing-practices.png"_s, u"logistics-cycle.png"_s}));
        QCOMPARE(pictures.first().mediaType, u"image/png"_s);
        const TestServer::Reply got = m_server.get(
            u"/api/v1/attachments/"_s + pictures.first().sha256, m_server.login(u"member"_s));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.size(), pictures.first().size);
        QVERIFY(got.body.startsWith("\x89PNG"));
    }

    void seminarsPastOngoingUpcoming()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        int past = 0, ongoing = 0, upcoming = 0;
        for (const QJsonObject &s : all("seminar")) {
            const QString starts = s.value("starts_on"_L1).toString();
            const QString ends = s.value("ends_on"_L1).toString();
            QVERIFY(QDate::fromString(starts, Qt::ISODate).isValid());
            QVERIFY(starts <= ends);
            if (ends < today)
                ++past;
            else if (starts > today)
                ++upcoming;
            else
                ++ongoing;
        }
        QCOMPARE(all("seminar").size(), 4);
        QVERIFY(past >= 1 && ongoing >= 1 && upcoming >= 1);

        QHash<QString, int> threadsPerSeminar;
        for (const QJsonObject &t : all("thread")) {
            QVERIFY(all("seminar").contains(t.value("seminar_id"_L1).toString()));
            ++threadsPerSeminar[t.value("seminar_id"_L1).toString()];
        }
        QVERIFY(threadsPerSeminar.size() >= 3);
        int replies = 0;
        for (const QJsonObject &p : all("post")) {
            QVERIFY(all("thread").contains(p.value("thread_id"_L1).toString()));
            const QString parent = p.value("parent_id"_L1).toString();
            if (!parent.isEmpty()) {
                QVERIFY(all("post").contains(parent));
                ++replies;
            }
        }
        QVERIFY(replies >= 1);
    }

    void programWithThreeTeams()
    {
        QCOMPARE(all("program").size(), 1);
        const QJsonObject program = all("program").cbegin().value();
        const QString programId = all("program").cbegin().key();
        QVERIFY(strings(program.value("facilitators"_L1)).contains(memberId(u"facilitator"_s)));
        QCOMPARE(all("team").size(), 3);
        QHash<QString, QString> planOfTeam;
        for (auto it = all("action_plan").cbegin(); it != all("action_plan").cend(); ++it)
            planOfTeam.insert(it->value("team_id"_L1).toString(), it.key());
        QHash<QString, int> activitiesOfPlan;
        for (const QJsonObject &a : all("activity"))
            ++activitiesOfPlan[a.value("plan_id"_L1).toString()];
        for (auto it = all("team").cbegin(); it != all("team").cend(); ++it) {
            QCOMPARE(it->value("program_id"_L1).toString(), programId);
            const QStringList members = strings(it->value("members"_L1));
            QVERIFY2(members.size() >= 4 && members.size() <= 10, qPrintable(it.key()));
            for (const QString &m : members)
                QVERIFY(all("member").contains(m));
            QVERIFY2(planOfTeam.contains(it.key()), "every team has an action plan");
            QVERIFY(activitiesOfPlan.value(planOfTeam.value(it.key())) >= 1);
        }
        for (const QJsonObject &s : all("submission"))
            QVERIFY(s.value("snapshot"_L1).toObject().value("activities"_L1).isArray());
        QVERIFY(!all("review").isEmpty());
    }

    void memberTakesPartEverywhere()
    {
        const QString member = memberId(u"member"_s);
        bool inTeam = false, enrolled = false, participant = false;
        for (const QJsonObject &t : all("team"))
            inTeam |= strings(t.value("members"_L1)).contains(member);
        for (const QJsonObject &e : all("enrollment"))
            enrolled |= e.value("member_id"_L1).toString() == member;
        for (const QJsonObject &p : all("seminar_participant"))
            participant |= p.value("member_id"_L1).toString() == member;
        QVERIFY(inTeam);
        QVERIFY(enrolled);
        QVERIFY(participant);
    }

    void loginAnswers()
    {
        const TestServer::Reply reply = m_server.post(
            u"/api/v1/auth/login"_s,
            QJsonDocument(QJsonObject{{u"username"_s, u"member"_s},
                                      {u"password"_s, QString(TestServer::DefaultPassword)}})
                .toJson());
        QCOMPARE(reply.status, 200);
        const QJsonObject o = reply.json();
        QCOMPARE(o.value("member_id"_L1).toString(), memberId(u"member"_s));
        QCOMPARE(o.value("username"_L1).toString(), u"member"_s);
        QVERIFY(!o.value("display_name"_L1).toString().isEmpty());
        QCOMPARE(strings(o.value("roles"_L1)), QStringList{u"member"_s});
        QVERIFY(o.value("token"_L1).toString().size() >= 40);
        const QDateTime expires =
            QDateTime::fromString(o.value("expires_at"_L1).toString(), Qt::ISODateWithMs);
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expires);
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));
        // A second sign-in gets another token.
        QVERIFY(m_server.login(u"member"_s) != o.value("token"_L1).toString());
    }

    void wrongPasswordIs401()
    {
        for (const auto &[user, password] :
             {std::pair{u"member"_s, u"not-the-password"_s}, std::pair{u"nobody"_s, u"whatever1"_s},
              std::pair{u"member"_s, QString()}}) {
            const TestServer::Reply reply = m_server.post(
                u"/api/v1/auth/login"_s,
                QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}})
                    .toJson());
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), u"unauthorized"_s);
            QVERIFY(!reply.json().contains("token"_L1));
        }
    }

    void seedingTwiceRefuses()
    {
        const TestServer::RunResult run =
            TestServer::run(QStringList{u"seed-demo"_s} + m_server.storeArguments() +
                            QStringList{u"--password"_s, u"another-pw"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already"), run.err.constData());
        // Nothing changed: the old password still works, the new one does not.
        QVERIFY(!m_server.login(u"member"_s).isEmpty());
        QVERIFY(m_server.login(u"member"_s, u"another-pw"_s).isEmpty());
    }

    void randomPasswordWhenNoneGiven()
    {
        TestServer other;
        const TestServer::RunResult run =
            TestServer::run(QStringList{u"seed-demo"_s} + other.storeArguments());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression generated(
            u"\\(generated\\): ([a-z0-9]{4}(-[a-z0-9]{4}){3})"_s);
        const QRegularExpressionMatch match = generated.match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const QString password = match.captured(1);
        QVERIFY2(other.serve(), qPrintable(other.errorString()));
        QVERIFY(!other.login(u"facilitator"_s, password).isEmpty());
        QVERIFY(other.login(u"facilitator"_s, QString(TestServer::DefaultPassword)).isEmpty());

        // Two seeds do not make the same password.
        TestServer third;
        const TestServer::RunResult again =
            TestServer::run(QStringList{u"seed-demo"_s} + third.storeArguments());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(generated.match(QString::fromUtf8(again.out)).captured(1) != password);
    }

    void badContentLeavesTheStoreEmpty()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"members": [{"username": "ok"}], "courses": [{"title": "x", "enrolled": ["ghost"]}]})");
        bad.close();
        const TestServer fresh;
        const QStringList store = fresh.storeArguments();
        TestServer::RunResult run = TestServer::run(
            QStringList{u"seed-demo"_s} + store +
            QStringList{u"--password"_s, u"password1"_s, u"--content"_s, bad.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("ghost"), run.err.constData());
        // A lesson naming a file the content does not have.
        QFile noFile(dir.filePath(u"nofile.json"_s));
        QVERIFY(noFile.open(QIODevice::WriteOnly));
        noFile.write(R"json({"members": [{"username": "ok"}], "courses": [{"title": "x", "modules":
            [{"title": "m", "lessons": [{"title": "l", "body": "![a](map.png)",
            "files": ["map.png"]}]}]}]})json");
        noFile.close();
        run = TestServer::run(
            QStringList{u"seed-demo"_s} + store +
            QStringList{u"--password"_s, u"password1"_s, u"--content"_s, noFile.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no file 'map.png'"), run.err.constData());
        // Nothing was written, so a good seed still works on that store.
        QFile small(dir.filePath(u"small.json"_s));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(
            R"({"members": [{"username": "solo", "display_name": "Solo", "roles": ["admin"]}]})");
        small.close();
        run = TestServer::run(
            QStringList{u"seed-demo"_s} + store +
            QStringList{u"--password"_s, u"password1"_s, u"--content"_s, small.fileName()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("solo"));
    }

    void createMember()
    {
        const QStringList args = QStringList{u"create-member"_s} + m_server.storeArguments() +
                                 QStringList{u"--username"_s, u"new.person"_s, u"--name"_s,
                                             u"New Person"_s, u"--role"_s,     u"facilitator"_s};
        TestServer::RunResult run = TestServer::run(args, "secret-pass-42\n");
        QCOMPARE(run.exitCode, 0);
        // The running server sees the new account at once.
        const QString token = m_server.login(u"new.person"_s, u"secret-pass-42"_s);
        QVERIFY(!token.isEmpty());
        // The name is taken now.
        run = TestServer::run(args, "secret-pass-42\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("taken"), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString dir = u"/nonexistent/never"_s;
        QTest::newRow("no command") << QStringList() << QByteArray();
        QTest::newRow("unknown command")
            << QStringList{u"explode"_s, u"--data"_s, dir} << QByteArray();
        QTest::newRow("no data") << QStringList{u"serve"_s} << QByteArray();
        QTest::newRow("unknown option")
            << QStringList{u"serve"_s, u"--data"_s, dir, u"--fast"_s} << QByteArray();
        QTest::newRow("option of another command")
            << QStringList{u"seed-demo"_s, u"--data"_s, dir, u"--listen"_s, u"1.2.3.4:5"_s}
            << QByteArray();
        QTest::newRow("bad listen")
            << QStringList{u"serve"_s, u"--data"_s, dir, u"--listen"_s, u"localhost"_s}
            << QByteArray();
        QTest::newRow("bad username")
            << QStringList{u"create-member"_s, u"--data"_s, dir,   u"--username"_s,
                           u"Bad Name"_s,      u"--name"_s, u"X"_s}
            << QByteArray("password123\n");
        QTest::newRow("bad role")
            << QStringList{u"create-member"_s, u"--data"_s, dir,         u"--username"_s, u"abc"_s,
                           u"--name"_s,        u"X"_s,      u"--role"_s, u"king"_s}
            << QByteArray("password123\n");
        QTest::newRow("data and database")
            << QStringList{u"serve"_s, u"--data"_s, dir, u"--database"_s,
                           u"postgresql://u:p@127.0.0.1/db"_s}
            << QByteArray();
        QTest::newRow("neither data nor database") << QStringList{u"seed-demo"_s} << QByteArray();
        QTest::newRow("database not a url")
            << QStringList{u"serve"_s, u"--database"_s, u"not a url at all"_s} << QByteArray();
        QTest::newRow("database wrong scheme")
            << QStringList{u"serve"_s, u"--database"_s, u"mysql://u:p@127.0.0.1/db"_s}
            << QByteArray();
        QTest::newRow("database without name")
            << QStringList{u"seed-demo"_s, u"--database"_s, u"postgresql://u:p@127.0.0.1:5432"_s}
            << QByteArray();
        QTest::newRow("database bad port")
            << QStringList{u"serve"_s, u"--database"_s, u"postgresql://u:p@127.0.0.1:99999/db"_s}
            << QByteArray();
        QTest::newRow("database bad option")
            << QStringList{u"serve"_s, u"--database"_s,
                           u"postgresql://u:p@127.0.0.1/db?password=x"_s}
            << QByteArray();
        QTest::newRow("short password")
            << QStringList{u"create-member"_s, u"--data"_s, dir,   u"--username"_s,
                           u"abc"_s,           u"--name"_s, u"X"_s}
            << QByteArray("short\n");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const TestServer::RunResult run = TestServer::run(args, input);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("leadernet-server: "));
    }

    // A malformed or unreachable --database never shows its password.
    void databaseErrorsHideThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no database name")
            << u"postgresql://someone:Sekr%40tPw1@127.0.0.1:5432/"_s << 2;
        QTest::newRow("fragment") << u"postgresql://someone:Sekr%40tPw1@127.0.0.1/db#x"_s << 2;
        // Port 1: nothing listens there.
        QTest::newRow("unreachable") << u"postgresql://someone:Sekr%40tPw1@127.0.0.1:1/db"_s << 1;
    }
    void databaseErrorsHideThePassword()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        const TestServer::RunResult run =
            TestServer::run({u"seed-demo"_s, u"--database"_s, url, u"--password"_s, u"pw-12345"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith("leadernet-server: "), run.err.constData());
        QVERIFY2(!run.err.contains("Sekr"), run.err.constData());
        QVERIFY2(!run.out.contains("Sekr"), run.out.constData());
    }

    void help()
    {
        const TestServer::RunResult run = TestServer::run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *word :
             {"serve", "seed-demo", "create-member", "--data", "--database", "--listen"})
            QVERIFY2(run.out.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_server_seed.moc"
