#pragma once

#include "account.h"
#include "attemptlimiter.h"
#include "protocol.h"
#include "record.h"
#include "result.h"
#include "serverstore.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Server {

class AuthService;
class StoreWriter;

// Accounts that people manage themselves: registration (an inactive account
// and its member record), activation and password reset with one-time tokens,
// and the member's own profile. One-time tokens are 32 random bytes kept only
// as their SHA-256 (table account_tokens), so nobody can read them back. With
// mail delivery on (`serve --smtp`, which sets `mailQueued`), a registration
// that gives an e-mail address, and a reset request for an account that has
// one, also write a mail with the token to the outbox (table mail_outbox) in
// the same transaction, and call `mailQueued` after the commit; a MailSender
// delivers it. Either way an admin can hand out fresh tokens with
// `leadernet-server activation-tokens` and `reset-tokens`. The e-mail address
// is private: kept on the account, never in the member record (which syncs to
// everyone). Registrations, reset requests and failed token uses are slowed per
// address like failed sign-ins (AttemptLimiter: a number free per quarter
// hour, then each one doubles the wait before the next is taken; loopback is
// not counted). Thread-safe; borrows the store and the auth service, which
// must outlive it. Never logs a password, a token or an e-mail address.
class AccountService final
{
public:
    static constexpr int ActivationLifetimeDays = 7;
    static constexpr int ResetLifetimeMinutes = Sync::Protocol::ResetCodeLifetimeMinutes;
    static constexpr int MaxPasswordLength = Sync::Protocol::MaxPasswordLength;
    static constexpr int FreeRegistrationsPerAddress = 10;
    static constexpr int FreeResetRequestsPerAddress = 10;
    static constexpr int FreeResetRequestsPerAccount = 3;
    static constexpr int FreeTokenFailuresPerAddress = 30;

    // `mailQueued` empty: no mail is ever queued (the server has no SMTP
    // settings). Otherwise it is called, on the request's thread, after each
    // commit that queued a mail.
    AccountService(ServerStore &store, AuthService &auth, std::function<void()> mailQueued = {});
    Q_DISABLE_COPY_MOVE(AccountService)

    enum class Purpose { Activation, Reset };
    static QString purposeName(Purpose purpose); // "activation", "reset"

    struct IssuedToken {
        QString token;
        QString expiresAt; // ISO 8601 UTC
    };
    // A new one-time token for the member, kept (hashed) in the writer's
    // transaction. Earlier tokens stay valid until one of them is used.
    static Core::Result<IssuedToken> issueToken(StoreWriter &writer, const QString &memberId,
                                                Purpose purpose);

    // Checks the profile fields a member sets themself (display_name, country,
    // organisation, position, languages, bio): types, lengths, language codes.
    // Returns them trimmed. Invalid for anything else in `fields` (Forbidden
    // for roles and username when `registering` is false). `email` is not a
    // member field: it is left out (see emailField()).
    static Core::Result<QJsonObject> checkProfileFields(const QJsonObject &fields,
                                                        bool registering);

    // What a registration came to: the new member, or a name already taken
    // (then nothing was made).
    struct Registration {
        QString memberId;
        bool usernameTaken = false;
    };
    // The private e-mail address of a request's `email` value (MailAddress::
    // check): empty for none (absent, null or ""), Invalid for anything that
    // is not a sane address.
    static Core::Result<QString> emailField(const QJsonValue &value);

    // {username, password, display_name, email?, country?, organisation?,
    // position?, languages?, bio?}: an inactive account with the role
    // "member" (and the e-mail address, if given, on the account), its member
    // record (synced to everyone like every profile) and an activation token,
    // mailed when mail delivery is on and an address was given. Invalid for
    // bad input; RateLimited while the address must wait (past
    // FreeRegistrationsPerAddress attempts in a quarter hour).
    Core::Result<Registration> registerAccount(const QJsonObject &request,
                                               const QString &remoteAddress);

    // Activates the account of an activation token (used up). Invalid for an
    // unknown, used or expired token.
    Core::Result<Account> activate(const QString &token, const QString &remoteAddress);

    // Makes a reset token for the account named `username`, if there is one,
    // and mails it when mail delivery is on and the account has an e-mail
    // address; succeeds either way, so that names cannot be probed.
    Core::Status requestReset(const QString &username, const QString &remoteAddress);

    // Sets the password of a reset token's account, uses the token up and
    // revokes every bearer token of the member.
    Core::Status resetPassword(const QString &token, const QString &newPassword,
                               const QString &remoteAddress);

    // What the member sees of themself: their member record and their
    // private e-mail address (empty when none).
    struct Profile {
        Core::Record member;
        QString email;
    };
    // The profile of the bearer token's member.
    Core::Result<Profile> profile(const QString &bearerToken);
    // Changes the profile fields in `changes` (checkProfileFields) and stores
    // the member record as a new version, which syncs to every replica; and
    // the e-mail address, when `changes` has `email` (null or "" removes it),
    // which stays on the account.
    Core::Result<Profile> updateProfile(const QString &bearerToken, const QJsonObject &changes);

    enum class Attempt { Register, ResetRequest, Token };
    // Seconds before `remoteAddress` may make such an attempt again (0: now).
    int retryAfterSeconds(Attempt attempt, const QString &remoteAddress);

private:
    static QString limiterKey(Attempt attempt, const QString &address);
    // RateLimited when the address must wait; otherwise counts the attempt
    // (`count` false: only checks).
    Core::Status admit(Attempt attempt, const QString &remoteAddress, bool count);
    Core::Error badToken(Purpose purpose, const QString &remoteAddress);

    ServerStore &m_store;
    AuthService &m_auth;
    std::function<void()> m_mailQueued;
    AttemptLimiter m_attempts;
};

} // namespace Server
