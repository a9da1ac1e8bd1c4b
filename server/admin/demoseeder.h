#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Server {

class ServerStore;

// One account the demo community got.
struct DemoAccount {
    QString memberId;
    QString username;
    QString displayName;
    QStringList roles;
};

// The demo community as records, built from the content JSON (format in
// resources/demo/community.json: people by username, dates as day offsets
// from `today`). Pure: no store, no I/O.
struct DemoCommunity {
    QList<Core::Record> records; // parents before children
    QList<DemoAccount> accounts;
};
Core::Result<DemoCommunity> buildDemoCommunity(const QByteArray &contentJson, QDate today);

// Fills an empty store with the demo community in one transaction; every
// member gets an account with `password`. Refuses (Invalid) a store that
// already has members. Runs on the calling thread; the store must be open.
class DemoSeeder final
{
public:
    explicit DemoSeeder(ServerStore &store);
    Q_DISABLE_COPY_MOVE(DemoSeeder)

    Core::Result<QList<DemoAccount>> seed(const QByteArray &contentJson, const QString &password,
                                          QDate today = QDate::currentDate());

private:
    ServerStore &m_store;
};

} // namespace Server
