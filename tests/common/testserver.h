#pragma once

#include "testdatabase.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class QProcess;
class QSqlDatabase;

namespace TestCommon {

// A real leadernet-server process for tests: a fresh store, the demo
// community seeded with a
// known password, and `serve` on a free loopback port. Also synchronous HTTP
// helpers that spin a local event loop (tests only). Lives on the test's main
// thread; stop() or the destructor ends the process (SIGTERM, then kill).
//
// The store is SQLite in a fresh data directory (QTemporaryDir, removed with
// the object) or, with TestStore::Postgres (the default when
// LEADERNET_TEST_STORE=postgresql), a fresh PostgreSQL database (a
// TestDatabase, dropped with the object). Pass storeArguments() to the
// server binary instead of --data DIR.
class TestServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView DefaultPassword{"demo-password-1"};

    // An HTTP answer: status 0 when there was none (see networkError).
    struct Reply {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lowercase
        QString networkError;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;  // the body as an object ({} if it is not one)
        QString errorCode() const; // json()["error"]["code"]
    };

    // One finished run of the server binary.
    struct RunResult {
        bool finished = false; // false: did not start or timed out (then killed)
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // A second server on the store of `server` (which must outlive it).
    struct SameStoreAs {
        const TestServer &server;
    };

    explicit TestServer(QObject *parent = nullptr); // testStoreFromEnvironment()
    explicit TestServer(TestStore store, QObject *parent = nullptr);
    explicit TestServer(SameStoreAs shared, QObject *parent = nullptr);
    ~TestServer() override;
    Q_DISABLE_COPY_MOVE(TestServer)

    // `seed-demo --password password [--content contentFile]`, then serve().
    // False on failure, with errorString() saying why.
    bool start(const QString &password = QString(DefaultPassword), const QString &contentFile = {});

    // `serve --listen 127.0.0.1:0` on dataDir() as it is; waits for the
    // "listening on" line.
    bool serve();
    // More arguments for `serve` (e.g. --tls-cert/--tls-key), from the next serve().
    void setServeArguments(const QStringList &arguments) { m_serveArguments = arguments; }

    // SIGTERM, wait up to 15 s, then kill. The exit code, or -1 when it crashed
    // or had to be killed (or was not running).
    int stop();

    bool isRunning() const;
    // The serving process's id (0 when none).
    qint64 processId() const;
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir; } // SQLite only
    TestStore store() const { return m_store; }
    QString storeName() const { return testStoreName(m_store); }
    // {"--data", DIR} or {"--database", URL}.
    QStringList storeArguments() const { return m_storeArguments; }
    // A new connection to the store, to look inside (read only on SQLite);
    // remove it with QSqlDatabase::removeDatabase(connectionName).
    QSqlDatabase openStore(const QString &connectionName) const;
    QString password() const { return m_password; }
    QString errorString() const { return m_error; }
    QByteArray seedOutput() const { return m_seedOutput; }

    // Runs the server binary with `arguments` (stdin gets `input`).
    static RunResult run(const QStringList &arguments, const QByteArray &input = {},
                         int timeoutMs = 180000);

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // `pathAndQuery` is relative to url(), e.g. "/api/v1/sync/pull?after=0".
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const Headers &headers = {}, int timeoutMs = 60000);
    Reply get(const QString &pathAndQuery, const QString &token = {});
    Reply post(const QString &pathAndQuery, const QByteArray &body, const QString &token = {});

    // Signs in; the bearer token, or empty on failure. An empty password
    // means password().
    QString login(const QString &username, const QString &password = {});

    // `leadernet-server activation-tokens` on this store: user name -> a
    // fresh token, for every registration waiting for activation.
    QHash<QString, QString> activationTokens() const;
    // `leadernet-server reset-tokens NAME` on this store: a fresh password
    // reset token for `username` (empty on failure), and the whole output.
    QString resetToken(const QString &username, QString *output = nullptr) const;

    // Every change the token's member may pull, page by page from cursor 0
    // (the "changes" objects of each page, in order). Empty when a page fails;
    // `ok` says whether all pages succeeded.
    QList<QJsonObject> pullAll(const QString &token, int pageSize = 1000, bool *ok = nullptr);
    // The records the token's member may pull now, by "entity/id" (the last
    // change of each, deleted ones left out).
    QHash<QString, QJsonObject> records(const QString &token);

    // Inflates a gzip body (empty on error), to check compressed answers.
    static QByteArray gunzip(const QByteArray &data);

private:
    QTemporaryDir m_dir;
    TestStore m_store = TestStore::Sqlite;
    std::shared_ptr<TestDatabase> m_database; // PostgreSQL; shared with SameStoreAs
    QString m_dataDir;
    QStringList m_storeArguments;
    QStringList m_serveArguments;
    QString m_password;
    QString m_storeError; // why there is no store
    QString m_error;
    QByteArray m_seedOutput;
    QUrl m_url;
    QProcess *m_process = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace TestCommon
