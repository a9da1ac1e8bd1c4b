#include "languagemanager.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "leadernet.i18n")

namespace I18n {

using namespace Qt::StringLiterals;

namespace {
const QString SettingsKey = u"ui/language"_s;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ar"_s, u"ru"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Fixed endonyms: QLocale names regional variants ("Español de España",
    // "American English"), and the menu offers languages, not regions.
    static const QHash<QString, QString> names{
        {u"en"_s, u"English"_s},   {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s},
        {u"pt"_s, u"Português"_s}, {u"ar"_s, u"العربية"_s}, {u"ru"_s, u"Русский"_s},
    };
    return names.value(code, code);
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    for (const QString &ui : QLocale().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    auto app = std::make_unique<QTranslator>(this);
    if (!app->load(u":/i18n/leadernet_%1.qm"_s.arg(code))) {
        qCWarning(lcLanguage) << "no translation for" << code;
        return false;
    }
    // Qt's own strings (standard buttons, dialogs); English needs none.
    auto qt = std::make_unique<QTranslator>(this);
    if (!qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        if (code != u"en")
            qCInfo(lcLanguage) << "Qt's own translation for" << code << "is not installed";
        qt.reset();
    }

    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_app = app.release();
    QLocale::setDefault(QLocale(code));
    if (qt) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    // Installing sends LanguageChange to every widget: open windows retranslate.
    QCoreApplication::installTranslator(m_app);
    m_current = code;
    qCInfo(lcLanguage) << "language" << code;
    Q_EMIT languageChanged(code);
    return true;
}

bool LanguageManager::setLanguageAndRemember(const QString &code)
{
    if (!setLanguage(code))
        return false;
    QSettings().setValue(SettingsKey, code);
    return true;
}

} // namespace I18n
