// The attachments' files on this computer, on a real replica file: a file
// the person attaches is copied in, named by its SHA-256 and waits for its
// upload; a download arrives in pieces, survives a cut (and the app being
// closed) and resumes where it stopped, and counts only once its hash is
// right; the storage quota removes the least recently used files first and
// never a file waiting to be uploaded. Records name their files in a list
// that is checked, and merged as a set when two laptops change it at once.
#include "attachmentcache.h"
#include "attachmentref.h"
#include "clock.h"
#include "entityschema.h"
#include "localstore.h"
#include "record.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Core::AttachmentCache;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray bytesOf(int size, char seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char(seed + i * 7);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Downloads `bytes` into the cache in one go.
bool download(AttachmentCache &cache, const QByteArray &bytes)
{
    const QString hash = sha256(bytes);
    return cache.beginDownload(hash, bytes.size(), u"application/pdf"_s).ok() &&
           cache.appendDownloaded(hash, bytes).ok() && cache.finishDownload(hash).ok();
}

} // namespace

class TestCoreAttachments final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test
    Core::ManualClock m_clock;
    std::unique_ptr<Core::LocalStore> m_store;

    QString replica() const { return m_dir->filePath(u"replica.sqlite"_s); }
    void reopen()
    {
        m_store.reset();
        m_store = std::make_unique<Core::LocalStore>();
        m_store->setClock(&m_clock);
        QVERIFY(m_store->open(replica()).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        reopen();
    }

    void attachedFileIsCopiedInAndWaitsForItsUpload()
    {
        AttachmentCache &cache = m_store->attachments();
        const QByteArray report = bytesOf(70'000, 'r');
        const QString source = m_dir->filePath(u"district-report.pdf"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(report) == report.size());
        file.close();

        const auto added = cache.addLocalFile(source, u"application/pdf"_s);
        QVERIFY(added.ok());
        QCOMPARE(added->sha256, sha256(report));
        QCOMPARE(added->size, report.size());
        QVERIFY(added->uploadPending);
        QCOMPARE(readAll(cache.filePath(added->sha256)), report);
        QCOMPARE(cache.pendingUploads()->size(), 1);
        // The person's own file stays theirs: the original is untouched.
        QCOMPARE(readAll(source), report);

        QVERIFY(cache.markUploaded(added->sha256).ok());
        QVERIFY(cache.pendingUploads()->isEmpty());
        QCOMPARE(*cache.open(added->sha256), cache.filePath(added->sha256));
    }

    void downloadResumesAfterACutAndIsVerified()
    {
        const QByteArray slides = bytesOf(300'000, 's');
        const QString hash = sha256(slides);
        {
            AttachmentCache &cache = m_store->attachments();
            QCOMPARE(*cache.beginDownload(hash, slides.size(), u"application/pdf"_s), 0);
            QVERIFY(cache.appendDownloaded(hash, QByteArrayView(slides).first(120'000)).ok());
            QVERIFY(cache.open(hash)->isEmpty()); // not usable before it is whole
        }
        // The link dropped and the app was closed; opened again, the download
        // goes on from the bytes already here.
        reopen();
        AttachmentCache &cache = m_store->attachments();
        QCOMPARE(*cache.beginDownload(hash, slides.size(), u"application/pdf"_s), 120'000);
        QVERIFY(cache.appendDownloaded(hash, QByteArrayView(slides).sliced(120'000)).ok());
        // More than the file has is refused.
        QVERIFY(!cache.appendDownloaded(hash, "x").ok());
        QVERIFY(cache.finishDownload(hash).ok());
        QCOMPARE(readAll(*cache.open(hash)), slides);
        QCOMPARE(*cache.totalBytes(), slides.size());
        // Asked again, it is here: nothing to fetch.
        QCOMPARE(*cache.beginDownload(hash, slides.size(), u"application/pdf"_s), slides.size());
    }

    void wrongBytesAreDroppedNotKept()
    {
        AttachmentCache &cache = m_store->attachments();
        const QByteArray audio = bytesOf(50'000, 'a');
        const QString hash = sha256(audio);
        QByteArray damaged = audio;
        damaged[1234] = char(damaged[1234] ^ 0x20);
        QVERIFY(cache.beginDownload(hash, audio.size(), u"audio/ogg"_s).ok());
        QVERIFY(cache.appendDownloaded(hash, damaged).ok());
        const Core::Status finished = cache.finishDownload(hash);
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().code, Core::ErrorCode::Invalid);
        QVERIFY(cache.open(hash)->isEmpty());
        // It starts again from nothing.
        QCOMPARE(*cache.beginDownload(hash, audio.size(), u"audio/ogg"_s), 0);
        QVERIFY(!cache.beginDownload(u"not-a-hash"_s, 10, {}).ok());
        QVERIFY(!AttachmentCache::isHash(hash.toUpper()));
    }

    void quotaRemovesTheLeastRecentlyUsedButNeverAnUnsentFile()
    {
        AttachmentCache &cache = m_store->attachments();
        QList<QByteArray> files;
        for (char c : {'1', '2', '3'}) {
            files << bytesOf(100'000, c);
            QVERIFY(download(cache, files.last()));
            m_clock.advance(60'000);
        }
        // Attached here a minute later: waiting for its upload.
        const QString source = m_dir->filePath(u"photo.jpg"_s);
        QFile photo(source);
        QVERIFY(photo.open(QIODevice::WriteOnly) && photo.write(bytesOf(100'000, 'p')) > 0);
        photo.close();
        m_clock.advance(60'000);
        const auto attached = cache.addLocalFile(source, u"image/jpeg"_s);
        QVERIFY(attached.ok());
        // The first download is read again: the second and third are now
        // the least recently used.
        m_clock.advance(60'000);
        QVERIFY(!cache.open(sha256(files[0]))->isEmpty());

        QCOMPARE(*cache.totalBytes(), 400'000);
        const auto evicted = cache.enforceQuota(250'000);
        QVERIFY(evicted.ok());
        QCOMPARE(*evicted, (QStringList{sha256(files[1]), sha256(files[2])}));
        QVERIFY(!QFile::exists(cache.filePath(sha256(files[1]))));
        QCOMPARE(*cache.totalBytes(), 200'000);
        // Below what the unsent file alone takes: it stays all the same.
        QVERIFY(cache.enforceQuota(0).ok());
        QCOMPARE(*cache.totalBytes(), 100'000);
        QVERIFY(!cache.open(attached->sha256)->isEmpty());
        QCOMPARE(cache.pendingUploads()->size(), 1);
    }

    // What records say of their files: checked, and merged as sets.
    void recordsNameWellFormedFilesOnce()
    {
        const auto ref = [](QChar digit, const QString &name) {
            return Core::AttachmentRef{QString(64, digit), name, 1200, u"application/pdf"_s};
        };
        const QJsonArray good =
            Core::attachmentsJson({ref(u'a', u"plan.pdf"_s), ref(u'b', u"فريق العمل.pdf"_s)});
        QVERIFY(Core::checkAttachments(good).ok());
        QCOMPARE(Core::attachmentsFrom(good).size(), 2);
        Core::Record post{QString(Core::Entity::Post),
                          Core::newRecordId(),
                          0,
                          QJsonObject{{u"body"_s, u"x"_s}, {u"attachments"_s, good}},
                          {},
                          {}};
        QVERIFY(Core::validateRecord(post).ok());

        QJsonArray tooMany;
        for (int i = 0; i < Core::MaxAttachments + 1; ++i)
            tooMany << ref(u'a', u"f.pdf"_s).toJson().value(u"sha256"_s);
        const QList<QJsonValue> bad{
            QJsonObject{},                                 // not a list
            QJsonArray{ref(u'A', u"x.pdf"_s).toJson()},    // upper-case hash
            QJsonArray{ref(u'a', u"../x.pdf"_s).toJson()}, // a path, not a name
            QJsonArray{ref(u'a', u" "_s).toJson()},        // no name
            QJsonArray{ref(u'a', u"x.pdf"_s).toJson(), ref(u'a', u"y.pdf"_s).toJson()},
            QJsonArray{QJsonObject{{u"sha256"_s, QString(64, u'a')},
                                   {u"name"_s, u"x"_s},
                                   {u"size"_s, -1},
                                   {u"type"_s, u"text/plain"_s}}},
            QJsonArray{QJsonObject{{u"sha256"_s, QString(64, u'a')},
                                   {u"name"_s, u"x"_s},
                                   {u"size"_s, 1},
                                   {u"type"_s, u"not a type"_s}}},
            tooMany,
        };
        for (const QJsonValue &v : bad) {
            QVERIFY2(!Core::checkAttachments(v).ok(),
                     QJsonDocument(QJsonObject{{u"v"_s, v}}).toJson());
            post.fields.insert(u"attachments"_s, v);
            QCOMPARE(Core::validateRecord(post).error().code, Core::ErrorCode::Invalid);
        }
        QCOMPARE(Core::attachmentHashOf(QUrl(Core::attachmentUrl(QString(64, u'c')))),
                 QString(64, u'c'));
        QVERIFY(Core::attachmentHashOf(QUrl(u"https://example.org/x.png"_s)).isEmpty());

        // Two laptops at once: one adds B and removes A, the other adds C.
        const auto names = [](const QJsonArray &list) {
            QStringList out;
            for (const Core::AttachmentRef &r : Core::attachmentsFrom(list))
                out << r.name;
            return out;
        };
        const QJsonArray base = Core::attachmentsJson({ref(u'a', u"A"_s)});
        const QJsonArray mine = Core::attachmentsJson({ref(u'b', u"B"_s)});
        const QJsonArray theirs = Core::attachmentsJson({ref(u'a', u"A"_s), ref(u'c', u"C"_s)});
        QCOMPARE(names(Core::mergeAttachments(base, mine, theirs)), (QStringList{u"C"_s, u"B"_s}));
        // No base known: nothing is taken as removed.
        QCOMPARE(names(Core::mergeAttachments(QJsonValue(), mine, theirs)),
                 (QStringList{u"A"_s, u"C"_s, u"B"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCoreAttachments)
#include "tst_core_attachments.moc"
