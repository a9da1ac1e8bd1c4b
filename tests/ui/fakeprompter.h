#pragma once

#include "prompter.h"

#include <QStringList>

// Answers every question with a preset answer at once and records what was
// asked, so no test ever waits on a dialog.
class FakePrompter final : public Ui::Prompter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePrompter)

public:
    using Ui::Prompter::Prompter;

    bool answer = true;
    QStringList questions;
    QStringList messages;
    QString saveAs;     // the path "chosen" to save a file (empty: cancelled)
    QString openPath;   // the file "chosen" to open (empty: cancelled)
    QStringList opened; // files handed to the system

    void confirm(QWidget *, const QString &, const QString &text, const QString &,
                 Answer done) override
    {
        questions.append(text);
        if (done)
            done(answer);
    }
    void inform(QWidget *, const QString &, const QString &text) override { messages.append(text); }
    void chooseSaveFile(QWidget *, const QString &, const QString &, const QString &,
                        Chosen chosen) override
    {
        if (chosen)
            chosen(saveAs);
    }
    void chooseOpenFile(QWidget *, const QString &, Chosen chosen) override
    {
        if (chosen)
            chosen(openPath);
    }
    bool openWithSystem(const QString &path) override
    {
        opened.append(path);
        return true;
    }
};
