//! Turning the facts of a probed port into a verdict and plain advice.
//!
//! Pure: [`crate::wire::PortReport::new`] calls [`assess`] on a port's finished
//! [`PortFacts`]. Each finding is a [`FindingCode`] (what code and tests match on) with the
//! typed values its words need ([`FindingArgs`]); [`text`] turns them into words in any of
//! the four languages, for the page and the CLI alike. The wire also carries them in
//! English, for readers that do not know a code.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::facts::{
    CertificateProblem, CertificateState, FailureKind, PortFacts, Step, TlsProblem, TlsReport, TlsVersion,
};
use crate::words::Words;
use email_settings::provider::Security;
use email_settings::smtp::Reply;

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

/// One thing the probe found: its code and the facts its words are filled from, and those
/// words in English for readers that do not know the code (a page older than the proxy).
/// Readers that know the code say it in their language with [`text::finding`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: FindingCode,
    /// The values the finding's words need (empty from proxies before wire 3).
    #[serde(default, skip_serializing_if = "FindingArgs::is_empty")]
    pub args: FindingArgs,
    /// In English, from `en.ftl`.
    pub title: String,
    #[serde(default)]
    pub advice: String,
}

/// The values a finding's words are filled from, typed: each finding sets those its
/// message uses ([`FindingArgs::of`]); the renderer turns them into words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FindingArgs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    /// The step that failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<Step>,
    /// The server's own words (code and text, at most 200 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
    /// The server name the certificate was checked against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The names the certificate is made out to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    /// Days until the certificate expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// Why the certificate is not trusted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<CertificateProblem>,
    /// Why the TLS handshake failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsProblem>,
    /// Why the password was kept back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk: Option<LoginRisk>,
    /// Login methods offered before encryption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mechanisms: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The test message's recipient.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The largest message, in whole megabytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_mb: Option<u64>,
}

/// Why the probe kept the password back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginRisk {
    /// The connection is not encrypted.
    Plain,
    /// The certificate is not trusted.
    Untrusted,
    /// The certificate is not made out to the server's name.
    WrongName,
    /// A reason from a newer proxy.
    #[serde(other)]
    Other,
}

impl LoginRisk {
    /// Why a login over a connection with these TLS facts would not be safe; `None` when it
    /// would be. The probe asks this before it sends a secret, the verdict to say why.
    pub fn of(tls: Option<&TlsReport>) -> Option<LoginRisk> {
        match tls {
            None => Some(LoginRisk::Plain),
            Some(tls) if !tls.chain_trusted => Some(LoginRisk::Untrusted),
            Some(tls) if !tls.name_matches => Some(LoginRisk::WrongName),
            Some(_) => None,
        }
    }

    /// The id on the wire and in messages, e.g. `wrong_name`.
    pub fn id(self) -> &'static str {
        match self {
            LoginRisk::Plain => "plain",
            LoginRisk::Untrusted => "untrusted",
            LoginRisk::WrongName => "wrong_name",
            LoginRisk::Other => "other",
        }
    }
}

impl FindingArgs {
    pub fn is_empty(&self) -> bool {
        *self == FindingArgs::default()
    }

