#pragma once

#include "attachmentref.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Server {

class ServerStore;

// One account the demo community got.
struct DemoAccount {
    QString memberId;
    QString username;
    QString displayName;
    QStringList roles;
};

// A file of the demo content (a lesson's picture), and its bytes.
struct DemoFile {
    Core::AttachmentRef ref;
    QByteArray bytes;
};

// The bytes of the content's file `name` (nullopt: there is none).
using DemoFileReader = std::function<std::optional<QByteArray>(const QString &name)>;

// The demo community as records, built from the content JSON (format in
// resources/demo/community.json: people by username, dates as day offsets
// from `today`). A lesson's "files" (names `readFile` knows) become its
// attachments, and its body's links to them ](NAME) become
// ](attachment:SHA256). Pure: no store, no I/O but `readFile`.
struct DemoCommunity {
    QList<Core::Record> records; // parents before children
    QList<DemoAccount> accounts;
    QList<DemoFile> files; // each once
};
Core::Result<DemoCommunity> buildDemoCommunity(const QByteArray &contentJson, QDate today,
                                               const DemoFileReader &readFile = {});

// Fills an empty store with the demo community in one transaction; every
// member gets an account with `password`. Refuses (Invalid) a store that
// already has members. Runs on the calling thread; the store must be open.
class DemoSeeder final
{
public:
    explicit DemoSeeder(ServerStore &store);
    Q_DISABLE_COPY_MOVE(DemoSeeder)

    Core::Result<QList<DemoAccount>> seed(const QByteArray &contentJson, const QString &password,
                                          QDate today = QDate::currentDate(),
                                          const DemoFileReader &readFile = {});

private:
    ServerStore &m_store;
};

} // namespace Server
