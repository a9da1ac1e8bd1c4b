#include "testserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTimer>

#include <zlib.h>

#include <csignal>
#include <sys/prctl.h>

namespace TestCommon {

using namespace Qt::StringLiterals;

namespace {

QString serverBinary()
{
    return QStringLiteral(LEADERNET_SERVER_BIN);
}

} // namespace

QJsonObject TestServer::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString TestServer::Reply::errorCode() const
{
    return json().value("error"_L1).toObject().value("code"_L1).toString();
}

TestServer::TestServer(QObject *parent)
    : TestServer(testStoreFromEnvironment(), parent)
{}

TestServer::TestServer(TestStore store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
{
    if (store == TestStore::Postgres) {
        m_database = std::make_shared<TestDatabase>();
        if (!m_database->isValid())
            m_storeError = m_database->errorString();
        m_storeArguments = {u"--database"_s, m_database->url()};
    } else {
        if (!m_dir.isValid())
            m_storeError = u"no temporary directory: %1"_s.arg(m_dir.errorString());
        m_dataDir = m_dir.path();
        m_storeArguments = {u"--data"_s, m_dataDir};
    }
}

TestServer::TestServer(SameStoreAs shared, QObject *parent)
    : QObject(parent)
    , m_store(shared.server.m_store)
    , m_database(shared.server.m_database)
    , m_dataDir(shared.server.m_dataDir)
    , m_storeArguments(shared.server.m_storeArguments)
    , m_nam(new QNetworkAccessManager(this))
{
    m_storeError = shared.server.m_storeError;
    m_password = shared.server.m_password;
}

TestServer::~TestServer()
{
    stop();
}

TestServer::RunResult TestServer::run(const QStringList &arguments, const QByteArray &input,
                                      int timeoutMs)
{
    RunResult result;
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool TestServer::start(const QString &password, const QString &contentFile)
{
    if (!m_storeError.isEmpty()) {
        m_error = m_storeError;
        return false;
    }
    m_password = password;
    QStringList args = QStringList{u"seed-demo"_s} + m_storeArguments;
    args << u"--password"_s << password;
    if (!contentFile.isEmpty())
        args << u"--content"_s << contentFile;
    const RunResult seeded = run(args);
    m_seedOutput = seeded.out;
    if (!seeded.finished || seeded.exitCode != 0) {
        m_error = u"seed-demo failed (exit %1): %2"_s.arg(seeded.exitCode)
                      .arg(QString::fromUtf8(seeded.err));
        return false;
    }
    return serve();
}

bool TestServer::serve()
{
    stop();
    if (!m_storeError.isEmpty()) {
        m_error = m_storeError;
        return false;
    }
    m_process = new QProcess(this);
    // Server logs go to the test's stderr, where a failure can be read.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A test that crashes takes its server with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(serverBinary(), QStringList{u"serve"_s} + m_storeArguments +
                                         QStringList{u"--listen"_s, u"127.0.0.1:0"_s} +
                                         m_serveArguments);
    if (!m_process->waitForStarted(30000)) {
        m_error = u"cannot start the server: %1"_s.arg(m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(u"^leadernet-server listening on (https?://\\S+)$"_s,
                                              QRegularExpression::MultilineOption);
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            m_error = u"the server ended before listening (exit %1)"_s.arg(m_process->exitCode());
            return false;
        }
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    m_error = u"the server did not say where it listens: %1"_s.arg(QString::fromUtf8(output));
    return false;
}

int TestServer::stop()
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        } else if (m_process->exitStatus() == QProcess::NormalExit) {
            code = m_process->exitCode();
        }
    } else if (m_process->exitStatus() == QProcess::NormalExit) {
        code = m_process->exitCode();
    }
    delete m_process;
    m_process = nullptr;
    return code;
}

QSqlDatabase TestServer::openStore(const QString &connectionName) const
{
    if (m_database)
        return m_database->connect(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(m_dataDir + u"/server.sqlite"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    db.open();
    return db;
}

qint64 TestServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

TestServer::Reply TestServer::request(const QByteArray &method, const QString &pathAndQuery,
                                      const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(m_url.resolved(QUrl(pathAndQuery)));
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    // QtNetwork reads a custom "HEAD" as a request whose answer has a body.
    QNetworkReply *reply =
        method == "HEAD" ? m_nam->head(request) : m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();

    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

TestServer::Reply TestServer::get(const QString &pathAndQuery, const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toUtf8()});
    return request("GET", pathAndQuery, {}, headers);
}

TestServer::Reply TestServer::post(const QString &pathAndQuery, const QByteArray &body,
                                   const QString &token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toUtf8()});
    return request("POST", pathAndQuery, body, headers);
}

QHash<QString, QString> TestServer::activationTokens() const
{
    const RunResult result = run(QStringList{u"activation-tokens"_s} + m_storeArguments);
    if (result.exitCode != 0)
        qWarning("activation-tokens: %s", result.err.constData());
    QHash<QString, QString> tokens;
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n')) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (line.startsWith(u"  "_s) && words.size() >= 3 && words.constFirst() != u"username")
            tokens.insert(words.constFirst(), words.constLast());
    }
    return tokens;
}

QString TestServer::resetToken(const QString &username, QString *output) const
{
    const RunResult result = run(QStringList{u"reset-tokens"_s} + m_storeArguments << username);
    if (output)
        *output = QString::fromUtf8(result.out + result.err);
    const QRegularExpression tokenLine(u"^  ([A-Za-z0-9_-]{43})$"_s,
                                       QRegularExpression::MultilineOption);
    return tokenLine.match(QString::fromUtf8(result.out)).captured(1);
}

QString TestServer::login(const QString &username, const QString &password)
{
    const QJsonObject body{{u"username"_s, username},
                           {u"password"_s, password.isEmpty() ? m_password : password}};
    const Reply reply =
        post(u"/api/v1/auth/login"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (reply.status != 200)
        return {};
    return reply.json().value("token"_L1).toString();
}

QHash<QString, QJsonObject> TestServer::records(const QString &token)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &change : pullAll(token)) {
        const QString key =
            change.value("entity"_L1).toString() + u'/' + change.value("id"_L1).toString();
        if (change.value("deleted"_L1).toBool())
            out.remove(key);
        else
            out.insert(key, change);
    }
    return out;
}

QList<QJsonObject> TestServer::pullAll(const QString &token, int pageSize, bool *ok)
{
    QList<QJsonObject> changes;
    // The position the server hands back, sent again as it is.
    QString position = u"after=0"_s;
    for (int page = 0; page < 100000; ++page) {
        const Reply reply =
            get(u"/api/v1/sync/pull?%1&limit=%2"_s.arg(position).arg(pageSize), token);
        const QJsonObject body = reply.json();
        if (reply.status != 200 || !body.value("cursor"_L1).isDouble())
            break;
        for (const QJsonValue &change : body.value("changes"_L1).toArray())
            changes << change.toObject();
        position = u"after=%1&granted_after=%2&backfill_after=%3&backfill_through=%4"_s
                       .arg(body.value("cursor"_L1).toInteger())
                       .arg(body.value("granted_after"_L1).toInteger())
                       .arg(body.value("backfill_after"_L1).toInteger())
                       .arg(body.value("backfill_through"_L1).toInteger());
        if (!body.value("has_more"_L1).toBool()) {
            if (ok)
                *ok = true;
            return changes;
        }
    }
    if (ok)
        *ok = false;
    return {};
}

QByteArray TestServer::gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof(buffer) - stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace TestCommon
