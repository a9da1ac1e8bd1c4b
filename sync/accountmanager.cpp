#include "accountmanager.h"

#include "apiclient.h"
#include "credentialstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAccounts, "leadernet.sync.accounts")

namespace Sync {

using namespace Qt::StringLiterals;

AccountManager::AccountManager(ApiClient *api, Core::CredentialStore *credentials,
                               const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_profileDir(profileDir)
{
    if (QFile::exists(trustedCertificatesPath())) {
        if (Core::Status s = m_api->trustCertificates(trustedCertificatesPath()); !s)
            qCWarning(lcAccounts) << "trusted certificates not read:" << s.error().detail;
    }
}

QUrl AccountManager::lastServer() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QUrl last = settings.value(u"welcome/server"_s).toUrl();
    return last.isEmpty() ? rememberedAccount().server : last;
}

void AccountManager::rememberServer(const QUrl &server)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"welcome/server"_s, server);
}

QString AccountManager::trustedCertificatesPath() const
{
    return m_profileDir + u"/trusted-certificates.pem"_s;
}

Core::Status AccountManager::trustCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Core::makeError(Core::ErrorCode::Invalid, u"no certificate to trust"_s);
    QDir().mkpath(m_profileDir);
    QFile file(trustedCertificatesPath());
    if (!file.open(QIODevice::Append)) {
        return Core::makeError(Core::ErrorCode::DatabaseOpen,
                               u"%1: %2"_s.arg(file.fileName(), file.errorString()));
    }
    file.write(certificate.toPem());
    file.close();
    qCInfo(lcAccounts) << "trusting the certificate of" << certificate.subjectDisplayName();
    return m_api->trustCertificates(file.fileName());
}

QString AccountManager::settingsPath() const
{
    return m_profileDir + u"/profile.ini"_s;
}

QString AccountManager::credentialKey(const Account &account)
{
    return account.server.toString(QUrl::RemoveUserInfo) + u'#' + account.memberId;
}

namespace {

// An account in the settings' current group (or array entry).
Account readAccount(const QSettings &settings)
{
    Account a;
    a.server = settings.value(u"server"_s).toUrl();
    a.memberId = settings.value(u"member_id"_s).toString();
    a.username = settings.value(u"username"_s).toString();
    a.displayName = settings.value(u"display_name"_s).toString();
    a.roles = settings.value(u"roles"_s).toStringList();
    return a;
}

void writeAccount(QSettings &settings, const Account &account)
{
    settings.setValue(u"server"_s, account.server);
    settings.setValue(u"member_id"_s, account.memberId);
    settings.setValue(u"username"_s, account.username);
    settings.setValue(u"display_name"_s, account.displayName);
    settings.setValue(u"roles"_s, account.roles);
}

} // namespace

Account AccountManager::rememberedAccount() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(u"account"_s);
    return readAccount(settings);
}

void AccountManager::remember(const Account &account)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(u"account"_s);
    writeAccount(settings, account);
}

QString AccountManager::deviceKey(const QUrl &server, const QString &username)
{
    return server.toString(QUrl::RemoveUserInfo) + u"#device#"_s + username.trimmed().toLower();
}

void AccountManager::login(const QString &username, const QString &password,
                           std::function<void(LoginJob *)> finished)
{
    // The device credential of an earlier sign-in goes with the password:
    // with it, strangers' wrong guesses cannot keep this member out. The one
    // the server answers with is kept for next time, also after signing out.
    const QString key = deviceKey(m_api->server(), username);
    m_credentials->read(key, [this, self = QPointer(this), username, password, key,
                              finished = std::move(finished)](const Core::Result<QString> &read) {
        if (!self)
            return;
        const QString device = read ? *read : QString();
        LoginJob *job = m_api->login(username, password, device);
        connect(job, &ApiJob::finished, this, [this, job, device, key, finished]() {
            const QString given = job->status() ? job->response().device : QString();
            if (!given.isEmpty() && given != device)
                m_credentials->write(key, given, [](const Core::Status &) {});
            finished(job);
        });
        job->start();
    });
}

void AccountManager::signIn(const QString &username, const QString &password)
{
    login(username, password, [this](LoginJob *job) {
        if (!job->status()) {
            Q_EMIT signInFailed(job->status().error());
            return;
        }
        const Protocol::LoginResponse &r = job->response();
        Account account{m_api->server(), r.memberId, r.username, r.displayName, r.roles};
        m_current = account;
        m_hasToken = true;
        m_api->setToken(r.token);
        remember(account);
        qCInfo(lcAccounts) << "signed in as" << account.username;
        // The keychain answers later; the manager may be gone by then.
        m_credentials->write(credentialKey(account), r.token,
                             [this, self = QPointer(this)](const Core::Status &saved) {
                                 if (!self)
                                     return;
                                 if (saved)
                                     Q_EMIT credentialsSaved();
                                 else
                                     Q_EMIT credentialsNotSaved(saved.error());
                             });
        Q_EMIT signedIn(account);
    });
}

void AccountManager::restore()
{
    const Account account = rememberedAccount();
    if (!account.isValid() || account.server != m_api->server()) {
        Q_EMIT passwordNeeded(account.server == m_api->server() ? account.username : QString(),
                              Core::makeError(Core::ErrorCode::NotFound));
        return;
    }
    m_credentials->read(credentialKey(account), [this, self = QPointer(this),
                                                 account](const Core::Result<QString> &token) {
        if (!self)
            return;
        if (!token || token->isEmpty()) {
            Q_EMIT passwordNeeded(account.username, token
                                                        ? Core::makeError(Core::ErrorCode::NotFound)
                                                        : token.error());
            return;
        }
        m_current = account;
        m_hasToken = true;
        m_api->setToken(token.value());
        Q_EMIT signedIn(account);
    });
}

void AccountManager::signOut()
{
    const Account account = m_current.isValid() ? m_current : rememberedAccount();
    m_current = {};
    m_hasToken = false;
    m_api->setToken({});
    if (!account.isValid()) {
        Q_EMIT signedOut();
        return;
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.remove(u"account/member_id"_s);
    m_credentials->remove(credentialKey(account),
                          [this, self = QPointer(this)](const Core::Status &) {
                              if (self)
                                  Q_EMIT signedOut();
                          });
}

QList<Account> AccountManager::coAuthors() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QList<Account> out;
    const int n = settings.beginReadArray(u"coauthors"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const Account a = readAccount(settings);
        if (a.isValid())
            out << a;
    }
    settings.endArray();
    return out;
}

void AccountManager::rememberCoAuthors(const QList<Account> &accounts)
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.remove(u"coauthors"_s);
    settings.beginWriteArray(u"coauthors"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        writeAccount(settings, accounts.at(i));
    }
    settings.endArray();
}

void AccountManager::addCoAuthor(const QString &username, const QString &password)
{
    login(username, password, [this, username](LoginJob *job) {
        if (!job->status()) {
            Q_EMIT coAuthorFailed(username, job->status().error());
            return;
        }
        const Protocol::LoginResponse &r = job->response();
        const Account account{m_api->server(), r.memberId, r.username, r.displayName, r.roles};
        QList<Account> all = coAuthors();
        all.removeIf([&](const Account &a) { return a.memberId == account.memberId; });
        all << account;
        rememberCoAuthors(all);
        qCInfo(lcAccounts) << "co-author signed in:" << account.username;
        // Kept for next time when the keychain can; this session works either way.
        m_credentials->write(
            credentialKey(account), r.token,
            [this, self = QPointer(this), account, token = r.token](const Core::Status &saved) {
                if (!saved) {
                    qCInfo(lcAccounts) << "co-author token not kept:" << saved.error().detail;
                }
                if (self)
                    Q_EMIT coAuthorSignedIn(account, token);
            });
    });
}

void AccountManager::restoreCoAuthors()
{
    for (const Account &account : coAuthors()) {
        if (account.server != m_api->server())
            continue;
        m_credentials->read(credentialKey(account), [this, self = QPointer(this),
                                                     account](const Core::Result<QString> &token) {
            if (!self)
                return;
            if (!token || token->isEmpty())
                Q_EMIT coAuthorNeedsPassword(account);
            else
                Q_EMIT coAuthorSignedIn(account, *token);
        });
    }
}

void AccountManager::removeCoAuthor(const QString &memberId)
{
    QList<Account> all = coAuthors();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const Account &a) { return a.memberId == memberId; });
    if (it == all.cend())
        return;
    const Account account = *it;
    all.removeIf([&](const Account &a) { return a.memberId == memberId; });
    rememberCoAuthors(all);
    m_credentials->remove(credentialKey(account),
                          [this, self = QPointer(this), memberId](const Core::Status &) {
                              if (self)
                                  Q_EMIT coAuthorRemoved(memberId);
                          });
}

} // namespace Sync
