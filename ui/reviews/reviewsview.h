#pragma once

#include "masterdetailview.h"

#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPagedPaintDevice;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTextDocument;

namespace Core {
class LocalStore;
struct Record;
} // namespace Core

namespace Editing {
class DeskSession;
class MemberDirectory;
} // namespace Editing

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;
class Prompter;
class ReviewForm;
class SubmissionFilterModel;
class SubmissionModel;

// The Reviews page, a facilitator's queue for an evening of reviewing:
// - the submissions (team, status, date), oldest first, filtered by
//   program, team, status, the plan's language and the day sent, with how
//   many of those shown are reviewed;
// - the chosen submission: the plan as the team sent it and what changed
//   since their previous submission, the review when there is one, and
//   the facilitator's own review form (ReviewForm) beside it;
// - next and previous submission (Ctrl+Page Down, Ctrl+Page Up), and
//   Ctrl+Enter saves the review and opens the next;
// - a decision for several selected submissions at once (confirmed first),
//   the reviews shown exported as CSV, a review printed or saved as PDF.
// The model, store, member directory, desk and prompter are not owned.
class ReviewsView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewsView)

public:
    ReviewsView(Core::LocalStore *store, SubmissionModel *model, const MemberDirectory *members,
                Editing::DeskSession *desk, Prompter *prompter, QWidget *parent = nullptr);

    bool showSubmission(const QString &submissionId);
    bool selectFirstSubmission();
    QString detailText() const;
    QString currentSubmissionId() const { return m_selectedId; }

protected:
    void retranslateUi() override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateCount();
    void updateFilters();
    void applyFilters();
    void moveBy(int step);
    void openNextAfter(const QString &submissionId);
    void decideSelected(const QString &decision);
    QStringList selectedIds() const;
    // The reviews of the submissions shown (or of those selected, when
    // several are) as ReviewExport's rows.
    QList<QStringList> exportRows() const;
    void exportCsv();
    void print();
    void savePdf();
    // The submission and its review as they read on screen; on paper
    // (`forPaper`) with the review being written in place of the stored one.
    void render(QTextDocument *document, bool forPaper) const;

    Core::LocalStore *m_store;
    SubmissionModel *m_model;
    const MemberDirectory *m_members;
    Editing::DeskSession *m_desk;
    Prompter *m_prompter;
    SubmissionFilterModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_browser;
    ReviewForm *m_form;
    QSplitter *m_detailSplitter;
    QLabel *m_count;
    QLabel *m_bulkResult;
    QComboBox *m_programFilter;
    QComboBox *m_teamFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_languageFilter;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QLabel *m_programLabel;
    QLabel *m_teamLabel;
    QLabel *m_statusLabel;
    QLabel *m_languageLabel;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_queueLabel;
    QPushButton *m_approveSelected;
    QPushButton *m_changesSelected;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QString m_selectedId;
    int m_selectedRow = -1;
};

} // namespace Ui
