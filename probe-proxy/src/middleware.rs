//! Every limit and tower layer of the HTTP service, in one place.
//!
//! On every request: who the client is ([`Client`], a malformed X-Forwarded-For is a 400),
//! security headers, a request body limit and deadline, a timeout until the response starts, CORS for
//! configured origins, and tracing. On the routes that make the proxy connect somewhere:
//! a refusal of cross-site requests, and per-client rate limiting. The limits those routes
//! apply themselves live here too: the per-target limits ([`TargetLimits`], keyed by the
//! address and port really connected to) and the fair share of probe slots ([`ProbeSlots`]).

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::middleware::{self as axum_middleware, Next};
use axum::response::Response;
use base64::Engine as _;
use tokio::time::Instant;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

use crate::app::AppState;
use crate::error::AppError;

/// Limits of the HTTP layer. [`HttpLimits::DEFAULT`] holds each default (the command line
/// takes its defaults from there).
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest request body. Default: 4 KiB (a probe request is a few dozen bytes).
    pub body_bytes: usize,
    /// Time a request's body may take to arrive in full, counted from its headers (one
    /// deadline, not one per chunk, so trickling bytes does not extend it). Default: 10 s.
    pub body_read: Duration,
    /// Origins allowed to call the API from other sites (CORS) and to frame the page.
    /// Default: none.
    pub allow_origins: Vec<HeaderValue>,
    /// More origins allowed to frame the page (CSP `frame-ancestors`). Default: none.
    pub allow_frame_ancestors: Vec<HeaderValue>,
    /// Probes and discoveries one client may start per minute. Default: 12.
    pub probes_per_minute: u32,
    /// How many a client may start at once before the rate applies. Default: 6.
    pub probe_burst: u32,
    /// Key clients by the last X-Forwarded-For address, the one a trusted reverse proxy
    /// appends (only behind such a proxy). Default: false, the TCP peer address.
    pub trust_forwarded_for: bool,
    /// Probes and discoveries running at once, across all clients. Default: 32.
    pub max_concurrent_probes: usize,
    /// Probes one client may have running at once while fewer than a quarter of the slots
    /// are taken (one when more are). Default: 2.
    pub max_probes_per_client: usize,
    /// Probes of one mail server address and port per minute, whoever asks. Default: 30.
    pub target_probes_per_minute: u32,
    /// Probes of one mail server address and port one client may start per minute.
    /// Default: 3.
    pub client_target_probes_per_minute: u32,
    /// How long a probe's or a discovery's result is reused. Default: 60 s.
    pub cache_window: Duration,
}

impl HttpLimits {
    pub const DEFAULT: HttpLimits = HttpLimits {
        body_bytes: 4 * 1024,
        body_read: Duration::from_secs(10),
        allow_origins: Vec::new(),
        allow_frame_ancestors: Vec::new(),
        probes_per_minute: 12,
        probe_burst: 6,
        trust_forwarded_for: false,
        max_concurrent_probes: 32,
        max_probes_per_client: 2,
        target_probes_per_minute: 30,
        client_target_probes_per_minute: 3,
        cache_window: Duration::from_secs(60),
    };
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits::DEFAULT
    }
}

/// Time the JSON form of a probe may take beyond the probe's own limit before the timeout
/// layer answers 504.
const RESPONSE_START_MARGIN: Duration = Duration::from_secs(15);

/// Whole-service layers.
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.options.limits;
    // A JSON probe answers only when every port is done.
    let response_start = state.settings.total_timeout + RESPONSE_START_MARGIN;
    let mut router = router
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(RequestBodyDeadlineLayer::new(limits.body_read))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::GATEWAY_TIMEOUT, response_start));
    if !limits.allow_origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(limits.allow_origins.clone()))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .max_age(Duration::from_secs(3600)),
        );
    }
    router
        .layer(axum_middleware::from_fn_with_state(state.clone(), identify_client))
        .layer(axum_middleware::map_response_with_state(state.clone(), security_headers))
        .layer(axum_middleware::map_response_with_state(state.clone(), count_refusals))
        .layer(TraceLayer::new_for_http())
}

/// Layers of the routes that make the proxy connect somewhere: no cross-site callers but
/// the allowed origins, and a per-client rate.
pub fn outbound(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    router
        .layer(axum_middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(axum_middleware::from_fn_with_state(state.clone(), refuse_cross_site))
}

/// The client a request comes from: the TCP peer, or behind a trusted reverse proxy the
/// last X-Forwarded-For address. Set on every request by [`apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Client(pub IpAddr);

impl Client {
    /// Without a peer address (only in tests that skip the socket), everyone is one client.
    pub const UNKNOWN: Client = Client(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));

    /// The bucket per-client limits count against: IPv4 as is, IPv6 per /64 (one host
    /// usually holds a whole /64); an IPv4-mapped address counts as its IPv4 address.
    pub fn bucket(self) -> IpAddr {
        prefix(self.0, 64)
    }

    /// The wider network a site usually holds, for limits on a whole range: IPv6 /48
    /// (IPv4 addresses are not grouped: a /24 is often many unrelated users).
    pub fn network(self) -> IpAddr {
        prefix(self.0, 48)
    }

    /// Reads the client of `request`; a malformed X-Forwarded-For is an error when trusted
    /// (it must not fall into the reverse proxy's own bucket).
    pub fn of<B>(request: &axum::http::Request<B>, trust_forwarded_for: bool) -> Result<Client, AppError> {
        let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| Client(c.0.ip()));
        if !trust_forwarded_for {
            return Ok(peer.unwrap_or(Client::UNKNOWN));
        }
        // The last entry is the one our own reverse proxy added; anything before it came
        // from the client and could be anything.
        let Some(last) = request.headers().get_all("x-forwarded-for").iter().next_back() else {
            return Ok(peer.unwrap_or(Client::UNKNOWN));
        };
        last.to_str()
            .ok()
            .and_then(|v| v.rsplit(',').next())
            .and_then(|ip| ip.trim().parse::<IpAddr>().ok())
            .map(Client)
            .ok_or_else(|| AppError::BadRequest("the X-Forwarded-For header is malformed".to_owned()))
    }
}

/// IPv4 as is (IPv4-mapped IPv6 too); IPv6 cut to its first `bits` bits.
fn prefix(ip: IpAddr, bits: u32) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << (128 - bits)))),
        },
    }
}

async fn identify_client(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let client = Client::of(&request, state.options.limits.trust_forwarded_for)?;
    request.extensions_mut().insert(client);
    Ok(next.run(request).await)
}

/// Other sites may not make a visitor's browser start probes or discoveries: a request the
/// browser marks as cross-site (`Sec-Fetch-Site`) must come from an allowed origin. (The
/// routes also take JSON only, which a cross-site form cannot send without CORS.)
async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Result<Response, AppError> {
    let headers = request.headers();
    let cross_site = headers
        .get("sec-fetch-site")
        .is_some_and(|site| site.as_bytes() != b"same-origin" && site.as_bytes() != b"none");
    let allowed = headers.get(header::ORIGIN).is_some_and(|origin| state.options.limits.allow_origins.contains(origin));
    if cross_site && !allowed {
        return Err(AppError::CrossSite);
    }
    Ok(next.run(request).await)
}

async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Result<Response, AppError> {
    let client = request.extensions().get::<Client>().copied().unwrap_or(Client::UNKNOWN);
    state.store.check_rate(client).await?;
    Ok(next.run(request).await)
}

/// Probes and discoveries per client (token bucket per [`Client::bucket`]).
#[derive(Debug)]
pub struct ClientRate {
    limiter: governor::DefaultKeyedRateLimiter<IpAddr>,
    checks: AtomicU32,
}

impl ClientRate {
    pub fn new(limits: &HttpLimits) -> ClientRate {
        let per_minute = NonZeroU32::new(limits.probes_per_minute).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(limits.probe_burst).unwrap_or(NonZeroU32::MIN);
        let quota = governor::Quota::per_minute(per_minute).allow_burst(burst);
        ClientRate { limiter: governor::RateLimiter::keyed(quota), checks: AtomicU32::new(0) }
    }

    pub fn check(&self, client: Client) -> Result<(), AppError> {
        // Forget idle clients now and then so the table does not grow without bound.
        if self.checks.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&client.bucket()).map_err(|not_until| {
            let clock = governor::clock::DefaultClock::default();
            let wait = not_until.wait_time_from(governor::clock::Clock::now(&clock));
            AppError::RateLimited { retry_after: retry_after_seconds(wait) }
        })
    }
}

/// The whole seconds a refused client should wait, rounded up (at least one): a client that
/// waits exactly what `Retry-After` said is admitted, and every store says the same.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

/// The window of the per-target limits.
pub const TARGET_WINDOW: Duration = Duration::from_secs(60);

/// Connections to one mail server (address and port, what is really connected to) per
/// minute: a few per client, more in total. One client cannot lock a server for others by
/// asking often, and a public proxy cannot be turned on one server.
#[derive(Debug)]
pub struct TargetLimits {
    per_client: usize,
    total: usize,
    /// Per target, when it was charged and to which client bucket, oldest first; and when
    /// the table was last swept of expired entries.
    charged: Mutex<(ChargeTable, Instant)>,
}

/// Per target, when it was charged and to which client bucket, oldest first.
type ChargeTable = HashMap<SocketAddr, VecDeque<(Instant, IpAddr)>>;

/// Least time between two sweeps of a large target table (a sweep visits every entry).
const TARGET_SWEEP_INTERVAL: Duration = Duration::from_secs(1);

impl TargetLimits {
    pub fn new(limits: &HttpLimits) -> TargetLimits {
        TargetLimits {
            per_client: limits.client_target_probes_per_minute.max(1) as usize,
            total: limits.target_probes_per_minute.max(1) as usize,
            charged: Mutex::new((HashMap::new(), Instant::now())),
        }
    }

    /// Charges `client` one connection to each of `targets`, or, when any of them is at a
    /// limit, charges nothing and says how long to wait.
    pub fn charge(&self, client: Client, targets: &[SocketAddr]) -> Result<(), AppError> {
        let now = Instant::now();
        let bucket = client.bucket();
        let mut table = self.charged.lock().unwrap_or_else(|p| p.into_inner());
        let (charged, swept) = &mut *table;
        let forget = |times: &mut VecDeque<(Instant, IpAddr)>| {
            while times.front().is_some_and(|(at, _)| now.duration_since(*at) >= TARGET_WINDOW) {
                times.pop_front();
            }
        };
        // A large table is swept now and then, not on every request.
        if charged.len() > 4096 && now.duration_since(*swept) >= TARGET_SWEEP_INTERVAL {
            *swept = now;
            charged.retain(|_, times| {
                forget(times);
                !times.is_empty()
            });
        }
        let mut wait = Duration::ZERO;
        for target in targets {
            let Some(times) = charged.get_mut(target) else { continue };
            forget(times);
            let free_at = |at: &Instant| (*at + TARGET_WINDOW).saturating_duration_since(now);
            if times.len() >= self.total
                && let Some((at, _)) = times.front()
            {
                wait = wait.max(free_at(at));
            }
            let mut mine = times.iter().filter(|(_, who)| *who == bucket).map(|(at, _)| at);
            if let Some(oldest) = mine.next()
                && 1 + mine.count() >= self.per_client
            {
                wait = wait.max(free_at(oldest));
            }
        }
        if !wait.is_zero() {
            return Err(AppError::TargetRateLimited { retry_after: retry_after_seconds(wait) });
        }
        for target in targets {
            charged.entry(*target).or_default().push_back((now, bucket));
        }
        Ok(())
    }
}

/// The probe slots: a cap on probes (and discoveries) running at once, shared fairly.
///
/// A client may take a second slot only while fewer than a quarter are taken, so clients
/// holding several occupy a quarter at most and every other slot is one per client: with
/// 32 slots, two dozen flooding addresses still leave some for everyone else. An IPv6 /48
/// holds at most a quarter of them.
#[derive(Debug)]
pub struct ProbeSlots {
    total: usize,
    per_client: usize,
    held: Mutex<SlotTable>,
}

