#pragma once

#include <QLoggingCategory>

// The one logging category of the UI layer ("leadernet.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)
