//! The application's state: what it was built from and what it built (limits, caches,
//! metrics), with the one way to build it, [`AppState::new`]; and what `/api/config` says
//! to a request, including whether it comes from the person a personal proxy serves.

use std::ops::Deref;
use std::path::PathBuf;
use std::sync::Arc;

use axum::http::{HeaderMap, HeaderValue};
use email_settings::provider::loaded::ServedDomains;
use mailsetup_shared::wire::{ProbeLimits, ProxyInfo};
use tokio_util::sync::CancellationToken;

use crate::discover::DiscoverSettings;
use crate::dns::Dns;
use crate::guard::TargetPolicy;
use crate::headers::content_security_policy;
use crate::limits::{HttpLimits, ProbeSlots};
use crate::metrics::Metrics;
use crate::probe::ProbeSettings;
use crate::store::redis::{RedisSettings, RedisStore};
use crate::store::{LimitStore, MemoryStore};

/// How a state is set up beyond the probe settings, policy and resolver; each default is
/// documented on its type.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    pub limits: HttpLimits,
    /// How discovery fetches autoconfig files.
    pub discover: DiscoverSettings,
    /// The built page, if served. Default: none (the API only).
    pub dist: Option<PathBuf>,
    /// Where probes run from, shown on the page. Default: not said.
    pub probe_location: Option<String>,
    /// The proxy serves one person on their own computer (`serve --personal`), which
    /// offers them the login test. An explicit mode, never read from the socket: a public
    /// proxy listens on loopback too, behind its reverse proxy. Default: false.
    pub personal: bool,
    /// The operator offers the login test on a shared proxy (`--allow-login-test`), under
    /// the limits made for secrets ([`crate::store::LimitStore::charge_login`]).
    /// Default: false.
    pub allow_login_test: bool,
    /// The domains `--autoconfig` files serve settings for. Default: none (no autoconfig
    /// routes).
    pub autoconfig: ServedDomains,
    /// This process serves HTTPS itself (`--tls-cert`), so responses carry HSTS.
    /// Default: false (plain HTTP, or TLS ended by a reverse proxy, which sets its own).
    pub https: bool,
    /// Cancelled on shutdown, so open event streams end and shutdown does not hang.
    pub shutdown: CancellationToken,
    /// Keep the per-client and per-target limits and the cached results in this Redis,
    /// shared with every instance that names it. Default: none (in this process).
    pub redis: Option<RedisSettings>,
}

/// Everything a request handler needs. Cloning is cheap.
#[derive(Debug, Clone)]
pub struct AppState(Arc<AppInner>);

/// The state's parts: what it was built from, and what it built (limiters, caches).
#[derive(Debug)]
pub struct AppInner {
    pub settings: Arc<ProbeSettings>,
    pub policy: TargetPolicy,
    /// Swappable: the system resolver in production, fixed answers in tests.
    pub dns: Arc<dyn Dns>,
    pub options: AppOptions,
    /// Verifying TLS configuration for discovery's HTTPS fetches.
    pub discover_tls: Arc<rustls::ClientConfig>,
    /// The Content-Security-Policy of every response.
    pub csp: HeaderValue,
    /// The per-client rate, the per-target limits (connections per mail server address
    /// and port, per client and in total) and the recent results (the cool-down): in
    /// memory, or in Redis shared across instances.
    pub store: Arc<dyn LimitStore>,
    /// Probes and discoveries running at once in this process, shared fairly between
    /// clients.
    pub probe_slots: Arc<ProbeSlots>,
    /// What `/metrics` reports.
    pub metrics: Arc<Metrics>,
}

impl AppState {
    /// The one way to build a state: everything else follows from these.
    pub fn new(settings: ProbeSettings, policy: TargetPolicy, dns: Arc<dyn Dns>, options: AppOptions) -> AppState {
        let limits = &options.limits;
        let metrics = Arc::new(Metrics::new());
        let store: Arc<dyn LimitStore> = match &options.redis {
            Some(redis) => Arc::new(RedisStore::new(redis.clone(), limits, metrics.clone())),
            None => Arc::new(MemoryStore::new(limits)),
        };
        let probe_slots = ProbeSlots::new(limits);
        let mut settings = settings;
        settings.pressure = probe_slots.pressure();
        AppState(Arc::new(AppInner {
            discover_tls: settings.tls.verifying_config(),
            csp: content_security_policy(options.dist.as_deref(), limits),
            store,
            probe_slots,
            metrics,
            settings: Arc::new(settings),
            policy,
            dns,
            options,
        }))
    }

    /// Whether `headers` are a request of the one person a personal proxy serves: the
    /// personal mode, and nothing in the request saying it came through another proxy
    /// (a reverse proxy in front makes the listener public whatever its address).
    pub fn serves_its_own_person(&self, headers: &HeaderMap) -> bool {
        self.options.personal && !came_through_a_proxy(headers)
    }

    /// Whether a probe may log in: for the person on their own computer, or where the
    /// operator turned it on (then under the login limits).
    pub fn login_test_allowed(&self, headers: &HeaderMap) -> bool {
        self.serves_its_own_person(headers) || self.options.allow_login_test
    }

    /// What `/api/config` reports to the request with `headers`, read from the state.
    pub fn info(&self, headers: &HeaderMap) -> ProxyInfo {
        ProxyInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            wire: mailsetup_shared::wire::WIRE_VERSION,
            allowed_ports: self.policy.allowed_ports.clone(),
            allow_private_targets: self.policy.allow_private,
            probe_location: self.options.probe_location.clone(),
            runs_locally: self.serves_its_own_person(headers),
            limits: Some(ProbeLimits {
                connect_seconds: self.settings.connect_timeout.as_secs(),
                reply_seconds: self.settings.reply_timeout.as_secs(),
                port_seconds: self.settings.total_timeout.as_secs(),
            }),
            login_test: self.login_test_allowed(headers),
            probes_per_minute: self.options.limits.probes_per_minute,
            // The same origins as the Content-Security-Policy's frame-ancestors.
            frame_ancestors: self
                .options
                .limits
                .allow_origins
                .iter()
                .chain(&self.options.limits.allow_frame_ancestors)
                .filter_map(|origin| origin.to_str().ok().map(str::to_owned))
                .collect(),
            discover: true,
        }
    }
}

/// The headers a reverse proxy or load balancer adds (RFC 7239 `Forwarded`, the de-facto
/// `X-Forwarded-*`, `X-Real-IP`, `Via`, and CDNs' own).
const FORWARDING_HEADERS: [&str; 9] = [
    "forwarded",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-forwarded-proto",
    "x-real-ip",
    "via",
    "cf-connecting-ip",
    "true-client-ip",
    "fastly-client-ip",
];

/// Whether a request says it came through another proxy.
pub fn came_through_a_proxy(headers: &HeaderMap) -> bool {
    FORWARDING_HEADERS.iter().any(|name| headers.contains_key(*name))
}

impl Deref for AppState {
    type Target = AppInner;

    fn deref(&self) -> &AppInner {
        &self.0
    }
}
