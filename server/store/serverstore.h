#pragma once

#include "authorization.h"
#include "protocol.h"
#include "record.h"
#include "result.h"
#include "sqldialect.h"
#include "statementcache.h"
#include "writerqueue.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace Server {

class StoreWriter;

// The server's store: the change log of records with their authorization
// scopes (the accounts' tables are read and written through it too: see
// accounts/), on SQLite or PostgreSQL through QtSql (the
// differences are in sqldialect.h). Any thread may
// call it: each thread gets its own connection, opened on first use (QtSql
// connections belong to one thread). open() runs once, on the thread that
// owns the store, before any other call. Writes go through a StoreWriter.
class ServerStore final
{
public:
    explicit ServerStore(QString sqlitePath);
    explicit ServerStore(StoreLocation location);
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    static QString fileIn(const QString &dataDir); // <dataDir>/server.sqlite

    // Creates the file if needed (SQLite; a PostgreSQL database must exist)
    // and brings its schema up to date; refuses a
    // store written by a newer server (DatabaseTooNew).
    Core::Status open();

    SqlDialect dialect() const { return m_location.dialect; }
    const StoreLocation &location() const { return m_location; }

    // This thread's connection.
    Core::Result<QSqlDatabase> connection();
    // This thread's prepared statements, on its connection.
    Core::Result<StatementCache *> statements();

    // A write transaction on this thread's connection, already begun. A
    // writer waits its turn for at most WriteWait; then, and when another
    // process holds the database as long, the answer is Busy.
    Core::Result<std::unique_ptr<StoreWriter>> beginWrite();
    static constexpr std::chrono::milliseconds WriteWait{10'000};
    // A StoreWriter on this thread's connection that has not begun: its reads
    // run in autocommit mode, and writes are refused.
    Core::Result<std::unique_ptr<StoreWriter>> reader();

    Core::Result<bool> hasMembers();
    Core::Result<std::optional<Core::Record>> record(const QString &entity, const QString &id);

    // One statement outside any transaction, in its turn among the writers
    // (a sign-in's token); Busy past WriteWait.
    Core::Status writeAlone(const QString &sql, const QVariantList &values);

    Core::Result<Authorization::Visibility> visibilityOf(const QString &memberId);

    // The changes after `after` that `visibility` allows, oldest first, at
    // most `limit`. The cursor never goes back: a page that ends the log
    // carries the log's last seq so that invisible changes are not rescanned.
    Core::Result<Sync::Protocol::PullPage> pull(const Authorization::Visibility &visibility,
                                                qint64 after, int limit);
    // How pull() gives the records' fields: parsed, or as the store keeps
    // them (PullPage::storedFields), to be sent on without parsing, or not at
    // all (every record's fields empty): enough to know whether a page would
    // have more, which it has whenever the page without fields has more
    // (only a page's bytes of fields may end it sooner).
    enum class Fields { Parsed, Stored, Omitted };
    // The same, from a full pull position: scopes the member gained after the
    // position's `grantedAfter` are backfilled first (their records up to
    // `after`, in pages), then the log goes on after `after`.
    Core::Result<Sync::Protocol::PullPage> pull(const Authorization::Visibility &visibility,
                                                const Core::PullPosition &position, int limit,
                                                Fields form = Fields::Parsed);

    // What pulling from `position` would bring `visibility`: the changes
    // (the backfill of gained scopes, then the log) and their size on the
    // wire, estimated from their JSON. One aggregate query per part.
    Core::Result<Sync::Protocol::PullEstimate> estimate(const Authorization::Visibility &visibility,
                                                        const Core::PullPosition &position);

    // Per scope `visibility` allows: the count and hash of its live records.
    Core::Result<Sync::Protocol::DigestResponse>
    digest(const Authorization::Visibility &visibility);

private:
    Core::Result<QList<Authorization::GrantRow>> grantedTo(const QStringList &grantees);

    struct Connection {
        QString name;
        QSqlDatabase db;
        std::unique_ptr<StatementCache> statements;
    };
    Core::Result<Connection *> threadConnection();
    Core::Status reopen(Connection &c);

    StoreLocation m_location;
    quint64 m_instance = 0;
    QMutex m_connectionsMutex;
    std::vector<std::unique_ptr<Connection>> m_connections;
    // Writers of this process queue here before they ask the store for its
    // write lock, so that they wait their turn, first come first served,
    // rather than poll SQLite's busy handler (which sleeps up to 100 ms at a time).
    WriterQueue m_writers;
};

} // namespace Server
