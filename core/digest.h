#pragma once

#include "record.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Core {

// What a set of records of one scope comes to: how many, and a hash of their
// ids, revisions and field values. The server sends one per scope a member
// may see; the client computes the same from its replica; equal digests mean
// the replica holds exactly the server's records (`leadernet-sync verify`).
struct ScopeDigest {
    qint64 count = 0;
    QString hash; // hex SHA-256

    friend bool operator==(const ScopeDigest &, const ScopeDigest &) = default;
};

class DigestBuilder final
{
public:
    void add(const QString &scope, const Record &record);
    // scope -> digest, for every scope that was given a record.
    QMap<QString, ScopeDigest> result() const;

    // The line a record adds: entity, id, revision and a hash of its fields in
    // schema order, where a missing field and null are the same.
    static QByteArray line(const Record &record);

private:
    QMap<QString, QList<QByteArray>> m_lines;
};

} // namespace Core
