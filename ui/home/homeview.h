#pragma once

#include "accountmanager.h"
#include "page.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace Core {
class LocalStore;
}
namespace Editing {
class MemberDirectory;
}

namespace Ui {

class CourseModel;
class PlanListModel;
class SeminarModel;
class SubmissionModel;

// The start page: a welcome, what is waiting for the member (enrolled
// courses, seminars, action plans, submissions or pending reviews) and the
// last sync, each with a button to its page, and the members of the
// person's team (or teams; those they coach too), by name: Return or a double
// click on one asks for their profile. Counts come from the shared models
// and names from the member directory (not owned); the team is read from the
// replica's team records when they or the account change.
class HomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeView)

public:
    HomeView(Core::LocalStore *store, CourseModel *courses, SeminarModel *seminars,
             PlanListModel *plans, SubmissionModel *submissions,
             const Editing::MemberDirectory *members, QWidget *parent = nullptr);

    void setAccount(const Sync::Account &account);
    // Re-reads the counts and the last sync time.
    void refresh();

Q_SIGNALS:
    void pageRequested(Ui::Page page);
    void syncRequested();
    // "Continue where you left off" was chosen.
    void continueRequested();
    // A team member was chosen: show their profile.
    void memberRequested(const QString &memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };

    Card addCard(QGridLayout *grid, int row, Page page);
    void scheduleRefresh();
    void refreshTeam();
    void retranslateUi();
    bool isFacilitator() const;

    Core::LocalStore *m_store;
    CourseModel *m_courses;
    SeminarModel *m_seminars;
    PlanListModel *m_plans;
    SubmissionModel *m_submissions;
    const Editing::MemberDirectory *m_members;
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
    QLabel *m_teamHeading;
    QListWidget *m_teamMembers;
    QStringList m_teamNames; // the person's teams, by name
};

} // namespace Ui
