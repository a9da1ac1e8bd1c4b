#pragma once

#include "masterdetailview.h"

class QLabel;
class QListView;
class QModelIndex;
class QSplitter;
class QTableView;

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

class ActivityModel;
using MemberDirectory = Editing::MemberDirectory;
class OutboxMarks;
class PlanListModel;

// The Action plans page: the plans the member works with on the leading
// side; the selected plan's sections (challenge, vision, measurable result,
// current situation, root causes, priority actions; read-only) above its
// activities table (sortable). Plans and activities with local changes not
// on the server yet are marked. The plan list model, store, member
// directory and marks are not owned.
class PlansView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansView)

public:
    PlansView(Core::LocalStore *store, PlanListModel *plans, const MemberDirectory *members,
              const OutboxMarks *marks, QWidget *parent = nullptr);

    bool showPlan(const QString &planId);
    bool selectFirstPlan();
    ActivityModel *activities() const { return m_activities; }
    QList<QSplitter *> splitters() const { return {splitter(), m_detailSplitter}; }

protected:
    void retranslateUi() override;

private:
    struct Section {
        const char *field;
        QLabel *heading = nullptr;
        QLabel *text = nullptr;
    };

    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();

    Core::LocalStore *m_store;
    PlanListModel *m_plans;
    ActivityModel *m_activities;
    QSplitter *m_detailSplitter;
    QListView *m_list;
    QLabel *m_subtitle;
    QList<Section> m_sections;
    QLabel *m_activitiesHeading;
    QTableView *m_table;
    QString m_selectedId;
};

} // namespace Ui
