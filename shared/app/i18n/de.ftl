# mailsetup auf Deutsch. Folgt en.ftl: dieselben Nachrichten, dieselben Variablen.
# Menü- und Feldnamen der Mailprogramme so, wie die deutschen Fassungen sie zeigen.

## Kopf, Fuß, Sprache

header-tagline = Funktionierende Einstellungen für ausgehende Mail (SMTP) zu jeder Adresse, live geprüft.
static-title = mailsetup: funktionierende SMTP-Einstellungen für jede E-Mail-Adresse
static-description = Geben Sie Ihre E-Mail-Adresse ein: SMTP-Server, Port, Verschlüsselung und Anmeldung Ihres Anbieters, die Schritte für Ihr Mailprogramm und ein Live-Test der Einstellungen.
static-loading = Die Einstellungssuche wird geladen…
static-noscript = mailsetup braucht JavaScript und WebAssembly.
static-panic-title = Etwas ist schiefgegangen
static-panic-text = Die Seite ist auf einen internen Fehler gestoßen und hat angehalten. Laden Sie sie neu, um von vorn zu beginnen; die eingegebene Adresse bleibt im Link erhalten.
footer-data = Anbieterdaten: eigene Recherche von mailsetup, Thunderbirds ISPDB und die Anbieterhinweise von Delta Chat (beide MPL-2.0).
footer-privacy = Nichts, was Sie eintippen, verlässt diese Seite, bevor Sie einen Knopf drücken, der das sagt.
language-switch = Sprache
title-provider = SMTP-Einstellungen für { $provider }, geprüft – { $brand }
title-domain = SMTP-Einstellungen für { $domain } – { $brand }
title-start = { $brand }: funktionierende SMTP-Einstellungen für jede E-Mail-Adresse

## Aufzählungen

list-and = { $first } und { $last }
list-or = { $first } oder { $last }

## Das Adressfeld und der Anfang

address-region = E-Mail-Adresse
address-label = Ihre E-Mail-Adresse oder Domain
address-keep-typing = Schreiben Sie weiter …
address-did-you-mean = Meinten Sie
address-did-you-mean-end = ?
address-keep-text = Nein, { $text } stimmt
address-idn = { $unicode } (im DNS und in Mailprogrammen, die es brauchen, { $ascii } geschrieben)
intro-lead = Geben Sie Ihre Adresse ein: Sie sehen Server, Port, Verschlüsselung und Anmeldung Ihres Anbieters für ausgehende Mail, mit Schritten für Ihr Mailprogramm und einem Live-Test.
intro-try = Zum Ausprobieren:

## Kopieren

copy = Kopieren
copy-done = Kopiert
copy-failed = Bitte markieren und selbst kopieren
copy-field = { $field } kopieren
download = Herunterladen

## Ansagen für Screenreader

announce-finished = Test beendet. { $summary }
announce-answer = { $provider }: { $host } Port { $port }, { $security }
announce-no-smtp = { $provider }: kein SMTP-Zugang
announce-did-you-mean = Meinten Sie { $suggestion }?
testing = Wird getestet …

## Die Antwortkarte

status-ok = Klappt mit Ihrem Passwort
status-sign-in = Mit { $name } anmelden
status-app-password = Erst ein App-Passwort
status-enable = Erst den Zugriff einschalten
status-api-key = Erst ein API-Schlüssel
status-bridge = { $provider } Bridge auf Ihrem Computer
status-not-here = Nicht in diesem Programm
status-no-client-access = Kein SMTP-Zugang
status-guess = Vermutung: bitte testen
no-smtp = Dieser Anbieter bietet kein SMTP: Kein Mailprogramm, keine App und kein Server kann darüber senden, es gibt also nichts einzurichten oder zu testen. Nutzen Sie seine eigenen Apps und sein Webmail.
region-label = Rechenzentrum:
region-main = Weiß nicht (das Haupt-Rechenzentrum)
card-server = Server
card-port = Port
card-security = Verschlüsselung
card-user-name = Benutzername
card-password = Passwort
card-copy-server = Servernamen kopieren
card-copy-user = Benutzernamen kopieren
card-copy-all = Alle Einstellungen kopieren
auth-password = Normales Passwort
auth-password-encrypted = Verschlüsseltes Passwort (CRAM-MD5)
auth-app-password = App-Passwort
auth-api-key = API-Schlüssel oder SMTP-Zugangsdaten des Dienstes
auth-oauth2 = OAuth2 (Anmeldung beim Anbieter)
auth-ntlm = NTLM
auth-gssapi = Kerberos / GSSAPI
auth-client-certificate = TLS-Client-Zertifikat
auth-client-ip = Keine (nach Netzwerkadresse)
auth-none = Keine
test-start = Diese Einstellungen testen
test-again = Erneut testen
proof-works-word = Klappt
proof-works = — { $host } Port { $port }, eben { $from } getestet.
proof-also =
    { $count ->
        [one] Port { $ports } klappt auch.
       *[other] Die Ports { $ports } klappen auch.
    }
proof-fails-word = Hat nicht geklappt
proof-unchecked-word = Nicht geprüft:
proof-fails = { $from }: { $summary }
scope = Verbindet sich mit { $targets } und geht bis zur Anmeldung, ohne sich anzumelden oder Mail zu senden.
scope-target =
    { $count ->
        [one] { $host } auf Port { $ports }
       *[other] { $host } auf den Ports { $ports }
    }
scope-and-to = {" "}und mit{" "}
from-this-computer = von diesem Computer aus
from-place = von { $place } aus
from-proxy-network = aus dem Netz des Proxys
audience-local = der Prüf-Proxy auf diesem Computer
audience-place = der Prüf-Proxy bei { $place } (vom Betreiber dieser Website betrieben)
audience-operator = der Prüf-Proxy dieser Website (von ihrem Betreiber betrieben)
no-test-no-proxy = Der Live-Test braucht den Prüf-Proxy, mit dem diese Seite nicht verbunden ist. Starten Sie ihn selbst mit `cargo xtask serve` (oder `probe-proxy serve`) und öffnen Sie die Seite, die er ausliefert.
no-test-checking = Prüf-Proxy wird abgefragt …
no-test-unavailable = Der Prüf-Proxy ist gerade nicht erreichbar, deshalb können diese Einstellungen hier nicht getestet werden.
no-test-ports = Dieser Proxy testet die Ports dieser Einstellungen nicht.

## Der erste Schritt

first-step-link = Anleitung Schritt für Schritt
first-step-minutes =
    { $minutes ->
        [one] etwa 1 Minute
       *[other] etwa { $minutes } Minuten
    }
first-step-count =
    { $count ->
        [one] Der eine Schritt
       *[other] Die { $count } Schritte
    }
first-app-password = Erst ein App-Passwort erstellen
first-app-password-1 = Öffnen Sie die Anleitung und melden Sie sich bei Ihrem { $provider }-Konto an.
first-app-password-2 = Falls verlangt, schalten Sie zuerst die Bestätigung in zwei Schritten ein: App-Passwörter setzen sie voraus.
first-app-password-3 = Erstellen Sie ein App-Passwort, benannt nach Ihrem Mailprogramm, und kopieren Sie es.
first-app-password-4 = Nutzen Sie es als Passwort hier und in Ihrem Mailprogramm, nicht Ihr normales Passwort.
first-enable = Erst den Zugriff für Mailprogramme einschalten
first-enable-1 = Melden Sie sich im Webmail von { $provider } an und öffnen Sie die Einstellungen.
first-enable-2 = Schalten Sie den Zugriff für Mailprogramme ein (IMAP, POP oder SMTP), wie die Anleitung zeigt.
first-enable-3 = Speichern, dann unten testen.
first-sign-in-3 = Erlauben Sie dem Programm den Zugriff: Die Servereinstellungen trägt es selbst ein. Vorher ist nichts zu erstellen.
first-sign-in-2 = Melden Sie sich auf der Seite von { $name } an, die sich öffnet, mit Passwort und – falls eingerichtet – zweitem Schritt.
first-sign-in-1 = Fügen Sie in { $program } Ihr Konto hinzu: Es bietet die Anmeldung mit { $name } an.
first-sign-in = In { $program } mit { $name } anmelden
first-bridge = Erst die Bridge des Anbieters installieren
first-bridge-1 = Installieren Sie das Bridge-Programm von { $provider } auf diesem Computer.
first-bridge-2 = Melden Sie sich darin an: Es zeigt Server, Port, Benutzernamen und Passwort für Ihr Mailprogramm.
first-bridge-3 = Tragen Sie diese Werte in Ihr Mailprogramm ein: Die Bridge verschickt Ihre Mail.
first-api-key-3 = Verwenden Sie in Ihrer App oder auf Ihrem Server den hier gezeigten Benutzernamen und den Schlüssel als Passwort.
first-api-key-2 = Erstellen Sie einen Schlüssel oder SMTP-Zugang, der Mail senden darf, und kopieren Sie ihn: Er wird nur einmal angezeigt.
first-api-key-1 = Melden Sie sich bei { $provider } an und öffnen Sie die Einstellungen für API-Schlüssel oder SMTP.
first-api-key = Erst einen API-Schlüssel erstellen
first-retiring = Die Anmeldung mit Passwort läuft aus
first-retiring-1 = Richten Sie das Konto mit der eigenen Anmeldung von { $provider } (OAuth2) ein, wo Ihr Mailprogramm sie anbietet.
first-retiring-2 = Halten Sie die Anleitung bereit: Anmeldungen mit Passwort enden, wann der Anbieter es festlegt.

## Anleitungen: Programme, der schnelle Weg, der Rahmen

client-thunderbird = Thunderbird
client-outlook = Outlook (klassisch)
client-new-outlook = Neues Outlook
client-gmail-send-as = Gmail „Senden als“
client-apple-mail = Apple Mail (Mac)
client-ios = iPhone / iPad
client-android-gmail = Android (Gmail-App)
client-thunderbird-android = Thunderbird für Android
client-other = Anderes Programm
guides-title = Einrichten, Schritt für Schritt
guides-program = Mailprogramm:
guides-program-list = Mailprogramm
guides-steps = Die Schritte
rooms-label = Mehr auf dieser Seite
room-person-tab = Einrichten
room-developers-tab = Entwickler
room-owner-tab = Domaininhaber
room-developers = Für Entwickler und Admins
room-developers-what = Alle Server, Dateien, Code, Testbefehle, Versanddienste
room-owner = Für den Inhaber von { $domain }
room-owner-what = Dateien und DNS-Einträge, mit denen sich Mailprogramme selbst einrichten; diese Seite in Ihrem Hilfeportal
guides-steps-by-hand = Oder von Hand eingeben
profile-title = Der schnelle Weg: ein Profil, das alles einrichtet
profile-ios = Öffnen Sie diese Seite auf dem iPhone oder iPad in Safari und tippen Sie auf die Schaltfläche unten. Öffnen Sie dann die Einstellungen: Oben erscheint „Profil geladen“ (oder unter Allgemein → VPN und Geräteverwaltung). Tippen Sie darauf und dann auf „Installieren“; dort wird das Passwort abgefragt.
profile-mac = Laden Sie das Profil herunter und öffnen Sie es. Öffnen Sie dann die Systemeinstellungen, suchen Sie es unter Allgemein → Geräteverwaltung (in älteren macOS-Versionen: Datenschutz & Sicherheit → Profile) und installieren Sie es dort; dabei wird das Passwort abgefragt.
profile-unsigned = { $system } kennzeichnet das Profil als „Nicht signiert“ oder „Nicht überprüft“. Das heißt nur, dass kein Zertifikat einer Firma für die Datei bürgt: Diese Seite hat sie für Ihre Adresse auf Ihrem Gerät erstellt, und sie enthält kein Passwort. Prüfen Sie vor der Installation, dass sie { $host } nennt.
profile-qr = Am Computer? Scannen Sie diesen Code mit der Kamera des iPhones, um diese Seite dort zu öffnen.
guide-title = { $address } in { $program } einrichten
quick-ios = Der schnelle Weg: Einstellungen → Apps → Mail → Mail-Accounts → Account hinzufügen → { $name }, und als { $address } anmelden. Das iPhone richtet alles selbst ein.
quick-apple-mail = Der schnelle Weg: Mail → Account hinzufügen → { $name }, und als { $address } anmelden. Mail richtet alles selbst ein.
quick-thunderbird = Der schnelle Weg: Bestehendes E-Mail-Konto mit Ihrem Namen und { $address } hinzufügen, das Passwort leer lassen und Thunderbird die Einstellungen suchen lassen; es öffnet die Anmeldeseite von { $name }. Keine Servereinstellungen zum Eintippen.
quick-thunderbird-android = Der schnelle Weg: Konto mit { $address } hinzufügen; Thunderbird findet die Einstellungen und bietet die Anmeldung mit { $name } an. Keine Servereinstellungen zum Eintippen.
quick-android-gmail-google = Ihr Gmail-Konto ist schon da: Die Gmail-App sendet damit.
quick-android-gmail = Der schnelle Weg: Gmail-App → Ihr Profilbild → Weiteres Konto hinzufügen → { $name }, und als { $address } anmelden.
quick-outlook = Der schnelle Weg: Konto nur mit { $address } hinzufügen; Outlook erkennt { $name } und öffnet dessen Anmeldeseite.

