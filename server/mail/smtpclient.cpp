#include "smtpclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

constexpr qsizetype MaxReplyLine = 4096;
constexpr int MaxReplyLines = 100;
constexpr int WaitSliceMs = 200;     // between looks at `cancelled`
constexpr int QuitTimeoutMs = 5000;  // for the answer to QUIT
constexpr qsizetype MaxDetail = 200; // of the server's text in an error
constexpr int DefaultPort = 25;
constexpr int DefaultTlsPort = 465;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

// ---- SmtpSettings

Core::Result<SmtpSettings> SmtpSettings::parse(const QString &text,
                                               const QString &passwordFromEnvironment)
{
    const auto bad = [](const QString &why) {
        return makeError(ErrorCode::Invalid,
                         u"--smtp wants smtp://[USER[:PASSWORD]@]HOST[:PORT] or "
                         "smtps://[USER[:PASSWORD]@]HOST[:PORT]: %1"_s.arg(why));
    };
    // QUrl's own error text may quote the password: never pass it on.
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid())
        return bad(u"this is not a URL (percent-encode special characters of the password)"_s);
    SmtpSettings out;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"smtps")
        out.security = Security::ImplicitTls;
    else if (scheme != u"smtp")
        return bad(u"the scheme must be smtp or smtps"_s);
    if (url.host().isEmpty())
        return bad(u"the host is missing"_s);
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
        return bad(u"a path, query or fragment has no meaning here"_s);
    out.host = url.host();
    out.port = url.port(out.security == Security::ImplicitTls ? DefaultTlsPort : DefaultPort);
    if (out.port <= 0)
        return bad(u"the port must be 1 to 65535"_s);
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    if (hasControlCharacters(out.user) || hasControlCharacters(out.password))
        return bad(u"the user and the password must not contain control characters"_s);
    if (out.user.isEmpty() && !out.password.isEmpty())
        return bad(u"a password needs a user"_s);
    if (!out.user.isEmpty() && out.password.isEmpty())
        out.password = passwordFromEnvironment;
    if (!out.user.isEmpty() && out.password.isEmpty()) {
        return bad(u"the user %1 has no password: put it in the URL or in the environment "
                   "variable LEADERNET_SMTP_PASSWORD"_s.arg(out.user));
    }
    return out;
}

QString SmtpSettings::redacted() const
{
    const QString scheme = security == Security::ImplicitTls ? u"smtps"_s : u"smtp"_s;
    const QString shownHost = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"%1://%2%3:%4"_s.arg(scheme, who, shownHost).arg(port);
}

// ---- SmtpClient

SmtpClient::SmtpClient(SmtpSettings settings, Timeouts timeouts, const std::atomic<bool> *cancelled)
    : m_settings(std::move(settings))
    , m_timeouts(timeouts)
    , m_cancelled(cancelled)
{}

SmtpClient::~SmtpClient()
{
    close();
}

QString SmtpClient::Reply::text() const
{
    QString out;
    for (const QByteArray &line : lines) {
        if (!out.isEmpty())
            out += u' ';
        for (const char c : line)
            out += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'?';
    }
    return out.size() > MaxDetail ? out.left(MaxDetail) + u"…"_s : out;
}

bool SmtpClient::waitCancelled() const
{
    return m_cancelled && m_cancelled->load();
}

