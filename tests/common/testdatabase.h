#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QSqlDatabase;

namespace TestCommon {

// The store a test runs against. LEADERNET_TEST_STORE=postgresql picks
// PostgreSQL (ctest registers each server suite twice, `tst_x` and
// `tst_x_postgres`); anything else is SQLite.
enum class TestStore { Sqlite, Postgres };

TestStore testStoreFromEnvironment();
QString testStoreName(TestStore store); // "sqlite" or "postgresql", as /health says

// Why the store the environment asks for cannot be used, or empty when it
// can. PostgreSQL needs LEADERNET_TEST_POSTGRES_URL (scripts/test.sh starts a
// throwaway cluster and sets it).
QString unavailableTestStore();

// True when a missing PostgreSQL must fail the test rather than skip it
// (LEADERNET_REQUIRE_POSTGRES=1, set by scripts/test.sh).
bool postgresRequired();

// A fresh PostgreSQL database for one test object: CREATE DATABASE
// leadernet_test_<random> through the server given by
// LEADERNET_TEST_POSTGRES_URL, dropped (with its connections) by the
// destructor. Main thread only.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isValid() const { return !m_name.isEmpty(); }
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }
    // postgresql://USER:PASSWORD@HOST:PORT/<name>, for --database.
    QString url() const;

    // A new QPSQL connection to the database (check isOpen()); remove it with
    // QSqlDatabase::removeDatabase(connectionName) when done.
    QSqlDatabase connect(const QString &connectionName) const;

private:
    QUrl m_server;
    QString m_name;
    QString m_error;
};

} // namespace TestCommon

// In initTestCase: skips the suite when its store is not available, or fails
// it when scripts/test.sh said PostgreSQL must be there.
#define LEADERNET_REQUIRE_TEST_STORE()                                                             \
    do {                                                                                           \
        const QString why_ = TestCommon::unavailableTestStore();                                   \
        if (!why_.isEmpty()) {                                                                     \
            if (TestCommon::postgresRequired())                                                    \
                QFAIL(qPrintable(why_));                                                           \
            QSKIP(qPrintable(why_));                                                               \
        }                                                                                          \
    } while (false)
