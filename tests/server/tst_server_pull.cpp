// The pull of a real server: pages and cursors that resume without gaps or
// duplicates, scopes that show each member exactly their part, bearer tokens,
// and compression on the wire.
#include "compression.h"
#include "pagestream.h"
#include "protocol.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

namespace {

using Key = std::tuple<QString, QString, qint64>; // entity, id, revision

QList<Key> keys(const QList<QJsonObject> &changes)
{
    QList<Key> out;
    for (const QJsonObject &c : changes) {
        out << Key{c.value("entity"_L1).toString(), c.value("id"_L1).toString(),
                   c.value("rev"_L1).toInteger()};
    }
    return out;
}

QList<QJsonObject> ofEntity(const QList<QJsonObject> &changes, const QString &entity)
{
    QList<QJsonObject> out;
    for (const QJsonObject &c : changes) {
        if (c.value("entity"_L1).toString() == entity)
            out << c;
    }
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestServerPull final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_member, m_facilitator, m_admin; // tokens
    QString m_memberId, m_facilitatorId;
    QList<QJsonObject> m_adminAll;

    Protocol::PullPage pull(const QString &token, qint64 after, int limit)
    {
        const TestServer::Reply reply =
            m_server.get(u"/api/v1/sync/pull?after=%1&limit=%2"_s.arg(after).arg(limit), token);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        const auto page = Protocol::decodePullPage(reply.body);
        if (!page)
            qWarning() << page.error().detail;
        return page ? page.value() : Protocol::PullPage{-1, false, 0, 0, 0, {}, {}, {}, {}};
    }

    // The team ids a member belongs to (by the admin's view).
    QSet<QString> teamsOf(const QString &memberId) const
    {
        QSet<QString> teams;
        for (const QJsonObject &t : ofEntity(m_adminAll, u"team"_s)) {
            const QJsonObject f = t.value("fields"_L1).toObject();
            if (strings(f.value("members"_L1)).contains(memberId) ||
                f.value("coach_id"_L1).toString() == memberId)
                teams.insert(t.value("id"_L1).toString());
        }
        return teams;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_member = m_server.login(u"member"_s);
        m_facilitator = m_server.login(u"facilitator"_s);
        m_admin = m_server.login(u"admin"_s);
        QVERIFY(!m_member.isEmpty() && !m_facilitator.isEmpty() && !m_admin.isEmpty());
        bool ok = false;
        m_adminAll = m_server.pullAll(m_admin, 5000, &ok);
        QVERIFY(ok);
        for (const QJsonObject &m : ofEntity(m_adminAll, u"member"_s)) {
            const QString username =
                m.value("fields"_L1).toObject().value("username"_L1).toString();
            if (username == u"member")
                m_memberId = m.value("id"_L1).toString();
            if (username == u"facilitator")
                m_facilitatorId = m.value("id"_L1).toString();
        }
        QVERIFY(!m_memberId.isEmpty() && !m_facilitatorId.isEmpty());
    }

    void pagesResumeWithoutGapsOrDuplicates_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("member") << u"member"_s;
        QTest::newRow("facilitator") << u"facilitator"_s;
        QTest::newRow("admin") << u"admin"_s;
    }
    void pagesResumeWithoutGapsOrDuplicates()
    {
        QFETCH(QString, user);
        const QString token = user == u"member"  ? m_member
                              : user == u"admin" ? m_admin
                                                 : m_facilitator;
        const Protocol::PullPage whole = pull(token, 0, Protocol::MaxPageSize);
        QVERIFY(!whole.hasMore);
        QVERIFY(whole.records.size() > 20);

        QList<Core::Record> paged;
        QSet<std::pair<QString, QString>> seen;
        qint64 cursor = 0;
        int pages = 0;
        for (;;) {
            const Protocol::PullPage page = pull(token, cursor, 7);
            QVERIFY(page.cursor > cursor || (!page.hasMore && page.records.isEmpty()));
            QVERIFY(page.records.size() <= 7);
            for (const Core::Record &r : page.records) {
                QVERIFY2(r.revision > cursor && r.revision <= page.cursor, "revision in range");
                QVERIFY2(!seen.contains({r.entity, r.id}), qPrintable(r.id));
                seen.insert({r.entity, r.id});
                paged << r;
            }
            cursor = page.cursor;
            ++pages;
            if (!page.hasMore) {
                QVERIFY(page.records.size() <= 7);
                break;
            }
            QCOMPARE(page.records.size(), 7);
        }
        QVERIFY(pages >= 3);
        QCOMPARE(paged, whole.records);
        QCOMPARE(cursor, whole.cursor);
    }

