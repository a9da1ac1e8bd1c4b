#pragma once

#include "page.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Ui {

class MainWindow;

// Saves a picture of the window showing one page with real content: resizes
// the window to 1280×800, selects the page and its first item, lets the
// event loop settle, grabs the window and writes it as PNG. Emits
// finished() once with whether the file was written. The window is not
// owned.
class ScreenshotTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTask)

public:
    ScreenshotTask(MainWindow *window, const QString &fileName, Page page,
                   QObject *parent = nullptr);

    // On the plans page, show the plan's timeline rather than its activities.
    void setShowTimeline(bool on) { m_timeline = on; }
    void run();
    // Pictures `widget` (a dialog over the window, such as the welcome)
    // rather than the window.
    void runOn(QWidget *widget);

Q_SIGNALS:
    void finished(bool ok);

private:
    void grab();

    MainWindow *m_window;
    QString m_fileName;
    Page m_page;
    bool m_started = false;
    bool m_timeline = false;
    QPointer<QWidget> m_target; // what runOn() pictures
};

} // namespace Ui
