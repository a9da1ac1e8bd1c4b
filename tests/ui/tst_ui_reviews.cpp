// A facilitator's evening of reviewing, against a real leadernet-server
// behind a proxy that counts requests: twelve submitted plans wait; the
// facilitator signs in, the link goes down, and they review all twelve with
// the keyboard alone (no mouse event): the queue filtered to what awaits
// review, digits for the rubric's scores, the decision, a comment,
// Ctrl+Enter for the next. A half-written review is left and found again;
// asking for changes without a comment is refused at the field. When the
// link is back, one sync carries the twelve reviews in one push request;
// the replica then equals the server, each team's own pull holds its
// review, and a review by someone who is not the program's facilitator is
// refused by the server. The batch's CSV export is read back by Python's
// csv module with its Arabic and Russian text intact.

#include "entityschema.h"
#include "faultproxy.h"
#include "mainwindow.h"
#include "protocol.h"
#include "reviewsview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Mouse events reaching any widget: the flow is the keyboard's alone.
class MouseWatch final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
            ++count;
            break;
        default:
            break;
        }
        return false;
    }
};

} // namespace

class TestUiReviews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        prepareUiTest();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }
    void twelveReviewsOfflineWithTheKeyboard();
    void severalDecidedAtOnceAndOnPaper();

private:
    // Eleven more teams of the demo program (the admin in each) send their
    // plans: with the demo's one waiting, twelve await review. Their ids.
    QStringList sendElevenPlans();

    TestCommon::TestServer m_server;
    QString m_adminToken;
};

QStringList TestUiReviews::sendElevenPlans()
{
    m_adminToken = m_server.login(u"admin"_s);
    QString programId;
    QString adminId;
    for (const QJsonObject &c : m_server.pullAll(m_adminToken, 5000)) {
        const QJsonObject f = c.value("fields"_L1).toObject();
        if (c.value("entity"_L1).toString() == Entity::Program)
            programId = c.value("id"_L1).toString();
        if (c.value("entity"_L1).toString() == Entity::Member &&
            f.value("username"_L1).toString() == u"admin")
            adminId = c.value("id"_L1).toString();
    }
    if (programId.isEmpty() || adminId.isEmpty())
        return {};
    // Names in the languages the export must carry.
    const QStringList names{u"Équipe de Kolda"_s, u"فريق صحة أسوان"_s,  u"Команда Оша"_s,
                            u"Equipo de Cobán"_s, u"Equipa de Tete"_s,  u"Kisumu East"_s,
                            u"فريق المنيا"_s,     u"Команда Хорога"_s,  u"Gulu District"_s,
                            u"Équipe de Mopti"_s, u"Equipa de Cuamba"_s};
    QJsonArray ops;
    const auto create = [&](QLatin1StringView entity, const QString &id, const QJsonObject &f) {
        ops.append(QJsonObject{{u"op"_s, newId()},
                               {u"kind"_s, u"create"_s},
                               {u"entity"_s, QString(entity)},
                               {u"id"_s, id},
                               {u"author"_s, adminId},
                               {u"fields"_s, f}});
    };
    QStringList submissions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < names.size(); ++i) {
        const QString team = newId();
        const QString plan = newId();
        const QString language = i % 3 == 1 ? u"ar"_s : i % 3 == 2 ? u"ru"_s : u"en"_s;
        const QString challenge = u"Challenge of %1"_s.arg(names.at(i));
        create(Entity::Team, team,
               {{u"program_id"_s, programId},
                {u"name"_s, names.at(i)},
                {u"members"_s, QJsonArray{adminId}}});
        create(Entity::ActionPlan, plan,
               {{u"team_id"_s, team},
                {u"program_id"_s, programId},
                {u"language"_s, language},
                {u"challenge"_s, challenge}});
        submissions << newId();
        create(Entity::Submission, submissions.last(),
               {{u"team_id"_s, team},
                {u"plan_id"_s, plan},
                {u"kind"_s, u"final_plan"_s},
                {u"status"_s, u"submitted"_s},
                {u"submitted_at"_s, now.addSecs(-3600 + 60 * i).toString(Qt::ISODateWithMs)},
                {u"submitted_by"_s, adminId},
                {u"snapshot"_s, QJsonObject{{u"plan"_s, QJsonObject{{u"challenge"_s, challenge}}},
                                            {u"activities"_s, QJsonArray()}}}});
    }
    const auto reply =
        m_server.post(QString(Sync::Protocol::PushPath),
                      QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(), m_adminToken);
    for (const QJsonValue r : reply.json().value("results"_L1).toArray()) {
        if (r.toObject().value("status"_L1).toString() != u"applied")
            return {};
    }
    return submissions;
}

