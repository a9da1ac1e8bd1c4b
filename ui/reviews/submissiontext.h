#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QString>

class QTextCursor;
class QTextDocument;

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

// A submitted plan and its review as text, for the Reviews page and for
// paper: who sent it and when, the review (who, when, decision, the
// rubric's scores by the criteria's titles, the comment) or "Awaiting
// review", then the plan as submitted: what changed since the team's
// previous submission, its sections and its activities as a table laid
// out in the page's direction.
class SubmissionText final
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionText)

public:
    struct Input {
        const Core::LocalStore *store = nullptr;
        const Editing::MemberDirectory *members = nullptr;
        QString submissionId;
        QString heading;           // a title line first (paper), or none
        Core::Record review;       // the review to show (empty id: awaiting review)
        bool reviewDetails = true; // false: only who reviewed and when (the form shows the rest)
        Qt::LayoutDirection direction = Qt::LeftToRight;
    };

    // Replaces the content of `document`.
    static void render(QTextDocument *document, const Input &input);

private:
    static void renderSnapshot(QTextCursor &cursor, const Input &input,
                               const Core::Record &submission);
};

} // namespace Ui
