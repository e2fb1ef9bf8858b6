//! Command-line and environment settings, each with its default documented in `--help`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use anyhow::Context as _;
use axum::http::HeaderValue;
use tokio_util::sync::CancellationToken;

use crate::guard::{DEFAULT_PORTS, TargetPolicy};
use crate::limits::HttpLimits;
use crate::probe::{
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_EHLO_NAME, DEFAULT_REPLY_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, ProbeSettings,
    tls::TlsSettings,
};
use crate::state::AppOptions;
use crate::store::redis::{self, RedisSettings};

/// Limits on client connections. [`ConnectionLimits::DEFAULT`] holds each default.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Time for a new connection to send its first request's headers. Default: 10 s.
    pub header_read: Duration,
    /// Time a connection may stay with no request in flight after one. Default: 30 s.
    pub idle: Duration,
    /// Time a write to the client may stay blocked. Default: 30 s.
    pub write: Duration,
    /// Open connections at most. Default: 1024.
    pub max_connections: usize,
    /// Open connections per client address (IPv6: per /64). Default: 32. A network holds
    /// a few times this at most: an IPv6 /56 twice, an IPv6 /48 or an IPv4 /24 four times.
    pub max_per_client: usize,
}

impl ConnectionLimits {
    pub const DEFAULT: ConnectionLimits = ConnectionLimits {
        header_read: Duration::from_secs(10),
        idle: Duration::from_secs(30),
        write: Duration::from_secs(30),
        max_connections: 1024,
        max_per_client: 32,
    };

    /// The metrics listener's: the same deadlines, room for a few scrapers.
    pub const METRICS: ConnectionLimits =
        ConnectionLimits { max_connections: 64, max_per_client: 16, ..ConnectionLimits::DEFAULT };

    /// Open connections the wider networks of a client may hold (see `serve`'s network keys).
    pub(crate) fn per_network(&self) -> [usize; 2] {
        [self.max_per_client.saturating_mul(2), self.max_per_client.saturating_mul(4)]
    }
}

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
    #[arg(long, env = "PROBE_PROXY_CONNECT_TIMEOUT", default_value_t = DEFAULT_CONNECT_TIMEOUT.as_secs())]
    pub connect_timeout: u64,
    /// Seconds to wait for each reply and for the TLS handshake.
    #[arg(long, env = "PROBE_PROXY_REPLY_TIMEOUT", default_value_t = DEFAULT_REPLY_TIMEOUT.as_secs())]
    pub reply_timeout: u64,
    /// Seconds one port's whole probe may take.
    #[arg(long, env = "PROBE_PROXY_PROBE_TIMEOUT", default_value_t = DEFAULT_TOTAL_TIMEOUT.as_secs())]
    pub probe_timeout: u64,
    /// Answer NAME with IP instead of asking DNS (repeatable), like curl's --resolve.
    /// For testing private deployments.
    #[arg(long = "resolve", value_name = "NAME=IP", value_parser = parse_override)]
    pub resolve: Vec<(String, IpAddr)>,
    /// Ask no DNS server: names not given with --resolve do not exist. For tests and closed
    /// networks, where no query may leave the machine.
    #[arg(long)]
    pub no_dns: bool,
}

/// The `--ispdb` setting: a host name, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ispdb(pub Option<String>);

