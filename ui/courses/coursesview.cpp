#include "coursesview.h"

#include "attachmentcache.h"
#include "attachmentfetcher.h"
#include "attachmentlist.h"
#include "coursemodel.h"
#include "courseprogress.h"
#include "entityschema.h"
#include "errortext.h"
#include "infobar.h"
#include "languagemanager.h"
#include "localstore.h"
#include "modelroles.h"
#include "readerbrowser.h"
#include "recordtext.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

void CourseFilterModel::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    invalidateRowsFilter();
}

void CourseFilterModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool CourseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // a shown course shows all of itself
    const QModelIndex course = sourceModel()->index(sourceRow, 0);
    if (!m_language.isEmpty() && course.data(CourseModel::LanguageRole).toString() != m_language)
        return false;
    const bool enrolled = course.data(CourseModel::EnrolledRole).toBool();
    const int done = course.data(CourseModel::DoneRole).toInt();
    const bool completed = course.data(CourseModel::CompletedRole).toBool();
    switch (m_status) {
    case Status::All:
        return true;
    case Status::Enrolled:
        return enrolled;
    case Status::InProgress:
        return (enrolled || done > 0) && !completed;
    case Status::Completed:
        return completed;
    }
    return true;
}

CoursesView::CoursesView(Core::LocalStore *store, CourseModel *model,
                         Editing::CourseProgress *progress, const FileServices &files,
                         QWidget *parent)
    : MasterDetailView(u"coursesSplitter"_s, parent)
    , m_store(store)
    , m_model(model)
    , m_progress(progress)
    , m_filter(new CourseFilterModel(this))
    , m_languageFilter(new QComboBox)
    , m_statusFilter(new QComboBox)
    , m_tree(new QTreeView)
    , m_infoBar(new InfoBar)
    , m_progressText(new QLabel)
    , m_progressBar(new QProgressBar)
    , m_enrollButton(new QPushButton)
    , m_continueButton(new QPushButton)
    , m_files(files)
    , m_browser(new ReaderBrowser)
    , m_lessonFiles(new AttachmentList(files))
    , m_previousButton(new QPushButton)
    , m_doneButton(new QPushButton)
    , m_nextButton(new QPushButton)
{

    // The catalogue with its filters.
    auto *catalogue = new QWidget;
    auto *catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_languageFilter->setObjectName(u"courseLanguageFilter"_s);
    m_statusFilter->setObjectName(u"courseStatusFilter"_s);
    filters->addWidget(m_languageFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    catalogueLayout->addLayout(filters);
    catalogueLayout->addWidget(m_tree, 1);
    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(u"courseTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTabKeyNavigation(false);

    auto *detail = new QWidget;
    QVBoxLayout *detailLayout = MasterDetailView::detailLayout(detail);
    title()->setObjectName(u"lessonTitle"_s);
    m_infoBar->setObjectName(u"coursesInfoBar"_s);
    m_progressText->setObjectName(u"courseProgressText"_s);
    m_progressBar->setObjectName(u"courseProgressBar"_s);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressText->sizeHint().height() / 2 + 4);
    m_progressText->setBuddy(m_progressBar);
    m_enrollButton->setObjectName(u"enrollButton"_s);
    m_continueButton->setObjectName(u"continueButton"_s);
    auto *courseActions = new QHBoxLayout;
    courseActions->addWidget(m_enrollButton);
    courseActions->addWidget(m_continueButton);
    courseActions->addStretch(1);
    m_browser->setObjectName(u"lessonBrowser"_s);
    m_previousButton->setObjectName(u"previousLessonButton"_s);
    m_doneButton->setObjectName(u"lessonDoneButton"_s);
    m_doneButton->setCheckable(true);
    m_nextButton->setObjectName(u"nextLessonButton"_s);
    auto *lessonActions = new QHBoxLayout;
    lessonActions->addWidget(m_previousButton);
    lessonActions->addStretch(1);
    lessonActions->addWidget(m_doneButton);
    lessonActions->addStretch(1);
    lessonActions->addWidget(m_nextButton);
    detailLayout->addWidget(m_infoBar);
    detailLayout->addWidget(title());
    detailLayout->addWidget(m_progressText);
    detailLayout->addWidget(m_progressBar);
    detailLayout->addLayout(courseActions);
    detailLayout->addWidget(m_browser, 1);
    m_lessonFiles->setObjectName(u"lessonFiles"_s);
    detailLayout->addWidget(m_lessonFiles);
    m_browser->setFileServices(&m_files);
    connect(m_browser, &ReaderBrowser::attachmentActivated, this,
            &CoursesView::onAttachmentActivated);
    connect(m_lessonFiles, &AttachmentList::fileArrived, this, [this](const QString &sha) {
        // A handout arriving changes nothing in the text; a picture does.
        if (std::any_of(
                m_lessonFiles->files().begin(), m_lessonFiles->files().end(),
                [&](const Core::AttachmentRef &f) { return f.sha256 == sha && f.isImage(); }))
            m_browser->refreshPictures();
    });
    if (m_files.fetcher) {
        connect(m_files.fetcher, &Sync::AttachmentFetcher::failed, this,
                [this](const QString &sha) {
                    if (std::any_of(m_lessonFiles->files().begin(), m_lessonFiles->files().end(),
                                    [&](const Core::AttachmentRef &f) { return f.sha256 == sha; }))
                        m_browser->refreshPictures();
                });
    }
    detailLayout->addLayout(lessonActions);

    setPanes(catalogue, detail, 1, 3, {320, 900});

    // Keyboard: the lesson's commands work wherever the focus is on this page.
    auto addShortcut = [this](QPushButton *button, const QKeySequence &keys) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        // Anywhere in the window while this page is shown (hidden pages'
        // shortcuts do not fire).
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, button, [button]() {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
        addAction(action);
    };
    addShortcut(m_doneButton, QKeySequence(Qt::CTRL | Qt::Key_D));
    addShortcut(m_previousButton, QKeySequence(Qt::ALT | Qt::Key_PageUp));
    addShortcut(m_nextButton, QKeySequence(Qt::ALT | Qt::Key_PageDown));

    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(m_filter->mapToSource(current)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showItem(keep))
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        // Progress or enrollment moved: the detail says so (the text stays put).
        const QModelIndex current = currentSourceIndex();
        if (!current.isValid())
            return;
        showProgress(current);
        if (current.data(CourseModel::KindRole).toInt() == int(CourseModel::Kind::Lesson))
            m_doneButton->setChecked(current.data(CourseModel::CompletedRole).toBool());
    });
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setLanguage(m_languageFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setStatus(CourseFilterModel::Status(m_statusFilter->currentData().toInt()));
    });
    connect(m_enrollButton, &QPushButton::clicked, this, &CoursesView::toggleEnrollment);
    connect(m_continueButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex lesson = m_model->continueLesson(m_model->courseOf(currentSourceIndex()));
        if (lesson.isValid())
            showItem(lesson.data(IdRole).toString());
    });
    connect(m_doneButton, &QPushButton::clicked, this, &CoursesView::toggleDone);
    connect(m_previousButton, &QPushButton::clicked, this, [this]() { step(-1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this]() { step(1); });
    retranslateUi();
}

