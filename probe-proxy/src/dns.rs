//! Name resolution behind a trait, so tests (and `--resolve` overrides) can swap it.
//!
//! The real implementation is hickory-resolver with the system's configuration.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;

use hickory_resolver::TokioResolver;
use hickory_resolver::proto::rr::RData;
use serde::Serialize;

/// A boxed future, as trait objects need.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Why a lookup gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "detail")]
#[non_exhaustive]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN).
    #[error("the name does not exist")]
    NoSuchName,
    /// The name exists but has no records of the asked type.
    #[error("no records of that type")]
    NoRecords,
    #[error("the DNS lookup timed out")]
    Timeout,
    #[error("the DNS lookup failed: {0}")]
    Failed(String),
}

impl DnsError {
    /// Whether the answer is a definite "there is nothing" rather than a failure.
    pub fn is_empty_answer(&self) -> bool {
        matches!(self, DnsError::NoSuchName | DnsError::NoRecords)
    }
}

// MX and SRV answers are the wire's own types: what the lookups return is what the page sees.
pub use email_settings::discovery::{MxHost, SrvTarget};

/// The lookups the proxy needs.
pub trait Dns: Send + Sync + fmt::Debug {
    fn lookup_ip<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, DnsError>>;
    fn lookup_mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<MxHost>, DnsError>>;
    fn lookup_srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvTarget>, DnsError>>;
    /// The TXT records of `name`, each record's strings joined (RFC 7208 §3.3 reads them so).
    fn lookup_txt<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<String>, DnsError>>;
}

/// Most bytes of TXT text kept per name: a `mailconf=` URL needs a few hundred.
const MAX_TXT_BYTES: usize = 4096;

/// hickory-resolver with the system configuration (`/etc/resolv.conf`).
#[derive(Debug, Clone)]
pub struct SystemDns {
    resolver: TokioResolver,
}

impl SystemDns {
    pub fn new() -> Result<SystemDns, DnsError> {
        let mut builder = TokioResolver::builder_tokio().map_err(|e| DnsError::Failed(e.to_string()))?;
        builder.options_mut().timeout = std::time::Duration::from_secs(3);
        builder.options_mut().attempts = 2;
        let resolver = builder.build().map_err(|e| DnsError::Failed(e.to_string()))?;
        Ok(SystemDns { resolver })
    }
}

fn map_error(error: hickory_resolver::net::NetError) -> DnsError {
    if error.is_nx_domain() {
        DnsError::NoSuchName
    } else if error.is_no_records_found() {
        DnsError::NoRecords
    } else if matches!(error, hickory_resolver::net::NetError::Timeout) {
        DnsError::Timeout
    } else {
        DnsError::Failed(error.to_string())
    }
}

fn fqdn(name: &str) -> String {
    if name.ends_with('.') { name.to_owned() } else { format!("{name}.") }
}

fn host_text(name: &hickory_resolver::proto::rr::Name) -> String {
    let text = name.to_ascii().to_ascii_lowercase();
    match text.strip_suffix('.') {
        Some(stripped) if !stripped.is_empty() => stripped.to_owned(),
        _ => text,
    }
}

impl Dns for SystemDns {
    fn lookup_ip<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, DnsError>> {
        Box::pin(async move {
            let answer = self.resolver.lookup_ip(fqdn(host)).await.map_err(map_error)?;
            let ips: Vec<IpAddr> = answer.iter().collect();
            if ips.is_empty() { Err(DnsError::NoRecords) } else { Ok(ips) }
        })
    }

    fn lookup_mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<MxHost>, DnsError>> {
        Box::pin(async move {
            let answer = self.resolver.mx_lookup(fqdn(domain)).await.map_err(map_error)?;
            let mut records: Vec<MxHost> = answer
                .answers()
                .iter()
                .filter_map(|record| match &record.data {
                    RData::MX(mx) => Some(MxHost { preference: mx.preference, host: host_text(&mx.exchange) }),
                    _ => None,
                })
                .collect();
            records.sort_by(|a, b| (a.preference, &a.host).cmp(&(b.preference, &b.host)));
            Ok(records)
        })
    }

    fn lookup_srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvTarget>, DnsError>> {
        Box::pin(async move {
            let answer = self.resolver.srv_lookup(fqdn(name)).await.map_err(map_error)?;
            let mut records: Vec<SrvTarget> = answer
                .answers()
                .iter()
                .filter_map(|record| match &record.data {
                    RData::SRV(srv) => Some(SrvTarget {
                        priority: srv.priority,
                        weight: srv.weight,
                        port: srv.port,
                        target: host_text(&srv.target),
                    }),
                    _ => None,
                })
                .collect();
            records.sort_by(|a, b| {
                (a.priority, std::cmp::Reverse(a.weight)).cmp(&(b.priority, std::cmp::Reverse(b.weight)))
            });
            Ok(records)
        })
    }

    fn lookup_txt<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<String>, DnsError>> {
        Box::pin(async move {
            let answer = self.resolver.txt_lookup(fqdn(name)).await.map_err(map_error)?;
            let mut kept = 0;
            let mut records = Vec::new();
            for record in answer.answers() {
                if let RData::TXT(txt) = &record.data {
                    let text: String = txt.txt_data.iter().map(|part| String::from_utf8_lossy(part)).collect();
                    kept += text.len();
                    if kept > MAX_TXT_BYTES {
                        break;
                    }
                    records.push(text);
                }
            }
            Ok(records)
        })
    }
}

/// Fixed answers for some names, falling through to another resolver for the rest.
///
/// Used by `--resolve NAME=IP` (like curl's option) for local testing and private
/// deployments, and by the tests, which must never query the internet.
#[derive(Debug, Clone, Default)]
pub struct StaticDns {
    pub addresses: HashMap<String, Vec<IpAddr>>,
    pub mx: HashMap<String, Vec<MxHost>>,
    pub srv: HashMap<String, Vec<SrvTarget>>,
    pub txt: HashMap<String, Vec<String>>,
    /// Where other names go; `None` answers "no such name".
    pub fallback: Option<Arc<dyn Dns>>,
}

fn key(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl StaticDns {
    pub fn with_address(mut self, name: &str, ip: IpAddr) -> StaticDns {
        self.addresses.entry(key(name)).or_default().push(ip);
        self
    }

    pub fn with_mx(mut self, domain: &str, preference: u16, exchange: &str) -> StaticDns {
        self.mx.entry(key(domain)).or_default().push(MxHost { preference, host: key(exchange) });
        self
    }

    pub fn with_srv(mut self, name: &str, record: SrvTarget) -> StaticDns {
        self.srv.entry(key(name)).or_default().push(record);
        self
    }

    pub fn with_txt(mut self, name: &str, text: &str) -> StaticDns {
        self.txt.entry(key(name)).or_default().push(text.to_owned());
        self
    }
}

impl Dns for StaticDns {
    fn lookup_ip<'a>(&'a self, host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, DnsError>> {
        match (self.addresses.get(&key(host)), &self.fallback) {
            (Some(ips), _) => Box::pin(std::future::ready(Ok(ips.clone()))),
            (None, Some(next)) => next.lookup_ip(host),
            (None, None) => Box::pin(std::future::ready(Err(DnsError::NoSuchName))),
        }
    }

    fn lookup_mx<'a>(&'a self, domain: &'a str) -> BoxFuture<'a, Result<Vec<MxHost>, DnsError>> {
        match (self.mx.get(&key(domain)), &self.fallback) {
            (Some(records), _) => Box::pin(std::future::ready(Ok(records.clone()))),
            (None, Some(next)) => next.lookup_mx(domain),
            (None, None) => Box::pin(std::future::ready(Err(DnsError::NoRecords))),
        }
    }

    fn lookup_srv<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<SrvTarget>, DnsError>> {
        match (self.srv.get(&key(name)), &self.fallback) {
            (Some(records), _) => Box::pin(std::future::ready(Ok(records.clone()))),
            (None, Some(next)) => next.lookup_srv(name),
            (None, None) => Box::pin(std::future::ready(Err(DnsError::NoRecords))),
        }
    }

    fn lookup_txt<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Vec<String>, DnsError>> {
        match (self.txt.get(&key(name)), &self.fallback) {
            (Some(records), _) => Box::pin(std::future::ready(Ok(records.clone()))),
            (None, Some(next)) => next.lookup_txt(name),
            (None, None) => Box::pin(std::future::ready(Err(DnsError::NoRecords))),
        }
    }
}
