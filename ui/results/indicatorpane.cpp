#include "indicatorpane.h"

#include "errortext.h"
#include "memberdirectory.h"
#include "record.h"
#include "results.h"
#include "resultschart.h"
#include "resultsdocument.h"
#include "resultstext.h"

#include <QAction>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using Editing::FieldError;

namespace {
enum ValueColumn { MonthColumn, ValueColumn, NoteColumn, ByColumn, ValueColumns };

QLabel *errorLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setVisible(false);
    styleAsError(label);
    return label;
}
} // namespace

IndicatorPane::IndicatorPane(const Editing::MemberDirectory *members, QWidget *parent)
    : QWidget(parent)
    , m_members(members)
    , m_form(new QFormLayout)
    , m_readOnly(new QLabel)
    , m_values(new QTableWidget(0, ValueColumns))
    , m_chart(new ResultsChart)
    , m_entry(new QWidget)
    , m_periodLabel(new QLabel)
    , m_actualLabel(new QLabel)
    , m_noteLabel(new QLabel)
    , m_period(new QDateEdit)
    , m_actual(new QLineEdit)
    , m_note(new QLineEdit)
    , m_record(new QPushButton)
    , m_remove(new QPushButton)
    , m_valuesLabel(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(false);
    layout->addWidget(m_readOnly);

    // The indicator.
    for (const QString &field : Editing::ResultsDocument::indicatorFields()) {
        auto *edit = new QLineEdit;
        edit->setObjectName(u"indicator_"_s + field);
        QLabel *error = errorLabel(u"indicatorError_"_s + field);
        m_fields.insert(field, edit);
        m_errors.insert(field, error);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        auto *label = new QLabel;
        label->setBuddy(edit);
        m_form->addRow(label, cell);
        connect(edit, &QLineEdit::editingFinished, this, [this, field]() { commitField(field); });
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (m_document)
                m_document->keepDraft(m_indicatorId, field, text);
        });
    }
    layout->addLayout(m_form);

    // A month's result.
    m_period->setObjectName(u"resultPeriod"_s);
    m_period->setDisplayFormat(u"MMMM yyyy"_s);
    // Any month may be typed; one out of range is said at the field.
    m_period->setMinimumDate(QDate(1900, 1, 1));
    m_period->setMaximumDate(QDate(9999, 12, 1));
    m_period->setCalendarPopup(true);
    m_actual->setObjectName(u"resultActual"_s);
    m_note->setObjectName(u"resultNote"_s);
    m_record->setObjectName(u"recordResult"_s);
    m_remove->setObjectName(u"removeResult"_s);
    m_periodLabel->setBuddy(m_period);
    m_actualLabel->setBuddy(m_actual);
    m_noteLabel->setBuddy(m_note);
    m_errors.insert(u"period"_s, errorLabel(u"resultError_period"_s));
    m_errors.insert(u"actual"_s, errorLabel(u"resultError_actual"_s));
    m_errors.insert(u"note"_s, errorLabel(u"resultError_note"_s));
    auto *entry = new QGridLayout(m_entry);
    entry->setContentsMargins(0, 0, 0, 0);
    entry->addWidget(m_periodLabel, 0, 0);
    entry->addWidget(m_actualLabel, 0, 1);
    entry->addWidget(m_noteLabel, 0, 2);
    entry->addWidget(m_period, 1, 0);
    entry->addWidget(m_actual, 1, 1);
    entry->addWidget(m_note, 1, 2);
    entry->addWidget(m_record, 1, 3);
    entry->addWidget(m_remove, 1, 4);
    entry->addWidget(m_errors.value(u"period"_s), 2, 0);
    entry->addWidget(m_errors.value(u"actual"_s), 2, 1);
    entry->addWidget(m_errors.value(u"note"_s), 2, 2);
    entry->setColumnStretch(2, 2);
    connect(m_record, &QPushButton::clicked, this, &IndicatorPane::recordValue);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorPane::removeValue);
    connect(m_actual, &QLineEdit::returnPressed, this, &IndicatorPane::recordValue);
    connect(m_note, &QLineEdit::returnPressed, this, &IndicatorPane::recordValue);
    // What is typed is kept as it is typed, until it is recorded.
    for (QLineEdit *edit : {m_actual, m_note}) {
        const QString field = edit == m_actual ? u"actual"_s : u"note"_s;
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (m_document)
                m_document->keepDraft(m_indicatorId, field, text);
        });
    }
    connect(m_period, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_document && !m_loading && !m_actual->text().isEmpty())
            m_document->keepDraft(m_indicatorId, u"period"_s, Core::Results::period(date));
    });

    // Its results by month, as a table and as a chart.
    m_values->setObjectName(u"resultValues"_s);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setSelectionMode(QAbstractItemView::SingleSelection);
    m_values->setTabKeyNavigation(false);
    m_values->verticalHeader()->setVisible(false);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_valuesLabel->setBuddy(m_values);
    connect(m_values, &QTableWidget::currentCellChanged, this, [this](int row) { loadRow(row); });
    auto *removeAction = new QAction(m_values);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &IndicatorPane::removeValue);
    m_values->addAction(removeAction);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_valuesLabel);
    tableLayout->addWidget(m_values);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"resultsSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(tablePane);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(m_entry);
    layout->addWidget(split, 1);

    setTabOrder(m_fields.value(u"target"_s), m_period);
    setTabOrder(m_period, m_actual);
    setTabOrder(m_actual, m_note);
    setTabOrder(m_note, m_record);
    setTabOrder(m_record, m_remove);
    setTabOrder(m_remove, m_values);
    retranslateUi();
}

void IndicatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void IndicatorPane::retranslateUi()
{
    const QString labels[] = {tr("&Indicator:"), tr("&Unit:"), tr("&Baseline:"), tr("&Target:")};
    for (int i = 0; i < m_form->rowCount(); ++i) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels[i]);
    }
    const QStringList fields = Editing::ResultsDocument::indicatorFields();
    const QString names[] = {tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target")};
    for (int i = 0; i < fields.size(); ++i)
        m_fields.value(fields.at(i))->setAccessibleName(names[i]);
    m_fields.value(u"unit"_s)->setPlaceholderText(tr("%, facilities, children …"));
    m_fields.value(u"baseline"_s)->setPlaceholderText(tr("Where the team started"));
    m_fields.value(u"target"_s)->setPlaceholderText(tr("What the team promised"));
    m_periodLabel->setText(tr("&Month:"));
    m_actualLabel->setText(tr("V&alue reached:"));
    m_noteLabel->setText(tr("N&ote:"));
    m_period->setAccessibleName(tr("Month"));
    m_actual->setAccessibleName(tr("Value reached"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Source, or how it was counted"));
    m_record->setText(tr("&Record"));
    m_record->setToolTip(tr("Records the month's value, or corrects it (Return)"));
    m_remove->setText(tr("Remove month"));
    m_remove->setToolTip(tr("Removes the chosen month's value (Delete in the table)"));
    m_valuesLabel->setText(tr("Results b&y month"));
    m_values->setAccessibleName(tr("Results by month"));
    m_values->setHorizontalHeaderLabels(
        {tr("Month"), tr("Value reached"), tr("Note"), tr("Entered by")});
    m_readOnly->setText(tr("Only the team's members report its results; you can read them."));
}

void IndicatorPane::setIndicator(Editing::ResultsDocument *document, const QString &indicatorId)
{
    if (m_document != document) {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (document) {
            connect(document, &Editing::ResultsDocument::changed, this, &IndicatorPane::reload);
            connect(document, &Editing::ResultsDocument::mayEditChanged, this,
                    &IndicatorPane::reload);
        }
    }
    const bool other = m_indicatorId != indicatorId;
    m_indicatorId = indicatorId;
    if (other) {
        clearErrors();
        m_loading = true;
        m_actual->clear();
        m_note->clear();
        if (document)
            m_period->setDate(document->lastPeriod());
        m_loading = false;
        for (QLineEdit *edit : std::as_const(m_fields))
            edit->clear();
    }
    reload();
    if (other)
        restoreDraft();
}

void IndicatorPane::restoreDraft()
{
    if (!m_document)
        return;
    const QJsonObject draft = m_document->draft(m_indicatorId);
    m_loading = true;
    if (const QDate month = Core::Results::periodStart(draft.value("period"_L1).toString());
        month.isValid())
        m_period->setDate(month);
    m_loading = false;
    if (draft.contains("actual"_L1))
        m_actual->setText(draft.value("actual"_L1).toString());
    if (draft.contains("note"_L1))
        m_note->setText(draft.value("note"_L1).toString());
    // A field that could not be written: as typed, and why, again.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!draft.contains(it.key()))
            continue;
        it.value()->setText(draft.value(it.key()).toString());
        commitField(it.key());
    }
}

void IndicatorPane::editName()
{
    QLineEdit *name = m_fields.value(u"indicator"_s);
    name->setFocus(Qt::OtherFocusReason);
    name->selectAll();
}

void IndicatorPane::editValue()
{
    m_actual->setFocus(Qt::OtherFocusReason);
}

void IndicatorPane::reload()
{
    Core::Record indicator;
    QList<Core::Record> values;
    if (m_document) {
        const QString id = m_document->indicatorId(m_indicatorId);
        for (const Core::Record &r : m_document->indicators()) {
            if (r.id == id)
                indicator = r;
        }
        if (!indicator.id.isEmpty())
            values = m_document->values(indicator.id);
    }
    const bool may = m_document && m_document->mayEdit();
    m_readOnly->setVisible(m_document && !may);
    m_entry->setVisible(may);
    const QJsonObject draft = m_document ? m_document->draft(m_indicatorId) : QJsonObject();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QLineEdit *edit = it.value();
        edit->setReadOnly(!may);
        // What is being typed, or in error, stays as typed.
        if (edit->hasFocus() || m_errors.value(it.key())->isVisible() || draft.contains(it.key()))
            continue;
        const QString kept = indicator.text(it.key());
        edit->setText(it.key() == u"baseline" || it.key() == u"target" ? ResultsText::number(kept)
                                                                       : kept);
        edit->setCursorPosition(0);
    }
    const int current = m_values->currentRow();
    m_values->setRowCount(int(values.size()));
    const QString unit = indicator.text(u"unit");
    for (int row = 0; row < values.size(); ++row) {
        const Core::Record &v = values.at(row);
        const QDate month = Core::Results::periodStart(v.text(u"period"));
        const QString cells[] = {ResultsText::month(month),
                                 ResultsText::withUnit(v.text(u"actual"), unit), v.text(u"note"),
                                 m_members->displayName(v.updatedBy)};
        for (int c = 0; c < ValueColumns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, v.text(u"period"));
            if (c == ValueColumn)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_values->setItem(row, c, item);
        }
    }
    m_values->resizeColumnsToContents();
    if (current >= 0 && current < m_values->rowCount()) {
        const QSignalBlocker block(m_values);
        m_values->setCurrentCell(current, 0);
    }
    m_chart->setSeries(m_document ? ResultsChart::seriesOf(*m_document, m_indicatorId)
                                  : ResultsChart::Series());
    m_remove->setEnabled(may && m_values->currentRow() >= 0);
}

