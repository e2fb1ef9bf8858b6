//! The proxy as the tests build it: fixed DNS answers, the test CA trusted, short timeouts.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use probe_proxy::app::{AppOptions, AppState};
use probe_proxy::dns::StaticDns;
use probe_proxy::guard::TargetPolicy;
use probe_proxy::limits::HttpLimits;
use probe_proxy::probe::ProbeSettings;
use probe_proxy::probe::tls::TlsSettings;

/// The `probe-proxy` binary next to the test binaries (`cargo test --workspace` builds it;
/// a targeted run needs `cargo build -p probe-proxy` first).
pub fn binary() -> std::path::PathBuf {
    let test = std::env::current_exe().expect("the test binary's path");
    let binary = test.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps").join("probe-proxy");
    assert!(binary.exists(), "{} is missing: run `cargo build -p probe-proxy` first", binary.display());
    binary
}

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

/// An application state for `probe_proxy::app::app`, built the one way `serve` builds it,
/// with limits wide enough to stay out of a test's way and no cache; `change` adjusts the
/// options first.
pub fn state_with(
    settings: ProbeSettings,
    policy: TargetPolicy,
    dns: StaticDns,
    change: impl FnOnce(&mut AppOptions),
) -> AppState {
    let mut options = AppOptions {
        limits: HttpLimits {
            probes_per_minute: 10_000,
            probe_burst: 10_000,
            max_concurrent_probes: 64,
            max_probes_per_client: 64,
            target_probes_per_minute: 10_000,
            client_target_probes_per_minute: 10_000,
            cache_window: Duration::ZERO,
            ..HttpLimits::DEFAULT
        },
        personal: true,
        ..AppOptions::default()
    };
    change(&mut options);
    AppState::new(settings, policy, Arc::new(dns), options)
}

/// [`state_with`] the test defaults.
pub fn state(settings: ProbeSettings, policy: TargetPolicy, dns: StaticDns) -> AppState {
    state_with(settings, policy, dns, |_| {})
}

/// A domain owner's provider file for `serve --autoconfig` (the schema of the built-in
/// data): `owner.test`, SMTP on 465 and 587 with the local part as user name, IMAP on 993.
pub const OWNER_FILE: &str = r#"
id = "owner"
name = "Owner Mail"
status = "ok"
last_checked = "2026-12"
source = "curated"
domains = ["owner.test"]

[[smtp]]
host = "smtp.owner.test"
port = 587
security = "starttls"
username = "local-part"
auth = ["password"]

[[smtp]]
host = "smtp.owner.test"
port = 465
security = "implicit-tls"
username = "local-part"
auth = ["password"]

[[imap]]
host = "mail.owner.test"
port = 993
security = "implicit-tls"
username = "address"
auth = ["password"]
"#;

/// `probe-proxy serve` running in this process on real sockets, started from command-line
/// arguments (listeners on port 0 give free ports). Stopped by [`Serving::stop`], or when
/// dropped (without waiting).
#[derive(Debug)]
pub struct Serving {
    /// Where it listens.
    pub bound: probe_proxy::serve::Bound,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl Serving {
    /// Starts `probe-proxy serve --no-dns --ispdb off ARGS...` (no query leaves the machine);
    /// panics if the arguments or the start fail.
    pub async fn start(args: &[&str]) -> Serving {
        use clap::Parser as _;
        let cli = probe_proxy::cli::Cli::try_parse_from(
            ["probe-proxy", "serve", "--no-dns", "--ispdb", "off"].iter().chain(args),
        )
        .unwrap_or_else(|e| panic!("bad arguments: {e}"));
        let probe_proxy::cli::Command::Serve(args) = cli.command else { unreachable!("parsed as serve") };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (ready, bound) = tokio::sync::oneshot::channel();
        let task = tokio::spawn(probe_proxy::serve::serve(
            *args,
            async move {
                let _ = stopped.await;
            },
            move |bound| {
                let _ = ready.send(*bound);
            },
        ));
        match bound.await {
            Ok(bound) => Serving { bound, stop: Some(stop), task: Some(task) },
            Err(_) => panic!("probe-proxy serve did not start: {:?}", task.await),
        }
    }

    /// Shuts it down gracefully and waits until it has.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("the server task").expect("a clean shutdown");
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
