#include "authservice.h"

#include "entityschema.h"
#include "passwords.h"
#include "serverstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

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
{}

Core::Result<Sync::Protocol::LoginResponse>
AuthService::login(const Sync::Protocol::LoginRequest &request)
{
    const Core::Result<std::optional<Account>> account =
        m_store.accountByUsername(request.username.trimmed().toLower());
    if (!account)
        return account.error();
    if (!account->has_value()) {
        Passwords::verifyDummy(request.password);
        return badCredentials();
    }
    const Account &a = **account;
    if (!Passwords::verify(request.password, a.passwordHash)) {
        qCInfo(lcServerAuth) << "refused sign-in for" << a.username;
        return badCredentials();
    }
    if (!a.active) {
        qCInfo(lcServerAuth) << "refused sign-in for inactive" << a.username;
        return badCredentials();
    }
    const Core::Result<std::optional<Core::Record>> member =
        m_store.record(QString(Core::Entity::Member), a.memberId);
    if (!member)
        return member.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Sync::Protocol::LoginResponse response;
    response.token = Passwords::newToken();
    response.memberId = a.memberId;
    response.username = a.username;
    response.expiresAt = now.addDays(TokenLifetimeDays).toString(Qt::ISODateWithMs);
    if (member->has_value()) {
        response.displayName = (*member)->text(u"display_name");
        for (const QJsonValue &role : (*member)->fields.value("roles"_L1).toArray())
            response.roles << role.toString();
    }
    if (Core::Status s = m_store.insertToken(Passwords::tokenHash(response.token), a.memberId,
                                             now.toString(Qt::ISODateWithMs), response.expiresAt);
        !s) {
        return s.error();
    }
    qCInfo(lcServerAuth) << "signed in" << a.username;
    return response;
}

Core::Result<QString> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return makeError(ErrorCode::Unauthorized, u"sign in first (no bearer token)"_s);
    const Core::Result<std::optional<TokenInfo>> info = m_store.token(Passwords::tokenHash(token));
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
    return m_store.revokeToken(Passwords::tokenHash(token));
}

} // namespace Server
