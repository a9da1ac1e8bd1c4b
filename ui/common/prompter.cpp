#include "prompter.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace Ui {

void MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &confirmLabel, Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(confirmLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::finished, box, [box, yes, answer]() {
        if (answer)
            answer(box->clickedButton() == yes);
    });
    box->open();
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MessageBoxPrompter::chooseSaveFile(QWidget *parent, const QString &title,
                                        const QString &suggested, const QString &filter,
                                        Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QFileInfo(suggested).suffix());
    connect(dialog, &QFileDialog::finished, dialog, [dialog, chosen](int result) {
        const QStringList files = dialog->selectedFiles();
        if (chosen)
            chosen(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void MessageBoxPrompter::chooseOpenFile(QWidget *parent, const QString &title, Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::finished, dialog, [dialog, chosen](int result) {
        const QStringList files = dialog->selectedFiles();
        if (chosen)
            chosen(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

bool MessageBoxPrompter::openWithSystem(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Ui
