#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace Ui {

// The messages of a form, each shown at its field: a line under the field
// in the person's language, also its description for screen readers. The
// first field shown in error takes the focus; what was typed stays.
class FieldMessages final
{
public:
    // Adds the row `label`/`field` to `form`, with a hidden message line
    // under it, known as `name`.
    void addRow(QFormLayout *form, QLabel *label, QWidget *field, const QString &name);
    // Shows `text` at `name` (empty: hides it). Returns false for a field
    // this form does not have.
    bool show(const QString &name, const QString &text, bool focus = true);
    void clear();
    // The message shown at `name` (empty: none).
    QString text(const QString &name) const;
    bool hasErrors() const;

private:
    struct Row {
        QPointer<QWidget> field;
        QPointer<QLabel> message;
    };
    QHash<QString, Row> m_rows;
};

} // namespace Ui