void IndicatorPane::commitField(const QString &field)
{
    QLineEdit *edit = m_fields.value(field);
    if (!m_document || !m_document->mayEdit() || edit->isReadOnly())
        return;
    QString value = edit->text().trimmed();
    if (field == u"baseline" || field == u"target")
        value = value.isEmpty() ? QString() : ResultsText::parse(value).value_or(value);
    const Core::Status s = m_document->setIndicatorField(m_indicatorId, field, value);
    showError(field, m_document->lastErrors().value(field));
    if (!s && !m_document->lastErrors().contains(field))
        sayRefusal(field, s.error());
}

void IndicatorPane::recordValue()
{
    if (!m_document)
        return;
    const QString typed = m_actual->text().trimmed();
    const QString actual = typed.isEmpty() ? QString() : ResultsText::parse(typed).value_or(typed);
    const QDate month = m_period->date();
    const Core::Status saved =
        m_document->setValue(m_indicatorId, month, actual, m_note->text().trimmed());
    const Editing::FieldErrors errors = m_document->lastErrors();
    for (const QString &field : {u"period"_s, u"actual"_s, u"note"_s})
        showError(field, errors.value(field));
    if (!saved && errors.isEmpty()) {
        sayRefusal(u"actual"_s, saved.error());
        return;
    }
    if (!errors.isEmpty()) {
        // The keyboard goes to the first field in error; the text stays.
        QWidget *first = errors.contains(u"period"_s)   ? static_cast<QWidget *>(m_period)
                         : errors.contains(u"actual"_s) ? static_cast<QWidget *>(m_actual)
                                                        : static_cast<QWidget *>(m_note);
        first->setFocus(Qt::OtherFocusReason);
        return;
    }
    // On to the next month, ready for its value.
    m_loading = true;
    m_actual->clear();
    m_note->clear();
    if (month.addMonths(1) <= m_document->lastPeriod())
        m_period->setDate(month.addMonths(1));
    m_loading = false;
    m_actual->setFocus(Qt::OtherFocusReason);
}

