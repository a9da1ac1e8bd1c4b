// The real OS keychain through QtKeychain. Run twice by CTest:
// - under a private D-Bus session with an unlocked gnome-keyring
//   (with-keyring.sh): secrets are written, read back, and removed;
// - with no D-Bus session at all (LEADERNET_EXPECT_NO_SECRET_SERVICE=1):
//   every call reports NoSecretService, which the app treats as a normal
//   situation (the password is asked for again next time).
#include "keychaincredentialstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    static bool expectNoService()
    {
        return qEnvironmentVariableIntValue("LEADERNET_EXPECT_NO_SECRET_SERVICE") == 1;
    }

    template<typename T> static T waitFor(const std::function<void(std::function<void(T)>)> &call)
    {
        std::optional<T> result;
        call([&result](T r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            return T(Core::makeError(Core::ErrorCode::Cancelled, u"timed out"_s));
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeReadRemove()
    {
        if (expectNoService())
            QSKIP("covered by noSecretServiceIsReported");
        Sync::KeychainCredentialStore store;
        const QString key = u"test#"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = u"tökén-%1"_s.arg(QUuid::createUuid().toString());

        const Core::Result<QString> before = waitFor<Core::Result<QString>>(
            [&](auto done) { store.read(key, [done](Core::Result<QString> r) { done(r); }); });
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code, Core::ErrorCode::NotFound);

        const Core::Status written = waitFor<Core::Status>(
            [&](auto done) { store.write(key, secret, [done](Core::Status s) { done(s); }); });
        QVERIFY2(written.ok(), qPrintable(written.error().detail));

        // A second store object (as after a restart) reads the same secret.
        Sync::KeychainCredentialStore again;
        const Core::Result<QString> read = waitFor<Core::Result<QString>>(
            [&](auto done) { again.read(key, [done](Core::Result<QString> r) { done(r); }); });
        QVERIFY2(read.ok(), qPrintable(read.error().detail));
        QCOMPARE(read.value(), secret);

        const Core::Status removed = waitFor<Core::Status>(
            [&](auto done) { store.remove(key, [done](Core::Status s) { done(s); }); });
        QVERIFY(removed.ok());
        const Core::Result<QString> after = waitFor<Core::Result<QString>>(
            [&](auto done) { store.read(key, [done](Core::Result<QString> r) { done(r); }); });
        QCOMPARE(after.error().code, Core::ErrorCode::NotFound);
    }

    void noSecretServiceIsReported()
    {
        if (!expectNoService())
            QSKIP("covered by writeReadRemove");
        Sync::KeychainCredentialStore store;
        const Core::Status written = waitFor<Core::Status>(
            [&](auto done) { store.write(u"k"_s, u"s"_s, [done](Core::Status s) { done(s); }); });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Core::ErrorCode::NoSecretService);
        const Core::Result<QString> read = waitFor<Core::Result<QString>>(
            [&](auto done) { store.read(u"k"_s, [done](Core::Result<QString> r) { done(r); }); });
        QCOMPARE(read.error().code, Core::ErrorCode::NoSecretService);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_sync_keychain.moc"
