#include "screenshottask.h"

#include "mainwindow.h"
#include "plansview.h"
#include "uilogging.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Ui {

ScreenshotTask::ScreenshotTask(MainWindow *window, const QString &fileName, Page page,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(fileName)
    , m_page(page)
{}

void ScreenshotTask::run()
{
    if (m_started)
        return;
    m_started = true;
    // The Sync page's side column (when to sync, the data used) scrolls in
    // a window of 800 pixels; taller, the picture shows all of it.
    m_window->resize(1280, m_page == Page::Sync ? 1024 : 800);
    m_window->show();
    m_window->showPage(m_page);
    m_window->selectFirstItem(m_page);
    if (m_timeline && m_page == Page::Plans)
        m_window->plansView()->showTimeline();
    // Let layouts, deferred model refreshes and text layout finish first.
    QTimer::singleShot(300, this, &ScreenshotTask::grab);
}

void ScreenshotTask::runOn(QWidget *widget)
{
    if (m_started)
        return;
    m_started = true;
    m_target = widget;
    m_window->resize(1280, 800);
    m_window->show();
    widget->show();
    QTimer::singleShot(300, this, &ScreenshotTask::grab);
}

void ScreenshotTask::grab()
{
    const QPixmap picture = m_target ? m_target->grab() : m_window->grab();
    const bool ok = !picture.isNull() && picture.save(m_fileName, "PNG");
    if (ok)
        qCInfo(lcUi) << "screenshot saved to" << m_fileName;
    else
        qCWarning(lcUi) << "cannot save the screenshot to" << m_fileName;
    Q_EMIT finished(ok);
}

} // namespace Ui
