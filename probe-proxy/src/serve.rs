//! `probe-proxy serve`: builds the application from its settings and runs it until SIGTERM
//! or Ctrl-C, then shuts down gracefully.
//!
//! The accept loop is hyper-util's, not `axum::serve`, to get what a public service needs:
//! every connection has deadlines (its first request's headers, idle time with no request
//! in flight, in HTTP/1 and HTTP/2 alike, and each write), one client address may hold only
//! so many connections, and when the server is full an idle connection of the client
//! holding the most makes room, so silent or half-open connections cannot lock others out.
//!
//! HTTP/2 cannot pin a connection either: a response the peer's flow control keeps from
//! being sent (a window of zero, say) makes no progress, and a connection whose requests
//! have all made none for a while counts as idle, for eviction at once and for closing
//! after the write deadline; streams per connection and the buffers behind them are
//! capped. Beside the per-address cap, IPv6 clients are capped per /56 and /48 and IPv4
//! per /24, so a routed prefix cannot take every connection.
//!
//! With `--metrics-listen`, `/metrics` (and `/api/health` beside it) is served on a second
//! listener of its own, through the same accept loop with its own smaller caps, on a
//! thread and runtime of its own (it is meant for the operator's Prometheus and health
//! checks on loopback; another address needs `--metrics-allow-remote`); `/metrics` never
//! on the public one.

use std::collections::HashMap;
use std::convert::Infallible;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use anyhow::Context;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::{Bytes, Frame, SizeHint};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::watch;
use tokio::time::{Instant, Sleep};
use tokio_util::sync::CancellationToken;

use crate::app::{AppState, app, metrics_app};
use crate::config::{ConnectionLimits, ServeArgs};
use crate::dns::{Dns, StaticDns, SystemDns};
use crate::limits::Tally;
use crate::metrics::Metrics;

/// The resolver the settings ask for: the system's (none with `--no-dns`), with
/// `--resolve` overrides in front.
pub fn dns_for(args: &crate::config::ProbeArgs) -> anyhow::Result<Arc<dyn Dns>> {
    let fallback: Option<Arc<dyn Dns>> =
        if args.no_dns { None } else { Some(Arc::new(SystemDns::new().context("setting up DNS")?)) };
    match fallback {
        Some(system) if args.resolve.is_empty() => Ok(system),
        fallback => Ok(Arc::new(
            args.resolve
                .iter()
                .fold(StaticDns { fallback, ..StaticDns::default() }, |dns, (name, ip)| dns.with_address(name, *ip)),
        )),
    }
}

/// Builds the state from the command line.
pub fn state_from_args(args: &ServeArgs, shutdown: CancellationToken) -> anyhow::Result<AppState> {
    Ok(AppState::new(args.probe.settings()?, args.probe.policy(), dns_for(&args.probe)?, args.options(shutdown)?))
}

/// How long a response may make no progress (the peer's flow control, or a client that
/// stops reading) before its connection counts as idle for eviction.
const STALLED_AFTER: Duration = Duration::from_secs(2);

/// An HTTP/1 connection's read buffer, and so the largest request head it accepts (hyper's
/// minimum; larger heads are refused with the connection closed).
const HTTP1_READ_BUFFER: usize = 8 * 1024;

/// Streams one HTTP/2 connection may have open at once.
const MAX_STREAMS: u32 = 16;

/// What one HTTP/2 stream may buffer of a response its peer does not take.
const MAX_SEND_BUFFER: usize = 32 * 1024;

/// The wider networks a client address belongs to, for the per-network caps (twice and
/// four times the per-client cap): an IPv6 /56 and /48; for IPv4 the address itself (the
/// per-client cap is the smaller) and its /24.
fn network_keys(client: IpAddr) -> [IpAddr; 2] {
    match crate::limits::Client(client).bucket() {
        IpAddr::V4(v4) => [IpAddr::V4(v4), IpAddr::V4(std::net::Ipv4Addr::from(u32::from(v4) & 0xffff_ff00))],
        IpAddr::V6(v6) => {
            let cut = |bits: u32| IpAddr::V6(std::net::Ipv6Addr::from(u128::from(v6) & (u128::MAX << (128 - bits))));
            [cut(56), cut(48)]
        }
    }
}

