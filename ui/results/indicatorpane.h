#pragma once

#include "fielderror.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Editing {
class MemberDirectory;
class ResultsDocument;
} // namespace Editing

namespace Ui {

class ResultsChart;

// One indicator of a team's results, as its team reports it:
// - the indicator: its name, unit, baseline and target (each written when
//   the field is left or Return is pressed; an error is said under the
//   field and the text stays);
// - its results by month (a table a screen reader reads) and the chart of
//   them against the baseline and the target;
// - a month's result: the month, the value and a note; Return records it
//   (or corrects the month's value) and moves to the next month; Delete in
//   the table removes the chosen month's value.
// Read only for anyone not in the team. Document and directory not owned.
class IndicatorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorPane)

public:
    explicit IndicatorPane(const Editing::MemberDirectory *members, QWidget *parent = nullptr);

    // Shows the indicator `indicatorId` of `document` (nullptr: nothing).
    void setIndicator(Editing::ResultsDocument *document, const QString &indicatorId);
    QString indicatorId() const { return m_indicatorId; }
    // Puts the keyboard in the indicator's name, all of it selected.
    void editName();
    // Puts the keyboard in the month's value.
    void editValue();
    ResultsChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void commitField(const QString &field);
    void recordValue();
    void removeValue();
    void loadRow(int row);
    void showError(const QString &field, const Editing::FieldError &error);
    // Why a change was not made that is no field's fault (nobody signed
    // in, no longer in the team), said at `field`.
    void sayRefusal(const QString &field, const Core::Error &error);
    void clearErrors();
    // Shows what was typed for the indicator and not written yet.
    void restoreDraft();

    const Editing::MemberDirectory *m_members;
    QPointer<Editing::ResultsDocument> m_document;
    QString m_indicatorId;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_fields; // indicator, unit, baseline, target
    QHash<QString, QLabel *> m_errors;    // by field, the month's too
    QLabel *m_readOnly;
    QTableWidget *m_values;
    ResultsChart *m_chart;
    QWidget *m_entry;
    QLabel *m_periodLabel;
    QLabel *m_actualLabel;
    QLabel *m_noteLabel;
    QDateEdit *m_period;
    QLineEdit *m_actual;
    QLineEdit *m_note;
    QPushButton *m_record;
    QPushButton *m_remove;
    QLabel *m_valuesLabel;
    bool m_loading = false; // the entry is being filled, not typed in
};

} // namespace Ui
