//! The proxy as the tests build it: fixed DNS answers, the test CA trusted, short timeouts.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use probe_proxy::app::{AppInner, AppState};
use probe_proxy::cache::ProbeCache;
use probe_proxy::discover::DiscoverSettings;
use probe_proxy::dns::StaticDns;
use probe_proxy::guard::TargetPolicy;
use probe_proxy::middleware::HttpLimits;
use probe_proxy::probe::ProbeSettings;
use probe_proxy::probe::tls::TlsSettings;

/// Probe settings that trust `ca_pem` and give up quickly.
pub fn settings(ca_pem: Option<&str>) -> ProbeSettings {
    let tls = TlsSettings::new(ca_pem.map(str::as_bytes)).expect("test CA");
    let mut settings = ProbeSettings::new(tls);
    settings.ehlo_name = "probe.mailsetup.test".to_owned();
    settings.connect_timeout = Duration::from_secs(3);
    settings.reply_timeout = Duration::from_secs(3);
    settings.total_timeout = Duration::from_secs(10);
    settings
}

/// A policy for local test servers: private targets allowed, the given ports only.
pub fn local_policy(ports: &[u16]) -> TargetPolicy {
    TargetPolicy { allowed_ports: ports.to_vec(), allow_private: true }
}

/// DNS that knows only `names`, each pointing at `ip`.
pub fn dns(names: &[&str], ip: IpAddr) -> StaticDns {
    names.iter().fold(StaticDns::default(), |dns, name| dns.with_address(name, ip))
}

/// An application state for `probe_proxy::app::app`.
pub fn state(settings: ProbeSettings, policy: TargetPolicy, dns: StaticDns) -> AppState {
    let tls_for_discovery = settings.tls.verifying_config();
    let info = mailsetup_shared::wire::ProxyInfo {
        version: "test".to_owned(),
        allowed_ports: policy.allowed_ports.clone(),
        allow_private_targets: policy.allow_private,
        probe_location: None,
        runs_locally: true,
        probes_per_minute: 1000,
        discover: false,
    };
    AppState::new(AppInner {
        settings: Arc::new(settings),
        policy,
        dns: Arc::new(dns),
        info,
        dist: None,
        limits: HttpLimits { probes_per_minute: 10_000, probe_burst: 10_000, ..HttpLimits::default() },
        discover: DiscoverSettings::new(tls_for_discovery),
        cache: ProbeCache::new(Duration::ZERO),
        probe_slots: Arc::new(tokio::sync::Semaphore::new(64)),
        target_limit: probe_proxy::app::target_limiter(10_000),
        shutdown: tokio_util::sync::CancellationToken::new(),
    })
}

/// Changes one part of a state built by [`state`] (they are shared behind an `Arc`).
pub fn with(state: AppState, change: impl FnOnce(&mut AppInner)) -> AppState {
    let mut inner = Arc::try_unwrap(state.into_inner()).expect("state not shared yet");
    change(&mut inner);
    AppState::new(inner)
}
