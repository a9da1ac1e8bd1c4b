// Sync::Protocol pull pages in both layouts: a page in columns decodes to
// the same changes as in rows, and column pages of a shape the server never
// makes are refused whole.
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
namespace Protocol = Sync::Protocol;

namespace {

QString uuid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

// Records of three entities, with field sets that differ within an entity,
// revisions out of order and tombstones of two entities.
Protocol::PullPage samplePage()
{
    Protocol::PullPage page;
    page.cursor = 120;
    page.hasMore = true;
    page.grantedAfter = 90;
    for (int i = 0; i < 40; ++i) {
        Core::Record r;
        r.entity = i % 3 == 0 ? u"post"_s : (i % 3 == 1 ? u"thread"_s : u"member"_s);
        r.id = uuid(i);
        r.revision = 100 - i * (i % 2 == 0 ? 1 : -1);
        r.updatedAt = u"2026-01-02T03:04:%1.000Z"_s.arg(i % 60, 2, 10, QLatin1Char('0'));
        r.updatedBy = uuid(1000 + i % 4);
        if (r.entity == u"post") {
            r.fields = {{u"thread_id"_s, uuid(500)}, {u"body"_s, u"post %1 — نص"_s.arg(i)}};
            if (i % 2 == 0)
                r.fields.insert(u"parent_id"_s, QJsonValue::Null);
        } else if (r.entity == u"thread") {
            r.fields = {{u"title"_s, u"thread %1"_s.arg(i)}, {u"seminar_id"_s, uuid(501)}};
        } else {
            r.fields = {{u"display_name"_s, u"Member %1"_s.arg(i)},
                        {u"languages"_s, QJsonArray{u"en"_s, u"ar"_s}}};
        }
        page.records << r;
    }
    page.tombstones << Core::Tombstone{u"post"_s, uuid(900), 110}
                    << Core::Tombstone{u"thread"_s, uuid(901), 111}
                    << Core::Tombstone{u"post"_s, uuid(902), 105};
    return page;
}

template<typename T> QList<T> sorted(QList<T> list, auto key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

QJsonObject columnsObject(const Protocol::PullPage &page)
{
    return QJsonDocument::fromJson(Protocol::encode(page, Protocol::PageLayout::Columns)).object();
}

} // namespace

class TestSyncPageLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsCarryTheSameChanges()
    {
        const Protocol::PullPage page = samplePage();
        const QByteArray rows = Protocol::encode(page);
        const QByteArray columns = Protocol::encode(page, Protocol::PageLayout::Columns);
        QVERIFY(!QJsonDocument::fromJson(rows).object().contains("layout"_L1));
        QCOMPARE(QJsonDocument::fromJson(columns).object().value("layout"_L1).toString(),
                 u"columns"_s);
        const auto fromRows = Protocol::decodePullPage(rows);
        const auto fromColumns = Protocol::decodePullPage(columns);
        QVERIFY2(fromRows.ok(), qPrintable(fromRows.error().detail));
        QVERIFY2(fromColumns.ok(), qPrintable(fromColumns.error().detail));
        QCOMPARE(fromColumns->cursor, page.cursor);
        QCOMPARE(fromColumns->hasMore, page.hasMore);
        QCOMPARE(fromColumns->grantedAfter, page.grantedAfter);
        // Grouped by table, so in another order; the same records, field for field.
        const auto byId = [](const auto &r) {
            return r.id;
        };
        QCOMPARE(sorted(fromColumns->records, byId), sorted(page.records, byId));
        QCOMPARE(sorted(fromColumns->records, byId), sorted(fromRows->records, byId));
        const auto tombstones = sorted(fromColumns->tombstones, byId);
        const auto wanted = sorted(page.tombstones, byId);
        QCOMPARE(tombstones.size(), 3);
        for (qsizetype i = 0; i < tombstones.size(); ++i) {
            const Core::Tombstone &want = wanted.at(i);
            QCOMPARE(tombstones.at(i).entity, want.entity);
            QCOMPARE(tombstones.at(i).id, want.id);
            QCOMPARE(tombstones.at(i).revision, want.revision);
        }
    }