    void emptyPageNeverGoesBack()
    {
        const Protocol::PullPage whole = pull(m_member, 0, Protocol::MaxPageSize);
        const Protocol::PullPage empty = pull(m_member, whole.cursor, 100);
        QVERIFY(empty.records.isEmpty() && empty.tombstones.isEmpty());
        QVERIFY(!empty.hasMore);
        QCOMPARE(empty.cursor, whole.cursor);
        const qint64 far = 1'000'000'000'000;
        QCOMPARE(pull(m_member, far, 100).cursor, far);
        // The member sees less than the admin, yet the cursor reaches the log's
        // end, so the next sync does not rescan changes the member cannot see.
        QCOMPARE(whole.cursor, pull(m_admin, 0, Protocol::MaxPageSize).cursor);
    }

    void memberSeesOwnTeamOnly()
    {
        bool ok = false;
        const QList<QJsonObject> mine = m_server.pullAll(m_member, 1000, &ok);
        QVERIFY(ok);
        const QSet<QString> myTeams = teamsOf(m_memberId);
        QCOMPARE(myTeams.size(), 1);

        const QList<QJsonObject> plans = ofEntity(mine, u"action_plan"_s);
        QCOMPARE(plans.size(), 1);
        QVERIFY(myTeams.contains(
            plans.first().value("fields"_L1).toObject().value("team_id"_L1).toString()));
        QCOMPARE(ofEntity(mine, u"team"_s).size(), 1);
        QCOMPARE(ofEntity(m_adminAll, u"action_plan"_s).size(), 3);

        // Activities only of that plan; enrollments only the member's own.
        const QString planId = plans.first().value("id"_L1).toString();
        QVERIFY(!ofEntity(mine, u"activity"_s).isEmpty());
        for (const QJsonObject &a : ofEntity(mine, u"activity"_s))
            QCOMPARE(a.value("fields"_L1).toObject().value("plan_id"_L1).toString(), planId);
        for (const QJsonObject &e : ofEntity(mine, u"enrollment"_s))
            QCOMPARE(e.value("fields"_L1).toObject().value("member_id"_L1).toString(), m_memberId);
        QVERIFY(ofEntity(mine, u"enrollment"_s).size() <
                ofEntity(m_adminAll, u"enrollment"_s).size());

        // Threads and posts only of seminars the member takes part in.
        QSet<QString> mySeminars;
        for (const QJsonObject &p : ofEntity(mine, u"seminar_participant"_s))
            mySeminars.insert(p.value("fields"_L1).toObject().value("seminar_id"_L1).toString());
        QVERIFY(!mySeminars.isEmpty());
        QSet<QString> myThreads;
        for (const QJsonObject &t : ofEntity(mine, u"thread"_s)) {
            QVERIFY(mySeminars.contains(
                t.value("fields"_L1).toObject().value("seminar_id"_L1).toString()));
            myThreads.insert(t.value("id"_L1).toString());
        }
        QVERIFY(ofEntity(mine, u"thread"_s).size() < ofEntity(m_adminAll, u"thread"_s).size());
        for (const QJsonObject &p : ofEntity(mine, u"post"_s))
            QVERIFY(myThreads.contains(
                p.value("fields"_L1).toObject().value("thread_id"_L1).toString()));

        // Public records all reach the member.
        for (const QString &entity :
             {u"member"_s, u"course"_s, u"lesson"_s, u"seminar"_s, u"program"_s})
            QCOMPARE(ofEntity(mine, entity).size(), ofEntity(m_adminAll, entity).size());
    }

