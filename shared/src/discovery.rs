//! Discovery for domains the provider data does not know: what DNS and the domain's own
//! autoconfig file say, merged into SMTP candidates ready to probe.
//!
//! The proxy does the lookups (`POST /api/discover`); everything here is pure: the wire
//! types, reading a fetched Thunderbird autoconfig file (size- and count-capped), and
//! merging the findings in a fixed order of trust: provider data (matched by domain or
//! MX), SRV records (RFC 6186/8314), the domain's autoconfig file, then guesses.

use crate::address::Query;
use crate::autoconfig::{AutoconfigError, read_autoconfig};
use crate::provider::AuthMethod;
use crate::provider::Protocol;
use crate::provider::{MatchedBy, Security, guessed_smtp_hosts};
use crate::settings::{Candidate, GUESSED_SMTP_PORTS, Origin, Settings, UsernameForm, candidate, guess, rank};

/// An MX record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct MxHost {
    /// The MX preference (RFC 5321 §5.1): lower values are to be tried first.
    pub preference: u16,
    /// The mail exchanger's host name.
    pub host: String,
}

/// One SRV record of a service.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SrvTarget {
    /// Lower values are to be tried first (RFC 2782).
    pub priority: u16,
    /// Relative share among records of equal priority, higher meaning more often (RFC 2782);
    /// [`merge_candidates`] puts heavier records first instead of choosing at random.
    pub weight: u16,
    /// The TCP port the service listens on; [`merge_candidates`] skips records with port 0.
    pub port: u16,
    /// `.` means "not offered" (RFC 2782).
    pub target: String,
}

/// The SRV records of one service name, e.g. `_submissions._tcp.example.com`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SrvService {
    /// The name that was queried; its first label names the service (RFC 6186), and only
    /// `_submissions` and `_submission` ones yield SMTP candidates.
    pub name: String,
    /// The records found under that name.
    pub records: Vec<SrvTarget>,
}

/// An outgoing server found somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct FoundServer {
    /// The server's host name.
    pub host: String,
    /// The TCP port.
    pub port: u16,
    /// How the connection is secured: implicit TLS, STARTTLS, or not at all.
    pub security: Security,
}

/// What fetching one autoconfig URL gave.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "outcome"))]
pub enum AutoconfigOutcome {
    /// The file was fetched and read as an autoconfig document.
    Found {
        /// The usable outgoing SMTP servers it lists, in its order; may be empty.
        servers: Vec<FoundServer>,
    },
    /// There is no file at that URL: the host does not exist, or the server answered HTTP 404 or 410.
    NotFound,
    /// The fetch or the reading failed (timeout, TLS or HTTP error, refused redirect, invalid document).
    Failed {
        /// What went wrong, in English, for display.
        reason: String,
    },
}

/// One autoconfig URL and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AutoconfigResult {
    /// The HTTPS URL fetched, e.g. `https://autoconfig.example.com/mail/config-v1.1.xml`.
    pub url: String,
    /// What fetching it gave; on the wire its fields sit beside `url`, tagged by `outcome`.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub outcome: AutoconfigOutcome,
}

/// Where a candidate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Source {
    /// mailsetup's provider data, matched by the domain or its MX hosts.
    Provider,
    /// An SRV record.
    Srv,
    /// The domain's autoconfig file.
    Autoconfig,
    /// A usual name ([`crate::provider::GUESSED_SMTP_PREFIXES`]).
    Guess,
}

/// An SMTP server to try, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DiscoveredCandidate {
    /// The server's host name.
    pub host: String,
    /// The TCP port.
    pub port: u16,
    /// How the connection is secured: implicit TLS, STARTTLS, or not at all.
    pub security: Security,
    /// The most trusted place that named this host and port.
    pub source: Source,
}

/// The provider the domain turned out to use.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ProviderHit {
    /// The provider's id in mailsetup's provider data (lowercase ASCII letters, digits and `-`).
    pub id: String,
    /// The provider's name as shown to people, with the region when one applies.
    pub name: String,
    /// How it was recognised, and the domain or MX host that matched.
    pub matched_by: MatchedBy,
}

/// `POST /api/discover` (a POST with a JSON body, so other sites cannot make a visitor's
/// browser start one).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct DiscoverRequest {
    /// A domain, or a whole address (its domain is used).
    pub domain: String,
}

