#include "deskpanel.h"

#include "deskpassworddialog.h"
#include "errortext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Editing::DeskSession;
using Mode = DeskPasswordDialog::Mode;

using namespace Qt::StringLiterals;

namespace {
constexpr int MemberIdRole = Qt::UserRole + 1;
}

DeskPanel::DeskPanel(DeskSession *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_heading(new QLabel)
    , m_people(new QListWidget)
    , m_switchButton(new QPushButton)
    , m_addButton(new QPushButton)
    , m_againButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_authorButton(new QToolButton)
    , m_authorMenu(new QMenu(this))
    , m_switchAction(new QAction(this))
{
    setObjectName(u"deskPanel"_s);
    m_people->setObjectName(u"deskPeople"_s);
    m_switchButton->setObjectName(u"writeAsButton"_s);
    m_addButton->setObjectName(u"addDeskMemberButton"_s);
    m_againButton->setObjectName(u"signInAgainButton"_s);
    m_removeButton->setObjectName(u"removeDeskMemberButton"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_people);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_people, 1);
    for (QPushButton *b : {m_switchButton, m_againButton, m_addButton, m_removeButton}) {
        b->setAutoDefault(false);
        layout->addWidget(b);
    }

    m_authorButton->setObjectName(u"authorButton"_s);
    m_authorButton->setPopupMode(QToolButton::InstantPopup);
    m_authorButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_authorButton->setMenu(m_authorMenu);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_switchAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_switchAction, &QAction::triggered, m_authorButton, &QToolButton::showMenu);

    connect(m_people, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { requestSwitch(item->data(MemberIdRole).toString()); });
    connect(m_people, &QListWidget::currentRowChanged, this, &DeskPanel::refresh);
    connect(m_switchButton, &QPushButton::clicked, this,
            [this]() { requestSwitch(currentMemberId()); });
    connect(m_addButton, &QPushButton::clicked, this, &DeskPanel::addMember);
    connect(m_againButton, &QPushButton::clicked, this,
            [this]() { signInAgain(currentMemberId()); });
    connect(m_removeButton, &QPushButton::clicked, this,
            [this]() { m_desk->removeCoAuthor(currentMemberId()); });

    connect(m_desk, &DeskSession::peopleChanged, this, &DeskPanel::refresh);
    connect(m_desk, &DeskSession::activeAuthorChanged, this, &DeskPanel::refresh);
    connect(m_desk, &DeskSession::switched, this, [this](const QString &id) {
        if (m_dialog && id == m_pendingId)
            m_dialog->accept();
    });
    connect(m_desk, &DeskSession::switchRefused, this,
            [this](const QString &id, DeskSession::Refusal why) {
                if (!m_dialog || id != m_pendingId)
                    return;
                if (why == DeskSession::Refusal::NoVerifier) {
                    m_dialog->setBusy(false);
                    m_dialog->setMode(Mode::SignInAgain,
                                      tr("This computer cannot check this password without the "
                                         "connection yet: sign in again once, online."));
                    return;
                }
                m_dialog->showError(why == DeskSession::Refusal::WrongPassword
                                        ? tr("That is not the right password. Try again.")
                                        : tr("This person is no longer at this desk."));
            });
    connect(m_desk, &DeskSession::coAuthorAdded, this, [this](const Sync::Account &account) {
        if (!m_dialog)
            return;
        // Added (or signed in again) with the password just checked online:
        // they write from now on.
        m_desk->setActiveAuthor(account.memberId);
        m_dialog->accept();
    });
    connect(m_desk, &DeskSession::coAuthorFailed, this,
            [this](const QString &, const Core::Error &error) {
                if (m_dialog)
                    m_dialog->showError(errorText(error));
            });
    connect(m_desk, &DeskSession::ready, this, [this]() {
        // The member signed in again from here: they write from now on.
        if (m_dialog && m_dialog->mode() == Mode::SignInAgain &&
            m_pendingId == m_desk->member().memberId) {
            m_desk->setActiveAuthor(m_pendingId);
            m_dialog->accept();
        }
    });
    connect(m_desk, &DeskSession::signInFailed, this, [this](const Core::Error &error) {
        if (m_dialog)
            m_dialog->showError(errorText(error));
    });
    retranslateUi();
}

QString DeskPanel::currentMemberId() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(MemberIdRole).toString() : QString();
}

DeskPasswordDialog *DeskPanel::newDialog(int mode, const QString &name)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new DeskPasswordDialog(Mode(mode), name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &DeskPasswordDialog::submitted, this,
            [this, dialog](const QString &username, const QString &password) {
                dialog->setBusy(true);
                switch (dialog->mode()) {
                case Mode::AddMember:
                    m_pendingId.clear();
                    m_desk->addCoAuthor(username, password);
                    break;
                case Mode::Switch:
                    m_desk->switchAuthor(m_pendingId, password);
                    break;
                case Mode::SignInAgain: {
                    const auto p = m_desk->people();
                    for (const DeskSession::Person &person : p) {
                        if (person.account.memberId != m_pendingId)
                            continue;
                        if (person.isMember)
                            m_desk->start(person.account.username, password);
                        else
                            m_desk->addCoAuthor(person.account.username, password);
                    }
                    break;
                }
                }
            });
    return dialog;
}

