#pragma once

#include "result.h"

#include <QAnyStringView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Core {

struct EntitySpec;

// One record of any entity: its identity, the server revision it is based on
// (0 for a record born here and not yet on the server) and its fields by name.
struct Record {
    QString entity;
    QString id; // a UUID made where the record is born
    qint64 revision = 0;
    QJsonObject fields;
    QString updatedAt; // ISO 8601, UTC
    QString updatedBy; // member id

    QString text(QStringView field) const { return fields.value(field).toString(); }

    friend bool operator==(const Record &, const Record &) = default;
};

// A record removed on the server.
struct Tombstone {
    QString entity;
    QString id;
    qint64 revision = 0;
};

// The longest text a field may hold (a long lesson is about 20,000).
inline constexpr qsizetype MaxTextLength = 200'000;
// Seminar writing: a post (about ten pages) and a thread's title.
inline constexpr int MaxPostLength = 20'000;
inline constexpr int MaxThreadTitleLength = 200;
// A member's profile: what the server's /profile route and a pushed member
// record are both held to.
inline constexpr int MaxDisplayNameLength = 100;
inline constexpr int MaxCountryLength = 100;
inline constexpr int MaxOrganisationLength = 200;
inline constexpr int MaxPositionLength = 200;
inline constexpr int MaxBioLength = 5'000;
inline constexpr int MaxLanguages = 20;
// "en", "pt", "fr-CA", "ara".
bool isLanguageCode(const QString &code);
// A member record as a member may write it: a name that is not blank, and
// languages as a list of at most MaxLanguages codes (the lengths are the
// schema's). Invalid with a sentence when not; other records pass.
Status checkProfile(const Record &record);
// The most characters `entity`.`field` may hold.
qsizetype maxLength(QAnyStringView entity, QAnyStringView field);

// Checks that `record` names a known entity, has a UUID and only fields of the
// right types, texts no longer than MaxTextLength. Unknown fields are refused so that nothing is
// silently dropped.
Status validateRecord(const Record &record);

QString newRecordId(); // a lowercase UUID without braces
QString nowUtc();      // ISO 8601 with milliseconds and Z

} // namespace Core
