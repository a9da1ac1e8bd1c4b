#include "synccommand.h"

#include "accountmanager.h"
#include "apiclient.h"
#include "desksession.h"
#include "entityschema.h"
#include "keychaincredentialstore.h"
#include "localstore.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>

namespace App {

using namespace Qt::StringLiterals;

namespace {

QString describe(const Core::Error &error)
{
    switch (error.code) {
    case Core::ErrorCode::Unauthorized:
        return SyncCommand::tr("the server did not accept the credentials");
    case Core::ErrorCode::Network:
        return SyncCommand::tr("the server cannot be reached (%1)").arg(error.detail);
    case Core::ErrorCode::VersionMismatch:
        return SyncCommand::tr("this client and the server speak different protocol versions");
    case Core::ErrorCode::DatabaseTooNew:
        return SyncCommand::tr("the replica was written by a newer LeaderNet (%1)")
            .arg(error.detail);
    default:
        break;
    }
    return error.detail.isEmpty() ? SyncCommand::tr("unexpected error") : error.detail;
}

} // namespace

SyncCommand::SyncCommand(const QString &profileDir, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_err(stderr)
    , m_out(stdout)
    , m_nam(new QNetworkAccessManager(this))
    , m_api(new Sync::ApiClient(m_nam, this))
    , m_credentials(new Sync::KeychainCredentialStore(this))
    , m_store(new Core::LocalStore(this))
    , m_accounts(new Sync::AccountManager(m_api, m_credentials, profileDir, this))
    , m_engine(new Sync::SyncEngine(m_store, m_api, this))
    , m_desk(new Editing::DeskSession(m_accounts, m_engine, this))
{
    m_desk->setSyncAfterSignIn(false); // each command decides what follows
    QUrl url = server;
    if (url.isEmpty())
        url = m_accounts->rememberedAccount().server;
    if (url.isEmpty())
        url = QUrl(u"http://127.0.0.1:8470"_s);
    m_api->setServer(url);
}

SyncCommand::~SyncCommand() = default;

void SyncCommand::done(int exitCode)
{
    m_err.flush();
    m_out.flush();
    Q_EMIT finished(exitCode);
}

bool SyncCommand::openStore()
{
    if (Core::Status s = m_store->open(m_profileDir + u'/' + Core::LocalStore::replicaFileName());
        !s) {
        m_err << tr("leadernet-sync: cannot open the replica: %1").arg(describe(s.error())) << '\n';
        return false;
    }
    return true;
}

bool SyncCommand::trustCertificates(const QString &pemFile)
{
    if (Core::Status s = m_api->trustCertificates(pemFile); !s) {
        m_err << tr("leadernet-sync: --trust-certificate: %1 holds no PEM certificate").arg(pemFile)
              << '\n';
        m_err.flush();
        return false;
    }
    return true;
}

void SyncCommand::run(const QString &command, const QStringList &arguments, const QString &password)
{
    if (command == u"login") {
        if (arguments.size() != 1) {
            m_err << tr("usage: leadernet-sync login MEMBER (password on standard input)") << '\n';
            done(ExitUsage);
            return;
        }
        login(arguments.first(), password);
    } else if (command == u"sync" || command == u"verify") {
        if (arguments.size() > 1) {
            m_err << tr("usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard "
                        "input)")
                         .arg(command)
                  << '\n';
            done(ExitUsage);
            return;
        }
        m_pendingUser = arguments.value(0);
        m_pendingPassword = password;
        if (command == u"sync")
            sync();
        else
            verify();
    } else if (command == u"add-author" || command == u"remove-author") {
        if (arguments.size() != 1) {
            m_err << tr("usage: leadernet-sync %1 MEMBER").arg(command) << '\n';
            done(ExitUsage);
            return;
        }
        if (command == u"add-author")
            addAuthor(arguments.first(), password);
        else
            removeAuthor(arguments.first());
    } else if (command == u"status") {
        status();
    } else if (command == u"logout") {
        logout();
    } else {
        m_err << tr("leadernet-sync: unknown command '%1'").arg(command) << '\n';
        done(ExitUsage);
    }
}

void SyncCommand::login(const QString &username, const QString &password)
{
    connect(m_accounts, &Sync::AccountManager::signInFailed, this, [this](const Core::Error &e) {
        m_err << tr("leadernet-sync: sign-in failed: %1").arg(describe(e)) << '\n';
        done(e.code == Core::ErrorCode::Unauthorized ? ExitAuth : ExitFailed);
    });
    connect(m_accounts, &Sync::AccountManager::credentialsNotSaved, this,
            [this](const Core::Error &e) {
                m_err << tr("leadernet-sync: signed in, but the token cannot be kept (%1); "
                            "pass the password to each sync instead.")
                             .arg(e.detail)
                      << '\n';
                done(ExitFailed);
            });
    connect(m_accounts, &Sync::AccountManager::signedIn, this, [this](const Sync::Account &a) {
        m_err << tr("Signed in as %1 (%2).").arg(a.displayName, a.username) << '\n';
    });
    connect(m_accounts, &Sync::AccountManager::credentialsSaved, this, [this]() { done(ExitOk); });
    m_accounts->signIn(username, password);
}

void SyncCommand::sync()
{
    withSignIn(&SyncCommand::runSync);
}

void SyncCommand::verify()
{
    withSignIn(&SyncCommand::runVerify);
}

void SyncCommand::withSignIn(void (SyncCommand::*next)())
{
    m_api->preconnect(); // while the replica opens and the token is read
    if (!openStore()) {
        done(ExitFailed);
        return;
    }
    // The desk session reads the co-authors' tokens into the engine before ready().
    connect(m_desk, &Editing::DeskSession::ready, this, [this, next]() { (this->*next)(); });
    connect(m_desk, &Editing::DeskSession::coAuthorNeedsPassword, this,
            [this](const Sync::Account &a) {
                m_err << tr("%1 must sign in again on this computer "
                            "('leadernet-sync add-author %2') before their changes are sent.")
                             .arg(a.displayName, a.username)
                      << '\n';
            });
    connect(m_desk, &Editing::DeskSession::signInFailed, this, [this](const Core::Error &e) {
        m_err << tr("leadernet-sync: sign-in failed: %1").arg(describe(e)) << '\n';
        done(e.code == Core::ErrorCode::Unauthorized ? ExitAuth : ExitFailed);
    });
    connect(m_desk, &Editing::DeskSession::passwordNeeded, this, [this]() {
        m_err << tr("leadernet-sync: not signed in; run 'leadernet-sync login MEMBER' first, "
                    "or give the member and the password on standard input to 'sync'.")
              << '\n';
        done(ExitAuth);
    });
    m_desk->start(m_pendingUser, m_pendingPassword);
}

void SyncCommand::runSync()
{
    connect(m_engine, &Sync::SyncEngine::progress, this, [this](qint64 records, qint64) {
        m_err << tr("%n change(s) received", nullptr, int(records)) << '\n';
    });
    connect(m_engine, &Sync::SyncEngine::retryScheduled, this,
            [this](int, int delayMs, const Core::Error &e) {
                m_err << tr("leadernet-sync: %1; trying again in %n second(s)", nullptr,
                            std::max(1, delayMs / 1000))
                             .arg(describe(e))
                      << '\n';
            });
    connect(m_engine, &Sync::SyncEngine::finished, this, [this](bool ok) {
        const Sync::SyncSummary &summary = m_engine->summary();
        if (summary.pushed > 0)
            m_err << tr("%n change(s) sent", nullptr, int(summary.pushed)) << '\n';
        if (summary.conflicts > 0) {
            m_err << tr("%n change(s) conflicted with others and are kept as conflicts to "
                        "resolve",
                        nullptr, int(summary.conflicts))
                  << '\n';
        }
        if (summary.rejected > 0) {
            m_err << tr("%n change(s) refused by the server; they stay on this computer "
                        "(see 'status')",
                        nullptr, int(summary.rejected))
                  << '\n';
        }
        if (!summary.waitingAuthors.isEmpty()) {
            m_err << tr("Changes of %n other member(s) wait until they sign in on this "
                        "computer.",
                        nullptr, int(summary.waitingAuthors.size()))
                  << '\n';
        }
        if (ok) {
            m_err << tr("Sync finished.") << '\n';
            done(ExitOk);
            return;
        }
        const Core::Error &e = m_engine->lastError();
        m_err << tr("leadernet-sync: sync failed: %1").arg(describe(e)) << '\n';
        done(e.code == Core::ErrorCode::Unauthorized ? ExitAuth : ExitFailed);
    });
    m_engine->syncNow();
}

void SyncCommand::addAuthor(const QString &username, const QString &password)
{
    connect(m_accounts, &Sync::AccountManager::coAuthorFailed, this,
            [this](const QString &, const Core::Error &e) {
                m_err << tr("leadernet-sync: sign-in failed: %1").arg(describe(e)) << '\n';
                done(e.code == Core::ErrorCode::Unauthorized ? ExitAuth : ExitFailed);
            });
    connect(m_accounts, &Sync::AccountManager::coAuthorSignedIn, this,
            [this](const Sync::Account &a) {
                m_err << tr("%1 (%2) is signed in on this computer too: changes they make here "
                            "are sent with their own sign-in.")
                             .arg(a.displayName, a.username)
                      << '\n';
                done(ExitOk);
            });
    m_accounts->addCoAuthor(username, password);
}

void SyncCommand::removeAuthor(const QString &nameOrId)
{
    for (const Sync::Account &a : m_accounts->coAuthors()) {
        if (a.username != nameOrId && a.memberId != nameOrId)
            continue;
        connect(m_accounts, &Sync::AccountManager::coAuthorRemoved, this, [this, a]() {
            m_err << tr("%1 is no longer signed in on this computer.").arg(a.displayName) << '\n';
            done(ExitOk);
        });
        m_accounts->removeCoAuthor(a.memberId);
        return;
    }
    m_err << tr("leadernet-sync: %1 is not signed in on this computer").arg(nameOrId) << '\n';
    done(ExitFailed);
}

void SyncCommand::runVerify()
{
    connect(m_engine, &Sync::SyncEngine::verified, this,
            [this](bool ok, const QStringList &mismatched) {
                if (ok) {
                    m_err << tr("The replica matches the server.") << '\n';
                    done(ExitOk);
                    return;
                }
                if (mismatched.isEmpty()) {
                    m_err << tr("leadernet-sync: cannot verify: %1")
                                 .arg(describe(m_engine->lastError()))
                          << '\n';
                    done(m_engine->lastError().code == Core::ErrorCode::Unauthorized ? ExitAuth
                                                                                     : ExitFailed);
                    return;
                }
                const auto pending = m_store->outbox().pendingCount();
                m_err << tr("The replica differs from the server in %n scope(s).", nullptr,
                            int(mismatched.size()))
                      << '\n';
                if (pending && *pending > 0) {
                    m_err << tr("%n local change(s) are not sent yet; run 'sync' first.", nullptr,
                                *pending)
                          << '\n';
                }
                for (const QString &scope : mismatched)
                    m_out << "differs: " << scope << '\n';
                done(ExitNotVerified);
            });
    m_engine->verify();
}

void SyncCommand::status()
{
    if (!openStore()) {
        done(ExitFailed);
        return;
    }
    const Sync::Account account = m_accounts->rememberedAccount();
    const auto pending = m_store->outbox().pendingCount();
    const auto rejected = m_store->outbox().rejected();
    const auto cursor = m_store->syncState().cursor();
    const auto lastSync = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey);
    const auto conflicts = m_store->records().list(Core::Entity::Conflict, u"status"_s, u"open"_s);
    // Never report "0 waiting" for a replica that could not be read.
    for (const Core::Error *e : {&pending.error(), &rejected.error(), &cursor.error(),
                                 &lastSync.error(), &conflicts.error()}) {
        if (e->code != Core::ErrorCode::None) {
            m_err << tr("leadernet-sync: cannot open the replica: %1").arg(describe(*e)) << '\n';
            done(ExitFailed);
            return;
        }
    }
    m_out << "server: " << account.server.toString() << '\n'
          << "member: " << account.username << '\n'
          << "last_sync: " << lastSync.value() << '\n'
          << "cursor: " << cursor.value() << '\n'
          << "pending_operations: " << pending.value() << '\n'
          << "rejected_operations: " << rejected->size() << '\n'
          << "open_conflicts: " << conflicts->size() << '\n';
    for (const Sync::Account &a : m_accounts->coAuthors())
        m_out << "also_signed_in: " << a.username << '\n';
    // Each refused change, with the server's reason: the user's work, kept.
    for (const Core::OutboxEntry &e : *rejected) {
        m_out << "rejected: " << e.opId << ' ' << Core::outboxKindName(e.kind) << ' ' << e.entity
              << ' ' << e.recordId << ": " << e.error << '\n';
    }
    for (const Core::Record &c : *conflicts) {
        m_out << "conflict: " << c.id << ' ' << c.text(u"record_entity") << ' '
              << c.text(u"record_id") << ' ' << c.text(u"kind") << ' ' << c.text(u"field") << '\n';
    }
    done(ExitOk);
}

void SyncCommand::logout()
{
    connect(m_accounts, &Sync::AccountManager::signedOut, this, [this]() {
        m_err << tr("Signed out.") << '\n';
        done(ExitOk);
    });
    m_accounts->signOut();
}

} // namespace App
