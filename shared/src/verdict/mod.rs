//! Turning the facts of a probed port into a verdict and plain advice.
//!
//! Pure: [`crate::wire::PortReport::new`] calls [`assess`] on a port's finished
//! [`PortFacts`], and the page shows the result as it is. Each finding says what was seen
//! and what to do about it; its [`FindingCode`] is what code and tests match on.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::facts::{FailureKind, PortFacts, Step, TlsVersion};
use crate::provider::Security;
use crate::smtp::{Reply, SizeLimit};

/// Can this port be used to send mail from a mail program?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Usability {
    /// Works for submission with a password, encrypted.
    Ready,
    /// Works, but with something to know or fix.
    Warnings,
    /// Not usable for sending from a mail program.
    NotUsable,
    /// A usability this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
}

/// How much a finding matters, in this order: good, info, (a severity from a newer
/// proxy), warning, problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Good,
    Info,
    Warning,
    Problem,
    /// A severity this build does not know (from a newer proxy): ranked between advice
    /// and a warning.
    #[serde(other)]
    Other,
}

impl Severity {
    fn rank(self) -> u8 {
        match self {
            Severity::Good => 0,
            Severity::Info => 1,
            Severity::Other => 2,
            Severity::Warning => 3,
            Severity::Problem => 4,
        }
    }
}

impl PartialOrd for Severity {
    fn partial_cmp(&self, other: &Severity) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Severity {
    fn cmp(&self, other: &Severity) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

macro_rules! finding_codes {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// What a finding is about: stable, for code, tests and styling (`data-code` on the
        /// page). On the wire it is the snake_case id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum FindingCode {
            $($(#[$doc])* $variant,)*
            /// A code this build does not know (read from a newer proxy).
            Unknown,
        }

        impl FindingCode {
            /// Every code this build produces.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant),*];

            /// The stable id, e.g. `auth_before_tls`.
            pub const fn id(self) -> &'static str {
                match self {
                    $(FindingCode::$variant => $id,)*
                    FindingCode::Unknown => "unknown",
                }
            }
        }
    };
}

finding_codes! {
    ResolveFailed = "resolve_failed",
    NotAllowed = "not_allowed",
    ConnectionRefused = "connection_refused",
    /// No answer to the connection attempt: a firewall.
    PortFiltered = "port_filtered",
    Unreachable = "unreachable",
    /// Connected on a STARTTLS port, but the server never said hello (often implicit TLS).
    GreetingTimeout = "greeting_timeout",
    Timeout = "timeout",
    Closed = "closed",
    Refused = "refused",
    NotSmtp = "not_smtp",
    WrongSecurityMode = "wrong_security_mode",
    ProtocolError = "protocol_error",
    NoStartTls = "no_starttls",
    StartTlsRefused = "starttls_refused",
    DataAfterStartTls = "data_after_starttls",
    TlsFailed = "tls_failed",
    HeloRefused = "helo_refused",
    /// A failure with no more specific code.
    Failed = "failed",
    Plaintext = "plaintext",
    ImplicitTls = "implicit_tls",
    CertificateUntrusted = "certificate_untrusted",
    CertificateNameMismatch = "certificate_name_mismatch",
    CertificateExpiresSoon = "certificate_expires_soon",
    CertificateOk = "certificate_ok",
    Tls12 = "tls_1_2",
    HeloOnly = "helo_only",
    AuthBeforeTls = "auth_before_tls",
    AuthAfterTlsOnly = "auth_after_tls_only",
    NoAuth = "no_auth",
    SizeLimit = "size_limit",
    Port25IsRelay = "port_25_is_relay",
    LoginOk = "login_ok",
    LoginWrongCredentials = "login_wrong_credentials",
    LoginAppPasswordRequired = "login_app_password_required",
    LoginPasswordDisabled = "login_password_disabled",
    LoginSmtpAuthDisabled = "login_smtp_auth_disabled",
    LoginTooManyAttempts = "login_too_many_attempts",
    LoginTemporaryFailure = "login_temporary_failure",
    LoginEncryptionRequired = "login_encryption_required",
    /// A refusal no rule recognises: the server's own words are the title.
    LoginRefused = "login_refused",
    /// The password was kept back (no TLS, or an untrusted certificate).
    LoginNotSafe = "login_not_safe",
    NoCommonMechanism = "no_common_mechanism",
    MessageAccepted = "message_accepted",
    MessageRelayDenied = "message_relay_denied",
    MessageSenderNotOwned = "message_sender_not_owned",
    MessageTooLarge = "message_too_large",
    MessageTemporaryFailure = "message_temporary_failure",
    MessageRefused = "message_refused",
}

impl FindingCode {
    /// The code with this id; [`FindingCode::Unknown`] for ids this build does not know.
    pub fn from_id(id: &str) -> FindingCode {
        FindingCode::ALL.iter().copied().find(|c| c.id() == id).unwrap_or(FindingCode::Unknown)
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// On the wire by its id; unknown ids read as [`FindingCode::Unknown`].
impl Serialize for FindingCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.id().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for FindingCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        std::borrow::Cow::<str>::deserialize(deserializer).map(|id| FindingCode::from_id(&id))
    }
}

/// One thing the probe found, with advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: FindingCode,
    pub title: String,
    #[serde(default)]
    pub advice: String,
}

