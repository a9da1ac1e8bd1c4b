<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>A pasta do perfil.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>O endereço do servidor.</translation>
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
        <translation>Sincroniza a réplica local do LeaderNet sem abrir nenhuma janela.

Comandos:
  login MEMBER          iniciar sessão (palavra-passe na entrada padrão)
  sync [MEMBER]         enviar e depois receber alterações (com MEMBER: palavra-passe
                        na entrada padrão)
  verify [MEMBER]       comparar a réplica com o servidor (código de saída 4 se forem diferentes)
  status                alterações pendentes e recusadas, conflitos, última sincronização, posição
  add-author MEMBER     iniciar sessão de outro membro neste computador (palavra-passe na
                        entrada padrão); as alterações dele são enviadas com a sessão dele
  remove-author MEMBER  terminar a sessão desse membro neste computador
  logout                esquecer o membro com sessão iniciada</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login, sync, verify, status, add-author, remove-author ou logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>utilização: leadernet-sync %1 [MEMBER] (com MEMBER: palavra-passe na entrada padrão)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>utilização: leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync: %1; nova tentativa dentro de %n segundo</numerusform>
            <numerusform>leadernet-sync: %1; nova tentativa dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n alteração enviada</numerusform>
            <numerusform>%n alterações enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n alteração entrou em conflito com outras e fica guardada como conflito a resolver</numerusform>
            <numerusform>%n alterações entraram em conflito com outras e ficam guardadas como conflitos a resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor; fica neste computador (consulte &apos;status&apos;)</numerusform>
            <numerusform>%n alterações recusadas pelo servidor; ficam neste computador (consulte &apos;status&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>As alterações de %n outro membro aguardam que ele inicie sessão neste computador.</numerusform>
            <numerusform>As alterações de %n outros membros aguardam que eles iniciem sessão neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>%1 tem de voltar a iniciar sessão neste computador (&apos;leadernet-sync add-author %2&apos;) para que as suas alterações sejam enviadas.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) também tem sessão iniciada neste computador: as alterações que fizer aqui são enviadas com a sua própria sessão.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>%1 já não tem sessão iniciada neste computador.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync: %1 não tem sessão iniciada neste computador</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>A réplica corresponde ao servidor.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync: não é possível verificar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>A réplica difere do servidor em %n âmbito.</numerusform>
            <numerusform>A réplica difere do servidor em %n âmbitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>%n alteração local ainda não foi enviada; execute primeiro &apos;sync&apos;.</numerusform>
            <numerusform>%n alterações locais ainda não foram enviadas; execute primeiro &apos;sync&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>Confiar também nos certificados deste ficheiro PEM para HTTPS (a CA própria do servidor ou o seu certificado autoassinado).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync: --trust-certificate: %1 não contém nenhum certificado PEM</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Membro desconhecido</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>Adicionar atividade</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Alterar a atividade</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Excluir a atividade</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Mover a atividade</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Repor a atividade</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>Adicionar indicador</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Alterar o indicador</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar o indicador</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Mover o indicador</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>Corrigir o resultado</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Registar o resultado</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Remover o resultado</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Cronograma (%1 de %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submetido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisto em</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Submetida em %1 por %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Aguarda revisão</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>Revisão de %1, ainda não guardada</translation>
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
        <source>The plan as submitted</source>
        <translation>O plano tal como foi submetido</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Atividades (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Profile and account</source>
        <translation>Perfil e conta</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>O que os membros com quem trabalha veem sobre si. As alterações ficam guardadas neste computador à medida que escreve e são enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Línguas:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Línguas em que trabalha</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>&amp;Sobre si:</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>Guardado neste computador. Segue para o servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>Não foi possível guardar as suas alterações neste computador. Continuam nos campos: tente de novo ou copie-as para um local seguro.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>O seu perfil chega com a primeira sincronização; poderá editá-lo nessa altura.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computadores</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>Se iniciou sessão num computador que já não usa, ou que se perdeu, termine aí a sessão a partir daqui. Este computador mantém a sessão iniciada. É necessária ligação.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>Terminar sessão nos &amp;outros computadores</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>Terminar &amp;sessão neste computador…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>Os seus outros computadores terminaram a sessão. Vão pedir-lhe a palavra-passe na próxima sincronização.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>À espera do servidor</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>Use pelo menos %n carácter. Algumas palavras de que se lembre formam uma palavra-passe forte.</numerusform>
            <numerusform>Use pelo menos %n caracteres. Algumas palavras de que se lembre formam uma palavra-passe forte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado curta: use pelo menos %n carácter.</numerusform>
            <numerusform>Demasiado curta: use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>Fraca: fácil de adivinhar. Acrescente palavras ou misture letras, algarismos e sinais.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Razoável. Uma palavra-passe mais longa seria mais forte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Escolha um nome de utilizador.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Use de %1 a %2 letras minúsculas (a–z), algarismos, pontos, hífenes ou traços baixos, sem espaços.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Escreva um endereço de correio eletrónico como nome@example.org, ou deixe-o vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>Encurte para %n carácter ou menos.</numerusform>
            <numerusform>Encurte para %n caracteres ou menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use pelo menos %n carácter.</numerusform>
            <numerusform>Use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>Este código é desconhecido, já foi usado ou expirou. Peça um novo.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>Escreva o seu nome tal como os outros o devem ver.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>Escolha no máximo %n língua.</numerusform>
            <numerusform>Escolha no máximo %n línguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>O servidor não o aceitou: é demasiado longo ou não é válido.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Esta não é a sua palavra-passe atual.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>Não é possível contactar o servidor. Verifique a ligação e tente de novo. Nada do que escreveu se perde.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>Cole o código de ativação que recebeu.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>Ative a sua conta</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>Escreva o código de ativação que recebeu por correio eletrónico ou dos administradores da comunidade.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>Bem-vindo/a, %1! Enviámos um código de ativação para o seu endereço de correio eletrónico. Cole-o aqui para ativar a sua conta. Se não chegar, os administradores da comunidade podem dar-lhe um.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>Bem-vindo/a, %1! Peça o seu código de ativação aos administradores da comunidade e cole-o aqui para ativar a sua conta.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Código de ativação:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ativar</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>Ninguém por enquanto</translation>
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
    <message>
        <source>%1 is no longer in the team: choose who is responsible now.</source>
        <translation>%1 não faz mais parte da equipe: escolha quem é responsável agora.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1, não está mais na equipe</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
</context>
<context>
    <name>Ui::AttachmentList</name>
    <message>
        <source>%1, waiting to be sent</source>
        <translation>%1, a aguardar envio</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, neste computador</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1, a aguardar transferência</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>a transferir… %1 % de %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1, não foi possível transferir: %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1, ainda não transferido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>Não foi possível abrir «%1»: não foi possível escrever a cópia a abrir em %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>Nenhuma aplicação deste computador abre «%1». Guarde uma cópia e abra-a a partir daí.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Guardar uma cópia de «%1»</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>«%1» já não está neste computador; transfira-o novamente.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>Não foi possível guardar «%1» como %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um ficheiro</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>Pode anexar no máximo %n ficheiro aqui.</numerusform>
            <numerusform>Pode anexar no máximo %n ficheiros aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Não é possível ler «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>«%1» tem %2; o servidor aceita ficheiros até %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>O nome «%1» é demasiado longo; mude o nome do ficheiro para no máximo %n carácter.</numerusform>
            <numerusform>O nome «%1» é demasiado longo; mude o nome do ficheiro para no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>Não foi possível anexar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>«%1» já está anexado.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Ficheiros anexados:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ficheiros anexados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>Abrir o ficheiro com a aplicação deste computador para esse tipo de ficheiro (Enter)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>Trazer o ficheiro do servidor agora (Enter)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar uma cópia…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Anexar ficheiro…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>Anexar uma imagem, um documento ou uma gravação (Ctrl+Shift+A); é enviado com a próxima sincronização</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>Remover da lista o ficheiro selecionado (Del)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1, ainda não está no servidor: o computador em que foi anexado ainda não o enviou</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>Eliminado enquanto outra pessoa o editava</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>Editado depois de ter sido eliminado</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>Mantido, com as alterações</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>Versão alterada</translation>
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
        <translation>%1 eliminou este registo.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>O registo foi mantido, com estes valores:</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>Estes valores foram guardados depois de o registo ter sido eliminado:</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Versão atual</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>Autor da versão atual</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Outra versão</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>Autor da outra versão</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 escreveu em %2: %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>Excluída pelo autor</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>Ocultada por um facilitador</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>editada em %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>%1 escreveu em %2, em resposta a %3: %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>Até %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n ficheiro anexado</numerusform>
            <numerusform>%n ficheiros anexados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1, com inscrição</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, concluída</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1, lições concluídas: %2 de %n</numerusform>
            <numerusform>%1, lições concluídas: %2 de %n</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>Lições concluídas: %1 de %n</numerusform>
            <numerusform>Lições concluídas: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progresso no curso</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>Sair do c&amp;urso</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>I&amp;nscrever-se</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso concluído</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>&amp;Continuar: %1</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>&amp;Começar: %1</translation>
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
        <translation>Não foi possível sair do curso.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>Não foi possível fazer a inscrição.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>Não foi possível alterar o estado da lição.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>Mostrar cursos em</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos os cursos</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Minhas inscrições</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lição anterior</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>Lição anterior (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Próxima lição</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>Próxima lição (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marcar como &amp;concluída</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>Marcar esta lição como concluída ou não concluída (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>Não foi possível guardar a tabela como %1.</translation>
    </message>
</context>
<context>
    <name>Ui::DataUsageView</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Data used against the budget: &quot;1.2 MB of 5 MB&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Dados utilizados</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoje: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Este mês: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Dados utilizados por dia</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>Não foram utilizados dados nos últimos 30 dias.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>Dados utilizados por mês</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>Por dia, últimos 30 dias:</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>Por mês, últimos 6 meses:</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>Este computador ainda não consegue verificar esta senha sem conexão: entre novamente uma vez, on-line.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>A senha não está correta. Tente de novo.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>Esta pessoa não está mais neste computador.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — escrevendo agora</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — sessão encerrada; as alterações aguardam até entrar novamente</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>Adicionar um membro da equipe neste computador…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>Ninguém está escrevendo</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Escrevendo como %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>&amp;Pessoas neste computador</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>Pessoas neste computador</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>&amp;Escrever como esta pessoa…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Adicionar um membro da e&amp;quipe…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Entrar &amp;novamente…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>&amp;Sair deste computador</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>Trocar de &amp;autor…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>Em nome de quem suas alterações são registradas (%1 para trocar)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — escrevendo agora; conta desativada no servidor, as alterações aguardam</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — conta desativada no servidor; as alterações aguardam</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — escrevendo agora; sessão encerrada, as alterações aguardam até entrar novamente</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>Digite o nome de usuário do membro da equipe.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>Adicionar um membro da equipe neste computador</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>O membro da equipe entra com a própria conta. As alterações ficam registradas em seu nome e são enviadas com o seu próprio acesso.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>Adicionar a este computador</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Escrever como %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1, digite sua senha para escrever em seu nome. Ela é verificada neste computador; não é preciso conexão.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>Entrar novamente como %1</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>%1 precisa entrar novamente (é preciso conexão).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
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
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Demasiadas tentativas de início de sessão falhadas. Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>O seminário ou o tópico já estava encerrado quando isto foi escrito, por isso o servidor não o aceitou.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>Aquilo a que isto se referia foi removido do servidor nesse meio-tempo (um curso, uma lição, um seminário, um tópico ou uma mensagem).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>Já não faz parte da equipa deste plano, ou o plano já não é da equipa; por isso o servidor não aceitou esta alteração. Fica aqui: copie o que precisar e depois descarte-a.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>Esta conta foi desativada no servidor. Peça aos administradores do programa que a reativem.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>A equipa enviou uma versão mais recente deste plano, ou retirou-o, antes de esta revisão chegar, por isso o servidor não a aceitou. Fica aqui: copie o que precisar e depois descarte-a.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>O servidor já recebeu hoje de si tanto quanto aceita de uma pessoa num dia. As suas alterações ficam guardadas neste computador e serão enviadas depois da meia-noite (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n minuto.</numerusform>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundo.</numerusform>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Este nome de utilizador já está a ser usado. Escolha outro.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>Este computador não confia no certificado do servidor, pelo que a ligação pode não ser privada.</translation>
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
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>Continuar de onde parou: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>Novas mensagens: %1 em %n seminário.</numerusform>
            <numerusform>Novas mensagens: %1 em %n seminários.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>A sua equipa: %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>Membros da sua equipa</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>Prima Enter para ver o perfil de um membro</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>I&amp;ndicador:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Linha de base:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%, unidades de saúde, crianças …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>O ponto de partida da equipa</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>O que a equipa se comprometeu a alcançar</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Mê&amp;s:</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>&amp;Valor alcançado:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>Valor alcançado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>Fonte, ou como foi contado</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registar</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>Regista o valor do mês ou corrige-o (Enter)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>Remover o mês</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>Remove o valor do mês escolhido (Delete na tabela)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>Resultados &amp;por mês</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>Resultados por mês</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Registado por</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>Só os membros da equipa comunicam os resultados dela; pode consultá-los.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>Indique o valor que o indicador alcançou neste mês.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Um indicador precisa de um nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>&quot;%1&quot; não é um número. Escreva-o como %2, sem a unidade.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>Os resultados são comunicados para os meses de %1 a %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>Isto ultrapassa os %1 caracteres que são guardados.</translation>
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
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>Aderir à comunidade</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>Diga à comunidade quem é. O seu nome, país, organização e línguas são mostrados aos membros com quem trabalha; o seu endereço de correio eletrónico só serve para lhe enviar códigos.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;utilizador:</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>por exemplo amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;Correio eletrónico (opcional):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>&amp;Línguas de trabalho:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Línguas em que trabalha</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Aderir</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>Pessoas neste &amp;computador</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Ninguém está conectado</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>O que está neste computador fica oculto até que alguém entre.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>&amp;Perfil e conta…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Pesquisar nas lições e mensagens</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>Esta sincronização transferiria cerca de %1 através de uma ligação com dados limitados. Transferir agora, ou enviar apenas as suas alterações e transferir mais tarde numa ligação sem limite de dados?</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>Esta sincronização transferiria cerca de %1 e ultrapassaria o limite de dados definido na página Sincronização. Transferir agora, ou enviar apenas as suas alterações e transferir mais tarde?</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>Transferência grande</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Transferir agora</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Nenhum membro corresponde a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%n membro encontrado</numerusform>
            <numerusform>%n membros encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>Ainda não há membros neste computador</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Escolha um membro</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>Os membros aparecem aqui após a primeira sincronização.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>Selecione um membro na lista para ver o seu perfil.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Línguas: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Funções: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nome de utilizador: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Membro desde %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>&amp;Procurar um membro:</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>Nome, país, organização ou língua</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Procurar um membro</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>Lista os membros cujo nome, nome de utilizador, país, organização ou língua contém todas as palavras escritas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>Membros listados</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Perfil do membro</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>Dê um título à discussão.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>O título pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>Escreva a primeira mensagem da discussão.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>A primeira mensagem pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nova discussão</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>&amp;Primeira mensagem:</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>Abrir a discussão</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Abrir a discussão (Ctrl+Enter). Sem ligação, segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Fechar e guardar o rascunho</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>Pendente de envio</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>Recusado pelo servidor — consulte Sincronização</translation>
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
        <translation>Escreva a sua palavra-passe atual.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>Para alterar a palavra-passe é precisa ligação. Depois, os seus outros computadores terminam a sessão; este mantém-na.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Palavra-passe a&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova palavra-passe:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Alterar a palavra-passe</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>A sua palavra-passe foi alterada.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>Atividade «%1» adicionada</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>Atividade «%1» eliminada</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>Atividade «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (ainda não enviado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>Escolha uma alteração para a ver completa.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1, %2 — ainda não enviado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>Esta atividade já não está no plano, ou já foi reposta.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>Ainda não há alterações registadas. Cada alteração a este plano aparece aqui logo que é feita, com quem a fez; as alterações de outras pessoas chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Histórico do plano</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>A alteração escolhida</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>Repor o valor anterior</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>Voltar ao valor anterior a esta alteração, como uma alteração feita por si</translation>
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
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>Esta seção ultrapassa os %1 caracteres que um plano comporta; encurte-a para salvá-la. Seu texto fica guardado neste computador.</translation>
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
        <source>Not written yet</source>
        <translation>Ainda não redigido</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>Só os membros da equipe alteram este plano; você pode consultá-lo.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>Escreva esta seção antes de enviar o plano.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>Duas versões: comparar…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1: duas versões, compare-as</translation>
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
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>Mostre todas as atividades na ordem do plano para movê-las</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nova atividade</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>Atividade excluída. Desfazer a traz de volta (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>Diga em que consiste a atividade: ela não pode ficar vazia.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Uma atividade não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>Só um membro da equipe pode ser responsável por uma atividade.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>Este texto é longo demais para uma atividade.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>Só os membros da equipe alteram este plano.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>Não foi possível imprimir o plano.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Salvar o plano em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar em PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>Não foi possível salvar o plano como %1.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Crono&amp;grama</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>What, who, indicator…</source>
        <translation>O quê, quem, indicador…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrar as atividades</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>Mostrar as atividades com a situação</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>Adicionar ati&amp;vidade</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>E&amp;xcluir atividade</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar em P&amp;DF…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>Rascunho: ainda não enviado para revisão.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — enviado em %2 por %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>Revisão de %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para revisão</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>Enviar o plano como está agora aos facilitadores do programa? Eles revisam esta versão; vocês podem continuar trabalhando no plano.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>En&amp;viar novamente…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>En&amp;viar para revisão…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Históri&amp;co</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>O servidor não aceitou %n alteração a este plano: já não faz parte da equipa deste plano, ou o plano já não é da equipa. Nada do que escreveu se perde: fica neste computador, na página Sincronização, onde o pode copiar e depois descartar.</numerusform>
            <numerusform>O servidor não aceitou %n alterações a este plano: já não faz parte da equipa deste plano, ou o plano já não é da equipa. Nada do que escreveu se perde: fica neste computador, na página Sincronização, onde o pode copiar e depois descartar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>O servidor não aceitou %n alteração a este plano: %1 Aguarda na página Sincronização, para ser enviada de novo ou descartada.</numerusform>
            <numerusform>O servidor não aceitou %n alterações a este plano: %1 Aguardam na página Sincronização, para serem enviadas de novo ou descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Abrir a página Sincronização</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>Toda a discussão</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</source>
        <translation>Esta mensagem excede em %1 caracteres o limite do servidor; encurte-a para a enviar. O seu texto fica guardado.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>O servidor não aceitou a sua mensagem «%1»: %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Escreva algo antes de enviar.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>Em &amp;resposta a:</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>Escreva uma mensagem… (Ctrl+Enter envia)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>Enviar a mensagem (Ctrl+Enter). Sem ligação, fica à espera e segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Editar e enviar de novo</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Não foi possível guardar o seu rascunho neste computador: %1 Copie o texto para um lugar seguro antes de fechar.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>Esta mensagem foi excluída pelo autor.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>Um facilitador ocultou esta mensagem.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>em resposta a %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, em resposta a %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nova</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Não foi possível guardar suas alterações neste computador: %1 Copie o texto para um lugar seguro antes de fechar.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>Uma mensagem não pode ficar vazia; para removê-la, exclua-a.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>Esta mensagem excede em %1 caracteres o limite do servidor; encurte-a para salvá-la. Seu texto é mantido.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Editar mensagem</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>&amp;Sua mensagem:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Salvar a edição (Ctrl+Enter). Sem conexão, ela segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Fechar e manter o rascunho</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>Uma imagem</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>A transferir a imagem (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>Não foi possível transferir a imagem: %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>Prima Enter ou clique para tentar novamente.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>Esta imagem ainda não está neste computador.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>Esta imagem (%1) ainda não está neste computador.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>Prima Enter ou clique para a transferir.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>A imagem ainda não está no servidor.</translation>
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
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progresso na lição</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminário</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>Participação no seminário</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submissão</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Relatório de resultados</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Mentor</translation>
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
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visão</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Resultado mensurável</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causas fundamentais</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Ações prioritárias</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valor alcançado</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Em revisão</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>%n atividade adicionada</numerusform>
            <numerusform>%n atividades adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>%n atividade alterada</numerusform>
            <numerusform>%n atividades alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>%n atividade removida</numerusform>
            <numerusform>%n atividades removidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>Nada mudou desde o envio anterior.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>Alterado desde o envio anterior: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A review&apos;s score of a criterion: &quot;Clarity of the challenge: 3 of 4&quot;.</extracomment>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
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
        <translation>menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ficheiros anexados</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Criação: %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Alteração: %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Eliminação: %1</translation>
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
    <name>Ui::ResetPage</name>
    <message>
        <source>Paste the reset code you received.</source>
        <translation>Cole o código de reposição que recebeu.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Palavra-passe esquecida</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>Escreva o seu nome de utilizador. Se a sua conta tiver endereço de correio eletrónico, enviamos-lhe um código de reposição; caso contrário, os administradores da comunidade podem dar-lhe um.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Enviar-me um código</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>Se esta conta tiver endereço de correio eletrónico, o código de reposição está a caminho; é válido durante %n minuto. Escreva-o aqui com a sua nova palavra-passe.</numerusform>
            <numerusform>Se esta conta tiver endereço de correio eletrónico, o código de reposição está a caminho; é válido durante %n minutos. Escreva-o aqui com a sua nova palavra-passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>Escreva o código de reposição que recebeu e a sua nova palavra-passe.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>&amp;Definir a nova palavra-passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;utilizador:</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>&amp;Código de reposição:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nova &amp;palavra-passe:</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>&amp;Já tenho um código</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsChart</name>
    <message>
        <source>Results chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>Results chart: %1</source>
        <translation>Gráfico de resultados: %1</translation>
    </message>
    <message>
        <source>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</source>
        <translation>O valor alcançado a cada mês, em relação à linha de base (%1) e à meta (%2). Os mesmos valores estão na tabela &quot;Resultados por mês&quot;.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No result entered yet.</source>
        <translation>Ainda não foi registado nenhum resultado.</translation>
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
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>Progresso rumo à meta</translation>
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
        <translation>Novo indicador</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;Novo indicador</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>Adiciona um indicador sobre o qual a equipa comunica resultados (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>Do &amp;plano…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>Adiciona como indicador o resultado mensurável do plano ou o indicador de uma atividade</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>Adicionar um indicador do plano</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>Elimin&amp;ar indicador</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>Elimina o indicador e os seus resultados (Delete na lista)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>Guarda a tabela mostrada como ficheiro CSV para uma folha de cálculo</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>Equipas e os seus indicadores</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>Resultados dos indicadores</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>Todas as equipas lado a lado</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>Ainda não há resultados de nenhuma equipa neste computador</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>Ainda não há indicadores. Adicione o resultado mensurável do plano ou o indicador de uma atividade com &quot;Do plano&quot;, ou um novo.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Resultado mensurável: %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>Indicador da atividade: %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>resultados.csv</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewForm</name>
    <message>
        <source>Not scored</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>Uma pontuação é um número inteiro de 1 a 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>Outro facilitador já reviu esta submissão.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>Só os facilitadores do programa reveem os planos submetidos.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>A equipa enviou entretanto uma versão mais recente deste plano: reveja essa.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>Esta submissão já não está neste computador.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>Guardado neste computador enquanto escreve. Ctrl+Enter guarda a revisão e abre a submissão seguinte; segue na próxima sincronização.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>A sua revisão está guardada. As alterações são guardadas enquanto escreve e seguem na próxima sincronização.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (obrigatório)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>Pontue cada critério obrigatório: %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>Diga o que a equipa deve alterar: é preciso um comentário quando pede alterações.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>O comentário ultrapassa os %1 caracteres que uma revisão guarda. O seu texto fica guardado neste computador.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>Escolha uma decisão: aprovar o plano ou pedir alterações.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>A sua revisão</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>Rubrica: escreva 1 a 4 para pontuar o critério selecionado, Delete para o limpar.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Escolha uma decisão</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>&amp;Comentário à equipa:</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>Comentário à equipa</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>O que é forte no plano e o que alterar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>A submissão anterior (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>A submissão seguinte (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>Guardar e abrir a seguinte</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>Guardar a revisão e abrir a submissão seguinte (Ctrl+Enter)</translation>
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
        <source>Awaiting review</source>
        <translation>Aguarda revisão</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissões</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>%1 de %2 revistas</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>Todas as submissões</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revistas</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>Submissões mostradas</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos os programas</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todas as equipas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todas as línguas</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Aprovar as %1 submissões selecionadas? Cada revisão com todas as pontuações obrigatórias é guardada e segue na próxima sincronização; as outras mantêm a decisão no rascunho.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Pedir alterações às %1 submissões selecionadas? Cada revisão com todas as pontuações obrigatórias e um comentário é guardada e segue na próxima sincronização; as outras mantêm a decisão no rascunho.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>Decidir sobre várias submissões</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Pedir alterações</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>%n revisão guardada.</numerusform>
            <numerusform>%n revisões guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>Por completar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>%n submissão que não lhe cabe rever ficou como estava.</numerusform>
            <numerusform>%n submissões que não lhe cabe rever ficaram como estavam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exportar revisões</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>revisoes.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>revisao.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Revisão em curso</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipa:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Lín&amp;gua:</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>Enviad&amp;o desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>até:</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>Su&amp;bmissões</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Língua do plano</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Enviado desde</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Enviado até</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Aprovar as selecionadas…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>Selecione primeiro várias submissões com Shift ou Ctrl e as setas</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>Pedir alterações às selecionadas…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>As pontuações e decisões das submissões mostradas (ou selecionadas), para uma folha de cálculo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>Imprimir a submissão e a sua revisão (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submissão</translation>
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
    <message>
        <source>Lessons (%1)</source>
        <extracomment>The heading over the lessons found by a search.</extracomment>
        <translation>Lições (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>Mensagens (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Duas versões de “%1”</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>Duas pessoas alteraram esta seção separadamente. Compare as versões (as palavras diferentes estão destacadas) e fique com uma ou escreva o texto que a equipe combinar.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>&amp;Mantida no servidor — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>&amp;Não mantida — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>&amp;Texto combinado:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Manter a versão do servidor</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Usar a versão de %1</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Salvar o texto combinado</translation>
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
    <message>
        <source>starts at %1</source>
        <translation>começa às %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>começa amanhã</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>início: %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>começa em %n dia</numerusform>
            <numerusform>começa em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>encerra em menos de uma hora</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>aberto, encerra em %n hora</numerusform>
            <numerusform>aberto, encerra em %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>aberto até %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrado</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1, %n mensagem nova</numerusform>
            <numerusform>%1, %n mensagens novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1, iniciado por %2 em %3, %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>Fixado: %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1, encerrado</translation>
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
        <source>Seminars and threads</source>
        <translation>Seminários e tópicos</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>Ainda não participa neste seminário. Junte-se a ele para escrever; as suas discussões chegam na próxima sincronização.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>Este seminário terminou: as suas discussões podem ser lidas, mas não respondidas.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>&amp;Juntar-se a este seminário</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nova &amp;discussão…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>Um facilitador encerrou este tópico: pode ser lido, mas não respondido.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>Sobre o seminário</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Indique o endereço do servidor, por exemplo https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>Nenhum servidor responde neste endereço. Verifique o endereço e a ligação e tente de novo.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>Este endereço responde, mas não como um servidor LeaderNet. Pode ser outro sítio web ou a página de acesso de uma rede (num hotel ou num escritório): verifique o endereço ou inicie primeiro sessão na rede num navegador.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>A verificar o servidor…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bem-vindo/a ao LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>O LeaderNet guarda os seus cursos, seminários e o plano de ação da sua equipa neste computador e atualiza-os sempre que há ligação. Para começar, escreva o endereço do servidor da sua comunidade: os administradores do seu programa podem dar-lho.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Con&amp;fiar neste certificado</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>A verificar o servidor</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>O certificado deste servidor não está assinado por uma autoridade em que este computador confie. Se os seus administradores usam um certificado próprio, compare a impressão digital com a que lhe deram. Confie nele apenas se coincidirem.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Impressão digital do certificado</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>Este servidor é mais recente do que esta versão do LeaderNet. Instale a versão mais recente da aplicação e tente de novo.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>Este servidor usa uma versão do LeaderNet mais antiga do que esta aplicação. Peça aos administradores da comunidade que o atualizem.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>Este servidor funciona com outra versão do LeaderNet diferente desta aplicação. Instale a versão mais recente da aplicação; se já a tiver, peça aos administradores da comunidade que atualizem o servidor.</translation>
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
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bem-vindo/a ao LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>Inicie sessão com a sua conta LeaderNet. A sessão mantém-se neste computador até a terminar. É novo/a na comunidade? Adira aqui.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>&amp;Aderir à comunidade…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Es&amp;queceu-se da palavra-passe?</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>Tenho um código de ati&amp;vação</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>A sua conta está ativa. Bem-vindo/a à comunidade!</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>A sua palavra-passe foi alterada e todos os computadores com sessão iniciada com a anterior terminaram a sessão. Inicie sessão com a nova palavra-passe.</translation>
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
    <message>
        <source>Review being written</source>
        <translation>Revisão em curso</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>A enviar as suas alterações…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>A enviar as suas alterações: %1 de %n enviada</numerusform>
            <numerusform>A enviar as suas alterações: %1 de %n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>A receber cerca de %1 (%n item)…</numerusform>
            <numerusform>A receber cerca de %1 (%n itens)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>A procurar conteúdo novo…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>A receber: %n item, %1 até agora</numerusform>
            <numerusform>A receber: %n itens, %1 até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>A receber: %1 % — %2 de cerca de %n item, %3 até agora</numerusform>
            <numerusform>A receber: %1 % — %2 de cerca de %n itens, %3 até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(faltam %1)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>A comparar a cópia deste computador com o servidor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Nova tentativa dentro de %n segundo.</numerusform>
            <numerusform>%1 Nova tentativa dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Próxima tentativa dentro de %n segundo.</numerusform>
            <numerusform>Próxima tentativa dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>Sem ligação. As suas alterações ficam guardadas neste computador e o LeaderNet volta a tentar sozinho.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>O servidor não responde. O LeaderNet volta a tentar sozinho; se isto durar mais de um dia, avise os administradores do programa.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>No endereço do servidor responde outra coisa: quase sempre, a página de acesso de uma rede (num hotel ou num escritório). Abra um navegador web, inicie sessão na rede e prima Sincronizar agora.</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>Ligação com dados limitados: a transferência de cerca de %1 aguarda uma ligação sem limite. As suas próprias alterações continuam a ser enviadas. Prima Sincronizar agora para transferir mesmo assim.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>Ligação com dados limitados: as sincronizações aguardam uma ligação sem limite, como definido abaixo. Prima Sincronizar agora para sincronizar mesmo assim.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>O limite de dados foi atingido: as transferências aguardam o dia ou o mês seguinte. As suas próprias alterações continuam a ser enviadas. Prima Sincronizar agora para transferir mesmo assim.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>A transferência de cerca de %1 aguarda o horário %2–%3, definido para transferências grandes. Prima Sincronizar agora para transferir já.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>Só sincroniza quando prime Sincronizar agora, como definido abaixo.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ainda não sincronizado.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Atualizado.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>Este computador não consegue saber se a ligação tem dados limitados.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>Este computador indica que a ligação tem dados limitados.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>Este computador indica que a ligação não tem limite de dados.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quando sincronizar</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automaticamente</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>Automaticamente, só em ligações sem limite de dados</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>Só quando premir Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>Tratar esta li&amp;gação como tendo dados limitados</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>&amp;Quota diária de dados:</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>Quota me&amp;nsal de dados:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>As transferências grandes aguardam se ultrapassarem este limite; as suas próprias alterações continuam a ser enviadas.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>Transferências grandes a partir das</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>Transferências grandes até às</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>Sincroni&amp;zar:</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>Transferências grandes só neste &amp;horário:</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>Transferir antecipadamente os ficheiros anexados em ligações sem limite de dados</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>As imagens e os documentos dos seus cursos, planos e seminários são transferidos após cada sincronização, para abrirem sem ligação. Caso contrário, cada um é transferido quando o abrir.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>Manter ficheiros anexados até:</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>Acima deste limite, os ficheiros abertos há mais tempo são removidos deste computador (nunca um dos seus ainda não enviado); podem ser transferidos novamente.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
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
    <message>
        <source>Sending your changes…</source>
        <translation>A enviar as suas alterações…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>A enviar… %1 de %n alteração enviada</numerusform>
            <numerusform>A enviar… %1 de %n alterações enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>A procurar conteúdo novo…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>A receber… %n registo recebido</numerusform>
            <numerusform>A receber… %n registos recebidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>A comparar a cópia deste computador com o servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>Sem ligação — nova tentativa dentro de %n segundo</numerusform>
            <numerusform>Sem ligação — nova tentativa dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>O servidor não responde — nova tentativa dentro de %n segundo</numerusform>
            <numerusform>O servidor não responde — nova tentativa dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>A receber… %1 %</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>O servidor não responde — as alterações ficam guardadas neste computador</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>A rede pede que inicie sessão — abra um navegador web e inicie sessão nela</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — ligação com dados limitados, as transferências aguardam</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — limite de dados atingido, as transferências aguardam</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — a transferência grande aguarda até às %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — %n alteração recusada, consulte Sincronização</numerusform>
            <numerusform>%1 — %n alterações recusadas, consulte Sincronização</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n alteração pendente</numerusform>
            <numerusform>%1 — %n alterações pendentes</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>C&amp;onflito por resolver (%n)</numerusform>
            <numerusform>C&amp;onflitos por resolver (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflito em aberto</numerusform>
            <numerusform>%n conflitos em aberto</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>Manter o registo tal como foi editado</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>E&amp;liminar mesmo assim…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Eliminar o registo apesar de tudo</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>As alterações feitas depois da eliminação são descartadas</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>Repor o registo, com as alterações</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Manter a atual</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>Manter a versão atual; a outra é descartada</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Usar a outra versão</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>Substituir os valores atuais pelos da outra versão</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Versão atual</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Outra versão</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>Versão atual, de %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>Outra versão, de %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Descartar a alteração</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>Descartar esta alteração (%1)? A alteração será perdida e a versão do servidor será reposta neste computador.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Eliminar o registo</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>Eliminar mesmo assim este registo (%1)? Foi alterado depois de a eliminação ter sido feita; essas alterações também serão eliminadas.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflitos:</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Enviar novamente</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Enviar novamente ao servidor a alteração selecionada</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>De&amp;scartar…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>Descartar a alteração selecionada e voltar à versão do servidor</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflitos por resolver</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Selecione um conflito para comparar as duas versões.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>Dei&amp;xar eliminado</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copiar o texto</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>Copiar o conteúdo da alteração selecionada, para guardá-lo em outro lugar</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>Comparar no &amp;plano…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n elemento do servidor: cursos, seminários, planos, membros…</numerusform>
            <numerusform>%n elementos do servidor: cursos, seminários, planos, membros…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Neste computador:</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>A verificar o servidor…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>Diagnóstico copiado: cole-o numa mensagem para quem lhe presta apoio. Não contém nenhuma palavra-passe nem nada do que escreveu.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Agora:</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>Copiar um breve relatório para o apoio: versões, a resposta do servidor, as últimas sincronizações e as filas; sem palavras-passe nem nada do que escreveu</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>Mostrar mensagem</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Ocultar mensagem</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>Desafixar tópico</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>Fixar tópico</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Reabrir tópico</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Encerrar tópico</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Excluir mensagem</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>Excluir sua mensagem? O texto sai de todos os computadores na próxima sincronização; as respostas permanecem.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versões anteriores</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>%1 editou esta mensagem. Versões anteriores, da mais recente para a mais antiga:</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>Mensagens deste tópico</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>Responder à mensagem selecionada (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>Editar sua mensagem (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>Excluir sua mensagem (Del)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versões anteriores…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>Ocultar a mensagem dos participantes, ou mostrá-la de novo</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>Um tópico fixado aparece primeiro no seu seminário</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>Um tópico encerrado não aceita novas mensagens</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Excluir tópico</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir este tópico e sua %n mensagem, para todos os participantes? Não é possível desfazer.</numerusform>
            <numerusform>Excluir este tópico e suas %n mensagens, para todos os participantes? Não é possível desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>Excluir o tópico</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>Excluir tópico…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>Remover o tópico e suas mensagens para todos os participantes</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>%n atividade de %1 a %2</numerusform>
            <numerusform>%n atividades de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>Nenhuma atividade tem datas ainda</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Ainda não há atividades</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Ainda sem responsável</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
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
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>Depois de iniciar sessão, iniciar também a sessão de &lt;name&gt; neste computador, com a palavra-passe da linha seguinte da entrada padrão (depois da de --user). Pode repetir-se.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>Abrir esta página: home, courses, seminars, plans, timeline (o cronograma do plano), reviews, results, sync ou members; com --screenshot também welcome ou join (os passos da primeira execução).</translation>
    </message>
</context>
</TS>
