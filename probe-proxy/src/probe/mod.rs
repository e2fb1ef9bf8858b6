//! The probe engine: proves a mail server's SMTP settings live.
//!
//! [`prepare`] checks a request and resolves the host once through the address guard;
//! [`PreparedProbe::run`] then probes every requested port concurrently (the total time is
//! the slowest port's, not the sum), connecting with Happy Eyeballs across the host's
//! addresses, streaming each finished step as a [`ProbeEvent`] and each port's report as
//! soon as its verdict is known (QUIT follows), and returning one [`PortReport`] per port.
//! A [`LoginPlan`] adds the login and, optionally, a test message.

pub mod connect;
mod reader;
mod recorder;
mod session;
pub mod tls;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use email_settings::address::Query;
use email_settings::smtp::ReplyLimits;
use mailsetup_shared::wire::{
    Failure, FailureKind, LoginRequest, PortFacts, PortReport, PortRequest, PortSpec, ProbeDepth, ProbeEvent,
    ProbeResponse, Secret, Step,
};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

use crate::dns::Dns;
use crate::guard::TargetPolicy;
use crate::target::{self, Host, ResolvedTarget, TargetError};

/// Where a probe sends its events as they happen, for the event stream. Each travels
/// boxed: the channel allocates its slots 32 at a time, and 32 pointers are a fraction of
/// 32 events, for every probe in flight.
#[derive(Debug, Clone)]
pub struct EventSender(UnboundedSender<Box<ProbeEvent>>);

impl EventSender {
    /// Sends one event; when the receiver has gone (the client left), the probe goes on
    /// without it.
    pub fn send(&self, event: ProbeEvent) {
        let _ = self.0.send(Box::new(event));
    }
}

/// A channel for a probe's events: its sending half for [`PreparedProbe::run`].
pub fn event_channel() -> (EventSender, UnboundedReceiver<Box<ProbeEvent>>) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    (EventSender(tx), rx)
}

/// How probes behave; each default is documented on `probe-proxy serve --help`.
#[derive(Debug, Clone)]
pub struct ProbeSettings {
    /// The name sent with EHLO/HELO. Default: `mailsetup-probe.invalid`.
    pub ehlo_name: String,
    /// Limit for the TCP connection. Default: 5 s.
    pub connect_timeout: Duration,
    /// Limit for each reply and for the TLS handshake. Default: 10 s.
    pub reply_timeout: Duration,
    /// Limit for one port's whole probe. Default: 20 s.
    pub total_timeout: Duration,
    /// Caps on reply size. Default: 512-byte lines, 100 lines, 4 KiB per reply.
    pub limits: ReplyLimits,
    pub tls: tls::TlsSettings,
    /// Whether the proxy is short of probe slots (requests wait for one): a port with no
    /// greeting after [`PRESSED_GREETING`] is then cut short. Default: never.
    pub pressure: Pressure,
    /// Turns for TLS handshakes across all probes: a handshake is the probe's one burst of
    /// computing, and thousands at once keep the runtime's queue so long that
    /// `/api/health` and new requests wait behind them. A handshake waits for a turn and
    /// gives it back when it ends or after [`HANDSHAKE_TURN`], whichever comes first, so a
    /// server that stalls its handshake holds a turn for no longer than that. Shared by
    /// clones. Default: [`HANDSHAKES_AT_ONCE`] turns.
    pub handshakes: Arc<tokio::sync::Semaphore>,
}

/// Handshake turns by default: enough to keep two cores busy, few enough that a request
/// arriving meanwhile waits behind milliseconds of work.
pub const HANDSHAKES_AT_ONCE: usize = 16;

/// How long a handshake keeps its turn: on a nearby server the computing is done by then;
/// a distant or stalling one goes on without the turn.
pub const HANDSHAKE_TURN: Duration = Duration::from_millis(50);

/// Whether requests are waiting for probe slots (set by the slots, read by the probes).
/// Cheap to clone and read.
#[derive(Debug, Clone, Default)]
pub struct Pressure(Arc<std::sync::atomic::AtomicBool>);

