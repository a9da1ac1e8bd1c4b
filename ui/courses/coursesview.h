#pragma once

#include "attachmentlist.h"
#include "masterdetailview.h"

#include <QSortFilterProxyModel>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Core {
class LocalStore;
}
namespace Editing {
class CourseProgress;
}

namespace Ui {

class CourseModel;
class InfoBar;
class ReaderBrowser;

// The catalogue's filters: courses in one language, and the member's
// enrolled, in-progress or completed courses. Modules and lessons of a
// course shown are always shown.
class CourseFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseFilterModel)

public:
    enum class Status { All, Enrolled, InProgress, Completed };

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setLanguage(const QString &code); // empty: every language
    void setStatus(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_language;
    Status m_status = Status::All;
};

// The Courses page: the catalogue (course → module → lesson, with filters
// by language and by the member's progress) on the leading side and the
// selected item on the other:
// - a course: its summary, language, progress bar, Enroll / Leave and
//   "Continue where you left off";
// - a module: its lessons (done ones checked) and progress;
// - a lesson: its Markdown at a comfortable reading width, "Mark as done"
//   (Ctrl+D), previous and next lesson (Alt+PgUp, Alt+PgDown).
// Enrolling, leaving and completing are undoable (the page's undo stack).
// A lesson's pictures show in its text once fetched (a placeholder to fetch
// them before), and its files are listed under it to fetch and open.
// Keeps the selection across reloads. Model, progress and store not owned.
class CoursesView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoursesView)

public:
    CoursesView(Core::LocalStore *store, CourseModel *model, Editing::CourseProgress *progress,
                const FileServices &files, QWidget *parent = nullptr);

    // Selects the lesson (or course or module) with this id; false if absent.
    bool showItem(const QString &id);
    // The first lesson of the first course the member takes, as the
    // catalogue lists them (else of the first course); false when none.
    bool selectFirstLesson();
    // Opens the lesson the member left off at in the current course (or the
    // course they worked in last); false when there is none.
    bool continueLearning();
    QString currentId() const;
    ReaderBrowser *reader() const { return m_browser; }
    // Finds `text` in the lesson shown and scrolls to it.
    bool highlight(const QString &text);

protected:
    void retranslateUi() override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();
    void showCourse(const QModelIndex &index);
    void showModule(const QModelIndex &index);
    void showLesson(const QModelIndex &index);
    void onAttachmentActivated(const QString &sha256);
    void showProgress(const QModelIndex &index);
    void toggleEnrollment();
    void toggleDone();
    void step(int direction);
    void report(const QString &what, const QString &why);
    QModelIndex currentSourceIndex() const;

    Core::LocalStore *m_store;
    CourseModel *m_model;
    Editing::CourseProgress *m_progress;
    CourseFilterModel *m_filter;
    QComboBox *m_languageFilter;
    QComboBox *m_statusFilter;
    QTreeView *m_tree;
    InfoBar *m_infoBar;
    QLabel *m_progressText;
    QProgressBar *m_progressBar;
    QPushButton *m_enrollButton;
    QPushButton *m_continueButton;
    FileServices m_files;
    ReaderBrowser *m_browser;
    AttachmentList *m_lessonFiles;
    QPushButton *m_previousButton;
    QPushButton *m_doneButton;
    QPushButton *m_nextButton;
    QString m_selectedId; // kept to restore the selection after a reload
};

} // namespace Ui
