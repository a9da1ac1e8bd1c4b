#include "deskpassworddialog.h"

#include "errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

DeskPasswordDialog::DeskPasswordDialog(Mode mode, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_name(name)
    , m_intro(new QLabel)
    , m_userLabel(new QLabel)
    , m_user(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_error(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"deskPasswordDialog"_s);
    m_intro->setWordWrap(true);
    m_user->setObjectName(u"deskUsername"_s);
    m_password->setObjectName(u"deskPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(u"deskPasswordError"_s);
    m_error->setWordWrap(true);
    styleAsError(m_error);
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (m_mode == Mode::AddMember && m_user->text().trimmed().isEmpty()) {
            showError(tr("Type the team member's user name."));
            m_user->setFocus();
            return;
        }
        if (m_password->text().isEmpty()) {
            showError(tr("Type the password."));
            m_password->setFocus();
            return;
        }
        m_error->hide();
        Q_EMIT submitted(m_user->text().trimmed(), m_password->text());
    });
    setMode(mode);
}

void DeskPasswordDialog::setMode(Mode mode, const QString &explanation)
{
    m_mode = mode;
    retranslateUi();
    if (!explanation.isEmpty())
        m_intro->setText(explanation);
    m_userLabel->setVisible(mode == Mode::AddMember);
    m_user->setVisible(mode == Mode::AddMember);
    (mode == Mode::AddMember ? m_user : m_password)->setFocus();
}

void DeskPasswordDialog::setBusy(bool busy)
{
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (!busy)
        m_password->setFocus();
}

void DeskPasswordDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->selectAll();
}

void DeskPasswordDialog::retranslateUi()
{
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    switch (m_mode) {
    case Mode::AddMember:
        setWindowTitle(tr("Add a team member at this desk"));
        m_intro->setText(tr("The team member signs in with their own account. Their changes "
                            "are recorded in their name and sent with their own sign-in."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to this desk"));
        break;
    case Mode::Switch:
        setWindowTitle(tr("Write as %1").arg(m_name));
        m_intro->setText(tr("%1, type your password to write in your name. It is checked on "
                            "this computer; no connection is needed.")
                             .arg(m_name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write as %1").arg(m_name));
        break;
    case Mode::SignInAgain:
        setWindowTitle(tr("Sign %1 in again").arg(m_name));
        m_intro->setText(tr("%1 needs to sign in again (this needs the connection).").arg(m_name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
        break;
    }
}

} // namespace Ui
