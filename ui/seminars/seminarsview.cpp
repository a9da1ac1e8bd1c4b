#include "seminarsview.h"

#include "conversationmodel.h"
#include "discussions.h"
#include "entityschema.h"
#include "errortext.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "newthreaddialog.h"
#include "outboxmarks.h"
#include "postcomposer.h"
#include "recordtext.h"
#include "seminarmodel.h"
#include "threadview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

SeminarsView::SeminarsView(Core::LocalStore *store, SeminarModel *model,
                           const MemberDirectory *members, const OutboxMarks *marks,
                           Editing::Discussions *discussions, const FileServices &files,
                           QWidget *parent)
    : MasterDetailView(u"seminarsSplitter"_s, parent)
    , m_store(store)
    , m_model(model)
    , m_members(members)
    , m_conversation(new ConversationModel(store, members, marks, this))
    , m_tree(new QTreeView(splitter()))
    , m_stack(new QStackedWidget)
    , m_browser(new QTextBrowser)
    , m_thread(new ThreadView(discussions, m_conversation, files))
    , m_discussions(discussions)
    , m_composer(new PostComposer(discussions, m_conversation, files))
    , m_files(files)
    , m_joinHint(new QLabel)
    , m_joinButton(new QPushButton)
    , m_newThreadButton(new QPushButton)
{

    m_tree->setObjectName(u"seminarTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(SeminarModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SeminarModel::DatesColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SeminarModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *detail = new QWidget;
    QVBoxLayout *detailLayout = MasterDetailView::detailLayout(detail);
    m_browser->setObjectName(u"seminarBrowser"_s);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_thread->setObjectName(u"threadView"_s);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_thread);
    m_joinHint->setObjectName(u"joinHint"_s);
    m_joinHint->setWordWrap(true);
    m_joinButton->setObjectName(u"joinSeminarButton"_s);
    auto *joinRow = new QHBoxLayout;
    joinRow->addWidget(m_joinHint, 1);
    joinRow->addWidget(m_joinButton);
    m_newThreadButton->setObjectName(u"newThreadButton"_s);
    joinRow->addWidget(m_newThreadButton);
    m_composer->setObjectName(u"postComposerPanel"_s);
    detailLayout->addWidget(title());
    detailLayout->addWidget(m_stack, 1);
    detailLayout->addLayout(joinRow);
    detailLayout->addWidget(m_composer);
    m_tree->setTabKeyNavigation(false);
    connect(m_joinButton, &QPushButton::clicked, this, [this]() {
        const QString seminarId = currentSeminarId();
        if (const Core::Status s = m_discussions->join(seminarId); !s) {
            m_joinHint->setText(errorText(s.error()));
            return;
        }
        showCurrent();
    });
    connect(m_newThreadButton, &QPushButton::clicked, this, [this]() {
        auto *dialog = new NewThreadDialog(m_discussions, currentSeminarId(), m_files, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &NewThreadDialog::started, this, [this](const QString &threadId) {
            // The new thread, selected, with the keyboard back in the list.
            showItem(threadId);
            m_tree->setFocus(Qt::OtherFocusReason);
        });
        dialog->open();
    });
    // The new post in the thread, waiting to be sent with the next sync.
    connect(m_composer, &PostComposer::sent, m_thread, &ThreadView::showPost);
    connect(m_thread, &ThreadView::replyRequested, m_composer, &PostComposer::replyTo);
    connect(m_thread, &ThreadView::failed, m_joinHint, [this](const QString &message) {
        m_joinHint->setText(message);
        m_joinHint->setVisible(true);
    });

    setPanes(m_tree, detail, 2, 3, {480, 760});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SeminarsView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showItem(keep)) {
            m_conversation->setThread({});
            showCurrent();
        }
    });
    connect(m_conversation, &QAbstractItemModel::modelReset, this, &SeminarsView::showCurrent);
    connect(m_conversation, &QAbstractItemModel::rowsInserted, this, [this]() {
        if (m_stack->currentWidget() != m_thread && m_conversation->rowCount() > 0)
            showCurrent();
    });
    retranslateUi();
}

bool SeminarsView::showItem(const QString &seminarOrThreadId)
{
    const QModelIndex index = m_model->indexForId(seminarOrThreadId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool SeminarsView::showPost(const QString &postId)
{
    const auto post = m_store->records().get(Core::Entity::Post, postId);
    if (!post || !showItem(post->text(u"thread_id")))
        return false;
    return m_thread->showPost(postId);
}

bool SeminarsView::selectFirstThread()
{
    // A thread the member can write in, when there is one: the seminar on now.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex seminar = m_model->index(row, 0);
        const auto phase = RecordText::SeminarPhase(seminar.data(SeminarModel::PhaseRole).toInt());
        if (phase == RecordText::SeminarPhase::Ongoing && m_model->rowCount(seminar) > 0 &&
            m_discussions->isParticipant(seminar.data(IdRole).toString()))
            return showItem(m_model->index(0, 0, seminar).data(IdRole).toString());
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex seminar = m_model->index(row, 0);
        if (m_model->rowCount(seminar) > 0)
            return showItem(m_model->index(0, 0, seminar).data(IdRole).toString());
    }
    return m_model->rowCount() > 0 && showItem(m_model->index(0, 0).data(IdRole).toString());
}

void SeminarsView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    showCurrent();
}

