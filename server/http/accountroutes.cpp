// The account routes of HttpApi: signing in and out, tokens, passwords,
// joining, activation, password resets and one's own profile.
#include "httpapi.h"

#include "accountservice.h"
#include "authservice.h"
#include "httpreplies.h"
#include "protocol.h"

#include <QJsonObject>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace Server {

using namespace Qt::StringLiterals;
using namespace HttpReplies;
using Core::ErrorCode;
namespace Protocol = Sync::Protocol;

namespace {

// How long every answer to a reset request takes (see handleResetRequest).
constexpr auto ResetAnswerFloor = std::chrono::milliseconds(50);

// The member's own record as GET/POST /api/v1/profile answer it, with their
// private e-mail address (null when none), which is not part of the record.
QByteArray profileJson(const AccountService::Profile &profile)
{
    const Core::Record &member = profile.member;
    QJsonObject o = member.fields;
    o.insert(u"member_id"_s, member.id);
    o.insert(u"rev"_s, member.revision);
    o.insert(u"updated_at"_s, member.updatedAt);
    o.insert(u"email"_s, profile.email.isEmpty() ? QJsonValue() : QJsonValue(profile.email));
    return compact(o);
}

// An account route's refusal; too many attempts of `attempt` from `address`
// say when to try again.
void sendAccountError(httplib::Response &res, const Core::Error &error, AccountService &accounts,
                      AccountService::Attempt attempt, const QString &address)
{
    if (error.code == ErrorCode::RateLimited)
        return sendRateLimited(res, error, accounts.retryAfterSeconds(attempt, address));
    sendError(res, error);
}

} // namespace

void HttpApi::handleLogin(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::LoginRequest> request =
        Protocol::decodeLoginRequest(QByteArray::fromStdString(req.body));
    if (!request)
        return sendError(res, request.error());
    const QString address = QString::fromStdString(req.remote_addr);
    int retryAfter = 0;
    const Core::Result<Protocol::LoginResponse> response =
        m_auth.login(*request, address, &retryAfter);
    if (!response) {
        if (response.error().code == ErrorCode::RateLimited)
            res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
        return sendError(res, response.error());
    }
    sendJson(res, 200, Protocol::encode(*response));
}

void HttpApi::handleLogout(const httplib::Request &req, httplib::Response &res)
{
    if (Core::Status s = m_auth.logout(bearerToken(req)); !s)
        return sendError(res, s.error());
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleLogoutEverywhere(const httplib::Request &req, httplib::Response &res)
{
    // No body, or {"keep_this_device": true} to stay signed in with this token.
    bool keepThisToken = false;
    if (!req.body.empty()) {
        const Core::Result<QJsonObject> body = bodyObject(req);
        if (!body)
            return sendError(res, body.error());
        const QJsonValue keep = body->value("keep_this_device"_L1);
        if (!keep.isUndefined() && !keep.isBool())
            return sendError(res, 400, u"invalid"_s, u"keep_this_device must be true or false"_s,
                             u"keep_this_device"_s);
        keepThisToken = keep.toBool();
    }
    if (Core::Status s = m_auth.logoutEverywhere(bearerToken(req), keepThisToken); !s)
        return sendError(res, s.error());
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleRefresh(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::LoginResponse> response = m_auth.refresh(bearerToken(req));
    if (!response)
        return sendError(res, response.error());
    sendJson(res, 200, Protocol::encode(*response));
}

void HttpApi::handlePassword(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::PasswordChange> change =
        Protocol::decodePasswordChange(QByteArray::fromStdString(req.body));
    if (!change)
        return sendError(res, change.error());
    int retryAfter = 0;
    if (Core::Status s = m_auth.changePassword(bearerToken(req), change->currentPassword,
                                               change->newPassword, &retryAfter);
        !s) {
        if (s.error().code == ErrorCode::RateLimited)
            res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
        return sendError(res, s.error());
    }
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleRegister(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const QString address = QString::fromStdString(req.remote_addr);
    const Core::Result<AccountService::Registration> registration =
        m_accounts->registerAccount(*body, address);
    if (!registration) {
        return sendAccountError(res, registration.error(), *m_accounts,
                                AccountService::Attempt::Register, address);
    }
    if (registration->usernameTaken) {
        return sendError(res, 409, u"username_taken"_s,
                         u"the user name '%1' is taken; choose another"_s.arg(
                             body->value("username"_L1).toString()),
                         u"username"_s);
    }
    sendJson(res, 201,
             compact({{u"member_id"_s, registration->memberId},
                      {u"status"_s, u"pending_activation"_s}}));
}

void HttpApi::handleActivate(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> token = stringField(*body, "token"_L1);
    if (!token)
        return sendError(res, token.error());
    const QString address = QString::fromStdString(req.remote_addr);
    const Core::Result<Account> account = m_accounts->activate(*token, address);
    if (!account) {
        return sendAccountError(res, account.error(), *m_accounts, AccountService::Attempt::Token,
                                address);
    }
    sendJson(res, 200,
             compact({{u"member_id"_s, account->memberId},
                      {u"username"_s, account->username},
                      {u"status"_s, u"active"_s}}));
}

void HttpApi::handleResetRequest(const httplib::Request &req, httplib::Response &res)
{
    // An account's reset writes a token (and a mail); an unknown name writes
    // nothing. Every answer waits until the same moment, so the time does
    // not tell which names exist.
    struct Floor {
        std::chrono::steady_clock::time_point until =
            std::chrono::steady_clock::now() + ResetAnswerFloor;
        ~Floor() { std::this_thread::sleep_until(until); }
    } floor;
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> username = stringField(*body, "username"_L1);
    if (!username)
        return sendError(res, username.error());
    const QString address = QString::fromStdString(req.remote_addr);
    if (Core::Status s = m_accounts->requestReset(*username, address); !s) {
        return sendAccountError(res, s.error(), *m_accounts, AccountService::Attempt::ResetRequest,
                                address);
    }
    // The same answer whether the account exists or not.
    sendJson(res, 202, compact({{u"status"_s, u"accepted"_s}}));
}

void HttpApi::handleReset(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> token = stringField(*body, "token"_L1);
    if (!token)
        return sendError(res, token.error());
    const Core::Result<QString> password = stringField(*body, "new_password"_L1);
    if (!password)
        return sendError(res, password.error());
    const QString address = QString::fromStdString(req.remote_addr);
    if (Core::Status s = m_accounts->resetPassword(*token, *password, address); !s) {
        return sendAccountError(res, s.error(), *m_accounts, AccountService::Attempt::Token,
                                address);
    }
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleProfile(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<AccountService::Profile> profile = m_accounts->profile(bearerToken(req));
    if (!profile)
        return sendError(res, profile.error());
    sendJson(res, 200, profileJson(*profile));
}

void HttpApi::handleProfileUpdate(const httplib::Request &req, httplib::Response &res)
{
    // The token first: a client that is not signed in learns that before
    // anything about its body.
    if (const Core::Result<QString> member = m_auth.authenticate(bearerToken(req)); !member)
        return sendError(res, member.error());
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<AccountService::Profile> updated =
        m_accounts->updateProfile(bearerToken(req), *body);
    if (!updated)
        return sendError(res, updated.error());
    sendJson(res, 200, profileJson(*updated));
}

} // namespace Server
