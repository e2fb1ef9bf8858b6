//! The JSON that travels between the page and the probe proxy.
//!
//! These types are a compatibility boundary: a page built from one version must keep
//! working with a proxy from a nearby version. Fields are only ever added, with serde
//! defaults, never renamed or removed; enums carry a catch-all where new cases may appear.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use crate::provider::Security;
use crate::smtp::{Capabilities, Reply};
use crate::verdict::{Verdict, assess};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// `"ok"`; or `"degraded"` when something the proxy depends on fails (the shared store
    /// of its limits): probes and discoveries are then refused (503 with Retry-After) until
    /// it is back, the page is still served, and `problems` says what is wrong.
    pub status: String,
    /// The proxy's version (its Cargo package version).
    pub version: String,
    /// Where the limits and cached results live: `memory` (this process) or `redis`
    /// (shared by every instance naming the same Redis). Absent from older proxies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// What is wrong, in plain words; empty when the status is `ok`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// `GET /api/config`: what this proxy allows, so the page can offer only what will work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxyInfo {
    pub version: String,
    /// Ports this proxy will probe.
    pub allowed_ports: Vec<u16>,
    /// Whether loopback and private targets are allowed (local use only).
    #[serde(default)]
    pub allow_private_targets: bool,
    /// Where probes run from, in the operator's words (e.g. "a server in Frankfurt").
    #[serde(default)]
    pub probe_location: Option<String>,
    /// The proxy listens on loopback only: probes run from the person's own computer.
    #[serde(default)]
    pub runs_locally: bool,
    /// Whether the login test (and the test message) may be asked for: the proxy runs on
    /// the person's own computer, or its operator turned it on.
    #[serde(default)]
    pub login_test: bool,
    /// Probes one client may start per minute.
    #[serde(default)]
    pub probes_per_minute: u32,
    /// Whether `/api/discover` is available.
    #[serde(default)]
    pub discover: bool,
    /// How long the proxy waits at most, so the page can show a running step's limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<ProbeLimits>,
}

/// How long a probe waits at most, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeLimits {
    /// For the TCP connection.
    pub connect_seconds: u64,
    /// For each reply, and for the TLS handshake.
    pub reply_seconds: u64,
    /// For one port's whole probe.
    pub port_seconds: u64,
}

impl ProbeLimits {
    /// The most a step may take.
    pub fn for_step(&self, step: Step) -> u64 {
        match step {
            Step::Resolve | Step::Connect => self.connect_seconds,
            _ => self.reply_seconds,
        }
    }
}

/// An error the API reports: a stable machine-readable code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// E.g. `target_not_allowed`, `port_not_allowed`, `invalid_request`, `invalid_host`,
    /// `resolve_failed`, `busy` (every probe slot taken), `client_busy` (this client has
    /// its share running), `rate_limited` (this client), `target_rate_limited` (this mail
    /// server), `cross_site`, `too_large`, `unknown_domain` (`serve --autoconfig` serves no
    /// settings for it).
    pub code: String,
    pub message: String,
}

/// `POST /api/probe`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProbeRequest {
    /// Host name or IP address of the mail server.
    pub host: String,
    /// Ports to probe, each a number or `{ "port": n, "security": "implicit_tls" }`. Empty
    /// means 465 and 587.
    #[serde(default)]
    pub ports: Vec<PortRequest>,
    /// Also log in (and maybe send a test message): only a proxy on the person's own
    /// computer, or one whose operator turned the login test on, accepts this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<LoginRequest>,
}

/// The login test a person asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The user name, as the mail program would send it.
    pub user: String,
    pub secret: Secret,
    /// After a successful login, send a test message to this address (usually the
    /// person's own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_test_to: Option<String>,
}

/// A password or token. It never prints (`Debug` shows `****`) and is wiped from memory
/// when dropped; only the request that carries it to the proxy serialises it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Secret {
    Password(String),
    #[serde(rename = "oauth2_token")]
    OAuth2Token(String),
}

impl Secret {
    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        match self {
            Secret::Password(value) | Secret::OAuth2Token(value) => value,
        }
    }

    pub fn kind(&self) -> crate::smtp::auth::CredentialKind {
        match self {
            Secret::Password(_) => crate::smtp::auth::CredentialKind::Password,
            Secret::OAuth2Token(_) => crate::smtp::auth::CredentialKind::OAuth2Token,
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Password(_) => f.write_str("Password(****)"),
            Secret::OAuth2Token(_) => f.write_str("OAuth2Token(****)"),
        }
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        use zeroize::Zeroize as _;
        match self {
            Secret::Password(value) | Secret::OAuth2Token(value) => value.zeroize(),
        }
    }
}

