#pragma once

#include "result.h"

#include <QString>

#include <cstddef>
#include <string>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace Server {

// The sockets under HttpFront: a listening socket, and each client
// connection's bytes, plain or TLS (OpenSSL), never blocking. POSIX.
namespace HttpSocket {

// An address as text and a port.
struct Address {
    std::string ip;
    int port = 0;
};

// Non-blocking, closed on exec.
bool setNonBlocking(int fd);

// A listening socket on `host`:`port` (0 picks a free port), non-blocking;
// its descriptor, with the port it got in `boundPort`.
Core::Result<int> listenOn(const QString &host, int port, int *boundPort);

// Takes a waiting connection off `listener`: its descriptor (non-blocking,
// no Nagle), or -1 with errno set (EAGAIN when none is waiting).
int acceptFrom(int listener, Address *remote, Address *local);

// A TLS server context for this certificate chain and key (PEM files), or a
// clear error when they cannot be used. Free it with freeTls().
Core::Result<SSL_CTX *> tlsContext(const QString &certificate, const QString &key);
void freeTls(SSL_CTX *context);

// One client connection's bytes. With a TLS context the handshake runs, as
// the server, within the first reads.
class Stream final
{
public:
    static constexpr long WouldBlock = -2; // nothing can move now: wait on the socket
    static constexpr long Failed = -1;

    // Takes `fd`, which it closes. isOpen() is false when TLS could not start.
    Stream(int fd, SSL_CTX *tls);
    ~Stream();
    Stream(const Stream &) = delete;
    Stream &operator=(const Stream &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    // TLS whose handshake has not finished.
    bool handshaking() const { return m_handshaking; }
    // A pending write waits for the socket to be readable (TLS), or a
    // pending read for it to be writable.
    bool wantsRead() const { return m_wantsRead; }
    bool wantsWrite() const { return m_wantsWrite; }

    // Bytes read (> 0), 0 at the end of the stream, WouldBlock or Failed.
    long receive(char *buffer, std::size_t size);
    // Bytes written (> 0), WouldBlock or Failed.
    long send(const char *data, std::size_t size);
    // No more to send (TLS close_notify, then FIN); reading goes on.
    void shutdownWrite();

private:
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    bool m_handshaking = false;
    bool m_wantsRead = false;
    bool m_wantsWrite = false;
};

} // namespace HttpSocket
} // namespace Server
