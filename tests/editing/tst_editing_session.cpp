// The editing layer every editor stands on: an editor session saves after a
// pause on the injected clock (never by sleeping), under the desk's active
// author, with one outbox entry for a run of typing; undo and redo cover the
// document; a value in error and a record being composed are kept as drafts
// in the replica, so closing the editor (or a crash) loses nothing.
#include "accountmanager.h"
#include "apiclient.h"
#include "clock.h"
#include "credentialstore.h"
#include "desksession.h"
#include "editorsession.h"
#include "localstore.h"
#include "plandocument.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Me = u"6d1c5a7e-1111-4c3b-9d2e-0a1b2c3d4e5f"_s;

// A replica with one plan, a desk with `Me` signed in (no server needed).
struct Desk {
    QTemporaryDir dir;
    Core::ManualClock clock{QDateTime(QDate(2031, 3, 2), QTime(9, 0), Qt::UTC)};
    Core::LocalStore store;
    QNetworkAccessManager nam;
    Sync::ApiClient api{&nam};
    Core::MemoryCredentialStore credentials;
    std::unique_ptr<Sync::AccountManager> accounts;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::unique_ptr<Editing::DeskSession> desk;
    QString planId = Core::newRecordId();

    bool open()
    {
        store.setClock(&clock);
        if (!store.open(dir.filePath(u"replica.sqlite"_s)))
            return false;
        const Core::Record plan{u"action_plan"_s,
                                planId,
                                4,
                                {{u"challenge"_s, u"Stock-outs"_s}, {u"vision"_s, u"Old vision"_s}},
                                {},
                                {}};
        if (!store.applyPulled({plan}, {}, 4))
            return false;
        api.setServer(QUrl(u"http://127.0.0.1:9"_s));
        accounts = std::make_unique<Sync::AccountManager>(&api, &credentials, dir.path());
        engine = std::make_unique<Sync::SyncEngine>(&store, &api);
        desk = std::make_unique<Editing::DeskSession>(accounts.get(), engine.get());
        desk->setSyncAfterSignIn(false);
        return true;
    }

    bool signIn()
    {
        {
            QSettings settings(dir.filePath(u"profile.ini"_s), QSettings::IniFormat);
            settings.beginGroup(u"account"_s);
            settings.setValue(u"server"_s, api.server());
            settings.setValue(u"member_id"_s, Me);
            settings.setValue(u"username"_s, u"amina"_s);
        }
        bool written = false;
        credentials.write(api.server().toString() + u'#' + Me, u"token"_s,
                          [&](const Core::Status &s) { written = s.ok(); });
        if (!QTest::qWaitFor([&]() { return written; }, 5000))
            return false;
        QSignalSpy ready(desk.get(), &Editing::DeskSession::ready);
        desk->start();
        return ready.wait(5000) || !ready.isEmpty();
    }

    QString vision() const { return store.records().get(u"action_plan", planId)->text(u"vision"); }
};

Editing::FieldErrors visionRules(const QJsonObject &fields)
{
    Editing::FieldErrors errors;
    Editing::Rules::required(errors, fields, u"vision"_s);
    Editing::Rules::maxLength(errors, fields, u"vision"_s, 40);
    return errors;
}

} // namespace

class TestEditingSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deskWritesUnderTheMemberOnceSignedIn()
    {
        Desk d;
        QVERIFY(d.open());
        QCOMPARE(d.desk->activeAuthorId(), QString());
        QVERIFY(d.signIn());
        QCOMPARE(d.desk->activeAuthorId(), Me);
        QCOMPARE(d.desk->people().size(), 1);
        QVERIFY(d.desk->people().first().isMember);
        // Only people at the desk can be the author.
        QVERIFY(!d.desk->setActiveAuthor(Core::newRecordId()));
        QCOMPARE(d.desk->activeAuthorId(), Me);
    }

    void typingIsSavedAfterAPauseAsOneOperation()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
        editor.setAutosaveDelay(1000);
        QSignalSpy saved(&editor, &Editing::EditorSession::saved);
        for (const QString &typed : {u"E"_s, u"Ev"_s, u"Eve"_s, u"Every"_s})
            editor.setValue(u"vision"_s, typed);
        QVERIFY(editor.hasUnsavedChanges());
        d.clock.advance(999);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(d.vision(), u"Old vision"_s); // not yet: the pause is not over
        d.clock.advance(1);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(d.vision(), u"Every"_s);
        QVERIFY(!editor.hasUnsavedChanges());

        editor.setValue(u"challenge"_s, u"Stock-outs of tracer drugs"_s);
        d.clock.advance(1000);
        const auto ops = d.store.outbox().pending();
        QCOMPARE(ops->size(), 1); // every save merged into the first entry
        QCOMPARE(ops->first().authorId, Me);
        QCOMPARE(ops->first().fields,
                 QJsonObject({{u"vision"_s, u"Every"_s},
                              {u"challenge"_s, u"Stock-outs of tracer drugs"_s}}));
        QCOMPARE(ops->first().base,
                 QJsonObject({{u"vision"_s, u"Old vision"_s}, {u"challenge"_s, u"Stock-outs"_s}}));

        // Undo covers both fields, one typing run at a time, and saves too.
        QCOMPARE(editor.undoStack()->count(), 2);
        QSignalSpy changed(&editor, &Editing::EditorSession::valueChanged);
        editor.undoStack()->undo();
        QCOMPARE(changed.last().at(0).toString(), u"challenge"_s);
        QCOMPARE(editor.value(u"challenge"_s).toString(), u"Stock-outs"_s);
        editor.undoStack()->undo();
        QCOMPARE(editor.value(u"vision"_s).toString(), u"Old vision"_s);
        d.clock.advance(1000);
        QCOMPARE(d.vision(), u"Old vision"_s);
        editor.undoStack()->redo();
        QCOMPARE(editor.value(u"vision"_s).toString(), u"Every"_s);
        // Closing the editor before the pause is over still saves.
        QVERIFY(editor.hasUnsavedChanges());
    }

    void closingBeforeThePauseSaves()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        {
            Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
            editor.setValue(u"vision"_s, u"Typed just before closing"_s);
        }
        QCOMPARE(d.vision(), u"Typed just before closing"_s);
    }

    void valueInErrorIsKeptAsDraftNotWritten()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        const QString tooLong = u"A vision far longer than the forty characters allowed"_s;
        {
            Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
            editor.setValidator(visionRules);
            QVERIFY(editor.errors().isEmpty());
            QSignalSpy errorsChanged(&editor, &Editing::EditorSession::errorsChanged);
            editor.setValue(u"vision"_s, tooLong);
            QCOMPARE(errorsChanged.size(), 1);
            QCOMPARE(editor.error(u"vision"_s).code, Editing::FieldError::Code::TooLong);
            QCOMPARE(editor.error(u"vision"_s).limit, 40);
            editor.setValue(u"challenge"_s, u"Gaps"_s);
            QVERIFY(editor.save().ok());
            QVERIFY(editor.hasDraft());
        }
        // The valid field reached the record; the other waits as a draft.
        QCOMPARE(d.vision(), u"Old vision"_s);
        QCOMPARE(d.store.records().get(u"action_plan", d.planId)->text(u"challenge"), u"Gaps"_s);
        Editing::EditorSession reopened(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
        reopened.setValidator(visionRules);
        QCOMPARE(reopened.value(u"vision"_s).toString(), tooLong);
        QCOMPARE(reopened.error(u"vision"_s).code, Editing::FieldError::Code::TooLong);
        reopened.setValue(u"vision"_s, u"Short and clear"_s);
        QVERIFY(reopened.save().ok());
        QCOMPARE(d.vision(), u"Short and clear"_s);
        QVERIFY(!reopened.hasDraft());
        QVERIFY(!d.store.drafts().get(reopened.draftKey())->has_value());
    }

    void nobodySignedInKeepsTheTextAsDraft()
    {
        Desk d;
        QVERIFY(d.open());
        {
            Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
            editor.setValue(u"vision"_s, u"Written before signing in"_s);
        }
        QCOMPARE(d.vision(), u"Old vision"_s);
        QCOMPARE(*d.store.outbox().pendingCount(), 0);
        QVERIFY(d.signIn());
        Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
        QCOMPARE(editor.value(u"vision"_s).toString(), u"Written before signing in"_s);
        QVERIFY(editor.hasUnsavedChanges());
        QVERIFY(editor.save().ok());
        QCOMPARE(d.vision(), u"Written before signing in"_s);
    }

    void newRecordLivesInItsDraftUntilCommitted()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        const QString thread = Core::newRecordId();
        const QString key = u"post/new/"_s + thread;
        const QJsonObject initial{{u"thread_id"_s, thread}, {u"author_id"_s, Me}};
        auto requireBody = [](const QJsonObject &f) {
            Editing::FieldErrors e;
            Editing::Rules::required(e, f, u"body"_s);
            return e;
        };
        {
            Editing::EditorSession composer(&d.store, d.desk.get(), u"post"_s, key, initial);
            composer.setValidator(requireBody);
            QCOMPARE(composer.error(u"body"_s).code, Editing::FieldError::Code::Required);
            QVERIFY(!composer.commit().ok()); // nothing to send yet
            composer.setValue(u"body"_s, u"Half a thought"_s);
            d.clock.advance(1000);
        } // the window closes, or the power goes
        QCOMPARE(*d.store.records().count(u"post"), 0);
        QCOMPARE(*d.store.outbox().pendingCount(), 0); // drafts are never synced

        Editing::EditorSession composer(&d.store, d.desk.get(), u"post"_s, key, initial);
        composer.setValidator(requireBody);
        QCOMPARE(composer.value(u"body"_s).toString(), u"Half a thought"_s);
        composer.setValue(u"body"_s, u"A whole thought."_s);
        QSignalSpy committed(&composer, &Editing::EditorSession::committed);
        const auto id = composer.commit();
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(committed.size(), 1);
        const auto post = d.store.records().get(u"post", *id);
        QCOMPARE(post->text(u"body"), u"A whole thought."_s);
        QCOMPARE(post->text(u"thread_id"), thread);
        QCOMPARE(post->updatedBy, Me);
        QCOMPARE(d.store.outbox().pending()->size(), 1);
        QVERIFY(!d.store.drafts().get(key)->has_value());
        QCOMPARE(composer.mode(), Editing::EditorSession::Mode::Record);
        QCOMPARE(composer.recordId(), *id);
    }

    void typingIsKeptAtOnceBeforeThePause()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        const QString key = u"action_plan/"_s + d.planId;
        QTemporaryDir afterCrash;
        {
            Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
            editor.setValue(u"vision"_s, u"Every facility"_s);
            // Before the pause is over the keystrokes are already in the
            // replica file: what a crash at this moment leaves on disk.
            for (const QString &suffix : {u""_s, u"-wal"_s}) {
                const QString file = d.dir.filePath(u"replica.sqlite"_s + suffix);
                if (QFile::exists(file))
                    QVERIFY(QFile::copy(file, afterCrash.filePath(u"replica.sqlite"_s + suffix)));
            }
            QCOMPARE(*d.store.outbox().pendingCount(), 0);
        }
        // The next start on that file finds the keystrokes and saves them
        // after the pause, in one transaction with their outbox entry.
        Core::LocalStore restarted;
        restarted.setClock(&d.clock);
        QVERIFY(restarted.open(afterCrash.filePath(u"replica.sqlite"_s)).ok());
        QVERIFY(restarted.drafts().get(key)->has_value());
        {
            Editing::EditorSession editor(&restarted, d.desk.get(), u"action_plan"_s, d.planId);
            QCOMPARE(editor.value(u"vision"_s).toString(), u"Every facility"_s);
            d.clock.advance(1000);
            QCOMPARE(restarted.records().get(u"action_plan", d.planId)->text(u"vision"),
                     u"Every facility"_s);
            QVERIFY(!restarted.drafts().get(key)->has_value());
            QCOMPARE(*restarted.outbox().pendingCount(), 1);
        }
    }

    void planActivitiesChangeAsUndoableSteps()
    {
        Desk d;
        QVERIFY(d.open());
        const QString teamId = Core::newRecordId();
        const QString other = Core::newRecordId();
        Core::Record team{u"team"_s, teamId, 2, {{u"members"_s, QJsonArray{Me, other}}}, {}, {}};
        Core::Record plan = *d.store.records().get(u"action_plan", d.planId);
        plan.fields.insert(u"team_id"_s, teamId);
        plan.revision = 5;
        QVERIFY(d.store.applyPulled({team, plan}, {}, 5).ok());
        Editing::PlanDocument doc(&d.store, d.desk.get(), d.planId);
        QVERIFY(!doc.mayEdit()); // nobody signed in yet
        QCOMPARE(doc.addActivity({{u"what"_s, u"Train"_s}}).error().code,
                 Core::ErrorCode::Unauthorized);
        QVERIFY(d.signIn());
        QVERIFY(doc.mayEdit());
        QSignalSpy changed(&doc, &Editing::PlanDocument::activitiesChanged);

        const auto a = doc.addActivity({{u"what"_s, u"Train storekeepers"_s},
                                        {u"starts_on"_s, u"2031-03-01"_s},
                                        {u"ends_on"_s, u"2031-03-10"_s}});
        QVERIFY(a.ok());
        const auto b =
            doc.addActivity({{u"what"_s, u"Count stock"_s}, {u"responsible_id"_s, other}});
        QVERIFY(b.ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(doc.activities().size(), 2);
        QCOMPARE(doc.activities().at(0).text(u"status"), u"not_started"_s);

        // Bad values are refused with the field and nothing is written.
        QVERIFY(!doc.setActivityField(*a, u"ends_on"_s, u"2031-02-01"_s).ok());
        QCOMPARE(doc.lastErrors().value(u"ends_on"_s).code, Editing::FieldError::Code::DateOrder);
        QVERIFY(!doc.setActivityField(*a, u"responsible_id"_s, Core::newRecordId()).ok());
        QCOMPARE(doc.lastErrors().value(u"responsible_id"_s).code,
                 Editing::FieldError::Code::NotInTeam);
        QVERIFY(!doc.setActivityField(*a, u"what"_s, u"  "_s).ok());
        QCOMPARE(doc.lastErrors().value(u"what"_s).code, Editing::FieldError::Code::Required);
        QVERIFY(!doc.addActivity({{u"what"_s, u""_s}}).ok());

        QVERIFY(doc.setActivityField(*a, u"status"_s, u"in_progress"_s).ok());
        QVERIFY(doc.moveActivity(*b, 0).ok());
        QCOMPARE(doc.activities().at(0).id, *b);
        QVERIFY(doc.deleteActivity(*a).ok());
        QCOMPARE(doc.activities().size(), 1);

        // Undo: the deleted activity comes back (a new record, as it was),
        // then the move and the status change are undone.
        QUndoStack *undo = doc.undoStack();
        undo->undo();
        QCOMPARE(doc.activities().size(), 2);
        const QString back = doc.activityId(*a);
        QVERIFY(back != *a);
        QCOMPARE(d.store.records().get(u"activity", back)->text(u"status"), u"in_progress"_s);
        undo->undo();
        QCOMPARE(doc.activities().at(0).id, back);
        undo->undo();
        QCOMPARE(d.store.records().get(u"activity", back)->text(u"status"), u"not_started"_s);
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(doc.activities().size(), 1);
        QCOMPARE(doc.activities().at(0).id, *b);
        // Every step went to the outbox under the author; nothing waits twice.
        for (const Core::OutboxEntry &e : d.store.outbox().pending().value())
            QCOMPARE(e.authorId, Me);
    }

    void changesFromElsewhereReachFieldsNotBeingEdited()
    {
        Desk d;
        QVERIFY(d.open());
        QVERIFY(d.signIn());
        Editing::EditorSession editor(&d.store, d.desk.get(), u"action_plan"_s, d.planId);
        editor.setValue(u"vision"_s, u"Mine, being typed"_s);
        Core::Record fromServer = *d.store.records().get(u"action_plan", d.planId);
        fromServer.revision = 5;
        fromServer.fields.insert(u"challenge"_s, u"Changed by a colleague"_s);
        fromServer.fields.insert(u"vision"_s, u"Theirs"_s);
        QSignalSpy changed(&editor, &Editing::EditorSession::valueChanged);
        QVERIFY(d.store.applyPulled({fromServer}, {}, 5).ok());
        QCOMPARE(editor.value(u"challenge"_s).toString(), u"Changed by a colleague"_s);
        QCOMPARE(editor.value(u"vision"_s).toString(), u"Mine, being typed"_s);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEditingSession)
#include "tst_editing_session.moc"