bool SmtpClient::isOpen() const
{
    return m_ready && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpClient::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

Core::Result<QByteArray> SmtpClient::readLine()
{
    const QDeadlineTimer deadline(m_timeouts.reply);
    while (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() > MaxReplyLine)
            return makeError(ErrorCode::Protocol, u"the server sent an over-long line"_s);
        if (waitCancelled())
            return makeError(ErrorCode::Cancelled, u"cancelled"_s);
        if (deadline.hasExpired()) {
            return makeError(
                ErrorCode::Network,
                u"no answer from the server within %1 s"_s.arg(
                    std::chrono::duration_cast<std::chrono::seconds>(m_timeouts.reply).count()));
        }
        const int wait = int(std::clamp<qint64>(deadline.remainingTime(), 1, WaitSliceMs));
        if (!m_socket->waitForReadyRead(wait) &&
            m_socket->state() != QAbstractSocket::ConnectedState && !m_socket->canReadLine()) {
            return makeError(ErrorCode::Network, u"the server closed the connection (%1)"_s.arg(
                                                     m_socket->errorString()));
        }
    }
    QByteArray line = m_socket->readLine(MaxReplyLine + 2);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

Core::Result<SmtpClient::Reply> SmtpClient::readReply()
{
    Reply reply;
    for (int n = 0;; ++n) {
        const Core::Result<QByteArray> line = readLine();
        if (!line)
            return line.error();
        const QByteArray &l = *line;
        const bool digits = l.size() >= 3 && std::all_of(l.cbegin(), l.cbegin() + 3, [](char c) {
                                return c >= '0' && c <= '9';
                            });
        if (!digits || (l.size() > 3 && l.at(3) != ' ' && l.at(3) != '-'))
            return makeError(ErrorCode::Protocol, u"the server's answer is not SMTP"_s);
        const int code = l.left(3).toInt();
        if (n > 0 && code != reply.code)
            return makeError(ErrorCode::Protocol, u"the server's answer is not SMTP"_s);
        reply.code = code;
        reply.lines << l.mid(4);
        if (l.size() == 3 || l.at(3) == ' ')
            return reply;
        if (n >= MaxReplyLines)
            return makeError(ErrorCode::Protocol, u"the server's answer has too many lines"_s);
    }
}

Core::Status SmtpClient::write(const QByteArray &data)
{
    if (m_socket->write(data) != data.size())
        return makeError(ErrorCode::Network, u"cannot write: %1"_s.arg(m_socket->errorString()));
    const QDeadlineTimer deadline(m_timeouts.reply);
    while (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        if (waitCancelled())
            return makeError(ErrorCode::Cancelled, u"cancelled"_s);
        if (deadline.hasExpired())
            return makeError(ErrorCode::Network, u"the server takes nothing more"_s);
        const int wait = int(std::clamp<qint64>(deadline.remainingTime(), 1, WaitSliceMs));
        if (!m_socket->waitForBytesWritten(wait) &&
            m_socket->state() != QAbstractSocket::ConnectedState) {
            return makeError(ErrorCode::Network, u"the server closed the connection (%1)"_s.arg(
                                                     m_socket->errorString()));
        }
    }
    return {};
}

Core::Result<SmtpClient::Reply> SmtpClient::command(const QByteArray &line)
{
    // Every value in a command was checked; this keeps it so.
    if (line.contains('\r') || line.contains('\n'))
        return makeError(ErrorCode::Invalid, u"a line break in an SMTP command"_s);
    if (Core::Status s = write(line + "\r\n"); !s)
        return s.error();
    return readReply();
}

Core::Status SmtpClient::expect(const Core::Result<Reply> &reply,
                                std::initializer_list<int> accepted, const QString &step)
{
    if (!reply) {
        // The session is in an unknown state: it is not used again.
        m_ready = false;
        if (m_socket)
            m_socket->abort();
        return makeError(reply.error().code, u"%1: %2"_s.arg(step, reply.error().detail));
    }
    if (std::find(accepted.begin(), accepted.end(), reply->code) != accepted.end())
        return {};
    const ErrorCode code = reply->code >= 500   ? ErrorCode::Server
                           : reply->code >= 400 ? ErrorCode::Network
                                                : ErrorCode::Protocol;
    return makeError(
        code, u"%1: the server answered %2 %3"_s.arg(step).arg(reply->code).arg(reply->text()));
}

QByteArray SmtpClient::heloName() const
{
    // The machine's name when it is a domain; else its address, as RFC 5321
    // asks of a client without one.
    const QString name = QSysInfo::machineHostName();
    const bool domain =
        name.contains(u'.') && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'-' || c == u'.';
        });
    if (domain)
        return name.toLatin1();
    const QHostAddress local = m_socket->localAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return "[" + QHostAddress(v4).toString().toLatin1() + "]";
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + "]";
    return "localhost";
}

