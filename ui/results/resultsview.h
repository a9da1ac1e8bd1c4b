#pragma once

#include "masterdetailview.h"
#include "result.h"

#include <QHash>
#include <QStringList>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Core {
class LocalStore;
struct ChangeSet;
} // namespace Core

namespace Editing {
class DeskSession;
class MemberDirectory;
class ResultsDocument;
} // namespace Editing

namespace Ui {

class IndicatorPane;
class Prompter;
class ResultsChart;
class ResultsOverviewModel;

// The Results page: what teams achieved against what their plans promised.
// - The list: the member's teams, each with its indicators; a facilitator
//   (anyone with more than one team) also has "All teams side by side".
// - A team, or all of them: a table of every indicator with its baseline,
//   target, value by month, latest value and progress to target, the chart
//   of the chosen row, and Export CSV…; the team adds indicators here, new
//   or from its plan (its measurable result and its activities' indicators).
// - An indicator: IndicatorPane, where the team enters its results.
// Undo and Redo (the window's) cover the team's results: undoStackChanged()
// gives the stack of the team shown. Store, directory, desk and prompter
// are not owned.
class ResultsView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    ResultsView(Core::LocalStore *store, const Editing::MemberDirectory *members,
                Editing::DeskSession *desk, Prompter *prompter, QWidget *parent = nullptr);
    ~ResultsView() override;

    void setMember(const QString &memberId, const QStringList &roles);
    bool selectFirstItem();
    // Shows the indicator; false when it is not in the list.
    bool showIndicator(const QString &indicatorId);
    QUndoStack *undoStack() const;
    IndicatorPane *indicatorPane() const { return m_pane; }

Q_SIGNALS:
    void undoStackChanged(QUndoStack *stack);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Kind { All, Team, Indicator };
    void rebuild();
    void requestRebuild();
    void onRecordsChanged(const Core::ChangeSet &changes);
    void showCurrent();
    void showOverviewRow();
    void updateActions();
    void fillPlanMenu();
    void addIndicator(const QString &text, const QString &source);
    void deleteIndicator();
    void moveIndicator(int by);
    void exportCsv();
    // Says why a change of the indicators was not made (not signed in, no
    // longer in the team …) above them.
    void sayProblem(const Core::Status &status);
    Editing::ResultsDocument *document(const QString &teamId);
    QString currentTeam() const;
    QTreeWidgetItem *find(Kind kind, const QString &id) const;

    Core::LocalStore *m_store;
    const Editing::MemberDirectory *m_members;
    Editing::DeskSession *m_desk;
    Prompter *m_prompter;
    QString m_memberId;
    QStringList m_roles;
    QStringList m_teamIds;
    QHash<QString, Editing::ResultsDocument *> m_documents;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QTableView *m_overview;
    ResultsOverviewModel *m_overviewModel;
    ResultsChart *m_overviewChart;
    IndicatorPane *m_pane;
    QPushButton *m_newButton;
    QPushButton *m_planButton;
    QMenu *m_planMenu;
    QPushButton *m_deleteButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_exportButton;
    bool m_rebuilding = false;
    bool m_stale = true; // to be made again when shown
};

} // namespace Ui