## Anleitungen: Hinweise

guide-note-app-password = Erstellen Sie zuerst ein App-Passwort bei { $provider } (der erste Schritt oben zeigt, wie); Ihr normales Passwort wird abgelehnt.
guide-note-guessed = Diese Server sind Vermutungen nach den üblichen Namen; testen Sie sie unten, bevor Sie sich darauf verlassen.
guide-note-api-key = { $provider } ist ein Versanddienst für Apps und Server: Der Benutzername ist { $user }, das Passwort ein API-Schlüssel oder SMTP-Zugang, den Sie in seinen Einstellungen erstellen.
guide-note-bridge = { $provider } erreicht Mailprogramme über seine Bridge auf diesem Computer: Installieren Sie sie, melden Sie sich darin an und verwenden Sie den Benutzernamen und das Passwort, die sie anzeigt. Die Server unten sind die der Bridge.
guide-note-enable = Schalten Sie zuerst in den Einstellungen von { $provider } den Zugriff für Mailprogramme ein; dann funktioniert Ihr normales Passwort.

## Anleitungen: Feldnamen, wie die Programme sie zeigen

guide-label-full-name = Ihr vollständiger Name
guide-label-email = E-Mail-Adresse
guide-label-password = Passwort
guide-label-protocol = Protokoll
guide-label-hostname = Hostname
guide-label-port = Port
guide-label-connection-security = Verbindungssicherheit
guide-label-auth-method = Authentifizierungsmethode
guide-label-username = Benutzername
guide-label-user-name = Benutzername
guide-label-server = Server
guide-label-encryption-method = Verschlüsselungsmethode
guide-label-spa = Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich
guide-label-incoming-server = Posteingangsserver
guide-label-outgoing-server = Postausgangsserver
guide-label-smtp-server = SMTP-Server
guide-label-secure-connection-type = Sicherer Verbindungstyp
guide-label-connection = Verbindung
guide-label-account-type = Accounttyp
guide-label-use-tls = TLS/SSL verwenden
guide-label-use-ssl = SSL verwenden
guide-label-authentication = Authentifizierung
guide-label-ios-incoming-host = Server für eintreffende E-Mails: Hostname
guide-label-ios-incoming-user = Server für eintreffende E-Mails: Benutzername
guide-label-ios-outgoing-host = Server für ausgehende E-Mails: Hostname
guide-label-ios-outgoing-user = Server für ausgehende E-Mails: Benutzername
guide-label-server-port = Server-Port
guide-label-security = Sicherheit
guide-label-security-type = Sicherheitstyp

## Anleitungen: Optionen in Worten

guide-value-full-name = der Name, den andere sehen
guide-value-app-password = ein App-Passwort
guide-value-your-password = Ihr E-Mail-Passwort
guide-value-api-key = der API-Schlüssel oder SMTP-Zugang des Dienstes
guide-value-bridge-password = das Passwort, das die Bridge anzeigt
guide-value-password-sign-in = nichts: Das Programm öffnet die Anmeldeseite des Anbieters
guide-value-auth-oauth2 = OAuth2
guide-value-auth-encrypted = Verschlüsseltes Passwort
guide-value-auth-ntlm = NTLM
guide-value-auth-gssapi = Kerberos / GSSAPI
guide-value-auth-certificate = TLS-Zertifikat
guide-value-auth-none = Keine Authentifizierung
guide-value-auth-normal = Passwort, normal
guide-value-auth-password = Passwort
guide-value-on = ein
guide-value-off = aus
guide-value-gmail-ssl = Gesicherte Verbindung mit SSL
guide-value-gmail-tls = Gesicherte Verbindung mit TLS

## Anleitungen: die Schritte

guide-thunderbird-open = Öffnen Sie das Menü ≡ → Konten-Einstellungen → Konten-Aktionen → E-Mail-Konto hinzufügen.
guide-thunderbird-password = Geben Sie das Passwort ein und klicken Sie auf „Manuell einrichten“.
guide-thunderbird-incoming = Unter POSTEINGANGS-SERVER eintragen:
guide-thunderbird-outgoing = Unter POSTAUSGANGS-SERVER eintragen:
guide-thunderbird-done = Klicken Sie auf „Erneut testen“, dann auf „Fertig“.
guide-outlook-open = Wählen Sie Datei → Konto hinzufügen.
guide-outlook-manual = Geben Sie Ihre Adresse ein, öffnen Sie „Erweiterte Optionen“, setzen Sie den Haken bei „Ich möchte mein Konto manuell einrichten“ und klicken Sie auf Verbinden.
guide-outlook-choose = Wählen Sie { $protocol }.
guide-outlook-incoming = Eingehende E-Mail:
guide-outlook-outgoing = Ausgehende E-Mail:
guide-outlook-password = Klicken Sie auf Weiter, geben Sie das Passwort ein und klicken Sie auf Verbinden.
guide-outlook-if-sending-fails = Falls das Senden später scheitert: Datei → Kontoeinstellungen → Kontoeinstellungen → Ihr Konto → Ändern → Weitere Einstellungen → Postausgangsserver, und „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ mit „Gleiche Einstellungen wie für Posteingangsserver verwenden“ ankreuzen.
guide-new-outlook-open = Öffnen Sie Einstellungen (das Zahnrad) → Konten → E-Mail-Konten → Konto hinzufügen.
guide-new-outlook-address = Geben Sie Ihre Adresse ein und klicken Sie auf Weiter.
guide-new-outlook-imap = Bietet Outlook eine Auswahl an, wählen Sie IMAP („Mit IMAP synchronisieren“), dann „Mehr anzeigen“, um alle Felder zu sehen.
guide-new-outlook-incoming = Posteingangsserver ({ $protocol }):
guide-new-outlook-outgoing = Postausgangsserver (SMTP):
guide-new-outlook-continue = Klicken Sie auf Weiter.
guide-gmail-open = Öffnen Sie in Gmail im Browser die Einstellungen (das Zahnrad) → Alle Einstellungen aufrufen → Konten & Import.
guide-gmail-add-address = Klicken Sie neben „Senden als“ auf „Weitere E-Mail-Adresse hinzufügen“, geben Sie Name und Adresse ein und klicken Sie auf Nächster Schritt.
guide-gmail-smtp = Den SMTP-Server eintragen:
guide-gmail-confirm = Klicken Sie auf Konto hinzufügen. Gmail schickt eine Nachricht mit einem Bestätigungscode an diese Adresse: Öffnen Sie sie dort und bestätigen Sie.
guide-apple-mail-open = Wählen Sie in Mail: Mail → Account hinzufügen → Anderer Mail-Account → Fortfahren.
guide-apple-mail-sign-in = Geben Sie Name, Adresse und Passwort ein und klicken Sie auf Anmelden.
guide-apple-mail-servers = Findet Mail die Server nicht, fragt es danach:
guide-apple-mail-check = Dann den Server für ausgehende E-Mails prüfen: Mail → Einstellungen → Accounts → Ihr Account → Servereinstellungen. Unter Server für ausgehende E-Mails „Verbindungseinstellungen automatisch verwalten“ abwählen und eintragen:
guide-ios-open = Öffnen Sie Einstellungen → Apps → Mail → Mail-Accounts → Account hinzufügen → Andere → Mail-Account hinzufügen (ältere iOS-Versionen: Einstellungen → Mail → Accounts).
guide-ios-sign-in = Geben Sie Name, Adresse und Passwort ein und tippen Sie auf Weiter.
guide-ios-servers = Wählen Sie { $protocol } und füllen Sie beide Server aus:
guide-ios-check = Tippen Sie auf Weiter, dann auf Sichern. Den Port prüfen: Ihr Account → Account → SMTP (Server für ausgehende E-Mails) → der Primärserver:
guide-android-gmail-open = Tippen Sie in der Gmail-App auf Ihr Profilbild → Weiteres Konto hinzufügen → Andere, geben Sie die Adresse ein und tippen Sie auf „Manuelle Einrichtung“.
guide-android-gmail-personal = Wählen Sie „Privat ({ $protocol })“ und geben Sie das Passwort ein.
guide-android-gmail-incoming = Einstellungen für den Eingangsserver:
guide-android-gmail-outgoing = Einstellungen für den Ausgangsserver („Anmeldung erforderlich“ eingeschaltet lassen):
guide-thunderbird-android-open = Öffnen Sie Thunderbird, tippen Sie auf Konto hinzufügen, geben Sie die Adresse ein und wählen Sie „Manuelle Einrichtung“, falls die Server nicht gefunden werden.
guide-thunderbird-android-incoming = Posteingangsserver:
guide-thunderbird-android-outgoing = Postausgangsserver:
guide-other-outgoing = Ausgehende Mail (SMTP):
guide-other-alternative = Ist dieser Port in Ihrem Netz gesperrt, der andere:
guide-other-incoming = Eingehende Mail ({ $protocol }):

## Welcher Port?

explainer-title = Welcher Port? 465, 587 oder 25
explainer-465 = 465 — SSL/TLS (implizites TLS)
explainer-465-text = Die Verbindung ist ab dem ersten Byte verschlüsselt. RFC 8314 (2018) empfiehlt das für Mailprogramme, die Mail senden: Es ist nicht veraltet, sondern bevorzugt. Nutzen Sie es, wenn Ihr Anbieter es anbietet.
explainer-587 = 587 — STARTTLS
explainer-587-text = Der übliche Port zum Einliefern: Die Verbindung beginnt im Klartext und wechselt mit dem Befehl STARTTLS zur Verschlüsselung, bevor Sie sich anmelden. Sicher, wenn das Mailprogramm auf STARTTLS besteht; nutzen Sie ihn, wenn 465 fehlt oder gesperrt ist.
explainer-25 = 25 — Weitergabe zwischen Servern
explainer-25-text = Mailserver geben sich über Port 25 gegenseitig Mail weiter. Mailprogramme sollten das nicht: Viele Internetanbieter und Cloud-Hoster sperren ausgehenden Port 25 gegen Spam, und viele Server erlauben dort keine Anmeldung.
explainer-modes = „SSL/TLS“ und „STARTTLS“ in den Einstellungen eines Mailprogramms meinen genau diese beiden Arten. „Keine“ schickt Ihr Passwort für jeden unterwegs lesbar: Nutzen Sie das nie.

## Testergebnisse

probe-title = Testergebnisse
probe-details = Details: Schritte, Zeiten, Zertifikat, Protokoll
probe-total = { $host }: alle Ports gleichzeitig in { $ms } ms getestet.
probe-cached = (Eine Wiederholung eines Tests der letzten Minute, daher das frühere Ergebnis.)
matrix-label = Testergebnisse nach Port
matrix-reachable = Erreichbar
matrix-encrypted = Verschlüsselt
matrix-certificate = Zertifikat
matrix-login = Anmeldung verschlüsselt
cell-not-tested = Nicht getestet
cell-testing = Wird getestet …
cell-yes = Ja
cell-no = Nein
cell-failed = Gescheitert
cell-no-starttls = Kein STARTTLS
cell-valid = Gültig
cell-expires =
    { $days ->
        [one] Läuft in { $days } Tag ab
       *[other] Läuft in { $days } Tagen ab
    }
