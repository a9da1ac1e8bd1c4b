<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App::SyncCommand</name>
    <message>
        <source>The profile folder.</source>
        <translation>Le dossier du profil.</translation>
    </message>
    <message>
        <source>The server address.</source>
        <translation>L&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>the server did not accept the credentials</source>
        <translation>le serveur n&apos;a pas accepté les identifiants</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>le serveur est injoignable (%1)</translation>
    </message>
    <message>
        <source>this client and the server speak different protocol versions</source>
        <translation>ce client et le serveur utilisent des versions de protocole différentes</translation>
    </message>
    <message>
        <source>the replica was written by a newer LeaderNet (%1)</source>
        <translation>la copie locale a été écrite par une version plus récente de LeaderNet (%1)</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot open the replica: %1</source>
        <translation>leadernet-sync : impossible d&apos;ouvrir la copie locale : %1</translation>
    </message>
    <message>
        <source>usage: leadernet-sync login MEMBER (password on standard input)</source>
        <translation>utilisation : leadernet-sync login MEMBER (mot de passe sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>leadernet-sync: unknown command &apos;%1&apos;</source>
        <translation>leadernet-sync : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>leadernet-sync: sign-in failed: %1</source>
        <translation>leadernet-sync : échec de la connexion : %1</translation>
    </message>
    <message>
        <source>leadernet-sync: signed in, but the token cannot be kept (%1); pass the password to each sync instead.</source>
        <translation>leadernet-sync : connexion réussie, mais le jeton ne peut pas être conservé (%1) ; fournissez plutôt le mot de passe à chaque synchronisation.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté(e) en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>leadernet-sync: not signed in; run &apos;leadernet-sync login MEMBER&apos; first, or give the member and the password on standard input to &apos;sync&apos;.</source>
        <translation>leadernet-sync : vous n&apos;êtes pas connecté(e) ; exécutez d&apos;abord « leadernet-sync login MEMBER », ou fournissez le membre et le mot de passe à « sync » sur l&apos;entrée standard.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>leadernet-sync: sync failed: %1</source>
        <translation>leadernet-sync : échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté(e).</translation>
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
        <translation>Synchronise la copie locale de LeaderNet sans ouvrir de fenêtre.

Commandes :
  login MEMBER          se connecter (mot de passe sur l&apos;entrée standard)
  sync [MEMBER]         envoyer, puis recevoir les modifications (avec MEMBER : mot de passe
                        sur l&apos;entrée standard)
  verify [MEMBER]       comparer la copie locale avec le serveur (code de sortie 4 en cas d&apos;écart)
  status                modifications en attente et refusées, conflits, dernière synchronisation, position
  add-author MEMBER     connecter un autre membre sur cet ordinateur (mot de passe sur
                        l&apos;entrée standard) ; ses modifications partent avec sa propre connexion
  remove-author MEMBER  déconnecter ce membre de cet ordinateur
  logout                oublier le membre connecté</translation>
    </message>
    <message>
        <source>login, sync, verify, status, add-author, remove-author or logout</source>
        <translation>login, sync, verify, status, add-author, remove-author ou logout</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 [MEMBER] (with MEMBER: password on standard input)</source>
        <translation>utilisation : leadernet-sync %1 [MEMBER] (avec MEMBER : mot de passe sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>usage: leadernet-sync %1 MEMBER</source>
        <translation>utilisation : leadernet-sync %1 MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>leadernet-sync: %1; trying again in %n second(s)</source>
        <translation>
            <numerusform>leadernet-sync : %1 ; nouvel essai dans %n seconde</numerusform>
            <numerusform>leadernet-sync : %1 ; nouvel essai dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with others and are kept as conflicts to resolve</source>
        <translation>
            <numerusform>%n modification est entrée en conflit avec d&apos;autres et est conservée comme conflit à résoudre</numerusform>
            <numerusform>%n modifications sont entrées en conflit avec d&apos;autres et sont conservées comme conflits à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server; they stay on this computer (see &apos;status&apos;)</source>
        <translation>
            <numerusform>%n modification refusée par le serveur ; elle reste sur cet ordinateur (voir « status »)</numerusform>
            <numerusform>%n modifications refusées par le serveur ; elles restent sur cet ordinateur (voir « status »)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes of %n other member(s) wait until they sign in on this computer.</source>
        <translation>
            <numerusform>Les modifications de %n autre membre attendent qu&apos;il se connecte sur cet ordinateur.</numerusform>
            <numerusform>Les modifications de %n autres membres attendent qu&apos;ils se connectent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again on this computer (&apos;leadernet-sync add-author %2&apos;) before their changes are sent.</source>
        <translation>%1 doit se reconnecter sur cet ordinateur (« leadernet-sync add-author %2 ») pour que ses modifications soient envoyées.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in on this computer too: changes they make here are sent with their own sign-in.</source>
        <translation>%1 (%2) est également connecté(e) sur cet ordinateur : les modifications faites ici par ce membre partent avec sa propre connexion.</translation>
    </message>
    <message>
        <source>%1 is no longer signed in on this computer.</source>
        <translation>%1 n&apos;est plus connecté(e) sur cet ordinateur.</translation>
    </message>
    <message>
        <source>leadernet-sync: %1 is not signed in on this computer</source>
        <translation>leadernet-sync : %1 n&apos;est pas connecté(e) sur cet ordinateur</translation>
    </message>
    <message>
        <source>The replica matches the server.</source>
        <translation>La copie locale correspond au serveur.</translation>
    </message>
    <message>
        <source>leadernet-sync: cannot verify: %1</source>
        <translation>leadernet-sync : vérification impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>The replica differs from the server in %n scope(s).</source>
        <translation>
            <numerusform>La copie locale diffère du serveur dans %n périmètre.</numerusform>
            <numerusform>La copie locale diffère du serveur dans %n périmètres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) are not sent yet; run &apos;sync&apos; first.</source>
        <translation>
            <numerusform>%n modification locale n&apos;est pas encore envoyée ; lancez d&apos;abord « sync ».</numerusform>
            <numerusform>%n modifications locales ne sont pas encore envoyées ; lancez d&apos;abord « sync ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the certificate(s) in this PEM file for HTTPS (the server&apos;s own CA, or its self-signed certificate).</source>
        <translation>Faire également confiance aux certificats de ce fichier PEM pour HTTPS (l&apos;autorité de certification propre au serveur, ou son certificat auto-signé).</translation>
    </message>
    <message>
        <source>leadernet-sync: --trust-certificate: %1 holds no PEM certificate</source>
        <translation>leadernet-sync : --trust-certificate : %1 ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>Editing::MemberDirectory</name>
    <message>
        <source>Unknown member</source>
        <translation>Membre inconnu</translation>
    </message>
</context>
<context>
    <name>Editing::PlanDocument</name>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Modifier l’activité</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Supprimer l’activité</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Déplacer l’activité</translation>
    </message>
    <message>
        <source>Restore activity</source>
        <translation>Rétablir l’activité</translation>
    </message>
</context>
<context>
    <name>Editing::ResultsDocument</name>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Change indicator</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Déplacer l’indicateur</translation>
    </message>
    <message>
        <source>Correct result</source>
        <translation>Corriger le résultat</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Saisir le résultat</translation>
    </message>
    <message>
        <source>Remove result</source>
        <translation>Retirer le résultat</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>Chronogramme (%1 sur %2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronogramme</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>Submitted on %1 by %2</source>
        <translation>Soumis le %1 par %2</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>En attente d&apos;évaluation</translation>
    </message>
    <message>
        <source>Review by %1, not saved yet</source>
        <translation>Évaluation de %1, pas encore enregistrée</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>Évalué le %1 par %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The plan as submitted</source>
        <translation>Le plan tel qu’il a été soumis</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Activités (%1)</translation>
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
        <translation>Profil et compte</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>What the members you work with see about you. Changes are kept on this computer as you type, and sent with the next sync.</source>
        <translation>Ce que voient de vous les membres avec qui vous travaillez. Vos modifications sont conservées sur cet ordinateur au fil de la saisie, puis envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Langues dans lesquelles vous travaillez</translation>
    </message>
    <message>
        <source>About &amp;you:</source>
        <translation>&amp;À propos de vous :</translation>
    </message>
    <message>
        <source>Saved on this computer. It goes to the server with the next sync.</source>
        <translation>Enregistré sur cet ordinateur. Il part vers le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your changes could not be kept on this computer. They stay in the fields; try again, or copy them somewhere safe.</source>
        <translation>Vos modifications n&apos;ont pas pu être conservées sur cet ordinateur. Elles restent dans les champs : réessayez, ou copiez-les en lieu sûr.</translation>
    </message>
    <message>
        <source>Your profile arrives with the first sync; you can edit it then.</source>
        <translation>Votre profil arrive avec la première synchronisation ; vous pourrez alors le modifier.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>If you signed in on a computer you no longer use, or one that was lost, sign out there from here. This computer stays signed in. It needs a connection.</source>
        <translation>Si vous vous êtes connecté sur un ordinateur que vous n&apos;utilisez plus, ou qui a été perdu, déconnectez-le d&apos;ici. Cet ordinateur reste connecté. Une connexion est nécessaire.</translation>
    </message>
    <message>
        <source>Sign out on &amp;other computers</source>
        <translation>Déconnecter les autres &amp;ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Sign out on this computer…</source>
        <translation>Se &amp;déconnecter sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Your other computers are signed out. They will ask for your password at their next sync.</source>
        <translation>Vos autres ordinateurs sont déconnectés. Ils vous demanderont votre mot de passe à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Ui::AccountFormPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
</context>
<context>
    <name>Ui::AccountText</name>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you can remember make a strong password.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère. Quelques mots dont vous vous souvenez font un mot de passe solide.</numerusform>
            <numerusform>Utilisez au moins %n caractères. Quelques mots dont vous vous souvenez font un mot de passe solide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Trop court : utilisez au moins %n caractère.</numerusform>
            <numerusform>Trop court : utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or mix letters, digits and signs.</source>
        <translation>Faible : facile à deviner. Ajoutez des mots, ou mélangez lettres, chiffres et signes.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Correct. Un mot de passe plus long serait plus solide.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Choisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Use %1 to %2 small letters (a–z), digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Utilisez de %1 à %2 lettres minuscules (a–z), chiffres, points, tirets ou traits de soulignement, sans espace.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Saisissez une adresse électronique comme nom@example.org, ou laissez le champ vide.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten this to %n characters or fewer.</source>
        <translation>
            <numerusform>Raccourcissez à %n caractère au plus.</numerusform>
            <numerusform>Raccourcissez à %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is unknown, already used or expired. Ask for a new one.</source>
        <translation>Ce code est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Enter your name as others should see it.</source>
        <translation>Saisissez votre nom tel que les autres doivent le voir.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n languages.</source>
        <translation>
            <numerusform>Choisissez au plus %n langue.</numerusform>
            <numerusform>Choisissez au plus %n langues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not take this: it is too long or not valid.</source>
        <translation>Le serveur ne l&apos;a pas accepté : c&apos;est trop long ou non valide.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n&apos;est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again. Nothing you typed is lost.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion et réessayez. Rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivatePage</name>
    <message>
        <source>Paste the activation code you received.</source>
        <translation>Collez le code d&apos;activation que vous avez reçu.</translation>
    </message>
    <message>
        <source>Activate your account</source>
        <translation>Activez votre compte</translation>
    </message>
    <message>
        <source>Enter the activation code you received by e-mail or from the community&apos;s administrators.</source>
        <translation>Saisissez le code d&apos;activation reçu par courriel ou remis par les administrateurs de la communauté.</translation>
    </message>
    <message>
        <source>Welcome, %1! We have sent an activation code to your e-mail address. Paste it here to activate your account. If it does not arrive, the community&apos;s administrators can give you one.</source>
        <translation>Bienvenue, %1 ! Nous avons envoyé un code d&apos;activation à votre adresse électronique. Collez-le ici pour activer votre compte. S&apos;il n&apos;arrive pas, les administrateurs de la communauté peuvent vous en donner un.</translation>
    </message>
    <message>
        <source>Welcome, %1! Ask the community&apos;s administrators for your activation code, then paste it here to activate your account.</source>
        <translation>Bienvenue, %1 ! Demandez votre code d&apos;activation aux administrateurs de la communauté, puis collez-le ici pour activer votre compte.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Code d&apos;activation :</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityDelegate</name>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityModel</name>
    <message>
        <source>%1
Resources: %2</source>
        <translation>%1
Ressources : %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>%1 is no longer in the team: choose who is responsible now.</source>
        <translation>%1 ne fait plus partie de l’équipe : choisissez qui en est responsable désormais.</translation>
    </message>
    <message>
        <source>%1, no longer in the team</source>
        <translation>%1, ne fait plus partie de l’équipe</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>Ui::AttachmentList</name>
    <message>
        <source>%1, waiting to be sent</source>
        <translation>%1, en attente d’envoi</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1, waiting to be fetched</source>
        <translation>%1, en attente de téléchargement</translation>
    </message>
    <message>
        <source>fetching… %1 % of %2</source>
        <translation>téléchargement… %1 % de %2</translation>
    </message>
    <message>
        <source>%1, could not be fetched: %2</source>
        <translation>%1, téléchargement impossible : %2</translation>
    </message>
    <message>
        <source>%1, not fetched yet</source>
        <translation>%1, pas encore téléchargé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the copy to open could not be written in %2.</source>
        <translation>Impossible d’ouvrir « %1 » : la copie à ouvrir n’a pas pu être écrite dans %2.</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>Aucune application de cet ordinateur n’ouvre « %1 ». Enregistrez une copie et ouvrez-la depuis là.</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Enregistrer une copie de « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not on this computer any more; fetch it again.</source>
        <translation>« %1 » n’est plus sur cet ordinateur ; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” could not be saved as %2.</source>
        <translation>Impossible d’enregistrer « %1 » sous %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message numerus="yes">
        <source>At most %n file(s) can be attached here.</source>
        <translation>
            <numerusform>Vous pouvez joindre au plus %n fichier ici.</numerusform>
            <numerusform>Vous pouvez joindre au plus %n fichiers ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is %2; the server takes files of up to %3.</source>
        <translation>« %1 » fait %2 ; le serveur accepte les fichiers jusqu’à %3.</translation>
    </message>
    <message numerus="yes">
        <source>The name “%1” is too long; rename the file to at most %n character(s).</source>
        <translation>
            <numerusform>Le nom « %1 » est trop long ; renommez le fichier en %n caractère au plus.</numerusform>
            <numerusform>Le nom « %1 » est trop long ; renommez le fichier en %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be attached: %2</source>
        <translation>Impossible de joindre « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is attached already.</source>
        <translation>« %1 » est déjà joint.</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Fichiers joints :</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the file with this computer&apos;s application for it (Return)</source>
        <translation>Ouvrir le fichier avec l’application prévue sur cet ordinateur (Entrée)</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Bring the file from the server now (Return)</source>
        <translation>Récupérer le fichier sur le serveur maintenant (Entrée)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a picture, a document or a recording (Ctrl+Shift+A); it is sent with the next sync</source>
        <translation>Joindre une image, un document ou un enregistrement (Ctrl+Maj+A) ; il part avec la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the list (Del)</source>
        <translation>Retirer le fichier sélectionné de la liste (Suppr)</translation>
    </message>
    <message>
        <source>%1, not on the server yet: the computer it was attached on has not sent it</source>
        <translation>%1, pas encore sur le serveur : l’ordinateur sur lequel il a été joint ne l’a pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>Ui::ConflictsModel</name>
    <message>
        <source>Deleted while someone edited it</source>
        <extracomment>One person deleted a record while another was editing it; the record was kept.</extracomment>
        <translation>Supprimé pendant qu&apos;une autre personne le modifiait</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <extracomment>A change reached the server after someone had deleted the record.</extracomment>
        <translation>Modifié après sa suppression</translation>
    </message>
    <message>
        <source>Kept, with the changes</source>
        <translation>Conservé, avec les modifications</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed version</source>
        <translation>Version modifiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field and its value in a short list: &quot;Vision: No stockouts&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the fields of a short list: &quot;Vision: …; End: …&quot;.</extracomment>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 deleted this record.</source>
        <translation>%1 a supprimé cet enregistrement.</translation>
    </message>
    <message>
        <source>The record was kept, with these values:</source>
        <translation>L&apos;enregistrement a été conservé, avec ces valeurs :</translation>
    </message>
    <message>
        <source>These values were saved after the record was deleted:</source>
        <translation>Ces valeurs ont été enregistrées après la suppression de l&apos;enregistrement :</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <extracomment>A field&apos;s name above its full value, in the conflict&apos;s detail.</extracomment>
        <translation>%1 :
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Who made a version and when: &quot;Amina Diallo, 12/05/2024 10:00&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>Current version by</source>
        <translation>Auteur de la version actuelle</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>Other version by</source>
        <translation>Auteur de l&apos;autre version</translation>
    </message>
</context>
<context>
    <name>Ui::ConversationModel</name>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 a écrit le %2 : %3</translation>
    </message>
    <message>
        <source>Deleted by its author</source>
        <translation>Supprimé par son auteur</translation>
    </message>
    <message>
        <source>Hidden by a facilitator</source>
        <translation>Masqué par un animateur</translation>
    </message>
    <message>
        <source>edited %1</source>
        <extracomment>A post changed by its author after it was written: &quot;edited 3 May, 10:04&quot;.</extracomment>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2, in reply to %3: %4</source>
        <translation>%1 a écrit le %2, en réponse à %3 : %4</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <extracomment>An earlier version of an edited post: its time, then its text.</extracomment>
        <translation>Jusqu’au %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1, enrolled</source>
        <translation>%1, inscrit(e)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, terminée</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1, leçons terminées : %2 sur %n</numerusform>
            <numerusform>%1, leçons terminées : %2 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CoursesView</name>
    <message>
        <source>Choose a lesson</source>
        <translation>Choisissez une leçon</translation>
    </message>
    <message>
        <source>No courses on this computer yet</source>
        <translation>Aucun cours sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a course, module or lesson to read it.</source>
        <translation>Sélectionnez un cours, un module ou une leçon pour le consulter.</translation>
    </message>
    <message>
        <source>Courses appear here after the first sync.</source>
        <translation>Les cours apparaîtront ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>You are enrolled in this course.</source>
        <translation>Vous êtes inscrit(e) à ce cours.</translation>
    </message>
    <message>
        <source>You are not enrolled in this course.</source>
        <translation>Vous n&apos;êtes pas inscrit(e) à ce cours.</translation>
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
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses, modules and lessons</source>
        <translation>Cours, modules et leçons</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>Leçons terminées : %1 sur %n</numerusform>
            <numerusform>Leçons terminées : %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression dans le cours</translation>
    </message>
    <message>
        <source>Leave c&amp;ourse</source>
        <translation>Quitter le c&amp;ours</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>S’i&amp;nscrire</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Cours terminé</translation>
    </message>
    <message>
        <source>&amp;Continue: %1</source>
        <translation>&amp;Continuer : %1</translation>
    </message>
    <message>
        <source>&amp;Start: %1</source>
        <translation>&amp;Commencer : %1</translation>
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
        <translation>Impossible de quitter le cours.</translation>
    </message>
    <message>
        <source>You could not enroll.</source>
        <translation>Impossible de vous inscrire.</translation>
    </message>
    <message>
        <source>The lesson could not be marked.</source>
        <translation>Impossible de modifier l’état de la leçon.</translation>
    </message>
    <message>
        <source>Show courses in</source>
        <translation>Afficher les cours en</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Mes inscriptions</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Leçon précédente</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Page Up)</source>
        <translation>Leçon précédente (Alt+Page Up)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Page Down)</source>
        <translation>Leçon suivante (Alt+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>Mark this lesson as done, or not done (Ctrl+D)</source>
        <translation>Marquer cette leçon comme terminée ou non terminée (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>Ui::CsvFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved as %1.</source>
        <translation>Le tableau n’a pas pu être enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Ui::DataUsageView</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Data used against the budget: &quot;1.2 MB of 5 MB&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui : %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Ce mois-ci : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Données utilisées par jour</translation>
    </message>
    <message>
        <source>No data used in the last 30 days.</source>
        <translation>Aucune donnée utilisée ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>Data used per month</source>
        <translation>Données utilisées par mois</translation>
    </message>
    <message>
        <source>Per day, last 30 days:</source>
        <translation>Par jour, 30 derniers jours :</translation>
    </message>
    <message>
        <source>Per month, last 6 months:</source>
        <translation>Par mois, 6 derniers mois :</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPanel</name>
    <message>
        <source>This computer cannot check this password without the connection yet: sign in again once, online.</source>
        <translation>Cet ordinateur ne peut pas encore vérifier ce mot de passe sans connexion : reconnectez-vous une fois, en ligne.</translation>
    </message>
    <message>
        <source>That is not the right password. Try again.</source>
        <translation>Ce n’est pas le bon mot de passe. Réessayez.</translation>
    </message>
    <message>
        <source>This person is no longer at this desk.</source>
        <translation>Cette personne n’est plus à ce poste.</translation>
    </message>
    <message>
        <source>%1 — writing now</source>
        <translation>%1 — rédige en ce moment</translation>
    </message>
    <message>
        <source>%1 — signed out; their changes wait until they sign in again</source>
        <translation>%1 — déconnecté·e ; ses modifications attendent sa reconnexion</translation>
    </message>
    <message>
        <source>Add a team member at this desk…</source>
        <translation>Ajouter un membre de l’équipe à ce poste…</translation>
    </message>
    <message>
        <source>Nobody is writing</source>
        <translation>Personne ne rédige</translation>
    </message>
    <message>
        <source>Writing as %1</source>
        <translation>Rédige en tant que %1</translation>
    </message>
    <message>
        <source>&amp;People at this desk</source>
        <translation>&amp;Personnes à ce poste</translation>
    </message>
    <message>
        <source>People at this desk</source>
        <translation>Personnes à ce poste</translation>
    </message>
    <message>
        <source>&amp;Write as this person…</source>
        <translation>&amp;Rédiger en tant que cette personne…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>Ajouter un membre de l’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Leave this desk</source>
        <translation>&amp;Quitter ce poste</translation>
    </message>
    <message>
        <source>Switch &amp;author…</source>
        <translation>Changer d’&amp;auteur…</translation>
    </message>
    <message>
        <source>Who your changes are recorded under (%1 to switch)</source>
        <translation>Au nom de qui vos modifications sont enregistrées (%1 pour changer)</translation>
    </message>
    <message>
        <source>%1 — writing now; account disabled on the server, their changes wait</source>
        <translation>%1 — rédige en ce moment ; compte désactivé sur le serveur, ses modifications attendent</translation>
    </message>
    <message>
        <source>%1 — account disabled on the server; their changes wait</source>
        <translation>%1 — compte désactivé sur le serveur ; ses modifications attendent</translation>
    </message>
    <message>
        <source>%1 — writing now; signed out, their changes wait until they sign in again</source>
        <translation>%1 — rédige en ce moment ; déconnecté·e, ses modifications attendent sa reconnexion</translation>
    </message>
</context>
<context>
    <name>Ui::DeskPasswordDialog</name>
    <message>
        <source>Type the team member&apos;s user name.</source>
        <translation>Saisissez le nom d’utilisateur du membre de l’équipe.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Add a team member at this desk</source>
        <translation>Ajouter un membre de l’équipe à ce poste</translation>
    </message>
    <message>
        <source>The team member signs in with their own account. Their changes are recorded in their name and sent with their own sign-in.</source>
        <translation>Le membre de l’équipe se connecte avec son propre compte. Ses modifications sont enregistrées à son nom et envoyées avec sa propre connexion.</translation>
    </message>
    <message>
        <source>Add to this desk</source>
        <translation>Ajouter à ce poste</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Rédiger en tant que %1</translation>
    </message>
    <message>
        <source>%1, type your password to write in your name. It is checked on this computer; no connection is needed.</source>
        <translation>%1, saisissez votre mot de passe pour rédiger à votre nom. Il est vérifié sur cet ordinateur ; aucune connexion n’est nécessaire.</translation>
    </message>
    <message>
        <source>Sign %1 in again</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>%1 needs to sign in again (this needs the connection).</source>
        <translation>%1 doit se reconnecter (une connexion est nécessaire).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorText</name>
    <message>
        <source>The local data file cannot be opened.</source>
        <translation>Le fichier des données locales ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The local data was written by a newer version of LeaderNet. Install the latest version.</source>
        <translation>Les données locales ont été écrites par une version plus récente de LeaderNet. Installez la dernière version.</translation>
    </message>
    <message>
        <source>The local data could not be upgraded. It has not been changed.</source>
        <translation>Les données locales n&apos;ont pas pu être mises à niveau. Elles n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The local data could not be read or saved.</source>
        <translation>Les données locales n&apos;ont pas pu être lues ou enregistrées.</translation>
    </message>
    <message>
        <source>The item was not found.</source>
        <translation>L&apos;élément est introuvable.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Certaines informations ne sont pas valides.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server has a problem. Try again later.</source>
        <translation>Le serveur rencontre un problème. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé(e) à effectuer cette action.</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be understood.</source>
        <translation>Le serveur a envoyé une réponse incompréhensible.</translation>
    </message>
    <message>
        <source>This version of LeaderNet cannot work with the server. Install the latest version.</source>
        <translation>Cette version de LeaderNet ne peut pas fonctionner avec le serveur. Installez la dernière version.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer.</source>
        <translation>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives de connexion ont échoué. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The seminar or the thread had closed when this was written, so the server did not take it.</source>
        <translation>Le séminaire ou le fil était déjà fermé quand ceci a été écrit ; le serveur ne l’a donc pas accepté.</translation>
    </message>
    <message>
        <source>What this was about was removed from the server meanwhile (a course, a lesson, a seminar, a thread or a post).</source>
        <translation>Ce à quoi cela se rapportait a été retiré du serveur entre-temps (un cours, une leçon, un séminaire, un fil ou un message).</translation>
    </message>
    <message>
        <source>You are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s, so the server did not take this change. It stays here: copy what you need, then discard it.</source>
        <translation>Vous ne faites plus partie de l’équipe de ce plan, ou le plan n’appartient plus à l’équipe : le serveur n’a donc pas pris cette modification. Elle reste ici : copiez ce dont vous avez besoin, puis abandonnez-la.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Ask the program&apos;s administrators to enable it again.</source>
        <translation>Ce compte a été désactivé sur le serveur. Demandez aux administrateurs du programme de le réactiver.</translation>
    </message>
    <message>
        <source>The team sent a newer version of this plan, or withdrew it, before this review arrived, so the server did not take it. It stays here: copy what you need, then discard it.</source>
        <translation>L&apos;équipe a envoyé une nouvelle version de ce plan, ou l&apos;a retiré, avant l&apos;arrivée de cette évaluation : le serveur ne l&apos;a donc pas acceptée. Elle reste ici : copiez ce dont vous avez besoin, puis supprimez-la.</translation>
    </message>
    <message>
        <source>The server has taken as much from you today as it takes from one person in a day. Your changes are kept on this computer and will be sent after midnight (UTC).</source>
        <translation>Le serveur a déjà reçu de vous aujourd&apos;hui autant qu&apos;il accepte d&apos;une personne en une journée. Vos modifications sont conservées sur cet ordinateur et seront envoyées après minuit (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted on this computer, so the connection may not be private.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu sur cet ordinateur : la connexion pourrait ne pas être privée.</translation>
    </message>
</context>
<context>
    <name>Ui::HomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message numerus="yes">
        <source>You are enrolled in %n course(s).</source>
        <translation>
            <numerusform>Vous êtes inscrit(e) à %n cours.</numerusform>
            <numerusform>Vous êtes inscrit(e) à %n cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) available.</source>
        <translation>
            <numerusform>%n cours disponible.</numerusform>
            <numerusform>%n cours disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seminar(s) available.</source>
        <translation>
            <numerusform>%n séminaire disponible.</numerusform>
            <numerusform>%n séminaires disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of the teams you facilitate.</source>
        <translation>
            <numerusform>%n plan d&apos;action des équipes que vous accompagnez.</numerusform>
            <numerusform>%n plans d&apos;action des équipes que vous accompagnez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s) of your team.</source>
        <translation>
            <numerusform>%n plan d&apos;action de votre équipe.</numerusform>
            <numerusform>%n plans d&apos;action de votre équipe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting your review.</source>
        <translation>
            <numerusform>%n soumission en attente de votre évaluation.</numerusform>
            <numerusform>%n soumissions en attente de votre évaluation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) of your team.</source>
        <translation>
            <numerusform>%n soumission de votre équipe.</numerusform>
            <numerusform>%n soumissions de votre équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has not synchronized yet.</source>
        <translation>Cet ordinateur n&apos;a pas encore été synchronisé.</translation>
    </message>
    <message>
        <source>Last synchronized: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Everything below is kept on this computer, so you can keep working without a connection. Your changes are sent at the next sync.</source>
        <translation>Tout ce qui figure ci-dessous est conservé sur cet ordinateur : vous pouvez donc continuer à travailler sans connexion. Vos modifications seront envoyées lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Ouvrir les cours</translation>
    </message>
    <message>
        <source>Open seminars</source>
        <translation>Ouvrir les séminaires</translation>
    </message>
    <message>
        <source>Open action plans</source>
        <translation>Ouvrir les plans d&apos;action</translation>
    </message>
    <message>
        <source>Open reviews</source>
        <translation>Ouvrir les évaluations</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Continue where you left off: %1 (%2)</source>
        <translation>Reprendre là où vous vous êtes arrêté : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>New posts: %1 in %n seminar(s).</source>
        <translation>
            <numerusform>Nouveaux messages : %1 dans %n séminaire.</numerusform>
            <numerusform>Nouveaux messages : %1 dans %n séminaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team: %1</source>
        <translation>Votre équipe : %1</translation>
    </message>
    <message>
        <source>Members of your team</source>
        <translation>Membres de votre équipe</translation>
    </message>
    <message>
        <source>Press Return to see a member&apos;s profile</source>
        <translation>Appuyez sur Entrée pour voir le profil d&apos;un membre</translation>
    </message>