    /// The values `code`'s words need, from the facts of the port: the one place they are
    /// computed, for the verdict and for readers of proxies that did not send them.
    pub fn of(facts: &PortFacts, code: FindingCode) -> FindingArgs {
        use FindingCode as C;
        let port = Some(facts.port);
        let tls = facts.tls.as_ref();
        let leaf = tls.and_then(|t| t.chain.first());
        let failure = facts.failure.as_ref();
        let login_said = || server_words(facts.login.as_ref().and_then(|l| l.reply.as_ref()));
        let message_said = || server_words(facts.test_message.as_ref().and_then(|m| m.reply.as_ref()));
        let none = FindingArgs::default();
        match code {
            C::ConnectionRefused | C::PortFiltered | C::NotSmtp | C::NoStartTls | C::Plaintext => {
                FindingArgs { port, ..none }
            }
            C::WrongSecurityMode => FindingArgs { port, security: Some(facts.security), ..none },
            C::Timeout | C::Closed | C::Failed => FindingArgs { step: failure.map(|f| f.step), ..none },
            C::Refused => {
                let reply = failure.and_then(|f| f.reply.as_ref()).or(facts.greeting.as_ref());
                FindingArgs { said: server_words(reply), ..none }
            }
            C::TlsFailed => FindingArgs { tls: Some(failure.and_then(|f| f.tls).unwrap_or(TlsProblem::Other)), ..none },
            C::CertificateUntrusted => {
                let reason = match tls.map(TlsReport::certificate_state) {
                    Some(CertificateState::Untrusted(problem)) => problem,
                    _ => tls.and_then(|t| t.chain_problem).unwrap_or(CertificateProblem::Other),
                };
                FindingArgs { reason: Some(reason), ..none }
            }
            C::CertificateNameMismatch => FindingArgs {
                server: tls.map(|t| t.server_name.clone()),
                names: Some(leaf.map(|l| l.names.clone()).unwrap_or_default()),
                ..none
            },
            C::CertificateExpiresSoon => FindingArgs { days: leaf.map(|l| l.days_left), ..none },
            C::CertificateOk => FindingArgs { server: tls.map(|t| t.server_name.clone()), ..none },
            C::AuthBeforeTls => FindingArgs {
                mechanisms: facts.ehlo_plain.as_ref().map(|c| c.auth_names().into_iter().map(str::to_owned).collect()),
                ..none
            },
            C::LoginOk => FindingArgs { user: facts.login.as_ref().map(|l| l.user.clone()), ..none },
            C::MessageAccepted => FindingArgs { to: facts.test_message.as_ref().map(|m| m.to.clone()), ..none },
            C::SizeLimit => {
                let size = facts.ehlo_tls.as_ref().and_then(|c| c.size);
                FindingArgs { size_mb: size.and_then(|s| s.octets()).map(|n| n / 1_000_000), ..none }
            }
            C::LoginNotSafe => FindingArgs { risk: Some(LoginRisk::of(tls).unwrap_or(LoginRisk::Other)), ..none },
            C::LoginWrongCredentials
            | C::LoginAppPasswordRequired
            | C::LoginPasswordDisabled
            | C::LoginSmtpAuthDisabled
            | C::LoginTooManyAttempts
            | C::LoginTemporaryFailure
            | C::LoginEncryptionRequired
            | C::LoginRefused => FindingArgs { said: login_said(), ..none },
            C::MessageRelayDenied
            | C::MessageSenderNotOwned
            | C::MessageTooLarge
            | C::MessageTemporaryFailure
            | C::MessageRefused => FindingArgs { said: message_said(), ..none },
            _ => none,
        }
    }
}

/// The verdict for one port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub usability: Usability,
    /// In English, from `en.ftl` (readers say it in their language with [`text::headline`]).
    pub headline: String,
    pub findings: Vec<Finding>,
    /// What to change so that a port that failed works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// A change to the mail program's settings that would make a failed port work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fix {
    /// Use this server name: the certificate is made out to it.
    ServerName { name: String },
    /// Use this security mode on the same port.
    Security { security: Security },
    /// A fix from a newer proxy.
    #[serde(other)]
    Other,
}

impl Fix {
    /// The fix for a port with these facts, if there is one: the name the certificate is
    /// made out to (a real host name, not a wildcard or an address), or the other security
    /// mode when the port speaks it.
    pub fn of(facts: &PortFacts) -> Option<Fix> {
        if let Some(CertificateState::WrongName(names)) = facts.tls.as_ref().map(TlsReport::certificate_state) {
            let name = names
                .into_iter()
                .find(|n| !n.starts_with("*.") && n.contains('.') && n.parse::<std::net::IpAddr>().is_err())?;
            return Some(Fix::ServerName { name });
        }
        match facts.failure.as_ref()?.kind {
            FailureKind::WrongSecurityMode => Some(Fix::Security {
                security: match facts.security {
                    Security::ImplicitTls => Security::StartTls,
                    _ => Security::ImplicitTls,
                },
            }),
            _ => None,
        }
    }
}

pub use crate::facts::EXPIRY_WARNING_DAYS;