    void lastPageKeepsItsScopes()
    {
        Protocol::PullPage page = samplePage();
        page.hasMore = false;
        page.scopes = QStringList{u"public"_s, u"team:x"_s};
        const auto back =
            Protocol::decodePullPage(Protocol::encode(page, Protocol::PageLayout::Columns));
        QVERIFY(back.ok());
        QCOMPARE(back->scopes, page.scopes);
        QVERIFY(!back->hasMore);
    }

    // UUID columns travel packed ({"uuids": "…"}); a list of the same
    // strings reads the same.
    void uuidColumnsArePackedAndListsReadToo()
    {
        const Protocol::PullPage page = samplePage();
        QJsonObject o = columnsObject(page);
        QJsonArray tables = o.value("tables"_L1).toArray();
        QJsonObject t = tables.at(0).toObject();
        const QString hex = t.value("id"_L1).toObject().value("uuids"_L1).toString();
        QCOMPARE(hex.size(), t.value("rev"_L1).toArray().size() * 32);
        QJsonArray ids;
        for (qsizetype at = 0; at < hex.size(); at += 32) {
            const QString h = hex.mid(at, 32);
            ids.append(u"%1-%2-%3-%4-%5"_s.arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4),
                                               h.mid(20)));
        }
        t.insert(u"id"_s, ids);
        tables[0] = t;
        o.insert(u"tables"_s, tables);
        const auto back = Protocol::decodePullPage(QJsonDocument(o).toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        const auto byId = [](const auto &r) {
            return r.id;
        };
        QCOMPARE(sorted(back->records, byId), sorted(page.records, byId));
    }

    // A server gives the records' fields as its store keeps them: they go
    // into the columns as they are and decode to what they say, in any
    // spacing or member order; text that does not split as one object is
    // read and written again. Rows read them too.
    void storedFieldsGoAsTheyAre()
    {
        Protocol::PullPage page = samplePage();
        for (Core::Record &r : page.records) {
            page.storedFields << QJsonDocument(r.fields).toJson(QJsonDocument::Compact);
            r.fields = {};
        }
        QCOMPARE(Protocol::encode(page, Protocol::PageLayout::Columns),
                 Protocol::encode(samplePage(), Protocol::PageLayout::Columns));
        const QJsonObject posts = columnsObject(page).value("tables"_L1).toArray().at(0).toObject();
        QCOMPARE(posts.value("entity"_L1).toString(), u"post"_s);
        QVERIFY(posts.value("values"_L1).toArray().last().toObject().contains("uuids"_L1));

        const QList<QByteArray> texts{
            " { \"team_id\" : \"00000000-0000-4000-8000-000000000500\" ,\"kind\":\"a "
            "\\\"quoted\\\" \\\\ word\\n\", \"status\": \"نص\" } ",
            "{\"snapshot\":{\"y\":\"}]\",\"z\":[1,{\"a\":\"[\",\"n\":-2e3,\"h\":1.5,\"t\":true}]},"
            "\"kind\":\"x, y } ]\",\"status\":null}",
            "{\"kind\":\"one\",\"kind\":\"two\"}",
            "[1,2]",
            "{\"kind\":",
            "{}",
        };
        Protocol::PullPage stored;
        stored.cursor = 10;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            Core::Record r;
            r.entity = u"submission"_s;
            r.id = uuid(int(i));
            r.revision = i + 1;
            r.updatedAt = u"2026-01-02T03:04:05.000Z"_s;
            r.updatedBy = u"someone \"odd\"\t"_s;
            stored.records << r;
            stored.storedFields << texts.at(i);
        }
        for (const Protocol::PageLayout layout :
             {Protocol::PageLayout::Columns, Protocol::PageLayout::Rows}) {
            const auto back = Protocol::decodePullPage(Protocol::encode(stored, layout));
            QVERIFY2(back.ok(), qPrintable(back.error().detail));
            QCOMPARE(back->records.size(), texts.size());
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const Core::Record &r = back->records.at(i);
                QCOMPARE(r.id, uuid(int(i)));
                QCOMPARE(r.updatedBy, stored.records.at(i).updatedBy);
                QCOMPARE(r.fields, QJsonDocument::fromJson(texts.at(i)).object());
            }
        }
    }

    void emptyPage()
    {
        Protocol::PullPage page;
        page.cursor = 7;
        const auto back =
            Protocol::decodePullPage(Protocol::encode(page, Protocol::PageLayout::Columns));
        QVERIFY(back.ok());
        QCOMPARE(back->cursor, qint64(7));
        QVERIFY(back->records.isEmpty() && back->tombstones.isEmpty());
    }

    void malformedColumnsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject good = columnsObject(samplePage());
        const auto withTable = [&](auto change) {
            QJsonObject o = good;
            QJsonArray tables = o.value("tables"_L1).toArray();
            QJsonObject t = tables.at(0).toObject();
            change(t);
            tables[0] = t;
            o.insert(u"tables"_s, tables);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("unknown layout") << [&] {
            QJsonObject o = good;
            o.insert(u"layout"_s, u"cubes"_s);
            return QJsonDocument(o).toJson();
        }();
        QTest::newRow("no tables") << [&] {
            QJsonObject o = good;
            o.remove(u"tables"_s);
            return QJsonDocument(o).toJson();
        }();
        const auto withUuids = [&](auto change) {
            return withTable([&](QJsonObject &t) {
                QString hex = t.value("id"_L1).toObject().value("uuids"_L1).toString();
                change(hex);
                t.insert(u"id"_s, QJsonObject{{u"uuids"_s, hex}});
            });
        };
        QTest::newRow("short id column") << withUuids([](QString &hex) { hex.chop(32); });
        QTest::newRow("uuids not whole") << withUuids([](QString &hex) { hex.chop(1); });
        QTest::newRow("uuids not hex") << withUuids([](QString &hex) { hex[40] = u'g'; });
        QTest::newRow("uuids in capitals") << withUuids([](QString &hex) { hex[0] = u'A'; });
        QTest::newRow("id column neither") << withTable(
            [](QJsonObject &t) { t.insert(u"id"_s, u"00000000-0000-4000-8000-000000000001"_s); });
        QTest::newRow("short value column") << withTable([](QJsonObject &t) {
            QJsonArray values = t.value("values"_L1).toArray();
            QJsonArray first = values.at(0).toArray();
            first.removeLast();
            values[0] = first;
            t.insert(u"values"_s, values);
        });
        QTest::newRow("field named twice") << withTable([](QJsonObject &t) {
            QJsonArray fields = t.value("fields"_L1).toArray();
            fields[1] = fields.at(0);
            t.insert(u"fields"_s, fields);
        });
        QTest::newRow("revision not a number") << withTable([](QJsonObject &t) {
            QJsonArray revs = t.value("rev"_L1).toArray();
            revs[0] = u"1"_s;
            t.insert(u"rev"_s, revs);
        });
        QTest::newRow("revision overflows") << withTable([](QJsonObject &t) {
            QJsonArray revs = t.value("rev"_L1).toArray();
            revs[0] = double(std::numeric_limits<qint64>::max() / 2);
            revs[1] = double(std::numeric_limits<qint64>::max() / 2);
            revs[2] = double(std::numeric_limits<qint64>::max() / 2);
            t.insert(u"rev"_s, revs);
        });
        QTest::newRow("negative revision") << withTable([](QJsonObject &t) {
            QJsonArray revs = t.value("rev"_L1).toArray();
            revs[0] = -5;
            t.insert(u"rev"_s, revs);
        });
        QTest::newRow("unknown field") << withTable([](QJsonObject &t) {
            QJsonArray fields = t.value("fields"_L1).toArray();
            fields[0] = u"no_such_field"_s;
            t.insert(u"fields"_s, fields);
        });
        QTest::newRow("id not a string") << withTable([](QJsonObject &t) {
            QJsonArray ids{42};
            while (ids.size() < t.value("rev"_L1).toArray().size())
                ids.append(uuid(7000 + int(ids.size())));
            t.insert(u"id"_s, ids);
        });
    }

    void malformedColumnsAreRefused()
    {
        QFETCH(QByteArray, body);
        const auto page = Protocol::decodePullPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, Core::ErrorCode::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestSyncPageLayout)
#include "tst_sync_pagelayout.moc"
