#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Ui {

class Prompter;

// Asks where to save a table (suggesting `fileName` in the documents
// folder) and writes it there as Core::Csv writes one, the separator the
// app's locale expects; says so when the file could not be written.
// `rows` is read once a place was chosen.
void saveCsvAs(QWidget *parent, Prompter *prompter, const QString &title, const QString &fileName,
               std::function<QList<QStringList>()> rows);

} // namespace Ui
