#include "authservice.h"

#include "entityschema.h"
#include "passwords.h"
#include "serverstore.h"
#include "signinstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerAuth, "leadernet.server.auth")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

Core::Error badCredentials()
{
    return makeError(ErrorCode::Unauthorized, u"wrong user name or password"_s);
}

} // namespace

bool AuthService::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9._-]{2,32}$"_s);
    return pattern.match(username).hasMatch();
}

AuthService::AuthService(ServerStore &store)
    : m_store(store)
    , m_signIns(store)
{}

namespace {

constexpr int FreeFailuresPerUser = 5;
// Offices share one address behind their router: more room per address.
constexpr int FreeFailuresPerAddress = 30;

} // namespace

void AuthService::noteFailure(const QString &key)
{
    m_failures.note(key, key.startsWith(u"addr:") ? FreeFailuresPerAddress : FreeFailuresPerUser);
}

int AuthService::retryAfterSeconds(const QString &username, const QString &remoteAddress)
{
    return std::max(
        m_failures.retryAfterSeconds(u"user:"_s + username.trimmed().toLower()),
        remoteAddress.isEmpty() ? 0 : m_failures.retryAfterSeconds(u"addr:"_s + remoteAddress));
}

// Failed sign-ins are counted per account ("user:"), per address ("addr:")
// and per device credential ("device:"). A sign-in that shows a device
// credential of its account is judged by that device's failures alone: the
// account's count is for strangers, so their guesses slow each other, never
// the member at a computer they signed in from before.
Core::Result<Sync::Protocol::LoginResponse>
AuthService::login(const Sync::Protocol::LoginRequest &request, const QString &remoteAddress,
                   int *retryAfter)
{
    const QString username = request.username.trimmed().toLower();
    const QString address = AttemptLimiter::isLoopback(remoteAddress) ? QString() : remoteAddress;
    const auto slowed = [&](int wait) {
        if (retryAfter)
            *retryAfter = wait;
        return makeError(ErrorCode::RateLimited,
                         u"too many failed sign-ins; try again in %1 s"_s.arg(wait));
    };
    // With no device credential, a held account or address costs no lookup.
    if (request.device.isEmpty()) {
        if (const int wait = retryAfterSeconds(username, address); wait > 0)
            return slowed(wait);
    }
    const Core::Result<std::optional<Account>> account = m_signIns.accountByUsername(username);
    if (!account)
        return account.error();
    // A known device of this account?
    const QString deviceHash =
        request.device.isEmpty() ? QString() : Passwords::tokenHash(request.device);
    const QString deviceKey = u"device:"_s + deviceHash;
    bool knownDevice = false;
    if (!deviceHash.isEmpty() && account->has_value()) {
        const Core::Result<QString> owner = m_signIns.deviceMember(deviceHash);
        if (!owner)
            return owner.error();
        knownDevice = *owner == (*account)->memberId;
    }
    if (!request.device.isEmpty()) {
        const int wait = knownDevice ? m_failures.retryAfterSeconds(deviceKey)
                                     : retryAfterSeconds(username, address);
        if (wait > 0)
            return slowed(wait);
    }
    const auto refuse = [&]() {
        if (knownDevice) {
            noteFailure(deviceKey);
        } else {
            noteFailure(u"user:"_s + username);
            if (!address.isEmpty())
                noteFailure(u"addr:"_s + address);
        }
        return badCredentials();
    };
    if (!account->has_value()) {
        Passwords::verifyDummy(request.password);
        return refuse();
    }
    const Account &a = **account;
    if (!Passwords::verify(request.password, a.passwordHash)) {
        qCInfo(lcServerAuth) << "refused sign-in for" << a.username;
        return refuse();
    }
    if (!a.active) {
        qCInfo(lcServerAuth) << "refused sign-in for inactive" << a.username;
        if (a.pending)
            return refuse();
        // The password was right: the person may know that the account is off.
        return makeError(ErrorCode::AccountDisabled,
                         u"this account is disabled; ask the administrators"_s);
    }
    if (knownDevice) {
        m_failures.forget(deviceKey);
    } else {
        m_failures.forget(u"user:"_s + username);
    }
    Core::Result<Sync::Protocol::LoginResponse> response = issueToken(a.memberId, a.username);
    if (!response)
        return response;
    Sync::Protocol::LoginResponse out = *response;
    if (knownDevice) {
        out.device = request.device;
    } else {
        // This computer is known from now on.
        out.device = Passwords::newToken();
        if (Core::Status s = m_signIns.insertDevice(Passwords::tokenHash(out.device), a.memberId,
                                                    Core::nowUtc());
            !s)
            return s.error();
    }
    return out;
}

