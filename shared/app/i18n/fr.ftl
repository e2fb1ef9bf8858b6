# mailsetup en français. Suit en.ftl : les mêmes messages, les mêmes variables.
# Les noms de menus et de champs des logiciels de messagerie tels que leurs versions françaises les affichent.
# Typographie : espace insécable (U+00A0) avant « : » et dans « », espace fine insécable (U+202F)
# avant ; ? ! — invisibles ici, elles empêchent une ponctuation seule en début de ligne.

## En-tête, pied de page, langue

header-tagline = Des réglages d'envoi (SMTP) qui marchent pour toute adresse, vérifiés en direct.
static-title = mailsetup : des réglages SMTP qui fonctionnent pour toute adresse e-mail
static-description = Saisissez votre adresse e-mail : le serveur SMTP, le port, la sécurité et l'identifiant de votre fournisseur, les étapes pour votre logiciel de messagerie et un test en direct des réglages.
static-loading = Chargement de l'outil de recherche des réglages…
static-noscript = mailsetup a besoin de JavaScript et de WebAssembly.
static-panic-title = Un problème est survenu
static-panic-text = La page a rencontré une erreur interne et s'est arrêtée. Rechargez-la pour recommencer ; l'adresse saisie est conservée dans le lien.
footer-data = Données des fournisseurs : recherches de mailsetup, l'ISPDB de Thunderbird et les notes de Delta Chat sur les fournisseurs (toutes deux sous MPL-2.0).
footer-privacy = Rien de ce que vous tapez ne quitte cette page tant que vous n'appuyez pas sur un bouton qui le dit.
language-switch = Langue
title-provider = Réglages SMTP de { $provider }, vérifiés – { $brand }
title-domain = Réglages SMTP pour { $domain } – { $brand }
title-start = { $brand } : des réglages SMTP qui marchent pour toute adresse e-mail

## Listes

list-and = { $first } et { $last }
list-or = { $first } ou { $last }

## Le champ d'adresse et l'accueil

address-region = Adresse e-mail
address-label = Adresse e-mail ou domaine
address-keep-typing = Continuez à taper…
address-did-you-mean = Vouliez-vous dire
address-did-you-mean-end = {"\u202F"}?
address-keep-text = Non, { $text } est correct
address-idn = { $unicode } (écrit { $ascii } dans le DNS et dans les logiciels qui en ont besoin)
intro-lead = Tapez votre adresse : vous verrez le serveur d'envoi, le port, la sécurité et l'identifiant de votre fournisseur, avec les étapes pour votre logiciel de messagerie et un test en direct.
intro-try = Essayez :

## Copier

copy = Copier
copy-done = Copié
copy-failed = Sélectionnez et copiez à la main
copy-field = Copier « { $field } »
download = Télécharger

## Annonces pour les lecteurs d'écran

announce-finished = Test terminé. { $summary }
announce-answer = { $provider } : { $host } port { $port }, { $security }
announce-no-smtp = { $provider } : pas d'accès SMTP
announce-did-you-mean = Vouliez-vous dire { $suggestion }{"\u202F"}?
testing = Test en cours…

## La carte de réponse

