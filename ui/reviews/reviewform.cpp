#include "reviewform.h"

#include "desksession.h"
#include "editorsession.h"
#include "errortext.h"
#include "recordtext.h"
#include "reviewdocument.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Ui {

using Editing::FieldError;
using Editing::ReviewDocument;

using namespace Qt::StringLiterals;

namespace {

constexpr int CriterionRole = Qt::UserRole + 1; // the criterion's id

enum Column { CriterionColumn, ScoreColumn };

// A score as the rubric table shows it ("3 of 4", or "Not scored"), edited
// with a spin box from 0 (not scored) to 4.
class ScoreDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return scoreText(value.toInt(), locale);
    }

    static QString scoreText(int score, const QLocale &locale)
    {
        if (score <= 0)
            return ReviewForm::tr("Not scored");
        //: A criterion's score in the review form: "3 of 4".
        return ReviewForm::tr("%1 of %2")
            .arg(locale.toString(score), locale.toString(Core::Rubric::MaxScore));
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QSpinBox(parent);
        box->setRange(0, Core::Rubric::MaxScore);
        box->setSpecialValueText(ReviewForm::tr("Not scored"));
        box->setAccessibleName(ReviewForm::tr("Score"));
        return box;
    }
};

} // namespace

ReviewForm::ReviewForm(Core::LocalStore *store, Editing::DeskSession *desk, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_desk(desk)
    , m_heading(new QLabel)
    , m_access(new QLabel)
    , m_rubricLabel(new QLabel)
    , m_rubric(new QTableWidget(0, 2))
    , m_description(new QLabel)
    , m_scoresError(new QLabel)
    , m_decisionLabel(new QLabel)
    , m_decision(new QComboBox)
    , m_decisionError(new QLabel)
    , m_commentLabel(new QLabel)
    , m_comment(new QPlainTextEdit)
    , m_commentError(new QLabel)
    , m_state(new QLabel)
    , m_previous(new QPushButton)
    , m_next(new QPushButton)
    , m_saveNext(new QPushButton)
    , m_fields(new QWidget)
{
    setObjectName(u"reviewForm"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_access->setObjectName(u"reviewAccess"_s);
    m_access->setWordWrap(true);
    m_rubric->setObjectName(u"reviewRubric"_s);
    m_rubric->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rubric->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rubric->setTabKeyNavigation(false);
    m_rubric->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_rubric->setItemDelegateForColumn(ScoreColumn, new ScoreDelegate(m_rubric));
    m_rubric->verticalHeader()->hide();
    m_rubric->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_rubric->horizontalHeader()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_rubric->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_rubric->installEventFilter(this);
    m_rubricLabel->setBuddy(m_rubric);
    m_rubricLabel->setWordWrap(true);
    m_description->setObjectName(u"criterionDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decision->setObjectName(u"reviewDecision"_s);
    m_decisionLabel->setBuddy(m_decision);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setTabChangesFocus(true);
    m_commentLabel->setBuddy(m_comment);
    m_scoresError->setObjectName(u"reviewScoresError"_s);
    m_decisionError->setObjectName(u"reviewDecisionError"_s);
    m_commentError->setObjectName(u"reviewCommentError"_s);
    for (QLabel *error : {m_scoresError, m_decisionError, m_commentError}) {
        styleAsError(error);
        error->setWordWrap(true);
        error->hide();
    }
    m_state->setObjectName(u"reviewState"_s);
    m_state->setWordWrap(true);
    m_previous->setObjectName(u"previousSubmissionButton"_s);
    m_next->setObjectName(u"nextSubmissionButton"_s);
    m_saveNext->setObjectName(u"saveReviewButton"_s);

    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_rubricLabel);
    fieldsLayout->addWidget(m_rubric);
    fieldsLayout->addWidget(m_description);
    fieldsLayout->addWidget(m_scoresError);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decisionLabel);
    decisionRow->addWidget(m_decision, 1);
    fieldsLayout->addLayout(decisionRow);
    fieldsLayout->addWidget(m_decisionError);
    fieldsLayout->addWidget(m_commentLabel);
    fieldsLayout->addWidget(m_comment, 1);
    fieldsLayout->addWidget(m_commentError);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_saveNext);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_access);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_state);
    layout->addLayout(buttons);

    QWidget *order[] = {m_rubric, m_decision, m_comment, m_previous, m_next, m_saveNext};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    setFocusProxy(m_rubric);

    auto addShortcut = [this](QList<QKeySequence> keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                [this]() { finish(); });
    connect(m_saveNext, &QPushButton::clicked, this, [this]() { finish(); });
    connect(m_next, &QPushButton::clicked, this, &ReviewForm::nextRequested);
    connect(m_previous, &QPushButton::clicked, this, &ReviewForm::previousRequested);

    connect(m_rubric, &QTableWidget::currentCellChanged, this, &ReviewForm::showDescription);
    connect(m_rubric, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_showing || !m_document || item->column() != ScoreColumn)
            return;
        applyScore(item->data(CriterionRole).toString(), item->data(Qt::EditRole).toInt());
    });
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_showing || !m_document || !m_document->session())
            return;
        const QString decision = m_decision->currentData().toString();
        m_document->session()->setValue(u"decision"_s, decision.isEmpty()
                                                           ? QJsonValue(QJsonValue::Undefined)
                                                           : QJsonValue(decision));
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_showing || !m_document || !m_document->session())
            return;
        if (m_document->session()->value(u"comment"_s).toString() != m_comment->toPlainText())
            m_document->session()->setValue(u"comment"_s, m_comment->toPlainText());
    });
    if (m_desk) {
        connect(m_desk, &Editing::DeskSession::activeAuthorChanged, this, &ReviewForm::rebuild);
        connect(m_desk, &Editing::DeskSession::activeAuthorAboutToChange, this, [this]() {
            if (m_document && m_document->session())
                (void)m_document->session()->save();
        });
    }
    retranslateUi();
    rebuild();
}

