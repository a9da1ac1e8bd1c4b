#include "syncstatuswidget.h"

#include "errortext.h"
#include "localstore.h"
#include "recordtext.h"
#include "syncactivity.h"
#include "syncscheduler.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace Ui {

using namespace Qt::StringLiterals;
using State = Sync::SyncEngine::State;
using Hold = Sync::SyncScheduler::Hold;

namespace {

int secondsUntil(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_activity(new SyncActivity(engine, this))
    , m_countdown(new QTimer(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_member(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    m_status->setObjectName(u"syncStatusLabel"_s);
    m_member->setObjectName(u"memberLabel"_s);
    m_busy->setObjectName(u"syncProgressBar"_s);
    m_busy->setRange(0, 0); // busy until the number of changes to send is known
    m_busy->setMaximumSize(96, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_member);

    // Counts down the seconds to the next attempt.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SyncStatusWidget::updateStatus);
    connect(m_activity, &SyncActivity::changed, this, &SyncStatusWidget::updateStatus);
    // "3 changes waiting" follows the outbox.
    connect(m_store, &Core::LocalStore::outboxChanged, this, &SyncStatusWidget::updateStatus);
    updateStatus();
}

void SyncStatusWidget::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_activity->setScheduler(scheduler);
}

void SyncStatusWidget::setMemberName(const QString &name)
{
    m_memberName = name;
    updateStatus();
}

void SyncStatusWidget::showFailure(const Core::Error &error)
{
    m_activity->showFailure(error);
}

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

QString SyncStatusWidget::memberText() const
{
    return m_member->text();
}

QString SyncStatusWidget::statusFor() const
{
    const SyncActivity &a = *m_activity;
    switch (a.state()) {
    case State::Pushing:
        if (a.toSend() <= 0)
            return tr("Sending your changes…");
        //: %1 changes of %n sent so far: "Sending… 2 of 5 changes sent".
        return tr("Sending… %1 of %n change(s) sent", nullptr, int(a.toSend()))
            .arg(QLocale().toString(a.sent()));
    case State::Pulling:
    case State::Applying:
        if (a.percent() >= 0) {
            //: Share of the download received so far: "Receiving… 42 %".
            return tr("Receiving… %1 %").arg(QLocale().toString(a.percent()));
        }
        if (a.received() <= 0)
            return tr("Checking for new content…");
        return tr("Receiving… %n record(s) received", nullptr, int(a.received()));
    case State::Verifying:
        return tr("Comparing this computer's copy with the server…");
    case State::Waiting: {
        const int seconds = secondsUntil(a.retryAt().remainingTime());
        if (a.error().code == Core::ErrorCode::Network)
            return tr("Offline — trying again in %n second(s)", nullptr, seconds);
        return tr("The server is not answering — trying again in %n second(s)", nullptr, seconds);
    }
    case State::Idle:
    case State::Failed:
        break;
    }
    if (const QString hold = holdText(); !hold.isEmpty())
        return hold;
    if (a.failed() && a.error().code == Core::ErrorCode::Network)
        return tr("Offline — changes are kept on this computer");
    if (a.failed())
        return tr("Sync failed: %1").arg(errorText(a.error()));
    return idleText();
}

QString SyncStatusWidget::holdText() const
{
    const Sync::SyncScheduler *scheduler = m_activity->scheduler();
    if (!scheduler)
        return {};
    const QDateTime next = scheduler->nextAttempt();
    const int seconds =
        next.isValid() ? secondsUntil(QDateTime::currentDateTimeUtc().msecsTo(next)) : 0;
    switch (scheduler->hold()) {
    case Hold::Offline:
        if (next.isValid())
            return tr("Offline — trying again in %n second(s)", nullptr, seconds);
        return tr("Offline — changes are kept on this computer");
    case Hold::ServerUnreachable:
        if (next.isValid())
            return tr("The server is not answering — trying again in %n second(s)", nullptr,
                      seconds);
        return tr("The server is not answering — changes are kept on this computer");
    case Hold::CaptivePortal:
        return tr("The network asks you to sign in — open a web browser and sign in to it");
    case Hold::Metered:
        return tr("%1 — on a metered connection, downloads wait").arg(idleText());
    case Hold::OverBudget:
        return tr("%1 — data budget reached, downloads wait").arg(idleText());
    case Hold::OutsideWindow:
        //: %2: the time large downloads may start, as set on the Sync page ("22:00").
        return tr("%1 — the large download waits until %2")
            .arg(idleText(),
                 QLocale().toString(scheduler->settings().windowStart, QLocale::ShortFormat));
    case Hold::Manual:
    case Hold::None:
        break;
    }
    return {};
}

QString SyncStatusWidget::idleText() const
{
    QString last;
    int waiting = 0;
    if (m_store->isOpen()) {
        if (const auto v = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
            last = *v;
        if (const auto n = m_store->outbox().pendingCount())
            waiting = *n;
    }
    const QDateTime when = RecordText::parseDateTime(last);
    QString text;
    if (!when.isValid()) {
        text = tr("Not synced yet");
    } else {
        const QString time = when.date() == QDate::currentDate()
                                 ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                 : QLocale().toString(when, QLocale::ShortFormat);
        text = tr("Synced at %1").arg(time);
    }
    if (m_activity->refused() > 0) {
        //: After a sync in which the server refused some changes; they are listed on the Sync page.
        return tr("%1 — %n change(s) refused, see Sync", nullptr, int(m_activity->refused()))
            .arg(text);
    }
    if (waiting > 0)
        return tr("%1 — %n change(s) waiting", nullptr, waiting).arg(text);
    return text;
}

void SyncStatusWidget::updateStatus()
{
    const SyncActivity &a = *m_activity;
    const bool active = a.isActive();
    if (a.percent() >= 0) {
        m_busy->setRange(0, 100);
        m_busy->setValue(a.percent());
    } else {
        m_busy->setRange(0, 0);
    }
    if (a.state() == State::Pushing && a.toSend() > 0) {
        m_busy->setRange(0, int(a.toSend()));
        m_busy->setValue(int(a.sent()));
    }
    m_busy->setVisible(active);
    const Sync::SyncScheduler *scheduler = a.scheduler();
    const bool counting =
        a.state() == State::Waiting ||
        (scheduler && scheduler->nextAttempt().isValid() &&
         (scheduler->hold() == Hold::Offline || scheduler->hold() == Hold::ServerUnreachable));
    if (counting && !m_countdown->isActive())
        m_countdown->start();
    else if (!counting)
        m_countdown->stop();
    const QString text = statusFor();
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_busy->setAccessibleName(tr("Sync progress"));
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
