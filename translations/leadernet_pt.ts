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
        <translation>Sincroniza uma réplica do LeaderNet sem abrir janela.

Comandos:
  login MEMBER   iniciar sessão (palavra-passe na entrada padrão)
  sync [MEMBER]  enviar e receber alterações (com MEMBER: palavra-passe na entrada padrão)
  status         operações pendentes, última sincronização, cursor
  logout         esquecer o membro com sessão iniciada</translation>
    </message>
    <message>
        <source>The profile folder.</source>
        <translation>A pasta do perfil.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>O endereço do servidor.</translation>
    </message>
    <message>
        <source>login, sync, status or logout</source>
        <translation>login, sync, status ou logout</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>o servidor não aceitou as credenciais</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>não é possível contactar o servidor (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>este cliente e o servidor usam versões diferentes do protocolo</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>a réplica foi gravada por uma versão mais recente do LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erro inesperado</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync: não é possível abrir a réplica: %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>utilização: leadernet-sync login MEMBER (palavra-passe na entrada padrão)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync: comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync: não foi possível iniciar sessão: %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync: sessão iniciada, mas não é possível guardar o token de sessão (%1); em alternativa, indique a palavra-passe em cada sync.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sessão iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync: sessão não iniciada; execute primeiro &apos;leadernet-sync login MEMBER&apos; ou indique o membro e a palavra-passe na entrada padrão de &apos;sync&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n alteração recebida</numerusform>
            <numerusform>%n alterações recebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sincronização concluída.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync: a sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sessão terminada.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation>%1
Recursos: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 escreveu em %2: %3</translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1
You are enrolled in this course.</source>
        <translation>%1
Tem inscrição neste curso.</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1, com inscrição</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Escolha uma lição</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>Ainda não há cursos neste computador</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>Selecione um curso, módulo ou lição para o ler.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>Os cursos aparecem aqui após a primeira sincronização.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>Tem inscrição neste curso.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>Não tem inscrição neste curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lição</numerusform>
            <numerusform>%n lições</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>Cursos, módulos e lições</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>Não é possível abrir o ficheiro de dados locais.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>Os dados locais foram gravados por uma versão mais recente do LeaderNet. Instale a versão mais recente.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>Não foi possível atualizar os dados locais. Os dados não foram alterados.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>Não foi possível ler ou guardar os dados locais.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>O item não foi encontrado.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Algumas das informações não são válidas.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Não é possível contactar o servidor. Verifique a ligação e tente novamente.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>O servidor tem um problema. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>O nome de utilizador ou a palavra-passe não estão corretos.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Não tem permissão para realizar esta operação.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>O servidor enviou uma resposta que não é possível interpretar.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>Esta versão do LeaderNet não é compatível com o servidor. Instale a versão mais recente.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>A operação foi cancelada.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>Não existe nenhum cofre de palavras-passe disponível neste computador.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ocorreu um erro inesperado.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Olá, %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>Tem inscrição em %n curso.</numerusform>
            <numerusform>Tem inscrição em %n cursos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>%n curso disponível.</numerusform>
            <numerusform>%n cursos disponíveis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>%n seminário disponível.</numerusform>
            <numerusform>%n seminários disponíveis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n plano de ação das equipas que facilita.</numerusform>
            <numerusform>%n planos de ação das equipas que facilita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n plano de ação da sua equipa.</numerusform>
            <numerusform>%n planos de ação da sua equipa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n submissão aguarda a sua revisão.</numerusform>
            <numerusform>%n submissões aguardam a sua revisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n submissão da sua equipa.</numerusform>
            <numerusform>%n submissões da sua equipa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>Este computador ainda não foi sincronizado.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>Tudo o que se segue fica guardado neste computador, para que possa continuar a trabalhar sem ligação. As suas alterações são enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Abrir cursos</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>Abrir seminários</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>Abrir planos de ação</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Abrir revisões</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fechar aviso</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>Terminar a sessão de %1? O conteúdo fica neste computador; precisará da sua palavra-passe para voltar a sincronizar.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>Acerca do LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

Cursos, seminários e planos de ação para gestores e líderes de saúde, neste computador, com ou sem ligação.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminários</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>Enviar as suas alterações e receber conteúdo novo (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Terminar sessão…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>&amp;Acerca do LeaderNet</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>Não foi possível guardar a sua palavra-passe neste computador (não existe cofre de palavras-passe). Ser-lhe-á pedida novamente da próxima vez que abrir o LeaderNet.</translation>
    </message>
</context>
<context>
    <name>Ui::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Membro desconhecido</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Equipa sem nome</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plano de ação de %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>Plano de ação de %1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>Escolha um plano de ação</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>Ainda não há planos de ação neste computador</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>Selecione o plano de uma equipa para o ler.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>O plano de ação da sua equipa aparece aqui após a primeira sincronização.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plano de ação de %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, em %2</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Desafio</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>&amp;Visão</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>Resultado &amp;mensurável</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>Sit&amp;uação atual</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>Causas &amp;fundamentais</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>Ações &amp;prioritárias</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>A&amp;tividades</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
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
        <translation>Por iniciar</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Aguarda revisão</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisão concluída</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>Não definido</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <translation>Criação de %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Alteração de %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <translation>Eliminação de %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>Escolha uma submissão</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>Ainda não há submissões neste computador</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>Selecione uma submissão para ver a revisão.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>Os planos de ação submetidos aparecem aqui após uma sincronização.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>Submissão de %1</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Submetida em %1 por %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Aguarda revisão</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Revisão feita em %1 por %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisão: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissões</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>Não foram encontrados resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Pesquisar lições e mensagens</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensagem</translation>
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
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, started by %2 on %3</source>
        <translation>%1, iniciado por %2 em %3</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminário</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Escolha um tópico</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>Ainda não há seminários neste computador</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>Selecione um tópico do seminário para ler a conversa.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>Os seminários aparecem aqui após a primeira sincronização.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Datas: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Facilitadores/as: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n tópico</numerusform>
            <numerusform>%n tópicos</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>Ainda não há mensagens neste tópico.</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, em resposta a %2</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Seminários e tópicos</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>Mensagem de início de sessão</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Indique o endereço do servidor, por exemplo https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Indique o seu nome de utilizador e a palavra-passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>A iniciar sessão…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>Iniciar sessão no LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out.</source>
        <translation>Inicie sessão com a sua conta LeaderNet. A sessão mantém-se iniciada neste computador até a terminar.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>A sua sessão terminou. Inicie sessão novamente para sincronizar.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>Da última vez, este computador não conseguiu guardar a sua palavra-passe. Inicie sessão novamente para sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome de utilizador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sessão</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>A iniciar sessão</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Equipa sem nome</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1, %2, submetida em %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Data de submissão</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing… %n change(s) received</source>
        <translation>
            <numerusform>A sincronizar… %n alteração recebida</numerusform>
            <numerusform>A sincronizar… %n alterações recebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Sem ligação — as alterações ficam guardadas neste computador</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sessão iniciada como %1</translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Ninguém tem sessão iniciada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n alteração pendente de envio</numerusform>
            <numerusform>%n alterações pendentes de envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>Alteração &amp;recusada pelo servidor (%n)</numerusform>
            <numerusform>Alterações &amp;recusadas pelo servidor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sessão iniciada como:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronização:</translation>
    </message>
    <message>
        <source>Changes received up to:</source>
        <translation>Alterações recebidas até:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Pendentes de envio:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Alterações recusadas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop: cursos, seminários e planos de ação, com ou sem ligação.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>Guardar este perfil em &lt;pasta&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>Sincronizar com o servidor em &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>Iniciar sessão como &lt;nome&gt; ao abrir a aplicação.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>Ler a palavra-passe de --user a partir da entrada padrão.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>Guardar uma imagem da janela em &lt;ficheiro&gt; após a primeira sincronização e, em seguida, sair.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, reviews or sync.</source>
        <translation>Abrir esta página: home, courses, seminars, plans, reviews ou sync.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>Usar este idioma apenas nesta execução: en, es, fr, pt, ar ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
</context>
</TS>
