// What a person saves is on disk when the save returns: a local change (and
// its outbox entry) and a draft flush the replica's log before their commit
// returns, so a power cut after "saved" loses nothing (DESIGN.md, "Durable at
// save"). A pulled page does not wait for the disk: a power cut may undo it,
// with its position, and the next sync fetches it again. Counted with a VFS
// that wraps SQLite's own and counts the flushes of the replica's log.
#include "database.h"
#include "localstore.h"
#include "record.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

sqlite3_vfs *g_real = nullptr;
std::atomic<int> g_logSyncs{0};

// A file of the wrapping VFS: its own methods, then the real file.
struct File {
    sqlite3_file base;
    bool log; // the write-ahead log
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *file(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

int fileClose(sqlite3_file *f)
{
    return file(f)->real()->pMethods->xClose(file(f)->real());
}
int fileRead(sqlite3_file *f, void *p, int n, sqlite3_int64 at)
{
    return file(f)->real()->pMethods->xRead(file(f)->real(), p, n, at);
}
int fileWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 at)
{
    return file(f)->real()->pMethods->xWrite(file(f)->real(), p, n, at);
}
int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return file(f)->real()->pMethods->xTruncate(file(f)->real(), size);
}
int fileSync(sqlite3_file *f, int flags)
{
    if (file(f)->log)
        ++g_logSyncs;
    return file(f)->real()->pMethods->xSync(file(f)->real(), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return file(f)->real()->pMethods->xFileSize(file(f)->real(), size);
}
int fileLock(sqlite3_file *f, int level)
{
    return file(f)->real()->pMethods->xLock(file(f)->real(), level);
}
int fileUnlock(sqlite3_file *f, int level)
{
    return file(f)->real()->pMethods->xUnlock(file(f)->real(), level);
}
int fileCheckLock(sqlite3_file *f, int *out)
{
    return file(f)->real()->pMethods->xCheckReservedLock(file(f)->real(), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return file(f)->real()->pMethods->xFileControl(file(f)->real(), op, arg);
}
int fileSectorSize(sqlite3_file *f)
{
    return file(f)->real()->pMethods->xSectorSize(file(f)->real());
}
int fileDevice(sqlite3_file *f)
{
    return file(f)->real()->pMethods->xDeviceCharacteristics(file(f)->real());
}
int fileShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return file(f)->real()->pMethods->xShmMap(file(f)->real(), region, size, extend, p);
}
int fileShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return file(f)->real()->pMethods->xShmLock(file(f)->real(), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *f)
{
    file(f)->real()->pMethods->xShmBarrier(file(f)->real());
}
int fileShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return file(f)->real()->pMethods->xShmUnmap(file(f)->real(), deleteFlag);
}
int fileFetch(sqlite3_file *f, sqlite3_int64 at, int n, void **p)
{
    return file(f)->real()->pMethods->xFetch(file(f)->real(), at, n, p);
}
int fileUnfetch(sqlite3_file *f, sqlite3_int64 at, void *p)
{
    return file(f)->real()->pMethods->xUnfetch(file(f)->real(), at, p);
}

const sqlite3_io_methods Methods = {
    3,           fileClose,      fileRead,      fileWrite,   fileTruncate,   fileSync,   fileSize,
    fileLock,    fileUnlock,     fileCheckLock, fileControl, fileSectorSize, fileDevice, fileShmMap,
    fileShmLock, fileShmBarrier, fileShmUnmap,  fileFetch,   fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *wrapped = file(f);
    wrapped->base.pMethods = nullptr;
    wrapped->log = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_real->xOpen(g_real, name, wrapped->real(), flags, outFlags);
    if (rc == SQLITE_OK && wrapped->real()->pMethods)
        wrapped->base.pMethods = &Methods;
    return rc;
}

sqlite3_vfs g_counting;

// Made the default VFS of the process, before any connection opens.
void installCountingVfs()
{
    g_real = sqlite3_vfs_find(nullptr);
    std::memcpy(&g_counting, g_real, sizeof(sqlite3_vfs));
    g_counting.zName = "leadernet-counting";
    g_counting.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_counting.xOpen = vfsOpen;
    g_counting.pAppData = nullptr;
    sqlite3_vfs_register(&g_counting, 1);
}

Core::Record post(const QString &thread, const QString &body)
{
    return {u"post"_s,
            Core::newRecordId(),
            1,
            {{u"thread_id"_s, thread}, {u"body"_s, body}},
            u"2026-12-06T08:00:00Z"_s,
            Core::newRecordId()};
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installCountingVfs(); }

    void savedWorkIsOnDiskWhenTheSaveReturns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Core::LocalStore store;
        QVERIFY(store.open(dir.filePath(u"replica.sqlite"_s)).ok());
        const QString me = Core::newRecordId();
        const QString thread = Core::newRecordId();

        // A pulled page: committed, its log not flushed.
        int before = g_logSyncs;
        QVERIFY(store.applyPulled({post(thread, u"pulled"_s)}, {}, 1).ok());
        QCOMPARE(g_logSyncs.load(), before);

        // A new post written here, and its outbox entry.
        Core::Record mine = post(thread, u"written here"_s);
        mine.revision = 0;
        before = g_logSyncs;
        QVERIFY(store.createRecords({mine}, me).ok());
        QVERIFY(g_logSyncs > before);

        // An edit of it.
        before = g_logSyncs;
        const auto edited =
            store.updateRecord(u"post"_s, mine.id, {{u"body"_s, u"written here, edited"_s}}, me);
        QVERIFY2(edited.ok(), qPrintable(edited.error().detail));
        QVERIFY(g_logSyncs > before);

        // A draft kept.
        before = g_logSyncs;
        QVERIFY(store.drafts()
                    .put({u"reply/"_s + thread,
                          {{u"body"_s, u"half a reply"_s}},
                          me,
                          u"2026-12-06T08:01:00Z"_s})
                    .ok());
        QVERIFY(g_logSyncs > before);

        // The connection is back as it was: the next pulled page waits for
        // no disk.
        before = g_logSyncs;
        QVERIFY(store.applyPulled({post(thread, u"pulled again"_s)}, {}, 2).ok());
        QCOMPARE(g_logSyncs.load(), before);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_core_durability.moc"