/// Connections the kernel may hold for `accept` (it caps this at `net.core.somaxconn`).
/// tokio's default of 1,024 drops connection attempts in a burst, and each dropped one
/// waits a second or more for its retry.
const LISTEN_BACKLOG: u32 = 8192;

/// A listening socket on `address` with [`LISTEN_BACKLOG`] (the test harness's servers
/// listen the same way).
pub fn listen(address: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

/// How long shutdown waits for open connections after telling them to close.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Runs the server until a shutdown signal.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    // The signal handlers are installed before the server says it listens: a SIGTERM that
    // comes right after must shut it down gracefully, not kill it (it did, under load).
    let stop = shutdown_signal();
    serve(args, stop, |bound| {
        let page = if bound.page { "page and API" } else { "API" };
        let scheme = if bound.tls { "https" } else { "http" };
        println!("mailsetup probe-proxy: serving the {page} at {scheme}://{}/", bound.public);
        if let Some(metrics) = bound.metrics {
            println!("mailsetup probe-proxy: metrics at http://{metrics}/metrics");
        }
    })
    .await
}

/// Where a started server listens.
#[derive(Debug, Clone, Copy)]
pub struct Bound {
    /// The public listener: the page and the API.
    pub public: std::net::SocketAddr,
    /// The metrics listener, if `--metrics-listen` asked for one.
    pub metrics: Option<std::net::SocketAddr>,
    /// Whether the page is served (else the API alone).
    pub page: bool,
    /// Whether the public listener speaks HTTPS (`--tls-cert`).
    pub tls: bool,
}

/// Runs the server until `stop` resolves, calling `ready` once it listens (tests run it
/// in-process this way, with listeners on port 0).
pub async fn serve(
    args: ServeArgs,
    stop: impl std::future::Future<Output = ()>,
    ready: impl FnOnce(&Bound),
) -> anyhow::Result<()> {
    let shutdown = CancellationToken::new();
    let state = state_from_args(&args, shutdown.clone())?;
    if state.policy.allow_private {
        tracing::warn!("private targets are allowed: do not expose this proxy publicly");
    }
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(tls_acceptor(cert, key)?),
        _ => None,
    };
    let served: Vec<&str> = state.options.autoconfig.domains().collect();
    if !served.is_empty() {
        tracing::info!(domains = %served.join(", "), "serving autoconfig");
    }
    let listener = listen(args.listen).with_context(|| format!("cannot listen on {}", args.listen))?;
    let local = listener.local_addr()?;
    if let Some(redis) = &state.options.redis {
        tracing::info!(redis = redis.shown(), "limits and cached results are shared through Redis");
    }
    let metrics_address = match args.metrics_listen {
        Some(address) => {
            Some(serve_metrics(address, args.metrics_allow_remote, local, state.clone(), shutdown.clone()).await?)
        }
        None => None,
    };
    ready(&Bound { public: local, metrics: metrics_address, page: state.options.dist.is_some(), tls: tls.is_some() });

    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let metrics = state.metrics.clone();
    let listening = Listening { limits: args.connection_limits(), tls, metrics: metrics.clone() };
    listening.accept(listener, app(state), &graceful, stop).await;
    tracing::info!("shutting down");
    shutdown.cancel(); // ends open event streams
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("some connections were still open after {} s", SHUTDOWN_GRACE.as_secs());
    }
    Ok(())
}

/// One listener's connection handling: its limits, its TLS, and what it counts.
struct Listening {
    limits: ConnectionLimits,
    tls: Option<tokio_rustls::TlsAcceptor>,
    metrics: Arc<Metrics>,
}