QModelIndex CoursesView::currentSourceIndex() const
{
    return m_filter->mapToSource(m_tree->currentIndex());
}

bool CoursesView::showItem(const QString &id)
{
    const QModelIndex source = m_model->indexForId(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!m_filter->mapFromSource(m_model->courseOf(source)).isValid()) {
        // Hidden by a filter: show everything rather than nothing.
        m_languageFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent().parent());
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool CoursesView::selectFirstLesson()
{
    // As the catalogue shows them: the first course the member takes, else
    // the first course.
    QModelIndex course;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex shown = m_filter->mapToSource(m_filter->index(row, 0));
        if (!course.isValid())
            course = shown;
        if (shown.data(CourseModel::EnrolledRole).toBool()) {
            course = shown;
            break;
        }
    }
    const QList<QModelIndex> lessons =
        course.isValid() ? m_model->lessons(course) : QList<QModelIndex>();
    const QModelIndex lesson = lessons.isEmpty() ? m_model->firstLesson() : lessons.first();
    return lesson.isValid() && showItem(lesson.data(IdRole).toString());
}

bool CoursesView::continueLearning()
{
    QModelIndex course = m_model->courseOf(currentSourceIndex());
    if (!course.isValid() || !course.data(CourseModel::EnrolledRole).toBool())
        course = m_model->currentCourse();
    const QModelIndex lesson = m_model->continueLesson(course);
    return lesson.isValid() && showItem(lesson.data(IdRole).toString());
}

QString CoursesView::currentId() const
{
    return m_tree->currentIndex().data(IdRole).toString();
}

bool CoursesView::highlight(const QString &text)
{
    return m_browser->findAndShow(text);
}

void CoursesView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    m_infoBar->hide();
    showCurrent();
}

