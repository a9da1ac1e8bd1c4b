#pragma once

#include "mailmessage.h"
#include "result.h"
#include "storewriter.h"

#include <QList>
#include <QString>

namespace Server {

// A mail in the outbox, with what the sender needs to retry it.
struct OutboxMail {
    MailMessage message;
    QString memberId;
    QString purpose;   // "activation" or "reset"
    QString expiresAt; // ISO 8601 UTC, when its token expires: not sent after that
    int attempts = 0;  // failed attempts so far
};

// The outbox of mails that carry one-time tokens (serve --smtp), in a
// StoreWriter's transaction. A mail is queued in the transaction that issues
// its token, and its row is the only place that token is kept in plain
// text: the row goes once the mail is sent, when the token expires, or when
// a token of that kind of the member is used.
class MailOutbox final
{
public:
    explicit MailOutbox(StoreWriter &transaction);

    // Queues `mail`, due at once.
    Core::Status queueMail(const OutboxMail &mail);
    // Removes the mails whose token expired by `now` (their number goes to
    // `expired`), then claims at most `limit` mails due by `now`, oldest
    // first: none is due again before `claimedUntil`, so that another sender
    // on the same store (PostgreSQL) leaves them alone while this one works.
    Core::Result<QList<OutboxMail>> claimDueMails(const QString &now, const QString &claimedUntil,
                                                  int limit, int *expired);
    // A mail sent: its row, and the token in it, go.
    Core::Status removeMail(const QString &id);
    // A failed attempt: the mail is due again at `nextAttemptAt`. `lastError`
    // is kept for people who look at the table.
    Core::Status retryMailAt(const QString &id, int attempts, const QString &nextAttemptAt,
                             const QString &lastError);
    // When the next mail is due (its next attempt); empty when none waits.
    Core::Result<QString> nextMailDue();
    // The member's queued mails of `purpose`: their token was just used up.
    Core::Status removeMailsOf(const QString &memberId, const QString &purpose);

private:
    StoreWriter &m_tx;
};

} // namespace Server
