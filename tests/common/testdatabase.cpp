#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace TestCommon {

using namespace Qt::StringLiterals;

namespace {

constexpr auto StoreVariable = "LEADERNET_TEST_STORE";
constexpr auto UrlVariable = "LEADERNET_TEST_POSTGRES_URL";

QUrl serverUrl()
{
    return QUrl(qEnvironmentVariable(UrlVariable), QUrl::StrictMode);
}

// A connection to `database` on the server of LEADERNET_TEST_POSTGRES_URL.
QSqlDatabase openOn(const QUrl &server, const QString &database, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(server.host());
    db.setPort(server.port(5432));
    db.setUserName(server.userName(QUrl::FullyDecoded));
    db.setPassword(server.password(QUrl::FullyDecoded));
    db.setDatabaseName(database);
    db.open();
    return db;
}

} // namespace

TestStore testStoreFromEnvironment()
{
    return qEnvironmentVariable(StoreVariable) == u"postgresql" ? TestStore::Postgres
                                                                : TestStore::Sqlite;
}

QString testStoreName(TestStore store)
{
    return store == TestStore::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

QString unavailableTestStore()
{
    if (testStoreFromEnvironment() != TestStore::Postgres)
        return {};
    if (qEnvironmentVariableIsEmpty(UrlVariable)) {
        return u"LEADERNET_TEST_STORE=postgresql, but LEADERNET_TEST_POSTGRES_URL is not set: run "
               "scripts/test.sh, or source scripts/postgres.sh and call pg_start"_s;
    }
    if (!serverUrl().isValid() || serverUrl().host().isEmpty())
        return u"LEADERNET_TEST_POSTGRES_URL is not a postgresql:// URL"_s;
    return {};
}

bool postgresRequired()
{
    return qEnvironmentVariable("LEADERNET_REQUIRE_POSTGRES") == u"1";
}

TestDatabase::TestDatabase()
    : m_server(serverUrl())
{
    if (m_server.host().isEmpty()) {
        m_error = u"LEADERNET_TEST_POSTGRES_URL is not set (or not a postgresql:// URL)"_s;
        return;
    }
    const QString name = u"leadernet_test_%1"_s.arg(
        qulonglong(QRandomGenerator::global()->generate64()), 16, 16, QChar(u'0'));
    const QString connection = u"testdatabase-create-"_s + name;
    {
        QSqlDatabase admin = openOn(m_server, m_server.path().mid(1), connection);
        if (!admin.isOpen()) {
            m_error = u"cannot connect to PostgreSQL at %1:%2: %3"_s.arg(m_server.host())
                          .arg(m_server.port(5432))
                          .arg(admin.lastError().text());
        } else {
            QSqlQuery q(admin);
            // The name is ours (hex digits), not user text.
            if (q.exec(u"CREATE DATABASE %1"_s.arg(name)))
                m_name = name;
            else
                m_error = u"CREATE DATABASE failed: %1"_s.arg(q.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    const QString connection = u"testdatabase-drop-"_s + m_name;
    {
        QSqlDatabase admin = openOn(m_server, m_server.path().mid(1), connection);
        QSqlQuery q(admin);
        if (!admin.isOpen() || !q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name)))
            qWarning("cannot drop the test database %s", qPrintable(m_name));
    }
    QSqlDatabase::removeDatabase(connection);
}

QString TestDatabase::url() const
{
    QUrl url = m_server;
    url.setPath(u'/' + m_name);
    return url.toString(QUrl::FullyEncoded);
}

QSqlDatabase TestDatabase::connect(const QString &connectionName) const
{
    return openOn(m_server, m_name, connectionName);
}

} // namespace TestCommon