cell-expired = Abgelaufen
cell-wrong-name = Falscher Name
cell-not-trusted = Nicht vertrauenswürdig
cell-not-offered = Nicht angeboten
cell-login-offered = Ja: { $mechanisms }
use-instead = Stattdessen verwenden
use-instead-label = { $host } Port { $port } mit { $security } verwenden
fix-server-name = Für { $host }: Servernamen auf { $name } setzen, den Namen im Zertifikat.
fix-security = Für { $host } Port { $port }: Verbindungssicherheit auf { $security } setzen.
summary-none-tested = Kein Port konnte getestet werden.
summary-none-works = Keine dieser Einstellungen klappt. { $reasons }.
summary-no-such-servers = Keiner der üblichen Mailservernamen existiert für { $domain }: Prüfen Sie die Schreibweise der Adresse und ob { $domain } überhaupt Mail empfängt.
summary-not-checked = { $reasons }. Von hier aus ließ sich nichts prüfen; das spricht also nicht gegen diese Einstellungen. Versuchen Sie es später noch einmal.
reason-proxy-lookup = Der Prüf-Proxy konnte { $host } gerade nicht nachschlagen
summary-use-port = Nehmen Sie { $port }.
summary-use-host = Nehmen Sie { $host } Port { $port }.
summary-also-works =
    { $count ->
        [one] { $ports } klappt auch.
       *[other] { $ports } klappen auch.
    }
summary-also-there =
    { $count ->
        [one] Port { $ports } klappt dort auch.
       *[other] Die Ports { $ports } klappen dort auch.
    }
summary-host-also =
    { $count ->
        [one] { $host } Port { $ports } klappt auch.
       *[other] { $host } Ports { $ports } klappen auch.
    }
where-local = Der Test lief von diesem Computer aus (der Proxy läuft hier), er zeigt also, was Ihr eigenes Netz erlaubt.
where-remote = Der Test lief von { $place } aus, nicht von Ihrem Computer: Ihr eigenes Netz kann Ports sperren, die er erreicht. Die Befehle unter „Vom eigenen Computer testen“ prüfen von dort, wo Sie sind.
where-proxy-network = dem Netz des Proxys
host-port = { $host } Port { $port }
step-limit = ein Schritt darf bis zu { $seconds } s dauern
so-far = bisher { $seconds } s
ms = { $ms } ms
transcript = Protokoll (insgesamt { $ms } ms)
transcript-of = Protokoll von { $host } Port { $port }
mark-done = erledigt
mark-failed = gescheitert
mark-skipped = übersprungen
mark-running = läuft
mark-waiting = wartet
step-resolve = Adresse nachschlagen
step-connect = Verbinden
step-tls = TLS-Handshake
step-greeting = Begrüßung des Servers
step-ehlo = EHLO
step-starttls = STARTTLS
step-ehlo-tls = EHLO innerhalb von TLS
step-login = Anmelden
step-test-message = Testnachricht senden
step-quit = QUIT
step-other = Ein weiterer Schritt
auth-before-tls = Anmeldung vor der Verschlüsselung angeboten
auth-after-tls = Anmeldung nach der Verschlüsselung angeboten
auth-not-asked = nicht gefragt
auth-none-offered = keine
cert-encryption = Verschlüsselung
cert-certificate = Zertifikat
cert-names = Namen darin
cert-issuer = Ausgestellt von
cert-valid-until = Gültig bis
cert-until =
    { $days ->
        [one] { $date } (noch { $days } Tag)
       *[other] { $date } (noch { $days } Tage)
    }
cert-valid = gültig
cert-expires-soon =
    { $days ->
        [one] gültig, läuft aber in { $days } Tag ab
       *[other] gültig, läuft aber in { $days } Tagen ab
    }
cert-expired = abgelaufen
cert-wrong-name = ausgestellt für { $names }, nicht für den Servernamen, den Sie nutzen
cert-untrusted = nicht von einer Stelle, der Mailprogramme vertrauen

## Das Urteil über einen Port

headline-works = Port { $port } klappt: { $mode }, { $cert }, { $login }.
headline-warnings = Port { $port } klappt, mit Warnungen: { $mode }, { $cert }, { $login }.
headline-not-usable = Port { $port } ist nicht nutzbar: { $problem }.
headline-cert-trusted = { $version }, vertrauenswürdiges Zertifikat
headline-cert-problem = { $version }, Problem mit dem Zertifikat
headline-no-tls = kein TLS
headline-login-offered = Anmeldung nach der Verschlüsselung ({ $mechanisms })
headline-no-login = keine Anmeldung angeboten
headline-login-works = Ihre Anmeldung als { $user } klappt
headline-message-accepted = Ihre Anmeldung klappt, und die Testnachricht an { $to } wurde angenommen

## Befunde: was der Test fand und was zu tun ist

finding-said = Der Server sagte: { $said }
finding-resolve-failed = Der Servername lässt sich nicht auflösen
finding-resolve-failed-advice = Prüfen Sie die Schreibweise des Servernamens. Stimmt sie, hat das DNS des Anbieters eine Störung; versuchen Sie es später noch einmal.
finding-not-allowed = Dieser Proxy testet diese Adresse oder diesen Port nicht
finding-not-allowed-advice = Öffentliche Proxys testen nur öffentliche Mailserver auf Mail-Ports. Um einen Server im eigenen Netz zu testen, starten Sie den Proxy selbst (`probe-proxy serve --allow-private-targets`).
finding-connection-refused = Auf Port { $port } nimmt niemand Verbindungen an
finding-connection-refused-advice = Der Server hat ausdrücklich abgelehnt: Er bietet diesen Port nicht an. Prüfen Sie die Portnummer; Anbieter bieten meist 465 (SSL/TLS) und/oder 587 (STARTTLS).
finding-port-filtered = Keine Antwort auf Port { $port }: Er scheint gesperrt
finding-port-filtered-advice =
    { $port ->
        [25] Verbindungen zu Port 25 verschwinden ohne Antwort – so verhält sich eine Firewall. Die meisten Internetanbieter für zu Hause und Cloud-Hoster sperren ausgehenden Port 25; nutzen Sie stattdessen Port 465 oder 587.
       *[other] Verbindungen verschwinden ohne Antwort – so verhält sich eine Firewall. Eine Firewall im Netz, aus dem der Test lief, oder beim Anbieter verwirft diesen Port. Versuchen Sie den anderen Port zum Einliefern oder testen Sie aus einem anderen Netz (einem Handy-Hotspot), um zu sehen, welche Seite sperrt.
    }
finding-unreachable = Der Server ist nicht erreichbar
finding-unreachable-advice = Von dort, wo der Test lief, führt kein Weg im Netz zu ihm. Prüfen Sie den Hostnamen; stimmt er, ist der Server oder sein Netz ausgefallen.
finding-greeting-timeout = Der Server hat nie gegrüßt
finding-greeting-timeout-advice = Er nahm die Verbindung an, blieb aber stumm. Nutzt dieser Port SSL/TLS von Anfang an (wie 465), wählen Sie SSL/TLS statt STARTTLS. Sonst ist der Server überlastet.
finding-timeout = Der Server antwortete nicht mehr bei „{ $step }“
finding-timeout-advice = Es dauerte länger als die Zeitgrenze. Ein ausgelasteter oder fehlerhafter Server oder ein Gerät dazwischen, das Mail stört; versuchen Sie es später noch einmal.
finding-closed = Der Server legte bei „{ $step }“ auf
finding-closed-advice = Er beendete die Verbindung ohne ordentliche Antwort, oft weil er der Adresse misstraut, von der der Test kam.
finding-refused = Der Server lehnte die Verbindung ab ({ $said })
finding-refused-advice = Eine 554 heißt, er spricht nicht mit der Adresse, von der der Test kam (oft eine Sperrliste); eine 421 heißt, er ist ausgelastet oder begrenzt Verbindungen; versuchen Sie es später noch einmal.
finding-not-smtp = Auf Port { $port } antwortet etwas anderes als ein Mailserver
finding-not-smtp-advice = Prüfen Sie Port und Hostnamen: Das ist kein SMTP-Dienst.
finding-wrong-security-mode =
    { $security ->
        [implicit] Port { $port } beginnt im Klartext: Er nutzt STARTTLS, nicht SSL/TLS
       *[other] Port { $port } erwartet TLS ab dem ersten Byte: Er nutzt SSL/TLS, nicht STARTTLS
    }
finding-wrong-security-mode-advice = Stellen Sie die Verbindungssicherheit in Ihrem Mailprogramm passend ein.
finding-protocol-error = Die Antworten des Servers verletzen die SMTP-Regeln
finding-protocol-error-advice = Seine Antworten sind fehlerhaft oder viel zu lang. Mailprogramme können seltsam scheitern; sagen Sie dem Betreiber des Servers Bescheid.
finding-no-starttls = Port { $port } bietet keine Verschlüsselung (kein STARTTLS)
finding-no-starttls-advice = Passwort und Mail wären unterwegs für jeden lesbar. Nutzen Sie Port 465 (SSL/TLS), wenn der Anbieter ihn hat; schicken Sie über diesen Port nie ein Passwort.
finding-starttls-refused = Der Server bot STARTTLS an, lehnte es dann aber ab
finding-starttls-refused-advice = Seine TLS-Einrichtung ist kaputt (zum Beispiel fehlt ein Zertifikat). Sagen Sie dem Betreiber des Servers Bescheid.
finding-data-after-starttls = Direkt nach STARTTLS kamen unerwartete Daten; der Test hat abgebrochen
finding-data-after-starttls-advice = Bytes, die vor dem TLS-Handshake ankommen, könnte ein Angreifer eingeschleust haben (die Fehlerklasse von CVE-2011-0411). Ein korrekter Server schickt sie nie. Sagen Sie dem Betreiber des Servers Bescheid.
finding-tls-failed = Der TLS-Handshake ist gescheitert: { $problem }
finding-tls-failed-advice = Das TLS des Servers ist für einen modernen Client zu alt oder kaputt. Mailprogramme scheitern genauso.
finding-helo-refused = Der Server wollte den Test-Client nicht begrüßen
finding-helo-refused-advice = Er lehnte EHLO und HELO ab, meist als Regel gegen unbekannte Clients.
finding-failed = Der Test scheiterte bei „{ $step }“
finding-failed-advice = { "" }
finding-plaintext = Port { $port } wurde ohne Verschlüsselung getestet
finding-plaintext-advice = Ein so gesendetes Passwort kann unterwegs jeder lesen. Nutzen Sie 465 (SSL/TLS) oder 587 (STARTTLS).
finding-implicit-tls = Ab dem ersten Byte verschlüsselt (SSL/TLS)
finding-implicit-tls-advice = RFC 8314 bevorzugt diese Art zum Senden: Nichts wird übertragen, bevor die Verschlüsselung steht.
finding-certificate-untrusted = Dem Zertifikat wird nicht vertraut ({ $reason })
finding-certificate-untrusted-advice = Mailprogramme warnen oder verweigern die Verbindung. Der Betreiber des Servers muss ein Zertifikat einer öffentlichen Stelle einrichten (mit den Zwischenzertifikaten).
finding-certificate-name-mismatch = Das Zertifikat gilt nicht für { $server }
finding-certificate-name-mismatch-advice =
    { $named ->
        [yes] Es nennt { $names }. Nehmen Sie einen dieser Namen als Servernamen in Ihrem Mailprogramm.
       *[no] Mailprogramme werden es ablehnen. Fragen Sie den Anbieter nach dem genauen Servernamen.
    }
finding-certificate-expires-soon =
    { $days ->
        [one] Das Zertifikat läuft in { $days } Tag ab
       *[other] Das Zertifikat läuft in { $days } Tagen ab
    }
