#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace Editing {
class ResultsDocument;
}

namespace Ui {

// One indicator's results drawn over its reporting periods: the value
// reached each month (a line through a point per month), against the
// baseline and the target (dashed lines across). Months run in the reading
// direction: right to left in Arabic. The same values are in the table
// beside it, which is what screen readers read; the chart names itself and
// says where to find them.
class ResultsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsChart)

public:
    struct Series {
        QString title;
        QString unit;
        QString baseline; // numbers as Core::Results keeps them; "" when not set
        QString target;
        QDate first; // the months shown
        QDate last;
        QList<QPair<QDate, QString>> values; // month, actual
    };

    // The indicator `indicatorId` of `document` over its reporting periods
    // (and any month reported outside them).
    static Series seriesOf(const Editing::ResultsDocument &document, const QString &indicatorId);

    explicit ResultsChart(QWidget *parent = nullptr);

    void setSeries(const Series &series);
    const Series &series() const { return m_series; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Scale {
        QRectF plot;
        double low = 0;
        double high = 1;
        int months = 1;
        bool mirrored = false;
        double x(int month) const;
        double y(double value) const;
    };
    Scale scale() const;
    void describe();

    Series m_series;
};

} // namespace Ui
