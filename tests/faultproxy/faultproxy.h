#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Tests {

class ProxyWorker;

// A TCP proxy on 127.0.0.1 that forwards to a target and injects the faults
// of a bad link on purpose: latency, a rate limit, cutting a connection after
// N bytes, stalling, resetting, or answering HTTP 503 instead of forwarding.
// It counts every byte both ways, so benchmarks can measure what crossed the
// wire (headers included): toward the client as they leave the proxy (what
// a cut keeps back is not counted), toward the server as they arrive.
//
// Thread: the proxy runs in its own thread, so a test may block (waiting for
// a process) while traffic flows. All public methods are thread-safe. A new
// Faults value applies at once to open connections too (kept-alive HTTP
// connections are where sync traffic flows); cutAfterBytes counts from the
// moment it is set. serviceUnavailable applies to new connections only.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    struct Faults {
        int latencyMs = 0;             // added to each chunk, each way
        qint64 bytesPerSecond = 0;     // each way, per connection; 0 = unlimited
        qint64 cutAfterBytes = -1;     // close after this many bytes toward the client
        bool stall = false;            // accept, then forward nothing
        bool resetConnections = false; // drop every connection at once
        int serviceUnavailable = 0;    // answer the next N connections with HTTP 503
    };

    FaultProxy(QHostAddress targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool start(); // listens on 127.0.0.1:0
    quint16 port() const { return m_port; }

    void setFaults(const Faults &faults);
    // Where new connections go from now on (a server restarted on another port).
    void setTargetPort(quint16 port) { m_targetPort.store(port); }
    Faults faults() const;

    qint64 bytesToServer() const { return m_up.load(); }
    qint64 bytesToClient() const { return m_down.load(); }
    int connections() const { return m_connections.load(); }
    // The HTTP requests clients sent through the proxy, as their request
    // lines ("POST /api/v1/sync/push HTTP/1.1"), in order.
    QStringList requests() const;
    int requestCount(const QString &method, const QString &path) const;
    void resetCounters();

private:
    friend class ProxyWorker;

    QHostAddress m_targetHost;
    std::atomic<quint16> m_targetPort;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Faults m_faults;
    int m_generation = 0; // bumped by setFaults()
    std::atomic<qint64> m_up{0};
    std::atomic<qint64> m_down{0};
    std::atomic<int> m_connections{0};
    QStringList m_requests; // guarded by m_mutex
    QThread *m_thread = nullptr;
    ProxyWorker *m_worker = nullptr;
};

} // namespace Tests
