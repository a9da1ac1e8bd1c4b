#include "rubric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Core {

using namespace Qt::StringLiterals;

const Rubric::Criterion *Rubric::criterion(const QString &id) const
{
    for (const Criterion &c : criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<Rubric::Score> Rubric::scoresOf(const QJsonValue &scores) const
{
    QList<std::pair<QString, double>> given;
    if (scores.isObject()) {
        const QJsonObject o = scores.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            given.append({it.key(), it.value().toDouble()});
    } else {
        for (const QJsonValue &v : scores.toArray()) {
            const QJsonObject o = v.toObject();
            QString id = o.value("criterion"_L1).toString();
            if (id.isEmpty())
                id = o.value("name"_L1).toString();
            given.append({id, o.value("score"_L1).toDouble()});
        }
    }
    QList<Score> rows;
    for (const Criterion &c : criteria) {
        for (const auto &[id, score] : std::as_const(given)) {
            if (id == c.id)
                rows << Score{id, c.title, score};
        }
    }
    for (const auto &[id, score] : std::as_const(given)) {
        if (!criterion(id))
            rows << Score{id, QString(), score};
    }
    return rows;
}

Rubric Rubric::fromJson(const QJsonObject &field)
{
    Rubric rubric;
    for (const QJsonValue &v : field.value("criteria"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        rubric.criteria << Criterion{c.value("id"_L1).toString(), c.value("title"_L1).toString(),
                                     c.value("description"_L1).toString(),
                                     c.value("required"_L1).toBool(true)};
    }
    return rubric;
}

QJsonObject Rubric::toJson() const
{
    QJsonArray list;
    for (const Criterion &c : criteria) {
        list.append(QJsonObject{{u"id"_s, c.id},
                                {u"title"_s, c.title},
                                {u"description"_s, c.description},
                                {u"required"_s, c.required}});
    }
    return {{u"criteria"_s, list}};
}

Result<Rubric> Rubric::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::Invalid,
                         u"the rubric is not a JSON object (%1)"_s.arg(error.errorString()));
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"criteria")
            return makeError(ErrorCode::Invalid, u"a rubric has no '%1'"_s.arg(it.key()));
    }
    if (!o.value("criteria"_L1).isArray())
        return makeError(ErrorCode::Invalid, u"a rubric needs a list of criteria"_s);
    Rubric rubric;
    int n = 0;
    for (const QJsonValue &v : o.value("criteria"_L1).toArray()) {
        ++n;
        if (!v.isObject())
            return makeError(ErrorCode::Invalid, u"criterion %1 is not an object"_s.arg(n));
        const QJsonObject c = v.toObject();
        static const QStringList known{u"id"_s, u"title"_s, u"description"_s, u"required"_s};
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!known.contains(it.key()))
                return makeError(ErrorCode::Invalid,
                                 u"criterion %1 has no '%2'"_s.arg(n).arg(it.key()));
        }
        const QJsonValue required = c.value("required"_L1);
        if (!required.isUndefined() && !required.isBool()) {
            return makeError(ErrorCode::Invalid,
                             u"criterion %1: required is true or false"_s.arg(n));
        }
        rubric.criteria << Criterion{
            c.value("id"_L1).toString().trimmed(), c.value("title"_L1).toString().trimmed(),
            c.value("description"_L1).toString().trimmed(), required.toBool(true)};
    }
    if (Status s = rubric.check(); !s)
        return s.error();
    return rubric;
}

Status Rubric::check() const
{
    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    if (criteria.isEmpty())
        return makeError(ErrorCode::Invalid, u"a rubric needs at least one criterion"_s);
    if (criteria.size() > MaxCriteria) {
        return makeError(ErrorCode::Invalid,
                         u"a rubric has at most %1 criteria"_s.arg(MaxCriteria));
    }
    QSet<QString> ids;
    int n = 0;
    for (const Criterion &c : criteria) {
        ++n;
        if (!idPattern.match(c.id).hasMatch()) {
            return makeError(ErrorCode::Invalid,
                             u"criterion %1: the id is lower case letters, digits and _, starting "
                             "with a letter (at most 40)"_s.arg(n));
        }
        if (ids.contains(c.id))
            return makeError(ErrorCode::Invalid, u"two criteria have the id '%1'"_s.arg(c.id));
        ids.insert(c.id);
        if (c.title.isEmpty() || c.title.size() > MaxTitleLength) {
            return makeError(
                ErrorCode::Invalid,
                u"criterion '%1' needs a title of at most %2 characters"_s.arg(c.id).arg(
                    MaxTitleLength));
        }
        if (c.description.size() > MaxDescriptionLength) {
            return makeError(
                ErrorCode::Invalid,
                u"the description of '%1' is longer than %2 characters"_s.arg(c.id).arg(
                    MaxDescriptionLength));
        }
    }
    return {};
}

} // namespace Core
