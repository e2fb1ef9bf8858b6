//! What `/metrics` reports, in the OpenMetrics text format that Prometheus scrapes: probes
//! started and finished by outcome, each port's result, per-step latency, refusals by
//! their stable code, cache hits and misses, discovery outcomes, open connections, running
//! probes and the shared store's health.
//!
//! Every label value is a variant of a closed enum ([`EnumLabel`] prints it in its serde
//! spelling) or a refusal code the program defines ([`RefusalCode`]): nothing a client
//! types (host names, domains, addresses) can become a label, so the number of series is
//! bounded by the code, not by the traffic. `/metrics` is served only on its own listener
//! (`--metrics-listen`), never on the public router.

use std::hash::Hash;

use email_settings::discovery::DiscoverResponse;
use mailsetup_shared::verdict::Usability;
use mailsetup_shared::wire::{FailureKind, ProbeResponse, Step};
use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use serde::Serialize;

use crate::error::AppError;

/// The content type of the exposition (Prometheus asks for it by this name).
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// A label value that is a variant of a closed enum, printed in its serde spelling
/// (`not_usable`, `ehlo_tls`): the type bounds the values a label can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EnumLabel<T>(pub T);

impl<T: Serialize> EncodeLabelValue for EnumLabel<T> {
    fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), std::fmt::Error> {
        use std::fmt::Write as _;
        let json = serde_json::to_string(&self.0).map_err(|_| std::fmt::Error)?;
        encoder.write_str(json.trim_matches('"'))
    }
}

/// A refusal's stable code (`rate_limited`, `busy`, ...), as the API returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RefusalCode(pub &'static str);

impl EncodeLabelValue for RefusalCode {
    fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), std::fmt::Error> {
        EncodeLabelValue::encode(&self.0, encoder)
    }
}

/// How a probe ended: the best verdict among its ports, or stopped before the end (its
/// client went away, or the server shut down).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProbeOutcome {
    Ready,
    Warnings,
    NotUsable,
    Cancelled,
}

/// Which cache was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CacheKind {
    Probe,
    Discover,
}

/// Whether the cache had the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CacheResult {
    Hit,
    Miss,
}

/// How a discovery ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscoveryOutcome {
    /// It found servers to probe.
    Candidates,
    /// It found nothing to probe.
    Nothing,
    /// A fetch was cut short by the per-target limits.
    Limited,
}

