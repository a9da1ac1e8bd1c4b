#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QPainter;

namespace Ui {

// One activity as the timeline draws it.
struct TimelineBar {
    QString what;
    QString responsible; // display name, may be empty
    QDate start;
    QDate end;
    QString status; // a PlanDocument status key
};

// A Gantt-style picture of a plan's activities: a row each with what and
// who on the leading side, a bar from start to end coloured by status,
// months along the top, today's line, and a legend of the statuses. Time
// runs from the leading side, so in Arabic it runs from right to left, like
// the rest of the window. Drawn by paint(), which printing uses too.
//
// The widget follows an ActivityModel (rows in the model's order; not
// owned). It takes no focus: the same facts are in the activities table.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *activities);
    // The day the line is drawn at (for tests and screenshots; default today).
    void setToday(const QDate &today);
    QList<TimelineBar> bars() const;

    // Draws `bars` into `area`. `direction` mirrors the picture.
    static void paint(QPainter &painter, const QRectF &area, const QList<TimelineBar> &bars,
                      const QDate &today, Qt::LayoutDirection direction);
    // The height paint() needs for `rows` bars in the painter's font.
    static qreal heightFor(int rows, const QFontMetricsF &metrics);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void modelChanged();

    QAbstractItemModel *m_model = nullptr;
    QDate m_today;
};

} // namespace Ui
