#include "accountservice.h"

#include "accountstore.h"
#include "authservice.h"
#include "entityschema.h"
#include "mailmessage.h"
#include "mailoutbox.h"
#include "passwords.h"
#include "signinstore.h"
#include "storewriter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServerAccounts, "leadernet.server.accounts")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

struct TextLimit {
    QLatin1StringView name;
    qsizetype maxLength;
};

// The profile's text fields a member sets themself, and their longest values.
constexpr TextLimit ProfileTexts[] = {
    {"display_name"_L1, Core::MaxDisplayNameLength},
    {"country"_L1, Core::MaxCountryLength},
    {"organisation"_L1, Core::MaxOrganisationLength},
    {"position"_L1, Core::MaxPositionLength},
    {"bio"_L1, Core::MaxBioLength},
};
using Core::MaxLanguages;

QString allowedProfileFields()
{
    return u"display_name, email, country, organisation, position, languages, bio"_s;
}

Core::Error invalid(const QString &detail)
{
    return makeError(ErrorCode::Invalid, detail);
}

// An Invalid error about the input field `field`.
Core::Error invalidField(QLatin1StringView field, const QString &detail)
{
    Core::Error error = invalid(detail);
    error.field = field;
    return error;
}

// "for 7 days (until 2030-01-08 10:00 UTC)".
QString validity(AccountService::Purpose purpose, const QString &expiresAt)
{
    const QDateTime until = QDateTime::fromString(expiresAt, Qt::ISODateWithMs).toUTC();
    const QString span = purpose == AccountService::Purpose::Activation
                             ? u"%1 days"_s.arg(AccountService::ActivationLifetimeDays)
                             : u"%1 minutes"_s.arg(AccountService::ResetLifetimeMinutes);
    return u"for %1 (until %2)"_s.arg(span, until.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
}

// The mail that carries a one-time token to the member. Plain English text:
// the server has no idea of the member's language. Only the user name
// ([a-z0-9._-]) comes from the member, and nothing of theirs goes into a
// header but the checked address.
OutboxMail tokenMail(const QString &memberId, const QString &username, const QString &recipient,
                     AccountService::Purpose purpose, const AccountService::IssuedToken &token)
{
    OutboxMail mail;
    mail.memberId = memberId;
    mail.purpose = AccountService::purposeName(purpose);
    mail.expiresAt = token.expiresAt;
    mail.message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    mail.message.recipient = recipient;
    mail.message.createdAt = Core::nowUtc();
    const QString valid = validity(purpose, token.expiresAt);
    if (purpose == AccountService::Purpose::Activation) {
        mail.message.subject = u"Your LeaderNet activation code"_s;
        mail.message.body =
            u"Hello,\n\n"
            "someone, probably you, registered the user name \"%1\" on LeaderNet\n"
            "with this e-mail address. To activate the account, use this\n"
            "activation code:\n\n"
            "    %2\n\n"
            "The code works once, %3.\n"
            "Enter it where LeaderNet asks for your activation code, or send it\n"
            "to your LeaderNet server: POST /api/v1/auth/activate\n"
            "{\"token\": \"<the code>\"}.\n\n"
            "If you did not register, ignore this mail: the account stays\n"
            "inactive, and nobody can sign in with it.\n\n"
            "-- \nLeaderNet (sent automatically)\n"_s.arg(username, token.token, valid);
    } else {
        mail.message.subject = u"Your LeaderNet password reset code"_s;
        mail.message.body =
            u"Hello,\n\n"
            "someone, probably you, asked to reset the password of the LeaderNet\n"
            "account \"%1\". To choose a new password, use this reset code:\n\n"
            "    %2\n\n"
            "The code works once, %3.\n"
            "Enter it where LeaderNet asks for your reset code, with your new\n"
            "password, or send both to your LeaderNet server:\n"
            "POST /api/v1/auth/reset {\"token\": \"<the code>\",\n"
            "\"new_password\": \"<your new password>\"}. A reset signs you out\n"
            "on every device.\n\n"
            "If you did not ask for this, ignore this mail: your password stays\n"
            "as it is.\n\n"
            "-- \nLeaderNet (sent automatically)\n"_s.arg(username, token.token, valid);
    }
    return mail;
}

} // namespace

