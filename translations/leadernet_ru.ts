<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>Папка профиля.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>Адрес сервера.</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>сервер не принял учётные данные</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>сервер недоступен (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>версии протокола клиента и сервера не совпадают</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>локальная копия создана более новой версией LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync: не удаётся открыть локальную копию: %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>использование: leadernet-sync login MEMBER (пароль — со стандартного ввода)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync: не удалось войти: %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync: вход выполнен, но сохранить токен не удаётся (%1); передавайте пароль при каждой синхронизации.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Вы вошли как %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync: вход не выполнен; сначала выполните «leadernet-sync login MEMBER» или передайте имя участника и пароль на стандартный ввод команды «sync».</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>Получено %n изменение</numerusform>
            <numerusform>Получено %n изменения</numerusform>
            <numerusform>Получено %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync: ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Выход выполнен.</translation>
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
        <translation>Синхронизирует локальную копию LeaderNet без открытия окна.

Команды:
  login MEMBER          войти (пароль — со стандартного ввода)
  sync [MEMBER]         отправить, затем получить изменения (с MEMBER: пароль —
                        со стандартного ввода)
  verify [MEMBER]       сравнить локальную копию с сервером (код выхода 4 при расхождении)
  status                ожидающие и отклонённые изменения, конфликты, последняя синхронизация, позиция
  add-author MEMBER     выполнить вход ещё одного участника на этом компьютере (пароль —
                        со стандартного ввода); его изменения отправляются с его собственным входом
  remove-author MEMBER  выполнить выход этого участника на этом компьютере
  logout                забыть участника, выполнившего вход</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login, sync, verify, status, add-author, remove-author или logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>использование: leadernet-sync %1 [MEMBER] (с MEMBER: пароль — со стандартного ввода)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>использование: leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync: %1; повторная попытка через %n секунду</numerusform>
            <numerusform>leadernet-sync: %1; повторная попытка через %n секунды</numerusform>
            <numerusform>leadernet-sync: %1; повторная попытка через %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>Отправлено %n изменение</numerusform>
            <numerusform>Отправлено %n изменения</numerusform>
            <numerusform>Отправлено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n изменение вступило в конфликт с другими и сохранено как конфликт, требующий решения</numerusform>
            <numerusform>%n изменения вступили в конфликт с другими и сохранены как конфликты, требующие решения</numerusform>
            <numerusform>%n изменений вступили в конфликт с другими и сохранены как конфликты, требующие решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>%n изменение отклонено сервером; оно остаётся на этом компьютере (см. «status»)</numerusform>
            <numerusform>%n изменения отклонены сервером; они остаются на этом компьютере (см. «status»)</numerusform>
            <numerusform>%n изменений отклонены сервером; они остаются на этом компьютере (см. «status»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>Изменения %n другого участника ждут, пока он выполнит вход на этом компьютере.</numerusform>
            <numerusform>Изменения %n других участников ждут, пока они выполнят вход на этом компьютере.</numerusform>
            <numerusform>Изменения %n других участников ждут, пока они выполнят вход на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>%1 должен(на) снова выполнить вход на этом компьютере («leadernet-sync add-author %2»), чтобы его (её) изменения были отправлены.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) тоже выполнил(а) вход на этом компьютере: изменения, сделанные здесь этим участником, отправляются с его собственным входом.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>%1 больше не выполняет вход на этом компьютере.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync: %1 не выполнил(а) вход на этом компьютере</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>Локальная копия совпадает с сервером.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync: не удалось выполнить проверку: %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>Локальная копия расходится с сервером в %n области.</numerusform>
            <numerusform>Локальная копия расходится с сервером в %n областях.</numerusform>
            <numerusform>Локальная копия расходится с сервером в %n областях.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>%n локальное изменение ещё не отправлено; сначала выполните «sync».</numerusform>
            <numerusform>%n локальных изменения ещё не отправлены; сначала выполните «sync».</numerusform>
            <numerusform>%n локальных изменений ещё не отправлены; сначала выполните «sync».</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>Также доверять сертификатам из этого PEM-файла при работе по HTTPS (собственному центру сертификации сервера или его самозаверенному сертификату).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync: --trust-certificate: в %1 нет ни одного сертификата PEM</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Неизвестный участник</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Переместить мероприятие</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Восстановить мероприятие</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Изменить показатель</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Переместить показатель</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>Исправить результат</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Внести результат</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Удалить результат</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>График (%1 из %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Представлен %1, автор: %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ожидает рецензии</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>Отзыв: %1, ещё не сохранён</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Рецензия от %1, рецензент: %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Решение: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The plan as submitted</source>
        <translation>План в представленном виде</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Мероприятия (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Profile and account</source>
        <translation>Профиль и учётная запись</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>То, что видят о вас участники, с которыми вы работаете. Изменения сохраняются на этом компьютере по мере ввода и отправляются при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Языки, на которых вы работаете</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>О се&amp;бе:</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>Сохранено на этом компьютере. Будет отправлено на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>Не удалось сохранить изменения на этом компьютере. Они остаются в полях: попробуйте ещё раз или скопируйте их в надёжное место.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>Ваш профиль придёт с первой синхронизацией; тогда его можно будет изменить.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>Если вы входили на компьютере, которым больше не пользуетесь, или который был утерян, выйдите на нём отсюда. Этот компьютер останется в системе. Нужно подключение.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>Выйти на &amp;других компьютерах</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>Вы&amp;йти на этом компьютере…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>На других ваших компьютерах выполнен выход. При следующей синхронизации они запросят пароль.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Ожидание ответа сервера</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>Используйте не менее %n символа. Несколько слов, которые вы помните, — надёжный пароль.</numerusform>
            <numerusform>Используйте не менее %n символов. Несколько слов, которые вы помните, — надёжный пароль.</numerusform>
            <numerusform>Используйте не менее %n символов. Несколько слов, которые вы помните, — надёжный пароль.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткий: используйте не менее %n символа.</numerusform>
            <numerusform>Слишком короткий: используйте не менее %n символов.</numerusform>
            <numerusform>Слишком короткий: используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>Слабый: легко угадать. Добавьте слова или смешайте буквы, цифры и знаки.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Средний. Более длинный пароль был бы надёжнее.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Выберите имя пользователя.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Используйте от %1 до %2 строчных латинских букв (a–z), цифр, точек, дефисов или знаков подчёркивания, без пробелов.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Введите адрес электронной почты, например name@example.org, или оставьте поле пустым.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>Сократите до %n символа или меньше.</numerusform>
            <numerusform>Сократите до %n символов или меньше.</numerusform>
            <numerusform>Сократите до %n символов или меньше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>Этот код неизвестен, уже использован или истёк. Запросите новый.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>Введите имя так, как его должны видеть другие.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>Выберите не более %n языка.</numerusform>
            <numerusform>Выберите не более %n языков.</numerusform>
            <numerusform>Выберите не более %n языков.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>Сервер не принял это значение: оно слишком длинное или недопустимое.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Это не ваш текущий пароль.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>Сервер недоступен. Проверьте подключение и попробуйте ещё раз. Ничего из введённого не потеряно.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>Вставьте полученный код активации.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>Активируйте учётную запись</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>Введите код активации, полученный по электронной почте или от администраторов сообщества.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>Добро пожаловать, %1! Мы отправили код активации на ваш адрес электронной почты. Вставьте его сюда, чтобы активировать учётную запись. Если он не придёт, код могут выдать администраторы сообщества.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>Добро пожаловать, %1! Попросите код активации у администраторов сообщества и вставьте его сюда, чтобы активировать учётную запись.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Код активации:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation>%1
Ресурсы: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>%1 is no longer in the team: choose who is responsible now.</source>
        <translation>%1 больше не входит в команду: выберите, кто теперь отвечает.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1, больше не в команде</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
</context>
<context>
    <name>Ui::AttachmentList</name>
    <message>
        <source>%1, waiting to be sent</source>
        <translation>%1, ожидает отправки</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, на этом компьютере</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1, ожидает загрузки</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>загрузка… %1 % из %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1, не удалось загрузить: %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1, ещё не загружен</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>Не удалось открыть «%1»: не удалось записать копию для открытия в %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>На этом компьютере нет приложения, которое открывает «%1». Сохраните копию и откройте её оттуда.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Сохранить копию «%1»</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>«%1» больше нет на этом компьютере; загрузите его снова.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>Не удалось сохранить «%1» как %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>Здесь можно прикрепить не более %n файла.</numerusform>
            <numerusform>Здесь можно прикрепить не более %n файлов.</numerusform>
            <numerusform>Здесь можно прикрепить не более %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>Размер «%1» — %2; сервер принимает файлы до %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>Имя «%1» слишком длинное; переименуйте файл, чтобы в имени было не более %n символа.</numerusform>
            <numerusform>Имя «%1» слишком длинное; переименуйте файл, чтобы в имени было не более %n символов.</numerusform>
            <numerusform>Имя «%1» слишком длинное; переименуйте файл, чтобы в имени было не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>Не удалось прикрепить «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>«%1» уже прикреплён.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Прикреплённые файлы:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>Открыть файл в приложении этого компьютера для таких файлов (Enter)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>Загрузить файл с сервера сейчас (Enter)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>Прикрепить изображение, документ или запись (Ctrl+Shift+A); файл уйдёт со следующей синхронизацией</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>Убрать выбранный файл из списка (Del)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1, ещё нет на сервере: компьютер, на котором его прикрепили, ещё не отправил его</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>Удалено, пока другой участник вносил изменения</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>Изменено после удаления</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>Сохранено, с изменениями</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>Изменённая версия</translation>
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
        <translation>%1 удалил(а) эту запись.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>Запись сохранена со следующими значениями:</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>Эти значения были сохранены после удаления записи:</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>Автор текущей версии</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>Автор другой версии</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>Сообщение от %1, %2: %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>Удалено автором</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>Скрыто ведущим</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>изменено %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>%1 написал(а) %2 в ответ %3: %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>До %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n файл прикреплён</numerusform>
            <numerusform>%n файла прикреплено</numerusform>
            <numerusform>%n файлов прикреплено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1 (вы записаны)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, пройден</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1, пройдено уроков: %2 из %n</numerusform>
            <numerusform>%1, пройдено уроков: %2 из %n</numerusform>
            <numerusform>%1, пройдено уроков: %2 из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Выберите урок</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>На этом компьютере пока нет курсов</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>Выберите курс, модуль или урок для просмотра.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>Курсы появятся здесь после первой синхронизации.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>Вы записаны на этот курс.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>Вы не записаны на этот курс.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n модуль</numerusform>
            <numerusform>%n модуля</numerusform>
            <numerusform>%n модулей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n урок</numerusform>
            <numerusform>%n урока</numerusform>
            <numerusform>%n уроков</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>Курсы, модули и уроки</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>Пройдено уроков: %1 из %n</numerusform>
            <numerusform>Пройдено уроков: %1 из %n</numerusform>
            <numerusform>Пройдено уроков: %1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Прогресс по курсу</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>Покинуть к&amp;урс</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>За&amp;писаться</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Курс пройден</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>&amp;Продолжить: %1</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>&amp;Начать: %1</translation>
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
        <translation>Не удалось покинуть курс.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>Не удалось записаться на курс.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>Не удалось изменить отметку урока.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>Показывать курсы на языке</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показывать</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Все курсы</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Мои курсы</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Пройденные</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Предыдущий урок</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>Предыдущий урок (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Следующий урок</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>Следующий урок (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Отметить как &amp;пройденный</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>Отметить урок как пройденный или непройденный (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>Не удалось сохранить таблицу как %1.</translation>
    </message>
</context>
<context>
    <name>Ui::DataUsageView</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Data used against the budget: &quot;1.2 MB of 5 MB&quot;.</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Использовано данных</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>В этом месяце: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Использование данных по дням</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>За последние 30 дней данные не использовались.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>Использование данных по месяцам</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>По дням, последние 30 дней:</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>По месяцам, последние 6 месяцев:</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>Этот компьютер пока не может проверить пароль без подключения: войдите ещё раз, один раз, при наличии связи.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>Пароль неверный. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>Этого человека уже нет за этим компьютером.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — сейчас пишет</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — вышел из системы; изменения ждут повторного входа</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>Добавить члена команды за этим компьютером…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>Никто не пишет</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Пишет: %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>&amp;Люди за этим компьютером</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>Люди за этим компьютером</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>&amp;Писать от имени этого человека…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Добавить члена &amp;команды…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Войти снова…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>&amp;Уйти из-за компьютера</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>Сменить &amp;автора…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>От чьего имени записываются изменения (%1, чтобы сменить)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — сейчас пишет; учётная запись отключена на сервере, изменения ждут</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — учётная запись отключена на сервере; изменения ждут</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — сейчас пишет; вышел из системы, изменения ждут повторного входа</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>Введите имя пользователя члена команды.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>Добавить члена команды за этим компьютером</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>Член команды входит под своей учётной записью. Его изменения записываются на его имя и отправляются с его собственным входом.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Писать от имени: %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1, введите пароль, чтобы писать от своего имени. Он проверяется на этом компьютере; подключение не нужно.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>Снова войти: %1</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>%1 нужно войти снова (нужно подключение).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>Не удаётся открыть файл локальных данных.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>Локальные данные записаны более новой версией LeaderNet. Установите последнюю версию.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>Не удалось обновить формат локальных данных. Данные не изменены.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>Не удалось прочитать или сохранить локальные данные.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>Элемент не найден.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Некоторые сведения указаны неверно.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Сервер недоступен. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>На сервере возникла проблема. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>Не удаётся распознать ответ сервера.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>Эта версия LeaderNet несовместима с сервером. Установите последнюю версию.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>На этом компьютере нет доступного хранилища паролей.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Слишком много неудачных попыток входа. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>Семинар или тема уже были закрыты, когда это было написано, поэтому сервер это не принял.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>То, к чему это относилось, тем временем удалили с сервера (курс, урок, семинар, тему или сообщение).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>Вы больше не входите в команду этого плана, или план больше не принадлежит команде, поэтому сервер не принял это изменение. Оно сохранено здесь: скопируйте нужное, затем отмените его.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>Эта учётная запись отключена на сервере. Попросите администраторов программы включить её снова.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>Команда отправила более новую версию этого плана или отозвала его до того, как пришёл этот отзыв, поэтому сервер его не принял. Он остаётся здесь: скопируйте нужное, затем удалите его.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>Сервер уже принял от вас сегодня столько, сколько принимает от одного человека за день. Ваши изменения сохранены на этом компьютере и будут отправлены после полуночи (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Это имя пользователя уже занято. Выберите другое.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>Этот компьютер не доверяет сертификату сервера, поэтому соединение может быть незащищённым.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Добро пожаловать, %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>Вы записаны на %n курс.</numerusform>
            <numerusform>Вы записаны на %n курса.</numerusform>
            <numerusform>Вы записаны на %n курсов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>Доступен %n курс.</numerusform>
            <numerusform>Доступно %n курса.</numerusform>
            <numerusform>Доступно %n курсов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>Доступен %n семинар.</numerusform>
            <numerusform>Доступно %n семинара.</numerusform>
            <numerusform>Доступно %n семинаров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n план действий команд, с которыми вы работаете как фасилитатор.</numerusform>
            <numerusform>%n плана действий команд, с которыми вы работаете как фасилитатор.</numerusform>
            <numerusform>%n планов действий команд, с которыми вы работаете как фасилитатор.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n план действий вашей команды.</numerusform>
            <numerusform>%n плана действий вашей команды.</numerusform>
            <numerusform>%n планов действий вашей команды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n представленный план ожидает вашей рецензии.</numerusform>
            <numerusform>%n представленных плана ожидают вашей рецензии.</numerusform>
            <numerusform>%n представленных планов ожидают вашей рецензии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n представленный план вашей команды.</numerusform>
            <numerusform>%n представленных плана вашей команды.</numerusform>
            <numerusform>%n представленных планов вашей команды.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>Синхронизация на этом компьютере ещё не выполнялась.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>Всё перечисленное ниже хранится на этом компьютере, поэтому вы можете продолжать работу без подключения. Ваши изменения будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Открыть курсы</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>Открыть семинары</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>Открыть планы действий</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Открыть рецензии</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>Продолжить с того места, где вы остановились: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>Новые сообщения: %1 в %n семинаре.</numerusform>
            <numerusform>Новые сообщения: %1 в %n семинарах.</numerusform>
            <numerusform>Новые сообщения: %1 в %n семинарах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Ваша команда: %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>Участники вашей команды</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>Нажмите Enter, чтобы открыть профиль участника</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>По&amp;казатель:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица измерения:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Исходное значение:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%, учреждения, дети …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>С чего начинала команда</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>Чего команда обязалась достичь</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>&amp;Достигнутое значение:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>Достигнутое значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>Источник или способ подсчёта</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>Записывает значение за месяц или исправляет его (Enter)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>Удалить месяц</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>Удаляет значение за выбранный месяц (Delete в таблице)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>&amp;Результаты по месяцам</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>Результаты по месяцам</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>Сообщать результаты команды могут только её члены; вы можете их читать.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>Введите значение, которого показатель достиг в этом месяце.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>У показателя должно быть название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>«%1» — не число. Запишите его как %2, без единицы измерения.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>Результаты вносятся за месяцы периода %1 — %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>Текст длиннее сохраняемых %1 символов.</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>Вступление в сообщество</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>Расскажите сообществу о себе. Ваше имя, страну, организацию и языки видят участники, с которыми вы работаете; адрес электронной почты используется только для отправки вам кодов.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>например amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;Эл. почта (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>&amp;Языки, на которых вы работаете:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Языки, на которых вы работаете</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Вступить</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>Выйти из учётной записи %1? Материалы останутся на этом компьютере; для следующей синхронизации потребуется ввести пароль.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>О программе LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

Курсы, семинары и планы действий для руководителей и лидеров здравоохранения — на этом компьютере, с подключением к сети или без него.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Семинары</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Рецензии</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>Отправить ваши изменения и получить новые материалы (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Выйти из &amp;учётной записи…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>&amp;О программе LeaderNet</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>Не удалось сохранить пароль на этом компьютере (хранилище паролей недоступно). При следующем запуске LeaderNet пароль будет запрошен снова.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>У&amp;величить текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>За этим компьютером</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>Люди за этим &amp;компьютером</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Никто не вошёл в систему</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>Всё, что есть на этом компьютере, скрыто, пока кто-нибудь не войдёт.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Во&amp;йти…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>&amp;Профиль и учётная запись…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Поиск по урокам и сообщениям</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>Эта синхронизация загрузит около %1 через лимитное подключение. Загрузить сейчас или отправить только ваши изменения, а загрузить позже через безлимитное подключение?</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>Эта синхронизация загрузит около %1 и превысит лимит данных, заданный на странице «Синхронизация». Загрузить сейчас или отправить только ваши изменения, а загрузить позже?</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>Большая загрузка</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Загрузить сейчас</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Нет участников, соответствующих «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>Найден %n участник</numerusform>
            <numerusform>Найдено %n участника</numerusform>
            <numerusform>Найдено %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>На этом компьютере пока нет участников</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Выберите участника</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>Участники появятся здесь после первой синхронизации.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>Выберите участника в списке, чтобы увидеть его профиль.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Страна: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Роли: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Имя пользователя: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Участник с %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О себе</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>&amp;Найти участника:</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>Имя, страна, организация или язык</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>Показывает участников, у которых имя, имя пользователя, страна, организация или язык содержат все введённые слова</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>Показанные участники</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Профиль участника</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>Дайте обсуждению название.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>Название может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>Напишите первое сообщение обсуждения.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>Первое сообщение может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Новое обсуждение</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>&amp;Первое сообщение:</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>Открыть обсуждение</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Открыть обсуждение (Ctrl+Enter). Без связи оно уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Закрыть, сохранив черновик</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>Отклонено сервером — см. раздел «Синхронизация»</translation>
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
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>Для смены пароля нужно подключение. Затем на других ваших компьютерах будет выполнен выход; этот останется в системе.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>Добавлено мероприятие «%1»</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>Удалено мероприятие «%1»</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>Мероприятие «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (ещё не отправлено)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>Выберите изменение, чтобы увидеть его полностью.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1, %2 — ещё не отправлено</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>Этого мероприятия больше нет в плане, или оно уже восстановлено.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>Изменений пока нет. Каждое изменение плана появляется здесь сразу, с именем автора; изменения других участников приходят со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>История плана</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>Выбранное изменение</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>Вернуть прежнее значение</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>Вернуть значение, которое было до этого изменения; это будет ваше изменение</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Команда без названия</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>План действий: %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>План действий: %1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>Этот раздел длиннее %1 символов, которые вмещает план; сократите его, чтобы сохранить. Ваш текст сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Вызов</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>Ви&amp;дение</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>&amp;Измеримый результат</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>&amp;Текущая ситуация</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>&amp;Коренные причины</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>&amp;Приоритетные действия</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Пока не заполнено</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>Изменять этот план могут только члены команды; вы можете его читать.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>Заполните этот раздел, прежде чем отправлять план.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>Две версии: сравнить…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1: две версии, сравните их</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>Выберите план действий</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>На этом компьютере пока нет планов действий</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>Выберите план команды для просмотра.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>План действий вашей команды появится здесь после первой синхронизации.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>План действий: %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, язык: %2</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы действий</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>Чтобы перемещать мероприятия, покажите их все в порядке плана</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>Мероприятие удалено. Отмена вернёт его (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>Укажите, в чём состоит мероприятие: поле не может быть пустым.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>Отвечать за мероприятие может только член команды.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>Этот текст слишком длинный для мероприятия.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>Изменять этот план могут только члены команды.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>Не удалось напечатать план.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Сохранить план в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>Не удалось сохранить план как %1.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>What, who, indicator…</source>
        <translation>Что, кто, показатель…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Отбор мероприятий</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>Показывать мероприятия в состоянии</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>Добавить &amp;мероприятие</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>&amp;Удалить мероприятие</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>Черновик: ещё не отправлен на рецензию.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — отправлен %2, отправитель: %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>Рецензия от %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Отправить на рецензию</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>Отправить план в нынешнем виде фасилитаторам программы? Они рецензируют эту версию; работу над планом можно продолжать.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>&amp;Отправить снова…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>&amp;Отправить на рецензию…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>И&amp;стория</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>Сервер не принял %n изменение в этом плане: вы больше не входите в команду этого плана, или план больше не принадлежит команде. Ничего из написанного не потеряно: всё хранится на этом компьютере, на странице «Синхронизация», где это можно скопировать, а затем отменить.</numerusform>
            <numerusform>Сервер не принял %n изменения в этом плане: вы больше не входите в команду этого плана, или план больше не принадлежит команде. Ничего из написанного не потеряно: всё хранится на этом компьютере, на странице «Синхронизация», где это можно скопировать, а затем отменить.</numerusform>
            <numerusform>Сервер не принял %n изменений в этом плане: вы больше не входите в команду этого плана, или план больше не принадлежит команде. Ничего из написанного не потеряно: всё хранится на этом компьютере, на странице «Синхронизация», где это можно скопировать, а затем отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>Сервер не принял %n изменение в этом плане: %1 Оно ждёт на странице «Синхронизация»: его можно отправить снова или отменить.</numerusform>
            <numerusform>Сервер не принял %n изменения в этом плане: %1 Они ждут на странице «Синхронизация»: их можно отправить снова или отменить.</numerusform>
            <numerusform>Сервер не принял %n изменений в этом плане: %1 Они ждут на странице «Синхронизация»: их можно отправить снова или отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Открыть страницу «Синхронизация»</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>Всё обсуждение</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</source>
        <translation>Сообщение длиннее допустимого на %1 символов; сократите его, чтобы отправить. Ваш текст сохранён.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>Сервер не принял ваше сообщение «%1»: %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Напишите что-нибудь перед отправкой.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>&amp;В ответ на:</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>Напишите сообщение… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>Отправить сообщение (Ctrl+Enter). Без связи оно подождёт и уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Исправить и отправить снова</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Черновик не удалось сохранить на этом компьютере: %1 Скопируйте текст в надёжное место, прежде чем закрывать.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>Автор удалил это сообщение.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>Ведущий скрыл это сообщение.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>в ответ %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, в ответ %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Новое</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Не удалось сохранить ваши изменения на этом компьютере: %1 Скопируйте текст в надёжное место, прежде чем закрывать.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>Сообщение не может быть пустым; чтобы убрать его, удалите его.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>Сообщение длиннее допустимого сервером на %1 симв.; сократите его, чтобы сохранить. Ваш текст сохранён.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Изменить сообщение</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>&amp;Ваше сообщение:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Сохранить изменения (Ctrl+Enter). Без связи они уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Закрыть, сохранив черновик</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>Загрузка изображения (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>Не удалось загрузить изображение: %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>Нажмите Enter или щёлкните, чтобы повторить.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>Этого изображения ещё нет на этом компьютере.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>Этого изображения (%1) ещё нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>Нажмите Enter или щёлкните, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>Этого изображения ещё нет на сервере.</translation>
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
        <translation>Предстоит</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Задерживается</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ожидает рецензии</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Отрецензировано</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Требуются изменения</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Запись на курс</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Прохождение урока</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>Участие в семинаре</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Тема обсуждения</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Материал на рецензию</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензия</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Отчёт о результатах</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О себе</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Фасилитаторы</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Измеримый результат</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Текущая ситуация</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Коренные причины</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Приоритетные действия</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рецензии</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>добавлено %n мероприятие</numerusform>
            <numerusform>добавлено %n мероприятия</numerusform>
            <numerusform>добавлено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>изменено %n мероприятие</numerusform>
            <numerusform>изменено %n мероприятия</numerusform>
            <numerusform>изменено %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>удалено %n мероприятие</numerusform>
            <numerusform>удалено %n мероприятия</numerusform>
            <numerusform>удалено %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>С прошлой отправки ничего не изменилось.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>Изменено с прошлой отправки: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A review&apos;s score of a criterion: &quot;Clarity of the challenge: 3 of 4&quot;.</extracomment>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>около %n часа</numerusform>
            <numerusform>около %n часов</numerusform>
            <numerusform>около %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Ui::ResetPage</name>
    <message>
        <source>Paste the reset code you received.</source>
        <translation>Вставьте полученный код сброса.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Забытый пароль</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>Введите имя пользователя. Если у учётной записи есть адрес электронной почты, мы пришлём код сброса; иначе его могут выдать администраторы сообщества.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Отправить мне код</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>Если у этой учётной записи есть адрес электронной почты, код сброса уже в пути; он действует %n минуту. Введите его здесь вместе с новым паролем.</numerusform>
            <numerusform>Если у этой учётной записи есть адрес электронной почты, код сброса уже в пути; он действует %n минуты. Введите его здесь вместе с новым паролем.</numerusform>
            <numerusform>Если у этой учётной записи есть адрес электронной почты, код сброса уже в пути; он действует %n минут. Введите его здесь вместе с новым паролем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>Введите полученный код сброса и новый пароль.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>&amp;Сохранить новый пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>&amp;Код сброса:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>У меня &amp;есть код</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsChart</name>
    <message>
        <source>Results chart</source>
        <translation>График результатов</translation>
    </message>
    <message>
        <source>Results chart: %1</source>
        <translation>График результатов: %1</translation>
    </message>
    <message>
        <source>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</source>
        <translation>Значение, достигнутое за каждый месяц, в сравнении с исходным значением (%1) и целевым значением (%2). Те же значения приведены в таблице «Результаты по месяцам».</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No result entered yet.</source>
        <translation>Результаты ещё не внесены.</translation>
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
        <translation>Команда</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>Прогресс к целевому значению</translation>
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
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;Новый показатель</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>Добавляет показатель, по которому команда сообщает результаты (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>&amp;Из плана…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>Добавляет в качестве показателя измеримый результат плана или показатель мероприятия</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>Добавить показатель из плана</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Удалить показатель</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>Удаляет показатель и его результаты (Delete в списке)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>Сохраняет показанную таблицу в файл CSV для электронной таблицы</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>Команды и их показатели</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>Результаты по показателям</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>Все команды в сравнении</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>На этом компьютере пока нет результатов ни одной команды</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>Показателей пока нет. Добавьте измеримый результат плана или показатель мероприятия кнопкой «Из плана» или создайте новый.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Измеримый результат: %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>Показатель мероприятия: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>результаты.csv</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewForm</name>
    <message>
        <source>Not scored</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>Оценка — целое число от 1 до 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>Эту заявку уже оценил другой фасилитатор.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>Представленные планы оценивают только фасилитаторы программы.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>С тех пор команда отправила более новую версию этого плана: оцените её.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>Этой заявки больше нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>Сохраняется на этом компьютере по мере ввода. Ctrl+Enter сохраняет отзыв и открывает следующую заявку; он уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>Ваш отзыв сохранён. Изменения сохраняются по мере ввода и уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>Оцените каждый обязательный критерий: %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>Укажите, что команде нужно изменить: при запросе изменений нужен комментарий.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>Комментарий длиннее %1 символов, которые хранит отзыв. Ваш текст сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>Выберите решение: утвердить план или запросить изменения.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Ваш отзыв</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>Рубрика: введите цифру от 1 до 4, чтобы оценить выбранный критерий, Delete — чтобы снять оценку.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Выберите решение</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>&amp;Комментарий для команды:</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>Комментарий для команды</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>Сильные стороны плана и что изменить</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>Предыдущая заявка (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>Следующая заявка (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>Сохранить и открыть следующую</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>Сохранить отзыв и открыть следующую заявку (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>Выберите представленный план</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>На этом компьютере пока нет представленных планов</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>Выберите представленный план, чтобы просмотреть рецензию.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>Представленные планы действий появятся здесь после синхронизации.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>Представленный план: %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ожидает рецензии</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Представленные планы</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>Рецензировано: %1 из %2</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>Все представленные планы</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>С рецензией</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>Какие планы показывать</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Утвердить выбранные заявки (%1)? Каждый отзыв, в котором есть все обязательные оценки, сохраняется и уйдёт при следующей синхронизации; остальные сохранят решение в черновике.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Запросить изменения по выбранным заявкам (%1)? Каждый отзыв, в котором есть все обязательные оценки и комментарий, сохраняется и уйдёт при следующей синхронизации; остальные сохранят решение в черновике.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>Решение по нескольким заявкам</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Запросить изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n отзыв.</numerusform>
            <numerusform>Сохранено %n отзыва.</numerusform>
            <numerusform>Сохранено %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>Осталось дополнить: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>%n заявка, которую оцениваете не вы, оставлена как была.</numerusform>
            <numerusform>%n заявки, которые оцениваете не вы, оставлены как были.</numerusform>
            <numerusform>%n заявок, которые оцениваете не вы, оставлены как были.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Экспорт отзывов</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>otzyvy.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>otzyv.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Отзыв пишется</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>Отправлено &amp;с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Язык плана</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Отправлено с</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Отправлено по</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Утвердить выбранные…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>Сначала выберите несколько заявок клавишами-стрелками с Shift или Ctrl</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>Запросить изменения по выбранным…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>Оценки и решения по показанным (или выбранным) заявкам — для электронной таблицы</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>Напечатать заявку и отзыв (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Заявка</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Поиск по урокам и сообщениям</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Сообщение</translation>
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
        <translation>Уроки (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>Сообщения (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Две версии раздела «%1»</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>Два человека изменили этот раздел независимо друг от друга. Сравните версии (различающиеся слова выделены), затем оставьте одну или напишите текст, о котором договорится команда.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>&amp;Сохранена на сервере — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>&amp;Не сохранена — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>&amp;Объединённый текст:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Оставить версию сервера</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Взять версию: %1</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Сохранить объединённый текст</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>начинается в %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>начинается завтра</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>начало: %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>начнётся через %n день</numerusform>
            <numerusform>начнётся через %n дня</numerusform>
            <numerusform>начнётся через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>закроется менее чем через час</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>открыт, закроется через %n час</numerusform>
            <numerusform>открыт, закроется через %n часа</numerusform>
            <numerusform>открыт, закроется через %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>открыт до %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1, %n новое сообщение</numerusform>
            <numerusform>%1, %n новых сообщения</numerusform>
            <numerusform>%1, %n новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новое</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1, тему открыл(а) %2 %3, %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>Закреплено: %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1, закрыто</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Выберите тему обсуждения</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>На этом компьютере пока нет семинаров</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>Выберите тему семинара, чтобы прочитать обсуждение.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>Семинары появятся здесь после первой синхронизации.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Даты: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Фасилитаторы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>В этой теме пока нет сообщений.</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Семинары и темы обсуждений</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>Вы ещё не участвуете в этом семинаре. Присоединитесь, чтобы писать в нём; его обсуждения придут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>Семинар завершён: его обсуждения можно читать, но не отвечать в них.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>&amp;Присоединиться к семинару</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Новое &amp;обсуждение…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>Ведущий закрыл эту тему: её можно читать, но нельзя отвечать.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>О семинаре</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Введите адрес сервера, например https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>По этому адресу не отвечает ни один сервер. Проверьте адрес и подключение и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>Этот адрес отвечает, но не как сервер LeaderNet. Возможно, это другой сайт или страница входа в сеть (в гостинице или офисе): проверьте адрес или сначала войдите в сеть через браузер.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Добро пожаловать в LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>LeaderNet хранит ваши курсы, семинары и план действий команды на этом компьютере и обновляет их, когда есть подключение. Для начала введите адрес сервера вашего сообщества: его могут сообщить администраторы вашей программы.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Проверка сервера</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>Сертификат этого сервера не подписан центром, которому доверяет этот компьютер. Если ваши администраторы используют собственный сертификат, сравните его отпечаток с тем, что они вам дали. Доверяйте ему, только если они совпадают.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Отпечаток сертификата</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>Этот сервер новее этой версии LeaderNet. Установите последнюю версию приложения и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>На этом сервере более старая версия LeaderNet, чем у приложения. Попросите администраторов сообщества обновить его.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>Этот сервер работает с другой версией LeaderNet, чем это приложение. Установите последнюю версию приложения; если она уже установлена, попросите администраторов сообщества обновить сервер.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>Сообщение о входе</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Введите адрес сервера, например https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>Вход в LeaderNet</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Ваш сеанс завершён. Войдите снова, чтобы выполнить синхронизацию.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>В прошлый раз не удалось сохранить пароль на этом компьютере. Войдите снова, чтобы выполнить синхронизацию.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Добро пожаловать в LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>Войдите с учётной записью LeaderNet. Вы останетесь в системе на этом компьютере, пока не выйдете. Впервые в сообществе? Вступите здесь.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>&amp;Зарегистрироваться в сообществе…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Забыли па&amp;роль?</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>У меня есть &amp;код активации</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>Учётная запись активирована. Добро пожаловать в сообщество!</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>Пароль изменён, и на всех компьютерах, где выполнялся вход со старым паролем, выполнен выход. Войдите с новым паролем.</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Команда без названия</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1, %2, представлен %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Отзыв пишется</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Отправка ваших изменений…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>Отправка изменений: отправлено %1 из %n</numerusform>
            <numerusform>Отправка изменений: отправлено %1 из %n</numerusform>
            <numerusform>Отправка изменений: отправлено %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>Получение около %1 (%n элемент)…</numerusform>
            <numerusform>Получение около %1 (%n элемента)…</numerusform>
            <numerusform>Получение около %1 (%n элементов)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Проверка наличия новых материалов…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>Получение: %n элемент, пока %1</numerusform>
            <numerusform>Получение: %n элемента, пока %1</numerusform>
            <numerusform>Получение: %n элементов, пока %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>Получение: %1 % — %2 из примерно %n элемента, пока %3</numerusform>
            <numerusform>Получение: %1 % — %2 из примерно %n элементов, пока %3</numerusform>
            <numerusform>Получение: %1 % — %2 из примерно %n элементов, пока %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(осталось %1)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Сравнение копии на этом компьютере с сервером…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Повторная попытка через %n секунду.</numerusform>
            <numerusform>%1 Повторная попытка через %n секунды.</numerusform>
            <numerusform>%1 Повторная попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Следующая попытка через %n секунду.</numerusform>
            <numerusform>Следующая попытка через %n секунды.</numerusform>
            <numerusform>Следующая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>Нет подключения. Ваши изменения хранятся на этом компьютере, LeaderNet сам попробует снова.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>Сервер не отвечает. LeaderNet сам попробует снова; если это продлится больше суток, сообщите администраторам программы.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>По адресу сервера отвечает что-то другое: чаще всего страница входа в сеть (в гостинице или в офисе). Откройте веб-браузер, войдите в сеть, затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>Лимитное подключение: загрузка около %1 ждёт безлимитного подключения. Ваши собственные изменения всё равно отправляются. Нажмите «Синхронизировать сейчас», чтобы загрузить всё равно.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>Лимитное подключение: синхронизация ждёт безлимитного подключения, как задано ниже. Нажмите «Синхронизировать сейчас», чтобы синхронизировать всё равно.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>Лимит данных исчерпан: загрузки ждут следующего дня или месяца. Ваши собственные изменения всё равно отправляются. Нажмите «Синхронизировать сейчас», чтобы загрузить всё равно.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>Загрузка около %1 ждёт времени %2–%3, заданного для больших загрузок. Нажмите «Синхронизировать сейчас», чтобы загрузить сразу.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>Синхронизация только по кнопке «Синхронизировать сейчас», как задано ниже.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ещё не синхронизировано.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Всё актуально.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>Этот компьютер не может определить, лимитное ли у него подключение.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>Этот компьютер сообщает, что подключение лимитное.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>Этот компьютер сообщает, что подключение безлимитное.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Когда синхронизировать</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>Автоматически, только через безлимитное подключение</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>Только по кнопке «Синхронизировать сейчас»</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>С&amp;читать это подключение лимитным</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>Дн&amp;евной лимит данных:</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>&amp;Месячный лимит данных:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Без лимита</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>Большие загрузки ждут, если превысят этот лимит; ваши собственные изменения всё равно отправляются.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>Большие загрузки с</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>Большие загрузки до</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>Синх&amp;ронизация:</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>Большие загрузки только в &amp;эти часы:</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>Заранее загружать прикреплённые файлы через безлимитные подключения</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>Изображения и документы ваших курсов, планов и семинаров загружаются после каждой синхронизации и открываются без подключения. Иначе каждый файл загружается, когда вы его открываете.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>Хранить прикреплённые файлы до:</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>Сверх этого с компьютера удаляются файлы, которые открывались давнее всего (но никогда ваши ещё не отправленные); их можно загрузить снова.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Нет подключения — изменения сохраняются на этом компьютере</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Синхронизация ещё не выполнялась</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Синхронизировано: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>Отправка ваших изменений…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>Отправка… отправлено %1 из %n изменения</numerusform>
            <numerusform>Отправка… отправлено %1 из %n изменений</numerusform>
            <numerusform>Отправка… отправлено %1 из %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Проверка наличия новых материалов…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>Получение… получена %n запись</numerusform>
            <numerusform>Получение… получено %n записи</numerusform>
            <numerusform>Получение… получено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Сравнение копии на этом компьютере с сервером…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>Нет подключения — повторная попытка через %n секунду</numerusform>
            <numerusform>Нет подключения — повторная попытка через %n секунды</numerusform>
            <numerusform>Нет подключения — повторная попытка через %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>Сервер не отвечает — повторная попытка через %n секунду</numerusform>
            <numerusform>Сервер не отвечает — повторная попытка через %n секунды</numerusform>
            <numerusform>Сервер не отвечает — повторная попытка через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>Получение… %1 %</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>Сервер не отвечает — изменения хранятся на этом компьютере</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>Сеть просит войти — откройте веб-браузер и войдите в неё</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — лимитное подключение, загрузки ждут</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — лимит данных исчерпан, загрузки ждут</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — большая загрузка ждёт до %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — %n изменение отклонено, см. «Синхронизация»</numerusform>
            <numerusform>%1 — %n изменения отклонены, см. «Синхронизация»</numerusform>
            <numerusform>%1 — %n изменений отклонено, см. «Синхронизация»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n изменение ожидает</numerusform>
            <numerusform>%1 — %n изменения ожидают</numerusform>
            <numerusform>%1 — %n изменений ожидают</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>&amp;Изменения, отклонённые сервером (%n)</numerusform>
            <numerusform>&amp;Изменения, отклонённые сервером (%n)</numerusform>
            <numerusform>&amp;Изменения, отклонённые сервером (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Вы вошли как:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Ожидают отправки:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>&amp;Конфликты для решения (%n)</numerusform>
            <numerusform>&amp;Конфликты для решения (%n)</numerusform>
            <numerusform>&amp;Конфликты для решения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n нерешённый конфликт</numerusform>
            <numerusform>%n нерешённых конфликта</numerusform>
            <numerusform>%n нерешённых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Ост&amp;авить</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>Оставить запись в изменённом виде</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>&amp;Всё равно удалить…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Всё-таки удалить запись</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>Изменения, внесённые после удаления, будут отброшены</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>Вернуть запись вместе с изменениями</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>Ост&amp;авить текущую</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>Оставить текущую версию; другая будет отброшена</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>Использовать &amp;другую версию</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>Заменить текущие значения значениями другой версии</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>Текущая версия, автор: %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>Другая версия, автор: %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>Отменить это изменение (%1)? Изменение будет потеряно, а на этом компьютере будет восстановлена версия с сервера.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>Всё-таки удалить эту запись (%1)? Её изменили уже после того, как было сделано удаление; эти изменения тоже будут удалены.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Отправить с&amp;нова</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Снова отправить выбранное изменение на сервер</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Отменить изменение…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>Отбросить выбранное изменение и вернуться к версии с сервера</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Конфликты для решения</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Выберите конфликт, чтобы сравнить две версии.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>Ост&amp;авить удалённой</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Скопировать текст</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>Скопировать содержимое выбранного изменения, чтобы сохранить его в другом месте</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>Сравнить в &amp;плане…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n элемент с сервера: курсы, семинары, планы, участники…</numerusform>
            <numerusform>%n элемента с сервера: курсы, семинары, планы, участники…</numerusform>
            <numerusform>%n элементов с сервера: курсы, семинары, планы, участники…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>На этом компьютере:</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>Диагностика скопирована: вставьте её в сообщение тому, кто вам помогает. В ней нет паролей и ничего из того, что вы написали.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>Скопировать диа&amp;гностику</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>Скопировать краткий отчёт для поддержки: версии, ответ сервера, последние синхронизации и очереди; без паролей и без того, что вы написали</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>Показать сообщение</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>Открепить тему</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>Закрепить тему</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Открыть тему снова</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Закрыть тему</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>Удалить ваше сообщение? Его текст исчезнет со всех компьютеров при следующей синхронизации; ответы на него останутся.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>%1 изменил(а) это сообщение. Прежние версии, начиная с последней:</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>Сообщения темы</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>Ответить на выбранное сообщение (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>Изменить ваше сообщение (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>Удалить ваше сообщение (Del)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Прежние версии…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>Скрыть сообщение от участников или снова показать его</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>Закреплённая тема показывается в семинаре первой</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>Закрытая тема не принимает новых сообщений</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Удалить тему</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить эту тему и %n сообщение в ней у всех участников? Это нельзя отменить.</numerusform>
            <numerusform>Удалить эту тему и %n сообщения в ней у всех участников? Это нельзя отменить.</numerusform>
            <numerusform>Удалить эту тему и %n сообщений в ней у всех участников? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>Удалить тему…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>Убрать тему и её сообщения у всех участников</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>%n мероприятие с %1 по %2</numerusform>
            <numerusform>%n мероприятия с %1 по %2</numerusform>
            <numerusform>%n мероприятий с %1 по %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>Ни у одного мероприятия пока нет дат</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Ответственный пока не назначен</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop: курсы, семинары и планы действий — с подключением к сети или без него.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>Хранить этот профиль в папке &lt;папка&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>Синхронизировать с сервером по адресу &lt;адрес&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>При запуске войти как &lt;имя&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>Считать пароль для --user со стандартного ввода.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>После первой синхронизации сохранить снимок окна в файл &lt;файл&gt; и завершить работу.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>Использовать этот язык только для текущего запуска: en, es, fr, pt, ar или ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>После входа также выполнить вход &lt;name&gt; за этим компьютером, с паролем из следующей строки стандартного ввода (после пароля для --user). Можно повторять.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>Открыть эту страницу: home, courses, seminars, plans, timeline (график плана), reviews, results, sync или members; с --screenshot также welcome или join (шаги первого запуска).</translation>
    </message>
</context>
</TS>
