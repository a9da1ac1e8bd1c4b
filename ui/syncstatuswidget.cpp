#include "syncstatuswidget.h"

#include "errortext.h"
#include "localstore.h"
#include "recordtext.h"
#include "syncengine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace Ui {

using namespace Qt::StringLiterals;

SyncStatusWidget::SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(engine)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_member(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    m_status->setObjectName(u"syncStatusLabel"_s);
    m_member->setObjectName(u"memberLabel"_s);
    m_busy->setRange(0, 0); // busy indicator: the size of a sync is not known up front
    m_busy->setMaximumSize(96, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_member);

    connect(m_engine, &Sync::SyncEngine::stateChanged, this, [this]() {
        if (m_engine->isRunning())
            m_failed = false;
        updateStatus();
    });
    connect(m_engine, &Sync::SyncEngine::progress, this, [this](qint64 records, qint64) {
        m_received = records;
        updateStatus();
    });
    connect(m_engine, &Sync::SyncEngine::finished, this, [this](bool ok) {
        m_failed = !ok;
        m_error = m_engine->lastError();
        m_received = 0;
        updateStatus();
    });
    updateStatus();
}

void SyncStatusWidget::setMemberName(const QString &name)
{
    m_memberName = name;
    updateStatus();
}

void SyncStatusWidget::showFailure(const Core::Error &error)
{
    m_failed = true;
    m_error = error;
    updateStatus();
}

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

QString SyncStatusWidget::memberText() const
{
    return m_member->text();
}

void SyncStatusWidget::updateStatus()
{
    const bool running = m_engine->isRunning();
    m_busy->setVisible(running);
    QString text;
    if (running) {
        text = tr("Syncing… %n change(s) received", nullptr, int(m_received));
    } else if (m_failed && m_error.code == Core::ErrorCode::Network) {
        text = tr("Offline — changes are kept on this computer");
    } else if (m_failed) {
        text = tr("Sync failed: %1").arg(errorText(m_error));
    } else {
        QString last;
        if (m_store->isOpen()) {
            if (const auto v = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
                last = *v;
        }
        const QDateTime when = RecordText::parseDateTime(last);
        if (!when.isValid())
            text = tr("Not synced yet");
        else if (when.date() == QDate::currentDate())
            text = tr("Synced at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat));
        else
            text = tr("Synced at %1").arg(QLocale().toString(when, QLocale::ShortFormat));
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_member->setText(m_memberName.isEmpty() ? tr("Not signed in")
                                             : tr("Signed in as %1").arg(m_memberName));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}

} // namespace Ui