/// The answer to `POST /api/discover`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DiscoverResponse {
    /// ASCII form.
    pub domain: String,
    /// The domain's MX records; empty when it has none or the lookup failed (see `problems`).
    pub mx: Vec<MxHost>,
    /// The SRV services of RFC 6186/8314 that have records; services without any are left out.
    pub srv: Vec<SrvService>,
    /// One result for each autoconfig URL tried.
    pub autoconfig: Vec<AutoconfigResult>,
    /// The provider recognised by the domain or its MX hosts; `None` when provider data has no match.
    pub provider: Option<ProviderHit>,
    /// Best first.
    pub candidates: Vec<DiscoveredCandidate>,
    /// Lookups that failed (not "no records", which is an answer).
    #[cfg_attr(feature = "serde", serde(default))]
    pub problems: Vec<String>,
}

pub use crate::autoconfig::MAX_AUTOCONFIG_BYTES;

/// The outgoing SMTP servers of an autoconfig document ([`read_autoconfig`] reads the rest).
pub fn parse_autoconfig(xml: &str) -> Result<Vec<FoundServer>, AutoconfigError> {
    let found = read_autoconfig(xml)?;
    Ok(found
        .outgoing
        .into_iter()
        .map(|server| FoundServer { host: server.host, port: server.port, security: server.security })
        .collect())
}

/// Merges everything found into candidates: provider data first, then SRV, autoconfig and
/// guesses; a host and port appear once, with the most trusted source.
pub fn merge_candidates(
    domain: &str,
    provider: &[FoundServer],
    srv: &[SrvService],
    autoconfig: &[AutoconfigResult],
) -> Vec<DiscoveredCandidate> {
    let mut out: Vec<DiscoveredCandidate> = Vec::new();
    let mut add = |server: FoundServer, source: Source| {
        if !out.iter().any(|c| c.host == server.host && c.port == server.port) {
            out.push(DiscoveredCandidate { host: server.host, port: server.port, security: server.security, source });
        }
    };
    for server in provider {
        add(server.clone(), Source::Provider);
    }
    let mut from_srv: Vec<FoundServer> = Vec::new();
    // Only the submission services name SMTP servers (`_imaps._tcp` is for reading mail).
    for service in srv {
        let security = if service.name.starts_with("_submissions.") {
            Security::ImplicitTls
        } else if service.name.starts_with("_submission.") {
            Security::StartTls
        } else {
            continue;
        };
        let mut records = service.records.clone();
        records.sort_by_key(|r| (r.priority, std::cmp::Reverse(r.weight)));
        for record in records.into_iter().filter(|r| r.target != "." && r.port != 0) {
            from_srv.push(FoundServer { host: record.target, port: record.port, security });
        }
    }
    from_srv.sort_by_key(|s| rank(crate::provider::Protocol::Smtp, s.port, s.security));
    for server in from_srv {
        add(server, Source::Srv);
    }
    for result in autoconfig {
        if let AutoconfigOutcome::Found { servers } = &result.outcome {
            let mut servers = servers.clone();
            servers.sort_by_key(|s| rank(crate::provider::Protocol::Smtp, s.port, s.security));
            for server in servers {
                add(server, Source::Autoconfig);
            }
        }
    }
    for host in guessed_smtp_hosts(domain) {
        for &(port, security) in GUESSED_SMTP_PORTS {
            add(FoundServer { host: host.clone(), port, security }, Source::Guess);
        }
    }
    out
}

