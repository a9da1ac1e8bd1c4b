<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>La carpeta del perfil.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>La dirección del servidor.</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>el servidor no aceptó las credenciales</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede conectar con el servidor (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>este cliente y el servidor usan versiones de protocolo diferentes</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>los datos locales fueron creados por una versión más reciente de LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync: no se pueden abrir los datos locales: %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>uso: leadernet-sync login MEMBER (contraseña por la entrada estándar)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync: comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync: no se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync: sesión iniciada, pero no se puede guardar el token (%1); proporcione la contraseña en cada sincronización.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync: no ha iniciado sesión; ejecute primero &apos;leadernet-sync login MEMBER&apos; o indique el miembro y la contraseña a &apos;sync&apos; por la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n cambio recibido</numerusform>
            <numerusform>%n cambios recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sincronización finalizada.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync: error de sincronización: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
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
        <translation>Sincroniza los datos locales de LeaderNet sin abrir ninguna ventana.

Comandos:
  login MEMBER          iniciar sesión (contraseña por la entrada estándar)
  sync [MEMBER]         enviar y luego recibir cambios (con MEMBER: contraseña
                        por la entrada estándar)
  verify [MEMBER]       comparar los datos locales con el servidor (código de salida 4 si difieren)
  status                cambios pendientes y rechazados, conflictos, última sincronización, posición
  add-author MEMBER     iniciar sesión de otro miembro en este equipo (contraseña por
                        la entrada estándar); sus cambios se envían con su propia sesión
  remove-author MEMBER  cerrar la sesión de ese miembro en este equipo
  logout                olvidar el miembro con sesión iniciada</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login, sync, verify, status, add-author, remove-author o logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>uso: leadernet-sync %1 [MEMBER] (con MEMBER: contraseña por la entrada estándar)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>uso: leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync: %1; nuevo intento en %n segundo</numerusform>
            <numerusform>leadernet-sync: %1; nuevo intento en %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n cambio entró en conflicto con otros y se conserva como conflicto por resolver</numerusform>
            <numerusform>%n cambios entraron en conflicto con otros y se conservan como conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor; se conserva en este equipo (vea &apos;status&apos;)</numerusform>
            <numerusform>%n cambios rechazados por el servidor; se conservan en este equipo (vea &apos;status&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>Los cambios de %n miembro más esperan a que inicie sesión en este equipo.</numerusform>
            <numerusform>Los cambios de %n miembros más esperan a que inicien sesión en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>%1 debe volver a iniciar sesión en este equipo (&apos;leadernet-sync add-author %2&apos;) para que se envíen sus cambios.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) también tiene la sesión iniciada en este equipo: los cambios que haga aquí se envían con su propia sesión.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>%1 ya no tiene la sesión iniciada en este equipo.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync: %1 no tiene la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>Los datos locales coinciden con el servidor.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync: no se puede verificar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>Los datos locales difieren del servidor en %n ámbito.</numerusform>
            <numerusform>Los datos locales difieren del servidor en %n ámbitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>%n cambio local aún no se ha enviado; ejecute primero &apos;sync&apos;.</numerusform>
            <numerusform>%n cambios locales aún no se han enviado; ejecute primero &apos;sync&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>Confiar también en los certificados de este archivo PEM para HTTPS (la CA propia del servidor o su certificado autofirmado).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync: --trust-certificate: %1 no contiene ningún certificado PEM</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Miembro desconocido</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Modificar la actividad</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Eliminar la actividad</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Mover la actividad</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Restablecer la actividad</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Modificar el indicador</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar el indicador</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Mover el indicador</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>Corregir el resultado</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Registrar el resultado</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Quitar el resultado</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
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
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Entregada el %1 por %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>Revisión de %1, aún sin guardar</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Revisada el %1 por %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The plan as submitted</source>
        <translation>El plan tal como se presentó</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Actividades (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
</context>
<context>
    <name>Ui::AccountDialog</name>
    <message>
        <source>Profile and account</source>
        <translation>Perfil y cuenta</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>Lo que ven de usted los miembros con quienes trabaja. Los cambios se guardan en este ordenador mientras escribe y se envían con la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Idiomas en los que trabaja</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>Acerca de &amp;usted:</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>Guardado en este ordenador. Se enviará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>No se pudieron guardar sus cambios en este ordenador. Siguen en los campos: inténtelo de nuevo o cópielos en un lugar seguro.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>Su perfil llegará con la primera sincronización; entonces podrá editarlo.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordenadores</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>Si inició sesión en un ordenador que ya no usa, o que se perdió, cierre allí la sesión desde aquí. Este ordenador sigue con la sesión iniciada. Requiere conexión.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>Cerrar sesión en los &amp;otros ordenadores</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>Cerrar &amp;sesión en este ordenador…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>Sus otros ordenadores han cerrado la sesión. Le pedirán la contraseña en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>Use al menos %n carácter. Unas cuantas palabras que pueda recordar forman una contraseña segura.</numerusform>
            <numerusform>Use al menos %n caracteres. Unas cuantas palabras que pueda recordar forman una contraseña segura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>Débil: fácil de adivinar. Añada palabras o combine letras, cifras y signos.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Aceptable. Una contraseña más larga sería más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Elija un nombre de usuario.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Use de %1 a %2 letras minúsculas (a–z), cifras, puntos, guiones o guiones bajos, sin espacios.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Escriba una dirección de correo como nombre@example.org, o déjela vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>Acórtelo a %n carácter o menos.</numerusform>
            <numerusform>Acórtelo a %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use al menos %n carácter.</numerusform>
            <numerusform>Use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>Este código es desconocido, ya se usó o ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>Escriba su nombre tal como deben verlo los demás.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>Elija como máximo %n idioma.</numerusform>
            <numerusform>Elija como máximo %n idiomas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>El servidor no lo aceptó: es demasiado largo o no es válido.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Esta no es su contraseña actual.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>No se puede contactar con el servidor. Compruebe la conexión e inténtelo de nuevo. No se pierde nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>Pegue el código de activación que recibió.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>Active su cuenta</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>Escriba el código de activación que recibió por correo electrónico o de los administradores de la comunidad.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>¡Bienvenido/a, %1! Le hemos enviado un código de activación a su correo electrónico. Péguelo aquí para activar su cuenta. Si no llega, los administradores de la comunidad pueden darle uno.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>¡Bienvenido/a, %1! Pida su código de activación a los administradores de la comunidad y péguelo aquí para activar su cuenta.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Código de activación:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
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
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
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
        <translation>%1 ya no forma parte del equipo: elija quién es responsable ahora.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1, ya no está en el equipo</translation>
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
        <translation>%1, pendiente de envío</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, en este equipo</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1, pendiente de descarga</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>descargando… %1 % de %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1, no se pudo descargar: %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1, aún no descargado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>No se pudo abrir «%1»: no se pudo escribir la copia para abrirlo en %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>Ninguna aplicación de este equipo abre «%1». Guarde una copia y ábrala desde allí.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Guardar una copia de «%1»</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>«%1» ya no está en este equipo; descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>No se pudo guardar «%1» como %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>Aquí se puede adjuntar como máximo %n archivo.</numerusform>
            <numerusform>Aquí se pueden adjuntar como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>«%1» ocupa %2; el servidor acepta archivos de hasta %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>El nombre «%1» es demasiado largo; cambie el nombre del archivo a %n carácter como máximo.</numerusform>
            <numerusform>El nombre «%1» es demasiado largo; cambie el nombre del archivo a %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>No se pudo adjuntar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>«%1» ya está adjunto.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>Abrir el archivo con la aplicación de este equipo para ese tipo de archivo (Intro)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>Traer el archivo del servidor ahora (Intro)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>Adjuntar una imagen, un documento o una grabación (Ctrl+Mayús+A); se envía con la próxima sincronización</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>Quitar de la lista el archivo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1, aún no está en el servidor: el equipo en el que se adjuntó todavía no lo ha enviado</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>Eliminado mientras otra persona lo editaba</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>Editado después de haber sido eliminado</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>Conservado, con los cambios</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>Versión modificada</translation>
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
        <translation>%1 eliminó este registro.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>El registro se conservó con estos valores:</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>Estos valores se guardaron después de que se eliminara el registro:</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Versión actual</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>Autor de la versión actual</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>Autor de la otra versión</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 escribió el %2: %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>Eliminado por su autor</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>Ocultado por un facilitador</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>editado el %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>%1 escribió el %2, en respuesta a %3: %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>Hasta el %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1, con inscripción</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, completada</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1, lecciones completadas: %2 de %n</numerusform>
            <numerusform>%1, lecciones completadas: %2 de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Elija una lección</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>Todavía no hay cursos en este dispositivo</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>Seleccione un curso, módulo o lección para ver su contenido.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>Los cursos aparecerán aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>Está inscrito/a en este curso.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>No está inscrito/a en este curso.</translation>
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
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>Cursos, módulos y lecciones</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>Lecciones completadas: %1 de %n</numerusform>
            <numerusform>Lecciones completadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso en el curso</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>Abandonar el c&amp;urso</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>I&amp;nscribirse</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>&amp;Continuar: %1</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>&amp;Comenzar: %1</translation>
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
        <translation>No se pudo abandonar el curso.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>No se pudo completar la inscripción.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>No se pudo cambiar el estado de la lección.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>Mostrar cursos en</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Mis inscripciones</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lección anterior</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>Lección anterior (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lección siguiente</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>Lección siguiente (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marcar como &amp;completada</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>Marcar esta lección como completada o no completada (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>No se pudo guardar la tabla como %1.</translation>
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
        <translation>Datos usados</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Este mes: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Datos usados por día</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>No se usaron datos en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>Datos usados por mes</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>Por día, últimos 30 días:</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>Por mes, últimos 6 meses:</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>Este equipo aún no puede comprobar esta contraseña sin conexión: inicie sesión de nuevo una vez, en línea.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>La contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>Esta persona ya no está en este puesto.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — escribe ahora</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — sesión cerrada; sus cambios esperan a que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>Añadir un miembro del equipo en este puesto…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>Nadie está escribiendo</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Escribiendo como %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>&amp;Personas en este puesto</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>Personas en este puesto</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>&amp;Escribir como esta persona…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Añadir un miembro del &amp;equipo…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Iniciar sesión de nuevo…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>&amp;Dejar este puesto</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>Cambiar de &amp;autor…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>A nombre de quién se registran sus cambios (%1 para cambiar)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — escribe ahora; cuenta desactivada en el servidor, sus cambios esperan</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — cuenta desactivada en el servidor; sus cambios esperan</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — escribe ahora; sesión cerrada, sus cambios esperan a que vuelva a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>Escriba el nombre de usuario del miembro del equipo.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>Añadir un miembro del equipo en este puesto</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>El miembro del equipo inicia sesión con su propia cuenta. Sus cambios se registran a su nombre y se envían con su propia sesión.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>Añadir a este puesto</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Escribir como %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1, escriba su contraseña para escribir a su nombre. Se comprueba en este equipo; no hace falta conexión.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>Volver a iniciar la sesión de %1</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>%1 tiene que volver a iniciar sesión (hace falta conexión).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>No se puede abrir el archivo de datos locales.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>Los datos locales fueron creados por una versión más reciente de LeaderNet. Instale la versión más reciente.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>No se pudieron actualizar los datos locales. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>No se pudieron leer ni guardar los datos locales.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>No se encontró el elemento.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Parte de la información no es válida.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>No se puede conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>El servidor tiene un problema. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para realizar esta acción.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>El servidor envió una respuesta que no se puede interpretar.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>Esta versión de LeaderNet no es compatible con el servidor. Instale la versión más reciente.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>No hay ningún almacén de contraseñas disponible en este dispositivo.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Se produjo un error inesperado.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>El seminario o el hilo ya estaba cerrado cuando se escribió esto, por eso el servidor no lo aceptó.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>Aquello a lo que se refería se quitó del servidor mientras tanto (un curso, una lección, un seminario, un hilo o un mensaje).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>Usted ya no forma parte del equipo de este plan, o el plan ya no es del equipo, así que el servidor no aceptó este cambio. Queda aquí: copie lo que necesite y después descártelo.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>Esta cuenta ha sido desactivada en el servidor. Pida a los administradores del programa que la vuelvan a activar.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>El equipo envió una versión más reciente de este plan, o lo retiró, antes de que llegara esta revisión, así que el servidor no la aceptó. Queda aquí: copie lo que necesite y luego descártela.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>El servidor ya ha recibido hoy de usted tanto como acepta de una persona en un día. Sus cambios se conservan en este equipo y se enviarán después de la medianoche (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Este nombre de usuario ya está en uso. Elija otro.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>Este ordenador no confía en el certificado del servidor, así que la conexión podría no ser privada.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Le damos la bienvenida, %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>Está inscrito/a en %n curso.</numerusform>
            <numerusform>Está inscrito/a en %n cursos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>%n curso disponible.</numerusform>
            <numerusform>%n cursos disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>%n seminario disponible.</numerusform>
            <numerusform>%n seminarios disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n plan de acción de los equipos que usted facilita.</numerusform>
            <numerusform>%n planes de acción de los equipos que usted facilita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n plan de acción de su equipo.</numerusform>
            <numerusform>%n planes de acción de su equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n entrega pendiente de su revisión.</numerusform>
            <numerusform>%n entregas pendientes de su revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n entrega de su equipo.</numerusform>
            <numerusform>%n entregas de su equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>Este dispositivo aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>Todo lo que aparece a continuación se guarda en este dispositivo, por lo que puede seguir trabajando sin conexión. Sus cambios se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Abrir cursos</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>Abrir seminarios</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>Abrir planes de acción</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Abrir revisiones</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>Continuar donde lo dejó: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>Mensajes nuevos: %1 en %n seminario.</numerusform>
            <numerusform>Mensajes nuevos: %1 en %n seminarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Su equipo: %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>Miembros de su equipo</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>Pulse Intro para ver el perfil de un miembro</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>Indi&amp;cador:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>U&amp;nidad:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Línea de base:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Me&amp;ta:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%, establecimientos, niños …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>El punto de partida del equipo</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>Lo que el equipo se comprometió a lograr</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>Valo&amp;r alcanzado:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>Valor alcanzado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>Fuente, o cómo se contó</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>Registra el valor del mes o lo corrige (Intro)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>Quitar el mes</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>Quita el valor del mes elegido (Supr en la tabla)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>Resultados &amp;por mes</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>Resultados por mes</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>Solo los miembros del equipo informan de sus resultados; usted puede consultarlos.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>Introduzca el valor que alcanzó el indicador este mes.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Un indicador necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>&quot;%1&quot; no es un número. Escríbalo como %2, sin la unidad.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>Los resultados se registran para los meses de %1 a %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>Esto supera los %1 caracteres que se conservan.</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>Únase a la comunidad</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>Diga a la comunidad quién es. Su nombre, país, organización e idiomas se muestran a los miembros con quienes trabaja; su correo electrónico solo se usa para enviarle códigos.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>por ejemplo amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>Correo &amp;electrónico (opcional):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>&amp;Idiomas de trabajo:</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Idiomas en los que trabaja</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Uni&amp;rse</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>¿Desea cerrar la sesión de %1? El contenido permanece en este dispositivo; necesitará su contraseña para volver a sincronizar.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>Acerca de LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

Cursos, seminarios y planes de acción para gerentes y líderes de salud, en este dispositivo, con o sin conexión.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Seminarios</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>Enviar sus cambios y recibir contenido nuevo (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>&amp;Acerca de LeaderNet</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>No se pudo guardar su contraseña en este dispositivo (no hay ningún almacén de contraseñas disponible). Se le volverá a pedir la próxima vez que inicie LeaderNet.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>En este puesto</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>Personas en este &amp;puesto</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>No hay ninguna sesión iniciada</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>Lo que hay en este equipo queda oculto hasta que alguien inicie sesión.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>&amp;Perfil y cuenta…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Buscar en lecciones y mensajes</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>Esta sincronización descargaría unos %1 por una conexión con datos limitados. ¿Descargarlo ahora, o enviar solo sus cambios y descargar más tarde con una conexión sin límite de datos?</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>Esta sincronización descargaría unos %1 y superaría el límite de datos fijado en la página Sincronización. ¿Descargarlo ahora, o enviar solo sus cambios y descargar más tarde?</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>Descarga grande</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Descargar ahora</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Ningún miembro coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%n miembro encontrado</numerusform>
            <numerusform>%n miembros encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>Aún no hay miembros en este ordenador</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Elija un miembro</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>Los miembros aparecen aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>Seleccione un miembro de la lista para ver su perfil.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Funciones: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Miembro desde %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>&amp;Buscar un miembro:</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>Nombre, país, organización o idioma</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Buscar un miembro</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>Muestra los miembros cuyo nombre, nombre de usuario, país, organización o idioma contiene todas las palabras escritas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>Miembros mostrados</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Perfil del miembro</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>Dé un título al hilo.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>El título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>Escriba el primer mensaje del hilo.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>El primer mensaje puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nuevo hilo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>&amp;Primer mensaje:</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>Abrir el hilo</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Abrir el hilo (Ctrl+Intro). Sin conexión, se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Cerrar y guardar el borrador</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>Rechazado por el servidor; vea Sincronización</translation>
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
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>Para cambiar la contraseña hace falta conexión. Después se cierra la sesión en sus otros ordenadores; este la mantiene.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Ca&amp;mbiar la contraseña</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>Actividad «%1» añadida</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>Actividad «%1» eliminada</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>Actividad «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (aún sin enviar)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>Elija un cambio para verlo completo.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1, %2 — aún sin enviar</translation>
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
        <translation>Después</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>Esta actividad ya no está en el plan, o ya se restableció.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>Todavía no hay cambios registrados. Cada cambio de este plan aparece aquí en cuanto se hace, con quién lo hizo; los cambios de otras personas llegan con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Historial del plan</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>El cambio elegido</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>Restablecer el valor anterior</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>Volver al valor anterior a este cambio, como un cambio hecho por usted</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Equipo sin nombre</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan de acción de %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>Plan de acción de %1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>Esta sección supera los %1 caracteres que admite un plan; acórtela para guardarla. Su texto se conserva en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Desafío</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>&amp;Visión</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>Resultado &amp;medible</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>Situación a&amp;ctual</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>Causas &amp;raíz</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>Acciones &amp;prioritarias</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Aún sin redactar</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>Solo los miembros del equipo modifican este plan; usted puede consultarlo.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>Redacte esta sección antes de enviar el plan.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>Dos versiones: comparar…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1: dos versiones, compárelas</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>Elija un plan de acción</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>Todavía no hay planes de acción en este dispositivo</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>Seleccione el plan de un equipo para leerlo.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>El plan de acción de su equipo aparecerá aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan de acción de %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tividades</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>Muestre todas las actividades en el orden del plan para moverlas</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>Actividad eliminada. Deshacer la recupera (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>Indique en qué consiste la actividad: no puede quedar vacía.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Una actividad no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>Solo un miembro del equipo puede ser responsable de una actividad.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>Este texto es demasiado largo para una actividad.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>Solo los miembros del equipo modifican este plan.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>No se pudo imprimir el plan.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Guardar el plan en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>No se pudo guardar el plan como %1.</translation>
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
        <translation>Qué, quién, indicador…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrar las actividades</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>Mostrar las actividades con el estado</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>Añadir acti&amp;vidad</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>E&amp;liminar actividad</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
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
        <translation>Guardar en P&amp;DF…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>Borrador: aún no se ha enviado a revisión.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — enviado el %2 por %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>Revisión de %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>¿Enviar el plan tal como está ahora a los facilitadores del programa? Revisarán esta versión; ustedes pueden seguir trabajando en el plan.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>En&amp;viar de nuevo…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>En&amp;viar a revisión…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;ial</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>El servidor no aceptó %n cambio en este plan: usted ya no forma parte del equipo de este plan, o el plan ya no es del equipo. No se pierde nada de lo que escribió: queda en este equipo, en la página Sincronización, donde puede copiarlo y después descartarlo.</numerusform>
            <numerusform>El servidor no aceptó %n cambios en este plan: usted ya no forma parte del equipo de este plan, o el plan ya no es del equipo. No se pierde nada de lo que escribió: queda en este equipo, en la página Sincronización, donde puede copiarlo y después descartarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>El servidor no aceptó %n cambio en este plan: %1 Espera en la página Sincronización, para enviarlo de nuevo o descartarlo.</numerusform>
            <numerusform>El servidor no aceptó %n cambios en este plan: %1 Esperan en la página Sincronización, para enviarlos de nuevo o descartarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Abrir la página Sincronización</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>Todo el hilo</translation>
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
        <translation>Este mensaje supera en %1 caracteres el límite del servidor; acórtelo para enviarlo. Su texto se conserva.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>El servidor no aceptó su mensaje «%1»: %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Escriba algo antes de enviar.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>En &amp;respuesta a:</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>Escriba un mensaje… (Ctrl+Intro lo envía)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>Enviar el mensaje (Ctrl+Intro). Sin conexión, espera y se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Editar y volver a enviar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>No se pudo guardar su borrador en este equipo: %1 Copie el texto en un lugar seguro antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>Su autor eliminó este mensaje.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>Un facilitador ocultó este mensaje.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en respuesta a %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, en respuesta a %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>No se pudieron guardar sus cambios en esta computadora: %1 Copie el texto en un lugar seguro antes de cerrar.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>Un mensaje no puede quedar vacío; para quitarlo, elimínelo.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>Este mensaje supera en %1 caracteres el límite del servidor; acórtelo para guardarlo. Su texto se conserva.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>&amp;Su mensaje:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Guardar la edición (Ctrl+Intro). Sin conexión, se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Cerrar y guardar el borrador</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>Una imagen</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>Descargando la imagen (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>No se pudo descargar la imagen: %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>Pulse Intro o haga clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>Esta imagen aún no está en este equipo.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>Esta imagen (%1) aún no está en este equipo.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>Pulse Intro o haga clic para descargarla.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>La imagen aún no está en el servidor.</translation>
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
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
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
        <translation>Lección</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progreso de la lección</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>Participación en el seminario</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Resultado medible</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causas fundamentales</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Acciones prioritarias</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
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
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valor alcanzado</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>%n actividad añadida</numerusform>
            <numerusform>%n actividades añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>%n actividad modificada</numerusform>
            <numerusform>%n actividades modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>%n actividad quitada</numerusform>
            <numerusform>%n actividades quitadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>Nada ha cambiado desde el envío anterior.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>Cambios desde el envío anterior: %1.</translation>
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
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Creación: %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Modificación: %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Eliminación: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
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
        <translation>Pegue el código de restablecimiento que recibió.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>Escriba su nombre de usuario. Si su cuenta tiene correo electrónico, le enviamos un código de restablecimiento; si no, los administradores de la comunidad pueden darle uno.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Enviarme un código</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>Si esta cuenta tiene correo electrónico, el código de restablecimiento va de camino; sirve durante %n minuto. Escríbalo aquí con su nueva contraseña.</numerusform>
            <numerusform>Si esta cuenta tiene correo electrónico, el código de restablecimiento va de camino; sirve durante %n minutos. Escríbalo aquí con su nueva contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>Escriba el código de restablecimiento que recibió y su nueva contraseña.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>&amp;Guardar la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>&amp;Código de restablecimiento:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>&amp;Ya tengo un código</translation>
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
        <translation>El valor alcanzado cada mes, frente a la línea de base (%1) y la meta (%2). Los mismos valores figuran en la tabla &quot;Resultados por mes&quot;.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
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
        <translation>Aún no se ha registrado ningún resultado.</translation>
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
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
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
        <translation>Avance hacia la meta</translation>
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
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>&amp;Nuevo indicador</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>Añade un indicador cuyos resultados informa el equipo (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>Del &amp;plan…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>Añade como indicador el resultado medible del plan o el indicador de una actividad</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>Añadir un indicador del plan</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>E&amp;liminar indicador</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>Elimina el indicador y sus resultados (Supr en la lista)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>Guarda la tabla mostrada como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>Equipos y sus indicadores</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>Resultados de los indicadores</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>Todos los equipos, uno junto a otro</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>Todavía no hay resultados de ningún equipo en este dispositivo</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>Todavía no hay ningún indicador. Añada el resultado medible del plan o el indicador de una actividad con &quot;Del plan&quot;, o uno nuevo.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Resultado medible: %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>Indicador de la actividad: %1</translation>
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
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>Una puntuación es un número entero del 1 al 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>Otro facilitador ya revisó esta entrega.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>Solo los facilitadores del programa revisan los planes entregados.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>El equipo ha enviado desde entonces una versión más reciente de este plan: revise esa.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>Esta entrega ya no está en este equipo.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>Se guarda en este equipo mientras escribe. Ctrl+Intro guarda la revisión y abre la entrega siguiente; se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>Su revisión está guardada. Los cambios se guardan mientras escribe y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>Puntúe cada criterio obligatorio: %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>Diga qué debe cambiar el equipo: se necesita un comentario cuando pide cambios.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>El comentario supera los %1 caracteres que guarda una revisión. Su texto se conserva en este equipo.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>Elija una decisión: aprobar el plan o pedir cambios.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Su revisión</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>Rúbrica: escriba del 1 al 4 para puntuar el criterio seleccionado, Supr para borrarlo.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Elija una decisión</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>&amp;Comentario al equipo:</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>Comentario al equipo</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>Lo que es sólido en el plan y lo que hay que cambiar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>La entrega anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>La entrega siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>Guardar y abrir la siguiente</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>Guardar la revisión y abrir la entrega siguiente (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>Elija una entrega</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>Todavía no hay entregas en este dispositivo</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>Seleccione una entrega para ver su revisión.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>Los planes de acción entregados aparecerán aquí después de una sincronización.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>Entrega de %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>%1 de %2 revisadas</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>Todas las presentaciones</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>Presentaciones que se muestran</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>¿Aprobar las %1 entregas seleccionadas? Cada revisión que tenga todas las puntuaciones obligatorias se guarda y se envía en la próxima sincronización; las demás conservan la decisión en su borrador.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>¿Pedir cambios en las %1 entregas seleccionadas? Cada revisión que tenga todas las puntuaciones obligatorias y un comentario se guarda y se envía en la próxima sincronización; las demás conservan la decisión en su borrador.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>Decidir sobre varias entregas</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Pedir cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>%n revisión guardada.</numerusform>
            <numerusform>%n revisiones guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>Faltan por completar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>%n entrega que no le corresponde revisar se dejó como estaba.</numerusform>
            <numerusform>%n entregas que no le corresponde revisar se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exportar revisiones</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>revisiones.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>revision.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Revisión en curso</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>Enviad&amp;o desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>E&amp;ntregas</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Idioma del plan</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Enviado desde</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Enviado hasta</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Aprobar las seleccionadas…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>Primero seleccione varias entregas con Mayús o Ctrl y las flechas</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>Pedir cambios en las seleccionadas…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>Las puntuaciones y decisiones de las entregas mostradas (o seleccionadas), para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>Imprimir la entrega y su revisión (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Entrega</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontraron resultados.</translation>
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
        <translation>Buscar en lecciones y publicaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
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
        <translation>Lecciones (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>Mensajes (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Dos versiones de «%1»</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>Dos personas cambiaron esta sección por separado. Compare las versiones (las palabras que difieren están resaltadas) y conserve una o redacte el texto que acuerde el equipo.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>&amp;Conservada en el servidor — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>&amp;No conservada — %1, %2</translation>
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
        <translation>Conservar la versión del servidor</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Usar la versión de %1</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Guardar el texto combinado</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>empieza a las %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>empieza mañana</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>empieza el %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>empieza en %n día</numerusform>
            <numerusform>empieza en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>cierra en menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>abierto, cierra en %n hora</numerusform>
            <numerusform>abierto, cierra en %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>abierto hasta el %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1, %n mensaje nuevo</numerusform>
            <numerusform>%1, %n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1, iniciado por %2 el %3, %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>Fijado: %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1, cerrado</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Elija un hilo</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>Todavía no hay seminarios en este dispositivo</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>Seleccione un hilo del seminario para leer la conversación.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>Los seminarios aparecerán aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
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
        <translation>Facilitación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>Todavía no hay publicaciones en este hilo.</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Seminarios e hilos</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>Todavía no participa en este seminario. Únase para escribir en él; sus hilos llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>Este seminario ha terminado: sus hilos se pueden leer, pero no responder.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>&amp;Unirse a este seminario</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nuevo &amp;hilo…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>Un facilitador cerró este hilo: se puede leer, pero no responder.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>Acerca del seminario</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Escriba la dirección del servidor, por ejemplo, https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>Ningún servidor responde en esta dirección. Compruebe la dirección y la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>Esta dirección responde, pero no como un servidor de LeaderNet. Puede ser otro sitio web o la página de acceso de una red (de un hotel o una oficina): compruebe la dirección o inicie primero sesión en la red desde un navegador.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bienvenido/a a LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>LeaderNet guarda sus cursos, seminarios y el plan de acción de su equipo en este ordenador, y los actualiza siempre que hay conexión. Para empezar, escriba la dirección del servidor de su comunidad: se la pueden dar los administradores de su programa.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Con&amp;fiar en este certificado</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Comprobando el servidor</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>El certificado de este servidor no está firmado por una autoridad en la que confíe este ordenador. Si sus administradores usan un certificado propio, compare su huella con la que le dieron. Confíe en él solo si coinciden.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Huella del certificado</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>Este servidor es más reciente que esta versión de LeaderNet. Instale la última versión de la aplicación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>Este servidor usa una versión de LeaderNet más antigua que esta aplicación. Pida a los administradores de la comunidad que lo actualicen.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>Este servidor funciona con otra versión de LeaderNet distinta de esta aplicación. Instale la última versión de la aplicación; si ya la tiene, pida a los administradores de la comunidad que actualicen el servidor.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Escriba la dirección del servidor, por ejemplo, https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>Iniciar sesión en LeaderNet</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>La última vez, este dispositivo no pudo guardar su contraseña. Vuelva a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bienvenido/a a LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>Inicie sesión con su cuenta de LeaderNet. La sesión seguirá abierta en este ordenador hasta que la cierre. ¿Es nuevo/a en la comunidad? Únase aquí.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>Ú&amp;nase a la comunidad…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>Tengo un código de acti&amp;vación</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>Su cuenta está activa. ¡Bienvenido/a a la comunidad!</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>Se ha cambiado su contraseña y se ha cerrado la sesión en todos los ordenadores que usaban la anterior. Inicie sesión con la nueva contraseña.</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Equipo sin nombre</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1, %2, fecha de entrega: %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Revisión en curso</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Enviando sus cambios…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>Enviando sus cambios: %1 de %n enviado</numerusform>
            <numerusform>Enviando sus cambios: %1 de %n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>Recibiendo unos %1 (%n elemento)…</numerusform>
            <numerusform>Recibiendo unos %1 (%n elementos)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Buscando contenido nuevo…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>Recibiendo: %n elemento, %1 hasta ahora</numerusform>
            <numerusform>Recibiendo: %n elementos, %1 hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>Recibiendo: %1 % — %2 de unos %n elemento, %3 hasta ahora</numerusform>
            <numerusform>Recibiendo: %1 % — %2 de unos %n elementos, %3 hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(quedan %1)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparando los datos de este dispositivo con el servidor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Se reintentará en %n segundo.</numerusform>
            <numerusform>%1 Se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Próximo intento en %n segundo.</numerusform>
            <numerusform>Próximo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>Sin conexión. Sus cambios se guardan en este equipo y LeaderNet vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>El servidor no responde. LeaderNet vuelve a intentarlo por sí solo; si dura más de un día, avise a los administradores del programa.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>En la dirección del servidor responde otra cosa: casi siempre, la página de acceso de una red (en un hotel o una oficina). Abra un navegador web, inicie sesión en la red y pulse Sincronizar ahora.</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>Conexión con datos limitados: la descarga de unos %1 espera a una conexión sin límite. Sus propios cambios se siguen enviando. Pulse Sincronizar ahora para descargarla de todos modos.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>Conexión con datos limitados: las sincronizaciones esperan a una conexión sin límite, como se indica abajo. Pulse Sincronizar ahora para sincronizar de todos modos.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>Se alcanzó el límite de datos: las descargas esperan al día o al mes siguiente. Sus propios cambios se siguen enviando. Pulse Sincronizar ahora para descargar de todos modos.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>La descarga de unos %1 espera al horario %2–%3, fijado para las descargas grandes. Pulse Sincronizar ahora para descargarla ya.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>Solo sincroniza cuando pulsa Sincronizar ahora, como se indica abajo.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Al día.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>Este equipo no puede saber si su conexión tiene datos limitados.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>Este equipo indica que su conexión tiene datos limitados.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>Este equipo indica que su conexión no tiene límite de datos.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Cuándo sincronizar</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automáticamente</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>Automáticamente, solo con conexiones sin límite de datos</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>Solo cuando pulse Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>Tratar esta cone&amp;xión como de datos limitados</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>&amp;Gasto máximo de datos al día:</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>Gasto máximo de datos al me&amp;s:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>Las descargas grandes esperan si superarían este límite; sus propios cambios se siguen enviando.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>Descargas grandes desde</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>Descargas grandes hasta</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>Sincroni&amp;zar:</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>Descargas grandes solo en este &amp;horario:</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>Descargar con antelación los archivos adjuntos en conexiones sin límite de datos</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>Las imágenes y los documentos de sus cursos, planes y seminarios se descargan después de cada sincronización, para que se abran sin conexión. Si no, cada uno se descarga al abrirlo.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>Conservar archivos adjuntos hasta:</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>Por encima de este límite, se quitan de este equipo los archivos abiertos hace más tiempo (nunca uno suyo aún no enviado); se pueden volver a descargar.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Sin conexión — los cambios se guardan en este dispositivo</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>Enviando sus cambios…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>Enviando… %1 de %n cambio enviado</numerusform>
            <numerusform>Enviando… %1 de %n cambios enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Buscando contenido nuevo…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>Recibiendo… %n registro recibido</numerusform>
            <numerusform>Recibiendo… %n registros recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparando los datos de este dispositivo con el servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>Sin conexión — nuevo intento en %n segundo</numerusform>
            <numerusform>Sin conexión — nuevo intento en %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>El servidor no responde — nuevo intento en %n segundo</numerusform>
            <numerusform>El servidor no responde — nuevo intento en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>Recibiendo… %1 %</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>El servidor no responde — los cambios se guardan en este equipo</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>La red le pide iniciar sesión — abra un navegador web e inicie sesión en ella</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — conexión con datos limitados, las descargas esperan</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — límite de datos alcanzado, las descargas esperan</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — la descarga grande espera hasta las %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — %n cambio rechazado, vea Sincronización</numerusform>
            <numerusform>%1 — %n cambios rechazados, vea Sincronización</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n cambio pendiente</numerusform>
            <numerusform>%1 — %n cambios pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nadie ha iniciado sesión</translation>
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
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>&amp;Cambio rechazado por el servidor (%n)</numerusform>
            <numerusform>&amp;Cambios rechazados por el servidor (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Pendientes de envío:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>C&amp;onflicto por resolver (%n)</numerusform>
            <numerusform>C&amp;onflictos por resolver (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflicto abierto</numerusform>
            <numerusform>%n conflictos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>Mantener el registro tal como se editó</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>E&amp;liminar de todos modos…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Eliminar el registro igualmente</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>Se descartan los cambios hechos después de la eliminación</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>Recuperar el registro, con los cambios</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Mantener la actual</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>Mantener la versión actual; la otra se descarta</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>Usar la otra &amp;versión</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>Sustituir los valores actuales por los de la otra versión</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Versión actual</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>Versión actual, de %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>Otra versión, de %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Descartar el cambio</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>¿Desea descartar este cambio (%1)? El cambio se perderá y en este dispositivo se restaurará la versión del servidor.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>¿Desea eliminar de todos modos este registro (%1)? Se modificó después de que se hiciera la eliminación; esos cambios también se eliminarán.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Volver a enviar al servidor el cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Descar&amp;tar…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>Descartar el cambio seleccionado y volver a la versión del servidor</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Seleccione un conflicto para comparar las dos versiones.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>Dejar &amp;eliminado</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>Copiar el contenido del cambio seleccionado, para guardarlo en otro lugar</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>Comparar en el &amp;plan…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n elemento del servidor: cursos, seminarios, planes, miembros…</numerusform>
            <numerusform>%n elementos del servidor: cursos, seminarios, planes, miembros…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este ordenador:</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>Diagnóstico copiado: péguelo en un mensaje a quien le da soporte. No contiene ninguna contraseña ni nada de lo que ha escrito.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>Copiar in&amp;forme de diagnóstico</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>Copiar un breve informe para soporte: versiones, la respuesta del servidor, las últimas sincronizaciones y las colas; sin contraseñas ni nada de lo que ha escrito</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>Mostrar mensaje</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Ocultar mensaje</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>Desfijar hilo</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>Fijar hilo</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Reabrir hilo</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Cerrar hilo</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>¿Eliminar su mensaje? Su texto desaparecerá de todas las computadoras con la próxima sincronización; las respuestas se mantienen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>%1 editó este mensaje. Versiones anteriores, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>Mensajes de este hilo</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>Responder al mensaje seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>Editar su mensaje (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>Eliminar su mensaje (Supr)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versiones anteriores…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>Ocultar el mensaje a los participantes, o volver a mostrarlo</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>Un hilo fijado aparece primero en su seminario</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>Un hilo cerrado no admite mensajes nuevos</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Eliminar hilo</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar este hilo y su %n mensaje, para todos los participantes? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar este hilo y sus %n mensajes, para todos los participantes? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>Eliminar el hilo</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>Eliminar hilo…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>Quitar el hilo y sus mensajes para todos los participantes</translation>
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
            <numerusform>%n actividad del %1 al %2</numerusform>
            <numerusform>%n actividades del %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>Ninguna actividad tiene fechas todavía</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Todavía no hay actividades</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Sin responsable todavía</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop: cursos, seminarios y planes de acción, con o sin conexión.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>Guardar este perfil en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>Sincronizar con el servidor en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>Iniciar sesión como &lt;nombre&gt; al arrancar.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>Leer la contraseña para --user desde la entrada estándar.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;archivo&gt; después de la primera sincronización y luego salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>Usar este idioma solo en esta ejecución: en, es, fr, pt, ar o ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>Una vez iniciada la sesión, iniciar también la de &lt;name&gt; en este equipo, con la contraseña de la línea siguiente de la entrada estándar (después de la de --user). Se puede repetir.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>Abrir esta página: home, courses, seminars, plans, timeline (el cronograma del plan), reviews, results, sync o members; con --screenshot también welcome o join (los pasos de la primera ejecución).</translation>
    </message>
</context>
</TS>
