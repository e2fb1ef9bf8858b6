//! The JSON that travels between the page and the probe proxy.
//!
//! These types are a compatibility boundary: a page built from one version must keep
//! working with a proxy from a nearby version. Fields are only ever added, with serde
//! defaults, never renamed or removed; every enum that crosses carries a catch-all
//! (`Other`, or [`ApiErrorCode::Other`]), so a case a newer proxy adds reads as "something
//! this build does not know" instead of failing the whole event. The one exception is
//! [`Security`], the closed set of transport modes (implicit TLS, STARTTLS, plain).
//! [`WIRE_VERSION`] counts the changes a reader must know about; `/api/config` says it.
//! `shared/app/tests/wire_compat.rs` reads recorded streams and responses of earlier versions,
//! and streams with cases from the future.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

pub use crate::facts::*;
use crate::verdict::{Verdict, assess};
use email_settings::provider::Security;

/// The version of this wire format: 1 before catch-alls and typed error codes (absent
/// from such proxies' `/api/config`); 2 with them; 3 since findings carry their typed
/// values (`args`), the verdict its `fix`, and a failure the server's `reply` and the
/// TLS problem (all added fields: older readers skip them); 4 since a probe may carry more
/// hosts ([`ProbeRequest::also`]), each one's events wrapped in [`ProbeEvent::Host`] (a
/// reader asks for that only from a proxy that says 4 or more).
pub const WIRE_VERSION: u32 = 4;

/// Hosts one probe request may name in all ([`ProbeRequest::host`] and
/// [`ProbeRequest::also`]): a domain's guessed server names.
pub const MAX_PROBE_HOSTS: usize = 4;

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
    /// The proxy's [`WIRE_VERSION`]; 1 for proxies that do not say.
    #[serde(default = "wire_version_1")]
    pub wire: u32,
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
    /// The other sites' origins that may frame this page (a help portal's embed); empty
    /// when only the page's own origin may.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frame_ancestors: Vec<String>,
    /// Whether `/api/discover` is available.
    #[serde(default)]
    pub discover: bool,
    /// How long the proxy waits at most, so the page can show a running step's limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<ProbeLimits>,
}

/// What a proxy that does not say its wire version speaks.
pub(crate) fn wire_version_1() -> u32 {
    1
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

/// An error the API reports: a stable machine-readable code, which the page says in its
/// own language, and an English sentence (for `curl` and logs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ApiErrorCode,
    pub message: String,
}

/// Why the API refused a request. On the wire the snake_case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ApiErrorCode {
    /// The request's JSON does not match the API.
    InvalidRequest,
    /// The host is not a host name or address.
    InvalidHost,
    /// The host name has no address.
    ResolveFailed,
    /// The proxy does not connect to that address (private, loopback, ...).
    TargetNotAllowed,
    /// The proxy does not probe that port.
    PortNotAllowed,
    /// More ports than one request may probe.
    TooManyPorts,
    /// The login test's values are not usable (user name, secret, test message address).
    InvalidLogin,
    /// Every probe slot is taken.
    Busy,
    /// This client has its share of probes running.
    ClientBusy,
    /// This client started too many probes.
    RateLimited,
    /// This mail server was probed too often just now.
    TargetRateLimited,
    /// Too many login tests for this account, server or client.
    LoginRateLimited,
    /// The request body is too large.
    TooLarge,
    /// The request body did not arrive in time.
    BodyTimeout,
    /// A request another site's page made the browser send.
    CrossSite,
    /// `serve --autoconfig` serves no settings for that domain.
    UnknownDomain,
    /// This proxy does not run login tests.
    LoginNotAllowed,
    /// The store of limits (Redis) does not answer.
    StoreUnavailable,
    /// A code this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
}

impl ApiErrorCode {
    /// Every code but [`ApiErrorCode::Other`].
    pub const ALL: [ApiErrorCode; 18] = [
        ApiErrorCode::InvalidRequest,
        ApiErrorCode::InvalidHost,
        ApiErrorCode::ResolveFailed,
        ApiErrorCode::TargetNotAllowed,
        ApiErrorCode::PortNotAllowed,
        ApiErrorCode::TooManyPorts,
        ApiErrorCode::InvalidLogin,
        ApiErrorCode::Busy,
        ApiErrorCode::ClientBusy,
        ApiErrorCode::RateLimited,
        ApiErrorCode::TargetRateLimited,
        ApiErrorCode::LoginRateLimited,
        ApiErrorCode::TooLarge,
        ApiErrorCode::BodyTimeout,
        ApiErrorCode::CrossSite,
        ApiErrorCode::UnknownDomain,
        ApiErrorCode::LoginNotAllowed,
        ApiErrorCode::StoreUnavailable,
    ];

