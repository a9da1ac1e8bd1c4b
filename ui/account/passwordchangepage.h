#pragma once

#include "accountformpage.h"

class QLineEdit;

namespace Ui {

// Changing one's password: the current one, then the new one with a strength
// hint. The server signs the member's other computers out; this one stays
// signed in.
class PasswordChangePage final : public AccountFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangePage)

public:
    explicit PasswordChangePage(Sync::ApiClient *api, QWidget *parent = nullptr);

    void submit();

Q_SIGNALS:
    void passwordChanged();

private:
    void retranslateUi() override;

    bool m_changed = false;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_newLabel;
    QLineEdit *m_new;
};

} // namespace Ui
