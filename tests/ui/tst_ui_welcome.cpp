// From a computer with nothing on it to a member others can find, against a
// real leadernet-server (TestServer): the welcome checks the community's
// address (and names what is wrong with a bad one: nothing there, a page
// that is not LeaderNet, another protocol version, a self-signed
// certificate to trust after its fingerprint), a new person joins, activates
// with the code an administrator gives, is signed in, fills the profile
// offline, and an administrator finds them in the members directory after a
// sync. A forgotten password is reset; each refusal shows at its field.

#include "accounttext.h"
#include "apiclient.h"
#include "errortext.h"
#include "mainwindow.h"
#include "page.h"
#include "protocol.h"
#include "sessioncontroller.h"
#include "signindialog.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using Step = Ui::SignInDialog::Step;
namespace Protocol = Sync::Protocol;

namespace {

QString tlsFixture(const QString &name)
{
    return QStringLiteral(LEADERNET_SOURCE_DIR) + u"/tests/fixtures/tls/"_s + name;
}

// An HTTP server that answers every request with `answer` and closes: a
// network's sign-in page, another website, a server of another version.
class CannedServer final : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    socket->readAll();
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    static QByteArray answer(int status, const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QByteArray m_answer;
};

template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Puts `text` where `edit` is, as a person does: click, select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

} // namespace

class TestWelcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void newPersonJoinsAndOthersFindThem();
    void forgottenPasswordIsReset();
    void tooManyAttemptsSayHowLongToWait();
    void welcomeNamesWhatIsWrongWithTheAddress();
    void accountTabChangesThePasswordAndSignsOutElsewhere();
    void selfSignedCertificateIsTrustedAfterItsFingerprint();

private:
    // A window on a fresh profile for `server` (empty: a first run), with
    // the session started and its dialog shown.
    Ui::SignInDialog *openWindow(const QUrl &server, const QString &language = u"en"_s);
    QString checkAddress(Ui::SignInDialog *dialog, const QUrl &url);
    // An active account of its own, made through the server's API.
    bool joinThroughApi(const QString &username, const QString &password);

    TestCommon::TestServer m_server;
    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SessionController> m_session;
};

void TestWelcome::initTestCase()
{
    prepareUiTest();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestWelcome::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_env.reset();
}

Ui::SignInDialog *TestWelcome::openWindow(const QUrl &server, const QString &language)
{
    m_env = std::make_unique<UiTestEnv>(server);
    m_env->languages.setLanguage(language);
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_session = std::make_unique<Ui::SessionController>(m_env->services(), m_window.get());
    m_window->show();
    m_window->activateWindow();
    // The window settles first: the dialog then stays the active one.
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_session->start();
    if (!QTest::qWaitFor([this]() {
            return m_session->signInDialog() && m_session->signInDialog()->isVisible();
        })) {
        return nullptr;
    }
    Ui::SignInDialog *dialog = m_session->signInDialog();
    return bringToFront(dialog) ? dialog : nullptr;
}

bool TestWelcome::joinThroughApi(const QString &username, const QString &password)
{
    const QJsonObject joining{
        {u"username"_s, username}, {u"password"_s, password}, {u"display_name"_s, username}};
    if (m_server
            .post(QString(Protocol::RegisterPath),
                  QJsonDocument(joining).toJson(QJsonDocument::Compact))
            .status != 201) {
        return false;
    }
    const QJsonObject token{{u"token"_s, m_server.activationTokens().value(username)}};
    return m_server
               .post(QString(Protocol::ActivatePath),
                     QJsonDocument(token).toJson(QJsonDocument::Compact))
               .status == 200;
}

