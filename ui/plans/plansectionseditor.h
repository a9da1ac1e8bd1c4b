#pragma once

#include "plandocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Ui {

// The sections of an action plan (challenge, vision, measurable result,
// current situation, root causes, priority actions), each a text field
// edited in place. What is typed goes to the plan's editor session (kept at
// once, saved after a pause, one undo stack for the plan); values that
// change by undo, redo or a sync come back into the fields. Tab moves on to
// the next field; Undo and Redo are the window's, for the whole plan. Read
// only when the active author is not in the plan's team. The document is not
// owned.
class PlanSectionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanSectionsEditor)

public:
    explicit PlanSectionsEditor(QWidget *parent = nullptr);

    // The plan to edit (nullptr: none, the fields are hidden).
    void setDocument(Editing::PlanDocument *document);
    QPlainTextEdit *field(const QString &name) const;
    // Says at each of `fields` that it must be written before the plan is
    // submitted, and puts the keyboard in the first (until typed in).
    void showRequired(const QStringList &fields);
    void retranslate();
    // The heading of a section, without its mnemonic.
    QString heading(const QString &field) const;

Q_SIGNALS:
    // The person asked to compare the two versions of `field`.
    void conflictRequested(const QString &field);

private:
    struct Section {
        QString field;
        QLabel *heading = nullptr;
        QPlainTextEdit *edit = nullptr;
        QLabel *error = nullptr;
        QPushButton *conflict = nullptr; // shown while two versions wait
    };

    void showValue(const Section &section, const QString &text);
    void updateErrors();
    void updateReadOnly();
    void updateConflicts();
    void fitHeight(QPlainTextEdit *edit);

    QList<Section> m_sections;
    QPointer<Editing::PlanDocument> m_document;
    QLabel *m_readOnlyNote;
    bool m_showing = false; // a value shown, not typed
    QStringList m_required; // empty sections a submission needs
};

} // namespace Ui
