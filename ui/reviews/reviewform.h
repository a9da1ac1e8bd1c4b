#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Core {
class LocalStore;
}

namespace Editing {
class DeskSession;
class EditorSession;
class ReviewDocument;
} // namespace Editing

namespace Ui {

// The facilitator's review of the submission on screen, written with the
// keyboard: the rubric's criteria in a table (a digit 1 to 4 scores the
// selected criterion and moves to the next, Delete clears it; a double
// click or F2 edits it with the mouse), the decision and the comment. What
// is typed is kept as a draft at once (Editing::ReviewDocument); "Save and
// open next" (Ctrl+Enter) writes the review and asks for the next
// submission. Problems are said under the field they are about, after a
// save was tried (or at once for a score out of range). For someone who may
// not write the review it says why.
//
// Thread: the GUI thread; the store and desk are not owned.
class ReviewForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewForm)

public:
    ReviewForm(Core::LocalStore *store, Editing::DeskSession *desk, QWidget *parent = nullptr);
    ~ReviewForm() override;

    // Shows the review of `submissionId` (empty: none). Showing the one
    // already shown keeps what is being typed.
    void setSubmission(const QString &submissionId);
    QString submissionId() const;
    // The fields of the review the active author writes (or edits) here;
    // null when they may not.
    const Editing::EditorSession *session() const;
    // Writes the review; on success emits finished().
    bool finish();
    // Puts the keyboard on the first criterion (or the decision).
    void focusFirstField();

Q_SIGNALS:
    void finished(const QString &submissionId);
    void nextRequested();
    void previousRequested();
    // A draft review was started, changed or written (the queue's status).
    void draftChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void showField(const QString &field);
    void showScores();
    void showErrors();
    void showState();
    // Sets a criterion's score (0 clears it); a problem is said at once.
    bool applyScore(const QString &criterionId, int score);
    void scoreCurrent(int score);
    void showDescription();

    Core::LocalStore *m_store;
    Editing::DeskSession *m_desk;
    QPointer<Editing::ReviewDocument> m_document;
    QString m_submissionId;
    bool m_showErrors = false;
    bool m_showing = false;
    bool m_finishing = false; // the review is being written: its document stays
    QString m_scoreProblem;   // a digit out of range, said at once

    QLabel *m_heading;
    QLabel *m_access;
    QLabel *m_rubricLabel;
    QTableWidget *m_rubric;
    QLabel *m_description;
    QLabel *m_scoresError;
    QLabel *m_decisionLabel;
    QComboBox *m_decision;
    QLabel *m_decisionError;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QLabel *m_commentError;
    QLabel *m_state;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_saveNext;
    QWidget *m_fields;
};

} // namespace Ui
