//! Discovery for an unknown domain: MX and SRV records, the domain's Thunderbird autoconfig
//! file, the file a `mailconf=` TXT record points to, the live Thunderbird ISPDB for the
//! domain and for its MX host's domain, the provider match, and guessed candidates
//! (`POST /api/discover`). Each file found is labelled with its URL, and its servers are
//! candidates that the page tests before it says they work.
//!
//! The autoconfig files are fetched like everything else the proxy connects to: the host is
//! resolved once, every address goes through the guard, every connection (redirects
//! included) is charged to the per-target limits of the address and port, the connection
//! goes to a checked address, the certificate must be valid, redirects may only stay on
//! the same host, and the body is capped.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use email_settings::address::{MailDomain, Query};
use email_settings::discovery::{
    AutoconfigOutcome, AutoconfigResult, DiscoverResponse, FoundServer, MAX_AUTOCONFIG_BYTES, MxHost, ProviderHit,
    SrvService, merge_candidates, parse_autoconfig,
};
use email_settings::provider::Status;
use email_settings::settings;
use http_body_util::{BodyExt, Empty};
use hyper::{Request, StatusCode, header};
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;

use crate::dns::Dns;
use crate::guard::TargetPolicy;
use crate::limits::Client;
use crate::store::LimitStore;
use crate::target::{self, Host};

/// How discovery fetches autoconfig files.
#[derive(Debug, Clone)]
pub struct DiscoverSettings {
    /// The HTTPS port. Default 443; tests use their own.
    pub https_port: u16,
    /// Limit for each fetch, connection to last byte. Default: 5 s.
    pub fetch_timeout: Duration,
    /// Redirects followed within the same host. Default: 3.
    pub max_redirects: usize,
    /// The live Thunderbird ISPDB, asked at `https://<host>/v1.1/<domain>` for the domain
    /// and for its MX host's registrable domain; `None` asks no one. Default:
    /// `autoconfig.thunderbird.net`.
    pub ispdb_host: Option<String>,
}

/// Where Thunderbird's ISPDB answers.
pub const THUNDERBIRD_ISPDB: &str = "autoconfig.thunderbird.net";

impl Default for DiscoverSettings {
    fn default() -> Self {
        DiscoverSettings {
            https_port: 443,
            fetch_timeout: Duration::from_secs(5),
            max_redirects: 3,
            ispdb_host: Some(THUNDERBIRD_ISPDB.to_owned()),
        }
    }
}

/// Everything a discovery needs, for one client's request.
#[derive(Debug)]
pub struct Fetcher<'a> {
    pub dns: &'a dyn Dns,
    pub policy: &'a TargetPolicy,
    pub settings: &'a DiscoverSettings,
    /// Verifying TLS configuration (web PKI roots plus the operator's CA file).
    pub tls: &'a Arc<rustls::ClientConfig>,
    /// Every HTTPS connection is charged here, to `client`.
    pub limits: &'a dyn LimitStore,
    pub client: Client,
    /// Set when a fetch was refused by those limits: the answer then holds for this client
    /// alone and must not be cached for everyone.
    pub limited: std::sync::atomic::AtomicBool,
}