impl Listening {
    /// Serves `router` on `listener` until `stop` resolves: every connection admitted by
    /// the table (per client and network, evicting an idle or stalled one when full),
    /// under its deadlines, and known to `graceful` for shutdown.
    async fn accept(
        self,
        listener: tokio::net::TcpListener,
        router: axum::Router,
        graceful: &hyper_util::server::graceful::GracefulShutdown,
        stop: impl std::future::Future<Output = ()>,
    ) {
        let limits = self.limits;
        let table = Arc::new(ConnectionTable::new(limits, self.metrics));
        // HTTP/1 and HTTP/2 each with a builder of its own, rather than hyper-util's
        // automatic choice: its connection holds room for either protocol (1.6 KB, against
        // 0.7 KB for HTTP/1's alone), for every connection and the whole of its streams.
        let mut http1 = hyper::server::conn::http1::Builder::new();
        http1
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(limits.header_read)
            // hyper's smallest read buffer, and the largest request head it then reads
            // (as nginx's default): left alone, the first read of a small request grows
            // the buffer to 16 KB, kept for the whole of a long probe's stream.
            .max_buf_size(HTTP1_READ_BUFFER);
        let mut http2 = hyper::server::conn::http2::Builder::new(hyper_util::rt::TokioExecutor::new());
        http2
            .timer(hyper_util::rt::TokioTimer::new())
            .keep_alive_interval(Some(limits.idle))
            .keep_alive_timeout(limits.write)
            .max_concurrent_streams(MAX_STREAMS)
            .max_send_buf_size(MAX_SEND_BUFFER)
            // What a peer may send before we read it: requests are small.
            .initial_stream_window_size(64 * 1024)
            .initial_connection_window_size(256 * 1024)
            .max_header_list_size(16 * 1024);
        tokio::pin!(stop);
        loop {
            let (stream, peer) = tokio::select! {
                () = &mut stop => break,
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors and the like: wait a moment rather than spin.
                        tracing::warn!(%error, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                },
            };
            let (activity, watcher) = watch::channel(Activity::new());
            let Some(admitted) = table.admit(peer.ip(), watcher.clone()) else {
                tracing::debug!(%peer, "connection refused: its client or network holds its share, or every connection is busy");
                continue; // dropping the stream closes it
            };
            let _ = stream.set_nodelay(true);
            let activity = Arc::new(activity);
            let router = router.clone();
            let service = tower::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let in_flight = InFlight::begin(activity.clone());
                let router = router.clone();
                // Boxed: hyper keeps the room for a request's future for as long as the
                // connection lives (a whole event stream); the box is freed once the
                // response has started.
                Box::pin(async move {
                    let mut request = request.map(Body::new);
                    request.extensions_mut().insert(ConnectInfo(peer));
                    let response = tower::ServiceExt::oneshot(router, request).await?;
                    // The request counts as in flight until its body (an event stream, say)
                    // ends; its progress is watched from now on.
                    in_flight.progressed();
                    Ok::<_, Infallible>(response.map(|body| Body::new(TrackedBody { body, in_flight })))
                })
            });
            let service = hyper_util::service::TowerToHyperService::new(service);
            let (http1, http2, graceful_watch, tls) =
                (http1.clone(), http2.clone(), graceful.watcher(), self.tls.clone());
            // The TLS handshake runs inside the connection's task, under its deadlines: one
            // that never finishes is cut off by the first request's header deadline, as is
            // a client that starts HTTP/2's preface and stalls.
            let connection = async move {
                // TLS says the protocol by ALPN; a plain connection by its first bytes.
                let (stream, h2): (Box<dyn ClientStream>, bool) = match tls {
                    None => {
                        let h2 = opens_with_h2_preface(&stream).await;
                        (Box::new(stream), h2)
                    }
                    Some(acceptor) => {
                        // Boxed, so a plain connection's task holds no room for it.
                        let stream = Box::pin(acceptor.accept(stream)).await?;
                        let h2 = stream.get_ref().1.alpn_protocol() == Some(b"h2");
                        (Box::new(stream), h2)
                    }
                };
                let io = hyper_util::rt::TokioIo::new(WriteDeadline::new(stream, limits.write));
                // Each protocol's connection in a box of its own size.
                let served: Pin<Box<dyn std::future::Future<Output = hyper::Result<()>> + Send>> = if h2 {
                    Box::pin(graceful_watch.watch(http2.serve_connection(io, service)))
                } else {
                    Box::pin(graceful_watch.watch(http1.serve_connection(io, service)))
                };
                served.await.map_err(Box::<dyn std::error::Error + Send + Sync>::from)
            };
            // Boxed: moved from the task's captures into `select!`, the connection would be
            // held twice in the task's future.
            let connection = Box::pin(connection);
            tokio::spawn(async move {
                tokio::select! {
                    result = connection => if let Err(error) = result {
                        tracing::debug!(%error, %peer, "connection ended with an error");
                    },
                    () = idle_expired(watcher, limits) => tracing::debug!(%peer, "idle or stalled connection closed"),
                    () = admitted.evict.cancelled() => tracing::debug!(%peer, "idle connection closed to make room"),
                }
                drop(admitted);
            });
        }
    }
}

