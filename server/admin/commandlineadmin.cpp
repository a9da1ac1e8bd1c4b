// The admin subcommands of CommandLine, each a thin shell around one
// AdminCommands call: open the store, call, print what was done.
#include "commandline.h"

#include "accountservice.h"
#include "admincommands.h"
#include "serverstore.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

namespace Server {

using namespace Qt::StringLiterals;

namespace {

QString labels(const QList<AdminCommands::Member> &members)
{
    QStringList out;
    for (const AdminCommands::Member &m : members)
        out << m.label();
    return out.join(u", "_s);
}

// "2024-05-01T10:00:00.000Z" -> "2024-05-01 10:00 UTC".
QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : iso;
}

} // namespace

int CommandLine::setRole(const QString &nameOrId, const QStringList &roles)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::Member> member =
        AdminCommands(store).setRoles(nameOrId, roles);
    if (!member)
        return failure(u"set-role: %1"_s.arg(member.error().detail));
    QStringList unique = roles;
    unique.removeDuplicates();
    m_out << "Set the roles of " << member->label() << " to " << unique.join(u", "_s) << ".\n";
    m_out.flush();
    return Success;
}

int CommandLine::activate(const QString &nameOrId)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::Activation> done = AdminCommands(store).activate(nameOrId);
    if (!done)
        return failure(u"activate: %1"_s.arg(done.error().detail));
    const QString who = done->member.label();
    m_out << (done->wasActive ? u"%1 was already active.\n"_s : u"Activated %1.\n"_s).arg(who);
    if (!done->hasPassword) {
        m_out << "The account has no password yet: set one with `leadernet-server set-password`, "
                 "or give the member a token from `leadernet-server reset-tokens`.\n";
    }
    m_out.flush();
    return Success;
}

int CommandLine::disable(const QString &nameOrId)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::Activation> done = AdminCommands(store).disable(nameOrId);
    if (!done)
        return failure(u"disable: %1"_s.arg(done.error().detail));
    const QString who = done->member.label();
    m_out << (done->wasActive ? u"Disabled %1: their sign-ins have ended; `leadernet-server "
                                "activate` enables the account again.\n"_s
                              : u"%1 was not active; every sign-in of theirs has ended.\n"_s)
                 .arg(who);
    m_out.flush();
    return Success;
}

int CommandLine::activationTokens()
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<QList<AdminCommands::IssuedToken>> tokens =
        AdminCommands(store).issueActivationTokens();
    if (!tokens)
        return failure(u"activation-tokens: %1"_s.arg(tokens.error().detail));
    if (tokens->isEmpty()) {
        m_out << "No registration is waiting for activation.\n";
        m_out.flush();
        return Success;
    }
    m_out << tokens->size() << " registration(s) wait for activation. A fresh token for each "
          << "(it works once, for " << AccountService::ActivationLifetimeDays
          << " days; earlier ones stay valid):\n\n";
    m_out << "  " << u"username"_s.leftJustified(20) << u"display name"_s.leftJustified(28)
          << u"registered"_s.leftJustified(22) << "token\n";
    for (const AdminCommands::IssuedToken &t : *tokens) {
        m_out << "  " << t.member.username.leftJustified(20) << " "
              << t.member.displayName.leftJustified(27) << " "
              << shortTime(t.since).leftJustified(21) << " " << t.token << "\n";
    }
    m_out << "\nThe member activates with POST /api/v1/auth/activate {\"token\": \"…\"}; or "
             "activate them here with `leadernet-server activate NAME_OR_ID`.\n";
    m_out.flush();
    return Success;
}

