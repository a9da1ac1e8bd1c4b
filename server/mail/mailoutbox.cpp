#include "mailoutbox.h"

#include <QSqlQuery>

#include <algorithm>

namespace Server {

using namespace Qt::StringLiterals;

MailOutbox::MailOutbox(StoreWriter &transaction)
    : m_tx(transaction)
{}

Core::Status MailOutbox::queueMail(const OutboxMail &mail)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const auto q = m_tx.run(u"INSERT INTO mail_outbox (id, member_id, purpose, recipient, subject, "
                            "body, created_at, expires_at, attempts, next_attempt_at, last_error) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '')"_s,
                            {mail.message.id, mail.memberId, mail.purpose, mail.message.recipient,
                             mail.message.subject, mail.message.body, mail.message.createdAt,
                             mail.expiresAt, mail.message.createdAt});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QList<OutboxMail>>
MailOutbox::claimDueMails(const QString &now, const QString &claimedUntil, int limit, int *expired)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    {
        const auto gone = m_tx.run(u"DELETE FROM mail_outbox WHERE expires_at <= ?"_s, {now});
        if (!gone)
            return gone.error();
        if (expired)
            *expired = std::max(0, (*gone)->numRowsAffected());
    }
    QList<OutboxMail> due;
    {
        const auto q =
            m_tx.run(u"SELECT id, member_id, purpose, recipient, subject, body, created_at, "
                     "expires_at, attempts FROM mail_outbox WHERE next_attempt_at <= ? "
                     "ORDER BY next_attempt_at, created_at, id LIMIT ?"_s,
                     {now, limit});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            OutboxMail mail;
            mail.message.id = (*q)->value(0).toString();
            mail.memberId = (*q)->value(1).toString();
            mail.purpose = (*q)->value(2).toString();
            mail.message.recipient = (*q)->value(3).toString();
            mail.message.subject = (*q)->value(4).toString();
            mail.message.body = (*q)->value(5).toString();
            mail.message.createdAt = (*q)->value(6).toString();
            mail.expiresAt = (*q)->value(7).toString();
            mail.attempts = (*q)->value(8).toInt();
            due << mail;
        }
    }
    for (const OutboxMail &mail : std::as_const(due)) {
        if (const auto q = m_tx.run(u"UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?"_s,
                                    {claimedUntil, mail.message.id});
            !q) {
            return q.error();
        }
    }
    return due;
}

Core::Status MailOutbox::removeMail(const QString &id)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const auto q = m_tx.run(u"DELETE FROM mail_outbox WHERE id = ?"_s, {id});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Status MailOutbox::retryMailAt(const QString &id, int attempts, const QString &nextAttemptAt,
                                     const QString &lastError)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const auto q = m_tx.run(u"UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, "
                            "last_error = ? WHERE id = ?"_s,
                            {attempts, nextAttemptAt, lastError, id});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QString> MailOutbox::nextMailDue()
{
    const auto q = m_tx.run(u"SELECT min(next_attempt_at) FROM mail_outbox"_s);
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString() : QString();
}

Core::Status MailOutbox::removeMailsOf(const QString &memberId, const QString &purpose)
{
    const auto q = m_tx.run(u"DELETE FROM mail_outbox WHERE member_id = ? AND purpose = ?"_s,
                            {memberId, purpose});
    return q ? Core::Status() : Core::Status(q.error());
}

} // namespace Server