// Types `url` on the welcome step and presses Return; the message shown.
QString TestWelcome::checkAddress(Ui::SignInDialog *dialog, const QUrl &url)
{
    auto *address = child<QLineEdit>(dialog, u"welcomeServerEdit"_s);
    retype(address, url.toString());
    QTest::keyClick(address, Qt::Key_Return);
    auto *message = child<QLabel>(dialog, u"serverMessage"_s);
    // Checked when the step moved on or the page takes input again.
    auto *next = child<QPushButton>(dialog, u"serverContinueButton"_s);
    (void)QTest::qWaitFor(
        [dialog, next]() { return dialog->step() != Step::Server || next->isEnabled(); }, 30000);
    return message->isHidden() ? QString() : message->text();
}

void TestWelcome::newPersonJoinsAndOthersFindThem()
{
    // A first run: no server named, nobody remembered.
    Ui::SignInDialog *dialog = openWindow(QUrl());
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Server);
    QCOMPARE(dialog->windowTitle(), u"Welcome to LeaderNet"_s);
    QVERIFY(checkAddress(dialog, m_server.url()).isEmpty());
    QTRY_COMPARE(dialog->step(), Step::SignIn);
    QCOMPARE(child<QLineEdit>(dialog, u"serverEdit"_s)->text(),
             m_server.url().toDisplayString(QUrl::RemoveUserInfo));
    // The address is remembered for next time.
    QCOMPARE(m_env->accounts->lastServer(), m_server.url());

    QTest::mouseClick(child<QPushButton>(dialog, u"joinButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->step(), Step::Join);
    QWidget *join = child<QWidget>(dialog, u"joinPage"_s);
    auto *name = child<QLineEdit>(join, u"joinNameEdit"_s);
    auto *username = child<QLineEdit>(join, u"joinUsernameEdit"_s);
    auto *password = child<QLineEdit>(join, u"joinPasswordEdit"_s);
    // The keyboard only, field after field.
    QTRY_VERIFY(name->hasFocus());
    typeText(u"Grace Njeri"_s);
    pressKey(Qt::Key_Tab);
    QVERIFY(username->hasFocus());
    typeText(u"member"_s); // someone's already
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab); // no e-mail: an administrator gives the code
    typeText(u"Kenya"_s);
    pressKey(Qt::Key_Tab);
    typeText(u"Ministry of Health"_s);
    pressKey(Qt::Key_Tab);
    auto *languages = child<QAbstractItemView>(join, u"joinLanguages"_s);
    QVERIFY(languages->hasFocus());
    pressKey(Qt::Key_Space); // English
    for (int i = 0; i < 6; ++i)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Space); // Kiswahili
    pressKey(Qt::Key_Tab);
    QVERIFY(password->hasFocus());
    typeText(u"short"_s);
    auto *strength = child<QLabel>(join, u"joinPasswordStrength"_s);
    QCOMPARE(strength->text(), Ui::passwordStrengthText(Ui::PasswordStrength::TooShort));
    pressKey(Qt::Key_Return);
    // Refused here, at the field, before anything is sent.
    QCOMPARE(dialog->step(), Step::Join);
    QCOMPARE(child<QLabel>(join, u"passwordMessage"_s)->text(),
             Ui::passwordStrengthText(Ui::PasswordStrength::TooShort));
    QVERIFY(password->hasFocus());
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"clinics, wells and bed nets"_s);
    QCOMPARE(strength->text(), Ui::passwordStrengthText(Ui::PasswordStrength::Strong));
    pressKey(Qt::Key_Return);
    // The server: that user name is taken. Said at the field; nothing typed is lost.
    auto *usernameMessage = child<QLabel>(join, u"usernameMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!usernameMessage->isHidden(), 30000);
    QCOMPARE(usernameMessage->text(), Ui::errorText(Core::makeError(Core::ErrorCode::Taken)));
    QVERIFY(username->hasFocus());
    QCOMPARE(name->text(), u"Grace Njeri"_s);
    QCOMPARE(password->text(), u"clinics, wells and bed nets"_s);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"grace.n"_s);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Activate, 30000);

    // A wrong code is said at its field.
    QWidget *activate = child<QWidget>(dialog, u"activatePage"_s);
    auto *code = child<QLineEdit>(activate, u"activationTokenEdit"_s);
    QTRY_VERIFY(code->hasFocus());
    typeText(u"not-the-code"_s);
    pressKey(Qt::Key_Return);
    auto *codeMessage = child<QLabel>(activate, u"tokenMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!codeMessage->isHidden(), 30000);
    QCOMPARE(codeMessage->text(), Ui::fieldErrorText(u"token"_s));
    // The administrator's code, pasted as it came in a message: with spaces
    // and a line break.
    const QString token = m_server.activationTokens().value(u"grace.n"_s);
    QVERIFY(!token.isEmpty());
    QGuiApplication::clipboard()->setText(u"  "_s + token.left(20) + u"\n"_s + token.mid(20) +
                                          u" \n"_s);
    QVERIFY(code->hasFocus());
    pressKey(Qt::Key_A, Qt::ControlModifier);
    pressKey(Qt::Key_V, Qt::ControlModifier);
    QSignalSpy firstSync(m_session.get(), &Ui::SessionController::firstSyncDone);
    const QPointer<Ui::SignInDialog> open(dialog);
    pressKey(Qt::Key_Return);
    // Activated, then signed in with the password given when joining.
    QVERIFY(firstSync.wait(60000));
    QCOMPARE(firstSync.first().first().toBool(), true);
    QVERIFY(!open || !open->isVisible());
    QVERIFY(m_env->accounts->isSignedIn());
    QCOMPARE(m_env->accounts->current().username, u"grace.n"_s);

    // The profile, offline like every change: kept, then sent with the sync.
    QAction *account = m_window->findChild<QAction *>(u"accountAction"_s);
    QVERIFY(account && account->isEnabled());
    account->trigger();
    QDialog *profile = nullptr;
    QTRY_VERIFY((profile = m_window->findChild<QDialog *>(u"accountDialog"_s)) &&
                profile->isVisible());
    QVERIFY(bringToFront(profile));
    auto *profileName = child<QLineEdit>(profile, u"profileNameEdit"_s);
    QCOMPARE(profileName->text(), u"Grace Njeri"_s);
    QCOMPARE(child<QLineEdit>(profile, u"profileCountryEdit"_s)->text(), u"Kenya"_s);
    auto *position = child<QLineEdit>(profile, u"profilePositionEdit"_s);
    QTest::mouseClick(position, Qt::LeftButton);
    QVERIFY(position->hasFocus());
    // Over the limit: said at the field, the text kept.
    typeText(QString(Core::MaxPositionLength + 1, u'x'));
    auto *positionMessage = child<QLabel>(profile, u"positionMessage"_s);
    QTRY_VERIFY(!positionMessage->isHidden());
    QCOMPARE(positionMessage->text(), Ui::lengthProblem(QString(Core::MaxPositionLength + 1, u'x'),
                                                        Core::MaxPositionLength));
    QCOMPARE(position->text().size(), Core::MaxPositionLength + 1);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"District health officer"_s);
    QTRY_VERIFY(positionMessage->isHidden());
    auto *status = child<QLabel>(profile, u"profileStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 10000);
    pressKey(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"accountDialog"_s));

    QSignalSpy synced(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_window->findChild<QAction *>(u"syncNowAction"_s)->trigger();
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().toBool(), true);
    QCOMPARE(differencesFromServer(*m_env), QStringList());

    // An administrator finds them in the directory after a sync.
    SignedInWindow admin(m_server.url());
    QVERIFY(admin.signIn(u"admin"_s, m_server.password()));
    admin.window.showPage(*Ui::pageFromName(u"members"));
    auto *search = child<QLineEdit>(&admin.window, u"membersSearch"_s);
    QTest::mouseClick(search, Qt::LeftButton);
    typeText(u"Njeri"_s);
    auto *list = child<QAbstractItemView>(&admin.window, u"membersList"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    QWidget *shown = child<QWidget>(&admin.window, u"memberProfile"_s);
    const auto profileText = [shown]() {
        if (auto *browser = qobject_cast<QTextBrowser *>(shown))
            return browser->toPlainText();
        QStringList texts;
        for (const QLabel *label : shown->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    };
    QTRY_VERIFY2(profileText().contains(u"District health officer"_s), qPrintable(profileText()));
    QVERIFY(profileText().contains(u"Ministry of Health"_s));
    QCOMPARE(differencesFromServer(admin.env), QStringList());
}

void TestWelcome::forgottenPasswordIsReset()
{
    // An account of its own: resetting it signs it out everywhere.
    QVERIFY(joinThroughApi(u"reset.me"_s, u"the first password"_s));

    Ui::SignInDialog *dialog = openWindow(m_server.url());
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::SignIn);
    QTest::mouseClick(child<QPushButton>(dialog, u"forgotPasswordButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->step(), Step::Reset);
    QWidget *reset = child<QWidget>(dialog, u"resetPage"_s);
    auto *username = child<QLineEdit>(reset, u"resetUsernameEdit"_s);
    QTRY_VERIFY(username->hasFocus());
    typeText(u"reset.me"_s);
    pressKey(Qt::Key_Return);
    auto *code = child<QLineEdit>(reset, u"resetTokenEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->hasFocus(), 30000);
    typeText(u"a-guess"_s);
    pressKey(Qt::Key_Tab);
    typeText(u"a new password for me"_s);
    pressKey(Qt::Key_Return);
    auto *codeMessage = child<QLabel>(reset, u"tokenMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!codeMessage->isHidden(), 30000);
    QCOMPARE(codeMessage->text(), Ui::fieldErrorText(u"token"_s));
    QCOMPARE(child<QLineEdit>(reset, u"resetPasswordEdit"_s)->text(), u"a new password for me"_s);

    const QString token = m_server.resetToken(u"reset.me"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(code->hasFocus());
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(token);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::SignIn, 30000);
    QVERIFY(dialog->errorMessage().contains(u"Sign in with the new password"_s));
    QCOMPARE(child<QLineEdit>(dialog, u"usernameEdit"_s)->text(), u"reset.me"_s);
    QVERIFY(child<QLineEdit>(dialog, u"passwordEdit"_s)->hasFocus());
    typeText(u"a new password for me"_s);
    QSignalSpy firstSync(m_session.get(), &Ui::SessionController::firstSyncDone);
    pressKey(Qt::Key_Return);
    QVERIFY(firstSync.wait(60000));
    QVERIFY(m_env->accounts->isSignedIn());
    QCOMPARE(m_env->accounts->current().username, u"reset.me"_s);
    QCOMPARE(differencesFromServer(*m_env), QStringList());
}

void TestWelcome::tooManyAttemptsSayHowLongToWait()
{
    Ui::SignInDialog *dialog = openWindow(m_server.url(), u"pt"_s);
    QVERIFY(dialog);
    QSignalSpy failed(m_env->accounts.get(), &Sync::AccountManager::signInFailed);
    auto *username = child<QLineEdit>(dialog, u"usernameEdit"_s);
    auto *password = child<QLineEdit>(dialog, u"passwordEdit"_s);
    QTest::mouseClick(username, Qt::LeftButton);
    typeText(u"someone.guessing"_s);
    Core::Error last;
    for (int attempt = 0; attempt < 8 && last.code != Core::ErrorCode::RateLimited; ++attempt) {
        retype(password, u"guess number %1"_s.arg(attempt));
        pressKey(Qt::Key_Return);
        QVERIFY(failed.wait(30000));
        last = failed.takeLast().first().value<Core::Error>();
    }
    QCOMPARE(last.code, Core::ErrorCode::RateLimited);
    QVERIFY(last.retryAfter > 0);
    QTRY_COMPARE(dialog->errorMessage(), Ui::errorText(last));
    QVERIFY(dialog->errorMessage() != Ui::errorText(Core::makeError(Core::ErrorCode::RateLimited)));
    QCOMPARE(username->text(), u"someone.guessing"_s);
}

void TestWelcome::welcomeNamesWhatIsWrongWithTheAddress()
{
    Ui::SignInDialog *dialog = openWindow(QUrl());
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Server);

    // Not an address.
    QVERIFY(checkAddress(dialog, QUrl(u"ftp://files.example.org"_s))
                .contains(u"Enter the server address"_s));
    // Nothing answers.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    QVERIFY(checkAddress(dialog, nowhere).contains(u"No server answers"_s));
    // A hotel's sign-in page, or another site.
    CannedServer portal(CannedServer::answer(200, "text/html",
                                             "<html><body>Welcome! Sign in to the Wi-Fi</body>"
                                             "</html>"));
    QVERIFY(checkAddress(dialog, portal.url()).contains(u"not as a LeaderNet server"_s));
    CannedServer otherApi(
        CannedServer::answer(404, "application/json", R"({"message":"Not Found"})"));
    QVERIFY(checkAddress(dialog, otherApi.url()).contains(u"not as a LeaderNet server"_s));
    // A server of a newer protocol.
    CannedServer newer(
        CannedServer::answer(200, "application/json",
                             R"({"status":"ok","version":"9.0.0","store":"sqlite","protocol":2})"));
    QVERIFY(checkAddress(dialog, newer.url()).contains(u"newer than this version"_s));
    CannedServer refusing(CannedServer::answer(
        426, "application/json",
        R"({"error":{"code":"protocol_version","message":"this server speaks protocol version 2"}})"));
    QVERIFY(checkAddress(dialog, refusing.url()).contains(u"another version of LeaderNet"_s));
    // Said in the person's language, the address still there.
    m_env->languages.setLanguage(u"ar"_s);
    auto *message = child<QLabel>(dialog, u"serverMessage"_s);
    QTRY_VERIFY2(!message->text().isEmpty() && !message->text().contains(u"another version"_s),
                 qPrintable(message->text()));
    QVERIFY(message->text().contains(u"LeaderNet"_s));
    QCOMPARE(child<QLineEdit>(dialog, u"welcomeServerEdit"_s)->text(), refusing.url().toString());
    QCOMPARE(dialog->step(), Step::Server);
    QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
}

void TestWelcome::accountTabChangesThePasswordAndSignsOutElsewhere()
{
    QVERIFY(joinThroughApi(u"two.laptops"_s, u"the old password"_s));
    // The other laptop.
    const QString elsewhere = m_server.login(u"two.laptops"_s, u"the old password"_s);
    QVERIFY(!elsewhere.isEmpty());

    SignedInWindow here(m_server.url());
    QVERIFY(here.signIn(u"two.laptops"_s, u"the old password"_s));
    here.window.findChild<QAction *>(u"accountAction"_s)->trigger();
    QDialog *account = nullptr;
    QTRY_VERIFY((account = here.window.findChild<QDialog *>(u"accountDialog"_s)) &&
                account->isVisible());
    QVERIFY(bringToFront(account));
    // Ctrl+Tab: the Account tab.
    pressKey(Qt::Key_Tab, Qt::ControlModifier);
    auto *current = child<QLineEdit>(account, u"currentPasswordEdit"_s);
    auto *next = child<QLineEdit>(account, u"newPasswordEdit"_s);
    QTRY_VERIFY(current->isVisible());
    QTest::mouseClick(current, Qt::LeftButton);
    typeText(u"not my password"_s);
    pressKey(Qt::Key_Tab);
    QVERIFY(next->hasFocus());
    typeText(u"a better password now"_s);
    pressKey(Qt::Key_Return);
    auto *currentMessage = child<QLabel>(account, u"current_passwordMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!currentMessage->isHidden(), 30000);
    QCOMPARE(currentMessage->text(), Ui::accountErrorText([] {
                 Core::Error e = Core::makeError(Core::ErrorCode::Unauthorized);
                 e.field = u"current_password"_s;
                 return e;
             }()));
    QCOMPARE(next->text(), u"a better password now"_s);
    QVERIFY(current->hasFocus());
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"the old password"_s);
    pressKey(Qt::Key_Return);
    auto *done = child<QLabel>(account, u"passwordPageMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!done->isHidden(), 30000);
    QVERIFY(done->text().contains(u"changed"_s));
    // The other laptop is signed out; this one still syncs.
    QCOMPARE(m_server.get(u"/api/v1/sync/pull?after=0&limit=1"_s, elsewhere).status, 401);
    const QString again = m_server.login(u"two.laptops"_s, u"a better password now"_s);
    QVERIFY(!again.isEmpty());

    // Signing out on the other computers keeps this one.
    QTest::mouseClick(child<QPushButton>(account, u"signOutElsewhereButton"_s), Qt::LeftButton);
    auto *status = child<QLabel>(account, u"signOutElsewhereStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isHidden(), 30000);
    QVERIFY2(status->text().contains(u"are signed out"_s), qPrintable(status->text()));
    QCOMPARE(m_server.get(u"/api/v1/sync/pull?after=0&limit=1"_s, again).status, 401);
    pressKey(Qt::Key_Escape);
    QSignalSpy synced(here.env.engine.get(), &Sync::SyncEngine::finished);
    here.window.findChild<QAction *>(u"syncNowAction"_s)->trigger();
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().toBool(), true);
    QCOMPARE(differencesFromServer(here.env), QStringList());
}

void TestWelcome::selfSignedCertificateIsTrustedAfterItsFingerprint()
{
    TestCommon::TestServer tls;
    tls.setServeArguments({u"--tls-cert"_s, tlsFixture(u"selfsigned.pem"_s), u"--tls-key"_s,
                           tlsFixture(u"selfsigned.key"_s)});
    QVERIFY2(tls.start(), qPrintable(tls.errorString()));
    QCOMPARE(tls.url().scheme(), u"https"_s);
    const QList<QSslCertificate> fixture =
        QSslCertificate::fromPath(tlsFixture(u"selfsigned.pem"_s));
    QVERIFY(!fixture.isEmpty());
    const QString expected =
        QString::fromLatin1(fixture.first().digest(QCryptographicHash::Sha256).toHex().toUpper());

    Ui::SignInDialog *dialog = openWindow(QUrl());
    QVERIFY(dialog);
    const QString message = checkAddress(dialog, tls.url());
    QVERIFY2(message.contains(u"certificate is not signed by an authority"_s), qPrintable(message));
    auto *fingerprint = child<QLabel>(dialog, u"certificateFingerprint"_s);
    QVERIFY(!fingerprint->isHidden());
    QVERIFY2(fingerprint->text().remove(u':').contains(expected), qPrintable(fingerprint->text()));
    QCOMPARE(dialog->step(), Step::Server);
    // Trusted: kept in the profile, and the server is taken.
    auto *trust = child<QPushButton>(dialog, u"trustCertificateButton"_s);
    QVERIFY(!trust->isHidden());
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::SignIn, 30000);
    QVERIFY(QFile::exists(m_env->accounts->trustedCertificatesPath()));
    // Signing in over it works.
    QTRY_VERIFY(child<QLineEdit>(dialog, u"usernameEdit"_s)->hasFocus());
    typeText(u"member"_s);
    pressKey(Qt::Key_Tab);
    typeText(tls.password());
    QSignalSpy firstSync(m_session.get(), &Ui::SessionController::firstSyncDone);
    pressKey(Qt::Key_Return);
    QVERIFY(firstSync.wait(60000));
    QVERIFY(m_env->accounts->isSignedIn());
}

QTEST_MAIN(TestWelcome)
#include "tst_ui_welcome.moc"
