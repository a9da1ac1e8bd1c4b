#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>
#include <utility>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Editing {
class MemberDirectory;
class PlanDocument;
} // namespace Editing

namespace Ui {

// Two versions of one section of a plan, side by side, as the sync kept
// them: the one on the server and the one that was not kept, each with who
// wrote it and when, the words that differ highlighted. The person keeps
// one, takes the other, or writes a merged text (it starts as the kept
// one); the conflict is then settled in their name. A refusal is said in
// the dialog and nothing typed is lost. Open it with open().
class SectionConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionConflictDialog)

public:
    SectionConflictDialog(Editing::PlanDocument *document, const QString &field,
                          const QString &heading, const Editing::MemberDirectory *members,
                          QWidget *parent = nullptr);

    // The two texts as HTML with the words of each that the other lacks
    // marked (<mark>); plain escaping otherwise.
    static std::pair<QString, QString> markDifferences(const QString &a, const QString &b);

private:
    void settle(int how);

    QPointer<Editing::PlanDocument> m_document;
    QString m_field;
    QLabel *m_error;
    QPlainTextEdit *m_merged;
};

} // namespace Ui
