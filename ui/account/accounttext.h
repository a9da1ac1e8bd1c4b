#pragma once

#include "result.h"

#include <QString>

namespace Ui {

// How strong a new password looks while it is typed: a hint, never a rule
// (the server's only rule is the length).
enum class PasswordStrength { Empty, TooShort, Weak, Fair, Strong };

PasswordStrength passwordStrength(const QString &password);
QString passwordStrengthText(PasswordStrength strength);

// What is wrong with a user name as typed, in words; empty when the server
// will take it (2 to 32 of a-z, 0-9, '.', '_' and '-').
QString usernameProblem(const QString &username);
// The same for an optional e-mail address (empty: none given, fine).
QString emailProblem(const QString &email);
// A text field over its limit of `limit` characters; empty when within.
QString lengthProblem(const QString &text, qsizetype limit);

// A refusal of an account request (join, activate, reset, change the
// password), in the person's language, for the field it is about
// (error.field) or for the form as a whole.
QString accountErrorText(const Core::Error &error);
// What the server says when it does not take `field` as it is (Invalid).
QString fieldErrorText(const QString &field);

} // namespace Ui
