#pragma once

#include <QLoggingCategory>

// The one logging category of the editing layer ("leadernet.editing").
Q_DECLARE_LOGGING_CATEGORY(lcEditing)