Core::Status SmtpClient::hello()
{
    m_extensions.clear();
    const Core::Result<Reply> ehlo = command("EHLO " + heloName());
    if (ehlo && ehlo->code == 250) {
        for (qsizetype i = 1; i < ehlo->lines.size(); ++i)
            m_extensions << QString::fromLatin1(ehlo->lines.at(i)).trimmed().toUpper();
        return {};
    }
    if (ehlo && ehlo->code >= 500) // a server from before EHLO
        return expect(command("HELO " + heloName()), {250}, u"HELO"_s);
    return expect(ehlo, {250}, u"EHLO"_s);
}

Core::Status SmtpClient::startTls()
{
    if (Core::Status s = expect(command("STARTTLS"), {220}, u"STARTTLS"_s); !s)
        return s;
    // Anything after the answer came before TLS, unprotected: refuse it.
    if (m_socket->bytesAvailable() > 0) {
        return makeError(ErrorCode::Protocol,
                         u"STARTTLS: the server sent more than its answer before TLS began"_s);
    }
    m_socket->startClientEncryption();
    if (!m_socket->waitForEncrypted(int(m_timeouts.connect.count()))) {
        return makeError(ErrorCode::Network,
                         u"STARTTLS: TLS with %1 failed: %2 (does this machine trust its "
                         "certificate?)"_s.arg(m_settings.host, m_socket->errorString()));
    }
    return hello();
}

Core::Status SmtpClient::authenticate()
{
    if (!m_socket->isEncrypted() && !m_socket->peerAddress().isLoopback()) {
        return makeError(
            ErrorCode::Invalid,
            u"refusing to send the SMTP password to %1 unencrypted: it offers no "
            "STARTTLS (use smtps://, or a server that offers STARTTLS)"_s.arg(m_settings.host));
    }
    QStringList mechanisms;
    for (const QString &extension : std::as_const(m_extensions)) {
        if (extension.startsWith(u"AUTH "_s) || extension.startsWith(u"AUTH="_s))
            mechanisms << extension.mid(5).split(u' ', Qt::SkipEmptyParts);
    }
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (mechanisms.contains(u"PLAIN"_s)) {
        const QByteArray credentials = QByteArray(1, '\0') + user + '\0' + password;
        return expect(command("AUTH PLAIN " + credentials.toBase64()), {235}, u"AUTH PLAIN"_s);
    }
    if (mechanisms.contains(u"LOGIN"_s)) {
        if (Core::Status s = expect(command("AUTH LOGIN"), {334}, u"AUTH LOGIN"_s); !s)
            return s;
        if (Core::Status s = expect(command(user.toBase64()), {334}, u"AUTH LOGIN"_s); !s)
            return s;
        return expect(command(password.toBase64()), {235}, u"AUTH LOGIN"_s);
    }
    return makeError(
        ErrorCode::Invalid,
        u"%1 offers neither AUTH PLAIN nor AUTH LOGIN to sign in with"_s.arg(m_settings.host));
}

