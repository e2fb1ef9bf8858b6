//! `probe-proxy serve`: builds the application from its settings and runs it until SIGTERM
//! or Ctrl-C, then shuts down gracefully.

use std::net::SocketAddr;
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
            probes_per_minute: args.probes_per_minute,
            probe_burst: args.probe_burst,
            trust_forwarded_for: args.trust_forwarded_for,
            ..HttpLimits::default()
        },
        discover,
        cache: ProbeCache::new(Duration::from_secs(args.cache_seconds)),
        probe_slots: Arc::new(tokio::sync::Semaphore::new(args.max_concurrent_probes.max(1))),
        shutdown,
    }))
}

/// Runs the server until a shutdown signal.
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
    let signal = shutdown.clone();
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            wait_for_signal().await;
            tracing::info!("shutting down");
            signal.cancel();
        })
        .await?;
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
