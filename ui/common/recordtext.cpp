#include "recordtext.h"

#include "plandocument.h"
#include "teamscope.h"

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
    // Older names read as the statuses the app writes.
    const QString status = Editing::PlanDocument::canonicalStatus(key);
    if (status == u"not_started")
        return tr("Not started");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"done")
        return tr("Done");
    if (status == u"delayed")
        return tr("Delayed");
    if (status == u"dropped")
        return tr("Dropped");
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
    if (key == u"under_review")
        return tr("Under review");
    if (key == u"approved" || key == u"accepted")
        return tr("Approved");
    if (key == u"changes_requested" || key == u"revision_requested")
        return tr("Changes requested");
    return humanize(key);
}

QString RecordText::decision(const QString &key)
{
    if (key == u"approved" || key == u"accepted")
        return tr("Approved");
    if (key == u"changes_requested" || key == u"revision_requested")
        return tr("Changes requested");
    return humanize(key);
}

QStringList RecordText::scores(const Core::Rubric &rubric, const QJsonValue &scores)
{
    const QLocale locale;
    QStringList lines;
    for (const Core::Rubric::Score &score : rubric.scoresOf(scores)) {
        //: A review's score of a criterion: "Clarity of the challenge: 3 of 4".
        lines << tr("%1: %2 of %3")
                     .arg(score.title.isEmpty() ? fieldName(score.id) : score.title,
                          locale.toString(score.score), locale.toString(Core::Rubric::MaxScore));
    }
    return lines;
}

QString RecordText::languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString base = code.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (I18n::LanguageManager::availableLanguages().contains(base))
        return I18n::LanguageManager::nativeName(base);
    // Any other language by its own name too ("Kiswahili", "Deutsch").
    const QLocale::Language language = QLocale(base).language();
    if (language == QLocale::C)
        return code;
    const QString native = QLocale(language).nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(language) : native;
}

QString RecordText::roleName(const QString &key)
{
    if (key == u"member")
        return tr("Member");
    if (key == u"facilitator")
        return tr("Facilitator");
    if (key == u"admin")
        return tr("Administrator");
    return humanize(key);
}

QString RecordText::planChanges(const QStringList &sections, int added, int changed, int removed)
{
    QStringList parts;
    for (const QString &f : sections)
        parts << fieldName(f);
    if (added)
        parts << tr("%n activities added", nullptr, added);
    if (changed)
        parts << tr("%n activities changed", nullptr, changed);
    if (removed)
        parts << tr("%n activities removed", nullptr, removed);
    return parts.isEmpty() ? tr("Nothing changed since the previous submission.")
                           : tr("Changed since the previous submission: %1.")
                                 .arg(QLocale().createSeparatedList(parts));
}

QString RecordText::notSet()
{
    //: Shown in place of a value that is not set.
    return tr("Not set");
}

QString RecordText::entityName(QStringView entity)
{
    static const QHash<QString, const char *> names = {
        {u"member"_s, QT_TR_NOOP("Member")},
        {u"course"_s, QT_TR_NOOP("Course")},
        {u"module"_s, QT_TR_NOOP("Module")},
        {u"lesson"_s, QT_TR_NOOP("Lesson")},
        {u"enrollment"_s, QT_TR_NOOP("Enrollment")},
        {u"lesson_progress"_s, QT_TR_NOOP("Lesson progress")},
        {u"seminar"_s, QT_TR_NOOP("Seminar")},
        {u"seminar_participant"_s, QT_TR_NOOP("Seminar participation")},
        {u"thread"_s, QT_TR_NOOP("Thread")},
        {u"post"_s, QT_TR_NOOP("Post")},
        {u"program"_s, QT_TR_NOOP("Program")},
        {u"team"_s, QT_TR_NOOP("Team")},
        {u"action_plan"_s, QT_TR_NOOP("Action plan")},
        {u"activity"_s, QT_TR_NOOP("Activity")},
        {u"submission"_s, QT_TR_NOOP("Submission")},
        {u"review"_s, QT_TR_NOOP("Review")},
        {u"results_report"_s, QT_TR_NOOP("Results report")},
        {u"conflict"_s, QT_TR_NOOP("Conflict")},
    };
    if (const char *name = names.value(entity.toString()))
        return tr(name);
    return humanize(entity.toString());
}

