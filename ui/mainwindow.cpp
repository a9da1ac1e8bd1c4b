#include "mainwindow.h"

#include "accountdialog.h"
#include "attachmentlist.h"

#include "coursemodel.h"
#include "courseprogress.h"
#include "coursesview.h"
#include "deskpanel.h"
#include "desksession.h"
#include "discussions.h"
#include "entityschema.h"
#include "homeview.h"
#include "infobar.h"
#include "languagemanager.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "membermodel.h"
#include "membersview.h"
#include "outboxmarks.h"
#include "planlistmodel.h"
#include "plansview.h"
#include "prompter.h"
#include "readerbrowser.h"
#include "recordtext.h"
#include "resultsview.h"
#include "reviewsview.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "seminarmodel.h"
#include "seminarsview.h"
#include "submissionmodel.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "syncstatuswidget.h"
#include "syncview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

namespace {
const QString SettingsGroup = u"mainwindow"_s;

QIcon pageIcon(const QStyle *style, Page page)
{
    switch (page) {
    case Page::Home:
        return QIcon::fromTheme(u"go-home"_s, style->standardIcon(QStyle::SP_DirHomeIcon));
    case Page::Courses:
        return QIcon::fromTheme(u"accessories-dictionary"_s,
                                style->standardIcon(QStyle::SP_FileDialogContentsView));
    case Page::Seminars:
        return QIcon::fromTheme(u"mail-message"_s,
                                style->standardIcon(QStyle::SP_FileDialogDetailedView));
    case Page::Plans:
        return QIcon::fromTheme(u"view-task"_s, style->standardIcon(QStyle::SP_FileIcon));
    case Page::Reviews:
        return QIcon::fromTheme(u"mail-mark-important"_s,
                                style->standardIcon(QStyle::SP_DialogApplyButton));
    case Page::Results:
        return QIcon::fromTheme(u"office-chart-line"_s,
                                style->standardIcon(QStyle::SP_FileDialogInfoView));
    case Page::Sync:
        return QIcon::fromTheme(u"view-refresh"_s, style->standardIcon(QStyle::SP_BrowserReload));
    case Page::Members:
        return QIcon::fromTheme(u"system-users"_s,
                                style->standardIcon(QStyle::SP_FileDialogListView));
    }
    return {};
}
} // namespace

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_members(new MemberDirectory(services.store, this))
    , m_outboxMarks(new OutboxMarks(services.store, this))
    , m_progress(new Editing::CourseProgress(services.store, services.desk, this))
    , m_discussions(new Editing::Discussions(services.store, services.desk, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_courseModel(new CourseModel(services.store, m_progress, this))
    , m_seminarModel(new SeminarModel(services.store, m_members, m_discussions, this))
    , m_planModel(new PlanListModel(services.store, m_outboxMarks, this))
    , m_submissionModel(new SubmissionModel(services.store, m_outboxMarks, this))
    , m_memberModel(new MemberModel(services.store, this))
{
    setObjectName(u"mainWindow"_s);
    Core::LocalStore *store = services.store;

    m_home = new HomeView(store, m_courseModel, m_seminarModel, m_planModel, m_submissionModel,
                          m_members);
    const FileServices files{&store->attachments(),
                             services.scheduler ? services.scheduler->fetcher() : nullptr,
                             services.prompter};
    m_courses = new CoursesView(store, m_courseModel, m_progress, files);
    m_undoGroup->addStack(m_progress->undoStack());
    m_seminars =
        new SeminarsView(store, m_seminarModel, m_members, m_outboxMarks, m_discussions, files);
    m_plans = new PlansView(store, m_planModel, m_members, m_outboxMarks, services.desk, files);
    connect(m_plans, &PlansView::undoStackChanged, this, [this](QUndoStack *stack) {
        if (stack)
            m_undoGroup->addStack(stack);
        onPageChanged(m_pages ? m_pages->currentIndex() : 0);
    });
    m_reviews =
        new ReviewsView(store, m_submissionModel, m_members, services.desk, services.prompter);
    m_results = new ResultsView(store, m_members, services.desk, services.prompter);
    connect(m_results, &ResultsView::undoStackChanged, this, [this](QUndoStack *stack) {
        if (stack && !m_undoGroup->stacks().contains(stack))
            m_undoGroup->addStack(stack);
        onPageChanged(m_pages ? m_pages->currentIndex() : 0);
    });
    m_sync = new SyncView(store, services.api, services.engine, m_members, services.prompter);
    m_membersView = new MembersView(store, m_memberModel);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    for (QWidget *page : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_courses),
                          static_cast<QWidget *>(m_seminars), static_cast<QWidget *>(m_plans),
                          static_cast<QWidget *>(m_reviews), static_cast<QWidget *>(m_results),
                          static_cast<QWidget *>(m_sync), static_cast<QWidget *>(m_membersView)})
        m_pages->addWidget(page);

    // The leading side: search, then the pages.
    auto *sidebar = new QWidget;
    m_sidebarLayout = new QVBoxLayout(sidebar);
    m_sidebarLayout->setContentsMargins(8, 8, 4, 8);
    m_sidebarLayout->setSpacing(8);
    m_search = new SearchPanel(store);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    for (int i = 0; i < PageCount; ++i)
        m_navigation->addItem(new QListWidgetItem(pageIcon(style(), Page(i)), QString()));
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebarLayout->addWidget(m_search, 0);
    m_sidebarLayout->addWidget(m_navigation, 0);
    m_sidebarLayout->addStretch(1);
    connect(m_search, &SearchPanel::searchingChanged, this, [this](bool searching) {
        // While results are listed they get the room; otherwise the page list does.
        m_sidebarLayout->setStretch(0, searching ? 1 : 0);
        m_sidebarLayout->setStretch(2, searching ? 0 : 1);
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({240, 1040});

    m_infoBar = new InfoBar;
    connect(m_infoBar, &InfoBar::dismissed, this, [this]() { m_notice = Notice::None; });
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_infoBar);
    centralLayout->addWidget(m_splitter, 1);
    // Nobody signed in (after a sign-out): what is on this computer is
    // hidden until someone signs in.
    auto *signedOut = new QWidget;
    signedOut->setObjectName(u"signedOutPage"_s);
    auto *signedOutLayout = new QVBoxLayout(signedOut);
    m_signedOutHeading = new QLabel;
    QFont headingFont = m_signedOutHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_signedOutHeading->setFont(headingFont);
    m_signedOutText = new QLabel;
    m_signedOutText->setWordWrap(true);
    m_signedOutButton = new QPushButton;
    m_signedOutButton->setObjectName(u"signedOutSignInButton"_s);
    connect(m_signedOutButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    signedOutLayout->addStretch(1);
    for (QWidget *w :
         {static_cast<QWidget *>(m_signedOutHeading), static_cast<QWidget *>(m_signedOutText),
          static_cast<QWidget *>(m_signedOutButton)})
        signedOutLayout->addWidget(w, 0, Qt::AlignHCenter);
    signedOutLayout->addStretch(2);
    m_cover = new QStackedWidget;
    m_cover->setObjectName(u"signedOutCover"_s);
    m_cover->addWidget(central);
    m_cover->addWidget(signedOut);
    setCentralWidget(m_cover);

    m_status = new SyncStatusWidget(store, services.engine);
    m_status->setScheduler(services.scheduler);
    statusBar()->addPermanentWidget(m_status, 1);
    // The people at this desk, on the trailing side; who is writing, always
    // in the status bar.
    m_desk = new DeskPanel(services.desk);
    m_deskDock = new QDockWidget;
    m_deskDock->setObjectName(u"deskDock"_s);
    m_deskDock->setWidget(m_desk);
    m_deskDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_deskDock);
    resizeDocks({m_deskDock}, {230}, Qt::Horizontal);
    // Shown while several people share the desk, unless the person chose.
    m_deskDock->hide();
    connect(services.desk, &Editing::DeskSession::peopleChanged, this, [this]() {
        if (!m_deskChosen)
            m_deskDock->setVisible(m_services.desk->people().size() > 1);
    });
    statusBar()->addPermanentWidget(m_desk->authorButton());
    addAction(m_desk->switchAction());

    createActions();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    connect(m_home, &HomeView::pageRequested, this, &MainWindow::showPage);
    connect(m_home, &HomeView::continueRequested, this, [this]() {
        showPage(Page::Courses);
        m_courses->continueLearning();
    });
    connect(m_home, &HomeView::syncRequested, m_syncAction, &QAction::trigger);
    connect(m_home, &HomeView::memberRequested, this, [this](const QString &memberId) {
        showPage(Page::Members);
        if (m_membersView->showMember(memberId))
            m_membersView->list()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_sync, &SyncView::syncRequested, m_syncAction, &QAction::trigger);
    m_sync->setScheduler(services.scheduler);
    if (services.scheduler) {
        connect(services.scheduler, &Sync::SyncScheduler::largeDownloadQuestion, this,
                &MainWindow::askLargeDownload);
    }
    connect(m_plans, &PlansView::syncPageRequested, this, [this]() { showPage(Page::Sync); });
    connect(m_sync, &SyncView::openInPlanRequested, this,
            [this](const QString &planId, const QString &field) {
                showPage(Page::Plans);
                if (m_plans->showPlan(planId))
                    m_plans->compareSection(field);
            });
    connect(m_search, &SearchPanel::resultActivated, this, &MainWindow::openRecord);
    connect(services.engine, &Sync::SyncEngine::stateChanged, this,
            [this]() { m_syncAction->setEnabled(!m_services.engine->isRunning()); });
    connect(services.engine, &Sync::SyncEngine::finished, m_home, &HomeView::refresh);
    connect(services.accounts, &Sync::AccountManager::signedIn, this, &MainWindow::applyAccount);
    connect(services.accounts, &Sync::AccountManager::signedOut, this,
            [this]() { applyAccount({}); });
    connect(services.accounts, &Sync::AccountManager::credentialsNotSaved, this, [this]() {
        m_notice = Notice::CredentialsNotSaved;
        retranslateUi();
    });
    connect(services.languages, &I18n::LanguageManager::languageChanged, this,
            &MainWindow::onLanguageChanged);

    applyAccount(services.accounts->isSignedIn() ? services.accounts->current()
                                                 : services.accounts->rememberedAccount());
    m_navigation->setCurrentRow(0);
    setTabOrder(m_search->field(), m_navigation);
    setTabOrder(m_navigation, m_pages);
    retranslateUi();
    onLanguageChanged(services.languages->currentLanguage());
    resize(1280, 800);
    restoreLayout();
    setTextScale(QSettings().value(u"reader/textScale"_s, 100).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::askLargeDownload(qint64 bytes, Sync::SyncScheduler::Hold reason)
{
    const QString size = RecordText::dataSize(bytes);
    const QString text =
        reason == Sync::SyncScheduler::Hold::Metered
            ? tr("This sync would download about %1 over a metered connection. Download it now, "
                 "or send only your changes and download later on an unmetered connection?")
                  .arg(size)
            : tr("This sync would download about %1, past the data budget set on the Sync page. "
                 "Download it now, or send only your changes and download later?")
                  .arg(size);
    Sync::SyncScheduler *scheduler = m_services.scheduler;
    m_services.prompter->confirm(
        this, tr("Large download"), text, tr("&Download now"),
        [scheduler](bool download) { scheduler->answerLargeDownload(download); });
}

void MainWindow::createActions()
{
    m_syncAction = new QAction(
        QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)),
        QString(), this);
    m_syncAction->setObjectName(u"syncNowAction"_s);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_syncAction, &QAction::triggered, this, [this]() {
        // Nobody signed in: a sync needs someone to sign in first.
        if (!m_services.accounts->isSignedIn()) {
            Q_EMIT signInRequested();
            return;
        }
        if (m_services.scheduler)
            m_services.scheduler->syncNow();
        else
            m_services.engine->syncNow();
    });

    m_signInAction = new QAction(this);
    m_signInAction->setObjectName(u"signInAction"_s);
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signInRequested);
    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::confirmSignOut);
    m_accountAction = new QAction(this);
    m_accountAction->setObjectName(u"accountAction"_s);
    connect(m_accountAction, &QAction::triggered, this, &MainWindow::showAccount);
    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), QString(), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+F finds on the page shown when it has a search of its own (the
    // members), else in lessons and posts; Ctrl+K always in lessons and posts.
    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this]() {
        if (currentPage() == Page::Members)
            m_membersView->focusSearch();
        else
            m_search->focusSearch();
    });
    m_searchAnywhereAction = new QAction(this);
    m_searchAnywhereAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAnywhereAction, &QAction::triggered, m_search, &SearchPanel::focusSearch);
    addAction(m_searchAnywhereAction);

    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(pageIcon(style(), Page(i)), QString(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i]() { showPage(Page(i)); });
        m_pageActions.append(action);
    }
    // The group's own actions name the step in a prefix fixed at creation;
    // these follow the language.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);

    m_largerTextAction = new QAction(this);
    m_largerTextAction->setShortcuts(QKeySequence::ZoomIn);
    connect(m_largerTextAction, &QAction::triggered, this,
            [this]() { setTextScale(m_textScale + 10); });
    m_smallerTextAction = new QAction(this);
    m_smallerTextAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_smallerTextAction, &QAction::triggered, this,
            [this]() { setTextScale(m_textScale - 10); });
    m_normalTextAction = new QAction(this);
    m_normalTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_normalTextAction, &QAction::triggered, this, [this]() { setTextScale(100); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_accountAction);
    m_fileMenu->addAction(m_signInAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_deskAction = m_deskDock->toggleViewAction();
    m_deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_deskAction, &QAction::triggered, this, [this]() { m_deskChosen = true; });
    m_viewMenu->addAction(m_deskAction);
    m_viewMenu->addAction(m_desk->switchAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_largerTextAction);
    m_viewMenu->addAction(m_smallerTextAction);
    m_viewMenu->addAction(m_normalTextAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions(m_pageActions);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_searchAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    createLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncAction);
}

