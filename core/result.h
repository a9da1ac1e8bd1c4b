#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Core {

// What went wrong, as a value. `core` and `sync` return these; `ui` turns the
// code into translated text and may show the detail (never translated, for
// logs and bug reports).
enum class ErrorCode {
    None,
    DatabaseOpen,    // the file cannot be opened or created
    DatabaseTooNew,  // the file was written by a newer LeaderNet
    Migration,       // a schema migration failed (the file is unchanged)
    Query,           // a statement failed
    NotFound,        // no such record
    Invalid,         // input does not fit the schema
    Network,         // no connection, DNS, TLS, timeout
    Server,          // the server answered 5xx
    Unauthorized,    // wrong name or password, expired token
    Forbidden,       // authenticated but not allowed
    Protocol,        // the server's answer cannot be understood
    VersionMismatch, // client and server speak different protocol versions
    Cancelled,
    NoSecretService,      // no keychain on this machine
    RateLimited,          // too many attempts (failed sign-ins): wait, then try again
    Closed,               // the place takes no more writing (a seminar that has closed)
    AccountDisabled,      // the account was disabled on the server: it cannot sign in
    Busy,                 // the database is held by another writer past the wait: try again shortly
    QuotaExceeded,        // the server took as much from this member today as it takes in a day
    Taken,                // a name that must be unique (a user name) is already someone's
    UntrustedCertificate, // HTTPS: nobody this computer trusts vouches for the server's certificate
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;
    // The input field the error is about ("username", "token"), when one is:
    // the app shows the message at that field.
    QString field;
    // RateLimited, Busy: seconds to wait before trying again (0: not said).
    int retryAfter = 0;
};

// A value or an error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (auto &x : repo.list(...).value())` must not dangle.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(ErrorCode code, QString detail = {})
{
    Error error;
    error.code = code;
    error.detail = std::move(detail);
    return error;
}

} // namespace Core
