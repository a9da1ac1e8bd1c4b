#include "submissiontext.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "plandocument.h"
#include "recordtext.h"
#include "rubric.h"
#include "teamscope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

// The text's formats: plain, bold, and a heading a little larger.
struct TextFormats {
    QTextCharFormat plain;
    QTextCharFormat bold;
    QTextCharFormat heading;
};

TextFormats textFormats(const QFont &font)
{
    TextFormats f;
    f.bold.setFontWeight(QFont::Bold);
    f.heading = f.bold;
    f.heading.setFontPointSize((font.pointSizeF() > 0 ? font.pointSizeF() : 10) * 1.15);
    return f;
}

} // namespace

void SubmissionText::render(QTextDocument *document, const Input &input)
{
    document->clear();
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(input.direction);
    document->setDefaultTextOption(option);
    const auto submission =
        input.store->records().get(Core::Entity::Submission, input.submissionId);
    QTextCursor cursor(document);
    const auto [plain, bold, heading] = textFormats(document->defaultFont());
    auto paragraph = [&](const QString &text, const QTextCharFormat &format) {
        if (!cursor.atStart())
            cursor.insertBlock();
        cursor.insertText(text, format);
    };
    if (!input.heading.isEmpty())
        paragraph(input.heading, heading);
    if (submission) {
        paragraph(tr("Submitted on %1 by %2")
                      .arg(RecordText::dateTime(submission->text(u"submitted_at")),
                           input.members->displayName(submission->text(u"submitted_by"))),
                  plain);
    }
    const Core::Record &review = input.review;
    if (review.id.isEmpty()) {
        paragraph(tr("Awaiting review"), bold);
    } else {
        const QString when = review.text(u"reviewed_at");
        const QString who = input.members->displayName(review.text(u"facilitator_id"));
        paragraph(when.isEmpty() ? tr("Review by %1, not saved yet").arg(who)
                                 : tr("Reviewed on %1 by %2").arg(RecordText::dateTime(when), who),
                  plain);
    }
    if (!review.id.isEmpty() && input.reviewDetails) {
        const QString decision = review.text(u"decision");
        if (!decision.isEmpty())
            paragraph(tr("Decision: %1").arg(RecordText::decision(decision)), bold);
        // The criteria as the program's rubric names them, in its order;
        // one line a criterion: it reads in the page's direction, and in
        // order to a screen reader.
        const QStringList scores = RecordText::scores(
            submission ? Editing::rubricOfTeam(*input.store, submission->text(u"team_id"))
                       : Core::Rubric(),
            review.fields.value("scores"_L1));
        if (!scores.isEmpty()) {
            paragraph(tr("Scores"), bold);
            for (const QString &line : scores)
                paragraph(line, plain);
        }
        const QString comment = review.text(u"comment");
        if (!comment.isEmpty()) {
            paragraph(tr("Comment"), bold);
            paragraph(comment, plain);
        }
    }
    if (submission)
        renderSnapshot(cursor, input, *submission);
}

// The plan as the team submitted it: what changed since their previous
// submission, its sections, and its activities.
void SubmissionText::renderSnapshot(QTextCursor &cursor, const Input &input,
                                    const Core::Record &submission)
{
    const auto [plain, bold, heading] = textFormats(cursor.document()->defaultFont());
    const QLocale locale;
    const QJsonObject snapshot = submission.fields.value("snapshot"_L1).toObject();
    const QJsonObject plan = snapshot.value("plan"_L1).toObject();
    const QJsonArray activities = snapshot.value("activities"_L1).toArray();
    if (plan.isEmpty() && activities.isEmpty())
        return;
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("The plan as submitted"), heading);

    // What changed since the team's submission before this one.
    const auto all = input.store->records().list(Core::Entity::Submission, u"plan_id",
                                                 submission.text(u"plan_id"), u"submitted_at");
    if (all) {
        const Core::Record *previous = nullptr;
        for (const Core::Record &s : *all) {
            if (s.id == submission.id)
                break;
            previous = &s;
        }
        if (previous) {
            const Editing::PlanDocument::Changes c = Editing::PlanDocument::changesBetween(
                previous->fields.value("snapshot"_L1).toObject(), snapshot);
            cursor.insertBlock();
            cursor.insertText(RecordText::planChanges(c.sections, c.added, c.changed, c.removed),
                              plain);
        }
    }
    for (const QString &field : Editing::PlanDocument::sectionFields()) {
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(RecordText::fieldName(field), bold);
        cursor.insertBlock();
        const QString text = plan.value(field).toString();
        cursor.insertText(text.isEmpty() ? RecordText::notSet() : text, plain);
    }
    if (activities.isEmpty())
        return;
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("Activities (%1)").arg(locale.toString(activities.size())), bold);
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.5);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    QTextTable *rows = cursor.insertTable(int(activities.size()) + 1, 4, format);
    // Qt lays a rich text table out left to right whatever the text's
    // direction: in Arabic the columns go in from the right.
    const bool mirrored = input.direction == Qt::RightToLeft;
    const auto cell = [&](int row, int column) {
        return rows->cellAt(row, mirrored ? 3 - column : column).firstCursorPosition();
    };
    const QStringList headers{RecordText::fieldName(u"what"),
                              RecordText::fieldName(u"responsible_id"), tr("Dates"),
                              RecordText::fieldName(u"status")};
    for (int column = 0; column < 4; ++column)
        cell(0, column).insertText(headers.at(column), bold);
    for (int row = 0; row < activities.size(); ++row) {
        const QJsonObject a = activities.at(row).toObject();
        const QStringList cells{a.value("what"_L1).toString(),
                                input.members->displayName(a.value("responsible_id"_L1).toString()),
                                RecordText::dateRange(a.value("starts_on"_L1).toString(),
                                                      a.value("ends_on"_L1).toString()),
                                RecordText::activityStatus(a.value("status"_L1).toString())};
        for (int column = 0; column < 4; ++column)
            cell(row + 1, column).insertText(cells.at(column), plain);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace Ui
