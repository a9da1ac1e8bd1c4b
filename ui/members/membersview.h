#pragma once

#include "masterdetailview.h"

#include <QString>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTextBrowser;

namespace Core {
class LocalStore;
}

namespace Ui {

class MemberFilterModel;
class MemberModel;

// The Members page, the directory of the community as this computer has it
// (the member records the server sent, see MemberModel):
// - on the leading side one search box (name, user name, country,
//   organisation or language; Down or Return goes on to the list, Escape
//   clears it), how many members are listed, and the members by name;
// - beside it the chosen member's profile: name, position, organisation,
//   country, languages (each in its own words, as elsewhere in the app),
//   roles, when they joined, and their bio. It follows a sync that changes
//   the record.
// The model and store are not owned.
class MembersView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersView)

public:
    MembersView(Core::LocalStore *store, MemberModel *model, QWidget *parent = nullptr);

    // Selects the member (clearing a search that hides them) and shows their
    // profile; false when the replica has no such member.
    bool showMember(const QString &memberId);
    bool selectFirstMember();
    QString currentMemberId() const { return m_selectedId; }
    // Puts the keyboard in the search box, its text selected.
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

protected:
    void retranslateUi() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchChanged(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    void ensureCurrent();
    void onRowsChanged();
    void updateCount();
    void showCurrent();
    void renderProfile(const QString &memberId);

    Core::LocalStore *m_store;
    MemberModel *m_model;
    MemberFilterModel *m_filter;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    QTextBrowser *m_profile;
    QString m_selectedId;
};

} // namespace Ui
