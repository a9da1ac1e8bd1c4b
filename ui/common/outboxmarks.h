#pragma once

#include <QAnyStringView>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>

class QStyle;

namespace Core {
class LocalStore;
}

namespace Ui {

// Which records hold local changes that have not reached the server yet:
// waiting to be sent, or refused by the server (kept until the user sends
// them again or discards them on the Sync page). Lists and tables use it to
// mark such records. Reloads on LocalStore::outboxChanged and then emits
// changed().
//
// Thread: the GUI thread. The store is not owned.
class OutboxMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxMarks)

public:
    // Ordered: a record with both kinds of change shows the stronger one.
    enum class Mark { None, Waiting, Refused };
    Q_ENUM(Mark)

    explicit OutboxMarks(Core::LocalStore *store, QObject *parent = nullptr);

    Mark mark(QAnyStringView entity, QStringView recordId) const;
    // The ids of the records of `entity` with a mark.
    QHash<QString, Mark> marksOf(QAnyStringView entity) const;
    bool isEmpty() const { return m_marks.isEmpty(); }
    void reload();

    // "Waiting to be sent", "Refused by the server — see Sync"; empty for None.
    static QString text(Mark mark);
    static QIcon icon(Mark mark, const QStyle *style = nullptr);
    // `text` followed by the mark's text, for tooltips and screen readers.
    static QString describe(const QString &text, Mark mark);

Q_SIGNALS:
    void changed();

private:
    Core::LocalStore *m_store;
    QHash<QString, Mark> m_marks; // by OutboxRepository::recordKey
};

} // namespace Ui
