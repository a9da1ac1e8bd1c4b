<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>Synchronises a LeaderNet replica without a window.

Commands:
  login MEMBER   sign in (password on standard input)
  sync [MEMBER]  send and receive changes (with MEMBER: password on standard input)
  status         pending operations, last sync, cursor
  logout         forget the signed-in member</source>
        <translation>Синхронизирует локальную копию LeaderNet без открытия окна.

Команды:
  login MEMBER   войти (пароль — со стандартного ввода)
  sync [MEMBER]  отправить и получить изменения (с MEMBER: пароль — со стандартного ввода)
  status         ожидающие операции, последняя синхронизация, курсор
  logout         забыть участника, выполнившего вход</translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation>Папка профиля.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>Адрес сервера.</translation>
    </message>
    <message>
        <source>login, sync, status or logout</source>
        <translation>login, sync, status или logout</translation>
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
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>Сообщение от %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1
You are enrolled in this course.</source>
        <translation>%1
Вы записаны на этот курс.</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1 (вы записаны)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курсы</translation>
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
</context>
<context>
    <name>Ui::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Неизвестный участник</translation>
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
        <source>Planned</source>
        <translation>Запланировано</translation>
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
        <source>Cancelled</source>
        <translation>Отменено</translation>
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
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
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
        <source>Submitted on %1 by %2</source>
        <translation>Представлен %1, автор: %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ожидает рецензии</translation>
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
        <source>Submissions</source>
        <translation>Представленные планы</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензия</translation>
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
        <source>%1, started by %2 on %3</source>
        <translation>%1, автор: %2, %3</translation>
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
        <source>%1, in reply to %2</source>
        <translation>%1, в ответ участнику %2</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Семинары и темы обсуждений</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Обсуждение</translation>
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
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out.</source>
        <translation>Войдите с помощью учётной записи LeaderNet. Вход на этом компьютере сохранится, пока вы не выйдете из учётной записи.</translation>
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
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing… %n change(s) received</source>
        <translation>
            <numerusform>Синхронизация… Получено %n изменение</numerusform>
            <numerusform>Синхронизация… Получено %n изменения</numerusform>
            <numerusform>Синхронизация… Получено %n изменений</numerusform>
        </translation>
    </message>
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
        <source>Changes received up to:</source>
        <translation>Изменения получены по состоянию на:</translation>
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
        <source>Open this page: home, courses, seminars, plans, reviews or sync.</source>
        <translation>Открыть эту страницу: home, courses, seminars, plans, reviews или sync.</translation>
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
</context>
</TS>
