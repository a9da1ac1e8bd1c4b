#include "mailsender.h"

#include "mailoutbox.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerMail, "leadernet.server.mail")

namespace Server {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

QString isoIn(milliseconds delay)
{
    return QDateTime::currentDateTimeUtc().addMSecs(delay.count()).toString(Qt::ISODateWithMs);
}

double seconds(milliseconds delay)
{
    return double(delay.count()) / 1000.0;
}

} // namespace

MailSender::MailSender(ServerStore &store, SmtpSettings smtp, QString from)
    : MailSender(store, std::move(smtp), std::move(from), Options{})
{}

MailSender::MailSender(ServerStore &store, SmtpSettings smtp, QString from, Options options)
    : m_store(store)
    , m_smtp(std::move(smtp))
    , m_from(std::move(from))
    , m_options(options)
{}

MailSender::~MailSender()
{
    stop();
}

void MailSender::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void MailSender::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MailSender::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeUp.notify_all();
}

milliseconds MailSender::retryDelay(int failures, const Options &options)
{
    milliseconds delay = options.firstRetry;
    for (int i = 1; i < failures && delay < options.maxRetry; ++i)
        delay *= 2;
    return std::min(delay, options.maxRetry);
}

void MailSender::run()
{
    qCInfo(lcServerMail).noquote() << u"delivering mail through %1"_s.arg(m_smtp.redacted());
    while (!m_stopping) {
        deliverDue();
        const milliseconds wait = untilNextDue();
        std::unique_lock lock(m_mutex);
        m_wakeUp.wait_for(lock, wait, [this] { return m_woken || m_stopping.load(); });
        m_woken = false;
    }
}

milliseconds MailSender::untilNextDue()
{
    const Core::Result<std::unique_ptr<StoreWriter>> reader = m_store.reader();
    const Core::Result<QString> next =
        reader ? MailOutbox(**reader).nextMailDue() : Core::Result<QString>(reader.error());
    if (!next) {
        qCWarning(lcServerMail) << "cannot read the mail outbox:" << next.error().detail;
        return std::min(m_options.firstRetry, m_options.pollInterval);
    }
    if (next->isEmpty())
        return m_options.pollInterval;
    const QDateTime due = QDateTime::fromString(*next, Qt::ISODateWithMs);
    if (!due.isValid())
        return m_options.pollInterval;
    // Not below a few milliseconds: a mail due now that could not be claimed
    // must not make this a busy loop.
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(due);
    return std::clamp(milliseconds(ms), milliseconds(10), m_options.pollInterval);
}

void MailSender::deliverDue()
{
    while (!m_stopping) {
        int expired = 0;
        QList<OutboxMail> due;
        {
            Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
            if (!writer) {
                qCWarning(lcServerMail) << "cannot open the mail outbox:" << writer.error().detail;
                return;
            }
            Core::Result<QList<OutboxMail>> claimed = MailOutbox(**writer).claimDueMails(
                isoIn(milliseconds(0)), isoIn(m_options.claim), m_options.batchSize, &expired);
            if (!claimed) {
                qCWarning(lcServerMail) << "cannot read the mail outbox:" << claimed.error().detail;
                return;
            }
            if (Core::Status s = (*writer)->commit(); !s) {
                qCWarning(lcServerMail) << "cannot claim mail:" << s.error().detail;
                return;
            }
            due = std::move(claimed).value();
        }
        if (expired > 0) {
            qCWarning(lcServerMail)
                << expired << "mail(s) dropped unsent: their tokens have expired";
        }
        if (due.isEmpty())
            return;

        SmtpClient client(m_smtp, m_options.timeouts, &m_stopping);
        std::optional<Core::Error> sessionError; // the server cannot be reached this round
        for (const OutboxMail &mail : std::as_const(due)) {
            const QString what = u"the %1 mail of member %2"_s.arg(mail.purpose, mail.memberId);
            Core::Status sent;
            if (!m_stopping && !sessionError && !client.isOpen()) {
                if (Core::Status s = client.open(); !s)
                    sessionError = s.error();
            }
            if (m_stopping)
                sent = Core::makeError(Core::ErrorCode::Cancelled, u"the server stopped"_s);
            else if (sessionError)
                sent = *sessionError;
            else
                sent = client.send(m_from, mail.message.recipient, mail.message.encode(m_from));
            // A session that broke (a timeout, a dropped connection) is not
            // opened again this round: the rest of the batch is put off with
            // it, so that a stalled server cannot hold the batch past its claim.
            if (!sent && !sessionError && !client.isOpen())
                sessionError = sent.error();

            Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
            if (!writer) {
                qCWarning(lcServerMail).noquote()
                    << u"cannot record the outcome of %1: %2"_s.arg(what, writer.error().detail);
                continue;
            }
            Core::Status recorded;
            if (sent) {
                recorded = MailOutbox(**writer).removeMail(mail.message.id);
                qCInfo(lcServerMail).noquote() << u"sent %1"_s.arg(what);
            } else if (sent.error().code == Core::ErrorCode::NotFound) {
                // The mail server refuses this address for good: sending again
                // would not help. An admin can still hand a token out.
                recorded = MailOutbox(**writer).removeMail(mail.message.id);
                qCWarning(lcServerMail).noquote()
                    << u"%1 is dropped: the mail server refuses its address (%2); an admin can "
                       "issue a token with activation-tokens or reset-tokens"_s.arg(
                           what, sent.error().detail);
            } else if (sent.error().code == Core::ErrorCode::Cancelled) {
                // Not a failure of the mail: due again at once, for the next run.
                recorded = MailOutbox(**writer).retryMailAt(
                    mail.message.id, mail.attempts, isoIn({}), u"not sent: the server stopped"_s);
            } else {
                const int failures = mail.attempts + 1;
                const milliseconds delay = retryDelay(failures, m_options);
                recorded = MailOutbox(**writer).retryMailAt(mail.message.id, failures, isoIn(delay),
                                                            sent.error().detail);
                qCWarning(lcServerMail).noquote()
                    << u"%1 was not sent (attempt %2); next attempt in %3 s: %4"_s.arg(what)
                           .arg(failures)
                           .arg(seconds(delay))
                           .arg(sent.error().detail);
            }
            if (recorded)
                recorded = (*writer)->commit();
            if (!recorded) {
                qCWarning(lcServerMail).noquote()
                    << u"cannot record the outcome of %1: %2"_s.arg(what, recorded.error().detail);
            }
        }
        client.close();
    }
}

} // namespace Server