void CoursesView::showCurrent()
{
    const QModelIndex index = currentSourceIndex();
    const auto kind = CourseModel::Kind(index.data(CourseModel::KindRole).toInt());
    const bool lesson = index.isValid() && kind == CourseModel::Kind::Lesson;
    const bool course = index.isValid() && kind == CourseModel::Kind::Course;
    for (QWidget *w : {static_cast<QWidget *>(m_previousButton),
                       static_cast<QWidget *>(m_doneButton), static_cast<QWidget *>(m_nextButton)})
        w->setVisible(lesson);
    m_enrollButton->setVisible(course);
    m_continueButton->setVisible(course);
    if (!index.isValid()) {
        m_progressText->hide();
        m_progressBar->hide();
        title()->setText(m_model->rowCount() > 0 ? tr("Choose a lesson")
                                                 : tr("No courses on this computer yet"));
        m_browser->setPlainText(m_model->rowCount() > 0
                                    ? tr("Select a course, module or lesson to read it.")
                                    : tr("Courses appear here after the first sync."));
        return;
    }
    title()->setText(index.data(Qt::DisplayRole).toString());
    showProgress(index);
    switch (kind) {
    case CourseModel::Kind::Lesson:
        showLesson(index);
        break;
    case CourseModel::Kind::Course:
        showCourse(index);
        break;
    case CourseModel::Kind::Module:
        showModule(index);
        break;
    }
}

void CoursesView::showProgress(const QModelIndex &index)
{
    const auto kind = CourseModel::Kind(index.data(CourseModel::KindRole).toInt());
    const QModelIndex of = kind == CourseModel::Kind::Lesson ? m_model->courseOf(index) : index;
    const int done = of.data(CourseModel::DoneRole).toInt();
    const int total = of.data(CourseModel::TotalRole).toInt();
    const bool show = total > 0;
    m_progressText->setVisible(show);
    m_progressBar->setVisible(show);
    if (!show)
        return;
    QString text = tr("%1 of %n lesson(s) done", nullptr, total).arg(done);
    if (kind == CourseModel::Kind::Lesson)
        text = tr("%1: %2").arg(of.data(Qt::DisplayRole).toString(), text);
    m_progressText->setText(text);
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_progressBar->setAccessibleName(tr("Course progress"));
    m_progressBar->setAccessibleDescription(text);
    if (kind == CourseModel::Kind::Course) {
        const bool enrolled = index.data(CourseModel::EnrolledRole).toBool();
        m_enrollButton->setText(enrolled ? tr("Leave c&ourse") : tr("E&nroll"));
        const QModelIndex next = m_model->continueLesson(index);
        m_continueButton->setEnabled(next.isValid());
        m_continueButton->setText(!next.isValid() ? tr("Course completed")
                                  : done > 0      ? tr("&Continue: %1").arg(next.data().toString())
                                                  : tr("&Start: %1").arg(next.data().toString()));
    }
}

