#pragma once

#include "attachmentref.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Core {
class AttachmentCache;
}
namespace Sync {
class AttachmentFetcher;
}

namespace Ui {

class Prompter;

// What file lists work with; none is owned. A null fetcher: files are not
// fetched (only those already here open).
struct FileServices {
    Core::AttachmentCache *cache = nullptr;
    Sync::AttachmentFetcher *fetcher = nullptr;
    Prompter *prompter = nullptr;
};

// The files a lesson, a post or a plan names, under it: each with its size
// and whether it is on this computer (or being fetched, or waiting to be
// sent), and what can be done with the selected one:
// - Open (Return): a copy under its own name, handed to the system's
//   application for it;
// - Fetch (Return too, before it is here): brought from the server now,
//   ahead of anything fetched on its own;
// - Save a copy…;
// - where the record can be edited: Attach file… and Remove (Del).
// Attaching copies the file into the attachment cache, where it waits for
// its upload; filesChanged() gives the owner the new list to keep in the
// record (through its editor, so it can be undone).
//
// Hidden while it shows no file and cannot add one.
class AttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)

public:
    explicit AttachmentList(const FileServices &services, QWidget *parent = nullptr);

    void setFiles(const QList<Core::AttachmentRef> &files);
    const QList<Core::AttachmentRef> &files() const { return m_files; }
    void setEditable(bool editable);

    QListWidget *list() const { return m_list; }
    // The file with this hash is here (fetched on the way when not).
    void fetch(const QString &sha256);
    void open(const QString &sha256);
    // Asks which file to attach.
    void attach();
    // Ctrl+Shift+A anywhere in `scope` (the composer, the plan) attaches a file.
    void offerShortcutIn(QWidget *scope);

Q_SIGNALS:
    // The person attached or removed a file: the record's new list.
    void filesChanged(const QList<Core::AttachmentRef> &files);
    // A file of the list arrived on this computer.
    void fileArrived(const QString &sha256);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const Core::AttachmentRef *current() const;
    bool isHere(const QString &sha256) const;
    QString stateText(const Core::AttachmentRef &file) const;
    void refresh();
    void applyVisibility();
    void updateActions();
    void activate();
    void attachPath(const QString &path);
    void removeCurrent();
    void saveCopy();
    void say(const QString &message);
    void retranslateUi();

    Core::AttachmentCache *m_cache;
    Sync::AttachmentFetcher *m_fetcher;
    Prompter *m_prompter;
    QList<Core::AttachmentRef> m_files;
    bool m_editable = false;
    QLabel *m_heading;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_fetch;
    QPushButton *m_save;
    QPushButton *m_attach;
    QPushButton *m_remove;
};

} // namespace Ui
