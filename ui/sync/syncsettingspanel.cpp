#include "syncsettingspanel.h"

#include "errortext.h"
#include "networkstatus.h"
#include "syncscheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

namespace Ui {

using namespace Qt::StringLiterals;
using Mode = Sync::SyncSettings::Mode;

namespace {

constexpr qint64 MegaByte = 1024 * 1024;

QSpinBox *makeBudget(const QString &objectName, int maximum)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSingleStep(10);
    spin->setAccelerated(true);
    spin->setKeyboardTracking(false); // applied when typing ends, not at each digit
    return spin;
}

QTimeEdit *makeTime(const QString &objectName)
{
    auto *edit = new QTimeEdit;
    edit->setObjectName(objectName);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setKeyboardTracking(false);
    return edit;
}

} // namespace

SyncSettingsPanel::SyncSettingsPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_modeLabel(new QLabel)
    , m_mode(new QComboBox)
    , m_metered(new QCheckBox)
    , m_networkNote(new QLabel)
    , m_dailyLabel(new QLabel)
    , m_daily(makeBudget(u"dailyBudgetSpin"_s, 100'000))
    , m_monthlyLabel(new QLabel)
    , m_monthly(makeBudget(u"monthlyBudgetSpin"_s, 1'000'000))
    , m_window(new QCheckBox)
    , m_windowStart(makeTime(u"windowStartEdit"_s))
    , m_windowAnd(new QLabel)
    , m_windowEnd(makeTime(u"windowEndEdit"_s))
    , m_prefetch(new QCheckBox)
    , m_quotaLabel(new QLabel)
    , m_quota(makeBudget(u"storageQuotaSpin"_s, 1'000'000))
    , m_message(new QLabel)
{
    setObjectName(u"syncSettingsPanel"_s);
    m_mode->setObjectName(u"syncModeCombo"_s);
    m_metered->setObjectName(u"treatAsMeteredCheck"_s);
    m_window->setObjectName(u"downloadWindowCheck"_s);
    m_prefetch->setObjectName(u"prefetchCheck"_s);
    m_quota->setMinimum(10);
    m_quota->setSingleStep(100);
    m_quotaLabel->setBuddy(m_quota);
    m_networkNote->setObjectName(u"networkNote"_s);
    m_message->setObjectName(u"syncSettingsMessage"_s);
    m_networkNote->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    styleAsError(m_message);
    m_modeLabel->setBuddy(m_mode);
    m_dailyLabel->setBuddy(m_daily);
    m_monthlyLabel->setBuddy(m_monthly);
    m_windowAnd->setBuddy(m_windowEnd);

    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_metered);
    form->addRow(m_networkNote);
    form->addRow(m_dailyLabel, m_daily);
    form->addRow(m_monthlyLabel, m_monthly);
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(m_windowAnd);
    window->addWidget(m_windowEnd);
    window->addStretch(1);
    form->addRow(m_window);
    form->addRow(window);
    form->addRow(m_prefetch);
    form->addRow(m_quotaLabel, m_quota);
    form->addRow(m_message);

    setTabOrder(m_mode, m_metered);
    setTabOrder(m_metered, m_daily);
    setTabOrder(m_daily, m_monthly);
    setTabOrder(m_monthly, m_window);
    setTabOrder(m_window, m_windowStart);
    setTabOrder(m_windowStart, m_windowEnd);
    setTabOrder(m_windowEnd, m_prefetch);
    setTabOrder(m_prefetch, m_quota);

    connect(m_mode, &QComboBox::activated, this, &SyncSettingsPanel::apply);
    connect(m_metered, &QCheckBox::toggled, this, &SyncSettingsPanel::apply);
    connect(m_daily, &QSpinBox::valueChanged, this, &SyncSettingsPanel::apply);
    connect(m_monthly, &QSpinBox::valueChanged, this, &SyncSettingsPanel::apply);
    connect(m_window, &QCheckBox::toggled, this, &SyncSettingsPanel::apply);
    connect(m_windowStart, &QTimeEdit::timeChanged, this, &SyncSettingsPanel::apply);
    connect(m_windowEnd, &QTimeEdit::timeChanged, this, &SyncSettingsPanel::apply);
    connect(m_prefetch, &QCheckBox::toggled, this, &SyncSettingsPanel::apply);
    connect(m_quota, &QSpinBox::valueChanged, this, &SyncSettingsPanel::apply);
    retranslateUi();
    setEnabled(false);
}

void SyncSettingsPanel::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    setEnabled(scheduler);
    if (!scheduler)
        return;
    connect(scheduler->network(), &Sync::NetworkStatus::changed, this,
            &SyncSettingsPanel::updateNetworkNote);
    load();
}