/// A port's result: its verdict, and the kind of failure if it failed (`none` otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PortFailure {
    None,
    #[serde(untagged)]
    Kind(FailureKind),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: EnumLabel<ProbeOutcome>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct PortLabels {
    usability: EnumLabel<Usability>,
    failure: EnumLabel<PortFailure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct StepLabels {
    step: EnumLabel<Step>,
    ok: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RefusalLabels {
    code: RefusalCode,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct CacheLabels {
    cache: EnumLabel<CacheKind>,
    result: EnumLabel<CacheResult>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct DiscoveryLabels {
    outcome: EnumLabel<DiscoveryOutcome>,
}

/// Step latencies from 5 ms to about 20 s.
fn step_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.005, 2.0, 13))
}

/// The service's metrics; one per application state.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    probes_started: Counter,
    probes_finished: Family<OutcomeLabels, Counter>,
    ports: Family<PortLabels, Counter>,
    steps: Family<StepLabels, Histogram, fn() -> Histogram>,
    refusals: Family<RefusalLabels, Counter>,
    cache: Family<CacheLabels, Counter>,
    discoveries: Family<DiscoveryLabels, Counter>,
    open_connections: Gauge,
    connections_refused: Counter,
    probes_running: Gauge,
    store_up: Gauge,
    store_errors: Counter,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("mailsetup");
        let metrics = Metrics {
            probes_started: Counter::default(),
            probes_finished: Family::default(),
            ports: Family::default(),
            steps: Family::new_with_constructor(step_histogram),
            refusals: Family::default(),
            cache: Family::default(),
            discoveries: Family::default(),
            open_connections: Gauge::default(),
            connections_refused: Counter::default(),
            probes_running: Gauge::default(),
            store_up: Gauge::default(),
            store_errors: Counter::default(),
            registry: Registry::default(),
        };
        registry.register("probes_started", "Probes that started connecting", metrics.probes_started.clone());
        registry.register(
            "probes_finished",
            "Probes that ended, by the best verdict among their ports (or cancelled)",
            metrics.probes_finished.clone(),
        );
        registry.register("probe_ports", "Ports probed, by verdict and kind of failure", metrics.ports.clone());
        registry.register_with_unit(
            "probe_step_duration",
            "Time each probe step took, by step and whether it succeeded",
            prometheus_client::registry::Unit::Seconds,
            metrics.steps.clone(),
        );
        registry.register(
            "refusals",
            "Requests refused, by the error code the API returns (rate_limited, busy, ...)",
            metrics.refusals.clone(),
        );
        registry.register("cache_lookups", "Cache lookups, by cache and hit or miss", metrics.cache.clone());
        registry.register("discoveries", "Discoveries run, by outcome", metrics.discoveries.clone());
        registry.register("open_connections", "Client connections open now", metrics.open_connections.clone());
        registry.register(
            "connections_refused",
            "Client connections closed at once: their client held its share, or every connection was busy",
            metrics.connections_refused.clone(),
        );
        registry.register("probes_running", "Probe slots in use now", metrics.probes_running.clone());
        registry.register(
            "store_up",
            "Whether the store of limits and cached results answers (1) or not (0)",
            metrics.store_up.clone(),
        );
        registry.register(
            "store_errors",
            "Requests to the shared store (Redis) that failed",
            metrics.store_errors.clone(),
        );
        let metrics = Metrics { registry, ..metrics };
        metrics.start_known_series();
        metrics
    }

    /// Shows the series every dashboard asks for at 0 from the start (a series that
    /// appears only with its first event makes rates and alerts miss that event).
    fn start_known_series(&self) {
        for outcome in [ProbeOutcome::Ready, ProbeOutcome::Warnings, ProbeOutcome::NotUsable, ProbeOutcome::Cancelled] {
            self.probes_finished.get_or_create(&OutcomeLabels { outcome: EnumLabel(outcome) }).inc_by(0);
        }
        for cache in [CacheKind::Probe, CacheKind::Discover] {
            for result in [CacheResult::Hit, CacheResult::Miss] {
                let labels = CacheLabels { cache: EnumLabel(cache), result: EnumLabel(result) };
                self.cache.get_or_create(&labels).inc_by(0);
            }
        }
        for outcome in [DiscoveryOutcome::Candidates, DiscoveryOutcome::Nothing, DiscoveryOutcome::Limited] {
            self.discoveries.get_or_create(&DiscoveryLabels { outcome: EnumLabel(outcome) }).inc_by(0);
        }
        let limits = [
            AppError::RateLimited { retry_after: 0 },
            AppError::TargetRateLimited { retry_after: 0 },
            AppError::Busy { retry_after: 0 },
            AppError::ClientBusy { retry_after: 0 },
            AppError::StoreUnavailable { retry_after: 0 },
        ];
        for refusal in limits {
            self.refusals.get_or_create(&RefusalLabels { code: RefusalCode(refusal.code().id()) }).inc_by(0);
        }
    }

    pub fn probe_started(&self) {
        self.probes_started.inc();
    }

    /// Records a finished probe: its outcome, each port's result and each step's time.
    pub fn probe_finished(&self, response: &ProbeResponse) {
        let best = response.reports.iter().map(|r| r.verdict.usability).min_by_key(|u| match u {
            Usability::Ready => 0,
            Usability::Warnings => 1,
            Usability::NotUsable | Usability::Other => 2,
        });
        let outcome = match best {
            Some(Usability::Ready) => ProbeOutcome::Ready,
            Some(Usability::Warnings) => ProbeOutcome::Warnings,
            Some(Usability::NotUsable | Usability::Other) | None => ProbeOutcome::NotUsable,
        };
        self.probes_finished.get_or_create(&OutcomeLabels { outcome: EnumLabel(outcome) }).inc();
        for report in &response.reports {
            let failure = report.facts.failure.as_ref().map_or(PortFailure::None, |f| PortFailure::Kind(f.kind));
            let labels = PortLabels { usability: EnumLabel(report.verdict.usability), failure: EnumLabel(failure) };
            self.ports.get_or_create(&labels).inc();
            for record in &report.facts.steps {
                let labels = StepLabels { step: EnumLabel(record.step), ok: record.ok };
                self.steps.get_or_create(&labels).observe(record.ms as f64 / 1000.0);
            }
        }
    }

    pub fn probe_cancelled(&self) {
        self.probes_finished.get_or_create(&OutcomeLabels { outcome: EnumLabel(ProbeOutcome::Cancelled) }).inc();
    }

    /// A request refused with `code` (the API's stable error code).
    pub fn refused(&self, code: &'static str) {
        self.refusals.get_or_create(&RefusalLabels { code: RefusalCode(code) }).inc();
    }

    pub fn cache_lookup(&self, cache: CacheKind, hit: bool) {
        let result = if hit { CacheResult::Hit } else { CacheResult::Miss };
        self.cache.get_or_create(&CacheLabels { cache: EnumLabel(cache), result: EnumLabel(result) }).inc();
    }

    pub fn discovery_finished(&self, found: &DiscoverResponse, limited: bool) {
        let outcome = match (limited, found.candidates.is_empty()) {
            (true, _) => DiscoveryOutcome::Limited,
            (false, false) => DiscoveryOutcome::Candidates,
            (false, true) => DiscoveryOutcome::Nothing,
        };
        self.discoveries.get_or_create(&DiscoveryLabels { outcome: EnumLabel(outcome) }).inc();
    }

    pub fn connection_opened(&self) {
        self.open_connections.inc();
    }

    pub fn connection_closed(&self) {
        self.open_connections.dec();
    }

    pub fn connection_refused(&self) {
        self.connections_refused.inc();
    }

    pub fn store_error(&self) {
        self.store_errors.inc();
    }

    /// The exposition, with the gauges read at scrape time set first.
    pub fn render(&self, probes_running: usize, store_up: bool) -> String {
        self.probes_running.set(i64::try_from(probes_running).unwrap_or(i64::MAX));
        self.store_up.set(i64::from(store_up));
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

/// Records a probe as cancelled unless it is marked finished before it is dropped (a
/// probe's future is dropped when its client goes away).
#[derive(Debug)]
pub struct ProbeRun<'a> {
    metrics: &'a Metrics,
    finished: bool,
}