void TestUiReviews::twelveReviewsOfflineWithTheKeyboard()
{
    const QStringList sent = sendElevenPlans();
    QCOMPARE(sent.size(), 11);

    Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
    QVERIFY(proxy.start());
    SignedInWindow app(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())));
    QVERIFY(app.signIn(u"facilitator"_s, m_server.password()));
    Ui::ReviewsView *reviews = app.window.reviewsView();
    auto *table = reviews->findChild<QTableView *>(u"submissionTable"_s);
    auto *count = reviews->findChild<QLabel *>(u"reviewCount"_s);
    auto *rubric = reviews->findChild<QTableWidget *>(u"reviewRubric"_s);
    auto *decision = reviews->findChild<QComboBox *>(u"reviewDecision"_s);
    auto *comment = reviews->findChild<QPlainTextEdit *>(u"reviewComment"_s);
    auto *commentError = reviews->findChild<QLabel *>(u"reviewCommentError"_s);
    QVERIFY(table && count && rubric && decision && comment && commentError);

    // The link goes down for the evening.
    proxy.setFaults({.resetConnections = true});
    MouseWatch mice;
    qApp->installEventFilter(&mice);

    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_5, Qt::ControlModifier); // Reviews
    QTRY_COMPARE(app.window.currentPage(), Ui::Page::Reviews);
    pressKey(Qt::Key_A, Qt::AltModifier); // St&atus
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"reviewStatusFilter"_s);
    pressKey(Qt::Key_Down); // Awaiting review
    QCOMPARE(table->model()->rowCount(), 12);
    QCOMPARE(count->text(), u"0 of 12 reviewed"_s);
    pressKey(Qt::Key_B, Qt::AltModifier); // Su&bmissions
    QTRY_COMPARE(QApplication::focusWidget(), table);
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Return); // starts the review of the oldest
    QTRY_COMPARE(QApplication::focusWidget(), rubric);
    const int criteria = rubric->rowCount();
    QVERIFY(criteria >= 4);

    QStringList reviewed;
    for (int i = 0; i < 12; ++i) {
        const QString submissionId = reviews->currentSubmissionId();
        QVERIFY(!submissionId.isEmpty());
        QVERIFY(!reviewed.contains(submissionId));
        QCOMPARE(QApplication::focusWidget(), rubric);
        QCOMPARE(rubric->currentRow(), 0);
        // A 7 is no score: said at the field, nothing set.
        if (i == 0) {
            typeText(u"7"_s);
            auto *scoresError = reviews->findChild<QLabel *>(u"reviewScoresError"_s);
            QVERIFY(scoresError->isVisible());
            QCOMPARE(scoresError->text(), u"A score is a whole number from 1 to 4."_s);
            QCOMPARE(rubric->currentRow(), 0);
        }
        for (int c = 0; c < criteria; ++c)
            typeText(QString::number(1 + (i + c) % 4));
        if (i == 1) {
            // Left half-written for the next one, then found again as typed.
            pressKey(Qt::Key_PageDown, Qt::ControlModifier);
            QTRY_VERIFY(reviews->currentSubmissionId() != submissionId);
            pressKey(Qt::Key_PageUp, Qt::ControlModifier);
            QTRY_COMPARE(reviews->currentSubmissionId(), submissionId);
            QCOMPARE(QApplication::focusWidget(), rubric);
            QCOMPARE(rubric->item(criteria - 1, 1)->data(Qt::EditRole).toInt(),
                     1 + (i + criteria - 1) % 4);
            QVERIFY(table->currentIndex().siblingAtColumn(1).data().toString().contains(
                u"being written"_s));
        }
        pressKey(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), decision);
        const bool askForChanges = i % 4 == 0;
        pressKey(Qt::Key_Down); // Approved
        if (askForChanges)
            pressKey(Qt::Key_Down); // Changes requested
        pressKey(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), comment);
        if (askForChanges) {
            // Changes asked for without saying which: refused at the comment.
            pressKey(Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(commentError->isVisible());
            QCOMPARE(reviews->currentSubmissionId(), submissionId);
            QCOMPARE(QApplication::focusWidget(), comment);
        }
        typeText(u"Review %1: state the baseline."_s.arg(i + 1));
        pressKey(Qt::Key_Return, Qt::ControlModifier); // saves, opens the next
        reviewed << submissionId;
        if (i < 11)
            QTRY_COMPARE(QApplication::focusWidget(), rubric);
    }
    QCOMPARE(mice.count, 0);
    qApp->removeEventFilter(&mice);
    QCOMPARE(table->model()->rowCount(), 0); // nothing awaits review now
    QCOMPARE(app.env.store.outbox().pendingCount().value(), 12);

    // The CSV of the batch, read back by Python's csv module.
    pressKey(Qt::Key_A, Qt::AltModifier);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);                       // Reviewed
    QCOMPARE(table->model()->rowCount(), 12 + 4); // and the demo's four reviewed before
    QCOMPARE(count->text(), u"16 of 16 reviewed"_s);
    const QString csv = app.env.dir.filePath(u"reviews.csv"_s);
    app.env.prompter.saveAs = csv;
    auto *exportButton = reviews->findChild<QWidget *>(u"exportReviewsButton"_s);
    exportButton->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QTRY_VERIFY(QFile::exists(csv));
    const QJsonArray rows = csvRowsByPython(csv, u',');
    QCOMPARE(rows.size(), 1 + 16);
    const QJsonArray header = rows.first().toArray();
    QCOMPARE(header.first().toString(), u"Team"_s);
    QVERIFY(header.contains(u"Clarity of the challenge"_s));
    QStringList teams;
    for (qsizetype r = 1; r < rows.size(); ++r)
        teams << rows.at(r).toArray().first().toString();
    QVERIFY2(teams.contains(u"فريق صحة أسوان"_s), qPrintable(teams.join(u'|')));
    QVERIFY(teams.contains(u"Команда Оша"_s));
    QVERIFY(teams.contains(u"Équipe de Kolda"_s));
    // A comment with its punctuation, and a mean in the locale's numbers.
    bool sawComment = false;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        if (row.last().toString() == u"Review 1: state the baseline."_s) {
            sawComment = true;
            QCOMPARE(row.at(4).toString(), u"Changes requested"_s);
            QCOMPARE(row.at(5).toString(), u"Esther Banda"_s);
        }
    }
    QVERIFY(sawComment);

    // The link is back: one sync, one push request for the twelve.
    proxy.setFaults({});
    proxy.resetCounters();
    QSignalSpy synced(app.env.engine.get(), &Sync::SyncEngine::finished);
    app.window.activateWindow();
    pressKey(Qt::Key_R, Qt::ControlModifier); // Sync now
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    QCOMPARE(proxy.requestCount(u"POST"_s, QString(Sync::Protocol::PushPath)), 1);
    QCOMPARE(app.env.store.outbox().pendingCount().value(), 0);
    QCOMPARE(differencesFromServer(app.env), QStringList());

    // On the server: twelve reviews by the facilitator, as written.
    QHash<QString, QJsonObject> bySubmission;
    for (const QJsonObject &c : m_server.pullAll(m_adminToken, 5000)) {
        const QJsonObject f = c.value("fields"_L1).toObject();
        if (c.value("entity"_L1).toString() == Entity::Review &&
            reviewed.contains(f.value("submission_id"_L1).toString()))
            bySubmission.insert(f.value("submission_id"_L1).toString(), f);
    }
    QCOMPARE(bySubmission.size(), 12);
    const QJsonObject first = bySubmission.value(reviewed.first());
    QCOMPARE(first.value("decision"_L1).toString(), u"changes_requested"_s);
    QCOMPARE(first.value("comment"_L1).toString(), u"Review 1: state the baseline."_s);
    QCOMPARE(first.value("scores"_L1).toObject().size(), criteria);

    // Each team reads its review after its own sync (Dailekh's members and
    // the admin, who is in the eleven teams).
    const QString dailekh = [&] {
        for (const QString &id : std::as_const(reviewed)) {
            if (!sent.contains(id))
                return id;
        }
        return QString();
    }();
    QVERIFY(!dailekh.isEmpty());
    const QString sthapa = m_server.login(u"sthapa"_s);
    QString sthapaId;
    for (const QJsonObject &c : m_server.pullAll(m_adminToken, 5000)) {
        if (c.value("entity"_L1).toString() == Entity::Member &&
            c.value("fields"_L1).toObject().value("username"_L1).toString() == u"sthapa")
            sthapaId = c.value("id"_L1).toString();
    }
    QVERIFY(!sthapaId.isEmpty());
    int seen = 0;
    for (const QJsonObject &c : m_server.pullAll(sthapa, 5000)) {
        if (c.value("entity"_L1).toString() == Entity::Review &&
            c.value("fields"_L1).toObject().value("submission_id"_L1).toString() == dailekh)
            ++seen;
    }
    QCOMPARE(seen, 1);

    // Someone who is not the program's facilitator cannot review.
    const auto refused = m_server.post(
        QString(Sync::Protocol::PushPath),
        QJsonDocument(QJsonObject{{u"ops"_s, QJsonArray{QJsonObject{
                                                 {u"op"_s, newId()},
                                                 {u"kind"_s, u"create"_s},
                                                 {u"author"_s, sthapaId},
                                                 {u"entity"_s, QString(Entity::Review)},
                                                 {u"id"_s, newId()},
                                                 {u"fields"_s,
                                                  QJsonObject{{u"submission_id"_s, dailekh},
                                                              {u"facilitator_id"_s, sthapaId},
                                                              {u"decision"_s, u"approved"_s}}}}}}})
            .toJson(),
        sthapa);
    const QJsonObject result = refused.json().value("results"_L1).toArray().first().toObject();
    QCOMPARE(result.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(result.value("code"_L1).toString(), u"forbidden"_s);
}

