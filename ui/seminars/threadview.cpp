#include "threadview.h"

#include "attachmentlist.h"
#include "conversationmodel.h"
#include "discussions.h"
#include "errortext.h"
#include "modelroles.h"
#include "postdelegate.h"
#include "posteditdialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

ThreadView::ThreadView(Editing::Discussions *discussions, ConversationModel *conversation,
                       const FileServices &files, QWidget *parent)
    : QWidget(parent)
    , m_discussions(discussions)
    , m_conversation(conversation)
    , m_list(new QListView)
    , m_files(new AttachmentList(files))
    , m_fileServices(files)
    , m_reply(new QAction(this))
    , m_edit(new QAction(this))
    , m_delete(new QAction(this))
    , m_history(new QAction(this))
    , m_hide(new QAction(this))
    , m_pin(new QAction(this))
    , m_close(new QAction(this))
    , m_deleteThread(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(u"threadPosts"_s);
    m_list->setModel(m_conversation);
    m_list->setItemDelegate(new PostDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list, 1);
    m_files->setObjectName(u"postAttachments"_s);
    layout->addWidget(m_files);

    auto *row = new QHBoxLayout;
    const QList<std::pair<QAction *, const char *>> actions{
        {m_reply, "replyButton"},       {m_edit, "editPostButton"},
        {m_delete, "deletePostButton"}, {m_history, "postHistoryButton"},
        {m_hide, "hidePostButton"},     {m_pin, "pinThreadButton"},
        {m_close, "closeThreadButton"}, {m_deleteThread, "deleteThreadButton"}};
    for (const auto &[action, name] : actions) {
        auto *button = new QToolButton;
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
        row->addWidget(button);
        m_buttons << button;
        m_list->addAction(action);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    addAction(m_edit);
    addAction(m_delete);
    m_pin->setCheckable(true);
    m_close->setCheckable(true);
    m_hide->setCheckable(true);

    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_canWrite)
            Q_EMIT replyRequested(index.data(IdRole).toString());
    });
    connect(m_reply, &QAction::triggered, this, [this]() {
        if (!currentPostId().isEmpty())
            Q_EMIT replyRequested(currentPostId());
    });
    connect(m_edit, &QAction::triggered, this, &ThreadView::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ThreadView::deleteCurrent);
    connect(m_history, &QAction::triggered, this, &ThreadView::showHistory);
    connect(m_hide, &QAction::triggered, this,
            [this](bool hide) { report(m_discussions->setPostHidden(currentPostId(), hide)); });
    connect(m_pin, &QAction::triggered, this,
            [this](bool pin) { report(m_discussions->setThreadPinned(m_threadId, pin)); });
    connect(m_close, &QAction::triggered, this,
            [this](bool close) { report(m_discussions->setThreadClosed(m_threadId, close)); });
    connect(m_deleteThread, &QAction::triggered, this, &ThreadView::deleteThread);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ThreadView::updateActions);
    connect(m_conversation, &QAbstractItemModel::modelReset, this, [this]() {
        // The first post, ready for the arrow keys.
        if (m_conversation->rowCount() > 0)
            m_list->setCurrentIndex(m_conversation->index(0));
        updateActions();
    });
    connect(m_conversation, &QAbstractItemModel::dataChanged, this, &ThreadView::updateActions);
    retranslateUi();
}

void ThreadView::setThread(const QString &threadId, bool canWrite)
{
    m_threadId = threadId;
    m_canWrite = canWrite;
    updateActions();
}

