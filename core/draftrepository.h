#pragma once

#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

// What a person is typing and has not sent or could not save yet: a post
// being composed, a value that does not fit its field. Kept in the replica
// so a crash or a power cut loses no draft; never synced (drafts belong to
// this computer). Keyed by the editor's document key.
struct Draft {
    QString key;
    QJsonObject fields;
    QString authorId; // who was typing
    QString updatedAt;
};

class DraftRepository final
{
public:
    explicit DraftRepository(QSqlDatabase db = {});

    Result<std::optional<Draft>> get(const QString &key) const;
    Status put(const Draft &draft);
    Status remove(const QString &key);
    // The keys of the drafts that start with `prefix` (the reviews being
    // written: "review:").
    Result<QStringList> keys(const QString &prefix) const;

private:
    QSqlDatabase m_db;
};

} // namespace Core
