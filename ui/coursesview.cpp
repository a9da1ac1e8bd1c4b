#include "coursesview.h"

#include "coursemodel.h"
#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "recordtext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

CoursesView::CoursesView(Core::LocalStore *store, CourseModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_title(new QLabel)
    , m_browser(new QTextBrowser)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->setObjectName(u"coursesSplitter"_s);

    m_tree->setObjectName(u"courseTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(16, 12, 16, 12);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"lessonTitle"_s);
    m_browser->setObjectName(u"lessonBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_browser, 1);

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 900});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CoursesView::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showItem(keep))
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        // An enrollment mark changed: the course page says so.
        if (m_tree->currentIndex().data(CourseModel::KindRole).toInt() ==
            int(CourseModel::Kind::Course))
            showCurrent();
    });
    retranslateUi();
}

bool CoursesView::showItem(const QString &id)
{
    const QModelIndex index = m_model->indexForId(id);
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
    const QModelIndex lesson = m_model->firstLesson();
    return lesson.isValid() && showItem(lesson.data(IdRole).toString());
}

QString CoursesView::currentId() const
{
    return m_tree->currentIndex().data(IdRole).toString();
}

void CoursesView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    showCurrent();
}

void CoursesView::showCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid()) {
        m_title->setText(m_model->rowCount() > 0 ? tr("Choose a lesson")
                                                 : tr("No courses on this computer yet"));
        m_browser->setPlainText(m_model->rowCount() > 0
                                    ? tr("Select a course, module or lesson to read it.")
                                    : tr("Courses appear here after the first sync."));
        return;
    }
    m_title->setText(index.data(Qt::DisplayRole).toString());
    const auto kind = CourseModel::Kind(index.data(CourseModel::KindRole).toInt());
    const QString id = index.data(IdRole).toString();
    switch (kind) {
    case CourseModel::Kind::Lesson: {
        const auto lesson = m_store->records().get(Core::Entity::Lesson, id);
        m_browser->setMarkdown(lesson ? lesson->text(u"body") : QString());
        break;
    }
    case CourseModel::Kind::Course: {
        const auto course = m_store->records().get(Core::Entity::Course, id);
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
        break;
    }
    case CourseModel::Kind::Module: {
        QString text = tr("%n lesson(s)", nullptr, m_model->rowCount(index)) + u"\n"_s;
        for (int row = 0; row < m_model->rowCount(index); ++row)
            text += u"\n"_s + m_model->index(row, 0, index).data().toString();
        m_browser->setPlainText(text);
        break;
    }
    }
}

void CoursesView::retranslateUi()
{
    m_tree->setAccessibleName(tr("Courses, modules and lessons"));
    m_browser->setAccessibleName(tr("Lesson text"));
    showCurrent();
}

void CoursesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui
