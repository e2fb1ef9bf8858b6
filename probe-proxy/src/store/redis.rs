//! The limits and caches in Redis (`--redis URL`), shared by every instance that names the
//! same server: the per-client rate (GCRA, one Lua script), the per-target windows (sorted
//! sets, one Lua script for all the targets of a request, so a request is charged
//! everything or nothing, atomically across instances) and the cached results (plain keys
//! that expire with the cache window).
//!
//! The scripts read Redis's own clock (`TIME`), so instances with skewed clocks agree.
//! Every key is `PREFIX:KIND:HASH`, the hash a SHA-256 of what the key stands for, so
//! nothing a client typed is ever a Redis key. Every call has a deadline; a Redis that does
//! not answer refuses probes and discoveries (503 with Retry-After) rather than letting
//! them run unlimited. A single Redis (or a primary with replicas) is expected: the
//! scripts touch several keys at once, which Redis Cluster would refuse across slots.

use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use email_settings::discovery::DiscoverResponse;
use futures_util::future::{BoxFuture, FutureExt as _};
use mailsetup_shared::wire::ProbeResponse;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::LimitStore;
use super::login::{self, LoginCharge};
use crate::cache::ProbeKey;
use crate::error::AppError;
use crate::limits::{Client, HttpLimits, TARGET_WINDOW};
use crate::metrics::Metrics;

/// Longest a Redis call may take before the request is refused.
const CALL_DEADLINE: Duration = Duration::from_secs(2);
/// What a refusal for an unreachable Redis tells the client to wait.
const RETRY_AFTER_SECONDS: u64 = 5;
/// The default key prefix (`--redis-prefix`).
pub const DEFAULT_PREFIX: &str = "mailsetup";

/// Why a Redis URL cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RedisSettingsError {
    // The URL itself is not repeated: it may hold a password.
    #[error(
        "the Redis URL is not valid (expected redis://[user:password@]host[:port][/db] or redis+unix:///path/to/socket; TLS, rediss://, is not built in)"
    )]
    InvalidUrl,
    #[error("the Redis key prefix must be 1 to 64 letters, digits, '-', '_' or '.'")]
    InvalidPrefix,
}

/// Where the shared store is. Its `Debug` shows the URL without user name and password.
#[derive(Clone)]
pub struct RedisSettings {
    client: redis::Client,
    prefix: String,
    shown: String,
}

impl fmt::Debug for RedisSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisSettings").field("url", &self.shown).field("prefix", &self.prefix).finish()
    }
}

impl RedisSettings {
    /// Checks `url` and `prefix`; connects only when first used.
    pub fn new(url: &str, prefix: &str) -> Result<RedisSettings, RedisSettingsError> {
        if prefix.is_empty()
            || prefix.len() > 64
            || !prefix.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            return Err(RedisSettingsError::InvalidPrefix);
        }
        let client = redis::Client::open(url).map_err(|_| RedisSettingsError::InvalidUrl)?;
        let shown = shown(client.get_connection_info());
        Ok(RedisSettings { client, prefix: prefix.to_owned(), shown })
    }

    /// The URL without user name and password, for logs and `/api/health`.
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

/// Where `info` connects, with no user name, password or other query parameter:
/// `redis://user:secret@host:6379/0` → `redis://host:6379/0`, and
/// `redis+unix:///run/redis.sock?pass=secret&db=2` → `redis+unix:///run/redis.sock?db=2`.
/// Built from what the redis crate parsed, not cut out of the text: a Unix socket's
/// password is a query parameter, and an `@` may stand in a query.
fn shown(info: &redis::ConnectionInfo) -> String {
    let db = info.redis_settings().db();
    match info.addr() {
        redis::ConnectionAddr::Unix(path) if db == 0 => format!("redis+unix://{}", path.display()),
        redis::ConnectionAddr::Unix(path) => format!("redis+unix://{}?db={db}", path.display()),
        redis::ConnectionAddr::Tcp(host, port) | redis::ConnectionAddr::TcpTls { host, port, .. } => {
            // An IPv6 address keeps its brackets.
            let host = if host.contains(':') && !host.starts_with('[') { format!("[{host}]") } else { host.clone() };
            format!("redis://{host}:{port}/{db}")
        }
        // A kind of address added by a later redis crate: say nothing about it.
        _ => "redis".to_owned(),
    }
}