ReviewForm::~ReviewForm() = default;

void ReviewForm::setSubmission(const QString &submissionId)
{
    if (submissionId == m_submissionId && m_document)
        return;
    m_submissionId = submissionId;
    rebuild();
}

QString ReviewForm::submissionId() const
{
    return m_submissionId;
}

const Editing::EditorSession *ReviewForm::session() const
{
    return m_document ? m_document->session() : nullptr;
}

void ReviewForm::rebuild()
{
    // The old document may be the one finishing right now (its write
    // reloads the queue): it goes once that is over, saving what was typed.
    if (m_document) {
        // What was typed is kept now, before anyone else writes this review.
        if (!m_finishing && m_document->session() && m_document->session()->hasUnsavedChanges())
            (void)m_document->session()->save();
        m_document->disconnect(this);
        if (Editing::EditorSession *session = m_document->session())
            session->disconnect(this);
        m_document->deleteLater();
    }
    m_document = nullptr;
    m_showErrors = false;
    m_scoreProblem.clear();
    if (!m_submissionId.isEmpty()) {
        m_document = new ReviewDocument(m_store, m_desk, m_submissionId, this);
        if (Editing::EditorSession *session = m_document->session()) {
            // Typed here, undone, or changed by a sync: that field follows.
            connect(session, &Editing::EditorSession::valueChanged, this, &ReviewForm::showField);
            connect(session, &Editing::EditorSession::errorsChanged, this, &ReviewForm::showErrors);
            // The draft reaches the replica when the session saves it.
            connect(session, &Editing::EditorSession::saved, this, &ReviewForm::draftChanged);
        }
    }
    showState();
}

void ReviewForm::showField(const QString &field)
{
    const Editing::EditorSession *session = m_document ? m_document->session() : nullptr;
    if (!session)
        return;
    if (field == u"scores") {
        showScores();
        return;
    }
    m_showing = true;
    if (field == u"decision") {
        const int at = m_decision->findData(session->value(field).toString());
        m_decision->setCurrentIndex(at < 0 ? 0 : at);
    } else if (field == u"comment") {
        const QString comment = session->value(field).toString();
        if (m_comment->toPlainText() != comment) {
            m_comment->setPlainText(comment);
            m_comment->moveCursor(QTextCursor::Start); // read from its beginning
        }
    }
    m_showing = false;
}

void ReviewForm::showState()
{
    m_showing = true;
    const ReviewDocument *doc = m_document;
    const bool writing = doc && doc->session();
    // Team members read the review in the plan; the form is the facilitators'.
    setVisible(doc && doc->access() != ReviewDocument::Access::NotFacilitator);
    m_fields->setVisible(writing);
    m_saveNext->setVisible(writing);
    QString access;
    if (doc) {
        switch (doc->access()) {
        case ReviewDocument::Access::Write:
            break;
        case ReviewDocument::Access::Reviewed:
            access = tr("Another facilitator has reviewed this submission.");
            break;
        case ReviewDocument::Access::NotFacilitator:
            access = tr("Only the program's facilitators review submitted plans.");
            break;
        case ReviewDocument::Access::Superseded:
            access = tr("The team has sent a newer version of this plan since: review that one.");
            break;
        case ReviewDocument::Access::Missing:
            access = tr("This submission is no longer on this computer.");
            break;
        }
    }
    m_access->setText(access);
    m_access->setVisible(!access.isEmpty());
    if (writing) {
        const Editing::EditorSession *session = doc->session();
        if (session->mode() == Editing::EditorSession::Mode::NewRecord)
            m_state->setText(tr("Kept on this computer as you type. Ctrl+Enter saves the review "
                                "and opens the next submission; it goes at the next sync."));
        else
            m_state->setText(tr("Your review is saved. Changes are kept as you type and go at "
                                "the next sync."));
    } else {
        m_state->clear();
    }
    m_state->setVisible(writing);
    m_showing = false;
    if (writing) {
        showField(u"decision"_s);
        showField(u"comment"_s);
    }
    showScores(); // and the errors
}

void ReviewForm::showScores()
{
    m_showing = true;
    const ReviewDocument *doc = m_document;
    const QLocale locale;
    const int current = m_rubric->currentRow();
    const auto &criteria = doc ? doc->rubric().criteria : QList<Core::Rubric::Criterion>();
    m_rubric->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        const Core::Rubric::Criterion &c = criteria.at(row);
        const int score = doc->score(c.id);
        //: A criterion that must be scored, in the review form.
        const QString title = c.required ? tr("%1 (required)").arg(c.title) : c.title;
        auto *name = m_rubric->item(row, CriterionColumn);
        if (!name) {
            name = new QTableWidgetItem;
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_rubric->setItem(row, CriterionColumn, name);
        }
        auto *value = m_rubric->item(row, ScoreColumn);
        if (!value) {
            value = new QTableWidgetItem;
            m_rubric->setItem(row, ScoreColumn, value);
        }
        const QString scoreText = ScoreDelegate::scoreText(score, locale);
        //: What a screen reader says of a criterion: "Clarity (required): 3 of 4".
        const QString spoken = tr("%1: %2").arg(title, scoreText);
        for (QTableWidgetItem *item : {name, value}) {
            item->setData(CriterionRole, c.id);
            item->setToolTip(c.description);
            item->setData(Qt::AccessibleTextRole, spoken);
            item->setData(Qt::AccessibleDescriptionRole, c.description);
        }
        name->setText(title);
        value->setData(Qt::EditRole, score);
    }
    if (!criteria.isEmpty())
        m_rubric->setCurrentCell(std::clamp(current, 0, int(criteria.size()) - 1), ScoreColumn);
    m_rubric->setVisible(!criteria.isEmpty());
    m_rubricLabel->setVisible(!criteria.isEmpty());
    m_description->setVisible(!criteria.isEmpty());
    m_showing = false;
    showDescription();
    showErrors();
}

void ReviewForm::showDescription()
{
    const QTableWidgetItem *item = m_rubric->item(m_rubric->currentRow(), CriterionColumn);
    m_description->setText(item ? item->toolTip() : QString());
}

void ReviewForm::showErrors()
{
    const ReviewDocument *doc = m_document;
    const Editing::FieldErrors errors =
        doc && m_showErrors ? doc->errors() : Editing::FieldErrors();
    QStringList unscored;
    bool outOfRange = false;
    if (doc) {
        for (const Core::Rubric::Criterion &c : doc->rubric().criteria) {
            const FieldError e = errors.value(ReviewDocument::scoreKey(c.id));
            if (e.code == FieldError::Code::Required)
                unscored << c.title;
            else if (e.isError())
                outOfRange = true;
        }
    }
    QString scores = m_scoreProblem;
    if (scores.isEmpty() && outOfRange)
        scores = tr("A score is a whole number from 1 to 4.");
    if (scores.isEmpty() && !unscored.isEmpty())
        //: Followed by the names of the criteria, in a list.
        scores =
            tr("Score every required criterion: %1.").arg(QLocale().createSeparatedList(unscored));
    QString decision;
    QString comment;
    const FieldError commentError = errors.value(u"comment"_s);
    if (commentError.code == FieldError::Code::Required)
        comment = tr("Say what the team should change: a comment is needed when you ask for "
                     "changes.");
    else if (commentError.code == FieldError::Code::TooLong)
        comment = tr("The comment is longer than the %1 characters a review keeps. Your text is "
                     "kept on this computer.")
                      .arg(QLocale().toString(commentError.limit));
    else if (errors.contains(u"decision"_s))
        decision = tr("Choose a decision: approve the plan, or ask for changes.");
    const std::pair<QLabel *, QString> shown[] = {
        {m_scoresError, scores}, {m_decisionError, decision}, {m_commentError, comment}};
    for (const auto &[label, text] : shown) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    m_rubric->setAccessibleDescription(scores);
    m_decision->setAccessibleDescription(decision);
    m_comment->setAccessibleDescription(comment);
}

bool ReviewForm::applyScore(const QString &criterionId, int score)
{
    const bool ok = m_document && m_document->setScore(criterionId, score);
    // Said at once: nothing else of the review is wrong yet.
    m_scoreProblem = ok ? QString() : tr("A score is a whole number from 1 to 4.");
    showScores();
    return ok;
}

void ReviewForm::scoreCurrent(int score)
{
    const int row = m_rubric->currentRow();
    if (row < 0)
        return;
    // A score given moves on to the next criterion.
    if (applyScore(m_rubric->item(row, CriterionColumn)->data(CriterionRole).toString(), score) &&
        score > 0 && row + 1 < m_rubric->rowCount())
        m_rubric->setCurrentCell(row + 1, ScoreColumn);
}

bool ReviewForm::eventFilter(QObject *watched, QEvent *event)
{
    // While a score is edited with its spin box, the keys go to the box.
    if (watched == m_rubric && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods =
            key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        // Any script's digits: an Arabic keyboard types ٣.
        const int digit = key->text().size() == 1 ? key->text().at(0).digitValue() : -1;
        if (mods == Qt::NoModifier && digit >= 0) {
            scoreCurrent(digit == 0 ? -1 : digit);
            return true;
        }
        if (mods == Qt::NoModifier &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            scoreCurrent(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ReviewForm::finish()
{
    QPointer<ReviewDocument> doc = m_document;
    if (!doc || !doc->session())
        return false;
    const QString submissionId = m_submissionId;
    m_finishing = true;
    const Core::Status s = doc->finish();
    m_finishing = false;
    if (!s) {
        m_showErrors = true;
        showErrors();
        // The keyboard goes to the first field in error.
        if (m_scoresError->isVisible())
            m_rubric->setFocus(Qt::OtherFocusReason);
        else if (m_commentError->isVisible())
            m_comment->setFocus(Qt::OtherFocusReason);
        else if (m_decisionError->isVisible())
            m_decision->setFocus(Qt::OtherFocusReason);
        if (s.error().code != Core::ErrorCode::Invalid) {
            m_state->setText(errorText(s.error()));
            m_state->show();
        }
        return false;
    }
    Q_EMIT draftChanged();
    Q_EMIT finished(submissionId);
    return true;
}

void ReviewForm::focusFirstField()
{
    if (m_rubric->isVisible() && m_rubric->rowCount() > 0) {
        m_rubric->setCurrentCell(0, ScoreColumn);
        m_rubric->setFocus(Qt::OtherFocusReason);
    } else if (m_decision->isVisible()) {
        m_decision->setFocus(Qt::OtherFocusReason);
    }
}

void ReviewForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ReviewForm::retranslateUi()
{
    m_heading->setText(tr("Your review"));
    m_rubricLabel->setText(
        tr("Rubric: type 1 to 4 to score the selected criterion, Delete to clear it."));
    m_rubric->setHorizontalHeaderLabels({tr("Criterion"), tr("Score")});
    m_rubric->setAccessibleName(tr("Rubric"));
    m_decisionLabel->setText(tr("&Decision:"));
    m_decision->setAccessibleName(tr("Decision"));
    {
        const QSignalBlocker block(m_decision);
        const int chosen = std::max(0, m_decision->currentIndex());
        m_decision->clear();
        m_decision->addItem(tr("Choose a decision"), QString());
        m_decision->addItem(RecordText::decision(ReviewDocument::Approved),
                            ReviewDocument::Approved);
        m_decision->addItem(RecordText::decision(ReviewDocument::ChangesRequested),
                            ReviewDocument::ChangesRequested);
        m_decision->setCurrentIndex(chosen);
    }
    m_commentLabel->setText(tr("&Comment to the team:"));
    m_comment->setAccessibleName(tr("Comment to the team"));
    m_comment->setPlaceholderText(tr("What is strong in the plan, and what to change"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("The previous submission (Ctrl+Page Up)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("The next submission (Ctrl+Page Down)"));
    m_saveNext->setText(tr("Save and open next"));
    m_saveNext->setToolTip(tr("Save the review and open the next submission (Ctrl+Enter)"));
    showState();
}

} // namespace Ui
