//! The live probe as the page shows it: one test of one or more hosts (every guessed host of
//! an unknown domain in one test), each built up event by event from the proxy's stream.

use std::net::IpAddr;

use email_settings::provider::Security;
use email_settings::settings::Settings;
use mailsetup_shared::wire::{
    AddressInfo, MAX_PROBE_HOSTS, PortReport, PortSpec, ProbeDepth, ProbeEvent, Step, StepRecord,
};

use super::failure::RequestFailure;
use super::report;

/// Where a host's probe is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbePhase {
    Idle,
    Running,
    Done,
    /// The probe could not run (refused, network error); the message says why.
    Failed(RequestFailure),
}

/// One port's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortProgress {
    pub spec: PortSpec,
    pub steps: Vec<StepRecord>,
    pub report: Option<Box<PortReport>>,
}

impl PortProgress {
    fn new(spec: PortSpec) -> PortProgress {
        PortProgress { spec, steps: Vec::new(), report: None }
    }

    /// The steps still to come, in order.
    pub fn pending(&self) -> Vec<Step> {
        if self.report.is_some() {
            return Vec::new();
        }
        planned_steps(self.spec.security).into_iter().filter(|s| !self.steps.iter().any(|r| r.step == *s)).collect()
    }
}

/// The probe of one host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostRun {
    pub host: String,
    pub phase: ProbePhase,
    pub address: Option<IpAddr>,
    pub addresses: Vec<AddressInfo>,
    pub ports: Vec<PortProgress>,
    pub total_ms: Option<u64>,
    pub cached: bool,
}

/// The steps the page's test of a port goes through, in order: up to the login, never
/// logging in (the page asks for no credentials).
pub fn planned_steps(security: Security) -> Vec<Step> {
    Step::plan(security, ProbeDepth::Connection)
}

/// What one test probes: each host with its ports, and whether the hosts are guesses (names
/// made from the domain, which may not exist) rather than a provider's published server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProbePlan {
    pub hosts: Vec<(String, Vec<PortSpec>)>,
    pub guesses: bool,
}

impl std::ops::Deref for ProbePlan {
    type Target = [(String, Vec<PortSpec>)];

    fn deref(&self) -> &Self::Target {
        &self.hosts
    }
}

impl ProbePlan {
    /// The plan's first host alone (a login test proves the recommended server only).
    pub fn first_only(&self) -> ProbePlan {
        ProbePlan { hosts: self.hosts.iter().take(1).cloned().collect(), guesses: self.guesses }
    }

    /// The requests that carry this plan: with `together` (a proxy that takes several hosts
    /// in one request), hosts probed on the same ports go in one request, up to
    /// [`MAX_PROBE_HOSTS`] each; otherwise one request per host.
    pub fn requests(&self, together: bool) -> Vec<(Vec<String>, Vec<PortSpec>)> {
        let mut requests: Vec<(Vec<String>, Vec<PortSpec>)> = Vec::new();
        for (host, ports) in &self.hosts {
            match requests.iter_mut().find(|(hosts, same)| together && same == ports && hosts.len() < MAX_PROBE_HOSTS) {
                Some((hosts, _)) => hosts.push(host.clone()),
                None => requests.push((vec![host.clone()], ports.clone())),
            }
        }
        requests
    }
}

/// Everything about the current test.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProbeView {
    /// Which test this is: each new one gets a higher id, so events of older ones can be
    /// told apart and dropped.
    pub id: u64,
    pub runs: Vec<HostRun>,
    /// The hosts are guesses made from the domain (see [`ProbePlan::guesses`]).
    pub guesses: bool,
}

/// What to probe for these settings: for a known provider, the recommended server's host on
/// each encrypted port listed for it; for guesses, every guessed host. Only ports the
/// proxy allows; `None` when none is left.
pub fn probe_plan(settings: &Settings, allowed_ports: &[u16]) -> Option<ProbePlan> {
    let usable =
        |c: &&email_settings::settings::Candidate| c.security != Security::Plain && allowed_ports.contains(&c.port);
    let best = settings.smtp.iter().find(usable)?;
    let mut plan = ProbePlan { hosts: Vec::new(), guesses: best.guessed };
    for candidate in settings.smtp.iter().filter(usable) {
        if candidate.host != best.host && !candidate.guessed {
            continue;
        }
        let spec = PortSpec { port: candidate.port, security: candidate.security };
        match plan.hosts.iter_mut().find(|(host, _)| *host == candidate.host) {
            Some((_, specs)) if !specs.iter().any(|s| s.port == spec.port) => specs.push(spec),
            Some(_) => {}
            None => plan.hosts.push((candidate.host.clone(), vec![spec])),
        }
    }
    Some(plan)
}

