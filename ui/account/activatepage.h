#pragma once

#include "accountformpage.h"

class QLineEdit;

namespace Ui {

// Activating a new account with the code the member received by e-mail or
// from an administrator (pasted with spaces or line breaks: they are dropped).
class ActivatePage final : public AccountFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivatePage)

public:
    explicit ActivatePage(Sync::ApiClient *api, QWidget *parent = nullptr);

    // Who just joined, and whether the code was mailed to them (empty
    // username: someone who comes back with a code).
    void setJoined(const QString &username, bool emailGiven);
    void submit();

Q_SIGNALS:
    void activated(const QString &username);

private:
    void retranslateUi() override;

    QString m_joined;
    bool m_emailGiven = false;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
};

} // namespace Ui
