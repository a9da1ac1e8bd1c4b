#include "syncview.h"

#include "apiclient.h"
#include "localstore.h"
#include "recordtext.h"
#include "rejectedopsmodel.h"
#include "syncengine.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

SyncView::SyncView(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
                   const MemberDirectory *members, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_api(api)
    , m_engine(engine)
    , m_rejected(new RejectedOpsModel(store, members, this))
    , m_serverLabel(new QLabel)
    , m_server(new QLabel)
    , m_memberLabel(new QLabel)
    , m_member(new QLabel)
    , m_lastSyncLabel(new QLabel)
    , m_lastSync(new QLabel)
    , m_cursorLabel(new QLabel)
    , m_cursor(new QLabel)
    , m_pendingLabel(new QLabel)
    , m_pending(new QLabel)
    , m_rejectedHeading(new QLabel)
    , m_table(new QTableView)
    , m_syncButton(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    const QList<std::pair<QLabel *, QLabel *>> rows = {{m_serverLabel, m_server},
                                                       {m_memberLabel, m_member},
                                                       {m_lastSyncLabel, m_lastSync},
                                                       {m_cursorLabel, m_cursor},
                                                       {m_pendingLabel, m_pending}};
    for (const auto &[label, value] : rows) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        label->setBuddy(value);
        form->addRow(label, value);
    }
    m_server->setObjectName(u"serverValue"_s);
    m_pending->setObjectName(u"pendingValue"_s);
    m_lastSync->setObjectName(u"lastSyncValue"_s);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_syncButton->setObjectName(u"syncNowButton"_s);
    buttons->addWidget(m_syncButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncView::syncRequested);

    QFont headingFont = m_rejectedHeading->font();
    headingFont.setBold(true);
    m_rejectedHeading->setFont(headingFont);
    m_rejectedHeading->setBuddy(m_table);
    m_table->setObjectName(u"rejectedTable"_s);
    m_table->setModel(m_rejected);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RejectedOpsModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_rejectedHeading);
    layout->addWidget(m_table, 1);

    connect(m_engine, &Sync::SyncEngine::finished, this, &SyncView::refresh);
    connect(m_engine, &Sync::SyncEngine::stateChanged, this,
            [this]() { m_syncButton->setEnabled(!m_engine->isRunning()); });
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this]() {
        // Cheap: a few counters; the rejected list only changes with a sync.
        if (!m_engine->isRunning())
            refresh();
    });
    retranslateUi();
}

void SyncView::setAccount(const Sync::Account &account)
{
    m_account = account;
    refresh();
}

void SyncView::refresh()
{
    const QUrl server = m_api->server().isEmpty() ? m_account.server : m_api->server();
    m_server->setText(server.isEmpty() ? RecordText::notSet()
                                       : server.toDisplayString(QUrl::RemoveUserInfo));
    const QString name =
        m_account.displayName.isEmpty() ? m_account.username : m_account.displayName;
    m_member->setText(name.isEmpty() ? tr("Nobody is signed in")
                      : m_account.username.isEmpty() || name == m_account.username
                          ? name
                          : tr("%1 (%2)").arg(name, m_account.username));
    QString lastSync;
    qint64 cursor = 0;
    int pending = 0;
    if (m_store->isOpen()) {
        if (const auto v = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
            lastSync = RecordText::dateTime(*v);
        if (const auto c = m_store->syncState().cursor())
            cursor = *c;
        if (const auto p = m_store->outbox().pendingCount())
            pending = *p;
    }
    m_lastSync->setText(lastSync.isEmpty() ? tr("Never") : lastSync);
    m_cursor->setText(QLocale().toString(cursor));
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, pending));
    m_rejected->reload();
    m_rejectedHeading->setText(
        tr("&Changes the server refused (%n)", nullptr, m_rejected->rowCount()));
    m_syncButton->setEnabled(!m_engine->isRunning());
}

void SyncView::retranslateUi()
{
    m_serverLabel->setText(tr("Server:"));
    m_memberLabel->setText(tr("Signed in as:"));
    m_lastSyncLabel->setText(tr("Last sync:"));
    m_cursorLabel->setText(tr("Changes received up to:"));
    m_pendingLabel->setText(tr("Waiting to be sent:"));
    m_syncButton->setText(tr("Sync &now"));
    m_table->setAccessibleName(tr("Refused changes"));
    m_rejected->retranslate();
    refresh();
}

void SyncView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui
