#include "plansview.h"

#include "activitymodel.h"
#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "planlistmodel.h"
#include "recordtext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

PlansView::PlansView(Core::LocalStore *store, PlanListModel *plans, const MemberDirectory *members,
                     const OutboxMarks *marks, QWidget *parent)
    : MasterDetailView(u"plansSplitter"_s, parent)
    , m_store(store)
    , m_plans(plans)
    , m_activities(new ActivityModel(store, members, marks, this))
    , m_detailSplitter(new QSplitter(Qt::Vertical))
    , m_list(new QListView)
    , m_subtitle(new QLabel)
    , m_activitiesHeading(new QLabel)
    , m_table(new QTableView)
{
    m_detailSplitter->setObjectName(u"planDetailSplitter"_s);

    m_list->setObjectName(u"planList"_s);
    m_list->setModel(m_plans);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);

    // The plan's sections, in a scroll area: they can be long.
    auto *sectionsPage = new QWidget;
    QVBoxLayout *sectionsLayout = MasterDetailView::detailLayout(sectionsPage);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    sectionsLayout->addWidget(title());
    sectionsLayout->addWidget(m_subtitle);
    for (const char *field : {"challenge", "vision", "measurable_result", "current_situation",
                              "root_causes", "priority_actions"}) {
        Section s{field, new QLabel, new QLabel};
        QFont headingFont = s.heading->font();
        headingFont.setBold(true);
        s.heading->setFont(headingFont);
        s.text->setWordWrap(true);
        s.text->setTextFormat(Qt::PlainText);
        s.text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        s.text->setFocusPolicy(Qt::StrongFocus);
        s.text->setObjectName(QString::fromLatin1(field));
        s.heading->setBuddy(s.text);
        sectionsLayout->addSpacing(8);
        sectionsLayout->addWidget(s.heading);
        sectionsLayout->addWidget(s.text);
        m_sections.append(s);
    }
    sectionsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(sectionsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *activitiesPage = new QWidget;
    auto *activitiesLayout = new QVBoxLayout(activitiesPage);
    activitiesLayout->setContentsMargins(16, 8, 16, 8);
    QFont headingFont = m_activitiesHeading->font();
    headingFont.setBold(true);
    m_activitiesHeading->setFont(headingFont);
    m_activitiesHeading->setBuddy(m_table);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_activities);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the plan's own order until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::WhatColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::IndicatorColumn,
                                                      QHeaderView::Stretch);
    activitiesLayout->addWidget(m_activitiesHeading);
    activitiesLayout->addWidget(m_table, 1);

    m_detailSplitter->addWidget(scroll);
    m_detailSplitter->addWidget(activitiesPage);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    setPanes(m_list, m_detailSplitter, 1, 4, {260, 980});

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansView::onCurrentChanged);
    connect(m_plans, &QAbstractItemModel::modelReset, this, [this]() {
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showPlan(keep))
            showCurrent();
    });
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::ActionPlan) && !m_selectedId.isEmpty())
            showCurrent();
    });
    retranslateUi();
}

bool PlansView::showPlan(const QString &planId)
{
    const QModelIndex index = m_plans->indexForId(planId);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

bool PlansView::selectFirstPlan()
{
    return m_plans->rowCount() > 0 && showPlan(m_plans->index(0).data(IdRole).toString());
}

void PlansView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    showCurrent();
}

void PlansView::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    const auto plan =
        index.isValid()
            ? m_store->records().get(Core::Entity::ActionPlan, index.data(IdRole).toString())
            : Core::Result<Core::Record>(Core::makeError(Core::ErrorCode::NotFound));
    m_activities->setPlan(plan ? plan->id : QString());
    if (!plan) {
        title()->setText(m_plans->rowCount() > 0 ? tr("Choose an action plan")
                                                 : tr("No action plans on this computer yet"));
        m_subtitle->setText(m_plans->rowCount() > 0
                                ? tr("Select a team's plan to read it.")
                                : tr("Your team's action plan appears here after the first sync."));
        for (const Section &s : std::as_const(m_sections)) {
            s.heading->hide();
            s.text->hide();
        }
        return;
    }
    title()->setText(
        tr("Action plan of %1").arg(index.data(PlanListModel::TeamNameRole).toString()));
    const QString program = index.data(PlanListModel::ProgramTitleRole).toString();
    const QString language = RecordText::languageName(plan->text(u"language"));
    m_subtitle->setText(language.isEmpty() ? program : tr("%1, in %2").arg(program, language));
    m_subtitle->setVisible(!m_subtitle->text().isEmpty());
    for (const Section &s : std::as_const(m_sections)) {
        const QString text = plan->fields.value(QLatin1StringView(s.field)).toString();
        s.text->setText(text.isEmpty() ? RecordText::notSet() : text);
        s.text->setEnabled(!text.isEmpty());
        s.heading->show();
        s.text->show();
    }
}

void PlansView::retranslateUi()
{
    const QStringList headings = {tr("&Challenge"),         tr("V&ision"),
                                  tr("&Measurable result"), tr("C&urrent situation"),
                                  tr("&Root causes"),       tr("Priority ac&tions")};
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        m_sections[i].heading->setText(headings.value(i));
    m_activitiesHeading->setText(tr("&Activities"));
    m_list->setAccessibleName(tr("Action plans"));
    m_table->setAccessibleName(tr("Activities"));
    m_activities->retranslate();
    showCurrent();
}

} // namespace Ui