void IndicatorPane::removeValue()
{
    const QTableWidgetItem *item = m_values->item(m_values->currentRow(), MonthColumn);
    if (!m_document || !m_document->mayEdit() || !item)
        return;
    if (const Core::Status s = m_document->removeValue(
            m_indicatorId, Core::Results::periodStart(item->data(Qt::UserRole).toString()));
        !s)
        sayRefusal(u"actual"_s, s.error());
}

void IndicatorPane::loadRow(int row)
{
    const QTableWidgetItem *item = m_values->item(row, MonthColumn);
    m_remove->setEnabled(m_document && m_document->mayEdit() && item);
    if (!item || !m_document)
        return;
    const QString period = item->data(Qt::UserRole).toString();
    for (const Core::Record &v : m_document->values(m_indicatorId)) {
        if (v.text(u"period") != period)
            continue;
        m_loading = true;
        m_period->setDate(Core::Results::periodStart(period));
        m_loading = false;
        m_actual->setText(ResultsText::number(v.text(u"actual")));
        m_note->setText(v.text(u"note"));
    }
}

void IndicatorPane::showError(const QString &field, const FieldError &error)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    QString text;
    switch (error.code) {
    case FieldError::Code::None:
        break;
    case FieldError::Code::Required:
        text = field == u"actual" ? tr("Enter the value the indicator reached this month.")
                                  : tr("An indicator needs a name.");
        break;
    case FieldError::Code::NotANumber:
        text = tr("\"%1\" is not a number. Write it as %2, without the unit.")
                   .arg(field == u"actual" ? m_actual->text() : m_fields.value(field)->text(),
                        QLocale().toString(12.5, 'f', 1));
        break;
    case FieldError::Code::OutOfRange:
        if (m_document)
            text = tr("Results are reported for the months from %1 to %2.")
                       .arg(ResultsText::month(m_document->firstPeriod()),
                            ResultsText::month(m_document->lastPeriod()));
        break;
    case FieldError::Code::TooLong:
        text =
            tr("This is longer than the %1 characters kept.").arg(QLocale().toString(error.limit));
        break;
    case FieldError::Code::DateOrder:
    case FieldError::Code::NotInTeam:
        break;
    }
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (QWidget *buddy = field == u"period"   ? static_cast<QWidget *>(m_period)
                         : field == u"actual" ? static_cast<QWidget *>(m_actual)
                         : field == u"note"   ? static_cast<QWidget *>(m_note)
                                              : m_fields.value(field))
        buddy->setAccessibleDescription(text);
}

void IndicatorPane::sayRefusal(const QString &field, const Core::Error &error)
{
    QLabel *label = m_errors.value(field);
    label->setText(errorText(error));
    label->setVisible(true);
}

void IndicatorPane::clearErrors()
{
    for (const QString &field : m_errors.keys())
        showError(field, {});
}

} // namespace Ui
