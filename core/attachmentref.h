#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

class QUrl;

namespace Core {

// The most files one record may name, and the longest file name.
inline constexpr int MaxAttachments = 20;
inline constexpr int MaxAttachmentNameLength = 255;

// The field of lessons, posts and action plans that lists their files.
inline constexpr QLatin1StringView AttachmentsField{"attachments"};

// A file a record names: the server keeps it under its SHA-256, and this
// computer once fetched (Core::AttachmentCache). As JSON:
//   {"sha256": "<64 hex digits>", "name": "map.png", "size": 48213,
//    "type": "image/png"}
// A Markdown text shows an image among its record's files as
// ![text](attachment:SHA256), and links to a file as [text](attachment:SHA256).
struct AttachmentRef {
    QString sha256;
    QString name; // as attached, for showing and for saving a copy
    qint64 size = 0;
    QString mediaType;

    bool isImage() const { return mediaType.startsWith(u"image/"); }
    QJsonObject toJson() const;

    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

// The files a field's value lists; malformed entries are left out.
QList<AttachmentRef> attachmentsFrom(const QJsonValue &value);
QJsonArray attachmentsJson(const QList<AttachmentRef> &files);
// Invalid, saying what is wrong, unless `value` is a list of at most
// MaxAttachments well-formed files, each named once.
Status checkAttachments(const QJsonValue &value);

// "attachment:SHA256", and back (empty when `url` is not one).
QString attachmentUrl(const QString &sha256);
QString attachmentHashOf(const QUrl &url);

// Two edits of one record's files since `base`: `theirs`, with the files
// `mine` added and without those it removed (so files two people attach at
// once are all kept).
QJsonArray mergeAttachments(const QJsonValue &base, const QJsonValue &mine,
                            const QJsonValue &theirs);

// The media type of a file on disk, from its name and content.
QString mediaTypeOfFile(const QString &path);

// Every file the replica's lessons, action plans and posts name, once each,
// in that order.
Result<QList<AttachmentRef>> namedAttachments(const QSqlDatabase &db);
// The hashes of the files the replica's records and drafts (a post being
// written) name: a file attached here and named by neither was removed
// before it was sent.
Result<QSet<QString>> attachmentsInUse(const QSqlDatabase &db);

} // namespace Core
