// Sync::PageApplier on a real replica file: pages handed together are all
// applied, in order, those waiting together in one transaction; a page that
// cannot be applied stops the pages behind it, and the replica keeps the
// position of the last page applied.
#include "localstore.h"
#include "pageapplier.h"
#include "record.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Protocol = Sync::Protocol;

namespace {

// Page `n` of a pull: `size` courses, its position after the ones before.
Sync::PageApplier::Decoded coursePage(int n, int size, bool hasMore = true)
{
    Protocol::PullPage page;
    page.hasMore = hasMore;
    for (int i = 0; i < size; ++i) {
        Core::Record r;
        r.entity = u"course"_s;
        r.id = Core::newRecordId();
        r.revision = qint64(n) * size + i + 1;
        r.updatedAt = u"2026-12-06T00:00:00.000Z"_s;
        r.updatedBy = Core::newRecordId();
        r.fields = {{u"title"_s, u"Course %1.%2"_s.arg(n).arg(i)}, {u"language"_s, u"en"_s}};
        page.records << r;
    }
    page.cursor = qint64(n + 1) * size;
    page.grantedAfter = page.cursor;
    return std::make_shared<const Core::Result<Protocol::PullPage>>(page);
}

Sync::PageApplier::Decoded brokenPage()
{
    return std::make_shared<const Core::Result<Protocol::PullPage>>(
        Core::makeError(Core::ErrorCode::Protocol, u"a page in columns is malformed"_s));
}

// The replica's write lock, taken on a connection of its own until
// released.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, Name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    }
    ~WriteLock() { release(); }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    bool held() const { return m_held; }
    bool release()
    {
        if (!QSqlDatabase::contains(Name))
            return false;
        bool committed = false;
        {
            QSqlDatabase db = QSqlDatabase::database(Name);
            committed = QSqlQuery(db).exec(u"COMMIT"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(Name);
        return committed;
    }

private:
    static inline const QString Name = u"lock"_s;
    bool m_held = false;
};

struct Outcome {
    Core::Status status;
    Core::ChangeSet changes;
    Sync::PageApplier::Page page;
};

} // namespace

class TestSyncApplier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"replica-%1.sqlite"_s.arg(++m_run));
        // Made and migrated here, as the engine's store does before a pull.
        Core::LocalStore store;
        QVERIFY(store.open(m_path).ok());
    }

    // Pages waiting together go in one transaction (up to 5,000 changes):
    // the first waits for the replica's write lock, held here, while the
    // others arrive.
    void pagesWaitingTogetherAreAppliedTogether()
    {
        WriteLock lock(m_path);
        QVERIFY(lock.held());

        Sync::PageApplier applier;
        QList<Outcome> outcomes;
        for (int n = 0; n < 4; ++n) {
            applier.apply(m_path, coursePage(n, 1000, n < 3),
                          [&outcomes](const Core::Status &s, const Core::ChangeSet &c,
                                      const Sync::PageApplier::Page &p) {
                              outcomes << Outcome{s, c, p};
                          });
        }
        QTest::qWait(200);
        QVERIFY(outcomes.isEmpty());
        QVERIFY(lock.release());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 4, 30000);
        for (int n = 0; n < 4; ++n) {
            QVERIFY2(outcomes.at(n).status.ok(), qPrintable(outcomes.at(n).status.error().detail));
            QCOMPARE(outcomes.at(n).page.changes, qint64(1000));
            QCOMPARE(outcomes.at(n).page.hasMore, n < 3);
        }
        // A page applied with the one before it is told with it: at least two
        // of the three pages that waited went together.
        qsizetype told = 0;
        int together = 0;
        for (const Outcome &o : std::as_const(outcomes)) {
            told += o.changes.size();
            together += o.changes.isEmpty() ? 1 : 0;
        }
        QCOMPARE(told, qsizetype(4000));
        QVERIFY(together >= 1);
        QVERIFY(!outcomes.constFirst().changes.isEmpty());

        Core::LocalStore store;
        QVERIFY(store.open(m_path).ok());
        QCOMPARE(*store.records().count(u"course"_s), 4000);
        QCOMPARE(store.syncState().pullPosition()->after, qint64(4000));
    }

    // A page that cannot be applied fails, and those handed after it are not
    // applied: their positions come after its changes.
    void aFailedPageStopsThePagesBehindIt()
    {
        WriteLock lock(m_path);
        QVERIFY(lock.held());

        Sync::PageApplier applier;
        QList<Outcome> outcomes;
        const auto collect = [&outcomes](const Core::Status &s, const Core::ChangeSet &c,
                                         const Sync::PageApplier::Page &p) {
            outcomes << Outcome{s, c, p};
        };
        applier.apply(m_path, coursePage(0, 10), collect);
        applier.apply(m_path, coursePage(1, 10), collect);
        applier.apply(m_path, brokenPage(), collect);
        applier.apply(m_path, coursePage(3, 10), collect);
        applier.apply(m_path, coursePage(4, 10, false), collect);
        QVERIFY(lock.release());
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 5, 30000);
        QVERIFY(outcomes.at(0).status.ok());
        QVERIFY(outcomes.at(1).status.ok());
        for (int n = 2; n < 5; ++n) {
            QVERIFY(!outcomes.at(n).status.ok());
            QCOMPARE(outcomes.at(n).status.error().code, Core::ErrorCode::Protocol);
            QVERIFY(outcomes.at(n).changes.isEmpty());
        }

        Core::LocalStore store;
        QVERIFY(store.open(m_path).ok());
        QCOMPARE(*store.records().count(u"course"_s), 20);
        QCOMPARE(store.syncState().pullPosition()->after, qint64(20));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestSyncApplier)
#include "tst_sync_applier.moc"
