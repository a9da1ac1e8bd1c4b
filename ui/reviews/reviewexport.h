#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

// A batch of reviews as a table for a spreadsheet: a header row in the
// app's language, then one row a submission (team, program, sent, status,
// decision, reviewer, reviewed, a column for each criterion of the rubrics
// involved under its title, the mean score, the comment), dates and numbers
// as the app's locale writes them. Core::Csv turns it into a file.
class ReviewExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)

public:
    struct Item {
        QString submissionId;
        QString status; // as the queue says it
    };
    static QList<QStringList> rows(const Core::LocalStore &store,
                                   const Editing::MemberDirectory &members,
                                   const QList<Item> &items);
};

} // namespace Ui
