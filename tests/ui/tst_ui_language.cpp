// Switching the language while the window is open: texts change without a
// restart, Arabic lays the window out right to left, English restores it.

#include "activitymodel.h"
#include "homeview.h"
#include "mainwindow.h"
#include "plansview.h"
#include "recordtext.h"
#include "uitestenv.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// Translates every string of LeaderNet's own contexts to "‹text›", so a test
// can see which visible texts follow a language switch, independent of the
// state of the .ts files.
class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (qstrncmp(context, "Ui::", 4) != 0)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"‹"_s + text + u"›"_s;
    }
};
} // namespace

using namespace Qt::StringLiterals;

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void languageMenuHasSixLanguages();
    void languagesAreNamedInTheirOwnWords();
    void everyTextFollowsAnInstalledTranslator();
    void switchingToSpanishRetranslatesTheWindow();
    void arabicIsRightToLeft();

private:
    QAction *languageAction(const QString &code) const;
    QStringList menuTitles() const;
    QString homeButtonText() const;

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
};

// A course, a seminar or a member's languages: each by its own name, like
// the language menu, whichever language the window is in.
void TestLanguage::languagesAreNamedInTheirOwnWords()
{
    QCOMPARE(Ui::RecordText::languageName(u"fr"_s), u"Français"_s);
    QCOMPARE(Ui::RecordText::languageName(u"pt-BR"_s), u"Português"_s);
    QCOMPARE(Ui::RecordText::languageName(u"ar"_s), u"العربية"_s);
    QCOMPARE(Ui::RecordText::languageName(u"sw"_s), u"Kiswahili"_s);
    QCOMPARE(Ui::RecordText::languageName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Ui::RecordText::languageName(u"xx-unknown"_s), u"xx-unknown"_s);
}

void TestLanguage::initTestCase()
{
    prepareUiTest();
}

void TestLanguage::init()
{
    m_env = std::make_unique<UiTestEnv>();
    const DemoIds ids = m_env->fill();
    QVERIFY(m_env->signInOffline(ids));
    QVERIFY(m_env->languages.setLanguage(u"en"_s));
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->plansView()->selectFirstPlan());
}

void TestLanguage::cleanup()
{
    m_window.reset();
    m_env.reset();
    qApp->setLayoutDirection(Qt::LeftToRight);
}

QAction *TestLanguage::languageAction(const QString &code) const
{
    for (QAction *action : m_window->languageMenu()->actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

QStringList TestLanguage::menuTitles() const
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles << action->text();
    return titles;
}

QString TestLanguage::homeButtonText() const
{
    const QList<QPushButton *> buttons = m_window->homeView()->findChildren<QPushButton *>();
    return buttons.isEmpty() ? QString() : buttons.first()->text();
}

void TestLanguage::languageMenuHasSixLanguages()
{
    const QList<QAction *> actions = m_window->languageMenu()->actions();
    QCOMPARE(actions.size(), 6);
    QStringList codes;
    for (QAction *action : actions) {
        QVERIFY(action->isCheckable());
        QVERIFY(action->actionGroup() && action->actionGroup()->isExclusive());
        codes << action->data().toString();
    }
    QCOMPARE(codes, (QStringList{u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ar"_s, u"ru"_s}));
    QVERIFY(languageAction(u"en"_s)->isChecked());
    // Each language by its own name, whatever the current language is.
    QVERIFY(languageAction(u"es"_s)->text().startsWith(u"Español"_s));
    QVERIFY(languageAction(u"ar"_s)->text().startsWith(u"العربية"_s));
    QVERIFY(languageAction(u"ru"_s)->text().startsWith(u"Русский"_s));
}

void TestLanguage::everyTextFollowsAnInstalledTranslator()
{
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    PseudoTranslator pseudo;
    QVERIFY(QCoreApplication::installTranslator(&pseudo));
    // LanguageChange reaches every widget; each retranslates itself.
    QTRY_COMPARE(m_window->navigation()->item(1)->text(), u"‹Courses›"_s);
    QVERIFY(menuTitles().contains(u"‹&File›"_s));
    QCOMPARE(m_window->syncAction()->text(), u"‹&Sync now›"_s);
    QCOMPARE(homeButtonText(), u"‹Open courses›"_s);
    QCOMPARE(activities->headerData(Ui::ActivityModel::StatusColumn, Qt::Horizontal).toString(),
             u"‹Status›"_s);
    QCOMPARE(activities->index(0, Ui::ActivityModel::StatusColumn).data().toString(), u"‹Done›"_s);
    QVERIFY(!m_window->navigation()->accessibleName().isEmpty());
    QVERIFY(m_window->navigation()->accessibleName().startsWith(u"‹"_s));
    QCoreApplication::removeTranslator(&pseudo);
    QTRY_COMPARE(m_window->navigation()->item(1)->text(), u"Courses"_s);
    QCOMPARE(homeButtonText(), u"Open courses"_s);
}

void TestLanguage::switchingToSpanishRetranslatesTheWindow()
{
    const QString navBefore = m_window->navigation()->item(1)->text();
    const QStringList menusBefore = menuTitles();
    const QString syncBefore = m_window->syncAction()->text();
    const QString buttonBefore = homeButtonText();
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    const QString headerBefore =
        activities->headerData(Ui::ActivityModel::StatusColumn, Qt::Horizontal).toString();
    QCOMPARE(navBefore, u"Courses"_s);

    languageAction(u"es"_s)->trigger();
    QCOMPARE(m_env->languages.currentLanguage(), u"es"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"es"_s);
    QVERIFY(languageAction(u"es"_s)->isChecked());
    QVERIFY2(QCoreApplication::translate("Ui::MainWindow", "Courses") != u"Courses"_s,
             "translations/leadernet_es.ts has no Spanish for the UI's strings yet "
             "(build update_translations and translate them)");

    QTRY_VERIFY(m_window->navigation()->item(1)->text() != navBefore);
    QVERIFY(menuTitles() != menusBefore);
    QVERIFY(m_window->syncAction()->text() != syncBefore);
    QVERIFY(homeButtonText() != buttonBefore);
    QVERIFY(activities->headerData(Ui::ActivityModel::StatusColumn, Qt::Horizontal).toString() !=
            headerBefore);
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);

    languageAction(u"en"_s)->trigger();
    QTRY_COMPARE(m_window->navigation()->item(1)->text(), navBefore);
    QCOMPARE(menuTitles(), menusBefore);
}

void TestLanguage::arabicIsRightToLeft()
{
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    languageAction(u"ar"_s)->trigger();
    QCOMPARE(m_env->languages.currentLanguage(), u"ar"_s);
    QTRY_COMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_window->navigation()->isRightToLeft());
    // The page list is on the leading side: on the right.
    auto navCentreX = [this]() {
        return m_window->navigation()
            ->mapTo(m_window.get(), m_window->navigation()->rect().center())
            .x();
    };
    QTRY_VERIFY(navCentreX() > m_window->width() / 2);

    languageAction(u"en"_s)->trigger();
    QTRY_COMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(TestLanguage)
#include "tst_ui_language.moc"
