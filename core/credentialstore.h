#pragma once

#include "result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Core {

// Where secrets (the bearer token of each signed-in member) are kept. The
// desktop implementation is the OS keychain (QtKeychain); tests use
// MemoryCredentialStore. Calls are asynchronous: the callback runs later on
// the caller's thread, once. "No secret service" is reported as
// ErrorCode::NoSecretService so the app can say the password will be asked
// for again.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Status)>;

    explicit CredentialStore(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // A missing key reads as ErrorCode::NotFound.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

// Keeps secrets in memory for the life of the object. For tests, and a
// fallback where the machine has no secret service.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Core
