#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Core {

enum class OutboxKind { Create, Patch, Delete };

QString outboxKindName(OutboxKind kind);

// One local change waiting to reach the server, in the order it was made.
struct OutboxEntry {
    qint64 position = 0; // assigned by the table: the order of local changes
    QString opId;        // client-made UUID: the server applies it at most once
    QString authorId;    // the member who made the change on this laptop
    QString entity;
    QString recordId;
    OutboxKind kind = OutboxKind::Patch;
    QJsonObject fields; // all fields for create, the changed ones for patch
    QJsonObject base;   // patch: the values `fields` replaced, as this replica had them
    qint64 baseRevision = 0;
    QString createdAt;
    bool rejected = false;
    QString error;       // the server's reason when rejected
    QString errorCode;   // and its code (\"forbidden\", \"closed\" …)
    QString firstSentAt; // when a push first carried it (empty: never sent, may still merge)
};

// The outbox table. Appends happen inside LocalStore's write transactions.
class OutboxRepository final
{
public:
    explicit OutboxRepository(QSqlDatabase db = {});

    Status append(const OutboxEntry &entry);
    // Replaces the fields, base and time of an entry never sent (a later edit
    // merged into it).
    Status merge(const OutboxEntry &entry);
    // Entries still to send, oldest first, optionally of one author.
    Result<QList<OutboxEntry>> pending(const QString &authorId = {}, int limit = -1) const;
    // At most `limit` entries still to send that come after `position`.
    Result<QList<OutboxEntry>> pendingAfter(qint64 position, int limit) const;
    // The newest entry of a record, if any.
    Result<std::optional<OutboxEntry>> latestForRecord(QAnyStringView entity,
                                                       const QString &recordId) const;
    // Notes that a push carries these entries now (the first time counts).
    Status markSent(const QStringList &opIds, const QString &at);
    Result<QList<OutboxEntry>> rejected() const;
    Result<QList<OutboxEntry>> forRecord(QAnyStringView entity, const QString &recordId) const;
    Result<QList<OutboxEntry>> byOpId(const QString &opId) const;
    Result<int> pendingCount() const;
    // "entity/id" of every record with an entry, pending or rejected.
    Result<QSet<QString>> recordKeys() const;
    static QString recordKey(QStringView entity, QStringView recordId);
    Status remove(const QString &opId);
    Status markRejected(const QString &opId, const QString &reason, const QString &code = {});
    Status markPending(const QString &opId);

private:
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &values,
                                      int limit = -1, bool descending = false) const;

    QSqlDatabase m_db;
};

} // namespace Core