/// Settings for a domain no provider data covers, from the servers the domain publishes
/// itself (its SRV records and autoconfig file, found by discovery). `None` when it
/// publishes none: the guesses stand.
pub fn settings_from(query: &Query, found: &[DiscoveredCandidate]) -> Option<Settings> {
    let published: Vec<&DiscoveredCandidate> =
        found.iter().filter(|c| matches!(c.source, Source::Srv | Source::Autoconfig)).collect();
    if published.is_empty() {
        return None;
    }
    let mut smtp: Vec<Candidate> = published
        .iter()
        .map(|c| {
            let mut candidate = candidate(
                query,
                Protocol::Smtp,
                &c.host,
                c.port,
                c.security,
                UsernameForm::Address,
                &[AuthMethod::Password],
                false,
            );
            candidate.set_origin(if c.source == Source::Srv { Origin::Srv } else { Origin::Autoconfig });
            candidate
        })
        .collect();
    smtp.sort_by_key(|c| rank(Protocol::Smtp, c.port, c.security));
    let guessed = guess(query);
    Some(Settings { smtp, warnings: Vec::new(), ..guessed })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_outgoing_servers_from_autoconfig() {
        let xml = r#"<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="example.org">
            <incomingServer type="imap"><hostname>imap.example.org</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            <outgoingServer type="smtp"><hostname>SMTP.example.org</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
            <outgoingServer type="smtp"><hostname>bad.example.org</hostname><port>99999</port><socketType>SSL</socketType></outgoingServer>
            </emailProvider></clientConfig>"#;
        let servers = parse_autoconfig(xml).unwrap();
        assert_eq!(
            servers,
            [
                FoundServer { host: "smtp.example.org".into(), port: 587, security: Security::StartTls },
                FoundServer { host: "smtp.example.org".into(), port: 465, security: Security::ImplicitTls },
            ]
        );
        assert_eq!(parse_autoconfig("<html><body>404</body></html>"), Err(AutoconfigError::NotAutoconfig));
        assert!(parse_autoconfig("<clientConfig><x>").is_err());
        assert_eq!(parse_autoconfig(&"x".repeat(MAX_AUTOCONFIG_BYTES + 1)), Err(AutoconfigError::TooLarge));
    }

    #[test]
    fn merges_in_order_of_trust_without_repeats() {
        let srv = vec![
            SrvService {
                name: "_imaps._tcp.example.org".into(),
                records: vec![SrvTarget { priority: 0, weight: 1, port: 993, target: "imap.example.org".into() }],
            },
            SrvService {
                name: "_submission._tcp.example.org".into(),
                records: vec![SrvTarget { priority: 0, weight: 1, port: 587, target: "mx.example.org".into() }],
            },
            SrvService {
                name: "_submissions._tcp.example.org".into(),
                records: vec![
                    SrvTarget { priority: 0, weight: 1, port: 465, target: "mx.example.org".into() },
                    SrvTarget { priority: 0, weight: 0, port: 0, target: ".".into() },
                ],
            },
        ];
        let autoconfig = vec![AutoconfigResult {
            url: "https://autoconfig.example.org/mail/config-v1.1.xml".into(),
            outcome: AutoconfigOutcome::Found {
                servers: vec![FoundServer {
                    host: "mx.example.org".into(),
                    port: 465,
                    security: Security::ImplicitTls,
                }],
            },
        }];
        let merged = merge_candidates("example.org", &[], &srv, &autoconfig);
        let summary: Vec<String> = merged.iter().map(|c| format!("{}:{} {:?}", c.host, c.port, c.source)).collect();
        assert_eq!(
            summary,
            [
                "mx.example.org:465 Srv",
                "mx.example.org:587 Srv",
                "smtp.example.org:465 Guess",
                "smtp.example.org:587 Guess",
                "mail.example.org:465 Guess",
                "mail.example.org:587 Guess",
                "example.org:465 Guess",
                "example.org:587 Guess",
            ]
        );
    }

    #[test]
    fn published_servers_replace_the_guesses() {
        let query = Query::parse("ann@own.example").unwrap();
        let found = [
            DiscoveredCandidate {
                host: "mx.own.example".into(),
                port: 587,
                security: Security::StartTls,
                source: Source::Srv,
            },
            DiscoveredCandidate {
                host: "mx.own.example".into(),
                port: 465,
                security: Security::ImplicitTls,
                source: Source::Autoconfig,
            },
            DiscoveredCandidate {
                host: "smtp.own.example".into(),
                port: 465,
                security: Security::ImplicitTls,
                source: Source::Guess,
            },
        ];
        let s = settings_from(&query, &found).unwrap();
        let order: Vec<String> = s.smtp.iter().map(|c| format!("{}:{} {:?}", c.host, c.port, c.security)).collect();
        assert_eq!(order, ["mx.own.example:465 ImplicitTls", "mx.own.example:587 StartTls"]);
        assert!(s.smtp.iter().all(|c| !c.guessed));
        assert_eq!(s.smtp[0].reason.origin, crate::settings::Origin::Autoconfig);
        assert!(s.warnings.is_empty());
        assert!(settings_from(&query, &found[2..]).is_none(), "guesses alone change nothing");
    }
}
