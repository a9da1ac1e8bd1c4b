#include "syncsettings.h"

#include "syncstaterepository.h"

namespace Sync {

using namespace Qt::StringLiterals;

namespace {

const QString ModeKey = u"schedule_mode"_s;
const QString MeteredKey = u"schedule_treat_as_metered"_s;
const QString DailyKey = u"schedule_daily_budget"_s;
const QString MonthlyKey = u"schedule_monthly_budget"_s;
const QString WindowKey = u"schedule_window"_s; // "22:00-06:00", or empty
const QString QuotaKey = u"schedule_storage_quota"_s;
const QString PrefetchKey = u"schedule_prefetch"_s;

QString modeName(SyncSettings::Mode mode)
{
    switch (mode) {
    case SyncSettings::Mode::UnmeteredOnly:
        return u"unmetered"_s;
    case SyncSettings::Mode::Manual:
        return u"manual"_s;
    case SyncSettings::Mode::Automatic:
        break;
    }
    return u"automatic"_s;
}

QString read(const Core::SyncStateRepository &state, const QString &key)
{
    const Core::Result<QString> v = state.value(key);
    return v ? *v : QString();
}

} // namespace

bool SyncSettings::inWindow(const QTime &time) const
{
    if (!useWindow || windowStart == windowEnd)
        return true;
    if (windowStart < windowEnd)
        return time >= windowStart && time < windowEnd;
    return time >= windowStart || time < windowEnd; // past midnight
}

SyncSettings SyncSettings::load(const Core::SyncStateRepository &state)
{
    SyncSettings s;
    const QString mode = read(state, ModeKey);
    if (mode == modeName(Mode::UnmeteredOnly))
        s.mode = Mode::UnmeteredOnly;
    else if (mode == modeName(Mode::Manual))
        s.mode = Mode::Manual;
    s.treatAsMetered = read(state, MeteredKey) == u"1";
    s.dailyBudget = std::max<qint64>(0, read(state, DailyKey).toLongLong());
    s.monthlyBudget = std::max<qint64>(0, read(state, MonthlyKey).toLongLong());
    if (const QString quota = read(state, QuotaKey); !quota.isEmpty())
        s.storageQuota = std::max<qint64>(0, quota.toLongLong());
    s.prefetch = read(state, PrefetchKey) != u"0";
    const QStringList window = read(state, WindowKey).split(u'-');
    if (window.size() == 2) {
        const QTime start = QTime::fromString(window[0], u"HH:mm"_s);
        const QTime end = QTime::fromString(window[1], u"HH:mm"_s);
        if (start.isValid() && end.isValid()) {
            s.useWindow = true;
            s.windowStart = start;
            s.windowEnd = end;
        }
    }
    return s;
}

Core::Status SyncSettings::save(Core::SyncStateRepository &state) const
{
    const QString window =
        useWindow ? windowStart.toString(u"HH:mm"_s) + u'-' + windowEnd.toString(u"HH:mm"_s)
                  : QString();
    for (const auto &[key, value] :
         {std::pair{ModeKey, modeName(mode)},
          std::pair{MeteredKey, QString::number(treatAsMetered)},
          std::pair{DailyKey, QString::number(dailyBudget)},
          std::pair{MonthlyKey, QString::number(monthlyBudget)}, std::pair{WindowKey, window},
          std::pair{QuotaKey, QString::number(storageQuota)},
          std::pair{PrefetchKey, QString::number(prefetch)}}) {
        if (Core::Status s = state.setValue(key, value); !s)
            return s;
    }
    return {};
}

} // namespace Sync
