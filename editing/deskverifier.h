#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Editing {

// Checks, without the network, that the person switching to an author at
// this desk knows that author's password: a slow salted verifier
// (PBKDF2-HMAC-SHA512, a random salt per person, Cost iterations) is kept
// in the profile's settings when the person signs in with their password.
// Neither the password nor any token is ever written.
//
// Thread: the thread that owns it; the slow derivation runs on the global
// thread pool, in the background (Core::runInBackground(): signing in
// starts a first sync meanwhile), and its answer arrives as a signal. The profile folder must
// exist.
class DeskVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskVerifier)

public:
    static constexpr int Cost = 210'000; // OWASP's figure for PBKDF2-HMAC-SHA512

    explicit DeskVerifier(const QString &profileDir, QObject *parent = nullptr);

    bool has(const QString &memberId) const;
    // Makes (or replaces) the verifier of `memberId`; remembered() follows.
    void remember(const QString &memberId, const QString &password);
    void forget(const QString &memberId);
    // Checks `password` for `memberId`; checked() follows with the answer
    // (false too when there is no verifier).
    void check(const QString &memberId, const QString &password);

Q_SIGNALS:
    void remembered(const QString &memberId);
    void checked(const QString &memberId, bool ok);

private:
    static QByteArray derive(const QString &password, const QByteArray &salt, int cost);
    QString settingsPath() const;

    QString m_profileDir;
    QSet<QString> m_making;                // verifiers being derived now
    QHash<QString, QStringList> m_waiting; // checks asked for meanwhile
};

} // namespace Editing
