#pragma once

#include "masterdetailview.h"
#include "plandocument.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Core {
class LocalStore;
struct Error;
} // namespace Core

namespace Editing {
class DeskSession;
class MemberDirectory;
} // namespace Editing

namespace Ui {

class ActivityFilterModel;
class AttachmentList;
class ActivityModel;
using MemberDirectory = Editing::MemberDirectory;
class OutboxMarks;
class PlanListModel;
class PlanSectionsEditor;
class Prompter;
class PlanHistoryView;
class TimelineView;
struct FileServices;
struct PlanPrintout;

// The Action plans page: the plans the member works with on the leading
// side; the chosen plan beside it, edited in place by its team: the
// sections (PlanSectionsEditor) above the activities (a table edited in
// place: add, delete, move, sort and filter, all by keyboard too) and the
// timeline, and the files the team attached (Attach file…, Ctrl+Shift+A).
// Print… and Save as PDF… put the plan and its timeline on paper.
// Undo and Redo (the window's) cover the plan: undoStackChanged() gives the
// stack of the plan shown. Plans and activities with local changes not on
// the server yet are marked. Models, store, directory, marks, desk and
// prompter are not owned.
class PlansView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansView)

public:
    PlansView(Core::LocalStore *store, PlanListModel *plans, const MemberDirectory *members,
              const OutboxMarks *marks, Editing::DeskSession *desk, const FileServices &files,
              QWidget *parent = nullptr);

    bool showPlan(const QString &planId);
    bool selectFirstPlan();
    // Brings the timeline tab to the front.
    void showTimeline();
    // Opens the two versions of `field` of the plan shown (when the sync
    // kept two).
    void compareSection(const QString &field);
    ActivityModel *activities() const { return m_activities; }
    Editing::PlanDocument *document() const { return m_document; }
    TimelineView *timeline() const { return m_timeline; }
    QUndoStack *undoStack() const;
    QList<QSplitter *> splitters() const { return {splitter(), m_detailSplitter}; }
    // What Print… and Save as PDF… put on paper for the plan shown.
    PlanPrintout printout() const;

Q_SIGNALS:
    void undoStackChanged(QUndoStack *stack);
    // The member asked to see the plan's refused changes on the Sync page.
    void syncPageRequested();

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();
    void showFiles();
    void openDocument(const QString &planId);
    void updateActions();
    void addActivity();
    void deleteActivity();
    void moveActivity(int delta);
    void showRefusal(const Core::Error &error);
    // A refused change in the member's words (the field at fault first).
    QString refusalText(const Core::Error &error) const;
    QString currentActivityId() const;
    void selectActivity(const QString &id, int column);
    void print();
    void saveAsPdf();
    void showSubmission();
    // Says, above the plan, that the server refused changes of it, and why.
    void showRefused();
    void submit();

    Core::LocalStore *m_store;
    PlanListModel *m_plans;
    const MemberDirectory *m_members;
    Editing::DeskSession *m_desk;
    Prompter *m_prompter;
    QPointer<Editing::PlanDocument> m_document;
    ActivityModel *m_activities;
    ActivityFilterModel *m_filter;
    QSplitter *m_detailSplitter;
    QListView *m_list;
    QLabel *m_subtitle;
    PlanSectionsEditor *m_sections;
    AttachmentList *m_files;
    QLabel *m_submissionStatus;
    QLabel *m_submissionReview;
    QLabel *m_refusedLabel;
    QPushButton *m_refusedButton;
    QPushButton *m_submitButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QTabWidget *m_tabs;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusFilter;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QLabel *m_activityMessage;
    QTableView *m_table;
    TimelineView *m_timeline;
    PlanHistoryView *m_history;
    QAction *m_addAction;
    QAction *m_deleteAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_printAction;
    QString m_selectedId;
};

} // namespace Ui