#[derive(Debug, Default)]
struct SlotTable {
    in_use: usize,
    by_client: Tally,
    by_network: Tally,
}

/// How many of something each address (or address bucket) holds.
#[derive(Debug, Default)]
pub struct Tally(HashMap<IpAddr, usize>);

impl Tally {
    pub fn of(&self, key: IpAddr) -> usize {
        self.0.get(&key).copied().unwrap_or(0)
    }

    pub fn add(&mut self, key: IpAddr) {
        *self.0.entry(key).or_default() += 1;
    }

    /// Takes one away, forgetting the key at zero so the table stays small.
    pub fn remove(&mut self, key: IpAddr) {
        if let Some(count) = self.0.get_mut(&key) {
            *count -= 1;
            if *count == 0 {
                self.0.remove(&key);
            }
        }
    }
}

/// A running probe's slot; dropping it frees the slot.
#[derive(Debug)]
pub struct ProbeSlot {
    slots: Arc<ProbeSlots>,
    client: Client,
}

impl ProbeSlots {
    pub fn new(limits: &HttpLimits) -> Arc<ProbeSlots> {
        Arc::new(ProbeSlots {
            total: limits.max_concurrent_probes.max(1),
            per_client: limits.max_probes_per_client.max(1),
            held: Mutex::new(SlotTable::default()),
        })
    }

    /// A slot for `client`: 503 when none is free, 429 when the client has its share.
    pub fn try_acquire(self: &Arc<ProbeSlots>, client: Client) -> Result<ProbeSlot, AppError> {
        let mut table = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if table.in_use >= self.total {
            return Err(AppError::Busy { retry_after: 5 });
        }
        let share = if table.in_use * 4 >= self.total { 1 } else { self.per_client };
        let mine = table.by_client.of(client.bucket());
        let network = table.by_network.of(client.network());
        if mine >= share || (client.0.is_ipv6() && network >= (self.total / 4).max(1)) {
            return Err(AppError::ClientBusy { retry_after: 5 });
        }
        table.in_use += 1;
        table.by_client.add(client.bucket());
        table.by_network.add(client.network());
        Ok(ProbeSlot { slots: self.clone(), client })
    }

    /// Slots in use.
    pub fn in_use(&self) -> usize {
        self.held.lock().unwrap_or_else(|p| p.into_inner()).in_use
    }
}

impl Drop for ProbeSlot {
    fn drop(&mut self) {
        let mut table = self.slots.held.lock().unwrap_or_else(|p| p.into_inner());
        table.in_use -= 1;
        table.by_client.remove(self.client.bucket());
        table.by_network.remove(self.client.network());
    }
}

/// Counts every refusal by its stable code (see [`crate::error::Refused`]).
async fn count_refusals(State(state): State<AppState>, response: Response) -> Response {
    if let Some(refused) = response.extensions().get::<crate::error::Refused>() {
        state.metrics.refused(refused.0);
    }
    response
}

/// The headers every response carries; see [`content_security_policy`].
async fn security_headers(State(state): State<AppState>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The page's address carries what a person typed (`?address=`): never send it on.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    response
}

/// The Content-Security-Policy of every response. The page runs its own scripts (the
/// module loader inline in `index.html`, allowed by its hash, and the WebAssembly, which
/// needs `'wasm-unsafe-eval'`), its own stylesheet, and talks to its own origin and HTTPS
/// services (`config.json` may name a proxy or DNS-over-HTTPS service elsewhere). It may
/// be framed by its own origin, the allowed origins and the allowed frame ancestors.
pub fn content_security_policy(dist: Option<&Path>, limits: &HttpLimits) -> HeaderValue {
    let index = dist.and_then(|dir| std::fs::read_to_string(dir.join("index.html")).ok()).unwrap_or_default();
    let script_hashes: String = inline_scripts(&index)
        .map(|script| {
            let digest = ring::digest::digest(&ring::digest::SHA256, script.as_bytes());
            format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest.as_ref()))
        })
        .collect();
    let ancestors: String = limits
        .allow_origins
        .iter()
        .chain(&limits.allow_frame_ancestors)
        .filter_map(|origin| origin.to_str().ok())
        .map(|origin| format!(" {origin}"))
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script_hashes}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self' https:; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'self'{ancestors}"
    );
    // Origins are checked when the flags are read; a policy that is still not a valid
    // header value falls back to the strictest one.
    HeaderValue::from_str(&policy).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// The text of each inline `<script>` (one without `src`).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, rest) = rest.split_once('>')?;
        let (body, _) = rest.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(text: &str) -> Client {
        Client(text.parse().unwrap())
    }

    #[test]
    fn forwarded_for_is_read_from_the_right_only_when_trusted() {
        let request = |forwarded: &str| {
            axum::http::Request::get("/api/probe")
                .header("x-forwarded-for", forwarded)
                .extension(ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 5555))))
                .body(())
                .unwrap()
        };
        let both = request("1.2.3.4, 198.51.100.7");
        assert_eq!(Client::of(&both, true).unwrap(), client("198.51.100.7"), "the proxy's own entry");
        assert_eq!(Client::of(&both, false).unwrap(), client("10.0.0.2"), "the TCP peer");
        for malformed in ["not-an-ip", "1.2.3.4, ", "198.51.100.7:80", "1.2.3.4,garbage"] {
            let error = Client::of(&request(malformed), true).unwrap_err();
            assert!(matches!(error, AppError::BadRequest(_)), "{malformed}: {error:?}");
            assert_eq!(Client::of(&request(malformed), false).unwrap(), client("10.0.0.2"), "ignored if not trusted");
        }
        let without = axum::http::Request::get("/").extension(ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 1))));
        assert_eq!(Client::of(&without.body(()).unwrap(), true).unwrap(), client("10.0.0.2"));
    }

    #[test]
    fn ipv6_clients_share_a_bucket_per_64_and_a_network_per_48() {
        let a = client("2001:db8:1:2:aaaa::1");
        assert_eq!(a.bucket(), client("2001:db8:1:2:bbbb::9").bucket());
        assert_ne!(a.bucket(), client("2001:db8:1:3::1").bucket());
        assert_eq!(a.bucket().to_string(), "2001:db8:1:2::");
        assert_eq!(a.network().to_string(), "2001:db8:1::");
        assert_eq!(client("::ffff:192.0.2.7").bucket().to_string(), "192.0.2.7");
        assert_eq!(client("192.0.2.7").network().to_string(), "192.0.2.7");
    }

    #[tokio::test(start_paused = true)]
    async fn a_target_is_limited_per_client_and_in_total() {
        let limits = TargetLimits::new(&HttpLimits {
            client_target_probes_per_minute: 2,
            target_probes_per_minute: 3,
            ..HttpLimits::DEFAULT
        });
        let smtp: SocketAddr = "192.0.2.1:465".parse().unwrap();
        let other: SocketAddr = "192.0.2.1:587".parse().unwrap();
        let (a, b, c) = (client("198.51.100.1"), client("198.51.100.2"), client("198.51.100.3"));
        assert!(limits.charge(a, &[smtp]).is_ok());
        assert!(limits.charge(a, &[smtp]).is_ok());
        let refused = limits.charge(a, &[smtp, other]).unwrap_err();
        assert!(matches!(refused, AppError::TargetRateLimited { retry_after: 60 }), "{refused:?}");
        assert!(limits.charge(a, &[other]).is_ok(), "the refused request charged nothing");
        assert!(limits.charge(b, &[smtp]).is_ok(), "another client is not affected");
        assert!(limits.charge(c, &[smtp]).is_err(), "but the total is capped");
        tokio::time::advance(TARGET_WINDOW).await;
        assert!(limits.charge(c, &[smtp]).is_ok(), "the window has passed");
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_waits_what_retry_after_says_is_admitted() {
        assert_eq!(retry_after_seconds(Duration::from_millis(300)), 1);
        assert_eq!(retry_after_seconds(Duration::from_millis(1200)), 2);
        assert_eq!(retry_after_seconds(Duration::from_secs(2)), 2);
        assert_eq!(retry_after_seconds(Duration::ZERO), 1);
        let limits = TargetLimits::new(&HttpLimits { client_target_probes_per_minute: 1, ..HttpLimits::DEFAULT });
        let smtp: SocketAddr = "192.0.2.1:465".parse().unwrap();
        let a = client("198.51.100.1");
        assert!(limits.charge(a, &[smtp]).is_ok());
        // Part of a second into the window: the wait is not a whole number of seconds.
        tokio::time::advance(Duration::from_millis(400)).await;
        let Err(AppError::TargetRateLimited { retry_after }) = limits.charge(a, &[smtp]) else { panic!("refused") };
        tokio::time::advance(Duration::from_secs(retry_after)).await;
        assert!(limits.charge(a, &[smtp]).is_ok(), "admitted after the {retry_after} s it was told");
    }

    #[test]
    fn slots_are_shared_fairly() {
        let slots =
            ProbeSlots::new(&HttpLimits { max_concurrent_probes: 16, max_probes_per_client: 3, ..HttpLimits::DEFAULT });
        let a = client("198.51.100.1");
        let mut held: Vec<ProbeSlot> = (0..3).map(|_| slots.try_acquire(a).unwrap()).collect();
        assert!(matches!(slots.try_acquire(a), Err(AppError::ClientBusy { .. })), "three at most");
        held.push(slots.try_acquire(client("198.51.100.2")).unwrap());
        // A quarter of the slots are taken: from now on one per client.
        assert!(matches!(slots.try_acquire(client("198.51.100.2")), Err(AppError::ClientBusy { .. })));
        for n in 3..=14 {
            held.push(slots.try_acquire(client(&format!("198.51.100.{n}"))).unwrap());
        }
        assert!(matches!(slots.try_acquire(client("198.51.100.99")), Err(AppError::Busy { .. })), "all taken");
        held.truncate(3);
        assert_eq!(slots.in_use(), 3);
        // An IPv6 /48 holds a quarter at most, whatever its /64s.
        let v6: Vec<ProbeSlot> =
            (1..=4).map(|n| slots.try_acquire(client(&format!("2001:db8:5:{n}::1"))).unwrap()).collect();
        assert!(matches!(slots.try_acquire(client("2001:db8:5:5::1")), Err(AppError::ClientBusy { .. })));
        assert!(slots.try_acquire(client("2001:db8:6::1")).is_ok(), "another /48 is not affected");
        drop(v6);
        drop(held);
        assert_eq!(slots.in_use(), 0);
    }

    #[test]
    fn the_policy_allows_the_inline_module_loader_by_hash_and_the_frame_ancestors() {
        let dir = std::env::temp_dir().join(format!("mailsetup-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<head><script type=\"module\">import init from './a.js'; init();</script><script src=\"x.js\"></script></head>",
        )
        .unwrap();
        let limits = HttpLimits {
            allow_origins: vec![HeaderValue::from_static("https://help.example.com")],
            allow_frame_ancestors: vec![HeaderValue::from_static("https://portal.example.org")],
            ..HttpLimits::DEFAULT
        };
        let policy = content_security_policy(Some(&dir), &limits);
        let policy = policy.to_str().unwrap();
        // echo -n "import init from './a.js'; init();" | openssl dgst -sha256 -binary | base64
        let hash = "ps+ktJgR++QhyL/sHc/rAbG5wmNlte1lv6ZkVX7YiSE=";
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';")), "{policy}");
        assert!(policy.ends_with("frame-ancestors 'self' https://help.example.com https://portal.example.org"));
        let _ = std::fs::remove_dir_all(&dir);
        let bare = content_security_policy(None, &HttpLimits::DEFAULT);
        assert!(bare.to_str().unwrap().contains("script-src 'self' 'wasm-unsafe-eval';"));
    }
}
