#pragma once

#include "rubric.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Ui {

// Turns stored values (ISO dates, status keys, lists of member ids) into text
// for people, in the current default locale and UI language. Stateless.
class RecordText final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::RecordText)

public:
    enum class SeminarPhase { Unknown, Upcoming, Ongoing, Ended };

    static QDate parseDate(const QString &iso);
    static QDateTime parseDateTime(const QString &iso); // in local time
    // Short localized date / date and time; empty for an empty or bad value.
    static QString date(const QString &iso);
    static QString dateTime(const QString &iso);
    static QString dateRange(const QString &startIso, const QString &endIso);

    static SeminarPhase seminarPhase(const QString &startIso, const QString &endIso,
                                     const QDate &today);
    static QString seminarPhaseText(SeminarPhase phase);
    static QString activityStatus(const QString &key);
    static QString submissionStatus(const QString &key);
    static QString decision(const QString &key);
    static QString languageName(const QString &code);
    // A member's role ("facilitator") in words ("Facilitator").
    static QString roleName(const QString &key);
    // The text shown for a value that is not set.
    static QString notSet();
    // What changed in a plan between two submissions, as one sentence:
    // the sections by name, and how many activities were added, changed
    // and removed.
    static QString planChanges(const QStringList &sections, int added, int changed, int removed);

    // A kind of record in words ("Activity", "Action plan"); a field of a
    // record in words ("End", "Vision"). Unknown names are shown readably.
    static QString entityName(QStringView entity);
    static QString fieldName(QStringView field);
    // A short title of a record from its fields (its title, what, name, or
    // the first line of its text), at most about 60 characters; may be empty.
    static QString title(QStringView entity, const QJsonObject &fields);
    // "Activity “Train storekeepers”", or the kind alone without a title.
    static QString recordLabel(QStringView entity, const QString &title);

    // Member ids from a JSON list of ids, or of objects holding "member_id"
    // or "id".
    static QStringList memberIds(const QJsonValue &value);

    // A review's scores as the program's rubric names them, in its order,
    // one "Clarity of the challenge: 3 of 4" a criterion (a criterion the
    // rubric does not have is named from its key).
    static QStringList scores(const Core::Rubric &rubric, const QJsonValue &scores);

    // An amount of data as people read it: "820 bytes", "12 KB", "3.2 MB",
    // "1.4 GB" (1 KB = 1024 bytes), in the locale's digits.
    static QString dataSize(qint64 bytes);
    // A duration to wait: "less than a minute", "about 3 minutes", "about 2 hours".
    static QString timeLeft(qint64 milliseconds);

    // At most `length` characters, with an ellipsis when cut.
    static QString elide(const QString &text, int length);

private:
    static QString humanize(const QString &key);
};

} // namespace Ui
