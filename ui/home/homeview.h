#pragma once

#include "accountmanager.h"
#include "page.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Core {
class LocalStore;
}

namespace Ui {

class CourseModel;
class PlanListModel;
class SeminarModel;
class SubmissionModel;

// The start page: a welcome, what is waiting for the member (enrolled
// courses, seminars, action plans, submissions or pending reviews) and the
// last sync, each with a button to its page. Counts come from the shared
// models (not owned), so this page makes no queries of its own.
class HomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeView)

public:
    HomeView(Core::LocalStore *store, CourseModel *courses, SeminarModel *seminars,
             PlanListModel *plans, SubmissionModel *submissions, QWidget *parent = nullptr);

    void setAccount(const Sync::Account &account);
    // Re-reads the counts and the last sync time.
    void refresh();

Q_SIGNALS:
    void pageRequested(Ui::Page page);
    void syncRequested();
    // "Continue where you left off" was chosen.
    void continueRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };

    Card addCard(QGridLayout *grid, int row, Page page);
    void scheduleRefresh();
    void retranslateUi();
    bool isFacilitator() const;

    Core::LocalStore *m_store;
    CourseModel *m_courses;
    SeminarModel *m_seminars;
    PlanListModel *m_plans;
    SubmissionModel *m_submissions;
    Sync::Account m_account;
    bool m_refreshPending = false;

    QLabel *m_welcome;
    QLabel *m_intro;
    Card m_courseCard;
    QPushButton *m_continueButton;
    Card m_seminarCard;
    Card m_planCard;
    Card m_reviewCard;
    QLabel *m_lastSync;
    QPushButton *m_syncButton;
};

} // namespace Ui
