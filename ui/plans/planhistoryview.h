#pragma once

#include "planhistory.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Core {
class LocalStore;
struct Error;
} // namespace Core
namespace Editing {
class MemberDirectory;
class PlanDocument;
} // namespace Editing

namespace Ui {

class PlanHistoryModel;

// Who did what in one plan: the changes, newest first (PlanHistoryModel),
// and under them the one chosen, whole, its earlier and later value side by
// side with the words that differ marked. "Restore earlier value" puts the
// earlier value back as a change by whoever writes now (PlanDocument::
// restore()); a refusal is said here.
class PlanHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanHistoryView)

public:
    PlanHistoryView(Core::LocalStore *store, const Editing::MemberDirectory *members,
                    QWidget *parent = nullptr);

    void setDocument(Editing::PlanDocument *document);
    PlanHistoryModel *model() const { return m_model; }
    // Says why a restore was refused, under the history.
    void showMessage(const QString &text);
    // Gives the keyboard to the list of changes, on the newest when none is chosen.
    void focusList();

Q_SIGNALS:
    void restoreRefused(const Core::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    // The history is read only while it is on screen.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void updateButton();
    void restoreSelected();
    int selectedRow() const;

    PlanHistoryModel *m_model;
    QPointer<Editing::PlanDocument> m_document;
    QLabel *m_empty;
    QTreeView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_restore;
    QLabel *m_message;
    Editing::PlanHistory::Change m_keep;
    bool m_selectNewest = false;
};

} // namespace Ui