int CommandLine::resetTokens(const QString &nameOrId)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::IssuedToken> token =
        AdminCommands(store).issueResetToken(nameOrId);
    if (!token)
        return failure(u"reset-tokens: %1"_s.arg(token.error().detail));
    m_out << "Password reset token for " << token->member.label() << " (it works once, until "
          << shortTime(token->expiresAt) << "):\n\n  " << token->token << "\n\n";
    if (!token->since.isEmpty())
        m_out << "The member asked for a reset at " << shortTime(token->since) << ".\n";
    m_out << "The member sets a new password with POST /api/v1/auth/reset "
             "{\"token\": \"…\", \"new_password\": \"…\"}.\n";
    if (!token->active) {
        m_out << "The account is not active: activate it as well (`leadernet-server activate "
              << nameOrId.trimmed() << "`).\n";
    }
    m_out.flush();
    return Success;
}

int CommandLine::addCourse(const QString &folder)
{
    const Core::Result<CourseFolder::Course> course = CourseFolder::read(folder);
    if (!course)
        return failure(u"add-course: %1"_s.arg(course.error().detail));
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<QString> id = AdminCommands(store).addCourse(*course);
    if (!id)
        return failure(u"add-course: %1"_s.arg(id.error().detail));
    m_out << "Added the course '" << course->title << "' (" << course->modules.size()
          << " modules, " << course->lessonCount() << " lessons, language " << course->language
          << (course->languageGiven ? "" : ", as course.md gives none") << "): " << *id << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::setRubric(const QString &program, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return failure(u"set-rubric: cannot read %1"_s.arg(file));
    const Core::Result<Core::Rubric> rubric = Core::Rubric::parse(in.readAll());
    if (!rubric)
        return failure(u"set-rubric: %1: %2"_s.arg(file, rubric.error().detail));
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<QString> title = AdminCommands(store).setRubric(program, *rubric);
    if (!title)
        return failure(u"set-rubric: %1"_s.arg(title.error().detail));
    m_out << "Set the rubric of '" << *title << "': " << rubric->criteria.size() << " criteria.\n";
    m_out.flush();
    return Success;
}

int CommandLine::addSeminar(const AdminCommands::Seminar &seminar)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<QString> id = AdminCommands(store).addSeminar(seminar);
    if (!id)
        return failure(u"add-seminar: %1"_s.arg(id.error().detail));
    m_out << "Added the seminar '" << seminar.title.trimmed() << "' (" << seminar.startsOn << " to "
          << seminar.endsOn << "): " << *id << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::addProgram(const AdminCommands::Program &program)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<QString> id = AdminCommands(store).addProgram(program);
    if (!id)
        return failure(u"add-program: %1"_s.arg(id.error().detail));
    m_out << "Added the program '" << program.title.trimmed() << "', cohort "
          << program.cohort.trimmed() << " (" << program.startsOn << " to " << program.endsOn
          << "): " << *id << "\n";
    m_out.flush();
    return Success;
}

int CommandLine::addTeam(const AdminCommands::Team &team)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::TeamCreated> created = AdminCommands(store).addTeam(team);
    if (!created)
        return failure(u"add-team: %1"_s.arg(created.error().detail));
    m_out << "Added the team '" << team.name.trimmed() << "' to the program '"
          << created->programTitle << "', with an empty action plan: " << created->teamId
          << "\nAdd its members with `leadernet-server add-to-team " << created->teamId
          << " NAME_OR_ID...`.\n";
    m_out.flush();
    return Success;
}

int CommandLine::addToTeam(const QString &team, const QStringList &members)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<AdminCommands::TeamChange> change =
        AdminCommands(store).addToTeam(team, members);
    if (!change)
        return failure(u"add-to-team: %1"_s.arg(change.error().detail));
    if (!change->added.isEmpty()) {
        m_out << "Added " << labels(change->added) << " to the team '" << change->teamName << "' ("
              << change->teamId << "); it has " << change->size << " members.\n";
    }
    if (!change->already.isEmpty()) {
        m_out << "Already in the team '" << change->teamName << "': " << labels(change->already)
              << ".\n";
    }
    if (change->size > 10)
        m_out << "Note: teams are usually 4 to 10 people.\n";
    m_out.flush();
    return Success;
}

} // namespace Server
