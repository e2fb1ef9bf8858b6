//! `probe-proxy serve`: builds the application from its settings and runs it until SIGTERM
//! or Ctrl-C, then shuts down gracefully.

use std::sync::Arc;

use anyhow::Context;
use axum::http::HeaderValue;
use mailsetup_shared::wire::ProxyInfo;
use tokio_util::sync::CancellationToken;

use std::time::Duration;

use crate::app::{AppInner, AppState, app};
use crate::cache::ProbeCache;
use crate::config::ServeArgs;
use crate::discover::DiscoverSettings;
use crate::dns::{Dns, StaticDns, SystemDns};
use crate::middleware::HttpLimits;

/// The resolver the settings ask for: the system's, with `--resolve` overrides in front.
pub fn dns_for(overrides: &[(String, std::net::IpAddr)]) -> anyhow::Result<Arc<dyn Dns>> {
    let system: Arc<dyn Dns> = Arc::new(SystemDns::new().context("setting up DNS")?);
    if overrides.is_empty() {
        return Ok(system);
    }
    let fixed =
        overrides.iter().fold(StaticDns { fallback: Some(system), ..StaticDns::default() }, |dns, (name, ip)| {
            dns.with_address(name, *ip)
        });
    Ok(Arc::new(fixed))
}

/// Builds the state from the command line.
pub fn state_from_args(args: &ServeArgs, shutdown: CancellationToken) -> anyhow::Result<AppState> {
    let settings = args.probe.settings()?;
    let policy = args.probe.policy();
    let dist = args.dist.join("index.html").exists().then(|| args.dist.clone());
    if dist.is_none() {
        tracing::warn!(dir = %args.dist.display(), "no built page there (run `cargo xtask dist`); serving the API only");
    }
    let allow_origins = args
        .allow_origin
        .iter()
        .map(|o| HeaderValue::from_str(o.trim_end_matches('/')).with_context(|| format!("bad --allow-origin {o:?}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let info = ProxyInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        allowed_ports: policy.allowed_ports.clone(),
        allow_private_targets: policy.allow_private,
        probe_location: args.probe_location.clone(),
        runs_locally: args.listen.ip().is_loopback(),
        probes_per_minute: args.probes_per_minute,
        discover: true,
    };
    let discover = DiscoverSettings::new(settings.tls.verifying_config());
    Ok(AppState::new(AppInner {
        settings: Arc::new(settings),
        policy,
        dns: dns_for(&args.probe.resolve)?,
        info,
        dist,
        limits: HttpLimits {
            allow_origins,
            // A JSON probe answers only when every port is done.
            response_start: Duration::from_secs(args.probe.probe_timeout.max(1) + 15),
            probes_per_minute: args.probes_per_minute,
            probe_burst: args.probe_burst,
            trust_forwarded_for: args.trust_forwarded_for,
            ..HttpLimits::default()
        },
        discover,
        cache: ProbeCache::new(Duration::from_secs(args.cache_seconds)),
        probe_slots: Arc::new(tokio::sync::Semaphore::new(args.max_concurrent_probes.max(1))),
        target_limit: crate::app::target_limiter(args.target_probes_per_minute),
        shutdown,
    }))
}

/// How long shutdown waits for open connections after telling them to close.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Runs the server until a shutdown signal.
///
/// The accept loop is hyper-util's, not `axum::serve`, to get what a public service needs
/// that `axum::serve` does not offer: a deadline for request headers (slow clients cannot
/// hold connections open) and a cap on open connections.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let shutdown = CancellationToken::new();
    let state = state_from_args(&args, shutdown.clone())?;
    if state.policy.allow_private {
        tracing::warn!("private targets are allowed: do not expose this proxy publicly");
    }
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let local = listener.local_addr()?;
    let page = if state.dist.is_some() { "page and API" } else { "API" };
    println!("mailsetup probe-proxy: serving the {page} at http://{local}/");

    // Forget idle targets once a minute.
    let limiter = Arc::downgrade(&state.target_limit);
    crate::middleware::every_minute_while(move || limiter.upgrade().map(|l| l.retain_recent()).is_some());

    let router = app(state);
    let connections = Arc::new(tokio::sync::Semaphore::new(args.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = hyper_util::server::conn::auto::Builder::new(hyper_util::rt::TokioExecutor::new());
    builder
        .http1()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(Duration::from_secs(args.header_read_timeout.max(1)));
    let signal = wait_for_signal();
    tokio::pin!(signal);
    loop {
        let permit = tokio::select! {
            () = &mut signal => break,
            permit = connections.clone().acquire_owned() => permit?,
        };
        let (stream, peer) = tokio::select! {
            () = &mut signal => break,
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
        let _ = stream.set_nodelay(true);
        let service =
            tower::ServiceExt::map_request(router.clone(), move |request: hyper::Request<hyper::body::Incoming>| {
                let mut request = request.map(axum::body::Body::new);
                request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
                request
            });
        let service = hyper_util::service::TowerToHyperService::new(service);
        let connection = builder.serve_connection_with_upgrades(hyper_util::rt::TokioIo::new(stream), service);
        let connection = graceful.watch(connection.into_owned());
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection ended with an error");
            }
            drop(permit);
        });
    }
    tracing::info!("shutting down");
    shutdown.cancel(); // ends open event streams
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("some connections were still open after {} s", SHUTDOWN_GRACE.as_secs());
    }
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
