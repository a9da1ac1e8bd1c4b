#include "discussions.h"

#include "attachmentref.h"
#include "desksession.h"
#include "editorsession.h"
#include "entityschema.h"
#include "localstore.h"
#include "teamscope.h"

#include <QJsonArray>

namespace Editing {

using namespace Qt::StringLiterals;

namespace {

FieldErrors postRules(const QJsonObject &fields)
{
    FieldErrors errors;
    Rules::required(errors, fields, u"body"_s);
    Rules::maxLength(errors, fields, u"body"_s, Core::maxLength(Core::Entity::Post, "body"));
    return errors;
}

} // namespace

Discussions::Discussions(Core::LocalStore *store, DeskSession *desk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
{
    connect(m_store, &Core::LocalStore::outboxChanged, this, &Discussions::postsChanged);
    connect(m_desk, &DeskSession::activeAuthorChanged, this, &Discussions::readStateChanged);
}

QHash<QString, int> Discussions::unreadByThread(const QStringList &threads) const
{
    const auto unread = m_store->readState().unreadByThread(m_desk->activeAuthorId(), threads);
    return unread ? *unread : QHash<QString, int>();
}

QHash<QString, int> Discussions::postsByThread(const QStringList &threads) const
{
    const auto posts = m_store->readState().postsByThread(threads);
    return posts ? *posts : QHash<QString, int>();
}

QString Discussions::readerId() const
{
    return m_desk->activeAuthorId();
}

QString Discussions::seenThrough(const QString &threadId) const
{
    const auto seen = m_store->readState().seenThrough(threadId);
    return seen ? *seen : QString();
}

void Discussions::markSeen(const QString &threadId)
{
    if (m_store->readState().markSeen(threadId))
        Q_EMIT threadRead(threadId);
}

QString Discussions::draftKey(const QString &threadId)
{
    return u"post/new/"_s + threadId;
}

bool Discussions::isParticipant(const QString &seminarId) const
{
    const QString me = m_desk->activeAuthorId();
    if (me.isEmpty() || !m_store->isOpen())
        return false;
    const auto seminar = m_store->records().get(Core::Entity::Seminar, seminarId);
    if (seminar && memberIds(seminar->fields.value("facilitators"_L1)).contains(me))
        return true;
    const auto rows = m_store->records().list(Core::Entity::SeminarParticipant, u"member_id", me);
    if (!rows)
        return false;
    for (const Core::Record &p : *rows) {
        if (p.text(u"seminar_id") == seminarId)
            return true;
    }
    return false;
}

Core::Status Discussions::join(const QString &seminarId)
{
    const QString me = m_desk->activeAuthorId();
    if (me.isEmpty())
        return Core::makeError(Core::ErrorCode::Unauthorized, u"nobody is signed in"_s);
    if (isParticipant(seminarId))
        return {};
    Core::Record p;
    p.entity = Core::Entity::SeminarParticipant;
    p.fields = {{u"seminar_id"_s, seminarId},
                {u"member_id"_s, me},
                {u"joined_at"_s, m_store->clock()->nowIso()}};
    const Core::Result<QString> op = m_store->createRecord(p, me);
    return op ? Core::Status() : Core::Status(op.error());
}

EditorSession *Discussions::composer(const QString &threadId, QObject *parent) const
{
    auto *session = new EditorSession(m_store, m_desk, QString(Core::Entity::Post),
                                      draftKey(threadId), {{u"thread_id"_s, threadId}}, parent);
    session->setValidator(postRules);
    return session;
}

Core::Result<QString> Discussions::send(EditorSession *composer) const
{
    const QString threadId = composer->value(u"thread_id"_s).toString();
    if (isThreadClosed(threadId) && !mayModerate(seminarOfThread(threadId))) {
        (void)composer->save(); // the text stays as a draft
        return Core::makeError(Core::ErrorCode::Closed, u"the thread is closed"_s);
    }
    return composer->commit({{u"author_id"_s, m_desk->activeAuthorId()},
                             {u"created_at"_s, m_store->clock()->nowIso()}});
}

QString Discussions::editDraftKey(const QString &postId)
{
    return u"post/edit/"_s + postId;
}

EditorSession *Discussions::postEditor(const QString &postId, QObject *parent) const
{
    const auto post = m_store->records().get(Core::Entity::Post, postId);
    QJsonObject initial{{u"post_id"_s, postId}};
    if (post) {
        initial.insert(u"body"_s, post->fields.value("body"_L1));
        if (const QJsonValue files = post->fields.value(Core::AttachmentsField); files.isArray())
            initial.insert(QString(Core::AttachmentsField), files);
    }
    auto *session = new EditorSession(m_store, m_desk, QString(Core::Entity::Post),
                                      editDraftKey(postId), initial, parent);
    session->setValidator(postRules);
    return session;
}

Core::Status Discussions::saveEdit(EditorSession *editor) const
{
    const QString me = m_desk->activeAuthorId();
    const QString postId = editor->value(u"post_id"_s).toString();
    if (!editor->errors().isEmpty()) {
        (void)editor->save();
        return Core::makeError(Core::ErrorCode::Invalid, u"fields in error"_s);
    }
    const auto post = m_store->records().get(Core::Entity::Post, postId);
    if (!post) {
        (void)editor->save();
        return post.error();
    }
    if (post->text(u"author_id") != me) {
        (void)editor->save();
        return Core::makeError(Core::ErrorCode::Forbidden, u"only its author edits a post"_s);
    }
    const QJsonValue body = editor->value(u"body"_s);
    const QJsonArray files = editor->value(QString(Core::AttachmentsField)).toArray();
    const bool bodyChanged = body != post->fields.value("body"_L1);
    const bool filesChanged = files != post->fields.value(Core::AttachmentsField).toArray();
    if (!bodyChanged && !filesChanged) {
        editor->discardDraft(); // nothing changed
        return {};
    }
    const QString now = m_store->clock()->nowIso();
    QJsonObject patch{{u"edited_at"_s, now}};
    if (bodyChanged) {
        QJsonArray history = post->fields.value("history"_L1).toArray();
        history.append(QJsonObject{{u"body"_s, post->fields.value("body"_L1)}, {u"until"_s, now}});
        while (history.size() > MaxHistory)
            history.removeFirst();
        patch.insert(u"body"_s, body);
        patch.insert(u"history"_s, history);
    }
    if (filesChanged)
        patch.insert(QString(Core::AttachmentsField), files);
    const auto written =
        m_store->updateRecord(Core::Entity::Post, postId, patch, me, editor->draftKey());
    if (!written) {
        (void)editor->save(); // the text stays as a draft
        return written.error();
    }
    editor->discardDraft();
    return {};
}

Core::Status Discussions::deletePost(const QString &postId) const
{
    const QString me = m_desk->activeAuthorId();
    const auto post = m_store->records().get(Core::Entity::Post, postId);
    if (!post)
        return post.error();
    if (post->text(u"author_id") != me)
        return Core::makeError(Core::ErrorCode::Forbidden, u"only its author deletes a post"_s);
    // Never sent: it goes as if it had never been written.
    const auto latest = m_store->outbox().latestForRecord(Core::Entity::Post, postId);
    if (latest && latest->has_value() && (*latest)->kind == Core::OutboxKind::Create &&
        (*latest)->firstSentAt.isEmpty() && !(*latest)->rejected) {
        (void)m_store->drafts().remove(editDraftKey(postId));
        return m_store->discardOperation((*latest)->opId);
    }
    const auto written = m_store->updateRecord(Core::Entity::Post, postId,
                                               {{u"body"_s, QString()},
                                                {u"history"_s, QJsonArray()},
                                                {u"deleted_at"_s, m_store->clock()->nowIso()}},
                                               me, editDraftKey(postId));
    return written ? Core::Status() : Core::Status(written.error());
}

QString Discussions::seminarOfThread(const QString &threadId) const
{
    const auto thread = m_store->records().get(Core::Entity::Thread, threadId);
    return thread ? thread->text(u"seminar_id") : QString();
}

bool Discussions::mayModerate(const QString &seminarId) const
{
    const QString me = m_desk->activeAuthorId();
    if (me.isEmpty() || seminarId.isEmpty() || !m_store->isOpen())
        return false;
    const auto seminar = m_store->records().get(Core::Entity::Seminar, seminarId);
    return seminar && memberIds(seminar->fields.value("facilitators"_L1)).contains(me);
}

bool Discussions::isThreadClosed(const QString &threadId) const
{
    const auto thread = m_store->records().get(Core::Entity::Thread, threadId);
    return thread && !thread->text(u"closed_at").isEmpty();
}

bool Discussions::isThreadPinned(const QString &threadId) const
{
    const auto thread = m_store->records().get(Core::Entity::Thread, threadId);
    return thread && thread->fields.value("pinned"_L1).toInteger() != 0;
}

Core::Status Discussions::moderate(QLatin1StringView entity, const QString &id,
                                   const QString &seminarId, const QJsonObject &fields) const
{
    if (!mayModerate(seminarId))
        return Core::makeError(Core::ErrorCode::Forbidden,
                               u"only the seminar's facilitators moderate it"_s);
    const auto written = m_store->updateRecord(entity, id, fields, m_desk->activeAuthorId());
    return written ? Core::Status() : Core::Status(written.error());
}

Core::Status Discussions::setThreadPinned(const QString &threadId, bool pinned) const
{
    return moderate(Core::Entity::Thread, threadId, seminarOfThread(threadId),
                    {{u"pinned"_s, pinned ? 1 : 0}});
}

Core::Status Discussions::setThreadClosed(const QString &threadId, bool closed) const
{
    const QString me = m_desk->activeAuthorId();
    return moderate(Core::Entity::Thread, threadId, seminarOfThread(threadId),
                    {{u"closed_at"_s, closed ? m_store->clock()->nowIso() : QString()},
                     {u"closed_by"_s, closed ? me : QString()}});
}

Core::Status Discussions::setPostHidden(const QString &postId, bool hidden) const
{
    const auto post = m_store->records().get(Core::Entity::Post, postId);
    if (!post)
        return post.error();
    const QString me = m_desk->activeAuthorId();
    return moderate(Core::Entity::Post, postId, seminarOfThread(post->text(u"thread_id")),
                    {{u"hidden_at"_s, hidden ? m_store->clock()->nowIso() : QString()},
                     {u"hidden_by"_s, hidden ? me : QString()}});
}

Core::Status Discussions::deleteThread(const QString &threadId) const
{
    const QString me = m_desk->activeAuthorId();
    if (!mayModerate(seminarOfThread(threadId)))
        return Core::makeError(Core::ErrorCode::Forbidden,
                               u"only the seminar's facilitators delete a thread"_s);
    const auto written = m_store->deleteRecord(Core::Entity::Thread, threadId, me);
    return written ? Core::Status() : Core::Status(written.error());
}

EditorSession *Discussions::threadComposer(const QString &seminarId, QObject *parent) const
{
    auto *session =
        new EditorSession(m_store, m_desk, QString(Core::Entity::Thread),
                          u"thread/new/"_s + seminarId, {{u"seminar_id"_s, seminarId}}, parent);
    session->setValidator([](const QJsonObject &fields) {
        FieldErrors errors;
        Rules::required(errors, fields, u"title"_s);
        Rules::maxLength(errors, fields, u"title"_s,
                         Core::maxLength(Core::Entity::Thread, "title"));
        Rules::required(errors, fields, u"body"_s);
        Rules::maxLength(errors, fields, u"body"_s, Core::maxLength(Core::Entity::Post, "body"));
        return errors;
    });
    return session;
}

Core::Result<QString> Discussions::startThread(EditorSession *composer) const
{
    const QString me = m_desk->activeAuthorId();
    if (me.isEmpty())
        return Core::makeError(Core::ErrorCode::Unauthorized, u"nobody is signed in"_s);
    if (!composer->errors().isEmpty()) {
        (void)composer->save();
        return Core::makeError(Core::ErrorCode::Invalid, u"fields in error"_s);
    }
    const QString now = m_store->clock()->nowIso();
    Core::Record thread;
    thread.entity = Core::Entity::Thread;
    thread.id = Core::newRecordId();
    thread.fields = {{u"seminar_id"_s, composer->value(u"seminar_id"_s)},
                     {u"title"_s, composer->value(u"title"_s).toString().trimmed()},
                     {u"author_id"_s, me},
                     {u"created_at"_s, now}};
    Core::Record post;
    post.entity = Core::Entity::Post;
    post.fields = {{u"thread_id"_s, thread.id},
                   {u"author_id"_s, me},
                   {u"body"_s, composer->value(u"body"_s)},
                   {u"created_at"_s, now}};
    // The files attached to the first post.
    if (const QJsonValue files = composer->value(QString(Core::AttachmentsField));
        files.isArray() && !files.toArray().isEmpty())
        post.fields.insert(QString(Core::AttachmentsField), files);
    const auto written = m_store->createRecords({thread, post}, me, composer->draftKey());
    if (!written) {
        (void)composer->save(); // the text stays as a draft
        return written.error();
    }
    composer->discardDraft(); // sent: nothing left to keep
    return thread.id;
}

QList<Core::OutboxEntry> Discussions::refusedPosts(const QString &threadId) const
{
    QList<Core::OutboxEntry> out;
    const auto rejected = m_store->outbox().rejected();
    if (!rejected)
        return out;
    for (const Core::OutboxEntry &e : *rejected) {
        if (e.entity == Core::Entity::Post && e.kind == Core::OutboxKind::Create &&
            e.fields.value("thread_id"_L1).toString() == threadId)
            out << e;
    }
    return out;
}

Core::Result<QString> Discussions::takeBack(const QString &opId)
{
    const auto found = m_store->outbox().byOpId(opId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Core::makeError(Core::ErrorCode::NotFound, u"no such change"_s);
    const Core::OutboxEntry entry = found->first();
    const QString threadId = entry.fields.value("thread_id"_L1).toString();
    // The draft first: whatever happens next, the text is kept.
    QJsonObject draft{{u"thread_id"_s, threadId}, {u"body"_s, entry.fields.value("body"_L1)}};
    const QString parent = entry.fields.value("parent_id"_L1).toString();
    if (!parent.isEmpty())
        draft.insert(u"parent_id"_s, parent);
    if (Core::Status s = m_store->drafts().put(
            {draftKey(threadId), draft, entry.authorId, m_store->clock()->nowIso()});
        !s) {
        return s.error();
    }
    if (Core::Status s = m_store->discardOperation(opId); !s)
        return s.error();
    return entry.fields.value("body"_L1).toString();
}

} // namespace Editing
