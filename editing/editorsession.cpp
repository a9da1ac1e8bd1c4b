#include "editorsession.h"

#include "clock.h"
#include "desksession.h"
#include "editinglogging.h"
#include "localstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Editing {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

// One change of one field. Typing in a field between two saves is one step.
class SetFieldCommand final : public QUndoCommand
{
public:
    SetFieldCommand(EditorSession *session, const QString &field, const QJsonValue &before,
                    const QJsonValue &after)
        : m_session(session)
        , m_field(field)
        , m_before(before)
        , m_after(after)
        , m_generation(session->m_saveGeneration)
    {}

    int id() const override { return 1; }
    void undo() override { m_session->applyValue(m_field, m_before); }
    void redo() override { m_session->applyValue(m_field, m_after); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (next->m_field != m_field || next->m_generation != m_generation)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    EditorSession *m_session;
    QString m_field;
    QJsonValue m_before;
    QJsonValue m_after;
    int m_generation;
};

namespace {
QString recordDraftKey(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}
} // namespace

EditorSession::EditorSession(Core::LocalStore *store, const DeskSession *desk,
                             const QString &entity, const QString &id, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_mode(Mode::Record)
    , m_entity(entity)
    , m_id(id)
    , m_draftKey(recordDraftKey(entity, id))
    , m_undo(new QUndoStack(this))
    , m_autosave(new Core::ClockTimer(store->clock(), this))
{
    const Core::Result<Core::Record> record = m_store->records().get(entity, id);
    m_valid = record.ok();
    if (record)
        m_saved = record->fields;
    m_draft = m_saved;
    init();
}

EditorSession::EditorSession(Core::LocalStore *store, const DeskSession *desk,
                             const QString &entity, const QString &draftKey,
                             const QJsonObject &initial, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_mode(Mode::NewRecord)
    , m_entity(entity)
    , m_draftKey(draftKey)
    , m_draft(initial)
    , m_undo(new QUndoStack(this))
    , m_autosave(new Core::ClockTimer(store->clock(), this))
{
    init();
}

EditorSession::~EditorSession()
{
    // Nothing typed is lost when an editor closes before its pause is over.
    if (m_dirty)
        (void)save();
}

void EditorSession::init()
{
    // A draft kept from before (a crash, a value that did not fit) comes back.
    const Core::Result<std::optional<Core::Draft>> kept = m_store->drafts().get(m_draftKey);
    // Someone else's unsaved typing (a person no longer at this desk) is
    // theirs: it is neither shown nor saved in another's name.
    bool theirs = false;
    if (kept && kept->has_value() && !(*kept)->authorId.isEmpty() && m_desk &&
        m_desk->isSignedIn()) {
        const QString author = (*kept)->authorId;
        theirs = author != m_desk->member().memberId && !m_desk->person(author);
    }
    if (kept && kept->has_value() && !theirs) {
        for (auto it = (*kept)->fields.begin(); it != (*kept)->fields.end(); ++it)
            m_draft.insert(it.key(), it.value());
        m_hasDraft = true;
    }
    connect(m_autosave, &Core::ClockTimer::timeout, this, [this]() { (void)save(); });
    connect(m_store, &Core::LocalStore::recordsChanged, this, &EditorSession::onRecordsChanged);
    if (m_desk) {
        connect(m_desk, &DeskSession::activeAuthorAboutToChange, this, [this]() {
            if (m_dirty)
                (void)save();
        });
    }
    m_dirty = m_mode == Mode::Record && m_hasDraft && !changedFields().isEmpty();
    if (m_dirty)
        m_autosave->start(m_autosaveDelay); // what a crash interrupted is saved now
}

void EditorSession::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    validate();
}

void EditorSession::setValue(const QString &field, const QJsonValue &value)
{
    const QJsonValue before = m_draft.value(field);
    if (before == value)
        return;
    m_undo->push(new SetFieldCommand(this, field, before, value));
}

void EditorSession::applyValue(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        m_draft.remove(field);
    else
        m_draft.insert(field, value);
    Q_EMIT valueChanged(field, value);
    validate();
    setDirty(true);
    journal();
    m_autosave->start(m_autosaveDelay);
}

void EditorSession::journal()
{
    // Every change reaches the replica at once as a draft (one small
    // transaction), so a crash before the pause is over loses nothing; the
    // save then writes the record and drops the draft in one transaction.
    if (m_mode != Mode::Record || m_saving)
        return;
    const QJsonObject changed = changedFields();
    Core::Status s = changed.isEmpty()
                         ? m_store->drafts().remove(m_draftKey)
                         : m_store->drafts().put({m_draftKey, changed, m_desk->activeAuthorId(),
                                                  m_store->clock()->nowIso()});
    if (!s)
        qCWarning(lcEditing) << "cannot keep the draft" << m_draftKey << ":" << s.error().detail;
}

void EditorSession::validate()
{
    FieldErrors errors = m_validator ? m_validator(m_draft) : FieldErrors();
    if (errors == m_errors)
        return;
    m_errors = std::move(errors);
    Q_EMIT errorsChanged();
}

void EditorSession::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT unsavedChangesChanged(dirty);
}

QJsonObject EditorSession::changedFields() const
{
    QJsonObject changed;
    for (auto it = m_draft.begin(); it != m_draft.end(); ++it) {
        if (m_saved.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

Core::Status EditorSession::keepDraft()
{
    QJsonObject kept = m_mode == Mode::Record ? changedFields() : m_draft;
    if (m_mode == Mode::Record) {
        // Only what could not be written stays a draft.
        for (auto it = kept.begin(); it != kept.end();) {
            if (m_errors.contains(it.key()) || m_desk->activeAuthorId().isEmpty())
                ++it;
            else
                it = kept.erase(it);
        }
    }
    Core::Status s = kept.isEmpty()
                         ? m_store->drafts().remove(m_draftKey)
                         : m_store->drafts().put({m_draftKey, kept, m_desk->activeAuthorId(),
                                                  m_store->clock()->nowIso()});
    if (s)
        m_hasDraft = !kept.isEmpty();
    return s;
}

Core::Status EditorSession::save()
{
    if (m_saving)
        return {};
    m_saving = true;
    m_autosave->stop();
    ++m_saveGeneration;
    Core::Status result;
    if (m_mode == Mode::Record && m_valid) {
        QJsonObject writable = changedFields();
        for (auto it = writable.begin(); it != writable.end();) {
            if (m_errors.contains(it.key()))
                it = writable.erase(it);
            else
                ++it;
        }
        const QString author = m_desk->activeAuthorId();
        if (!writable.isEmpty() && !author.isEmpty()) {
            const Core::Result<QString> op =
                m_store->updateRecord(m_entity, m_id, writable, author, m_draftKey);
            if (!op) {
                result = op.error();
            } else {
                for (auto it = writable.begin(); it != writable.end(); ++it)
                    m_saved.insert(it.key(), it.value());
            }
        }
    }
    if (Core::Status kept = keepDraft(); !kept && result)
        result = kept;
    m_saving = false;
    if (!result) {
        qCWarning(lcEditing) << "cannot save" << m_draftKey << ":" << result.error().detail;
        Q_EMIT saveFailed(result.error());
        return result;
    }
    setDirty(false);
    Q_EMIT saved();
    return {};
}

Core::Result<QString> EditorSession::commit(const QJsonObject &stamp)
{
    if (m_mode != Mode::NewRecord)
        return Core::makeError(ErrorCode::Invalid, u"only a new record is committed"_s);
    validate();
    if (!m_errors.isEmpty()) {
        (void)save();
        return Core::makeError(ErrorCode::Invalid, u"fields in error"_s);
    }
    const QString author = m_desk->activeAuthorId();
    if (author.isEmpty()) {
        (void)save();
        return Core::makeError(ErrorCode::Unauthorized, u"nobody is signed in"_s);
    }
    m_autosave->stop();
    Core::Record record;
    record.entity = m_entity;
    record.id = Core::newRecordId();
    record.fields = m_draft;
    for (auto it = stamp.begin(); it != stamp.end(); ++it)
        record.fields.insert(it.key(), it.value());
    const Core::Result<QString> created = m_store->createRecord(record, author, m_draftKey);
    if (!created) {
        (void)save(); // the text stays as a draft
        Q_EMIT saveFailed(created.error());
        return created.error();
    }
    // From now on this session edits the record it created.
    m_id = record.id;
    m_mode = Mode::Record;
    m_draft = record.fields;
    m_saved = m_draft;
    m_draftKey = recordDraftKey(m_entity, m_id);
    m_hasDraft = false;
    m_undo->clear();
    setDirty(false);
    Q_EMIT committed(m_id);
    return m_id;
}

void EditorSession::discardDraft()
{
    m_autosave->stop();
    (void)m_store->drafts().remove(m_draftKey);
    m_hasDraft = false;
    const QJsonObject before = m_draft;
    m_draft = m_mode == Mode::Record ? m_saved : QJsonObject();
    m_undo->clear();
    setDirty(false);
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (m_draft.value(it.key()) != it.value())
            Q_EMIT valueChanged(it.key(), m_draft.value(it.key()));
    }
    validate();
}

void EditorSession::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (m_mode != Mode::Record || m_saving || !changes.contains(m_entity, m_id))
        return;
    const Core::Result<Core::Record> record = m_store->records().get(m_entity, m_id);
    if (!record) {
        m_valid = false; // deleted: what is typed stays a draft
        return;
    }
    const QJsonObject stored = record->fields;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const bool editedHere = m_draft.value(it.key()) != m_saved.value(it.key());
        if (!editedHere && m_draft.value(it.key()) != it.value()) {
            m_draft.insert(it.key(), it.value());
            Q_EMIT valueChanged(it.key(), it.value());
        }
    }
    m_saved = stored;
    validate();
}

} // namespace Editing