AccountService::AccountService(ServerStore &store, AuthService &auth,
                               std::function<void()> mailQueued)
    : m_store(store)
    , m_auth(auth)
    , m_mailQueued(std::move(mailQueued))
{}

Core::Result<QString> AccountService::emailField(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalidField("email"_L1, u"email must be a string (or null for none)"_s);
    if (value.toString().trimmed().isEmpty())
        return QString();
    Core::Result<QString> address = MailAddress::check(value.toString());
    if (!address)
        return invalidField("email"_L1, address.error().detail);
    return address;
}

QString AccountService::purposeName(Purpose purpose)
{
    return purpose == Purpose::Activation ? u"activation"_s : u"reset"_s;
}

Core::Result<AccountService::IssuedToken>
AccountService::issueToken(StoreWriter &writer, const QString &memberId, Purpose purpose)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = purpose == Purpose::Activation
                                  ? now.addDays(ActivationLifetimeDays)
                                  : now.addSecs(qint64(ResetLifetimeMinutes) * 60);
    IssuedToken issued{Passwords::newToken(), expires.toString(Qt::ISODateWithMs)};
    if (Core::Status s = AccountStore(writer).insertAccountToken(
            Passwords::tokenHash(issued.token), memberId, purposeName(purpose), issued.expiresAt);
        !s) {
        return s.error();
    }
    return issued;
}

Core::Result<QJsonObject> AccountService::checkProfileFields(const QJsonObject &fields,
                                                             bool registering)
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = it.key();
        if ((registering && (key == u"username" || key == u"password")) || key == u"email")
            continue;
        if (key == u"roles" || key == u"username") {
            const QString why =
                u"%1 are changed by an admin"_s.arg(key == u"roles" ? u"roles"_s : u"user names"_s);
            return makeError(registering ? ErrorCode::Invalid : ErrorCode::Forbidden, why);
        }
        if (key == u"languages") {
            if (!it.value().isArray())
                return invalidField("languages"_L1,
                                    u"languages must be a list of language codes"_s);
            const QJsonArray list = it.value().toArray();
            if (list.size() > MaxLanguages)
                return invalidField("languages"_L1,
                                    u"give at most %1 languages"_s.arg(MaxLanguages));
            QJsonArray languages;
            for (const QJsonValue &v : list) {
                if (!v.isString() || !Core::isLanguageCode(v.toString())) {
                    return invalidField(
                        "languages"_L1,
                        u"languages must be language codes such as \"en\", \"fr\" or "
                        "\"pt\""_s);
                }
                if (!languages.contains(v))
                    languages.append(v);
            }
            out.insert(key, languages);
            continue;
        }
        const TextLimit *limit = nullptr;
        for (const TextLimit &t : ProfileTexts) {
            if (t.name == key)
                limit = &t;
        }
        if (!limit) {
            return invalid(u"unknown field '%1' (a profile has %2)"_s.arg(
                key, registering ? u"username, password, "_s + allowedProfileFields()
                                 : allowedProfileFields()));
        }
        if (!it.value().isString())
            return invalidField(limit->name, u"%1 must be a string"_s.arg(key));
        const QString text = it.value().toString().trimmed();
        if (text.size() > limit->maxLength)
            return invalidField(
                limit->name, u"%1 is longer than %2 characters"_s.arg(key).arg(limit->maxLength));
        if (key == u"display_name" && text.isEmpty())
            return invalidField("display_name"_L1, u"display_name must not be empty"_s);
        out.insert(key, text);
    }
    if (registering && !out.contains("display_name"_L1))
        return invalidField("display_name"_L1, u"display_name is missing"_s);
    return out;
}

