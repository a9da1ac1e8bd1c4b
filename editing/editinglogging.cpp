#include "editinglogging.h"

Q_LOGGING_CATEGORY(lcEditing, "leadernet.editing")
