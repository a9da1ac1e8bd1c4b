#pragma once

#include "result.h"

#include <QString>

namespace Ui {

// The one place where error codes become sentences for people, in the
// current language. The detail of the error is for logs and is not shown.
QString errorText(const Core::Error &error);
// Why the server refused a change, in the member's words: as errorText(),
// with "not found" saying that what the change was about was removed.
QString refusalText(const Core::Error &error);

} // namespace Ui