QString AccountService::limiterKey(Attempt attempt, const QString &address)
{
    switch (attempt) {
    case Attempt::Register:
        return u"register:"_s + address;
    case Attempt::ResetRequest:
        return u"reset:"_s + address;
    case Attempt::Token:
        break;
    }
    return u"token:"_s + address;
}

int AccountService::retryAfterSeconds(Attempt attempt, const QString &remoteAddress)
{
    if (remoteAddress.isEmpty() || AttemptLimiter::isLoopback(remoteAddress))
        return 0;
    return m_attempts.retryAfterSeconds(limiterKey(attempt, remoteAddress));
}

Core::Status AccountService::admit(Attempt attempt, const QString &remoteAddress, bool count)
{
    if (remoteAddress.isEmpty() || AttemptLimiter::isLoopback(remoteAddress))
        return {};
    if (const int wait = retryAfterSeconds(attempt, remoteAddress); wait > 0) {
        return makeError(ErrorCode::RateLimited,
                         u"too many attempts from this address; try again in %1 s"_s.arg(wait));
    }
    if (count) {
        const int free = attempt == Attempt::Register ? FreeRegistrationsPerAddress
                                                      : FreeResetRequestsPerAddress;
        m_attempts.note(limiterKey(attempt, remoteAddress), free);
    }
    return {};
}

Core::Error AccountService::badToken(Purpose purpose, const QString &remoteAddress)
{
    if (!remoteAddress.isEmpty() && !AttemptLimiter::isLoopback(remoteAddress))
        m_attempts.note(limiterKey(Attempt::Token, remoteAddress), FreeTokenFailuresPerAddress);
    return invalidField("token"_L1,
                        purpose == Purpose::Activation
                            ? u"the activation token is unknown, used or expired; ask an admin for "
                              "a new one"_s
                            : u"the reset token is unknown, used or expired; ask for a new one"_s);
}

Core::Result<AccountService::Registration>
AccountService::registerAccount(const QJsonObject &request, const QString &remoteAddress)
{
    if (Core::Status s = admit(Attempt::Register, remoteAddress, true); !s)
        return s.error();
    const QJsonValue username = request.value("username"_L1);
    const QJsonValue password = request.value("password"_L1);
    if (!username.isString() || !password.isString())
        return invalid(u"username and password must be strings"_s);
    if (!AuthService::isValidUsername(username.toString()))
        return invalidField("username"_L1,
                            u"the user name must be 2 to 32 of a-z, 0-9, '.', '_' and '-'"_s);
    const QString secret = password.toString();
    if (secret.size() < AuthService::MinPasswordLength || secret.size() > MaxPasswordLength) {
        return invalidField("password"_L1, u"the password needs %1 to %2 characters"_s
                                               .arg(AuthService::MinPasswordLength)
                                               .arg(MaxPasswordLength));
    }
    const Core::Result<QJsonObject> profile = checkProfileFields(request, true);
    if (!profile)
        return profile.error();
    const Core::Result<QString> email = emailField(request.value("email"_L1));
    if (!email)
        return email.error();
    // Hash before the write transaction, which stays short.
    const Core::Result<QString> hash = Passwords::hash(secret);
    if (!hash)
        return hash.error();

    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    // Writers run one at a time: nobody takes the name between this check and
    // the commit.
    const Core::Result<std::optional<Account>> existing =
        AccountStore(**writer).account(username.toString());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Registration{{}, true};

    Core::Record member;
    member.entity = QString(Core::Entity::Member);
    member.id = Core::newRecordId();
    member.updatedBy = member.id;
    member.fields = {{u"username"_s, username.toString()},
                     {u"display_name"_s, u""_s},
                     {u"country"_s, u""_s},
                     {u"organisation"_s, u""_s},
                     {u"position"_s, u""_s},
                     {u"languages"_s, QJsonArray()},
                     {u"roles"_s, QJsonArray{u"member"_s}},
                     {u"bio"_s, u""_s},
                     {u"joined"_s, QDate::currentDate().toString(Qt::ISODate)}};
    for (auto it = profile->begin(); it != profile->end(); ++it)
        member.fields.insert(it.key(), it.value());
    // Checked now, written at activation: until then nobody else sees it.
    if (Core::Status s = Core::validateRecord(member); !s)
        return s.error();
    if (Core::Status s =
            AccountStore(**writer).createAccount(member.id, username.toString(), *hash, false);
        !s) {
        return s.error();
    }
    if (Core::Status s = AccountStore(**writer).setPendingMember(member.id, member.fields); !s)
        return s.error();
    if (!email->isEmpty()) {
        if (Core::Status s = AccountStore(**writer).setAccountEmail(member.id, *email); !s)
            return s.error();
    }
    const Core::Result<IssuedToken> token = issueToken(**writer, member.id, Purpose::Activation);
    if (!token)
        return token.error();
    // Mailed when there is an address to mail it to; an admin can always
    // issue another (activation-tokens).
    const bool mailed = m_mailQueued && !email->isEmpty();
    if (mailed) {
        if (Core::Status s = MailOutbox(**writer).queueMail(
                tokenMail(member.id, username.toString(), *email, Purpose::Activation, *token));
            !s) {
            return s.error();
        }
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAccounts).noquote() << u"registered %1 (waiting for activation%2)"_s.arg(
        username.toString(), mailed ? u"; the token is mailed"_s : QString());
    if (mailed)
        m_mailQueued();
    return Registration{member.id, false};
}

