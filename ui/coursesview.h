#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace Core {
class LocalStore;
}

namespace Ui {

class CourseModel;

// The Courses page: the course tree (course → module → lesson) on the
// leading side and the selected item on the other: a lesson's Markdown, a
// course's summary, language and enrollment, a module's lessons. Keeps the
// selection across reloads. The model and the store are not owned.
class CoursesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoursesView)

public:
    CoursesView(Core::LocalStore *store, CourseModel *model, QWidget *parent = nullptr);

    // Selects the lesson (or course or module) with this id; false if absent.
    bool showItem(const QString &id);
    bool selectFirstLesson();
    QString currentId() const;
    QSplitter *splitter() const { return m_splitter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();
    void retranslateUi();

    Core::LocalStore *m_store;
    CourseModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    QLabel *m_title;
    QTextBrowser *m_browser;
    QString m_selectedId; // kept to restore the selection after a reload
};

} // namespace Ui
