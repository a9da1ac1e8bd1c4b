#include "syncprogresspanel.h"

#include "errortext.h"
#include "localstore.h"
#include "recordtext.h"
#include "syncactivity.h"
#include "syncscheduler.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using State = Sync::SyncEngine::State;
using Hold = Sync::SyncScheduler::Hold;

SyncProgressPanel::SyncProgressPanel(Core::LocalStore *store, Sync::SyncEngine *engine,
                                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_activity(new SyncActivity(engine, this))
    , m_tick(new QTimer(this))
    , m_phase(new QLabel)
    , m_progress(new QProgressBar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_phase->setObjectName(u"syncPhaseValue"_s);
    m_phase->setWordWrap(true);
    m_phase->setTextFormat(Qt::PlainText);
    m_phase->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_phase->setFocusPolicy(Qt::StrongFocus);
    m_progress->setObjectName(u"syncPageProgress"_s);
    m_progress->setMaximumWidth(360);
    m_progress->hide();
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    // Countdowns and the time left move on their own.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SyncProgressPanel::refresh);
    connect(m_activity, &SyncActivity::changed, this, &SyncProgressPanel::refresh);
    connect(m_store, &Core::LocalStore::outboxChanged, this, &SyncProgressPanel::refresh);
    refresh();
}

void SyncProgressPanel::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_activity->setScheduler(scheduler);
}

QString SyncProgressPanel::text() const
{
    return m_phase->text();
}

QString SyncProgressPanel::activeText() const
{
    const SyncActivity &a = *m_activity;
    switch (a.state()) {
    case State::Pushing:
        if (a.toSend() <= 0)
            return tr("Sending your changes…");
        return tr("Sending your changes: %1 of %n sent", nullptr, int(a.toSend()))
            .arg(QLocale().toString(a.sent()));
    case State::Pulling:
    case State::Applying: {
        if (a.received() <= 0 && a.estimate().changes > 0) {
            return tr("Receiving about %1 (%n item(s))…", nullptr, int(a.estimate().changes))
                .arg(RecordText::dataSize(a.estimate().bytes));
        }
        if (a.received() <= 0)
            return tr("Checking for new content…");
        const QString sofar = RecordText::dataSize(a.bytesReceived());
        if (a.percent() < 0) {
            return tr("Receiving: %n item(s), %1 so far", nullptr, int(a.received())).arg(sofar);
        }
        QString text =
            tr("Receiving: %1 % — %2 of about %n item(s), %3 so far", nullptr,
               int(a.estimate().changes))
                .arg(QLocale().toString(a.percent()), QLocale().toString(a.received()), sofar);
        if (const qint64 left = a.remainingMs(); left >= 0) {
            //: %1: "about 3 minutes" or "less than a minute".
            text += u' ' + tr("(%1 left)").arg(RecordText::timeLeft(left));
        }
        return text;
    }
    case State::Verifying:
        return tr("Comparing this computer's copy with the server…");
    case State::Waiting: {
        const qint64 ms = std::max<qint64>(1000, a.retryAt().remainingTime());
        return tr("%1 Trying again in %n second(s).", nullptr, int((ms + 999) / 1000))
            .arg(errorText(a.error()));
    }
    case State::Idle:
    case State::Failed:
        break;
    }
    return {};
}

QString SyncProgressPanel::idleText() const
{
    const SyncActivity &a = *m_activity;
    const Sync::SyncScheduler *scheduler = a.scheduler();
    const Hold hold = scheduler ? scheduler->hold() : Hold::None;
    const qint64 download = scheduler ? scheduler->estimate().bytes : -1;
    const QString size = RecordText::dataSize(std::max<qint64>(0, download));
    const QDateTime next = scheduler ? scheduler->nextAttempt() : QDateTime();
    const QString nextTry =
        next.isValid() ? tr("Next try in %n second(s).", nullptr,
                            int(std::max<qint64>(
                                1, (QDateTime::currentDateTimeUtc().msecsTo(next) + 999) / 1000)))
                       : QString();
    const auto withNextTry = [&nextTry](const QString &text) {
        return nextTry.isEmpty() ? text : text + u' ' + nextTry;
    };
    switch (hold) {
    case Hold::Offline:
        return withNextTry(
            tr("Offline. Your changes are kept on this computer and LeaderNet tries again "
               "on its own."));
    case Hold::ServerUnreachable:
        return withNextTry(
            tr("The server is not answering. LeaderNet tries again on its own; if this "
               "lasts more than a day, tell the program's administrators."));
    case Hold::CaptivePortal:
        return tr("Something other than the server answers at its address: most often a "
                  "network's sign-in page (in a hotel or an office). Open a web browser, sign "
                  "in to the network, then press Sync now.");
    case Hold::Metered:
        if (download > 0) {
            return tr("On a metered connection: about %1 to download waits for an unmetered "
                      "one. Your own changes are still sent. Press Sync now to download it "
                      "anyway.")
                .arg(size);
        }
        return tr("On a metered connection: syncs wait for an unmetered one, as set below. "
                  "Press Sync now to sync anyway.");
    case Hold::OverBudget:
        return tr("The data budget is reached: downloads wait for the next day or month. Your "
                  "own changes are still sent. Press Sync now to download anyway.");
    case Hold::OutsideWindow:
        return tr("About %1 to download waits for %2–%3, the hours set for large downloads. "
                  "Press Sync now to download it now.")
            .arg(size, QLocale().toString(scheduler->settings().windowStart, QLocale::ShortFormat),
                 QLocale().toString(scheduler->settings().windowEnd, QLocale::ShortFormat));
    case Hold::Manual:
        return tr("Syncs only when you press Sync now, as set below.");
    case Hold::None:
        break;
    }
    if (a.failed())
        return errorText(a.error());
    if (!m_store->isOpen())
        return {};
    const auto last = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey);
    if (!last || last->isEmpty())
        return tr("Not synced yet.");
    return tr("Up to date.");
}

void SyncProgressPanel::refresh()
{
    const SyncActivity &a = *m_activity;
    const bool active = a.isActive() || a.state() == State::Waiting;
    const QString text = active ? activeText() : idleText();
    m_phase->setText(text);
    m_phase->setAccessibleName(text);
    m_progress->setVisible(a.isActive());
    if (a.percent() >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(a.percent());
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setAccessibleName(tr("Sync progress"));
    const Sync::SyncScheduler *scheduler = a.scheduler();
    const bool ticking =
        active ||
        (scheduler && scheduler->nextAttempt().isValid() &&
         (scheduler->hold() == Hold::Offline || scheduler->hold() == Hold::ServerUnreachable));
    if (ticking && !m_tick->isActive())
        m_tick->start();
    else if (!ticking)
        m_tick->stop();
}

void SyncProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Ui
