<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>مجلد ملف التعريف.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>عنوان الخادم.</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>لم يقبل الخادم بيانات الاعتماد</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>تعذّر الوصول إلى الخادم (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>يستخدم هذا العميل والخادم إصدارين مختلفين من البروتوكول</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>كُتبت النسخة المحلية بإصدار أحدث من LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync: تعذّر فتح النسخة المحلية: %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>الاستخدام: leadernet-sync login MEMBER (كلمة المرور من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync: أمر غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync: فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync: تم تسجيل الدخول، لكن تعذّر الاحتفاظ برمز الدخول (%1)؛ لذا مرِّر كلمة المرور مع كل مزامنة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>تم تسجيل الدخول باسم %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync: لم يتم تسجيل الدخول؛ نفِّذ أولًا &apos;leadernet-sync login MEMBER&apos;، أو أدخل العضو وكلمة المرور عبر الإدخال القياسي للأمر &apos;sync&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>تم استلام %n تغيير</numerusform>
            <numerusform>تم استلام %n تغيير</numerusform>
            <numerusform>تم استلام %n تغييرين</numerusform>
            <numerusform>تم استلام %n تغييرات</numerusform>
            <numerusform>تم استلام %n تغييرًا</numerusform>
            <numerusform>تم استلام %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>اكتملت المزامنة.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync: فشلت المزامنة: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>تم تسجيل الخروج.</translation>
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
        <translation>يزامن النسخة المحلية من LeaderNet دون فتح أي نافذة.

الأوامر:
  login MEMBER          تسجيل الدخول (كلمة المرور من الإدخال القياسي)
  sync [MEMBER]         إرسال التغييرات ثم استلامها (مع MEMBER: كلمة المرور من
                        الإدخال القياسي)
  verify [MEMBER]       مقارنة النسخة المحلية بالخادم (رمز الخروج 4 عند وجود اختلاف)
  status                التغييرات المعلّقة والمرفوضة، والتعارضات، وآخر مزامنة، والموضع
  add-author MEMBER     تسجيل دخول عضو آخر على هذا الحاسوب (كلمة المرور من
                        الإدخال القياسي)؛ تُرسل تغييراته بتسجيل دخوله الخاص
  remove-author MEMBER  تسجيل خروج ذلك العضو من هذا الحاسوب
  logout                نسيان العضو المسجّل دخوله</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login أو sync أو verify أو status أو add-author أو remove-author أو logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>الاستخدام: leadernet-sync %1 [MEMBER] (مع MEMBER: كلمة المرور من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>الاستخدام: leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثانيتين</numerusform>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثوانٍ</numerusform>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>leadernet-sync: %1؛ ستُعاد المحاولة بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>تم إرسال %n تغيير</numerusform>
            <numerusform>تم إرسال %n تغيير</numerusform>
            <numerusform>تم إرسال %n تغييرين</numerusform>
            <numerusform>تم إرسال %n تغييرات</numerusform>
            <numerusform>تم إرسال %n تغييرًا</numerusform>
            <numerusform>تم إرسال %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n تغيير تعارض مع تغييرات أخرى وحُفظ كتعارض ينتظر الحل</numerusform>
            <numerusform>%n تغيير تعارض مع تغييرات أخرى وحُفظ كتعارض ينتظر الحل</numerusform>
            <numerusform>%n تغييران تعارضا مع تغييرات أخرى وحُفظا كتعارضين ينتظران الحل</numerusform>
            <numerusform>%n تغييرات تعارضت مع تغييرات أخرى وحُفظت كتعارضات تنتظر الحل</numerusform>
            <numerusform>%n تغييرًا تعارضت مع تغييرات أخرى وحُفظت كتعارضات تنتظر الحل</numerusform>
            <numerusform>%n تغيير تعارضت مع تغييرات أخرى وحُفظت كتعارضات تنتظر الحل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>رفض الخادم %n تغيير؛ يبقى على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
            <numerusform>رفض الخادم %n تغيير؛ يبقى على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
            <numerusform>رفض الخادم %n تغييرين؛ يبقيان على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
            <numerusform>رفض الخادم %n تغييرات؛ تبقى على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
            <numerusform>رفض الخادم %n تغييرًا؛ تبقى على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
            <numerusform>رفض الخادم %n تغيير؛ تبقى على هذا الحاسوب (راجع &apos;status&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>تنتظر تغييرات %n عضو آخر حتى يسجّل دخوله على هذا الحاسوب.</numerusform>
            <numerusform>تنتظر تغييرات %n عضو آخر حتى يسجّل دخوله على هذا الحاسوب.</numerusform>
            <numerusform>تنتظر تغييرات %n عضوين آخرين حتى يسجّلا دخولهما على هذا الحاسوب.</numerusform>
            <numerusform>تنتظر تغييرات %n أعضاء آخرين حتى يسجّلوا دخولهم على هذا الحاسوب.</numerusform>
            <numerusform>تنتظر تغييرات %n عضوًا آخرين حتى يسجّلوا دخولهم على هذا الحاسوب.</numerusform>
            <numerusform>تنتظر تغييرات %n عضو آخرين حتى يسجّلوا دخولهم على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>يجب على %1 تسجيل الدخول مجددًا على هذا الحاسوب (&apos;leadernet-sync add-author %2&apos;) قبل إرسال تغييراته.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) مسجّل الدخول أيضًا على هذا الحاسوب: تُرسل التغييرات التي يجريها هنا بتسجيل دخوله الخاص.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>لم يعد %1 مسجّل الدخول على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync: %1 غير مسجّل الدخول على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>النسخة المحلية مطابقة للخادم.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync: تعذّر التحقق: %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاق.</numerusform>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاق.</numerusform>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاقين.</numerusform>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاقات.</numerusform>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاقًا.</numerusform>
            <numerusform>تختلف النسخة المحلية عن الخادم في %n نطاق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>لم يُرسل %n تغيير محلي بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
            <numerusform>لم يُرسل %n تغيير محلي بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
            <numerusform>لم يُرسل %n تغييران محليان بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
            <numerusform>لم تُرسل %n تغييرات محلية بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
            <numerusform>لم يُرسل %n تغييرًا محليًا بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
            <numerusform>لم يُرسل %n تغيير محلي بعد؛ نفِّذ &apos;sync&apos; أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>الوثوق أيضًا بالشهادات الموجودة في ملف PEM هذا لاتصالات HTTPS (جهة إصدار الشهادات الخاصة بالخادم، أو شهادته الموقّعة ذاتيًا).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync: --trust-certificate: لا يحتوي %1 على أي شهادة PEM</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>عضو غير معروف</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>إضافة نشاط</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>نقل النشاط</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>استعادة النشاط</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>تعديل المؤشر</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>حذف المؤشر</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>نقل المؤشر</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>تصحيح النتيجة</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>إدخال النتيجة</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>إزالة النتيجة</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>الجدول الزمني (%1 من %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المقيّم</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>قدّمه %2 بتاريخ %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>تقييم %1، لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>راجعه %2 بتاريخ %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>القرار: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>The plan as submitted</source>
        <translation>الخطة كما قُدّمت</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>الأنشطة (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Profile and account</source>
        <translation>الملف الشخصي والحساب</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>الملف الشخصي (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>الحساب (&amp;A)</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>ما يراه عنك الأعضاء الذين تعمل معهم. تُحفظ التغييرات على هذا الحاسوب أثناء الكتابة، وتُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>المنصب (&amp;O):</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>المؤسسة (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>اللغات (&amp;L):</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>اللغات التي تعمل بها</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>نبذة عنك (&amp;Y):</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>حُفظ على هذا الحاسوب، ويُرسل إلى الخادم مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>تعذّر حفظ تغييراتك على هذا الحاسوب. ما زالت في الحقول؛ حاول مرة أخرى، أو انسخها إلى مكان آمن.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>يصل ملفك الشخصي مع أول مزامنة، ويمكنك تعديله حينها.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>الحواسيب</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>إذا سجّلت الدخول على حاسوب لم تعد تستخدمه أو فُقد، فسجّل خروجه من هنا. يبقى هذا الحاسوب مسجّل الدخول. يتطلب ذلك اتصالًا.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>تسجيل الخروج على الحواسيب الأخرى (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>تسجيل الخروج على هذا الحاسوب (&amp;S)…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>سُجّل خروج حواسيبك الأخرى، وستطلب كلمة المرور عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>في انتظار الخادم</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
            <numerusform>استخدم %n حرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
            <numerusform>استخدم %n حرفين على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
            <numerusform>استخدم %n حرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرفين على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>ضعيفة: يسهل تخمينها. أضف كلمات، أو امزج بين الحروف والأرقام والرموز.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>مقبولة. كلمة مرور أطول ستكون أقوى.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>اختر اسم مستخدم.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>استخدم من %1 إلى %2 من الحروف اللاتينية الصغيرة (a–z) أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية، دون مسافات.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>أدخل عنوان بريد إلكتروني مثل name@example.org، أو اتركه فارغًا.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>اختصره إلى %n حرف أو أقل.</numerusform>
            <numerusform>اختصره إلى %n حرف أو أقل.</numerusform>
            <numerusform>اختصره إلى %n حرفين أو أقل.</numerusform>
            <numerusform>اختصره إلى %n أحرف أو أقل.</numerusform>
            <numerusform>اختصره إلى %n حرفًا أو أقل.</numerusform>
            <numerusform>اختصره إلى %n حرف أو أقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>هذا الرمز غير معروف أو مستخدم من قبل أو منتهي الصلاحية. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>أدخل اسمك كما ينبغي أن يراه الآخرون.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>اختر %n لغة على الأكثر.</numerusform>
            <numerusform>اختر %n لغة على الأكثر.</numerusform>
            <numerusform>اختر %n لغتين على الأكثر.</numerusform>
            <numerusform>اختر %n لغات على الأكثر.</numerusform>
            <numerusform>اختر %n لغة على الأكثر.</numerusform>
            <numerusform>اختر %n لغة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>لم يقبل الخادم هذا: إنه طويل جدًا أو غير صالح.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>هذه ليست كلمة مرورك الحالية.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى. لم يضع شيء مما كتبته.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>الصق رمز التفعيل الذي تلقيته.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>فعّل حسابك</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>أدخل رمز التفعيل الذي تلقيته بالبريد الإلكتروني أو من مسؤولي المجتمع.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>أهلًا بك يا %1! أرسلنا رمز تفعيل إلى بريدك الإلكتروني. الصقه هنا لتفعيل حسابك. وإن لم يصل، يمكن لمسؤولي المجتمع أن يعطوك رمزًا.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>أهلًا بك يا %1! اطلب رمز التفعيل من مسؤولي المجتمع، ثم الصقه هنا لتفعيل حسابك.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>رمز التفعيل (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>تفعيل (&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation>%1
الموارد: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>%1 is no longer in the team: choose who is responsible now.</source>
        <translation>لم يعد %1 عضوًا في الفريق: اختر المسؤول الآن.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1، لم يعد في الفريق</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
</context>
<context>
    <name>Ui::AttachmentList</name>
    <message>
        <source>%1, waiting to be sent</source>
        <translation>%1، بانتظار الإرسال</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1، على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1، بانتظار الجلب</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>جارٍ الجلب… %1 % من %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1، تعذّر جلبه: %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1، لم يُجلب بعد</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>تعذّر فتح «%1»: تعذّرت كتابة النسخة المراد فتحها في %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح «%1». احفظ نسخة منه وافتحها من هناك.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>حفظ نسخة من «%1»</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>لم يعد «%1» على هذا الحاسوب؛ اجلبه مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>تعذّر حفظ «%1» باسم %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>يمكن إرفاق %n ملف على الأكثر هنا.</numerusform>
            <numerusform>يمكن إرفاق ملف واحد (%n) على الأكثر هنا.</numerusform>
            <numerusform>يمكن إرفاق ملفين (%n) على الأكثر هنا.</numerusform>
            <numerusform>يمكن إرفاق %n ملفات على الأكثر هنا.</numerusform>
            <numerusform>يمكن إرفاق %n ملفًا على الأكثر هنا.</numerusform>
            <numerusform>يمكن إرفاق %n ملف على الأكثر هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>تتعذّر قراءة «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>حجم «%1» هو %2؛ والخادم يقبل ملفات حتى %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز %n حرف.</numerusform>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز حرفًا واحدًا (%n).</numerusform>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز حرفين (%n).</numerusform>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز %n أحرف.</numerusform>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز %n حرفًا.</numerusform>
            <numerusform>الاسم «%1» طويل جدًا؛ أعد تسمية الملف بحيث لا يتجاوز %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>تعذّر إرفاق «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>«%1» مرفق بالفعل.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>الملفات المرفقة:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>افتح الملف بالتطبيق المخصص له على هذا الحاسوب (Return)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>جلب</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>اجلب الملف من الخادم الآن (Return)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>أرفق صورة أو مستندًا أو تسجيلًا (Ctrl+Shift+A)؛ يُرسل مع المزامنة التالية</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>أزل الملف المحدد من القائمة (Del)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1، ليس على الخادم بعد: الحاسوب الذي أُرفق عليه لم يرسله بعد</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>حُذف بينما كان شخص آخر يعدّله</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>عُدّل بعد حذفه</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>محفوظ، مع التعديلات</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>النسخة المعدّلة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field and its value in a short list: &quot;Vision: No stockouts&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the fields of a short list: &quot;Vision: …; End: …&quot;.</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>%1 deleted this record.</source>
        <translation>حذف %1 هذا السجل.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>تم الإبقاء على السجل بهذه القيم:</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>حُفظت هذه القيم بعد حذف السجل:</translation>
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
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>النسخة الحالية</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>صاحب النسخة الحالية</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>صاحب النسخة الأخرى</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>كتب %1 بتاريخ %2: %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>حذفها كاتبها</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>أخفاها أحد الميسّرين</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>عُدّلت في %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>كتب %1 في %2، ردًا على %3: %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>حتى %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n ملف مرفق</numerusform>
            <numerusform>ملف واحد مرفق (%n)</numerusform>
            <numerusform>ملفان مرفقان (%n)</numerusform>
            <numerusform>%n ملفات مرفقة</numerusform>
            <numerusform>%n ملفًا مرفقًا</numerusform>
            <numerusform>%n ملف مرفق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1، مسجَّل فيها</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1، مُنجَز</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
            <numerusform>%1، الدروس المنجزة: %2 من %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>اختر درسًا</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>لا توجد دورات على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>اختر دورة أو وحدة أو درسًا لقراءته.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>تظهر الدورات هنا بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>أنت مسجَّل في هذه الدورة.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>أنت غير مسجَّل في هذه الدورة.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n وحدة</numerusform>
            <numerusform>%n وحدة</numerusform>
            <numerusform>%n وحدتان</numerusform>
            <numerusform>%n وحدات</numerusform>
            <numerusform>%n وحدة</numerusform>
            <numerusform>%n وحدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n درس</numerusform>
            <numerusform>%n درس</numerusform>
            <numerusform>%n درسان</numerusform>
            <numerusform>%n دروس</numerusform>
            <numerusform>%n درسًا</numerusform>
            <numerusform>%n درس</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>الدورات والوحدات والدروس</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
            <numerusform>الدروس المنجزة: %1 من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>التقدم في الدورة</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>مغادرة الدورة (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>التسجيل في الدورة (&amp;N)</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>اكتملت الدورة</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>متابعة: %1 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>البدء: %1 (&amp;S)</translation>
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
        <translation>تعذّرت مغادرة الدورة.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>تعذّر التسجيل في الدورة.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>تعذّر تحديث حالة الدرس.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>عرض الدورات باللغة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>كل الدورات</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>دوراتي</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التقدم</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>الدرس السابق</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>الدرس السابق (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>الدرس التالي</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>الدرس التالي (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>تعليم كمُنجَز (&amp;D)</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>تعليم هذا الدرس كمُنجَز أو غير مُنجَز (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>تعذّر حفظ الجدول باسم %1.</translation>
    </message>
</context>
<context>
    <name>Ui::DataUsageView</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Data used against the budget: &quot;1.2 MB of 5 MB&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>البيانات المستخدمة</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>هذا الشهر: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>البيانات المستخدمة يوميًا</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>لم تُستخدم أي بيانات في آخر 30 يومًا.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>البيانات المستخدمة شهريًا</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>حسب اليوم، آخر 30 يومًا:</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>حسب الشهر، آخر 6 أشهر:</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>لا يستطيع هذا الحاسوب التحقق من كلمة المرور هذه دون اتصال بعد: سجّل الدخول مرة أخرى وأنت متصل.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>كلمة المرور غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>لم يعد هذا الشخص على هذا الجهاز.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — يكتب الآن</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — خرج من الحساب؛ تنتظر تغييراته حتى يسجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>إضافة عضو من الفريق على هذا الجهاز…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>لا أحد يكتب</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>الكتابة باسم %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>الأشخاص على هذا الجهاز (&amp;P)</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>الأشخاص على هذا الجهاز</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>الكتابة باسم هذا الشخص (&amp;W)…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>إضافة عضو من الفريق (&amp;T)…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>تسجيل الدخول مجددًا (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>مغادرة هذا الجهاز (&amp;L)</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>تبديل الكاتب (&amp;A)…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>باسم من تُسجَّل تغييراتك (%1 للتبديل)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — يكتب الآن؛ الحساب معطّل على الخادم، وتنتظر تغييراته</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — الحساب معطّل على الخادم؛ تنتظر تغييراته</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — يكتب الآن؛ خرج من الحساب، وتنتظر تغييراته حتى يسجّل الدخول مجددًا</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>اكتب اسم المستخدم لعضو الفريق.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>إضافة عضو من الفريق على هذا الجهاز</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>يسجّل عضو الفريق الدخول بحسابه الخاص. تُسجَّل تغييراته باسمه وتُرسَل ببيانات دخوله هو.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>إضافة إلى هذا الجهاز</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>الكتابة باسم %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1، اكتب كلمة مرورك لتكتب باسمك. يجري التحقق منها على هذا الحاسوب دون حاجة إلى اتصال.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>تسجيل دخول %1 مجددًا</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>يحتاج %1 إلى تسجيل الدخول مجددًا (يتطلب ذلك اتصالًا).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>تعذّر فتح ملف البيانات المحلية.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>كُتبت البيانات المحلية بإصدار أحدث من LeaderNet. ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>تعذّرت ترقية البيانات المحلية، ولم يُجرَ عليها أي تغيير.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>تعذّرت قراءة البيانات المحلية أو حفظها.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>لم يُعثر على العنصر.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>بعض المعلومات غير صالحة.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>يواجه الخادم مشكلة. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>ليست لديك صلاحية القيام بذلك.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>أرسل الخادم ردًّا يتعذّر فهمه.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>لا يمكن لهذا الإصدار من LeaderNet العمل مع الخادم. ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>لا يتوفر مخزن آمن لكلمات المرور على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>محاولات تسجيل دخول فاشلة كثيرة جدًا. انتظر بضع دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>كانت الحلقة الدراسية أو الموضوع قد أُغلق حين كُتب هذا، فلم يقبله الخادم.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>أُزيل من الخادم في هذه الأثناء ما كان هذا يخصّه (دورة أو درس أو حلقة دراسية أو موضوع أو مشاركة).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>لم تعد عضوًا في فريق هذه الخطة، أو لم تعد الخطة للفريق، لذلك لم يقبل الخادم هذا التغيير. يبقى هنا: انسخ ما تحتاجه ثم تجاهله.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>عُطّل هذا الحساب على الخادم. اطلب من مسؤولي البرنامج إعادة تفعيله.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>أرسل الفريق نسخة أحدث من هذه الخطة، أو سحبها، قبل وصول هذا التقييم، فلم يقبله الخادم. يبقى هنا: انسخ ما تحتاج إليه، ثم تخلّص منه.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>استقبل الخادم منك اليوم أقصى ما يقبله من الشخص الواحد في اليوم. تبقى تغييراتك محفوظة على هذا الحاسوب وستُرسَل بعد منتصف الليل (بالتوقيت العالمي المنسق).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>اسم المستخدم هذا محجوز. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>شهادة الخادم غير موثوقة على هذا الحاسوب، لذا قد لا يكون الاتصال خاصًا.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>أنت مسجَّل في %n دورة.</numerusform>
            <numerusform>أنت مسجَّل في %n دورة.</numerusform>
            <numerusform>أنت مسجَّل في %n دورتين.</numerusform>
            <numerusform>أنت مسجَّل في %n دورات.</numerusform>
            <numerusform>أنت مسجَّل في %n دورة.</numerusform>
            <numerusform>أنت مسجَّل في %n دورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>%n دورة متاحة.</numerusform>
            <numerusform>%n دورة متاحة.</numerusform>
            <numerusform>%n دورتان متاحتان.</numerusform>
            <numerusform>%n دورات متاحة.</numerusform>
            <numerusform>%n دورة متاحة.</numerusform>
            <numerusform>%n دورة متاحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>%n ندوة متاحة.</numerusform>
            <numerusform>%n ندوة متاحة.</numerusform>
            <numerusform>%n ندوتان متاحتان.</numerusform>
            <numerusform>%n ندوات متاحة.</numerusform>
            <numerusform>%n ندوة متاحة.</numerusform>
            <numerusform>%n ندوة متاحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n خطة عمل للفرق التي تيسّرها.</numerusform>
            <numerusform>%n خطة عمل للفرق التي تيسّرها.</numerusform>
            <numerusform>%n خطتا عمل للفرق التي تيسّرها.</numerusform>
            <numerusform>%n خطط عمل للفرق التي تيسّرها.</numerusform>
            <numerusform>%n خطة عمل للفرق التي تيسّرها.</numerusform>
            <numerusform>%n خطة عمل للفرق التي تيسّرها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n خطة عمل لفريقك.</numerusform>
            <numerusform>%n خطة عمل لفريقك.</numerusform>
            <numerusform>%n خطتا عمل لفريقك.</numerusform>
            <numerusform>%n خطط عمل لفريقك.</numerusform>
            <numerusform>%n خطة عمل لفريقك.</numerusform>
            <numerusform>%n خطة عمل لفريقك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n طلب بانتظار مراجعتك.</numerusform>
            <numerusform>%n طلب بانتظار مراجعتك.</numerusform>
            <numerusform>%n طلبان بانتظار مراجعتك.</numerusform>
            <numerusform>%n طلبات بانتظار مراجعتك.</numerusform>
            <numerusform>%n طلبًا بانتظار مراجعتك.</numerusform>
            <numerusform>%n طلب بانتظار مراجعتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n طلب مقدَّم من فريقك.</numerusform>
            <numerusform>%n طلب مقدَّم من فريقك.</numerusform>
            <numerusform>%n طلبان مقدَّمان من فريقك.</numerusform>
            <numerusform>%n طلبات مقدَّمة من فريقك.</numerusform>
            <numerusform>%n طلبًا مقدَّمًا من فريقك.</numerusform>
            <numerusform>%n طلب مقدَّم من فريقك.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>لم تتم مزامنة هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>كل ما يلي محفوظ على هذا الحاسوب، لذا يمكنك مواصلة العمل دون اتصال. تُرسَل تغييراتك عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>فتح الدورات</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>فتح الندوات</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>فتح خطط العمل</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>فتح المراجعات</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>المتابعة من حيث توقفت: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>مشاركات جديدة: %1 في %n ندوة.</numerusform>
            <numerusform>مشاركات جديدة: %1 في %n ندوة.</numerusform>
            <numerusform>مشاركات جديدة: %1 في %n ندوتين.</numerusform>
            <numerusform>مشاركات جديدة: %1 في %n ندوات.</numerusform>
            <numerusform>مشاركات جديدة: %1 في %n ندوة.</numerusform>
            <numerusform>مشاركات جديدة: %1 في %n ندوة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>فريقك: %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>أعضاء فريقك</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>اضغط Enter لعرض الملف الشخصي لعضو</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>المؤشر (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>الوحدة (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>خط الأساس (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>الهدف (&amp;T):</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%، مرافق صحية، أطفال …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>النقطة التي انطلق منها الفريق</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>ما التزم الفريق بتحقيقه</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر (&amp;M):</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>القيمة المحققة (&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة (&amp;O):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>القيمة المحققة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>المصدر، أو طريقة العدّ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>تسجيل (&amp;R)</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>يسجّل قيمة الشهر أو يصحّحها (Enter)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>إزالة الشهر</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>يزيل قيمة الشهر المحدد (Delete في الجدول)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>النتائج حسب الشهر (&amp;Y)</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>النتائج حسب الشهر</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>أدخله</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>أعضاء الفريق وحدهم يُبلغون عن نتائجه؛ يمكنك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>أدخل القيمة التي بلغها المؤشر هذا الشهر.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>يجب أن يكون للمؤشر اسم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>&quot;%1&quot; ليس رقمًا. اكتبه بالشكل %2، دون الوحدة.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>تُسجَّل النتائج للأشهر من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>هذا النص أطول من %1 حرفًا التي تُحفظ.</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>إغلاق الإشعار</translation>
    </message>
</context>
<context>
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>الانضمام إلى المجتمع</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>عرّف المجتمع بنفسك. يظهر اسمك وبلدك ومؤسستك ولغاتك للأعضاء الذين تعمل معهم؛ أما بريدك الإلكتروني فلا يُستخدم إلا لإرسال الرموز إليك.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>مثلًا amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>البريد الإلكتروني (&amp;E) (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>البلد (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المؤسسة (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>لغات العمل (&amp;L):</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>اللغات التي تعمل بها</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>انضمام (&amp;J)</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>هل تريد تسجيل خروج %1؟ يبقى المحتوى على هذا الحاسوب، وستحتاج إلى كلمة المرور للمزامنة مجددًا.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>حول LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

دورات وندوات وخطط عمل للمديرين والقادة في القطاع الصحي، على هذا الحاسوب، بوجود اتصال أو بدونه.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>الندوات</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>مزامنة الآن (&amp;S)</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>إرسال تغييراتك واستلام المحتوى الجديد (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>تسجيل الخروج (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>حول LeaderNet (&amp;A)</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>تعذّر حفظ كلمة المرور على هذا الحاسوب (لا يتوفر مخزن آمن لكلمات المرور). ستُطلب منك مجددًا عند تشغيل LeaderNet في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>تكبير النص (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>تصغير النص (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص العادي (&amp;N)</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>الأشخاص على هذا الجهاز (&amp;D)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>يبقى ما على هذا الحاسوب مخفيًا حتى يسجّل أحدٌ الدخول.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخول (&amp;S)…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>تسجيل الدخول (&amp;I)…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>الملف الشخصي والحساب (&amp;P)…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>البحث في الدروس والمشاركات</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>ستنزّل هذه المزامنة نحو %1 عبر اتصال محدود البيانات. هل تريد التنزيل الآن، أم إرسال تغييراتك فقط والتنزيل لاحقًا عبر اتصال غير محدود؟</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>ستنزّل هذه المزامنة نحو %1، فتتجاوز حصة البيانات المحددة في صفحة المزامنة. هل تريد التنزيل الآن، أم إرسال تغييراتك فقط والتنزيل لاحقًا؟</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>تنزيل كبير</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>نزّل الآن (&amp;D)</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>لا يوجد عضو يطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>عُثر على %n عضو</numerusform>
            <numerusform>عُثر على %n عضو</numerusform>
            <numerusform>عُثر على %n عضوين</numerusform>
            <numerusform>عُثر على %n أعضاء</numerusform>
            <numerusform>عُثر على %n عضوًا</numerusform>
            <numerusform>عُثر على %n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>لا أعضاء على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>اختر عضوًا</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>يظهر الأعضاء هنا بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>اختر عضوًا من القائمة لعرض ملفه الشخصي.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>البلد: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>الأدوار: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>اسم المستخدم: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>عضو منذ %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>نبذة</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>البحث عن عضو (&amp;F):</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>الاسم أو البلد أو المؤسسة أو اللغة</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>البحث عن عضو</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>يعرض الأعضاء الذين يحتوي اسمهم أو اسم المستخدم أو البلد أو المؤسسة أو اللغة على كل الكلمات المكتوبة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>الأعضاء المعروضون</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>الملف الشخصي للعضو</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>أعطِ الموضوع عنوانًا.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>يمكن أن يضم العنوان %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>اكتب أول مشاركة في الموضوع.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>يمكن أن تضم المشاركة الأولى %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>المشاركة الأولى (&amp;F):</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>بدء الموضوع</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>ابدأ الموضوع (Ctrl+Enter). عند انقطاع الاتصال يُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>إغلاق مع حفظ المسودة</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>رفضه الخادم — راجع صفحة المزامنة</translation>
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
        <translation>أدخل كلمة مرورك الحالية.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>يتطلب تغيير كلمة المرور اتصالًا. بعد ذلك يُسجَّل خروج حواسيبك الأخرى، ويبقى هذا الحاسوب مسجّل الدخول.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>كلمة المرور الحالية (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>تغيير كلمة المرور (&amp;C)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>أُضيف النشاط «%1»</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>حُذف النشاط «%1»</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>النشاط «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (لم يُرسل بعد)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>اختر تغييرًا لعرضه كاملًا.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1، %2 — لم يُرسل بعد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>لم يعد هذا النشاط في الخطة، أو أُعيد بالفعل.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>لا توجد تغييرات مسجّلة بعد. يظهر هنا كل تغيير في هذه الخطة فور إجرائه مع اسم من أجراه، وتصل تغييرات الآخرين مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>سجل الخطة</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>التغيير المختار</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>استعادة القيمة السابقة</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>إعادة القيمة التي كانت قبل هذا التغيير، على أنه تغيير باسمك</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>فريق بلا اسم</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>خطة عمل %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>خطة عمل %1، %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>هذا القسم أطول من %1 حرف التي تتسع لها الخطة؛ اختصره لحفظه. نصك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>التحدي (&amp;C)</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>الرؤية (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>النتيجة القابلة للقياس (&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>الوضع الحالي (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>الأسباب الجذرية (&amp;R)</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>الإجراءات ذات الأولوية (&amp;T)</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>لم يُكتب بعد</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>أعضاء الفريق وحدهم يعدّلون هذه الخطة؛ يمكنك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>اكتب هذا القسم قبل تقديم الخطة.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>نسختان: قارن…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1: نسختان، قارن بينهما</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>اختر خطة عمل</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>لا توجد خطط عمل على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>اختر خطة أحد الفرق لقراءتها.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>تظهر خطة عمل فريقك هنا بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>خطة عمل %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1، باللغة %2</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>الأنشطة (&amp;A)</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>اعرض كل الأنشطة بترتيب الخطة لتتمكن من نقلها</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>حُذف النشاط. يعيده التراجع (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>اكتب ما هو النشاط: لا يمكن أن يبقى فارغًا.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي النشاط قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>لا يكون مسؤولًا عن النشاط إلا عضو في الفريق.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>هذا النص أطول مما يتسع له النشاط.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>أعضاء الفريق وحدهم يعدّلون هذه الخطة.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>تعذّرت طباعة الخطة.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>حفظ الخطة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>تعذّر حفظ الخطة باسم %1.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>الجدول الزمني (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>تصفية (&amp;F):</translation>
    </message>
    <message>
        <source>What, who, indicator…</source>
        <translation>ماذا، من، المؤشر…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>تصفية الأنشطة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>عرض الأنشطة ذات الحالة</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>إضافة نشاط (&amp;V)</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>حذف النشاط (&amp;E)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>مسودة: لم تُقدَّم للمراجعة بعد.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — قُدّمت في %2 من قِبل %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>مراجعة %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>تقديم للمراجعة</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>هل ترسل الخطة بحالتها الحالية إلى ميسّري البرنامج؟ سيراجعون هذه النسخة، ويمكنكم مواصلة العمل على الخطة.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>إعادة التقديم (&amp;B)…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>تقديم للمراجعة (&amp;B)…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>السجل (&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>لم يقبل الخادم أي تغيير (%n) في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم تغييرًا واحدًا (%n) في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم تغييرين (%n) في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرات في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرًا في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم %n تغيير في هذه الخطة: لم تعد عضوًا في فريقها، أو لم تعد الخطة للفريق. لم يضع شيء مما كتبته: يبقى على هذا الحاسوب في صفحة المزامنة، حيث يمكنك نسخه ثم تجاهله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>لم يقبل الخادم أي تغيير (%n) في هذه الخطة: %1 تنتظر التغييرات في صفحة المزامنة لإرسالها مرة أخرى أو تجاهلها.</numerusform>
            <numerusform>لم يقبل الخادم تغييرًا واحدًا (%n) في هذه الخطة: %1 ينتظر في صفحة المزامنة لإرساله مرة أخرى أو تجاهله.</numerusform>
            <numerusform>لم يقبل الخادم تغييرين (%n) في هذه الخطة: %1 ينتظران في صفحة المزامنة لإرسالهما مرة أخرى أو تجاهلهما.</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرات في هذه الخطة: %1 تنتظر في صفحة المزامنة لإرسالها مرة أخرى أو تجاهلها.</numerusform>
            <numerusform>لم يقبل الخادم %n تغييرًا في هذه الخطة: %1 تنتظر في صفحة المزامنة لإرسالها مرة أخرى أو تجاهلها.</numerusform>
            <numerusform>لم يقبل الخادم %n تغيير في هذه الخطة: %1 تنتظر في صفحة المزامنة لإرسالها مرة أخرى أو تجاهلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>فتح صفحة المزامنة</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>الموضوع كله</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</source>
        <translation>هذه المشاركة أطول مما يقبله الخادم بـ %1 حرفًا؛ اختصرها لإرسالها. نصك محفوظ.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>لم يقبل الخادم مشاركتك «%1»: %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>اكتب شيئًا قبل الإرسال.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>ردًّا على (&amp;I):</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>مشاركتك</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>اكتب مشاركة… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>أرسل المشاركة (Ctrl+Enter). عند انقطاع الاتصال تنتظر وتُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>تعذّر حفظ مسودتك على هذا الحاسوب: %1 انسخ النص إلى مكان آمن قبل الإغلاق.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>حذف كاتب هذه المشاركة نصّها.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>أخفى أحد الميسّرين هذه المشاركة.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>ردًا على %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1، ردًا على %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>تعذّر حفظ تعديلاتك على هذا الحاسوب: %1 انسخ النص إلى مكان آمن قبل الإغلاق.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>لا يمكن أن تكون المشاركة فارغة؛ لإزالتها احذفها.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>تتجاوز هذه المشاركة حدّ الخادم بـ %1 حرفًا؛ اختصرها لحفظها. نصّك محفوظ.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>تعديل المشاركة</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>مشاركتك (&amp;Y):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>احفظ التعديل (Ctrl+Return). دون اتصال يُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التعديلات</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>إغلاق مع الاحتفاظ بالمسودة</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>جارٍ جلب الصورة (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>تعذّر جلب الصورة: %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>اضغط Return أو انقر للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>هذه الصورة ليست على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>هذه الصورة (%1) ليست على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>اضغط Return أو انقر لجلبها.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>الصورة ليست على الخادم بعد.</translation>
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
        <translation>قادمة</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>التسجيل في الدورة</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>التقدّم في الدرس</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>الندوة</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>المشاركة في الندوة</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة النقاش</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>الطلب المقدَّم</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>تقرير النتائج</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>نبذة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>النتيجة القابلة للقياس</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>الأسباب الجذرية</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>الإجراءات ذات الأولوية</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>لم يُضف أي نشاط (%n)</numerusform>
            <numerusform>أُضيف نشاط واحد (%n)</numerusform>
            <numerusform>أُضيف نشاطان (%n)</numerusform>
            <numerusform>أُضيفت %n أنشطة</numerusform>
            <numerusform>أُضيف %n نشاطًا</numerusform>
            <numerusform>أُضيف %n نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>لم يتغير أي نشاط (%n)</numerusform>
            <numerusform>تغيّر نشاط واحد (%n)</numerusform>
            <numerusform>تغيّر نشاطان (%n)</numerusform>
            <numerusform>تغيّرت %n أنشطة</numerusform>
            <numerusform>تغيّر %n نشاطًا</numerusform>
            <numerusform>تغيّر %n نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>لم يُحذف أي نشاط (%n)</numerusform>
            <numerusform>حُذف نشاط واحد (%n)</numerusform>
            <numerusform>حُذف نشاطان (%n)</numerusform>
            <numerusform>حُذفت %n أنشطة</numerusform>
            <numerusform>حُذف %n نشاطًا</numerusform>
            <numerusform>حُذف %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>لم يتغير شيء منذ التقديم السابق.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>ما تغيّر منذ التقديم السابق: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A review&apos;s score of a criterion: &quot;Clarity of the challenge: 3 of 4&quot;.</extracomment>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ميسّر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقائق</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>نحو %n ساعة</numerusform>
            <numerusform>نحو %n ساعة</numerusform>
            <numerusform>نحو %n ساعة</numerusform>
            <numerusform>نحو %n ساعات</numerusform>
            <numerusform>نحو %n ساعة</numerusform>
            <numerusform>نحو %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>إنشاء %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإجراء</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>Ui::ResetPage</name>
    <message>
        <source>Paste the reset code you received.</source>
        <translation>الصق رمز إعادة التعيين الذي تلقيته.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>نسيت كلمة المرور</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>أدخل اسم المستخدم. إذا كان لحسابك بريد إلكتروني أرسلنا إليك رمز إعادة تعيين؛ وإلا فيمكن لمسؤولي المجتمع أن يعطوك رمزًا.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>أرسل إليّ رمزًا (&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقيقة. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقيقة. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقيقتين. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقائق. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقيقة. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
            <numerusform>إذا كان لهذا الحساب بريد إلكتروني فرمز إعادة التعيين في الطريق، وهو صالح لمدة %n دقيقة. أدخله هنا مع كلمة المرور الجديدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>أدخل رمز إعادة التعيين الذي تلقيته وكلمة مرورك الجديدة.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>تعيين كلمة المرور الجديدة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>رمز إعادة التعيين (&amp;C):</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور الجديدة (&amp;P):</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>لديّ رمز (&amp;H)</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsChart</name>
    <message>
        <source>Results chart</source>
        <translation>مخطط النتائج</translation>
    </message>
    <message>
        <source>Results chart: %1</source>
        <translation>مخطط النتائج: %1</translation>
    </message>
    <message>
        <source>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</source>
        <translation>القيمة المحققة كل شهر، مقارنةً بخط الأساس (%1) والهدف (%2). القيم نفسها موجودة في جدول &quot;النتائج حسب الشهر&quot;.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No result entered yet.</source>
        <translation>لم تُدخَل أي نتيجة بعد.</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsOverviewModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>How far an indicator has come from its baseline toward its target.</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>التقدم نحو الهدف</translation>
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
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>مؤشر جديد (&amp;N)</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>يضيف مؤشرًا يُبلغ الفريق عن نتائجه (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>من الخطة (&amp;P)…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>يضيف النتيجة القابلة للقياس في الخطة أو مؤشر أحد الأنشطة كمؤشر</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>إضافة مؤشر من الخطة</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>حذف المؤشر (&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>يحذف المؤشر ونتائجه (Delete في القائمة)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>تصدير CSV (&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>يحفظ الجدول المعروض كملف CSV لاستخدامه في جدول بيانات</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>الفرق ومؤشراتها</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>نتائج المؤشرات</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>جميع الفرق جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>لا توجد نتائج لأي فريق على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>لا توجد مؤشرات بعد. أضف النتيجة القابلة للقياس في الخطة أو مؤشر أحد الأنشطة باستخدام &quot;من الخطة&quot;، أو أضف مؤشرًا جديدًا.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>النتيجة القابلة للقياس: %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>مؤشر النشاط: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>النتائج.csv</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewForm</name>
    <message>
        <source>Not scored</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>الدرجة عدد صحيح من 1 إلى 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>قيّم ميسّر آخر هذا التقديم.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>لا يقيّم الخطط المقدَّمة إلا ميسّرو البرنامج.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>أرسل الفريق بعد ذلك نسخة أحدث من هذه الخطة: قيّم تلك النسخة.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>لم يعد هذا التقديم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>يُحفظ على هذا الحاسوب أثناء الكتابة. يحفظ Ctrl+Enter التقييم ويفتح التقديم التالي؛ ويُرسل في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>حُفظ تقييمك. تُحفظ التعديلات أثناء الكتابة وتُرسل في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (إلزامي)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>ضع درجة لكل معيار إلزامي: %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>اذكر ما ينبغي للفريق تغييره: يلزم تعليق عند طلب تعديلات.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>التعليق أطول من %1 حرف يحفظها التقييم. نصّك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>اختر قرارًا: اعتماد الخطة أو طلب تعديلات.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>سلّم التقييم: اكتب من 1 إلى 4 لتقييم المعيار المحدد، وDelete لمسح الدرجة.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>سلّم التقييم</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>القرار (&amp;D):</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>اختر قرارًا</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>تعليق للفريق (&amp;C):</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>تعليق للفريق</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>نقاط القوة في الخطة، وما ينبغي تغييره</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>التقديم السابق (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>التقديم التالي (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>احفظ وافتح التالي</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>احفظ التقييم وافتح التقديم التالي (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>اختر طلبًا</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>لا توجد طلبات على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>اختر طلبًا للاطلاع على مراجعته.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>تظهر خطط العمل المقدَّمة هنا بعد المزامنة.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>الطلب المقدَّم من %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>رُوجع %1 من %2</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>كل الخطط المقدّمة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعتها</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>الخطط المعروضة</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>اعتماد التقديمات المحددة (%1)؟ يُحفظ كل تقييم فيه كل الدرجات الإلزامية ويُرسل في المزامنة القادمة؛ وتحتفظ البقية بالقرار في مسوّدتها.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>طلب تعديلات على التقديمات المحددة (%1)؟ يُحفظ كل تقييم فيه كل الدرجات الإلزامية وتعليق ويُرسل في المزامنة القادمة؛ وتحتفظ البقية بالقرار في مسوّدتها.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>قرار لعدة تقديمات</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
            <numerusform>عدد التقييمات المحفوظة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>ما زال يلزم إكماله: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
            <numerusform>عدد التقديمات التي تُركت كما هي لأن تقييمها ليس لك: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>تصدير التقييمات</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>reviews.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>review.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>تقييم قيد الكتابة</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>البرنامج (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>الفريق (&amp;T):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>الحالة (&amp;A):</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>اللغة (&amp;N):</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>أُرسل من (&amp;M):</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>التقديمات (&amp;B)</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>لغة الخطة</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>أُرسل من</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>أُرسل حتى</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>اعتماد المحدد…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>حدّد أولًا عدة تقديمات باستخدام Shift أو Ctrl مع مفاتيح الأسهم</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>طلب تعديلات على المحدد…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>درجات التقديمات المعروضة (أو المحددة) وقراراتها، لجدول بيانات</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>اطبع التقديم وتقييمه (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>التقديم</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على نتائج.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>البحث في الدروس والمشاركات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>مشاركة</translation>
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
        <translation>%1: %2، %3</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <extracomment>The heading over the lessons found by a search.</extracomment>
        <translation>الدروس (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>المشاركات (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>نسختان من «%1»</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>غيّر شخصان هذا القسم كلٌّ على حدة. قارن بين النسختين (الكلمات المختلفة مظللة)، ثم احتفظ بإحداهما أو اكتب النص الذي يتفق عليه الفريق.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>المحفوظة على الخادم — %1، %2 (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>غير المحفوظة — %1، %2 (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>النص المدمج (&amp;M):</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>الاحتفاظ بنسخة الخادم</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>اعتماد نسخة %1</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>حفظ النص المدمج</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>الندوة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>تبدأ الساعة %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>تبدأ غدًا</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>تبدأ يوم %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>تبدأ بعد %n يوم</numerusform>
            <numerusform>تبدأ بعد %n يوم</numerusform>
            <numerusform>تبدأ بعد %n يومين</numerusform>
            <numerusform>تبدأ بعد %n أيام</numerusform>
            <numerusform>تبدأ بعد %n يومًا</numerusform>
            <numerusform>تبدأ بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>تُغلق خلال أقل من ساعة</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>مفتوحة، تُغلق بعد %n ساعة</numerusform>
            <numerusform>مفتوحة، تُغلق بعد %n ساعة</numerusform>
            <numerusform>مفتوحة، تُغلق بعد %n ساعتين</numerusform>
            <numerusform>مفتوحة، تُغلق بعد %n ساعات</numerusform>
            <numerusform>مفتوحة، تُغلق بعد %n ساعة</numerusform>
            <numerusform>مفتوحة، تُغلق بعد %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>مفتوحة حتى %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1، %n مشاركة جديدة</numerusform>
            <numerusform>%1، %n مشاركة جديدة</numerusform>
            <numerusform>%1، %n مشاركتان جديدتان</numerusform>
            <numerusform>%1، %n مشاركات جديدة</numerusform>
            <numerusform>%1، %n مشاركة جديدة</numerusform>
            <numerusform>%1، %n مشاركة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدتان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركتان</numerusform>
            <numerusform>%n مشاركات</numerusform>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1، بدأه %2 في %3، %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>مثبّت: %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1، مغلق</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>اختر موضوعًا</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>لا توجد ندوات على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>اختر موضوعًا في إحدى الندوات لقراءة النقاش.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>تظهر الندوات هنا بعد أول مزامنة.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>التواريخ: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>الميسّرون: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n موضوع</numerusform>
            <numerusform>%n موضوع</numerusform>
            <numerusform>%n موضوعان</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n موضوعًا</numerusform>
            <numerusform>%n موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>لا توجد مشاركات في هذا الموضوع بعد.</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>الندوات والمواضيع</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>أنت لا تشارك في هذه الندوة بعد. انضم إليها لتكتب فيها؛ ستصل مواضيعها مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>انتهت هذه الندوة: يمكن قراءة مواضيعها دون الرد عليها.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>الانضمام إلى هذه الندوة (&amp;J)</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>موضوع جديد (&amp;T)…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>أغلق أحد الميسّرين هذا الموضوع: يمكن قراءته دون الرد عليه.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>عن الحلقة الدراسية</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>أدخل عنوان الخادم، مثل https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>لا يجيب أي خادم على هذا العنوان. تحقق من العنوان ومن الاتصال، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>يجيب هذا العنوان، لكن ليس كخادم LeaderNet. قد يكون موقعًا آخر، أو صفحة دخول إلى شبكة (في فندق أو مكتب): تحقق من العنوان، أو سجّل الدخول إلى الشبكة في متصفح الويب أولًا.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ التحقق من الخادم…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>مرحبًا بك في LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>يحفظ LeaderNet دوراتك وندواتك وخطة عمل فريقك على هذا الحاسوب، ويحدّثها كلما توفر اتصال. للبدء، أدخل عنوان خادم مجتمعك؛ يمكن لمسؤولي برنامجك أن يزوّدوك به.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>عنوان الخادم (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>الوثوق بهذه الشهادة (&amp;T)</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>التحقق من الخادم</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>شهادة هذا الخادم غير موقّعة من جهة يثق بها هذا الحاسوب. إذا كان مسؤولوك يستخدمون شهادة خاصة بهم، فقارن بصمتها بالبصمة التي أعطوك إياها، ولا تثق بها إلا إذا تطابقتا.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>بصمة SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>بصمة الشهادة</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>هذا الخادم أحدث من هذا الإصدار من LeaderNet. ثبّت أحدث إصدار من التطبيق، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>يعمل هذا الخادم بإصدار من LeaderNet أقدم من هذا التطبيق. اطلب من مسؤولي المجتمع تحديثه.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>يعمل هذا الخادم بإصدار من LeaderNet غير إصدار هذا التطبيق. ثبّت أحدث إصدار من التطبيق؛ وإن كان مثبتًا لديك، فاطلب من مسؤولي المجتمع تحديث الخادم.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>أدخل عنوان الخادم، مثل https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>تسجيل الدخول إلى LeaderNet</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا للمزامنة.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>تعذّر على هذا الحاسوب حفظ كلمة المرور في المرة السابقة. سجّل الدخول مجددًا للمزامنة.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>تسجيل الدخول (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>مرحبًا بك في LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>سجّل الدخول بحسابك في LeaderNet. تبقى مسجّل الدخول على هذا الحاسوب حتى تسجّل الخروج. جديد في المجتمع؟ انضم من هنا.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>الانضمام إلى المجتمع (&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>نسيت كلمة المرور؟ (&amp;F)</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>لديّ رمز تفعيل (&amp;V)</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>حسابك مفعّل. أهلًا بك في المجتمع!</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>تم تغيير كلمة مرورك، وسُجّل خروج كل حاسوب كان مسجّل الدخول بالكلمة القديمة. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>فريق بلا اسم</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1، %2، قُدِّم بتاريخ %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>تقييم قيد الكتابة</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>جارٍ إرسال تغييراتك…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
            <numerusform>جارٍ إرسال تغييراتك: أُرسل %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>جارٍ استلام نحو %1 (%n عنصر)…</numerusform>
            <numerusform>جارٍ استلام نحو %1 (%n عنصر)…</numerusform>
            <numerusform>جارٍ استلام نحو %1 (%n عنصر)…</numerusform>
            <numerusform>جارٍ استلام نحو %1 (%n عناصر)…</numerusform>
            <numerusform>جارٍ استلام نحو %1 (%n عنصرًا)…</numerusform>
            <numerusform>جارٍ استلام نحو %1 (%n عنصر)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>جارٍ البحث عن محتوى جديد…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>جارٍ الاستلام: %n عنصر، %1 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %n عنصر، %1 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %n عنصر، %1 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %n عناصر، %1 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %n عنصرًا، %1 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %n عنصر، %1 حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عنصر، %3 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عنصر، %3 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عنصر، %3 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عناصر، %3 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عنصرًا، %3 حتى الآن</numerusform>
            <numerusform>جارٍ الاستلام: %1٪ — %2 من نحو %n عنصر، %3 حتى الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(يتبقى %1)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>جارٍ مقارنة نسخة هذا الحاسوب بالخادم…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>%1 ستُعاد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثوانٍ.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
            <numerusform>المحاولة التالية بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>غير متصل. تُحفظ تغييراتك على هذا الحاسوب، وسيعيد LeaderNet المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>الخادم لا يستجيب. سيعيد LeaderNet المحاولة تلقائيًا؛ وإذا استمر ذلك أكثر من يوم، فأبلغ مسؤولي البرنامج.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>يجيب شيء آخر غير الخادم على عنوانه: غالبًا صفحة تسجيل الدخول إلى شبكة (في فندق أو مكتب). افتح متصفح ويب وسجّل الدخول إلى الشبكة، ثم اضغط «مزامنة الآن».</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>اتصال محدود البيانات: تنزيل نحو %1 ينتظر اتصالًا غير محدود. ما زالت تغييراتك تُرسل. اضغط «مزامنة الآن» للتنزيل على أي حال.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>اتصال محدود البيانات: تنتظر المزامنة اتصالًا غير محدود، كما هو محدد أدناه. اضغط «مزامنة الآن» للمزامنة على أي حال.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>بلغت حصة البيانات حدّها: تنتظر التنزيلات اليوم أو الشهر التالي. ما زالت تغييراتك تُرسل. اضغط «مزامنة الآن» للتنزيل على أي حال.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>تنزيل نحو %1 ينتظر الساعات %2–%3 المحددة للتنزيلات الكبيرة. اضغط «مزامنة الآن» للتنزيل الآن.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>لا تتم المزامنة إلا عند الضغط على «مزامنة الآن»، كما هو محدد أدناه.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>محدَّث.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>لا يستطيع هذا الحاسوب معرفة ما إذا كان اتصاله محدود البيانات.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>يفيد هذا الحاسوب بأن اتصاله محدود البيانات.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>يفيد هذا الحاسوب بأن اتصاله غير محدود البيانات.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>متى تتم المزامنة</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>تلقائيًا</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>تلقائيًا، عبر الاتصالات غير المحدودة فقط</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>فقط عند الضغط على «مزامنة الآن»</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>اعتبر هذا الاتصال محدود البيانات (&amp;T)</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>حصة البيانات اليومية (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>حصة البيانات الشهرية (&amp;M):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>بلا حصة</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>تنتظر التنزيلات الكبيرة إذا كانت ستتجاوز هذه الحصة؛ وتظل تغييراتك تُرسل.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>التنزيلات الكبيرة من</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>التنزيلات الكبيرة حتى</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>المزامنة (&amp;S):</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>التنزيلات الكبيرة في هذه الساعات فقط (&amp;Y):</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>اجلب الملفات المرفقة مسبقًا عبر الاتصالات غير المحدودة</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>تُجلب صور ومستندات دوراتك وخططك وندواتك بعد كل مزامنة، فتُفتح دون اتصال. وإلا فيُجلب كل منها عند فتحه.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>الاحتفاظ بالملفات المرفقة حتى:</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>عند تجاوز هذا الحد، تُزال من هذا الحاسوب الملفات التي فُتحت منذ أطول مدة (وليس أبدًا ملفًا لك لم يُرسل بعد)؛ ويمكن جلبها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>غير متصل — التغييرات محفوظة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>تمت المزامنة في %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>جارٍ إرسال تغييراتك…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغيير</numerusform>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغيير</numerusform>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغييرين</numerusform>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغييرات</numerusform>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغييرًا</numerusform>
            <numerusform>جارٍ الإرسال… أُرسل %1 من %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>جارٍ البحث عن محتوى جديد…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>جارٍ الاستلام… تم استلام %n سجل</numerusform>
            <numerusform>جارٍ الاستلام… تم استلام %n سجل</numerusform>
            <numerusform>جارٍ الاستلام… تم استلام %n سجلين</numerusform>
            <numerusform>جارٍ الاستلام… تم استلام %n سجلات</numerusform>
            <numerusform>جارٍ الاستلام… تم استلام %n سجلًا</numerusform>
            <numerusform>جارٍ الاستلام… تم استلام %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>جارٍ مقارنة نسخة هذا الحاسوب بالخادم…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثانيتين</numerusform>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثوانٍ</numerusform>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>غير متصل — ستُعاد المحاولة بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثانيتين</numerusform>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثوانٍ</numerusform>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثانية</numerusform>
            <numerusform>الخادم لا يستجيب — ستُعاد المحاولة بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>جارٍ الاستلام… %1٪</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>الخادم لا يستجيب — تُحفظ التغييرات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>تطلب الشبكة تسجيل الدخول — افتح متصفح ويب وسجّل الدخول إليها</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — اتصال محدود البيانات، التنزيلات تنتظر</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — بلغت حصة البيانات حدّها، التنزيلات تنتظر</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — التنزيل الكبير ينتظر حتى %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — رُفض %n تغيير، راجع المزامنة</numerusform>
            <numerusform>%1 — رُفض %n تغيير، راجع المزامنة</numerusform>
            <numerusform>%1 — رُفض %n تغيير، راجع المزامنة</numerusform>
            <numerusform>%1 — رُفضت %n تغييرات، راجع المزامنة</numerusform>
            <numerusform>%1 — رُفض %n تغييرًا، راجع المزامنة</numerusform>
            <numerusform>%1 — رُفض %n تغيير، راجع المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n تغيير بالانتظار</numerusform>
            <numerusform>%1 — %n تغيير بالانتظار</numerusform>
            <numerusform>%1 — %n تغيير بالانتظار</numerusform>
            <numerusform>%1 — %n تغييرات بالانتظار</numerusform>
            <numerusform>%1 — %n تغييرًا بالانتظار</numerusform>
            <numerusform>%1 — %n تغيير بالانتظار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
            <numerusform>%n تغييران بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
            <numerusform>التغييرات التي رفضها الخادم (%n) (&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>تم تسجيل الدخول باسم:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>بانتظار الإرسال:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة الآن (&amp;N)</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
            <numerusform>التعارضات المطلوب حلّها (%n) (&amp;O)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n تعارض مفتوح</numerusform>
            <numerusform>%n تعارض مفتوح</numerusform>
            <numerusform>%n تعارضان مفتوحان</numerusform>
            <numerusform>%n تعارضات مفتوحة</numerusform>
            <numerusform>%n تعارضًا مفتوحًا</numerusform>
            <numerusform>%n تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>الإبقاء (&amp;K)</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>الإبقاء على السجل كما عُدّل</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>الحذف على أي حال (&amp;Y)…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>حذف السجل رغم ذلك</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>تُتجاهل التعديلات التي أُجريت بعد الحذف</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة (&amp;R)</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>إعادة السجل مع التعديلات</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>الإبقاء على الحالية (&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>الإبقاء على النسخة الحالية وتجاهل الأخرى</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>استخدام النسخة الأخرى (&amp;U)</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>استبدال القيم الحالية بقيم النسخة الأخرى</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>النسخة الحالية</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>النسخة الحالية، من %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>النسخة الأخرى، من %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>تجاهل التغيير</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>هل تريد تجاهل هذا التغيير (%1)؟ سيُفقد التغيير، وتُستعاد نسخة الخادم من السجل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>هل تريد حذف هذا السجل (%1) على أي حال؟ عُدّل بعد إجراء الحذف، وستُحذف تلك التعديلات أيضًا.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>التعارضات:</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>إعادة الإرسال (&amp;A)</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>إرسال التغيير المحدد إلى الخادم مجددًا</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>تجاهل التغيير (&amp;D)…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>تجاهل التغيير المحدد والعودة إلى نسخة الخادم</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>التعارضات المطلوب حلّها</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>اختر تعارضًا لمقارنة النسختين.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>الإبقاء محذوفًا (&amp;V)</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>انسخ محتوى التغيير المحدد لتحتفظ به في مكان آخر</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>المقارنة في الخطة (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n عنصر من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
            <numerusform>%n عنصر من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
            <numerusform>%n عنصران من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
            <numerusform>%n عناصر من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
            <numerusform>%n عنصرًا من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
            <numerusform>%n عنصر من الخادم: دورات وندوات وخطط وأعضاء…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>على هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ فحص الخادم…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>نُسخ التشخيص: الصقه في رسالة إلى من يقدّم لك الدعم. لا يتضمن أي كلمة مرور ولا أي شيء كتبته.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>الآن:</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>انسخ التشخيص (&amp;I)</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>انسخ تقريرًا قصيرًا للدعم: الإصدارات، وردّ الخادم، وآخر عمليات المزامنة، وقوائم الانتظار؛ دون كلمات مرور ودون أي شيء كتبته</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>إظهار المشاركة</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>إخفاء المشاركة</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>إلغاء تثبيت الموضوع</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>تثبيت الموضوع</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>إعادة فتح الموضوع</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>إغلاق الموضوع</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>حذف المشاركة</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>أتحذف مشاركتك؟ يزول نصّها من كل الحواسيب مع المزامنة التالية، وتبقى الردود عليها.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>عدّل %1 هذه المشاركة. النسخ السابقة، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>مشاركات هذا الموضوع</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>الرد على المشاركة المحددة (Return)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>تعديل مشاركتك (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>حذف مشاركتك (Del)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>النسخ السابقة…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>إخفاء المشاركة عن المشاركين أو إظهارها من جديد</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>يظهر الموضوع المثبّت أولًا في حلقته الدراسية</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>لا يقبل الموضوع المغلق مشاركات جديدة</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>حذف الموضوع</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>أتحذف هذا الموضوع (%n مشاركة) لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف هذا الموضوع ومشاركته (%n) لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف هذا الموضوع ومشاركتيه (%n) لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف هذا الموضوع و%n مشاركات فيه لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف هذا الموضوع و%n مشاركة فيه لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف هذا الموضوع و%n مشاركة فيه لدى جميع المشاركين؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>احذف الموضوع</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>حذف الموضوع…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>إزالة الموضوع ومشاركاته لدى جميع المشاركين</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>لا أنشطة (%n) من %1 إلى %2</numerusform>
            <numerusform>نشاط واحد (%n) من %1 إلى %2</numerusform>
            <numerusform>نشاطان (%n) من %1 إلى %2</numerusform>
            <numerusform>%n أنشطة من %1 إلى %2</numerusform>
            <numerusform>%n نشاطًا من %1 إلى %2</numerusform>
            <numerusform>%n نشاط من %1 إلى %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>لا يوجد نشاط له تواريخ بعد</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>لا توجد أنشطة بعد</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>لا مسؤول بعد</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop: دورات وندوات وخطط عمل، بوجود اتصال أو بدونه.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>الاحتفاظ بملف التعريف هذا في &lt;مجلد&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>المزامنة مع الخادم على &lt;رابط&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>تسجيل الدخول باسم &lt;اسم&gt; عند البدء.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>قراءة كلمة المرور الخاصة بـ --user من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>حفظ صورة للنافذة في &lt;ملف&gt; بعد أول مزامنة، ثم الخروج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>استخدام هذه اللغة لهذا التشغيل فقط: en أو es أو fr أو pt أو ar أو ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>بعد تسجيل الدخول، سجّل دخول &lt;name&gt; أيضًا على هذا الجهاز، بكلمة المرور الموجودة في السطر التالي من الإدخال القياسي (بعد كلمة مرور ‎--user). يمكن تكرار الخيار.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>افتح هذه الصفحة: home أو courses أو seminars أو plans أو timeline (الجدول الزمني للخطة) أو reviews أو results أو sync أو members؛ ومع --screenshot أيضًا welcome أو join (خطوات التشغيل الأول).</translation>
    </message>
</context>
</TS>