/// GCRA: one key per client bucket holding the theoretical arrival time in µs (a double
/// holds Redis's clock in µs exactly). ARGV: the emission interval (µs, at least 1) and
/// the burst. Returns 0 when allowed, else the ms to wait (at least 1).
static RATE_SCRIPT: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local next_tat = tat + interval
local allowed_at = next_tat - interval * burst
if allowed_at > now then return math.max(1, math.ceil((allowed_at - now) / 1000)) end
redis.call('SET', KEYS[1], string.format('%.0f', next_tat), 'PX', math.max(1, math.ceil((next_tat - now) / 1000)))
return 0
",
    )
});

/// Sliding windows: per target a sorted set of charges (total) and one per target and
/// client bucket. KEYS alternate total, client, total, client, ...; ARGV: window (ms), total
/// limit, per-client limit, a unique member. Charges every key or none; returns 0 when
/// charged, else the ms until the first window frees a place.
static TARGET_SCRIPT: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local limits = { tonumber(ARGV[2]), tonumber(ARGV[3]) }
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= limits[(i - 1) % 2 + 1] then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    local free = tonumber(oldest[2]) + window - now
    if free > wait then wait = free end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
end
return 0
",
    )
});

/// Sliding windows with a limit each, for the login limits: KEYS are the windows; ARGV
/// the count to charge, a unique member prefix, whether to charge whatever the limits say
/// (1) or only if every key has room (0), then per key its window (ms) and limit. Returns
/// 0 when charged, else the ms until the first full key has room.
static WINDOWS_SCRIPT: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local count = tonumber(ARGV[1])
local force = ARGV[3] == '1'
local wait = 0
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 + 2 * i])
  local limit = tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local used = redis.call('ZCARD', key)
  if not force and used + count > limit then
    local frees = used + count - limit
    local free = window
    if used > 0 then
      local at = redis.call('ZRANGE', key, math.min(frees, used) - 1, math.min(frees, used) - 1, 'WITHSCORES')
      free = tonumber(at[2]) + window - now
    end
    if free > wait then wait = math.max(free, 1000) end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 + 2 * i])
  for n = 1, count do redis.call('ZADD', key, now, ARGV[2] .. '-' .. n) end
  redis.call('PEXPIRE', key, window)
end
return 0
",
    )
});

/// The limits and caches in Redis.
pub struct RedisStore {
    connection: ConnectionManager,
    settings: RedisSettings,
    /// Microseconds between two probes of one client at the steady rate (at least 1).
    rate_interval_us: u64,
    burst: u32,
    per_client: u32,
    total: u32,
    cache_window: Duration,
    metrics: Arc<Metrics>,
    /// Makes each charge's member unique across instances: random per process, then a count.
    instance: u64,
    charges: AtomicU64,
    /// What the background health check last found; `/api/health` reads it and never
    /// waits for Redis (nor a lock held across a call to it).
    health: Arc<std::sync::Mutex<HealthState>>,
    /// Started on the first `/api/health` (a runtime is needed to spawn it).
    health_check: std::sync::OnceLock<()>,
}

/// What the background check last saw of Redis.
#[derive(Debug)]
struct HealthState {
    created: tokio::time::Instant,
    last_answer: Option<tokio::time::Instant>,
    last_error: Option<(tokio::time::Instant, String)>,
}

/// How often the background check pings Redis: `/api/health` is not rate-limited, so a
/// flood of it must not become a flood of pings.
const HEALTH_INTERVAL: Duration = Duration::from_secs(1);

