#include "errortext.h"

#include "entityschema.h"

#include <QLabel>

#include <QCoreApplication>

namespace Ui {

// Gives the texts a translation context of their own (kept out of an
// anonymous namespace so lupdate and tr() agree on the context name).
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::ErrorText)

public:
    static QString text(const Core::Error &error);
    static QString refusal(const Core::Error &error, QStringView entity);
};

QString refusalText(const Core::Error &error, QStringView entity)
{
    return ErrorText::refusal(error, entity);
}

QString ErrorText::refusal(const Core::Error &error, QStringView entity)
{
    if (error.code == Core::ErrorCode::Forbidden &&
        (entity == Core::Entity::ActionPlan || entity == Core::Entity::Activity))
        return tr("You are no longer in this plan's team, or the plan is no longer the team's, "
                  "so the server did not take this change. It stays here: copy what you need, "
                  "then discard it.");
    if (entity == Core::Entity::Review &&
        (error.code == Core::ErrorCode::Closed || error.code == Core::ErrorCode::NotFound))
        return tr("The team sent a newer version of this plan, or withdrew it, before this review "
                  "arrived, so the server did not take it. It stays here: copy what you need, "
                  "then discard it.");
    if (error.code == Core::ErrorCode::NotFound)
        return tr("What this was about was removed from the server meanwhile (a course, a "
                  "lesson, a seminar, a thread or a post).");
    return text(error);
}

QString errorText(const Core::Error &error)
{
    return ErrorText::text(error);
}

QString ErrorText::text(const Core::Error &error)
{
    using Core::ErrorCode;
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::DatabaseOpen:
        return tr("The local data file cannot be opened.");
    case ErrorCode::DatabaseTooNew:
        return tr("The local data was written by a newer version of LeaderNet. "
                  "Install the latest version.");
    case ErrorCode::Migration:
        return tr("The local data could not be upgraded. It has not been changed.");
    case ErrorCode::Query:
    case ErrorCode::Busy:
        return tr("The local data could not be read or saved.");
    case ErrorCode::NotFound:
        return tr("The item was not found.");
    case ErrorCode::Invalid:
        return tr("Some of the information is not valid.");
    case ErrorCode::Network:
        return tr("The server cannot be reached. Check the connection and try again.");
    case ErrorCode::Server:
        return tr("The server has a problem. Try again later.");
    case ErrorCode::Unauthorized:
        return tr("The username or password is not correct.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this.");
    case ErrorCode::Protocol:
        return tr("The server sent an answer that cannot be understood.");
    case ErrorCode::VersionMismatch:
        return tr("This version of LeaderNet cannot work with the server. "
                  "Install the latest version.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorCode::NoSecretService:
        return tr("No password keychain is available on this computer.");
    case ErrorCode::RateLimited:
        if (error.retryAfter >= 60) {
            return tr("Too many attempts. Try again in %n minute(s).", nullptr,
                      (error.retryAfter + 59) / 60);
        }
        if (error.retryAfter > 0)
            return tr("Too many attempts. Try again in %n second(s).", nullptr, error.retryAfter);
        return tr("Too many failed sign-ins. Wait a few minutes, then try again.");
    case ErrorCode::Taken:
        return tr("This user name is already taken. Choose another one.");
    case ErrorCode::UntrustedCertificate:
        return tr("The server's certificate is not trusted on this computer, so the connection "
                  "may not be private.");
    case ErrorCode::AccountDisabled:
        return tr("This account has been disabled on the server. Ask the program's "
                  "administrators to enable it again.");
    case ErrorCode::QuotaExceeded:
        return tr("The server has taken as much from you today as it takes from one person in a "
                  "day. Your changes are kept on this computer and will be sent after midnight "
                  "(UTC).");
    case ErrorCode::Closed:
        return tr("The seminar or the thread had closed when this was written, so the server "
                  "did not take it.");
    }
    return tr("An unexpected error occurred.");
}

QColor errorColor()
{
    return {0xb0, 0x1e, 0x1e};
}

void styleAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    label->setPalette(palette);
}

} // namespace Ui
