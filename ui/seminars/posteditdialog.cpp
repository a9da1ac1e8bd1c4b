#include "posteditdialog.h"

#include "attachmentlist.h"
#include "discussions.h"
#include "editorsession.h"
#include "entityschema.h"
#include "errortext.h"
#include "record.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

PostEditDialog::PostEditDialog(Editing::Discussions *discussions, const QString &postId,
                               const FileServices &files, QWidget *parent)
    : QDialog(parent)
    , m_discussions(discussions)
    , m_session(discussions->postEditor(postId, this))
    , m_bodyLabel(new QLabel)
    , m_body(new QPlainTextEdit)
    , m_files(new AttachmentList(files))
    , m_length(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Discard |
                                     QDialogButtonBox::Cancel))
{
    setObjectName(u"postEditDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_body->setObjectName(u"postEditor"_s);
    m_body->setTabChangesFocus(true);
    m_bodyLabel->setBuddy(m_body);
    m_error->setObjectName(u"postEditError"_s);
    m_error->setWordWrap(true);
    styleAsError(m_error);
    m_length->setObjectName(u"postEditLength"_s);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body, 1);
    m_files->setObjectName(u"postEditFiles"_s);
    m_files->setEditable(true);
    m_files->setFiles(Core::attachmentsFrom(m_session->value(QString(Core::AttachmentsField))));
    m_files->offerShortcutIn(this);
    layout->addWidget(m_files);
    auto *row = new QHBoxLayout;
    row->addWidget(m_error, 1);
    row->addWidget(m_length);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    m_body->setPlainText(m_session->value(u"body"_s).toString());
    m_body->moveCursor(QTextCursor::End);

    connect(m_body, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_session->value(u"body"_s).toString() != m_body->toPlainText())
            m_session->setValue(u"body"_s, m_body->toPlainText());
        showErrors();
    });
    connect(m_session, &Editing::EditorSession::errorsChanged, this, &PostEditDialog::showErrors);
    connect(m_files, &AttachmentList::filesChanged, this,
            [this](const QList<Core::AttachmentRef> &list) {
                m_session->setValue(QString(Core::AttachmentsField), Core::attachmentsJson(list));
            });
    connect(m_session, &Editing::EditorSession::saveFailed, this, [this](const Core::Error &e) {
        m_error->setText(tr("Your changes could not be kept on this computer: %1 Copy the text "
                            "somewhere safe before closing.")
                             .arg(errorText(e)));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PostEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Discard), &QPushButton::clicked, this, [this]() {
        m_session->discardDraft();
        reject();
    });
    auto *send = new QAction(this);
    send->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(send, &QAction::triggered, this, &PostEditDialog::save);
    addAction(send);
    resize(560, 360);
    retranslateUi();
}

PostEditDialog::~PostEditDialog()
{
    delete m_session; // keeps what was typed as the draft
}

void PostEditDialog::showErrors()
{
    const QLocale locale;
    const qsizetype limit = Core::maxLength(Core::Entity::Post, "body");
    const qsizetype used = m_body->toPlainText().size();
    m_length->setText(tr("%1 of %2 characters").arg(locale.toString(used), locale.toString(limit)));
    const Editing::FieldError body = m_session->error(u"body"_s);
    if (body.code == Editing::FieldError::Code::Required)
        m_error->setText(tr("A post cannot be empty; to remove it, delete it instead."));
    else if (body.code == Editing::FieldError::Code::TooLong)
        m_error->setText(tr("This post is %1 characters too long for the server; shorten it to "
                            "save it. Your text is kept.")
                             .arg(locale.toString(used - limit)));
    else
        m_error->clear();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_session->errors().isEmpty());
}

void PostEditDialog::save()
{
    showErrors();
    if (!m_session->errors().isEmpty()) {
        m_body->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const Core::Status s = m_discussions->saveEdit(m_session); !s) {
        m_error->setText(errorText(s.error()));
        return;
    }
    accept();
}

void PostEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit post"));
    m_bodyLabel->setText(tr("&Your post:"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Save the edit (Ctrl+Return). Without a connection it goes with the "
                        "next sync."));
    m_buttons->button(QDialogButtonBox::Discard)->setText(tr("Discard changes"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close, keep the draft"));
    showErrors();
}

void PostEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ui
