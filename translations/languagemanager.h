#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace I18n {

// Loads and switches the user-interface language: LeaderNet's own
// translations (embedded as :/i18n/leadernet_<code>.qm) and Qt's
// (qtbase_<code>.qm), so standard dialogs speak the same language.
// Installing the translators makes Qt send QEvent::LanguageChange to every
// widget, so open windows retranslate without a restart. Also sets
// QLocale::setDefault() so dates and numbers follow the language.
// The layout direction is for the UI layer to apply, from
// QLocale(code).textDirection().
//
// Thread: the main thread. Emits languageChanged() after a switch.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The six shipped languages as codes: en, es, fr, pt, ar, ru.
    static QStringList availableLanguages();
    // The language's own name for itself ("Español", "العربية"), capitalised.
    static QString nativeName(const QString &code);
    // The language saved in settings (QSettings key "ui/language"), else the
    // first of the system's QLocale().uiLanguages() that ships, else English.
    static QString preferredLanguage();

    QString currentLanguage() const { return m_current; }

    // Switches to `code` (one of availableLanguages()); returns false and
    // changes nothing for an unknown code or a missing translation.
    bool setLanguage(const QString &code);
    // Switches and remembers the choice in settings.
    bool setLanguageAndRemember(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};

} // namespace I18n
