// Signing in against a real leadernet-server (TestServer): a wrong password
// keeps the dialog open with the error, the right one signs in, keeps the
// token and syncs; with no secret service the app signs in and says the
// password will be asked for again.

#include "coursemodel.h"
#include "entityschema.h"
#include "errortext.h"
#include "infobar.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "signindialog.h"
#include "syncstatuswidget.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void wrongPasswordKeepsTheDialogOpen();
    void noSecretServiceStillSignsIn();
    void unreachableServerOpensOffline();
    void syncNowWithNobodySignedInAsksToSignIn();
    void silentServerIsNamed();

private:
    void openWindow(std::unique_ptr<Core::CredentialStore> credentials = {});
    static void submit(Ui::SignInDialog *dialog, const QString &user, const QString &password);

    TestCommon::TestServer m_server;
    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SessionController> m_session;
};

void TestSignIn::initTestCase()
{
    prepareUiTest();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSignIn::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_env.reset();
}

void TestSignIn::openWindow(std::unique_ptr<Core::CredentialStore> credentials)
{
    m_env = std::make_unique<UiTestEnv>(m_server.url(), std::move(credentials));
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_session = std::make_unique<Ui::SessionController>(m_env->services(), m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignIn::submit(Ui::SignInDialog *dialog, const QString &user, const QString &password)
{
    dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->setText(user);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestSignIn::wrongPasswordKeepsTheDialogOpen()
{
    openWindow();
    m_env->languages.setLanguage(u"es"_s);
    QSignalSpy firstSync(m_session.get(), &Ui::SessionController::firstSyncDone);
    m_session->start(); // nothing remembered: asks for the password
    QTRY_VERIFY(m_session->signInDialog() && m_session->signInDialog()->isVisible());
    Ui::SignInDialog *dialog = m_session->signInDialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"serverEdit"_s)->text(),
             m_server.url().toDisplayString(QUrl::RemoveUserInfo));

    QSignalSpy failed(m_env->accounts.get(), &Sync::AccountManager::signInFailed);
    submit(dialog, u"member"_s, u"not-the-password"_s);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->isEnabled());
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<Core::Error>().code, Core::ErrorCode::Unauthorized);
    QTRY_COMPARE(dialog->errorMessage(),
                 Ui::errorText(Core::makeError(Core::ErrorCode::Unauthorized)));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(!m_env->accounts->isSignedIn());

    // The right password signs in, keeps the token and syncs.
    QSignalSpy synced(m_env->engine.get(), &Sync::SyncEngine::finished);
    submit(dialog, u"member"_s, m_server.password());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->signInDialog() || !m_session->signInDialog()->isVisible(),
                             30000);
    QVERIFY(m_env->accounts->isSignedIn());
    QCOMPARE(m_env->accounts->current().username, u"member"_s);
    QString token;
    m_env->credentials->read(
        m_server.url().toString(QUrl::RemoveUserInfo) + u'#' + m_env->accounts->current().memberId,
        [&token](const Core::Result<QString> &t) { token = t ? t.value() : QString(); });
    QTRY_VERIFY(!token.isEmpty());
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().toBool(), true);
    QVERIFY(m_env->store.records().count(Core::Entity::Course).value() > 0);
    QTRY_VERIFY(m_window->courseModel()->rowCount() > 0);
    QCOMPARE(firstSync.count(), 1);
    QCOMPARE(firstSync.first().first().toBool(), true);
    QVERIFY(m_window->infoBar()->text().isEmpty()); // the token was kept
}

