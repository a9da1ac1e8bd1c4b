#include "fielderror.h"

#include <QDate>

namespace Editing::Rules {

void required(FieldErrors &errors, const QJsonObject &fields, const QString &field)
{
    if (!errors.contains(field) && fields.value(field).toString().trimmed().isEmpty())
        errors.insert(field, {FieldError::Code::Required, 0, {}});
}

void maxLength(FieldErrors &errors, const QJsonObject &fields, const QString &field,
               qsizetype limit)
{
    if (!errors.contains(field) && fields.value(field).toString().size() > limit)
        errors.insert(field, {FieldError::Code::TooLong, limit, {}});
}

void dateOrder(FieldErrors &errors, const QJsonObject &fields, const QString &earlier,
               const QString &later)
{
    const QDate from = QDate::fromString(fields.value(earlier).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(fields.value(later).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && to < from && !errors.contains(later))
        errors.insert(later, {FieldError::Code::DateOrder, 0, earlier});
}

} // namespace Editing::Rules