void DeskPanel::addMember()
{
    newDialog(int(Mode::AddMember), {})->open();
}

void DeskPanel::requestSwitch(const QString &memberId)
{
    if (memberId.isEmpty() || memberId == m_desk->activeAuthorId())
        return;
    for (const DeskSession::Person &p : m_desk->people()) {
        if (p.account.memberId != memberId)
            continue;
        m_pendingId = memberId;
        if (!p.hasToken) {
            signInAgain(memberId);
            return;
        }
        DeskPasswordDialog *dialog =
            newDialog(int(m_desk->canSwitchTo(memberId) ? Mode::Switch : Mode::SignInAgain),
                      p.account.displayName);
        dialog->open();
        return;
    }
}

void DeskPanel::signInAgain(const QString &memberId)
{
    for (const DeskSession::Person &p : m_desk->people()) {
        if (p.account.memberId == memberId) {
            m_pendingId = memberId;
            newDialog(int(Mode::SignInAgain), p.account.displayName)->open();
            return;
        }
    }
}

void DeskPanel::refresh()
{
    const QString keep = currentMemberId();
    const QString active = m_desk->activeAuthorId();
    const QSignalBlocker block(m_people);
    m_people->clear();
    m_authorMenu->clear();
    QString activeName;
    for (const DeskSession::Person &p : m_desk->people()) {
        const QString name =
            p.account.displayName.isEmpty() ? p.account.username : p.account.displayName;
        QString line = name;
        const bool writing = p.account.memberId == active;
        if (writing)
            activeName = name;
        // Whoever writes, and anyone whose changes cannot be sent, says so.
        if (p.disabled) {
            line = writing
                       ? tr("%1 — writing now; account disabled on the server, their changes "
                            "wait")
                             .arg(name)
                       : tr("%1 — account disabled on the server; their changes wait").arg(name);
        } else if (!p.hasToken) {
            line =
                writing
                    ? tr("%1 — writing now; signed out, their changes wait until they sign "
                         "in again")
                          .arg(name)
                    : tr("%1 — signed out; their changes wait until they sign in again").arg(name);
        } else if (writing) {
            line = tr("%1 — writing now").arg(name);
        }
        auto *item = new QListWidgetItem(line, m_people);
        item->setData(MemberIdRole, p.account.memberId);
        QFont font = item->font();
        font.setBold(p.account.memberId == active);
        item->setFont(font);
        if (p.account.memberId == keep)
            m_people->setCurrentItem(item);
        QAction *a = m_authorMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(p.account.memberId == active);
        const QString id = p.account.memberId;
        connect(a, &QAction::triggered, this, [this, id]() { requestSwitch(id); });
    }
    if (m_people->currentRow() < 0 && m_people->count() > 0)
        m_people->setCurrentRow(0);
    m_authorMenu->addSeparator();
    m_authorMenu->addAction(tr("Add a team member at this desk…"), this, &DeskPanel::addMember);
    m_authorButton->setText(activeName.isEmpty() ? tr("Nobody is writing")
                                                 : tr("Writing as %1").arg(activeName));
    m_authorButton->setAccessibleName(m_authorButton->text());
    m_authorButton->setEnabled(m_desk->isSignedIn());

    const QString current = currentMemberId();
    bool hasToken = true;
    bool isMember = false;
    for (const DeskSession::Person &p : m_desk->people()) {
        if (p.account.memberId == current) {
            hasToken = p.hasToken;
            isMember = p.isMember;
        }
    }
    m_switchButton->setEnabled(!current.isEmpty() && current != active && hasToken);
    m_againButton->setVisible(!current.isEmpty() && !hasToken);
    m_removeButton->setEnabled(!current.isEmpty() && !isMember);
    m_addButton->setEnabled(m_desk->isSignedIn());
}

void DeskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeskPanel::retranslateUi()
{
    m_heading->setText(tr("&People at this desk"));
    m_people->setAccessibleName(tr("People at this desk"));
    m_switchButton->setText(tr("&Write as this person…"));
    m_addButton->setText(tr("Add a &team member…"));
    m_againButton->setText(tr("Sign &in again…"));
    m_removeButton->setText(tr("&Leave this desk"));
    m_switchAction->setText(tr("Switch &author…"));
    m_authorButton->setToolTip(
        tr("Who your changes are recorded under (%1 to switch)")
            .arg(m_switchAction->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

} // namespace Ui