void TestSignIn::noSecretServiceStillSignsIn()
{
    openWindow(std::make_unique<NoSecretServiceStore>());
    m_env->languages.setLanguage(u"en"_s);
    QSignalSpy notSaved(m_env->accounts.get(), &Sync::AccountManager::credentialsNotSaved);
    QSignalSpy synced(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_session->start(u"member"_s, m_server.password());
    QVERIFY(notSaved.wait(30000));
    QVERIFY(m_env->accounts->isSignedIn());
    QTRY_VERIFY(m_window->infoBar()->isVisible());
    QVERIFY2(m_window->infoBar()->text().contains(u"asked for it again"_s),
             qPrintable(m_window->infoBar()->text()));
    QVERIFY(!m_session->signInDialog()); // a notice, not a dialog
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().toBool(), true);
    QTRY_VERIFY(m_window->courseModel()->rowCount() > 0);
}

void TestSignIn::unreachableServerOpensOffline()
{
    m_env = std::make_unique<UiTestEnv>(QUrl(u"http://127.0.0.1:9"_s));
    const DemoIds ids = m_env->fill();
    m_env->languages.setLanguage(u"en"_s);
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_session = std::make_unique<Ui::SessionController>(m_env->services(), m_window.get());
    m_session->setInteractive(false);
    QSignalSpy firstSync(m_session.get(), &Ui::SessionController::firstSyncDone);
    m_session->start(u"member"_s, u"whatever"_s);
    QVERIFY(firstSync.wait(30000));
    QCOMPARE(firstSync.first().first().toBool(), false);
    QCOMPARE(m_window->courseModel()->rowCount(), 2); // the replica is still there
    QVERIFY(!m_session->signInDialog());
    QCOMPARE(m_window->syncStatus()->statusText(),
             u"Offline — changes are kept on this computer"_s);
    Q_UNUSED(ids);
}

// A tester cancelled the sign-in, then pressed "Sync now": the app closed.
// Now it asks to sign in again, and stays.
void TestSignIn::syncNowWithNobodySignedInAsksToSignIn()
{
    openWindow();
    m_env->languages.setLanguage(u"en"_s);
    m_session->start();
    QTRY_VERIFY(m_session->signInDialog() && m_session->signInDialog()->isVisible());
    QTest::keyClick(m_session->signInDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!m_session->signInDialog() || !m_session->signInDialog()->isVisible());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // Sync now
    QTRY_VERIFY(m_session->signInDialog() && m_session->signInDialog()->isVisible());
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_env->engine->isRunning());
    // Cancelled again, the window stays, offering to sign in.
    QTest::keyClick(m_session->signInDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!m_session->signInDialog() || !m_session->signInDialog()->isVisible());
    QVERIFY(m_window->isVisible());
    auto *signIn = m_window->findChild<QPushButton *>(u"signedOutSignInButton"_s);
    QVERIFY(signIn && signIn->isVisible());
    // File › Sign in… is there too.
    auto *signInAction = m_window->findChild<QAction *>(u"signInAction"_s);
    QVERIFY(signInAction && signInAction->isEnabled() && signInAction->isVisible());
    signInAction->trigger();
    QTRY_VERIFY(m_session->signInDialog() && m_session->signInDialog()->isVisible());
}

// A server that takes the connection and never answers: the dialog says so,
// in time, and keeps what was typed.
void TestSignIn::silentServerIsNamed()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held; // accepted, never answered
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent, &held]() {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    m_env = std::make_unique<UiTestEnv>(url);
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_session = std::make_unique<Ui::SessionController>(m_env->services(), m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_env->languages.setLanguage(u"fr"_s);
    m_session->start();
    QTRY_VERIFY(m_session->signInDialog() && m_session->signInDialog()->isVisible());
    Ui::SignInDialog *dialog = m_session->signInDialog();
    QSignalSpy failed(m_env->accounts.get(), &Sync::AccountManager::signInFailed);
    submit(dialog, u"member"_s, u"a typed password"_s);
    QVERIFY(failed.wait(30000)); // well before the 60 s of other requests
    QTRY_VERIFY(!dialog->errorMessage().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), u"member"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text(), u"a typed password"_s);
    QVERIFY(!held.isEmpty());
}

QTEST_MAIN(TestSignIn)
#include "tst_ui_signin.moc"