QWidget *SyncSettingsPanel::firstControl() const
{
    return m_mode;
}

QWidget *SyncSettingsPanel::lastControl() const
{
    return m_quota;
}

void SyncSettingsPanel::load()
{
    if (!m_scheduler)
        return;
    m_loading = true;
    const Sync::SyncSettings &s = m_scheduler->settings();
    m_mode->setCurrentIndex(m_mode->findData(int(s.mode)));
    m_metered->setChecked(s.treatAsMetered);
    m_daily->setValue(int(s.dailyBudget / MegaByte));
    m_monthly->setValue(int(s.monthlyBudget / MegaByte));
    m_window->setChecked(s.useWindow);
    m_windowStart->setTime(s.windowStart);
    m_windowEnd->setTime(s.windowEnd);
    m_windowStart->setEnabled(s.useWindow);
    m_windowEnd->setEnabled(s.useWindow);
    m_prefetch->setChecked(s.prefetch);
    m_quota->setValue(int(std::min<qint64>(s.storageQuota / MegaByte, m_quota->maximum())));
    m_loading = false;
    updateNetworkNote();
}

void SyncSettingsPanel::apply()
{
    if (m_loading || !m_scheduler)
        return;
    Sync::SyncSettings s;
    s.mode = Mode(m_mode->currentData().toInt());
    s.treatAsMetered = m_metered->isChecked();
    s.dailyBudget = qint64(m_daily->value()) * MegaByte;
    s.monthlyBudget = qint64(m_monthly->value()) * MegaByte;
    s.useWindow = m_window->isChecked();
    s.windowStart = m_windowStart->time();
    s.windowEnd = m_windowEnd->time();
    s.prefetch = m_prefetch->isChecked();
    s.storageQuota = qint64(m_quota->value()) * MegaByte;
    m_windowStart->setEnabled(s.useWindow);
    m_windowEnd->setEnabled(s.useWindow);
    if (s == m_scheduler->settings())
        return;
    const Core::Status saved = m_scheduler->setSettings(s);
    m_message->setText(saved ? QString() : errorText(saved.error()));
    m_message->setVisible(!saved);
}

void SyncSettingsPanel::updateNetworkNote()
{
    if (!m_scheduler)
        return;
    const Sync::NetworkStatus *network = m_scheduler->network();
    QString note;
    if (!network->knowsMetered())
        note = tr("This computer cannot tell whether its connection is metered.");
    else if (network->isMetered())
        note = tr("This computer says its connection is metered.");
    else
        note = tr("This computer says its connection is not metered.");
    m_networkNote->setText(note);
    m_metered->setAccessibleDescription(note);
}

void SyncSettingsPanel::retranslateUi()
{
    setTitle(tr("When to sync"));
    m_modeLabel->setText(tr("&Sync:"));
    const QList<std::pair<Mode, QString>> modes{
        {Mode::Automatic, tr("Automatically")},
        {Mode::UnmeteredOnly, tr("Automatically, on unmetered connections only")},
        {Mode::Manual, tr("Only when I press Sync now")}};
    const int current = m_mode->currentIndex();
    m_mode->clear();
    for (const auto &[mode, text] : modes)
        m_mode->addItem(text, int(mode));
    m_mode->setCurrentIndex(current);
    m_metered->setText(tr("&Treat this connection as metered"));
    m_dailyLabel->setText(tr("Daily data &budget:"));
    m_monthlyLabel->setText(tr("&Monthly data budget:"));
    for (QSpinBox *spin : {m_daily, m_monthly}) {
        spin->setSuffix(tr(" MB"));
        spin->setSpecialValueText(tr("No budget"));
    }
    m_daily->setToolTip(tr("Large downloads wait once they would pass this; your own changes "
                           "are still sent."));
    m_monthly->setToolTip(m_daily->toolTip());
    m_window->setText(tr("Large downloads onl&y during these hours:"));
    m_windowAnd->setText(tr("to"));
    m_windowStart->setAccessibleName(tr("Large downloads from"));
    m_windowEnd->setAccessibleName(tr("Large downloads until"));
    m_prefetch->setText(tr("Fetch attached files ahead on unmetered connections"));
    m_prefetch->setToolTip(tr("Pictures and documents of your courses, plans and seminars are "
                              "fetched after each sync, so they open offline. Otherwise each is "
                              "fetched when you open it."));
    m_quotaLabel->setText(tr("Keep attached files up to:"));
    m_quota->setSuffix(tr(" MB"));
    m_quota->setToolTip(tr("Past this, the files opened longest ago are removed from this "
                           "computer (never one of yours not sent yet); they can be fetched "
                           "again."));
    updateNetworkNote();
    load();
}

void SyncSettingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace Ui
