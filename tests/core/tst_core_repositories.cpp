// Repositories over a real replica file: every entity round-trips, input that
// does not fit the schema is refused, queries never take SQL from callers,
// and full-text search finds lessons and posts.
#include "attachmentref.h"
#include "entityschema.h"
#include "localstore.h"
#include "searchindex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonValue sampleValue(const Core::FieldSpec &field, int seed)
{
    switch (field.type) {
    case Core::FieldType::Integer:
        return seed * 7;
    case Core::FieldType::Real:
        return seed + 0.5;
    case Core::FieldType::Json:
        if (field.name == Core::AttachmentsField) {
            return QJsonArray{Core::AttachmentRef{QString(64, u'a'), u"ñ map %1.png"_s.arg(seed),
                                                  seed, u"image/png"_s}
                                  .toJson()};
        }
        return QJsonArray{u"a%1"_s.arg(seed), seed};
    case Core::FieldType::Text:
        break;
    }
    if (field.indexed)
        return Core::newRecordId();
    return u"%1 — ñ é ع ж %2"_s.arg(field.name).arg(seed);
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::LocalStore m_store;
    const QString m_author = Core::newRecordId();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Core::Status opened = m_store.open(m_dir.filePath(u"replica.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
    }

    void everyEntityRoundTrips_data()
    {
        QTest::addColumn<QString>("entity");
        for (const Core::EntitySpec &spec : Core::entitySpecs())
            QTest::newRow(spec.name.data()) << QString(spec.name);
    }

    void everyEntityRoundTrips()
    {
        QFETCH(QString, entity);
        const Core::EntitySpec *spec = Core::entitySpec(entity);
        QVERIFY(spec);
        Core::Record record;
        record.entity = entity;
        record.id = Core::newRecordId();
        record.revision = 42;
        record.updatedAt = u"2026-11-01T10:00:00.000Z"_s;
        record.updatedBy = m_author;
        int seed = 1;
        for (const Core::FieldSpec &field : spec->fields)
            record.fields.insert(field.name, sampleValue(field, seed++));

        Core::RecordRepository repo(m_store.database());
        QVERIFY(repo.upsert(record).ok());
        const auto loaded = repo.get(entity, record.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
        QCOMPARE(loaded.value(), record);

        // An update replaces fields; a missing field reads back as absent.
        record.fields.remove(spec->fields.last().name);
        record.revision = 43;
        QVERIFY(repo.upsert(record).ok());
        QCOMPARE(repo.get(entity, record.id).value(), record);

        QVERIFY(repo.remove(entity, record.id).ok());
        QCOMPARE(repo.get(entity, record.id).error().code, Core::ErrorCode::NotFound);
    }

    void refusesWhatDoesNotFitTheSchema()
    {
        Core::RecordRepository repo(m_store.database());
        Core::Record r{u"course"_s, Core::newRecordId(), 1, {{u"title"_s, u"x"_s}}, {}, {}};

        Core::Record unknownEntity = r;
        unknownEntity.entity = u"course; DROP TABLE course"_s;
        QCOMPARE(repo.upsert(unknownEntity).error().code, Core::ErrorCode::Invalid);

        Core::Record badId = r;
        badId.id = u"not-a-uuid"_s;
        QCOMPARE(repo.upsert(badId).error().code, Core::ErrorCode::Invalid);

        Core::Record unknownField = r;
        unknownField.fields.insert(u"password"_s, u"x"_s);
        QCOMPARE(repo.upsert(unknownField).error().code, Core::ErrorCode::Invalid);

        Core::Record wrongType = r;
        wrongType.fields.insert(u"title"_s, 12);
        QCOMPARE(repo.upsert(wrongType).error().code, Core::ErrorCode::Invalid);

        Core::Record module{u"module"_s, Core::newRecordId(), 1, {{u"position"_s, 1.5}}, {}, {}};
        QCOMPARE(repo.upsert(module).error().code, Core::ErrorCode::Invalid);

        QVERIFY(repo.upsert(r).ok());
    }

    // A pulled page's records go in many to a statement: every one lands
    // whole across the statements' edges, a record given twice keeps its
    // last version, the search index has each, and one bad record refuses
    // the lot.
    void writesManyRecordsAtOnce()
    {
        Core::RecordRepository repo(m_store.database());
        const QString thread = Core::newRecordId();
        QList<Core::Record> posts;
        for (int i = 0; i < 300; ++i) {
            posts.append({u"post"_s,
                          Core::newRecordId(),
                          1,
                          {{u"thread_id"_s, thread}, {u"body"_s, u"cadena lote%1x ñ"_s.arg(i)}},
                          {},
                          {}});
        }
        Core::Record again = posts[3];
        again.revision = 2;
        again.fields.insert(u"body"_s, u"cadena revisada"_s);
        QList<const Core::Record *> all;
        for (const Core::Record &p : std::as_const(posts))
            all.append(&p);
        all.append(&again);
        const Core::Status written = repo.upsertAll(all);
        QVERIFY2(written.ok(), qPrintable(written.error().detail));

        const auto stored = repo.list(u"post", u"thread_id", thread);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 300);
        QCOMPARE(repo.get(u"post", posts[299].id).value(), posts[299]);
        QCOMPARE(repo.get(u"post", posts[256].id).value(), posts[256]);
        QCOMPARE(repo.get(u"post", again.id).value(), again);
        QCOMPARE(m_store.search().search(u"lote299x"_s)->size(), 1);
        QCOMPARE(m_store.search().search(u"lote3x"_s)->size(), 0);
        QCOMPARE(m_store.search().search(u"revisada"_s)->size(), 1);

        Core::Record bad = posts[0];
        bad.id = Core::newRecordId();
        bad.fields.insert(u"body"_s, 12);
        Core::Record fresh = posts[0];
        fresh.id = Core::newRecordId();
        QCOMPARE(repo.upsertAll({&fresh, &bad}).error().code, Core::ErrorCode::Invalid);
        QCOMPARE(repo.get(u"post", fresh.id).error().code, Core::ErrorCode::NotFound);
        Core::Record lesson{u"lesson"_s, Core::newRecordId(), 1, {}, {}, {}};
        QCOMPARE(repo.upsertAll({&fresh, &lesson}).error().code, Core::ErrorCode::Invalid);
        QCOMPARE(repo.get(u"post", fresh.id).error().code, Core::ErrorCode::NotFound);

        // Records said to be checked already (a pulled page's, which the
        // protocol's decoder validated) go in as they are; a kind the
        // replica does not know is still refused.
        const Core::RecordRepository::Checked checked = Core::RecordRepository::Checked::Yes;
        QVERIFY(repo.upsertAll({&fresh}, checked).ok());
        QCOMPARE(repo.get(u"post", fresh.id).value(), fresh);
        Core::Record unknown = fresh;
        unknown.entity = u"course; DROP TABLE course"_s;
        QCOMPARE(repo.upsertAll({&unknown}, checked).error().code, Core::ErrorCode::Invalid);
    }

    void listsFiltersAndOrdersByKnownFieldsOnly()
    {
        Core::RecordRepository repo(m_store.database());
        const QString course = Core::newRecordId();
        for (int position : {3, 1, 2}) {
            Core::Record m{u"module"_s,
                           Core::newRecordId(),
                           1,
                           {{u"course_id"_s, course},
                            {u"position"_s, position},
                            {u"title"_s, u"Module %1"_s.arg(position)}},
                           {},
                           {}};
            QVERIFY(repo.upsert(m).ok());
        }
        Core::Record other{u"module"_s, Core::newRecordId(),
                           1,           {{u"course_id"_s, Core::newRecordId()}, {u"position"_s, 0}},
                           {},          {}};
        QVERIFY(repo.upsert(other).ok());

        const auto modules = repo.list(u"module", u"course_id", course, u"position");
        QVERIFY(modules.ok());
        QCOMPARE(modules->size(), 3);
        QCOMPARE(modules->at(0).text(u"title"), u"Module 1"_s);
        QCOMPARE(modules->at(2).text(u"title"), u"Module 3"_s);

        QCOMPARE(repo.list(u"module", u"course_id) OR (1=1", course).error().code,
                 Core::ErrorCode::Invalid);
        QCOMPARE(repo.list(u"module", {}, {}, u"position; DROP TABLE module").error().code,
                 Core::ErrorCode::Invalid);
        // A value that looks like SQL is only a value.
        const auto none = repo.list(u"module", u"course_id", u"' OR '1'='1"_s);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void searchFindsLessonsAndPostsWithAccentsFolded()
    {
        Core::RecordRepository repo(m_store.database());
        const QString lesson = Core::newRecordId();
        QVERIFY(repo.upsert({u"lesson"_s,
                             lesson,
                             1,
                             {{u"title"_s, u"Gestión de medicamentos esenciales"_s},
                              {u"body"_s, u"La cadena de suministro y el inventario mensual."_s}},
                             {},
                             {}})
                    .ok());
        const QString post = Core::newRecordId();
        QVERIFY(repo.upsert({u"post"_s,
                             post,
                             1,
                             {{u"body"_s, u"Notre équipe a réduit les ruptures de stock."_s}},
                             {},
                             {}})
                    .ok());

        auto hits = m_store.search().search(u"gestion MEDICAMENTOS"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().recordId, lesson);
        QCOMPARE(hits->first().title, u"Gestión de medicamentos esenciales"_s);

        hits = m_store.search().search(u"equipe rupt"_s); // prefix on the last word
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().entity, u"post"_s);
        QVERIFY(hits->first().snippet.contains(Core::SearchHit::MatchStart + u"équipe"_s +
                                               Core::SearchHit::MatchEnd));

        // FTS operators typed by a user are just words, never a syntax error.
        for (const QString &text : {u"NEAR(\"a\" AND"_s, u"*"_s, u"\"\"\""_s, u"inventario OR"_s}) {
            const auto r = m_store.search().search(text);
            QVERIFY2(r.ok(), qPrintable(text));
        }

        // Edits and deletes keep the index current.
        QVERIFY(repo.upsert({u"post"_s, post, 2, {{u"body"_s, u"Vaccination campaign"_s}}, {}, {}})
                    .ok());
        QCOMPARE(m_store.search().search(u"ruptures"_s)->size(), 0);
        QCOMPARE(m_store.search().search(u"vaccination"_s)->size(), 1);
        QVERIFY(repo.remove(u"post", post).ok());
        QCOMPARE(m_store.search().search(u"vaccination"_s)->size(), 0);
    }

    // Arabic typed without its short vowels finds the vocalised word (and
    // the other way round); Russian е finds ё.
    void searchFoldsArabicVowelsAndRussianYo()
    {
        Core::RecordRepository repo(m_store.database());
        const QString arabic = Core::newRecordId();
        QVERIFY(repo.upsert({u"post"_s,
                             arabic,
                             1,
                             {{u"body"_s, u"تَعْزِيزُ الصِّحَّةِ الأَوَّلِيَّةِ فِي المَنَاطِقِ"_s}},
                             {},
                             {}})
                    .ok());
        const QString russian = Core::newRecordId();
        QVERIFY(repo.upsert({u"post"_s,
                             russian,
                             1,
                             {{u"body"_s, u"Всё про учёт лекарств на складе."_s}},
                             {},
                             {}})
                    .ok());
        for (const QString &typed : {u"الصحة"_s, u"الاولية"_s, u"الصِّحَّةِ"_s, u"تعزيز الصح"_s}) {
            const auto hits = m_store.search().search(typed);
            QVERIFY2(hits && hits->size() == 1 && hits->first().recordId == arabic,
                     qPrintable(typed));
        }
        for (const QString &typed : {u"учет"_s, u"УЧЁТ"_s, u"все про"_s}) {
            const auto hits = m_store.search().search(typed);
            QVERIFY2(hits && hits->size() == 1 && hits->first().recordId == russian,
                     qPrintable(typed));
        }
        QCOMPARE(Core::SearchIndex::fold(u"Ёлка الصِّحَّةِ"_s), u"Елка الصحة"_s);
        // The index's triggers fold in SQL exactly as a query is folded.
        for (const QString &text :
             {u"Ёлка الصِّحَّةِ"_s, u"plain"_s, u""_s, u"ёё"_s, u"ـمـ 😀 ё€ أإآى"_s,
              u"Всё про учёт ✓ تَعْزِيزُ"_s, u"ñ é ü ж ع"_s}) {
            QSqlQuery q(m_store.database());
            QVERIFY(q.prepare(u"SELECT %1"_s.arg(Core::SearchIndex::foldSql(u"?"_s))));
            q.addBindValue(text);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toString(), Core::SearchIndex::fold(text));
        }

        // A post a facilitator hid, or its author deleted, is not offered.
        QVERIFY(repo.upsert({u"post"_s,
                             russian,
                             2,
                             {{u"body"_s, u"Всё про учёт лекарств на складе."_s},
                              {u"hidden_at"_s, u"2026-12-04T10:00:00Z"_s}},
                             {},
                             {}})
                    .ok());
        QCOMPARE(m_store.search().search(u"учет"_s)->size(), 0);
        QVERIFY(repo.upsert({u"post"_s,
                             russian,
                             3,
                             {{u"body"_s, u"Всё про учёт лекарств на складе."_s},
                              {u"hidden_at"_s, u""_s}},
                             {},
                             {}})
                    .ok());
        QCOMPARE(m_store.search().search(u"учет"_s)->size(), 1);
    }

    // A connection of the app copies the log into the file only past 64
    // MB: the sync's applier has it copied at 32 MB, on a thread of its
    // own, and the window's small writes never copy its pages. A log that
    // grew past 64 MB is cut back to it. A new replica has pages of 16 KiB.
    void leavesCheckpointsToTheApplier()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Core::LocalStore::NewReplicaPageSize);
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong() * Core::LocalStore::NewReplicaPageSize,
                 qint64(64) * 1024 * 1024);
        QVERIFY(q.exec(u"PRAGMA journal_size_limit"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(64) * 1024 * 1024);
    }

    // The sync's applier leaves its log to another connection: told after
    // each commit that leaves the amount asked in the log, it has another
    // connection copy it into the file, all of it when nothing holds it back.
    void logIsCopiedByAnotherConnection()
    {
        const QString path = m_dir.filePath(u"log.sqlite"_s);
        Core::LocalStore writer;
        QVERIFY(writer.open(path).ok());
        int told = 0;
        QVERIFY(writer.whenLogHolds(1, [&told]() { ++told; }).ok());
        const Core::Record course{
            u"course"_s, Core::newRecordId(), 1, {{u"title"_s, u"Supply"_s}}, {}, {}};
        QVERIFY(writer.applyPulled({course}, {}, 1).ok());
        QVERIFY(told >= 1);

        Core::LocalStore copier;
        QVERIFY(copier.open(path).ok());
        const qint64 before = QFileInfo(path).size();
        QVERIFY(copier.checkpointLog().ok());
        QVERIFY2(QFileInfo(path).size() > before, qPrintable(QString::number(before)));
        // Frames in the log, and of them copied: all.
        QSqlQuery q(copier.database());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next());
        QVERIFY(q.value(1).toInt() > 0);
        QCOMPARE(q.value(2).toInt(), q.value(1).toInt());
        QCOMPARE(copier.records().get(u"course", course.id).value(), course);
    }

    void syncStateKeepsValues()
    {
        QCOMPARE(*m_store.syncState().cursor(), 0);
        QVERIFY(m_store.syncState().setCursor(1234).ok());
        QVERIFY(m_store.syncState().setValue(u"server"_s, u"http://127.0.0.1:1"_s).ok());
        QCOMPARE(*m_store.syncState().cursor(), 1234);
        QCOMPARE(*m_store.syncState().value(u"server"_s), u"http://127.0.0.1:1"_s);
        QCOMPARE(*m_store.syncState().value(u"absent"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_core_repositories.moc"