finding-certificate-expires-soon-advice = Wird es nicht rechtzeitig erneuert, lehnen Mailprogramme den Server ab.
finding-certificate-ok = Vertrauenswürdiges Zertifikat für { $server }
finding-certificate-ok-advice = { "" }
finding-tls-1-2 = TLS 1.2 (nicht 1.3)
finding-tls-1-2-advice = Noch sicher, aber der Server könnte auf TLS 1.3 aktualisiert werden.
finding-helo-only = Der Server versteht EHLO nicht
finding-helo-only-advice = Er spricht nur das alte HELO: Weder STARTTLS noch eine Anmeldung ist möglich.
finding-auth-before-tls = Anmeldung mit Passwort ({ $mechanisms }) wird vor der Verschlüsselung angeboten
finding-auth-before-tls-advice = Ein Mailprogramm, das auf „Keine“ statt STARTTLS steht, würde Ihr Passwort lesbar senden. Achten Sie darauf, dass Ihres auf STARTTLS steht; der Betreiber des Servers sollte die Anmeldung erst nach TLS erlauben.
finding-auth-after-tls-only = Anmeldung wird erst nach der Verschlüsselung angeboten
finding-auth-after-tls-only-advice = Passwörter können nicht aus Versehen im Klartext gesendet werden.
finding-no-auth = Der Server bietet auf diesem Port keine Anmeldung an
finding-no-auth-advice = Ein Mailprogramm kann sich hier nicht anmelden, also nimmt der Server von ihm keine Mail an andere Domains an. Prüfen Sie den Port; manche Server bieten die Anmeldung nur auf 587 oder 465.
finding-size-limit = Größte Nachricht: { $size } MB
finding-size-limit-advice = { "" }
finding-port-25-is-relay = Port 25 ist für Mailserver untereinander
finding-port-25-is-relay-advice = Mailprogramme sollten über Port 465 (SSL/TLS) oder 587 (STARTTLS) senden. Viele Internetanbieter und Cloud-Hoster sperren ausgehenden Port 25 gegen Spam, daher scheitert er von zu Hause oft.
finding-login-ok = Ihre Anmeldung als { $user } klappt
finding-login-ok-advice = Nutzen Sie denselben Benutzernamen und dasselbe Passwort in Ihrem Mailprogramm.
finding-login-wrong-credentials = Benutzername oder Passwort wurde nicht angenommen
finding-login-wrong-credentials-advice = Prüfen Sie den Benutzernamen (die meisten Anbieter wollen die ganze Adresse) und tippen Sie das Passwort neu. Verlangt der Anbieter ein App-Passwort, wird Ihr normales Passwort ebenfalls so abgelehnt: Erstellen Sie eines in den Sicherheitseinstellungen des Kontos und nutzen Sie es hier.
finding-login-app-password-required = Dieses Konto braucht ein App-Passwort
finding-login-app-password-required-advice = Das Konto hat eine Anmeldung in zwei Schritten, daher müssen Mailprogramme ein App-Passwort statt des normalen nutzen. Erstellen Sie eines in den Sicherheitseinstellungen des Kontos und nutzen Sie es als Passwort.
finding-login-password-disabled = Anmeldungen mit Passwort sind für dieses Konto abgeschaltet
finding-login-password-disabled-advice = Der Anbieter oder die Sicherheitsvorgaben der Organisation sperren Anmeldungen mit Passwort. Nutzen Sie ein Mailprogramm, das sich über die Anmeldeseite des Anbieters anmeldet (OAuth2), oder bitten Sie die Administration, authentifiziertes SMTP für dieses Postfach zu erlauben.
finding-login-smtp-auth-disabled = Senden über diesen Server ist für das Postfach oder die Organisation abgeschaltet
finding-login-smtp-auth-disabled-advice = Die Administration muss authentifiziertes SMTP (SMTP AUTH) für die Organisation und dieses Postfach einschalten; bis dahin klappt kein Passwort.
finding-login-too-many-attempts = Der Server lehnt nach zu vielen Fehlversuchen vorerst Anmeldungen ab
finding-login-too-many-attempts-advice = Warten Sie eine Weile, bevor Sie es erneut versuchen. Anbieter, die so antworten (Yahoo, AOL), wollen meist ein App-Passwort statt des normalen.
finding-login-temporary-failure = Der Server konnte die Anmeldung gerade nicht prüfen
finding-login-temporary-failure-advice = Eine vorübergehende Störung beim Anbieter; versuchen Sie es in ein paar Minuten noch einmal.
finding-login-encryption-required = Der Server will vor der Anmeldung Verschlüsselung
finding-login-encryption-required-advice = Stellen Sie die Verbindungssicherheit auf SSL/TLS (Port 465) oder STARTTLS (Port 587).
finding-login-refused = Der Server lehnte die Anmeldung ab
finding-login-refused-advice = Die eigenen Worte des Servers sagen, warum.
finding-login-not-safe =
    { $risk ->
        [untrusted] Ihr Passwort wurde nicht gesendet: Dem Zertifikat wird nicht vertraut
        [wrong-name] Ihr Passwort wurde nicht gesendet: Das Zertifikat ist nicht auf diesen Servernamen ausgestellt
        [plain] Ihr Passwort wurde nicht gesendet: Die Verbindung ist nicht verschlüsselt
       *[other] Ihr Passwort wurde nicht gesendet: Die Verbindung ist nicht sicher genug
    }
finding-login-not-safe-advice = Der Test meldet sich nur über eine verschlüsselte Verbindung an, deren Zertifikat vertrauenswürdig und auf den Namen des Servers ausgestellt ist – wie ein sorgfältiges Mailprogramm. Beheben Sie das Problem oben oder nutzen Sie einen Servernamen, auf den das Zertifikat ausgestellt ist.
finding-no-common-mechanism = Der Server bietet keine Anmeldeart, die zu Ihren Angaben passt
finding-no-common-mechanism-advice = Mit einem Passwort nutzt der Test PLAIN oder LOGIN; mit einem Anmelde-Token OAUTHBEARER oder XOAUTH2. Prüfen Sie unten die Arten, die der Server anbietet, und ob der Anbieter die andere Sorte will.
finding-message-accepted = Der Server hat eine Testnachricht an { $to } angenommen
finding-message-accepted-advice = Sie sollte in einer Minute ankommen; falls nicht, sehen Sie im Spam-Ordner nach.
finding-message-relay-denied = Der Server leitet die Nachricht nicht weiter
finding-message-relay-denied-advice = Er leitet für diese Anmeldung nicht weiter: Prüfen Sie, dass die Anmeldung auf diesem Server geklappt hat und dass Sie über den Server des Kontos senden, mit dem Sie sich angemeldet haben.
finding-message-sender-not-owned = Diese Anmeldung darf nicht von dieser Adresse senden
finding-message-sender-not-owned-advice = Der Server nimmt Mail von den Adressen an, die zum Konto gehören. Senden Sie von der eigenen Adresse der Anmeldung oder fügen Sie diese erst dem Konto hinzu („Senden als“ oder ein Alias).
finding-message-too-large = Der Server sagt, die Nachricht sei zu groß
finding-message-too-large-advice = Die Testnachricht ist winzig, die Grenze des Servers ist also seltsam niedrig; sagen Sie dem Betreiber Bescheid.
finding-message-temporary-failure = Der Server konnte die Nachricht gerade nicht annehmen
finding-message-temporary-failure-advice = Eine vorübergehende Störung oder eine Sendegrenze; versuchen Sie es später noch einmal.
finding-message-refused = Der Server lehnte die Testnachricht ab
finding-message-refused-advice = Die eigenen Worte des Servers sagen, warum.

## Für Domain-Inhaber und Hilfeportale

kit-title = Lassen Sie Mailprogramme sich selbst einrichten
kit-intro = Veröffentlichen Sie diese Dateien unter diesen Adressen (HTTPS, gültiges Zertifikat) und die DNS-Einträge unten. Thunderbird, Outlook und andere finden die Einstellungen dann allein aus der Adresse.
kit-srv = SRV-Einträge (RFC 6186, RFC 8314)
kit-copy-srv = SRV-Einträge kopieren
kit-hosts = Hostnamen, die die Dateien brauchen
embed-title = Für Ihre Nutzer einbetten (Hilfeportale)
embed-widget = Fügen Sie das in eine Hilfeseite ein: Es zeigt die kompakte Ansicht für { $domain } in der Sprache dieser Seite und passt seine Höhe selbst an. embed.js kommt von dieser Website; das Attribut lang wählt die Sprache (en, de, fr, es).
embed-copy-widget = Widget-Code kopieren
embed-widget-code = Widget-Code
embed-iframe = Oder, ohne Skript von dieser Website, ein einfacher Rahmen mit eigenem Skript für die Höhe:
embed-copy-iframe = Rahmen-Code kopieren
embed-iframe-code = Rahmen-Code
embed-frame-title = E-Mail-Einstellungen
embed-not-allowed = Diese Website lässt ihre Seite nicht in andere Websites einbetten; ein Hilfeportal zeigte einen leeren Rahmen. Der Betreiber kann ein Portal beim Start des Prüf-Proxys erlauben:
embed-how = Wie man ein Portal erlaubt
embed-allowed = Diese Website lässt sich in diese Websites einbetten: { $origins }.

## Mehr über den Anbieter

summary-title = Gut zu wissen über { $provider }
summary-matched-domain = Erkannt an der Domain { $domain }.
summary-checked = Abgeglichen mit der Dokumentation des Anbieters im { $month }.
summary-more = Was Sie sonst noch wissen sollten ({ $count })
report-wrong = Falsche Daten melden
report-wrong-intro = Die Meldung nennt den Anbieter und die Einstellungen, die diese Seite gezeigt hat, und woher die Daten stammen. Ihre E-Mail-Adresse steht nicht darin.
report-wrong-what = Was ist falsch, und wo haben Sie die richtigen Einstellungen gefunden?
report-wrong-title = Falsche Daten: { $provider }
report-wrong-copy = Meldung kopieren
report-wrong-send = Meldung senden
report-wrong-nowhere = Kopieren Sie die Meldung und schicken Sie sie an die Betreiber dieser Seite.
summary-matched-service = Ein Versanddienst für Apps und Server.
summary-matched-mx = Erkannt am Mailserver der Domain, { $host }: Die Mail dieser Domain liegt dort.
summary-matched-none = Noch kein Anbieter, den wir kennen.
summary-warning-plaintext = Dieser Anbieter nennt nur unverschlüsselte Server: Ihr Passwort wäre unterwegs lesbar. Fragen Sie den Anbieter nach Port 465 oder 587 mit Verschlüsselung.
summary-warning-region = Dieser Anbieter hat mehrere Rechenzentren, und die Adresse verrät nicht, welches Ihres ist: Wählen Sie es oben in der Karte, wenn Sie es wissen.
summary-warning-no-access = Dieser Anbieter bietet weder SMTP noch IMAP: Kein Mailprogramm, keine App und kein Server kann darüber senden. Nutzen Sie seine eigenen Apps und sein Webmail.
hint-app-password = App-Passwort
hint-api-key = SMTP-Zugangsdaten anlegen
hint-enable-imap = Erst Zugriff einschalten
hint-oauth2-only = Nur Anmeldung beim Anbieter
hint-basic-auth-retiring = Passwort-Anmeldung läuft aus
hint-needs-bridge = Braucht eine Bridge
hint-choose-region = Rechenzentrum wählen
hint-sending-limits = Versandgrenzen
hint-paid-plan = Bezahltarif nötig
hint-alternative = Was er stattdessen bietet
hint-other = Gut zu wissen

## Alle Server

servers-title = Alle Server
servers-recommended = Empfohlen: { $server }.
servers-why = Warum
servers-also = Ausgehende Mail (SMTP), ebenfalls angeboten
servers-other-outgoing = Weitere Postausgangsserver
servers-incoming = Eingehende Mail (IMAP / POP3)
servers-imap = IMAP-Server
servers-pop3 = POP3-Server
servers-incoming-user = Hinweis: Der Benutzername für eingehende Mail ist { $incoming }, nicht { $outgoing }.

## Der Anmeldetest