void MainWindow::createLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : I18n::LanguageManager::availableLanguages()) {
        // Each language by its own name, so anyone can find theirs.
        QAction *action = m_languageMenu->addAction(I18n::LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code]() {
            if (code != m_services.languages->currentLanguage())
                m_services.languages->setLanguageAndRemember(code);
        });
    }
}

void MainWindow::onLanguageChanged(const QString &code)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
    if (!code.isEmpty())
        qApp->setLayoutDirection(QLocale(code).textDirection());
    // Dates and numbers follow the new default locale.
    m_courseModel->retranslate();
    m_seminarModel->retranslate();
    m_planModel->retranslate();
    m_submissionModel->retranslate();
    m_memberModel->retranslate();
}

void MainWindow::setTextScale(int percent)
{
    m_textScale = qBound(50, percent, 300);
    m_courses->reader()->setTextScale(m_textScale);
    QSettings().setValue(u"reader/textScale"_s, m_textScale);
}

void MainWindow::onPageChanged(int page)
{
    // Undo and Redo act on the page shown.
    QUndoStack *stack = nullptr;
    if (Page(page) == Page::Courses)
        stack = m_progress->undoStack();
    else if (Page(page) == Page::Plans)
        stack = m_plans->undoStack();
    else if (Page(page) == Page::Results)
        stack = m_results->undoStack();
    m_undoGroup->setActiveStack(stack);
}

