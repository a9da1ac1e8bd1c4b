#pragma once

#include "masterdetailview.h"

class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTextCursor;

namespace Core {
class LocalStore;
struct Record;
} // namespace Core

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;
class SubmissionModel;

// The Reviews page: plan submissions (team, status, date; sortable) on the
// leading side; the selected submission's review (rubric scores, comment,
// decision, reviewer) or "Awaiting review". The model, store and member
// directory are not owned.
class ReviewsView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewsView)

public:
    ReviewsView(Core::LocalStore *store, SubmissionModel *model, const MemberDirectory *members,
                QWidget *parent = nullptr);

    bool showSubmission(const QString &submissionId);
    bool selectFirstSubmission();
    QString detailText() const;

protected:
    void retranslateUi() override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateCount();
    void showSnapshot(QTextCursor &cursor, const Core::Record &submission);

    Core::LocalStore *m_store;
    SubmissionModel *m_model;
    const MemberDirectory *m_members;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_browser;
    QLabel *m_count;
    QComboBox *m_statusFilter;
    QString m_selectedId;
};

} // namespace Ui