/// How far a probe goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProbeDepth {
    /// Greeting, EHLO, TLS and the certificate: no login.
    #[default]
    Connection,
    /// Also the login.
    Login,
    /// Also a test message after the login.
    TestMessage,
}

/// One port of a probe request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PortRequest {
    /// Just the number: the mode follows from it (465 implicit TLS, others STARTTLS).
    Port(u16),
    /// The number and the mode to use.
    Spec { port: u16, security: Security },
}

impl PortRequest {
    /// The port and the security mode to probe it with.
    pub fn spec(self) -> PortSpec {
        match self {
            PortRequest::Port(port) => PortSpec { port, security: default_security(port) },
            PortRequest::Spec { port, security } => PortSpec { port, security },
        }
    }
}

/// The mode a port is probed with when the request does not say: implicit TLS on 465
/// (RFC 8314), STARTTLS everywhere else (RFC 3207).
pub fn default_security(port: u16) -> Security {
    if port == 465 { Security::ImplicitTls } else { Security::StartTls }
}

/// A port and how to probe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PortSpec {
    pub port: u16,
    pub security: Security,
}

/// A resolved address and, if the proxy will not connect to it, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressInfo {
    pub ip: IpAddr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
    /// For IPv6 addresses: whether the proxy's machine has a route to it (IPv6 works from
    /// there). Absent for IPv4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
}

/// One connection attempt of a port's probe (Happy Eyeballs tries several addresses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectAttempt {
    pub ip: IpAddr,
    pub outcome: ConnectOutcome,
    /// When it ended, in milliseconds since the first attempt started.
    pub ms: u64,
}

/// How a connection attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectOutcome {
    Connected,
    /// Nothing listens there.
    Refused,
    /// No answer in time.
    TimedOut,
    Unreachable,
    Failed,
    /// Still trying when another address connected first.
    Abandoned,
    /// Another address connected before this one's turn.
    NotTried,
    /// Under way (never in a finished report).
    Trying,
    #[serde(other)]
    Other,
}

impl ConnectOutcome {
    /// What people see.
    pub fn label(self) -> &'static str {
        match self {
            ConnectOutcome::Connected => "connected",
            ConnectOutcome::Refused => "refused",
            ConnectOutcome::TimedOut => "no answer",
            ConnectOutcome::Unreachable => "unreachable",
            ConnectOutcome::Failed => "failed",
            ConnectOutcome::Abandoned => "given up: another address answered first",
            ConnectOutcome::NotTried => "not needed",
            ConnectOutcome::Trying => "trying",
            ConnectOutcome::Other => "other",
        }
    }
}

/// The steps of a probe, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Resolve,
    Connect,
    /// The TLS handshake: first thing on an implicit-TLS port, after STARTTLS otherwise.
    Tls,
    Greeting,
    /// EHLO (or HELO) on the plain connection.
    Ehlo,
    StartTls,
    /// EHLO again inside TLS.
    EhloTls,
    /// AUTH, inside TLS with a trusted certificate only.
    Login,
    /// MAIL FROM, RCPT TO and DATA of one test message.
    TestMessage,
    /// Said after the verdict, so no report waits for it; older proxies reported it.
    Quit,
}

impl Step {
    /// The steps a probe in this mode goes through to this depth, in order: the session
    /// follows it and the page shows the steps still to come from it. (QUIT follows the
    /// verdict and is not part of it.)
    pub fn plan(security: Security, depth: ProbeDepth) -> Vec<Step> {
        let connection: &[Step] = match security {
            Security::ImplicitTls => &[Step::Connect, Step::Tls, Step::Greeting, Step::EhloTls],
            Security::StartTls => {
                &[Step::Connect, Step::Greeting, Step::Ehlo, Step::StartTls, Step::Tls, Step::EhloTls]
            }
            Security::Plain => &[Step::Connect, Step::Greeting, Step::Ehlo],
        };
        let proof: &[Step] = match depth {
            ProbeDepth::Connection => &[],
            ProbeDepth::Login => &[Step::Login],
            ProbeDepth::TestMessage => &[Step::Login, Step::TestMessage],
        };
        [connection, proof].concat()
    }

    /// What people see in the progress list.
    pub fn label(self) -> &'static str {
        match self {
            Step::Resolve => "Look up the address",
            Step::Connect => "Connect",
            Step::Tls => "TLS handshake",
            Step::Greeting => "Server greeting",
            Step::Ehlo => "EHLO",
            Step::StartTls => "STARTTLS",
            Step::EhloTls => "EHLO inside TLS",
            Step::Login => "Log in",
            Step::TestMessage => "Send a test message",
            Step::Quit => "QUIT",
        }
    }
}

/// One finished step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    pub step: Step,
    pub ok: bool,
    /// How long the step took, in milliseconds.
    pub ms: u64,
    /// A short description of what happened, e.g. `220 mx.example.org ESMTP`.
    pub detail: String,
}

