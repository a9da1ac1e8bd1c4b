#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Ui {

// Asks the user a question or tells them something that needs an answer.
// Every modal question of the UI goes through this facade so tests can
// inject the answers (see tests/ui) and never hang on a dialog.
//
// Thread: the GUI thread. The callback runs once, later, with the answer.
class Prompter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Prompter)

public:
    using Answer = std::function<void(bool accepted)>;

    explicit Prompter(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // A yes/no question; `accepted` is true for the confirming button.
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmLabel, Answer answer) = 0;
    // A message the user acknowledges.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Where to save a file: `chosen` gets the path, or an empty one when
    // the person cancelled. `filter` as QFileDialog's name filters.
    using Chosen = std::function<void(const QString &path)>;
    virtual void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, Chosen chosen) = 0;
    // Which file to open (attach): `chosen` gets its path, or an empty one.
    virtual void chooseOpenFile(QWidget *parent, const QString &title, Chosen chosen) = 0;
    // Hands a file to the application the system opens it with; false when
    // none could.
    virtual bool openWithSystem(const QString &path) = 0;
};

// The real prompter: window-modal QMessageBox and QFileDialog opened with
// open(), never exec().
class MessageBoxPrompter final : public Prompter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBoxPrompter)

public:
    using Prompter::Prompter;

    void confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &confirmLabel, Answer answer) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                        const QString &filter, Chosen chosen) override;
    void chooseOpenFile(QWidget *parent, const QString &title, Chosen chosen) override;
    bool openWithSystem(const QString &path) override;
};

} // namespace Ui
