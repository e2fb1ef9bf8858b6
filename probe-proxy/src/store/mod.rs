//! Where the per-client rate, the per-target limits and the cached results live: in this
//! process ([`MemoryStore`], the default) or in Redis ([`redis::RedisStore`], `--redis`), so
//! that instances behind one load balancer share them. The routes call the one
//! [`LimitStore`] trait and do not know which.
//!
//! The probe slots (how many probes run at once) stay per instance: they protect this
//! process's own resources.

pub mod login;
pub mod redis;

use std::net::SocketAddr;

use email_settings::discovery::DiscoverResponse;
use futures_util::future::{BoxFuture, FutureExt as _};
use mailsetup_shared::wire::ProbeResponse;

use crate::cache::{DiscoverCache, ProbeCache, ProbeKey};
use crate::error::AppError;
use crate::limits::{Client, ClientRate, HttpLimits, TargetLimits, retry_after_seconds};
use login::{LoginCharge, SlidingWindows};

/// The limits and caches shared by the routes that connect outward.
///
/// A store that cannot answer refuses: the limits methods and the cache lookups return
/// [`AppError::StoreUnavailable`] (503 with Retry-After), so no probe runs unlimited.
/// Storing a result is best effort (a failure is logged and counted, the answer still
/// goes out).
pub trait LimitStore: std::fmt::Debug + Send + Sync {
    /// Which store this is, for `/api/health` (`memory`, `redis`).
    fn kind(&self) -> &'static str;

    /// Charges one probe or discovery to `client`'s rate.
    fn check_rate(&self, client: Client) -> BoxFuture<'_, Result<(), AppError>>;

    /// Charges `client` one connection to each of `targets`, or charges nothing and refuses
    /// when any of them is at its per-client or total limit.
    fn charge_targets<'a>(&'a self, client: Client, targets: &'a [SocketAddr]) -> BoxFuture<'a, Result<(), AppError>>;

    fn cached_probe<'a>(&'a self, key: &'a ProbeKey) -> BoxFuture<'a, Result<Option<ProbeResponse>, AppError>>;

    fn cache_probe<'a>(&'a self, key: &'a ProbeKey, response: &'a ProbeResponse) -> BoxFuture<'a, ()>;

    /// A discovery of `domain` (its ASCII form).
    fn cached_discovery<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Option<DiscoverResponse>, AppError>>;

    fn cache_discovery<'a>(&'a self, domain: &'a str, found: &'a DiscoverResponse) -> BoxFuture<'a, ()>;

    /// Whether the store answers now; the error says what is wrong, for `/api/health`.
    fn health(&self) -> BoxFuture<'_, Result<(), String>>;

    /// Charges a login test on a shared proxy against the limits made for secrets
    /// ([`login`]), or charges nothing and refuses (`login_rate_limited`).
    fn charge_login<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, Result<(), AppError>>;

    /// A login the server refused: its account and client pay [`login::FAILURE_COST`] more.
    fn login_failed<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, ()>;
}

/// Everything in this process: the token buckets, the per-target windows and the caches.
#[derive(Debug)]
pub struct MemoryStore {
    client_rate: ClientRate,
    target_limits: TargetLimits,
    probe_cache: ProbeCache,
    discover_cache: DiscoverCache,
    logins: SlidingWindows,
}

impl MemoryStore {
    pub fn new(limits: &HttpLimits) -> MemoryStore {
        MemoryStore {
            client_rate: ClientRate::new(limits),
            target_limits: TargetLimits::new(limits),
            probe_cache: ProbeCache::new(limits.cache_window),
            discover_cache: DiscoverCache::new(limits.cache_window),
            logins: SlidingWindows::default(),
        }
    }
}

impl LimitStore for MemoryStore {
    fn kind(&self) -> &'static str {
        "memory"
    }

    fn check_rate(&self, client: Client) -> BoxFuture<'_, Result<(), AppError>> {
        std::future::ready(self.client_rate.check(client)).boxed()
    }

    fn charge_targets<'a>(&'a self, client: Client, targets: &'a [SocketAddr]) -> BoxFuture<'a, Result<(), AppError>> {
        std::future::ready(self.target_limits.charge(client, targets)).boxed()
    }

    fn cached_probe<'a>(&'a self, key: &'a ProbeKey) -> BoxFuture<'a, Result<Option<ProbeResponse>, AppError>> {
        std::future::ready(Ok(self.probe_cache.get(key))).boxed()
    }

    fn cache_probe<'a>(&'a self, key: &'a ProbeKey, response: &'a ProbeResponse) -> BoxFuture<'a, ()> {
        self.probe_cache.put(key.clone(), response);
        std::future::ready(()).boxed()
    }

    fn cached_discovery<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Option<DiscoverResponse>, AppError>> {
        std::future::ready(Ok(self.discover_cache.get(&domain.to_owned()))).boxed()
    }

    fn cache_discovery<'a>(&'a self, domain: &'a str, found: &'a DiscoverResponse) -> BoxFuture<'a, ()> {
        self.discover_cache.put(domain.to_owned(), found);
        std::future::ready(()).boxed()
    }

    fn health(&self) -> BoxFuture<'_, Result<(), String>> {
        std::future::ready(Ok(())).boxed()
    }

    fn charge_login<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, Result<(), AppError>> {
        let outcome = self.logins.charge(&charge.keys(), charge.attempts);
        let outcome = outcome.map_err(|wait| AppError::LoginRateLimited { retry_after: retry_after_seconds(wait) });
        std::future::ready(outcome).boxed()
    }

    fn login_failed<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, ()> {
        self.logins.add(&charge.failure_keys(), login::FAILURE_COST);
        std::future::ready(()).boxed()
    }
}