void MainWindow::applyAccount(const Sync::Account &account)
{
    m_planModel->setMember(account.memberId, account.roles);
    m_submissionModel->setMember(account.memberId, account.roles);
    m_results->setMember(account.memberId, account.roles);
    m_home->setAccount(account);
    m_sync->setAccount(account);
    const bool signedIn = m_services.accounts->isSignedIn();
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    m_status->setMemberName(signedIn ? name : QString());
    m_signOutAction->setEnabled(signedIn);
    m_accountAction->setEnabled(signedIn);
    // Whoever is not signed in can sign in from the menu, whatever they cancelled.
    m_signInAction->setEnabled(!signedIn);
    m_signInAction->setVisible(!signedIn);
    // Hidden while nobody is signed in or remembered on this profile.
    const bool hide = !signedIn && !m_services.accounts->rememberedAccount().isValid();
    m_cover->setCurrentIndex(hide ? 1 : 0);
    m_deskDock->setEnabled(!hide);
    m_search->setEnabled(!hide);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

Page MainWindow::currentPage() const
{
    return Page(qBound(0, m_pages->currentIndex(), PageCount - 1));
}

void MainWindow::selectFirstItem(Page page)
{
    switch (page) {
    case Page::Courses:
        m_courses->selectFirstLesson();
        break;
    case Page::Seminars:
        m_seminars->selectFirstThread();
        break;
    case Page::Plans:
        m_plans->selectFirstPlan();
        break;
    case Page::Reviews:
        m_reviews->selectFirstSubmission();
        break;
    case Page::Results:
        m_results->selectFirstItem();
        break;
    case Page::Members:
        m_membersView->selectFirstMember();
        break;
    case Page::Home:
    case Page::Sync:
        break;
    }
}

bool MainWindow::openRecord(const QString &entity, const QString &recordId)
{
    if (entity == Core::Entity::Lesson) {
        showPage(Page::Courses);
        if (!m_courses->showItem(recordId))
            return false;
        // At the place of the match: the first word searched for.
        const QString searched = m_search->model()->text().simplified().section(u' ', 0, 0);
        m_courses->highlight(searched);
        return true;
    }
    if (entity == Core::Entity::Post) {
        showPage(Page::Seminars);
        return m_seminars->showPost(recordId);
    }
    return false;
}

void MainWindow::showNotice(const QString &text)
{
    m_infoBar->showMessage(text);
}

void MainWindow::confirmSignOut()
{
    const Sync::Account account = m_services.accounts->current();
    m_services.prompter->confirm(
        this, tr("Sign out"),
        tr("Sign out %1? The content stays on this computer; you need your password to sync "
           "again.")
            .arg(account.displayName.isEmpty() ? account.username : account.displayName),
        tr("Sign out"), [this](bool accepted) {
            if (accepted)
                m_services.accounts->signOut();
        });
}

void MainWindow::showAccount()
{
    if (m_accountDialog) {
        m_accountDialog->raise();
        m_accountDialog->activateWindow();
        return;
    }
    m_accountDialog = new AccountDialog(m_services.store, m_services.desk, m_services.api, this);
    m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_accountDialog->setWindowModality(Qt::WindowModal);
    connect(m_accountDialog, &AccountDialog::signOutRequested, this, &MainWindow::confirmSignOut);
    m_accountDialog->open();
}

void MainWindow::showAbout()
{
    m_services.prompter->inform(
        this, tr("About LeaderNet"),
        tr("LeaderNet Desktop %1\n\nCourses, seminars and action plans for health managers "
           "and leaders, on this computer with or without a connection.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(u"LeaderNet"_s); // the product name is not translated
    const QStringList titles = {tr("Home"),    tr("Courses"), tr("Seminars"), tr("Action plans"),
                                tr("Reviews"), tr("Results"), tr("Sync"),     tr("Members")};
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(titles[i]);
        m_pageActions[i]->setText(titles[i]);
    }
    m_navigation->setAccessibleName(tr("Pages"));
    fitNavigationHeight();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_signedOutHeading->setText(tr("Nobody is signed in"));
    m_signedOutText->setText(tr("What is on this computer stays hidden until someone signs in."));
    m_signedOutButton->setText(tr("&Sign in…"));
    m_deskDock->setWindowTitle(tr("At this desk"));
    m_deskAction->setText(tr("People at this &desk"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_syncAction->setText(tr("&Sync now"));
    m_syncAction->setToolTip(tr("Send your changes and receive new content (%1)")
                                 .arg(m_syncAction->shortcut().toString(QKeySequence::NativeText)));
    m_signInAction->setText(tr("Sign &in…"));
    m_signOutAction->setText(tr("Sign &out…"));
    m_accountAction->setText(tr("&Profile and account…"));
    m_quitAction->setText(tr("&Quit"));
    m_searchAction->setText(tr("Search…"));
    m_searchAnywhereAction->setText(tr("Search lessons and posts"));
    m_aboutAction->setText(tr("&About LeaderNet"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_largerTextAction->setText(tr("&Larger text"));
    m_smallerTextAction->setText(tr("&Smaller text"));
    m_normalTextAction->setText(tr("&Normal text size"));
    if (m_notice == Notice::CredentialsNotSaved)
        m_infoBar->showMessage(tr("Your password could not be kept on this computer (no "
                                  "keychain is available). You will be asked for it again "
                                  "next time you start LeaderNet."));
}

void MainWindow::fitNavigationHeight()
{
    // Tall enough for every page, so the list never scrolls.
    m_navigation->ensurePolished();
    int height = 2 * m_navigation->frameWidth() + m_navigation->spacing();
    for (int row = 0; row < m_navigation->count(); ++row)
        height += m_navigation->sizeHintForRow(row) + 2 * m_navigation->spacing();
    m_navigation->setFixedHeight(height);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitNavigationHeight();
    QMainWindow::changeEvent(event);
}

QList<QSplitter *> MainWindow::splitters() const
{
    return QList<QSplitter *>{m_splitter,
                              m_courses->splitter(),
                              m_seminars->splitter(),
                              m_reviews->splitter(),
                              m_results->splitter(),
                              m_membersView->splitter()} +
           m_plans->splitters() + m_sync->splitters();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    for (QSplitter *splitter : splitters())
        splitter->restoreState(settings.value(splitter->objectName()).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    for (QSplitter *splitter : splitters())
        settings.setValue(splitter->objectName(), splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Ui