impl<'a> ProbeRun<'a> {
    pub fn start(metrics: &'a Metrics) -> ProbeRun<'a> {
        metrics.probe_started();
        ProbeRun { metrics, finished: false }
    }

    pub fn finish(mut self, response: &ProbeResponse) {
        self.finished = true;
        self.metrics.probe_finished(response);
    }
}

impl Drop for ProbeRun<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.metrics.probe_cancelled();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_enum_spellings_and_series_appear_once_used() {
        let metrics = Metrics::new();
        metrics.refused("rate_limited");
        metrics.refused("rate_limited");
        metrics.cache_lookup(CacheKind::Probe, false);
        metrics.cache_lookup(CacheKind::Discover, true);
        metrics.steps.get_or_create(&StepLabels { step: EnumLabel(Step::EhloTls), ok: true }).observe(0.012);
        metrics
            .ports
            .get_or_create(&PortLabels {
                usability: EnumLabel(Usability::NotUsable),
                failure: EnumLabel(PortFailure::Kind(FailureKind::ConnectTimeout)),
            })
            .inc();
        metrics
            .ports
            .get_or_create(&PortLabels {
                usability: EnumLabel(Usability::Ready),
                failure: EnumLabel(PortFailure::None),
            })
            .inc();
        {
            let _run = ProbeRun::start(&metrics);
        }
        metrics.connection_opened();
        let text = metrics.render(3, true);
        for line in [
            "mailsetup_refusals_total{code=\"rate_limited\"} 2",
            "mailsetup_cache_lookups_total{cache=\"probe\",result=\"miss\"} 1",
            "mailsetup_cache_lookups_total{cache=\"discover\",result=\"hit\"} 1",
            "mailsetup_probe_step_duration_seconds_count{step=\"ehlo_tls\",ok=\"true\"} 1",
            "mailsetup_probe_ports_total{usability=\"not_usable\",failure=\"connect_timeout\"} 1",
            "mailsetup_probe_ports_total{usability=\"ready\",failure=\"none\"} 1",
            "mailsetup_probes_started_total 1",
            "mailsetup_probes_finished_total{outcome=\"cancelled\"} 1",
            "mailsetup_open_connections 1",
            "mailsetup_probes_running 3",
            "mailsetup_store_up 1",
            "mailsetup_refusals_total{code=\"store_unavailable\"} 0",
            "mailsetup_probes_finished_total{outcome=\"ready\"} 0",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing from\n{text}");
        }
        assert!(text.ends_with("# EOF\n"));
    }
}
