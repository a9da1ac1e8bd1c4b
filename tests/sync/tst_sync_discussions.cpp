// Seminars against a real leadernet-server on loopback: the server, not the
// client, decides whether a post came in time (late arrival); it holds who
// may edit, delete, hide, pin, close and delete threads; a change about
// something removed meanwhile is refused as not found and kept; anyone may
// join an open seminar and then receives its threads. Every test ends with
// the replicas matching the server's digest.
#include "clock.h"
#include "syncclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSync::Client;
using TestSync::findRecord;
namespace Entity = Core::Entity;

class TestSyncDiscussions final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;

    std::unique_ptr<Client> signedIn(const QString &user)
    {
        return TestSync::signedInClient(m_server.url(), user, m_server.password());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    // The server decides whether a post came in time, from the client's write
    // time read on the server's clock: written while the seminar was open and
    // sent after it closed, it is taken; written after the close, it is
    // refused with its reason and stays with the member, text and all.
    void latePostIsTakenWhenWrittenWhileTheSeminarWasOpen()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        // The member's seminar that closed weeks ago, and one of its threads.
        Core::Record seminar;
        for (const Core::Record &s : c->store.records().list(Entity::Seminar).value()) {
            const QDate ends = QDate::fromString(s.text(u"ends_on"), Qt::ISODate);
            if (ends.isValid() && ends < QDate::currentDate().addDays(-7))
                seminar = s;
        }
        QVERIFY(!seminar.id.isEmpty());
        const Core::Record thread =
            findRecord(c->store, Entity::Thread, u"seminar_id"_s, seminar.id);
        QVERIFY(!thread.id.isEmpty());
        const QDate lastDay = QDate::fromString(seminar.text(u"ends_on"), Qt::ISODate);

        Core::ManualClock clock(QDateTime(lastDay, QTime(15, 0), Qt::UTC));
        c->store.setClock(&clock);
        auto write = [&](const QString &body) {
            Core::Record post{QString(Entity::Post),
                              Core::newRecordId(),
                              0,
                              {{u"thread_id"_s, thread.id},
                               {u"author_id"_s, c->memberId()},
                               {u"body"_s, body},
                               {u"created_at"_s, clock.nowIso()}},
                              {},
                              {}};
            return c->store.createRecord(post, c->memberId()).ok() ? post.id : QString();
        };
        const QString inTime = write(u"Written on the last afternoon, offline."_s);
        clock.set(QDateTime(lastDay.addDays(2), QTime(9, 0), Qt::UTC));
        const QString late = write(u"Written two days after the close."_s);
        QVERIFY(!inTime.isEmpty() && !late.isEmpty());

        // The laptop comes back online today.
        clock.set(QDateTime::currentDateTimeUtc());
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().pushed, 1);
        QCOMPARE(c->engine.summary().rejected, 1);
        const auto onServer = m_server.records(m_server.login(u"member"_s));
        QVERIFY(onServer.contains(u"post/"_s + inTime));
        QVERIFY(!onServer.contains(u"post/"_s + late));
        const auto refused = c->store.outbox().rejected().value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().recordId, late);
        QCOMPARE(refused.first().errorCode, u"closed"_s);
        QCOMPARE(c->store.records().get(Entity::Post, late)->text(u"body"),
                 u"Written two days after the close."_s);

        // A client whose clock claims a time the server cannot believe (a
        // day off) gets no benefit of the doubt.
        clock.set(QDateTime(lastDay, QTime(16, 0), Qt::UTC));
        const QString wrongClock = write(u"Sent with a clock weeks behind."_s);
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().rejected, 1);
        QCOMPARE(c->store.outbox().rejected()->size(), 2);

        for (const Core::OutboxEntry &e : c->store.outbox().rejected().value())
            QVERIFY(c->store.discardOperation(e.opId).ok());
        QVERIFY(!c->store.records().get(Entity::Post, wrongClock).ok());
        c->store.setClock(nullptr);
        VERIFY_CONVERGED(*c);
    }

    // Authors edit and delete their own posts; the seminar's facilitators
    // hide posts and pin and close threads; the server refuses everyone
    // else. A closed thread takes what was written before it closed.
    void moderationIsHeldByTheServer()
    {
        auto member = signedIn(u"member"_s);
        auto facilitator = signedIn(u"facilitator"_s);
        QVERIFY(member && facilitator);
        // An open seminar the member takes part in and the facilitator leads.
        Core::Record thread;
        for (const Core::Record &p :
             member->store.records()
                 .list(Entity::SeminarParticipant, u"member_id"_s, member->memberId())
                 .value()) {
            const auto seminar =
                member->store.records().get(Entity::Seminar, p.text(u"seminar_id"));
            if (!seminar ||
                QDate::fromString(seminar->text(u"ends_on"), Qt::ISODate) < QDate::currentDate() ||
                !seminar->fields.value("facilitators"_L1)
                     .toArray()
                     .contains(facilitator->memberId()))
                continue;
            thread = findRecord(member->store, Entity::Thread, u"seminar_id"_s, seminar->id);
            if (!thread.id.isEmpty())
                break;
        }
        QVERIFY(!thread.id.isEmpty());
        auto write = [&](Client &c, const QString &body) {
            Core::Record post{QString(Entity::Post),
                              Core::newRecordId(),
                              0,
                              {{u"thread_id"_s, thread.id},
                               {u"author_id"_s, c.memberId()},
                               {u"body"_s, body},
                               {u"created_at"_s, Core::nowUtc()}},
                              {},
                              {}};
            return c.store.createRecord(post, c.memberId()).ok() ? post.id : QString();
        };
        auto refusedWith = [](Client &c, const QString &code) {
            const auto refused = c.store.outbox().rejected().value();
            const bool ok = refused.size() == 1 && refused.first().errorCode == code;
            for (const Core::OutboxEntry &e : refused)
                (void)c.store.discardOperation(e.opId);
            return ok;
        };
        const QString post = write(*member, u"Our stock counts are monthly."_s);
        QVERIFY(TestSync::syncOnce(*member));
        // The author edits it, keeping the earlier text in its history.
        const QJsonArray history{QJsonObject{{u"body"_s, u"Our stock counts are monthly."_s},
                                             {u"until"_s, Core::nowUtc()}}};
        QVERIFY(member->store
                    .updateRecord(Entity::Post, post,
                                  {{u"body"_s, u"Our stock counts are weekly now."_s},
                                   {u"edited_at"_s, Core::nowUtc()},
                                   {u"history"_s, history}},
                                  member->memberId())
                    .ok());
        // and cannot pin the thread.
        QVERIFY(member->store
                    .updateRecord(Entity::Thread, thread.id, {{u"pinned"_s, 1}}, member->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*member));
        QCOMPARE(member->engine.summary().pushed, 1);
        QVERIFY(refusedWith(*member, u"forbidden"_s));

        // The facilitator hides the post, pins and closes the thread, but
        // cannot change the post's text.
        QVERIFY(TestSync::syncOnce(*facilitator));
        const QString me = facilitator->memberId();
        QVERIFY(facilitator->store
                    .updateRecord(Entity::Post, post,
                                  {{u"hidden_at"_s, Core::nowUtc()}, {u"hidden_by"_s, me}}, me)
                    .ok());
        QVERIFY(TestSync::syncOnce(*facilitator));
        QCOMPARE(facilitator->engine.summary().rejected, 0);
        QVERIFY(
            facilitator->store.updateRecord(Entity::Post, post, {{u"body"_s, u"Rewritten."_s}}, me)
                .ok());
        QVERIFY(TestSync::syncOnce(*facilitator));
        QVERIFY(refusedWith(*facilitator, u"forbidden"_s));

        // Written before the close, sent after it: taken. After it: refused.
        const QString before = write(*member, u"Written before the thread closed."_s);
        QTest::qWait(1100); // the close comes a second later, by the clock
        QVERIFY(facilitator->store
                    .updateRecord(
                        Entity::Thread, thread.id,
                        {{u"pinned"_s, 1}, {u"closed_at"_s, Core::nowUtc()}, {u"closed_by"_s, me}},
                        me)
                    .ok());
        QVERIFY(TestSync::syncOnce(*facilitator));
        QCOMPARE(facilitator->engine.summary().rejected, 0);
        QTest::qWait(1100);
        QVERIFY(TestSync::syncOnce(*member));
        QCOMPARE(member->engine.summary().rejected, 0);
        const QString after = write(*member, u"Written after the thread closed."_s);
        QVERIFY(TestSync::syncOnce(*member));
        QVERIFY(refusedWith(*member, u"closed"_s));
        const auto onServer = m_server.records(m_server.login(u"member"_s));
        QVERIFY(onServer.contains(u"post/"_s + before));
        QVERIFY(!onServer.contains(u"post/"_s + after));
        const QJsonObject stored = onServer.value(u"post/"_s + post).value("fields"_L1).toObject();
        QCOMPARE(stored.value("body"_L1).toString(), u"Our stock counts are weekly now."_s);
        QVERIFY(!stored.value("hidden_at"_L1).toString().isEmpty());
        QCOMPARE(stored.value("history"_L1).toArray().size(), 1);

        // The author deletes the post: its text goes, the post stays in place.
        QVERIFY(member->store
                    .updateRecord(Entity::Post, post,
                                  {{u"body"_s, QString()},
                                   {u"history"_s, QJsonArray()},
                                   {u"deleted_at"_s, Core::nowUtc()}},
                                  member->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*member));
        QCOMPARE(member->engine.summary().rejected, 0);
        QVERIFY(TestSync::syncOnce(*facilitator));
        const auto seen = facilitator->store.records().get(Entity::Post, post);
        QVERIFY(seen && !seen->text(u"deleted_at").isEmpty() && seen->text(u"body").isEmpty());
        QVERIFY(!facilitator->store.records()
                     .get(Entity::Thread, thread.id)
                     ->text(u"closed_at")
                     .isEmpty());
        // The facilitator removes the thread: its posts go with it, everywhere.
        QVERIFY(facilitator->store.deleteRecord(Entity::Thread, thread.id, me).ok());
        QVERIFY(TestSync::syncOnce(*facilitator));
        QCOMPARE(facilitator->engine.summary().rejected, 0);
        QVERIFY(TestSync::syncOnce(*member));
        QVERIFY(!member->store.records().get(Entity::Thread, thread.id).ok());
        QVERIFY(!member->store.records().get(Entity::Post, before).ok());
        VERIFY_CONVERGED(*member);
        VERIFY_CONVERGED(*facilitator);
    }

    // A reply waits in the outbox while an admin removes its thread: the
    // server refuses it as not found, and the reply's text stays with the
    // member (in the replica and the refused change) until they decide.
    void replyToARemovedThreadKeepsItsText()
    {
        auto member = signedIn(u"member"_s);
        auto admin = signedIn(u"admin"_s);
        QVERIFY(member && admin);
        const Core::Record thread = TestSync::openThread(*member);
        QVERIFY(!thread.id.isEmpty());
        const QString body = u"Our district answers: stock cards every Monday."_s;
        Core::Record reply{QString(Entity::Post),
                           Core::newRecordId(),
                           0,
                           {{u"thread_id"_s, thread.id},
                            {u"author_id"_s, member->memberId()},
                            {u"body"_s, body},
                            {u"created_at"_s, Core::nowUtc()}},
                           {},
                           {}};
        QVERIFY(member->store.createRecord(reply, member->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QVERIFY(admin->store.deleteRecord(Entity::Thread, thread.id, admin->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QCOMPARE(admin->engine.summary().rejected, 0);

        QVERIFY(TestSync::syncOnce(*member));
        QCOMPARE(member->engine.summary().rejected, 1);
        const auto refused = member->store.outbox().rejected().value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().errorCode, u"not_found"_s);
        QCOMPARE(refused.first().fields.value("body"_L1).toString(), body);
        QCOMPARE(member->store.records().get(Entity::Post, reply.id)->text(u"body"), body);
        QVERIFY(!member->store.records().get(Entity::Thread, thread.id).ok());
        // Dropped by the member once the text is copied: the replicas agree.
        QVERIFY(member->store.discardOperation(refused.first().opId).ok());
        VERIFY_CONVERGED(*member);
        VERIFY_CONVERGED(*admin);
    }

    // An enrollment and a completed lesson wait offline while an admin
    // removes the course: the server refuses both as not found (the member is
    // told why), stores nothing dangling, and the replicas agree once the
    // member lets them go.
    void progressOnARemovedCourseIsRefusedAsNotFound()
    {
        auto member = signedIn(u"member"_s);
        auto admin = signedIn(u"admin"_s);
        QVERIFY(member && admin);
        const Core::Record lesson = findRecord(member->store, Entity::Lesson);
        QVERIFY(!lesson.id.isEmpty());
        const auto module = member->store.records().get(Entity::Module, lesson.text(u"module_id"));
        QVERIFY(module.ok());
        const QString courseId = module->text(u"course_id");
        QStringList made;
        auto make = [&](QLatin1StringView entity, QJsonObject fields) {
            fields.insert(u"member_id"_s, member->memberId());
            Core::Record r{QString(entity), Core::newRecordId(), 0, fields, {}, {}};
            made << QString(entity) + u'/' + r.id;
            return member->store.createRecord(r, member->memberId()).ok();
        };
        QVERIFY(make(Entity::Enrollment,
                     {{u"course_id"_s, courseId}, {u"enrolled_at"_s, Core::nowUtc()}}));
        QVERIFY(make(Entity::LessonProgress,
                     {{u"lesson_id"_s, lesson.id}, {u"completed_at"_s, Core::nowUtc()}}));
        QVERIFY(TestSync::syncOnce(*admin));
        QVERIFY(admin->store.deleteRecord(Entity::Lesson, lesson.id, admin->memberId()).ok());
        QVERIFY(admin->store.deleteRecord(Entity::Course, courseId, admin->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QCOMPARE(admin->engine.summary().rejected, 0);

        QVERIFY(TestSync::syncOnce(*member));
        QCOMPARE(member->engine.summary().rejected, 2);
        const auto refused = member->store.outbox().rejected().value();
        QCOMPARE(refused.size(), 2);
        for (const Core::OutboxEntry &e : refused) {
            QCOMPARE(e.errorCode, u"not_found"_s);
            QVERIFY(member->store.discardOperation(e.opId).ok());
        }
        const auto onServer = m_server.records(m_server.login(u"member"_s));
        for (const QString &key : made)
            QVERIFY2(!onServer.contains(key), qPrintable(key));
        VERIFY_CONVERGED(*member);
        VERIFY_CONVERGED(*admin);
    }

    // Anyone may join a seminar that has not closed; its threads then arrive.
    void memberJoinsASeminarAndReceivesItsThreads()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        QSet<QString> mine;
        for (const Core::Record &p :
             c->store.records()
                 .list(Entity::SeminarParticipant, u"member_id"_s, c->memberId())
                 .value())
            mine.insert(p.text(u"seminar_id"));
        Core::Record open;
        Core::Record closed;
        for (const Core::Record &s : c->store.records().list(Entity::Seminar).value()) {
            const QDate ends = QDate::fromString(s.text(u"ends_on"), Qt::ISODate);
            if (mine.contains(s.id))
                continue;
            if (ends >= QDate::currentDate())
                open = s;
            else
                closed = s;
        }
        QVERIFY(!open.id.isEmpty());
        QVERIFY(findRecord(c->store, Entity::Thread, u"seminar_id"_s, open.id).id.isEmpty());
        auto join = [&](const Core::Record &seminar) {
            Core::Record p{QString(Entity::SeminarParticipant),
                           Core::newRecordId(),
                           0,
                           {{u"seminar_id"_s, seminar.id},
                            {u"member_id"_s, c->memberId()},
                            {u"joined_at"_s, Core::nowUtc()}},
                           {},
                           {}};
            return c->store.createRecord(p, c->memberId()).ok();
        };
        QVERIFY(join(open));
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().pushed, 1);
        QCOMPARE(c->engine.summary().rejected, 0);
        QVERIFY(TestSync::syncOnce(*c)); // the scope's older records
        QVERIFY(!findRecord(c->store, Entity::Thread, u"seminar_id"_s, open.id).id.isEmpty());
        if (!closed.id.isEmpty()) {
            QVERIFY(join(closed));
            QVERIFY(TestSync::syncOnce(*c));
            QCOMPARE(c->engine.summary().rejected, 1);
            QCOMPARE(c->store.outbox().rejected()->first().errorCode, u"closed"_s);
            QVERIFY(c->store.discardOperation(c->store.outbox().rejected()->first().opId).ok());
        }
        VERIFY_CONVERGED(*c);
    }
};

QTEST_GUILESS_MAIN(TestSyncDiscussions)
#include "tst_sync_discussions.moc"