/// Whether a plain connection opens with HTTP/2's preface (h2c with prior knowledge),
/// looked at without taking the bytes, which hyper reads next.
async fn opens_with_h2_preface(stream: &tokio::net::TcpStream) -> bool {
    const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
    let mut seen = [0u8; PREFACE.len()];
    loop {
        let Ok(n) = stream.peek(&mut seen).await else { return false };
        if n == 0 || seen[..n] != PREFACE[..n] {
            return false;
        }
        if n == PREFACE.len() {
            return true;
        }
        // A part of it so far; a peek does not wait for more bytes, so wait a moment.
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A client connection, plain TCP or TLS over it.
trait ClientStream: AsyncRead + AsyncWrite + Send + Unpin {}

impl<S: AsyncRead + AsyncWrite + Send + Unpin> ClientStream for S {}

/// The TLS side of `--tls-cert` and `--tls-key` (HTTP/2 and HTTP/1.1 offered by ALPN).
fn tls_acceptor(cert: &Path, key: &Path) -> anyhow::Result<tokio_rustls::TlsAcceptor> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs = CertificateDer::pem_file_iter(cert)
        .and_then(Iterator::collect::<Result<Vec<_>, _>>)
        .map_err(|e| anyhow::anyhow!("cannot read the certificate file {}: {e}", cert.display()))?;
    anyhow::ensure!(!certs.is_empty(), "the certificate file {} holds no certificate", cert.display());
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| anyhow::anyhow!("cannot read the key file {}: {e}", key.display()))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .context("the TLS certificate and key do not belong together")?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Binds `address` and serves `/metrics` there until `shutdown`, with the public
/// listener's connection handling and [`ConnectionLimits::METRICS`]; returns where it
/// listens. Refuses the public listener's own address, and an address that is not loopback
/// unless `allow_remote` says the operator means it.
async fn serve_metrics(
    address: std::net::SocketAddr,
    allow_remote: bool,
    public: std::net::SocketAddr,
    state: AppState,
    shutdown: CancellationToken,
) -> anyhow::Result<std::net::SocketAddr> {
    anyhow::ensure!(
        address != public,
        "--metrics-listen {address} is the public listener's address: give /metrics its own (e.g. 127.0.0.1:9464)"
    );
    anyhow::ensure!(
        address.ip().is_loopback() || allow_remote,
        "--metrics-listen {address} is not a loopback address: /metrics is for the operator; \
         add --metrics-allow-remote if it is on a private network that only your Prometheus reaches"
    );
    let listener = listen(address).with_context(|| format!("cannot listen on {address} for /metrics"))?;
    let local = listener.local_addr()?;
    if !local.ip().is_loopback() {
        tracing::warn!(%local, "/metrics listens on an address that is not loopback: keep it on a private network");
    }
    let listening = Listening { limits: ConnectionLimits::METRICS, tls: None, metrics: state.metrics.clone() };
    let router = metrics_app(state);
    // On a thread and runtime of its own: a scrape or a health check is answered at once,
    // not queued behind the public listener's burst of new connections and their work.
    let listener = listener.into_std()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    std::thread::Builder::new().name("operator-listener".to_owned()).spawn(move || {
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(listener) => listener,
                Err(error) => return tracing::error!(%error, "the operator's listener could not start"),
            };
            let graceful = hyper_util::server::graceful::GracefulShutdown::new();
            listening.accept(listener, router, &graceful, shutdown.cancelled_owned()).await;
            let _ = tokio::time::timeout(Duration::from_secs(1), graceful.shutdown()).await;
        });
    })?;
    Ok(local)
}

