#include "resultsdocument.h"

#include "clock.h"
#include "desksession.h"
#include "editinglogging.h"
#include "entityschema.h"
#include "localstore.h"
#include "results.h"
#include "teamscope.h"

#include <QUndoStack>

#include <algorithm>

namespace Editing {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
namespace Entity = Core::Entity;

namespace {

constexpr qsizetype MaxUnitLength = 40;
constexpr qsizetype MaxNoteLength = 500;

// The fields of a record a step keeps (what undo puts back).
QJsonObject kept(const QJsonObject &fields, const QStringList &names)
{
    QJsonObject out;
    for (const QString &f : names) {
        if (fields.contains(f))
            out.insert(f, fields.value(f));
    }
    return out;
}
QJsonObject indicatorState(const QJsonObject &fields)
{
    static const QStringList names{u"team_id"_s, u"indicator"_s, u"unit"_s,    u"baseline"_s,
                                   u"target"_s,  u"source"_s,    u"position"_s};
    return kept(fields, names);
}
QJsonObject valueState(const QJsonObject &fields)
{
    static const QStringList names{u"report_id"_s, u"period"_s, u"actual"_s, u"note"_s};
    return kept(fields, names);
}

QDate monthOf(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

const QStringList &ResultsDocument::indicatorFields()
{
    static const QStringList fields{u"indicator"_s, u"unit"_s, u"baseline"_s, u"target"_s};
    return fields;
}

ResultsDocument::ResultsDocument(Core::LocalStore *store, DeskSession *desk, const QString &teamId,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_teamId(teamId)
    , m_undo(new QUndoStack(this))
    , m_steps(store, desk)
{
    readTeam();
    connect(m_store, &Core::LocalStore::recordsChanged, this, &ResultsDocument::onRecordsChanged);
    connect(m_desk, &DeskSession::activeAuthorChanged, this, [this]() { readTeam(); });
}

ResultsDocument::~ResultsDocument() = default;

void ResultsDocument::readTeam()
{
    const auto team = m_store->records().get(Entity::Team, m_teamId);
    m_programId = team ? team->text(u"program_id") : QString();
    m_teamMembers = team ? memberIds(team->fields.value("members"_L1)) : QStringList();
    const bool may = team && !m_desk->activeAuthorId().isEmpty() &&
                     m_teamMembers.contains(m_desk->activeAuthorId());
    if (may != m_mayEdit) {
        m_mayEdit = may;
        Q_EMIT mayEditChanged(may);
    }
}

void ResultsDocument::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (changes.contains(Entity::Team, m_teamId))
        readTeam();
    if (changes.contains(Entity::ResultsReport) || changes.contains(Entity::ResultValue))
        Q_EMIT changed();
}

QList<Core::Record> ResultsDocument::indicators() const
{
    const auto list =
        m_store->records().list(Entity::ResultsReport, u"team_id", m_teamId, u"position");
    if (!list) {
        qCWarning(lcEditing) << "cannot read the indicators of team" << m_teamId;
        return {};
    }
    return *list;
}

QList<Core::Record> ResultsDocument::values(const QString &indicatorId) const
{
    const auto list =
        m_store->records().list(Entity::ResultValue, u"report_id", this->indicatorId(indicatorId));
    if (!list) {
        qCWarning(lcEditing) << "cannot read the values of indicator" << indicatorId;
        return {};
    }
    return onePerPeriod(*list);
}

QList<Core::Record> ResultsDocument::onePerPeriod(QList<Core::Record> values)
{
    std::sort(values.begin(), values.end(), [](const Core::Record &a, const Core::Record &b) {
        return std::pair(a.text(u"period"), a.updatedAt) <
               std::pair(b.text(u"period"), b.updatedAt);
    });
    QList<Core::Record> one;
    for (const Core::Record &r : std::as_const(values)) {
        if (!one.isEmpty() && one.last().text(u"period") == r.text(u"period"))
            one.last() = r;
        else
            one.append(r);
    }
    return one;
}

Core::Result<Core::Record> ResultsDocument::indicator(const QString &id) const
{
    const Core::Result<Core::Record> r =
        m_store->records().get(Entity::ResultsReport, indicatorId(id));
    if (r && r->text(u"team_id") != m_teamId)
        return Core::makeError(ErrorCode::NotFound, u"not an indicator of this team"_s);
    return r;
}

QList<ResultsDocument::Suggestion> ResultsDocument::suggestions() const
{
    QSet<QString> used;
    for (const Core::Record &r : indicators())
        used.insert(r.text(u"source"));
    QList<Suggestion> out;
    const auto plans = m_store->records().list(Entity::ActionPlan, u"team_id", m_teamId);
    if (!plans || plans->isEmpty())
        return out;
    const Core::Record &plan = plans->first();
    const QString result = plan.text(u"measurable_result").trimmed();
    if (!result.isEmpty() && !used.contains(u"plan"_s))
        out.append({u"plan"_s, result});
    const auto activities =
        m_store->records().list(Entity::Activity, u"plan_id", plan.id, u"position");
    if (!activities)
        return out;
    for (const Core::Record &a : *activities) {
        const QString text = a.text(u"indicator").trimmed();
        const QString source = u"activity:"_s + a.id;
        if (!text.isEmpty() && !used.contains(source))
            out.append({source, text});
    }
    return out;
}

QDate ResultsDocument::firstPeriod() const
{
    const auto program = m_store->records().get(Entity::Program, m_programId);
    const QDate starts =
        program ? QDate::fromString(program->text(u"starts_on"), Qt::ISODate) : QDate();
    return starts.isValid() ? monthOf(starts) : lastPeriod().addYears(-2);
}

QDate ResultsDocument::lastPeriod() const
{
    const QDate now = monthOf(m_store->clock()->now().date());
    const auto program = m_store->records().get(Entity::Program, m_programId);
    const QDate ends =
        program ? QDate::fromString(program->text(u"ends_on"), Qt::ISODate) : QDate();
    return ends.isValid() ? std::min(now, monthOf(ends).addYears(1)) : now;
}

QString ResultsDocument::draftKey(const QString &indicatorId) const
{
    return u"results:"_s + this->indicatorId(indicatorId);
}

QJsonObject ResultsDocument::draft(const QString &indicatorId) const
{
    const auto kept = m_store->drafts().get(draftKey(indicatorId));
    return kept && kept->has_value() ? (*kept)->fields : QJsonObject();
}

void ResultsDocument::keepDraft(const QString &indicatorId, const QString &field,
                                const QString &text)
{
    QJsonObject fields = draft(indicatorId);
    if (fields.value(field).toString() == text && (fields.contains(field) || text.isEmpty()))
        return;
    if (text.isEmpty())
        fields.remove(field);
    else
        fields.insert(field, text);
    const Core::Status s =
        fields.isEmpty()
            ? m_store->drafts().remove(draftKey(indicatorId))
            : m_store->drafts().put({draftKey(indicatorId), fields, m_desk->activeAuthorId(),
                                     m_store->clock()->nowIso()});
    if (!s)
        qCWarning(lcEditing) << "cannot keep the draft of indicator" << indicatorId;
}

void ResultsDocument::dropDraft(const QString &indicatorId, const QStringList &fields)
{
    for (const QString &f : fields)
        keepDraft(indicatorId, f, QString());
}

Core::Status ResultsDocument::checkMayWrite() const
{
    if (m_desk->activeAuthorId().isEmpty())
        return Core::makeError(ErrorCode::Unauthorized, u"nobody is signed in"_s);
    if (!m_mayEdit)
        return Core::makeError(ErrorCode::Forbidden,
                               u"only the team's members report its results"_s);
    return {};
}

FieldErrors ResultsDocument::indicatorErrors(const QJsonObject &fields) const
{
    FieldErrors errors;
    Rules::required(errors, fields, u"indicator"_s);
    Rules::maxLength(errors, fields, u"indicator"_s, Core::MaxTextLength);
    Rules::maxLength(errors, fields, u"unit"_s, MaxUnitLength);
    for (const QString &f : {u"baseline"_s, u"target"_s}) {
        const QString value = fields.value(f).toString();
        if (!value.isEmpty() && !Core::Results::number(value))
            errors.insert(f, {FieldError::Code::NotANumber, 0, {}});
    }
    return errors;
}

Core::Result<QString> ResultsDocument::addIndicator(const QJsonObject &fields)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s.error();
    QJsonObject after = indicatorState(fields);
    for (const QString &f : indicatorFields()) {
        if (!after.contains(f))
            after.insert(f, QString());
    }
    after.insert(u"team_id"_s, m_teamId);
    after.insert(u"source"_s, fields.value("source"_L1).toString());
    after.insert(u"position"_s, RecordSteps::nextPosition(indicators()));
    m_lastErrors = indicatorErrors(after);
    if (!m_lastErrors.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"the indicator has fields in error"_s);
    const QString key = Core::newRecordId();
    if (Core::Status s = m_steps.push(m_undo, tr("Add indicator"),
                                      {{QString(Entity::ResultsReport), key, {}, after}});
        !s)
        return s.error();
    return indicatorId(key);
}

Core::Status ResultsDocument::setIndicatorField(const QString &id, const QString &field,
                                                const QString &value)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    if (!indicatorFields().contains(field))
        return Core::makeError(ErrorCode::Invalid, u"'%1' is not edited here"_s.arg(field));
    const Core::Result<Core::Record> current = indicator(id);
    if (!current)
        return current.error();
    if (current->text(field) == value) {
        dropDraft(current->id, {field});
        return {};
    }
    QJsonObject after = current->fields;
    after.insert(field, value);
    const FieldError error = indicatorErrors(after).value(field);
    if (error.isError()) {
        m_lastErrors.insert(field, error);
        return Core::makeError(ErrorCode::Invalid, u"the value is not valid"_s);
    }
    const Core::Status s = m_steps.push(m_undo, tr("Change indicator"),
                                        {{QString(Entity::ResultsReport), current->id,
                                          indicatorState(current->fields), indicatorState(after)}});
    if (s)
        dropDraft(current->id, {field});
    return s;
}

Core::Status ResultsDocument::deleteIndicator(const QString &id)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const Core::Result<Core::Record> current = indicator(id);
    if (!current)
        return current.error();
    QList<RecordSteps::Step> steps;
    for (const Core::Record &v : values(current->id))
        steps.append({QString(Entity::ResultValue), v.id, valueState(v.fields), {}});
    steps.append(
        {QString(Entity::ResultsReport), current->id, indicatorState(current->fields), {}});
    const QString key = draftKey(current->id);
    // Undone in reverse: the indicator comes back first, then its values.
    const Core::Status s = m_steps.push(m_undo, tr("Delete indicator"), steps);
    if (s && !m_store->drafts().remove(key))
        qCWarning(lcEditing) << "cannot drop the draft" << key;
    return s;
}