/// How old the last answer may be before Redis counts as not answering.
const HEALTH_STALE: Duration = Duration::from_secs(5);

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore").field("settings", &self.settings).finish_non_exhaustive()
    }
}

impl RedisStore {
    /// A store on `settings`' server, connecting on first use (and again after every
    /// failure), so the proxy starts and serves its page while Redis is down.
    pub fn new(settings: RedisSettings, limits: &HttpLimits, metrics: Arc<Metrics>) -> RedisStore {
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(Duration::from_secs(1)))
            .set_number_of_retries(1)
            .set_min_delay(Duration::from_millis(100))
            .set_max_delay(Duration::from_secs(1));
        let connection = ConnectionManager::new_lazy_with_config(settings.client.clone(), config)
            .expect("a configuration without push messages is always accepted");
        let mut seed = [0u8; 8];
        let instance = match ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut seed) {
            Ok(()) => u64::from_le_bytes(seed),
            Err(_) => u64::from(std::process::id()) << 32 | u64::from(std::process::id()),
        };
        RedisStore {
            connection,
            settings,
            rate_interval_us: (60_000_000 / u64::from(limits.probes_per_minute.max(1))).max(1),
            burst: limits.probe_burst.max(1),
            per_client: limits.client_target_probes_per_minute.max(1),
            total: limits.target_probes_per_minute.max(1),
            cache_window: limits.cache_window,
            metrics,
            instance,
            charges: AtomicU64::new(0),
            health: Arc::new(std::sync::Mutex::new(HealthState {
                created: tokio::time::Instant::now(),
                last_answer: None,
                last_error: None,
            })),
            health_check: std::sync::OnceLock::new(),
        }
    }

    /// `PREFIX:KIND:HASH` of `material`.
    fn key(&self, kind: &str, material: &[u8]) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, material);
        let hex: String = digest.as_ref()[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("{}:{kind}:{hex}", self.settings.prefix)
    }

    /// The key of a probe's result: its addresses, certificate name and ports, as JSON
    /// (plain data: addresses, a string, numbers and unit variants, which always
    /// serialise).
    fn probe_key(&self, key: &ProbeKey) -> String {
        self.key("probe", &serde_json::to_vec(key).expect("a ProbeKey is plain data"))
    }

    /// Runs one call with the deadline; a failure is logged, counted and becomes a 503.
    async fn call<T>(
        &self,
        what: &'static str,
        call: impl Future<Output = redis::RedisResult<T>>,
    ) -> Result<T, AppError> {
        let outcome = match tokio::time::timeout(CALL_DEADLINE, call).await {
            Ok(Ok(value)) => {
                self.health.lock().unwrap_or_else(|p| p.into_inner()).last_answer = Some(tokio::time::Instant::now());
                return Ok(value);
            }
            Ok(Err(error)) => error.to_string(),
            Err(_) => format!("no answer within {} s", CALL_DEADLINE.as_secs()),
        };
        // `/api/health` knows at once, not only at the next background check.
        self.health.lock().unwrap_or_else(|p| p.into_inner()).last_error =
            Some((tokio::time::Instant::now(), outcome.clone()));
        self.metrics.store_error();
        tracing::warn!(redis = %self.settings.shown, what, error = %outcome, "the shared store failed; refusing");
        Err(AppError::StoreUnavailable { retry_after: RETRY_AFTER_SECONDS })
    }

    /// Runs [`WINDOWS_SCRIPT`] on `keys` (hashed), charging `count`.
    async fn charge_windows(&self, keys: &[(String, login::Window)], count: u32, force: bool) -> Result<u64, AppError> {
        let mut invocation = WINDOWS_SCRIPT.prepare_invoke();
        let member = format!("{:016x}-{}", self.instance, self.charges.fetch_add(1, Ordering::Relaxed));
        invocation.arg(count).arg(member).arg(if force { "1" } else { "0" });
        for (key, window) in keys {
            invocation.key(self.key("login", key.as_bytes()));
            invocation.arg(u64::try_from(window.window.as_millis()).unwrap_or(u64::MAX)).arg(window.limit);
        }
        let mut connection = self.connection.clone();
        self.call("login limits", invocation.invoke_async(&mut connection)).await
    }

    async fn cached<V: DeserializeOwned>(&self, key: String) -> Result<Option<V>, AppError> {
        if self.cache_window.is_zero() {
            return Ok(None);
        }
        let mut connection = self.connection.clone();
        let value: Option<Vec<u8>> =
            self.call("cache lookup", redis::cmd("GET").arg(&key).query_async(&mut connection)).await?;
        // A value this version cannot read (written by another version) is a miss.
        Ok(value.and_then(|bytes| serde_json::from_slice(&bytes).ok()))
    }

    async fn cache<V: Serialize>(&self, key: String, value: &V) {
        if self.cache_window.is_zero() {
            return;
        }
        let Ok(bytes) = serde_json::to_vec(value) else { return };
        let mut connection = self.connection.clone();
        let window_ms = u64::try_from(self.cache_window.as_millis()).unwrap_or(u64::MAX);
        let mut set = redis::cmd("SET");
        set.arg(&key).arg(bytes).arg("PX").arg(window_ms);
        // Best effort: the answer goes out either way.
        let _ = self.call("cache store", set.query_async::<()>(&mut connection)).await;
    }
}