impl Pressure {
    pub fn is_on(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn set(&self, on: bool) {
        self.0.store(on, std::sync::atomic::Ordering::Relaxed);
    }
}

/// How long a port may wait for its server's greeting while the proxy is under pressure.
pub const PRESSED_GREETING: Duration = Duration::from_secs(4);

impl ProbeSettings {
    pub fn new(tls: tls::TlsSettings) -> ProbeSettings {
        ProbeSettings {
            ehlo_name: DEFAULT_EHLO_NAME.to_owned(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            reply_timeout: DEFAULT_REPLY_TIMEOUT,
            total_timeout: DEFAULT_TOTAL_TIMEOUT,
            limits: ReplyLimits::default(),
            tls,
            pressure: Pressure::default(),
            handshakes: Arc::new(tokio::sync::Semaphore::new(HANDSHAKES_AT_ONCE)),
        }
    }
}

/// The EHLO name when the operator sets none (`.invalid` is reserved, RFC 2606).
pub const DEFAULT_EHLO_NAME: &str = "mailsetup-probe.invalid";
/// The defaults of [`ProbeSettings::new`], which the command line shows too.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_REPLY_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_TOTAL_TIMEOUT: Duration = Duration::from_secs(20);

/// Most ports one request may probe.
pub const MAX_PORTS: usize = 6;

/// Why a probe request cannot run at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProbeError {
    #[error(transparent)]
    Target(#[from] TargetError),
    #[error("port {0} is not one this proxy probes (allowed: {1})")]
    PortNotAllowed(u16, String),
    #[error("at most {MAX_PORTS} ports per probe")]
    TooManyPorts,
    #[error("the login test cannot run: {0}")]
    InvalidLogin(String),
}

/// A login test whose values passed every check. Its `Debug` never shows the secret.
#[derive(Debug, Clone)]
pub struct LoginPlan {
    pub user: String,
    pub secret: Secret,
    pub test_message: Option<MessagePlan>,
}

/// The test message's one address: the login's own, which it goes from and to (a test
/// message to oneself; the proxy sends no mail to anyone else). Checked strictly: a plain
/// `local@domain` with no quoted local part, wrapper, space or invisible character, so
/// nothing a person typed becomes free text in the envelope or the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagePlan {
    /// The address, its domain in ASCII (the local part as typed).
    pub address: String,
    /// Whether the local part has letters outside ASCII: the server must then offer
    /// SMTPUTF8 (RFC 6531), or nothing is sent.
    pub needs_smtputf8: bool,
}

/// Characters RFC 5322 allows in a dot-atom besides letters and digits.
const ATEXT_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";

/// `text` as the login's own mail address, strictly: `local@domain`, a dot-atom local part
/// (ASCII atext, or letters and digits beyond ASCII), a domain the address parser accepts.
pub fn strict_address(text: &str) -> Option<MessagePlan> {
    let (local, _) = text.rsplit_once('@')?;
    let atom_char =
        |c: char| c.is_ascii_alphanumeric() || ATEXT_SPECIALS.contains(c) || (!c.is_ascii() && c.is_alphanumeric());
    let dot_atom = !local.is_empty()
        && local.len() <= 64
        && local.split('.').all(|atom| !atom.is_empty() && atom.chars().all(atom_char));
    if !dot_atom {
        return None;
    }
    match Query::parse(text) {
        Ok(Query::Address(address)) if address.local_part() == local => {
            Some(MessagePlan { address: address.ascii(), needs_smtputf8: !local.is_ascii() })
        }
        _ => None,
    }
}

/// Invisible characters that change how text reads (Unicode's format characters a
/// user name could hide: direction marks and overrides, zero-width characters, the BOM).
fn is_format_character(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

impl LoginPlan {
    /// Checks a login request: a user name without line breaks, spaces, control or
    /// invisible characters, a non-empty secret, and for a test message the login's own
    /// address as recipient (the user name, which must then be a plain mail address).
    pub fn check(request: LoginRequest) -> Result<LoginPlan, ProbeError> {
        let invalid = |why: &str| ProbeError::InvalidLogin(why.to_owned());
        let user = request.user.trim().to_owned();
        let unseen = |c: char| c.is_control() || c.is_whitespace() || is_format_character(c);
        if user.is_empty() || user.len() > 256 || user.chars().any(unseen) {
            return Err(invalid("the user name is empty, too long, or has spaces, control or invisible characters"));
        }
        let secret = request.secret.clone();
        if secret.expose().is_empty() || secret.expose().len() > 4096 || secret.expose().contains(['\r', '\n']) {
            return Err(invalid("the password or token is empty, too long or has a line break"));
        }
        let test_message = match &request.send_test_to {
            None => None,
            Some(to) => {
                let Some(own) = strict_address(&user) else {
                    return Err(invalid(
                        "a test message goes to the login's own address, and this user name is not a plain mail address",
                    ));
                };
                match strict_address(to.trim()) {
                    Some(recipient) if recipient.address.eq_ignore_ascii_case(&own.address) => Some(own),
                    _ => return Err(invalid("a test message goes only to the login's own address")),
                }
            }
        };
        Ok(LoginPlan { user, secret, test_message })
    }

    /// How far a probe with this plan goes.
    pub fn depth(&self) -> ProbeDepth {
        if self.test_message.is_some() { ProbeDepth::TestMessage } else { ProbeDepth::Login }
    }
}

/// Checks the requested ports against the policy; empty means 465 and 587. Repeated ports
/// are probed once.
pub fn check_ports(policy: &TargetPolicy, requested: &[PortSpec]) -> Result<Vec<PortSpec>, ProbeError> {
    let wanted: Vec<PortSpec> = if requested.is_empty() {
        [465, 587].map(|p| PortRequest::Port(p).spec()).to_vec()
    } else {
        requested.to_vec()
    };
    let mut specs: Vec<PortSpec> = Vec::with_capacity(wanted.len());
    for spec in wanted {
        if !specs.iter().any(|s| s.port == spec.port) {
            specs.push(spec);
        }
    }
    if specs.len() > MAX_PORTS {
        return Err(ProbeError::TooManyPorts);
    }
    if let Some(bad) = specs.iter().find(|s| !policy.port_allowed(s.port)) {
        let allowed: Vec<String> = policy.allowed_ports.iter().map(u16::to_string).collect();
        return Err(ProbeError::PortNotAllowed(bad.port, allowed.join(", ")));
    }
    Ok(specs)
}

/// A probe whose request passed every check: ports allowed, host resolved once, address
/// guarded. Running it connects only to [`PreparedProbe::address`].
#[derive(Debug, Clone)]
pub struct PreparedProbe {
    pub target: ResolvedTarget,
    pub ports: Vec<PortSpec>,
    /// The login test, if asked for.
    pub login: Option<Arc<LoginPlan>>,
    /// Probe every address on its own instead of racing them (points out the broken node
    /// of a pool).
    pub all_addresses: bool,
}

/// Checks a request and resolves its host; nothing is sent to the host yet.
pub async fn prepare(
    dns: &dyn Dns,
    policy: &TargetPolicy,
    host: &str,
    ports: &[PortSpec],
) -> Result<PreparedProbe, ProbeError> {
    let ports = check_ports(policy, ports)?;
    let host = Host::parse(host)?;
    let target = target::resolve(dns, policy, &host).await?;
    Ok(PreparedProbe { target, ports, login: None, all_addresses: false })
}

impl PreparedProbe {
    pub fn address(&self) -> std::net::IpAddr {
        self.target.chosen
    }

    /// The `started` event.
    pub fn started_event(&self) -> ProbeEvent {
        ProbeEvent::Started {
            host: self.target.host.to_string(),
            addresses: self.target.addresses.clone(),
            address: self.address(),
            ports: self.ports.clone(),
        }
    }

    /// Adds a login test.
    pub fn with_login(self, login: LoginPlan) -> PreparedProbe {
        PreparedProbe { login: Some(Arc::new(login)), ..self }
    }

    /// Probes each address on its own.
    pub fn with_all_addresses(self) -> PreparedProbe {
        PreparedProbe { all_addresses: true, ..self }
    }

    /// How far each port's probe goes.
    pub fn depth(&self) -> ProbeDepth {
        self.login.as_ref().map_or(ProbeDepth::Connection, |l| l.depth())
    }

    /// What each port's probe connects to: all addresses raced, or each on its own.
    fn address_groups(&self) -> Vec<Vec<IpAddr>> {
        let order = connect::connect_order(&self.target.addresses);
        if self.all_addresses { order.into_iter().map(|ip| vec![ip]).collect() } else { vec![order] }
    }

    /// Probes every port at once. Events go to `events` as they happen (`started` is the
    /// caller's to send); each port's report goes out as soon as its verdict is known, and
    /// QUIT is said after it. Reports come back in request order (per address, with
    /// [`PreparedProbe::with_all_addresses`]).
    pub async fn run(&self, settings: Arc<ProbeSettings>, events: Option<EventSender>) -> ProbeResponse {
        let started = tokio::time::Instant::now();
        let server_name = self.target.host.server_name();
        let groups = self.address_groups();
        let mut tasks = PortTasks::with_capacity(groups.len() * self.ports.len());
        for addresses in groups {
            let addresses: Arc<[IpAddr]> = addresses.into();
            for spec in self.ports.iter().copied() {
                let (settings, events, server_name) = (settings.clone(), events.clone(), server_name.clone());
                let (login, group) = (self.login.clone(), addresses.clone());
                let address = addresses.first().copied().unwrap_or(self.address());
                tasks.spawn(spec, address, async move {
                    probe_port(&settings, &group, &server_name, spec, login.as_deref(), events).await
                });
            }
        }
        let mut farewells = tokio::task::JoinSet::new();
        let reports = tasks
            .join_all(|report, goodbye| {
                if let Some(goodbye) = goodbye {
                    farewells.spawn(goodbye.say());
                }
                if let Some(events) = &events {
                    events.send(ProbeEvent::Report { report: Box::new(report.clone()) });
                }
            })
            .await;
        let total_ms = recorder::millis(started.elapsed());
        if let Some(events) = &events {
            events.send(ProbeEvent::Done { total_ms, cached: false });
        }
        // Everything is reported; now the goodbyes (each bounded) finish.
        while farewells.join_next().await.is_some() {}
        ProbeResponse {
            host: self.target.host.to_string(),
            addresses: self.target.addresses.clone(),
            address: self.address(),
            reports,
            total_ms,
            cached: false,
        }
    }
}

/// The running probes of a request's ports, each known by its task's id, so a port whose
/// task panics is reported as itself, failed, and no other port's report is displaced.
#[derive(Default)]
struct PortTasks {
    tasks: tokio::task::JoinSet<(PortReport, Option<session::Goodbye>)>,
    /// In the request's order: each task's id, its port's spec and first address. A few
    /// entries (ports × addresses), so a list: a hash map's table would weigh more, for
    /// every probe in flight.
    jobs: Vec<(tokio::task::Id, PortSpec, IpAddr)>,
}

impl PortTasks {
    fn with_capacity(ports: usize) -> PortTasks {
        PortTasks { tasks: tokio::task::JoinSet::new(), jobs: Vec::with_capacity(ports) }
    }

    fn spawn(
        &mut self,
        spec: PortSpec,
        address: IpAddr,
        probe: impl Future<Output = (PortReport, Option<session::Goodbye>)> + Send + 'static,
    ) {
        let id = self.tasks.spawn(probe).id();
        self.jobs.push((id, spec, address));
    }

    /// Every port's report in request order, calling `finished` on each as it comes.
    async fn join_all(mut self, mut finished: impl FnMut(&PortReport, Option<session::Goodbye>)) -> Vec<PortReport> {
        // Filled as reports come, not made up front: room for every port's report would
        // be held by every probe while it waits.
        let mut reports: Vec<(usize, PortReport)> = Vec::new();
        while let Some(joined) = self.tasks.join_next_with_id().await {
            let (id, report, goodbye) = match joined {
                Ok((id, (report, goodbye))) => (id, report, goodbye),
                // A bug, not a server's doing: still report the port, as failed.
                Err(error) => {
                    let Some(&(_, spec, address)) = self.jobs.iter().find(|job| job.0 == error.id()) else { continue };
                    let failure = Failure::new(
                        Step::Connect,
                        FailureKind::Other,
                        "the probe of this port stopped on an internal error",
                    );
                    let report = PortReport::new(PortFacts { failure: Some(failure), ..PortFacts::new(spec, address) });
                    (error.id(), report, None)
                }
            };
            let Some(index) = self.jobs.iter().position(|job| job.0 == id) else { continue };
            finished(&report, goodbye);
            reports.push((index, report));
        }
        reports.sort_unstable_by_key(|&(index, _)| index);
        reports.into_iter().map(|(_, report)| report).collect()
    }
}

/// Probes one port on the first of `addresses` that answers, never taking longer than the
/// total limit. Returns the report and the QUIT still to say.
async fn probe_port(
    settings: &ProbeSettings,
    addresses: &[IpAddr],
    server_name: &str,
    spec: PortSpec,
    login: Option<&LoginPlan>,
    events: Option<EventSender>,
) -> (PortReport, Option<session::Goodbye>) {
    let first = addresses.first().copied().unwrap_or(IpAddr::from([0, 0, 0, 0]));
    let mut log = recorder::Recorder::new(spec, first, events);
    let greeted = std::sync::atomic::AtomicBool::new(false);
    let ctx = session::Ctx { settings, server_name, login, greeted: &greeted };
    let started = tokio::time::Instant::now();
    // Under pressure, a port that has had no greeting for a few seconds gives its slot up.
    let pressed = async {
        loop {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let greeted = greeted.load(std::sync::atomic::Ordering::Relaxed);
            if !greeted && settings.pressure.is_on() && started.elapsed() >= PRESSED_GREETING {
                return;
            }
        }
    };
    let outcome = tokio::select! {
        outcome = tokio::time::timeout(settings.total_timeout, session::run(ctx, addresses, spec, &mut log)) => Some(outcome),
        () = pressed => None,
    };
    let (failure, goodbye) = match outcome {
        Some(Ok(ending)) => (ending.failure, ending.goodbye),
        Some(Err(_)) => {
            let message = format!("the whole probe took longer than {} s", settings.total_timeout.as_secs());
            (Some(log.fail(FailureKind::Timeout, message)), None)
        }
        None => {
            let message = format!(
                "no greeting within {} s while this proxy was busy (it stops waiting sooner then)",
                PRESSED_GREETING.as_secs()
            );
            (Some(log.fail(FailureKind::Timeout, message)), None)
        }
    };
    (PortReport::new(log.into_facts(failure)), goodbye)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What one port's probe weighs from the moment it is spawned, whatever it waits for
    /// (its connection, its turn at a TLS handshake, a greeting): 10,000 probes in flight
    /// hold 10,000 (BENCHMARKS.md). The TLS stream and the later steps (the handshake
    /// itself, STARTTLS, the login, the test message) are boxed, so they weigh nothing
    /// until they start: 5,912 and 4,800 bytes before, 2,392 and 1,280 after, in this
    /// (debug) build. A byte budget, deterministic for one compiler.
    #[test]
    fn a_port_s_probe_carries_no_room_for_steps_it_has_not_reached() {
        let settings = ProbeSettings::new(tls::TlsSettings::new(None).unwrap());
        let addresses = [IpAddr::from([127, 0, 0, 1])];
        let spec = PortSpec { port: 465, security: email_settings::provider::Security::ImplicitTls };
        let probe = probe_port(&settings, &addresses, "localhost", spec, None, None);
        let probe_size = std::mem::size_of_val(&probe);
        let mut log = recorder::Recorder::new(spec, addresses[0], None);
        let greeted = std::sync::atomic::AtomicBool::new(false);
        let ctx = session::Ctx { settings: &settings, server_name: "localhost", login: None, greeted: &greeted };
        let steps = session::run(ctx, &addresses, spec, &mut log);
        let steps_size = std::mem::size_of_val(&steps);
        assert!(probe_size <= 3_000 && steps_size <= 1_800, "probe {probe_size} bytes, its steps {steps_size}");
    }

    fn plan(user: &str, to: Option<&str>) -> Result<LoginPlan, ProbeError> {
        let secret = Secret::Password("hunter2".to_owned());
        LoginPlan::check(LoginRequest { user: user.to_owned(), secret, send_test_to: to.map(str::to_owned) })
    }

    #[test]
    fn a_test_message_goes_only_to_the_login_s_own_plain_address() {
        let own = plan("Someone@Example.com", Some("someone@example.com")).unwrap();
        let message = own.test_message.unwrap();
        assert_eq!((message.address.as_str(), message.needs_smtputf8), ("Someone@example.com", false));
        // Anyone else is refused, however it is spelt.
        for other in ["victim@example.net", "someone@example.com.evil.example", "Someone <someone@example.com>"] {
            assert!(plan("someone@example.com", Some(other)).is_err(), "{other}");
        }
        // A quoted local part would carry free text into RCPT TO, To: and the body.
        let quoted = "\"Cheap pills: http://spam.example\"@example.net";
        assert!(plan(quoted, Some(quoted)).is_err());
        // A user name that is not an address cannot receive a test message.
        assert!(plan("apikey", Some("apikey")).is_err());
        assert!(plan("apikey", None).is_ok(), "but it can log in");
    }

    #[test]
    fn user_names_with_separators_or_invisible_characters_are_refused() {
        // U+2028 once made the envelope sender come from inside the user name.
        for user in [
            "someone@example.com\u{2028}<x@evil.example>",
            "someone@example.com x@evil.example",
            "some\u{202E}one@example.com",
            "some\u{200B}one@example.com",
            "some\u{00A0}one@example.com",
        ] {
            assert!(plan(user, None).is_err(), "{user:?}");
        }
    }

    #[tokio::test]
    async fn a_port_whose_task_panics_is_reported_as_itself_and_displaces_no_other() {
        fn spec(port: u16) -> PortSpec {
            PortSpec { port, security: email_settings::provider::Security::StartTls }
        }
        fn done(port: u16) -> PortReport {
            PortReport::new(PortFacts::new(spec(port), "192.0.2.1".parse().unwrap()))
        }
        let address: IpAddr = "192.0.2.1".parse().unwrap();
        let mut tasks = PortTasks::default();
        // The first port panics at once; the others finish later, out of order.
        fn a_bug() -> (PortReport, Option<session::Goodbye>) {
            panic!("a bug in a port's probe")
        }
        tasks.spawn(spec(465), address, async { a_bug() });
        tasks.spawn(spec(587), address, async {
            tokio::time::sleep(Duration::from_millis(30)).await;
            (done(587), None)
        });
        tasks.spawn(spec(25), address, async {
            tokio::time::sleep(Duration::from_millis(10)).await;
            (done(25), None)
        });
        let mut streamed = Vec::new();
        let reports = tasks.join_all(|report, _| streamed.push(report.facts.port)).await;
        let ports: Vec<u16> = reports.iter().map(|r| r.facts.port).collect();
        assert_eq!(ports, [465, 587, 25], "request order, every port once");
        assert_eq!(streamed, [465, 25, 587], "each streamed under its own port as it finished");
        let failure = reports[0].facts.failure.as_ref().unwrap();
        assert_eq!((failure.kind, failure.step), (FailureKind::Other, Step::Connect));
        assert!(reports[1].facts.failure.is_none() && reports[2].facts.failure.is_none());
    }

    #[test]
    fn letters_beyond_ascii_need_smtputf8() {
        let message = plan("jörg@example.com", Some("jörg@example.com")).unwrap().test_message.unwrap();
        assert!(message.needs_smtputf8);
        assert_eq!(strict_address("a.b+c@xn--mnchen-3ya.de").map(|m| m.needs_smtputf8), Some(false));
        assert_eq!(strict_address("a..b@example.com"), None);
        assert_eq!(strict_address(".a@example.com"), None);
    }
}