/// Assesses the facts of a finished probe of one port.
pub fn assess(report: &PortFacts) -> Verdict {
    let port = report.port;
    let mut codes = Vec::new();
    if let Some(failure) = &report.failure {
        codes.push((Severity::Problem, failure_code(report, failure.kind, failure.step)));
    }
    // A failed login or test message says nothing against the connection itself.
    let connection_done =
        report.failure.as_ref().is_none_or(|f| matches!(f.step, Step::Login | Step::TestMessage | Step::Quit));
    if connection_done {
        connection_findings(report, &mut codes);
    }
    if port == 25 {
        codes.push((Severity::Info, FindingCode::Port25IsRelay));
    }
    let english = Words::english();
    let mut findings: Vec<Finding> = codes
        .into_iter()
        .map(|(severity, code)| {
            let args = FindingArgs::of(report, code);
            let words = text::finding_words(&english, code, &args);
            Finding { severity, code, args, title: words.title, advice: words.advice }
        })
        .collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let worst = findings.iter().map(|f| f.severity).max().unwrap_or(Severity::Good);
    let usability = match worst {
        Severity::Problem => Usability::NotUsable,
        Severity::Warning => Usability::Warnings,
        _ if port == 25 => Usability::Warnings,
        _ => Usability::Ready,
    };
    let mut verdict = Verdict { usability, headline: String::new(), findings, fix: Fix::of(report) };
    verdict.headline = text::headline(&english, report, &verdict);
    verdict
}

fn failure_code(report: &PortFacts, kind: FailureKind, step: Step) -> FindingCode {
    use FindingCode as C;
    match kind {
        FailureKind::ResolveFailed => C::ResolveFailed,
        FailureKind::NotAllowed => C::NotAllowed,
        FailureKind::ConnectionRefused => C::ConnectionRefused,
        FailureKind::ConnectTimeout => C::PortFiltered,
        FailureKind::Unreachable => C::Unreachable,
        FailureKind::Timeout if step == Step::Greeting && report.security == Security::StartTls => C::GreetingTimeout,
        FailureKind::Timeout => C::Timeout,
        FailureKind::Closed => C::Closed,
        FailureKind::Refused => C::Refused,
        FailureKind::NotSmtp => C::NotSmtp,
        FailureKind::WrongSecurityMode => C::WrongSecurityMode,
        FailureKind::Protocol => C::ProtocolError,
        FailureKind::StartTlsNotOffered => C::NoStartTls,
        FailureKind::StartTlsRefused => C::StartTlsRefused,
        FailureKind::DataAfterStartTls => C::DataAfterStartTls,
        FailureKind::TlsFailed => C::TlsFailed,
        FailureKind::HeloRefused => C::HeloRefused,
        FailureKind::LoginNotSafe => C::LoginNotSafe,
        FailureKind::NoCommonMechanism => C::NoCommonMechanism,
        FailureKind::LoginRefused => login_refusal(report),
        FailureKind::MessageRefused => message_refusal(report),
        FailureKind::Other => C::Failed,
    }
}

/// The server's words, for a title: the reply's code and text, at most 200 characters.
fn server_words(reply: Option<&Reply>) -> Option<String> {
    reply.map(Reply::said).filter(|s| !s.is_empty())
}

/// The code for a refused login, from the server's reply (see [`refusals`]).
fn login_refusal(report: &PortFacts) -> FindingCode {
    use refusals::LoginProblem;
    let reply = report.login.as_ref().and_then(|l| l.reply.as_ref());
    match reply.map_or(LoginProblem::Unrecognised, refusals::login_problem) {
        LoginProblem::WrongCredentials => FindingCode::LoginWrongCredentials,
        LoginProblem::AppPasswordRequired => FindingCode::LoginAppPasswordRequired,
        LoginProblem::PasswordLoginDisabled => FindingCode::LoginPasswordDisabled,
        LoginProblem::SmtpAuthDisabled => FindingCode::LoginSmtpAuthDisabled,
        LoginProblem::TooManyAttempts => FindingCode::LoginTooManyAttempts,
        LoginProblem::Temporary => FindingCode::LoginTemporaryFailure,
        LoginProblem::EncryptionRequired => FindingCode::LoginEncryptionRequired,
        LoginProblem::Unrecognised => FindingCode::LoginRefused,
    }
}

