#pragma once

#include "apijobs.h"

#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sync {
class AccountManager;
class ApiClient;
} // namespace Sync

namespace Ui {

// The first page a person sees on a computer with no account: the address of
// their community's server, checked before anything else is asked. Names
// what is wrong in plain words (nothing answers, an answer that is not a
// LeaderNet server's such as a network's sign-in page, a server of another
// protocol version, an untrusted certificate) and offers to trust a
// self-signed certificate once its fingerprint has been shown.
class ServerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    ServerPage(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    // Checks the address typed (what "Continue" does).
    void check();
    bool isBusy() const { return m_job != nullptr; }
    QPushButton *continueButton() const { return m_continue; }
    QString message() const;

Q_SIGNALS:
    // The address answers as a LeaderNet server this app can work with.
    void serverReady(const QUrl &server);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChecked();
    void trust();
    void showMessage(const QString &text);
    void setBusy(bool busy);
    void retranslateUi();

    Sync::ApiClient *m_api;
    Sync::AccountManager *m_accounts;
    QPointer<Sync::HealthJob> m_job;
    QSslCertificate m_certificate; // shown, not trusted yet
    // The protocol of a server of another version (0: none seen; -1: it did
    // not say which).
    int m_serverProtocol = 0;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_message;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QProgressBar *m_progress;
    QPushButton *m_continue;
};

} // namespace Ui