Core::Status SmtpClient::open()
{
    close();
    m_socket = std::make_unique<QSslSocket>();
    const bool implicitTls = m_settings.security == SmtpSettings::Security::ImplicitTls;
    const QString where = u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port);
    const auto failed = [this](Core::Status status) {
        m_socket->abort();
        return status;
    };
    if (implicitTls) {
        if (!QSslSocket::supportsSsl())
            return makeError(ErrorCode::Invalid, u"smtps:// needs TLS, which this build lacks"_s);
        m_socket->connectToHostEncrypted(m_settings.host, quint16(m_settings.port));
        if (!m_socket->waitForEncrypted(int(m_timeouts.connect.count()))) {
            return failed(makeError(ErrorCode::Network, u"cannot reach %1 with TLS: %2"_s.arg(
                                                            where, m_socket->errorString())));
        }
    } else {
        m_socket->connectToHost(m_settings.host, quint16(m_settings.port));
        if (!m_socket->waitForConnected(int(m_timeouts.connect.count()))) {
            return failed(makeError(ErrorCode::Network, u"cannot connect to %1: %2"_s.arg(
                                                            where, m_socket->errorString())));
        }
    }
    if (Core::Status s = expect(readReply(), {220}, u"the greeting of %1"_s.arg(where)); !s)
        return failed(s);
    if (Core::Status s = hello(); !s)
        return failed(s);
    const bool offersTls = m_extensions.contains(u"STARTTLS"_s);
    if (!implicitTls && offersTls && QSslSocket::supportsSsl()) {
        if (Core::Status s = startTls(); !s)
            return failed(s);
    }
    if (!m_settings.user.isEmpty()) {
        if (Core::Status s = authenticate(); !s)
            return failed(s);
    }
    m_ready = true;
    return {};
}

QByteArray SmtpClient::dataBlock(const QByteArray &message)
{
    QByteArray normalized = message;
    normalized.replace("\r\n", "\n");
    normalized.replace('\r', '\n');
    if (normalized.endsWith('\n'))
        normalized.chop(1);
    QByteArray out;
    out.reserve(normalized.size() + normalized.size() / 40 + 8);
    for (const QByteArray &line : normalized.split('\n')) {
        if (line.startsWith('.'))
            out += '.';
        out += line;
        out += "\r\n";
    }
    out += ".\r\n";
    return out;
}

Core::Status SmtpClient::send(const QString &from, const QString &to, const QByteArray &message)
{
    if (!isOpen())
        return makeError(ErrorCode::Network, u"not connected to the SMTP server"_s);
    // A refused mail ends its transaction; the session goes on with the next.
    const auto refused = [this](Core::Status status) {
        if (isOpen() && !waitCancelled()) {
            const Core::Result<Reply> reset = command("RSET");
            if (!reset || reset->code != 250) {
                m_ready = false;
                m_socket->abort();
            }
        }
        return status;
    };
    if (Core::Status s =
            expect(command("MAIL FROM:<" + from.toLatin1() + ">"), {250}, u"MAIL FROM"_s);
        !s) {
        return refused(s);
    }
    if (Core::Status s =
            expect(command("RCPT TO:<" + to.toLatin1() + ">"), {250, 251}, u"RCPT TO"_s);
        !s) {
        // 5xx here is about this address only (no such mailbox, refused
        // domain): sending again would get the same answer.
        if (s.error().code == ErrorCode::Server)
            return refused(makeError(ErrorCode::NotFound, s.error().detail));
        return refused(s);
    }
    if (Core::Status s = expect(command("DATA"), {354}, u"DATA"_s); !s)
        return refused(s);
    if (Core::Status s = write(dataBlock(message)); !s) {
        m_ready = false;
        m_socket->abort();
        return makeError(s.error().code, u"DATA: %1"_s.arg(s.error().detail));
    }
    if (Core::Status s = expect(readReply(), {250}, u"the end of DATA"_s); !s)
        return refused(s);
    return {};
}

void SmtpClient::close()
{
    if (!m_socket)
        return;
    if (isOpen() && !waitCancelled()) {
        const Timeouts saved = m_timeouts;
        m_timeouts.reply = std::chrono::milliseconds(QuitTimeoutMs);
        if (write("QUIT\r\n"))
            (void)readReply();
        m_timeouts = saved;
        m_socket->disconnectFromHost();
    }
    m_socket->abort();
    m_socket.reset();
    m_ready = false;
}

} // namespace Server
