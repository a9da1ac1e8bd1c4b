#include "csv.h"

namespace Core::Csv {

using namespace Qt::StringLiterals;

QByteArray document(const QList<QStringList> &rows, QChar separator)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row) {
            const bool quoted = field.contains(separator) || field.contains(u'"') ||
                                field.contains(u'\n') || field.contains(u'\r');
            fields << (quoted ? u'"' + QString(field).replace(u'"', u"\"\""_s) + u'"' : field);
        }
        text += fields.join(separator) + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QChar separatorFor(QChar decimalPoint)
{
    return decimalPoint == u',' ? u';' : u',';
}

} // namespace Core::Csv
