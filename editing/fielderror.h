#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace Editing {

// What is wrong with one field, as a value: the UI turns it into a message in
// the person's language at the field.
struct FieldError {
    enum class Code {
        None,
        Required,   // empty but needed
        TooLong,    // longer than `limit` characters
        DateOrder,  // before the date in field `other`
        NotANumber, // a number was expected
        OutOfRange, // outside the range the field allows
        NotInTeam,  // a member who is not (or no longer) in the team
    };
    Code code = Code::None;
    qsizetype limit = 0; // TooLong: the most characters allowed
    QString other;       // DateOrder: the field it must not come before

    bool isError() const { return code != Code::None; }
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QMap<QString, FieldError>;

// Checks a document's fields; returns the fields in error (empty: all good).
using Validator = std::function<FieldErrors(const QJsonObject &fields)>;

// Building blocks for validators.
namespace Rules {
// `field` must hold non-blank text.
void required(FieldErrors &errors, const QJsonObject &fields, const QString &field);
// `field` may hold at most `limit` characters.
void maxLength(FieldErrors &errors, const QJsonObject &fields, const QString &field,
               qsizetype limit);
// The date in `later` (ISO, may be empty) must not come before `earlier`.
void dateOrder(FieldErrors &errors, const QJsonObject &fields, const QString &earlier,
               const QString &later);
} // namespace Rules

} // namespace Editing