/// The verdict for one port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub usability: Usability,
    pub headline: String,
    pub findings: Vec<Finding>,
}

fn finding(severity: Severity, code: FindingCode, title: impl Into<String>, advice: impl Into<String>) -> Finding {
    Finding { severity, code, title: title.into(), advice: advice.into() }
}

pub use crate::facts::EXPIRY_WARNING_DAYS;

/// Assesses the facts of a finished probe of one port.
pub fn assess(report: &PortFacts) -> Verdict {
    let port = report.port;
    let mut findings = Vec::new();
    if let Some(failure) = &report.failure {
        findings.push(failure_finding(report, failure.kind, failure.step, &failure.message));
    }
    // A failed login or test message says nothing against the connection itself.
    let connection_done =
        report.failure.as_ref().is_none_or(|f| matches!(f.step, Step::Login | Step::TestMessage | Step::Quit));
    if connection_done {
        connection_findings(report, &mut findings);
    }
    if port == 25 {
        findings.push(finding(
            Severity::Info,
            FindingCode::Port25IsRelay,
            "Port 25 is for mail servers talking to each other",
            "Mail programs should send through port 465 (SSL/TLS) or 587 (STARTTLS). Many internet \
             providers and cloud hosts block outgoing port 25 to stop spam, so it often fails from home.",
        ));
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let worst = findings.iter().map(|f| f.severity).max().unwrap_or(Severity::Good);
    let usability = match worst {
        Severity::Problem => Usability::NotUsable,
        Severity::Warning => Usability::Warnings,
        _ if port == 25 => Usability::Warnings,
        _ => Usability::Ready,
    };
    let headline = headline(report, usability, &findings);
    Verdict { usability, headline, findings }
}

fn headline(report: &PortFacts, usability: Usability, findings: &[Finding]) -> String {
    let port = report.port;
    let mode = report.security.label();
    match usability {
        Usability::Ready | Usability::Warnings => {
            let auth = report.ehlo_tls.as_ref().map(|c| c.auth_names().join(", ")).filter(|a| !a.is_empty());
            let auth = auth.map_or_else(|| "no login offered".to_owned(), |a| format!("login after encryption ({a})"));
            let cert = match &report.tls {
                Some(t) if t.chain_trusted && t.name_matches => format!("{}, trusted certificate", t.version.label()),
                Some(t) => format!("{}, certificate problem", t.version.label()),
                None => "no TLS".to_owned(),
            };
            let auth = match (&report.login, &report.test_message) {
                (Some(login), Some(message)) if login.accepted && message.accepted => {
                    format!("your login works and the test message to {} was accepted", message.to)
                }
                (Some(login), _) if login.accepted => format!("your login as {} works", login.user),
                _ => auth,
            };
            let lead = if usability == Usability::Ready { "works" } else { "works, with warnings" };
            format!("Port {port} {lead}: {mode}, {cert}, {auth}.")
        }
        Usability::NotUsable | Usability::Other => {
            let first = findings.iter().find(|f| f.severity == Severity::Problem);
            format!(
                "Port {port} cannot be used: {}.",
                first.map_or("see below", |f| f.title.as_str()).trim_end_matches('.')
            )
        }
    }
}

fn failure_finding(report: &PortFacts, kind: FailureKind, step: Step, message: &str) -> Finding {
    let port = report.port;
    let problem = |code: FindingCode, title: String, advice: &str| finding(Severity::Problem, code, title, advice);
    match kind {
        FailureKind::ResolveFailed => problem(
            FindingCode::ResolveFailed,
            "The server name does not resolve".to_owned(),
            "Check the spelling of the server name. If it is right, the provider's DNS is failing; try again later.",
        ),
        FailureKind::NotAllowed => problem(
            FindingCode::NotAllowed,
            "This proxy does not test that address or port".to_owned(),
            "Public proxies only test public mail servers on mail ports. To test a server on your own \
             network, run the proxy yourself (`probe-proxy serve --allow-private-targets`).",
        ),
        FailureKind::ConnectionRefused => problem(
            FindingCode::ConnectionRefused,
            format!("Nothing accepts connections on port {port}"),
            "The server actively refused: it does not offer this port. Check the port number; providers \
             usually offer 465 (SSL/TLS) and/or 587 (STARTTLS).",
        ),
        FailureKind::ConnectTimeout => problem(
            FindingCode::PortFiltered,
            format!("No answer on port {port}: it looks blocked"),
            if port == 25 {
                "Connections to port 25 vanish without an answer, which is what a firewall does. Most home \
                 internet providers and cloud hosts block outgoing port 25; use port 465 or 587 instead."
            } else {
                "Connections vanish without an answer, which is what a firewall does. A firewall on the \
                 network the test ran from, or at the provider, drops this port. Try the other submission \
                 port, or test from a different network (a phone hotspot) to tell which side blocks it."
            },
        ),
        FailureKind::Unreachable => problem(
            FindingCode::Unreachable,
            "The server cannot be reached".to_owned(),
            "There is no network route to it from where the test ran. Check the host name; if it is \
             right, the server or its network is down.",
        ),
        FailureKind::Timeout if step == Step::Greeting && report.security == Security::StartTls => problem(
            FindingCode::GreetingTimeout,
            "The server never said hello".to_owned(),
            "It accepted the connection but stayed silent. If this port uses SSL/TLS from the start \
             (like 465), choose SSL/TLS instead of STARTTLS. Otherwise the server is overloaded.",
        ),
        FailureKind::Timeout => problem(
            FindingCode::Timeout,
            format!("The server stopped answering at \"{}\"", step.label()),
            "It took longer than the time limit. A busy or misbehaving server, or a middlebox that \
             interferes with mail; try again later.",
        ),
        FailureKind::Closed => problem(
            FindingCode::Closed,
            format!("The server hung up during \"{}\"", step.label()),
            "It closed the connection without a proper reply, often because it does not trust the \
             address the test came from.",
        ),
        FailureKind::Refused => problem(
            FindingCode::Refused,
            format!("The server refused the connection ({message})"),
            "A 554 means it will not talk to the address the test came from (often a block list); a \
             421 means it is busy or limiting connections; try again later.",
        ),
        FailureKind::NotSmtp => problem(
            FindingCode::NotSmtp,
            format!("Something other than a mail server answers on port {port}"),
            "Check the port and the host name: this is not an SMTP service.",
        ),
        FailureKind::WrongSecurityMode => problem(
            FindingCode::WrongSecurityMode,
            if report.security == Security::ImplicitTls {
                format!("Port {port} starts in plain text: it uses STARTTLS, not SSL/TLS")
            } else {
                format!("Port {port} expects TLS from the first byte: it uses SSL/TLS, not STARTTLS")
            },
            "Change the connection security setting in your mail program to match.",
        ),
        FailureKind::Protocol => problem(
            FindingCode::ProtocolError,
            "The server's replies break the SMTP rules".to_owned(),
            "Its replies are malformed or far too long. Mail programs may fail in odd ways; tell the \
             server's operator.",
        ),
        FailureKind::StartTlsNotOffered => problem(
            FindingCode::NoStartTls,
            format!("Port {port} offers no encryption (no STARTTLS)"),
            "Your password and mail would travel readable by anyone on the way. Use port 465 \
             (SSL/TLS) if the provider offers it; never send a password over this port.",
        ),
        FailureKind::StartTlsRefused => problem(
            FindingCode::StartTlsRefused,
            "The server advertised STARTTLS but refused it".to_owned(),
            "Its TLS set-up is broken (for example a missing certificate). Tell the server's operator.",
        ),
        FailureKind::DataAfterStartTls => problem(
            FindingCode::DataAfterStartTls,
            "Unexpected data arrived right after STARTTLS; the test stopped".to_owned(),
            "Bytes that arrive before the TLS handshake could be injected by an attacker (the \
             CVE-2011-0411 class of flaw). A correct server never sends them. Tell the server's operator.",
        ),
        FailureKind::TlsFailed => problem(
            FindingCode::TlsFailed,
            format!("The TLS handshake failed ({message})"),
            "The server's TLS is too old or broken for a modern client. Mail programs will fail the \
             same way.",
        ),
        FailureKind::HeloRefused => problem(
            FindingCode::HeloRefused,
            "The server refused to greet the test client".to_owned(),
            "It rejected both EHLO and HELO, usually as a policy against unknown clients.",
        ),
        FailureKind::LoginNotSafe => problem(
            FindingCode::LoginNotSafe,
            format!("Your password was not sent: {message}"),
            "The test logs in only over an encrypted connection whose certificate is trusted and made out \
             to the server's name, as a careful mail program does. Fix the problem above, or use a server \
             name the certificate is made out to.",
        ),
        FailureKind::NoCommonMechanism => problem(
            FindingCode::NoCommonMechanism,
            "The server offers no login method that fits what you gave".to_owned(),
            "With a password the test uses PLAIN or LOGIN; with a sign-in token, OAUTHBEARER or XOAUTH2. \
             Check the methods the server offers below, and whether the provider wants the other kind.",
        ),
        FailureKind::LoginRefused => login_refusal(report),
        FailureKind::MessageRefused => message_refusal(report),
        FailureKind::Other => problem(FindingCode::Failed, format!("The test failed at \"{}\"", step.label()), ""),
    }
}

/// The server's words, for a title: the reply's code and text, at most 200 characters.
fn server_words(reply: Option<&Reply>) -> String {
    reply.map(Reply::said).unwrap_or_default()
}

/// A refusal's finding: the advice, then what the server said.
fn refusal(code: FindingCode, title: String, advice: &str, said: &str) -> Finding {
    let advice = if said.is_empty() { advice.to_owned() } else { format!("{advice} The server said: {said}") };
    finding(Severity::Problem, code, title, advice)
}

/// Advice for a refused login, from the server's reply (see [`refusals`]).
fn login_refusal(report: &PortFacts) -> Finding {
    use refusals::LoginProblem;
    let reply = report.login.as_ref().and_then(|l| l.reply.as_ref());
    let said = server_words(reply);
    let (code, title, advice) = match reply.map_or(LoginProblem::Unrecognised, refusals::login_problem) {
        LoginProblem::WrongCredentials => (
            FindingCode::LoginWrongCredentials,
            "The user name or password was not accepted".to_owned(),
            "Check the user name (most providers want the whole address) and retype the password. If the \
             provider asks for an app password, your normal password is refused this way too: create one \
             in the account's security settings and use it here.",
        ),
        LoginProblem::AppPasswordRequired => (
            FindingCode::LoginAppPasswordRequired,
            "This account needs an app password".to_owned(),
            "The account has two-step sign-in, so mail programs must use an app password instead of the \
             normal one. Create one in the account's security settings and use it as the password.",
        ),
        LoginProblem::PasswordLoginDisabled => (
            FindingCode::LoginPasswordDisabled,
            "Password logins are turned off for this account".to_owned(),
            "The provider or the organisation's security defaults block logins with a password. Use a mail \
             program that signs in with the provider's own sign-in page (OAuth2), or ask the administrator \
             to allow authenticated SMTP for this mailbox.",
        ),
        LoginProblem::SmtpAuthDisabled => (
            FindingCode::LoginSmtpAuthDisabled,
            "Sending through this server is turned off for the mailbox or organisation".to_owned(),
            "An administrator must turn on authenticated SMTP (SMTP AUTH) for the organisation and for this \
             mailbox; until then no password works.",
        ),
        LoginProblem::TooManyAttempts => (
            FindingCode::LoginTooManyAttempts,
            "The server refuses logins for now after too many failed attempts".to_owned(),
            "Wait a while before trying again. Providers that answer this way (Yahoo, AOL) usually want an \
             app password rather than the normal one.",
        ),
        LoginProblem::Temporary => (
            FindingCode::LoginTemporaryFailure,
            "The server could not check the login just now".to_owned(),
            "A temporary failure at the provider; try again in a few minutes.",
        ),
        LoginProblem::EncryptionRequired => (
            FindingCode::LoginEncryptionRequired,
            "The server wants encryption before the login".to_owned(),
            "Set the connection security to SSL/TLS (port 465) or STARTTLS (port 587).",
        ),
        LoginProblem::Unrecognised => (
            FindingCode::LoginRefused,
            if said.is_empty() {
                "The server refused the login".to_owned()
            } else {
                format!("The server refused the login: {said}")
            },
            "The server's own words above say why.",
        ),
    };
    refusal(code, title, advice, &said)
}

/// Advice for a refused test message, from the server's reply (see [`refusals`]).
fn message_refusal(report: &PortFacts) -> Finding {
    use refusals::MessageProblem;
    let reply = report.test_message.as_ref().and_then(|m| m.reply.as_ref());
    let said = server_words(reply);
    let (code, title, advice) = match reply.map_or(MessageProblem::Unrecognised, refusals::message_problem) {
        MessageProblem::SenderNotOwned => (
            FindingCode::MessageSenderNotOwned,
            "The login may not send from this address".to_owned(),
            "The server accepts mail from the addresses the account owns. Send from the login's own \
             address, or add this one to the account first (\"Send mail as\" or an alias).",
        ),
        MessageProblem::RelayDenied => (
            FindingCode::MessageRelayDenied,
            "The server will not pass the message on".to_owned(),
            "It does not relay for this login: check that the login succeeded on this server and that you \
             send through the server of the account you logged in with.",
        ),
        MessageProblem::TooLarge => (
            FindingCode::MessageTooLarge,
            "The server says the message is too large".to_owned(),
            "The test message is tiny, so the server's limit is set oddly low; tell its operator.",
        ),
        MessageProblem::Temporary => (
            FindingCode::MessageTemporaryFailure,
            "The server could not take the message just now".to_owned(),
            "A temporary failure or a sending limit; try again later.",
        ),
        MessageProblem::Unrecognised => (
            FindingCode::MessageRefused,
            format!("The server refused the test message: {said}"),
            "The server's own words say why.",
        ),
    };
    refusal(code, title, advice, &said)
}

fn connection_findings(report: &PortFacts, findings: &mut Vec<Finding>) {
    let port = report.port;
    match report.security {
        Security::Plain => findings.push(finding(
            Severity::Problem,
            FindingCode::Plaintext,
            format!("Port {port} was tested without encryption"),
            "A password sent this way can be read by anyone on the way. Use 465 (SSL/TLS) or 587 (STARTTLS).",
        )),
        Security::ImplicitTls if report.tls.is_some() => findings.push(finding(
            Severity::Good,
            FindingCode::ImplicitTls,
            "Encrypted from the first byte (SSL/TLS)",
            "RFC 8314 prefers this mode for sending mail: nothing travels before encryption starts.",
        )),
        _ => {}
    }
    if let Some(tls) = &report.tls {
        if !tls.chain_trusted {
            findings.push(finding(
                Severity::Problem,
                FindingCode::CertificateUntrusted,
                format!(
                    "The certificate is not trusted{}",
                    tls.chain_problem
                        .map(|p| p.english())
                        .or(tls.chain_error.as_deref())
                        .map(|e| format!(" ({e})"))
                        .unwrap_or_default()
                ),
                "Mail programs will warn or refuse to connect. The server's operator must install a \
                 certificate from a public authority (with its intermediate certificates).",
            ));
        }
        if !tls.name_matches {
            let names = tls.chain.first().map(|c| c.names.join(", ")).unwrap_or_default();
            findings.push(finding(
                Severity::Problem,
                FindingCode::CertificateNameMismatch,
                format!("The certificate is not for {}", tls.server_name),
                if names.is_empty() {
                    "Mail programs will refuse it. Ask the provider for the exact server name.".to_owned()
                } else {
                    format!("It names {names}. Use one of those as the server name in your mail program.")
                },
            ));
        }
        if let Some(leaf) = tls.chain.first() {
            if (0..EXPIRY_WARNING_DAYS).contains(&leaf.days_left) {
                findings.push(finding(
                    Severity::Warning,
                    FindingCode::CertificateExpiresSoon,
                    format!("The certificate expires in {} days", leaf.days_left),
                    "Unless it is renewed in time, mail programs will start refusing the server.",
                ));
            }
        }
        if tls.chain_trusted && tls.name_matches {
            findings.push(finding(
                Severity::Good,
                FindingCode::CertificateOk,
                format!("Trusted certificate for {}", tls.server_name),
                "",
            ));
        }
        if tls.version == TlsVersion::Tls12 {
            findings.push(finding(
                Severity::Info,
                FindingCode::Tls12,
                "TLS 1.2 (not 1.3)",
                "Still secure, but the server could be updated to TLS 1.3.",
            ));
        }
    }
    if report.used_helo {
        findings.push(finding(
            Severity::Warning,
            FindingCode::HeloOnly,
            "The server does not understand EHLO",
            "It speaks only the old HELO dialect: no STARTTLS and no login are possible.",
        ));
    }
    let tls_offers_auth = report.ehlo_tls.as_ref().is_some_and(|c| c.offers_auth());
    if let Some(plain) = report.ehlo_plain.as_ref().filter(|c| c.offers_password_auth()) {
        findings.push(finding(
            Severity::Warning,
            FindingCode::AuthBeforeTls,
            format!("Password login ({}) is offered before encryption", plain.auth_names().join(", ")),
            "A mail program set to \"None\" instead of STARTTLS would send your password readable. \
             Make sure yours is set to STARTTLS; the server's operator should allow login only after TLS.",
        ));
    } else if report.ehlo_plain.is_some() && tls_offers_auth {
        findings.push(finding(
            Severity::Good,
            FindingCode::AuthAfterTlsOnly,
            "Login is offered only after encryption",
            "Passwords cannot be sent in the clear by mistake.",
        ));
    }
    if report.ehlo_tls.is_some() && !tls_offers_auth && port != 25 {
        findings.push(finding(
            Severity::Problem,
            FindingCode::NoAuth,
            "The server offers no login on this port",
            "A mail program cannot sign in here, so the server will not accept mail from it for other \
             domains. Check the port; some servers offer login only on 587 or 465.",
        ));
    }
    if let Some(login) = report.login.as_ref().filter(|l| l.accepted) {
        let how = login.mechanism.map(|m| format!(" ({m})")).unwrap_or_default();
        findings.push(finding(
            Severity::Good,
            FindingCode::LoginOk,
            format!("Your login as {} works{how}", login.user),
            "Use the same user name and password in your mail program.",
        ));
    }
    if let Some(message) = report.test_message.as_ref().filter(|m| m.accepted) {
        let id = message.queue_id.as_deref().map(|id| format!(" (its id there: {id})")).unwrap_or_default();
        findings.push(finding(
            Severity::Good,
            FindingCode::MessageAccepted,
            format!("The server accepted a test message to {}{id}", message.to),
            "It should arrive in a minute; if it does not, look in the spam folder.",
        ));
    }
    if let Some(SizeLimit::Octets(size)) = report.ehlo_tls.as_ref().and_then(|c| c.size) {
        findings.push(finding(
            Severity::Info,
            FindingCode::SizeLimit,
            format!("Largest message: {} MB", size / 1_000_000),
            "",
        ));
    }
}

pub mod refusals;

#[cfg(test)]
mod tests;