Core::Status ResultsDocument::moveIndicator(const QString &id, int by)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const QList<Core::Record> order = indicators();
    const QString current = indicatorId(id);
    qsizetype from = 0;
    while (from < order.size() && order.at(from).id != current)
        ++from;
    if (by == 0 || from + by < 0 || from + by >= order.size())
        return from < order.size()
                   ? Core::Status()
                   : Core::makeError(ErrorCode::NotFound, u"no such indicator of this team"_s);
    const auto steps = RecordSteps::reorder(QString(Entity::ResultsReport), order, current,
                                            from + by, indicatorState);
    if (!steps)
        return steps.error();
    return m_steps.push(m_undo, tr("Move indicator"), *steps);
}

Core::Status ResultsDocument::setValue(const QString &indicatorId, QDate period,
                                       const QString &actual, const QString &note)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const Core::Result<Core::Record> owner = indicator(indicatorId);
    if (!owner)
        return owner.error();
    const QDate month = monthOf(period);
    if (!period.isValid() || month < firstPeriod() || month > lastPeriod())
        m_lastErrors.insert(u"period"_s, {FieldError::Code::OutOfRange, 0, {}});
    if (actual.trimmed().isEmpty())
        m_lastErrors.insert(u"actual"_s, {FieldError::Code::Required, 0, {}});
    else if (!Core::Results::number(actual))
        m_lastErrors.insert(u"actual"_s, {FieldError::Code::NotANumber, 0, {}});
    if (note.size() > MaxNoteLength)
        m_lastErrors.insert(u"note"_s, {FieldError::Code::TooLong, MaxNoteLength, {}});
    if (!m_lastErrors.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"the value has fields in error"_s);

    const QJsonObject after{{u"report_id"_s, owner->id},
                            {u"period"_s, Core::Results::period(month)},
                            {u"actual"_s, actual},
                            {u"note"_s, note}};
    RecordSteps::Step step{QString(Entity::ResultValue), Core::newRecordId(), {}, after};
    QString text = tr("Enter result");
    for (const Core::Record &v : values(owner->id)) {
        if (v.text(u"period") == after.value("period"_L1).toString()) {
            step = {QString(Entity::ResultValue), v.id, valueState(v.fields), after};
            text = tr("Correct result");
        }
    }
    const Core::Status s =
        step.before == after ? Core::Status() : m_steps.push(m_undo, text, {step});
    if (s)
        dropDraft(owner->id, {u"period"_s, u"actual"_s, u"note"_s});
    return s;
}

Core::Status ResultsDocument::removeValue(const QString &indicatorId, QDate period)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const QString wanted = Core::Results::period(period);
    for (const Core::Record &v : values(indicatorId)) {
        if (v.text(u"period") == wanted)
            return m_steps.push(m_undo, tr("Remove result"),
                                {{QString(Entity::ResultValue), v.id, valueState(v.fields), {}}});
    }
    return Core::makeError(ErrorCode::NotFound, u"no value for this period"_s);
}

} // namespace Editing