/// Who said a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    Server,
    /// Something the probe noted (connected, TLS established, ...).
    Note,
}

/// One line of the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptLine {
    /// Milliseconds since the probe of this port started.
    pub at_ms: u64,
    pub from: Party,
    pub text: String,
}

/// A TLS protocol version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TlsVersion {
    #[serde(rename = "TLS 1.2")]
    Tls12,
    #[serde(rename = "TLS 1.3")]
    Tls13,
    /// A version this build does not know (read from a newer proxy).
    #[serde(other, rename = "other")]
    Other,
}

impl TlsVersion {
    /// What people see, e.g. `TLS 1.3`.
    pub fn label(self) -> &'static str {
        match self {
            TlsVersion::Tls12 => "TLS 1.2",
            TlsVersion::Tls13 => "TLS 1.3",
            TlsVersion::Other => "another TLS version",
        }
    }
}

/// TLS facts of a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsReport {
    pub version: TlsVersion,
    /// E.g. `TLS13_AES_256_GCM_SHA384`.
    pub cipher_suite: String,
    /// The name sent as SNI and checked against the certificate.
    pub server_name: String,
    /// Leaf first.
    pub chain: Vec<CertificateInfo>,
    /// Whether the chain leads to a trusted root (the web PKI roots, plus the operator's CA
    /// file if configured).
    pub chain_trusted: bool,
    /// Why the chain is not trusted, if it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_error: Option<String>,
    /// Whether the certificate is valid for `server_name`.
    pub name_matches: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_error: Option<String>,
}

/// A certificate, summarised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateInfo {
    pub subject: String,
    pub issuer: String,
    /// DNS names and IP addresses from the subject alternative names.
    pub names: Vec<String>,
    /// RFC 3339.
    pub not_before: String,
    /// RFC 3339.
    pub not_after: String,
    /// Whole days until `not_after`; negative once expired.
    pub days_left: i64,
}

/// How a probe of one port ended when it did not finish cleanly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The step that failed.
    pub step: Step,
    pub kind: FailureKind,
    /// What happened, technically (shown under the advice).
    pub message: String,
}

/// The kinds of failure, each with its own advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FailureKind {
    /// The host name has no address.
    ResolveFailed,
    /// The proxy does not connect to this address or port.
    NotAllowed,
    /// Connection refused: nothing listens on the port.
    ConnectionRefused,
    /// No answer to the connection attempt: a firewall drops it, or the host is down.
    ConnectTimeout,
    /// No route to the host.
    Unreachable,
    /// A step waited longer than its limit.
    Timeout,
    /// The server closed the connection.
    Closed,
    /// The server answered 554 or 421 to the connection.
    Refused,
    /// The server does not speak SMTP here (an HTTP server, SSH, TLS where plain was expected...).
    NotSmtp,
    /// The port's security mode is the other one: plain SMTP on an implicit-TLS probe, or
    /// TLS where a plain greeting was expected.
    WrongSecurityMode,
    /// The server broke the protocol (malformed or oversized replies).
    Protocol,
    /// The server did not offer STARTTLS.
    StartTlsNotOffered,
    /// STARTTLS was offered but refused.
    StartTlsRefused,
    /// Bytes arrived after the STARTTLS reply and before the handshake: the session is
    /// dropped (the CVE-2011-0411 class of command injection).
    DataAfterStartTls,
    /// The TLS handshake failed.
    TlsFailed,
    /// The server refused both EHLO and HELO.
    HeloRefused,
    /// The password was kept back: the connection is not encrypted, or its certificate is
    /// not trusted for the server's name.
    LoginNotSafe,
    /// The server offers no login mechanism that fits the secret given.
    NoCommonMechanism,
    /// The server refused the login (see the login facts for its reply).
    LoginRefused,
    /// The server refused the test message (see the test-message facts).
    MessageRefused,
    /// Something else.
    #[serde(other)]
    Other,
}

/// What a probe of one port found: the facts, before any judgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortFacts {
    pub port: u16,
    pub security: Security,
    /// The address connected to (the first one tried, if none answered).
    pub address: IpAddr,
    /// Every address tried, in order, when there was more than one to try.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<ConnectAttempt>,
    pub steps: Vec<StepRecord>,
    pub transcript: Vec<TranscriptLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greeting: Option<Reply>,
    /// Capabilities on the plain connection (absent on implicit-TLS ports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ehlo_plain: Option<Capabilities>,
    /// Capabilities inside TLS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ehlo_tls: Option<Capabilities>,
    /// The server refused EHLO and the probe fell back to HELO.
    #[serde(default)]
    pub used_helo: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsReport>,
    /// The login test, if one was asked for and reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<LoginFacts>,
    /// The test message, if one was asked for and sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_message: Option<TestMessageFacts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<Failure>,
    pub total_ms: u64,
}

