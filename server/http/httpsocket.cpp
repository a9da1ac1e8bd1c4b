#include "httpsocket.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace Server::HttpSocket {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

constexpr int ListenBacklog = 4096;

#ifdef MSG_NOSIGNAL
constexpr int SendFlags = MSG_NOSIGNAL;
#else
constexpr int SendFlags = 0;
#endif

Address addressOf(const sockaddr_storage &ss)
{
    char text[INET6_ADDRSTRLEN] = {};
    Address out;
    if (ss.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&ss);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        out.port = ntohs(a->sin6_port);
    } else {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&ss);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        out.port = ntohs(a->sin_port);
    }
    out.ip = text;
    return out;
}

long wouldBlockOrFailed()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? Stream::WouldBlock
                                                                     : Stream::Failed;
}

} // namespace

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

Core::Result<int> listenOn(const QString &host, int port, int *boundPort)
{
    const auto failure = [&] {
        return Core::makeError(ErrorCode::Network,
                               u"cannot listen on %1:%2 (in use, or not an address of this "
                               "machine)"_s.arg(host)
                                   .arg(port));
    };
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const std::string service = std::to_string(port);
    const QByteArray name = host.toUtf8();
    if (::getaddrinfo(name.isEmpty() ? nullptr : name.constData(), service.c_str(), &hints,
                      &found) != 0)
        return failure();
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0)
            continue;
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, ListenBacklog) != 0 ||
            !setNonBlocking(fd)) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0)
        return failure();
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    *boundPort = addressOf(bound).port;
    return fd;
}

int acceptFrom(int listener, Address *remote, Address *local)
{
    sockaddr_storage ss{};
    socklen_t length = sizeof ss;
    const int fd = ::accept(listener, reinterpret_cast<sockaddr *>(&ss), &length);
    if (fd < 0)
        return -1;
    if (!setNonBlocking(fd)) {
        const int error = errno;
        ::close(fd);
        errno = error == EAGAIN ? EBADF : error;
        return -1;
    }
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    *remote = addressOf(ss);
    sockaddr_storage mine{};
    socklen_t mineLength = sizeof mine;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&mine), &mineLength) == 0)
        *local = addressOf(mine);
    return fd;
}

Core::Result<SSL_CTX *> tlsContext(const QString &certificate, const QString &key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    const QByteArray cert = QFile::encodeName(certificate);
    const QByteArray pem = QFile::encodeName(key);
    if (!ctx || SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_use_certificate_chain_file(ctx, cert.constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, pem.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        freeTls(ctx);
        ERR_clear_error();
        return Core::makeError(ErrorCode::Invalid,
                               u"cannot use the TLS certificate %1 with the key %2 (not PEM, "
                               "unreadable, or they do not match)"_s.arg(certificate, key));
    }
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION);
    return ctx;
}

void freeTls(SSL_CTX *context)
{
    if (context)
        SSL_CTX_free(context);
}

Stream::Stream(int fd, SSL_CTX *tls)
    : m_fd(fd)
{
    if (!tls)
        return;
    m_ssl = SSL_new(tls);
    if (!m_ssl || SSL_set_fd(m_ssl, fd) != 1) {
        if (m_ssl)
            SSL_free(m_ssl);
        m_ssl = nullptr;
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    SSL_set_accept_state(m_ssl);
    m_handshaking = true;
}

Stream::~Stream()
{
    if (m_ssl) {
        ERR_clear_error();
        if (!m_handshaking)
            SSL_shutdown(m_ssl);
        SSL_free(m_ssl);
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

long Stream::receive(char *buffer, std::size_t size)
{
    if (!m_ssl) {
        const ssize_t n = ::recv(m_fd, buffer, size, 0);
        return n >= 0 ? long(n) : wouldBlockOrFailed();
    }
    ERR_clear_error();
    m_wantsWrite = false;
    const int n = SSL_read(m_ssl, buffer, int(std::min<std::size_t>(size, INT_MAX)));
    if (n > 0) {
        m_handshaking = false;
        return n;
    }
    switch (SSL_get_error(m_ssl, n)) {
    case SSL_ERROR_WANT_READ:
        if (m_handshaking && SSL_is_init_finished(m_ssl))
            m_handshaking = false;
        return WouldBlock;
    case SSL_ERROR_WANT_WRITE:
        m_wantsWrite = true;
        return WouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    default:
        return Failed;
    }
}

long Stream::send(const char *data, std::size_t size)
{
    if (!m_ssl) {
        const ssize_t n = ::send(m_fd, data, size, SendFlags);
        return n >= 0 ? long(n) : wouldBlockOrFailed();
    }
    ERR_clear_error();
    m_wantsRead = false;
    const int n = SSL_write(m_ssl, data, int(std::min<std::size_t>(size, INT_MAX)));
    if (n > 0)
        return n;
    switch (SSL_get_error(m_ssl, n)) {
    case SSL_ERROR_WANT_WRITE:
        return WouldBlock;
    case SSL_ERROR_WANT_READ:
        m_wantsRead = true;
        return WouldBlock;
    default:
        return Failed;
    }
}

void Stream::shutdownWrite()
{
    if (m_ssl) {
        ERR_clear_error();
        SSL_shutdown(m_ssl);
    }
    ::shutdown(m_fd, SHUT_WR);
}

} // namespace Server::HttpSocket