/// Runs every lookup for `domain` (at once) and merges the findings.
pub async fn discover(fetcher: &Fetcher<'_>, domain: &MailDomain) -> DiscoverResponse {
    let dns = fetcher.dns;
    let name = domain.ascii();
    let mut problems = Vec::new();
    let srv_names =
        [format!("_submissions._tcp.{name}"), format!("_submission._tcp.{name}"), format!("_imaps._tcp.{name}")];
    let autoconfig_host = format!("autoconfig.{name}");
    let (mx, srv_a, srv_b, srv_c, txt, config_a, config_b) = tokio::join!(
        dns.lookup_mx(name),
        dns.lookup_srv(&srv_names[0]),
        dns.lookup_srv(&srv_names[1]),
        dns.lookup_srv(&srv_names[2]),
        dns.lookup_txt(name),
        fetch_autoconfig(fetcher, &autoconfig_host, "/mail/config-v1.1.xml"),
        fetch_autoconfig(fetcher, name, "/.well-known/autoconfig/mail/config-v1.1.xml"),
    );
    let mx: Vec<MxHost> = match mx {
        Ok(records) => records,
        Err(e) => {
            if !e.is_empty_answer() {
                problems.push(format!("MX lookup: {e}"));
            }
            Vec::new()
        }
    };
    let mut srv = Vec::new();
    for (service, result) in srv_names.iter().zip([srv_a, srv_b, srv_c]) {
        match result {
            Ok(records) if !records.is_empty() => srv.push(SrvService { name: service.clone(), records }),
            Ok(_) => {}
            Err(e) if e.is_empty_answer() => {}
            Err(e) => problems.push(format!("SRV lookup of {service}: {e}")),
        }
    }
    let mut autoconfig = vec![config_a, config_b];

    // Then what the domain's TXT record and its MX host point to: the file a `mailconf=`
    // record names, and the live ISPDB's answers for the domain and the MX host's domain.
    let mut more: Vec<(String, String)> = Vec::new();
    match txt {
        Ok(records) => {
            for record in records.iter().filter(|r| r.trim_start().starts_with("mailconf=")).take(1) {
                match mailconf_url(record) {
                    Some(url) => more.push(url),
                    None => problems.push(
                        "mailconf TXT record ignored: only an https URL on the default port is followed".to_owned(),
                    ),
                }
            }
        }
        Err(e) if e.is_empty_answer() => {}
        Err(e) => problems.push(format!("TXT lookup: {e}")),
    }
    if let Some(ispdb) = &fetcher.settings.ispdb_host {
        more.push((ispdb.clone(), format!("/v1.1/{name}")));
        let mx_domain = mx.first().and_then(|m| email_settings::provider::registrable_domain(&m.host));
        if let Some(parent) = mx_domain.filter(|parent| *parent != name) {
            more.push((ispdb.clone(), format!("/v1.1/{parent}")));
        }
    }
    autoconfig.extend(
        futures_util::future::join_all(more.iter().map(|(host, path)| fetch_autoconfig(fetcher, host, path))).await,
    );

    // The provider: by the domain itself, then by its MX hosts.
    let query = Query::Domain(domain.clone());
    let mx_hosts: Vec<&str> = mx.iter().map(|m| m.host.as_str()).collect();
    let resolved = settings::resolve_with(&query, &mx_hosts, None);
    let provider = resolved.provider.zip(resolved.matched_by.clone()).map(|(p, matched)| ProviderHit {
        id: p.id.to_owned(),
        name: resolved.provider_name.clone(),
        matched_by: matched,
    });
    let provider_servers: Vec<FoundServer> = if provider.is_some() {
        resolved.smtp.iter().map(|c| FoundServer { host: c.host.clone(), port: c.port, security: c.security }).collect()
    } else {
        Vec::new()
    };
    // A provider without SMTP gets no candidates at all: guessing servers for it would offer
    // settings that cannot work.
    let candidates = if resolved.status == Some(Status::NoClientAccess) {
        Vec::new()
    } else {
        merge_candidates(name, &provider_servers, &srv, &autoconfig)
    };
    DiscoverResponse { domain: name.to_owned(), mx, srv, autoconfig, provider, candidates, problems }
}

/// The host and path of a `mailconf=` TXT record's URL (a convention some autoconfig clients
/// read): https on the default port only, like every other fetch of discovery.
fn mailconf_url(record: &str) -> Option<(String, String)> {
    let rest = record.trim().strip_prefix("mailconf=")?.strip_prefix("https://")?;
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(at) if rest[at..].starts_with('/') => (&rest[..at], &rest[at..]),
        Some(_) => return None,
        None => (rest, "/"),
    };
    let path = path.split('#').next().unwrap_or("/");
    let plain = |c: char| c.is_ascii_graphic() && c != '\\';
    if host.is_empty() || host.contains([':', '@']) || !path.chars().all(plain) || Host::parse(host).is_err() {
        return None;
    }
    Some((host.to_ascii_lowercase(), path.to_owned()))
}

/// Fetches one autoconfig URL and reads its outgoing servers.
async fn fetch_autoconfig(fetcher: &Fetcher<'_>, host: &str, path: &str) -> AutoconfigResult {
    let url = format!("https://{host}{path}");
    let settings = fetcher.settings;
    let outcome = match tokio::time::timeout(settings.fetch_timeout, get(fetcher, host, path)).await {
        Err(_) => {
            AutoconfigOutcome::Failed { reason: format!("no answer within {} s", settings.fetch_timeout.as_secs()) }
        }
        Ok(Err(Fetch::NotFound)) => AutoconfigOutcome::NotFound,
        Ok(Err(Fetch::Failed(reason))) => AutoconfigOutcome::Failed { reason },
        Ok(Ok(body)) => match parse_autoconfig(&body) {
            Ok(servers) => AutoconfigOutcome::Found { servers },
            Err(error) => AutoconfigOutcome::Failed { reason: error.to_string() },
        },
    };
    AutoconfigResult { url, outcome }
}

enum Fetch {
    /// No such host, or 404: the domain simply has no file there.
    NotFound,
    Failed(String),
}

