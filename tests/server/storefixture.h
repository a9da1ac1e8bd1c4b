#pragma once

// What the store suites (tst_server_store, tst_server_migrations) share: a
// fresh store of the suite's kind (a SQLite file, or a new PostgreSQL
// database of the test cluster), a scalar query, the schema version, and
// records to write.
#include "record.h"
#include "serverstore.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace TestCommon {

class StoreFixture : public QObject
{
protected:
    using QObject::QObject;

    QTemporaryDir m_dir;
    TestCommon::TestStore m_kind = TestCommon::testStoreFromEnvironment();
    std::vector<std::unique_ptr<TestCommon::TestDatabase>> m_databases; // dropped at the end

    // A new, empty store of the suite's kind: a SQLite file in m_dir, or a
    // fresh PostgreSQL database.
    Server::StoreLocation freshLocation(const QString &name)
    {
        if (m_kind == TestCommon::TestStore::Sqlite)
            return Server::StoreLocation::sqlite(m_dir.filePath(name + QStringLiteral(".sqlite")));
        auto database = std::make_unique<TestCommon::TestDatabase>();
        if (!database->isValid())
            qFatal("%s", qPrintable(database->errorString()));
        const auto url = Server::PostgresUrl::parse(database->url());
        if (!url)
            qFatal("%s", qPrintable(url.error().detail));
        m_databases.push_back(std::move(database));
        return Server::StoreLocation::postgresql(*url);
    }

    static int scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    int schemaVersion(const QSqlDatabase &db) const
    {
        return scalar(db, m_kind == TestCommon::TestStore::Sqlite
                              ? QStringLiteral("PRAGMA user_version")
                              : QStringLiteral("SELECT version FROM schema_version"));
    }

    // A record of `entity` with `fields`, written by "tester".
    static Core::Record make(QLatin1StringView entity, QJsonObject fields,
                             QString id = Core::newRecordId())
    {
        Core::Record r;
        r.entity = QString(entity);
        r.id = std::move(id);
        r.fields = std::move(fields);
        r.updatedBy = QStringLiteral("tester");
        return r;
    }
};

} // namespace TestCommon
