# mailsetup's page in English: the source every translation follows.
# Project Fluent syntax (https://projectfluent.org/). Every message here must exist in
# de.ftl, fr.ftl and es.ftl with the same variables (a test checks it).

## Header, footer, language

header-tagline = Working outgoing-mail (SMTP) settings for any address, proven live.
static-title = mailsetup: working SMTP settings for any email address
static-description = Type your email address: get your provider's SMTP server, port, security and login, set-up steps for your mail program, and a live test of the settings.
static-loading = Loading the settings finder…
static-noscript = mailsetup needs JavaScript and WebAssembly to run.
static-panic-title = Something went wrong
static-panic-text = The page hit an internal error and stopped. Reload to start again; the address you typed is kept in the link.
footer-data = Provider data: mailsetup's own research, Thunderbird's ISPDB and Delta Chat's provider notes (both MPL-2.0).
footer-privacy = Nothing you type leaves this page unless you press a button that says so.
language-switch = Language
title-provider = { $provider } SMTP settings, tested – { $brand }
title-domain = SMTP settings for { $domain } – { $brand }
title-start = { $brand }: working SMTP settings for any email address

## Lists

list-and = { $first } and { $last }
list-or = { $first } or { $last }

## The address field and the start

address-region = Email address
address-label = Your email address or domain
address-keep-typing = Keep typing…
address-did-you-mean = Did you mean
address-did-you-mean-end = ?
address-keep-text = No, { $text } is right
address-idn = { $unicode } (written { $ascii } in DNS and in mail programs that need it)
intro-lead = Type your address to see your provider's outgoing-mail server, port, security and login, with set-up steps for your mail program and a live test.
intro-try = Try one:

## Copying

copy = Copy
copy-done = Copied
copy-failed = Select and copy by hand
copy-field = Copy { $field }
download = Download

## Announcements for screen readers

announce-finished = Test finished. { $summary }
announce-answer = { $provider }: { $host } port { $port }, { $security }
announce-no-smtp = { $provider }: no SMTP access
announce-did-you-mean = Did you mean { $suggestion }?
testing = Testing…

## The answer card

status-ok = Works with your password
status-sign-in = Sign in with { $name }
status-app-password = App password first
status-enable = Switch access on first
status-api-key = API key first
status-bridge = { $provider } Bridge on your computer
status-not-here = Not in this program
status-no-client-access = No SMTP access
status-guess = Best guess: test it
no-smtp = This provider offers no SMTP: no mail program, app or server can send through it, so there is nothing to set up or test. Use its own apps and web mail.
region-label = Data centre:
region-main = Not sure (the main one)
card-server = Server
card-port = Port
card-security = Security
card-user-name = User name
card-password = Password
card-copy-server = Copy the server name
card-copy-user = Copy the user name
card-copy-all = Copy all settings
auth-password = Normal password
auth-password-encrypted = Encrypted password (CRAM-MD5)
auth-app-password = App password
auth-api-key = API key or SMTP credential from the service
auth-oauth2 = OAuth2 (sign in with the provider)
auth-ntlm = NTLM
auth-gssapi = Kerberos / GSSAPI
auth-client-certificate = TLS client certificate
auth-client-ip = None (by network address)
auth-none = None
test-start = Test these settings
test-again = Test again
proof-works-word = Works
proof-works = — { $host } port { $port } tested just now { $from }.
proof-also =
    { $count ->
        [one] Port { $ports } also works.
       *[other] Ports { $ports } also work.
    }
proof-fails-word = Did not work
proof-unchecked-word = Not checked:
proof-fails = { $from }: { $summary }
scope = Connects to { $targets } and goes as far as the login, without logging in or sending mail.
scope-target =
    { $count ->
        [one] { $host } on port { $ports }
       *[other] { $host } on ports { $ports }
    }
