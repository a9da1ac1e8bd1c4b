#pragma once

#include <QObject>

namespace Sync {

// What the operating system says about the network, as the sync scheduler
// needs it. SystemNetworkStatus asks QNetworkInformation; tests give their
// own. Emits changed() whenever any answer may have changed.
//
// Thread: the GUI thread.
class NetworkStatus : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkStatus)

public:
    enum class Reachability {
        Unknown, // no backend, or it cannot tell: ask the server
        Offline, // no network at all: nothing to try until it changes
        Online,  // a network (the server may still not answer)
    };
    Q_ENUM(Reachability)

    explicit NetworkStatus(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~NetworkStatus() override;

    virtual Reachability reachability() const = 0;
    // The system knows whether the connection is metered (a mobile data
    // bundle): only then does isMetered() mean anything.
    virtual bool knowsMetered() const = 0;
    virtual bool isMetered() const = 0;
    // The system saw a captive portal (a hotel's or office's sign-in page).
    virtual bool isBehindCaptivePortal() const = 0;
    // The name of the system's backend, for diagnostics ("networkmanager",
    // "glib"; empty when none could be loaded).
    virtual QString backendName() const = 0;

Q_SIGNALS:
    void changed();
};

// The operating system's view, through QNetworkInformation's default
// backend. Where none loads (a bare machine), reachability is Unknown and
// the scheduler asks the server instead.
class SystemNetworkStatus final : public NetworkStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemNetworkStatus)

public:
    explicit SystemNetworkStatus(QObject *parent = nullptr);

    Reachability reachability() const override;
    bool knowsMetered() const override;
    bool isMetered() const override;
    bool isBehindCaptivePortal() const override;
    QString backendName() const override;
};

// A status that says what it is told (tests, and machines whose network the
// person describes themselves).
class FixedNetworkStatus final : public NetworkStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixedNetworkStatus)

public:
    explicit FixedNetworkStatus(QObject *parent = nullptr)
        : NetworkStatus(parent)
    {}

    void set(Reachability reachability, bool metered = false, bool captivePortal = false);
    Reachability reachability() const override { return m_reachability; }
    bool knowsMetered() const override { return true; }
    bool isMetered() const override { return m_metered; }
    bool isBehindCaptivePortal() const override { return m_portal; }
    QString backendName() const override { return QStringLiteral("fixed"); }

private:
    Reachability m_reachability = Reachability::Online;
    bool m_metered = false;
    bool m_portal = false;
};

} // namespace Sync