impl HostRun {
    fn starting(host: &str, ports: &[PortSpec]) -> HostRun {
        HostRun {
            host: host.to_owned(),
            phase: ProbePhase::Running,
            address: None,
            addresses: Vec::new(),
            ports: ports.iter().copied().map(PortProgress::new).collect(),
            total_ms: None,
            cached: false,
        }
    }

    fn apply(&mut self, event: ProbeEvent) {
        match event {
            ProbeEvent::Started { host, addresses, address, ports } => {
                self.host = host;
                self.addresses = addresses;
                self.address = Some(address);
                self.ports = ports.into_iter().map(PortProgress::new).collect();
            }
            ProbeEvent::Step { port, record } => {
                if let Some(progress) = self.ports.iter_mut().find(|p| p.spec.port == port) {
                    progress.steps.push(record);
                }
            }
            ProbeEvent::Report { report } => {
                if let Some(progress) = self.ports.iter_mut().find(|p| p.spec.port == report::port(&report)) {
                    progress.steps = report::steps(&report).to_vec();
                    progress.report = Some(report);
                }
            }
            ProbeEvent::Done { total_ms, cached } => {
                self.phase = ProbePhase::Done;
                self.total_ms = Some(total_ms);
                self.cached = cached;
            }
            ProbeEvent::Error { error } => self.phase = ProbePhase::Failed(RequestFailure::Refused(error.code)),
            // `services::api` unwraps these for the host they name.
            ProbeEvent::Host { event, .. } => self.apply(*event),
            // An event a newer proxy sends and this page does not know: nothing to show.
            ProbeEvent::Other => {}
        }
    }
}

impl ProbeView {
    /// The test that follows this one, over `plan`.
    pub fn next(&self, plan: &[(String, Vec<PortSpec>)]) -> ProbeView {
        ProbeView {
            id: self.id + 1,
            runs: plan.iter().map(|(host, ports)| HostRun::starting(host, ports)).collect(),
            guesses: false,
        }
    }

    /// An idle view with a new id, so events of the test it replaces are ignored.
    pub fn retired(&self) -> ProbeView {
        ProbeView { id: self.id + 1, runs: Vec::new(), guesses: false }
    }

    pub fn is_idle(&self) -> bool {
        self.runs.is_empty()
    }

    /// Whether any host is still being probed.
    pub fn is_running(&self) -> bool {
        self.runs.iter().any(|r| r.phase == ProbePhase::Running)
    }

    /// Whether every host has finished (or failed).
    pub fn is_finished(&self) -> bool {
        !self.runs.is_empty() && !self.is_running()
    }

    /// Applies one event of the stream for `host`.
    pub fn apply(&mut self, host: &str, event: ProbeEvent) {
        if let Some(run) = self.runs.iter_mut().find(|r| r.host == host) {
            run.apply(event);
        }
    }

    /// Marks `host`'s probe as failed to run.
    pub fn fail(&mut self, host: &str, failure: RequestFailure) {
        if let Some(run) = self.runs.iter_mut().find(|r| r.host == host) {
            run.phase = ProbePhase::Failed(failure);
        }
    }

