//! The live probe as the page shows it: built up event by event from the proxy's stream.

use std::net::IpAddr;

use mailsetup_shared::provider::Security;
use mailsetup_shared::settings::Settings;
use mailsetup_shared::wire::{AddressInfo, PortReport, PortSpec, ProbeDepth, ProbeEvent, Step, StepRecord};

/// Where the probe is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbePhase {
    Idle,
    Running,
    Done,
    /// The probe could not run (refused, network error); the message says why.
    Failed(String),
}

/// One port's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortProgress {
    pub spec: PortSpec,
    pub steps: Vec<StepRecord>,
    pub report: Option<Box<PortReport>>,
}

impl PortProgress {
    /// The steps still to come, for the greyed-out part of the progress list.
    pub fn pending(&self) -> Vec<Step> {
        if self.report.is_some() {
            return Vec::new();
        }
        let plan = Step::plan(self.spec.security, ProbeDepth::Connection);
        plan.into_iter().filter(|s| !self.steps.iter().any(|r| r.step == *s)).collect()
    }
}

/// Everything about the current probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeView {
    /// Which probe this is: each new one gets a higher id, so events of older ones can be
    /// told apart and dropped.
    pub id: u64,
    pub phase: ProbePhase,
    pub host: String,
    pub address: Option<IpAddr>,
    pub addresses: Vec<AddressInfo>,
    pub ports: Vec<PortProgress>,
    pub total_ms: Option<u64>,
    pub cached: bool,
    /// The last thing that happened, for the screen reader's live region.
    pub announcement: String,
}

impl Default for ProbeView {
    fn default() -> Self {
        ProbeView {
            id: 0,
            phase: ProbePhase::Idle,
            host: String::new(),
            address: None,
            addresses: Vec::new(),
            ports: Vec::new(),
            total_ms: None,
            cached: false,
            announcement: String::new(),
        }
    }
}

/// What to probe for these settings: the recommended server's host, with each encrypted
/// port the provider lists for it that the proxy allows.
pub fn probe_targets(settings: &Settings, allowed_ports: &[u16]) -> Option<(String, Vec<PortSpec>)> {
    let best = settings.smtp.iter().find(|c| c.security != Security::Plain && allowed_ports.contains(&c.port))?;
    let mut specs: Vec<PortSpec> = Vec::new();
    for candidate in settings.smtp.iter().filter(|c| c.host == best.host && c.security != Security::Plain) {
        if allowed_ports.contains(&candidate.port) && !specs.iter().any(|s| s.port == candidate.port) {
            specs.push(PortSpec { port: candidate.port, security: candidate.security });
        }
    }
    Some((best.host.clone(), specs))
}

impl ProbeView {
    /// A probe that has just been asked for, after this one.
    pub fn next_probe(&self, host: &str, ports: &[PortSpec]) -> ProbeView {
        ProbeView { id: self.id + 1, ..ProbeView::starting(host, ports) }
    }

    /// An idle view with a new id, so events of the probe it replaces are ignored.
    pub fn retired(&self) -> ProbeView {
        ProbeView { id: self.id + 1, ..ProbeView::default() }
    }

    /// How many steps have been reported so far.
    pub fn steps_seen(&self) -> usize {
        self.ports.iter().map(|p| p.steps.len()).sum()
    }

    /// A probe that has just been asked for.
    pub fn starting(host: &str, ports: &[PortSpec]) -> ProbeView {
        ProbeView {
            phase: ProbePhase::Running,
            host: host.to_owned(),
            ports: ports.iter().map(|&spec| PortProgress { spec, steps: Vec::new(), report: None }).collect(),
            announcement: format!("Testing {host}…"),
            ..ProbeView::default()
        }
    }

    pub fn failed(&self, message: String) -> ProbeView {
        ProbeView { phase: ProbePhase::Failed(message.clone()), announcement: message, ..self.clone() }
    }

    fn port_mut(&mut self, port: u16) -> Option<&mut PortProgress> {
        self.ports.iter_mut().find(|p| p.spec.port == port)
    }