QString SeminarsView::currentSeminarId() const
{
    QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (index.data(EntityRole).toString() == Core::Entity::Thread)
        index = index.parent();
    return index.data(IdRole).toString();
}

void SeminarsView::showParticipation()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    const QString seminarId = currentSeminarId();
    const bool isThread = index.data(EntityRole).toString() == Core::Entity::Thread;
    const bool member = !seminarId.isEmpty() && m_discussions->isParticipant(seminarId);
    const auto phase = RecordText::SeminarPhase(
        m_model->indexForId(seminarId).data(SeminarModel::PhaseRole).toInt());
    const bool ended = phase == RecordText::SeminarPhase::Ended;
    const QString threadId = isThread ? index.data(IdRole).toString() : QString();
    const bool threadClosed = isThread && m_discussions->isThreadClosed(threadId) &&
                              !m_discussions->mayModerate(seminarId);
    const bool closed = ended || threadClosed;
    const bool canWrite = isThread && member && !closed;
    m_composer->setThread(canWrite ? threadId : QString());
    m_thread->setThread(threadId, canWrite);
    const bool canJoin = !seminarId.isEmpty() && !member && !closed;
    m_joinButton->setVisible(canJoin);
    m_newThreadButton->setVisible(!seminarId.isEmpty() && member && !ended);
    m_joinHint->setVisible(!seminarId.isEmpty() && (canJoin || (closed && isThread)));
    if (canJoin)
        m_joinHint->setText(tr("You do not take part in this seminar yet. Join it to write in it; "
                               "its threads arrive with the next sync."));
    else if (ended)
        m_joinHint->setText(tr("This seminar has ended: its threads can be read, not answered."));
    else if (threadClosed)
        m_joinHint->setText(tr("A facilitator closed this thread: it can be read, not answered."));
}

void SeminarsView::showCurrent()
{
    showParticipation();
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    m_stack->setCurrentWidget(m_browser);
    if (!index.isValid()) {
        m_conversation->setThread({});
        title()->setText(m_model->rowCount() > 0 ? tr("Choose a thread")
                                                 : tr("No seminars on this computer yet"));
        m_browser->setPlainText(m_model->rowCount() > 0
                                    ? tr("Select a seminar thread to read the conversation.")
                                    : tr("Seminars appear here after the first sync."));
        return;
    }
    title()->setText(index.data().toString());
    const QString id = index.data(IdRole).toString();
    if (index.data(EntityRole).toString() == Core::Entity::Thread) {
        if (m_conversation->threadId() != id) {
            // What arrived since the last reading is marked new this time,
            // and counts as read from now on.
            m_conversation->setNewSince(m_discussions->seenThrough(id), m_discussions->readerId());
            m_conversation->setThread(id); // shows itself again on modelReset
            m_discussions->markSeen(id);
            return;
        }
        if (m_conversation->postCount() > 0)
            m_stack->setCurrentWidget(m_thread);
        else
            m_browser->setPlainText(tr("No posts in this thread yet."));
    } else {
        m_conversation->setThread({});
        renderSeminar(id);
    }
}

void SeminarsView::renderSeminar(const QString &seminarId)
{
    const auto seminar = m_store->records().get(Core::Entity::Seminar, seminarId);
    m_browser->clear();
    if (!seminar)
        return;
    const QModelIndex index = m_model->indexForId(seminarId);
    QTextCursor cursor(m_browser->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(
        tr("Dates: %1")
            .arg(RecordText::dateRange(seminar->text(u"starts_on"), seminar->text(u"ends_on"))));
    cursor.insertBlock();
    cursor.insertText(
        tr("Status: %1")
            .arg(m_model->index(index.row(), SeminarModel::StatusColumn).data().toString()));
    const QString language = RecordText::languageName(seminar->text(u"language"));
    if (!language.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Language: %1").arg(language));
    }
    QStringList facilitators;
    for (const QString &id : RecordText::memberIds(seminar->fields.value("facilitators"_L1)))
        facilitators.append(m_members->displayName(id));
    if (!facilitators.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Facilitators: %1").arg(QLocale().createSeparatedList(facilitators)));
    }
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertMarkdown(seminar->text(u"description"));
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("%n thread(s)", nullptr, m_model->rowCount(index)), bold);
    m_browser->moveCursor(QTextCursor::Start);
}

void SeminarsView::retranslateUi()
{
    m_tree->setAccessibleName(tr("Seminars and threads"));
    m_joinButton->setText(tr("&Join this seminar"));
    m_newThreadButton->setText(tr("New &thread…"));
    m_browser->setAccessibleName(tr("About the seminar"));
    showCurrent();
}

} // namespace Ui
