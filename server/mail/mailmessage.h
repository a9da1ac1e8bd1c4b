#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Server {

// E-mail addresses as the server accepts them from people: for a member's
// private address (registration, profile) and for `serve --mail-from`.
namespace MailAddress {

inline constexpr qsizetype MaxLength = 254;
inline constexpr qsizetype MaxLocalPartLength = 64;

// The address trimmed, or Invalid with a message saying what is wrong. Only
// plain ASCII addresses pass: LOCAL@DOMAIN with one '@', no spaces, control
// characters (CR, LF …) or the characters <>()[],;:"\ anywhere, and a domain
// of dot-separated labels (letters, digits, '-'). Such an address can go into
// a mail header or an SMTP command as it is: it cannot add a header or a
// command.
Core::Result<QString> check(const QString &text);

} // namespace MailAddress

// A plain-text mail from the server to one person, as the mail outbox keeps
// it (table mail_outbox) until it is sent. The body is text with '\n' line
// ends; it may hold a one-time token, so a MailMessage is never logged.
struct MailMessage {
    QString id;        // the outbox row's id; also the left part of the Message-ID
    QString recipient; // checked with MailAddress::check
    QString subject;   // one line
    QString body;
    QString createdAt; // ISO 8601 UTC: the Date header

    // The mail in RFC 5322 form with CRLF line ends, from `from` (a checked
    // address): Date, From, To, Subject (an RFC 2047 encoded-word when it is
    // not ASCII), Message-ID, MIME-Version, Auto-Submitted and a text/plain
    // UTF-8 body in quoted-printable, so every line is short 7-bit text.
    QByteArray encode(const QString &from) const;
};

namespace MailEncoding {

// `text` (UTF-8, '\n' line ends) as quoted-printable lines of at most 76
// characters, each ended by CRLF.
QByteArray quotedPrintable(const QString &text);

// A header value: ASCII as it is, anything else as RFC 2047 encoded-words
// (UTF-8, base64), folded so that each stays under 76 characters.
QByteArray headerText(const QString &text);

} // namespace MailEncoding

} // namespace Server
