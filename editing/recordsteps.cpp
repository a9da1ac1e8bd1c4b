#include "recordsteps.h"

#include "desksession.h"
#include "localstore.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Editing {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

// Steps applied in order, undone in reverse.
class RecordStepsCommand final : public QUndoCommand
{
public:
    RecordStepsCommand(RecordSteps *steps, const QString &text, QList<RecordSteps::Step> list)
        : QUndoCommand(text)
        , m_steps(steps)
        , m_list(std::move(list))
    {}

    void redo() override
    {
        Core::Status status;
        for (const RecordSteps::Step &step : std::as_const(m_list)) {
            status = m_steps->apply(step, true);
            if (!status)
                break;
        }
        m_steps->m_lastStatus = status;
        if (m_first)
            setObsolete(!status.ok());
        m_first = false;
    }
    void undo() override
    {
        Core::Status status;
        for (auto it = m_list.crbegin(); it != m_list.crend() && status; ++it)
            status = m_steps->apply(*it, false);
        m_steps->m_lastStatus = status;
    }

private:
    RecordSteps *m_steps;
    QList<RecordSteps::Step> m_list;
    bool m_first = true;
};

RecordSteps::RecordSteps(Core::LocalStore *store, const DeskSession *desk)
    : m_store(store)
    , m_desk(desk)
{}

Core::Result<QList<RecordSteps::Step>> RecordSteps::reorder(const QString &entity,
                                                            QList<Core::Record> order,
                                                            const QString &id, qsizetype index,
                                                            const State &state)
{
    const auto from =
        std::find_if(order.begin(), order.end(), [&](const Core::Record &r) { return r.id == id; });
    if (from == order.end())
        return Core::makeError(ErrorCode::NotFound, u"no such %1 here"_s.arg(entity));
    const qsizetype fromIndex = from - order.begin();
    const qsizetype to = std::clamp<qsizetype>(index, 0, order.size() - 1);
    if (to == fromIndex)
        return QList<Step>();
    order.move(fromIndex, to);
    QList<Step> steps;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Core::Record &r = order[i];
        if (r.fields.value("position"_L1).toInteger() == i + 1)
            continue;
        QJsonObject after = state(r.fields);
        after.insert(u"position"_s, i + 1);
        steps.append({entity, r.id, state(r.fields), after});
    }
    return steps;
}

qint64 RecordSteps::nextPosition(const QList<Core::Record> &records)
{
    qint64 last = 0;
    for (const Core::Record &r : records)
        last = std::max<qint64>(last, r.fields.value("position"_L1).toInteger());
    return last + 1;
}

Core::Status RecordSteps::push(QUndoStack *stack, const QString &text, QList<Step> steps)
{
    m_lastStatus = {};
    stack->push(new RecordStepsCommand(this, text, std::move(steps)));
    return m_lastStatus;
}

Core::Status RecordSteps::apply(const Step &step, bool forward)
{
    const QJsonObject &from = forward ? step.before : step.after;
    const QJsonObject &to = forward ? step.after : step.before;
    const QString author = m_desk->activeAuthorId();
    if (author.isEmpty())
        return Core::makeError(ErrorCode::Unauthorized, u"nobody is signed in"_s);
    const QString current = id(step.key);
    if (to.isEmpty()) {
        const Core::Result<QString> op = m_store->deleteRecord(step.entity, current, author);
        return op ? Core::Status() : Core::Status(op.error());
    }
    if (from.isEmpty()) {
        // Created; created again when a delete is undone, as a new record.
        // The key is the new record's id only the first time.
        Core::Record record;
        record.entity = step.entity;
        record.id = forward && !m_born.contains(step.key) ? step.key : Core::newRecordId();
        m_born.insert(step.key);
        record.fields = to;
        // A reference to a record brought back as a new one follows it (the
        // values of an indicator whose deletion was undone).
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (it->isString() && m_alias.contains(it->toString()))
                *it = m_alias.value(it->toString());
        }
        const Core::Result<QString> op = m_store->createRecord(record, author);
        if (!op)
            return op.error();
        if (record.id != step.key)
            m_alias.insert(step.key, record.id);
        return {};
    }
    QJsonObject changed;
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (from.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return {};
    const Core::Result<QString> op = m_store->updateRecord(step.entity, current, changed, author);
    return op ? Core::Status() : Core::Status(op.error());
}

} // namespace Editing