/// What the login test found. It never holds the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginFacts {
    pub user: String,
    /// The mechanism used, if the login was tried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<crate::smtp::SaslMechanism>,
    pub accepted: bool,
    /// The server's final answer to AUTH.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
}

/// The stage of sending a test message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SendStage {
    MailFrom,
    RcptTo,
    Data,
    /// The message itself, after DATA was accepted.
    Message,
}

impl SendStage {
    /// The command of the stage, for people.
    pub fn label(self) -> &'static str {
        match self {
            SendStage::MailFrom => "MAIL FROM",
            SendStage::RcptTo => "RCPT TO",
            SendStage::Data => "DATA",
            SendStage::Message => "the message",
        }
    }
}

/// What the test message found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestMessageFacts {
    pub from: String,
    pub to: String,
    pub accepted: bool,
    /// Where it stopped, or `message` when it was accepted.
    pub stage: SendStage,
    /// The server's answer at that stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    /// The server's id for the accepted message, from its reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
}

impl PortFacts {
    /// The facts of a port before anything was recorded.
    pub fn new(spec: PortSpec, address: IpAddr) -> PortFacts {
        PortFacts {
            port: spec.port,
            security: spec.security,
            address,
            attempts: Vec::new(),
            steps: Vec::new(),
            transcript: Vec::new(),
            greeting: None,
            ehlo_plain: None,
            ehlo_tls: None,
            used_helo: false,
            tls: None,
            login: None,
            test_message: None,
            failure: None,
            total_ms: 0,
        }
    }
}

/// The report for one port: its facts and the verdict on them. On the wire the facts'
/// fields sit beside `verdict`, as they always have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortReport {
    #[serde(flatten)]
    pub facts: PortFacts,
    pub verdict: Verdict,
}

impl PortReport {
    /// Judges the facts.
    pub fn new(facts: PortFacts) -> PortReport {
        PortReport { verdict: assess(&facts), facts }
    }
}

/// Server-Sent Events of a streaming probe, in order: `started`, then `step` and `report`
/// events per port as they happen (ports run concurrently, so they interleave), then `done`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum ProbeEvent {
    Started {
        host: String,
        addresses: Vec<AddressInfo>,
        address: IpAddr,
        ports: Vec<PortSpec>,
    },
    Step {
        port: u16,
        record: StepRecord,
    },
    Report {
        report: Box<PortReport>,
    },
    Done {
        total_ms: u64,
        /// The reports came from the proxy's short-lived cache (a repeat of a recent probe).
        #[serde(default)]
        cached: bool,
    },
    Error {
        error: ApiError,
    },
}

impl ProbeEvent {
    /// The SSE event name.
    pub fn name(&self) -> &'static str {
        match self {
            ProbeEvent::Started { .. } => "started",
            ProbeEvent::Step { .. } => "step",
            ProbeEvent::Report { .. } => "report",
            ProbeEvent::Done { .. } => "done",
            ProbeEvent::Error { .. } => "error",
        }
    }
}

/// `POST /api/probe` with `Accept: application/json`: everything at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeResponse {
    pub host: String,
    pub addresses: Vec<AddressInfo>,
    pub address: IpAddr,
    pub reports: Vec<PortReport>,
    pub total_ms: u64,
    #[serde(default)]
    pub cached: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_requests_accept_numbers_and_specs() {
        let request: ProbeRequest = serde_json::from_str(
            r#"{"host":"smtp.example.com","ports":[465,587,{"port":2465,"security":"implicit_tls"}]}"#,
        )
        .unwrap();
        let specs: Vec<PortSpec> = request.ports.iter().map(|p| p.spec()).collect();
        assert_eq!(
            specs,
            [
                PortSpec { port: 465, security: Security::ImplicitTls },
                PortSpec { port: 587, security: Security::StartTls },
                PortSpec { port: 2465, security: Security::ImplicitTls },
            ]
        );
        assert!(serde_json::from_str::<ProbeRequest>(r#"{"host":"x","extra":1}"#).is_err());
        assert!(serde_json::from_str::<ProbeRequest>(r#"{"host":"x","ports":[70000]}"#).is_err());
    }

    #[test]
    fn events_are_tagged_by_type() {
        let event = ProbeEvent::Done { total_ms: 12, cached: false };
        assert_eq!(serde_json::to_string(&event).unwrap(), r#"{"type":"done","total_ms":12,"cached":false}"#);
        assert_eq!(event.name(), "done");
        let unknown: FailureKind = serde_json::from_str(r#""something_new""#).unwrap();
        assert_eq!(unknown, FailureKind::Other);
    }
}
