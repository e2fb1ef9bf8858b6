//! The limits the HTTP layer and the routes apply, as plain tables that know nothing of
//! the application state: who the client is ([`Client`]: the peer, or the trusted
//! X-Forwarded-For entry; its bucket, network and site), the per-client rate
//! ([`ClientRate`]), the per-target limits ([`TargetLimits`], keyed by the address and port
//! really connected to) and the fair share of probe slots ([`ProbeSlots`]), with
//! [`HttpLimits`], the defaults the command line shows. The memory store and the layers of
//! [`crate::middleware`] use them.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::HeaderValue;
use tokio::time::Instant;

use crate::error::AppError;
use crate::probe::Pressure;

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
    /// How long a request may wait for a probe slot when all are taken, before 503
    /// `busy`. Default: [`QUEUE_WAIT`].
    pub queue_wait: Duration,
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
        queue_wait: QUEUE_WAIT,
    };
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits::DEFAULT
    }
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

    /// The site a client belongs to, for the per-target limits: an IPv4 /24, an IPv6 /48
    /// (a handful of addresses of one network are one client there, so a few dozen
    /// probes cannot lock a mail server for everyone else).
    pub fn site(self) -> IpAddr {
        match self.bucket() {
            IpAddr::V4(v4) => IpAddr::V4(std::net::Ipv4Addr::from(u32::from(v4) & 0xffff_ff00)),
            v6 => prefix(v6, 48),
        }
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
    /// Per target, when it was charged and to which client site ([`Client::site`]), oldest
    /// first; and when the table was last swept of expired entries.
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
        let bucket = client.site();
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
///
/// When every slot is taken a request waits (up to [`QUEUE_WAIT`], one waiting request
/// per client, [`MAX_WAITING`] in all) instead of being refused, and a freed slot goes
/// to the waiting client that was given one least recently (round-robin, a newcomer
/// first), so a hundred flooding addresses cannot keep anyone else out. While requests
/// wait the proxy is *under pressure* ([`ProbeSlots::pressure`]): probes stuck before a
/// server's greeting are then cut short, so slots turn over quickly.
#[derive(Debug)]
pub struct ProbeSlots {
    total: usize,
    per_client: usize,
    held: Mutex<SlotTable>,
    pressure: Pressure,
}

/// How long a request may wait for a slot by default before it is refused (503 `busy`).
pub const QUEUE_WAIT: Duration = Duration::from_secs(25);

/// Requests waiting for a slot at most; more are refused at once.
pub const MAX_WAITING: usize = 512;

#[derive(Debug, Default)]
struct SlotTable {
    in_use: usize,
    by_client: Tally,
    by_network: Tally,
    /// Requests waiting for a slot, in arrival order.
    waiting: VecDeque<Waiter>,
    /// When each client bucket was last given a slot (forgotten once it holds none and
    /// waits for none).
    last_granted: HashMap<IpAddr, (Instant, u64)>,
    grants: u64,
}

#[derive(Debug)]
struct Waiter {
    client: Client,
    wake: tokio::sync::oneshot::Sender<()>,
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

impl SlotTable {
    /// Whether `client` may take a slot now (one is free and it is within its shares).
    fn admits(&self, client: Client, total: usize, per_client: usize) -> Result<(), AppError> {
        if self.in_use >= total {
            return Err(AppError::Busy { retry_after: 5 });
        }
        let share = if self.in_use * 4 >= total { 1 } else { per_client };
        let mine = self.by_client.of(client.bucket());
        let network = self.by_network.of(client.network());
        if mine >= share || (client.0.is_ipv6() && network >= (total / 4).max(1)) {
            return Err(AppError::ClientBusy { retry_after: 5 });
        }
        Ok(())
    }

    fn take(&mut self, client: Client) {
        self.in_use += 1;
        self.by_client.add(client.bucket());
        self.by_network.add(client.network());
        self.grants += 1;
        self.last_granted.insert(client.bucket(), (Instant::now(), self.grants));
    }

    /// Hands free slots to waiting requests: each time to the one whose client was given a
    /// slot least recently (never: first), among those its shares admit.
    fn hand_out(&mut self, total: usize, per_client: usize) {
        self.waiting.retain(|w| !w.wake.is_closed());
        while self.in_use < total {
            let next = self
                .waiting
                .iter()
                .enumerate()
                .filter(|(_, w)| self.admits(w.client, total, per_client).is_ok())
                .min_by_key(|(i, w)| (self.last_granted.get(&w.client.bucket()).map(|(_, n)| *n), *i))
                .map(|(i, _)| i);
            let Some(waiter) = next.and_then(|i| self.waiting.remove(i)) else { break };
            self.take(waiter.client);
            if waiter.wake.send(()).is_err() {
                // It left just now: give the slot back and go on.
                self.give_back(waiter.client);
            }
        }
        // Forget the turns of clients that hold nothing and wait for nothing.
        if self.last_granted.len() > 4 * MAX_WAITING {
            let (held, waiting) = (&self.by_client, &self.waiting);
            self.last_granted
                .retain(|bucket, _| held.of(*bucket) > 0 || waiting.iter().any(|w| w.client.bucket() == *bucket));
        }
    }

    fn give_back(&mut self, client: Client) {
        self.in_use -= 1;
        self.by_client.remove(client.bucket());
        self.by_network.remove(client.network());
    }
}

impl ProbeSlots {
    pub fn new(limits: &HttpLimits) -> Arc<ProbeSlots> {
        Arc::new(ProbeSlots {
            total: limits.max_concurrent_probes.max(1),
            per_client: limits.max_probes_per_client.max(1),
            held: Mutex::new(SlotTable::default()),
            pressure: Pressure::default(),
        })
    }

    /// A slot for `client`, waiting for one (fairly, see [`ProbeSlots`]) when every slot is
    /// taken: 429 when the client has its share or already waits, 503 when the queue is
    /// full or no slot came within `wait`.
    pub async fn acquire(self: &Arc<ProbeSlots>, client: Client, wait: Duration) -> Result<ProbeSlot, AppError> {
        let woken = {
            let mut table = self.held.lock().unwrap_or_else(|p| p.into_inner());
            match table.admits(client, self.total, self.per_client) {
                // Nobody waits ahead of it: take the slot.
                Ok(()) if table.waiting.is_empty() => {
                    table.take(client);
                    return Ok(ProbeSlot { slots: self.clone(), client });
                }
                Err(refusal @ AppError::ClientBusy { .. }) => return Err(refusal),
                _ => {}
            }
            table.waiting.retain(|w| !w.wake.is_closed());
            if table.waiting.len() >= MAX_WAITING {
                return Err(AppError::Busy { retry_after: 5 });
            }
            if table.waiting.iter().any(|w| w.client.bucket() == client.bucket()) {
                return Err(AppError::ClientBusy { retry_after: 5 });
            }
            let (wake, woken) = tokio::sync::oneshot::channel();
            table.waiting.push_back(Waiter { client, wake });
            self.pressure.set(true);
            table.hand_out(self.total, self.per_client);
            woken
        };
        let mut woken = woken;
        let outcome = tokio::time::timeout(wait, &mut woken).await;
        let mut table = self.held.lock().unwrap_or_else(|p| p.into_inner());
        // Under the lock no slot can be handed to it any more: a wake that came just as
        // the wait ran out still counts (the slot was taken for it when it was sent).
        woken.close();
        let granted = matches!(outcome, Ok(Ok(()))) || woken.try_recv().is_ok();
        table.waiting.retain(|w| !w.wake.is_closed());
        self.pressure.set(!table.waiting.is_empty());
        if granted { Ok(ProbeSlot { slots: self.clone(), client }) } else { Err(AppError::Busy { retry_after: 5 }) }
    }

    /// Slots in use.
    pub fn in_use(&self) -> usize {
        self.held.lock().unwrap_or_else(|p| p.into_inner()).in_use
    }

    /// Whether requests wait for slots (probes then cut short what hangs).
    pub fn pressure(&self) -> Pressure {
        self.pressure.clone()
    }
}

impl Drop for ProbeSlot {
    fn drop(&mut self) {
        let mut table = self.slots.held.lock().unwrap_or_else(|p| p.into_inner());
        table.give_back(self.client);
        table.hand_out(self.slots.total, self.slots.per_client);
        self.slots.pressure.set(!table.waiting.is_empty());
    }
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
        // Three sites (the per-client limit is per /24).
        let (a, b, c) = (client("198.51.100.1"), client("198.51.101.2"), client("198.51.102.3"));
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

    #[tokio::test(start_paused = true)]
    async fn a_few_addresses_of_one_network_cannot_lock_a_target() {
        let limits = TargetLimits::new(&HttpLimits::DEFAULT);
        let smtp: SocketAddr = "192.0.2.1:465".parse().unwrap();
        let passed = (1..=11).filter(|n| limits.charge(client(&format!("198.51.100.{n}")), &[smtp]).is_ok()).count();
        assert_eq!(passed, 3, "eleven addresses of one /24 are one site");
        assert!(limits.charge(client("203.0.113.7"), &[smtp]).is_ok(), "the server is open to everyone else");
        let v6 = (1..=11).filter(|n| limits.charge(client(&format!("2001:db8:7:{n}::1")), &[smtp]).is_ok()).count();
        assert_eq!(v6, 3, "one IPv6 /48");
    }

    #[tokio::test(start_paused = true)]
    async fn a_waiting_newcomer_gets_the_next_free_slot() {
        let slots = ProbeSlots::new(&HttpLimits { max_concurrent_probes: 2, ..HttpLimits::DEFAULT });
        let first = slots.acquire(client("198.51.100.1"), QUEUE_WAIT).await.unwrap();
        let _second = slots.acquire(client("198.51.100.2"), QUEUE_WAIT).await.unwrap();
        assert!(!slots.pressure().is_on());
        // A client that already had a slot waits, then a newcomer: the newcomer goes first.
        let again = tokio::spawn({
            let slots = slots.clone();
            async move { slots.acquire(client("198.51.100.1"), QUEUE_WAIT).await.map(drop) }
        });
        tokio::task::yield_now().await;
        let newcomer = tokio::spawn({
            let slots = slots.clone();
            async move { slots.acquire(client("203.0.113.9"), QUEUE_WAIT).await }
        });
        tokio::task::yield_now().await;
        assert!(slots.pressure().is_on(), "requests wait");
        assert!(
            matches!(slots.acquire(client("203.0.113.9"), QUEUE_WAIT).await, Err(AppError::ClientBusy { .. })),
            "one wait per client"
        );
        drop(first);
        let newcomer = newcomer.await.unwrap().expect("the newcomer was given the freed slot");
        assert!(!again.is_finished(), "the client that had one still waits");
        drop(newcomer);
        assert!(again.await.unwrap().is_ok());
        // Nobody waits for ever: 503 after the wait.
        let _a = slots.acquire(client("198.51.100.3"), QUEUE_WAIT).await.unwrap();
        let late = slots.acquire(client("198.51.100.5"), Duration::from_secs(1)).await;
        assert!(matches!(late, Err(AppError::Busy { .. })), "{late:?}");
        assert_eq!(slots.in_use(), 2, "no slot was lost to the waits");
    }

    /// A slot now or never: what a request gets when it may not wait.
    async fn now(slots: &Arc<ProbeSlots>, client: Client) -> Result<ProbeSlot, AppError> {
        slots.acquire(client, Duration::ZERO).await
    }

    #[tokio::test]
    async fn slots_are_shared_fairly() {
        let slots =
            ProbeSlots::new(&HttpLimits { max_concurrent_probes: 16, max_probes_per_client: 3, ..HttpLimits::DEFAULT });
        let a = client("198.51.100.1");
        let mut held = Vec::new();
        for _ in 0..3 {
            held.push(now(&slots, a).await.unwrap());
        }
        assert!(matches!(now(&slots, a).await, Err(AppError::ClientBusy { .. })), "three at most");
        held.push(now(&slots, client("198.51.100.2")).await.unwrap());
        // A quarter of the slots are taken: from now on one per client.
        assert!(matches!(now(&slots, client("198.51.100.2")).await, Err(AppError::ClientBusy { .. })));
        for n in 3..=14 {
            held.push(now(&slots, client(&format!("198.51.100.{n}"))).await.unwrap());
        }
        assert!(matches!(now(&slots, client("198.51.100.99")).await, Err(AppError::Busy { .. })), "all taken");
        held.truncate(3);
        assert_eq!(slots.in_use(), 3);
        // An IPv6 /48 holds a quarter at most, whatever its /64s.
        let mut v6 = Vec::new();
        for n in 1..=4 {
            v6.push(now(&slots, client(&format!("2001:db8:5:{n}::1"))).await.unwrap());
        }
        assert!(matches!(now(&slots, client("2001:db8:5:5::1")).await, Err(AppError::ClientBusy { .. })));
        assert!(now(&slots, client("2001:db8:6::1")).await.is_ok(), "another /48 is not affected");
        drop(v6);
        drop(held);
        assert_eq!(slots.in_use(), 0);
    }
}