    /// Every port of every host, with its host.
    pub fn rows(&self) -> impl Iterator<Item = (&HostRun, &PortProgress)> {
        self.runs.iter().flat_map(|run| run.ports.iter().map(move |p| (run, p)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::settings::resolve;
    use mailsetup_shared::wire::PortFacts;

    fn record(step: Step) -> StepRecord {
        StepRecord { step, ok: true, ms: 12, detail: String::new() }
    }

    #[test]
    fn a_domain_s_guesses_go_together_to_a_proxy_that_takes_them() {
        let plan = probe_plan(&resolve(&Query::parse("ann@firma.example").unwrap()), &[465, 587]).unwrap();
        let hosts: Vec<&str> = plan.hosts.iter().map(|(h, _)| h.as_str()).collect();
        assert_eq!(hosts, ["smtp.firma.example", "mail.firma.example", "firma.example"]);
        let together = plan.requests(true);
        assert_eq!(together.len(), 1, "one request: a silent guess costs the others nothing");
        assert_eq!(together[0].0, hosts);
        let apart = plan.requests(false);
        assert_eq!(apart.iter().map(|(h, _)| h.len()).collect::<Vec<_>>(), [1, 1, 1], "an older proxy: one by one");
        // Hosts on different ports go in requests of their own.
        let mixed = ProbePlan {
            hosts: vec![
                ("a.example".into(), vec![PortSpec { port: 465, security: Security::ImplicitTls }]),
                ("b.example".into(), vec![PortSpec { port: 587, security: Security::StartTls }]),
                ("c.example".into(), vec![PortSpec { port: 465, security: Security::ImplicitTls }]),
            ],
            guesses: true,
        };
        let requests: Vec<Vec<String>> = mixed.requests(true).into_iter().map(|(h, _)| h).collect();
        assert_eq!(requests, [vec!["a.example".to_owned(), "c.example".to_owned()], vec!["b.example".to_owned()]]);
    }

    #[test]
    fn events_build_the_view() {
        let specs = vec![
            PortSpec { port: 465, security: Security::ImplicitTls },
            PortSpec { port: 587, security: Security::StartTls },
        ];
        let mut view = ProbeView::default().next(&[("smtp.example.org".to_owned(), specs.clone())]);
        assert_eq!((view.id, view.is_running()), (1, true));
        assert_eq!(view.runs[0].ports[0].pending(), planned_steps(Security::ImplicitTls));
        let host = "smtp.example.org";
        view.apply(
            host,
            ProbeEvent::Started {
                host: host.into(),
                addresses: Vec::new(),
                address: "192.0.2.1".parse().unwrap(),
                ports: specs.clone(),
            },
        );
        view.apply(host, ProbeEvent::Step { port: 587, record: record(Step::Connect) });
        assert_eq!(view.runs[0].ports[1].steps.len(), 1);
        assert_eq!(view.runs[0].ports[1].pending()[0], Step::Greeting);
        let report = PortReport::new(PortFacts {
            steps: vec![record(Step::Connect), record(Step::Tls)],
            ..PortFacts::new(specs[0], "192.0.2.1".parse().unwrap())
        });
        view.apply(host, ProbeEvent::Report { report: Box::new(report) });
        assert!(view.runs[0].ports[0].pending().is_empty());
        view.apply("another.host", ProbeEvent::Done { total_ms: 1, cached: false });
        assert!(view.is_running(), "events for a host not in the test change nothing");
        view.apply(host, ProbeEvent::Done { total_ms: 40, cached: true });
        let run = &view.runs[0];
        assert_eq!((run.phase.clone(), run.total_ms, run.cached), (ProbePhase::Done, Some(40), true));
        assert!(view.is_finished());
    }

    #[test]
    fn a_known_provider_is_probed_on_its_recommended_host() {
        let settings = resolve(&Query::parse("a@gmail.com").unwrap());
        let plan = probe_plan(&settings, &[25, 465, 587, 2525]).unwrap();
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].0, "smtp.gmail.com");
        assert_eq!(plan[0].1.iter().map(|s| s.port).collect::<Vec<_>>(), [465, 587]);
        let only_587 = probe_plan(&settings, &[587]).unwrap();
        assert_eq!(only_587[0].1, [PortSpec { port: 587, security: Security::StartTls }]);
        assert!(probe_plan(&settings, &[2525]).is_none());
    }

    #[test]
    fn guesses_are_probed_over_every_candidate() {
        let settings = resolve(&Query::parse("a@company.example").unwrap());
        let plan = probe_plan(&settings, &[465, 587]).unwrap();
        let hosts: Vec<&str> = plan.iter().map(|(h, _)| h.as_str()).collect();
        assert_eq!(hosts, ["smtp.company.example", "mail.company.example", "company.example"]);
        assert!(plan.iter().all(|(_, specs)| specs.iter().map(|s| s.port).collect::<Vec<_>>() == [465, 587]));
    }
}
