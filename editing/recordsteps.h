#pragma once

#include "record.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class QUndoStack;

namespace Core {
class LocalStore;
}

namespace Editing {

class DeskSession;

// Changes of whole records (an activity, an indicator and its values) as
// undo steps, each record written at once (one transaction with its outbox
// entry) under the desk's active author; undoing is itself a change by
// whoever is the author then.
//
// A step takes one record from `before` to `after` (its editable fields;
// empty: the record does not exist). A record deleted and brought back by
// undo is a new record (the server keeps what was deleted deleted): id()
// follows it from the key it was first known by, and so do the references
// of records created after it.
//
// Thread: the thread that owns the store; store and desk are not owned.
class RecordSteps
{
public:
    struct Step {
        QString entity;
        QString key;        // the id the record had when first known
        QJsonObject before; // empty: it did not exist
        QJsonObject after;  // empty: it does not exist any more
    };

    RecordSteps(Core::LocalStore *store, const DeskSession *desk);

    // The steps that move the record `id` of `order` (records in their
    // "position" order) to `index` (clamped) and number them 1..n again,
    // only those whose position changes written; `state` gives the fields a
    // step keeps of a record. NotFound when `id` is not in `order`; no
    // steps when it stays where it is.
    using State = std::function<QJsonObject(const QJsonObject &fields)>;
    static Core::Result<QList<Step>> reorder(const QString &entity, QList<Core::Record> order,
                                             const QString &id, qsizetype index,
                                             const State &state);
    // The position after the last of `records`.
    static qint64 nextPosition(const QList<Core::Record> &records);

    // Applies `steps` in order as one undo step named `text` on `stack`;
    // a change that could not be done the first time never enters it.
    Core::Status push(QUndoStack *stack, const QString &text, QList<Step> steps);
    // Where the record first known as `key` is now.
    QString id(const QString &key) const { return m_alias.value(key, key); }
    // From now on the record first known as `key` is `id`.
    void follow(const QString &key, const QString &id) { m_alias.insert(key, id); }

private:
    friend class RecordStepsCommand;
    Core::Status apply(const Step &step, bool forward);

    Core::LocalStore *m_store;
    const DeskSession *m_desk;
    QHash<QString, QString> m_alias;
    QSet<QString> m_born; // keys of records created here once
    Core::Status m_lastStatus;
};

} // namespace Editing
