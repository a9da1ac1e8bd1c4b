#include "attachmentlist.h"

#include "attachmentcache.h"
#include "attachmentfetcher.h"
#include "errortext.h"
#include "prompter.h"
#include "protocol.h"
#include "recordtext.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using State = Sync::AttachmentFetcher::State;

namespace {

constexpr int HashRole = Qt::UserRole + 1;

// Return opens (or fetches) the selected file, Delete removes it.
class FileListWidget final : public QListWidget
{
public:
    std::function<void()> activate;
    std::function<void()> remove;

protected:
    bool event(QEvent *event) override
    {
        // Return and Delete are this list's, not the shortcuts of the view
        // around it (deleting a post, say).
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::NoModifier &&
                (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                 key->key() == Qt::Key_Delete)) {
                event->accept();
                return true;
            }
        }
        return QListWidget::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers() == Qt::NoModifier && currentItem()) {
            activate();
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier &&
            currentItem()) {
            remove();
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace

AttachmentList::AttachmentList(const FileServices &services, QWidget *parent)
    : QWidget(parent)
    , m_cache(services.cache)
    , m_fetcher(services.fetcher)
    , m_prompter(services.prompter)
    , m_heading(new QLabel)
    , m_list(new FileListWidget)
    , m_message(new QLabel)
    , m_open(new QPushButton)
    , m_fetch(new QPushButton)
    , m_save(new QPushButton)
    , m_attach(new QPushButton)
    , m_remove(new QPushButton)
{
    auto *files = static_cast<FileListWidget *>(m_list);
    files->activate = [this]() {
        activate();
    };
    files->remove = [this]() {
        removeCurrent();
    };
    m_list->setObjectName(u"attachmentList"_s);
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_fetch->setObjectName(u"fetchAttachmentButton"_s);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_attach->setObjectName(u"attachFileButton"_s);
    m_remove->setObjectName(u"removeAttachmentButton"_s);
    m_message->setObjectName(u"attachmentMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    styleAsError(m_message);
    m_heading->setBuddy(m_list);
    m_list->setUniformItemSizes(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_fetch, m_save, m_attach, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (const Core::AttachmentRef *file = current())
            open(file->sha256);
    });
    connect(m_fetch, &QPushButton::clicked, this, [this]() {
        if (const Core::AttachmentRef *file = current())
            fetch(file->sha256);
    });
    connect(m_save, &QPushButton::clicked, this, &AttachmentList::saveCopy);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentList::attach);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentList::updateActions);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AttachmentList::activate);
    if (m_fetcher) {
        connect(m_fetcher, &Sync::AttachmentFetcher::changed, this, [this](const QString &sha) {
            if (std::any_of(m_files.begin(), m_files.end(),
                            [&](const Core::AttachmentRef &f) { return f.sha256 == sha; }))
                refresh();
        });
        connect(m_fetcher, &Sync::AttachmentFetcher::fetched, this, [this](const QString &sha) {
            if (std::any_of(m_files.begin(), m_files.end(),
                            [&](const Core::AttachmentRef &f) { return f.sha256 == sha; }))
                Q_EMIT fileArrived(sha);
        });
    }
    retranslateUi();
    setFiles({});
}

void AttachmentList::setFiles(const QList<Core::AttachmentRef> &files)
{
    if (files != m_files) {
        m_files = files;
        m_message->hide();
    }
    refresh();
}

void AttachmentList::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

const Core::AttachmentRef *AttachmentList::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

bool AttachmentList::isHere(const QString &sha256) const
{
    const auto entry = m_cache->entry(sha256);
    return entry && *entry && (*entry)->complete;
}

QString AttachmentList::stateText(const Core::AttachmentRef &file) const
{
    const QString size = RecordText::dataSize(file.size);
    const auto entry = m_cache->entry(file.sha256);
    if (entry && *entry && (*entry)->uploadPending)
        return tr("%1, waiting to be sent").arg(size);
    const State state = m_fetcher             ? m_fetcher->state(file.sha256)
                        : isHere(file.sha256) ? State::Here
                                              : State::Absent;
    switch (state) {
    case State::Here:
        return tr("%1, on this computer").arg(size);
    case State::Waiting:
        return tr("%1, waiting to be fetched").arg(size);
    case State::Fetching: {
        const qint64 done = m_fetcher->received(file.sha256);
        const int percent = file.size > 0 ? int(done * 100 / file.size) : 0;
        return tr("fetching… %1 % of %2").arg(QLocale().toString(percent), size);
    }
    case State::Failed:
        if (m_fetcher->error(file.sha256).code == Core::ErrorCode::NotFound) {
            return tr("%1, not on the server yet: the computer it was attached on has not sent "
                      "it")
                .arg(size);
        }
        return tr("%1, could not be fetched: %2")
            .arg(size, errorText(m_fetcher->error(file.sha256)));
    case State::Absent:
        break;
    }
    return tr("%1, not fetched yet").arg(size);
}

void AttachmentList::refresh()
{
    // The same files: their rows' texts change in place (progress comes
    // often; the selection and a screen reader's place stay).
    const int row = m_list->currentRow();
    bool rebuilt = m_list->count() != m_files.size();
    for (int i = 0; !rebuilt && i < m_list->count(); ++i)
        rebuilt = m_list->item(i)->data(HashRole).toString() != m_files.at(i).sha256;
    if (rebuilt) {
        m_list->clear();
        const QMimeDatabase mimes;
        for (const Core::AttachmentRef &file : m_files) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(HashRole, file.sha256);
            item->setIcon(QIcon::fromTheme(mimes.mimeTypeForName(file.mediaType).iconName(),
                                           QIcon::fromTheme(u"text-x-generic"_s)));
        }
        if (!m_files.isEmpty())
            m_list->setCurrentRow(std::clamp(row, 0, int(m_files.size()) - 1));
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const QString text = tr("%1 — %2").arg(m_files.at(i).name, stateText(m_files.at(i)));
        if (m_list->item(i)->text() != text)
            m_list->item(i)->setText(text);
    }
    m_list->setVisible(!m_files.isEmpty());
    // As tall as its files, up to four rows (then it scrolls).
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    m_list->setFixedHeight(2 * m_list->frameWidth() +
                           rowHeight * std::clamp(int(m_files.size()), 1, 4) + 2);
    m_attach->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    applyVisibility();
    updateActions();
}

// Shown while it has files or takes them; only once it is in a window (a
// widget without a parent that is shown becomes a window of its own).
void AttachmentList::applyVisibility()
{
    if (parentWidget())
        setVisible(m_editable || !m_files.isEmpty());
}

bool AttachmentList::event(QEvent *event)
{
    if (event->type() == QEvent::ParentChange)
        applyVisibility();
    return QWidget::event(event);
}

void AttachmentList::updateActions()
{
    const Core::AttachmentRef *file = current();
    const bool here = file && isHere(file->sha256);
    m_open->setVisible(!m_files.isEmpty());
    m_save->setVisible(!m_files.isEmpty());
    m_open->setEnabled(here);
    m_save->setEnabled(here);
    const State state = file && m_fetcher ? m_fetcher->state(file->sha256) : State::Here;
    m_fetch->setVisible(!m_files.isEmpty() && m_fetcher);
    m_fetch->setEnabled(file && !here && (state == State::Absent || state == State::Failed));
    m_remove->setEnabled(file != nullptr);
}

void AttachmentList::activate()
{
    if (const Core::AttachmentRef *file = current()) {
        if (isHere(file->sha256))
            open(file->sha256);
        else
            fetch(file->sha256);
    }
}

void AttachmentList::fetch(const QString &sha256)
{
    const auto file = std::find_if(m_files.begin(), m_files.end(),
                                   [&](const auto &f) { return f.sha256 == sha256; });
    if (file == m_files.end() || !m_fetcher || isHere(sha256))
        return;
    m_message->hide();
    m_fetcher->fetch(*file);
}

void AttachmentList::open(const QString &sha256)
{
    const auto file = std::find_if(m_files.begin(), m_files.end(),
                                   [&](const auto &f) { return f.sha256 == sha256; });
    if (file == m_files.end())
        return;
    const Core::Result<QString> path = m_cache->open(sha256);
    if (!path || path->isEmpty()) {
        fetch(sha256);
        return;
    }
    // A copy under the file's own name, so the system knows what opens it.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           u"/leadernet-files/"_s + sha256.left(16);
    const QString copy = folder + u'/' + file->name;
    if (!QFileInfo::exists(copy) && !(QDir().mkpath(folder) && QFile::copy(*path, copy))) {
        say(tr("“%1” could not be opened: the copy to open could not be written in %2.")
                .arg(file->name, QDir::toNativeSeparators(folder)));
        return;
    }
    if (!m_prompter->openWithSystem(copy))
        say(tr("No application on this computer opens “%1”. Save a copy and open it from "
               "there.")
                .arg(file->name));
}

