#pragma once

#include "accountmanager.h"
#include "appservices.h"
#include "page.h"
#include "syncscheduler.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QVBoxLayout;

namespace Editing {
class CourseProgress;
class Discussions;
} // namespace Editing

namespace Editing {
class MemberDirectory;
}

namespace Ui {

class AccountDialog;
class CourseModel;
class CoursesView;
class HomeView;
class InfoBar;
class MemberModel;
class MembersView;
using MemberDirectory = Editing::MemberDirectory;
class OutboxMarks;
class PlanListModel;
class PlansView;
class DeskPanel;
class ResultsView;
class ReviewsView;
class SearchPanel;
class SeminarModel;
class SeminarsView;
class SubmissionModel;
class SyncStatusWidget;
class SyncView;

// The LeaderNet window: a page list on the leading side (with the search
// field above it) and the pages (Home, Courses, Seminars, Action plans,
// Reviews, Results, Sync, Members) in a stack; menus File (Sync now, Sign out, Quit), Edit
// (Undo and Redo of the page shown), View (the reading text size), Go
// (Ctrl+1..8; Ctrl+F finds a member on the Members page, else searches
// like Ctrl+K), Language (the six languages, switched live; right to left
// for Arabic) and Help; a "Sync now" toolbar (Ctrl+R); the sync indicator
// in the status bar; a notice bar for non-blocking messages. Records with
// local changes not on the server yet are marked in the lists (OutboxMarks).
//
// Owns its models and views; the services are not owned and must outlive
// the window. Remembers its geometry and splitter positions (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Selects the first lesson, thread, plan or submission of the page, so
    // the page shows real content (used for screenshots).
    void selectFirstItem(Page page);
    // Opens a search result: a lesson in Courses, a post in Seminars.
    bool openRecord(const QString &entity, const QString &recordId);
    void showNotice(const QString &text);

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    HomeView *homeView() const { return m_home; }
    CoursesView *coursesView() const { return m_courses; }
    SeminarsView *seminarsView() const { return m_seminars; }
    PlansView *plansView() const { return m_plans; }
    DeskPanel *deskPanel() const { return m_desk; }
    ReviewsView *reviewsView() const { return m_reviews; }
    ResultsView *resultsView() const { return m_results; }
    SyncView *syncView() const { return m_sync; }
    MembersView *membersView() const { return m_membersView; }
    SearchPanel *searchPanel() const { return m_search; }
    InfoBar *infoBar() const { return m_infoBar; }
    SyncStatusWidget *syncStatus() const { return m_status; }
    CourseModel *courseModel() const { return m_courseModel; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QAction *syncAction() const { return m_syncAction; }
    // The reading text size, a percentage of the normal size (View menu).
    void setTextScale(int percent);
    int textScale() const { return m_textScale; }

Q_SIGNALS:
    // The person asked to sign in (from the page shown while nobody is).
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Notice { None, CredentialsNotSaved };

    void createActions();
    // The scheduler's question before a large download on a metered
    // connection or past the data budget.
    void askLargeDownload(qint64 bytes, Sync::SyncScheduler::Hold reason);
    void createMenus();
    void createLanguageMenu();
    void applyAccount(const Sync::Account &account);
    void onLanguageChanged(const QString &code);
    void confirmSignOut();
    void showAccount();
    void onPageChanged(int page);
    void showAbout();
    void retranslateUi();
    void fitNavigationHeight();
    void restoreLayout();
    void saveLayout() const;
    QList<QSplitter *> splitters() const;

    AppServices m_services;
    MemberDirectory *m_members;
    OutboxMarks *m_outboxMarks;
    Editing::CourseProgress *m_progress;
    Editing::Discussions *m_discussions;
    QUndoGroup *m_undoGroup;
    int m_textScale = 100;
    CourseModel *m_courseModel;
    SeminarModel *m_seminarModel;
    PlanListModel *m_planModel;
    SubmissionModel *m_submissionModel;
    MemberModel *m_memberModel;

    QSplitter *m_splitter = nullptr;
    QVBoxLayout *m_sidebarLayout = nullptr;
    SearchPanel *m_search = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    InfoBar *m_infoBar = nullptr;
    SyncStatusWidget *m_status = nullptr;
    HomeView *m_home = nullptr;
    CoursesView *m_courses = nullptr;
    SeminarsView *m_seminars = nullptr;
    PlansView *m_plans = nullptr;
    DeskPanel *m_desk = nullptr;
    QDockWidget *m_deskDock = nullptr;
    QAction *m_deskAction = nullptr;
    QStackedWidget *m_cover = nullptr;
    QLabel *m_signedOutHeading = nullptr;
    QLabel *m_signedOutText = nullptr;
    QPushButton *m_signedOutButton = nullptr;
    bool m_deskChosen = false; // the person showed or hid the desk panel
    ReviewsView *m_reviews = nullptr;
    ResultsView *m_results = nullptr;
    SyncView *m_sync = nullptr;
    MembersView *m_membersView = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_accountAction = nullptr;
    QPointer<AccountDialog> m_accountDialog;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_searchAnywhereAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_largerTextAction = nullptr;
    QAction *m_smallerTextAction = nullptr;
    QAction *m_normalTextAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
    Notice m_notice = Notice::None;
};

} // namespace Ui
