#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class QTimer;

namespace Core {
class LocalStore;
struct Record;
} // namespace Core

namespace Ui {

// The members in the replica, one row each: exactly the member records the
// server sent this person (which ones is the server's scoping), shown by
// name. Rows hold the outline a list and its search need (name, user name,
// country, organisation, position, languages), never the bio: the profile
// is read when it is shown.
//
// A first read is one query of those short fields (as MemberDirectory's);
// changed members are read a batch per turn of the event loop, so a sync
// bringing thousands never stalls the window, and update their rows (rows
// inserted, changed, removed; no reset), so selection and scroll stay.
//
// Thread: the GUI thread. The store is not owned.
class MemberModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberModel)

public:
    enum Role {
        // Everything the search box matches, folded (see fold()): name, user
        // name, country, organisation, and each language by its code, its
        // name as shown, in the UI's language and in English.
        SearchTextRole = Qt::UserRole + 100,
        UsernameRole,
        CountryRole,
        OrganisationRole,
        PositionRole,
        LanguagesRole, // codes (QStringList)
    };

    explicit MemberModel(Core::LocalStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexForId(const QString &memberId) const;
    void reload();
    // Language names follow the UI language: the search text is remade.
    void retranslate();

    // Lower case without accents, so "traore" finds "Traoré".
    static QString fold(const QString &text);
    // The name of one of the app's six languages in the UI's language
    // ("Francés" in Spanish); empty for any other language.
    static QString uiLanguageName(const QString &code);

Q_SIGNALS:
    // These members' records changed (also removed), after their rows did.
    void membersChanged(const QSet<QString> &memberIds);

private:
    struct Row {
        QString id;
        QString name; // the display name, else the user name
        QString username;
        QString country;
        QString organisation;
        QString position;
        QStringList languages;
        QString searchText;
    };

    static Row rowOf(const Core::Record &record);
    static QString searchTextOf(const Row &row);
    void update(const QSet<QString> &ids);
    void readPending();
    void readBatch(const QStringList &ids);
    void reindex();

    // About 10 ms of the window's thread a turn (500 made the longest pause
    // of a first fill, 20 ms of reading and inserting rows).
    static constexpr int Batch = 200;

    Core::LocalStore *m_store;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QStringList m_pending;   // changed members still to read
    QSet<QString> m_changed; // read, not yet announced
    QTimer *m_pendingTimer;
};

} // namespace Ui
