#pragma once

#include "accountmanager.h"
#include "apiclient.h"
#include "appservices.h"
#include "credentialstore.h"
#include "desksession.h"
#include "fakeprompter.h"
#include "languagemanager.h"
#include "localstore.h"
#include "mainwindow.h"
#include "networkstatus.h"
#include "sessioncontroller.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// A credential store like a machine without a secret service: every call
// fails with NoSecretService.
class NoSecretServiceStore final : public Core::CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoSecretServiceStore)

public:
    using Core::CredentialStore::CredentialStore;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
};

// The ids of the records UiTestEnv::fill() puts into the replica.
struct DemoIds {
    QString me, facilitator, colleague;
    QString course1, course2, module1, module2, lesson1, lesson2, lesson3;
    QString seminar, thread, post1, reply1;
    QString program, team, otherTeam, plan, otherPlan;
    QStringList activities;
    QString submission1, submission2, review1;
};

// Everything a window needs, on a fresh profile folder (or the folder
// `profileDir`, kept from an earlier run): an open replica, an API client
// for `server`, an account manager with an in-memory (or given) credential
// store, a sync engine, a language manager and a FakePrompter; a sync
// scheduler on a network status the test sets (not started: syncs run on
// demand only until a test calls scheduler->start()).
class UiTestEnv
{
public:
    explicit UiTestEnv(const QUrl &server = QUrl(QStringLiteral("http://127.0.0.1:9")),
                       std::unique_ptr<Core::CredentialStore> credentialStore = {},
                       const QString &profileDir = {});
    ~UiTestEnv();

    Ui::AppServices services();

    // Fills the replica (as pulled from a server) with a small community:
    // the member "me" in one team with a plan of three activities, another
    // team's plan, two courses (one enrolled), a seminar thread with a reply,
    // two submissions (one reviewed).
    DemoIds fill();
    // Makes `ids.me` the signed-in member without a server (a remembered
    // account and a token), waiting for the desk session to be ready (no
    // sync follows).
    bool signInOffline(const DemoIds &ids, const QStringList &roles = {QStringLiteral("member")});

    QTemporaryDir dir; // removed at once when a profile folder is given
    QString profile;   // the profile folder: dir's, or the one given
    QNetworkAccessManager nam;
    Core::LocalStore store;
    Sync::ApiClient api{&nam};
    std::unique_ptr<Core::CredentialStore> credentials;
    std::unique_ptr<Sync::AccountManager> accounts;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::unique_ptr<Editing::DeskSession> desk;
    Sync::FixedNetworkStatus network;
    std::unique_ptr<Sync::SyncScheduler> scheduler;
    I18n::LanguageManager languages;
    FakePrompter prompter;
};

// Sets up what every UI test needs: test-mode standard paths and settings of
// their own, so no test touches the real user's files.
void prepareUiTest();

// The app as a person starts it against a real server: a window with its
// session controller on a fresh profile, shown and active.
struct SignedInWindow {
    explicit SignedInWindow(const QUrl &server);
    // Signs in and waits for the first sync; false when either fails.
    bool signIn(const QString &username, const QString &password);

    UiTestEnv env;
    Ui::MainWindow window;
    Ui::SessionController session;
};

// Makes `window` the active window (offscreen, activation races: it is asked
// again until it holds), so that key presses reach it.
bool bringToFront(QWidget *window);

// A key press as the keyboard delivers it: to the widget with the focus.
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// Types `text` as a keyboard would, one character at a time, into the
// widget with the focus.
void typeText(const QString &text);

// What the thread shown in `root` says, one line per post as a screen
// reader reads it (every post fetched first).
QString threadText(const QWidget *root);

// The scopes in which the replica differs from the server's digest (empty:
// it holds exactly what the server has); "failed" when it cannot tell.
QStringList differencesFromServer(UiTestEnv &env);

// The rows of the CSV file at `path` as Python's csv module reads them (a
// byte order mark allowed, fields split at `delimiter`); empty when it
// cannot be read.
QJsonArray csvRowsByPython(const QString &path, QChar delimiter);