/// GET over HTTPS to a guarded address, following same-host redirects only.
async fn get(fetcher: &Fetcher<'_>, host: &str, path: &str) -> Result<String, Fetch> {
    let settings = fetcher.settings;
    let parsed = Host::parse(host).map_err(|e| Fetch::Failed(e.to_string()))?;
    let resolved = match target::resolve(fetcher.dns, fetcher.policy, &parsed).await {
        Ok(resolved) => resolved,
        Err(target::TargetError::Resolve { error, .. }) if error.is_empty_answer() => return Err(Fetch::NotFound),
        Err(e) => return Err(Fetch::Failed(e.to_string())),
    };
    let mut path = path.to_owned();
    let address = SocketAddr::new(resolved.chosen, settings.https_port);
    for _ in 0..=settings.max_redirects {
        fetcher.limits.charge_targets(fetcher.client, &[address]).await.map_err(|e| {
            fetcher.limited.store(true, std::sync::atomic::Ordering::Relaxed);
            Fetch::Failed(e.to_string())
        })?;
        let tcp = TcpStream::connect(address).await.map_err(|e| Fetch::Failed(e.to_string()))?;
        let name = ServerName::try_from(host.to_owned()).map_err(|e| Fetch::Failed(e.to_string()))?;
        let tls = tokio_rustls::TlsConnector::from(fetcher.tls.clone())
            .connect(name, tcp)
            .await
            .map_err(|e| Fetch::Failed(format!("TLS: {e}")))?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(tls))
            .await
            .map_err(|e| Fetch::Failed(e.to_string()))?;
        tokio::spawn(connection);
        let request = Request::get(&path)
            .header(header::HOST, host)
            .header(header::USER_AGENT, concat!("mailsetup-probe-proxy/", env!("CARGO_PKG_VERSION")))
            .header(header::ACCEPT, "application/xml, text/xml")
            .body(Empty::<Bytes>::new())
            .map_err(|e| Fetch::Failed(e.to_string()))?;
        let response = sender.send_request(request).await.map_err(|e| Fetch::Failed(e.to_string()))?;
        match response.status() {
            StatusCode::OK => return read_capped(response.into_body()).await,
            StatusCode::NOT_FOUND | StatusCode::GONE => return Err(Fetch::NotFound),
            status if status.is_redirection() => {
                let location =
                    response.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
                path = same_host_path(host, location).ok_or_else(|| {
                    Fetch::Failed(format!("redirect to {location:?} refused: only the same host is followed"))
                })?;
            }
            status => return Err(Fetch::Failed(format!("HTTP {status}"))),
        }
    }
    Err(Fetch::Failed(format!("more than {} redirects", settings.max_redirects)))
}

/// The path of a redirect target when it stays on `host` over HTTPS.
fn same_host_path(host: &str, location: &str) -> Option<String> {
    if location.starts_with('/') && !location.starts_with("//") {
        return Some(location.to_owned());
    }
    let rest = location.strip_prefix("https://")?;
    let (authority, path) = rest.split_once('/').map_or((rest, "/".to_owned()), |(a, p)| (a, format!("/{p}")));
    authority.eq_ignore_ascii_case(host).then_some(path)
}

async fn read_capped(mut body: hyper::body::Incoming) -> Result<String, Fetch> {
    let mut bytes = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| Fetch::Failed(e.to_string()))?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > MAX_AUTOCONFIG_BYTES {
                return Err(Fetch::Failed(format!("larger than {} KiB", MAX_AUTOCONFIG_BYTES / 1024)));
            }
            bytes.extend_from_slice(&data);
        }
    }
    String::from_utf8(bytes).map_err(|_| Fetch::Failed("not UTF-8 text".to_owned()))
}

/// Why a discover request cannot run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidDomain(pub String);

/// Parses the `domain` parameter (a domain or a whole address).
pub fn parse_domain(text: &str) -> Result<MailDomain, InvalidDomain> {
    Query::parse(text).map(|q| q.domain().clone()).map_err(|e| InvalidDomain(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{mailconf_url, same_host_path};

    #[test]
    fn a_mailconf_record_names_an_https_url_on_the_default_port() {
        let url = |host: &str, path: &str| Some((host.to_owned(), path.to_owned()));
        assert_eq!(mailconf_url("mailconf=https://Conf.Example.org/mail.xml"), url("conf.example.org", "/mail.xml"));
        assert_eq!(mailconf_url(" mailconf=https://conf.example.org"), url("conf.example.org", "/"));
        assert_eq!(mailconf_url("mailconf=https://c.example.org/x?a=1#top"), url("c.example.org", "/x?a=1"));
        for refused in [
            "mailconf=http://conf.example.org/mail.xml",
            "mailconf=https://conf.example.org:8443/mail.xml",
            "mailconf=https://user@conf.example.org/mail.xml",
            "mailconf=https:///mail.xml",
            "mailconf=https://conf.example.org/a b.xml",
            "mailconf=https://conf.example.org?x=1",
            "v=spf1 -all",
        ] {
            assert_eq!(mailconf_url(refused), None, "{refused}");
        }
    }

    #[test]
    fn redirects_stay_on_the_same_host() {
        assert_eq!(same_host_path("example.org", "/other.xml"), Some("/other.xml".into()));
        assert_eq!(same_host_path("example.org", "https://EXAMPLE.org/a/b"), Some("/a/b".into()));
        assert_eq!(same_host_path("example.org", "https://example.org"), Some("/".into()));
        assert_eq!(same_host_path("example.org", "https://evil.example/a"), None);
        assert_eq!(same_host_path("example.org", "http://example.org/a"), None, "no downgrade to http");
        assert_eq!(same_host_path("example.org", "//evil.example/a"), None);
        assert_eq!(same_host_path("example.org", "https://example.org@evil.example/"), None);
    }
}
