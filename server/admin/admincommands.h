#pragma once

#include "coursefolder.h"
#include "record.h"
#include "result.h"
#include "rubric.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Server {

class ServerStore;
class StoreWriter;

// What the admin subcommands of leadernet-server do to the community: roles,
// activation, one-time tokens, courses, seminars, programs and teams. Each
// call is one write transaction (all or nothing), and records are written
// with StoreWriter::putRecord, so clients receive them on their next sync
// (a member added to a team also receives the team's older records: the
// pull's backfill). Members are named by user name or member id.
// Errors are values with a sentence for the admin: NotFound for a member,
// program or team that cannot be found, Invalid for input that does not fit.
// Runs on the calling thread; borrows the store, which must be open.
class AdminCommands final
{
public:
    explicit AdminCommands(ServerStore &store);
    Q_DISABLE_COPY_MOVE(AdminCommands)

    struct Member {
        QString id;
        QString username; // empty for a member without an account
        QString displayName;

        QString label() const; // "username (Display Name)"
    };

    // Input checks, also run by each command; the command line runs them
    // first to answer with a usage error.
    static Core::Status checkRoles(const QStringList &roles); // member, facilitator, admin
    static Core::Status checkLanguage(const QString &language, const QString &option);
    static Core::Status checkTitle(const QString &title, const QString &option);
    static Core::Status checkKind(const QString &kind);
    // YYYY-MM-DD, and `ends` not before `starts`.
    static Core::Status checkDates(const QString &starts, const QString &ends);

    // Replaces the member's roles.
    Core::Result<Member> setRoles(const QString &nameOrId, const QStringList &roles);

    struct Activation {
        Member member;
        bool wasActive = false;
        bool hasPassword = true;
    };
    Core::Result<Activation> activate(const QString &nameOrId);
    // Disables the account: it cannot sign in, and its sign-ins end at once
    // (what its computers have not sent waits there). activate() undoes it.
    // The result's wasActive says whether it was enabled before.
    Core::Result<Activation> disable(const QString &nameOrId);

    struct IssuedToken {
        Member member;
        QString token;
        QString expiresAt;
        QString since; // registered at (activation), or when a reset was asked for (if it was)
        bool active = true;
    };
    // A fresh activation token for every registration waiting for activation.
    Core::Result<QList<IssuedToken>> issueActivationTokens();
    // A fresh password reset token for the member's account.
    Core::Result<IssuedToken> issueResetToken(const QString &nameOrId);

    // The course, its modules and its lessons; returns the course id.
    Core::Result<QString> addCourse(const CourseFolder::Course &course);

    struct Seminar {
        QString title;
        QString language;
        QString startsOn;
        QString endsOn;
        QString description;
        QStringList facilitators; // members with the facilitator or admin role
    };
    Core::Result<QString> addSeminar(const Seminar &seminar);

    struct Program {
        QString title;
        QString kind; // e.g. leadership_development
        QString cohort;
        QString language;
        QString startsOn;
        QString endsOn;
        QStringList facilitators;
    };
    Core::Result<QString> addProgram(const Program &program);

    struct Team {
        QString program; // id or title
        QString name;    // unique within the program
        QString organisation;
        QString country;
        QString coach; // a member, optional
    };
    struct TeamCreated {
        QString teamId;
        QString planId; // the team's (empty) action plan, made with it
        QString programTitle;
    };
    Core::Result<TeamCreated> addTeam(const Team &team);

    struct TeamChange {
        QString teamId;
        QString teamName;
        QList<Member> added;
        QList<Member> already; // were in the team before
        qsizetype size = 0;    // members after the change
    };
    // Replaces the review rubric of `program` (an id or a title); returns
    // the program's title.
    Core::Result<QString> setRubric(const QString &program, const Core::Rubric &rubric);

    // `team`: an id or a name (unique across programs, else give the id).
    Core::Result<TeamChange> addToTeam(const QString &team, const QStringList &members);

private:
    Core::Result<Activation> setActive(const QString &nameOrId, bool active);
    // A new seminar or program of `fields`, with the facilitators named.
    Core::Result<QString> addFacilitated(QLatin1StringView entity, QJsonObject fields,
                                         const QStringList &facilitatorNames);

    ServerStore &m_store;
};

} // namespace Server