</context>
<context>
    <name>Ui::IndicatorPane</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Valeur de &amp;référence :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%, facilities, children …</source>
        <translation>%, établissements, enfants …</translation>
    </message>
    <message>
        <source>Where the team started</source>
        <translation>Le point de départ de l’équipe</translation>
    </message>
    <message>
        <source>What the team promised</source>
        <translation>Ce que l’équipe s’est engagée à atteindre</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>V&amp;alue reached:</source>
        <translation>&amp;Valeur atteinte :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Value reached</source>
        <translation>Valeur atteinte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source, or how it was counted</source>
        <translation>Source, ou méthode de comptage</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Records the month&apos;s value, or corrects it (Return)</source>
        <translation>Enregistre la valeur du mois, ou la corrige (Entrée)</translation>
    </message>
    <message>
        <source>Remove month</source>
        <translation>Retirer le mois</translation>
    </message>
    <message>
        <source>Removes the chosen month&apos;s value (Delete in the table)</source>
        <translation>Retire la valeur du mois choisi (Suppr dans le tableau)</translation>
    </message>
    <message>
        <source>Results b&amp;y month</source>
        <translation>Résultats &amp;par mois</translation>
    </message>
    <message>
        <source>Results by month</source>
        <translation>Résultats par mois</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Only the team&apos;s members report its results; you can read them.</source>
        <translation>Seuls les membres de l’équipe déclarent ses résultats ; vous pouvez les consulter.</translation>
    </message>
    <message>
        <source>Enter the value the indicator reached this month.</source>
        <translation>Saisissez la valeur atteinte par l’indicateur ce mois-ci.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Un indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it as %2, without the unit.</source>
        <translation>« %1 » n’est pas un nombre. Écrivez-le sous la forme %2, sans l’unité.</translation>
    </message>
    <message>
        <source>Results are reported for the months from %1 to %2.</source>
        <translation>Les résultats se déclarent pour les mois compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>This is longer than the %1 characters kept.</source>
        <translation>Ce texte dépasse les %1 caractères conservés.</translation>
    </message>
