#include "homeview.h"

#include "coursemodel.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "planlistmodel.h"
#include "recordtext.h"
#include "seminarmodel.h"
#include "submissionmodel.h"
#include "teamscope.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

HomeView::HomeView(Core::LocalStore *store, CourseModel *courses, SeminarModel *seminars,
                   PlanListModel *plans, SubmissionModel *submissions,
                   const Editing::MemberDirectory *members, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_courses(courses)
    , m_seminars(seminars)
    , m_plans(plans)
    , m_submissions(submissions)
    , m_members(members)
    , m_welcome(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_continueButton(new QPushButton(this))
    , m_lastSync(new QLabel(this))
    , m_syncButton(new QPushButton(this))
    , m_teamHeading(new QLabel(this))
    , m_teamMembers(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_welcome->setFont(big);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_welcome);
    layout->addWidget(m_intro);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(16, 16, 16, 16);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(0, 1);
    m_courseCard = addCard(grid, 0, Page::Courses);
    m_continueButton->setObjectName(u"homeContinueButton"_s);
    grid->addWidget(m_continueButton, 1, 0, 1, 2, Qt::AlignLeading);
    connect(m_continueButton, &QPushButton::clicked, this, &HomeView::continueRequested);
    m_seminarCard = addCard(grid, 2, Page::Seminars);
    m_planCard = addCard(grid, 3, Page::Plans);
    m_reviewCard = addCard(grid, 4, Page::Reviews);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_lastSync->setWordWrap(true);
    grid->addWidget(m_lastSync, 5, 0);
    grid->addWidget(m_syncButton, 5, 1);
    connect(m_syncButton, &QPushButton::clicked, this, &HomeView::syncRequested);
    layout->addWidget(frame);

    // The person's team: who they work with, each a Return away from their profile.
    QFont headingFont = m_teamHeading->font();
    headingFont.setBold(true);
    m_teamHeading->setFont(headingFont);
    m_teamHeading->setObjectName(u"homeTeamHeading"_s);
    m_teamHeading->setWordWrap(true);
    m_teamHeading->setTextFormat(Qt::PlainText);
    m_teamHeading->setBuddy(m_teamMembers);
    m_teamMembers->setObjectName(u"homeTeamMembers"_s);
    m_teamMembers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamMembers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_teamMembers->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_teamMembers->setTabKeyNavigation(false);
    connect(m_teamMembers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT memberRequested(item->data(IdRole).toString());
    });
    layout->addWidget(m_teamHeading);
    layout->addWidget(m_teamMembers);
    layout->addStretch(1);
    connect(m_members, &Editing::MemberDirectory::changed, this, &HomeView::refreshTeam);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Team))
            refreshTeam();
    });

    // Counts follow the shared models; refresh once per burst of changes.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_courses),
          static_cast<QAbstractItemModel *>(m_seminars), static_cast<QAbstractItemModel *>(m_plans),
          static_cast<QAbstractItemModel *>(m_submissions)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &HomeView::scheduleRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &HomeView::scheduleRefresh);
    }
    retranslateUi();
}

HomeView::Card HomeView::addCard(QGridLayout *grid, int row, Page page)
{
    Card card{new QLabel(this), new QPushButton(this)};
    card.text->setWordWrap(true);
    card.text->setBuddy(card.button);
    grid->addWidget(card.text, row, 0);
    grid->addWidget(card.button, row, 1);
    connect(card.button, &QPushButton::clicked, this,
            [this, page]() { Q_EMIT pageRequested(page); });
    return card;
}

void HomeView::setAccount(const Sync::Account &account)
{
    m_account = account;
    refreshTeam();
    retranslateUi();
}