/// The code for a refused test message, from the server's reply (see [`refusals`]).
fn message_refusal(report: &PortFacts) -> FindingCode {
    use refusals::MessageProblem;
    let reply = report.test_message.as_ref().and_then(|m| m.reply.as_ref());
    match reply.map_or(MessageProblem::Unrecognised, refusals::message_problem) {
        MessageProblem::SenderNotOwned => FindingCode::MessageSenderNotOwned,
        MessageProblem::RelayDenied => FindingCode::MessageRelayDenied,
        MessageProblem::TooLarge => FindingCode::MessageTooLarge,
        MessageProblem::Temporary => FindingCode::MessageTemporaryFailure,
        MessageProblem::Unrecognised => FindingCode::MessageRefused,
    }
}

fn connection_findings(report: &PortFacts, findings: &mut Vec<(Severity, FindingCode)>) {
    use FindingCode as C;
    let mut add = |severity, code| findings.push((severity, code));
    let port = report.port;
    match report.security {
        Security::Plain => add(Severity::Problem, C::Plaintext),
        Security::ImplicitTls if report.tls.is_some() => add(Severity::Good, C::ImplicitTls),
        _ => {}
    }
    if let Some(tls) = &report.tls {
        if !tls.chain_trusted {
            add(Severity::Problem, C::CertificateUntrusted);
        }
        if !tls.name_matches {
            add(Severity::Problem, C::CertificateNameMismatch);
        }
        if tls.chain.first().is_some_and(|leaf| (0..EXPIRY_WARNING_DAYS).contains(&leaf.days_left)) {
            add(Severity::Warning, C::CertificateExpiresSoon);
        }
        if tls.chain_trusted && tls.name_matches {
            add(Severity::Good, C::CertificateOk);
        }
        if tls.version == TlsVersion::Tls12 {
            add(Severity::Info, C::Tls12);
        }
    }
    if report.used_helo {
        add(Severity::Warning, C::HeloOnly);
    }
    let tls_offers_auth = report.ehlo_tls.as_ref().is_some_and(|c| c.offers_auth());
    if report.ehlo_plain.as_ref().is_some_and(|c| c.offers_password_auth()) {
        add(Severity::Warning, C::AuthBeforeTls);
    } else if report.ehlo_plain.is_some() && tls_offers_auth {
        add(Severity::Good, C::AuthAfterTlsOnly);
    }
    if report.ehlo_tls.is_some() && !tls_offers_auth && port != 25 {
        add(Severity::Problem, C::NoAuth);
    }
    if report.login.as_ref().is_some_and(|l| l.accepted) {
        add(Severity::Good, C::LoginOk);
    }
    if report.test_message.as_ref().is_some_and(|m| m.accepted) {
        add(Severity::Good, C::MessageAccepted);
    }
    if report.ehlo_tls.as_ref().and_then(|c| c.size).and_then(|s| s.octets()).is_some() {
        add(Severity::Info, C::SizeLimit);
    }
}

pub mod refusals;
pub mod text;

#[cfg(test)]
mod tests;

/// What a test that did not show the settings working says about them: nothing (it could
/// not check from here), that the server's name does not exist, or that the server answered
/// and something is wrong. The page and the CLI say these apart, never "the settings are
/// wrong" for a test that could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cause {
    /// The proxy's limits, policy, DNS or network stopped the test: nothing was learnt.
    NotChecked,
    /// The server name has no address (for names guessed from the domain: no such server).
    NoSuchServer,
    /// The server was reached, or stayed silent where it should answer: the fault is there.
    Server,
}

impl Cause {
    /// The cause of a request the proxy refused. A published server name the proxy cannot
    /// resolve is the proxy's DNS failing (`smtp.gmail.com` exists); a guessed one that does
    /// not resolve simply does not exist.
    pub fn of_refusal(code: crate::wire::ApiErrorCode, guessed: bool) -> Cause {
        use crate::wire::ApiErrorCode as Code;
        match code {
            Code::ResolveFailed if guessed => Cause::NoSuchServer,
            Code::InvalidHost => Cause::Server,
            _ => Cause::NotChecked,
        }
    }

    /// The cause of a port's failure.
    pub fn of_failure(kind: FailureKind) -> Cause {
        match kind {
            FailureKind::NotAllowed | FailureKind::Unreachable => Cause::NotChecked,
            FailureKind::ResolveFailed => Cause::NoSuchServer,
            _ => Cause::Server,
        }
    }
}