</context>
<context>
    <name>Ui::InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fermer la notification</translation>
    </message>
</context>
<context>
    <name>Ui::JoinPage</name>
    <message>
        <source>Join the community</source>
        <translation>Rejoindre la communauté</translation>
    </message>
    <message>
        <source>Tell the community who you are. Your name, country, organisation and languages are shown to the members you work with; your e-mail address is only used to send you codes.</source>
        <translation>Présentez-vous à la communauté. Votre nom, votre pays, votre organisation et vos langues sont visibles des membres avec qui vous travaillez ; votre adresse électronique ne sert qu&apos;à vous envoyer des codes.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>for example amina.diallo</source>
        <translation>par exemple amina.diallo</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>Adresse &amp;électronique (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Languages you work in:</source>
        <translation>&amp;Langues de travail :</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>Langues dans lesquelles vous travaillez</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out %1? The content stays on this computer; you need your password to sync again.</source>
        <translation>Déconnecter %1 ? Le contenu reste sur cet ordinateur ; votre mot de passe vous sera demandé pour synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>About LeaderNet</source>
        <translation>À propos de LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet Desktop %1

Courses, seminars and action plans for health managers and leaders, on this computer with or without a connection.</source>
        <translation>LeaderNet Desktop %1

Cours, séminaires et plans d&apos;action pour les gestionnaires et leaders de la santé, sur cet ordinateur, avec ou sans connexion.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes and receive new content (%1)</source>
        <translation>Envoyer vos modifications et recevoir les nouveaux contenus (%1)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>&amp;About LeaderNet</source>
        <translation>À &amp;propos de LeaderNet</translation>
    </message>
    <message>
        <source>Your password could not be kept on this computer (no keychain is available). You will be asked for it again next time you start LeaderNet.</source>
        <translation>Votre mot de passe n&apos;a pas pu être conservé sur cet ordinateur (aucun trousseau n&apos;est disponible). Il vous sera redemandé au prochain démarrage de LeaderNet.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>At this desk</source>
        <translation>À ce poste</translation>
    </message>
    <message>
        <source>People at this &amp;desk</source>
        <translation>Personnes à ce &amp;poste</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>What is on this computer stays hidden until someone signs in.</source>
        <translation>Ce qui se trouve sur cet ordinateur reste masqué jusqu’à ce que quelqu’un se connecte.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Profile and account…</source>
        <translation>&amp;Profil et compte…</translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Rechercher dans les leçons et les messages</translation>
    </message>
    <message>
        <source>This sync would download about %1 over a metered connection. Download it now, or send only your changes and download later on an unmetered connection?</source>
        <translation>Cette synchronisation téléchargerait environ %1 sur une connexion limitée. Le télécharger maintenant, ou n’envoyer que vos modifications et télécharger plus tard sur une connexion non limitée ?</translation>
    </message>
    <message>
        <source>This sync would download about %1, past the data budget set on the Sync page. Download it now, or send only your changes and download later?</source>
        <translation>Cette synchronisation téléchargerait environ %1 et dépasserait le budget de données fixé sur la page Synchronisation. Le télécharger maintenant, ou n’envoyer que vos modifications et télécharger plus tard ?</translation>
    </message>
    <message>
        <source>Large download</source>
        <translation>Téléchargement volumineux</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Télécharger maintenant</translation>
    </message>
</context>
<context>
    <name>Ui::MemberModel</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
</context>
<context>
    <name>Ui::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Aucun membre ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) found</source>
        <translation>
            <numerusform>%n membre trouvé</numerusform>
            <numerusform>%n membres trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No members on this computer yet</source>
        <translation>Aucun membre sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Choisissez un membre</translation>
    </message>
    <message>
        <source>Members appear here after the first sync.</source>
        <translation>Les membres apparaissent ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>Select a member in the list to see their profile.</source>
        <translation>Sélectionnez un membre dans la liste pour voir son profil.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Membre depuis le %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>&amp;Find a member:</source>
        <translation>&amp;Trouver un membre :</translation>
    </message>
    <message>
        <source>Name, country, organisation or language</source>
        <translation>Nom, pays, organisation ou langue</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>Trouver un membre</translation>
    </message>
    <message>
        <source>Lists the members whose name, user name, country, organisation or language holds every word typed</source>
        <translation>Liste les membres dont le nom, le nom d&apos;utilisateur, le pays, l&apos;organisation ou la langue contient chacun des mots saisis</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation>Membres affichés</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Profil du membre</translation>
    </message>