/// What a connection is doing: requests in flight, since when it has had none, and
/// whether its responses make progress.
#[derive(Debug, Clone, Copy)]
struct Activity {
    active: usize,
    idle_since: Instant,
    /// Whether a request has been answered (then the idle limit applies, before it the
    /// header deadline).
    served: bool,
    /// Response bodies waiting for this server (an event stream between events): the
    /// connection is busy on our side, not stalled.
    waiting_on_us: usize,
    /// When a response body last gave a frame (or a response started): a connection whose
    /// bodies all wait on the peer (HTTP/2 flow control, a client not reading) has made no
    /// progress since.
    progressed: Instant,
}

impl Activity {
    fn new() -> Activity {
        let now = Instant::now();
        Activity { active: 0, idle_since: now, served: false, waiting_on_us: 0, progressed: now }
    }

    /// Since when the connection has made no progress for its peer, if it has requests in
    /// flight and none of them waits on us.
    fn stalled_since(&self) -> Option<Instant> {
        (self.active > 0 && self.waiting_on_us == 0).then_some(self.progressed)
    }

    /// Whether the connection may be closed to make room: no request in flight, or none
    /// that has made progress for [`STALLED_AFTER`].
    fn evictable(&self, now: Instant) -> bool {
        self.active == 0 || self.stalled_since().is_some_and(|since| now.duration_since(since) >= STALLED_AFTER)
    }
}

/// A request in flight on a connection; dropped when its response body is done.
#[derive(Debug)]
struct InFlight {
    activity: Arc<watch::Sender<Activity>>,
    /// Whether its body's last poll found nothing to send yet (it waits on us).
    waiting: bool,
}

impl InFlight {
    fn begin(activity: Arc<watch::Sender<Activity>>) -> InFlight {
        activity.send_modify(|a| a.active += 1);
        InFlight { activity, waiting: false }
    }

    /// The response moved on: no one is woken for it (the watcher checks on its own).
    fn progressed(&self) {
        self.activity.send_if_modified(|a| {
            a.progressed = Instant::now();
            false
        });
    }

    /// Records whether the body now waits on us, after a poll that gave a frame or not.
    fn polled(&mut self, ready: bool) {
        let waiting = !ready;
        let changed = waiting != self.waiting;
        self.waiting = waiting;
        self.activity.send_if_modified(|a| {
            if ready {
                a.progressed = Instant::now();
            }
            if changed {
                if waiting {
                    a.waiting_on_us += 1;
                } else {
                    a.waiting_on_us -= 1;
                    a.progressed = Instant::now();
                }
            }
            false
        });
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let waiting = self.waiting;
        self.activity.send_modify(|a| {
            a.active -= 1;
            a.served = true;
            if waiting {
                a.waiting_on_us -= 1;
            }
            if a.active == 0 {
                a.idle_since = Instant::now();
            }
        });
    }
}

/// A response body that keeps its request counted as in flight and reports its progress.
struct TrackedBody {
    body: Body,
    in_flight: InFlight,
}

impl hyper::body::Body for TrackedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.body).poll_frame(cx);
        this.in_flight.polled(polled.is_ready());
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// How often a connection with requests in flight is checked for a stall.
const STALL_CHECK: Duration = Duration::from_secs(1);

/// Resolves when the connection must close: no request in flight for too long (the header
/// deadline before its first request, the idle limit after), or requests in flight that
/// have made no progress for the write deadline (a response the peer never takes).
async fn idle_expired(mut activity: watch::Receiver<Activity>, limits: ConnectionLimits) {
    loop {
        let now = *activity.borrow_and_update();
        if now.active > 0 {
            if now.stalled_since().is_some_and(|since| since.elapsed() >= limits.write) {
                return;
            }
            tokio::select! {
                () = tokio::time::sleep(STALL_CHECK) => {}
                changed = activity.changed() => if changed.is_err() { return },
            }
            continue;
        }
        let limit = if now.served { limits.idle } else { limits.header_read };
        tokio::select! {
            () = tokio::time::sleep_until(now.idle_since + limit) => return,
            changed = activity.changed() => if changed.is_err() { return },
        }
    }
}

/// The open connections, per client and per network.
#[derive(Debug)]
struct ConnectionTable {
    limits: ConnectionLimits,
    open: Mutex<Connections>,
    /// Counts open and refused connections.
    metrics: Arc<Metrics>,
}

