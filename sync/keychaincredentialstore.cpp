#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "leadernet.sync.keychain")

namespace Sync {

using namespace Qt::StringLiterals;

namespace {

Core::Error errorOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Core::makeError(Core::ErrorCode::NotFound, job->errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what this build reports with no secret service
        return Core::makeError(Core::ErrorCode::NoSecretService, job->errorString());
    default:
        break;
    }
    return Core::makeError(Core::ErrorCode::Forbidden, job->errorString());
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

void KeychainCredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            qCInfo(lcKeychain) << "read failed:" << read->errorString();
            done(errorOf(read));
            return;
        }
        done(read->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            qCInfo(lcKeychain) << "write failed:" << j->errorString();
            done(errorOf(j));
            return;
        }
        done(Core::Status::success());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(errorOf(j));
            return;
        }
        done(Core::Status::success());
    });
    job->start();
}

} // namespace Sync
