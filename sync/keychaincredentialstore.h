#pragma once

#include "credentialstore.h"

namespace Sync {

// Secrets in the operating system's keychain through QtKeychain (the Secret
// Service on Linux), under the service name "LeaderNet". Where no secret
// service runs, every call reports ErrorCode::NoSecretService.
class KeychainCredentialStore final : public Core::CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    static QString serviceName() { return QStringLiteral("LeaderNet"); }
};

} // namespace Sync