#[derive(Debug, Default)]
struct Connections {
    next_id: u64,
    by_id: HashMap<u64, OpenConnection>,
    per_client: Tally,
    /// Per wider network ([`network_keys`]): the /56 and /48 of IPv6, the /24 of IPv4.
    per_network: [Tally; 2],
}

#[derive(Debug)]
struct OpenConnection {
    client: IpAddr,
    activity: watch::Receiver<Activity>,
    evict: CancellationToken,
}

/// A connection's place in the table; dropping it frees the place.
#[derive(Debug)]
struct Admitted {
    table: Arc<ConnectionTable>,
    id: u64,
    client: IpAddr,
    /// Cancelled when the connection must close to make room.
    evict: CancellationToken,
}

impl ConnectionTable {
    fn new(limits: ConnectionLimits, metrics: Arc<Metrics>) -> ConnectionTable {
        ConnectionTable { limits, open: Mutex::new(Connections::default()), metrics }
    }

    /// A place for a new connection of `peer`, or `None` when its address or one of its
    /// networks holds as many as it may, or the server is full of busy connections. When
    /// full, the oldest idle or stalled connection of the client holding the most is
    /// closed to make room.
    fn admit(self: &Arc<Self>, peer: IpAddr, activity: watch::Receiver<Activity>) -> Option<Admitted> {
        let admitted = self.try_admit(peer, activity);
        match admitted {
            Some(_) => self.metrics.connection_opened(),
            None => self.metrics.connection_refused(),
        }
        admitted
    }

    fn try_admit(self: &Arc<Self>, peer: IpAddr, activity: watch::Receiver<Activity>) -> Option<Admitted> {
        let client = crate::limits::Client(peer).bucket();
        let networks = network_keys(client);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.per_client.of(client) >= self.limits.max_per_client {
            return None;
        }
        let per_network = self.limits.per_network();
        if (0..2).any(|i| open.per_network[i].of(networks[i]) >= per_network[i]) {
            return None;
        }
        let live = open.by_id.values().filter(|c| !c.evict.is_cancelled()).count();
        if live >= self.limits.max_connections {
            let now = Instant::now();
            let victim = open
                .by_id
                .iter()
                .filter(|(_, c)| !c.evict.is_cancelled() && c.activity.borrow().evictable(now))
                .max_by_key(|(id, c)| (open.per_client.of(c.client), std::cmp::Reverse(**id)))
                .map(|(_, c)| c.evict.clone())?;
            victim.cancel();
        }
        let id = open.next_id;
        open.next_id += 1;
        let evict = CancellationToken::new();
        open.by_id.insert(id, OpenConnection { client, activity, evict: evict.clone() });
        open.per_client.add(client);
        for (tally, network) in open.per_network.iter_mut().zip(networks) {
            tally.add(network);
        }
        Some(Admitted { table: self.clone(), id, client, evict })
    }
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let mut open = self.table.open.lock().unwrap_or_else(|p| p.into_inner());
        open.by_id.remove(&self.id);
        open.per_client.remove(self.client);
        for (tally, network) in open.per_network.iter_mut().zip(network_keys(self.client)) {
            tally.remove(network);
        }
        self.table.metrics.connection_closed();
    }
}

/// A stream whose writes fail when blocked longer than a limit (a client that stops
/// reading cannot hold a connection and its response forever).
struct WriteDeadline<S> {
    inner: S,
    limit: Duration,
    /// Started when a write first blocks; cleared when one goes through.
    blocked: Option<Pin<Box<Sleep>>>,
}

impl<S> WriteDeadline<S> {
    fn new(inner: S, limit: Duration) -> WriteDeadline<S> {
        WriteDeadline { inner, limit, blocked: None }
    }

