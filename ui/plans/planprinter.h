#pragma once

#include "timelineview.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QPagedPaintDevice;

namespace Ui {

// An action plan as it goes on paper: what the printout shows, in the
// member's language.
struct PlanPrintout {
    QString title;
    QString subtitle;
    QList<std::pair<QString, QString>> sections; // heading, text
    QStringList activityHeadings;
    QList<QStringList> activityRows;
    QList<TimelineBar> bars;
    QDate today;
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// Prints an action plan, or saves it as PDF, for the wall and the director:
// the plan's text and its activities as a table on the first pages, then
// the timeline, BarsPerPage activities a page (so a long plan stays
// readable). Text stays text (selectable and searchable in the PDF).
class PlanPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrinter)

public:
    static constexpr int BarsPerPage = 15;

    // Draws `plan` on `device` (a QPrinter or a QPdfWriter), which starts on
    // a fresh page. False when the device cannot be painted on.
    static bool print(QPagedPaintDevice *device, const PlanPrintout &plan);

private:
    // The plan's text part as HTML (what print() lays out before the timeline).
    static QString html(const PlanPrintout &plan);
};

} // namespace Ui