void HomeView::refreshTeam()
{
    const QString me = m_account.memberId;
    m_teamNames.clear();
    QStringList ids;
    if (!me.isEmpty() && m_store->isOpen()) {
        if (const auto teams = m_store->records().list(Core::Entity::Team)) {
            for (const Core::Record &team : *teams) {
                const QStringList members = Editing::memberIds(team.fields.value("members"_L1));
                if (!members.contains(me) && team.text(u"coach_id") != me)
                    continue;
                m_teamNames << team.text(u"name");
                for (const QString &id : members) {
                    if (id != me && !ids.contains(id))
                        ids << id;
                }
            }
        }
    }
    const QString current = m_teamMembers->currentItem()
                                ? m_teamMembers->currentItem()->data(IdRole).toString()
                                : QString();
    m_teamMembers->clear();
    for (const QString &id : std::as_const(ids)) {
        auto *item = new QListWidgetItem(m_members->displayName(id));
        item->setData(IdRole, id);
        m_teamMembers->addItem(item);
    }
    m_teamMembers->sortItems();
    for (int row = 0; row < m_teamMembers->count(); ++row) {
        if (m_teamMembers->item(row)->data(IdRole).toString() == current)
            m_teamMembers->setCurrentRow(row);
    }
    m_teamHeading->setVisible(!m_teamNames.isEmpty());
    m_teamMembers->setVisible(!m_teamNames.isEmpty());
    m_teamHeading->setText(
        m_teamNames.isEmpty()
            ? QString()
            : tr("Your team: %1").arg(QLocale().createSeparatedList(m_teamNames)));
}

bool HomeView::isFacilitator() const
{
    return m_account.hasRole(u"facilitator"_s) || m_account.hasRole(u"admin"_s);
}

void HomeView::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &HomeView::refresh);
}

void HomeView::refresh()
{
    m_refreshPending = false;
    const QString name =
        m_account.displayName.isEmpty() ? m_account.username : m_account.displayName;
    m_welcome->setText(name.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(name));

    const int enrolled = m_courses->enrolledCount();
    m_courseCard.text->setText(enrolled > 0
                                   ? tr("You are enrolled in %n course(s).", nullptr, enrolled)
                                   : tr("%n course(s) available.", nullptr, m_courses->rowCount()));
    // Where the member left off, in the course they worked in last.
    const QModelIndex course = m_courses->currentCourse();
    const QModelIndex lesson = m_courses->continueLesson(course);
    m_continueButton->setVisible(lesson.isValid());
    if (lesson.isValid()) {
        m_continueButton->setText(tr("Continue where you left off: %1 (%2)")
                                      .arg(lesson.data().toString(), course.data().toString()));
    }
    const int unread = m_seminars->unreadPosts();
    m_seminarCard.text->setText(
        unread > 0
            ? tr("New posts: %1 in %n seminar(s).", nullptr, m_seminars->seminarsWithUnread())
                  .arg(QLocale().toString(unread))
            : tr("%n seminar(s) available.", nullptr, m_seminars->rowCount()));
    m_planCard.text->setText(
        isFacilitator()
            ? tr("%n action plan(s) of the teams you facilitate.", nullptr, m_plans->rowCount())
            : tr("%n action plan(s) of your team.", nullptr, m_plans->rowCount()));
    m_reviewCard.text->setText(
        isFacilitator()
            ? tr("%n submission(s) awaiting your review.", nullptr, m_submissions->pendingCount())
            : tr("%n submission(s) of your team.", nullptr, m_submissions->rowCount()));

    QString lastSync;
    if (m_store->isOpen()) {
        if (const auto value = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
            lastSync = RecordText::dateTime(*value);
    }
    m_lastSync->setText(lastSync.isEmpty() ? tr("This computer has not synchronized yet.")
                                           : tr("Last synchronized: %1").arg(lastSync));
}

void HomeView::retranslateUi()
{
    m_intro->setText(tr("Everything below is kept on this computer, so you can keep working "
                        "without a connection. Your changes are sent at the next sync."));
    m_courseCard.button->setText(tr("Open courses"));
    m_seminarCard.button->setText(tr("Open seminars"));
    m_planCard.button->setText(tr("Open action plans"));
    m_reviewCard.button->setText(tr("Open reviews"));
    m_syncButton->setText(tr("Sync now"));
    m_teamMembers->setAccessibleName(tr("Members of your team"));
    m_teamMembers->setAccessibleDescription(tr("Press Return to see a member's profile"));
    refreshTeam();
    refresh();
}

void HomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui
