//! Command-line and environment settings, each with its default documented in `--help`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::guard::{DEFAULT_PORTS, TargetPolicy};
use crate::probe::{DEFAULT_EHLO_NAME, ProbeSettings, tls::TlsSettings};

/// Settings shared by every command that probes (`serve` and `probe`).
#[derive(Debug, Clone, Args)]
pub struct ProbeArgs {
    /// Allow loopback and private targets (127.0.0.0/8, 10/8, ::1, ...). For local use and
    /// tests only: never on a public proxy.
    #[arg(long, env = "PROBE_PROXY_ALLOW_PRIVATE_TARGETS")]
    pub allow_private_targets: bool,
    /// Ports that may be probed, comma-separated.
    #[arg(long, env = "PROBE_PROXY_ALLOW_PORTS", value_delimiter = ',', default_values_t = DEFAULT_PORTS)]
    pub allow_ports: Vec<u16>,
    /// A PEM file of extra trusted CA certificates (private deployments, tests). The web PKI
    /// roots are always trusted.
    #[arg(long, env = "PROBE_PROXY_CA_FILE")]
    pub ca_file: Option<PathBuf>,
    /// The name the probe sends with EHLO. Set it to this machine's host name.
    #[arg(long, env = "PROBE_PROXY_EHLO_NAME", default_value = DEFAULT_EHLO_NAME)]
    pub ehlo_name: String,
    /// Seconds to wait for a TCP connection.
    #[arg(long, env = "PROBE_PROXY_CONNECT_TIMEOUT", default_value_t = 5)]
    pub connect_timeout: u64,
    /// Seconds to wait for each reply and for the TLS handshake.
    #[arg(long, env = "PROBE_PROXY_REPLY_TIMEOUT", default_value_t = 10)]
    pub reply_timeout: u64,
    /// Seconds one port's whole probe may take.
    #[arg(long, env = "PROBE_PROXY_PROBE_TIMEOUT", default_value_t = 20)]
    pub probe_timeout: u64,
    /// Answer NAME with IP instead of asking DNS (repeatable), like curl's --resolve.
    /// For testing private deployments.
    #[arg(long = "resolve", value_name = "NAME=IP", value_parser = parse_override)]
    pub resolve: Vec<(String, IpAddr)>,
}

fn parse_override(text: &str) -> Result<(String, IpAddr), String> {
    let (name, ip) = text.split_once('=').ok_or("expected NAME=IP")?;
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    Ok((name.to_ascii_lowercase(), ip.parse().map_err(|e| format!("bad IP address {ip:?}: {e}"))?))
}

impl ProbeArgs {
    pub fn policy(&self) -> TargetPolicy {
        TargetPolicy { allowed_ports: self.allow_ports.clone(), allow_private: self.allow_private_targets }
    }

    /// Builds the probe settings, reading the CA file if one is configured.
    pub fn settings(&self) -> anyhow::Result<ProbeSettings> {
        let extra = match &self.ca_file {
            Some(path) => Some(
                std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read the CA file {}: {e}", path.display()))?,
            ),
            None => None,
        };
        let tls = TlsSettings::new(extra.as_deref()).map_err(anyhow::Error::msg)?;
        let mut settings = ProbeSettings::new(tls);
        settings.ehlo_name = self.ehlo_name.clone();
        settings.connect_timeout = Duration::from_secs(self.connect_timeout.max(1));
        settings.reply_timeout = Duration::from_secs(self.reply_timeout.max(1));
        settings.total_timeout = Duration::from_secs(self.probe_timeout.max(1));
        anyhow::ensure!(
            !settings.ehlo_name.is_empty() && settings.ehlo_name.bytes().all(|b| b.is_ascii_graphic()),
            "--ehlo-name must be a host name"
        );
        Ok(settings)
    }
}

/// Settings of `probe-proxy serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "PROBE_PROXY_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The built page to serve (from `cargo xtask dist`). Without it only the API is served.
    #[arg(long, env = "PROBE_PROXY_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Origins of other sites allowed to call the API (CORS), comma-separated, e.g.
    /// `https://help.example.com`. The page's own origin always works.
    #[arg(long, env = "PROBE_PROXY_ALLOW_ORIGIN", value_delimiter = ',')]
    pub allow_origin: Vec<String>,
    /// Probes one client address (IPv6: one /64) may start per minute.
    #[arg(long, env = "PROBE_PROXY_PROBES_PER_MINUTE", default_value_t = 12)]
    pub probes_per_minute: u32,
    /// Probes one client may start in a burst before the per-minute rate applies.
    #[arg(long, env = "PROBE_PROXY_PROBE_BURST", default_value_t = 6)]
    pub probe_burst: u32,
    /// Probes that may run at once across all clients; more get 503 with Retry-After.
    #[arg(long, env = "PROBE_PROXY_MAX_CONCURRENT_PROBES", default_value_t = 32)]
    pub max_concurrent_probes: usize,
    /// Probes of any one mail server per minute, whoever asks (repeats within the cache
    /// window are free).
    #[arg(long, env = "PROBE_PROXY_TARGET_PROBES_PER_MINUTE", default_value_t = 6)]
    pub target_probes_per_minute: u32,
    /// Seconds a client may take to send its request headers before the connection is
    /// closed (slow clients cannot hold connections).
    #[arg(long, env = "PROBE_PROXY_HEADER_READ_TIMEOUT", default_value_t = 10)]
    pub header_read_timeout: u64,
    /// Open client connections at most; further clients wait to be accepted.
    #[arg(long, env = "PROBE_PROXY_MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,
    /// Seconds a probe's result is reused for an identical request (per-target cool-down).
    #[arg(long, env = "PROBE_PROXY_CACHE_SECONDS", default_value_t = 60)]
    pub cache_seconds: u64,
    /// Where probes run from, shown on the page (e.g. "a server in Frankfurt").
    #[arg(long, env = "PROBE_PROXY_LOCATION")]
    pub probe_location: Option<String>,
    /// Tell clients apart by the last address in X-Forwarded-For, the one a trusted reverse
    /// proxy appends (only behind such a proxy; otherwise the TCP peer address counts).
    #[arg(long, env = "PROBE_PROXY_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    #[command(flatten)]
    pub probe: ProbeArgs,
}