status-ok = Marche avec votre mot de passe
status-sign-in = Se connecter avec { $name }
status-app-password = D'abord un mot de passe d'application
status-enable = D'abord activer l'accès
status-api-key = D'abord une clé d'API
status-bridge = { $provider } Bridge sur votre ordinateur
status-not-here = Pas dans ce logiciel
status-no-client-access = Pas d'accès SMTP
status-guess = Supposition : à tester
no-smtp = Ce fournisseur n'offre pas de SMTP : aucun logiciel, aucune appli ni aucun serveur ne peut envoyer par lui, il n'y a donc rien à configurer ni à tester. Utilisez ses propres applis et son webmail.
region-label = Centre de données :
region-main = Je ne sais pas (le principal)
card-server = Serveur
card-port = Port
card-security = Sécurité
card-user-name = Identifiant
card-password = Mot de passe
card-copy-server = Copier le nom du serveur
card-copy-user = Copier le nom d'utilisateur
card-copy-all = Copier tous les réglages
auth-password = Mot de passe normal
auth-password-encrypted = Mot de passe chiffré (CRAM-MD5)
auth-app-password = Mot de passe d'application
auth-api-key = Clé d'API ou identifiant SMTP du service
auth-oauth2 = OAuth2 (connexion chez le fournisseur)
auth-ntlm = NTLM
auth-gssapi = Kerberos / GSSAPI
auth-client-certificate = Certificat client TLS
auth-client-ip = Aucune (selon l'adresse réseau)
auth-none = Aucune
test-start = Tester ces réglages
test-again = Tester à nouveau
proof-works-word = Ça marche
proof-works = — { $host } port { $port } testé à l'instant { $from }.
proof-also =
    { $count ->
        [one] Le port { $ports } marche aussi.
       *[other] Les ports { $ports } marchent aussi.
    }
proof-fails-word = Échec
proof-unchecked-word = Non vérifié :
proof-fails = { $from } : { $summary }
scope = Se connecte à { $targets } et va jusqu'à l'identification, sans s'identifier ni envoyer de message.
scope-target =
    { $count ->
        [one] { $host } sur le port { $ports }
       *[other] { $host } sur les ports { $ports }
    }
scope-and-to = {" "}et à{" "}
from-this-computer = depuis cet ordinateur
from-place = depuis { $place }
from-proxy-network = depuis le réseau du proxy
audience-local = le proxy de test sur cet ordinateur
audience-place = le proxy de test à { $place } (géré par l'exploitant de ce site)
audience-operator = le proxy de test de ce site (géré par son exploitant)
no-test-no-proxy = Le test en direct a besoin du proxy de test, auquel cette page n'est pas reliée. Lancez-le vous-même avec `cargo xtask serve` (ou `probe-proxy serve`) et ouvrez la page qu'il sert.
no-test-checking = Vérification du proxy de test…
no-test-unavailable = Le proxy de test n'est pas disponible pour le moment : ces réglages ne peuvent pas être testés ici.
no-test-ports = Ce proxy ne teste pas les ports de ces réglages.

## La première étape

first-step-link = Instructions pas à pas
first-step-minutes =
    { $minutes ->
        [one] environ 1 minute
       *[other] environ { $minutes } minutes
    }
first-step-count =
    { $count ->
        [one] L'étape
       *[other] Les { $count } étapes
    }
first-app-password = Créez d'abord un mot de passe d'application
first-app-password-1 = Ouvrez les instructions et connectez-vous à votre compte { $provider }.
first-app-password-2 = Si on vous le demande, activez d'abord la validation en deux étapes : les mots de passe d'application en ont besoin.
first-app-password-3 = Créez un mot de passe d'application, nommé d'après votre logiciel de messagerie, et copiez-le.
first-app-password-4 = Utilisez-le comme mot de passe ici et dans votre logiciel, pas votre mot de passe habituel.
first-enable = Activez d'abord l'accès pour les logiciels de messagerie
first-enable-1 = Connectez-vous au webmail de { $provider } et ouvrez ses paramètres.
first-enable-2 = Activez l'accès pour les logiciels de messagerie (IMAP, POP ou SMTP), comme le montrent les instructions.
first-enable-3 = Enregistrez, puis testez ci-dessous.
first-sign-in-3 = Autorisez l'accès au logiciel : il remplit lui-même les réglages du serveur. Rien à créer avant.
first-sign-in-2 = Connectez-vous sur la page de { $name } qui s'ouvre, avec votre mot de passe et votre deuxième étape si vous en avez une.
first-sign-in-1 = Dans { $program }, ajoutez votre compte : il propose de se connecter avec { $name }.
first-sign-in = Connectez-vous avec { $name } dans { $program }
first-bridge = Installez d'abord le bridge du fournisseur
first-bridge-1 = Installez le logiciel bridge de { $provider } sur cet ordinateur.
first-bridge-2 = Connectez-vous-y : il affiche un serveur, un port, un nom d'utilisateur et un mot de passe pour votre logiciel.
first-bridge-3 = Utilisez ces valeurs dans votre logiciel de messagerie : le bridge envoie vos messages.
first-api-key-3 = Utilisez le nom d'utilisateur indiqué ici et la clé comme mot de passe, dans votre application ou sur votre serveur.
first-api-key-2 = Créez une clé ou un identifiant SMTP autorisé à envoyer du courrier, et copiez-le : il n'est affiché qu'une fois.
first-api-key-1 = Connectez-vous à { $provider } et ouvrez ses réglages de clés d'API ou SMTP.
first-api-key = Créez d'abord une clé d'API
first-retiring = La connexion par mot de passe va disparaître
first-retiring-1 = Configurez le compte avec la connexion propre à { $provider } (OAuth2) là où votre logiciel la propose.
first-retiring-2 = Gardez les instructions à portée de main : la connexion par mot de passe cessera à la date fixée par le fournisseur.

## Guides : les logiciels, la voie rapide, le cadre

client-thunderbird = Thunderbird
client-outlook = Outlook (classique)
client-new-outlook = Nouvel Outlook
client-gmail-send-as = Gmail « Envoyer des e-mails en tant que »
client-apple-mail = Apple Mail (Mac)
client-ios = iPhone / iPad
client-android-gmail = Android (appli Gmail)
client-thunderbird-android = Thunderbird pour Android
client-other = Autre logiciel
guides-title = La configuration, pas à pas
guides-program = Logiciel de messagerie :
guides-program-list = Logiciel de messagerie
guides-steps = Les étapes
rooms-label = Aussi sur cette page
room-person-tab = Configurer
room-developers-tab = Développeurs
room-owner-tab = Propriétaire du domaine
room-developers = Pour les développeurs et les administrateurs
room-developers-what = Tous les serveurs, fichiers, code, commandes de test, services d'envoi
room-owner = Pour le propriétaire de { $domain }
room-owner-what = Fichiers et enregistrements DNS qui permettent aux logiciels de messagerie de se configurer seuls ; cette page dans votre portail d'aide
guides-steps-by-hand = Ou tout saisir à la main
profile-title = Le plus rapide : un profil qui configure tout
profile-ios = Ouvrez cette page sur l'iPhone ou l'iPad dans Safari et touchez le bouton ci-dessous. Ouvrez ensuite Réglages : « Profil téléchargé » apparaît en haut (ou sous Général → VPN et gestion de l'appareil). Touchez-le, puis touchez Installer ; le mot de passe est demandé à ce moment-là.
profile-mac = Téléchargez le profil et ouvrez-le. Ouvrez ensuite Réglages Système, trouvez-le sous Général → Gestion des appareils (sur les macOS plus anciens : Confidentialité et sécurité → Profils) et installez-le ; le mot de passe est demandé à ce moment-là.
profile-unsigned = { $system } indique que le profil est « Non signé » ou « Non vérifié ». Cela veut seulement dire qu'aucun certificat d'entreprise ne garantit le fichier : cette page l'a créé pour votre adresse, sur votre appareil, et il ne contient aucun mot de passe. Avant de l'installer, vérifiez qu'il mentionne { $host }.
profile-qr = Sur un ordinateur ? Scannez ce code avec l'appareil photo de l'iPhone pour y ouvrir cette page.
guide-title = Configurer { $address } dans { $program }
quick-ios = La voie rapide : Réglages → Apps → Mail → Comptes de messagerie → Ajouter un compte → { $name }, et connectez-vous en tant que { $address }. L'iPhone règle tout lui-même.
quick-apple-mail = La voie rapide : Mail → Ajouter un compte → { $name }, et connectez-vous en tant que { $address }. Mail règle tout lui-même.
quick-thunderbird = La voie rapide : ajoutez un compte de messagerie existant avec votre nom et { $address }, laissez le mot de passe vide et laissez Thunderbird trouver les réglages ; il ouvre la page de connexion de { $name }. Aucun réglage de serveur à taper.
quick-thunderbird-android = La voie rapide : ajoutez un compte avec { $address } ; Thunderbird trouve les réglages et propose de se connecter avec { $name }. Aucun réglage de serveur à taper.
quick-android-gmail-google = Votre compte Gmail est déjà là : l'appli Gmail envoie avec lui.
quick-android-gmail = La voie rapide : appli Gmail → votre photo → Ajouter un autre compte → { $name }, et connectez-vous en tant que { $address }.
quick-outlook = La voie rapide : ajoutez le compte avec { $address } seulement ; Outlook reconnaît { $name } et ouvre sa page de connexion.

## Guides : remarques

guide-note-app-password = Créez d'abord un mot de passe d'application chez { $provider } (la première étape plus haut montre comment) ; votre mot de passe habituel sera refusé.
guide-note-guessed = Ces serveurs sont devinés d'après les noms habituels ; testez-les ci-dessous avant de vous y fier.
guide-note-api-key = { $provider } est un service d'envoi pour les applications et les serveurs : le nom d'utilisateur est { $user }, et le mot de passe une clé d'API ou un identifiant SMTP créé dans ses réglages.
guide-note-bridge = { $provider } rejoint les logiciels de messagerie par son Bridge sur cet ordinateur : installez-le, connectez-vous-y et utilisez le nom d'utilisateur et le mot de passe qu'il affiche. Les serveurs ci-dessous sont ceux du Bridge.
guide-note-enable = Activez d'abord l'accès des logiciels de messagerie dans les réglages de { $provider } ; votre mot de passe habituel fonctionnera ensuite.

## Guides : noms des champs, tels que les logiciels les affichent

guide-label-full-name = Votre nom complet
guide-label-email = Adresse électronique
guide-label-password = Mot de passe
guide-label-protocol = Protocole
guide-label-hostname = Nom d'hôte
guide-label-port = Port
guide-label-connection-security = Sécurité de la connexion
guide-label-auth-method = Méthode d'authentification
guide-label-username = Nom d'utilisateur
guide-label-user-name = Nom d'utilisateur
guide-label-server = Serveur
guide-label-encryption-method = Méthode de chiffrement
guide-label-spa = Exiger l'authentification par mot de passe sécurisé (SPA)
guide-label-incoming-server = Serveur de réception
guide-label-outgoing-server = Serveur d'envoi
guide-label-smtp-server = Serveur SMTP
guide-label-secure-connection-type = Type de connexion sécurisée
guide-label-connection = Connexion
guide-label-account-type = Type de compte
guide-label-use-tls = Utiliser TLS/SSL
guide-label-use-ssl = Utiliser SSL
guide-label-authentication = Authentification
guide-label-ios-incoming-host = Serveur de réception : Nom d'hôte
guide-label-ios-incoming-user = Serveur de réception : Nom d'utilisateur
guide-label-ios-outgoing-host = Serveur d'envoi : Nom d'hôte
guide-label-ios-outgoing-user = Serveur d'envoi : Nom d'utilisateur
guide-label-server-port = Port du serveur
guide-label-security = Sécurité
guide-label-security-type = Type de sécurité

## Guides : options à choisir, en mots

guide-value-full-name = le nom que les gens voient
guide-value-app-password = un mot de passe d'application
guide-value-your-password = le mot de passe de votre messagerie
guide-value-api-key = la clé d'API ou l'identifiant SMTP du service
guide-value-bridge-password = le mot de passe affiché par le Bridge
guide-value-password-sign-in = rien : le logiciel ouvre la page de connexion du fournisseur
guide-value-auth-oauth2 = OAuth2
guide-value-auth-encrypted = Mot de passe chiffré
guide-value-auth-ntlm = NTLM
guide-value-auth-gssapi = Kerberos / GSSAPI
guide-value-auth-certificate = Certificat TLS
guide-value-auth-none = Pas d'authentification
guide-value-auth-normal = Mot de passe normal
guide-value-auth-password = Mot de passe
guide-value-on = activé
guide-value-off = désactivé
guide-value-gmail-ssl = Connexion sécurisée via SSL
guide-value-gmail-tls = Connexion sécurisée via TLS

## Guides : les étapes

guide-thunderbird-open = Ouvrez le menu ≡ → Paramètres des comptes → Gestion des comptes → Ajouter un compte de messagerie.
guide-thunderbird-password = Saisissez le mot de passe et cliquez sur « Configurer manuellement ».
guide-thunderbird-incoming = Sous SERVEUR ENTRANT, indiquez :
guide-thunderbird-outgoing = Sous SERVEUR SORTANT, indiquez :
guide-thunderbird-done = Cliquez sur « Retester », puis sur « Terminé ».
guide-outlook-open = Choisissez Fichier → Ajouter un compte.
guide-outlook-manual = Tapez votre adresse, ouvrez « Options avancées », cochez « Me laisser configurer mon compte manuellement » et cliquez sur Connexion.
guide-outlook-choose = Choisissez { $protocol }.
guide-outlook-incoming = Courrier entrant :
guide-outlook-outgoing = Courrier sortant :
guide-outlook-password = Cliquez sur Suivant, saisissez le mot de passe et cliquez sur Connexion.
guide-outlook-if-sending-fails = Si l'envoi échoue plus tard : Fichier → Paramètres du compte → Paramètres du compte → votre compte → Modifier → Paramètres supplémentaires → Serveur sortant, et cochez « Mon serveur sortant (SMTP) requiert une authentification » avec « Utiliser les mêmes paramètres que mon serveur de courrier entrant ».
guide-new-outlook-open = Ouvrez Paramètres (la roue dentée) → Comptes → Comptes de messagerie → Ajouter un compte.
guide-new-outlook-address = Tapez votre adresse et cliquez sur Continuer.
guide-new-outlook-imap = Si Outlook propose un choix, prenez IMAP (« Synchroniser avec IMAP »), puis « Afficher plus » pour voir tous les champs.
guide-new-outlook-incoming = Serveur entrant ({ $protocol }) :
guide-new-outlook-outgoing = Serveur sortant (SMTP) :
guide-new-outlook-continue = Cliquez sur Continuer.
guide-gmail-open = Dans Gmail sur le Web, ouvrez Paramètres (la roue dentée) → Voir tous les paramètres → Comptes et importation.
guide-gmail-add-address = À côté de « Envoyer des e-mails en tant que », cliquez sur « Ajouter une autre adresse e-mail », saisissez le nom et l'adresse, puis cliquez sur Étape suivante.
guide-gmail-smtp = Indiquez le serveur SMTP :
guide-gmail-confirm = Cliquez sur Ajouter un compte. Gmail envoie un message avec un code de confirmation à cette adresse : ouvrez-le dans cette boîte et confirmez.
guide-apple-mail-open = Dans Mail, choisissez Mail → Ajouter un compte → Autre compte Mail → Continuer.
guide-apple-mail-sign-in = Saisissez le nom, l'adresse et le mot de passe, puis cliquez sur Se connecter.
guide-apple-mail-servers = Si Mail ne trouve pas les serveurs, il les demande :
guide-apple-mail-check = Vérifiez ensuite le serveur d'envoi : Mail → Réglages → Comptes → votre compte → Réglages du serveur. Sous Serveur d'envoi, décochez « Gérer automatiquement les réglages de connexion » et indiquez :
guide-ios-open = Ouvrez Réglages → Apps → Mail → Comptes de messagerie → Ajouter un compte → Autre → Ajouter un compte Mail (iOS plus ancien : Réglages → Mail → Comptes).
guide-ios-sign-in = Saisissez le nom, l'adresse et le mot de passe, puis touchez Suivant.
guide-ios-servers = Choisissez { $protocol } et remplissez les deux serveurs :
guide-ios-check = Touchez Suivant, puis Enregistrer. Pour vérifier le port : votre compte → Compte → Serveur d'envoi (SMTP) → le serveur principal :
guide-android-gmail-open = Dans l'appli Gmail, touchez votre photo de profil → Ajouter un autre compte → Autre, saisissez l'adresse et touchez « Configuration manuelle ».
guide-android-gmail-personal = Choisissez « Personnel ({ $protocol }) » et saisissez le mot de passe.
guide-android-gmail-incoming = Paramètres du serveur entrant :
guide-android-gmail-outgoing = Paramètres du serveur sortant (laissez « Exiger une connexion » activé) :
guide-thunderbird-android-open = Ouvrez Thunderbird, touchez Ajouter un compte, saisissez l'adresse et, s'il ne trouve pas les serveurs, choisissez « Configuration manuelle ».
guide-thunderbird-android-incoming = Serveur entrant :
guide-thunderbird-android-outgoing = Serveur sortant :
guide-other-outgoing = Courrier sortant (SMTP) :
guide-other-alternative = Si ce port est bloqué sur votre réseau, l'autre :
guide-other-incoming = Courrier entrant ({ $protocol }) :

## Quel port ?

explainer-title = Quel port ? 465, 587 ou 25
explainer-465 = 465 — SSL/TLS (TLS implicite)
explainer-465-text = La connexion est chiffrée dès le premier octet. La RFC 8314 (2018) le recommande aux logiciels qui envoient du courrier : ce n'est pas obsolète, c'est préféré. Utilisez-le si votre fournisseur le propose.
explainer-587 = 587 — STARTTLS
explainer-587-text = Le port de soumission habituel : la connexion commence en clair et passe au chiffrement avec la commande STARTTLS avant l'identification. Sûr si le logiciel exige STARTTLS ; utilisez-le quand 465 n'est pas proposé ou est bloqué.
explainer-25 = 25 — relais entre serveurs
explainer-25-text = Les serveurs de messagerie se passent le courrier par le port 25. Les logiciels de messagerie ne devraient pas : beaucoup de fournisseurs d'accès et d'hébergeurs cloud bloquent le port 25 sortant contre le spam, et beaucoup de serveurs n'y acceptent aucune identification.
explainer-modes = « SSL/TLS » et « STARTTLS » dans les réglages d'un logiciel désignent exactement ces deux modes. « Aucune » envoie votre mot de passe lisible par n'importe qui en chemin : ne l'utilisez jamais.

## Résultats du test

probe-title = Résultats du test
probe-details = Détails : étapes, durées, certificat, transcription
probe-total = { $host } : tous les ports testés en même temps en { $ms } ms.
probe-cached = (Répétition d'un test de la dernière minute : le résultat précédent est affiché.)
matrix-label = Résultats du test par port
matrix-reachable = Joignable
matrix-encrypted = Chiffré
matrix-certificate = Certificat
matrix-login = Identification après chiffrement
cell-not-tested = Non testé
cell-testing = Test en cours…
cell-yes = Oui
cell-no = Non
cell-failed = Échec
cell-no-starttls = Pas de STARTTLS
cell-valid = Valide
cell-expires =
    { $days ->
        [one] Expire dans { $days } jour
       *[other] Expire dans { $days } jours
    }
cell-expired = Expiré
cell-wrong-name = Mauvais nom
cell-not-trusted = Non fiable
cell-not-offered = Non proposée
cell-login-offered = Oui : { $mechanisms }
use-instead = Utiliser plutôt ceci
use-instead-label = Utiliser { $host } port { $port } avec { $security }
fix-server-name = Pour { $host } : mettez le nom de serveur { $name }, le nom inscrit dans son certificat.
fix-security = Pour { $host } port { $port } : réglez la sécurité de la connexion sur { $security }.
summary-none-tested = Aucun port n'a pu être testé.
summary-none-works = Aucun de ces réglages ne marche. { $reasons }.
summary-no-such-servers = Aucun des noms de serveur de messagerie habituels n'existe pour { $domain } : vérifiez l'orthographe de l'adresse, et si { $domain } reçoit du courrier.
summary-not-checked = { $reasons }. Impossible de vérifier d'ici : cela ne dit donc rien contre ces réglages. Réessayez plus tard.
reason-proxy-lookup = Le proxy de test n'a pas pu résoudre { $host } pour le moment
summary-use-port = Utilisez { $port }.
summary-use-host = Utilisez { $host } port { $port }.
summary-also-works =
    { $count ->
        [one] { $ports } marche aussi.
       *[other] { $ports } marchent aussi.
    }
summary-also-there =
    { $count ->
        [one] Le port { $ports } y marche aussi.
       *[other] Les ports { $ports } y marchent aussi.
    }
summary-host-also =
    { $count ->
        [one] { $host } port { $ports } marche aussi.
       *[other] { $host } ports { $ports } marchent aussi.
    }
where-local = Le test est parti de cet ordinateur (le proxy tourne ici) : il montre ce que votre propre réseau permet.
where-remote = Le test est parti de { $place }, pas de votre ordinateur : votre propre réseau peut bloquer des ports qu'il atteint. Les commandes sous « Tester depuis votre ordinateur » vérifient depuis là où vous êtes.
where-proxy-network = le réseau du proxy
host-port = { $host } port { $port }
step-limit = une étape peut durer jusqu'à { $seconds } s
so-far = { $seconds } s jusqu'ici
ms = { $ms } ms
transcript = Transcription ({ $ms } ms en tout)
transcript-of = Transcription de { $host } port { $port }
mark-done = fait
mark-failed = échec
mark-skipped = sauté
mark-running = en cours
mark-waiting = en attente
step-resolve = Chercher l'adresse
step-connect = Se connecter
step-tls = Négociation TLS
step-greeting = Accueil du serveur
step-ehlo = EHLO
step-starttls = STARTTLS
step-ehlo-tls = EHLO dans TLS
step-login = S'identifier
step-test-message = Envoyer un message de test
step-quit = QUIT
step-other = Une autre étape
auth-before-tls = Identification proposée avant le chiffrement
auth-after-tls = Identification proposée après le chiffrement
auth-not-asked = pas demandé
auth-none-offered = aucune
cert-encryption = Chiffrement
cert-certificate = Certificat
cert-names = Noms qu'il contient
cert-issuer = Émis par
cert-valid-until = Valide jusqu'au
cert-until =
    { $days ->
        [one] { $date } (encore { $days } jour)
       *[other] { $date } (encore { $days } jours)
    }
cert-valid = valide
cert-expires-soon =
    { $days ->
        [one] valide, mais expire dans { $days } jour
       *[other] valide, mais expire dans { $days } jours
    }
cert-expired = expiré
cert-wrong-name = émis pour { $names }, pas pour le nom de serveur que vous utilisez
cert-untrusted = pas d'une autorité à laquelle les logiciels de messagerie font confiance

## Le verdict d'un port

headline-works = Le port { $port } marche : { $mode }, { $cert }, { $login }.
headline-warnings = Le port { $port } marche, avec des avertissements : { $mode }, { $cert }, { $login }.
headline-not-usable = Le port { $port } est inutilisable : { $problem }.
headline-cert-trusted = { $version }, certificat fiable
headline-cert-problem = { $version }, problème de certificat
headline-no-tls = pas de TLS
headline-login-offered = identification après chiffrement ({ $mechanisms })
headline-no-login = aucune identification proposée
headline-login-works = votre identification en tant que { $user } marche
headline-message-accepted = votre identification marche et le message de test à { $to } a été accepté

## Constats : ce que le test a trouvé, et que faire

finding-said = Le serveur a répondu : { $said }
finding-resolve-failed = Le nom du serveur ne se résout pas
finding-resolve-failed-advice = Vérifiez l'orthographe du nom du serveur. S'il est juste, le DNS du fournisseur est en panne ; réessayez plus tard.
finding-not-allowed = Ce proxy ne teste pas cette adresse ou ce port
finding-not-allowed-advice = Les proxys publics ne testent que des serveurs de messagerie publics sur des ports de messagerie. Pour tester un serveur de votre propre réseau, lancez le proxy vous-même (`probe-proxy serve --allow-private-targets`).
finding-connection-refused = Personne n'accepte de connexion sur le port { $port }
finding-connection-refused-advice = Le serveur a refusé net : il ne propose pas ce port. Vérifiez le numéro de port ; les fournisseurs proposent en général 465 (SSL/TLS) et/ou 587 (STARTTLS).
finding-port-filtered = Pas de réponse sur le port { $port } : il semble bloqué
finding-port-filtered-advice =
    { $port ->
        [25] Les connexions au port 25 disparaissent sans réponse, comme le fait un pare-feu. La plupart des fournisseurs d'accès et des hébergeurs cloud bloquent le port 25 sortant ; utilisez plutôt le port 465 ou 587.
       *[other] Les connexions disparaissent sans réponse, comme le fait un pare-feu. Un pare-feu sur le réseau d'où partait le test, ou chez le fournisseur, bloque ce port. Essayez l'autre port de soumission, ou testez depuis un autre réseau (un partage de connexion du téléphone) pour savoir de quel côté vient le blocage.
    }
finding-unreachable = Le serveur est injoignable
finding-unreachable-advice = Aucune route réseau n'y mène depuis l'endroit du test. Vérifiez le nom d'hôte ; s'il est juste, le serveur ou son réseau est en panne.
finding-greeting-timeout = Le serveur n'a jamais dit bonjour
finding-greeting-timeout-advice = Il a accepté la connexion mais est resté muet. Si ce port utilise SSL/TLS dès le départ (comme 465), choisissez SSL/TLS au lieu de STARTTLS. Sinon, le serveur est surchargé.
finding-timeout = Le serveur a cessé de répondre à l'étape « { $step } »
finding-timeout-advice = Cela a dépassé le délai. Un serveur chargé ou défaillant, ou un équipement intermédiaire qui gêne le courrier ; réessayez plus tard.
finding-closed = Le serveur a raccroché pendant « { $step } »
finding-closed-advice = Il a fermé la connexion sans réponse correcte, souvent parce qu'il se méfie de l'adresse d'où venait le test.
finding-refused = Le serveur a refusé la connexion ({ $said })
finding-refused-advice = Un 554 signifie qu'il refuse de parler à l'adresse d'où venait le test (souvent une liste de blocage) ; un 421 signifie qu'il est surchargé ou limite les connexions ; réessayez plus tard.
finding-not-smtp = Autre chose qu'un serveur de messagerie répond sur le port { $port }
finding-not-smtp-advice = Vérifiez le port et le nom d'hôte : ce n'est pas un service SMTP.
finding-wrong-security-mode =
    { $security ->
        [implicit] Le port { $port } commence en clair : il utilise STARTTLS, pas SSL/TLS
       *[other] Le port { $port } attend TLS dès le premier octet : il utilise SSL/TLS, pas STARTTLS
    }
finding-wrong-security-mode-advice = Réglez la sécurité de la connexion dans votre logiciel en conséquence.
finding-protocol-error = Les réponses du serveur enfreignent les règles SMTP
finding-protocol-error-advice = Ses réponses sont mal formées ou bien trop longues. Les logiciels peuvent échouer de façon étrange ; prévenez l'exploitant du serveur.
finding-no-starttls = Le port { $port } n'offre aucun chiffrement (pas de STARTTLS)
finding-no-starttls-advice = Votre mot de passe et vos messages circuleraient lisibles par n'importe qui. Utilisez le port 465 (SSL/TLS) si le fournisseur le propose ; n'envoyez jamais de mot de passe par ce port.
finding-starttls-refused = Le serveur annonçait STARTTLS mais l'a refusé
finding-starttls-refused-advice = Sa configuration TLS est cassée (par exemple un certificat manquant). Prévenez l'exploitant du serveur.
finding-data-after-starttls = Des données inattendues sont arrivées juste après STARTTLS ; le test s'est arrêté
finding-data-after-starttls-advice = Des octets arrivés avant la négociation TLS pourraient avoir été injectés par un attaquant (la famille de failles CVE-2011-0411). Un serveur correct n'en envoie jamais. Prévenez l'exploitant du serveur.
finding-tls-failed = La négociation TLS a échoué : { $problem }
finding-tls-failed-advice = Le TLS du serveur est trop ancien ou cassé pour un client moderne. Les logiciels de messagerie échoueront de la même façon.
finding-helo-refused = Le serveur a refusé de saluer le client de test
finding-helo-refused-advice = Il a rejeté EHLO et HELO, en général par règle contre les clients inconnus.
finding-failed = Le test a échoué à l'étape « { $step } »
finding-failed-advice = { "" }
finding-plaintext = Le port { $port } a été testé sans chiffrement
finding-plaintext-advice = Un mot de passe envoyé ainsi peut être lu par n'importe qui en chemin. Utilisez 465 (SSL/TLS) ou 587 (STARTTLS).
finding-implicit-tls = Chiffré dès le premier octet (SSL/TLS)
finding-implicit-tls-advice = La RFC 8314 préfère ce mode pour envoyer du courrier : rien ne circule avant le début du chiffrement.
finding-certificate-untrusted = Le certificat n'est pas fiable ({ $reason })
finding-certificate-untrusted-advice = Les logiciels afficheront un avertissement ou refuseront de se connecter. L'exploitant du serveur doit installer un certificat d'une autorité publique (avec ses certificats intermédiaires).
finding-certificate-name-mismatch = Le certificat n'est pas valable pour { $server }
finding-certificate-name-mismatch-advice =
    { $named ->
        [yes] Il indique { $names }. Utilisez l'un de ces noms comme serveur dans votre logiciel.
       *[no] Les logiciels le refuseront. Demandez au fournisseur le nom exact du serveur.
    }
finding-certificate-expires-soon =
    { $days ->
        [one] Le certificat expire dans { $days } jour
       *[other] Le certificat expire dans { $days } jours
    }
finding-certificate-expires-soon-advice = S'il n'est pas renouvelé à temps, les logiciels commenceront à refuser le serveur.
finding-certificate-ok = Certificat fiable pour { $server }
finding-certificate-ok-advice = { "" }
finding-tls-1-2 = TLS 1.2 (pas 1.3)
finding-tls-1-2-advice = Toujours sûr, mais le serveur pourrait passer à TLS 1.3.
finding-helo-only = Le serveur ne comprend pas EHLO
finding-helo-only-advice = Il ne parle que l'ancien HELO : ni STARTTLS ni identification ne sont possibles.
finding-auth-before-tls = L'identification par mot de passe ({ $mechanisms }) est proposée avant le chiffrement
finding-auth-before-tls-advice = Un logiciel réglé sur « Aucune » au lieu de STARTTLS enverrait votre mot de passe en clair. Vérifiez que le vôtre est sur STARTTLS ; l'exploitant du serveur devrait n'autoriser l'identification qu'après TLS.
finding-auth-after-tls-only = L'identification n'est proposée qu'après le chiffrement
finding-auth-after-tls-only-advice = Impossible d'envoyer un mot de passe en clair par erreur.
finding-no-auth = Le serveur ne propose aucune identification sur ce port
finding-no-auth-advice = Un logiciel ne peut pas s'identifier ici, donc le serveur n'acceptera pas ses messages vers d'autres domaines. Vérifiez le port ; certains serveurs ne proposent l'identification que sur 587 ou 465.
finding-size-limit = Taille maximale d'un message : { $size } Mo
finding-size-limit-advice = { "" }
finding-port-25-is-relay = Le port 25 sert aux serveurs entre eux
finding-port-25-is-relay-advice = Les logiciels de messagerie devraient envoyer par le port 465 (SSL/TLS) ou 587 (STARTTLS). Beaucoup de fournisseurs d'accès et d'hébergeurs cloud bloquent le port 25 sortant contre le spam : depuis chez soi, il échoue souvent.
finding-login-ok = Votre identification en tant que { $user } marche
finding-login-ok-advice = Utilisez le même nom d'utilisateur et le même mot de passe dans votre logiciel.
finding-login-wrong-credentials = Le nom d'utilisateur ou le mot de passe n'a pas été accepté
finding-login-wrong-credentials-advice = Vérifiez le nom d'utilisateur (la plupart des fournisseurs veulent l'adresse entière) et retapez le mot de passe. Si le fournisseur demande un mot de passe d'application, votre mot de passe habituel est aussi refusé ainsi : créez-en un dans les paramètres de sécurité du compte et utilisez-le ici.
finding-login-app-password-required = Ce compte a besoin d'un mot de passe d'application
finding-login-app-password-required-advice = Le compte utilise la validation en deux étapes : les logiciels doivent donc utiliser un mot de passe d'application au lieu de l'habituel. Créez-en un dans les paramètres de sécurité du compte et utilisez-le comme mot de passe.
finding-login-password-disabled = La connexion par mot de passe est désactivée pour ce compte
finding-login-password-disabled-advice = Le fournisseur ou les règles de sécurité de l'organisation bloquent la connexion par mot de passe. Utilisez un logiciel qui se connecte par la page de connexion du fournisseur (OAuth2), ou demandez à l'administrateur d'autoriser le SMTP authentifié pour cette boîte.
finding-login-smtp-auth-disabled = L'envoi par ce serveur est désactivé pour la boîte ou l'organisation
finding-login-smtp-auth-disabled-advice = Un administrateur doit activer le SMTP authentifié (SMTP AUTH) pour l'organisation et pour cette boîte ; d'ici là, aucun mot de passe ne marche.
finding-login-too-many-attempts = Le serveur refuse les connexions pour l'instant après trop d'échecs
finding-login-too-many-attempts-advice = Patientez un moment avant de réessayer. Les fournisseurs qui répondent ainsi (Yahoo, AOL) veulent en général un mot de passe d'application plutôt que l'habituel.
finding-login-temporary-failure = Le serveur n'a pas pu vérifier l'identification pour le moment
finding-login-temporary-failure-advice = Une panne passagère chez le fournisseur ; réessayez dans quelques minutes.
finding-login-encryption-required = Le serveur veut le chiffrement avant l'identification
finding-login-encryption-required-advice = Réglez la sécurité de la connexion sur SSL/TLS (port 465) ou STARTTLS (port 587).
finding-login-refused = Le serveur a refusé l'identification
finding-login-refused-advice = Les mots du serveur lui-même disent pourquoi.
finding-login-not-safe =
    { $risk ->
        [untrusted] Votre mot de passe n'a pas été envoyé : le certificat n'est pas de confiance
        [wrong-name] Votre mot de passe n'a pas été envoyé : le certificat n'est pas établi au nom de ce serveur
        [plain] Votre mot de passe n'a pas été envoyé : la connexion n'est pas chiffrée
       *[other] Votre mot de passe n'a pas été envoyé : la connexion n'est pas assez sûre
    }
finding-login-not-safe-advice = Le test ne s'identifie que sur une connexion chiffrée dont le certificat est fiable et établi au nom du serveur, comme le fait un logiciel prudent. Corrigez le problème ci-dessus, ou utilisez un nom de serveur inscrit dans le certificat.
finding-no-common-mechanism = Le serveur ne propose aucune méthode d'identification adaptée à ce que vous avez donné
finding-no-common-mechanism-advice = Avec un mot de passe, le test utilise PLAIN ou LOGIN ; avec un jeton de connexion, OAUTHBEARER ou XOAUTH2. Regardez ci-dessous les méthodes que le serveur propose, et si le fournisseur attend l'autre type.
finding-message-accepted = Le serveur a accepté un message de test à { $to }
finding-message-accepted-advice = Il devrait arriver d'ici une minute ; sinon, regardez dans les indésirables.
finding-message-relay-denied = Le serveur refuse de transmettre le message
finding-message-relay-denied-advice = Il ne relaie pas pour cette identification : vérifiez que l'identification a réussi sur ce serveur et que vous envoyez par le serveur du compte avec lequel vous vous êtes identifié.
finding-message-sender-not-owned = Cette identification ne peut pas envoyer depuis cette adresse
finding-message-sender-not-owned-advice = Le serveur accepte les messages des adresses qui appartiennent au compte. Envoyez depuis l'adresse propre à l'identification, ou ajoutez d'abord celle-ci au compte (« Envoyer en tant que » ou un alias).
finding-message-too-large = Le serveur dit que le message est trop gros
finding-message-too-large-advice = Le message de test est minuscule : la limite du serveur est bizarrement basse ; prévenez son exploitant.
finding-message-temporary-failure = Le serveur n'a pas pu prendre le message pour le moment
finding-message-temporary-failure-advice = Une panne passagère ou une limite d'envoi ; réessayez plus tard.
finding-message-refused = Le serveur a refusé le message de test
finding-message-refused-advice = Les mots du serveur lui-même disent pourquoi.

## Pour les propriétaires de domaine et les portails d'aide

kit-title = Laissez les logiciels se configurer eux-mêmes
kit-intro = Publiez ces fichiers à ces adresses (HTTPS, certificat valide) et les enregistrements DNS ci-dessous. Thunderbird, Outlook et d'autres trouvent alors les réglages à partir de la seule adresse.
kit-srv = Enregistrements SRV (RFC 6186, RFC 8314)
kit-copy-srv = Copier les enregistrements SRV
kit-hosts = Noms d'hôte dont les fichiers ont besoin
embed-title = À intégrer pour vos utilisateurs (portails d'aide)
embed-widget = Collez ceci dans une page d'aide : cela affiche la vue compacte pour { $domain } dans la langue de cette page et ajuste sa hauteur tout seul. embed.js vient de ce site ; l'attribut lang choisit la langue (en, de, fr, es).
embed-copy-widget = Copier le code du widget
embed-widget-code = Code du widget
embed-iframe = Ou, sans script de ce site, un simple cadre avec son propre script de hauteur :
embed-copy-iframe = Copier le code du cadre
embed-iframe-code = Code du cadre
embed-frame-title = Réglages e-mail
embed-not-allowed = Ce site ne laisse pas d'autres sites afficher cette page dans un cadre ; un portail d'aide montrerait un cadre vide. Son exploitant peut autoriser un portail au démarrage du proxy de test :
embed-how = Comment autoriser un portail
embed-allowed = Ce site laisse ces sites afficher la page dans un cadre : { $origins }.

## Plus sur le fournisseur

summary-title = Bon à savoir sur { $provider }
summary-matched-domain = Reconnu au domaine { $domain }.
summary-checked = Vérifié d’après la documentation du fournisseur en { $month }.
summary-more = À savoir aussi ({ $count })
report-wrong = Signaler des données erronées
report-wrong-intro = Le signalement indique le fournisseur et les réglages affichés par cette page, et l'origine des données. Il ne contient pas votre adresse e-mail.
report-wrong-what = Qu'est-ce qui est faux, et où avez-vous trouvé les bons réglages ?
report-wrong-title = Données erronées : { $provider }
report-wrong-copy = Copier le signalement
report-wrong-send = Envoyer le signalement
report-wrong-nowhere = Copiez le signalement et envoyez-le aux responsables de ce site.
summary-matched-service = Un service d'envoi pour les applis et les serveurs.
summary-matched-mx = Reconnu au serveur de messagerie du domaine, { $host } : le courrier de ce domaine y est hébergé.
summary-matched-none = Pas encore un fournisseur que nous connaissons.
summary-warning-plaintext = Ce fournisseur n'indique que des serveurs non chiffrés : votre mot de passe circulerait lisible. Demandez au fournisseur le port 465 ou 587 avec chiffrement.
summary-warning-region = Ce fournisseur a plusieurs centres de données et l'adresse ne dit pas lequel est le vôtre : choisissez-le dans la carte ci-dessus si vous le savez.
summary-warning-no-access = Ce fournisseur n'offre ni SMTP ni IMAP : aucun logiciel, aucune appli ni aucun serveur ne peut envoyer par lui. Utilisez ses propres applis et son webmail.
hint-app-password = Mot de passe d'application
hint-api-key = Créer un identifiant SMTP
hint-enable-imap = Activer l'accès d'abord
hint-oauth2-only = Connexion du fournisseur uniquement
hint-basic-auth-retiring = Fin de la connexion par mot de passe
hint-needs-bridge = Bridge nécessaire
hint-choose-region = Choisir son centre de données
hint-sending-limits = Limites d'envoi
hint-paid-plan = Offre payante nécessaire
hint-alternative = Ce qu'il propose à la place
hint-other = Bon à savoir

## Tous les serveurs

servers-title = Tous les serveurs
servers-recommended = Recommandé : { $server }.
servers-why = Pourquoi
servers-also = Courrier sortant (SMTP), également proposé
servers-other-outgoing = Autres serveurs d'envoi
servers-incoming = Courrier entrant (IMAP / POP3)
servers-imap = Serveurs IMAP
servers-pop3 = Serveurs POP3
servers-incoming-user = Remarque : le nom d'utilisateur du courrier entrant est { $incoming }, pas { $outgoing }.

## Le test d'identification

login-title = Vérifier aussi l'identification (facultatif)
login-password = Mot de passe (ou mot de passe d'application)
login-send-test = Puis m'envoyer un message de test
login-note = Votre mot de passe va de cette page à { $audience } et de là uniquement au serveur de messagerie, chiffré avec un certificat fiable. Il n'est ni enregistré, ni mis dans la barre d'adresse, ni gardé après le test.
login-start = Tester l'identification

## Fichiers et code

files-title = Fichiers et code
files-config = Fichiers de configuration
files-download = Télécharger { $file }
files-download-mobileconfig = Télécharger le profil Apple (.mobileconfig)
files-download-failed = Le téléchargement n'a pas démarré : { $error }
files-qr-label = Un code QR qui ouvre cette page sur un téléphone
files-code = Code qui envoie un message de test
files-copy-code = Copier le code
files-code-of = Code { $program }
files-copy-commands = Copier les commandes { $program }
files-commands-of = Commandes { $program }
files-own-computer = Tester depuis votre ordinateur
files-own-computer-text = Votre réseau peut bloquer des ports que le proxy atteint, ou l'inverse. Ces commandes testent depuis là où vous êtes :

## Services d'envoi

services-title = Vous envoyez depuis une appli ou un serveur ? Utilisez un service d'envoi
services-service = Service :
services-choose = Choisissez
services-region = Région :
services-region-main = Je ne sais pas (affiche la principale)
services-details = Détails

## Chercher un domaine

discover-unknown = { $domain } ne figure pas dans nos données de fournisseurs.
discover-origin-guessed = Les serveurs ci-dessus sont devinés d'après les noms habituels.
discover-origin-proven = Le serveur ci-dessus a été deviné d'après les noms habituels, et un test l'a confirmé.
discover-origin-published = Les serveurs ci-dessus sont ceux que le domaine publie.
discover-look-up = Chercher
discover-look-up-text = demande au proxy les serveurs de messagerie (MX) du domaine, ses enregistrements SRV et son fichier autoconfig.
discover-doh = Demander les serveurs au DNS
discover-doh-text = envoie le nom de domaine (pas votre adresse) à { $endpoint }, un service DNS-over-HTTPS, pour reconnaître un courrier hébergé comme Google Workspace ou Microsoft 365.
discover-looking = Recherche en cours…
discover-asking = Question au DNS…
discover-no-mx = Le domaine n'a pas de serveur de messagerie (aucun enregistrement MX).
discover-mx-found = Serveurs de messagerie (MX) : { $hosts }
discover-title = Ce que disent le DNS et le domaine
discover-mx = Serveurs de messagerie (MX)
discover-srv = Enregistrements SRV
discover-none = aucun
discover-autoconfig-found =
    { $count ->
        [one] trouvé, { $count } serveur d'envoi
       *[other] trouvé, { $count } serveurs d'envoi
    }
discover-autoconfig-missing = absent
discover-autoconfig-failed = illisible : { $reason }
discover-candidates = Serveurs à essayer
discover-candidate = { $security } — source : { $source }
discover-source-provider = fournisseur connu
discover-source-srv = enregistrement SRV
discover-source-autoconfig = fichier autoconfig du domaine
discover-source-guess = supposition

## Ce qui ne va pas dans une adresse tapée

error-empty = Tapez une adresse e-mail, comme nom@example.com, ou un domaine.
error-space = Une adresse ne contient pas d'espace.
error-many-at = Il y a plus d'un @. Une adresse en a exactement un, avant le domaine.
error-no-local-part = La partie avant le @ manque.
error-no-domain = Le domaine après le @ manque, par exemple nom@example.com.
error-local-part-long = La partie avant le @ fait { $length } caractères ; la limite est { $limit }.
error-local-part-dot-end = La partie avant le @ ne peut pas commencer ni finir par un point.
error-local-part-dots = La partie avant le @ ne peut pas avoir deux points de suite.
error-local-part-character = La partie avant le @ ne peut pas contenir « { $character } ».
error-local-part-quote = La partie avant le @ a un guillemet ouvrant mais pas de guillemet fermant.
error-domain-long = Le domaine fait { $length } caractères ; la limite est { $limit }.
error-label-long = La partie de domaine « { $label } » dépasse { $limit } caractères.
error-no-dot = Le domaine a besoin d'un point, comme example.com.
error-invalid-domain = « { $domain } » n'est pas un domaine valide : { $reason }.
error-domain-empty-part = il a une partie vide entre deux points
error-domain-punctuation = il contient une ponctuation interdite dans un domaine
error-domain-invalid-idn = ce n'est pas un nom de domaine internationalisé valide
error-domain-idn-unsupported = les noms de domaine internationaux ne peuvent pas être convertis ici
error-domain-edge-hyphen = une partie ne peut ni commencer ni finir par un trait d'union
error-domain-characters = il contient des caractères interdits dans un domaine
error-ip-literal = Les adresses avec une adresse IP au lieu d'un domaine ne peuvent pas être configurées dans un logiciel de messagerie.
error-address-long = L'adresse entière fait { $length } caractères ; la limite est { $limit }.

## Pourquoi une requête au proxy de test a échoué (selon le code d'erreur du proxy)
request-no-proxy = Cette page n'est reliée à aucun proxy de test.
request-unreachable = Le proxy de test est injoignable. Vérifiez votre connexion et réessayez.
request-status = Le proxy de test a répondu par une erreur (HTTP { $status }).
request-bad-answer = La réponse du proxy de test est illisible.
request-ended = Le proxy de test a arrêté le test avant la fin. Réessayez.
refusal-invalid-request = Le proxy de test n'a pas compris la requête.
refusal-invalid-host = Ce n'est pas un nom de serveur que le proxy de test peut tester.
refusal-resolve-failed = Ce nom de serveur n'a pas d'adresse.
refusal-target-not-allowed = Le proxy de test ne se connecte pas à cette adresse : elle est privée ou réservée.
refusal-port-not-allowed = Le proxy de test ne teste pas ce port.
refusal-too-many-ports = Un test vérifie six ports au plus.
refusal-invalid-login = Le test de connexion ne peut pas se faire avec ces valeurs : vérifiez le nom d'utilisateur ; un message de test ne part que vers votre propre adresse.
refusal-busy = Le proxy de test est occupé. Réessayez dans quelques secondes.
refusal-client-busy = Vos tests précédents sont encore en cours. Réessayez quand ils seront terminés.
refusal-rate-limited = Vous avez lancé beaucoup de tests en peu de temps. Attendez une minute, puis réessayez.
refusal-target-rate-limited = Ce serveur a déjà été testé plusieurs fois dans la dernière minute. Réessayez dans une minute.
refusal-login-rate-limited = Il y a eu trop de tests de connexion pour ce compte ou ce serveur à l'instant. Réessayez plus tard.
refusal-too-large = La requête était trop grande pour le proxy de test.
refusal-body-timeout = La requête est arrivée trop lentement au proxy de test. Réessayez.
refusal-cross-site = Le proxy de test n'accepte pas les tests lancés depuis ce site.
refusal-unknown-domain = Aucun réglage n'est fourni ici pour ce domaine.
refusal-login-not-allowed = Ce proxy de test ne fait pas de tests de connexion.
refusal-store-unavailable = Le proxy de test ne peut pas vérifier ses limites pour le moment, il ne lance donc aucun test. Réessayez dans quelques secondes.
refusal-other = Le proxy de test a refusé la requête.

## Pourquoi un certificat n'est pas fiable
cert-problem-unknown-issuer = émis par une autorité non reconnue
cert-problem-expired = expiré
cert-problem-not-valid-yet = pas encore valable
cert-problem-not-valid-for-name = pas valable pour ce nom de serveur
cert-problem-bad-signature = signature invalide
cert-problem-revoked = révoqué
cert-problem-bad-encoding = certificat illisible
cert-problem-not-for-servers = non destiné aux serveurs
cert-problem-ca-used-as-server = un certificat d'autorité utilisé comme celui du serveur
cert-problem-server-used-as-ca = un certificat de serveur utilisé comme autorité
cert-problem-chain-too-long = la chaîne d'autorités est trop longue
cert-problem-none-checked = aucun certificat n'a été vérifié
cert-problem-other = refusé par les contrôles du certificat

## Pourquoi une négociation TLS a échoué
tls-problem-invalid-name = le nom du serveur n'est pas utilisable pour TLS
tls-problem-no-certificate = le serveur n'a présenté aucun certificat
tls-problem-too-large = le serveur a envoyé un message TLS plus grand que ce qu'acceptent les logiciels (par exemple une énorme chaîne de certificats)
tls-problem-not-tls = le serveur n'a pas répondu en TLS
tls-problem-malformed = le serveur a envoyé un message TLS mal formé
tls-problem-old-version = le serveur ne parle aucune version de TLS qu'acceptent les logiciels actuels (TLS 1.2 ou 1.3)
tls-problem-no-common-cipher = le serveur et les logiciels actuels n'ont aucun chiffrement en commun
tls-problem-alert = le serveur a interrompu la négociation
tls-problem-misbehaved = le serveur n'a pas respecté le protocole TLS
tls-problem-other = la négociation n'a pas abouti

## L'accès : comment chaque logiciel se connecte
way-in-sign-in = son propre bouton « Se connecter avec { $name } » : rien à créer ni à taper
way-in-app-password = un mot de passe d'application de { $provider }
way-in-password = votre mot de passe { $provider }
way-in-enable-first = votre mot de passe { $provider }, une fois l'accès des logiciels de messagerie activé
way-in-bridge = le Bridge { $provider } sur le même ordinateur, avec le mot de passe qu'il affiche
way-in-api-key = une clé d'API ou un identifiant SMTP, nom d'utilisateur { $user }
way-in-not-here-bridge = impossible : le Bridge { $provider } fonctionne sur un ordinateur
way-in-not-here-sign-in = impossible : { $provider } n'accepte que sa propre connexion, qui manque à ce logiciel
way-in-not-here-service = pas pour les logiciels de messagerie : { $provider } envoie pour les applications et les serveurs
way-in-no-access = impossible : { $provider } ne laisse entrer aucun logiciel

## Pourquoi un serveur est à sa place dans la liste
why-plain = Non chiffré : votre mot de passe et votre courrier voyagent lisibles par tous. À éviter.
why-implicit-465 = Chiffré dès le premier octet (SSL/TLS). La RFC 8314 le préfère pour l'envoi du courrier.
why-submission-587 = Le port de soumission habituel : la connexion passe au chiffrement (STARTTLS) avant l'identification.
why-relay-25 = Le port 25 sert aux serveurs qui se relaient le courrier ; les fournisseurs d'accès le bloquent souvent. À n'utiliser que si rien d'autre ne marche.
why-implicit = Chiffré dès le premier octet (SSL/TLS) sur le port { $port }.
why-starttls = Passe au chiffrement avec STARTTLS sur le port { $port }.
why-guessed = Une supposition d'après les noms habituels ; testez-la avant de vous y fier. { $reason }
why-srv = Publié par le domaine dans ses enregistrements SRV. { $reason }
why-autoconfig = Publié par le domaine dans son fichier autoconfig. { $reason }
why-tested = Testé à l'instant : ça marche. { $reason }

## Indications des fournisseurs, traduites de leurs données (clé : provider-hint- et la valeur FNV-1a du texte anglais ; l'anglais est dans shared/providers)
provider-hint-bfdfa219 = Les serveurs de WorkMail dépendent de la région AWS de votre organisation (USA Est, USA Ouest ou Europe). Si nous n'avons pas pu la déterminer, demandez à la personne qui a configuré WorkMail, ou consultez la région dans la console WorkMail.
provider-hint-aab996f1 = Amazon a annoncé la fin de WorkMail : après le 31 mars 2027, ses boîtes aux lettres ne seront plus accessibles. Prévoyez de migrer vers un autre hébergeur d'ici là.
provider-hint-7725fcf1 = AOL refuse votre mot de passe habituel dans les logiciels de messagerie. Dans « Infos du compte » → « Sécurité du compte », choisissez « Générer un mot de passe d'application » et utilisez ce code à la place.
provider-hint-752aed63 = AT&T n'accepte pas le mot de passe de votre compte dans les logiciels de messagerie. Créez une Secure Mail Key dans les paramètres de connexion de votre compte AT&T (une par logiciel) et saisissez-la comme mot de passe.
provider-hint-310a0d42 = Les logiciels de messagerie exigent un mot de passe d'application, sauf s'ils proposent « Sign in with Fastmail ». Créez-en un dans « Settings » → « Privacy & Security » avec accès au courrier (IMAP/POP/SMTP) et collez-le sans espaces.
provider-hint-334b9e1b = Connectez-vous avec l'adresse utilisée lors de votre inscription, même si le compte envoie depuis un alias ou depuis votre propre domaine.
provider-hint-35edc15d = Votre mot de passe Google habituel ne fonctionnera pas dans un logiciel de messagerie. Choisissez « Se connecter avec Google » (OAuth2) si le logiciel le propose, ou bien activez la validation en deux étapes et créez un mot de passe d'application pour ce logiciel.
provider-hint-9f8dd0ff = Gmail limite le nombre de messages et de destinataires qu'un compte peut envoyer par jour ; les envois en masse nécessitent un service d'envoi dédié.
provider-hint-f83ade82 = Activez d'abord l'accès POP3/IMAP dans les paramètres du webmail GMX ; tant que ce n'est pas fait, les logiciels de messagerie sont refusés.
provider-hint-e678ff2f = Si l'authentification à deux facteurs est activée, créez un mot de passe spécifique à l'application dans les options de sécurité de GMX et utilisez-le dans le logiciel de messagerie.
provider-hint-e0712f42 = Activez d'abord l'accès POP3/IMAP dans les paramètres du webmail GMX ; tant que ce n'est pas fait, les logiciels de messagerie sont refusés. Sur un téléphone, cette option peut n'apparaître que dans la version pour ordinateur du site.
provider-hint-d339081e = Si l'authentification à deux facteurs est activée, créez un mot de passe spécifique à l'application dans les paramètres de sécurité de GMX et utilisez-le dans le logiciel de messagerie.
provider-hint-6d036011 = Votre mot de passe habituel ne fonctionnera pas dans un logiciel de messagerie. Choisissez « Se connecter avec Google » (OAuth2) si le logiciel le propose ; sinon, activez la validation en deux étapes et créez un mot de passe d'application. Le nom d'utilisateur est toujours votre adresse professionnelle complète.
provider-hint-91594ff3 = Depuis mars 2025, Google Workspace ne permet plus aux logiciels de se connecter avec le seul mot de passe du compte (« applications moins sécurisées »). Les anciens logiciels sans connexion Google nécessitent un mot de passe d'application.
provider-hint-a38bd0a3 = L'administrateur de votre organisation contrôle l'accès : IMAP et POP peuvent être désactivés, les mots de passe d'application bloqués, et certains logiciels de messagerie peuvent ne pas être autorisés à utiliser la connexion Google. Si des informations correctes sont refusées, adressez-vous à votre administrateur.
provider-hint-c964d05e = HEY ne fonctionne que dans ses propres applications et son webmail : il n'existe aucun serveur SMTP ou IMAP pour les logiciels de messagerie, les scripts ou les appareils. Pour envoyer depuis un logiciel, utilisez une autre boîte aux lettres ou un service d'envoi.
provider-hint-0c2f8565 = Les logiciels de messagerie exigent un mot de passe pour app. Activez l'identification à deux facteurs pour votre compte Apple, créez le mot de passe sous « Connexion et sécurité » → « Mots de passe pour app », puis utilisez-le à la place du mot de passe de votre compte Apple.
provider-hint-098b65f0 = Les deux noms d'utilisateur diffèrent : pour la réception (IMAP), saisissez uniquement la partie avant le @ ; pour l'envoi (SMTP), saisissez l'adresse complète. Si IMAP refuse le nom court, essayez l'adresse complète.
provider-hint-eb5c6333 = Vous utilisez votre propre domaine avec iCloud+ ? Conservez ces serveurs, mais connectez-vous avec votre adresse iCloud Mail (celle qui se termine par @icloud.com, @me.com ou @mac.com), et non avec l'adresse de votre domaine personnalisé.
provider-hint-b3f64da9 = Interia n'accepte les logiciels de messagerie qu'une fois leur accès (IMAP/POP3) activé dans vos paramètres Interia Poczta ; faites-le d'abord dans le webmail, puis utilisez votre adresse complète et votre mot de passe.
provider-hint-9f7a3eeb = Mail.ru exige dans les logiciels de messagerie un mot de passe distinct, le « password for external applications ». Créez-le dans les paramètres de sécurité du compte et utilisez-le à la place de votre mot de passe habituel.
provider-hint-39f06fb7 = Si l'authentification à deux facteurs est activée, créez un mot de passe d'application e-mail (« Settings » → « Security ») pour le logiciel de messagerie ; il peut aussi être limité à IMAP ou à SMTP.
provider-hint-5b544d31 = Les logiciels de messagerie ne peuvent se connecter à Mailfence qu'avec une offre payante incluant l'accès IMAP et SMTP ; vérifiez quelles offres l'incluent dans la FAQ et la page des tarifs de Mailfence avant de configurer un logiciel.
provider-hint-6d6fef25 = IMAP et POP n'acceptent que « Se connecter avec Microsoft » (OAuth2). Il se peut aussi que votre organisation doive approuver le logiciel de messagerie avant que vous puissiez vous connecter.
provider-hint-a0eaa4e1 = L'envoi via smtp.office365.com nécessite SMTP AUTH, désactivé dans de nombreuses organisations. Un administrateur doit d'abord autoriser « SMTP authentifié » pour votre boîte aux lettres.
provider-hint-3b4cf7d0 = L'envoi avec un simple mot de passe est en voie de suppression : Microsoft prévoit de le désactiver par défaut pour les organisations existantes fin décembre 2026, puis de le supprimer ultérieurement. Utilisez OAuth2 lorsque c'est possible.
provider-hint-14383017 = Seuls les logiciels de messagerie qui proposent « Se connecter avec Microsoft » (OAuth2) peuvent se connecter. Le mot de passe de votre compte et les mots de passe d'application sont refusés, pour IMAP comme pour POP et SMTP.
provider-hint-58dc9ab6 = Microsoft a désactivé la connexion par mot de passe pour les comptes personnels le 16 septembre 2024. Un logiciel qui ne demande qu'un mot de passe continuera d'échouer : mettez-le à jour ou passez à un logiciel prenant en charge la connexion Microsoft.
provider-hint-6967f7f5 = L'envoi ne fonctionne que sur le port 587 avec STARTTLS ; Outlook.com ne propose pas de port 465.
provider-hint-f59c0ba3 = Créez dans les paramètres de Posteo un mot de passe d'application pour chaque logiciel de messagerie et utilisez-le dans ce logiciel à la place de votre mot de passe de connexion.
provider-hint-e9ac9be6 = Si l'option « additional email account protection » est activée, Posteo bloque entièrement IMAP, POP3 et SMTP ; désactivez-la pour utiliser un logiciel de messagerie.
provider-hint-9ea3a564 = Les boîtes aux lettres Proton sont chiffrées de bout en bout : les logiciels de messagerie ne peuvent donc pas joindre directement les serveurs de Proton. Avec une offre payante, installez Proton Mail Bridge sur le même ordinateur que le logiciel de messagerie et laissez-le fonctionner ; les serveurs indiqués ici sont ceux de Bridge (127.0.0.1). Utilisez le nom d'utilisateur et le mot de passe affichés par Bridge, et non votre mot de passe Proton, et vérifiez les ports affichés par Bridge : il en choisit d'autres si ceux-ci sont déjà utilisés. Bridge utilise son propre certificat, que le logiciel de messagerie peut vous demander d'accepter.
provider-hint-1622e885 = Pour une adresse sur votre propre domaine, avec une offre incluant la soumission SMTP, les applications et appareils peuvent aussi envoyer via smtp.protonmail.ch, port 587 (STARTTLS), avec un jeton SMTP créé pour cette adresse dans les paramètres Proton. Les adresses Proton personnelles ne peuvent pas l'utiliser, et votre mot de passe Proton n'y fonctionne pas.
provider-hint-9cf43109 = Un nouveau compte Runbox ne peut pas envoyer depuis un logiciel de messagerie tant que vous n'avez pas confirmé l'adresse secondaire indiquée lors de l'inscription (Runbox vous envoie un lien par e-mail) ou souscrit un abonnement payant ; d'ici là, l'envoi échoue avec une erreur de nom d'utilisateur ou de mot de passe.
provider-hint-6dd55239 = Activez d'abord le service IMAP4/SMTP dans les paramètres web de Sina Mail ; tant que ce n'est pas fait, les logiciels de messagerie sont refusés.
provider-hint-a0a0a090 = Sina Mail vous fournit alors un code d'autorisation client (客户端授权码) : saisissez-le comme mot de passe dans votre logiciel de messagerie, à la place de votre mot de passe Sina.
provider-hint-f76310ca = Les logiciels de messagerie exigent le mot de passe distinct « Passwort für E-Mail-Programme », et non votre mot de passe de connexion Telekom. Définissez-le dans Telekom Mail sous « Settings » → « Passwords », puis utilisez-le dans le logiciel.
provider-hint-77365cce = Tuta n'a pas de serveur SMTP ni IMAP : aucun logiciel de messagerie, script ou appareil ne peut donc envoyer depuis une adresse Tuta. Utilisez les applications de Tuta (ordinateur, Android, iOS) ou son webmail ; pour envoyer depuis un logiciel, utilisez une autre boîte aux lettres ou un service d'envoi.
provider-hint-99dd79ed = Vous pouvez transférer vers Tuta des copies du courrier reçu sur un autre compte, et Tuta peut avertir une autre adresse de l'arrivée de nouveaux messages ; aucune de ces options ne permet toutefois à un logiciel de messagerie d'envoyer depuis votre adresse Tuta.
provider-hint-2d92aca7 = Activez d'abord l'accès POP3/IMAP dans les paramètres du webmail WEB.DE ; tant que ce n'est pas fait, les logiciels de messagerie sont refusés.
provider-hint-3cf5eb6f = Si l'authentification à deux facteurs est activée, créez un mot de passe spécifique à l'application dans les paramètres de sécurité de WEB.DE et utilisez-le dans le logiciel de messagerie.
provider-hint-c45146b9 = Saisissez comme nom d'utilisateur uniquement la partie de votre adresse située avant le @. Si elle est refusée, essayez l'adresse complète.
provider-hint-3d796e2d = Yahoo refuse votre mot de passe habituel dans les logiciels de messagerie. Ouvrez « Infos du compte » → « Sécurité du compte », choisissez « Générer un mot de passe d'application » et saisissez ce code à la place de votre mot de passe (sauf si le logiciel propose « Sign in with Yahoo »).
provider-hint-681d0bd6 = Dans les paramètres de Yandex Mail, ouvrez « Mail clients » et autorisez l'accès via IMAP (et POP3 si nécessaire) avant de connecter un logiciel.
provider-hint-3d32ff9a = Yandex n'accepte pas le mot de passe de votre compte dans les logiciels de messagerie. Créez un mot de passe d'application de type « Mail » dans les paramètres de sécurité de votre Yandex ID et utilisez-le à la place.
provider-hint-44d690d6 = Chaque compte Zoho est hébergé dans un seul centre de données (États-Unis, Europe, Inde, Australie, Japon, Canada, Arabie saoudite ou Chine), avec ses propres noms de serveurs. Si nous n'avons pas pu déterminer le vôtre, regardez l'adresse web de Zoho Mail lorsque votre session est ouverte : mail.zoho.eu correspond aux serveurs .eu, mail.zoho.in aux serveurs .in, et ainsi de suite.
provider-hint-384cf61a = Activez l'accès IMAP (ou POP) dans Zoho Mail sous « Settings » → « Mail Accounts » avant de connecter un logiciel de messagerie.
provider-hint-de09a2af = Si l'authentification à deux facteurs est activée, créez un mot de passe spécifique à l'application dans « Zoho Accounts » → « Security » et utilisez-le à la place de votre mot de passe.
provider-hint-fb9be988 = Zoho attribue des serveurs distincts, smtppro… et imappro… (avec la terminaison de votre centre de données), aux comptes d'une organisation payante ; les comptes personnels utilisent smtp… et imap…. Une adresse sur votre propre domaine ne suffit pas à trancher : si smtp… refuse un mot de passe valide, essayez smtppro….
provider-hint-cc3c2f99 = Créez des identifiants SMTP dans la console SES (« SMTP settings ») pour la région depuis laquelle vous envoyez. Ce ne sont pas votre clé d'accès et votre clé secrète AWS : SES en dérive un nom d'utilisateur et un mot de passe SMTP distincts, et des identifiants créés pour une région ne fonctionnent pas dans une autre.
provider-hint-75d70a9e = Utilisez le point de terminaison de la région AWS où se trouvent vos identités SES (domaines et adresses vérifiés) : email-smtp. suivi du code de la région, puis de .amazonaws.com.
provider-hint-49af4216 = Dans les paramètres « SMTP & API » de Brevo, onglet « SMTP », copiez l'identifiant SMTP qui y est affiché (c'est le nom d'utilisateur) et générez une clé SMTP qui servira de mot de passe. Ni votre mot de passe Brevo ni une clé API ne fonctionnent ici.
provider-hint-6e1e5b9b = Les identifiants SMTP sont liés à un domaine d'envoi, et non à votre compte : dans Mailgun, ouvrez « Sending », puis « Domain settings », choisissez le domaine et ouvrez son onglet « SMTP credentials ». Le nom d'utilisateur est une adresse complète de ce domaine (souvent postmaster@ suivi du domaine) ; le mot de passe du panneau de configuration ne fonctionne pas.
provider-hint-7935f9f0 = Un compte Mailgun est situé soit aux États-Unis, soit dans l'UE, et chaque région a son propre hôte ; un compte d'une région ne peut pas envoyer via l'autre.
provider-hint-af572fad = Connectez-vous avec votre clé API Mailjet comme nom d'utilisateur et sa clé secrète comme mot de passe (toutes deux sous « Account settings », puis « API keys »), et envoyez depuis une adresse d'expéditeur ou un domaine que vous avez validé.
provider-hint-75523c71 = Utilisez le Server API token de votre serveur Postmark (« Server », puis « API Tokens ») à la fois comme nom d'utilisateur et comme mot de passe. Postmark ne propose que STARTTLS : il n'y a pas de port 465.
provider-hint-09790b89 = Les envois « Broadcast » (en masse) passent par un hôte distinct, smtp-broadcasts.postmarkapp.com ; l'hôte indiqué ici sert aux e-mails transactionnels.
provider-hint-9cf809e6 = Connectez-vous avec le nom d'utilisateur resend et l'une de vos clés API Resend comme mot de passe. Les e-mails ne sont envoyés que depuis un domaine que vous avez vérifié auprès de Resend.
provider-hint-735b7909 = Créez une clé API disposant au moins de l'autorisation « Mail Send » dans les paramètres de SendGrid. Le nom d'utilisateur est littéralement le mot apikey, écrit exactement ainsi ; le mot de passe est la clé.
provider-hint-63b7c356 = SendGrid n'envoie que depuis des adresses ou des domaines que vous avez vérifiés dans votre compte (« Sender Identity »).
provider-hint-7d9ae7b7 = Créez un utilisateur SMTP (nom et mot de passe) sous « Sending », puis « SMTP Users », et vérifiez les adresses d'expéditeur ou le domaine sous « Sending », puis « Verified Senders ». Vos identifiants de connexion SMTP2GO ne fonctionnent pas ici.
provider-hint-82c048c8 = SMTP2GO propose aussi des hôtes propres à une zone géographique (mail-us, mail-eu, mail-eu2 et mail-au sous smtp2go.com) pour les clients dont le courrier doit être traité dans une seule région.
provider-hint-8b885380 = Dans les paramètres du webmail NetEase, activez POP3/SMTP/IMAP avant d'ajouter l'adresse à un logiciel de messagerie.
provider-hint-ba2c8d3a = Ajoutez ensuite au même endroit un code d'autorisation client (客户端授权密码) et saisissez-le comme mot de passe dans votre logiciel de messagerie. Les comptes gratuits ne peuvent détenir que quelques codes à la fois.
provider-hint-cb3a0bed = Telstra Mail refuse votre mot de passe habituel dans les logiciels de messagerie. Connectez-vous au webmail de Telstra, ouvrez « Settings », puis « Accounts », générez un mot de passe spécifique à l'application pour le logiciel et collez-le dans celui-ci à la place.
provider-hint-44927a25 = Xfinity bloque les logiciels de messagerie tant que l'accès des programmes tiers n'est pas autorisé pour votre adresse comcast.net. La page d'aide d'Xfinity dont le lien figure ici indique où l'activer ; connectez-vous ensuite avec l'adresse complète.
provider-hint-403e71da = Daum Mail refuse les logiciels de messagerie tant que vous n'avez pas activé IMAP/SMTP : dans Daum Mail, sur un ordinateur, ouvrez « Settings », puis « IMAP/POP3 », activez IMAP/SMTP et enregistrez. Si la validation en deux étapes est activée, utilisez le mot de passe que Daum délivre à cet effet au lieu du vôtre.
provider-hint-127d33a1 = Les logiciels de messagerie ne peuvent utiliser une adresse mail.com qu'avec mail.com Premium. Les anciens comptes gratuits qui disposaient déjà d'IMAP le conservent.
provider-hint-cf2386b1 = Activez l'accès POP3/IMAP dans vos paramètres mail.com avant de configurer le logiciel de messagerie.
provider-hint-52e9b202 = Activez IMAP/SMTP dans les paramètres de Naver Mail (« Environment settings », puis « POP3/IMAP settings ») avant de configurer un logiciel de messagerie.
provider-hint-15b6b395 = Saisissez dans le logiciel de messagerie un mot de passe d'application, et non votre mot de passe Naver. Naver n'en crée que pour les comptes avec validation en deux étapes : activez-la dans les paramètres de sécurité de votre Naver ID, puis créez-y le mot de passe d'application.
provider-hint-36de722c = ssl0.ovh.net est le serveur des boîtes MX Plan d'OVHcloud (celles fournies avec son hébergement web). Les boîtes Email Pro et Exchange reçoivent via les mêmes hôtes MX, mais envoient via d'autres serveurs : reportez-vous au guide OVHcloud de votre offre.
provider-hint-291b9a7b = Activez d'abord le service IMAP/SMTP dans les paramètres web de QQ Mail (« Settings », puis « Account ») ; tant que ce n'est pas fait, les logiciels de messagerie sont refusés.
provider-hint-ff6a0f43 = Lorsque vous activez le service, QQ Mail vous fournit un code d'autorisation (授权码). Saisissez ce code comme mot de passe dans votre logiciel de messagerie ; votre mot de passe QQ n'y fonctionne pas.
provider-hint-ba5c60d2 = Activez l'accès des logiciels de messagerie dans les paramètres de Rambler Mail (mail.rambler.ru) avant de configurer un logiciel de messagerie.
provider-hint-b791b678 = Les adresses verizon.net sont désormais gérées par AOL Mail. Connectez-vous sur aol.com avec votre adresse verizon.net, créez un mot de passe d'application sous « Sécurité du compte » et saisissez-le dans votre logiciel de messagerie à la place de votre mot de passe.
provider-hint-f8172437 = Les anciens serveurs Verizon (incoming.verizon.net, outgoing.verizon.net) ne fonctionnent plus : utilisez les serveurs AOL indiqués ici.
provider-hint-fe34dccd = Ce fournisseur n'indique que des serveurs sortants non chiffrés. Votre mot de passe circulerait en clair ; demandez au fournisseur une option chiffrée (port 465 ou 587).
provider-hint-cf87ed07 = Activez l'accès des logiciels de messagerie (IMAP/POP) dans les paramètres du webmail du fournisseur avant de configurer un logiciel de messagerie.
provider-hint-b60610b0 = Chez l'hébergeur Aruba, l'IMAP est un service rattaché au domaine et renouvelé avec lui ; s'il expire, les logiciels configurés en IMAP ne peuvent plus se connecter.
provider-hint-5619dc09 = freenet refuse les logiciels de messagerie tant que vous ne les autorisez pas : connectez-vous à freenet Mail sur le Web, ouvrez les paramètres de la boîte aux lettres, repérez la section POP3/IMAP/SMTP, cochez la case qui active ces protocoles et enregistrez.
provider-hint-1e1539a9 = Utilisez le mot de passe de l'adresse e-mail elle-même, et non celui avec lequel vous vous connectez à l'Infomaniak Manager ou au webmail ; les deux sont distincts, même s'ils se ressemblent.
provider-hint-96f2cfdc = Infomaniak limite le nombre de messages qu'une adresse peut envoyer par 24 heures, de 100 à 1440 selon l'offre, et chaque destinataire (y compris en Cc et Cci) compte pour un message.
provider-hint-5e83e7ea = Nauta accepte au plus 20 destinataires par message ; scindez les envois plus importants.
provider-hint-2914be63 = Utilisez le mot de passe de messagerie de l'adresse @shaw.ca, et non votre mot de passe de connexion à MyRogers (Shaw). Le titulaire du compte le définit ou le modifie dans MyRogers (Shaw) : « Manage Internet », puis « Email Accounts ».
provider-hint-2c2bb518 = Une boîte aux lettres Telenet attribuée à un utilisateur a le même mot de passe que le login Telenet de cet utilisateur ; les boîtes aux lettres se créent et se gèrent dans Mijn Telenet.
provider-hint-8e315374 = Connectez-vous avec votre nom d'utilisateur TPG, c'est-à-dire le nom sous lequel votre compte TPG a été ouvert (en général la partie avant le @ de la première adresse que TPG vous a attribuée). Une adresse alias ne fait que transférer le courrier et ne permet pas de se connecter.
provider-hint-4bb7ddd8 = ukr.net bloque les logiciels de messagerie tant que vous n'avez pas autorisé l'accès IMAP pour les programmes externes dans les paramètres de votre boîte aux lettres sur le Web ; faites-le une fois avant d'ajouter l'adresse.
provider-hint-3cc8dd5d = Si la validation en deux étapes est activée pour votre boîte PEC, générez dans le webmail PEC un mot de passe dédié aux logiciels de messagerie et utilisez-le dans ces logiciels à la place de votre mot de passe habituel.
provider-hint-bd87d148 = Le serveur sortant de Spectrum attend du SSL/TLS dès le premier octet sur le port 587, et non le STARTTLS que la plupart des serveurs utilisent sur ce port. Si votre logiciel associe de lui-même 587 à STARTTLS, passez-le en SSL/TLS.
provider-hint-dd528448 = Ajoutez l'adresse comme compte IMAP : d'après l'aide de Spectrum, sa messagerie se configure en IMAP.
provider-hint-0f6aa87e = Sky Yahoo Mail refuse le mot de passe de votre Sky iD dans les logiciels de messagerie. Connectez-vous avec votre Sky iD sur la page de Sky consacrée à la gestion de l'accès des applications, générez un mot de passe d'application et saisissez-le dans le logiciel à la place.
provider-hint-d2863d15 = Depuis mai 2024, Xtra Mail est un abonnement Spark payant, géré dans MySpark sous « Subscriptions ». S'il est résilié, toutes les adresses Xtra du compte cessent de fonctionner après la prochaine date de facturation.
provider-hint-cce2b1eb = Les serveurs de messagerie d'EOLO n'acceptent que les connexions venant d'Italie : depuis l'étranger, un logiciel de messagerie ne peut ni relever ni envoyer vos e-mails ngi.it.
provider-hint-3eb6cb8e = Connectez-vous avec l'adresse principale de votre compte Mailo : vous pouvez envoyer depuis un alias, mais un alias ne fonctionne pas comme nom d'utilisateur.
provider-hint-f85ff1aa = Free désactive par défaut l'envoi depuis les logiciels de messagerie. Sur la page de gestion de votre adresse Free, ouvrez le réglage « Gestion du SMTP authentifié » et activez-le avant de configurer le logiciel.
provider-hint-b298230f = Les logiciels de messagerie n'acceptent pas le mot de passe de votre Swisscom Login. Utilisez votre adresse Bluewin comme nom d'utilisateur et le mot de passe e-mail Bluewin distinct, que vous trouverez dans My Swisscom.
provider-hint-5e3e0bdb = OK.de n'accepte les logiciels de messagerie qu'une fois l'accès IMAP/POP activé dans les paramètres du webmail OK.de. Faites-le d'abord, puis utilisez votre adresse et votre mot de passe.
provider-hint-fa66dcee = Les logiciels de messagerie se connectent à Thundermail avec un mot de passe d'application : définissez-en un dans les paramètres de messagerie de votre compte Thundermail et utilisez-le à la place du mot de passe de votre compte.
provider-hint-920f7b86 = WP Poczta refuse les logiciels de messagerie tant que leur accès (IMAP, POP3 et SMTP) n'est pas activé dans les paramètres de WP Poczta. Faites-le d'abord dans le webmail, puis utilisez votre adresse complète et votre mot de passe.
provider-hint-52e66a12 = Utilisez comme nom d'utilisateur votre identifiant GWDG (le nom du compte), et non votre adresse e-mail. Il diffère souvent de la partie qui précède le @.
provider-hint-e43cbc64 = Si votre adresse complète est refusée comme nom d'utilisateur, essayez seulement la partie qui précède le @.
provider-hint-150f51d4 = Vivaldi n'ouvre la messagerie qu'aux comptes qui ont acquis une certaine réputation dans la communauté Vivaldi. Tant que le webmail vous reste fermé, les logiciels de messagerie le sont aussi.
provider-hint-ccd67e03 = Utilisez le même mot de passe que pour Moodle et Abitur-Online de l'établissement.
provider-hint-c0935fc0 = Connectez-vous avec votre adresse e-mail CenturyLink complète et son mot de passe de messagerie. Ce ne sont pas les identifiants de votre compte en ligne « My CenturyLink ».
provider-hint-c95b2411 = Les logiciels de messagerie exigent un mot de passe d'application pour l'e-mail, et non votre mot de passe habituel. Connectez-vous à « My Virgin Media » avec votre Virgin Media O2 ID et créez-en un sous « Account settings », « ID settings », « Manage your products », « Manage email app password ».
provider-hint-035005a2 = Avant d'ajouter l'adresse à un logiciel de messagerie, connectez-vous sur mail.gov.in et cochez « IMAP Access » sous « Settings », « Mail Accounts » ; si cette option manque, l'administrateur de votre service doit d'abord autoriser IMAP. Si l'authentification à deux facteurs est activée, utilisez un mot de passe propre à l'application à la place de votre mot de passe.
provider-hint-2dbe3f9d = Les logiciels de messagerie se connectent avec une clé IMAP/SMTP au lieu de votre mot de passe Countermail. Seuls les comptes premium en ont une : elle figure sous « Settings » → « Security and Keys ».
provider-hint-f76e6a54 = Les logiciels de messagerie n'acceptent pas le mot de passe de votre compte StartMail. Dans les paramètres web de StartMail, ajoutez chaque logiciel comme appareil de confiance et saisissez le mot de passe IMAP que StartMail crée pour lui.
provider-hint-36821d8f = Mweb accepte au plus 25 destinataires par message et environ 400 messages par heure, de 35 Mo chacun au maximum ; répartissez les envois plus importants en petits lots.
provider-hint-a7006177 = o2 Poczta refuse les logiciels de messagerie tant que leur accès n’est pas activé dans les paramètres d’o2 Poczta. Activez-le d’abord dans la messagerie web, puis connectez-vous avec votre adresse complète et votre mot de passe.
provider-hint-139f2ada = J:COM ne conserve les messages sur son serveur de messagerie que 60 jours : enregistrez ailleurs une copie de tout ce dont vous avez besoin plus longtemps.
provider-hint-ea18f089 = Les serveurs de messagerie d'ASAHI Net demandent votre identifiant ASAHI Net et son mot de passe, pas votre adresse e-mail. L'identifiant n'est la partie avant le @ que pour les adresses en @asahi-net.or.jp ; sinon, vous le trouverez dans les documents de votre abonnement.
provider-hint-e434ed62 = Les logiciels de messagerie demandent un forfait payant chez Forward Email : SMTP, IMAP et POP3 sont réservés aux clients payants, le forfait gratuit se contente de transférer le courrier.
provider-hint-58b9de83 = Les logiciels de messagerie prennent un mot de passe généré pour l'alias, pas celui de votre compte Forward Email : dans My Account, Domains, Aliases, choisissez « Generate Password » à côté de l'adresse et utilisez-le avec l'adresse complète comme nom d'utilisateur.
provider-hint-fd70e63c = Avant d'envoyer, configurez les enregistrements d'envoi du domaine (My Account, Domains, Settings, Outbound SMTP Configuration) ; Forward Email valide ensuite chaque domaine à la main pour l'envoi, en général en moins d'une journée.
provider-hint-b1c5903d = Par le serveur SMTP de Forward Email, chaque utilisateur et chaque domaine peut envoyer 300 messages par jour ; s'il vous en faut plus, demandez à son assistance.
provider-hint-f45b3bb3 = Si le mot de passe distinct pour les clients tiers est activé pour votre boîte Alibaba Mail, un logiciel de messagerie a besoin de ce mot de passe généré au lieu de votre mot de passe de connexion.
provider-hint-3423acb9 = Les boîtes achetées sur le site international d'Alibaba Cloud utilisent les serveurs de ce site, par exemple smtp.sg.aliyun.com pour Singapour, et non smtp.qiye.aliyun.com.
provider-hint-20bea1fb = Variomedia bloque automatiquement l'envoi depuis une boîte lorsque plus d'un quart des messages qu'elle a envoyés, au-delà de 150, ne peuvent pas être distribués (plus d'un dixième au-delà de 1 000). Retirez les adresses invalides de votre liste, puis demandez au support de Variomedia de débloquer la boîte.
provider-hint-df83b648 = Inbox.lv refuse les logiciels de messagerie tant que vous n'avez pas activé l'accès : dans le webmail, ouvrez les Options, puis la page du transfert, des logiciels de messagerie et des alertes SMS, et activez l'accès externe POP3/IMAP et SMTP.
provider-hint-e5845ca6 = À l'activation de l'accès, Inbox.lv affiche un mot de passe distinct, généré pour l'occasion : saisissez-le dans le logiciel de messagerie, avec votre adresse complète comme nom d'utilisateur. Chaque nouvelle activation de l'accès vous donne un nouveau mot de passe.
provider-hint-bba3d6e5 = Une boîte Inbox.lv gratuite peut envoyer au plus 15 messages par heure ; au-delà, ou si l'accès des logiciels de messagerie reste inutilisé pendant deux mois, l'accès est de nouveau désactivé.
provider-hint-7fed0227 = Mail.ee refuse les logiciels de messagerie tant que vous n'avez pas activé l'accès externe POP3/IMAP et SMTP dans les réglages du webmail mail.ee. Connectez-vous ensuite avec votre adresse complète.
provider-hint-45f094c1 = Mail.ee permet d'envoyer au plus 15 messages par heure ; au-delà, ou si l'accès des logiciels de messagerie reste inutilisé pendant deux mois, l'accès est de nouveau désactivé.
