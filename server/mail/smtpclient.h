#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

class QSslSocket;

namespace Server {

// Where and how the server hands its mail over (serve --smtp URL).
//
//   smtp://[USER[:PASSWORD]@]HOST[:PORT]   port 25 by default; the session
//                                          turns to TLS (STARTTLS) whenever
//                                          the server offers it
//   smtps://[USER[:PASSWORD]@]HOST[:PORT]  TLS from the start, port 465
//
// With a user the client signs in (AUTH PLAIN, else LOGIN), and only over TLS
// unless the server is on loopback: a password never crosses a network in the
// clear. The server's certificate is checked against the system's CAs.
struct SmtpSettings {
    enum class Security {
        StartTlsWhenOffered, // smtp://
        ImplicitTls,         // smtps://
    };

    Security security = Security::StartTlsWhenOffered;
    QString host;
    int port = 25;
    QString user;     // empty: no AUTH
    QString password; // from the URL (percent-decoded) or the environment

    // `text` as above; user and password are percent-decoded. When the URL
    // names a user and no password, `passwordFromEnvironment` is the password
    // (LEADERNET_SMTP_PASSWORD, so that it need not be on a command line).
    // Invalid with a message (never holding the password) for anything else.
    static Core::Result<SmtpSettings> parse(const QString &text,
                                            const QString &passwordFromEnvironment = {});

    // smtp://USER@HOST:PORT: the only form that may be printed or logged.
    QString redacted() const;
};

// One SMTP session with the server of SmtpSettings (RFC 5321): EHLO,
// STARTTLS, AUTH, then any number of mails (MAIL FROM, RCPT TO, DATA), QUIT.
// Blocking: every call waits on the socket (waitFor*) with a time limit, so a
// SmtpClient lives on a thread of its own (MailSender's), never on a thread
// that runs an event loop for others. Not thread-safe. `cancelled`, when
// given, is looked at while the client waits for the server: once it is set
// the call ends with Cancelled within a fraction of a second.
//
// Errors are values: Network for no connection, a timeout, TLS, or a 4xx
// answer (try again later); Server for a 5xx answer, but NotFound for a 5xx
// answer to RCPT TO (the recipient is refused for good); Protocol for an answer
// that is not SMTP; Invalid for settings that cannot work (a password and no
// TLS). Their detail names the step and quotes the server's answer; it never
// holds the password or the message.
class SmtpClient final
{
public:
    struct Timeouts {
        std::chrono::milliseconds connect{30000}; // TCP and TLS handshakes
        std::chrono::milliseconds reply{120000};  // each answer of the server
    };

    SmtpClient(SmtpSettings settings, Timeouts timeouts,
               const std::atomic<bool> *cancelled = nullptr);
    ~SmtpClient(); // close()
    Q_DISABLE_COPY_MOVE(SmtpClient)

    // Connects, reads the greeting, says EHLO (HELO to an old server), turns
    // to TLS when the settings ask for it, and signs in when they name a user.
    Core::Status open();
    bool isOpen() const;
    bool isEncrypted() const;

    // Hands one message (RFC 5322, CRLF line ends) over for `to`, with the
    // envelope sender `from`. Both addresses were checked by
    // MailAddress::check. After a refused mail the session stays open for the
    // next one, unless the connection is gone (isOpen() says).
    Core::Status send(const QString &from, const QString &to, const QByteArray &message);

    // QUIT, then the connection closes. Safe to call when not open.
    void close();

    // `message` as DATA sends it: CRLF line ends, a '.' doubled at the start
    // of a line, and the final <CRLF>.<CRLF>.
    static QByteArray dataBlock(const QByteArray &message);

private:
    struct Reply {
        int code = 0;
        QList<QByteArray> lines; // the text after each line's code
        QString text() const;    // printable, shortened, for error details
    };

    Core::Result<QByteArray> readLine();
    Core::Result<Reply> readReply();
    Core::Status write(const QByteArray &data);
    Core::Result<Reply> command(const QByteArray &line);
    // `reply` when its code is one of `accepted`; else an error for `step`.
    Core::Status expect(const Core::Result<Reply> &reply, std::initializer_list<int> accepted,
                        const QString &step);
    Core::Status hello();
    Core::Status startTls();
    Core::Status authenticate();
    QByteArray heloName() const;
    bool waitCancelled() const;

    SmtpSettings m_settings;
    Timeouts m_timeouts;
    const std::atomic<bool> *m_cancelled = nullptr;
    std::unique_ptr<QSslSocket> m_socket;
    bool m_ready = false;     // open() went through
    QStringList m_extensions; // EHLO keywords, upper case, with their parameters
};

} // namespace Server
