#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

namespace Core::Csv {

// A table as a CSV file that spreadsheet programs open as it is: UTF-8
// with a byte order mark (so Arabic and Cyrillic are read as such), CRLF
// line ends, fields quoted when they hold the separator, a quote or a line
// break (RFC 4180).
QByteArray document(const QList<QStringList> &rows, QChar separator);
// The separator a locale's spreadsheets expect: ';' where the decimal
// separator is a comma (French, Spanish, Portuguese, Russian …), else ','.
QChar separatorFor(QChar decimalPoint);

} // namespace Core::Csv