scope-and-to = , and to{" "}
from-this-computer = from this computer
from-place = from { $place }
from-proxy-network = from the proxy's network
audience-local = the probe proxy on this computer
audience-place = the probe proxy at { $place } (run by this site's operator)
audience-operator = this site's probe proxy (run by its operator)
no-test-no-proxy = Live testing needs the probe proxy, which this page is not connected to. Run it yourself with `cargo xtask serve` (or `probe-proxy serve`) and open the page it serves.
no-test-checking = Checking the probe proxy…
no-test-unavailable = The probe proxy is not available right now, so these settings cannot be tested here.
no-test-ports = This proxy does not test the ports these settings use.

## The first step

first-step-link = Step-by-step instructions
first-step-minutes =
    { $minutes ->
        [one] about 1 minute
       *[other] about { $minutes } minutes
    }
first-step-count =
    { $count ->
        [one] The 1 step
       *[other] The { $count } steps
    }
first-app-password = Create an app password first
first-app-password-1 = Open the instructions and sign in to your { $provider } account.
first-app-password-2 = If it asks, turn on two-step verification first: app passwords need it.
first-app-password-3 = Create an app password, named after your mail program, and copy it.
first-app-password-4 = Use it as the password here and in your mail program, not your normal password.
first-enable = Turn on access for mail programs first
first-enable-1 = Sign in to { $provider }'s web mail and open its settings.
first-enable-2 = Turn on access for mail programs (IMAP, POP or SMTP), as the instructions show.
first-enable-3 = Save, then test below.
first-sign-in-3 = Allow the program access: it fills in the server settings itself. Nothing to create first.
first-sign-in-2 = Sign in on { $name }’s page that opens, with your password and second step if you have one.
first-sign-in-1 = In { $program }, add your account: it offers to sign in with { $name }.
first-sign-in = Sign in with { $name } in { $program }
first-bridge = Install the provider's bridge first
first-bridge-1 = Install { $provider }'s bridge program on this computer.
first-bridge-2 = Sign in to it: it shows a server, port, user name and password for your mail program.
first-bridge-3 = Use those values in your mail program: the bridge sends your mail.
first-api-key-3 = Use the user name shown here and the key as the password, in your app or server.
first-api-key-2 = Create a key or SMTP credential that may send mail, and copy it: it is shown once.
first-api-key-1 = Sign in to { $provider } and open its API key or SMTP settings.
first-api-key = Create an API key first
first-retiring = Password login is being retired
first-retiring-1 = Set the account up with { $provider }'s own sign-in (OAuth2) where your mail program offers it.
first-retiring-2 = Keep the instructions at hand: password logins stop working when the provider says.

## Guides: the programs, the quick way and the frame

client-thunderbird = Thunderbird
client-outlook = Outlook (classic)
client-new-outlook = New Outlook
client-gmail-send-as = Gmail “Send mail as”
client-apple-mail = Apple Mail (Mac)
client-ios = iPhone / iPad
client-android-gmail = Android (Gmail app)
client-thunderbird-android = Thunderbird for Android
client-other = Any other program
guides-title = Set it up, step by step
guides-program = Mail program:
guides-program-list = Mail program
guides-steps = The steps
rooms-label = More on this page
room-person-tab = Set up
room-developers-tab = Developers
room-owner-tab = Domain owner
room-developers = For developers and admins
room-developers-what = Every server, files, code, test commands, sending services
room-owner = For the owner of { $domain }
room-owner-what = Files and DNS records that set mail programs up; this page in your help portal
guides-steps-by-hand = Or type it in by hand
profile-title = The quick way: a profile that sets it up
profile-ios = Open this page on the iPhone or iPad in Safari and tap the button below. Then open Settings: “Profile Downloaded” appears near the top (or under General → VPN & Device Management). Tap it, then Install; the password is asked for there.
profile-mac = Download the profile and open it. Then open System Settings, find it under General → Device Management (on older macOS: Privacy & Security → Profiles) and install it there; the password is asked for then.
profile-unsigned = { $system } marks the profile “Not Signed” or “Unverified”. That only means no company’s certificate vouches for the file: this page made it for your address, on your device, and it holds no password. Before you install it, check that it names { $host }.
profile-qr = On a computer? Scan this code with the iPhone’s camera to open this page there.
guide-title = Set up { $address } in { $program }
quick-ios = The quick way: Settings → Apps → Mail → Mail Accounts → Add Account → { $name }, and sign in as { $address }. The iPhone sets everything up itself.
quick-apple-mail = The quick way: Mail → Add Account → { $name }, and sign in as { $address }. Mail sets everything up itself.
quick-thunderbird = The quick way: add an existing mail account with your name and { $address }, leave the password empty, and let Thunderbird find the settings; it opens { $name }’s sign-in page. No server settings to type.
quick-thunderbird-android = The quick way: add an account with { $address }; Thunderbird finds the settings and offers to sign in with { $name }. No server settings to type.
quick-android-gmail-google = Your Gmail account is already there: the Gmail app sends with it.
quick-android-gmail = The quick way: Gmail app → your picture → Add another account → { $name }, and sign in as { $address }.
quick-outlook = The quick way: add the account with { $address } only; Outlook recognises { $name } and opens its sign-in page.

## Guides: notes

guide-note-app-password = Create an app password at { $provider } first (the first step above shows how); your normal password will be refused.
guide-note-guessed = These servers are guesses from the usual names; test them below before you rely on them.
guide-note-api-key = { $provider } is a sending service for apps and servers: the user name is { $user }, and the password is an API key or SMTP credential you create in its settings.
guide-note-bridge = { $provider } reaches mail programs through its Bridge on this computer: install it, sign in to it, and use the user name and password it shows. The servers below are the Bridge’s own.
guide-note-enable = Turn on access for mail programs in your { $provider } settings first; then your normal password works.

## Guides: field labels, as the programs show them

guide-label-full-name = Your full name
guide-label-email = Email address
guide-label-password = Password
guide-label-protocol = Protocol
guide-label-hostname = Hostname
guide-label-port = Port
guide-label-connection-security = Connection security
guide-label-auth-method = Authentication method
guide-label-username = Username
guide-label-user-name = User name
guide-label-server = Server
guide-label-encryption-method = Encryption method
guide-label-spa = Require logon using Secure Password Authentication (SPA)
guide-label-incoming-server = Incoming mail server
guide-label-outgoing-server = Outgoing mail server
guide-label-smtp-server = SMTP server
guide-label-secure-connection-type = Secure connection type
guide-label-connection = Connection
guide-label-account-type = Account type
guide-label-use-tls = Use TLS/SSL
guide-label-use-ssl = Use SSL
guide-label-authentication = Authentication
guide-label-ios-incoming-host = Incoming Mail Server: Host Name
guide-label-ios-incoming-user = Incoming Mail Server: User Name
guide-label-ios-outgoing-host = Outgoing Mail Server: Host Name
guide-label-ios-outgoing-user = Outgoing Mail Server: User Name
guide-label-server-port = Server Port
guide-label-security = Security
guide-label-security-type = Security type

## Guides: options to pick, in words

guide-value-full-name = the name people see
guide-value-app-password = an app password
guide-value-your-password = your email password
guide-value-api-key = the API key or SMTP credential from the service
guide-value-bridge-password = the password the Bridge shows
guide-value-password-sign-in = nothing: the program opens the provider’s sign-in page
guide-value-auth-oauth2 = OAuth2
guide-value-auth-encrypted = Encrypted password
guide-value-auth-ntlm = NTLM
guide-value-auth-gssapi = Kerberos / GSSAPI
guide-value-auth-certificate = TLS Certificate
guide-value-auth-none = No authentication
guide-value-auth-normal = Normal password
guide-value-auth-password = Password
guide-value-on = on
guide-value-off = off
guide-value-gmail-ssl = Secured connection using SSL
guide-value-gmail-tls = Secured connection using TLS

## Guides: the steps

guide-thunderbird-open = Open the ≡ menu → Account Settings → Account Actions → Add Mail Account.
guide-thunderbird-password = Enter the password and click “Configure manually”.
guide-thunderbird-incoming = Under INCOMING SERVER set:
guide-thunderbird-outgoing = Under OUTGOING SERVER set:
guide-thunderbird-done = Click “Re-test”, then “Done”.
guide-outlook-open = Choose File → Add Account.
guide-outlook-manual = Type your address, open “Advanced options”, tick “Let me set up my account manually” and click Connect.
guide-outlook-choose = Choose { $protocol }.
guide-outlook-incoming = Incoming mail:
guide-outlook-outgoing = Outgoing mail:
guide-outlook-password = Click Next, enter the password and click Connect.
guide-outlook-if-sending-fails = If sending fails later: File → Account Settings → Account Settings → your account → Change → More Settings → Outgoing Server, and tick “My outgoing server (SMTP) requires authentication” with “Use same settings as my incoming mail server”.
guide-new-outlook-open = Open Settings (the gear) → Accounts → Email accounts → Add account.
guide-new-outlook-address = Type your address and click Continue.
guide-new-outlook-imap = If Outlook offers a choice, pick IMAP (“Sync with IMAP”), then “Show more” to see every field.
guide-new-outlook-incoming = Incoming server ({ $protocol }):
guide-new-outlook-outgoing = Outgoing (SMTP) server:
guide-new-outlook-continue = Click Continue.
guide-gmail-open = In Gmail on the web, open Settings (the gear) → See all settings → Accounts and Import.
guide-gmail-add-address = Next to “Send mail as” click “Add another email address”, enter the name and address, and click Next Step.
guide-gmail-smtp = Fill in the SMTP server:
guide-gmail-confirm = Click Add Account. Gmail sends a confirmation code to that address: open it there and confirm.
guide-apple-mail-open = In Mail choose Mail → Add Account → Other Mail Account → Continue.
guide-apple-mail-sign-in = Enter name, address and password, and click Sign In.
guide-apple-mail-servers = If Mail cannot find the servers, it asks for them:
guide-apple-mail-check = Then check the outgoing server: Mail → Settings → Accounts → your account → Server Settings. Untick “Automatically manage connection settings” under Outgoing Mail Server and set:
guide-ios-open = Open Settings → Apps → Mail → Mail Accounts → Add Account → Other → Add Mail Account (older iOS: Settings → Mail → Accounts).
guide-ios-sign-in = Enter name, address and password, and tap Next.
guide-ios-servers = Choose { $protocol } and fill in both servers:
guide-ios-check = Tap Next, then Save. To check the port: your account → Account → Outgoing Mail Server (SMTP) → the primary server:
guide-android-gmail-open = In the Gmail app tap your profile picture → Add another account → Other, enter the address and tap “Manual setup”.
guide-android-gmail-personal = Choose “Personal ({ $protocol })” and enter the password.
guide-android-gmail-incoming = Incoming server settings:
guide-android-gmail-outgoing = Outgoing server settings (keep “Require sign-in” on):
guide-thunderbird-android-open = Open Thunderbird, tap Add account, enter the address and, if it cannot find the servers, choose “Manual setup”.
guide-thunderbird-android-incoming = Incoming server:
guide-thunderbird-android-outgoing = Outgoing server:
guide-other-outgoing = Outgoing mail (SMTP):
guide-other-alternative = If that port is blocked on your network, the other one:
guide-other-incoming = Incoming mail ({ $protocol }):

## Which port?

explainer-title = Which port? 465, 587 or 25
explainer-465 = 465 — SSL/TLS (implicit TLS)
explainer-465-text = The connection is encrypted from the first byte. RFC 8314 (2018) recommends this for mail programs sending mail: it is not deprecated, it is preferred. Use it when your provider offers it.
explainer-587 = 587 — STARTTLS
explainer-587-text = The standard submission port: the connection starts in plain text and switches to encryption with the STARTTLS command before you log in. Secure when the mail program insists on STARTTLS; use it when 465 is not offered or is blocked.
explainer-25 = 25 — relay between servers
explainer-25-text = Mail servers use port 25 to hand mail to each other. Mail programs should not: many internet providers and cloud hosts block outgoing port 25 to stop spam, and many servers accept no login there.
explainer-modes = “SSL/TLS” and “STARTTLS” in a mail program's settings mean exactly these two modes. “None” sends your password readable by anyone on the way: never use it.

## Test results

probe-title = Test results
probe-details = Details: steps, timing, certificate, transcript
probe-total = { $host }: all ports tested at once in { $ms } ms.
probe-cached = (A repeat of a test from the last minute, so the earlier result is shown.)
matrix-label = Test results by port
matrix-reachable = Reachable
matrix-encrypted = Encrypted
matrix-certificate = Certificate
matrix-login = Login after encryption
cell-not-tested = Not tested
cell-testing = Testing…
cell-yes = Yes
cell-no = No
cell-failed = Failed
cell-no-starttls = No STARTTLS
cell-valid = Valid
cell-expires =
    { $days ->
        [one] Expires in { $days } day
       *[other] Expires in { $days } days
    }
cell-expired = Expired
cell-wrong-name = Wrong name
cell-not-trusted = Not trusted
cell-not-offered = Not offered
cell-login-offered = Yes: { $mechanisms }
use-instead = Use this instead
use-instead-label = Use { $host } port { $port } with { $security }
fix-server-name = For { $host }: set the server name to { $name }, the name in its certificate.
fix-security = For { $host } port { $port }: set the connection security to { $security }.
summary-none-tested = No port could be tested.
summary-none-works = None of these settings works. { $reasons }.
summary-no-such-servers = None of the usual mail server names exists for { $domain }: check the spelling of the address, or whether { $domain } receives mail at all.
summary-not-checked = { $reasons }. We could not check from here, so this says nothing against these settings; try again later.
reason-proxy-lookup = The probe proxy could not look up { $host } just now
summary-use-port = Use { $port }.
summary-use-host = Use { $host } port { $port }.
summary-also-works =
    { $count ->
        [one] { $ports } also works.
       *[other] { $ports } also work.
    }
summary-also-there =
    { $count ->
        [one] Port { $ports } there also works.
       *[other] Ports { $ports } there also work.
    }
summary-host-also =
    { $count ->
        [one] { $host } port { $ports } also works.
       *[other] { $host } ports { $ports } also work.
    }
where-local = The test ran from this computer (the proxy runs here), so it shows what your own network allows.
where-remote = The test ran from { $place }, not from your computer: your own network may block ports it can reach. The commands under “Test from your own computer” check from where you are.
where-proxy-network = the proxy's network
host-port = { $host } port { $port }
step-limit = a step may take up to { $seconds } s
so-far = { $seconds } s so far
ms = { $ms } ms
transcript = Transcript ({ $ms } ms in all)
transcript-of = Transcript of { $host } port { $port }
mark-done = done
mark-failed = failed
mark-skipped = skipped
mark-running = running
mark-waiting = waiting
step-resolve = Look up the address
step-connect = Connect
step-tls = TLS handshake
step-greeting = Server greeting
step-ehlo = EHLO
step-starttls = STARTTLS
step-ehlo-tls = EHLO inside TLS
step-login = Log in
step-test-message = Send a test message
step-quit = QUIT
step-other = Another step
auth-before-tls = Login offered before encryption
auth-after-tls = Login offered after encryption
auth-not-asked = not asked
auth-none-offered = none
cert-encryption = Encryption
cert-certificate = Certificate
cert-names = Names in it
cert-issuer = Issued by
cert-valid-until = Valid until
cert-until =
    { $days ->
        [one] { $date } ({ $days } day left)
       *[other] { $date } ({ $days } days left)
    }
cert-valid = valid
cert-expires-soon =
    { $days ->
        [one] valid, but expires in { $days } day
       *[other] valid, but expires in { $days } days
    }
cert-expired = expired
cert-wrong-name = issued for { $names }, not for the server name you use
cert-untrusted = not from an authority mail programs trust

## The verdict of a port

headline-works = Port { $port } works: { $mode }, { $cert }, { $login }.
headline-warnings = Port { $port } works, with warnings: { $mode }, { $cert }, { $login }.
headline-not-usable = Port { $port } cannot be used: { $problem }.
headline-cert-trusted = { $version }, trusted certificate
headline-cert-problem = { $version }, certificate problem
headline-no-tls = no TLS
headline-login-offered = login after encryption ({ $mechanisms })
headline-no-login = no login offered
headline-login-works = your login as { $user } works
headline-message-accepted = your login works and the test message to { $to } was accepted

## Findings: what the test found, and what to do (one title and one advice per code)

finding-said = The server said: { $said }
finding-resolve-failed = The server name does not resolve
finding-resolve-failed-advice = Check the spelling of the server name. If it is right, the provider's DNS is failing; try again later.
finding-not-allowed = This proxy does not test that address or port
finding-not-allowed-advice = Public proxies only test public mail servers on mail ports. To test a server on your own network, run the proxy yourself (`probe-proxy serve --allow-private-targets`).
finding-connection-refused = Nothing accepts connections on port { $port }
finding-connection-refused-advice = The server actively refused: it does not offer this port. Check the port number; providers usually offer 465 (SSL/TLS) and/or 587 (STARTTLS).
finding-port-filtered = No answer on port { $port }: it looks blocked
finding-port-filtered-advice =
    { $port ->
        [25] Connections to port 25 vanish without an answer, which is what a firewall does. Most home internet providers and cloud hosts block outgoing port 25; use port 465 or 587 instead.
       *[other] Connections vanish without an answer, which is what a firewall does. A firewall on the network the test ran from, or at the provider, drops this port. Try the other submission port, or test from a different network (a phone hotspot) to tell which side blocks it.
    }
finding-unreachable = The server cannot be reached
finding-unreachable-advice = There is no network route to it from where the test ran. Check the host name; if it is right, the server or its network is down.
finding-greeting-timeout = The server never said hello
finding-greeting-timeout-advice = It accepted the connection but stayed silent. If this port uses SSL/TLS from the start (like 465), choose SSL/TLS instead of STARTTLS. Otherwise the server is overloaded.
finding-timeout = The server stopped answering at “{ $step }”
finding-timeout-advice = It took longer than the time limit. A busy or misbehaving server, or a middlebox that interferes with mail; try again later.
finding-closed = The server hung up during “{ $step }”
finding-closed-advice = It closed the connection without a proper reply, often because it does not trust the address the test came from.
finding-refused = The server refused the connection ({ $said })
finding-refused-advice = A 554 means it will not talk to the address the test came from (often a block list); a 421 means it is busy or limiting connections; try again later.
finding-not-smtp = Something other than a mail server answers on port { $port }
finding-not-smtp-advice = Check the port and the host name: this is not an SMTP service.
finding-wrong-security-mode =
    { $security ->
        [implicit] Port { $port } starts in plain text: it uses STARTTLS, not SSL/TLS
       *[other] Port { $port } expects TLS from the first byte: it uses SSL/TLS, not STARTTLS
    }
finding-wrong-security-mode-advice = Change the connection security setting in your mail program to match.
finding-protocol-error = The server's replies break the SMTP rules
finding-protocol-error-advice = Its replies are malformed or far too long. Mail programs may fail in odd ways; tell the server's operator.
finding-no-starttls = Port { $port } offers no encryption (no STARTTLS)
finding-no-starttls-advice = Your password and mail would travel readable by anyone on the way. Use port 465 (SSL/TLS) if the provider offers it; never send a password over this port.
finding-starttls-refused = The server advertised STARTTLS but refused it
finding-starttls-refused-advice = Its TLS set-up is broken (for example a missing certificate). Tell the server's operator.
finding-data-after-starttls = Unexpected data arrived right after STARTTLS; the test stopped
finding-data-after-starttls-advice = Bytes that arrive before the TLS handshake could be injected by an attacker (the CVE-2011-0411 class of flaw). A correct server never sends them. Tell the server's operator.
finding-tls-failed = The TLS handshake failed: { $problem }
finding-tls-failed-advice = The server's TLS is too old or broken for a modern client. Mail programs will fail the same way.
finding-helo-refused = The server refused to greet the test client
finding-helo-refused-advice = It rejected both EHLO and HELO, usually as a policy against unknown clients.
finding-failed = The test failed at “{ $step }”
finding-failed-advice = { "" }
finding-plaintext = Port { $port } was tested without encryption
finding-plaintext-advice = A password sent this way can be read by anyone on the way. Use 465 (SSL/TLS) or 587 (STARTTLS).
finding-implicit-tls = Encrypted from the first byte (SSL/TLS)
finding-implicit-tls-advice = RFC 8314 prefers this mode for sending mail: nothing travels before encryption starts.
finding-certificate-untrusted = The certificate is not trusted ({ $reason })
finding-certificate-untrusted-advice = Mail programs will warn or refuse to connect. The server's operator must install a certificate from a public authority (with its intermediate certificates).
finding-certificate-name-mismatch = The certificate is not for { $server }
finding-certificate-name-mismatch-advice =
    { $named ->
        [yes] It names { $names }. Use one of those as the server name in your mail program.
       *[no] Mail programs will refuse it. Ask the provider for the exact server name.
    }
finding-certificate-expires-soon =
    { $days ->
        [one] The certificate expires in { $days } day
       *[other] The certificate expires in { $days } days
    }
finding-certificate-expires-soon-advice = Unless it is renewed in time, mail programs will start refusing the server.
finding-certificate-ok = Trusted certificate for { $server }
finding-certificate-ok-advice = { "" }
finding-tls-1-2 = TLS 1.2 (not 1.3)
finding-tls-1-2-advice = Still secure, but the server could be updated to TLS 1.3.
finding-helo-only = The server does not understand EHLO
finding-helo-only-advice = It speaks only the old HELO dialect: no STARTTLS and no login are possible.
finding-auth-before-tls = Password login ({ $mechanisms }) is offered before encryption
finding-auth-before-tls-advice = A mail program set to “None” instead of STARTTLS would send your password readable. Make sure yours is set to STARTTLS; the server's operator should allow login only after TLS.
finding-auth-after-tls-only = Login is offered only after encryption
finding-auth-after-tls-only-advice = Passwords cannot be sent in the clear by mistake.
finding-no-auth = The server offers no login on this port
finding-no-auth-advice = A mail program cannot sign in here, so the server will not accept mail from it for other domains. Check the port; some servers offer login only on 587 or 465.
finding-size-limit = Largest message: { $size } MB
finding-size-limit-advice = { "" }
finding-port-25-is-relay = Port 25 is for mail servers talking to each other
finding-port-25-is-relay-advice = Mail programs should send through port 465 (SSL/TLS) or 587 (STARTTLS). Many internet providers and cloud hosts block outgoing port 25 to stop spam, so it often fails from home.
finding-login-ok = Your login as { $user } works
finding-login-ok-advice = Use the same user name and password in your mail program.
finding-login-wrong-credentials = The user name or password was not accepted
finding-login-wrong-credentials-advice = Check the user name (most providers want the whole address) and retype the password. If the provider asks for an app password, your normal password is refused this way too: create one in the account's security settings and use it here.
finding-login-app-password-required = This account needs an app password
finding-login-app-password-required-advice = The account has two-step sign-in, so mail programs must use an app password instead of the normal one. Create one in the account's security settings and use it as the password.
finding-login-password-disabled = Password logins are turned off for this account
finding-login-password-disabled-advice = The provider or the organisation's security defaults block logins with a password. Use a mail program that signs in with the provider's own sign-in page (OAuth2), or ask the administrator to allow authenticated SMTP for this mailbox.
finding-login-smtp-auth-disabled = Sending through this server is turned off for the mailbox or organisation
finding-login-smtp-auth-disabled-advice = An administrator must turn on authenticated SMTP (SMTP AUTH) for the organisation and for this mailbox; until then no password works.
finding-login-too-many-attempts = The server refuses logins for now after too many failed attempts
finding-login-too-many-attempts-advice = Wait a while before trying again. Providers that answer this way (Yahoo, AOL) usually want an app password rather than the normal one.
finding-login-temporary-failure = The server could not check the login just now
finding-login-temporary-failure-advice = A temporary failure at the provider; try again in a few minutes.
finding-login-encryption-required = The server wants encryption before the login
finding-login-encryption-required-advice = Set the connection security to SSL/TLS (port 465) or STARTTLS (port 587).
finding-login-refused = The server refused the login
finding-login-refused-advice = The server's own words say why.
finding-login-not-safe =
    { $risk ->
        [untrusted] Your password was not sent: the certificate is not trusted
        [wrong-name] Your password was not sent: the certificate is not made out to this server name
        [plain] Your password was not sent: the connection is not encrypted
       *[other] Your password was not sent: the connection is not safe enough
    }
finding-login-not-safe-advice = The test logs in only over an encrypted connection whose certificate is trusted and made out to the server's name, as a careful mail program does. Fix the problem above, or use a server name the certificate is made out to.
finding-no-common-mechanism = The server offers no login method that fits what you gave
finding-no-common-mechanism-advice = With a password the test uses PLAIN or LOGIN; with a sign-in token, OAUTHBEARER or XOAUTH2. Check the methods the server offers below, and whether the provider wants the other kind.
finding-message-accepted = The server accepted a test message to { $to }
finding-message-accepted-advice = It should arrive in a minute; if it does not, look in the spam folder.
finding-message-relay-denied = The server will not pass the message on
finding-message-relay-denied-advice = It does not relay for this login: check that the login succeeded on this server and that you send through the server of the account you logged in with.
finding-message-sender-not-owned = The login may not send from this address
finding-message-sender-not-owned-advice = The server accepts mail from the addresses the account owns. Send from the login's own address, or add this one to the account first (“Send mail as” or an alias).
finding-message-too-large = The server says the message is too large
finding-message-too-large-advice = The test message is tiny, so the server's limit is set oddly low; tell its operator.
finding-message-temporary-failure = The server could not take the message just now
finding-message-temporary-failure-advice = A temporary failure or a sending limit; try again later.
finding-message-refused = The server refused the test message
finding-message-refused-advice = The server's own words say why.

## For domain owners and help portals

kit-title = Make mail programs set themselves up
kit-intro = Publish these files at these addresses (HTTPS, valid certificate) and the DNS records below. Thunderbird, Outlook and others then find the settings from the address alone.
kit-srv = SRV records (RFC 6186, RFC 8314)
kit-copy-srv = Copy the SRV records
kit-hosts = Host names the files need
embed-title = Embed this for your users (help portals)
embed-widget = Paste this into a help page: it shows the compact view for { $domain } in this page's language and resizes itself. embed.js comes from this site; the lang attribute picks the language (en, de, fr, es).
embed-copy-widget = Copy the widget code
embed-widget-code = Widget code
embed-iframe = Or, without a script from this site, a plain frame with its own resize script:
embed-copy-iframe = Copy the frame code
embed-iframe-code = Frame code
embed-frame-title = Email settings
embed-not-allowed = This site does not let other sites frame this page, so a help portal would show an empty frame. Its operator can allow a portal when starting the probe proxy:
embed-how = How to allow a portal
embed-allowed = This site lets these sites frame the page: { $origins }.

## More about the provider

summary-title = Good to know about { $provider }
summary-matched-domain = Recognised by the domain { $domain }.
summary-checked = Checked against the provider’s own documentation in { $month }.
summary-more = What else to know ({ $count })
report-wrong = Report wrong data
report-wrong-intro = The report says which provider and settings this page showed, and where the data comes from. It does not contain your email address.
report-wrong-what = What is wrong, and where did you find the right settings?
report-wrong-title = Wrong data: { $provider }
report-wrong-copy = Copy the report
report-wrong-send = Send the report
report-wrong-nowhere = Copy the report and send it to whoever runs this site.
summary-matched-service = A sending service for apps and servers.
summary-matched-mx = Recognised by the domain's mail server { $host }: mail for this domain is hosted there.
summary-matched-none = Not a provider we know yet.
summary-warning-plaintext = This provider lists only unencrypted servers: your password would travel readable. Ask the provider for port 465 or 587 with encryption.
summary-warning-region = This provider runs several data centres and the address does not say which is yours: pick it in the card above if you know it.
summary-warning-no-access = This provider offers no SMTP or IMAP: no mail program, app or server can send through it. Use its own apps and web mail.
hint-app-password = App password
hint-api-key = Create an SMTP credential
hint-enable-imap = Enable access first
hint-oauth2-only = Provider sign-in only
hint-basic-auth-retiring = Password login retiring
hint-needs-bridge = Needs a bridge
hint-choose-region = Choose your data centre
hint-sending-limits = Sending limits
hint-paid-plan = Paid plan needed
hint-alternative = What it offers instead
hint-other = Good to know

## Every server

servers-title = All servers
servers-recommended = Recommended: { $server }.
servers-why = Why
servers-also = Outgoing mail (SMTP), also offered
servers-other-outgoing = Other outgoing servers
servers-incoming = Incoming mail (IMAP / POP3)
servers-imap = IMAP servers
servers-pop3 = POP3 servers
servers-incoming-user = Note: the user name for incoming mail is { $incoming }, not { $outgoing }.

## The login test

login-title = Also prove the login (optional)
login-password = Password (or app password)
login-send-test = Then send a test message to myself
login-note = Your password goes from this page to { $audience } and from there only to the mail server, inside encryption with a trusted certificate. It is not stored, not put in the address bar, and not kept after the test.
login-start = Test the login

## Files and code

files-title = Files and code
files-config = Config files
files-download = Download { $file }
files-download-mobileconfig = Download Apple profile (.mobileconfig)
files-download-failed = The download did not start: { $error }
files-qr-label = A QR code that opens this page on a phone
files-code = Code that sends a test message
files-copy-code = Copy the code
files-code-of = { $program } code
files-copy-commands = Copy the { $program } commands
files-commands-of = { $program } commands
files-own-computer = Test from your own computer
files-own-computer-text = Your network may block ports the proxy can reach, or the other way round. These commands test from where you are:

## Sending services

services-title = Sending from an app or a server? Use a sending service
services-service = Service:
services-choose = Choose one
services-region = Region:
services-region-main = Not sure (shows the main one)
services-details = Details

## Looking a domain up

discover-unknown = { $domain } is not in our provider data.
discover-origin-guessed = The servers above are guesses from the usual names.
discover-origin-proven = The server above was guessed from the usual names and a test proved it.
discover-origin-published = The servers above are the ones the domain publishes.
discover-look-up = Look it up
discover-look-up-text = asks the proxy for the domain's mail servers (MX), its SRV records and its autoconfig file.
discover-doh = Ask DNS for the mail servers
discover-doh-text = sends the domain name (not your address) to { $endpoint }, a DNS-over-HTTPS service, to recognise hosted mail such as Google Workspace or Microsoft 365.
discover-looking = Looking it up…
discover-asking = Asking DNS…
discover-no-mx = The domain has no mail servers (no MX records).
discover-mx-found = Mail servers (MX): { $hosts }
discover-title = What DNS and the domain say
discover-mx = Mail servers (MX)
discover-srv = SRV records
discover-none = none
discover-autoconfig-found =
    { $count ->
        [one] found, { $count } outgoing server
       *[other] found, { $count } outgoing servers
    }
discover-autoconfig-missing = not there
discover-autoconfig-failed = could not be read: { $reason }
discover-candidates = Servers to try
discover-candidate = { $security } — from { $source }
discover-source-provider = known provider
discover-source-srv = SRV record
discover-source-autoconfig = the domain's autoconfig file
discover-source-guess = guess

## What is wrong with a typed address

error-empty = Type an email address, like someone@example.com, or a domain.
error-space = An address has no spaces in it.
error-many-at = There is more than one @. An address has exactly one, before the domain.
error-no-local-part = The part before the @ is missing.
error-no-domain = The domain after the @ is missing, e.g. someone@example.com.
error-local-part-long = The part before the @ is { $length } characters long; the limit is { $limit }.
error-local-part-dot-end = The part before the @ cannot start or end with a dot.
error-local-part-dots = The part before the @ cannot have two dots in a row.
error-local-part-character = The part before the @ cannot contain "{ $character }".
error-local-part-quote = The part before the @ has an opening quote but no closing quote.
error-domain-long = The domain is { $length } characters long; the limit is { $limit }.
error-label-long = The domain part "{ $label }" is longer than { $limit } characters.
error-no-dot = The domain needs a dot, like example.com.
error-invalid-domain = "{ $domain }" is not a valid domain: { $reason }.
error-domain-empty-part = it has an empty part between dots
error-domain-punctuation = it contains punctuation that domains cannot have
error-domain-invalid-idn = it is not a valid internationalised domain name
error-domain-idn-unsupported = international domain names cannot be converted here
error-domain-edge-hyphen = a part cannot start or end with a hyphen
error-domain-characters = it contains characters that domains cannot have
error-ip-literal = Addresses with an IP address instead of a domain cannot be set up in mail clients.
error-address-long = The whole address is { $length } characters long; the limit is { $limit }.

## Why a request to the probe proxy failed (by the proxy's error code)
request-no-proxy = This page is not connected to a probe proxy.
request-unreachable = The probe proxy could not be reached. Check your connection and try again.
request-status = The probe proxy answered with an error (HTTP { $status }).
request-bad-answer = The probe proxy's answer could not be read.
request-ended = The probe proxy ended the test before it finished. Try again.
refusal-invalid-request = The probe proxy did not understand the request.
refusal-invalid-host = That is not a server name the probe proxy can test.
refusal-resolve-failed = That server name has no address.
refusal-target-not-allowed = The probe proxy does not connect to that address: it is private or reserved.
refusal-port-not-allowed = The probe proxy does not test that port.
refusal-too-many-ports = One test can check six ports at most.
refusal-invalid-login = The login test cannot run with these values: check the user name; a test message goes only to your own address.
refusal-busy = The probe proxy is busy. Try again in a few seconds.
refusal-client-busy = Your earlier tests are still running. Try again once they finish.
refusal-rate-limited = You started many tests in a short time. Wait a minute, then try again.
refusal-target-rate-limited = This server was tested several times in the last minute. Try again in a minute.
refusal-login-rate-limited = There were too many login tests for this account or server just now. Try again later.
refusal-too-large = The request was too large for the probe proxy.
refusal-body-timeout = The request reached the probe proxy too slowly. Try again.
refusal-cross-site = The probe proxy does not accept tests started from this site.
refusal-unknown-domain = No settings are served here for that domain.
refusal-login-not-allowed = This probe proxy does not run login tests.
refusal-store-unavailable = The probe proxy cannot check its limits just now, so it runs no tests. Try again in a few seconds.
refusal-other = The probe proxy refused the request.

## Why a certificate is not trusted
cert-problem-unknown-issuer = issued by an authority that is not trusted
cert-problem-expired = expired
cert-problem-not-valid-yet = not valid yet
cert-problem-not-valid-for-name = not valid for this server name
cert-problem-bad-signature = bad signature
cert-problem-revoked = revoked
cert-problem-bad-encoding = not a readable certificate
cert-problem-not-for-servers = not meant for servers
cert-problem-ca-used-as-server = an authority's certificate used as the server's own
cert-problem-server-used-as-ca = a server's certificate used as an authority
cert-problem-chain-too-long = the chain of authorities is too long
cert-problem-none-checked = no certificate was checked
cert-problem-other = rejected by the certificate checks

## Why a TLS handshake failed
tls-problem-invalid-name = the server name cannot be used for TLS
tls-problem-no-certificate = the server presented no certificate
tls-problem-too-large = the server sent a TLS message larger than clients accept (such as a huge certificate chain)
tls-problem-not-tls = the server did not answer with TLS
tls-problem-malformed = the server sent a malformed TLS message
tls-problem-old-version = the server speaks no TLS version a modern client accepts (TLS 1.2 or 1.3)
tls-problem-no-common-cipher = the server and a modern client have no cipher in common
tls-problem-alert = the server broke off the handshake
tls-problem-misbehaved = the server broke the TLS protocol
tls-problem-other = the handshake did not complete

## The way in: how each program signs in
way-in-sign-in = its own “Sign in with { $name }”: nothing to create or type
way-in-app-password = an app password from { $provider }
way-in-password = your { $provider } password
way-in-enable-first = your { $provider } password, once access for mail programs is on
way-in-bridge = { $provider } Bridge on the same computer, with the password it shows
way-in-api-key = an API key or SMTP credential, user name { $user }
way-in-not-here-bridge = cannot: { $provider } Bridge runs on a computer
way-in-not-here-sign-in = cannot: { $provider } accepts only its own sign-in, which this program lacks
way-in-not-here-service = not for mail programs: { $provider } sends for apps and servers
way-in-no-access = cannot: { $provider } lets no program in

## Why a server is where it is in the list
why-plain = Not encrypted: your password and mail travel readable by anyone on the way. Avoid it.
why-implicit-465 = Encrypted from the first byte (SSL/TLS). RFC 8314 prefers this for sending mail.
why-submission-587 = The standard submission port: the connection switches to encryption (STARTTLS) before you log in.
why-relay-25 = Port 25 is meant for servers relaying mail to each other; internet providers often block it. Use it only if nothing else works.
why-implicit = Encrypted from the first byte (SSL/TLS) on port { $port }.
why-starttls = Switches to encryption with STARTTLS on port { $port }.
why-guessed = A guess from the usual names; test it before you rely on it. { $reason }
why-srv = Published by the domain in its SRV records. { $reason }
why-autoconfig = Published by the domain in its autoconfig file. { $reason }
why-tested = Tested just now: it works. { $reason }