/// Seconds to wait, from milliseconds, rounded as the in-memory store rounds.
fn seconds(ms: u64) -> u64 {
    crate::limits::retry_after_seconds(std::time::Duration::from_millis(ms))
}

impl LimitStore for RedisStore {
    fn kind(&self) -> &'static str {
        "redis"
    }

    fn check_rate(&self, client: Client) -> BoxFuture<'_, Result<(), AppError>> {
        async move {
            let key = self.key("rate", client.bucket().to_string().as_bytes());
            let mut connection = self.connection.clone();
            let mut invocation = RATE_SCRIPT.key(key);
            invocation.arg(self.rate_interval_us).arg(self.burst);
            let wait_ms: u64 = self.call("rate", invocation.invoke_async(&mut connection)).await?;
            if wait_ms > 0 {
                return Err(AppError::RateLimited { retry_after: seconds(wait_ms) });
            }
            Ok(())
        }
        .boxed()
    }

    fn charge_targets<'a>(&'a self, client: Client, targets: &'a [SocketAddr]) -> BoxFuture<'a, Result<(), AppError>> {
        async move {
            if targets.is_empty() {
                return Ok(());
            }
            let bucket = client.site();
            let mut invocation = TARGET_SCRIPT.prepare_invoke();
            for target in targets {
                invocation.key(self.key("target", target.to_string().as_bytes()));
                invocation.key(self.key("target-client", format!("{target} {bucket}").as_bytes()));
            }
            let member = format!("{:016x}-{}", self.instance, self.charges.fetch_add(1, Ordering::Relaxed));
            let window_ms = u64::try_from(TARGET_WINDOW.as_millis()).unwrap_or(u64::MAX);
            invocation.arg(window_ms).arg(self.total).arg(self.per_client).arg(member);
            let mut connection = self.connection.clone();
            let wait_ms: u64 = self.call("target limits", invocation.invoke_async(&mut connection)).await?;
            if wait_ms > 0 {
                return Err(AppError::TargetRateLimited { retry_after: seconds(wait_ms) });
            }
            Ok(())
        }
        .boxed()
    }

    fn cached_probe<'a>(&'a self, key: &'a ProbeKey) -> BoxFuture<'a, Result<Option<ProbeResponse>, AppError>> {
        self.cached(self.probe_key(key)).boxed()
    }

    fn cache_probe<'a>(&'a self, key: &'a ProbeKey, response: &'a ProbeResponse) -> BoxFuture<'a, ()> {
        self.cache(self.probe_key(key), response).boxed()
    }

    fn cached_discovery<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Option<DiscoverResponse>, AppError>> {
        self.cached(self.key("discover", domain.as_bytes())).boxed()
    }

    fn cache_discovery<'a>(&'a self, domain: &'a str, found: &'a DiscoverResponse) -> BoxFuture<'a, ()> {
        self.cache(self.key("discover", domain.as_bytes()), found).boxed()
    }

    fn charge_login<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, Result<(), AppError>> {
        async move {
            let wait_ms = self.charge_windows(&charge.keys(), charge.attempts, false).await?;
            if wait_ms > 0 {
                return Err(AppError::LoginRateLimited { retry_after: seconds(wait_ms) });
            }
            Ok(())
        }
        .boxed()
    }

    fn login_failed<'a>(&'a self, charge: &'a LoginCharge) -> BoxFuture<'a, ()> {
        async move {
            let _ = self.charge_windows(&charge.failure_keys(), login::FAILURE_COST, true).await;
        }
        .boxed()
    }

    fn health(&self) -> BoxFuture<'_, Result<(), String>> {
        self.health_check.get_or_init(|| self.start_health_check());
        let state = self.health.lock().unwrap_or_else(|p| p.into_inner());
        let seen = state.last_answer.unwrap_or(state.created);
        let answer = if seen.elapsed() < HEALTH_STALE && state.last_error.as_ref().is_none_or(|(at, _)| *at < seen) {
            Ok(())
        } else {
            // The public answer does not name the server (an address inside the operator's
            // network) nor repeat Redis's words; the log has both.
            Err("the shared store of limits (Redis) does not answer: probes and discoveries are refused until it does"
                .to_owned())
        };
        std::future::ready(answer).boxed()
    }
}

