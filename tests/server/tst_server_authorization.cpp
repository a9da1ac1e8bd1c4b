// One table of what each role must not do, against a real server: every
// forbidden write is refused ("rejected", code "forbidden") and leaves the
// store as it was; every record a member may not see is filtered out of
// their pull. A few allowed writes at the end show the table is not
// refusing everything.
#include "protocol.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestServerAuthorization final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;
    QHash<QString, QJsonObject> m_all;   // "entity/id" -> change, as an admin pulls it
    QHash<QString, QString> m_memberIds; // user name -> member id
    QHash<QString, QString> m_tokens;    // user name -> token

    QString token(const QString &user)
    {
        if (!m_tokens.contains(user))
            m_tokens.insert(user, m_server.login(user));
        return m_tokens.value(user);
    }

    // The first record of `entity` whose `field` is `value`.
    QJsonObject find(const QString &entity, const QString &field, const QJsonValue &value)
    {
        for (const QJsonObject &c : std::as_const(m_all)) {
            if (c.value("entity"_L1).toString() == entity &&
                c.value("fields"_L1).toObject().value(field) == value) {
                return c;
            }
        }
        return {};
    }

    QByteArray storeDigest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QJsonObject &c : m_server.pullAll(token(u"admin"_s), 5000))
            hash.addData(QJsonDocument(c).toJson(QJsonDocument::Compact));
        return hash.result();
    }

    // Pushes one operation as `user`; the result object.
    QJsonObject push(const QString &user, QJsonObject op)
    {
        op.insert(u"op"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!op.contains("author"_L1))
            op.insert(u"author"_s, m_memberIds.value(user));
        const auto reply = m_server.post(
            QString(Sync::Protocol::PushPath),
            QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{op}}}).toJson(), token(user));
        return reply.json().value("results"_L1).toArray().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        for (const QJsonObject &c : m_server.pullAll(token(u"admin"_s), 5000)) {
            m_all.insert(c.value("entity"_L1).toString() + u'/' + c.value("id"_L1).toString(), c);
            if (c.value("entity"_L1).toString() == u"member") {
                m_memberIds.insert(c.value("fields"_L1).toObject().value("username"_L1).toString(),
                                   c.value("id"_L1).toString());
            }
        }
        QVERIFY(m_memberIds.contains(u"member"_s));
    }

    void forbiddenWritesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QJsonObject>("op");

        const QString me = m_memberIds.value(u"member"_s);
        const QString other = m_memberIds.value(u"gachieng"_s);
        QString courseId;
        QString moduleId;
        for (const QJsonObject &c : std::as_const(m_all)) {
            if (c.value("entity"_L1).toString() == u"course")
                courseId = c.value("id"_L1).toString();
            if (c.value("entity"_L1).toString() == u"module")
                moduleId = c.value("id"_L1).toString();
        }
        const QJsonObject myTeam = [&] {
            for (const QJsonObject &c : std::as_const(m_all)) {
                if (c.value("entity"_L1).toString() == u"team" &&
                    c.value("fields"_L1).toObject().value("members"_L1).toArray().contains(me))
                    return c;
            }
            return QJsonObject();
        }();
        const QJsonObject otherTeam = [&] {
            for (const QJsonObject &c : std::as_const(m_all)) {
                if (c.value("entity"_L1).toString() == u"team" &&
                    c.value("fields"_L1).toObject().value("members"_L1).toArray().contains(other))
                    return c;
            }
            return QJsonObject();
        }();
        const QString myPlan =
            find(u"action_plan"_s, u"team_id"_s, myTeam.value("id"_L1)).value("id"_L1).toString();
        const QString otherPlan = find(u"action_plan"_s, u"team_id"_s, otherTeam.value("id"_L1))
                                      .value("id"_L1)
                                      .toString();
        const QString mySubmission =
            find(u"submission"_s, u"team_id"_s, myTeam.value("id"_L1)).value("id"_L1).toString();
        const QJsonObject someonesPost = [&] {
            for (const QJsonObject &c : std::as_const(m_all)) {
                if (c.value("entity"_L1).toString() == u"post" &&
                    c.value("fields"_L1).toObject().value("author_id"_L1).toString() != me)
                    return c;
            }
            return QJsonObject();
        }();
        QVERIFY(!courseId.isEmpty() && !myPlan.isEmpty() && !otherPlan.isEmpty());
        QVERIFY(!mySubmission.isEmpty() && !someonesPost.isEmpty());
        const QString threadId =
            someonesPost.value("fields"_L1).toObject().value("thread_id"_L1).toString();
        auto op = [](const char *kind, const QString &entity, const QString &id,
                     const QJsonObject &fields = {}) {
            QJsonObject o{
                {u"kind"_s, QString::fromLatin1(kind)}, {u"entity"_s, entity}, {u"id"_s, id}};
            if (!fields.isEmpty())
                o.insert(u"fields"_s, fields);
            return o;
        };
        const auto fresh = [] {
            return QUuid::createUuid().toString(QUuid::WithoutBraces);
        };

        // member
        QTest::newRow("member edits a course")
            << u"member"_s << op("patch", u"course"_s, courseId, {{u"title"_s, u"x"_s}});
        QTest::newRow("member adds a lesson")
            << u"member"_s
            << op("create", u"lesson"_s, fresh(),
                  {{u"module_id"_s, moduleId}, {u"title"_s, u"x"_s}});
        QTest::newRow("member deletes a course")
            << u"member"_s << op("delete", u"course"_s, courseId);
        QTest::newRow("member edits another member's profile")
            << u"member"_s << op("patch", u"member"_s, other, {{u"bio"_s, u"x"_s}});
        QTest::newRow("member gives themself a role")
            << u"member"_s << op("patch", u"member"_s, me, {{u"roles"_s, QJsonArray{u"admin"_s}}});
        QTest::newRow("member enrolls someone else")
            << u"member"_s
            << op("create", u"enrollment"_s, fresh(),
                  {{u"course_id"_s, courseId}, {u"member_id"_s, other}});
        QTest::newRow("member posts as someone else")
            << u"member"_s
            << op("create", u"post"_s, fresh(),
                  {{u"thread_id"_s, threadId}, {u"author_id"_s, other}, {u"body"_s, u"x"_s}});
        QTest::newRow("member edits someone's post")
            << u"member"_s
            << op("patch", u"post"_s, someonesPost.value("id"_L1).toString(),
                  {{u"body"_s, u"x"_s}});
        QTest::newRow("member deletes someone's post")
            << u"member"_s << op("delete", u"post"_s, someonesPost.value("id"_L1).toString());
        QTest::newRow("member edits another team's plan")
            << u"member"_s << op("patch", u"action_plan"_s, otherPlan, {{u"vision"_s, u"x"_s}});
        QTest::newRow("member moves the plan to another team")
            << u"member"_s
            << op("patch", u"action_plan"_s, myPlan,
                  {{u"team_id"_s, otherTeam.value("id"_L1).toString()}});
        QTest::newRow("member writes a review")
            << u"member"_s
            << op("create", u"review"_s, fresh(),
                  {{u"submission_id"_s, mySubmission}, {u"facilitator_id"_s, me}});
        QTest::newRow("member withdraws a submission")
            << u"member"_s << op("delete", u"submission"_s, mySubmission);
        QTest::newRow("member adds themself to a team")
            << u"member"_s
            << op("patch", u"team"_s, otherTeam.value("id"_L1).toString(),
                  {{u"members"_s, QJsonArray{me}}});
        QTest::newRow("member makes a conflict") << u"member"_s
                                                 << op("create", u"conflict"_s, fresh(),
                                                       {{u"record_entity"_s, u"action_plan"_s},
                                                        {u"record_id"_s, myPlan},
                                                        {u"scope"_s, u"public"_s},
                                                        {u"status"_s, u"open"_s}});
        QTest::newRow("member sends as another author")
            << u"member"_s
            << QJsonObject{{u"kind"_s, u"patch"_s},
                           {u"entity"_s, u"action_plan"_s},
                           {u"id"_s, myPlan},
                           {u"author"_s, other},
                           {u"fields"_s, QJsonObject{{u"vision"_s, u"x"_s}}}};
        // field-level rules: what a record keeps from its creation, and who decides a status
        const QString facilitatorId = m_memberIds.value(u"facilitator"_s);
        const QString myActivity =
            find(u"activity"_s, u"plan_id"_s, myPlan).value("id"_L1).toString();
        QVERIFY(!myActivity.isEmpty());
        QTest::newRow("member approves the team's submission")
            << u"member"_s
            << op("patch", u"submission"_s, mySubmission, {{u"status"_s, u"approved"_s}});
        QTest::newRow("member names the facilitator as the sender")
            << u"member"_s
            << op("patch", u"submission"_s, mySubmission, {{u"submitted_by"_s, facilitatorId}});
        QTest::newRow("member rewrites what was sent")
            << u"member"_s
            << op("patch", u"submission"_s, mySubmission,
                  {{u"snapshot"_s, QJsonObject{{u"vision"_s, u"x"_s}}}});
        QTest::newRow("member sends a submission approved already")
            << u"member"_s
            << op("create", u"submission"_s, fresh(),
                  {{u"team_id"_s, myTeam.value("id"_L1).toString()},
                   {u"plan_id"_s, myPlan},
                   {u"status"_s, u"approved"_s},
                   {u"submitted_by"_s, me}});
        QTest::newRow("member moves an activity to another plan")
            << u"member"_s << op("patch", u"activity"_s, myActivity, {{u"plan_id"_s, otherPlan}});
        QTest::newRow("member changes their joining date")
            << u"member"_s << op("patch", u"member"_s, me, {{u"joined"_s, u"2001-01-01"_s}});
        QTest::newRow("facilitator rewrites what a team sent")
            << u"facilitator"_s
            << op("patch", u"submission"_s, mySubmission,
                  {{u"snapshot"_s, QJsonObject{{u"vision"_s, u"x"_s}}}});
        QTest::newRow("facilitator changes who sent a submission")
            << u"facilitator"_s
            << op("patch", u"submission"_s, mySubmission, {{u"submitted_by"_s, facilitatorId}});
        // facilitator of the program: reviews, but does not write the plan
        QTest::newRow("facilitator edits a team's plan")
            << u"facilitator"_s << op("patch", u"action_plan"_s, myPlan, {{u"vision"_s, u"x"_s}});
        QTest::newRow("facilitator reviews in another's name")
            << u"facilitator"_s
            << op("create", u"review"_s, fresh(),
                  {{u"submission_id"_s, mySubmission}, {u"facilitator_id"_s, other}});
        QTest::newRow("facilitator edits a course")
            << u"facilitator"_s << op("patch", u"course"_s, courseId, {{u"title"_s, u"x"_s}});
        // a member of another team
        QTest::newRow("outsider edits a plan")
            << u"gachieng"_s << op("patch", u"action_plan"_s, myPlan, {{u"vision"_s, u"x"_s}});
        QTest::newRow("outsider submits for a team")
            << u"gachieng"_s
            << op("create", u"submission"_s, fresh(),
                  {{u"team_id"_s, myTeam.value("id"_L1).toString()},
                   {u"plan_id"_s, myPlan},
                   {u"submitted_by"_s, other}});
    }

    void forbiddenWritesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, user);
        QFETCH(QJsonObject, op);
        const QByteArray before = storeDigest();
        const QJsonObject result = push(user, op);
        QCOMPARE(result.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"forbidden"_s);
        QVERIFY(!result.value("message"_L1).toString().isEmpty());
        QCOMPARE(storeDigest(), before);
    }

    void pullsAreFilteredByScope()
    {
        // Team plans: the team, its coach, the program's facilitators, admins.
        const auto plans = [&](const QString &user) {
            QStringList teams;
            for (const QJsonObject &c : m_server.pullAll(token(user), 5000)) {
                if (c.value("entity"_L1).toString() == u"action_plan")
                    teams << c.value("fields"_L1).toObject().value("team_id"_L1).toString();
            }
            return teams.size();
        };
        QCOMPARE(plans(u"member"_s), 1);
        QCOMPARE(plans(u"gachieng"_s), 1);
        QCOMPARE(plans(u"facilitator"_s), 3);
        QCOMPARE(plans(u"admin"_s), 3);
        // Someone in no team and no seminar sees only public records.
        int privateRecords = 0;
        for (const QJsonObject &c : m_server.pullAll(token(u"cmendoza"_s), 5000)) {
            const QString e = c.value("entity"_L1).toString();
            if (e == u"action_plan" || e == u"activity" || e == u"submission" || e == u"review")
                ++privateRecords;
        }
        QCOMPARE(privateRecords, 0);
    }

    void allowedWritesGoThrough()
    {
        const QString me = m_memberIds.value(u"member"_s);
        // Sent on the revision the member has, as the app does.
        QJsonObject plan;
        QJsonObject profile;
        for (const QJsonObject &c : m_server.pullAll(token(u"member"_s), 5000)) {
            if (c.value("entity"_L1).toString() == u"action_plan")
                plan = c;
            if (c.value("id"_L1).toString() == me)
                profile = c;
        }
        const auto patch = [&](const QJsonObject &record, const QJsonObject &fields) {
            return push(u"member"_s, {{u"kind"_s, u"patch"_s},
                                      {u"entity"_s, record.value("entity"_L1)},
                                      {u"id"_s, record.value("id"_L1)},
                                      {u"base_rev"_s, record.value("rev"_L1)},
                                      {u"fields"_s, fields}})
                .value("status"_L1)
                .toString();
        };
        QCOMPARE(patch(plan, {{u"vision"_s, u"Ours"_s}}), u"applied"_s);
        QCOMPARE(patch(profile, {{u"bio"_s, u"District manager"_s}}), u"applied"_s);
    }

    void pushedProfilesKeepTheProfileLimits_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::newRow("long name") << QJsonObject{{u"display_name"_s, QString(5000, u'x')}};
        QTest::newRow("empty name") << QJsonObject{{u"display_name"_s, u"  "_s}};
        QTest::newRow("long bio") << QJsonObject{{u"bio"_s, QString(5001, u'x')}};
        QTest::newRow("not languages")
            << QJsonObject{{u"languages"_s, QJsonArray{u"English, of course"_s}}};
    }
    void pushedProfilesKeepTheProfileLimits()
    {
        // The /profile route caps a name at 100 characters; a pushed member
        // record is held to the same.
        QFETCH(QJsonObject, fields);
        const QString me = m_memberIds.value(u"member"_s);
        QJsonObject profile;
        for (const QJsonObject &c : m_server.pullAll(token(u"member"_s), 5000)) {
            if (c.value("id"_L1).toString() == me)
                profile = c;
        }
        const QJsonObject result = push(u"member"_s, {{u"kind"_s, u"patch"_s},
                                                      {u"entity"_s, u"member"_s},
                                                      {u"id"_s, me},
                                                      {u"base_rev"_s, profile.value("rev"_L1)},
                                                      {u"fields"_s, fields}});
        QCOMPARE(result.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(result.value("code"_L1).toString(), u"invalid"_s);
    }

    void facilitatorsDecideASubmissionsStatus()
    {
        QJsonObject submission;
        for (const QJsonObject &c : m_server.pullAll(token(u"facilitator"_s), 5000)) {
            if (c.value("entity"_L1).toString() == u"submission")
                submission = c;
        }
        QVERIFY(!submission.isEmpty());
        const QJsonObject result =
            push(u"facilitator"_s, {{u"kind"_s, u"patch"_s},
                                    {u"entity"_s, u"submission"_s},
                                    {u"id"_s, submission.value("id"_L1)},
                                    {u"base_rev"_s, submission.value("rev"_L1)},
                                    {u"fields"_s, QJsonObject{{u"status"_s, u"approved"_s}}}});
        QCOMPARE(result.value("status"_L1).toString(), u"applied"_s);
    }

    // A record's id stays with those who could see it: deleting an unknown
    // or unseen id is refused like any write out of scope (and tells no
    // revision), and nobody re-creates another team's deleted record.
    void deletedIdsStayWithTheirTeam()
    {
        QString otherPlan;
        QString myPlan;
        for (const QJsonObject &c : m_server.pullAll(token(u"gachieng"_s), 5000)) {
            if (c.value("entity"_L1).toString() == u"action_plan")
                otherPlan = c.value("id"_L1).toString();
        }
        for (const QJsonObject &c : m_server.pullAll(token(u"member"_s), 5000)) {
            if (c.value("entity"_L1).toString() == u"action_plan")
                myPlan = c.value("id"_L1).toString();
        }
        QVERIFY(!otherPlan.isEmpty() && !myPlan.isEmpty() && otherPlan != myPlan);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto activity = [&](const QString &user, const QString &plan) {
            return push(user, {{u"kind"_s, u"create"_s},
                               {u"entity"_s, u"activity"_s},
                               {u"id"_s, id},
                               {u"fields"_s, QJsonObject{{u"plan_id"_s, plan},
                                                         {u"what"_s, u"Train the nurses"_s}}}});
        };
        const auto remove = [&](const QString &user, const QString &recordId) {
            return push(
                user,
                {{u"kind"_s, u"delete"_s}, {u"entity"_s, u"activity"_s}, {u"id"_s, recordId}});
        };
        QCOMPARE(activity(u"gachieng"_s, otherPlan).value("status"_L1).toString(), u"applied"_s);
        const QJsonObject deleted = remove(u"gachieng"_s, id);
        QCOMPARE(deleted.value("status"_L1).toString(), u"applied"_s);

        // Deleting it again, on the team's other computer: the same outcome.
        const QJsonObject again = remove(u"gachieng"_s, id);
        QCOMPARE(again.value("status"_L1).toString(), u"applied"_s);
        QCOMPARE(again.value("rev"_L1), deleted.value("rev"_L1));
        // An outsider learns nothing of it, nor of an id nobody used.
        for (const QString &unseen : {id, QUuid::createUuid().toString(QUuid::WithoutBraces)}) {
            const QJsonObject r = remove(u"member"_s, unseen);
            QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
            QCOMPARE(r.value("code"_L1).toString(), u"not_found"_s);
            QVERIFY(!r.contains("rev"_L1));
        }
        // Nor takes the id into their own team's plan...
        const QJsonObject taken = activity(u"member"_s, myPlan);
        QCOMPARE(taken.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(taken.value("code"_L1).toString(), u"forbidden"_s);
        // ...which the owning team can still bring back.
        QCOMPARE(activity(u"gachieng"_s, otherPlan).value("status"_L1).toString(), u"applied"_s);
    }

    void conflictsOfOnesProfileStayOnesOwn()
    {
        const QString me = m_memberIds.value(u"member"_s);
        QJsonObject profile;
        for (const QJsonObject &c : m_server.pullAll(token(u"member"_s), 5000)) {
            if (c.value("id"_L1).toString() == me)
                profile = c;
        }
        const QJsonValue bio = profile.value("fields"_L1).toObject().value("bio"_L1);
        const auto patch = [&](const QString &text) {
            return push(u"member"_s, {{u"kind"_s, u"patch"_s},
                                      {u"entity"_s, u"member"_s},
                                      {u"id"_s, me},
                                      {u"base_rev"_s, profile.value("rev"_L1)},
                                      {u"base"_s, QJsonObject{{u"bio"_s, bio}}},
                                      {u"fields"_s, QJsonObject{{u"bio"_s, text}}}});
        };
        QCOMPARE(patch(u"Manager of the northern district"_s).value("status"_L1).toString(),
                 u"applied"_s);
        // A stale edit from another of the member's computers.
        QCOMPARE(patch(u"Nurse in charge at the health centre"_s).value("status"_L1).toString(),
                 u"conflict"_s);
        const auto conflictsOnMe = [&](const QString &user) {
            int n = 0;
            for (const QJsonObject &c : m_server.pullAll(token(user), 5000)) {
                n += c.value("entity"_L1).toString() == u"conflict" &&
                     c.value("fields"_L1).toObject().value("record_id"_L1).toString() == me;
            }
            return n;
        };
        QCOMPARE(conflictsOnMe(u"member"_s), 1);
        QCOMPARE(conflictsOnMe(u"gachieng"_s), 0);
        QCOMPARE(conflictsOnMe(u"admin"_s), 1);
    }

    // A review is of the plan the team sent last; a second review of one
    // submission (another facilitator, another laptop) is kept as a
    // conflict beside the first, never over it.
    void reviewsOfOneSubmission()
    {
        const QString me = m_memberIds.value(u"member"_s);
        const QString facilitator = m_memberIds.value(u"facilitator"_s);
        QJsonObject plan;
        for (const QJsonObject &c : m_server.pullAll(token(u"member"_s), 5000)) {
            if (c.value("entity"_L1).toString() == u"action_plan")
                plan = c;
        }
        const QJsonObject planFields = plan.value("fields"_L1).toObject();
        const auto submit = [&](const QString &at) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject r =
                push(u"member"_s,
                     {{u"kind"_s, u"create"_s},
                      {u"entity"_s, u"submission"_s},
                      {u"id"_s, id},
                      {u"fields"_s, QJsonObject{{u"team_id"_s, planFields.value("team_id"_L1)},
                                                {u"plan_id"_s, plan.value("id"_L1)},
                                                {u"status"_s, u"submitted"_s},
                                                {u"submitted_at"_s, at},
                                                {u"submitted_by"_s, me}}}});
            return r.value("status"_L1).toString() == u"applied" ? id : QString();
        };
        const auto review = [&](const QString &submissionId, const QString &comment) {
            return push(u"facilitator"_s,
                        {{u"kind"_s, u"create"_s},
                         {u"entity"_s, u"review"_s},
                         {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {u"fields"_s, QJsonObject{{u"submission_id"_s, submissionId},
                                                   {u"facilitator_id"_s, facilitator},
                                                   {u"decision"_s, u"approved"_s},
                                                   {u"comment"_s, comment}}}});
        };
        const QString older = submit(u"2030-01-01T10:00:00.000Z"_s);
        const QString newer = submit(u"2030-01-02T10:00:00.000Z"_s);
        QVERIFY(!older.isEmpty() && !newer.isEmpty());

        const QJsonObject late = review(older, u"On the first version"_s);
        QCOMPARE(late.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(late.value("code"_L1).toString(), u"closed"_s);

        QCOMPARE(review(newer, u"First"_s).value("status"_L1).toString(), u"applied"_s);
        QCOMPARE(review(newer, u"Second"_s).value("status"_L1).toString(), u"conflict"_s);
        int reviews = 0;
        QJsonObject conflict;
        for (const QJsonObject &c : m_server.pullAll(token(u"facilitator"_s), 5000)) {
            const QJsonObject f = c.value("fields"_L1).toObject();
            if (c.value("entity"_L1).toString() == u"review" &&
                f.value("submission_id"_L1).toString() == newer) {
                ++reviews;
                QCOMPARE(f.value("comment"_L1).toString(), u"First"_s);
            }
            if (c.value("entity"_L1).toString() == u"conflict" &&
                f.value("record_entity"_L1).toString() == u"review")
                conflict = f;
        }
        QCOMPARE(reviews, 1);
        QCOMPARE(conflict.value("lost"_L1).toObject().value("comment"_L1).toString(), u"Second"_s);
        QCOMPARE(conflict.value("kept"_L1).toObject().value("comment"_L1).toString(), u"First"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAuthorization)
#include "tst_server_authorization.moc"