Core::Result<Sync::Protocol::LoginResponse> AuthService::issueToken(const QString &memberId,
                                                                    const QString &username)
{
    const Core::Result<std::optional<Core::Record>> member =
        m_store.record(QString(Core::Entity::Member), memberId);
    if (!member)
        return member.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Sync::Protocol::LoginResponse response;
    response.token = Passwords::newToken();
    response.memberId = memberId;
    response.username = username;
    response.expiresAt = now.addDays(TokenLifetimeDays).toString(Qt::ISODateWithMs);
    if (member->has_value()) {
        response.displayName = (*member)->text(u"display_name");
        for (const QJsonValue &role : (*member)->fields.value("roles"_L1).toArray())
            response.roles << role.toString();
    }
    if (Core::Status s = m_signIns.insertToken(Passwords::tokenHash(response.token), memberId,
                                               now.toString(Qt::ISODateWithMs), response.expiresAt);
        !s) {
        return s.error();
    }
    qCInfo(lcServerAuth) << "token issued for" << username;
    return response;
}

Core::Result<Sync::Protocol::LoginResponse> AuthService::refresh(const QString &token)
{
    const Core::Result<QString> member = authenticate(token);
    if (!member)
        return member.error();
    const Core::Result<std::optional<Account>> account = m_signIns.accountByMemberId(*member);
    if (!account)
        return account.error();
    if (!account->has_value())
        return makeError(ErrorCode::Unauthorized, u"the account is gone"_s);
    Core::Result<Sync::Protocol::LoginResponse> fresh = issueToken(*member, (*account)->username);
    if (!fresh)
        return fresh;
    if (Core::Status s = m_signIns.revokeToken(Passwords::tokenHash(token)); !s)
        return s.error();
    return fresh;
}

Core::Status AuthService::logoutEverywhere(const QString &token, bool keepThisToken)
{
    const Core::Result<QString> member = authenticate(token);
    if (!member)
        return member.error();
    qCInfo(lcServerAuth) << (keepThisToken ? "signed out everywhere else:"
                                           : "signed out everywhere:")
                         << *member;
    return m_signIns.revokeTokensOf(*member,
                                    keepThisToken ? Passwords::tokenHash(token) : QString());
}

Core::Status AuthService::changePassword(const QString &token, const QString &currentPassword,
                                         const QString &newPassword, int *retryAfter)
{
    const Core::Result<QString> member = authenticate(token);
    if (!member)
        return member.error();
    // Guessing the password with a stolen token is as slow as signing in.
    if (const int wait = m_failures.retryAfterSeconds(u"password:"_s + *member); wait > 0) {
        if (retryAfter)
            *retryAfter = wait;
        return makeError(ErrorCode::RateLimited,
                         u"too many wrong passwords; try again in %1 s"_s.arg(wait));
    }
    const Core::Result<std::optional<Account>> account = m_signIns.accountByMemberId(*member);
    if (!account)
        return account.error();
    if (!account->has_value() || !Passwords::verify(currentPassword, (*account)->passwordHash)) {
        noteFailure(u"password:"_s + *member);
        Core::Error error =
            makeError(ErrorCode::Unauthorized, u"the current password is not correct"_s);
        error.field = u"current_password"_s;
        return error;
    }
    m_failures.forget(u"password:"_s + *member);
    if (newPassword.size() < MinPasswordLength) {
        Core::Error error =
            makeError(ErrorCode::Invalid,
                      u"the new password needs at least %1 characters"_s.arg(MinPasswordLength));
        error.field = u"new_password"_s;
        return error;
    }
    const Core::Result<QString> hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    if (Core::Status s = m_signIns.setPasswordHash(*member, *hash); !s)
        return s;
    return m_signIns.revokeTokensOf(*member, Passwords::tokenHash(token));
}

Core::Result<QString> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return makeError(ErrorCode::Unauthorized, u"sign in first (no bearer token)"_s);
    const Core::Result<std::optional<TokenInfo>> info =
        m_signIns.token(Passwords::tokenHash(token));
    if (!info)
        return info.error();
    if (!info->has_value() || (*info)->revoked || !(*info)->accountActive)
        return makeError(ErrorCode::Unauthorized, u"the token is not valid; sign in again"_s);
    const QDateTime expires = QDateTime::fromString((*info)->expiresAt, Qt::ISODateWithMs);
    if (!expires.isValid() || expires <= QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::Unauthorized, u"the token has expired; sign in again"_s);
    return (*info)->memberId;
}

Core::Status AuthService::logout(const QString &token)
{
    const Core::Result<QString> member = authenticate(token);
    if (!member)
        return member.error();
    return m_signIns.revokeToken(Passwords::tokenHash(token));
}

} // namespace Server