impl RedisStore {
    /// Pings Redis every [`HEALTH_INTERVAL`] (each ping under the call deadline) and keeps
    /// what it found for `/api/health`; ends when the store is dropped.
    fn start_health_check(&self) {
        let health = Arc::downgrade(&self.health);
        let connection = self.connection.clone();
        let shown = self.settings.shown.clone();
        tokio::spawn(async move {
            loop {
                let mut connection = connection.clone();
                let ping = redis::cmd("PING");
                let ping = ping.query_async::<String>(&mut connection);
                let failure = match tokio::time::timeout(CALL_DEADLINE, ping).await {
                    Ok(Ok(_)) => None,
                    Ok(Err(error)) => Some(error.to_string()),
                    Err(_) => Some(format!("no answer within {} s", CALL_DEADLINE.as_secs())),
                };
                let Some(health) = health.upgrade() else { return };
                {
                    let mut state = health.lock().unwrap_or_else(|p| p.into_inner());
                    let now = tokio::time::Instant::now();
                    match failure {
                        None => state.last_answer = Some(now),
                        Some(error) => {
                            // Said once per outage: when the last answer came after the last error.
                            let was_up = match (&state.last_error, state.last_answer) {
                                (None, _) => true,
                                (Some((failed, _)), Some(answered)) => answered > *failed,
                                (Some(_), None) => false,
                            };
                            if was_up {
                                tracing::warn!(redis = %shown, %error, "the shared store does not answer");
                            }
                            state.last_error = Some((now, error));
                        }
                    }
                }
                drop(health);
                tokio::time::sleep(HEALTH_INTERVAL).await;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn health_answers_at_once_while_redis_hangs() {
        use futures_util::FutureExt as _;
        // A "Redis" that accepts connections and never answers.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        let settings = RedisSettings::new(&format!("redis://{address}"), "mailsetup").unwrap();
        let store = RedisStore::new(settings, &HttpLimits::DEFAULT, Arc::new(Metrics::new()));
        for _ in 0..50 {
            assert!(store.health().now_or_never().is_some(), "never waits for Redis");
        }
        // Its calls give up after their deadline; health then says so, still at once.
        let client = Client("198.51.100.1".parse().unwrap());
        assert!(matches!(store.check_rate(client).await, Err(AppError::StoreUnavailable { .. })));
        let said = store.health().now_or_never().expect("at once");
        assert!(said.is_err(), "{said:?}");
    }

    #[test]
    fn urls_are_checked_and_shown_without_credentials() {
        let settings = RedisSettings::new("redis://user:s3cret@127.0.0.1:6380/2", "mailsetup").unwrap();
        assert_eq!(settings.shown(), "redis://127.0.0.1:6380/2");
        assert!(!format!("{settings:?}").contains("s3cret"), "{settings:?}");
        for (url, expected) in [
            ("redis+unix:///run/redis/redis.sock?pass=s3cret", "redis+unix:///run/redis/redis.sock"),
            ("redis+unix:///run/redis.sock?user=u&pass=s3cret&db=3", "redis+unix:///run/redis.sock?db=3"),
            ("unix:///run/redis.sock?pass=s3cret", "redis+unix:///run/redis.sock"),
            ("redis://:s3cret@10.0.0.9/0?protocol=resp2#@frag", "redis://10.0.0.9:6379/0"),
            ("redis://u:s3cret@[::1]:6390", "redis://[::1]:6390/0"),
        ] {
            let settings = RedisSettings::new(url, "mailsetup").unwrap();
            assert_eq!(settings.shown(), expected, "{url}");
            assert!(!format!("{settings:?}").contains("s3cret"), "{settings:?}");
        }
        for refused in ["http://user:s3cret@host", "rediss://user:s3cret@host:6380"] {
            let error = RedisSettings::new(refused, "mailsetup").unwrap_err();
            assert!(matches!(error, RedisSettingsError::InvalidUrl), "{refused}");
            assert!(!error.to_string().contains("s3cret"));
        }
        assert!(RedisSettings::new("redis+unix:///run/redis/redis.sock", "mailsetup").is_ok());
        for prefix in ["", "a b", "x:y", &"p".repeat(65)] {
            assert!(matches!(RedisSettings::new("redis://127.0.0.1", prefix), Err(RedisSettingsError::InvalidPrefix)));
        }
    }

    #[tokio::test]
    async fn keys_are_prefixed_hashes_of_what_they_stand_for() {
        let settings = RedisSettings::new("redis://127.0.0.1:1", "ms-test").unwrap();
        let store = RedisStore::new(settings, &HttpLimits::DEFAULT, Arc::new(Metrics::new()));
        let typed = "evil\r\nFLUSHALL\r\n.example.com";
        let key = store.key("discover", typed.as_bytes());
        let (prefix, hash) = key.rsplit_once(':').unwrap();
        assert_eq!(prefix, "ms-test:discover");
        assert_eq!(hash.len(), 32);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(key, store.key("discover", b"other.example.com"));
        assert_eq!(key, store.key("discover", typed.as_bytes()), "stable");
    }

    #[tokio::test]
    async fn an_unreachable_redis_refuses_with_retry_after_and_says_so() {
        use futures_util::FutureExt as _;
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        let settings = RedisSettings::new("redis://127.0.0.1:1", "mailsetup").unwrap();
        let metrics = Arc::new(Metrics::new());
        let store = RedisStore::new(settings, &HttpLimits::DEFAULT, metrics.clone());
        let client = Client("198.51.100.1".parse().unwrap());
        let refused = store.check_rate(client).await.unwrap_err();
        assert!(matches!(refused, AppError::StoreUnavailable { retry_after: RETRY_AFTER_SECONDS }), "{refused:?}");
        let target: SocketAddr = "192.0.2.1:465".parse().unwrap();
        assert!(matches!(store.charge_targets(client, &[target]).await, Err(AppError::StoreUnavailable { .. })));
        // /api/health reads what the checks found and never waits for Redis.
        let health = store.health().now_or_never().expect("answered at once").unwrap_err();
        assert!(health.contains("Redis") && !health.contains("127.0.0.1"), "{health}");
        assert!(metrics.render(0, false).contains("mailsetup_store_errors_total 2"));
    }
}