    /// Applies one event from the stream.
    pub fn apply(&self, event: ProbeEvent) -> ProbeView {
        let mut next = self.clone();
        match event {
            ProbeEvent::Started { host, addresses, address, ports } => {
                next.host = host;
                next.addresses = addresses;
                next.address = Some(address);
                next.ports =
                    ports.into_iter().map(|spec| PortProgress { spec, steps: Vec::new(), report: None }).collect();
                next.announcement = format!("Connecting to {address}…");
            }
            ProbeEvent::Step { port, record } => {
                next.announcement = format!(
                    "Port {port}: {} {} ({} ms)",
                    record.step.label(),
                    if record.ok { "done" } else { "failed" },
                    record.ms
                );
                if let Some(progress) = next.port_mut(port) {
                    progress.steps.push(record);
                }
            }
            ProbeEvent::Report { report } => {
                next.announcement = format!("Port {}: {}", report.facts.port, report.verdict.headline);
                let port = report.facts.port;
                if let Some(progress) = next.port_mut(port) {
                    progress.steps = report.facts.steps.clone();
                    progress.report = Some(report);
                }
            }
            ProbeEvent::Done { total_ms, cached } => {
                next.phase = ProbePhase::Done;
                next.total_ms = Some(total_ms);
                next.cached = cached;
                next.announcement = format!("Test finished in {total_ms} ms.");
            }
            ProbeEvent::Error { error } => {
                return next.failed(error.message);
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailsetup_shared::address::Query;
    use mailsetup_shared::settings::resolve;
    use mailsetup_shared::verdict::{Usability, Verdict};
    use mailsetup_shared::wire::PortFacts;

    fn record(step: Step) -> StepRecord {
        StepRecord { step, ok: true, ms: 12, detail: String::new() }
    }

    #[test]
    fn events_build_the_view() {
        let specs = [
            PortSpec { port: 465, security: Security::ImplicitTls },
            PortSpec { port: 587, security: Security::StartTls },
        ];
        let view = ProbeView::starting("smtp.example.org", &specs);
        assert_eq!(view.ports[0].pending(), Step::plan(Security::ImplicitTls, ProbeDepth::Connection));
        let view = view.apply(ProbeEvent::Started {
            host: "smtp.example.org".into(),
            addresses: Vec::new(),
            address: "192.0.2.1".parse().unwrap(),
            ports: specs.to_vec(),
        });
        let view = view.apply(ProbeEvent::Step { port: 587, record: record(Step::Connect) });
        assert_eq!(view.ports[1].steps.len(), 1);
        assert_eq!(view.ports[1].pending()[0], Step::Greeting);
        assert_eq!(view.announcement, "Port 587: Connect done (12 ms)");
        let report = PortReport {
            facts: PortFacts {
                steps: vec![record(Step::Connect), record(Step::Tls)],
                ..PortFacts::new(specs[0], "192.0.2.1".parse().unwrap())
            },
            verdict: Verdict { usability: Usability::Ready, headline: "Port 465 works.".into(), findings: Vec::new() },
        };
        let view = view.apply(ProbeEvent::Report { report: Box::new(report) });
        assert!(view.ports[0].pending().is_empty());
        assert_eq!(view.announcement, "Port 465: Port 465 works.");
        let view = view.apply(ProbeEvent::Done { total_ms: 40, cached: true });
        assert_eq!((view.phase.clone(), view.total_ms, view.cached), (ProbePhase::Done, Some(40), true));
    }

    #[test]
    fn probes_the_recommended_host_on_its_allowed_ports() {
        let settings = resolve(&Query::parse("a@gmail.com").unwrap());
        let (host, specs) = probe_targets(&settings, &[25, 465, 587, 2525]).unwrap();
        assert_eq!(host, "smtp.gmail.com");
        assert_eq!(specs.iter().map(|s| s.port).collect::<Vec<_>>(), [465, 587]);
        let (_, only_587) = probe_targets(&settings, &[587]).unwrap();
        assert_eq!(only_587, [PortSpec { port: 587, security: Security::StartTls }]);
        assert!(probe_targets(&settings, &[2525]).is_none());
    }
}