    /// The id on the wire, e.g. `rate_limited` (also the label `/metrics` counts it by).
    pub fn id(self) -> &'static str {
        match self {
            ApiErrorCode::InvalidRequest => "invalid_request",
            ApiErrorCode::InvalidHost => "invalid_host",
            ApiErrorCode::ResolveFailed => "resolve_failed",
            ApiErrorCode::TargetNotAllowed => "target_not_allowed",
            ApiErrorCode::PortNotAllowed => "port_not_allowed",
            ApiErrorCode::TooManyPorts => "too_many_ports",
            ApiErrorCode::InvalidLogin => "invalid_login",
            ApiErrorCode::Busy => "busy",
            ApiErrorCode::ClientBusy => "client_busy",
            ApiErrorCode::RateLimited => "rate_limited",
            ApiErrorCode::TargetRateLimited => "target_rate_limited",
            ApiErrorCode::LoginRateLimited => "login_rate_limited",
            ApiErrorCode::TooLarge => "too_large",
            ApiErrorCode::BodyTimeout => "body_timeout",
            ApiErrorCode::CrossSite => "cross_site",
            ApiErrorCode::UnknownDomain => "unknown_domain",
            ApiErrorCode::LoginNotAllowed => "login_not_allowed",
            ApiErrorCode::StoreUnavailable => "store_unavailable",
            ApiErrorCode::Other => "other",
        }
    }
}

impl ApiErrorCode {
    /// The code with this id; [`ApiErrorCode::Other`] for ids this build does not know.
    pub fn from_id(id: &str) -> ApiErrorCode {
        ApiErrorCode::ALL.into_iter().find(|c| c.id() == id).unwrap_or(ApiErrorCode::Other)
    }
}

impl fmt::Display for ApiErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
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
    /// More hosts to probe at the same time on the same ports (the other guesses for a
    /// domain): each is reported as soon as its own probe ends, whatever the others do.
    /// Event streams only, without a login; every event then comes wrapped in
    /// [`ProbeEvent::Host`], and a last `done` ends the stream. At most
    /// [`MAX_PROBE_HOSTS`] hosts in all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
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

    pub fn kind(&self) -> email_settings::smtp::auth::CredentialKind {
        match self {
            Secret::Password(_) => email_settings::smtp::auth::CredentialKind::Password,
            Secret::OAuth2Token(_) => email_settings::smtp::auth::CredentialKind::OAuth2Token,
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
    /// One host's event, in a stream that probes several ([`ProbeRequest::also`]): its
    /// `started`, `step`, `report` and `done` events, or the `error` that kept it from
    /// being probed (a name that does not resolve, a refused address).
    Host {
        host: String,
        event: Box<ProbeEvent>,
    },
    /// An event this build does not know (from a newer proxy): skipped.
    #[serde(other)]
    Other,
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
            ProbeEvent::Host { .. } => "host",
            ProbeEvent::Other => "other",
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

    #[test]
    fn a_probe_of_several_hosts_wraps_each_host_s_events() {
        let request: ProbeRequest =
            serde_json::from_str(r#"{"host":"smtp.example.org","also":["mail.example.org","example.org"]}"#).unwrap();
        assert_eq!(request.also, ["mail.example.org", "example.org"]);
        let single = ProbeRequest { host: "smtp.example.org".into(), ports: Vec::new(), login: None, also: Vec::new() };
        assert_eq!(serde_json::to_string(&single).unwrap(), r#"{"host":"smtp.example.org","ports":[]}"#, "as before");
        let event = ProbeEvent::Host {
            host: "mail.example.org".into(),
            event: Box::new(ProbeEvent::Done { total_ms: 7, cached: false }),
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"type":"host","host":"mail.example.org","event":{"type":"done","total_ms":7,"cached":false}}"#
        );
        assert_eq!(serde_json::from_str::<ProbeEvent>(&json).unwrap(), event);
        assert_eq!(event.name(), "host");
    }
}
