#include "attachmentref.h"

#include "attachmentcache.h"
#include "database.h"
#include "entityschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView Scheme{"attachment"};

bool isMediaType(const QString &type)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return type.size() <= 100 && pattern.match(type).hasMatch();
}

bool isFileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > MaxAttachmentNameLength)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control;
    });
}

std::optional<AttachmentRef> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue size = o.value("size"_L1);
    AttachmentRef ref{o.value("sha256"_L1).toString(), o.value("name"_L1).toString(),
                      size.toInteger(-1), o.value("type"_L1).toString()};
    if (!AttachmentCache::isHash(ref.sha256) || !isFileName(ref.name) || !size.isDouble() ||
        ref.size < 0 || double(ref.size) != size.toDouble() || !isMediaType(ref.mediaType))
        return std::nullopt;
    return ref;
}

QStringList hashes(const QJsonValue &value)
{
    QStringList out;
    for (const AttachmentRef &ref : attachmentsFrom(value))
        out << ref.sha256;
    return out;
}

} // namespace

QJsonObject AttachmentRef::toJson() const
{
    return {{u"sha256"_s, sha256}, {u"name"_s, name}, {u"size"_s, size}, {u"type"_s, mediaType}};
}

QList<AttachmentRef> attachmentsFrom(const QJsonValue &value)
{
    QList<AttachmentRef> out;
    for (const QJsonValue &v : value.toArray()) {
        if (const std::optional<AttachmentRef> ref = fromJson(v))
            out << *ref;
    }
    return out;
}

QJsonArray attachmentsJson(const QList<AttachmentRef> &files)
{
    QJsonArray out;
    for (const AttachmentRef &ref : files)
        out << ref.toJson();
    return out;
}

Status checkAttachments(const QJsonValue &value)
{
    if (!value.isArray())
        return makeError(ErrorCode::Invalid, u"attachments must be a list"_s);
    const QJsonArray list = value.toArray();
    if (list.size() > MaxAttachments) {
        return makeError(ErrorCode::Invalid,
                         u"a record names at most %1 attachments"_s.arg(MaxAttachments));
    }
    QSet<QString> seen;
    for (const QJsonValue &v : list) {
        const std::optional<AttachmentRef> ref = fromJson(v);
        if (!ref) {
            return makeError(ErrorCode::Invalid,
                             u"each attachment is {\"sha256\": 64 lowercase hex digits, \"name\": "
                             "a file name of at most %1 characters, \"size\": bytes, \"type\": a "
                             "media type}"_s.arg(MaxAttachmentNameLength));
        }
        if (seen.contains(ref->sha256))
            return makeError(ErrorCode::Invalid, u"an attachment is named twice"_s);
        seen.insert(ref->sha256);
    }
    return {};
}

QString attachmentUrl(const QString &sha256)
{
    return Scheme + u':' + sha256;
}

QString attachmentHashOf(const QUrl &url)
{
    if (url.scheme() != Scheme)
        return {};
    const QString hash = url.path();
    return AttachmentCache::isHash(hash) ? hash : QString();
}

QJsonArray mergeAttachments(const QJsonValue &base, const QJsonValue &mine,
                            const QJsonValue &theirs)
{
    const QStringList before = hashes(base);
    const QStringList now = hashes(mine);
    QList<AttachmentRef> merged;
    for (const AttachmentRef &ref : attachmentsFrom(theirs)) {
        if (!(before.contains(ref.sha256) && !now.contains(ref.sha256)))
            merged << ref; // kept unless mine removed it
    }
    for (const AttachmentRef &ref : attachmentsFrom(mine)) {
        const bool had = std::any_of(merged.begin(), merged.end(), [&](const AttachmentRef &m) {
            return m.sha256 == ref.sha256;
        });
        if (!before.contains(ref.sha256) && !had)
            merged << ref; // added here
    }
    return attachmentsJson(merged.mid(0, MaxAttachments));
}

QString mediaTypeOfFile(const QString &path)
{
    const QString type = QMimeDatabase().mimeTypeForFile(path).name();
    return isMediaType(type) ? type : u"application/octet-stream"_s;
}

Result<QList<AttachmentRef>> namedAttachments(const QSqlDatabase &db)
{
    QList<AttachmentRef> out;
    QSet<QString> seen;
    for (const QLatin1StringView entity : {Entity::Lesson, Entity::ActionPlan, Entity::Post}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT attachments FROM %1 WHERE attachments IS NOT NULL AND attachments "
                    "!= '' AND attachments != '[]'"_s.arg(entity)))
            return queryError(q);
        while (q.next()) {
            const QJsonValue list = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            for (const AttachmentRef &ref : attachmentsFrom(list)) {
                if (!seen.contains(ref.sha256)) {
                    seen.insert(ref.sha256);
                    out << ref;
                }
            }
        }
    }
    return out;
}

Result<QSet<QString>> attachmentsInUse(const QSqlDatabase &db)
{
    const Result<QList<AttachmentRef>> named = namedAttachments(db);
    if (!named)
        return named.error();
    QSet<QString> out;
    for (const AttachmentRef &ref : *named)
        out.insert(ref.sha256);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT fields FROM draft WHERE fields LIKE '%\"attachments\"%'"_s))
        return queryError(q);
    while (q.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        for (const AttachmentRef &ref : attachmentsFrom(fields.value(AttachmentsField)))
            out.insert(ref.sha256);
    }
    return out;
}

} // namespace Core
