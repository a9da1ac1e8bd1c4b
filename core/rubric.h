#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Core {

// A program's review rubric: the criteria its facilitators score each
// submitted plan against, each from 1 to 4. Kept in the program record's
// "rubric" field as {"criteria": [{"id", "title", "description",
// "required"}]} (docs/rubric.md), written by `leadernet-server set-rubric`
// and synced to everyone in the program.
struct Rubric {
    static constexpr int MinScore = 1;
    static constexpr int MaxScore = 4;
    static constexpr int MaxCriteria = 12;
    static constexpr int MaxTitleLength = 120;
    static constexpr int MaxDescriptionLength = 1000;

    struct Criterion {
        QString id; // lower case letters, digits and _: the key of a review's scores
        QString title;
        QString description;
        bool required = true;
    };
    QList<Criterion> criteria;

    bool isEmpty() const { return criteria.isEmpty(); }
    const Criterion *criterion(const QString &id) const;

    // A review's scores ({"id": score}, or [{"criterion", "score"}] from
    // older data) as rows: the rubric's criteria in its order, then scores
    // of criteria it does not have (title empty: the caller names them).
    struct Score {
        QString id;
        QString title;
        double score = 0;
    };
    QList<Score> scoresOf(const QJsonValue &scores) const;

    // From the program's field (an empty rubric when it has none).
    static Rubric fromJson(const QJsonObject &field);
    QJsonObject toJson() const;

    // Reads a rubric file (JSON, docs/rubric.md); Invalid with a sentence
    // naming what is wrong (a criterion without a title, two with one id …).
    static Result<Rubric> parse(const QByteArray &json);
    Status check() const;
};

} // namespace Core
