#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>

// A small SMTP server for tests, on loopback (or any address given): it
// speaks enough of RFC 5321 for a client (EHLO/HELO, STARTTLS, AUTH PLAIN and
// LOGIN, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT) and records
// every mail it accepts instead of delivering it. Faults on demand: refuse the
// next recipients with a given answer, require AUTH. Lives on the test's main
// thread and works while that thread runs its event loop (QTRY_*, a spinning
// wait), so the client under test runs elsewhere: a server process, or a
// thread of the test.
class SmtpSink final : public QTcpServer
{
    Q_OBJECT

public:
    struct Mail {
        QByteArray from;
        QList<QByteArray> recipients;
        QByteArray data; // as sent, dot-stuffing undone, CRLF line ends
        bool encrypted = false;
        QByteArray user; // signed in as (empty: no AUTH)

        // The first header `name` (case-insensitive), unfolded.
        QByteArray header(const QByteArray &name) const;
        // The body, quoted-printable decoded, as UTF-8 text with '\n' line ends.
        QString text() const;
    };

    explicit SmtpSink(QObject *parent = nullptr);

    // Answers STARTTLS with this certificate and key.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // Offers AUTH with these mechanisms ("PLAIN LOGIN") and refuses MAIL
    // until the client has signed in as `user` with `password`.
    void requireAuth(const QByteArray &user, const QByteArray &password,
                     const QByteArray &mechanisms = "PLAIN LOGIN");
    // The next `count` RCPT TO commands get `reply` (e.g. "451 4.3.0 later").
    void refuseRecipients(int count, const QByteArray &reply);

    QList<Mail> mails() const { return m_mails; }
    int sessions() const { return m_sessions; }
    // Every command line received, in order (not the DATA content).
    QList<QByteArray> commands() const { return m_commands; }
    void clear();

Q_SIGNALS:
    void mailReceived();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class SmtpSinkSession;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_mechanisms;
    int m_refusals = 0;
    QByteArray m_refusal;
    int m_sessions = 0;
    QList<Mail> m_mails;
    QList<QByteArray> m_commands;
};
