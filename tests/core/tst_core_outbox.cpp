// The first sync guarantee: a local change and its outbox entry are written
// in one transaction, and what was saved survives the process being killed.
// Also: a pulled page and the cursor move together, and pulled records never
// overwrite local edits still waiting in the outbox.
#include "database.h"
#include "localstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

Core::Record post(const QString &body)
{
    return {
        u"post"_s, Core::newRecordId(),
        0,         {{u"thread_id"_s, u"8f1d2c3b-4a59-4e6f-8071-92a3b4c5d6e7"_s}, {u"body"_s, body}},
        {},        {}};
}

const QString Author = u"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"_s;

// Child mode: save `count` posts, then die with SIGKILL right after the last
// save returned, the way a power cut or a crash would end the app.
int childWriteThenDie(const QString &path, int count)
{
    Core::LocalStore store;
    if (!store.open(path))
        return 3;
    for (int i = 0; i < count; ++i) {
        if (!store.createRecord(post(u"crash test %1"_s.arg(i)), Author))
            return 4;
    }
    std::raise(SIGKILL);
    return 5;
}

} // namespace

class TestOutbox final : public QObject
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

    void createUpdateDeleteEachQueueOneOperation()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"ops.sqlite"_s)).ok());
        QSignalSpy changed(&store, &Core::LocalStore::recordsChanged);

        const Core::Record p = post(u"first draft"_s);
        const auto created = store.createRecord(p, Author);
        QVERIFY2(created.ok(), qPrintable(created.error().detail));
        // A push carries the create: later edits get entries of their own.
        QVERIFY(store.outbox().markSent({created.value()}, Core::nowUtc()).ok());
        const auto updated =
            store.updateRecord(u"post", p.id, {{u"body"_s, u"second draft"_s}}, Author);
        QVERIFY(updated.ok());
        QCOMPARE(store.records().get(u"post", p.id)->text(u"body"), u"second draft"_s);
        QCOMPARE(store.records().get(u"post", p.id)->updatedBy, Author);
        const auto deleted = store.deleteRecord(u"post", p.id, Author);
        QVERIFY(deleted.ok());
        QCOMPARE(store.records().get(u"post", p.id).error().code, Core::ErrorCode::NotFound);

        const auto ops = store.outbox().pending();
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), 3);
        QCOMPARE(ops->at(0).kind, Core::OutboxKind::Create);
        QCOMPARE(ops->at(0).opId, created.value());
        QCOMPARE(ops->at(0).fields.value(u"body"_s).toString(), u"first draft"_s);
        QCOMPARE(ops->at(1).kind, Core::OutboxKind::Patch);
        QCOMPARE(ops->at(1).fields, QJsonObject({{u"body"_s, u"second draft"_s}}));
        QCOMPARE(ops->at(2).kind, Core::OutboxKind::Delete);
        for (const Core::OutboxEntry &op : *ops) {
            QCOMPARE(op.authorId, Author);
            QCOMPARE(op.recordId, p.id);
        }
        QVERIFY(ops->at(0).position < ops->at(1).position);
        QCOMPARE(changed.size(), 3);

        // Two authors at one desk: each sees their own queue.
        QVERIFY(store.createRecord(post(u"other author"_s), Core::newRecordId()).ok());
        QCOMPARE(store.outbox().pending(Author)->size(), 3);
        QCOMPARE(*store.outbox().pendingCount(), 4);
    }

    void changeWithoutAuthorOrWithBadFieldsIsRefusedAndNothingWritten()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"refused.sqlite"_s)).ok());
        QCOMPARE(store.createRecord(post(u"x"_s), QString()).error().code,
                 Core::ErrorCode::Invalid);
        Core::Record bad = post(u"x"_s);
        bad.fields.insert(u"no_such_field"_s, 1);
        QCOMPARE(store.createRecord(bad, Author).error().code, Core::ErrorCode::Invalid);
        QCOMPARE(*store.records().count(u"post"), 0);
        QCOMPARE(*store.outbox().pendingCount(), 0);
    }

    void recordIsNotSavedWhenItsOutboxEntryCannotBe()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"atomic.sqlite"_s)).ok());
        const Core::Record kept = post(u"kept"_s);
        QVERIFY(store.createRecord(kept, Author).ok());
        // Make the outbox refuse the next entry.
        QVERIFY(Core::exec(store.database(), u"CREATE TRIGGER refuse BEFORE INSERT ON outbox "
                                             "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s)
                    .ok());
        // An edit merged into the waiting create updates it instead.
        QVERIFY(Core::exec(store.database(), u"CREATE TRIGGER refuse_merge BEFORE UPDATE ON outbox "
                                             "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s)
                    .ok());

        QSignalSpy changed(&store, &Core::LocalStore::recordsChanged);
        const Core::Record lost = post(u"never half-saved"_s);
        const auto created = store.createRecord(lost, Author);
        QVERIFY(!created.ok());
        QCOMPARE(store.records().get(u"post", lost.id).error().code, Core::ErrorCode::NotFound);

        const auto updated =
            store.updateRecord(u"post", kept.id, {{u"body"_s, u"edited"_s}}, Author);
        QVERIFY(!updated.ok());
        QCOMPARE(store.records().get(u"post", kept.id)->text(u"body"), u"kept"_s);
        QVERIFY(!store.deleteRecord(u"post", kept.id, Author).ok());
        QVERIFY(store.records().get(u"post", kept.id).ok());
        QCOMPARE(*store.outbox().pendingCount(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void savedChangesSurviveTheProcessBeingKilled()
    {
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        const int count = 25;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--child-write"_s, path, QString::number(count)});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not returned

        Core::LocalStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(*store.records().count(u"post"), count);
        const auto ops = store.outbox().pending();
        QCOMPARE(ops->size(), count);
        QCOMPARE(ops->last().fields.value(u"body"_s).toString(), u"crash test %1"_s.arg(count - 1));
    }

    void pulledPageAndCursorMoveTogether()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"pull.sqlite"_s)).ok());
        QList<Core::Record> page;
        for (int i = 0; i < 10; ++i) {
            Core::Record r = post(u"pulled %1"_s.arg(i));
            r.revision = 100 + i;
            page << r;
        }
        QVERIFY(store.applyPulled(page.mid(0, 5), {}, 104).ok());
        QCOMPARE(*store.syncState().cursor(), 104);

        // A failure in the middle of the next page leaves neither its
        // records nor the cursor: the sync resumes at this page.
        QVERIFY(Core::exec(store.database(),
                           u"CREATE TRIGGER refuse BEFORE INSERT ON post WHEN NEW.revision = 107 "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s)
                    .ok());
        QVERIFY(!store.applyPulled(page.mid(5), {}, 109).ok());
        QCOMPARE(*store.syncState().cursor(), 104);
        QCOMPARE(*store.records().count(u"post"), 5);

        QVERIFY(Core::exec(store.database(), u"DROP TRIGGER refuse"_s).ok());
        QSignalSpy changed(&store, &Core::LocalStore::recordsChanged);
        QVERIFY(store.applyPulled(page.mid(5), {{u"post"_s, page[0].id, 110}}, 110).ok());
        QCOMPARE(*store.syncState().cursor(), 110);
        QCOMPARE(*store.records().count(u"post"), 9); // 10 pulled, 1 deleted
        QCOMPARE(changed.size(), 1);
        const auto applied = changed.first().first().value<Core::ChangeSet>();
        QCOMPARE(applied.entities(), QStringList{u"post"_s});
        QCOMPARE(applied.size(), 6); // 5 pulled, 1 deleted
        QVERIFY(applied.contains(u"post", page[0].id));
        QVERIFY(applied.contains(u"post", page[9].id));
    }

    // A replica serves one member at a time: another member signing in on
    // it finds it emptied (the pull starts again), while the first member's
    // unsent change stays in the outbox under their name.
    void anotherMemberFindsTheReplicaEmptied()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"owner.sqlite"_s)).ok());
        Core::Record pulled = post(u"seen by the first member"_s);
        pulled.revision = 7;
        QVERIFY(store.applyPulled({pulled}, {}, 7).ok());
        const QString first = Core::newRecordId();
        QCOMPARE(*store.adoptMember(first), false); // a new replica becomes theirs
        QCOMPARE(*store.records().count(u"post"), 1);
        QVERIFY(
            store.updateRecord(u"post", pulled.id, {{u"body"_s, u"edited offline"_s}}, first).ok());
        QCOMPARE(*store.adoptMember(first), false); // the same member again: nothing changes

        QSignalSpy changed(&store, &Core::LocalStore::recordsChanged);
        QCOMPARE(*store.adoptMember(Core::newRecordId()), true);
        QCOMPARE(*store.records().count(u"post"), 0);
        QCOMPARE(*store.syncState().cursor(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<Core::ChangeSet>().contains(u"post", pulled.id));
        const auto pending = store.outbox().pending().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().authorId, first);
    }

    // Autosave writes often: consecutive edits of one record by one author
    // are one operation until a push carries it, and the base the server
    // merges against stays what the server had before the first of them.
    void editsOfOneAuthorMergeUntilSent()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"merge.sqlite"_s)).ok());
        Core::Record plan{u"action_plan"_s,
                          Core::newRecordId(),
                          3,
                          {{u"challenge"_s, u"Stock-outs"_s}, {u"vision"_s, u"Old vision"_s}},
                          {},
                          {}};
        QVERIFY(store.applyPulled({plan}, {}, 3).ok());
        QSignalSpy changed(&store, &Core::LocalStore::recordsChanged);
        QSignalSpy outboxChanged(&store, &Core::LocalStore::outboxChanged);

        const auto first =
            store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, u"N"_s}}, Author);
        QVERIFY(first.ok());
        for (const QString &v : {u"Ne"_s, u"New"_s, u"New vision"_s})
            QCOMPARE(*store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, v}}, Author),
                     first.value());
        QCOMPARE(
            *store.updateRecord(u"action_plan", plan.id, {{u"challenge"_s, u"Gaps"_s}}, Author),
            first.value());
        auto ops = store.outbox().pending();
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->at(0).fields,
                 QJsonObject({{u"vision"_s, u"New vision"_s}, {u"challenge"_s, u"Gaps"_s}}));
        QCOMPARE(ops->at(0).base,
                 QJsonObject({{u"vision"_s, u"Old vision"_s}, {u"challenge"_s, u"Stock-outs"_s}}));
        QCOMPARE(ops->at(0).baseRevision, 3);
        QCOMPARE(outboxChanged.size(), 1);
        // Each save names the record it changed.
        QCOMPARE(changed.size(), 5);
        for (const QList<QVariant> &signal : changed)
            QCOMPARE(signal.first().value<Core::ChangeSet>(),
                     Core::ChangeSet(u"action_plan", plan.id));

        // Another author at the same desk gets an entry of their own.
        const QString other = Core::newRecordId();
        QVERIFY(
            store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, u"Theirs"_s}}, other).ok());
        QCOMPARE(*store.outbox().pendingCount(), 2);
        // Once a push carries an entry it is frozen: the next edit is new.
        ops = store.outbox().pending();
        QVERIFY(store.outbox().markSent({ops->at(0).opId, ops->at(1).opId}, Core::nowUtc()).ok());
        const auto after =
            store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, u"Mine"_s}}, Author);
        QVERIFY(after.ok());
        QCOMPARE(*store.outbox().pendingCount(), 3);
        QCOMPARE(store.outbox().pending()->at(0).fields.value(u"vision"_s).toString(),
                 u"New vision"_s);
        // A refused entry is not merged into either.
        QVERIFY(store.reject(after.value(), u"no"_s).ok());
        QVERIFY(
            store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, u"Again"_s}}, Author).ok());
        QCOMPARE(*store.outbox().pendingCount(), 3);
        QCOMPARE(store.outbox().rejected()->size(), 1);
        QCOMPARE(store.records().get(u"action_plan", plan.id)->text(u"vision"), u"Again"_s);
    }

    // A record created here and edited before any push is one create.
    void editsMergeIntoUnsentCreate()
    {
        Core::ManualClock clock(QDateTime(QDate(2031, 5, 6), QTime(7, 0), Qt::UTC));
        Core::LocalStore store;
        store.setClock(&clock);
        QVERIFY(store.open(m_dir.filePath(u"create-merge.sqlite"_s)).ok());
        const Core::Record p = post(u"D"_s);
        const auto created = store.createRecord(p, Author);
        QVERIFY(created.ok());
        clock.advance(90 * 60 * 1000);
        QCOMPARE(*store.updateRecord(u"post", p.id, {{u"body"_s, u"Draft"_s}}, Author),
                 created.value());
        const auto ops = store.outbox().pending();
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->at(0).kind, Core::OutboxKind::Create);
        QCOMPARE(ops->at(0).fields.value(u"body"_s).toString(), u"Draft"_s);
        QCOMPARE(ops->at(0).fields.value(u"thread_id"_s), p.fields.value(u"thread_id"_s));
        QVERIFY(ops->at(0).base.isEmpty());
        // Still written when it was created: a late post is judged by that.
        QCOMPARE(ops->at(0).createdAt, u"2031-05-06T07:00:00.000Z"_s);
    }

    // Local times come from the store's clock.
    void localWritesTakeTheirTimeFromTheClock()
    {
        Core::ManualClock clock(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
        Core::LocalStore store;
        store.setClock(&clock);
        QVERIFY(store.open(m_dir.filePath(u"clock.sqlite"_s)).ok());
        const Core::Record p = post(u"x"_s);
        QVERIFY(store.createRecord(p, Author).ok());
        QCOMPARE(store.records().get(u"post", p.id)->updatedAt, u"2031-05-06T07:08:09.000Z"_s);
        clock.advance(1500);
        QVERIFY(store.updateRecord(u"post", p.id, {{u"body"_s, u"y"_s}}, Author).ok());
        QCOMPARE(store.records().get(u"post", p.id)->updatedAt, u"2031-05-06T07:08:10.500Z"_s);
        // The edit merged into the create, which keeps when it was written.
        QCOMPARE(store.outbox().pending()->at(0).createdAt, u"2031-05-06T07:08:09.000Z"_s);

        // A clock timer fires when the clock is wound past it, not before.
        Core::ClockTimer timer(&clock);
        QSignalSpy fired(&timer, &Core::ClockTimer::timeout);
        timer.start(2000);
        clock.advance(1999);
        QCOMPARE(fired.size(), 0);
        timer.start(2000); // restarted: counts from now
        clock.advance(1999);
        QCOMPARE(fired.size(), 0);
        clock.advance(1);
        QCOMPARE(fired.size(), 1);
        clock.advance(5000);
        QCOMPARE(fired.size(), 1);
    }

    void pulledRecordDoesNotOverwritePendingLocalEdit()
    {
        Core::LocalStore store;
        QVERIFY(store.open(m_dir.filePath(u"rebase.sqlite"_s)).ok());
        Core::Record plan{u"action_plan"_s,
                          Core::newRecordId(),
                          7,
                          {{u"challenge"_s, u"Stock-outs"_s}, {u"vision"_s, u"Old vision"_s}},
                          {},
                          {}};
        QVERIFY(store.applyPulled({plan}, {}, 7).ok());
        QVERIFY(
            store.updateRecord(u"action_plan", plan.id, {{u"vision"_s, u"Local vision"_s}}, Author)
                .ok());

        // Someone else changed another field on the server meanwhile.
        Core::Record fromServer = plan;
        fromServer.revision = 9;
        fromServer.fields.insert(u"challenge"_s, u"Stock-outs of essential medicines"_s);
        QVERIFY(store.applyPulled({fromServer}, {}, 9).ok());

        const auto merged = store.records().get(u"action_plan", plan.id);
        QCOMPARE(merged->text(u"challenge"), u"Stock-outs of essential medicines"_s);
        QCOMPARE(merged->text(u"vision"), u"Local vision"_s);
        QCOMPARE(merged->revision, 9);
        QCOMPARE(*store.outbox().pendingCount(), 1);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child-write") == 0) {
        QCoreApplication app(argc, argv);
        return childWriteThenDie(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_core_outbox.moc"
