#pragma once

#include "changeset.h"
#include "fielderror.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

class QUndoStack;

namespace Core {
class ClockTimer;
class LocalStore;
} // namespace Core

namespace Editing {

class DeskSession;

// One document being edited: a record (a plan, a post being edited, a
// review) or a record being composed (a new post). Every editor of the app
// stands on it; no widget writes to the replica itself.
//
// - The draft: the values on screen. setValue() goes through the undo stack
//   (consecutive edits of one field between two saves are one undo step),
//   so undo and redo cover every field of the document.
// - Autosave: each change is kept at once as a draft in the replica (a crash
//   loses no keystroke); a save follows after a pause (autosaveDelay, on
//   the store's clock). For a record, valid changed fields are written under
//   the desk's active author, each save one transaction with its outbox
//   entry (consecutive saves merge into one entry until a push carries it).
//   Anything that cannot be written yet (a field in error, nobody signed
//   in) is kept as a draft in the replica, so nothing typed is lost; the
//   next session on the same document starts from it.
// - For a new record, the fields live only in the draft (never synced) until
//   commit() creates the record and drops the draft in one transaction.
// - Validation: the validator runs on every change; errors() says which
//   fields are wrong and why.
// - Changes of the record from elsewhere (a sync, another window) update
//   the fields not being edited here.
//
// Thread: the thread that owns the store. Store and desk are not owned.
class EditorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorSession)

public:
    enum class Mode { Record, NewRecord };

    // Edits the stored record `entity`/`id`.
    EditorSession(Core::LocalStore *store, const DeskSession *desk, const QString &entity,
                  const QString &id, QObject *parent = nullptr);
    // Composes a new record of `entity` from the draft `draftKey` (restored
    // if one is kept), starting from `initial` otherwise.
    EditorSession(Core::LocalStore *store, const DeskSession *desk, const QString &entity,
                  const QString &draftKey, const QJsonObject &initial, QObject *parent = nullptr);
    ~EditorSession() override;

    Mode mode() const { return m_mode; }
    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; } // empty for a new record until commit()
    QString draftKey() const { return m_draftKey; }
    // False when the record could not be read (gone, or the replica failed).
    bool isValid() const { return m_valid; }

    void setValidator(Validator validator);
    void setAutosaveDelay(int milliseconds) { m_autosaveDelay = milliseconds; }

    QJsonValue value(const QString &field) const { return m_draft.value(field); }
    QJsonObject fields() const { return m_draft; }
    void setValue(const QString &field, const QJsonValue &value);

    QUndoStack *undoStack() const { return m_undo; }
    // True while changes wait for the next save.
    bool hasUnsavedChanges() const { return m_dirty; }
    // True when something typed is kept only as a draft (in error, or new).
    bool hasDraft() const { return m_hasDraft; }

    const FieldErrors &errors() const { return m_errors; }
    FieldError error(const QString &field) const { return m_errors.value(field); }

    // Saves now (what autosave does after the pause).
    Core::Status save();
    // New records: checks every field and creates the record. On success
    // returns its id and the session edits that record from then on.
    // `stamp` adds fields known only when sending (the author, the time).
    Core::Result<QString> commit(const QJsonObject &stamp = {});
    // Forgets the draft (and, for a record, the changes not saved yet).
    void discardDraft();

Q_SIGNALS:
    // A field's value changed here (typed, undone, redone) or from elsewhere.
    void valueChanged(const QString &field, const QJsonValue &value);
    void errorsChanged();
    void saved();
    void saveFailed(const Core::Error &error);
    void committed(const QString &recordId);
    void unsavedChangesChanged(bool unsaved);

private:
    friend class SetFieldCommand;

    void init();
    void applyValue(const QString &field, const QJsonValue &value);
    void validate();
    void setDirty(bool dirty);
    void journal();
    void onRecordsChanged(const Core::ChangeSet &changes);
    Core::Status keepDraft();
    QJsonObject changedFields() const;

    Core::LocalStore *m_store;
    const DeskSession *m_desk;
    Mode m_mode;
    QString m_entity;
    QString m_id;
    QString m_draftKey;
    bool m_valid = true;
    QJsonObject m_saved; // the record as stored (Record mode)
    QJsonObject m_draft;
    FieldErrors m_errors;
    Validator m_validator;
    QUndoStack *m_undo;
    Core::ClockTimer *m_autosave;
    int m_autosaveDelay = 1000;
    bool m_dirty = false;
    bool m_hasDraft = false;
    bool m_saving = false;
    int m_saveGeneration = 0; // undo steps merge only within one run between saves
};

} // namespace Editing
