<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>The profile folder.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>The server address.</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>the server did not accept the credentials</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>the server cannot be reached (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>this client and the server speak different protocol versions</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>the replica was written by a newer LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync: cannot open the replica: %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>usage: leadernet-sync login MEMBER (password on standard input)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync: unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync: sign-in failed: %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n change received</numerusform>
            <numerusform>%n changes received</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync: sync failed: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Synchronises a LeaderNet replica without a window.

Commands:
  login MEMBER          sign in (password on standard input)
  sync [MEMBER]         send, then receive changes (with MEMBER: password on
                        standard input)
  verify [MEMBER]       compare the replica with the server (exit 4 when they differ)
  status                pending and refused changes, conflicts, last sync, cursor
  add-author MEMBER     sign in another member at this computer (password on
                        standard input); their changes go with their own sign-in
  remove-author MEMBER  sign that member out of this computer
  logout                forget the signed-in member</source>
        <translation>Synchronises a LeaderNet replica without a window.

Commands:
  login MEMBER          sign in (password on standard input)
  sync [MEMBER]         send, then receive changes (with MEMBER: password on
                        standard input)
  verify [MEMBER]       compare the replica with the server (exit 4 when they differ)
  status                pending and refused changes, conflicts, last sync, cursor
  add-author MEMBER     sign in another member at this computer (password on
                        standard input); their changes go with their own sign-in
  remove-author MEMBER  sign that member out of this computer
  logout                forget the signed-in member</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login, sync, verify, status, add-author, remove-author or logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>usage: leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync: %1; trying again in %n second</numerusform>
            <numerusform>leadernet-sync: %1; trying again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n change conflicted with others and is kept as a conflict to resolve</numerusform>
            <numerusform>%n changes conflicted with others and are kept as conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>%n change refused by the server; it stays on this computer (see &apos;status&apos;)</numerusform>
            <numerusform>%n changes refused by the server; they stay on this computer (see &apos;status&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>Changes of %n other member wait until they sign in on this computer.</numerusform>
            <numerusform>Changes of %n other members wait until they sign in on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>%1 is no longer signed in on this computer.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync: %1 is not signed in on this computer</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>The replica matches the server.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync: cannot verify: %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>The replica differs from the server in %n scope.</numerusform>
            <numerusform>The replica differs from the server in %n scopes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>%n local change is not sent yet; run &apos;sync&apos; first.</numerusform>
            <numerusform>%n local changes are not sent yet; run &apos;sync&apos; first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Unknown member</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Change activity</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Move activity</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Restore activity</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>Correct result</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Enter result</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Remove result</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Timeline (%1 of %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Submitted on %1 by %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>Review by %1, not saved yet</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Reviewed on %1 by %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>The plan as submitted</source>
        <translation>The plan as submitted</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Activities (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Profile and account</source>
        <translation>Profile and account</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Languages you work in</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>About &amp;you:</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>Saved on this computer. It goes to the server with the next sync.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>Your profile arrives with the first sync; you can edit it then.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>Sign out on &amp;other computers</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>&amp;Sign out on this computer…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>Your other computers are signed out. They will ask for your password at their next sync.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Waiting for the server</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>Use at least %n characters. A few words you can remember make a strong password.</numerusform>
            <numerusform>Use at least %n characters. A few words you can remember make a strong password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>Weak: easy to guess. Add words, or mix letters, digits and signs.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Fair. A longer password would be stronger.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Choose a user name.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Enter an e-mail address such as name@example.org, or leave it empty.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>Shorten this to %n characters or fewer.</numerusform>
            <numerusform>Shorten this to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>This code is unknown, already used or expired. Ask for a new one.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>Enter your name as others should see it.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>Choose at most %n languages.</numerusform>
            <numerusform>Choose at most %n languages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>The server did not take this: it is too long or not valid.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>Paste the activation code you received.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>Activate your account</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>Enter the activation code you received by e-mail or from the community&apos;s administrators.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>Activation &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation>%1
Resources: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>%1 is no longer in the team: choose who is responsible now.</source>
        <translation>%1 is no longer in the team: choose who is responsible now.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1, no longer in the team</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
</context>
<context>
    <name>Ui::AttachmentList</name>
    <message>
        <source>%1, waiting to be sent</source>
        <translation>%1, waiting to be sent</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, on this computer</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1, waiting to be fetched</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>fetching… %1 % of %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1, could not be fetched: %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1, not fetched yet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>“%1” could not be opened: the copy to open could not be written in %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>No application on this computer opens “%1”. Save a copy and open it from there.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Save a copy of “%1”</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>“%1” is not on this computer any more; fetch it again.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>“%1” could not be saved as %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>At most %n file can be attached here.</numerusform>
            <numerusform>At most %n files can be attached here.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>“%1” is %2; the server takes files of up to %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>The name “%1” is too long; rename the file to at most %n character.</numerusform>
            <numerusform>The name “%1” is too long; rename the file to at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>“%1” could not be attached: %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>“%1” is attached already.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>Open the file with this computer&apos;s application for it (Return)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>Bring the file from the server now (Return)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>Remove the selected file from the list (Del)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1, not on the server yet: the computer it was attached on has not sent it</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>Deleted while someone edited it</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>Edited after it was deleted</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>Kept, with the changes</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>Changed version</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field and its value in a short list: &quot;Vision: No stockouts&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the fields of a short list: &quot;Vision: …; End: …&quot;.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 deleted this record.</source>
        <translation>%1 deleted this record.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>The record was kept, with these values:</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>These values were saved after the record was deleted:</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <extracomment>A field&apos;s name above its full value, in the conflict&apos;s detail.</extracomment>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Who made a version and when: &quot;Amina Diallo, 12/05/2024 10:00&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>Current version by</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>Other version by</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 wrote on %2: %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>Deleted by its author</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>Hidden by a facilitator</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>edited %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>%1 wrote on %2, in reply to %3: %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>Until %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1, enrolled</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1, %2 of %n lesson done</numerusform>
            <numerusform>%1, %2 of %n lessons done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Choose a lesson</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>No courses on this computer yet</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>Select a course, module or lesson to read it.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>Courses appear here after the first sync.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>You are enrolled in this course.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>You are not enrolled in this course.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>Courses, modules and lessons</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1 of %n lesson done</numerusform>
            <numerusform>%1 of %n lessons done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Course progress</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>Leave c&amp;ourse</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>E&amp;nroll</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Course completed</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>&amp;Continue: %1</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>&amp;Start: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You could not leave the course.</source>
        <translation>You could not leave the course.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>You could not enroll.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>The lesson could not be marked.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>Show courses in</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>Previous lesson (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>Next lesson (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>Mark this lesson as done, or not done (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>The table could not be saved as %1.</translation>
    </message>
</context>
<context>
    <name>Ui::DataUsageView</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Data used against the budget: &quot;1.2 MB of 5 MB&quot;.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Data used</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>This month: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Data used per day</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>No data used in the last 30 days.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>Data used per month</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>Per day, last 30 days:</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>Per month, last 6 months:</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>This computer cannot check this password without the connection yet: sign in again once, online.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>That is not the right password. Try again.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>This person is no longer at this desk.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — writing now</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — signed out; their changes wait until they sign in again</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>Add a team member at this desk…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>Nobody is writing</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Writing as %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>&amp;People at this desk</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>People at this desk</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>&amp;Write as this person…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Add a &amp;team member…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>&amp;Leave this desk</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>Switch &amp;author…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>Who your changes are recorded under (%1 to switch)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — writing now; account disabled on the server, their changes wait</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — account disabled on the server; their changes wait</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — writing now; signed out, their changes wait until they sign in again</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>Type the team member&apos;s user name.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>Add a team member at this desk</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>Add to this desk</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Write as %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>Sign %1 in again</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>%1 needs to sign in again (this needs the connection).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>The local data file cannot be opened.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>The local data was written by a newer version of LeaderNet. Install the latest version.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>The local data could not be upgraded. It has not been changed.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>The local data could not be read or saved.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>The item was not found.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Some of the information is not valid.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>The server cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>The server has a problem. Try again later.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>The username or password is not correct.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>The server sent an answer that cannot be understood.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>This version of LeaderNet cannot work with the server. Install the latest version.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>No password keychain is available on this computer.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Too many failed sign-ins. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>The seminar or the thread had closed when this was written, so the server did not take it.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>This user name is already taken. Choose another one.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>You are enrolled in %n course.</numerusform>
            <numerusform>You are enrolled in %n courses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>%n course available.</numerusform>
            <numerusform>%n courses available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>%n seminar available.</numerusform>
            <numerusform>%n seminars available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n action plan of the teams you facilitate.</numerusform>
            <numerusform>%n action plans of the teams you facilitate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n action plan of your team.</numerusform>
            <numerusform>%n action plans of your team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n submission awaiting your review.</numerusform>
            <numerusform>%n submissions awaiting your review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n submission of your team.</numerusform>
            <numerusform>%n submissions of your team.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>This computer has not synchronized yet.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Last synchronized: %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Open courses</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>Open seminars</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>Open action plans</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Open reviews</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>Continue where you left off: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>New posts: %1 in %n seminar.</numerusform>
            <numerusform>New posts: %1 in %n seminars.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Your team: %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>Members of your team</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>Press Return to see a member&apos;s profile</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%, facilities, children …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>Where the team started</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>What the team promised</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>V&amp;alue reached:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>Value reached</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>Source, or how it was counted</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>Records the month&apos;s value, or corrects it (Return)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>Remove month</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>Removes the chosen month&apos;s value (Delete in the table)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>Results b&amp;y month</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>Results by month</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>Only the team&apos;s members report its results; you can read them.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>Enter the value the indicator reached this month.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>An indicator needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>&quot;%1&quot; is not a number. Write it as %2, without the unit.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>Results are reported for the months from %1 to %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>This is longer than the %1 characters kept.</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>Join the community</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>for example amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;E-mail (optional):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>&amp;Languages you work in:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Languages you work in</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>Sign out %1? The content stays on this computer; you need your password to sync again.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>About LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>Send your changes and receive new content (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Sign &amp;out…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>&amp;About LeaderNet</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>At this desk</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>People at this &amp;desk</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nobody is signed in</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>What is on this computer stays hidden until someone signs in.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>&amp;Profile and account…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Search lessons and posts</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>Large download</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Download now</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>No member matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%n member found</numerusform>
            <numerusform>%n members found</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>No members on this computer yet</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>Members appear here after the first sync.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>Select a member in the list to see their profile.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Country: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>User name: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Member since %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>&amp;Find a member:</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>Name, country, organisation or language</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>Lists the members whose name, user name, country, organisation or language holds every word typed</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>Members listed</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Member profile</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>Give the thread a title.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>The title can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>Write the first post of the thread.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>The first post can have at most %1 characters.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>New thread</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>&amp;First post:</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>Start the thread</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Close, keep the draft</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>Refused by the server — see Sync</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An item, then what is pending about it: &quot;Train storekeepers — Waiting to be sent&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Ui::PasswordChangePage</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>Activity “%1” added</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>Activity “%1” deleted</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>Activity “%1”: %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (not sent yet)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>Choose a change to see it whole.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1, %2 — not sent yet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>This activity is no longer in the plan, or is back already.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Plan history</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>The chosen change</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>Restore earlier value</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>Put back the value from before this change, as a change of your own</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Unnamed team</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Action plan of %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>Action plan of %1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Challenge</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>V&amp;ision</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>&amp;Measurable result</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>C&amp;urrent situation</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>&amp;Root causes</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>Priority ac&amp;tions</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>Only the team&apos;s members change this plan; you can read it.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>Write this section before submitting the plan.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>Two versions: compare…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1: two versions, compare them</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>Choose an action plan</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>No action plans on this computer yet</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>Select a team&apos;s plan to read it.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>Your team&apos;s action plan appears here after the first sync.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Action plan of %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>Show every activity in the plan&apos;s order to move them</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>Activity deleted. Undo brings it back (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>Say what the activity is: it cannot be empty.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>An activity cannot end before it starts.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>Only a member of the team can be responsible for an activity.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>This text is too long for an activity.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>Only the team&apos;s members change this plan.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>The plan could not be printed.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>The plan could not be saved as %1.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>What, who, indicator…</source>
        <translation>What, who, indicator…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filter activities</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>Show activities of status</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>Add acti&amp;vity</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>D&amp;elete activity</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>Draft: not submitted for review yet.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — submitted on %2 by %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>Review by %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>Su&amp;bmit again…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>Su&amp;bmit for review…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>The server did not take %n change to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</numerusform>
            <numerusform>The server did not take %n changes to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>The server did not take %n change to this plan: %1 It waits on the Sync page, to be sent again or discarded.</numerusform>
            <numerusform>The server did not take %n changes to this plan: %1 They wait on the Sync page, to be sent again or discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Open the Sync page</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>The whole thread</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</source>
        <translation>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>The server did not accept your post “%1”: %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>&amp;In reply to:</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Your post</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>Write a post… (Ctrl+Return sends it)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Edit and send again</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>This post was deleted by its author.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>A facilitator hid this post.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>in reply to %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, in reply to %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>A post cannot be empty; to remove it, delete it instead.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>&amp;Your post:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Close, keep the draft</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>A picture</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>Fetching the picture (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>The picture could not be fetched: %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>Press Return or click to try again.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>This picture is not on this computer yet.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>This picture (%1) is not on this computer yet.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>Press Return or click to fetch it.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>The picture is not on the server yet.</translation>
    </message>
</context>
<context>
    <name>Ui::RecordText</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of time, from a start date to an end date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Lesson progress</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>Seminar participation</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Results report</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Measurable result</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Root causes</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Priority actions</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>%n activity added</numerusform>
            <numerusform>%n activities added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>%n activity changed</numerusform>
            <numerusform>%n activities changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>%n activity removed</numerusform>
            <numerusform>%n activities removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>Nothing changed since the previous submission.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>Changed since the previous submission: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A review&apos;s score of a criterion: &quot;Clarity of the challenge: 3 of 4&quot;.</extracomment>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Change to %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Deletion of %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Ui::ResetPage</name>
    <message>
        <source>Paste the reset code you received.</source>
        <translation>Paste the reset code you received.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Send me a code</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>If this account has an e-mail address, a reset code is on its way; it works for %n minute. Enter it here with your new password.</numerusform>
            <numerusform>If this account has an e-mail address, a reset code is on its way; it works for %n minutes. Enter it here with your new password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>Enter the reset code you received and your new password.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>Set the &amp;new password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>Reset &amp;code:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>I &amp;have a code</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsChart</name>
    <message>
        <source>Results chart</source>
        <translation>Results chart</translation>
    </message>
    <message>
        <source>Results chart: %1</source>
        <translation>Results chart: %1</translation>
    </message>
    <message>
        <source>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</source>
        <translation>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No result entered yet.</source>
        <translation>No result entered yet.</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsOverviewModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>How far an indicator has come from its baseline toward its target.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>Progress to target</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsText</name>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit: 36 %, 12 facilities</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month&apos;s name and its year: October 2026</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsView</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;New indicator</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>Adds an indicator the team reports on (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>From the &amp;plan…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>Add an indicator from the plan</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Delete indicator</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>Deletes the indicator and its results (Delete in the list)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>Saves the table shown as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>Teams and their indicators</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>Results of the indicators</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>All teams side by side</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>No team&apos;s results on this computer yet</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Measurable result: %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>Activity indicator: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>results.csv</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewForm</name>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>A score is a whole number from 1 to 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>Another facilitator has reviewed this submission.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>Only the program&apos;s facilitators review submitted plans.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>The team has sent a newer version of this plan since: review that one.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>This submission is no longer on this computer.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>Your review is saved. Changes are kept as you type and go at the next sync.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>Score every required criterion: %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>Say what the team should change: a comment is needed when you ask for changes.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>Choose a decision: approve the plan, or ask for changes.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Your review</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Choose a decision</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>&amp;Comment to the team:</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>Comment to the team</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>What is strong in the plan, and what to change</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>The previous submission (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>The next submission (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>Save and open next</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>Save the review and open the next submission (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>Choose a submission</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>No submissions on this computer yet</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>Select a submission to see its review.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>Submitted action plans appear here after a sync.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>Submission of %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>%1 of %2 reviewed</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>All submissions</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>Show submissions</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>All programs</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>Decide for several submissions</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Ask for changes</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>%n review saved.</numerusform>
            <numerusform>%n reviews saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>Still to complete: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>%n submission not yours to review was left as it was.</numerusform>
            <numerusform>%n submissions not yours to review were left as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Export reviews</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>reviews.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>review.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Review being written</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rogram:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>Sent fro&amp;m:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>Su&amp;bmissions</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Plan language</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Sent from</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Sent until</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Approve selected…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>Select several submissions with Shift or Ctrl and the arrow keys first</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>Ask for changes on selected…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>The scores and decisions of the submissions shown (or selected), for a spreadsheet</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>Print the submission and its review (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Search lessons and posts</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A search result: the lesson or post title, then the matching text.</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A search result: kind (Lesson or Post), title, matching text.</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <extracomment>The heading over the lessons found by a search.</extracomment>
        <translation>Lessons (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>Posts (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Two versions of “%1”</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>&amp;Kept on the server — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>&amp;Not kept — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>&amp;Merged text:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Use %1&apos;s version</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Save the merged text</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>starts at %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>starts tomorrow</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>starts in %n day</numerusform>
            <numerusform>starts in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>closes in less than an hour</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>open, closes in %n hour</numerusform>
            <numerusform>open, closes in %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1, %n new post</numerusform>
            <numerusform>%1, %n new posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1, started by %2 on %3, %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>Pinned: %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1, closed</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Choose a thread</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>No seminars on this computer yet</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>Select a seminar thread to read the conversation.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>Seminars appear here after the first sync.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Facilitators: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>No posts in this thread yet.</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Seminars and threads</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>This seminar has ended: its threads can be read, not answered.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>&amp;Join this seminar</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>New &amp;thread…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>A facilitator closed this thread: it can be read, not answered.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>About the seminar</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Enter the server address, for example https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>No server answers at this address. Check the address and the connection, then try again.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Welcome to LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Trust this certificate</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Checking the server</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Enter the server address, for example https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>Sign in to LeaderNet</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Your session has ended. Sign in again to sync.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>This computer could not keep your password last time. Sign in again to sync.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Welcome to LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>&amp;Join the community…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Forgot your password?</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>I have an acti&amp;vation code</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>Your account is active. Welcome to the community!</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Unnamed team</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1, %2, submitted %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Review being written</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Sending your changes…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>Sending your changes: %1 of %n sent</numerusform>
            <numerusform>Sending your changes: %1 of %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>Receiving about %1 (%n item)…</numerusform>
            <numerusform>Receiving about %1 (%n items)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Checking for new content…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>Receiving: %n item, %1 so far</numerusform>
            <numerusform>Receiving: %n items, %1 so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>Receiving: %1 % — %2 of about %n item, %3 so far</numerusform>
            <numerusform>Receiving: %1 % — %2 of about %n items, %3 so far</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparing this computer&apos;s copy with the server…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>Syncs only when you press Sync now, as set below.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Up to date.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>This computer cannot tell whether its connection is metered.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>This computer says its connection is metered.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>This computer says its connection is not metered.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>When to sync</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automatically</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>Automatically, on unmetered connections only</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>Only when I press Sync now</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>&amp;Treat this connection as metered</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>Daily data &amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>&amp;Monthly data budget:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>Large downloads wait once they would pass this; your own changes are still sent.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>Large downloads from</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>Large downloads until</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>&amp;Sync:</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>Large downloads onl&amp;y during these hours:</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>Fetch attached files ahead on unmetered connections</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>Keep attached files up to:</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Offline — changes are kept on this computer</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>Sending your changes…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>Sending… %1 of %n change sent</numerusform>
            <numerusform>Sending… %1 of %n changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Checking for new content…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>Receiving… %n record received</numerusform>
            <numerusform>Receiving… %n records received</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparing this computer&apos;s copy with the server…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>Offline — trying again in %n second</numerusform>
            <numerusform>Offline — trying again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>The server is not answering — trying again in %n second</numerusform>
            <numerusform>The server is not answering — trying again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>Receiving… %1 %</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>The server is not answering — changes are kept on this computer</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>The network asks you to sign in — open a web browser and sign in to it</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — on a metered connection, downloads wait</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — data budget reached, downloads wait</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — the large download waits until %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — %n change refused, see Sync</numerusform>
            <numerusform>%1 — %n changes refused, see Sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n change waiting</numerusform>
            <numerusform>%1 — %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nobody is signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>&amp;Changes the server refused (%n)</numerusform>
            <numerusform>&amp;Changes the server refused (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>C&amp;onflicts to resolve (%n)</numerusform>
            <numerusform>C&amp;onflicts to resolve (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>Keep the record as it was edited</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>Delete an&amp;yway…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Delete the record after all</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>The changes made after the deletion are dropped</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>Bring the record back, with the changes</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Keep current</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>Keep the current version; the other one is dropped</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Use the other version</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>Replace the current values with the other version</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>Current version, by %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>Other version, by %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Delete the record</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Send the selected change to the server again</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>Drop the selected change and go back to the server&apos;s version</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Select a conflict to compare the two versions.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>Lea&amp;ve deleted</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>Copy what the selected change says, to keep it elsewhere</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>Compare in the &amp;plan…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n item from the server: courses, seminars, plans, members…</numerusform>
            <numerusform>%n items from the server: courses, seminars, plans, members…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>On this computer:</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>Copy d&amp;iagnostics</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>Show post</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Hide post</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>Unpin thread</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>Pin thread</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Reopen thread</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Close thread</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Delete post</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>%1 edited this post. Earlier versions, newest first:</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>Posts in this thread</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>Answer the selected post (Return)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>Edit your post (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>Delete your post (Del)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>Hide the post from the participants, or show it again</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>A pinned thread is listed first in its seminar</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>A closed thread takes no new posts</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Delete thread</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this thread and its %n post, for every participant? This cannot be undone.</numerusform>
            <numerusform>Delete this thread and all %n posts in it, for every participant? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>Delete the thread</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>Delete thread…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>Remove the thread and its posts for every participant</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>%n activity from %1 to %2</numerusform>
            <numerusform>%n activities from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>No activity has dates yet</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>No activities yet</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Nobody responsible yet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>Keep this profile in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>Sync with the server at &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>Sign in as &lt;name&gt; at start.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>Read the password for --user from the standard input.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>Use this language for this run only: en, es, fr, pt, ar or ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</translation>
    </message>
</context>
</TS>
