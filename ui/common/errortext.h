#pragma once

#include "result.h"

#include <QColor>
#include <QString>

class QLabel;

namespace Ui {

// The one place where error codes become sentences for people, in the
// current language. The detail of the error is for logs and is not shown.
QString errorText(const Core::Error &error);
// Why the server refused a change, in the member's words: as errorText(),
// with "not found" saying that what the change was about was removed, and
// "forbidden" on a team's plan that the member is no longer in its team.
// `entity`: the kind of record the change was about, when known.
QString refusalText(const Core::Error &error, QStringView entity = {});

// Makes `label` say a problem: its text in the error colour.
void styleAsError(QLabel *label);
// The colour problems are said in (a dark red readable on light themes).
QColor errorColor();

} // namespace Ui