// Three submissions selected with Shift and the arrows get one decision
// (confirmed first): the one with its scores is saved, the two without keep
// the decision in their draft. A review being written goes on paper as the
// facilitator sees it.
void TestUiReviews::severalDecidedAtOnceAndOnPaper()
{
    QCOMPARE(sendElevenPlans().size(), 11);
    SignedInWindow app(m_server.url());
    app.env.languages.setLanguage(u"en"_s); // English's plural forms
    QVERIFY(app.signIn(u"facilitator"_s, m_server.password()));
    Ui::ReviewsView *reviews = app.window.reviewsView();
    auto *table = reviews->findChild<QTableView *>(u"submissionTable"_s);
    auto *rubric = reviews->findChild<QTableWidget *>(u"reviewRubric"_s);
    auto *result = reviews->findChild<QLabel *>(u"reviewBulkResult"_s);
    auto *approve = reviews->findChild<QWidget *>(u"approveSelectedButton"_s);
    QVERIFY(table && rubric && result && approve);
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_5, Qt::ControlModifier);
    pressKey(Qt::Key_A, Qt::AltModifier);
    pressKey(Qt::Key_Down); // Awaiting review
    QCOMPARE(table->model()->rowCount(), 11);
    pressKey(Qt::Key_B, Qt::AltModifier);
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), rubric);
    for (int c = 0; c < rubric->rowCount(); ++c)
        typeText(u"4"_s);
    const QString scored = reviews->currentSubmissionId();
    const QString team = table->currentIndex().siblingAtColumn(0).data().toString();

    // On paper, as written so far.
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        const QString pdf = app.env.dir.filePath(u"review.pdf"_s);
        app.env.prompter.saveAs = pdf;
        auto *save = reviews->findChild<QWidget *>(u"saveReviewPdfButton"_s);
        save->setFocus(Qt::TabFocusReason);
        pressKey(Qt::Key_Space);
        QTRY_VERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(u"Submission of %1"_s.arg(team)), qPrintable(printed));
        QVERIFY(printed.contains(u"Review by Esther Banda, not saved yet"_s));
        QVERIFY(printed.contains(u"Clarity of the challenge: 4 of 4"_s));
        QVERIFY(printed.contains(u"The plan as submitted"_s));
    }

    // The first three, selected from the keyboard.
    pressKey(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Down, Qt::ShiftModifier);
    pressKey(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QVERIFY(approve->isEnabled());
    approve->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QCOMPARE(app.env.prompter.questions.size(), 1);
    QVERIFY(app.env.prompter.questions.first().startsWith(u"Approve the 3 selected"_s));
    QVERIFY2(result->text().startsWith(u"1 review saved. Still to complete: "_s),
             qPrintable(result->text()));
    const auto saved = app.env.store.records().list(Entity::Review, u"submission_id", scored, {});
    QVERIFY(saved && saved->size() == 1);
    QCOMPARE(saved->first().text(u"decision"), u"approved"_s);
    // The two others wait as drafts with the decision in them.
    int drafts = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 1).data().toString() == u"Review being written"_s)
            ++drafts;
    }
    QCOMPARE(drafts, 2);
}

QTEST_MAIN(TestUiReviews)
#include "tst_ui_reviews.moc"
