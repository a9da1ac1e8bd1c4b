#include "fieldmessages.h"

#include "errortext.h"

#include <QFormLayout>
#include <QLabel>

namespace Ui {

using namespace Qt::StringLiterals;

void FieldMessages::addRow(QFormLayout *form, QLabel *label, QWidget *field, const QString &name)
{
    label->setBuddy(field);
    form->addRow(label, field);
    auto *message = new QLabel(field->parentWidget());
    message->setObjectName(name + u"Message"_s);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    styleAsError(message);
    message->hide();
    form->addRow(QString(), message);
    m_rows.insert(name, {field, message});
}

bool FieldMessages::show(const QString &name, const QString &text, bool focus)
{
    const auto it = m_rows.constFind(name);
    if (it == m_rows.cend() || !it->field || !it->message)
        return false;
    it->message->setText(text);
    it->message->setVisible(!text.isEmpty());
    it->field->setAccessibleDescription(text);
    if (focus && !text.isEmpty())
        it->field->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldMessages::clear()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.message) {
            row.message->clear();
            row.message->hide();
        }
        if (row.field)
            row.field->setAccessibleDescription(QString());
    }
}

QString FieldMessages::text(const QString &name) const
{
    const Row row = m_rows.value(name);
    return row.message && !row.message->isHidden() ? row.message->text() : QString();
}

bool FieldMessages::hasErrors() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.message && !row.message->text().isEmpty();
    });
}

} // namespace Ui
