//! What a probe of one port found, before any judgement: the steps, the transcript, TLS
//! and certificate facts, the login and the test message, and how it failed. The verdict
//! ([`crate::verdict`]) reads these; the wire ([`crate::wire`], which re-exports them)
//! carries them beside it. Like the wire, every enum has a catch-all for cases from a
//! newer proxy.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use email_settings::provider::Security;
use email_settings::smtp::{Capabilities, Reply};

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
    /// A depth this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
}

/// A port and how to probe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PortSpec {
    pub port: u16,
    pub security: Security,
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
    /// Said after the verdict, so no report waits for it; proxies before 2026-11 reported
    /// it as a step (recorded streams still carry it).
    Quit,
    /// A step this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
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
            ProbeDepth::Connection | ProbeDepth::Other => &[],
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
            Step::Other => "another step",
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
    /// A party this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
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
    /// Why the chain is not trusted, in English (for `curl` and older pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_error: Option<String>,
    /// Why the chain is not trusted, as a fact (absent from wire-1 proxies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_problem: Option<CertificateProblem>,
    /// Whether the certificate is valid for `server_name`.
    pub name_matches: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_error: Option<String>,
}

/// Why a certificate was rejected. On the wire the snake_case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CertificateProblem {
    /// Issued by an authority that is not trusted (or self-signed).
    UnknownIssuer,
    Expired,
    NotValidYet,
    /// Not made out to the server's name.
    NotValidForName,
    BadSignature,
    Revoked,
    /// Not a readable certificate.
    BadEncoding,
    /// Not meant for servers (its key usage).
    NotForServers,
    /// An authority's certificate used as the server's own.
    CaUsedAsServer,
    /// A server's certificate used as an authority.
    ServerUsedAsCa,
    /// The chain of authorities is too long.
    ChainTooLong,
    /// The server presented no certificate that could be checked.
    NoneChecked,
    /// Rejected for a reason without a name here (or one from a newer proxy).
    #[serde(other)]
    Other,
}

impl CertificateProblem {
    /// In English, for `curl`, logs and the CLI (the page says it in its language).
    pub fn english(self) -> &'static str {
        match self {
            CertificateProblem::UnknownIssuer => "issued by an authority that is not trusted",
            CertificateProblem::Expired => "expired",
            CertificateProblem::NotValidYet => "not valid yet",
            CertificateProblem::NotValidForName => "not valid for this server name",
            CertificateProblem::BadSignature => "bad signature",
            CertificateProblem::Revoked => "revoked",
            CertificateProblem::BadEncoding => "not a readable certificate",
            CertificateProblem::NotForServers => "not meant for servers",
            CertificateProblem::CaUsedAsServer => "a CA certificate used as the server's own",
            CertificateProblem::ServerUsedAsCa => "a server certificate used as an authority",
            CertificateProblem::ChainTooLong => "the chain of authorities is too long",
            CertificateProblem::NoneChecked => "no certificate was checked",
            CertificateProblem::Other => "rejected by the certificate checks",
        }
    }

    /// The id on the wire, e.g. `unknown_issuer`.
    pub fn id(self) -> &'static str {
        match self {
            CertificateProblem::UnknownIssuer => "unknown_issuer",
            CertificateProblem::Expired => "expired",
            CertificateProblem::NotValidYet => "not_valid_yet",
            CertificateProblem::NotValidForName => "not_valid_for_name",
            CertificateProblem::BadSignature => "bad_signature",
            CertificateProblem::Revoked => "revoked",
            CertificateProblem::BadEncoding => "bad_encoding",
            CertificateProblem::NotForServers => "not_for_servers",
            CertificateProblem::CaUsedAsServer => "ca_used_as_server",
            CertificateProblem::ServerUsedAsCa => "server_used_as_ca",
            CertificateProblem::ChainTooLong => "chain_too_long",
            CertificateProblem::NoneChecked => "none_checked",
            CertificateProblem::Other => "other",
        }
    }

    /// Every problem, the catch-all last.
    pub const ALL: [CertificateProblem; 13] = [
        CertificateProblem::UnknownIssuer,
        CertificateProblem::Expired,
        CertificateProblem::NotValidYet,
        CertificateProblem::NotValidForName,
        CertificateProblem::BadSignature,
        CertificateProblem::Revoked,
        CertificateProblem::BadEncoding,
        CertificateProblem::NotForServers,
        CertificateProblem::CaUsedAsServer,
        CertificateProblem::ServerUsedAsCa,
        CertificateProblem::ChainTooLong,
        CertificateProblem::NoneChecked,
        CertificateProblem::Other,
    ];
}

/// The state of a connection's certificate, decided once (here) for the verdict, the page
/// and the CLI alike, in this order: a certificate for another name first (the most
/// useful fix: another server name), then one that is not trusted (with why: expired
/// included), then one that expires soon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateState {
    Valid,
    /// Trusted, but expires in this many days (fewer than [`EXPIRY_WARNING_DAYS`]).
    ExpiresSoon(i64),
    /// Issued for other names (listed; empty when it names none).
    WrongName(Vec<String>),
    /// Not trusted, and why.
    Untrusted(CertificateProblem),
}

/// Days left below which a certificate's expiry is worth a warning.
pub const EXPIRY_WARNING_DAYS: i64 = 21;

