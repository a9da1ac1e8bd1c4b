#include "postcomposer.h"

#include "attachmentlist.h"
#include "conversationmodel.h"
#include "discussions.h"
#include "editorsession.h"
#include "entityschema.h"
#include "errortext.h"
#include "modelroles.h"
#include "protocol.h"
#include "record.h"
#include "recordtext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

PostComposer::PostComposer(Editing::Discussions *discussions, ConversationModel *conversation,
                           const FileServices &files, QWidget *parent)
    : QWidget(parent)
    , m_discussions(discussions)
    , m_conversation(conversation)
    , m_refused(new QLabel)
    , m_takeBackButton(new QPushButton)
    , m_copyButton(new QPushButton)
    , m_replyLabel(new QLabel)
    , m_replyTo(new QComboBox)
    , m_editor(new QPlainTextEdit)
    , m_files(new AttachmentList(files))
    , m_length(new QLabel)
    , m_error(new QLabel)
    , m_sendButton(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_refused->setObjectName(u"refusedPostLabel"_s);
    m_refused->setWordWrap(true);
    m_takeBackButton->setObjectName(u"takeBackButton"_s);
    m_copyButton->setObjectName(u"copyRefusedButton"_s);
    auto *refusedRow = new QHBoxLayout;
    refusedRow->addWidget(m_refused, 1);
    refusedRow->addWidget(m_takeBackButton);
    refusedRow->addWidget(m_copyButton);
    layout->addLayout(refusedRow);

    auto *replyRow = new QHBoxLayout;
    m_replyTo->setObjectName(u"replyToChoice"_s);
    m_replyLabel->setBuddy(m_replyTo);
    replyRow->addWidget(m_replyLabel);
    replyRow->addWidget(m_replyTo, 1);
    layout->addLayout(replyRow);
    m_editor->setObjectName(u"postComposer"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_editor);
    m_files->setObjectName(u"postFiles"_s);
    m_files->setEditable(true);
    layout->addWidget(m_files);
    m_error->setObjectName(u"postComposerError"_s);
    m_error->setWordWrap(true);
    styleAsError(m_error);
    m_length->setObjectName(u"postLengthLabel"_s);
    m_sendButton->setObjectName(u"sendPostButton"_s);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_error, 1);
    sendRow->addWidget(m_length);
    sendRow->addWidget(m_sendButton);
    layout->addLayout(sendRow);

    auto *sendAction = new QAction(this);
    sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendAction, &QAction::triggered, this, &PostComposer::send);
    addAction(sendAction);
    connect(m_sendButton, &QPushButton::clicked, this, &PostComposer::send);
    m_files->offerShortcutIn(this);
    connect(m_files, &AttachmentList::filesChanged, this,
            [this](const QList<Core::AttachmentRef> &list) {
                if (m_session)
                    m_session->setValue(QString(Core::AttachmentsField),
                                        list.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                       : QJsonValue(Core::attachmentsJson(list)));
            });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_session && m_session->value(u"body"_s).toString() != m_editor->toPlainText())
            m_session->setValue(u"body"_s, m_editor->toPlainText());
        showLength();
    });
    connect(m_replyTo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_session)
            return;
        const QString parent = m_replyTo->currentData().toString();
        m_session->setValue(u"parent_id"_s, parent.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                             : QJsonValue(parent));
    });
    connect(m_conversation, &QAbstractItemModel::modelReset, this, &PostComposer::fillReplyChoices);
    connect(m_conversation, &QAbstractItemModel::modelReset, this, &PostComposer::showRefused);
    connect(m_discussions, &Editing::Discussions::postsChanged, this, &PostComposer::showRefused);
    connect(m_takeBackButton, &QPushButton::clicked, this, [this]() {
        const Core::Result<QString> text = m_discussions->takeBack(m_refusedOpId);
        if (!text) {
            m_error->setText(errorText(text.error()));
            return;
        }
        openSession(); // the draft now holds the refused text
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_refusedText); });
    retranslateUi();
    setThread({});
}

PostComposer::~PostComposer()
{
    // Saved (a draft waiting for its pause) while this widget is still whole.
    delete m_session;
}

void PostComposer::setThread(const QString &threadId)
{
    if (threadId == m_threadId && m_session)
        return;
    m_threadId = threadId;
    setVisible(!threadId.isEmpty());
    openSession();
}

