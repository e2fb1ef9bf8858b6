//! Turning a host name from a request into checked addresses to connect to.
//!
//! The name is resolved exactly once; every address is classified by the [`guard`]; the
//! probe connects only to an address that passed. There is no second lookup that a DNS
//! rebinding attack could answer differently.
//!
//! [`guard`]: crate::guard

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use email_settings::provider::is_valid_label;
use mailsetup_shared::wire::AddressInfo;

use crate::dns::{Dns, DnsError};
use crate::guard::TargetPolicy;

/// A syntactically valid host: a name in ASCII (punycode) form, or an IP literal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Host {
    Name(String),
    Ip(IpAddr),
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Name(name) => f.write_str(name),
            Host::Ip(IpAddr::V6(ip)) => write!(f, "[{ip}]"),
            Host::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

/// Why a host cannot be probed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TargetError {
    #[error("\"{0}\" is not a valid host name")]
    InvalidHost(String),
    #[error("could not resolve {host}: {error}")]
    Resolve { host: String, error: DnsError },
    #[error("{message}")]
    NotAllowed { message: String, addresses: Vec<AddressInfo> },
}

impl Host {
    /// Parses a host as typed: a name (Unicode or ASCII, any case, optional trailing dot),
    /// an IPv4 address, or an IPv6 address with or without brackets.
    pub fn parse(input: &str) -> Result<Host, TargetError> {
        let text = input.trim();
        let invalid = || TargetError::InvalidHost(input.chars().take(100).collect());
        let unbracketed = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
        if let Ok(ip) = unbracketed.parse::<IpAddr>() {
            return Ok(Host::Ip(ip));
        }
        let name = text.strip_suffix('.').unwrap_or(text);
        if name.is_empty() || name.len() > 253 {
            return Err(invalid());
        }
        let ascii = idna::domain_to_ascii(name).map_err(|_| invalid())?;
        let labels_ok = ascii.len() <= 253 && ascii.split('.').all(|label| is_valid_label(label, true));
        // A name that is all digits and dots but not an IP address (e.g. "1.2.3") is refused:
        // resolvers may read it as an address in shorthand.
        let numeric = ascii.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if !labels_ok || numeric {
            return Err(invalid());
        }
        Ok(Host::Name(ascii))
    }

    /// The name to send as TLS SNI and to check the certificate against.
    pub fn server_name(&self) -> String {
        match self {
            Host::Name(name) => name.clone(),
            Host::Ip(ip) => ip.to_string(),
        }
    }
}

/// A host resolved and checked: the address to use and what happened to the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTarget {
    pub host: Host,
    /// Every address, in resolver order, with the guard's verdict.
    pub addresses: Vec<AddressInfo>,
    /// The first allowed address: the one the probe connects to.
    pub chosen: IpAddr,
}

/// Resolves `host` once and applies the policy to every address.
pub async fn resolve(dns: &dyn Dns, policy: &TargetPolicy, host: &Host) -> Result<ResolvedTarget, TargetError> {
    let ips = match host {
        Host::Ip(ip) => vec![*ip],
        Host::Name(name) => {
            dns.lookup_ip(name).await.map_err(|error| TargetError::Resolve { host: name.clone(), error })?
        }
    };
    let addresses: Vec<AddressInfo> = ips
        .iter()
        .map(|&ip| {
            let refused = policy.check_address(ip).err().map(|f| f.to_string());
            let reachable = ip.is_ipv6().then(|| has_route(ip));
            AddressInfo { ip, refused, reachable }
        })
        .collect();
    match addresses.iter().find(|a| a.refused.is_none()) {
        Some(first) => Ok(ResolvedTarget { host: host.clone(), chosen: first.ip, addresses }),
        None => {
            let mut reasons: Vec<String> = addresses.iter().filter_map(|a| a.refused.clone()).collect();
            reasons.dedup();
            let reasons = reasons.join("; ");
            let message = match host {
                Host::Ip(_) => format!("{host} is an address this proxy does not connect to: {reasons}"),
                Host::Name(_) => {
                    format!("{host} resolves only to addresses this proxy does not connect to ({reasons})")
                }
            };
            Err(TargetError::NotAllowed { message, addresses })
        }
    }
}

/// Whether this machine has a route to `ip`: connecting a UDP socket only consults the
/// routing table; no packet is sent.
fn has_route(ip: IpAddr) -> bool {
    let unspecified: IpAddr = if ip.is_ipv6() { Ipv6Addr::UNSPECIFIED.into() } else { Ipv4Addr::UNSPECIFIED.into() };
    std::net::UdpSocket::bind((unspecified, 0)).and_then(|socket| socket.connect((ip, 9))).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::StaticDns;

    #[test]
    fn parses_names_and_literals() {
        let name = |s: &str| Host::parse(s).map(|h| h.to_string());
        assert_eq!(name("smtp.gmail.com"), Ok("smtp.gmail.com".into()));
        assert_eq!(name(" SMTP.Gmail.com. "), Ok("smtp.gmail.com".into()));
        assert_eq!(name("mail.münchen.de"), Ok("mail.xn--mnchen-3ya.de".into()));
        assert_eq!(name("localhost"), Ok("localhost".into()));
        assert_eq!(name("127.0.0.1"), Ok("127.0.0.1".into()));
        assert_eq!(name("[::1]"), Ok("[::1]".into()));
        assert_eq!(name("::1"), Ok("[::1]".into()));
        for bad in ["", "smtp..example.com", "-a.example", "a b.example", "http://x.example", "1.2.3", "x:25"] {
            assert!(Host::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(Host::parse(&"a".repeat(300)).is_err());
    }

    #[tokio::test]
    async fn chooses_the_first_allowed_address_and_reports_the_rest() {
        let dns = StaticDns::default()
            .with_address("mixed.example", "10.0.0.5".parse().unwrap())
            .with_address("mixed.example", "192.0.2.10".parse().unwrap())
            .with_address("mixed.example", "8.8.4.4".parse().unwrap())
            .with_address("mixed.example", "2001:4860::1".parse().unwrap());
        let host = Host::parse("mixed.example").unwrap();
        let target = resolve(&dns, &TargetPolicy::default(), &host).await.unwrap();
        assert_eq!(target.chosen, "8.8.4.4".parse::<IpAddr>().unwrap());
        assert_eq!(target.addresses.len(), 4);
        assert_eq!(target.addresses[0].refused.as_deref(), Some("private network (10.0.0.0/8)"));
        assert!(target.addresses[3].refused.is_none());
        assert_eq!(target.addresses[0].reachable, None, "only IPv6 addresses are checked for a route");
        assert!(target.addresses[3].reachable.is_some());
    }

    #[tokio::test]
    async fn refuses_names_that_resolve_only_to_special_addresses() {
        let dns = StaticDns::default()
            .with_address("localhost", "127.0.0.1".parse().unwrap())
            .with_address("localhost", "::1".parse().unwrap());
        let host = Host::parse("localhost").unwrap();
        let error = resolve(&dns, &TargetPolicy::default(), &host).await.unwrap_err();
        assert_eq!(
            error.to_string(),
            "localhost resolves only to addresses this proxy does not connect to (loopback (127.0.0.0/8); loopback (::1/128))"
        );
        let local = TargetPolicy { allow_private: true, ..TargetPolicy::default() };
        assert!(resolve(&dns, &local, &host).await.is_ok());
        let missing = resolve(&dns, &TargetPolicy::default(), &Host::parse("nowhere.example").unwrap()).await;
        assert!(matches!(missing, Err(TargetError::Resolve { error: DnsError::NoSuchName, .. })));
    }
}