bool ThreadView::showPost(const QString &postId)
{
    const int row = m_conversation->rowForId(postId);
    if (row < 0)
        return false;
    const QModelIndex index = m_conversation->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

QString ThreadView::currentPostId() const
{
    return m_list->currentIndex().data(IdRole).toString();
}

void ThreadView::updateActions()
{
    const QModelIndex post = m_list->currentIndex();
    const bool own = post.isValid() && post.data(ConversationModel::AuthorIdRole).toString() ==
                                           m_discussions->readerId();
    const bool deleted = post.data(ConversationModel::DeletedRole).toBool();
    const bool moderates = !m_threadId.isEmpty() &&
                           m_discussions->mayModerate(m_discussions->seminarOfThread(m_threadId));
    m_conversation->setShowsHidden(moderates);
    m_files->setFiles(Core::attachmentsFrom(post.data(ConversationModel::FilesRole).toJsonArray()));
    m_reply->setEnabled(m_canWrite && post.isValid() && !deleted);
    m_edit->setEnabled(m_canWrite && own && !deleted);
    m_delete->setEnabled(m_canWrite && own && !deleted);
    m_history->setEnabled(!post.data(ConversationModel::HistoryRole).toStringList().isEmpty());
    m_hide->setVisible(moderates);
    m_pin->setVisible(moderates);
    m_close->setVisible(moderates);
    m_deleteThread->setVisible(moderates);
    m_hide->setEnabled(moderates && post.isValid() && !deleted);
    m_hide->setChecked(post.data(ConversationModel::HiddenRole).toBool());
    m_pin->setChecked(m_discussions->isThreadPinned(m_threadId));
    m_close->setChecked(m_discussions->isThreadClosed(m_threadId));
    m_hide->setText(m_hide->isChecked() ? tr("Show post") : tr("Hide post"));
    m_pin->setText(m_pin->isChecked() ? tr("Unpin thread") : tr("Pin thread"));
    m_close->setText(m_close->isChecked() ? tr("Reopen thread") : tr("Close thread"));
    // A tool button follows its action in all but being shown.
    for (QToolButton *button : std::as_const(m_buttons))
        button->setVisible(button->defaultAction()->isVisible());
}

void ThreadView::report(const Core::Status &status)
{
    if (!status)
        Q_EMIT failed(errorText(status.error()));
    updateActions();
}

void ThreadView::editCurrent()
{
    const QString postId = currentPostId();
    if (postId.isEmpty() || !m_edit->isEnabled())
        return;
    auto *dialog = new PostEditDialog(m_discussions, postId, m_fileServices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, postId]() {
        showPost(postId);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ThreadView::deleteCurrent()
{
    const QString postId = currentPostId();
    if (postId.isEmpty() || !m_delete->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete post"),
                                tr("Delete your post? Its text goes from every computer with the "
                                   "next sync; the replies to it stay."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deletePostQuestion"_s);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, postId](QAbstractButton *clicked) {
        if (clicked == yes)
            report(m_discussions->deletePost(postId));
        m_list->setFocus(Qt::OtherFocusReason);
    });
    box->open();
}

void ThreadView::deleteThread()
{
    if (m_threadId.isEmpty() || !m_deleteThread->isVisible())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete thread"),
                                tr("Delete this thread and all %n post(s) in it, for every "
                                   "participant? This cannot be undone.",
                                   nullptr, m_conversation->postCount()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteThreadQuestion"_s);
    QPushButton *yes = box->addButton(tr("Delete the thread"), QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(no); // nothing irreversible on a stray Return
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString threadId = m_threadId;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, threadId](QAbstractButton *b) {
        if (b == yes)
            report(m_discussions->deleteThread(threadId));
    });
    box->open();
}

void ThreadView::showHistory()
{
    const QModelIndex post = m_list->currentIndex();
    const QStringList versions = post.data(ConversationModel::HistoryRole).toStringList();
    if (versions.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Earlier versions"),
                                tr("%1 edited this post. Earlier versions, newest first:")
                                    .arg(post.data(ConversationModel::AuthorRole).toString()),
                                QMessageBox::Close, this);
    box->setObjectName(u"postHistory"_s);
    box->setInformativeText(versions.join(u"\n\n"_s));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ThreadView::retranslateUi()
{
    m_list->setAccessibleName(tr("Posts in this thread"));
    m_reply->setText(tr("Reply"));
    m_reply->setToolTip(tr("Answer the selected post (Return)"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Edit your post (F2)"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete your post (Del)"));
    m_history->setText(tr("Earlier versions…"));
    m_hide->setToolTip(tr("Hide the post from the participants, or show it again"));
    m_pin->setToolTip(tr("A pinned thread is listed first in its seminar"));
    m_close->setToolTip(tr("A closed thread takes no new posts"));
    m_deleteThread->setText(tr("Delete thread…"));
    m_deleteThread->setToolTip(tr("Remove the thread and its posts for every participant"));
    updateActions();
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui
