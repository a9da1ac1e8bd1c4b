#include "plansectionseditor.h"

#include "editorsession.h"
#include "errortext.h"
#include "plandocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

// A section's text field. Undo and Redo are left to the window (one stack
// for the whole plan), not taken by the field's own.
class SectionEdit final : public QPlainTextEdit
{
public:
    SectionEdit()
    {
        setTabChangesFocus(true);
        setUndoRedoEnabled(false);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(e);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                e->ignore();
                return true;
            }
        }
        return QPlainTextEdit::event(e);
    }
};

} // namespace

PlanSectionsEditor::PlanSectionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_readOnlyNote(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_readOnlyNote->setObjectName(u"planReadOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);
    for (const QString &field : Editing::PlanDocument::sectionFields()) {
        Section s{field, new QLabel, new SectionEdit, new QLabel, new QPushButton};
        s.conflict->setObjectName(field + u"Conflict"_s);
        s.conflict->setAutoDefault(false);
        s.conflict->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        s.conflict->hide();
        connect(s.conflict, &QPushButton::clicked, this,
                [this, field]() { Q_EMIT conflictRequested(field); });
        QFont headingFont = s.heading->font();
        headingFont.setBold(true);
        s.heading->setFont(headingFont);
        s.heading->setBuddy(s.edit);
        s.edit->setObjectName(field);
        s.error->setObjectName(field + u"Error"_s);
        s.error->setWordWrap(true);
        styleAsError(s.error);
        s.error->hide();
        layout->addSpacing(6);
        auto *headingRow = new QHBoxLayout;
        headingRow->addWidget(s.heading, 1);
        headingRow->addWidget(s.conflict);
        layout->addLayout(headingRow);
        layout->addWidget(s.edit);
        layout->addWidget(s.error);
        QPlainTextEdit *edit = s.edit;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field, edit]() {
            fitHeight(edit);
            if (!m_showing && m_document)
                m_document->sections()->setValue(field, edit->toPlainText());
            if (m_required.removeAll(field) > 0)
                updateErrors();
        });
        m_sections.append(s);
        fitHeight(edit);
    }
    setDocument(nullptr);
    retranslate();
}

QPlainTextEdit *PlanSectionsEditor::field(const QString &name) const
{
    for (const Section &s : m_sections) {
        if (s.field == name)
            return s.edit;
    }
    return nullptr;
}

void PlanSectionsEditor::setDocument(Editing::PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_document && m_document->sections())
        disconnect(m_document->sections(), nullptr, this, nullptr);
    m_document = document;
    m_required.clear();
    for (const Section &s : std::as_const(m_sections)) {
        s.heading->setVisible(document);
        s.edit->setVisible(document);
        showValue(s, document ? document->sections()->value(s.field).toString() : QString());
    }
    if (document) {
        connect(document->sections(), &Editing::EditorSession::valueChanged, this,
                [this](const QString &field, const QJsonValue &value) {
                    for (const Section &s : std::as_const(m_sections)) {
                        if (s.field == field)
                            showValue(s, value.toString());
                    }
                });
        connect(document->sections(), &Editing::EditorSession::errorsChanged, this,
                &PlanSectionsEditor::updateErrors);
        connect(document, &Editing::PlanDocument::mayEditChanged, this,
                &PlanSectionsEditor::updateReadOnly);
        connect(document, &Editing::PlanDocument::conflictsChanged, this,
                &PlanSectionsEditor::updateConflicts);
    }
    updateErrors();
    updateReadOnly();
    updateConflicts();
}

void PlanSectionsEditor::showValue(const Section &section, const QString &text)
{
    const QString shown = section.edit->toPlainText();
    if (shown == text)
        return;
    // Only the part that differs is replaced, so the cursor stays where the
    // person was (an undo puts it where the text changed).
    qsizetype prefix = 0;
    const qsizetype most = std::min(shown.size(), text.size());
    while (prefix < most && shown[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < most - prefix &&
           shown[shown.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    m_showing = true;
    QTextCursor cursor(section.edit->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(shown.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    if (section.edit->hasFocus())
        section.edit->setTextCursor(cursor);
    m_showing = false;
}

void PlanSectionsEditor::updateErrors()
{
    const QLocale locale;
    for (const Section &s : std::as_const(m_sections)) {
        const Editing::FieldError error =
            m_document ? m_document->sections()->error(s.field) : Editing::FieldError();
        QString text;
        if (m_required.contains(s.field)) {
            text = tr("Write this section before submitting the plan.");
        } else if (error.code == Editing::FieldError::Code::TooLong) {
            text = tr("This section is longer than the %1 characters a plan keeps; shorten it to "
                      "save it. Your text is kept on this computer.")
                       .arg(locale.toString(error.limit));
        }
        s.error->setText(text);
        s.error->setVisible(!text.isEmpty());
    }
}

void PlanSectionsEditor::showRequired(const QStringList &fields)
{
    m_required = fields;
    updateErrors();
    for (const Section &s : std::as_const(m_sections)) {
        if (fields.contains(s.field)) {
            s.edit->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void PlanSectionsEditor::updateConflicts()
{
    const QHash<QString, Core::Record> open =
        m_document ? m_document->sectionConflicts() : QHash<QString, Core::Record>();
    for (const Section &s : std::as_const(m_sections)) {
        s.conflict->setVisible(open.contains(s.field));
        s.conflict->setEnabled(m_document && m_document->mayEdit());
    }
}

QString PlanSectionsEditor::heading(const QString &field) const
{
    for (const Section &s : m_sections) {
        if (s.field == field)
            return QString(s.heading->text()).remove(u'&');
    }
    return {};
}

void PlanSectionsEditor::updateReadOnly()
{
    const bool editable = m_document && m_document->mayEdit();
    for (const Section &s : std::as_const(m_sections))
        s.edit->setReadOnly(!editable);
    m_readOnlyNote->setVisible(m_document && !editable);
}

void PlanSectionsEditor::fitHeight(QPlainTextEdit *edit)
{
    // Grows with its text from three lines to twelve, then scrolls.
    int lines = 0;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next())
        lines += b.layout() ? std::max(1, b.layout()->lineCount()) : 1;
    lines = std::clamp(lines, 3, 12);
    const int frame = edit->frameWidth() * 2 + int(edit->document()->documentMargin() * 2);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + frame + 2);
}

void PlanSectionsEditor::retranslate()
{
    const QStringList headings = {tr("&Challenge"),         tr("V&ision"),
                                  tr("&Measurable result"), tr("C&urrent situation"),
                                  tr("&Root causes"),       tr("Priority ac&tions")};
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        m_sections[i].heading->setText(headings.value(i));
        m_sections[i].edit->setAccessibleName(QString(headings.value(i)).remove(u'&'));
        m_sections[i].edit->setPlaceholderText(tr("Not written yet"));
        m_sections[i].conflict->setText(tr("Two versions: compare…"));
        m_sections[i].conflict->setAccessibleName(
            tr("%1: two versions, compare them").arg(QString(headings.value(i)).remove(u'&')));
    }
    m_readOnlyNote->setText(tr("Only the team's members change this plan; you can read it."));
    updateErrors();
}

} // namespace Ui
