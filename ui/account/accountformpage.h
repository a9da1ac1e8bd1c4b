#pragma once

#include "apijobs.h"
#include "fieldmessages.h"
#include "result.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sync {
class ApiClient;
} // namespace Sync

namespace Ui {

// What the account pages share (join, activate, forgotten password, change
// of password): a title and an introduction, a form whose fields show their
// own messages, a message for the form as a whole, a progress bar while the
// server is asked, a main button (the default: Return presses it) and Back.
// A refusal goes to the field it is about, else under the form; whatever
// was typed stays. Also makes the pages' titles (styleAsTitle).
// A label as the title of a page or section: bold, `scale` times larger.
void styleAsTitle(QLabel *label, qreal scale = 1.25);
// A form's message line, named `objectName`: plain text, wrapped, hidden
// until there is something to say.
void setUpFormMessage(QLabel *label, const QString &objectName);
// The thin bar shown while the server is asked, hidden until then.
void setUpBusyBar(QProgressBar *bar);

class AccountFormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountFormPage)

public:
    bool isBusy() const { return m_job != nullptr; }
    // The page's main button (Return presses it while the page is shown).
    QPushButton *primaryButton() const { return m_primary; }
    // The message under the form (empty: none).
    QString formMessage() const;
    // The message at field `name` (empty: none).
    QString fieldMessage(const QString &name) const { return m_fields.text(name); }

Q_SIGNALS:
    void backRequested();

protected:
    AccountFormPage(Sync::ApiClient *api, const QString &objectName, QWidget *parent);

    // Sends `job` (made by the api client), busy until it ends; then calls
    // `done` with it (status OK) or shows its refusal.
    template<typename Done> void send(Sync::AccountJob *job, Done done);
    void showRefusal(const Core::Error &error);
    // A message under the form; `error` colours it as one.
    void showFormMessage(const QString &text, bool error = true);
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // A line edit for a password, hidden as it is typed.
    QLineEdit *passwordEdit(const QString &objectName);
    // Adds the row of a new password, known as `field`, with a hint of its
    // strength under it as it is typed (also its description for screen
    // readers); returns the hint ("…PasswordEdit" gives "…PasswordStrength").
    QLabel *addNewPasswordRow(QLabel *label, QLineEdit *edit, const QString &field);

    Sync::ApiClient *m_api;
    QLabel *m_title;
    QLabel *m_intro;
    QFormLayout *m_form;
    FieldMessages m_fields;
    QPushButton *m_primary;
    QPushButton *m_back;

private:
    void startJob(Sync::AccountJob *job, std::function<void(Sync::AccountJob *)> done);
    void setBusy(bool busy);
    void retranslateCommon();
    static void showStrength(QLineEdit *edit, QLabel *hint);

    Core::Error m_refusal; // the server's last refusal, shown
    QLabel *m_message;
    QProgressBar *m_progress;
    QPointer<Sync::AccountJob> m_job;
    QList<QPointer<QWidget>> m_disabled;                 // inputs disabled while busy
    QList<std::pair<QLineEdit *, QLabel *>> m_strengths; // new passwords and their hints
};

template<typename Done> void AccountFormPage::send(Sync::AccountJob *job, Done done)
{
    startJob(job, std::function<void(Sync::AccountJob *)>(std::move(done)));
}

} // namespace Ui
