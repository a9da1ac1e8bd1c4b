#include "recordtext.h"

#include "languagemanager.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Ui {

using namespace Qt::StringLiterals;

QDate RecordText::parseDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d;
}

QDateTime RecordText::parseDateTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toLocalTime() : QDateTime();
}

QString RecordText::date(const QString &iso)
{
    const QDate d = parseDate(iso);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString RecordText::dateTime(const QString &iso)
{
    const QDateTime dt = parseDateTime(iso);
    if (!dt.isValid())
        return date(iso);
    return QLocale().toString(dt, QLocale::ShortFormat);
}

QString RecordText::dateRange(const QString &startIso, const QString &endIso)
{
    const QString start = date(startIso);
    const QString end = date(endIso);
    if (start.isEmpty() || end.isEmpty())
        return start.isEmpty() ? end : start;
    //: A period of time, from a start date to an end date.
    return tr("%1 – %2").arg(start, end);
}

RecordText::SeminarPhase RecordText::seminarPhase(const QString &startIso, const QString &endIso,
                                                  const QDate &today)
{
    const QDate start = parseDate(startIso);
    const QDate end = parseDate(endIso);
    if (!start.isValid() && !end.isValid())
        return SeminarPhase::Unknown;
    if (start.isValid() && today < start)
        return SeminarPhase::Upcoming;
    if (end.isValid() && today > end)
        return SeminarPhase::Ended;
    return SeminarPhase::Ongoing;
}

QString RecordText::seminarPhaseText(SeminarPhase phase)
{
    switch (phase) {
    case SeminarPhase::Upcoming:
        return tr("Upcoming");
    case SeminarPhase::Ongoing:
        return tr("Ongoing");
    case SeminarPhase::Ended:
        return tr("Ended");
    case SeminarPhase::Unknown:
        break;
    }
    return {};
}

QString RecordText::activityStatus(const QString &key)
{
    if (key == u"planned" || key == u"not_started")
        return tr("Planned");
    if (key == u"in_progress" || key == u"ongoing")
        return tr("In progress");
    if (key == u"done" || key == u"completed")
        return tr("Done");
    if (key == u"delayed" || key == u"blocked")
        return tr("Delayed");
    if (key == u"cancelled")
        return tr("Cancelled");
    return humanize(key);
}

QString RecordText::submissionStatus(const QString &key)
{
    if (key == u"draft")
        return tr("Draft");
    if (key == u"submitted" || key == u"pending")
        return tr("Awaiting review");
    if (key == u"reviewed")
        return tr("Reviewed");
    if (key == u"approved")
        return tr("Approved");
    if (key == u"changes_requested")
        return tr("Changes requested");
    return humanize(key);
}

QString RecordText::decision(const QString &key)
{
    if (key == u"approved")
        return tr("Approved");
    if (key == u"changes_requested")
        return tr("Changes requested");
    return humanize(key);
}

QString RecordText::languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString base = code.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (I18n::LanguageManager::availableLanguages().contains(base))
        return I18n::LanguageManager::nativeName(base);
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

QString RecordText::notSet()
{
    //: Shown in place of a value that is not set.
    return tr("Not set");
}

QStringList RecordText::memberIds(const QJsonValue &value)
{
    QStringList ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            ids.append(v.toString());
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value("member_id"_L1).toString(o.value("id"_L1).toString());
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
}

QString RecordText::humanize(const QString &key)
{
    // A status this version does not know: show it readably rather than hide it.
    QString text = key;
    text.replace(u'_', u' ');
    return text;
}

} // namespace Ui
