#pragma once

#include <QListWidget>
#include <QStringList>

namespace Ui {

// The languages a member speaks, ticked in a list that names each in its own
// words (English, Français, العربية, Kiswahili …): the app's six first, then
// the languages most spoken in the community's countries. Space ticks the
// current one. Languages given that the list does not show are kept.
class LanguagePicker final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePicker)

public:
    explicit LanguagePicker(QWidget *parent = nullptr);

    // Codes ("en", "sw"), in the order ticked items are listed.
    QStringList languages() const;
    void setLanguages(const QStringList &codes);

Q_SIGNALS:
    void languagesChanged();

private:
    QStringList m_unlisted; // given, not in the list: kept as they are
    bool m_setting = false;
};

} // namespace Ui