fn parse_ispdb(text: &str) -> Result<Ispdb, String> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(Ispdb(None));
    }
    // The same reading of a host name as a probe's target; an address is not a host to ask
    // over HTTPS by name.
    match crate::target::Host::parse(text) {
        Ok(crate::target::Host::Name(name)) => Ok(Ispdb(Some(name))),
        _ => Err(format!("{text:?} is not a host name (or `off`)")),
    }
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
    /// Restart the proxy after rebuilding it (the page's script hash is read at start).
    #[arg(long, env = "PROBE_PROXY_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Origins of other sites allowed to call the API (CORS) and to embed the page,
    /// comma-separated, e.g. `https://help.example.com`. The page's own origin always works.
    #[arg(long, env = "PROBE_PROXY_ALLOW_ORIGIN", value_delimiter = ',')]
    pub allow_origin: Vec<String>,
    /// More origins allowed to embed the page in a frame (Content-Security-Policy
    /// `frame-ancestors`), comma-separated.
    #[arg(long, env = "PROBE_PROXY_ALLOW_FRAME_ANCESTOR", value_delimiter = ',')]
    pub allow_frame_ancestor: Vec<String>,
    /// Probes and discoveries one client address (IPv6: one /64) may start per minute.
    #[arg(long, env = "PROBE_PROXY_PROBES_PER_MINUTE", value_parser = clap::value_parser!(u32).range(1..), default_value_t = HttpLimits::DEFAULT.probes_per_minute)]
    pub probes_per_minute: u32,
    /// Probes one client may start in a burst before the per-minute rate applies.
    #[arg(long, env = "PROBE_PROXY_PROBE_BURST", value_parser = clap::value_parser!(u32).range(1..), default_value_t = HttpLimits::DEFAULT.probe_burst)]
    pub probe_burst: u32,
    /// Probes and discoveries that may run at once across all clients; more get 503 with
    /// Retry-After.
    #[arg(long, env = "PROBE_PROXY_MAX_CONCURRENT_PROBES", value_parser = at_least_one(), default_value_t = HttpLimits::DEFAULT.max_concurrent_probes)]
    pub max_concurrent_probes: usize,
    /// Seconds a probe or discovery may wait for a slot when all are taken (one waiting
    /// request per client; a freed slot goes to the client served least recently), before
    /// 503 with Retry-After.
    #[arg(long, env = "PROBE_PROXY_QUEUE_TIMEOUT", default_value_t = HttpLimits::DEFAULT.queue_wait.as_secs())]
    pub queue_timeout: u64,
    /// Probes one client may have running at once while fewer than a quarter of the slots
    /// are taken (one when more are; an IPv6 /48 holds a quarter of the slots at most).
    #[arg(long, env = "PROBE_PROXY_MAX_PROBES_PER_CLIENT", value_parser = at_least_one(), default_value_t = HttpLimits::DEFAULT.max_probes_per_client)]
    pub max_probes_per_client: usize,
    /// Connections to one mail server address and port per minute, whoever asks (answers
    /// from the cache are free).
    #[arg(long, env = "PROBE_PROXY_TARGET_PROBES_PER_MINUTE", value_parser = clap::value_parser!(u32).range(1..), default_value_t = HttpLimits::DEFAULT.target_probes_per_minute)]
    pub target_probes_per_minute: u32,
    /// Connections to one mail server address and port one client may cause per minute.
    #[arg(
        long,
        env = "PROBE_PROXY_CLIENT_TARGET_PROBES_PER_MINUTE",
        value_parser = clap::value_parser!(u32).range(1..),
        default_value_t = HttpLimits::DEFAULT.client_target_probes_per_minute
    )]
    pub client_target_probes_per_minute: u32,
    /// Seconds a connection may take to send its first request's headers, before it is
    /// closed (slow clients cannot hold connections).
    #[arg(long, env = "PROBE_PROXY_HEADER_READ_TIMEOUT", default_value_t = ConnectionLimits::DEFAULT.header_read.as_secs())]
    pub header_read_timeout: u64,
    /// Seconds a connection may stay open with no request in flight (HTTP/1 keep-alive,
    /// HTTP/2 idle).
    #[arg(long, env = "PROBE_PROXY_IDLE_TIMEOUT", default_value_t = ConnectionLimits::DEFAULT.idle.as_secs())]
    pub idle_timeout: u64,
    /// Seconds a request's body may take to arrive in full, from the end of its headers
    /// (a client sending a few bytes now and then cannot hold a connection and a handler).
    #[arg(long, env = "PROBE_PROXY_BODY_READ_TIMEOUT", default_value_t = HttpLimits::DEFAULT.body_read.as_secs())]
    pub body_read_timeout: u64,
    /// Seconds a write to a client may stay blocked (a client that stops reading).
    #[arg(long, env = "PROBE_PROXY_WRITE_TIMEOUT", default_value_t = ConnectionLimits::DEFAULT.write.as_secs())]
    pub write_timeout: u64,
    /// Open client connections at most; when full, an idle connection of the client with
    /// the most is closed to make room.
    #[arg(long, env = "PROBE_PROXY_MAX_CONNECTIONS", value_parser = at_least_one(), default_value_t = ConnectionLimits::DEFAULT.max_connections)]
    pub max_connections: usize,
    /// Open connections one client address (IPv6: one /64) may hold; not applied with
    /// --trust-forwarded-for (every connection then comes from the reverse proxy).
    #[arg(long, env = "PROBE_PROXY_MAX_CONNECTIONS_PER_CLIENT", value_parser = at_least_one(), default_value_t = ConnectionLimits::DEFAULT.max_per_client)]
    pub max_connections_per_client: usize,
    /// Seconds a probe's or discovery's result is reused for an identical request
    /// (per-target cool-down).
    #[arg(long, env = "PROBE_PROXY_CACHE_SECONDS", default_value_t = HttpLimits::DEFAULT.cache_window.as_secs())]
    pub cache_seconds: u64,
    /// Where probes run from, shown on the page (e.g. "a server in Frankfurt").
    #[arg(long, env = "PROBE_PROXY_LOCATION")]
    pub probe_location: Option<String>,
    /// Serve one person on their own computer (`cargo xtask serve` does): the page offers
    /// them the login test, whose password goes from their browser through this process to
    /// their mail server. Needs a loopback --listen address; never with
    /// --trust-forwarded-for, and a request that came through a reverse proxy
    /// (Forwarded, X-Forwarded-For, Via, ...) is served as on a public proxy.
    #[arg(long, env = "PROBE_PROXY_PERSONAL", conflicts_with = "trust_forwarded_for")]
    pub personal: bool,
    /// Offer the login test (and the test message to oneself) on a shared proxy: every
    /// visitor's password then passes through this server to their mail server (never
    /// stored or logged), under limits made for secrets: per client, per account and per
    /// mail server, a few a minute and a few dozen a day. Default: off.
    #[arg(long, env = "PROBE_PROXY_ALLOW_LOGIN_TEST")]
    pub allow_login_test: bool,
    /// Serve `/metrics` (OpenMetrics text, for Prometheus) on its own listener, never on the
    /// public one, with `/api/health` beside it for health checks that must not queue behind
    /// a burst of visitors. Without a value, or with a port alone, it listens on loopback
    /// (127.0.0.1:9464); an address that is not loopback needs --metrics-allow-remote.
    #[arg(
        long,
        env = "PROBE_PROXY_METRICS_LISTEN",
        num_args = 0..=1,
        default_missing_value = DEFAULT_METRICS_LISTEN,
        value_name = "ADDR",
        value_parser = parse_metrics_listen
    )]
    pub metrics_listen: Option<SocketAddr>,
    /// Let --metrics-listen take an address that is not loopback (a Prometheus on a
    /// private network that only it reaches). Default: refused.
    #[arg(long, env = "PROBE_PROXY_METRICS_ALLOW_REMOTE", requires = "metrics_listen")]
    pub metrics_allow_remote: bool,
    /// Keep the per-client and per-target limits and the cached results in this Redis
    /// (redis://[user:password@]host[:port][/db], or redis+unix:///path), shared by every
    /// instance naming it. If it does not answer, probes are refused (503) and
    /// /api/health says so. Put a password in the environment variable, not on the
    /// command line.
    #[arg(long, env = "PROBE_PROXY_REDIS_URL", value_name = "URL", hide_env_values = true, value_parser = parse_redis_url)]
    pub redis: Option<RedisUrl>,
    /// The prefix of every Redis key (instances sharing limits must use the same).
    #[arg(long, env = "PROBE_PROXY_REDIS_PREFIX", default_value = redis::DEFAULT_PREFIX)]
    pub redis_prefix: String,
    /// Tell clients apart by the last address in X-Forwarded-For, the one a trusted reverse
    /// proxy appends (only behind such a proxy; otherwise the TCP peer address counts). A
    /// request whose last entry is not an address is refused (400).
    #[arg(long, env = "PROBE_PROXY_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Serve live autoconfig for the mail domains of this provider file (the format of
    /// shared/providers, see the README; repeatable, or comma-separated in the variable):
    /// Thunderbird's config-v1.1.xml, Outlook's Autodiscover, Apple profiles and /api/kit.
    /// Each file is checked at start; a bad one stops the start.
    #[arg(long = "autoconfig", value_name = "FILE", env = "PROBE_PROXY_AUTOCONFIG", value_delimiter = ',')]
    pub autoconfig: Vec<PathBuf>,
    /// Where discovery asks Thunderbird's live ISPDB about a domain no list knows (for the
    /// domain and for its MX host's registrable domain): a host answering
    /// `https://HOST/v1.1/DOMAIN`, or `off` to ask no one.
    #[arg(long, value_name = "HOST|off", env = "PROBE_PROXY_ISPDB", default_value = crate::discover::THUNDERBIRD_ISPDB, value_parser = parse_ispdb)]
    pub ispdb: Ispdb,
    /// Serve HTTPS with this PEM certificate chain (with --tls-key). Without it, plain HTTP
    /// (behind a reverse proxy that terminates TLS). Read at start: restart to renew.
    #[arg(long, value_name = "FILE", env = "PROBE_PROXY_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "FILE", env = "PROBE_PROXY_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

