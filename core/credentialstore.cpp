#include "credentialstore.h"

#include <QMetaObject>

namespace Core {

using namespace Qt::StringLiterals;

void MemoryCredentialStore::read(const QString &key, ReadCallback done)
{
    Result<QString> result = m_secrets.contains(key)
                                 ? Result<QString>(m_secrets.value(key))
                                 : Result<QString>(makeError(ErrorCode::NotFound, key));
    // Asynchronous like the real keychain, so callers are tested for it.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result]() { done(result); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)]() { done(Status::success()); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, WriteCallback done)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)]() { done(Status::success()); }, Qt::QueuedConnection);
}

} // namespace Core
