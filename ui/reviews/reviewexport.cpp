#include "reviewexport.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "recordtext.h"
#include "reviewdocument.h"
#include "teamscope.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace Ui {

using namespace Qt::StringLiterals;

QList<QStringList> ReviewExport::rows(const Core::LocalStore &store,
                                      const Editing::MemberDirectory &members,
                                      const QList<Item> &items)
{
    const QLocale locale;
    const auto when = [&locale](const QString &iso) {
        return iso.isEmpty()
                   ? QString()
                   : locale.toString(RecordText::parseDateTime(iso), QLocale::ShortFormat);
    };
    // The criteria of every rubric involved, in the order first met.
    QStringList criteria;
    QHash<QString, QString> criterionTitles;
    struct Row {
        Core::Record submission;
        Core::Record review;
        QString team;
        QString program;
        QString status;
    };
    QList<Row> rows;
    for (const Item &item : items) {
        const auto submission = store.records().get(Core::Entity::Submission, item.submissionId);
        if (!submission)
            continue;
        Row row{*submission, Editing::latestReview(store, item.submissionId), {}, {}, item.status};
        const QString teamId = submission->text(u"team_id");
        if (const auto team = store.records().get(Core::Entity::Team, teamId)) {
            row.team = team->text(u"name");
            if (const auto program =
                    store.records().get(Core::Entity::Program, team->text(u"program_id")))
                row.program = program->text(u"title");
        }
        for (const Core::Rubric::Criterion &c : Editing::rubricOfTeam(store, teamId).criteria) {
            if (!criterionTitles.contains(c.id)) {
                criteria << c.id;
                criterionTitles.insert(c.id, c.title);
            }
        }
        rows << row;
    }
    QStringList header{tr("Team"),     tr("Program"),  tr("Submitted"),  tr("Status"),
                       tr("Decision"), tr("Reviewer"), tr("Reviewed on")};
    for (const QString &c : std::as_const(criteria))
        header << criterionTitles.value(c);
    header << tr("Mean score") << tr("Comment");
    QList<QStringList> table{header};
    for (const Row &row : std::as_const(rows)) {
        const bool reviewed = !row.review.id.isEmpty();
        const QString decision = row.review.text(u"decision");
        QStringList cells{row.team,
                          row.program,
                          when(row.submission.text(u"submitted_at")),
                          row.status,
                          decision.isEmpty() ? QString() : RecordText::decision(decision),
                          reviewed ? members.displayName(row.review.text(u"facilitator_id"))
                                   : QString(),
                          when(row.review.text(u"reviewed_at"))};
        const QJsonObject scores = row.review.fields.value("scores"_L1).toObject();
        double sum = 0;
        int scored = 0;
        for (const QString &c : std::as_const(criteria)) {
            const double score = scores.value(c).toDouble(0);
            cells << (score > 0 ? locale.toString(score) : QString());
            if (score > 0) {
                sum += score;
                ++scored;
            }
        }
        cells << (scored > 0 ? locale.toString(sum / scored, 'f', 2) : QString());
        cells << row.review.text(u"comment");
        table << cells;
    }
    return table;
}

} // namespace Ui