/// Where `--metrics-listen` without a value listens: loopback, the port Prometheus
/// exporters of OpenTelemetry use.
pub const DEFAULT_METRICS_LISTEN: &str = "127.0.0.1:9464";

/// `ADDR:PORT`, or a port alone (`9464`, `:9464`) on loopback.
fn parse_metrics_listen(text: &str) -> Result<SocketAddr, String> {
    let port = text.strip_prefix(':').unwrap_or(text);
    if let Ok(port) = port.parse::<u16>() {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    text.parse().map_err(|_| format!("{text:?} is not an address and port (e.g. 127.0.0.1:9464) nor a port"))
}

/// A Redis URL; its `Debug` hides it (it may hold a password).
#[derive(Clone)]
pub struct RedisUrl(String);

impl std::fmt::Debug for RedisUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RedisUrl(****)")
    }
}

/// Never fails: the URL is checked by [`ServeArgs::options`], whose error does not repeat
/// it (clap's would, password included).
fn parse_redis_url(text: &str) -> Result<RedisUrl, std::convert::Infallible> {
    Ok(RedisUrl(text.to_owned()))
}

/// Counts of things allowed at once: zero would lock everyone out, so it is refused.
fn at_least_one() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::new().range(1..)
}

impl ServeArgs {
    /// The application's options; `shutdown` ends open event streams.
    pub fn options(&self, shutdown: CancellationToken) -> anyhow::Result<AppOptions> {
        let origins = |flag: &str, list: &[String]| {
            list.iter()
                .map(|o| {
                    let origin = o.trim_end_matches('/');
                    anyhow::ensure!(
                        origin.starts_with("https://") || origin.starts_with("http://"),
                        "{flag} {o:?} is not an origin (https://host[:port])"
                    );
                    anyhow::ensure!(
                        !origin.contains([' ', ';', ',', '\'', '"']),
                        "{flag} {o:?} contains a character an origin cannot"
                    );
                    HeaderValue::from_str(origin).with_context(|| format!("bad {flag} {o:?}"))
                })
                .collect::<anyhow::Result<Vec<_>>>()
        };
        anyhow::ensure!(
            !self.personal || self.listen.ip().is_loopback(),
            "--personal serves one person on their own computer: listen on loopback (e.g. 127.0.0.1:8080), not {}",
            self.listen
        );
        let dist = self.dist.join("index.html").exists().then(|| self.dist.clone());
        if dist.is_none() {
            tracing::warn!(dir = %self.dist.display(), "no built page there (run `cargo xtask dist`); serving the API only");
        }
        Ok(AppOptions {
            limits: HttpLimits {
                allow_origins: origins("--allow-origin", &self.allow_origin)?,
                allow_frame_ancestors: origins("--allow-frame-ancestor", &self.allow_frame_ancestor)?,
                probes_per_minute: self.probes_per_minute,
                probe_burst: self.probe_burst,
                trust_forwarded_for: self.trust_forwarded_for,
                max_concurrent_probes: self.max_concurrent_probes,
                max_probes_per_client: self.max_probes_per_client,
                target_probes_per_minute: self.target_probes_per_minute,
                client_target_probes_per_minute: self.client_target_probes_per_minute,
                cache_window: Duration::from_secs(self.cache_seconds),
                queue_wait: Duration::from_secs(self.queue_timeout),
                body_read: Duration::from_secs(self.body_read_timeout.max(1)),
                ..HttpLimits::DEFAULT
            },
            dist,
            probe_location: self.probe_location.clone(),
            personal: self.personal,
            https: self.tls_cert.is_some(),
            allow_login_test: self.allow_login_test,
            autoconfig: crate::autoconfig::load(&self.autoconfig)?,
            discover: crate::discover::DiscoverSettings {
                ispdb_host: self.ispdb.0.clone(),
                ..crate::discover::DiscoverSettings::default()
            },
            shutdown,
            redis: self
                .redis
                .as_ref()
                .map(|url| RedisSettings::new(&url.0, &self.redis_prefix))
                .transpose()
                .context("--redis")?,
        })
    }