Core::Result<Account> AccountService::activate(const QString &token, const QString &remoteAddress)
{
    if (Core::Status s = admit(Attempt::Token, remoteAddress, false); !s)
        return s.error();
    if (token.isEmpty())
        return badToken(Purpose::Activation, remoteAddress);
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<std::optional<QString>> member = AccountStore(**writer).redeemAccountToken(
        Passwords::tokenHash(token), purposeName(Purpose::Activation));
    if (!member)
        return member.error();
    if (!member->has_value())
        return badToken(Purpose::Activation, remoteAddress);
    if (Core::Status s = AccountStore(**writer).activateAccount(**member); !s)
        return s.error();
    const Core::Result<std::optional<Account>> account = AccountStore(**writer).account(**member);
    if (!account)
        return account.error();
    if (!account->has_value())
        return makeError(ErrorCode::NotFound, u"the account is gone"_s);
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAccounts) << "activated" << (*account)->username;
    Account out = **account;
    out.active = true;
    return out;
}

Core::Status AccountService::requestReset(const QString &username, const QString &remoteAddress)
{
    if (Core::Status s = admit(Attempt::ResetRequest, remoteAddress, true); !s)
        return s;
    const QString name = username.trimmed().toLower();
    if (!AuthService::isValidUsername(name))
        return {};
    // A few per account and quarter hour: more would only fill the table.
    const QString accountKey = u"reset-user:"_s + name;
    if (m_attempts.retryAfterSeconds(accountKey) > 0)
        return {};
    m_attempts.note(accountKey, FreeResetRequestsPerAccount);
    const Core::Result<std::optional<Account>> account =
        SignInStore(m_store).accountByUsername(name);
    if (!account)
        return account.error();
    if (!account->has_value())
        return {};
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<IssuedToken> token =
        issueToken(**writer, (*account)->memberId, Purpose::Reset);
    if (!token)
        return token.error();
    bool mailed = false;
    if (m_mailQueued) {
        const Core::Result<QString> email =
            AccountStore(**writer).accountEmail((*account)->memberId);
        if (!email)
            return email.error();
        mailed = !email->isEmpty();
        if (mailed) {
            if (Core::Status s = MailOutbox(**writer).queueMail(tokenMail(
                    (*account)->memberId, (*account)->username, *email, Purpose::Reset, *token));
                !s) {
                return s;
            }
        }
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s;
    qCInfo(lcServerAccounts).noquote() << u"password reset asked for %1%2"_s.arg(
        name, mailed ? u" (the token is mailed)"_s : QString());
    if (mailed)
        m_mailQueued();
    return {};
}

Core::Status AccountService::resetPassword(const QString &token, const QString &newPassword,
                                           const QString &remoteAddress)
{
    if (Core::Status s = admit(Attempt::Token, remoteAddress, false); !s)
        return s;
    if (newPassword.size() < AuthService::MinPasswordLength ||
        newPassword.size() > MaxPasswordLength) {
        return invalidField("new_password"_L1, u"the new password needs %1 to %2 characters"_s
                                                   .arg(AuthService::MinPasswordLength)
                                                   .arg(MaxPasswordLength));
    }
    if (token.isEmpty())
        return badToken(Purpose::Reset, remoteAddress);
    const Core::Result<QString> hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<std::optional<QString>> member = AccountStore(**writer).redeemAccountToken(
        Passwords::tokenHash(token), purposeName(Purpose::Reset));
    if (!member)
        return member.error();
    if (!member->has_value())
        return badToken(Purpose::Reset, remoteAddress);
    if (Core::Status s = AccountStore(**writer).replacePassword(**member, *hash); !s)
        return s;
    if (Core::Status s = (*writer)->commit(); !s)
        return s;
    qCInfo(lcServerAccounts) << "password reset for member" << **member;
    return {};
}

Core::Result<AccountService::Profile> AccountService::profile(const QString &bearerToken)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken);
    if (!member)
        return member.error();
    const Core::Result<std::optional<Core::Record>> record =
        m_store.record(QString(Core::Entity::Member), *member);
    if (!record)
        return record.error();
    if (!record->has_value())
        return makeError(ErrorCode::Forbidden, u"the account has no member record"_s);
    const Core::Result<std::unique_ptr<StoreWriter>> reader = m_store.reader();
    if (!reader)
        return reader.error();
    const Core::Result<QString> email = AccountStore(**reader).accountEmail(*member);
    if (!email)
        return email.error();
    return Profile{**record, *email};
}

