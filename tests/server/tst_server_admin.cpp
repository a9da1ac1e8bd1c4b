// The admin subcommands of leadernet-server against a running server's store:
// each does its work (seen through the API, as clients see it) and refuses bad
// input with a clear message: exit 2 for a wrong command line, 1 for what the
// store does not have.
#include "protocol.h"
#include "rubric.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

namespace {

// Relative file names and contents.
using Files = QList<std::pair<QString, QByteArray>>;

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A 1x1 PNG and a small PDF, for files a lesson links to.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QD"
        "wADhgGAWjR9awAAAABJRU5ErkJggg==");
}

const QByteArray TinyPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 "
                           "R >>\n%%EOF\n";

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The UUID a command prints at the end of its line.
QString printedId(const QByteArray &out)
{
    static const QRegularExpression id(u"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                       "[0-9a-f]{12})$"_s,
                                       QRegularExpression::MultilineOption);
    return id.match(QString::fromUtf8(out)).captured(1);
}

} // namespace

class TestServerAdmin final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_files;

    TestServer::RunResult admin(const QString &command, const QStringList &arguments,
                                const QByteArray &input = {})
    {
        return TestServer::run(QStringList{command} + m_server.storeArguments() + arguments, input);
    }

    // entity -> id -> fields, as `token`'s member pulls them.
    QHash<QString, QHash<QString, QJsonObject>> pulled(const QString &token)
    {
        QHash<QString, QHash<QString, QJsonObject>> all;
        for (const QJsonObject &c : m_server.pullAll(token)) {
            if (!c.value("deleted"_L1).toBool())
                all[c.value("entity"_L1).toString()].insert(c.value("id"_L1).toString(),
                                                            c.value("fields"_L1).toObject());
        }
        return all;
    }

    QHash<QString, QHash<QString, QJsonObject>> everything()
    {
        return pulled(m_server.login(u"admin"_s));
    }

    QString memberId(const QString &username)
    {
        const auto members = everything().value(u"member"_s);
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it->value("username"_L1).toString() == username)
                return it.key();
        }
        return {};
    }

    // A run that failed as it should: the exit code, and the message naming `word`.
    static bool refused(const TestServer::RunResult &run, int exitCode, const QByteArray &word)
    {
        if (run.exitCode == exitCode && run.err.contains("leadernet-server: ") &&
            run.err.contains(word)) {
            return true;
        }
        qWarning("exit %d, stderr: %s", run.exitCode, run.err.constData());
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY(m_files.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void setRole()
    {
        const auto run = admin(u"set-role"_s, {u"obah"_s, u"--role"_s, u"member"_s, u"--role"_s,
                                               u"facilitator"_s, u"--role"_s, u"member"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("member, facilitator"));
        const auto login = Protocol::decodeLoginResponse(
            m_server
                .post(QString(Protocol::LoginPath),
                      Protocol::encode(Protocol::LoginRequest{u"obah"_s, m_server.password()}))
                .body);
        QVERIFY(login.ok());
        QCOMPARE(login->roles, (QStringList{u"member"_s, u"facilitator"_s}));
        QCOMPARE(everything().value(u"member"_s).value(login->memberId).value("roles"_L1),
                 QJsonValue(QJsonArray{u"member"_s, u"facilitator"_s}));

        QVERIFY(refused(admin(u"set-role"_s, {u"nobody.here"_s, u"--role"_s, u"admin"_s}), 1,
                        "nobody.here"));
        QVERIFY(refused(admin(u"set-role"_s, {u"obah"_s, u"--role"_s, u"king"_s}), 2, "king"));
        QVERIFY(refused(admin(u"set-role"_s, {u"obah"_s}), 2, "--role"));
        QVERIFY(refused(admin(u"set-role"_s, {u"--role"_s, u"admin"_s}), 2, "account"));
    }

    void activate()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, u"walk.in"_s},
                                                          {u"password"_s, u"walk-in-password"_s},
                                                          {u"display_name"_s, u"Walk In"_s}})
                                    .toJson();
        QCOMPARE(m_server.post(QString(Protocol::RegisterPath), body).status, 201);
        QVERIFY(m_server.login(u"walk.in"_s, u"walk-in-password"_s).isEmpty());
        QVERIFY(memberId(u"walk.in"_s).isEmpty()); // not synced before activation
        const auto run = admin(u"activate"_s, {u"walk.in"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Activated walk.in"));
        QVERIFY(!m_server.login(u"walk.in"_s, u"walk-in-password"_s).isEmpty());
        const QString id = memberId(u"walk.in"_s);
        QCOMPARE(everything().value(u"member"_s).value(id).value("display_name"_L1).toString(),
                 u"Walk In"_s);
        QVERIFY(admin(u"activate"_s, {u"walk.in"_s}).out.contains("already active"));

        QVERIFY(refused(admin(u"activate"_s, {u"nobody.here"_s}), 1, "nobody.here"));
        QVERIFY(refused(admin(u"activate"_s, {}), 2, "account"));
        QVERIFY(refused(admin(u"activation-tokens"_s, {u"walk.in"_s}), 2, "walk.in"));
        QVERIFY(refused(admin(u"reset-tokens"_s, {}), 2, "account"));
    }

    void disable()
    {
        // Disabled, the account's sign-ins end and a sign-in with the right
        // password is told why (403 account_disabled); a wrong password is
        // still only a wrong password. Activated, it signs in again.
        const QString token = m_server.login(u"walk.in"_s, u"walk-in-password"_s);
        QVERIFY(!token.isEmpty());
        const auto run = admin(u"disable"_s, {u"walk.in"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Disabled walk.in"), run.out.constData());
        QCOMPARE(m_server.get(u"/api/v1/sync/pull?after=0"_s, token).status, 401);
        const auto login = [&](const QString &password) {
            return m_server.post(
                QString(Protocol::LoginPath),
                QJsonDocument(QJsonObject{{u"username"_s, u"walk.in"_s}, {u"password"_s, password}})
                    .toJson());
        };
        const TestServer::Reply right = login(u"walk-in-password"_s);
        QCOMPARE(right.status, 403);
        QCOMPARE(Protocol::decodeErrorBody(right.body)->code, u"account_disabled"_s);
        QCOMPARE(login(u"not-the-password"_s).status, 401);
        QVERIFY(admin(u"disable"_s, {u"walk.in"_s}).out.contains("was not active"));
        QVERIFY(refused(admin(u"disable"_s, {u"nobody.here"_s}), 1, "nobody.here"));
        QCOMPARE(admin(u"activate"_s, {u"walk.in"_s}).exitCode, 0);
        QCOMPARE(login(u"walk-in-password"_s).status, 200);
    }

    void setRubric()
    {
        // The demo program comes with its rubric; an admin replaces it from a
        // file, and everyone in the program pulls it with the program.
        const QString program = u"Leadership Development Program — District Health Teams"_s;
        const auto rubricOf = [&]() {
            for (const QJsonObject &p :
                 pulled(m_server.login(u"facilitator"_s)).value(u"program"_s)) {
                if (p.value("title"_L1).toString() == program)
                    return Core::Rubric::fromJson(p.value("rubric"_L1).toObject());
            }
            return Core::Rubric();
        };
        const Core::Rubric demo = rubricOf();
        QVERIFY(demo.criterion(u"root_cause_analysis"_s));
        QVERIFY(!demo.criterion(u"team_engagement"_s)->required);

        const auto file = [&](const QString &name, const QByteArray &text) {
            const QString path = m_files.filePath(name);
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() ? path : QString();
        };
        const QString good = file(u"rubric.json"_s, R"({"criteria": [
            {"id": "clarity", "title": "Clarté du défi", "description": "Un seul problème."},
            {"id": "evidence", "title": "Données probantes", "required": false}]})");
        const auto run = admin(u"set-rubric"_s, {program, good});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("2 criteria"), run.out.constData());
        const Core::Rubric now = rubricOf();
        QCOMPARE(now.criteria.size(), 2);
        QCOMPARE(now.criteria.at(0).title, u"Clarté du défi"_s);
        QVERIFY(now.criteria.at(0).required);
        QVERIFY(!now.criteria.at(1).required);

        // Bad files and programs are refused, naming what is wrong.
        const struct {
            QByteArray text;
            QByteArray word;
        } bad[] = {
            {"not json", "not a JSON object"},
            {R"({"criteria": []})", "at least one criterion"},
            {R"({"criteria": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]})",
             "two criteria have the id 'a'"},
            {R"({"criteria": [{"id": "a"}]})", "needs a title"},
            {R"({"criteria": [{"id": "Has Space", "title": "A"}]})", "lower case"},
            {R"({"criteria": [{"id": "a", "title": "A", "weight": 2}]})", "has no 'weight'"},
            {R"({"criteria": [{"id": "a", "title": "A", "required": "yes"}]})", "true or false"},
        };
        for (const auto &b : bad) {
            const QString path = file(u"bad.json"_s, b.text);
            QVERIFY(refused(admin(u"set-rubric"_s, {program, path}), 1, b.word));
        }
        QVERIFY(refused(admin(u"set-rubric"_s, {u"No such program"_s, good}), 1, "no program"));
        QVERIFY(refused(admin(u"set-rubric"_s, {program}), 2, "FILE"));
        QCOMPARE(rubricOf().criteria.size(), 2); // nothing refused was written
    }

    void addCourse()
    {
        const QString folder = m_files.filePath(u"course"_s);
        QVERIFY(writeFile(folder + u"/course.md"_s,
                          "# Leading Change\n\nlanguage: fr\n\nA course about change.\n\n"
                          "Second paragraph.\n"));
        QVERIFY(writeFile(folder + u"/01-basics/module.md"_s, "# Les bases\n"));
        QVERIFY(writeFile(folder + u"/01-basics/01-welcome.md"_s,
                          "# Bienvenue\r\n\r\nBonjour **à tous**.\r\n"));
        QVERIFY(writeFile(folder + u"/01-basics/02-why.md"_s, "# Pourquoi\n\n- un\n- deux\n"));
        QVERIFY(writeFile(folder + u"/02-working-with-data/01-tables.md"_s,
                          "# Tableaux\n\n| a | b |\n"));
        QVERIFY(writeFile(folder + u"/02-working-with-data/figure.png"_s, "\x89PNG"));
        QVERIFY(writeFile(folder + u"/10-last/01-end.md"_s, "# Fin\n\nMerci.\n"));

        const auto run = admin(u"add-course"_s, {folder});
        QCOMPARE(run.exitCode, 0);
        const QString courseId = printedId(run.out);
        QVERIFY2(!courseId.isEmpty(), run.out.constData());

        const auto all = everything();
        const QJsonObject course = all.value(u"course"_s).value(courseId);
        QCOMPARE(course.value("title"_L1).toString(), u"Leading Change"_s);
        QCOMPARE(course.value("language"_L1).toString(), u"fr"_s);
        QCOMPARE(course.value("summary"_L1).toString(),
                 u"A course about change.\n\nSecond paragraph."_s);
        QMap<int, QString> modules; // position -> id
        for (auto it = all.value(u"module"_s).cbegin(); it != all.value(u"module"_s).cend(); ++it) {
            if (it->value("course_id"_L1).toString() == courseId)
                modules.insert(it->value("position"_L1).toInt(), it.key());
        }
        QCOMPARE(modules.keys(), (QList<int>{1, 2, 3}));
        const auto moduleTitle = [&](int position) {
            return all.value(u"module"_s)
                .value(modules.value(position))
                .value("title"_L1)
                .toString();
        };
        QCOMPARE(moduleTitle(1), u"Les bases"_s);
        QCOMPARE(moduleTitle(2), u"Working with data"_s);
        QCOMPARE(moduleTitle(3), u"Last"_s);
        QMap<int, QJsonObject> lessons; // of the first module
        for (const QJsonObject &l : all.value(u"lesson"_s)) {
            if (l.value("module_id"_L1).toString() == modules.value(1))
                lessons.insert(l.value("position"_L1).toInt(), l);
        }
        QCOMPARE(lessons.keys(), (QList<int>{1, 2}));
        QCOMPARE(lessons.value(1).value("title"_L1).toString(), u"Bienvenue"_s);
        QCOMPARE(lessons.value(1).value("body"_L1).toString(), u"Bonjour **à tous**."_s);
        QCOMPARE(lessons.value(2).value("body"_L1).toString(), u"- un\n- deux"_s);
        // Members see it too: the catalogue is public.
        QVERIFY(pulled(m_server.login(u"member"_s)).value(u"course"_s).contains(courseId));
    }

    void addCourseWithFiles()
    {
        // Images and linked files become the lessons' attachments, kept in
        // the store once however many lessons (or imports) use them; URLs,
        // anchors, other lessons, code and course.md's images stay as they are.
        const QByteArray png = tinyPng();
        const QString pngSha = sha256Of(png);
        const QString pdfSha = sha256Of(TinyPdf);
        const QString folder = m_files.filePath(u"course-with-files"_s);
        QVERIFY(writeFile(folder + u"/course.md"_s, "# With files\n\n![Logo](no-such-logo.png)\n"));
        QVERIFY(writeFile(folder + u"/01-maps/img/my map.png"_s, png));
        QVERIFY(writeFile(folder + u"/01-maps/notes file.pdf"_s, TinyPdf));
        QVERIFY(
            writeFile(folder + u"/01-maps/01-reading.md"_s,
                      "# Reading maps\n\n"
                      "![A map](img/my%20map.png \"The map\")\n\n"
                      "Read [the notes](<notes file.pdf>), [the site](https://example.org/a.png),"
                      " [mail](mailto:a@example.org), [next](02-again.md), [top](#top) and "
                      "[the map again](./img/my%20map.png).\n\n"
                      "Write `![text](picture.png)` for an image:\n\n"
                      "```\n![text](picture.png)\n```\n"));
        QVERIFY(writeFile(folder + u"/01-maps/02-again.md"_s,
                          "# Again\n\n[![Small map](img/my%20map.png)](notes%20file.pdf)\n"));
        QVERIFY(writeFile(folder + u"/02-more/01-elsewhere.md"_s,
                          "# Elsewhere\n\n![The same map][map]\n\n"
                          "[map]: ../01-maps/img/my%20map.png 'Shared'\n"));

        for (int import = 0; import < 2; ++import) {
            const auto run = admin(u"add-course"_s, {folder});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString courseId = printedId(run.out);
            const auto all = everything();
            QCOMPARE(all.value(u"course"_s).value(courseId).value("summary"_L1).toString(),
                     u"![Logo](no-such-logo.png)"_s);
            QHash<QString, QString> moduleIds; // title -> id
            for (auto it = all.value(u"module"_s).cbegin(); it != all.value(u"module"_s).cend();
                 ++it) {
                if (it->value("course_id"_L1).toString() == courseId)
                    moduleIds.insert(it->value("title"_L1).toString(), it.key());
            }
            QHash<QString, QJsonObject> lessons; // title -> fields
            for (const QJsonObject &l : all.value(u"lesson"_s)) {
                if (moduleIds.values().contains(l.value("module_id"_L1).toString()))
                    lessons.insert(l.value("title"_L1).toString(), l);
            }
            QCOMPARE(lessons.size(), 3);

            const QString pngUrl = u"attachment:"_s + pngSha;
            const QString pdfUrl = u"attachment:"_s + pdfSha;
            const QJsonObject pngRef{{u"sha256"_s, pngSha},
                                     {u"name"_s, u"my map.png"_s},
                                     {u"size"_s, png.size()},
                                     {u"type"_s, u"image/png"_s}};
            const QJsonObject pdfRef{{u"sha256"_s, pdfSha},
                                     {u"name"_s, u"notes file.pdf"_s},
                                     {u"size"_s, TinyPdf.size()},
                                     {u"type"_s, u"application/pdf"_s}};
            const QJsonObject reading = lessons.value(u"Reading maps"_s);
            QCOMPARE(reading.value("body"_L1).toString(),
                     u"![A map](%1 \"The map\")\n\n"
                     "Read [the notes](%2), [the site](https://example.org/a.png), "
                     "[mail](mailto:a@example.org), [next](02-again.md), [top](#top) and "
                     "[the map again](%1).\n\n"
                     "Write `![text](picture.png)` for an image:\n\n"
                     "```\n![text](picture.png)\n```"_s.arg(pngUrl, pdfUrl));
            QCOMPARE(reading.value("attachments"_L1).toArray(), (QJsonArray{pngRef, pdfRef}));
            const QJsonObject again = lessons.value(u"Again"_s);
            QCOMPARE(again.value("body"_L1).toString(),
                     u"[![Small map](%1)](%2)"_s.arg(pngUrl, pdfUrl));
            QCOMPARE(again.value("attachments"_L1).toArray(), (QJsonArray{pngRef, pdfRef}));
            const QJsonObject elsewhere = lessons.value(u"Elsewhere"_s);
            QCOMPARE(elsewhere.value("body"_L1).toString(),
                     u"![The same map][map]\n\n[map]: %1 'Shared'"_s.arg(pngUrl));
            QCOMPARE(elsewhere.value("attachments"_L1).toArray(), (QJsonArray{pngRef}));

            // Members fetch the files as they fetch any attachment.
            const QString token = m_server.login(u"member"_s);
            const TestServer::Reply gotPng =
                m_server.get(QString(Protocol::AttachmentsPath) + u'/' + pngSha, token);
            QCOMPARE(gotPng.status, 200);
            QCOMPARE(gotPng.body, png);
            const TestServer::Reply gotPdf =
                m_server.get(QString(Protocol::AttachmentsPath) + u'/' + pdfSha, token);
            QCOMPARE(gotPdf.status, 200);
            QCOMPARE(gotPdf.body, TinyPdf);
        }

        // Each file is kept once, as a whole, after two imports.
        {
            QSqlDatabase db = m_server.openStore(u"course-files"_s);
            QVERIFY(db.isOpen());
            for (const QString &sha : {pngSha, pdfSha}) {
                QSqlQuery q(db);
                QVERIFY(q.prepare(u"SELECT (SELECT COUNT(*) FROM attachments WHERE sha256 = ?), "
                                  "(SELECT COUNT(*) FROM attachment_chunks WHERE sha256 = ?)"_s));
                q.addBindValue(sha);
                q.addBindValue(sha);
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
                QCOMPARE(q.value(1).toInt(), 1);
            }
        }
        QSqlDatabase::removeDatabase(u"course-files"_s);
    }

    void addCourseRefusesBadFolders_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QByteArray>("named"); // what the message must name
        const std::pair<QString, QByteArray> course{u"course.md"_s, "# A course\n"};
        const std::pair<QString, QByteArray> lesson{u"01-m/01-l.md"_s, "# A lesson\n\nText.\n"};
        QTest::newRow("empty folder") << Files{} << QByteArray("course.md");
        QTest::newRow("no modules") << Files{course} << QByteArray("no modules");
        QTest::newRow("course without title")
            << Files{{u"course.md"_s, "A course\n"}, lesson} << QByteArray("course.md");
        QTest::newRow("lesson without title")
            << Files{course, {u"01-m/01-l.md"_s, "Just text.\n"}} << QByteArray("01-l.md");
        QTest::newRow("not utf-8") << Files{course, lesson, {u"01-m/02-bad.md"_s, "# Caf\xe9\n"}}
                                   << QByteArray("02-bad.md");
        QTest::newRow("lesson without number")
            << Files{course, lesson, {u"01-m/intro.md"_s, "# Intro\n"}} << QByteArray("intro.md");
        QTest::newRow("module without number")
            << Files{course, {u"basics/01-l.md"_s, "# L\n"}} << QByteArray("basics");
        QTest::newRow("module without lessons")
            << Files{course, lesson, {u"02-empty/module.md"_s, "# Empty\n"}}
            << QByteArray("02-empty");
        QTest::newRow("lesson beside course.md")
            << Files{course, lesson, {u"01-stray.md"_s, "# Stray\n"}} << QByteArray("01-stray.md");
        QTest::newRow("missing image")
            << Files{course, {u"01-m/01-l.md"_s, "# L\n\n![A map](img/gone.png)\n"}}
            << QByteArray("01-l.md links to img/gone.png");
        QTest::newRow("missing linked file")
            << Files{course, {u"01-m/01-l.md"_s, "# L\n\nSee [notes](<my notes.pdf>).\n"}}
            << QByteArray("01-l.md links to <my notes.pdf>");
        QTest::newRow("file outside the folder")
            << Files{course,
                     {u"../outside.png"_s, "\x89PNG"},
                     {u"01-m/01-l.md"_s, "# L\n\n![x](../../outside.png)\n"}}
            << QByteArray("01-l.md links to ../../outside.png, which is outside");
        QTest::newRow("absolute path")
            << Files{course, {u"01-m/01-l.md"_s, "# L\n\n[hosts](/etc/hosts)\n"}}
            << QByteArray("01-l.md links to /etc/hosts, which is outside");
        Files many{course};
        QByteArray manyLinks = "# Many\n\n";
        for (int i = 0; i <= 20; ++i) {
            many.append({u"01-m/f%1.txt"_s.arg(i), QByteArray::number(i)});
            manyLinks += "[file](f" + QByteArray::number(i) + ".txt)\n";
        }
        many.append({u"01-m/01-l.md"_s, manyLinks});
        QTest::newRow("too many files") << many << QByteArray("more than 20 files");
        QTest::newRow("bad language")
            << Files{{u"course.md"_s, "# A course\nlanguage: English\n"}, lesson}
            << QByteArray("English");
    }
    void addCourseRefusesBadFolders()
    {
        QFETCH(Files, files);
        QFETCH(QByteArray, named);
        const QString folder = m_files.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        for (const auto &[name, content] : files)
            QVERIFY(writeFile(folder + u'/' + name, content));
        const int coursesBefore = int(everything().value(u"course"_s).size());
        QVERIFY(refused(admin(u"add-course"_s, {folder}), 1, named));
        QCOMPARE(everything().value(u"course"_s).size(), coursesBefore);
    }

    void addSeminar()
    {
        const auto run =
            admin(u"add-seminar"_s,
                  {u"--title"_s, u"Supply chains in a crisis"_s, u"--language"_s, u"pt"_s,
                   u"--starts"_s, u"2030-03-02"_s, u"--ends"_s, u"2030-03-06"_s, u"--facilitator"_s,
                   u"facilitator"_s, u"--description"_s, u"Five days on stockouts."_s});
        QCOMPARE(run.exitCode, 0);
        const QString id = printedId(run.out);
        QVERIFY2(!id.isEmpty(), run.out.constData());
        // The facilitator sees it (public) and is its facilitator.
        const QJsonObject seminar =
            pulled(m_server.login(u"facilitator"_s)).value(u"seminar"_s).value(id);
        QCOMPARE(seminar.value("title"_L1).toString(), u"Supply chains in a crisis"_s);
        QCOMPARE(seminar.value("language"_L1).toString(), u"pt"_s);
        QCOMPARE(seminar.value("starts_on"_L1).toString(), u"2030-03-02"_s);
        QCOMPARE(seminar.value("ends_on"_L1).toString(), u"2030-03-06"_s);
        QCOMPARE(seminar.value("description"_L1).toString(), u"Five days on stockouts."_s);
        QCOMPARE(seminar.value("facilitators"_L1).toArray(),
                 QJsonArray{memberId(u"facilitator"_s)});

        const QStringList base{u"--title"_s, u"T"_s, u"--language"_s, u"en"_s};
        QVERIFY(refused(admin(u"add-seminar"_s, base + QStringList{u"--starts"_s, u"2030-3-2"_s,
                                                                   u"--ends"_s, u"2030-03-06"_s}),
                        2, "2030-3-2"));
        QVERIFY(refused(admin(u"add-seminar"_s, base + QStringList{u"--starts"_s, u"2030-03-06"_s,
                                                                   u"--ends"_s, u"2030-03-02"_s}),
                        2, "before"));
        QVERIFY(refused(admin(u"add-seminar"_s, {u"--language"_s, u"en"_s, u"--starts"_s,
                                                 u"2030-03-02"_s, u"--ends"_s, u"2030-03-06"_s}),
                        2, "--title"));
        QVERIFY(refused(
            admin(u"add-seminar"_s, {u"--title"_s, u"T"_s, u"--language"_s, u"English"_s,
                                     u"--starts"_s, u"2030-03-02"_s, u"--ends"_s, u"2030-03-06"_s}),
            2, "English"));
        // A member without the role cannot facilitate.
        QVERIFY(refused(admin(u"add-seminar"_s,
                              base + QStringList{u"--starts"_s, u"2030-03-02"_s, u"--ends"_s,
                                                 u"2030-03-06"_s, u"--facilitator"_s, u"member"_s}),
                        1, "not a facilitator"));
        QVERIFY(refused(
            admin(u"add-seminar"_s, base + QStringList{u"--starts"_s, u"2030-03-02"_s, u"--ends"_s,
                                                       u"2030-03-06"_s, u"--kind"_s, u"x"_s}),
            2, "--kind"));
    }

    void addProgramTeamAndMembers()
    {
        const QStringList program{u"--title"_s,    u"Leading for Results, Kenya"_s,
                                  u"--kind"_s,     u"leadership_development"_s,
                                  u"--cohort"_s,   u"2030-A"_s,
                                  u"--language"_s, u"en"_s,
                                  u"--starts"_s,   u"2030-01-06"_s,
                                  u"--ends"_s,     u"2030-06-30"_s};
        auto run =
            admin(u"add-program"_s, program + QStringList{u"--facilitator"_s, u"facilitator"_s});
        QCOMPARE(run.exitCode, 0);
        const QString programId = printedId(run.out);
        QVERIFY(!programId.isEmpty());
        QCOMPARE(everything().value(u"program"_s).value(programId).value("cohort"_L1).toString(),
                 u"2030-A"_s);
        QVERIFY(refused(admin(u"add-program"_s,
                              QStringList(program).replaceInStrings(u"leadership_development"_s,
                                                                    u"Leadership Development"_s)),
                        2, "--kind"));
        QVERIFY(
            refused(admin(u"add-program"_s, program.mid(0, 4) + program.mid(6)), 2, "--cohort"));

        // A team, by the program's title; its action plan comes with it.
        run = admin(u"add-team"_s,
                    {u"--program"_s, u"Leading for Results, Kenya"_s, u"--name"_s,
                     u"Nakuru County"_s, u"--organisation"_s, u"County Health Department"_s,
                     u"--country"_s, u"Kenya"_s, u"--coach"_s, u"facilitator"_s});
        QCOMPARE(run.exitCode, 0);
        const QString teamId = printedId(run.out.split('\n').constFirst());
        QVERIFY2(!teamId.isEmpty(), run.out.constData());
        auto all = everything();
        const QJsonObject team = all.value(u"team"_s).value(teamId);
        QCOMPARE(team.value("program_id"_L1).toString(), programId);
        QCOMPARE(team.value("coach_id"_L1).toString(), memberId(u"facilitator"_s));
        QCOMPARE(team.value("members"_L1).toArray(), QJsonArray());
        QString planId;
        for (auto it = all.value(u"action_plan"_s).cbegin();
             it != all.value(u"action_plan"_s).cend(); ++it) {
            if (it->value("team_id"_L1).toString() == teamId)
                planId = it.key();
        }
        QVERIFY(!planId.isEmpty());
        QVERIFY(refused(
            admin(u"add-team"_s, {u"--program"_s, programId, u"--name"_s, u"nakuru county"_s}), 1,
            "already has a team"));
        QVERIFY(refused(
            admin(u"add-team"_s, {u"--program"_s, u"No Such Program"_s, u"--name"_s, u"X"_s}), 1,
            "No Such Program"));
        QVERIFY(refused(admin(u"add-team"_s, {u"--program"_s, programId, u"--name"_s, u"Y"_s,
                                              u"--coach"_s, u"nobody.here"_s}),
                        1, "nobody.here"));
        QVERIFY(refused(admin(u"add-team"_s, {u"--name"_s, u"Z"_s}), 2, "--program"));

        // A member who has synced joins the team: the next pull brings the
        // team and its older plan (a backfill).
        QCOMPARE(admin(u"create-member"_s,
                       {u"--username"_s, u"new.teammate"_s, u"--name"_s, u"New Teammate"_s},
                       "teammate-password\n")
                     .exitCode,
                 0);
        const QString token = m_server.login(u"new.teammate"_s, u"teammate-password"_s);
        QVERIFY(!token.isEmpty());
        auto page = m_server.get(u"/api/v1/sync/pull?after=0&granted_after=0&limit=5000"_s, token);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.json().value("has_more"_L1).toBool());
        const qint64 cursor = page.json().value("cursor"_L1).toInteger();
        const qint64 grantedAfter = page.json().value("granted_after"_L1).toInteger();

        // Nothing is written when one of the names is unknown.
        QVERIFY(refused(admin(u"add-to-team"_s, {teamId, u"new.teammate"_s, u"nobody.here"_s}), 1,
                        "nobody.here"));
        QVERIFY(refused(admin(u"add-to-team"_s, {u"No Such Team"_s, u"new.teammate"_s}), 1,
                        "No Such Team"));
        QVERIFY(refused(admin(u"add-to-team"_s, {teamId}), 2, "member"));

        run = admin(u"add-to-team"_s, {u"Nakuru County"_s, u"new.teammate"_s, u"member"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("2 members"));
        run = admin(u"add-to-team"_s, {teamId, u"member"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Already in the team"));
        QCOMPARE(everything().value(u"team"_s).value(teamId).value("members"_L1).toArray(),
                 (QJsonArray{memberId(u"new.teammate"_s), memberId(u"member"_s)}));

        QSet<QString> received;
        QString position = u"after=%1&granted_after=%2"_s.arg(cursor).arg(grantedAfter);
        for (int i = 0; i < 20; ++i) {
            page = m_server.get(u"/api/v1/sync/pull?%1&limit=5000"_s.arg(position), token);
            QCOMPARE(page.status, 200);
            const QJsonObject body = page.json();
            for (const QJsonValue &c : body.value("changes"_L1).toArray())
                received.insert(c.toObject().value("id"_L1).toString());
            position = u"after=%1&granted_after=%2&backfill_after=%3&backfill_through=%4"_s
                           .arg(body.value("cursor"_L1).toInteger())
                           .arg(body.value("granted_after"_L1).toInteger())
                           .arg(body.value("backfill_after"_L1).toInteger())
                           .arg(body.value("backfill_through"_L1).toInteger());
            if (!body.value("has_more"_L1).toBool())
                break;
        }
        QVERIFY(received.contains(teamId));
        QVERIFY(received.contains(planId));
    }

    void helpListsTheAdminCommands()
    {
        const TestServer::RunResult run = TestServer::run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *word :
             {"set-role", "activate", "disable", "set-rubric", "activation-tokens", "reset-tokens",
              "add-course", "add-seminar", "add-program", "add-team", "add-to-team",
              "--facilitator", "--coach"})
            QVERIFY2(run.out.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