login-title = Auch die Anmeldung prüfen (freiwillig)
login-password = Passwort (oder App-Passwort)
login-send-test = Danach eine Testnachricht an mich selbst senden
login-note = Ihr Passwort geht von dieser Seite an { $audience } und von dort nur zum Mailserver, verschlüsselt und mit vertrauenswürdigem Zertifikat. Es wird nicht gespeichert, nicht in die Adresszeile geschrieben und nach dem Test nicht behalten.
login-start = Anmeldung testen

## Dateien und Code

files-title = Dateien und Code
files-config = Konfigurationsdateien
files-download = { $file } herunterladen
files-download-mobileconfig = Apple-Profil (.mobileconfig) herunterladen
files-download-failed = Der Download hat nicht begonnen: { $error }
files-qr-label = Ein QR-Code, der diese Seite auf einem Telefon öffnet
files-code = Code, der eine Testnachricht sendet
files-copy-code = Code kopieren
files-code-of = Code für { $program }
files-copy-commands = Befehle für { $program } kopieren
files-commands-of = Befehle für { $program }
files-own-computer = Vom eigenen Computer testen
files-own-computer-text = Ihr Netz kann Ports sperren, die der Proxy erreicht, oder umgekehrt. Diese Befehle testen von dort, wo Sie sind:

## Versanddienste

services-title = Senden aus einer App oder von einem Server? Nehmen Sie einen Versanddienst
services-service = Dienst:
services-choose = Bitte wählen
services-region = Region:
services-region-main = Weiß nicht (zeigt die Hauptregion)
services-details = Details

## Eine Domain nachschlagen

discover-unknown = { $domain } steht nicht in unseren Anbieterdaten.
discover-origin-guessed = Die Server oben sind Vermutungen nach den üblichen Namen.
discover-origin-proven = Der Server oben ist nach den üblichen Namen vermutet, und ein Test hat ihn bestätigt.
discover-origin-published = Die Server oben sind die, die die Domain veröffentlicht.
discover-look-up = Nachschlagen
discover-look-up-text = fragt den Proxy nach den Mailservern (MX) der Domain, ihren SRV-Einträgen und ihrer Autoconfig-Datei.
discover-doh = DNS nach den Mailservern fragen
discover-doh-text = schickt den Domainnamen (nicht Ihre Adresse) an { $endpoint }, einen DNS-over-HTTPS-Dienst, um gehostete Mail wie Google Workspace oder Microsoft 365 zu erkennen.
discover-looking = Wird nachgeschlagen …
discover-asking = DNS wird gefragt …
discover-no-mx = Die Domain hat keine Mailserver (keine MX-Einträge).
discover-mx-found = Mailserver (MX): { $hosts }
discover-title = Was DNS und die Domain sagen
discover-mx = Mailserver (MX)
discover-srv = SRV-Einträge
discover-none = keine
discover-autoconfig-found =
    { $count ->
        [one] gefunden, { $count } Postausgangsserver
       *[other] gefunden, { $count } Postausgangsserver
    }
discover-autoconfig-missing = nicht vorhanden
discover-autoconfig-failed = nicht lesbar: { $reason }
discover-candidates = Server zum Ausprobieren
discover-candidate = { $security } — Quelle: { $source }
discover-source-provider = bekannter Anbieter
discover-source-srv = SRV-Eintrag
discover-source-autoconfig = Autoconfig-Datei der Domain
discover-source-guess = Vermutung

## Was an einer eingetippten Adresse nicht stimmt

error-empty = Geben Sie eine E-Mail-Adresse wie jemand@example.com oder eine Domain ein.
error-space = Eine Adresse enthält keine Leerzeichen.
error-many-at = Da ist mehr als ein @. Eine Adresse hat genau eines, vor der Domain.
error-no-local-part = Der Teil vor dem @ fehlt.
error-no-domain = Die Domain nach dem @ fehlt, z. B. jemand@example.com.
error-local-part-long = Der Teil vor dem @ ist { $length } Zeichen lang; erlaubt sind { $limit }.
error-local-part-dot-end = Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden.
error-local-part-dots = Der Teil vor dem @ darf keine zwei Punkte hintereinander haben.
error-local-part-character = Der Teil vor dem @ darf kein „{ $character }“ enthalten.
error-local-part-quote = Der Teil vor dem @ hat ein öffnendes, aber kein schließendes Anführungszeichen.
error-domain-long = Die Domain ist { $length } Zeichen lang; erlaubt sind { $limit }.
error-label-long = Der Domain-Teil „{ $label }“ ist länger als { $limit } Zeichen.
error-no-dot = Die Domain braucht einen Punkt, wie example.com.
error-invalid-domain = „{ $domain }“ ist keine gültige Domain: { $reason }.
error-domain-empty-part = Zwischen zwei Punkten fehlt ein Teil
error-domain-punctuation = Sie enthält Satzzeichen, die es in Domains nicht gibt
error-domain-invalid-idn = Sie ist kein gültiger internationaler Domainname
error-domain-idn-unsupported = Internationale Domainnamen können hier nicht umgewandelt werden
error-domain-edge-hyphen = Ein Teil darf nicht mit einem Bindestrich beginnen oder enden
error-domain-characters = Sie enthält Zeichen, die es in Domains nicht gibt
error-ip-literal = Adressen mit einer IP-Adresse statt einer Domain lassen sich in Mailprogrammen nicht einrichten.
error-address-long = Die ganze Adresse ist { $length } Zeichen lang; erlaubt sind { $limit }.

## Warum eine Anfrage an den Prüf-Proxy fehlschlug (nach dem Fehlercode des Proxys)
request-no-proxy = Diese Seite ist mit keinem Prüf-Proxy verbunden.
request-unreachable = Der Prüf-Proxy war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
request-status = Der Prüf-Proxy antwortete mit einem Fehler (HTTP { $status }).
request-bad-answer = Die Antwort des Prüf-Proxys ließ sich nicht lesen.
request-ended = Der Prüf-Proxy hat den Test beendet, bevor er fertig war. Versuchen Sie es noch einmal.
refusal-invalid-request = Der Prüf-Proxy hat die Anfrage nicht verstanden.
refusal-invalid-host = Das ist kein Servername, den der Prüf-Proxy testen kann.
refusal-resolve-failed = Zu diesem Servernamen gibt es keine Adresse.
refusal-target-not-allowed = Der Prüf-Proxy verbindet sich nicht mit dieser Adresse: Sie ist privat oder reserviert.
refusal-port-not-allowed = Diesen Port testet der Prüf-Proxy nicht.
refusal-too-many-ports = Ein Test prüft höchstens sechs Ports.
refusal-invalid-login = Mit diesen Angaben kann der Anmeldetest nicht laufen: Prüfen Sie den Benutzernamen; eine Testnachricht geht nur an Ihre eigene Adresse.
refusal-busy = Der Prüf-Proxy ist ausgelastet. Versuchen Sie es in ein paar Sekunden noch einmal.
refusal-client-busy = Ihre vorigen Tests laufen noch. Versuchen Sie es noch einmal, sobald sie fertig sind.
refusal-rate-limited = Sie haben in kurzer Zeit viele Tests gestartet. Warten Sie eine Minute und versuchen Sie es dann noch einmal.
refusal-target-rate-limited = Dieser Server wurde in der letzten Minute schon mehrmals getestet. Versuchen Sie es in einer Minute noch einmal.
refusal-login-rate-limited = Für dieses Konto oder diesen Server gab es gerade zu viele Anmeldetests. Versuchen Sie es später noch einmal.
refusal-too-large = Die Anfrage war für den Prüf-Proxy zu groß.
refusal-body-timeout = Die Anfrage kam zu langsam beim Prüf-Proxy an. Versuchen Sie es noch einmal.
refusal-cross-site = Der Prüf-Proxy nimmt keine Tests an, die von dieser Website gestartet werden.
refusal-unknown-domain = Für diese Domain werden hier keine Einstellungen bereitgestellt.
refusal-login-not-allowed = Dieser Prüf-Proxy führt keine Anmeldetests durch.
refusal-store-unavailable = Der Prüf-Proxy kann seine Grenzen gerade nicht prüfen und testet deshalb nichts. Versuchen Sie es in ein paar Sekunden noch einmal.
refusal-other = Der Prüf-Proxy hat die Anfrage abgelehnt.

## Warum einem Zertifikat nicht vertraut wird
cert-problem-unknown-issuer = von einer Stelle ausgestellt, der nicht vertraut wird
cert-problem-expired = abgelaufen
cert-problem-not-valid-yet = noch nicht gültig
cert-problem-not-valid-for-name = nicht für diesen Servernamen gültig
cert-problem-bad-signature = ungültige Signatur
cert-problem-revoked = widerrufen
cert-problem-bad-encoding = kein lesbares Zertifikat
cert-problem-not-for-servers = nicht für Server bestimmt
cert-problem-ca-used-as-server = das Zertifikat einer Zertifizierungsstelle als eigenes des Servers
cert-problem-server-used-as-ca = ein Serverzertifikat als Zertifizierungsstelle
cert-problem-chain-too-long = die Kette der Zertifizierungsstellen ist zu lang
cert-problem-none-checked = es wurde kein Zertifikat geprüft
cert-problem-other = von den Zertifikatsprüfungen abgelehnt

## Warum ein TLS-Handshake scheiterte
tls-problem-invalid-name = der Servername ist für TLS nicht verwendbar
tls-problem-no-certificate = der Server legte kein Zertifikat vor
tls-problem-too-large = der Server schickte eine TLS-Nachricht, die größer ist, als Programme annehmen (etwa eine riesige Zertifikatskette)
tls-problem-not-tls = der Server antwortete nicht mit TLS
tls-problem-malformed = der Server schickte eine fehlerhafte TLS-Nachricht
tls-problem-old-version = der Server spricht keine TLS-Version, die aktuelle Programme annehmen (TLS 1.2 oder 1.3)
tls-problem-no-common-cipher = der Server und aktuelle Programme haben kein gemeinsames Verschlüsselungsverfahren
tls-problem-alert = der Server brach den Handshake ab
tls-problem-misbehaved = der Server verletzte das TLS-Protokoll
tls-problem-other = der Handshake wurde nicht abgeschlossen

## Der Weg hinein: wie sich jedes Programm anmeldet
way-in-sign-in = die eigene Schaltfläche „Mit { $name } anmelden“: nichts zu erstellen oder einzutippen
way-in-app-password = ein App-Passwort von { $provider }
way-in-password = Ihr Passwort bei { $provider }
way-in-enable-first = Ihr Passwort bei { $provider }, sobald der Zugriff für Mailprogramme eingeschaltet ist
way-in-bridge = die { $provider } Bridge auf demselben Computer, mit dem Passwort, das sie anzeigt
way-in-api-key = ein API-Schlüssel oder SMTP-Zugang, Benutzername { $user }
way-in-not-here-bridge = geht nicht: Die { $provider } Bridge läuft auf einem Computer
way-in-not-here-sign-in = geht nicht: { $provider } akzeptiert nur die eigene Anmeldung, die diesem Programm fehlt
way-in-not-here-service = nicht für Mailprogramme: { $provider } versendet für Apps und Server
way-in-no-access = geht nicht: { $provider } lässt kein Programm herein

## Warum ein Server an seiner Stelle steht
why-plain = Nicht verschlüsselt: Passwort und Mail sind unterwegs für jeden lesbar. Meiden Sie das.
why-implicit-465 = Vom ersten Byte an verschlüsselt (SSL/TLS). RFC 8314 empfiehlt das für den Versand.
why-submission-587 = Der übliche Port zum Einliefern: Die Verbindung wechselt vor der Anmeldung zur Verschlüsselung (STARTTLS).
why-relay-25 = Port 25 ist für Server gedacht, die einander Mail weiterreichen; Internetanbieter sperren ihn oft. Nur nutzen, wenn nichts anderes geht.
why-implicit = Vom ersten Byte an verschlüsselt (SSL/TLS) auf Port { $port }.
why-starttls = Wechselt auf Port { $port } mit STARTTLS zur Verschlüsselung.
why-guessed = Eine Vermutung nach den üblichen Namen; testen Sie sie, bevor Sie sich darauf verlassen. { $reason }
why-srv = Von der Domain in ihren SRV-Einträgen veröffentlicht. { $reason }
why-autoconfig = Von der Domain in ihrer Autoconfig-Datei veröffentlicht. { $reason }
why-tested = Eben getestet: Es funktioniert. { $reason }

