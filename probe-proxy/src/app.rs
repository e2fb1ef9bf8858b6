//! The application: its state and `fn app(state) -> Router`, which tests call without a
//! socket (`tower::ServiceExt::oneshot`).

use std::ops::Deref;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use mailsetup_shared::wire::ProxyInfo;
use tokio_util::sync::CancellationToken;

use crate::cache::ProbeCache;
use crate::discover::DiscoverSettings;
use crate::dns::Dns;
use crate::guard::TargetPolicy;
use crate::middleware::{self, HttpLimits};
use crate::probe::ProbeSettings;
use crate::routes;

/// A rate limiter keyed by the normalised target host.
pub type TargetLimiter = governor::DefaultKeyedRateLimiter<String>;

/// A limiter allowing `per_minute` probes of any one host per minute (at least one).
pub fn target_limiter(per_minute: u32) -> Arc<TargetLimiter> {
    let per_minute = std::num::NonZeroU32::new(per_minute.max(1)).unwrap_or(std::num::NonZeroU32::MIN);
    Arc::new(governor::RateLimiter::keyed(governor::Quota::per_minute(per_minute)))
}

/// Everything a request handler needs. Cloning is cheap.
#[derive(Debug, Clone)]
pub struct AppState(Arc<AppInner>);

#[derive(Debug)]
pub struct AppInner {
    pub settings: Arc<ProbeSettings>,
    pub policy: TargetPolicy,
    /// Swappable: the system resolver in production, fixed answers in tests.
    pub dns: Arc<dyn Dns>,
    /// What `/api/config` reports.
    pub info: ProxyInfo,
    /// The built page, if served.
    pub dist: Option<PathBuf>,
    pub limits: HttpLimits,
    /// How discovery fetches autoconfig files.
    pub discover: DiscoverSettings,
    /// Recent probe results (the per-target cool-down).
    pub cache: ProbeCache,
    /// One permit per running probe; when none is left, requests get 503.
    pub probe_slots: Arc<tokio::sync::Semaphore>,
    /// Probes per target host, whoever asks: no mail server is tested more than a few
    /// times a minute through this proxy.
    pub target_limit: Arc<TargetLimiter>,
    /// Cancelled on shutdown, so open event streams end and shutdown does not hang.
    pub shutdown: CancellationToken,
}

impl AppState {
    pub fn new(inner: AppInner) -> AppState {
        AppState(Arc::new(inner))
    }

    /// The shared parts, for callers that assemble a state in steps (tests).
    pub fn into_inner(self) -> Arc<AppInner> {
        self.0
    }
}

impl Deref for AppState {
    type Target = AppInner;

    fn deref(&self) -> &AppInner {
        &self.0
    }
}

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    // The routes that make the proxy connect somewhere are rate-limited per client.
    let outbound = middleware::rate_limited(
        Router::new().merge(routes::probe::router()).merge(routes::discover::router()),
        &state.limits,
    );
    let mut router = Router::new().merge(routes::health::router()).merge(outbound);
    if let Some(dist) = &state.dist {
        router = router.merge(routes::static_files::router(dist));
    }
    middleware::apply(router, &state).with_state(state)
}