    /// Passes a write's outcome on, failing it once it has been blocked too long.
    fn deadline<T>(&mut self, cx: &mut TaskContext<'_>, outcome: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        if outcome.is_ready() {
            self.blocked = None;
            return outcome;
        }
        let limit = self.limit;
        let timer = self.blocked.get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "the client stopped reading"))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for WriteDeadline<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut TaskContext<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for WriteDeadline<S> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut TaskContext<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let outcome = Pin::new(&mut this.inner).poll_write(cx, buf);
        this.deadline(cx, outcome)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let outcome = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        this.deadline(cx, outcome)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let outcome = Pin::new(&mut this.inner).poll_flush(cx);
        this.deadline(cx, outcome)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let outcome = Pin::new(&mut this.inner).poll_shutdown(cx);
        this.deadline(cx, outcome)
    }
}

/// Resolves on SIGTERM or Ctrl-C. The handlers are installed when this is called, not when
/// the future is first polled.
#[cfg(unix)]
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).ok();
    let mut interrupt = signal(SignalKind::interrupt()).ok();
    async move {
        let term = async {
            match terminate.as_mut() {
                Some(term) => {
                    term.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        let int = async {
            match interrupt.as_mut() {
                Some(int) => {
                    int.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            () = term => {}
            () = int => {}
        }
    }
}

/// Resolves on Ctrl-C.
#[cfg(not(unix))]
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(limits: ConnectionLimits) -> Arc<ConnectionTable> {
        Arc::new(ConnectionTable::new(limits, Arc::new(Metrics::new())))
    }

    fn admit(table: &Arc<ConnectionTable>, peer: &str) -> Option<Admitted> {
        let (_, watcher) = watch::channel(Activity::new());
        table.admit(peer.parse().unwrap(), watcher)
    }

    #[test]
    fn a_routed_prefix_cannot_take_every_connection() {
        let limits = ConnectionLimits { max_per_client: 4, max_connections: 1000, ..ConnectionLimits::DEFAULT };
        let table = table(limits);
        // 32 /64s of one /59: 4 each would be 128, but the /56 holds 8 and the /48 16.
        let mut held = Vec::new();
        for n in 0..32 {
            held.extend((0..4).filter_map(|_| admit(&table, &format!("2001:db8:0:{n:x}::1"))));
        }
        assert_eq!(held.len(), 8, "one /56");
        for n in 0..32 {
            held.extend((0..4).filter_map(|_| admit(&table, &format!("2001:db8:0:{:x}::1", 0x100 + n))));
        }
        assert_eq!(held.len(), 16, "the /48 is full after two /56s");
        assert!(admit(&table, "2001:db8:0:ff00::1").is_none());
        assert!(admit(&table, "2001:db8:1::1").is_some(), "another /48");
        // IPv4: an address its share, a /24 four times that.
        let mut v4: Vec<Admitted> = (1..=10)
            .flat_map(|n| (0..4).map(move |_| n))
            .filter_map(|n| admit(&table, &format!("198.51.100.{n}")))
            .collect();
        assert_eq!(v4.len(), 16, "the /24");
        assert!(admit(&table, "198.51.101.1").is_some(), "another /24");
        v4.clear();
        assert!(admit(&table, "198.51.100.1").is_some(), "room again once they close");
    }

    #[tokio::test(start_paused = true)]
    async fn a_connection_whose_responses_make_no_progress_can_be_evicted() {
        let limits = ConnectionLimits { max_connections: 1, ..ConnectionLimits::DEFAULT };
        let table = table(limits);
        let (activity, watcher) = watch::channel(Activity::new());
        let held = table.admit("198.51.100.1".parse().unwrap(), watcher).unwrap();
        let activity = Arc::new(activity);
        let mut in_flight = InFlight::begin(activity.clone());
        in_flight.polled(true); // a frame the peer's flow control then never takes
        assert!(admit(&table, "203.0.113.1").is_none(), "busy: not evicted at once");
        tokio::time::advance(STALLED_AFTER).await;
        let newcomer = admit(&table, "203.0.113.1");
        assert!(newcomer.is_some() && held.evict.is_cancelled(), "stalled: made room");
        // A body waiting on us (an event stream between events) is busy, not stalled.
        let (activity, _watcher) = watch::channel(Activity::new());
        let mut streaming = InFlight::begin(Arc::new(activity));
        streaming.polled(false);
        tokio::time::advance(STALLED_AFTER * 10).await;
        let now = *streaming.activity.borrow();
        assert!(!now.evictable(Instant::now()));
        drop(in_flight);
    }
}