## Hinweise der Anbieter, übersetzt aus den Anbieterdaten (Schlüssel: provider-hint- und der FNV-1a-Wert des englischen Textes; das Englische steht in shared/providers)
provider-hint-bfdfa219 = Die Server von WorkMail hängen von der AWS-Region Ihrer Organisation ab (USA Ost, USA West oder Europa). Falls wir sie nicht erkennen konnten, fragen Sie die Person, die WorkMail eingerichtet hat, oder sehen Sie in der WorkMail-Konsole nach, welche Region angegeben ist.
provider-hint-aab996f1 = Amazon hat das Ende von WorkMail angekündigt: Nach dem 31. März 2027 sind die Postfächer nicht mehr erreichbar. Planen Sie bis dahin den Umzug zu einem anderen Anbieter.
provider-hint-7725fcf1 = AOL lehnt Ihr normales Passwort in Mailprogrammen ab. Wählen Sie unter „Account Info“ → „Account Security“ die Option „Generate app password“ und verwenden Sie stattdessen diesen Code.
provider-hint-752aed63 = AT&T akzeptiert Ihr Kontopasswort in Mailprogrammen nicht. Erstellen Sie in den Anmeldeeinstellungen Ihres AT&T-Kontos einen Secure Mail Key (einen pro Programm) und geben Sie ihn als Passwort ein.
provider-hint-310a0d42 = Mailprogramme brauchen ein App-Passwort, außer sie bieten „Mit Fastmail anmelden“ an. Erstellen Sie eines unter „Settings“ → „Privacy & Security“ mit Zugriff auf Mail (IMAP/POP/SMTP) und fügen Sie es ohne Leerzeichen ein.
provider-hint-334b9e1b = Melden Sie sich mit der Adresse an, mit der Sie sich registriert haben, auch wenn das Konto von einem Alias oder Ihrer eigenen Domain aus sendet.
provider-hint-35edc15d = Ihr normales Google-Passwort funktioniert in keinem Mailprogramm. Wählen Sie entweder „Mit Google anmelden“ (OAuth2), wo das Programm es anbietet, oder schalten Sie die Bestätigung in zwei Schritten ein und erstellen Sie ein App-Passwort für dieses Programm.
provider-hint-9f8dd0ff = Gmail begrenzt, wie viele Nachrichten und Empfänger ein Konto pro Tag senden darf; für Massenmails brauchen Sie einen eigenen Versanddienst.
provider-hint-f83ade82 = Schalten Sie zuerst in den Einstellungen des GMX-Webmails den Zugriff per POP3/IMAP ein; bis dahin werden Mailprogramme abgewiesen.
provider-hint-e678ff2f = Ist die Zwei-Faktor-Authentifizierung aktiv, erstellen Sie in den Sicherheitsoptionen von GMX ein anwendungsspezifisches Passwort und verwenden Sie es im Mailprogramm.
provider-hint-e0712f42 = Schalten Sie zuerst in den Einstellungen des GMX-Webmails den Zugriff per POP3/IMAP ein; bis dahin werden Mailprogramme abgewiesen. Auf dem Smartphone erscheint der Schalter womöglich nur in der Desktop-Version der Website.
provider-hint-d339081e = Ist die Zwei-Faktor-Authentifizierung aktiv, erstellen Sie in den Sicherheitseinstellungen von GMX ein anwendungsspezifisches Passwort und verwenden Sie es im Mailprogramm.
provider-hint-6d036011 = Ihr normales Passwort funktioniert in keinem Mailprogramm. Wählen Sie „Mit Google anmelden“ (OAuth2), wenn das Programm es anbietet; andernfalls schalten Sie die Bestätigung in zwei Schritten ein und erstellen ein App-Passwort. Der Benutzername ist immer Ihre vollständige geschäftliche Adresse.
provider-hint-91594ff3 = Seit März 2025 lässt Google Workspace keine Anmeldung von Programmen allein mit dem Kontopasswort mehr zu („weniger sichere Apps“). Ältere Programme ohne Google-Anmeldung brauchen ein App-Passwort.
provider-hint-a38bd0a3 = Die Administration Ihrer Organisation steuert den Zugriff: IMAP und POP lassen sich abschalten, App-Passwörter sperren, und manche Mailprogramme dürfen die Google-Anmeldung womöglich nicht nutzen. Werden korrekte Angaben abgelehnt, fragen Sie Ihre Administration.
provider-hint-c964d05e = HEY funktioniert nur in den eigenen Apps und im Webmail: Es gibt keinen SMTP- oder IMAP-Server für Mailprogramme, Skripte oder Geräte. Um aus Software zu senden, nutzen Sie ein anderes Postfach oder einen Versanddienst.
provider-hint-0c2f8565 = Mailprogramme brauchen ein App-spezifisches Passwort. Schalten Sie die Zwei-Faktor-Authentifizierung für Ihren Apple Account ein, erstellen Sie das Passwort unter „Anmeldung und Sicherheit“ → „App-spezifische Passwörter“ und verwenden Sie es statt des Passworts Ihres Apple Accounts.
provider-hint-098b65f0 = Die beiden Benutzernamen unterscheiden sich: Für den Empfang (IMAP) geben Sie nur den Teil vor dem @ ein, für den Versand (SMTP) die ganze Adresse. Lehnt IMAP den kurzen Namen ab, versuchen Sie die ganze Adresse.
provider-hint-eb5c6333 = Nutzen Sie Ihre eigene Domain mit iCloud+? Behalten Sie diese Server, melden Sie sich aber mit Ihrer iCloud-Mail-Adresse an (der auf @icloud.com, @me.com oder @mac.com), nicht mit der Adresse Ihrer eigenen Domain.
provider-hint-b3f64da9 = Interia lässt Mailprogramme erst zu, wenn der Zugriff für sie (IMAP/POP3) in den Einstellungen von Interia Poczta eingeschaltet ist; erledigen Sie das zuerst im Webmail und verwenden Sie dann Ihre ganze Adresse und Ihr Passwort.
provider-hint-9f7a3eeb = Mail.ru verlangt in Mailprogrammen ein eigenes „password for external applications“ (Passwort für externe Anwendungen). Erstellen Sie es in den Sicherheitseinstellungen des Kontos und verwenden Sie es statt Ihres normalen Passworts.
provider-hint-39f06fb7 = Ist die Zwei-Faktor-Authentifizierung aktiv, erstellen Sie für das Mailprogramm ein E-Mail-App-Passwort („Einstellungen“ → „Sicherheit“); es lässt sich auch auf IMAP oder SMTP beschränken.
provider-hint-5b544d31 = Mailprogramme können sich nur mit einem bezahlten Tarif, der IMAP- und SMTP-Zugang enthält, mit Mailfence verbinden; prüfen Sie vor dem Einrichten eines Programms in den FAQ und der Preisübersicht von Mailfence, welche Tarife ihn enthalten.
provider-hint-6d6fef25 = IMAP und POP akzeptieren nur „Mit Microsoft anmelden“ (OAuth2). Eventuell muss Ihre Organisation das Mailprogramm außerdem freigeben, bevor Sie sich anmelden können.
provider-hint-a0eaa4e1 = Der Versand über smtp.office365.com braucht SMTP AUTH, das in vielen Organisationen abgeschaltet ist. Die Administration muss zuerst „Authentifiziertes SMTP“ für Ihr Postfach erlauben.
provider-hint-3b4cf7d0 = Der Versand mit einfachem Passwort läuft aus: Microsoft will ihn für bestehende Organisationen Ende Dezember 2026 standardmäßig abschalten und später ganz entfernen. Nutzen Sie OAuth2, wo Sie können.
provider-hint-14383017 = Nur Mailprogramme, die „Mit Microsoft anmelden“ (OAuth2) anbieten, können sich verbinden. Ihr Kontopasswort und App-Passwörter werden für IMAP, POP und SMTP gleichermaßen abgelehnt.
provider-hint-58dc9ab6 = Microsoft hat Anmeldungen mit Passwort für private Konten am 16. September 2024 abgeschaltet. Ein Programm, das nur nach einem Passwort fragt, wird weiter scheitern: Aktualisieren Sie es oder wechseln Sie zu einem Programm mit Microsoft-Anmeldung.
provider-hint-6967f7f5 = Senden klappt nur über Port 587 mit STARTTLS; Port 465 gibt es für Outlook.com nicht.
provider-hint-f59c0ba3 = Erstellen Sie in den Posteo-Einstellungen für jedes Mailprogramm ein App-Passwort und verwenden Sie es dort statt Ihres Anmeldepassworts.
provider-hint-e9ac9be6 = Ist der „Zusätzliche Postfachschutz“ aktiv, sperrt Posteo IMAP, POP3 und SMTP vollständig; schalten Sie ihn ab, um ein Mailprogramm zu nutzen.
provider-hint-9ea3a564 = Proton-Postfächer sind Ende-zu-Ende-verschlüsselt, daher erreichen Mailprogramme die Server von Proton nicht direkt. Installieren Sie mit einem bezahlten Tarif Proton Mail Bridge auf demselben Computer wie das Mailprogramm und lassen Sie die Bridge laufen; die hier gezeigten Server sind die der Bridge selbst (127.0.0.1). Verwenden Sie den Benutzernamen und das Passwort, die die Bridge anzeigt, nicht Ihr Proton-Passwort, und prüfen Sie die Ports, die die Bridge anzeigt: Sind diese belegt, wählt sie andere. Die Bridge nutzt ein eigenes Zertifikat; das Mailprogramm fragt Sie womöglich, ob Sie es akzeptieren.
provider-hint-1622e885 = Für eine Adresse auf Ihrer eigenen Domain können Apps und Geräte mit einem Tarif, der SMTP-Übermittlung enthält, auch über smtp.protonmail.ch, Port 587 (STARTTLS) senden, mit einem SMTP-Token, das Sie in den Proton-Einstellungen für diese Adresse erstellen. Persönliche Proton-Adressen können das nicht nutzen, und Ihr Proton-Passwort funktioniert dort nicht.
provider-hint-9cf43109 = Ein neues Runbox-Konto kann erst aus einem Mailprogramm senden, wenn Sie die bei der Registrierung angegebene alternative Adresse bestätigen (Runbox schickt Ihnen dafür einen Link) oder ein bezahltes Abo abschließen; bis dahin scheitert das Senden mit einem Fehler zu Benutzername oder Passwort.
provider-hint-6dd55239 = Schalten Sie zuerst in den Einstellungen im Webmail von Sina Mail den Dienst IMAP4/SMTP ein; bis dahin werden Mailprogramme abgewiesen.
provider-hint-a0a0a090 = Sina Mail gibt Ihnen dann einen Client-Autorisierungscode (客户端授权码): Geben Sie ihn in Ihrem Mailprogramm statt Ihres Sina-Passworts als Passwort ein.
provider-hint-f76310ca = Mailprogramme brauchen das separate „Passwort für E-Mail-Programme“, nicht Ihr Passwort für den Telekom Login. Legen Sie es in Telekom Mail unter „Einstellungen“ → „Passwörter“ fest und verwenden Sie es dann im Programm.
provider-hint-77365cce = Tuta hat keinen SMTP- oder IMAP-Server, daher kann kein Mailprogramm, Skript oder Gerät von einer Tuta-Adresse senden. Nutzen Sie die eigenen Apps von Tuta (Desktop, Android, iOS) oder das Webmail; um aus Software zu senden, nutzen Sie ein anderes Postfach oder einen Versanddienst.
provider-hint-99dd79ed = Sie können Kopien eingehender Mail von einem anderen Konto an Tuta weiterleiten, und Tuta kann eine andere Adresse über neue Mail benachrichtigen; beides erlaubt keinem Mailprogramm, unter Ihrer Tuta-Adresse zu senden.
provider-hint-2d92aca7 = Schalten Sie zuerst in den Einstellungen des WEB.DE-Webmails den Zugriff per POP3/IMAP ein; bis dahin werden Mailprogramme abgewiesen.
provider-hint-3cf5eb6f = Ist die Zwei-Faktor-Authentifizierung aktiv, erstellen Sie in den Sicherheitseinstellungen von WEB.DE ein anwendungsspezifisches Passwort und verwenden Sie es im Mailprogramm.
provider-hint-c45146b9 = Geben Sie als Benutzernamen nur den Teil Ihrer Adresse vor dem @ ein. Wird das abgelehnt, versuchen Sie die ganze Adresse.
provider-hint-3d796e2d = Yahoo lehnt Ihr normales Passwort in Mailprogrammen ab. Öffnen Sie „Account-Info“ → „Account-Sicherheit“, wählen Sie „App-Passwort generieren“ und geben Sie diesen Code statt Ihres Passworts ein (außer das Programm bietet „Mit Yahoo anmelden“ an).
provider-hint-681d0bd6 = Öffnen Sie in den Einstellungen von Yandex Mail „Mail clients“ und erlauben Sie den Zugriff per IMAP (und bei Bedarf POP3), bevor Sie ein Programm verbinden.
provider-hint-3d32ff9a = Yandex akzeptiert Ihr Kontopasswort in Mailprogrammen nicht. Erstellen Sie in den Sicherheitseinstellungen Ihrer Yandex ID ein App-Passwort vom Typ „Mail“ und verwenden Sie es stattdessen.
provider-hint-44d690d6 = Jedes Zoho-Konto liegt in einem Rechenzentrum (USA, Europa, Indien, Australien, Japan, Kanada, Saudi-Arabien oder China) mit eigenen Servernamen. Falls wir Ihres nicht erkennen konnten, sehen Sie sich die Webadresse an, während Sie in Zoho Mail angemeldet sind: mail.zoho.eu bedeutet die .eu-Server, mail.zoho.in die .in-Server und so weiter.
provider-hint-384cf61a = Schalten Sie in Zoho Mail unter „Settings“ → „Mail Accounts“ den Zugriff per IMAP (oder POP) ein, bevor Sie ein Mailprogramm verbinden.
provider-hint-de09a2af = Ist die Zwei-Faktor-Authentifizierung aktiv, erstellen Sie unter „Zoho Accounts“ → „Security“ ein anwendungsspezifisches Passwort und verwenden Sie es statt Ihres Passworts.
provider-hint-fb9be988 = Für Konten in einer Organisation mit Bezahltarif nennt Zoho eigene Server, smtppro… und imappro… (mit der Endung Ihres Rechenzentrums); private Konten nutzen smtp… und imap…. Eine Adresse auf Ihrer eigenen Domain verrät das nicht: Lehnt smtp… ein funktionierendes Passwort ab, versuchen Sie smtppro….
provider-hint-cc3c2f99 = Erstellen Sie SMTP-Zugangsdaten in der SES-Konsole („SMTP settings“) für die Region, aus der Sie senden. Das sind nicht Ihr AWS-Zugriffsschlüssel und Ihr geheimer Schlüssel: SES leitet einen eigenen SMTP-Benutzernamen und ein eigenes Passwort ab, und ein für eine Region erstellter Satz funktioniert in keiner anderen.
provider-hint-75d70a9e = Verwenden Sie den Endpunkt der AWS-Region, in der Ihre SES-Identitäten (verifizierte Domains und Adressen) liegen: email-smtp. gefolgt vom Regionscode und .amazonaws.com.
provider-hint-49af4216 = Kopieren Sie in den Einstellungen „SMTP & API“ von Brevo auf dem Reiter „SMTP“ den dort angezeigten SMTP-Login (das ist der Benutzername) und generieren Sie einen SMTP-Schlüssel als Passwort. Weder Ihr Brevo-Passwort noch ein API-Schlüssel funktioniert hier.
provider-hint-6e1e5b9b = SMTP-Zugangsdaten gehören zu einer Versanddomain, nicht zu Ihrem Konto: Öffnen Sie in Mailgun „Sending“, dann „Domain settings“, wählen Sie die Domain und deren Reiter „SMTP credentials“. Der Benutzername ist eine vollständige Adresse auf dieser Domain (oft postmaster@ gefolgt von der Domain); das Passwort für das Control Panel funktioniert nicht.
provider-hint-7935f9f0 = Ein Mailgun-Konto liegt entweder in den USA oder in der EU, und jede Region hat einen eigenen Host; ein Konto in der einen Region kann nicht über die andere senden.
provider-hint-af572fad = Melden Sie sich mit Ihrem Mailjet-API-Schlüssel als Benutzernamen und dem zugehörigen geheimen Schlüssel (Secret Key) als Passwort an (beides unter „Account settings“, dann „API keys“), und senden Sie von einer Absenderadresse oder Domain, die Sie validiert haben.
provider-hint-75523c71 = Verwenden Sie das Server API Token Ihres Postmark-Servers („Server“, dann „API Tokens“) als Benutzernamen und als Passwort. Postmark bietet nur STARTTLS: Port 465 gibt es nicht.
provider-hint-09790b89 = Broadcast-Mail (Massenversand) läuft über einen eigenen Host, smtp-broadcasts.postmarkapp.com; der hier genannte Host ist für Transaktionsmail.
provider-hint-9cf809e6 = Melden Sie sich mit dem Benutzernamen resend und einem Ihrer Resend-API-Schlüssel als Passwort an. Gesendet wird nur von einer Domain, die Sie bei Resend verifiziert haben.
provider-hint-735b7909 = Erstellen Sie in den SendGrid-Einstellungen einen API-Schlüssel mit mindestens der Berechtigung „Mail Send“. Der Benutzername ist das Wort apikey selbst, genau so geschrieben; das Passwort ist der Schlüssel.
provider-hint-63b7c356 = SendGrid sendet nur von Adressen oder Domains, die Sie in Ihrem Konto verifiziert haben („Sender Identity“).
provider-hint-7d9ae7b7 = Erstellen Sie unter „Sending“, dann „SMTP Users“ einen SMTP-Benutzer (Name und Passwort) und verifizieren Sie die Absenderadressen oder die Domain unter „Sending“, dann „Verified Senders“. Ihre Anmeldedaten für SMTP2GO funktionieren hier nicht.
provider-hint-82c048c8 = SMTP2GO betreibt auch standortgebundene Hosts (mail-us, mail-eu, mail-eu2 und mail-au unter smtp2go.com) für Kunden, deren Mail in einer bestimmten Region verarbeitet werden muss.
provider-hint-8b885380 = Schalten Sie in den Einstellungen des NetEase-Webmails POP3/SMTP/IMAP ein, bevor Sie die Adresse in einem Mailprogramm hinzufügen.
provider-hint-ba2c8d3a = Fügen Sie dort anschließend einen Client-Autorisierungscode (客户端授权密码) hinzu und geben Sie ihn in Ihrem Mailprogramm als Passwort ein. Kostenlose Konten können nur ein paar Codes gleichzeitig haben.
provider-hint-cb3a0bed = Telstra Mail lehnt Ihr normales Passwort in Mailprogrammen ab. Melden Sie sich im Webmail von Telstra an, öffnen Sie „Settings“, dann „Accounts“, generieren Sie ein App-spezifisches Passwort für das Programm und fügen Sie es dort stattdessen ein.
provider-hint-44927a25 = Xfinity sperrt Mailprogramme aus, bis der Zugriff für Programme von Drittanbietern für Ihre comcast.net-Adresse erlaubt ist. Die hier verlinkte Hilfeseite von Xfinity zeigt, wo Sie ihn einschalten; melden Sie sich danach mit der ganzen Adresse an.
provider-hint-403e71da = Daum Mail lehnt Mailprogramme ab, bis Sie IMAP/SMTP einschalten: Öffnen Sie Daum Mail auf einem Computer, gehen Sie zu „Settings“, dann „IMAP/POP3“, schalten Sie IMAP/SMTP ein und speichern Sie. Ist die Bestätigung in zwei Schritten aktiv, verwenden Sie statt Ihres eigenen Passworts das Passwort, das Daum dafür ausgibt.
provider-hint-127d33a1 = Mailprogramme können eine mail.com-Adresse nur mit mail.com Premium nutzen. Ältere kostenlose Konten, die IMAP schon hatten, behalten es.
provider-hint-cf2386b1 = Schalten Sie in Ihren mail.com-Einstellungen den Zugriff per POP3/IMAP ein, bevor Sie das Mailprogramm einrichten.
provider-hint-52e9b202 = Schalten Sie IMAP/SMTP in den Einstellungen von Naver Mail ein („Environment settings“, dann „POP3/IMAP settings“), bevor Sie ein Mailprogramm einrichten.
provider-hint-15b6b395 = Geben Sie im Mailprogramm ein Anwendungspasswort ein, nicht Ihr Naver-Passwort. Naver erstellt eines nur für Konten mit Bestätigung in zwei Schritten: Schalten Sie diese in den Sicherheitseinstellungen Ihrer Naver ID ein und erstellen Sie dort dann das Anwendungspasswort.
provider-hint-36de722c = ssl0.ovh.net ist der Server für die MX-Plan-Postfächer von OVHcloud (die beim Webhosting enthaltenen). Postfächer von Email Pro und Exchange empfangen über dieselben MX-Hosts, senden aber über andere Server: Entnehmen Sie diese der Anleitung von OVHcloud zu Ihrem Angebot.
provider-hint-291b9a7b = Schalten Sie zuerst in den Einstellungen im Webmail von QQ Mail („Settings“, dann „Account“) den Dienst IMAP/SMTP ein; bis dahin werden Mailprogramme abgewiesen.
provider-hint-ff6a0f43 = Beim Einschalten des Dienstes gibt Ihnen QQ Mail einen Autorisierungscode (授权码). Geben Sie diesen Code in Ihrem Mailprogramm als Passwort ein; Ihr QQ-Passwort funktioniert dort nicht.
provider-hint-ba5c60d2 = Schalten Sie in den Einstellungen von Rambler Mail (mail.rambler.ru) den Zugriff für Mailprogramme ein, bevor Sie ein Mailprogramm einrichten.
provider-hint-b791b678 = Adressen mit verizon.net liegen jetzt bei AOL Mail. Melden Sie sich auf aol.com mit Ihrer verizon.net-Adresse an, erstellen Sie unter „Account Security“ ein App-Passwort und geben Sie es in Ihrem Mailprogramm statt Ihres Passworts ein.
provider-hint-f8172437 = Die alten Verizon-Server (incoming.verizon.net, outgoing.verizon.net) funktionieren nicht mehr: Verwenden Sie die hier gezeigten AOL-Server.
provider-hint-fe34dccd = Der Anbieter nennt nur unverschlüsselte Postausgangsserver. Ihr Passwort wäre unterwegs lesbar; fragen Sie den Anbieter nach einer verschlüsselten Möglichkeit (Port 465 oder 587).
provider-hint-cf87ed07 = Schalten Sie in den Webmail-Einstellungen des Anbieters den Zugriff für Mailprogramme (IMAP/POP) ein, bevor Sie ein Mailprogramm einrichten.
provider-hint-b60610b0 = Bei Aruba-Hosting ist IMAP ein an die Domain gebundener Dienst, der mit ihr verlängert wird; läuft er aus, können per IMAP eingerichtete Programme keine Verbindung mehr herstellen.
provider-hint-5619dc09 = freenet weist Mailprogramme ab, bis Sie sie zulassen: Melden Sie sich im Web bei freenet Mail an, öffnen Sie die Postfach-Einstellungen, suchen Sie den Abschnitt POP3/IMAP/SMTP, setzen Sie das Häkchen, das diese Protokolle einschaltet, und speichern Sie.
provider-hint-1e1539a9 = Verwenden Sie das Passwort der E-Mail-Adresse selbst, nicht das, mit dem Sie sich beim Infomaniak Manager oder im Webmail anmelden; die beiden sind getrennt, auch wenn sie gleich aussehen.
provider-hint-96f2cfdc = Infomaniak begrenzt, wie viele Nachrichten eine Adresse pro 24 Stunden senden darf, je nach Tarif auf 100 bis 1440, und jeder Empfänger (auch in CC und BCC) zählt als eine Nachricht.
provider-hint-5e83e7ea = Nauta nimmt höchstens 20 Empfänger pro Nachricht an; teilen Sie größere Aussendungen auf.
provider-hint-2914be63 = Verwenden Sie das E-Mail-Passwort der Adresse @shaw.ca, nicht Ihr Anmeldepasswort für MyRogers (Shaw). Der Kontoinhaber legt es in MyRogers (Shaw) fest oder ändert es dort: „Manage Internet“, dann „Email Accounts“.
provider-hint-2c2bb518 = Ein Telenet-Postfach, das einem Benutzer zugewiesen ist, hat dasselbe Passwort wie dessen Telenet-Login; Postfächer werden in Mijn Telenet angelegt und verwaltet.
provider-hint-8e315374 = Melden Sie sich mit Ihrem TPG-Benutzernamen an, also dem Namen, unter dem Ihr TPG-Konto eröffnet wurde (meist der Teil vor dem @ der ersten Adresse, die TPG Ihnen gegeben hat). Eine Alias-Adresse leitet E-Mails nur weiter und kann nicht zur Anmeldung verwendet werden.
provider-hint-4bb7ddd8 = ukr.net sperrt Mailprogramme, bis Sie in den Postfach-Einstellungen im Web den IMAP-Zugriff für externe Programme erlauben; erledigen Sie das einmalig, bevor Sie die Adresse hinzufügen.
provider-hint-3cc8dd5d = Ist für Ihr PEC-Postfach die Bestätigung in zwei Schritten aktiv, erstellen Sie im PEC-Webmail ein eigenes Passwort für Mailprogramme und verwenden Sie es dort statt Ihres normalen Passworts.
provider-hint-bd87d148 = Der Postausgangsserver von Spectrum erwartet auf Port 587 SSL/TLS ab dem ersten Byte, nicht STARTTLS, das die meisten Server auf diesem Port verwenden. Wenn Ihr Programm 587 von sich aus mit STARTTLS kombiniert, stellen Sie es auf SSL/TLS um.
provider-hint-dd528448 = Fügen Sie die Adresse als IMAP-Konto hinzu: Laut der Hilfe von Spectrum wird die E-Mail dort mit IMAP eingerichtet.
provider-hint-0f6aa87e = Sky Yahoo Mail lehnt das Passwort Ihrer Sky iD in Mailprogrammen ab. Melden Sie sich mit Ihrer Sky iD auf der Seite von Sky zur Verwaltung des App-Zugriffs an, erstellen Sie ein App-Passwort und geben Sie stattdessen dieses im Programm ein.
provider-hint-d2863d15 = Xtra Mail ist seit Mai 2024 ein kostenpflichtiges Spark-Abo, das in MySpark unter „Subscriptions“ verwaltet wird. Wird es gekündigt, funktioniert nach dem nächsten Abrechnungsdatum keine Xtra-Adresse des Kontos mehr.
provider-hint-cce2b1eb = Die Mailserver von EOLO nehmen nur Verbindungen aus Italien an: Ein Mailprogramm im Ausland kann Ihre ngi.it-Mails weder abrufen noch senden.
provider-hint-3eb6cb8e = Melden Sie sich mit der Hauptadresse Ihres Mailo-Kontos an: Von einem Alias können Sie zwar senden, als Benutzername funktioniert ein Alias aber nicht.
provider-hint-f85ff1aa = Free schaltet das Senden aus Mailprogrammen standardmäßig ab. Öffnen Sie auf der Verwaltungsseite Ihrer Free-Adresse die Einstellung für authentifiziertes SMTP (Gestion du SMTP authentifié) und schalten Sie sie ein, bevor Sie das Programm einrichten.
provider-hint-b298230f = Mailprogramme akzeptieren das Passwort Ihres Swisscom Login nicht. Verwenden Sie Ihre Bluewin-Adresse als Benutzernamen und das separate Bluewin-E-Mail-Passwort, das Sie in My Swisscom finden.
provider-hint-5e3e0bdb = OK.de lässt Mailprogramme erst zu, wenn der IMAP/POP-Zugriff in den Einstellungen des OK.de-Webmails eingeschaltet ist. Erledigen Sie das zuerst und verwenden Sie dann Ihre Adresse und Ihr Passwort.
provider-hint-fa66dcee = Mailprogramme melden sich bei Thundermail mit einem App-Passwort an: Legen Sie eines in den E-Mail-Einstellungen Ihres Thundermail-Kontos fest und verwenden Sie es statt Ihres Kontopassworts.
provider-hint-920f7b86 = WP Poczta weist Mailprogramme ab, bis der Zugriff für sie (IMAP, POP3 und SMTP) in den Einstellungen von WP Poczta eingeschaltet ist. Erledigen Sie das zuerst im Webmail und verwenden Sie dann Ihre vollständige Adresse und Ihr Passwort.
provider-hint-52e66a12 = Geben Sie als Benutzernamen Ihre GWDG-Benutzerkennung (den Kontonamen) ein, nicht Ihre E-Mail-Adresse; sie stimmt oft nicht mit dem Teil vor dem @ überein.
provider-hint-e43cbc64 = Wird Ihre vollständige Adresse als Benutzername abgelehnt, versuchen Sie es nur mit dem Teil vor dem @.
provider-hint-150f51d4 = Vivaldi gibt E-Mail nur für Konten frei, die sich in der Vivaldi-Community etwas Ansehen erworben haben. Solange Sie das Webmail noch nicht nutzen können, kommen auch Mailprogramme nicht hinein.
provider-hint-ccd67e03 = Verwenden Sie dasselbe Passwort wie für Moodle und Abitur-Online des Kollegs.
provider-hint-c0935fc0 = Melden Sie sich mit Ihrer vollständigen CenturyLink-E-Mail-Adresse und deren E-Mail-Passwort an. Das ist nicht die Anmeldung für Ihr Online-Konto „My CenturyLink“.
provider-hint-c95b2411 = Mailprogramme brauchen ein E-Mail-App-Passwort, nicht Ihr übliches Passwort. Melden Sie sich mit Ihrer Virgin Media O2 ID bei „My Virgin Media“ an und erstellen Sie eines unter „Account settings“, „ID settings“, „Manage your products“, „Manage email app password“.
provider-hint-035005a2 = Bevor Sie die Adresse in einem Mailprogramm hinzufügen, melden Sie sich bei mail.gov.in an und aktivieren Sie „IMAP Access“ unter „Settings“, „Mail Accounts“; fehlt diese Option, muss die Administration Ihrer Behörde IMAP zuerst freigeben. Ist die Zwei-Faktor-Authentifizierung eingeschaltet, verwenden Sie statt Ihres Passworts ein anwendungsspezifisches Passwort.
provider-hint-2dbe3f9d = Mailprogramme melden sich mit einem IMAP/SMTP-Schlüssel statt mit Ihrem Countermail-Passwort an. Nur Premium-Konten haben einen: Er steht unter „Settings“ → „Security and Keys“.
provider-hint-f76e6a54 = Mailprogramme akzeptieren das Passwort Ihres StartMail-Kontos nicht. Fügen Sie in den Web-Einstellungen von StartMail jedes Programm als vertrauenswürdiges Gerät hinzu und geben Sie das IMAP-Passwort ein, das StartMail dafür erstellt.
provider-hint-36821d8f = Mweb nimmt höchstens 25 Empfänger pro Nachricht und etwa 400 Nachrichten pro Stunde an, jede bis zu 35 MB groß; verschicken Sie größere Aussendungen in kleineren Portionen.
provider-hint-a7006177 = o2 Poczta lässt Mailprogramme erst zu, wenn der Zugang für sie in den Einstellungen von o2 Poczta eingeschaltet ist. Schalten Sie ihn zuerst im Webmail ein und melden Sie sich dann mit Ihrer vollständigen Adresse und Ihrem Passwort an.
provider-hint-139f2ada = J:COM bewahrt Nachrichten nur 60 Tage auf seinem Mailserver auf. Speichern Sie alles, was Sie länger brauchen, zusätzlich an einem anderen Ort.
provider-hint-ea18f089 = Die Mailserver von ASAHI Net verlangen Ihre ASAHI-Net-ID und deren Passwort, nicht Ihre E-Mail-Adresse. Nur bei Adressen auf @asahi-net.or.jp ist die ID der Teil vor dem @; sonst finden Sie sie in Ihren Vertragsunterlagen.
provider-hint-e434ed62 = Mailprogramme brauchen einen bezahlten Tarif bei Forward Email: SMTP, IMAP und POP3 gibt es nur für zahlende Kunden, der kostenlose Tarif leitet Mails nur weiter.
provider-hint-58b9de83 = Mailprogramme brauchen ein für die Alias-Adresse erzeugtes Passwort, nicht das Passwort Ihres Forward-Email-Kontos: Wählen Sie unter My Account, Domains, Aliases neben der Adresse „Generate Password“ und verwenden Sie es zusammen mit der vollständigen Adresse als Benutzernamen.
provider-hint-fd70e63c = Richten Sie vor dem ersten Versand die Einträge für ausgehende Mails der Domain ein (My Account, Domains, Settings, Outbound SMTP Configuration); Forward Email gibt danach jede Domain von Hand für den Versand frei, meist innerhalb eines Tages.
provider-hint-b1c5903d = Über den SMTP-Server von Forward Email kann jeder Nutzer und jede Domain 300 Nachrichten am Tag senden; brauchen Sie mehr, fragen Sie den Support.
provider-hint-f45b3bb3 = Ist für Ihr Alibaba-Mail-Postfach das eigene Passwort für Drittanbieter-Programme eingeschaltet, braucht ein Mailprogramm dieses erzeugte Passwort statt Ihres Anmeldepassworts.
provider-hint-3423acb9 = Postfächer, die über die internationale Website von Alibaba Cloud gekauft wurden, nutzen die Server dieser Website, zum Beispiel smtp.sg.aliyun.com für Singapur, nicht smtp.qiye.aliyun.com.
provider-hint-20bea1fb = Variomedia sperrt ein Postfach automatisch für den Versand, wenn von mehr als 150 darüber verschickten Nachrichten mehr als ein Viertel unzustellbar ist (bei mehr als 1.000 Nachrichten mehr als ein Zehntel). Entfernen Sie die ungültigen Adressen aus Ihrer Liste und bitten Sie dann den Variomedia-Support, das Postfach wieder freizuschalten.
provider-hint-df83b648 = Inbox.lv lässt Mailprogramme erst zu, wenn Sie den Zugang einschalten: Öffnen Sie im Webmail die Optionen, dann die Seite für Weiterleitung, Mailprogramme und SMS-Benachrichtigungen, und aktivieren Sie den externen POP3/IMAP- und SMTP-Zugang.
provider-hint-e5845ca6 = Beim Einschalten des Zugangs zeigt Inbox.lv ein eigenes, erzeugtes Passwort an: Geben Sie dieses im Mailprogramm ein, mit Ihrer vollständigen Adresse als Benutzername. Jedes Mal, wenn der Zugang erneut eingeschaltet wird, erhalten Sie ein neues Passwort.
provider-hint-bba3d6e5 = Ein kostenloses Inbox.lv-Postfach darf höchstens 15 Nachrichten pro Stunde senden; wird das überschritten oder der Zugang für Mailprogramme zwei Monate lang nicht genutzt, wird der Zugang wieder abgeschaltet.
provider-hint-7fed0227 = Mail.ee lässt Mailprogramme erst zu, wenn Sie in den Einstellungen des mail.ee-Webmails den externen POP3/IMAP- und SMTP-Zugang aktivieren. Melden Sie sich dann mit Ihrer vollständigen Adresse an.
provider-hint-45f094c1 = Mail.ee erlaubt höchstens 15 gesendete Nachrichten pro Stunde; wird das überschritten oder der Zugang für Mailprogramme zwei Monate lang nicht genutzt, wird der Zugang wieder abgeschaltet.