</context>
<context>
    <name>Ui::NewThreadDialog</name>
    <message>
        <source>Give the thread a title.</source>
        <translation>Donnez un titre à la discussion.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>Le titre peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Write the first post of the thread.</source>
        <translation>Écrivez le premier message de la discussion.</translation>
    </message>
    <message>
        <source>The first post can have at most %1 characters.</source>
        <translation>Le premier message peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;First post:</source>
        <translation>&amp;Premier message :</translation>
    </message>
    <message>
        <source>Start the thread</source>
        <translation>Ouvrir la discussion</translation>
    </message>
    <message>
        <source>Start the thread (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Ouvrir la discussion (Ctrl+Entrée). Sans connexion, elle part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Fermer, garder le brouillon</translation>
    </message>
</context>
<context>
    <name>Ui::OutboxMarks</name>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>A local change to this item has not reached the server yet.</extracomment>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Refused by the server — see Sync</source>
        <extracomment>The server refused a change to this item; the Sync page lists it.</extracomment>
        <translation>Refusé par le serveur — voir Synchronisation</translation>
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
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Changing your password needs a connection. Your other computers are then signed out; this one stays signed in.</source>
        <translation>Changer de mot de passe demande une connexion. Vos autres ordinateurs sont alors déconnectés ; celui-ci reste connecté.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Changer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Activity “%1” added</source>
        <extracomment>In a plan&apos;s history: an activity was added. %1 is its name.</extracomment>
        <translation>Activité « %1 » ajoutée</translation>
    </message>
    <message>
        <source>Activity “%1” deleted</source>
        <extracomment>In a plan&apos;s history: an activity was deleted. %1 is its name.</extracomment>
        <translation>Activité « %1 » supprimée</translation>
    </message>
    <message>
        <source>Activity “%1”: %2</source>
        <extracomment>In a plan&apos;s history: %1 is the activity&apos;s name, %2 the field changed (Status, End …).</extracomment>
        <translation>Activité « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (pas encore envoyé)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Ui::PlanHistoryView</name>
    <message>
        <source>Choose a change to see it whole.</source>
        <translation>Choisissez une modification pour la voir en entier.</translation>
    </message>
    <message>
        <source>%1, %2 — not sent yet</source>
        <translation>%1, %2 — pas encore envoyé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>This activity is no longer in the plan, or is back already.</source>
        <translation>Cette activité n’est plus dans le plan, ou elle y est déjà revenue.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Each change to this plan appears here after it is made, with who made it; changes sent by others arrive with the next sync.</source>
        <translation>Aucune modification enregistrée pour l’instant. Chaque modification de ce plan apparaît ici dès qu’elle est faite, avec son auteur ; celles des autres arrivent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Historique du plan</translation>
    </message>
    <message>
        <source>The chosen change</source>
        <translation>La modification choisie</translation>
    </message>
    <message>
        <source>Restore earlier value</source>
        <translation>Rétablir la valeur précédente</translation>
    </message>
    <message>
        <source>Put back the value from before this change, as a change of your own</source>
        <translation>Remettre la valeur d’avant cette modification, sous la forme d’une modification faite par vous</translation>
    </message>
</context>
<context>
    <name>Ui::PlanListModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Équipe sans nom</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan d&apos;action de %1</translation>
    </message>
    <message>
        <source>Action plan of %1, %2</source>
        <translation>Plan d&apos;action de %1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>Ui::PlanSectionsEditor</name>
    <message>
        <source>This section is longer than the %1 characters a plan keeps; shorten it to save it. Your text is kept on this computer.</source>
        <translation>Cette section dépasse les %1 caractères qu’un plan peut contenir ; raccourcissez-la pour l’enregistrer. Votre texte est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Défi</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <source>&amp;Measurable result</source>
        <translation>&amp;Résultat mesurable</translation>
    </message>
    <message>
        <source>C&amp;urrent situation</source>
        <translation>&amp;Situation actuelle</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>&amp;Causes profondes</translation>
    </message>
    <message>
        <source>Priority ac&amp;tions</source>
        <translation>Actions &amp;prioritaires</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Pas encore rédigé</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan; you can read it.</source>
        <translation>Seuls les membres de l’équipe modifient ce plan ; vous pouvez le consulter.</translation>
    </message>
    <message>
        <source>Write this section before submitting the plan.</source>
        <translation>Rédigez cette section avant de soumettre le plan.</translation>
    </message>
    <message>
        <source>Two versions: compare…</source>
        <translation>Deux versions : comparer…</translation>
    </message>
    <message>
        <source>%1: two versions, compare them</source>
        <translation>%1 : deux versions, à comparer</translation>
    </message>
</context>
<context>
    <name>Ui::PlansView</name>
    <message>
        <source>Choose an action plan</source>
        <translation>Choisissez un plan d&apos;action</translation>
    </message>
    <message>
        <source>No action plans on this computer yet</source>
        <translation>Aucun plan d&apos;action sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a team&apos;s plan to read it.</source>
        <translation>Sélectionnez le plan d&apos;une équipe pour le consulter.</translation>
    </message>
    <message>
        <source>Your team&apos;s action plan appears here after the first sync.</source>
        <translation>Le plan d&apos;action de votre équipe apparaîtra ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Plan d&apos;action de %1</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Show every activity in the plan&apos;s order to move them</source>
        <translation>Affichez toutes les activités dans l’ordre du plan pour les déplacer</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Activity deleted. Undo brings it back (%1).</source>
        <translation>Activité supprimée. Annuler la rétablit (%1).</translation>
    </message>
    <message>
        <source>Say what the activity is: it cannot be empty.</source>
        <translation>Indiquez en quoi consiste l’activité : ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Une activité ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Only a member of the team can be responsible for an activity.</source>
        <translation>Seul un membre de l’équipe peut être responsable d’une activité.</translation>
    </message>
    <message>
        <source>This text is too long for an activity.</source>
        <translation>Ce texte est trop long pour une activité.</translation>
    </message>
    <message>
        <source>Only the team&apos;s members change this plan.</source>
        <translation>Seuls les membres de l’équipe modifient ce plan.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The plan could not be printed.</source>
        <translation>Le plan n’a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1.</source>
        <translation>Le plan n’a pas pu être enregistré sous %1.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Chronogramme</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>What, who, indicator…</source>
        <translation>Quoi, qui, indicateur…</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrer les activités</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show activities of status</source>
        <translation>Afficher les activités de l’état</translation>
    </message>
    <message>
        <source>Add acti&amp;vity</source>
        <translation>Ajouter une acti&amp;vité</translation>
    </message>
    <message>
        <source>D&amp;elete activity</source>
        <translation>Suppri&amp;mer l’activité</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Draft: not submitted for review yet.</source>
        <translation>Brouillon : pas encore soumis pour examen.</translation>
    </message>
    <message>
        <source>%1 — submitted on %2 by %3.</source>
        <translation>%1 — soumis le %2 par %3.</translation>
    </message>
    <message>
        <source>Review by %1: %2</source>
        <translation>Examen de %1 : %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour examen</translation>
    </message>
    <message>
        <source>Send the plan as it is now to the program&apos;s facilitators? They review this version; you can keep working on the plan.</source>
        <translation>Envoyer le plan tel qu’il est maintenant aux facilitateurs du programme ? Ils examineront cette version ; vous pouvez continuer à travailler sur le plan.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Su&amp;bmit again…</source>
        <translation>Soume&amp;ttre à nouveau…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review…</source>
        <translation>Soume&amp;ttre pour examen…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: you are no longer in this plan&apos;s team, or the plan is no longer the team&apos;s. Nothing you wrote is lost: it stays on this computer, on the Sync page, where you can copy it and then discard it.</source>
        <translation>
            <numerusform>Le serveur n’a pas pris %n modification de ce plan : vous ne faites plus partie de l’équipe de ce plan, ou le plan n’appartient plus à l’équipe. Rien de ce que vous avez écrit n’est perdu : tout reste sur cet ordinateur, à la page Synchronisation, où vous pouvez le copier puis l’abandonner.</numerusform>
            <numerusform>Le serveur n’a pas pris %n modifications de ce plan : vous ne faites plus partie de l’équipe de ce plan, ou le plan n’appartient plus à l’équipe. Rien de ce que vous avez écrit n’est perdu : tout reste sur cet ordinateur, à la page Synchronisation, où vous pouvez le copier puis l’abandonner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n change(s) to this plan: %1 They wait on the Sync page, to be sent again or discarded.</source>
        <translation>
            <numerusform>Le serveur n’a pas pris %n modification de ce plan : %1 Elle attend à la page Synchronisation, pour être renvoyée ou abandonnée.</numerusform>
            <numerusform>Le serveur n’a pas pris %n modifications de ce plan : %1 Elles attendent à la page Synchronisation, pour être renvoyées ou abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Ouvrir la page Synchronisation</translation>
    </message>
</context>
<context>
    <name>Ui::PostComposer</name>
    <message>
        <source>The whole thread</source>
        <translation>L’ensemble de la discussion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to send it. Your text is kept.</source>
        <translation>Ce message dépasse de %1 caractères la limite du serveur ; raccourcissez-le pour l’envoyer. Votre texte est conservé.</translation>
    </message>
    <message>
        <source>The server did not accept your post “%1”: %2</source>
        <translation>Le serveur n’a pas accepté votre message « %1 » : %2</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>Écrivez quelque chose avant d’envoyer.</translation>
    </message>
    <message>
        <source>&amp;In reply to:</source>
        <translation>En &amp;réponse à :</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Write a post… (Ctrl+Return sends it)</source>
        <translation>Écrivez un message… (Ctrl+Entrée pour l’envoyer)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the post (Ctrl+Return). Without a connection it waits and goes with the next sync.</source>
        <translation>Envoyer le message (Ctrl+Entrée). Sans connexion, il attend et part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Your draft could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Votre brouillon n’a pas pu être conservé sur cet ordinateur : %1 Copiez le texte en lieu sûr avant de fermer.</translation>
    </message>
</context>
<context>
    <name>Ui::PostDelegate</name>
    <message>
        <source>This post was deleted by its author.</source>
        <translation>Ce message a été supprimé par son auteur.</translation>
    </message>
    <message>
        <source>A facilitator hid this post.</source>
        <translation>Un animateur a masqué ce message.</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en réponse à %1</translation>
    </message>
    <message>
        <source>%1, in reply to %2</source>
        <translation>%1, en réponse à %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A post that arrived since the member last read the thread.</extracomment>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>Ui::PostEditDialog</name>
    <message>
        <source>Your changes could not be kept on this computer: %1 Copy the text somewhere safe before closing.</source>
        <translation>Vos modifications n’ont pas pu être gardées sur cet ordinateur : %1 Copiez le texte en lieu sûr avant de fermer.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>A post cannot be empty; to remove it, delete it instead.</source>
        <translation>Un message ne peut pas être vide ; pour le retirer, supprimez-le.</translation>
    </message>
    <message>
        <source>This post is %1 characters too long for the server; shorten it to save it. Your text is kept.</source>
        <translation>Ce message dépasse de %1 caractères la limite du serveur ; raccourcissez-le pour l’enregistrer. Votre texte est conservé.</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>&amp;Your post:</source>
        <translation>&amp;Votre message :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the edit (Ctrl+Return). Without a connection it goes with the next sync.</source>
        <translation>Enregistrer la modification (Ctrl+Entrée). Sans connexion, elle part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>Fermer, garder le brouillon</translation>
    </message>
</context>
<context>
    <name>Ui::ReaderBrowser</name>
    <message>
        <source>A picture</source>
        <translation>Une image</translation>
    </message>
    <message>
        <source>Fetching the picture (%1)…</source>
        <translation>Téléchargement de l’image (%1)…</translation>
    </message>
    <message>
        <source>The picture could not be fetched: %1</source>
        <translation>Impossible de télécharger l’image : %1</translation>
    </message>
    <message>
        <source>Press Return or click to try again.</source>
        <translation>Appuyez sur Entrée ou cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>This picture is not on this computer yet.</source>
        <translation>Cette image n’est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This picture (%1) is not on this computer yet.</source>
        <translation>Cette image (%1) n’est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Press Return or click to fetch it.</source>
        <translation>Appuyez sur Entrée ou cliquez pour la télécharger.</translation>
    </message>
    <message>
        <source>The picture is not on the server yet.</source>
        <translation>L’image n’est pas encore sur le serveur.</translation>
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
        <translation>À venir</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>En attente d&apos;évaluation</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>Shown in place of a value that is not set.</extracomment>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progression de la leçon</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Seminar participation</source>
        <translation>Participation au séminaire</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Rapport de résultats</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Résultat mesurable</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causes profondes</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Actions prioritaires</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valeur atteinte</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A kind of record and its title: Activity “Train storekeepers”. Use the quotes of your language.</extracomment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message numerus="yes">
        <source>%n activities added</source>
        <translation>
            <numerusform>%n activité ajoutée</numerusform>
            <numerusform>%n activités ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed</source>
        <translation>
            <numerusform>%n activité modifiée</numerusform>
            <numerusform>%n activités modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities removed</source>
        <translation>
            <numerusform>%n activité retirée</numerusform>
            <numerusform>%n activités retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the previous submission.</source>
        <translation>Rien n’a changé depuis la soumission précédente.</translation>
    </message>
    <message>
        <source>Changed since the previous submission: %1.</source>
        <translation>Modifié depuis la soumission précédente : %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A review&apos;s score of a criterion: &quot;Clarity of the challenge: 3 of 4&quot;.</extracomment>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur·rice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
</context>
<context>
    <name>Ui::RejectedOpsModel</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Création : %1</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <extracomment>%1 is a record: Activity “Train storekeepers”.</extracomment>
        <translation>Suppression : %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Ui::ResetPage</name>
    <message>
        <source>Paste the reset code you received.</source>
        <translation>Collez le code de réinitialisation que vous avez reçu.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Enter your user name. If your account has an e-mail address, we send you a reset code; otherwise the community&apos;s administrators can give you one.</source>
        <translation>Saisissez votre nom d&apos;utilisateur. Si votre compte a une adresse électronique, nous vous envoyons un code de réinitialisation ; sinon, les administrateurs de la communauté peuvent vous en donner un.</translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation>&amp;Envoyez-moi un code</translation>
    </message>
    <message numerus="yes">
        <source>If this account has an e-mail address, a reset code is on its way; it works for %n minute(s). Enter it here with your new password.</source>
        <translation>
            <numerusform>Si ce compte a une adresse électronique, un code de réinitialisation est en route ; il est valable %n minute. Saisissez-le ici avec votre nouveau mot de passe.</numerusform>
            <numerusform>Si ce compte a une adresse électronique, un code de réinitialisation est en route ; il est valable %n minutes. Saisissez-le ici avec votre nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reset code you received and your new password.</source>
        <translation>Saisissez le code de réinitialisation reçu et votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>Enregistrer le &amp;nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Reset &amp;code:</source>
        <translation>&amp;Code de réinitialisation :</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe :</translation>
    </message>
    <message>
        <source>I &amp;have a code</source>
        <translation>J&apos;ai &amp;déjà un code</translation>
    </message>
</context>
<context>
    <name>Ui::ResultsChart</name>
    <message>
        <source>Results chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>Results chart: %1</source>
        <translation>Graphique des résultats : %1</translation>
    </message>
    <message>
        <source>The value reached each month, against the baseline (%1) and the target (%2). The same values are in the table &quot;Results by month&quot;.</source>
        <translation>La valeur atteinte chaque mois, par rapport à la valeur de référence (%1) et à la cible (%2). Les mêmes valeurs figurent dans le tableau « Résultats par mois ».</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No result entered yet.</source>
        <translation>Aucun résultat saisi pour l’instant.</translation>
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
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>Progression vers la cible</translation>
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
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>&amp;New indicator</source>
        <translation>N&amp;ouvel indicateur</translation>
    </message>
    <message>
        <source>Adds an indicator the team reports on (Ctrl+Insert)</source>
        <translation>Ajoute un indicateur dont l’équipe rend compte (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>From the &amp;plan…</source>
        <translation>Depuis le &amp;plan…</translation>
    </message>
    <message>
        <source>Adds the plan&apos;s measurable result or an activity&apos;s indicator as an indicator</source>
        <translation>Ajoute comme indicateur le résultat mesurable du plan ou l’indicateur d’une activité</translation>
    </message>
    <message>
        <source>Add an indicator from the plan</source>
        <translation>Ajouter un indicateur depuis le plan</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Supprimer l’indicateur</translation>
    </message>
    <message>
        <source>Deletes the indicator and its results (Delete in the list)</source>
        <translation>Supprime l’indicateur et ses résultats (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Saves the table shown as a CSV file for a spreadsheet</source>
        <translation>Enregistre le tableau affiché dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Teams and their indicators</source>
        <translation>Équipes et leurs indicateurs</translation>
    </message>
    <message>
        <source>Results of the indicators</source>
        <translation>Résultats des indicateurs</translation>
    </message>
    <message>
        <source>All teams side by side</source>
        <translation>Toutes les équipes côte à côte</translation>
    </message>
    <message>
        <source>No team&apos;s results on this computer yet</source>
        <translation>Aucun résultat d’équipe sur cet ordinateur pour l’instant</translation>
    </message>
    <message>
        <source>No indicator yet. Add the plan&apos;s measurable result or an activity&apos;s indicator with &quot;From the plan&quot;, or a new one.</source>
        <translation>Aucun indicateur pour l’instant. Ajoutez le résultat mesurable du plan ou l’indicateur d’une activité avec « Depuis le plan », ou un nouvel indicateur.</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Résultat mesurable : %1</translation>
    </message>
    <message>
        <source>Activity indicator: %1</source>
        <translation>Indicateur de l’activité : %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>resultats.csv</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewForm</name>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A criterion&apos;s score in the review form: &quot;3 of 4&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 4.</source>
        <translation>Une note est un nombre entier de 1 à 4.</translation>
    </message>
    <message>
        <source>Another facilitator has reviewed this submission.</source>
        <translation>Un autre facilitateur a déjà évalué cette soumission.</translation>
    </message>
    <message>
        <source>Only the program&apos;s facilitators review submitted plans.</source>
        <translation>Seuls les facilitateurs du programme évaluent les plans soumis.</translation>
    </message>
    <message>
        <source>The team has sent a newer version of this plan since: review that one.</source>
        <translation>L&apos;équipe a envoyé depuis une nouvelle version de ce plan : évaluez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>This submission is no longer on this computer.</source>
        <translation>Cette soumission n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Kept on this computer as you type. Ctrl+Enter saves the review and opens the next submission; it goes at the next sync.</source>
        <translation>Conservé sur cet ordinateur au fil de la saisie. Ctrl+Entrée enregistre l&apos;évaluation et ouvre la soumission suivante ; elle part à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your review is saved. Changes are kept as you type and go at the next sync.</source>
        <translation>Votre évaluation est enregistrée. Les modifications sont conservées au fil de la saisie et partent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A criterion that must be scored, in the review form.</extracomment>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says of a criterion: &quot;Clarity (required): 3 of 4&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Score every required criterion: %1.</source>
        <extracomment>Followed by the names of the criteria, in a list.</extracomment>
        <translation>Notez chaque critère obligatoire : %1.</translation>
    </message>
    <message>
        <source>Say what the team should change: a comment is needed when you ask for changes.</source>
        <translation>Dites ce que l&apos;équipe doit modifier : un commentaire est nécessaire quand vous demandez des modifications.</translation>
    </message>
    <message>
        <source>The comment is longer than the %1 characters a review keeps. Your text is kept on this computer.</source>
        <translation>Le commentaire dépasse les %1 caractères qu&apos;une évaluation conserve. Votre texte est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a decision: approve the plan, or ask for changes.</source>
        <translation>Choisissez une décision : approuver le plan ou demander des modifications.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Votre évaluation</translation>
    </message>
    <message>
        <source>Rubric: type 1 to 4 to score the selected criterion, Delete to clear it.</source>
        <translation>Grille : tapez 1 à 4 pour noter le critère sélectionné, Suppr pour effacer la note.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Choisir une décision</translation>
    </message>
    <message>
        <source>&amp;Comment to the team:</source>
        <translation>&amp;Commentaire à l&apos;équipe :</translation>
    </message>
    <message>
        <source>Comment to the team</source>
        <translation>Commentaire à l&apos;équipe</translation>
    </message>
    <message>
        <source>What is strong in the plan, and what to change</source>
        <translation>Les points forts du plan, et ce qu&apos;il faut modifier</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>The previous submission (Ctrl+Page Up)</source>
        <translation>La soumission précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>The next submission (Ctrl+Page Down)</source>
        <translation>La soumission suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Save and open next</source>
        <translation>Enregistrer et ouvrir la suivante</translation>
    </message>
    <message>
        <source>Save the review and open the next submission (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;évaluation et ouvrir la soumission suivante (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Ui::ReviewsView</name>
    <message>
        <source>Choose a submission</source>
        <translation>Choisissez une soumission</translation>
    </message>
    <message>
        <source>No submissions on this computer yet</source>
        <translation>Aucune soumission sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a submission to see its review.</source>
        <translation>Sélectionnez une soumission pour voir son évaluation.</translation>
    </message>
    <message>
        <source>Submitted action plans appear here after a sync.</source>
        <translation>Les plans d&apos;action soumis apparaîtront ici après une synchronisation.</translation>
    </message>
    <message>
        <source>Submission of %1</source>
        <translation>Soumission de %1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>En attente d&apos;évaluation</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <extracomment>The review queue: how many of the submissions shown are reviewed.</extracomment>
        <translation>%1 sur %2 évaluées</translation>
    </message>
    <message>
        <source>All submissions</source>
        <translation>Toutes les soumissions</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Show submissions</source>
        <translation>Soumissions affichées</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Approve the %1 selected submissions? Each review that has every required score is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Approuver les %1 soumissions sélectionnées ? Chaque évaluation dont tous les critères obligatoires sont notés est enregistrée et part à la prochaine synchronisation ; les autres gardent la décision dans leur brouillon.</translation>
    </message>
    <message>
        <source>Ask for changes on the %1 selected submissions? Each review that has every required score and a comment is saved and goes at the next sync; the others keep the decision in their draft.</source>
        <translation>Demander des modifications pour les %1 soumissions sélectionnées ? Chaque évaluation dont tous les critères obligatoires sont notés et qui a un commentaire est enregistrée et part à la prochaine synchronisation ; les autres gardent la décision dans leur brouillon.</translation>
    </message>
    <message>
        <source>Decide for several submissions</source>
        <translation>Décider pour plusieurs soumissions</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved.</source>
        <translation>
            <numerusform>%n évaluation enregistrée.</numerusform>
            <numerusform>%n évaluations enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to complete: %1.</source>
        <translation>Reste à compléter : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) not yours to review were left as they were.</source>
        <translation>
            <numerusform>%n soumission que vous n&apos;évaluez pas a été laissée telle quelle.</numerusform>
            <numerusform>%n soumissions que vous n&apos;évaluez pas ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Export reviews</source>
        <translation>Exporter les évaluations</translation>
    </message>
    <message>
        <source>reviews.csv</source>
        <translation>evaluations.csv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>review.pdf</source>
        <translation>evaluation.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Sent fro&amp;m:</source>
        <translation>Envo&amp;yé depuis le :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>Sou&amp;missions</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Envoyé depuis le</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Envoyé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Approuver la sélection…</translation>
    </message>
    <message>
        <source>Select several submissions with Shift or Ctrl and the arrow keys first</source>
        <translation>Sélectionnez d&apos;abord plusieurs soumissions avec Maj ou Ctrl et les flèches</translation>
    </message>
    <message>
        <source>Ask for changes on selected…</source>
        <translation>Demander des modifications pour la sélection…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The scores and decisions of the submissions shown (or selected), for a spreadsheet</source>
        <translation>Les notes et décisions des soumissions affichées (ou sélectionnées), pour un tableur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the submission and its review (Ctrl+P)</source>
        <translation>Imprimer la soumission et son évaluation (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
</context>
<context>
    <name>Ui::SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search lessons and posts</source>
        <translation>Rechercher dans les leçons et les messages</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>Ui::SearchResultModel</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
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
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <extracomment>The heading over the lessons found by a search.</extracomment>
        <translation>Leçons (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <extracomment>The heading over the posts found by a search.</extracomment>
        <translation>Messages (%1)</translation>
    </message>
</context>
<context>
    <name>Ui::SectionConflictDialog</name>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Deux versions de « %1 »</translation>
    </message>
    <message>
        <source>Two people changed this section apart. Compare the versions (the words that differ are marked), then keep one or write the text the team agrees on.</source>
        <translation>Deux personnes ont modifié cette section chacune de leur côté. Comparez les versions (les mots qui diffèrent sont surlignés), puis gardez-en une ou rédigez le texte sur lequel l’équipe s’accorde.</translation>
    </message>
    <message>
        <source>&amp;Kept on the server — %1, %2</source>
        <translation>&amp;Conservée sur le serveur — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Not kept — %1, %2</source>
        <translation>&amp;Non conservée — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Merged text:</source>
        <translation>&amp;Texte fusionné :</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <source>Use %1&apos;s version</source>
        <translation>Prendre la version de %1</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Enregistrer le texte fusionné</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <extracomment>A seminar: its title, dates, status and language.</extracomment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>commence à %1</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>commence demain</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>commence %1</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n day(s)</source>
        <translation>
            <numerusform>commence dans %n jour</numerusform>
            <numerusform>commence dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>closes in less than an hour</source>
        <translation>se termine dans moins d’une heure</translation>
    </message>
    <message numerus="yes">
        <source>open, closes in %n hour(s)</source>
        <translation>
            <numerusform>ouvert, se termine dans %n heure</numerusform>
            <numerusform>ouvert, se termine dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>ouvert jusqu’au %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new post(s)</source>
        <translation>
            <numerusform>%1, %n nouveau message</numerusform>
            <numerusform>%1, %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started by %2 on %3, %4</source>
        <translation>%1, ouvert par %2 le %3, %4</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <extracomment>Before the title of a thread a facilitator pinned (listed first).</extracomment>
        <translation>Épinglé : %1</translation>
    </message>
    <message>
        <source>%1, closed</source>
        <extracomment>A thread a facilitator closed to new posts: &quot;12 posts, closed&quot;.</extracomment>
        <translation>%1, fermé</translation>
    </message>
</context>
<context>
    <name>Ui::SeminarsView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Choisissez un fil de discussion</translation>
    </message>
    <message>
        <source>No seminars on this computer yet</source>
        <translation>Aucun séminaire sur cet ordinateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a seminar thread to read the conversation.</source>
        <translation>Sélectionnez un fil de discussion du séminaire pour lire les échanges.</translation>
    </message>
    <message>
        <source>Seminars appear here after the first sync.</source>
        <translation>Les séminaires apparaîtront ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Facilitateurs : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n fil de discussion</numerusform>
            <numerusform>%n fils de discussion</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts in this thread yet.</source>
        <translation>Aucun message dans ce fil de discussion pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Seminars and threads</source>
        <translation>Séminaires et fils de discussion</translation>
    </message>
    <message>
        <source>You do not take part in this seminar yet. Join it to write in it; its threads arrive with the next sync.</source>
        <translation>Vous ne participez pas encore à ce séminaire. Rejoignez-le pour y écrire ; ses discussions arriveront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This seminar has ended: its threads can be read, not answered.</source>
        <translation>Ce séminaire est terminé : ses discussions peuvent être lues, mais plus complétées.</translation>
    </message>
    <message>
        <source>&amp;Join this seminar</source>
        <translation>&amp;Rejoindre ce séminaire</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>Nouvelle &amp;discussion…</translation>
    </message>
    <message>
        <source>A facilitator closed this thread: it can be read, not answered.</source>
        <translation>Un animateur a fermé ce fil : on peut le lire, pas y répondre.</translation>
    </message>
    <message>
        <source>About the seminar</source>
        <translation>À propos du séminaire</translation>
    </message>
</context>
<context>
    <name>Ui::ServerPage</name>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>No server answers at this address. Check the address and the connection, then try again.</source>
        <translation>Aucun serveur ne répond à cette adresse. Vérifiez l&apos;adresse et la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>This address answers, but not as a LeaderNet server. It may be another website, or a network&apos;s sign-in page (in a hotel or an office): check the address, or sign in to the network in a web browser first.</source>
        <translation>Cette adresse répond, mais pas comme un serveur LeaderNet. Il peut s&apos;agir d&apos;un autre site, ou de la page de connexion d&apos;un réseau (dans un hôtel ou un bureau) : vérifiez l&apos;adresse, ou connectez-vous d&apos;abord au réseau dans un navigateur.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bienvenue dans LeaderNet</translation>
    </message>
    <message>
        <source>LeaderNet keeps your courses, seminars and your team&apos;s action plan on this computer, and brings them up to date whenever there is a connection. To begin, enter the address of your community&apos;s server: your program&apos;s administrators can give it to you.</source>
        <translation>LeaderNet conserve vos cours, vos séminaires et le plan d&apos;action de votre équipe sur cet ordinateur, et les met à jour dès qu&apos;une connexion est disponible. Pour commencer, saisissez l&apos;adresse du serveur de votre communauté : les administrateurs de votre programme peuvent vous la donner.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Vérification du serveur</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. If your administrators use a certificate of their own, compare its fingerprint with the one they gave you. Trust it only if they match.</source>
        <translation>Le certificat de ce serveur n&apos;est pas signé par une autorité reconnue par cet ordinateur. Si vos administrateurs utilisent leur propre certificat, comparez son empreinte avec celle qu&apos;ils vous ont donnée. Ne lui faites confiance que si elles concordent.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>This server is newer than this version of LeaderNet. Install the latest version of the app, then try again.</source>
        <translation>Ce serveur est plus récent que cette version de LeaderNet. Installez la dernière version de l&apos;application, puis réessayez.</translation>
    </message>
    <message>
        <source>This server runs an older version of LeaderNet than this app. Ask the community&apos;s administrators to update it.</source>
        <translation>Ce serveur utilise une version de LeaderNet plus ancienne que cette application. Demandez aux administrateurs de la communauté de le mettre à jour.</translation>
    </message>
    <message>
        <source>This server works with another version of LeaderNet than this app. Install the latest version of the app; if you have it already, ask the community&apos;s administrators to update the server.</source>
        <translation>Ce serveur fonctionne avec une autre version de LeaderNet que cette application. Installez la dernière version de l&apos;application ; si vous l&apos;avez déjà, demandez aux administrateurs de la communauté de mettre le serveur à jour.</translation>
    </message>
</context>
<context>
    <name>Ui::SignInDialog</name>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://leadernet.example.org.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://leadernet.example.org.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Sign in to LeaderNet</source>
        <translation>Connexion à LeaderNet</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>This computer could not keep your password last time. Sign in again to sync.</source>
        <translation>Cet ordinateur n&apos;a pas pu conserver votre mot de passe la dernière fois. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Welcome to LeaderNet</source>
        <translation>Bienvenue dans LeaderNet</translation>
    </message>
    <message>
        <source>Sign in with your LeaderNet account. You stay signed in on this computer until you sign out. New to the community? Join it here.</source>
        <translation>Connectez-vous avec votre compte LeaderNet. Vous restez connecté sur cet ordinateur jusqu&apos;à ce que vous vous déconnectiez. Nouveau dans la communauté ? Rejoignez-la ici.</translation>
    </message>
    <message>
        <source>&amp;Join the community…</source>
        <translation>&amp;Rejoindre la communauté…</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
    <message>
        <source>I have an acti&amp;vation code</source>
        <translation>J&apos;ai un code d&apos;acti&amp;vation</translation>
    </message>
    <message>
        <source>Your account is active. Welcome to the community!</source>
        <translation>Votre compte est actif. Bienvenue dans la communauté !</translation>
    </message>
    <message>
        <source>Your password has been changed, and every computer that was signed in with the old one has been signed out. Sign in with the new password.</source>
        <translation>Votre mot de passe a été changé, et tous les ordinateurs connectés avec l&apos;ancien ont été déconnectés. Connectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>Ui::SubmissionModel</name>
    <message>
        <source>Unnamed team</source>
        <translation>Équipe sans nom</translation>
    </message>
    <message>
        <source>%1, %2, submitted %3</source>
        <translation>%1, %2, soumis le %3</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <source>Review being written</source>
        <translation>Évaluation en cours</translation>
    </message>
</context>
<context>
    <name>Ui::SyncProgressPanel</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Envoi de vos modifications…</translation>
    </message>
    <message numerus="yes">
        <source>Sending your changes: %1 of %n sent</source>
        <translation>
            <numerusform>Envoi de vos modifications : %1 sur %n envoyée</numerusform>
            <numerusform>Envoi de vos modifications : %1 sur %n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving about %1 (%n item(s))…</source>
        <translation>
            <numerusform>Réception d’environ %1 (%n élément)…</numerusform>
            <numerusform>Réception d’environ %1 (%n éléments)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Recherche de nouveaux contenus…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n item(s), %1 so far</source>
        <translation>
            <numerusform>Réception : %n élément, %1 jusqu’ici</numerusform>
            <numerusform>Réception : %n éléments, %1 jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %1 % — %2 of about %n item(s), %3 so far</source>
        <translation>
            <numerusform>Réception : %1 % — %2 sur environ %n élément, %3 jusqu’ici</numerusform>
            <numerusform>Réception : %1 % — %2 sur environ %n éléments, %3 jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 left)</source>
        <extracomment>%1: &quot;about 3 minutes&quot; or &quot;less than a minute&quot;.</extracomment>
        <translation>(encore %1)</translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparaison de la copie de cet ordinateur avec le serveur…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Prochain essai dans %n seconde.</numerusform>
            <numerusform>Prochain essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Your changes are kept on this computer and LeaderNet tries again on its own.</source>
        <translation>Hors ligne. Vos modifications sont conservées sur cet ordinateur et LeaderNet réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The server is not answering. LeaderNet tries again on its own; if this lasts more than a day, tell the program&apos;s administrators.</source>
        <translation>Le serveur ne répond pas. LeaderNet réessaie de lui-même ; si cela dure plus d’une journée, prévenez les administrateurs du programme.</translation>
    </message>
    <message>
        <source>Something other than the server answers at its address: most often a network&apos;s sign-in page (in a hotel or an office). Open a web browser, sign in to the network, then press Sync now.</source>
        <translation>Autre chose que le serveur répond à son adresse : le plus souvent la page de connexion d’un réseau (dans un hôtel ou un bureau). Ouvrez un navigateur web, connectez-vous au réseau, puis appuyez sur Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>On a metered connection: about %1 to download waits for an unmetered one. Your own changes are still sent. Press Sync now to download it anyway.</source>
        <translation>Connexion limitée : le téléchargement d’environ %1 attend une connexion non limitée. Vos propres modifications sont tout de même envoyées. Appuyez sur Synchroniser maintenant pour le télécharger quand même.</translation>
    </message>
    <message>
        <source>On a metered connection: syncs wait for an unmetered one, as set below. Press Sync now to sync anyway.</source>
        <translation>Connexion limitée : les synchronisations attendent une connexion non limitée, comme réglé ci-dessous. Appuyez sur Synchroniser maintenant pour synchroniser quand même.</translation>
    </message>
    <message>
        <source>The data budget is reached: downloads wait for the next day or month. Your own changes are still sent. Press Sync now to download anyway.</source>
        <translation>Le budget de données est atteint : les téléchargements attendent le jour ou le mois suivant. Vos propres modifications sont tout de même envoyées. Appuyez sur Synchroniser maintenant pour télécharger quand même.</translation>
    </message>
    <message>
        <source>About %1 to download waits for %2–%3, the hours set for large downloads. Press Sync now to download it now.</source>
        <translation>Le téléchargement d’environ %1 attend la plage %2–%3, réservée aux gros téléchargements. Appuyez sur Synchroniser maintenant pour le télécharger tout de suite.</translation>
    </message>
    <message>
        <source>Syncs only when you press Sync now, as set below.</source>
        <translation>Ne synchronise que lorsque vous appuyez sur Synchroniser maintenant, comme réglé ci-dessous.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
</context>
<context>
    <name>Ui::SyncSettingsPanel</name>
    <message>
        <source>This computer cannot tell whether its connection is metered.</source>
        <translation>Cet ordinateur ne peut pas dire si sa connexion est limitée.</translation>
    </message>
    <message>
        <source>This computer says its connection is metered.</source>
        <translation>Cet ordinateur indique que sa connexion est limitée.</translation>
    </message>
    <message>
        <source>This computer says its connection is not metered.</source>
        <translation>Cet ordinateur indique que sa connexion n’est pas limitée.</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quand synchroniser</translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation>Automatiquement</translation>
    </message>
    <message>
        <source>Automatically, on unmetered connections only</source>
        <translation>Automatiquement, sur les connexions non limitées seulement</translation>
    </message>
    <message>
        <source>Only when I press Sync now</source>
        <translation>Seulement quand j’appuie sur Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Treat this connection as metered</source>
        <translation>&amp;Traiter cette connexion comme limitée</translation>
    </message>
    <message>
        <source>Daily data &amp;budget:</source>
        <translation>Budget de &amp;données quotidien :</translation>
    </message>
    <message>
        <source>&amp;Monthly data budget:</source>
        <translation>Budget de données m&amp;ensuel :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Aucun budget</translation>
    </message>
    <message>
        <source>Large downloads wait once they would pass this; your own changes are still sent.</source>
        <translation>Les gros téléchargements attendent s’ils dépassaient ce budget ; vos propres modifications sont tout de même envoyées.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Large downloads from</source>
        <translation>Gros téléchargements à partir de</translation>
    </message>
    <message>
        <source>Large downloads until</source>
        <translation>Gros téléchargements jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Sync:</source>
        <translation>S&amp;ynchroniser :</translation>
    </message>
    <message>
        <source>Large downloads onl&amp;y during these hours:</source>
        <translation>Gros téléchargements seulement pendant ces &amp;heures :</translation>
    </message>
    <message>
        <source>Fetch attached files ahead on unmetered connections</source>
        <translation>Télécharger à l’avance les fichiers joints sur les connexions non limitées</translation>
    </message>
    <message>
        <source>Pictures and documents of your courses, plans and seminars are fetched after each sync, so they open offline. Otherwise each is fetched when you open it.</source>
        <translation>Les images et documents de vos cours, plans et séminaires sont téléchargés après chaque synchronisation, pour s’ouvrir hors connexion. Sinon, chacun est téléchargé quand vous l’ouvrez.</translation>
    </message>
    <message>
        <source>Keep attached files up to:</source>
        <translation>Conserver des fichiers joints jusqu’à :</translation>
    </message>
    <message>
        <source>Past this, the files opened longest ago are removed from this computer (never one of yours not sent yet); they can be fetched again.</source>
        <translation>Au-delà, les fichiers ouverts il y a le plus longtemps sont retirés de cet ordinateur (jamais un des vôtres pas encore envoyé) ; ils peuvent être téléchargés à nouveau.</translation>
    </message>
</context>
<context>
    <name>Ui::SyncStatusWidget</name>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Hors connexion — les modifications sont conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté(e)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté(e) en tant que %1</translation>
    </message>
    <message>
        <source>Sending your changes…</source>
        <translation>Envoi de vos modifications…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n change(s) sent</source>
        <extracomment>%1 changes of %n sent so far: &quot;Sending… 2 of 5 changes sent&quot;.</extracomment>
        <translation>
            <numerusform>Envoi… %1 sur %n modification envoyée</numerusform>
            <numerusform>Envoi… %1 sur %n modifications envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new content…</source>
        <translation>Recherche de nouveaux contenus…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s) received</source>
        <translation>
            <numerusform>Réception… %n enregistrement reçu</numerusform>
            <numerusform>Réception… %n enregistrements reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing this computer&apos;s copy with the server…</source>
        <translation>Comparaison de la copie de cet ordinateur avec le serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — trying again in %n second(s)</source>
        <translation>
            <numerusform>Hors connexion — nouvel essai dans %n seconde</numerusform>
            <numerusform>Hors connexion — nouvel essai dans %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering — trying again in %n second(s)</source>
        <translation>
            <numerusform>Le serveur ne répond pas — nouvel essai dans %n seconde</numerusform>
            <numerusform>Le serveur ne répond pas — nouvel essai dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Receiving… %1 %</source>
        <extracomment>Share of the download received so far: &quot;Receiving… 42 %&quot;.</extracomment>
        <translation>Réception… %1 %</translation>
    </message>
    <message>
        <source>The server is not answering — changes are kept on this computer</source>
        <translation>Le serveur ne répond pas — les modifications sont conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>The network asks you to sign in — open a web browser and sign in to it</source>
        <translation>Le réseau demande de vous connecter — ouvrez un navigateur web et connectez-vous</translation>
    </message>
    <message>
        <source>%1 — on a metered connection, downloads wait</source>
        <translation>%1 — connexion limitée, les téléchargements attendent</translation>
    </message>
    <message>
        <source>%1 — data budget reached, downloads wait</source>
        <translation>%1 — budget de données atteint, les téléchargements attendent</translation>
    </message>
    <message>
        <source>%1 — the large download waits until %2</source>
        <extracomment>%2: the time large downloads may start, as set on the Sync page (&quot;22:00&quot;).</extracomment>
        <translation>%1 — le gros téléchargement attend %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) refused, see Sync</source>
        <extracomment>After a sync in which the server refused some changes; they are listed on the Sync page.</extracomment>
        <translation>
            <numerusform>%1 — %n modification refusée, voir Synchronisation</numerusform>
            <numerusform>%1 — %n modifications refusées, voir Synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) waiting</source>
        <translation>
            <numerusform>%1 — %n modification en attente</numerusform>
            <numerusform>%1 — %n modifications en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncView</name>
    <message>
        <source>Nobody is signed in</source>
        <translation>Aucun membre connecté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Changes the server refused (%n)</source>
        <translation>
            <numerusform>&amp;Modification refusée par le serveur (%n)</numerusform>
            <numerusform>&amp;Modifications refusées par le serveur (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté(e) en tant que :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>En attente d&apos;envoi :</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;onflicts to resolve (%n)</source>
        <translation>
            <numerusform>C&amp;onflit à résoudre (%n)</numerusform>
            <numerusform>C&amp;onflits à résoudre (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the record as it was edited</source>
        <translation>Conserver l&apos;enregistrement tel qu&apos;il a été modifié</translation>
    </message>
    <message>
        <source>Delete an&amp;yway…</source>
        <translation>Supprimer &amp;quand même…</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Supprimer malgré tout l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The changes made after the deletion are dropped</source>
        <translation>Les modifications faites après la suppression sont abandonnées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Bring the record back, with the changes</source>
        <translation>Rétablir l&apos;enregistrement, avec les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Conserver l&apos;actuelle</translation>
    </message>
    <message>
        <source>Keep the current version; the other one is dropped</source>
        <translation>Conserver la version actuelle ; l&apos;autre est abandonnée</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Utiliser l&apos;autre version</translation>
    </message>
    <message>
        <source>Replace the current values with the other version</source>
        <translation>Remplacer les valeurs actuelles par celles de l&apos;autre version</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>Current version, by %1</source>
        <translation>Version actuelle, par %1</translation>
    </message>
    <message>
        <source>Other version, by %1</source>
        <translation>Autre version, par %1</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Discard this change to %1? The change will be lost, and the server&apos;s version of the record is restored on this computer.</source>
        <translation>Abandonner cette modification (%1) ? Elle sera perdue et la version du serveur sera rétablie sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete %1 after all? It was changed after the deletion was made; those changes are deleted too.</source>
        <translation>Supprimer quand même cet enregistrement (%1) ? Il a été modifié après la demande de suppression ; ces modifications seront également supprimées.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Renvoyer la modification sélectionnée au serveur</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Drop the selected change and go back to the server&apos;s version</source>
        <translation>Abandonner la modification sélectionnée et revenir à la version du serveur</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Sélectionnez un conflit pour comparer les deux versions.</translation>
    </message>
    <message>
        <source>Lea&amp;ve deleted</source>
        <translation>Laisser su&amp;pprimé</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copy what the selected change says, to keep it elsewhere</source>
        <translation>Copier le contenu de la modification sélectionnée, pour le garder ailleurs</translation>
    </message>
    <message>
        <source>Compare in the &amp;plan…</source>
        <translation>Comparer dans le &amp;plan…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the server: courses, seminars, plans, members…</source>
        <translation>
            <numerusform>%n élément du serveur : cours, séminaires, plans, membres…</numerusform>
            <numerusform>%n éléments du serveur : cours, séminaires, plans, membres…</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into a message to whoever supports you. They hold no password and nothing you wrote.</source>
        <translation>Diagnostic copié : collez-le dans un message à la personne qui vous assiste. Il ne contient aucun mot de passe ni rien de ce que vous avez écrit.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>Copy d&amp;iagnostics</source>
        <translation>Copier le d&amp;iagnostic</translation>
    </message>
    <message>
        <source>Copy a short report for support: versions, the server&apos;s answer, the last syncs and the queues; no password and nothing you wrote</source>
        <translation>Copier un court rapport pour l’assistance : versions, réponse du serveur, dernières synchronisations et files d’attente ; aucun mot de passe ni rien de ce que vous avez écrit</translation>
    </message>
</context>
<context>
    <name>Ui::ThreadView</name>
    <message>
        <source>Show post</source>
        <translation>Afficher le message</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Unpin thread</source>
        <translation>Désépingler le fil</translation>
    </message>
    <message>
        <source>Pin thread</source>
        <translation>Épingler le fil</translation>
    </message>
    <message>
        <source>Reopen thread</source>
        <translation>Rouvrir le fil</translation>
    </message>
    <message>
        <source>Close thread</source>
        <translation>Fermer le fil</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete your post? Its text goes from every computer with the next sync; the replies to it stay.</source>
        <translation>Supprimer votre message ? Son texte disparaîtra de tous les ordinateurs à la prochaine synchronisation ; les réponses restent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>%1 edited this post. Earlier versions, newest first:</source>
        <translation>%1 a modifié ce message. Versions précédentes, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>Posts in this thread</source>
        <translation>Messages de ce fil</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Answer the selected post (Return)</source>
        <translation>Répondre au message sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit your post (F2)</source>
        <translation>Modifier votre message (F2)</translation>
    </message>
    <message>
        <source>Delete your post (Del)</source>
        <translation>Supprimer votre message (Suppr)</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Versions précédentes…</translation>
    </message>
    <message>
        <source>Hide the post from the participants, or show it again</source>
        <translation>Masquer le message aux participants, ou l’afficher de nouveau</translation>
    </message>
    <message>
        <source>A pinned thread is listed first in its seminar</source>
        <translation>Un fil épinglé apparaît en tête de son séminaire</translation>
    </message>
    <message>
        <source>A closed thread takes no new posts</source>
        <translation>Un fil fermé n’accepte plus de messages</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Supprimer le fil</translation>
    </message>
    <message numerus="yes">
        <source>Delete this thread and all %n post(s) in it, for every participant? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer ce fil et son %n message, pour tous les participants ? C’est irréversible.</numerusform>
            <numerusform>Supprimer ce fil et ses %n messages, pour tous les participants ? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the thread</source>
        <translation>Supprimer le fil</translation>
    </message>
    <message>
        <source>Delete thread…</source>
        <translation>Supprimer le fil…</translation>
    </message>
    <message>
        <source>Remove the thread and its posts for every participant</source>
        <translation>Retirer le fil et ses messages pour tous les participants</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronogramme</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>%n activité du %1 au %2</numerusform>
            <numerusform>%n activités du %1 au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity has dates yet</source>
        <translation>Aucune activité n’a encore de dates</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Aucune activité pour l’instant</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaderNet Desktop: courses, seminars and action plans, with or without a connection.</source>
        <translation>LeaderNet Desktop : cours, séminaires et plans d&apos;action, avec ou sans connexion.</translation>
    </message>
    <message>
        <source>Keep this profile in &lt;folder&gt;.</source>
        <translation>Conserver ce profil dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt;.</source>
        <translation>Synchroniser avec le serveur situé à &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt; at start.</source>
        <translation>Se connecter en tant que &lt;nom&gt; au démarrage.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the password for --user from the standard input.</source>
        <translation>Lire le mot de passe de --user sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre dans &lt;fichier&gt; après la première synchronisation, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Use this language for this run only: en, es, fr, pt, ar or ru.</source>
        <translation>Utiliser cette langue pour cette exécution uniquement : en, es, fr, pt, ar ou ru.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Once signed in, also sign &lt;name&gt; in at this desk, with the password on the next line of the standard input (after the one for --user). Repeatable.</source>
        <translation>Une fois connecté, connecter aussi &lt;name&gt; à ce poste, avec le mot de passe de la ligne suivante de l’entrée standard (après celui de --user). Peut être répété.</translation>
    </message>
    <message>
        <source>Open this page: home, courses, seminars, plans, timeline (the plan&apos;s timeline), reviews, results, sync or members; with --screenshot also welcome or join (the first run&apos;s steps).</source>
        <translation>Ouvrir cette page : home, courses, seminars, plans, timeline (le calendrier du plan), reviews, results, sync ou members ; avec --screenshot aussi welcome ou join (les étapes du premier lancement).</translation>
    </message>
</context>
</TS>