QString RecordText::fieldName(QStringView field)
{
    static const QHash<QString, const char *> names = {
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"body"_s, QT_TR_NOOP("Text")},
        {u"summary"_s, QT_TR_NOOP("Summary")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"display_name"_s, QT_TR_NOOP("Name")},
        {u"username"_s, QT_TR_NOOP("User name")},
        {u"country"_s, QT_TR_NOOP("Country")},
        {u"organisation"_s, QT_TR_NOOP("Organisation")},
        {u"position"_s, QT_TR_NOOP("Position")},
        {u"languages"_s, QT_TR_NOOP("Languages")},
        {u"language"_s, QT_TR_NOOP("Language")},
        {u"bio"_s, QT_TR_NOOP("About")},
        {u"members"_s, QT_TR_NOOP("Members")},
        {u"facilitators"_s, QT_TR_NOOP("Facilitators")},
        {u"coach_id"_s, QT_TR_NOOP("Coach")},
        {u"starts_on"_s, QT_TR_NOOP("Start")},
        {u"ends_on"_s, QT_TR_NOOP("End")},
        {u"challenge"_s, QT_TR_NOOP("Challenge")},
        {u"vision"_s, QT_TR_NOOP("Vision")},
        {u"measurable_result"_s, QT_TR_NOOP("Measurable result")},
        {u"current_situation"_s, QT_TR_NOOP("Current situation")},
        {u"root_causes"_s, QT_TR_NOOP("Root causes")},
        {u"priority_actions"_s, QT_TR_NOOP("Priority actions")},
        {u"what"_s, QT_TR_NOOP("Activity")},
        {u"responsible_id"_s, QT_TR_NOOP("Responsible")},
        {u"resources"_s, QT_TR_NOOP("Resources")},
        {u"indicator"_s, QT_TR_NOOP("Indicator")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"scores"_s, QT_TR_NOOP("Scores")},
        {u"comment"_s, QT_TR_NOOP("Comment")},
        {u"decision"_s, QT_TR_NOOP("Decision")},
        {u"baseline"_s, QT_TR_NOOP("Baseline")},
        {u"target"_s, QT_TR_NOOP("Target")},
        {u"period"_s, QT_TR_NOOP("Period")},
        {u"actual"_s, QT_TR_NOOP("Actual value")},
        {u"attachments"_s, QT_TR_NOOP("Attached files")},
    };
    if (const char *name = names.value(field.toString()))
        return tr(name);
    QString text = humanize(field.toString());
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString RecordText::title(QStringView entity, const QJsonObject &fields)
{
    QStringList candidates = {u"title"_s,        u"what"_s,     u"name"_s,
                              u"display_name"_s, u"username"_s, u"indicator"_s};
    if (entity == u"action_plan")
        candidates = {u"challenge"_s, u"vision"_s};
    candidates << u"body"_s << u"comment"_s << u"description"_s;
    for (const QString &field : std::as_const(candidates)) {
        const QString text = fields.value(field).toString().trimmed();
        if (!text.isEmpty())
            return elide(text.section(u'\n', 0, 0).trimmed(), 60);
    }
    return {};
}

QString RecordText::recordLabel(QStringView entity, const QString &title)
{
    if (title.isEmpty())
        return entityName(entity);
    //: A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your
    //: language.
    return tr("%1 “%2”").arg(entityName(entity), title);
}

QString RecordText::elide(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    return text.left(length - 1).trimmed() + u'…';
}

QStringList RecordText::memberIds(const QJsonValue &value)
{
    return Editing::memberIds(value);
}

QString RecordText::humanize(const QString &key)
{
    // A status this version does not know: show it readably rather than hide it.
    QString text = key;
    text.replace(u'_', u' ');
    return text;
}

QString RecordText::dataSize(qint64 bytes)
{
    const QLocale locale;
    constexpr double K = 1024.0;
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(std::max<qint64>(0, bytes)));
    const double kb = double(bytes) / K;
    if (kb < 1000)
        return tr("%1 KB").arg(locale.toString(kb, 'f', 0));
    const double mb = kb / K;
    if (mb < 1000)
        return tr("%1 MB").arg(locale.toString(mb, 'f', mb < 10 ? 1 : 0));
    const double gb = mb / K;
    return tr("%1 GB").arg(locale.toString(gb, 'f', gb < 10 ? 1 : 0));
}

QString RecordText::timeLeft(qint64 milliseconds)
{
    const qint64 minutes = (milliseconds + 30'000) / 60'000;
    if (minutes < 1)
        return tr("less than a minute");
    if (minutes < 90)
        return tr("about %n minute(s)", nullptr, int(minutes));
    return tr("about %n hour(s)", nullptr, int((minutes + 30) / 60));
}

} // namespace Ui