    /// The limits on client connections.
    pub fn connection_limits(&self) -> ConnectionLimits {
        ConnectionLimits {
            header_read: Duration::from_secs(self.header_read_timeout.max(1)),
            idle: Duration::from_secs(self.idle_timeout.max(1)),
            write: Duration::from_secs(self.write_timeout.max(1)),
            max_connections: self.max_connections.max(1),
            // Behind a reverse proxy every connection comes from it (it has its own limits).
            max_per_client: if self.trust_forwarded_for { usize::MAX } else { self.max_connections_per_client.max(1) },
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::*;
    use crate::cli::{Cli, Command};

    fn serve(args: &[&str]) -> Result<ServeArgs, clap::Error> {
        let cli = Cli::try_parse_from(["probe-proxy", "serve"].iter().chain(args))?;
        match cli.command {
            Command::Serve(args) => Ok(*args),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_command_line_defaults_are_the_types_own() {
        let args = serve(&[]).unwrap();
        let limits = args.options(CancellationToken::new()).unwrap().limits;
        let expected = HttpLimits::DEFAULT;
        assert_eq!(
            (limits.probes_per_minute, limits.probe_burst, limits.max_concurrent_probes, limits.max_probes_per_client),
            (
                expected.probes_per_minute,
                expected.probe_burst,
                expected.max_concurrent_probes,
                expected.max_probes_per_client
            )
        );
        assert_eq!(
            (limits.target_probes_per_minute, limits.client_target_probes_per_minute, limits.cache_window),
            (expected.target_probes_per_minute, expected.client_target_probes_per_minute, expected.cache_window)
        );
        assert_eq!(limits.queue_wait, expected.queue_wait);
        let connections = args.connection_limits();
        let expected = ConnectionLimits::DEFAULT;
        assert_eq!(
            (connections.header_read, connections.idle, connections.write),
            (expected.header_read, expected.idle, expected.write)
        );
        assert_eq!(
            (connections.max_connections, connections.max_per_client),
            (expected.max_connections, expected.max_per_client)
        );
        let settings = args.probe.settings().unwrap();
        let defaults = ProbeSettings::new(TlsSettings::new(None).unwrap());
        assert_eq!(
            (settings.connect_timeout, settings.reply_timeout, settings.total_timeout, settings.ehlo_name),
            (defaults.connect_timeout, defaults.reply_timeout, defaults.total_timeout, defaults.ehlo_name)
        );
        assert_eq!(args.probe.policy(), TargetPolicy::default());
        let discover = args.options(CancellationToken::new()).unwrap().discover;
        assert_eq!(discover.ispdb_host, crate::discover::DiscoverSettings::default().ispdb_host);
    }

    #[test]
    fn the_live_ispdb_can_be_moved_or_switched_off() {
        let ispdb = |value: &str| {
            serve(&["--ispdb", value]).map(|a| a.options(CancellationToken::new()).unwrap().discover.ispdb_host)
        };
        assert_eq!(ispdb("off").unwrap(), None);
        assert_eq!(ispdb("OFF").unwrap(), None);
        assert_eq!(ispdb("ISPDB.Example.org.").unwrap().as_deref(), Some("ispdb.example.org"));
        for bad in ["", "https://ispdb.example.org", "a b", "-x.org", "x..org", "host/path"] {
            assert!(ispdb(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn limits_of_zero_and_origins_that_are_not_origins_are_refused() {
        for flag in
            ["--max-connections", "--max-concurrent-probes", "--probes-per-minute", "--target-probes-per-minute"]
        {
            assert!(serve(&[flag, "0"]).is_err(), "{flag} 0");
        }
        let bad = |flag: &str, value: &str| serve(&[flag, value]).unwrap().options(CancellationToken::new()).is_err();
        assert!(bad("--allow-origin", "help.example.com"), "no scheme");
        assert!(bad("--allow-frame-ancestor", "https://a.example; script-src *"), "would extend the policy");
        let fine = serve(&["--allow-origin", "https://help.example.com/", "--trust-forwarded-for"]).unwrap();
        assert_eq!(fine.options(CancellationToken::new()).unwrap().limits.allow_origins, ["https://help.example.com"]);
        assert_eq!(fine.connection_limits().max_per_client, usize::MAX, "the reverse proxy is one peer");
    }

    #[test]
    fn the_personal_mode_is_explicit_loopback_only_and_never_behind_a_reverse_proxy() {
        let options = |args: &[&str]| serve(args).unwrap().options(CancellationToken::new());
        assert!(!options(&[]).unwrap().personal, "a loopback listener alone is not personal");
        assert!(options(&["--personal"]).unwrap().personal);
        let error = options(&["--personal", "--listen", "0.0.0.0:8080"]).unwrap_err().to_string();
        assert!(error.contains("loopback"), "{error}");
        assert!(serve(&["--personal", "--trust-forwarded-for"]).is_err(), "a reverse proxy in front is public");
        assert!(serve(&["--metrics-allow-remote"]).is_err(), "only with --metrics-listen");
        assert!(options(&["--tls-cert", "c.pem", "--tls-key", "k.pem"]).unwrap().https, "HSTS when serving HTTPS");
    }

    #[test]
    fn tls_needs_both_files_and_autoconfig_files_are_checked_at_start() {
        assert!(serve(&["--tls-cert", "cert.pem"]).is_err(), "a certificate without its key");
        assert!(serve(&["--tls-key", "key.pem"]).is_err(), "a key without its certificate");
        assert!(serve(&["--tls-cert", "cert.pem", "--tls-key", "key.pem"]).is_ok());
        let missing = serve(&["--autoconfig", "/nonexistent/owner.toml"]).unwrap();
        let error = missing.options(CancellationToken::new()).unwrap_err().to_string();
        assert!(error.contains("/nonexistent/owner.toml"), "{error}");
        assert!(serve(&[]).unwrap().options(CancellationToken::new()).unwrap().autoconfig.is_empty());
    }

    #[test]
    fn metrics_listen_defaults_to_loopback_and_redis_urls_are_checked_and_hidden() {
        let args = |extra: &[&str]| serve(extra).unwrap();
        assert_eq!(args(&[]).metrics_listen, None, "off unless asked for");
        let loopback = Some(SocketAddr::from(([127, 0, 0, 1], 9464)));
        assert_eq!(args(&["--metrics-listen"]).metrics_listen, loopback, "no value: loopback");
        assert_eq!(args(&["--metrics-listen", "9464"]).metrics_listen, loopback, "a port alone: loopback");
        assert_eq!(args(&["--metrics-listen", ":9464"]).metrics_listen, loopback);
        let private = args(&["--metrics-listen", "10.1.2.3:9100"]).metrics_listen;
        assert_eq!(private, Some("10.1.2.3:9100".parse().unwrap()), "an explicit address is kept");
        assert!(serve(&["--metrics-listen", "nowhere"]).is_err());

        assert!(args(&[]).options(CancellationToken::new()).unwrap().redis.is_none(), "memory by default");
        let with_redis = args(&["--redis", "redis://:hunter2@127.0.0.1:6379/1", "--redis-prefix", "eu1"]);
        assert!(!format!("{with_redis:?}").contains("hunter2"), "{with_redis:?}");
        let redis = with_redis.options(CancellationToken::new()).unwrap().redis.unwrap();
        assert_eq!(redis.shown(), "redis://127.0.0.1:6379/1");
        let error = args(&["--redis", "http://:hunter2@example.com"]).options(CancellationToken::new()).unwrap_err();
        assert!(!format!("{error:#}").contains("hunter2"), "{error:#}");
        let bad_prefix = args(&["--redis", "redis://127.0.0.1", "--redis-prefix", "a:b"]);
        assert!(bad_prefix.options(CancellationToken::new()).is_err());
    }
}
