#include "outboxmarks.h"

#include "localstore.h"
#include "uilogging.h"

#include <QApplication>
#include <QStyle>

namespace Ui {

using namespace Qt::StringLiterals;

OutboxMarks::OutboxMarks(Core::LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &Core::LocalStore::outboxChanged, this, &OutboxMarks::reload);
    reload();
}

void OutboxMarks::reload()
{
    QHash<QString, Mark> marks;
    if (m_store->isOpen()) {
        const auto keys = m_store->outbox().recordKeys();
        const auto refused = m_store->outbox().rejected();
        if (!keys || !refused) {
            qCWarning(lcUi) << "cannot read the outbox:"
                            << (keys ? refused.error().detail : keys.error().detail);
        } else {
            for (const QString &key : *keys)
                marks.insert(key, Mark::Waiting);
            for (const Core::OutboxEntry &e : *refused)
                marks.insert(Core::OutboxRepository::recordKey(e.entity, e.recordId),
                             Mark::Refused);
        }
    }
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    Q_EMIT changed();
}

OutboxMarks::Mark OutboxMarks::mark(QAnyStringView entity, QStringView recordId) const
{
    if (m_marks.isEmpty())
        return Mark::None;
    return m_marks.value(Core::OutboxRepository::recordKey(entity.toString(), recordId),
                         Mark::None);
}

QHash<QString, OutboxMarks::Mark> OutboxMarks::marksOf(QAnyStringView entity) const
{
    QHash<QString, Mark> found;
    const QString prefix = Core::OutboxRepository::recordKey(entity.toString(), {});
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (it.key().startsWith(prefix))
            found.insert(it.key().mid(prefix.size()), it.value());
    }
    return found;
}

QString OutboxMarks::text(Mark mark)
{
    switch (mark) {
    case Mark::Waiting:
        //: A local change to this item has not reached the server yet.
        return tr("Waiting to be sent");
    case Mark::Refused:
        //: The server refused a change to this item; the Sync page lists it.
        return tr("Refused by the server — see Sync");
    case Mark::None:
        break;
    }
    return {};
}

QString OutboxMarks::describe(const QString &text, Mark mark)
{
    if (mark == Mark::None)
        return text;
    //: An item, then what is pending about it: "Train storekeepers — Waiting to be sent".
    return tr("%1 — %2").arg(text, OutboxMarks::text(mark));
}

QIcon OutboxMarks::icon(Mark mark, const QStyle *style)
{
    if (!style)
        style = QApplication::style();
    switch (mark) {
    case Mark::Waiting:
        return QIcon::fromTheme(u"document-send"_s, style->standardIcon(QStyle::SP_ArrowUp));
    case Mark::Refused:
        return QIcon::fromTheme(u"dialog-warning"_s,
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case Mark::None:
        break;
    }
    return {};
}

} // namespace Ui
