#pragma once

#include "syncsettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Sync {
class SyncScheduler;
}

namespace Ui {

// "When to sync" on the Sync page: automatically, only on unmetered
// connections, or only on demand; "treat this connection as metered" (with
// what the system itself says); a daily and a monthly data budget; the
// hours large downloads may run in; whether attached files are fetched ahead,
// and how much of them this computer keeps. Each change applies at once (kept in
// the replica by the scheduler); a failure to keep it is said below.
//
// Thread: the GUI thread. The scheduler is not owned.
class SyncSettingsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsPanel)

public:
    explicit SyncSettingsPanel(QWidget *parent = nullptr);

    void setScheduler(Sync::SyncScheduler *scheduler);
    QWidget *firstControl() const;
    QWidget *lastControl() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void apply();
    void updateNetworkNote();
    void retranslateUi();

    Sync::SyncScheduler *m_scheduler = nullptr;
    bool m_loading = false;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QCheckBox *m_metered;
    QLabel *m_networkNote;
    QLabel *m_dailyLabel;
    QSpinBox *m_daily;
    QLabel *m_monthlyLabel;
    QSpinBox *m_monthly;
    QCheckBox *m_window;
    QTimeEdit *m_windowStart;
    QLabel *m_windowAnd;
    QTimeEdit *m_windowEnd;
    QCheckBox *m_prefetch;
    QLabel *m_quotaLabel;
    QSpinBox *m_quota;
    QLabel *m_message;
};

} // namespace Ui
