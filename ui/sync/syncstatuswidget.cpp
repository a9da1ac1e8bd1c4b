#include "syncstatuswidget.h"

#include "errortext.h"
#include "localstore.h"
#include "recordtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace Ui {

using namespace Qt::StringLiterals;
using State = Sync::SyncEngine::State;

namespace {

bool isActive(State state)
{
    return state == State::Pushing || state == State::Pulling || state == State::Applying ||
           state == State::Verifying;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(engine)
    , m_state(engine->state())
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

    // Counts down the seconds to the engine's next attempt.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SyncStatusWidget::updateStatus);

    connect(m_engine, &Sync::SyncEngine::stateChanged, this, &SyncStatusWidget::onStateChanged);
    connect(m_engine, &Sync::SyncEngine::pushProgress, this, [this](qint64 sent, qint64 pending) {
        m_sent = sent;
        m_toSend = sent + pending;
        updateStatus();
    });
    connect(m_engine, &Sync::SyncEngine::progress, this, [this](qint64 records, qint64) {
        m_received = records;
        updateStatus();
    });
    connect(m_engine, &Sync::SyncEngine::retryScheduled, this,
            [this](int, int delayMs, const Core::Error &error) {
                m_error = error;
                m_retryAt = QDeadlineTimer(delayMs);
                m_countdown->start();
                updateStatus();
            });
    connect(m_engine, &Sync::SyncEngine::finished, this, [this](bool ok) {
        m_failed = !ok;
        m_error = m_engine->lastError();
        m_refused = ok ? m_engine->summary().rejected : 0;
        m_countdown->stop();
        updateStatus();
    });
    updateStatus();
}

void SyncStatusWidget::onStateChanged(Sync::SyncEngine::State state)
{
    if (!isActive(m_state) && m_state != State::Waiting && isActive(state)) {
        // A new sync: retries of the same sync keep their counts.
        m_sent = m_toSend = m_received = m_refused = 0;
    }
    m_state = state;
    if (isActive(state))
        m_failed = false;
    if (state != State::Waiting)
        m_countdown->stop();
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

QString SyncStatusWidget::statusFor() const
{
    switch (m_state) {
    case State::Pushing:
        if (m_toSend <= 0)
            return tr("Sending your changes…");
        //: %1 changes of %n sent so far: "Sending… 2 of 5 changes sent".
        return tr("Sending… %1 of %n change(s) sent", nullptr, int(m_toSend))
            .arg(QLocale().toString(m_sent));
    case State::Pulling:
    case State::Applying:
        if (m_received <= 0)
            return tr("Checking for new content…");
        return tr("Receiving… %n record(s) received", nullptr, int(m_received));
    case State::Verifying:
        return tr("Comparing this computer's copy with the server…");
    case State::Waiting: {
        const int seconds = int(std::max<qint64>(1, (m_retryAt.remainingTime() + 999) / 1000));
        if (m_error.code == Core::ErrorCode::Network)
            return tr("Offline — trying again in %n second(s)", nullptr, seconds);
        return tr("The server is not answering — trying again in %n second(s)", nullptr, seconds);
    }
    case State::Idle:
    case State::Failed:
        break;
    }
    if (m_failed && m_error.code == Core::ErrorCode::Network)
        return tr("Offline — changes are kept on this computer");
    if (m_failed)
        return tr("Sync failed: %1").arg(errorText(m_error));
    return idleText();
}

QString SyncStatusWidget::idleText() const
{
    QString last;
    if (m_store->isOpen()) {
        if (const auto v = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
            last = *v;
    }
    const QDateTime when = RecordText::parseDateTime(last);
    if (!when.isValid())
        return tr("Not synced yet");
    const QString time = when.date() == QDate::currentDate()
                             ? QLocale().toString(when.time(), QLocale::ShortFormat)
                             : QLocale().toString(when, QLocale::ShortFormat);
    if (m_refused > 0) {
        //: After a sync in which the server refused some changes; they are listed on the Sync page.
        return tr("Synced at %1 — %n change(s) refused, see Sync", nullptr, int(m_refused))
            .arg(time);
    }
    return tr("Synced at %1").arg(time);
}

void SyncStatusWidget::updateStatus()
{
    const bool active = isActive(m_state);
    if (m_state == State::Pushing && m_toSend > 0) {
        m_busy->setRange(0, int(m_toSend));
        m_busy->setValue(int(m_sent));
    } else {
        m_busy->setRange(0, 0);
    }
    m_busy->setVisible(active);
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
