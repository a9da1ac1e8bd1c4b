#include "newthreaddialog.h"

#include "attachmentlist.h"
#include "discussions.h"
#include "editorsession.h"
#include "errortext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

NewThreadDialog::NewThreadDialog(Editing::Discussions *discussions, const QString &seminarId,
                                 const FileServices &files, QWidget *parent)
    : QDialog(parent)
    , m_discussions(discussions)
    , m_session(discussions->threadComposer(seminarId, this))
    , m_titleLabel(new QLabel)
    , m_title(new QLineEdit)
    , m_bodyLabel(new QLabel)
    , m_body(new QPlainTextEdit)
    , m_files(new AttachmentList(files))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"newThreadDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(u"threadTitle"_s);
    m_body->setObjectName(u"threadBody"_s);
    m_body->setTabChangesFocus(true);
    m_error->setObjectName(u"threadError"_s);
    m_error->setWordWrap(true);
    m_titleLabel->setBuddy(m_title);
    m_bodyLabel->setBuddy(m_body);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body, 1);
    m_files->setObjectName(u"threadFiles"_s);
    m_files->setEditable(true);
    m_files->setFiles(Core::attachmentsFrom(m_session->value(QString(Core::AttachmentsField))));
    layout->addWidget(m_files);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_title->setText(m_session->value(u"title"_s).toString());
    m_body->setPlainText(m_session->value(u"body"_s).toString());

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_session->setValue(u"title"_s, text); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_session->value(u"body"_s).toString() != m_body->toPlainText())
            m_session->setValue(u"body"_s, m_body->toPlainText());
    });
    connect(m_session, &Editing::EditorSession::errorsChanged, this, &NewThreadDialog::showErrors);
    connect(m_files, &AttachmentList::filesChanged, this,
            [this](const QList<Core::AttachmentRef> &list) {
                m_session->setValue(QString(Core::AttachmentsField),
                                    list.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                   : QJsonValue(Core::attachmentsJson(list)));
            });
    m_files->offerShortcutIn(this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewThreadDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QAction(this);
    send->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(send, &QAction::triggered, this, &NewThreadDialog::start);
    addAction(send);
    resize(560, 420);
    retranslateUi();
}

NewThreadDialog::~NewThreadDialog()
{
    delete m_session; // keeps what was typed as the draft
}

void NewThreadDialog::showErrors()
{
    if (!m_tried) {
        m_error->clear();
        return;
    }
    const QLocale locale;
    QStringList problems;
    const Editing::FieldError title = m_session->error(u"title"_s);
    if (title.code == Editing::FieldError::Code::Required)
        problems << tr("Give the thread a title.");
    else if (title.code == Editing::FieldError::Code::TooLong)
        problems
            << tr("The title can have at most %1 characters.").arg(locale.toString(title.limit));
    const Editing::FieldError body = m_session->error(u"body"_s);
    if (body.code == Editing::FieldError::Code::Required)
        problems << tr("Write the first post of the thread.");
    else if (body.code == Editing::FieldError::Code::TooLong)
        problems << tr("The first post can have at most %1 characters.")
                        .arg(locale.toString(body.limit));
    m_error->setText(problems.join(u'\n'));
}

void NewThreadDialog::start()
{
    m_tried = true;
    showErrors();
    if (!m_session->errors().isEmpty()) {
        (m_session->errors().contains(u"title"_s) ? static_cast<QWidget *>(m_title)
                                                  : static_cast<QWidget *>(m_body))
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Core::Result<QString> thread = m_discussions->startThread(m_session);
    if (!thread) {
        m_error->setText(errorText(thread.error()));
        return;
    }
    Q_EMIT started(*thread);
    accept();
}

void NewThreadDialog::retranslateUi()
{
    setWindowTitle(tr("New thread"));
    m_titleLabel->setText(tr("&Title:"));
    m_bodyLabel->setText(tr("&First post:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the thread"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(
            tr("Start the thread (Ctrl+Return). Without a connection it goes with the next sync."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close, keep the draft"));
    showErrors();
}

void NewThreadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ui
