#include "mailmessage.h"

#include <QDateTime>
#include <QStringList>
#include <QStringView>

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

Core::Error invalid(const QString &detail)
{
    return makeError(ErrorCode::Invalid, detail);
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// Anything below a space, and DEL, becomes a space: a header is one line.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out;
}

char hexDigit(int value)
{
    return "0123456789ABCDEF"[value & 0xf];
}

} // namespace

namespace MailAddress {

Core::Result<QString> check(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return invalid(u"the e-mail address is empty"_s);
    if (address.size() > MaxLength)
        return invalid(u"the e-mail address is longer than %1 characters"_s.arg(MaxLength));
    static constexpr QStringView Specials = u"<>()[],;:\"\\";
    for (const QChar c : address) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            return invalid(u"the e-mail address must not contain line breaks or other control "
                           "characters"_s);
        if (u == u' ')
            return invalid(u"the e-mail address must not contain spaces"_s);
        if (u > 0x7e) {
            return invalid(u"the e-mail address must be plain ASCII (an international domain "
                           "in its xn-- form)"_s);
        }
        if (Specials.contains(c))
            return invalid(u"the e-mail address must not contain any of <>()[],;:\"\\"_s);
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0 || address.indexOf(u'@', at + 1) >= 0)
        return invalid(u"an e-mail address has exactly one '@', as in name@example.org"_s);
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.isEmpty() || local.size() > MaxLocalPartLength)
        return invalid(u"the part of the e-mail address before '@' needs 1 to %1 characters"_s.arg(
            MaxLocalPartLength));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return invalid(u"the part of the e-mail address before '@' has a misplaced '.'"_s);
    const QList<QStringView> labels = domain.split(u'.');
    bool domainOk = labels.size() >= 2;
    for (const QStringView label : labels)
        domainOk = domainOk && isDomainLabel(label);
    if (!domainOk) {
        return invalid(u"the part of the e-mail address after '@' must be a domain such as "
                       "example.org"_s);
    }
    return address;
}

} // namespace MailAddress

namespace MailEncoding {

QByteArray quotedPrintable(const QString &text)
{
    constexpr int MaxLine = 76; // with the '=' of a soft line break
    QByteArray out;
    QString normalized = text;
    normalized.remove(u'\r');
    const QStringList lines = normalized.split(u'\n');
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        int length = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes.at(i));
            const bool last = i == bytes.size() - 1;
            // "From " at a line's start is mangled by mbox tools: encode its F.
            const bool from = i == 0 && bytes.startsWith("From ");
            QByteArray piece;
            if ((b == ' ' || b == '\t') && !last)
                piece = QByteArray(1, char(b));
            else if (b >= 33 && b <= 126 && b != '=' && !from)
                piece = QByteArray(1, char(b));
            else
                piece = QByteArray("=") + hexDigit(b >> 4) + hexDigit(b);
            if (length + piece.size() > MaxLine - 1) {
                out += "=\r\n";
                length = 0;
            }
            out += piece;
            length += int(piece.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray headerText(const QString &text)
{
    const QString line = oneLine(text);
    bool ascii = true;
    for (const QChar c : line)
        ascii = ascii && c.unicode() < 0x7f;
    if (ascii)
        return line.toLatin1();
    // 39 bytes of UTF-8 make 52 characters of base64: with "=?UTF-8?B?" and
    // "?=" a word has 64, under RFC 2047's 75, and the first line, after
    // "Subject: ", stays under 78. Words split between characters, never
    // inside one.
    constexpr qsizetype MaxChunk = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < line.size(); ++i) {
        qsizetype width = 1;
        if (line.at(i).isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate())
            width = 2;
        const QByteArray character = line.mid(i, width).toUtf8();
        i += width - 1;
        if (chunk.size() + character.size() > MaxChunk) {
            words << chunk;
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

} // namespace MailEncoding

QByteArray MailMessage::encode(const QString &from) const
{
    QDateTime date = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::currentDateTimeUtc();
    const QString domain = from.mid(from.lastIndexOf(u'@') + 1);
    QByteArray out;
    out += "Date: " + date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "From: LeaderNet <" + oneLine(from).toLatin1() + ">\r\n";
    out += "To: <" + oneLine(recipient).toLatin1() + ">\r\n";
    out += "Subject: " + MailEncoding::headerText(subject) + "\r\n";
    out += "Message-ID: <" + oneLine(id).toLatin1() + "@" + oneLine(domain).toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "\r\n";
    out += MailEncoding::quotedPrintable(body);
    return out;
}

} // namespace Server