    void facilitatorSeesAllTeamsOfTheProgram()
    {
        bool ok = false;
        const QList<QJsonObject> theirs = m_server.pullAll(m_facilitator, 1000, &ok);
        QVERIFY(ok);
        QCOMPARE(ofEntity(theirs, u"team"_s).size(), 3);
        QCOMPARE(ofEntity(theirs, u"action_plan"_s).size(), 3);
        QCOMPARE(ofEntity(theirs, u"activity"_s).size(),
                 ofEntity(m_adminAll, u"activity"_s).size());
        QCOMPARE(ofEntity(theirs, u"submission"_s).size(),
                 ofEntity(m_adminAll, u"submission"_s).size());
        QCOMPARE(ofEntity(theirs, u"review"_s).size(), ofEntity(m_adminAll, u"review"_s).size());
        // A facilitated seminar's threads, without being a participant.
        QVERIFY(!ofEntity(theirs, u"thread"_s).isEmpty());
    }

    void adminSeesEverything()
    {
        QSqlDatabase db = m_server.openStore(u"inspect"_s);
        QVERIFY(db.isOpen());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*), max(seq) FROM records"_s) && q.next());
            QCOMPARE(qsizetype(q.value(0).toLongLong()), m_adminAll.size());
            const QList<Key> all = keys(m_adminAll);
            QCOMPARE(std::get<2>(all.last()), q.value(1).toLongLong());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void tokensAreRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown token")
            << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("basic auth") << QByteArray("Basic bWVtYmVyOnB3");
        QTest::newRow("garbage") << QByteArray("\x01\x02 \xff");
    }
    void tokensAreRequired()
    {
        QFETCH(QByteArray, authorization);
        TestServer::Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const TestServer::Reply reply =
            m_server.request("GET", u"/api/v1/sync/pull?after=0"_s, {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    }

    void logoutRevokesTheToken()
    {
        const QString token = m_server.login(u"member"_s);
        QCOMPARE(m_server.get(u"/api/v1/sync/pull?after=0&limit=1"_s, token).status, 200);
        QCOMPARE(m_server.post(u"/api/v1/auth/logout"_s, {}, token).status, 200);
        const TestServer::Reply after = m_server.get(u"/api/v1/sync/pull?after=0"_s, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(m_server.post(u"/api/v1/auth/logout"_s, {}, token).status, 401);
        // Other sessions of the same member go on.
        QCOMPARE(m_server.get(u"/api/v1/sync/pull?after=0&limit=1"_s, m_member).status, 200);
    }

    void badParametersAre400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("negative after") << u"after=-1"_s;
        QTest::newRow("text after") << u"after=abc"_s;
        QTest::newRow("zero limit") << u"after=0&limit=0"_s;
        QTest::newRow("negative limit") << u"limit=-5"_s;
        QTest::newRow("float limit") << u"limit=1.5"_s;
        QTest::newRow("huge after") << u"after=99999999999999999999999"_s;
    }
    void badParametersAre400()
    {
        QFETCH(QString, query);
        const TestServer::Reply reply = m_server.get(u"/api/v1/sync/pull?"_s + query, m_member);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"invalid"_s);
    }

    void limitIsClampedAndDefaulted()
    {
        const TestServer::Reply reply =
            m_server.get(u"/api/v1/sync/pull?limit=100000000"_s, m_admin);
        QCOMPARE(reply.status, 200);
        const auto page = Protocol::decodePullPage(reply.body);
        QVERIFY(page.ok());
        QVERIFY(page->records.size() <= Protocol::MaxPageSize);
        const TestServer::Reply byDefault = m_server.get(u"/api/v1/sync/pull"_s, m_admin);
        QCOMPARE(byDefault.status, 200);
        QCOMPARE(byDefault.body, reply.body);
    }

    void concurrentRequestsAgree()
    {
        // Several connections at once: each server thread has its own store
        // connection, and every answer is the same page.
        QNetworkAccessManager nam;
        QUrl url = m_server.url().resolved(QUrl(u"/api/v1/sync/pull?limit=50"_s));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 24; ++i) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_facilitator.toUtf8());
            replies << nam.get(request);
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(60000));
        }
        const QByteArray first = replies.first()->readAll();
        QVERIFY(Protocol::decodePullPage(first).ok());
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            if (reply != replies.first())
                QCOMPARE(reply->readAll(), first);
            reply->deleteLater();
        }
    }

    void gzipWhenAccepted()
    {
        const QByteArray authorization = "Bearer " + m_admin.toUtf8();
        const TestServer::Reply plain =
            m_server.request("GET", u"/api/v1/sync/pull"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("content-encoding").isEmpty());

        const TestServer::Reply zipped =
            m_server.request("GET", u"/api/v1/sync/pull"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(zipped.body.startsWith("\x1f\x8b"));
        QVERIFY2(zipped.body.size() * 3 < plain.body.size(),
                 qPrintable(u"%1 vs %2"_s.arg(zipped.body.size()).arg(plain.body.size())));
        QCOMPARE(TestServer::gunzip(zipped.body), plain.body);
    }

    // Clients that ask for the column layout get it (compressed with zstd
    // like rows); the changes are those of the rows. Others get rows.
    void columnsLayoutWhenAsked()
    {
        const QByteArray authorization = "Bearer " + m_admin.toUtf8();
        const TestServer::Reply rows =
            m_server.request("GET", u"/api/v1/sync/pull?after=0&limit=5000"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
        QCOMPARE(rows.status, 200);
        QVERIFY(!rows.json().contains("layout"_L1));
        const TestServer::Reply plain =
            m_server.request("GET", u"/api/v1/sync/pull?after=0&limit=5000&layout=columns"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.json().value("layout"_L1).toString(), u"columns"_s);
        QVERIFY(!plain.json().contains("changes"_L1));
        QVERIFY(plain.body.size() < rows.body.size());

        const auto fromRows = Protocol::decodePullPage(rows.body);
        const auto fromColumns = Protocol::decodePullPage(plain.body);
        QVERIFY(fromRows.ok());
        QVERIFY2(fromColumns.ok(), qPrintable(fromColumns.error().detail));
        QCOMPARE(fromColumns->cursor, fromRows->cursor);
        QCOMPARE(fromColumns->scopes, fromRows->scopes);
        QCOMPARE(fromColumns->tombstones.size(), fromRows->tombstones.size());
        QVERIFY(!fromColumns->records.isEmpty());
        const auto byId = [](const Core::Record &a, const Core::Record &b) {
            return a.id < b.id;
        };
        QList<Core::Record> a = fromRows->records;
        QList<Core::Record> b = fromColumns->records;
        std::sort(a.begin(), a.end(), byId);
        std::sort(b.begin(), b.end(), byId);
        QVERIFY(a == b);

        const TestServer::Reply packed =
            m_server.request("GET", u"/api/v1/sync/pull?after=0&limit=5000&layout=columns"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "zstd, gzip"}});
        QCOMPARE(packed.status, 200);
        QCOMPARE(packed.header("content-encoding"), QByteArray("zstd"));
        QCOMPARE(packed.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(packed.header("x-leadernet-body-length").toLongLong(), plain.body.size());
        // Sent while it is compressed: in parts, its length unknown at the start.
        QCOMPARE(packed.header("transfer-encoding"), QByteArray("chunked"));
        QVERIFY(packed.header("content-length").isEmpty());
        // A page of one part goes whole, its length stated.
        const TestServer::Reply small =
            m_server.request("GET", u"/api/v1/sync/pull?after=0&limit=3&layout=columns"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "zstd, gzip"}});
        QCOMPARE(small.status, 200);
        QCOMPARE(small.header("content-type"), QByteArray("application/json"));
        QCOMPARE(small.header("content-length").toLongLong(), small.body.size());
        QVERIFY(small.header("transfer-encoding").isEmpty());
        const Core::Result<QByteArray> body =
            Protocol::decompress(packed.body, Protocol::Codec::Zstd, plain.body.size());
        QVERIFY2(body.ok(), qPrintable(body.error().detail));
        QCOMPARE(*body, plain.body);

        // A layout this server does not know: rows, as from a server before layouts.
        const TestServer::Reply unknown =
            m_server.request("GET", u"/api/v1/sync/pull?after=0&limit=5000&layout=cubes"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.body, rows.body);
    }

    // A client that asks for a stream of pages (and takes zstd) gets every
    // page from its position in one answer, each whole and in order: the
    // same changes as page by page. A pull of one page only, or without
    // zstd, is one page as before.
    void streamedPagesWhenAsked()
    {
        const QByteArray authorization = "Bearer " + m_admin.toUtf8();
        const auto url = [](const Core::PullPosition &p, int limit) {
            return u"/api/v1/sync/pull?after=%1&granted_after=%2&limit=%3&layout=columns"
                   "&stream=pages"_s.arg(p.after)
                .arg(p.grantedAfter)
                .arg(limit);
        };
        QList<Core::Record> oneByOne;
        Core::PullPosition position;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const TestServer::Reply reply =
                m_server.request("GET", url(position, 7).remove(u"&stream=pages"_s), {},
                                 {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
            QCOMPARE(reply.status, 200);
            const auto page = Protocol::decodePullPage(reply.body);
            QVERIFY(page.ok());
            oneByOne += page->records;
            position = page->next();
            more = page->hasMore;
        }
        QVERIFY(pages > 3);

        const TestServer::Reply streamed =
            m_server.request("GET", url({}, 7), {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "zstd, gzip"}});
        QCOMPARE(streamed.status, 200);
        QCOMPARE(streamed.header("content-type"), QByteArray("application/x-ndjson"));
        QCOMPARE(streamed.header("content-encoding"), QByteArray("zstd"));
        Protocol::PageStreamReader reader(Protocol::MaxStreamedPageSize);
        const auto lines = reader.feed(streamed.body);
        QVERIFY2(lines.ok(), qPrintable(lines.error().detail));
        QVERIFY(reader.complete());
        QCOMPARE(lines->size(), pages);
        QList<Core::Record> inStream;
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const auto page = Protocol::decodePullPage(lines->at(i));
            QVERIFY2(page.ok(), qPrintable(page.error().detail));
            QCOMPARE(page->hasMore, i + 1 < lines->size());
            inStream += page->records;
        }
        const auto byId = [](const Core::Record &a, const Core::Record &b) { return a.id < b.id; };
        std::sort(oneByOne.begin(), oneByOne.end(), byId);
        std::sort(inStream.begin(), inStream.end(), byId);
        QVERIFY(inStream == oneByOne);

        const TestServer::Reply whole =
            m_server.request("GET", url({}, 5000), {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "zstd, gzip"}});
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.header("content-type"), QByteArray("application/json; charset=utf-8"));
        const TestServer::Reply gzip =
            m_server.request("GET", url({}, 7), {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "gzip"}});
        QCOMPARE(gzip.status, 200);
        QCOMPARE(gzip.header("content-type"), QByteArray("application/json"));
        QVERIFY(Protocol::decompress(gzip.body, Protocol::Codec::Gzip, 64 * 1024 * 1024).ok());
    }

    // A stream starts with a page of 125 changes, then one that makes up the
    // client's page size, then pages of that size: the client applies the
    // first while the server makes the rest. What fits the page size is one
    // page, as before.
    void streamStartsWithASmallPage()
    {
        const QByteArray authorization = "Bearer " + m_admin.toUtf8();
        const qsizetype total = m_adminAll.size();
        QVERIFY2(total > 140, qPrintable(QString::number(total)));
        const auto ask = [&](qsizetype limit) {
            return m_server.request(
                "GET", u"/api/v1/sync/pull?limit=%1&layout=columns&stream=pages"_s.arg(limit), {},
                {{"Authorization", authorization}, {"Accept-Encoding", "zstd"}});
        };
        const qsizetype pageSize = total - 10;
        const TestServer::Reply streamed = ask(pageSize);
        QCOMPARE(streamed.status, 200);
        QCOMPARE(streamed.header("content-type"), QByteArray("application/x-ndjson"));
        Protocol::PageStreamReader reader(Protocol::MaxStreamedPageSize);
        const auto lines = reader.feed(streamed.body);
        QVERIFY2(lines.ok(), qPrintable(lines.error().detail));
        QList<qsizetype> sizes;
        QSet<QString> ids;
        for (const QByteArray &line : *lines) {
            const auto page = Protocol::decodePullPage(line);
            QVERIFY2(page.ok(), qPrintable(page.error().detail));
            sizes << page->records.size() + page->tombstones.size();
            for (const Core::Record &r : page->records)
                ids.insert(r.id);
        }
        QCOMPARE(sizes.size(), 3);
        QCOMPARE(sizes.at(0), qsizetype(125));
        QCOMPARE(sizes.at(1), pageSize - 125);
        QCOMPARE(sizes.at(2), qsizetype(10));
        QCOMPARE(ids.size(), total);

        const TestServer::Reply whole = ask(total);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.header("content-type"), QByteArray("application/json; charset=utf-8"));
        const auto body = Protocol::decompress(whole.body, Protocol::Codec::Zstd, 64 * 1024 * 1024);
        QVERIFY2(body.ok(), qPrintable(body.error().detail));
        const auto page = Protocol::decodePullPage(*body);
        QVERIFY2(page.ok(), qPrintable(page.error().detail));
        QVERIFY(!page->hasMore);
        QCOMPARE(page->records.size() + page->tombstones.size(), total);
        QVERIFY(!page->scopes.isEmpty());
    }

    // zstd when the client offers it (ours asks for "zstd, gzip"; QtNetwork by
    // itself offers br too). httplib's own brotli is never used: a client
    // offering only br gets the body as it is. The stated length is the
    // length before compression.
    void zstdWhenAcceptedNeverBrotli()
    {
        const QByteArray authorization = "Bearer " + m_admin.toUtf8();
        const TestServer::Reply plain =
            m_server.request("GET", u"/api/v1/sync/pull"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        for (const QByteArray &accept : {QByteArray("zstd, gzip"), QByteArray("zstd, br, gzip")}) {
            const TestServer::Reply packed =
                m_server.request("GET", u"/api/v1/sync/pull"_s, {},
                                 {{"Authorization", authorization}, {"Accept-Encoding", accept}});
            QCOMPARE(packed.status, 200);
            QCOMPARE(packed.header("content-encoding"), QByteArray("zstd"));
            QCOMPARE(packed.header("content-type"), QByteArray("application/json"));
            QCOMPARE(packed.header("x-leadernet-body-length").toLongLong(), plain.body.size());
            QVERIFY(packed.body.size() * 3 < plain.body.size());
            const Core::Result<QByteArray> body =
                Protocol::decompress(packed.body, Protocol::Codec::Zstd, plain.body.size());
            QVERIFY2(body.ok(), qPrintable(body.error().detail));
            QCOMPARE(*body, plain.body);
        }
        const TestServer::Reply brotli =
            m_server.request("GET", u"/api/v1/sync/pull"_s, {},
                             {{"Authorization", authorization}, {"Accept-Encoding", "br"}});
        QCOMPARE(brotli.status, 200);
        QVERIFY(brotli.header("content-encoding").isEmpty());
        QCOMPARE(brotli.header("content-type"), QByteArray("application/json"));
        QCOMPARE(brotli.body, plain.body);
        // A short answer is not worth a Content-Encoding header.
        const TestServer::Reply health =
            m_server.request("GET", u"/api/v1/health"_s, {}, {{"Accept-Encoding", "zstd, gzip"}});
        QCOMPARE(health.status, 200);
        QVERIFY(health.header("content-encoding").isEmpty());
        QCOMPARE(health.header("x-leadernet-body-length").toLongLong(), health.body.size());
    }
};

QTEST_GUILESS_MAIN(TestServerPull)
#include "tst_server_pull.moc"