void AttachmentList::saveCopy()
{
    const Core::AttachmentRef *file = current();
    if (!file)
        return;
    const Core::AttachmentRef chosenFile = *file;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + file->name;
    m_prompter->chooseSaveFile(
        this, tr("Save a copy of “%1”").arg(file->name), suggested, QString(),
        [this, chosenFile](const QString &target) {
            if (target.isEmpty())
                return;
            const Core::Result<QString> path = m_cache->open(chosenFile.sha256);
            if (!path || path->isEmpty()) {
                say(tr("“%1” is not on this computer any more; fetch it again.")
                        .arg(chosenFile.name));
                return;
            }
            if (QFile::exists(target))
                QFile::remove(target); // the dialog asked before replacing it
            if (!QFile::copy(*path, target)) {
                say(tr("“%1” could not be saved as %2.")
                        .arg(chosenFile.name, QDir::toNativeSeparators(target)));
                return;
            }
            m_message->hide();
        });
}

void AttachmentList::offerShortcutIn(QWidget *scope)
{
    auto *action = new QAction(scope);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, &AttachmentList::attach);
    scope->addAction(action);
}

void AttachmentList::attach()
{
    if (!m_editable)
        return;
    m_prompter->chooseOpenFile(this, tr("Attach a file"), [this](const QString &path) {
        if (!path.isEmpty())
            attachPath(path);
    });
}

void AttachmentList::attachPath(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (m_files.size() >= Core::MaxAttachments) {
        say(tr("At most %n file(s) can be attached here.", nullptr, Core::MaxAttachments));
        return;
    }
    if (!info.isFile() || !info.isReadable()) {
        say(tr("“%1” cannot be read.").arg(name));
        return;
    }
    const qint64 limit =
        m_fetcher && m_fetcher->serverLimit() > 0
            ? m_fetcher->serverLimit()
            : Sync::Protocol::DefaultMaxAttachmentBytes; // the server has not said yet
    if (info.size() > limit) {
        say(tr("“%1” is %2; the server takes files of up to %3.")
                .arg(name, RecordText::dataSize(info.size()), RecordText::dataSize(limit)));
        return;
    }
    if (name.size() > Core::MaxAttachmentNameLength) {
        say(tr("The name “%1” is too long; rename the file to at most %n character(s).", nullptr,
               Core::MaxAttachmentNameLength)
                .arg(name.left(40) + u'…'));
        return;
    }
    const Core::Result<Core::AttachmentCache::Entry> added =
        m_cache->addLocalFile(path, Core::mediaTypeOfFile(path));
    if (!added) {
        say(tr("“%1” could not be attached: %2").arg(name, errorText(added.error())));
        return;
    }
    if (std::any_of(m_files.begin(), m_files.end(),
                    [&](const auto &f) { return f.sha256 == added->sha256; })) {
        say(tr("“%1” is attached already.").arg(name));
        return;
    }
    m_files << Core::AttachmentRef{added->sha256, name, added->size, added->mediaType};
    m_message->hide();
    refresh();
    m_list->setCurrentRow(int(m_files.size()) - 1);
    Q_EMIT filesChanged(m_files);
}

void AttachmentList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (!m_editable || row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    refresh();
    Q_EMIT filesChanged(m_files);
}

void AttachmentList::say(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void AttachmentList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentList::retranslateUi()
{
    m_heading->setText(tr("Attached files:"));
    m_list->setAccessibleName(tr("Attached files"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the file with this computer's application for it (Return)"));
    m_fetch->setText(tr("Fetch"));
    m_fetch->setToolTip(tr("Bring the file from the server now (Return)"));
    m_save->setText(tr("Save a copy…"));
    m_attach->setText(tr("Attach file…"));
    m_attach->setToolTip(tr("Attach a picture, a document or a recording (Ctrl+Shift+A); it is "
                            "sent with the next sync"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected file from the list (Del)"));
    refresh();
}

} // namespace Ui