Core::Result<AccountService::Profile> AccountService::updateProfile(const QString &bearerToken,
                                                                    const QJsonObject &changes)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken);
    if (!member)
        return member.error();
    const Core::Result<QJsonObject> fields = checkProfileFields(changes, false);
    if (!fields)
        return fields.error();
    const bool changesEmail = changes.contains("email"_L1);
    const Core::Result<QString> email = emailField(changes.value("email"_L1));
    if (!email)
        return email.error();
    if (fields->isEmpty() && !changesEmail)
        return invalid(u"give at least one of %1"_s.arg(allowedProfileFields()));
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<std::optional<Core::Record>> current =
        (*writer)->record(QString(Core::Entity::Member), *member);
    if (!current)
        return current.error();
    if (!current->has_value())
        return makeError(ErrorCode::Forbidden, u"the account has no member record"_s);
    // The address stays on the account: the member record syncs to everyone.
    if (changesEmail) {
        if (Core::Status s = AccountStore(**writer).setAccountEmail(*member, *email); !s)
            return s.error();
    }
    const Core::Result<QString> stored = AccountStore(**writer).accountEmail(*member);
    if (!stored)
        return stored.error();
    Core::Record updated = **current;
    for (auto it = fields->begin(); it != fields->end(); ++it)
        updated.fields.insert(it.key(), it.value());
    // Nothing of the record changes: no new version.
    if (updated.fields != (*current)->fields) {
        updated.updatedAt = Core::nowUtc();
        updated.updatedBy = *member;
        const Core::Result<qint64> seq = (*writer)->putRecord(updated);
        if (!seq)
            return seq.error();
        updated.revision = *seq;
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    return Profile{updated, *stored};
}

} // namespace Server
