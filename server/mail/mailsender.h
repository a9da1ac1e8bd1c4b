#pragma once

#include "smtpclient.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Server {

class ServerStore;

// Delivers the mails of the store's outbox (table mail_outbox, filled by
// AccountService in the transactions that issue tokens) through an SMTP
// server, on a thread of its own, so that no request ever waits for mail.
// Each round claims the mails that are due (MailOutbox::claimDueMails: a
// second server on the same PostgreSQL database leaves them alone meanwhile),
// hands them over in one SMTP session, removes each one sent, and puts each
// failure off by a delay that doubles from `firstRetry` up to `maxRetry`. A
// mail whose token expired, or whose address the SMTP server refuses for good
// (5xx to RCPT TO), is dropped unsent; nothing else ever drops one. It
// sleeps until the next mail is due, wake() is called (a mail was queued),
// or `pollInterval` passed (mail queued by another server process).
//
// Logs each delivery and each failure by member id and purpose, with the
// SMTP server's answer; never the recipient's address, the token or the
// password. Borrows the store, which must outlive it. start() and stop() from
// the owner's thread; wake() from any thread.
class MailSender final
{
public:
    struct Options {
        std::chrono::milliseconds firstRetry{std::chrono::seconds(30)};
        std::chrono::milliseconds maxRetry{std::chrono::hours(1)};
        std::chrono::milliseconds pollInterval{std::chrono::minutes(1)};
        // How long a claimed mail is left to this sender before any sender
        // may take it again (should this one die while sending it).
        std::chrono::milliseconds claim{std::chrono::minutes(15)};
        int batchSize = 20;
        SmtpClient::Timeouts timeouts;
    };

    // `from` is the address the mails come from (checked by MailAddress::check).
    MailSender(ServerStore &store, SmtpSettings smtp, QString from, Options options);
    MailSender(ServerStore &store, SmtpSettings smtp, QString from);
    ~MailSender(); // stop()
    Q_DISABLE_COPY_MOVE(MailSender)

    void start();
    // Ends the thread: a session in progress is cut off within a fraction of a
    // second (its mails are due again once their claim ends).
    void stop();
    // A mail was queued: deliver now rather than at the next poll.
    void wake();

    // The delay before the next attempt after `failures` failed ones.
    static std::chrono::milliseconds retryDelay(int failures, const Options &options);

private:
    void run();
    // Claims and sends due mails until none is due.
    void deliverDue();
    // How long to sleep before the next round.
    std::chrono::milliseconds untilNextDue();

    ServerStore &m_store;
    SmtpSettings m_smtp;
    QString m_from;
    Options m_options;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_woken = false; // guarded by m_mutex
    std::atomic<bool> m_stopping{false};
};

} // namespace Server