void PostComposer::openSession()
{
    delete m_session; // saves what waits for the pause
    if (m_threadId.isEmpty())
        return;
    m_session = m_discussions->composer(m_threadId, this);
    connect(m_session, &Editing::EditorSession::errorsChanged, this, &PostComposer::showLength);
    connect(m_session, &Editing::EditorSession::valueChanged, this,
            [this](const QString &field, const QJsonValue &value) {
                if (field == Core::AttachmentsField)
                    m_files->setFiles(Core::attachmentsFrom(value)); // undone, redone
            });
    connect(m_session, &Editing::EditorSession::saveFailed, this, [this](const Core::Error &e) {
        // A replica that is read-only or full: the text stays on screen.
        m_error->setText(tr("Your draft could not be kept on this computer: %1 Copy the text "
                            "somewhere safe before closing.")
                             .arg(errorText(e)));
    });
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(m_session->value(u"body"_s).toString());
    }
    m_files->setFiles(Core::attachmentsFrom(m_session->value(QString(Core::AttachmentsField))));
    fillReplyChoices();
    showLength();
    showRefused();
}

void PostComposer::replyTo(const QString &postId)
{
    if (!m_session)
        return;
    m_session->setValue(u"parent_id"_s,
                        postId.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(postId));
    fillReplyChoices();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void PostComposer::fillReplyChoices()
{
    // The whole thread, or the post being answered (chosen in the thread:
    // a thread of thousands of posts is not a list to scroll through here).
    const QSignalBlocker block(m_replyTo);
    m_replyTo->clear();
    m_replyTo->addItem(tr("The whole thread"), QString());
    const QString parent = m_session ? m_session->value(u"parent_id"_s).toString() : QString();
    const int row = parent.isEmpty() ? -1 : m_conversation->rowForId(parent);
    if (row >= 0) {
        const QModelIndex post = m_conversation->index(row);
        const QString words =
            RecordText::elide(post.data(ConversationModel::BodyRole).toString().simplified(), 60);
        m_replyTo->addItem(
            tr("%1: %2").arg(post.data(ConversationModel::AuthorRole).toString(), words), parent);
    }
    m_replyTo->setCurrentIndex(std::max(0, m_replyTo->findData(parent)));
}

void PostComposer::showLength()
{
    const qsizetype limit = Core::maxLength(Core::Entity::Post, "body");
    const qsizetype used = m_editor->toPlainText().size();
    const QLocale locale;
    m_length->setText(tr("%1 of %2 characters").arg(locale.toString(used), locale.toString(limit)));
    const Editing::FieldError error =
        m_session ? m_session->error(u"body"_s) : Editing::FieldError();
    // "Required" is not an error to show while nothing is typed yet.
    if (error.code == Editing::FieldError::Code::TooLong) {
        m_error->setText(tr("This post is %1 characters too long for the server; shorten it to "
                            "send it. Your text is kept.")
                             .arg(locale.toString(used - limit)));
    } else {
        m_error->clear();
    }
    m_sendButton->setEnabled(m_session && !m_session->errors().contains(u"body"_s));
}

void PostComposer::showRefused()
{
    const QList<Core::OutboxEntry> refused =
        m_threadId.isEmpty() ? QList<Core::OutboxEntry>() : m_discussions->refusedPosts(m_threadId);
    const bool show = !refused.isEmpty();
    m_refused->setVisible(show);
    m_takeBackButton->setVisible(show);
    m_copyButton->setVisible(show);
    if (!show) {
        m_refusedOpId.clear();
        m_refusedText.clear();
        return;
    }
    const Core::OutboxEntry &post = refused.first();
    m_refusedOpId = post.opId;
    m_refusedText = post.fields.value("body"_L1).toString();
    // "not_found": the thread or the post answered was removed meanwhile.
    const Core::Error reason =
        Core::makeError(Sync::Protocol::refusalCodeFromName(post.errorCode), post.error);
    m_refused->setText(
        tr("The server did not accept your post “%1”: %2")
            .arg(RecordText::elide(m_refusedText.simplified(), 40), refusalText(reason)));
}

void PostComposer::send()
{
    if (!m_session)
        return;
    if (m_session->error(u"body"_s).code == Editing::FieldError::Code::Required) {
        m_error->setText(tr("Write something before sending."));
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Core::Result<QString> written = m_discussions->send(m_session);
    if (!written) {
        m_error->setText(errorText(written.error()));
        return; // the text stays, and so does its draft
    }
    delete m_session;
    {
        const QSignalBlocker block(m_editor);
        m_editor->clear();
    }
    openSession();
    Q_EMIT sent(*written);
}

void PostComposer::retranslateUi()
{
    m_replyLabel->setText(tr("&In reply to:"));
    m_editor->setAccessibleName(tr("Your post"));
    m_editor->setPlaceholderText(tr("Write a post… (Ctrl+Return sends it)"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Send the post (Ctrl+Return). Without a connection it waits and "
                                "goes with the next sync."));
    m_takeBackButton->setText(tr("Edit and send again"));
    m_copyButton->setText(tr("Copy text"));
    fillReplyChoices();
    showLength();
    showRefused();
}

void PostComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui
