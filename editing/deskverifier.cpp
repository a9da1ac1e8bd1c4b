#include "deskverifier.h"

#include "editinglogging.h"
#include "threadpriority.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QPasswordDigestor>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QThreadPool>

namespace Editing {

using namespace Qt::StringLiterals;

namespace {
const QString Group = u"desk_verifiers"_s;
constexpr int SaltLength = 16;
constexpr int KeyLength = 32;
} // namespace

DeskVerifier::DeskVerifier(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
{}

QString DeskVerifier::settingsPath() const
{
    return QDir(m_profileDir).filePath(u"profile.ini"_s);
}

QByteArray DeskVerifier::derive(const QString &password, const QByteArray &salt, int cost)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, password.toUtf8(), salt,
                                              cost, KeyLength);
}

bool DeskVerifier::has(const QString &memberId) const
{
    if (m_making.contains(memberId))
        return true;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.contains(Group + u'/' + memberId + u"/key"_s);
}

void DeskVerifier::remember(const QString &memberId, const QString &password)
{
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          SaltLength / int(sizeof(quint32)));
    m_making.insert(memberId);
    QPointer<DeskVerifier> self(this);
    QThreadPool::globalInstance()->start([self, memberId, password, salt]() {
        Core::runInBackground();
        const QByteArray key = derive(password, salt, Cost);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, memberId, salt, key]() {
                if (!self)
                    return;
                QSettings settings(self->settingsPath(), QSettings::IniFormat);
                settings.beginGroup(Group);
                settings.beginGroup(memberId);
                settings.setValue(u"salt"_s, salt.toBase64());
                settings.setValue(u"cost"_s, Cost);
                settings.setValue(u"key"_s, key.toBase64());
                settings.sync();
                self->m_making.remove(memberId);
                Q_EMIT self->remembered(memberId);
                // A check asked for while the verifier was being made.
                const auto waiting = self->m_waiting.take(memberId);
                for (const QString &password : waiting)
                    self->check(memberId, password);
            },
            Qt::QueuedConnection);
    });
}

void DeskVerifier::forget(const QString &memberId)
{
    m_making.remove(memberId);
    m_waiting.remove(memberId);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.remove(Group + u'/' + memberId);
}

void DeskVerifier::check(const QString &memberId, const QString &password)
{
    if (m_making.contains(memberId)) {
        m_waiting[memberId].append(password);
        return;
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.beginGroup(memberId);
    const QByteArray salt = QByteArray::fromBase64(settings.value(u"salt"_s).toByteArray());
    const QByteArray key = QByteArray::fromBase64(settings.value(u"key"_s).toByteArray());
    const int cost = settings.value(u"cost"_s, Cost).toInt();
    if (salt.isEmpty() || key.isEmpty() || cost <= 0) {
        QMetaObject::invokeMethod(
            this, [this, memberId]() { Q_EMIT checked(memberId, false); }, Qt::QueuedConnection);
        return;
    }
    QPointer<DeskVerifier> self(this);
    QThreadPool::globalInstance()->start([self, memberId, password, salt, key, cost]() {
        Core::runInBackground();
        const QByteArray derived = derive(password, salt, cost);
        // Compared in constant time: the length is fixed, every byte is read.
        unsigned char diff = derived.size() == key.size() ? 0 : 1;
        for (qsizetype i = 0; i < std::min(derived.size(), key.size()); ++i)
            diff |= static_cast<unsigned char>(derived[i] ^ key[i]);
        const bool ok = diff == 0;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, memberId, ok]() {
                if (self)
                    Q_EMIT self->checked(memberId, ok);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Editing
