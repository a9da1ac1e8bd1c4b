#pragma once

#include "apijobs.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Core {
class LocalStore;
}
namespace Editing {
class DeskSession;
class EditorSession;
} // namespace Editing
namespace Sync {
class ApiClient;
} // namespace Sync

namespace Ui {

class FieldMessages;
class LanguagePicker;
class PasswordChangePage;

// One's own profile and account. The profile (name, position, organisation,
// country, languages, a short bio) is edited offline like any record: kept
// as it is typed and sent with the next sync. The account needs the server:
// changing the password (the other computers are then signed out), signing
// out on the other computers, and signing out here.
//
// Thread: the GUI thread. Store, desk and api are not owned.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    AccountDialog(Core::LocalStore *store, Editing::DeskSession *desk, Sync::ApiClient *api,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    void showAccountTab();

Q_SIGNALS:
    // "Sign out on this computer" (the window asks to confirm).
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildProfileTab();
    QWidget *buildAccountTab();
    void loadProfile();
    void showProfileErrors();
    void signOutElsewhere();
    void retranslateUi();

    Core::LocalStore *m_store;
    Editing::DeskSession *m_desk;
    Sync::ApiClient *m_api;
    Editing::EditorSession *m_profile = nullptr;
    std::unique_ptr<FieldMessages> m_fields;
    QPointer<Sync::AccountJob> m_elsewhereJob;
    enum class ElsewhereState { None, Done, Failed } m_elsewhere = ElsewhereState::None;
    Core::Error m_elsewhereError;
    enum class ProfileState {
        Unchanged,
        Saved,
        SaveFailed,
        Missing
    } m_state = ProfileState::Unchanged;

    QTabWidget *m_tabs;
    QLabel *m_profileIntro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLineEdit *m_position = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLineEdit *m_country = nullptr;
    QLabel *m_languagesLabel = nullptr;
    LanguagePicker *m_languages = nullptr;
    QLabel *m_bioLabel = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    QLabel *m_profileStatus = nullptr;
    PasswordChangePage *m_passwordPage = nullptr;
    QLabel *m_computersTitle = nullptr;
    QLabel *m_computersIntro = nullptr;
    QPushButton *m_signOutElsewhere = nullptr;
    QLabel *m_elsewhereStatus = nullptr;
    QPushButton *m_signOutHere = nullptr;
    QPushButton *m_close;
};

} // namespace Ui
