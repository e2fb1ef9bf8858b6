//! The probe engine: proves a mail server's SMTP settings live.
//!
//! [`prepare`] checks a request and resolves the host once through the address guard;
//! [`PreparedProbe::run`] then probes every requested port concurrently (the total time is
//! the slowest port's, not the sum), streaming each finished step as a [`ProbeEvent`] and
//! returning one [`PortReport`] per port.

mod reader;
mod recorder;
mod session;
pub mod tls;

use std::sync::Arc;
use std::time::Duration;

use mailsetup_shared::smtp::ReplyLimits;
use mailsetup_shared::wire::{
    Failure, FailureKind, PortFacts, PortReport, PortRequest, PortSpec, ProbeEvent, ProbeResponse, Step,
};
use tokio::sync::mpsc::UnboundedSender;

use crate::dns::Dns;
use crate::guard::TargetPolicy;
use crate::target::{self, Host, ResolvedTarget, TargetError};

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
}

impl ProbeSettings {
    pub fn new(tls: tls::TlsSettings) -> ProbeSettings {
        ProbeSettings {
            ehlo_name: DEFAULT_EHLO_NAME.to_owned(),
            connect_timeout: Duration::from_secs(5),
            reply_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(20),
            limits: ReplyLimits::default(),
            tls,
        }
    }
}

/// The EHLO name when the operator sets none (`.invalid` is reserved, RFC 2606).
pub const DEFAULT_EHLO_NAME: &str = "mailsetup-probe.invalid";

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedProbe {
    pub target: ResolvedTarget,
    pub ports: Vec<PortSpec>,
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
    Ok(PreparedProbe { target, ports })
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

    /// Probes every port at once. Events go to `events` as they happen (`started` is the
    /// caller's to send); reports come back in request order.
    pub async fn run(
        &self,
        settings: Arc<ProbeSettings>,
        events: Option<UnboundedSender<ProbeEvent>>,
    ) -> ProbeResponse {
        let started = tokio::time::Instant::now();
        let address = self.address();
        let server_name = self.target.host.server_name();
        let mut tasks = tokio::task::JoinSet::new();
        let mut task_ports = std::collections::HashMap::new();
        for (index, spec) in self.ports.iter().copied().enumerate() {
            let settings = settings.clone();
            let events = events.clone();
            let server_name = server_name.clone();
            let task = tasks.spawn(async move { probe_port(&settings, address, &server_name, spec, events).await });
            task_ports.insert(task.id(), index);
        }
        let mut reports: Vec<Option<PortReport>> = vec![None; self.ports.len()];
        while let Some(joined) = tasks.join_next_with_id().await {
            let (index, report) = match joined {
                Ok((id, report)) => (task_ports[&id], report),
                // A bug, not a server's doing: still report the port, as failed.
                Err(error) => {
                    let index = task_ports[&error.id()];
                    let failure = Failure {
                        step: Step::Connect,
                        kind: FailureKind::Other,
                        message: "the probe of this port stopped on an internal error".to_owned(),
                    };
                    let facts = PortFacts { failure: Some(failure), ..PortFacts::new(self.ports[index], address) };
                    (index, PortReport::new(facts))
                }
            };
            if let Some(events) = &events {
                let _ = events.send(ProbeEvent::Report { report: Box::new(report.clone()) });
            }
            reports[index] = Some(report);
        }
        let total_ms = recorder::millis(started.elapsed());
        if let Some(events) = &events {
            let _ = events.send(ProbeEvent::Done { total_ms, cached: false });
        }
        ProbeResponse {
            host: self.target.host.to_string(),
            addresses: self.target.addresses.clone(),
            address,
            reports: reports.into_iter().flatten().collect(),
            total_ms,
            cached: false,
        }
    }
}

/// Probes one port, never taking longer than the total limit.
pub async fn probe_port(
    settings: &ProbeSettings,
    address: std::net::IpAddr,
    server_name: &str,
    spec: PortSpec,
    events: Option<UnboundedSender<ProbeEvent>>,
) -> PortReport {
    let mut log = recorder::Recorder::new(spec, address, events);
    let ctx = session::Ctx { settings, server_name };
    let outcome = tokio::time::timeout(settings.total_timeout, session::run(ctx, address, spec, &mut log)).await;
    let failure = match outcome {
        Ok(Ok(())) => None,
        Ok(Err(failure)) => Some(failure),
        Err(_) => {
            let message = format!("the whole probe took longer than {} s", settings.total_timeout.as_secs());
            Some(log.fail(FailureKind::Timeout, message))
        }
    };
    PortReport::new(log.into_facts(failure))
}
