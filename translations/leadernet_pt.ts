<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>Synchronises a LeaderNet replica without a window.

Commands:
  login MEMBER   sign in (password on standard input)
  sync [MEMBER]  send and receive changes (with MEMBER: password on standard input)
  status         pending operations, last sync, cursor
  logout         forget the signed-in member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, sync, status or logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
You are enrolled in this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RecordText</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of time, from a start date to an end date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A search result: the lesson or post title, then the matching text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A search result: kind (Lesson or Post), title, matching text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing… %n change(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, reviews or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
