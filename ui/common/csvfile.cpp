#include "csvfile.h"

#include "csv.h"
#include "prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

namespace Ui {

void saveCsvAs(QWidget *parent, Prompter *prompter, const QString &title, const QString &fileName,
               std::function<QList<QStringList>()> rows)
{
    if (!prompter)
        return;
    const QPointer<QWidget> guard(parent);
    prompter->chooseSaveFile(
        parent, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileName),
        QCoreApplication::translate("Ui::CsvFile", "CSV files (*.csv)"),
        [guard, prompter, title, rows = std::move(rows)](const QString &path) {
            if (path.isEmpty() || !guard)
                return;
            QSaveFile file(path);
            const QByteArray csv = Core::Csv::document(
                rows(), Core::Csv::separatorFor(QLocale().decimalPoint().at(0)));
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                !file.commit()) {
                prompter->inform(guard, title,
                                 QCoreApplication::translate("Ui::CsvFile",
                                                             "The table could not be saved as %1.")
                                     .arg(QDir::toNativeSeparators(path)));
            }
        });
}

} // namespace Ui