void CoursesView::showCourse(const QModelIndex &index)
{
    const auto course = m_store->records().get(Core::Entity::Course, index.data(IdRole).toString());
    QString text;
    const QString language =
        RecordText::languageName(index.data(CourseModel::LanguageRole).toString());
    if (!language.isEmpty())
        text += tr("Language: %1").arg(language) + u"\n\n"_s;
    text += index.data(CourseModel::EnrolledRole).toBool()
                ? tr("You are enrolled in this course.")
                : tr("You are not enrolled in this course.");
    text += u"\n\n"_s + tr("%n module(s)", nullptr, m_model->rowCount(index));
    m_browser->setPlainText(text);
    if (course && !course->text(u"summary").isEmpty()) {
        QTextCursor cursor(m_browser->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.insertMarkdown(course->text(u"summary") + u"\n\n"_s);
    }
}

void CoursesView::showModule(const QModelIndex &index)
{
    QString text = tr("%n lesson(s)", nullptr, m_model->rowCount(index)) + u"\n"_s;
    for (int row = 0; row < m_model->rowCount(index); ++row) {
        const QModelIndex lesson = m_model->index(row, 0, index);
        text += u"\n"_s + (lesson.data(CourseModel::CompletedRole).toBool()
                               ? tr("✓ %1").arg(lesson.data().toString())
                               : lesson.data().toString());
    }
    m_browser->setPlainText(text);
}

void CoursesView::showLesson(const QModelIndex &index)
{
    const auto lesson = m_store->records().get(Core::Entity::Lesson, index.data(IdRole).toString());
    const QList<Core::AttachmentRef> files =
        lesson ? Core::attachmentsFrom(lesson->fields.value(Core::AttachmentsField))
               : QList<Core::AttachmentRef>();
    m_browser->setAttachments(files);
    m_lessonFiles->setFiles(files);
    m_browser->showMarkdown(lesson ? lesson->text(u"body") : QString());
    m_doneButton->setChecked(index.data(CourseModel::CompletedRole).toBool());
    m_previousButton->setEnabled(m_model->siblingLesson(index, -1).isValid());
    m_nextButton->setEnabled(m_model->siblingLesson(index, 1).isValid());
}

// A picture's placeholder fetches it; a picture or a file link that is here
// opens in the system's application.
void CoursesView::onAttachmentActivated(const QString &sha256)
{
    const auto entry =
        m_files.cache ? m_files.cache->entry(sha256)
                      : Core::Result<std::optional<Core::AttachmentCache::Entry>>(std::nullopt);
    if (entry && *entry && (*entry)->complete) {
        m_lessonFiles->open(sha256);
        return;
    }
    m_lessonFiles->fetch(sha256);
    m_browser->refreshPictures(); // "Fetching…"
}

void CoursesView::report(const QString &what, const QString &why)
{
    m_infoBar->showMessage(tr("%1 %2").arg(what, why));
}

void CoursesView::toggleEnrollment()
{
    const QModelIndex course = currentSourceIndex();
    // A mnemonic clicks after a short animation: the course may be gone by then.
    if (course.data(CourseModel::KindRole).toInt() != int(CourseModel::Kind::Course))
        return;
    const QString id = course.data(IdRole).toString();
    const bool enrolled = course.data(CourseModel::EnrolledRole).toBool();
    const Core::Status s = enrolled ? m_progress->leave(id) : m_progress->enroll(id);
    if (!s) {
        report(enrolled ? tr("You could not leave the course.") : tr("You could not enroll."),
               errorText(s.error()));
    }
}

void CoursesView::toggleDone()
{
    const QModelIndex lesson = currentSourceIndex();
    if (lesson.data(CourseModel::KindRole).toInt() != int(CourseModel::Kind::Lesson))
        return;
    const bool done = !lesson.data(CourseModel::CompletedRole).toBool();
    if (const Core::Status s = m_progress->setCompleted(lesson.data(IdRole).toString(), done); !s) {
        m_doneButton->setChecked(!done);
        report(tr("The lesson could not be marked."), errorText(s.error()));
        return;
    }
    // Marking a lesson done in a course one is not enrolled in enrolls.
    const QModelIndex course = m_model->courseOf(lesson);
    if (done && !course.data(CourseModel::EnrolledRole).toBool())
        (void)m_progress->enroll(course.data(IdRole).toString());
}

void CoursesView::step(int direction)
{
    const QModelIndex next = m_model->siblingLesson(currentSourceIndex(), direction);
    if (next.isValid())
        showItem(next.data(IdRole).toString());
}

void CoursesView::retranslateUi()
{
    m_tree->setAccessibleName(tr("Courses, modules and lessons"));
    m_browser->setAccessibleName(tr("Lesson text"));
    m_languageFilter->setAccessibleName(tr("Show courses in"));
    m_statusFilter->setAccessibleName(tr("Show"));
    {
        const QSignalBlocker block(m_languageFilter);
        const QString keep = m_languageFilter->currentData().toString();
        m_languageFilter->clear();
        m_languageFilter->addItem(tr("All languages"), QString());
        for (const QString &code : I18n::LanguageManager::availableLanguages())
            m_languageFilter->addItem(I18n::LanguageManager::nativeName(code), code);
        m_languageFilter->setCurrentIndex(std::max(0, m_languageFilter->findData(keep)));
    }
    {
        const QSignalBlocker block(m_statusFilter);
        const int keep = std::max(0, m_statusFilter->currentIndex());
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All courses"), int(CourseFilterModel::Status::All));
        m_statusFilter->addItem(tr("Enrolled"), int(CourseFilterModel::Status::Enrolled));
        m_statusFilter->addItem(tr("In progress"), int(CourseFilterModel::Status::InProgress));
        m_statusFilter->addItem(tr("Completed"), int(CourseFilterModel::Status::Completed));
        m_statusFilter->setCurrentIndex(keep);
    }
    m_previousButton->setText(tr("Previous lesson"));
    m_previousButton->setToolTip(tr("Previous lesson (Alt+Page Up)"));
    m_nextButton->setText(tr("Next lesson"));
    m_nextButton->setToolTip(tr("Next lesson (Alt+Page Down)"));
    m_doneButton->setText(tr("Mark as &done"));
    m_doneButton->setToolTip(tr("Mark this lesson as done, or not done (Ctrl+D)"));
    showCurrent();
}

} // namespace Ui
