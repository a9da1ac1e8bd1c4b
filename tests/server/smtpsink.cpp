#include "smtpsink.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

// One client's conversation with the sink; goes with its connection.
class SmtpSinkSession final : public QObject
{
public:
    SmtpSinkSession(SmtpSink *sink, QSslSocket *socket)
        : QObject(sink)
        , m_sink(sink)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, &SmtpSinkSession::read);
        connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        reply("220 sink.test ESMTP ready");
    }

private:
    enum class State { Commands, AuthPlain, AuthLoginUser, AuthLoginPassword, Data };

    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); }

    void read()
    {
        while (m_socket->canReadLine()) {
            QByteArray line = m_socket->readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            handle(line);
        }
    }

    void resetTransaction()
    {
        m_from.clear();
        m_recipients.clear();
        m_data.clear();
    }

    void signIn(const QByteArray &user, const QByteArray &password)
    {
        m_state = State::Commands;
        if (user == m_sink->m_user && password == m_sink->m_password) {
            m_user = user;
            reply("235 2.7.0 Authentication successful");
        } else {
            reply("535 5.7.8 Authentication credentials invalid");
        }
    }

    void signInPlain(const QByteArray &base64)
    {
        const QList<QByteArray> parts = QByteArray::fromBase64(base64).split('\0');
        if (parts.size() != 3) {
            m_state = State::Commands;
            return reply("501 5.5.2 Cannot decode");
        }
        signIn(parts.at(1), parts.at(2));
    }

    static QByteArray address(const QByteArray &line)
    {
        const qsizetype open = line.indexOf('<');
        const qsizetype close = line.indexOf('>', open);
        return open >= 0 && close > open ? line.mid(open + 1, close - open - 1) : QByteArray();
    }

    void handle(const QByteArray &line)
    {
        switch (m_state) {
        case State::Data:
            if (line == ".") {
                SmtpSink::Mail mail{m_from, m_recipients, m_data, m_socket->isEncrypted(), m_user};
                m_sink->m_mails << mail;
                resetTransaction();
                m_state = State::Commands;
                reply("250 2.0.0 Queued");
                Q_EMIT m_sink->mailReceived();
            } else {
                m_data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
            }
            return;
        case State::AuthPlain:
            return signInPlain(line);
        case State::AuthLoginUser:
            m_loginUser = QByteArray::fromBase64(line);
            m_state = State::AuthLoginPassword;
            return reply("334 UGFzc3dvcmQ6");
        case State::AuthLoginPassword:
            return signIn(m_loginUser, QByteArray::fromBase64(line));
        case State::Commands:
            break;
        }
        m_sink->m_commands << line;
        const QList<QByteArray> words = line.split(' ');
        const QByteArray verb = words.constFirst().toUpper();
        if (verb == "EHLO") {
            QList<QByteArray> lines{"sink.test greets you"};
            if (!m_sink->m_certificate.isNull() && !m_socket->isEncrypted())
                lines << "STARTTLS";
            if (!m_sink->m_mechanisms.isEmpty())
                lines << "AUTH " + m_sink->m_mechanisms;
            lines << "8BITMIME";
            for (qsizetype i = 0; i < lines.size(); ++i)
                reply("250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i));
        } else if (verb == "HELO") {
            reply("250 sink.test");
        } else if (verb == "STARTTLS") {
            if (m_sink->m_certificate.isNull() || m_socket->isEncrypted())
                return reply("502 5.5.1 Not offered");
            reply("220 2.0.0 Ready to start TLS");
            m_socket->flush();
            m_socket->setLocalCertificate(m_sink->m_certificate);
            m_socket->setPrivateKey(m_sink->m_key);
            m_socket->startServerEncryption();
            resetTransaction();
            m_user.clear();
        } else if (verb == "AUTH" && words.size() >= 2) {
            const QByteArray mechanism = words.at(1).toUpper();
            if (mechanism == "PLAIN" && words.size() >= 3)
                return signInPlain(words.at(2));
            if (mechanism == "PLAIN") {
                m_state = State::AuthPlain;
                return reply("334 ");
            }
            if (mechanism == "LOGIN") {
                m_state = State::AuthLoginUser;
                return reply("334 VXNlcm5hbWU6");
            }
            reply("504 5.5.4 Unrecognized authentication type");
        } else if (verb == "MAIL") {
            if (!m_sink->m_user.isEmpty() && m_user.isEmpty())
                return reply("530 5.7.0 Authentication required");
            resetTransaction();
            m_from = address(line);
            reply("250 2.1.0 Ok");
        } else if (verb == "RCPT") {
            if (m_from.isEmpty())
                return reply("503 5.5.1 Need MAIL first");
            if (m_sink->m_refusals > 0) {
                --m_sink->m_refusals;
                return reply(m_sink->m_refusal);
            }
            m_recipients << address(line);
            reply("250 2.1.5 Ok");
        } else if (verb == "DATA") {
            if (m_recipients.isEmpty())
                return reply("503 5.5.1 Need RCPT first");
            m_state = State::Data;
            m_data.clear();
            reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb == "RSET") {
            resetTransaction();
            reply("250 2.0.0 Ok");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 Bye");
            m_socket->disconnectFromHost();
        } else {
            reply("500 5.5.2 Command not recognized");
        }
    }

    SmtpSink *m_sink;
    QSslSocket *m_socket;
    State m_state = State::Commands;
    QByteArray m_from;
    QList<QByteArray> m_recipients;
    QByteArray m_data;
    QByteArray m_user;
    QByteArray m_loginUser;
};

SmtpSink::SmtpSink(QObject *parent)
    : QTcpServer(parent)
{}

void SmtpSink::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void SmtpSink::requireAuth(const QByteArray &user, const QByteArray &password,
                           const QByteArray &mechanisms)
{
    m_user = user;
    m_password = password;
    m_mechanisms = mechanisms;
}

void SmtpSink::refuseRecipients(int count, const QByteArray &reply)
{
    m_refusals = count;
    m_refusal = reply;
}

void SmtpSink::clear()
{
    m_mails.clear();
    m_commands.clear();
    m_sessions = 0;
}

void SmtpSink::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    ++m_sessions;
    new SmtpSinkSession(this, socket);
}

QByteArray SmtpSink::Mail::header(const QByteArray &name) const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = data.left(end < 0 ? data.size() : end).split('\n');
    QList<QByteArray> unfolded;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !unfolded.isEmpty())
            unfolded.last() += line;
        else
            unfolded << line;
    }
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray &line : std::as_const(unfolded)) {
        if (line.toLower().startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString SmtpSink::Mail::text() const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    QByteArray body = end < 0 ? QByteArray() : data.mid(end + 4);
    body.replace("=\r\n", "");
    QByteArray decoded;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '=' && i + 2 < body.size()) {
            decoded += char(body.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            decoded += body.at(i);
        }
    }
    return QString::fromUtf8(decoded).replace(u"\r\n"_s, u"\n"_s);
}
