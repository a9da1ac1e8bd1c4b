#include "accounttext.h"

#include "errortext.h"
#include "protocol.h"
#include "record.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ui {

using namespace Qt::StringLiterals;
namespace Protocol = Sync::Protocol;

// Gives the texts a translation context of their own.
class AccountText final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::AccountText)

public:
    static QString strength(PasswordStrength strength);
    static QString username(const QString &username);
    static QString email(const QString &email);
    static QString length(const QString &text, qsizetype limit);
    static QString error(const Core::Error &error);
};

PasswordStrength passwordStrength(const QString &password)
{
    if (password.isEmpty())
        return PasswordStrength::Empty;
    if (password.size() < Protocol::MinPasswordLength)
        return PasswordStrength::TooShort;
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other);
    // One character repeated, or a run such as 12345678 or abcdefgh.
    bool repetitive = true;
    bool run = true;
    for (qsizetype i = 1; i < password.size(); ++i) {
        repetitive &= password.at(i) == password.at(0);
        run &= password.at(i).unicode() == password.at(i - 1).unicode() + 1;
    }
    static const QStringList common{u"password"_s, u"leadernet"_s, u"qwerty"_s, u"azerty"_s,
                                    u"letmein"_s,  u"welcome"_s,   u"admin"_s};
    const QString folded = password.toLower();
    const bool isCommon = std::any_of(common.begin(), common.end(),
                                      [&](const QString &word) { return folded.contains(word); });
    if (repetitive || run || isCommon)
        return PasswordStrength::Weak;
    // Long pass phrases are strong whatever their characters.
    if (password.size() >= 16 || (password.size() >= 12 && kinds >= 3))
        return PasswordStrength::Strong;
    if (password.size() >= 10 || kinds >= 3)
        return PasswordStrength::Fair;
    return PasswordStrength::Weak;
}

QString passwordStrengthText(PasswordStrength strength)
{
    return AccountText::strength(strength);
}

QString AccountText::strength(PasswordStrength strength)
{
    switch (strength) {
    case PasswordStrength::Empty:
        return tr("Use at least %n characters. A few words you can remember make a strong "
                  "password.",
                  nullptr, Protocol::MinPasswordLength);
    case PasswordStrength::TooShort:
        return tr("Too short: use at least %n characters.", nullptr, Protocol::MinPasswordLength);
    case PasswordStrength::Weak:
        return tr("Weak: easy to guess. Add words, or mix letters, digits and signs.");
    case PasswordStrength::Fair:
        return tr("Fair. A longer password would be stronger.");
    case PasswordStrength::Strong:
        return tr("Strong.");
    }
    return {};
}

QString usernameProblem(const QString &username)
{
    return AccountText::username(username);
}

QString AccountText::username(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9._-]*$"_s);
    if (username.isEmpty())
        return tr("Choose a user name.");
    if (username.size() < Protocol::MinUsernameLength ||
        username.size() > Protocol::MaxUsernameLength || !pattern.match(username).hasMatch()) {
        return tr("Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, "
                  "without spaces.")
            .arg(Protocol::MinUsernameLength)
            .arg(Protocol::MaxUsernameLength);
    }
    return {};
}

QString emailProblem(const QString &email)
{
    return AccountText::email(email);
}

QString AccountText::email(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (email.isEmpty() || pattern.match(email).hasMatch())
        return {};
    return tr("Enter an e-mail address such as name@example.org, or leave it empty.");
}

QString lengthProblem(const QString &text, qsizetype limit)
{
    return AccountText::length(text, limit);
}

QString AccountText::length(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return {};
    return tr("Shorten this to %n characters or fewer.", nullptr, int(limit));
}

QString accountErrorText(const Core::Error &error)
{
    return AccountText::error(error);
}

QString fieldErrorText(const QString &field)
{
    Core::Error error = Core::makeError(Core::ErrorCode::Invalid);
    error.field = field;
    return AccountText::error(error);
}

QString AccountText::error(const Core::Error &error)
{
    using Core::ErrorCode;
    const QString &field = error.field;
    if (error.code == ErrorCode::Invalid) {
        if (field == u"username")
            return tr("Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, "
                      "without spaces.")
                .arg(Protocol::MinUsernameLength)
                .arg(Protocol::MaxUsernameLength);
        if (field == u"password" || field == u"new_password")
            return tr("Use at least %n characters.", nullptr, Protocol::MinPasswordLength);
        if (field == u"token")
            return tr("This code is unknown, already used or expired. Ask for a new one.");
        if (field == u"email")
            return tr("Enter an e-mail address such as name@example.org, or leave it empty.");
        if (field == u"display_name")
            return tr("Enter your name as others should see it.");
        if (field == u"languages")
            return tr("Choose at most %n languages.", nullptr, Core::MaxLanguages);
        if (!field.isEmpty())
            return tr("The server did not take this: it is too long or not valid.");
    }
    if (error.code == ErrorCode::Unauthorized && field == u"current_password")
        return tr("This is not your current password.");
    if (error.code == ErrorCode::Network)
        return tr("The server cannot be reached. Check the connection and try again. Nothing "
                  "you typed is lost.");
    return errorText(error);
}

} // namespace Ui