impl TlsReport {
    /// The certificate's state: see [`CertificateState`].
    pub fn certificate_state(&self) -> CertificateState {
        let leaf = self.chain.first();
        if !self.name_matches {
            return CertificateState::WrongName(leaf.map(|l| l.names.clone()).unwrap_or_default());
        }
        if !self.chain_trusted {
            // Wire-1 proxies sent only the English reason; an expired leaf says it itself.
            let problem = self.chain_problem.unwrap_or(match leaf {
                Some(leaf) if leaf.days_left < 0 => CertificateProblem::Expired,
                _ => CertificateProblem::Other,
            });
            return CertificateState::Untrusted(problem);
        }
        match leaf {
            Some(leaf) if leaf.days_left < EXPIRY_WARNING_DAYS => CertificateState::ExpiresSoon(leaf.days_left),
            _ => CertificateState::Valid,
        }
    }
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
    /// What happened, technically and in English: for the transcript, logs and `curl`.
    /// People read the finding made from `kind` and the typed details below instead.
    pub message: String,
    /// The server's reply that ended the step, when one did (a refused greeting, EHLO,
    /// HELO or STARTTLS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    /// Why the TLS handshake failed, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsProblem>,
}

impl Failure {
    pub fn new(step: Step, kind: FailureKind, message: impl Into<String>) -> Failure {
        Failure { step, kind, message: message.into(), reply: None, tls: None }
    }
}

/// Why a TLS handshake failed, as a fact. On the wire the snake_case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TlsProblem {
    /// The server name cannot be used for TLS (an IP literal or a malformed name).
    InvalidName,
    /// The server presented no certificate.
    NoCertificate,
    /// A TLS message larger than clients accept (such as a huge certificate chain).
    TooLarge,
    /// The server did not answer with TLS.
    NotTls,
    /// A malformed TLS message.
    Malformed,
    /// No TLS version a modern client accepts (1.2 or 1.3).
    OldVersion,
    /// No cipher in common with a modern client.
    NoCommonCipher,
    /// The server broke off the handshake with an alert.
    Alert,
    /// The server broke the TLS protocol.
    Misbehaved,
    /// Another reason (or one from a newer proxy).
    #[serde(other)]
    Other,
}

impl TlsProblem {
    /// The id on the wire and in message ids, e.g. `old_version`.
    pub fn id(self) -> &'static str {
        match self {
            TlsProblem::InvalidName => "invalid_name",
            TlsProblem::NoCertificate => "no_certificate",
            TlsProblem::TooLarge => "too_large",
            TlsProblem::NotTls => "not_tls",
            TlsProblem::Malformed => "malformed",
            TlsProblem::OldVersion => "old_version",
            TlsProblem::NoCommonCipher => "no_common_cipher",
            TlsProblem::Alert => "alert",
            TlsProblem::Misbehaved => "misbehaved",
            TlsProblem::Other => "other",
        }
    }

    /// Every problem, the catch-all last.
    pub const ALL: [TlsProblem; 10] = [
        TlsProblem::InvalidName,
        TlsProblem::NoCertificate,
        TlsProblem::TooLarge,
        TlsProblem::NotTls,
        TlsProblem::Malformed,
        TlsProblem::OldVersion,
        TlsProblem::NoCommonCipher,
        TlsProblem::Alert,
        TlsProblem::Misbehaved,
        TlsProblem::Other,
    ];
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
    pub mechanism: Option<email_settings::smtp::SaslMechanism>,
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
    /// A stage this build does not know (from a newer proxy).
    #[serde(other)]
    Other,
}

impl SendStage {
    /// The command of the stage, for people.
    pub fn label(self) -> &'static str {
        match self {
            SendStage::MailFrom => "MAIL FROM",
            SendStage::RcptTo => "RCPT TO",
            SendStage::Data => "DATA",
            SendStage::Message => "the message",
            SendStage::Other => "another stage",
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tls(days_left: i64) -> TlsReport {
        TlsReport {
            version: TlsVersion::Tls13,
            cipher_suite: "TLS13_AES_128_GCM_SHA256".into(),
            server_name: "smtp.example.org".into(),
            chain: vec![CertificateInfo {
                subject: "CN=smtp.example.org".into(),
                issuer: "CN=Example CA".into(),
                names: vec!["smtp.example.org".into()],
                not_before: String::new(),
                not_after: String::new(),
                days_left,
            }],
            chain_trusted: true,
            chain_error: None,
            chain_problem: None,
            name_matches: true,
            name_error: None,
        }
    }

    #[test]
    fn the_certificate_state_is_decided_once_in_one_order() {
        assert_eq!(tls(200).certificate_state(), CertificateState::Valid);
        assert_eq!(tls(5).certificate_state(), CertificateState::ExpiresSoon(5));
        let untrusted = TlsReport { chain_trusted: false, chain_problem: Some(CertificateProblem::Revoked), ..tls(5) };
        assert_eq!(untrusted.certificate_state(), CertificateState::Untrusted(CertificateProblem::Revoked));
        // A wire-1 proxy sent no problem: an expired leaf says it itself.
        let old = TlsReport { chain_trusted: false, chain_error: Some("expired".into()), ..tls(-3) };
        assert_eq!(old.certificate_state(), CertificateState::Untrusted(CertificateProblem::Expired));
        let old = TlsReport { chain_trusted: false, ..tls(90) };
        assert_eq!(old.certificate_state(), CertificateState::Untrusted(CertificateProblem::Other));
        // Another name comes first: the fix is a server name the certificate names.
        let wrong = TlsReport { name_matches: false, ..untrusted };
        assert_eq!(wrong.certificate_state(), CertificateState::WrongName(vec!["smtp.example.org".into()]));
    }

    #[test]
    fn problems_have_ids_and_unknown_ones_read_as_other() {
        for problem in CertificateProblem::ALL {
            let json = serde_json::to_string(&problem).unwrap();
            assert_eq!(json, format!("\"{}\"", problem.id()));
            assert_eq!(serde_json::from_str::<CertificateProblem>(&json).unwrap(), problem);
        }
        assert_eq!(
            serde_json::from_str::<CertificateProblem>("\"quantum_broken\"").unwrap(),
            CertificateProblem::Other
        );
    }
}
