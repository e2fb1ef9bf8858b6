//! The domains `serve --autoconfig FILE` answers for: each file is read, checked with the
//! provider data's own schema and rules (`email_settings::provider::loaded`), and its
//! domains are indexed. Done once, at start-up; a bad file stops the start with its path and
//! every problem.

use std::path::PathBuf;

use std::net::IpAddr;

use email_settings::address::{MailDomain, Query};
use email_settings::provider::loaded::{self, LoadError, ServedDomains, ServedTwice};
use email_settings::settings::{self, Settings};

/// Why an autoconfig file cannot be served.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AutoconfigFileError {
    // The causes are part of the message (not `#[source]`), so a report prints them once.
    #[error("cannot read the autoconfig file {}: {error}", path.display())]
    Read { path: PathBuf, error: std::io::Error },
    #[error("the autoconfig file {} is not valid: {error}", path.display())]
    Invalid { path: PathBuf, error: LoadError },
    #[error("the autoconfig file {}: {error}", path.display())]
    Conflict { path: PathBuf, error: ServedTwice },
}

/// Reads and checks every file, in order; a domain may be served by one file only.
pub fn load(paths: &[PathBuf]) -> Result<ServedDomains, AutoconfigFileError> {
    let mut served = ServedDomains::default();
    for path in paths {
        let text =
            std::fs::read_to_string(path).map_err(|error| AutoconfigFileError::Read { path: path.clone(), error })?;
        let file = loaded::parse_operator_file(&text)
            .map_err(|error| AutoconfigFileError::Invalid { path: path.clone(), error })?;
        served
            .add(loaded::into_static(&file))
            .map_err(|error| AutoconfigFileError::Conflict { path: path.clone(), error })?;
    }
    Ok(served)
}

/// The settings for `query` when its domain is served.
pub fn settings_for(served: &ServedDomains, query: &Query) -> Option<Settings> {
    let found = served.lookup(query.domain().ascii())?;
    Some(settings::from_match(query, &found, None))
}

/// The served mail domain a request's host names: `autoconfig.<domain>` or
/// `autodiscover.<domain>` (the host names the provider kit publishes) or the domain itself
/// (`/.well-known/...`). The port, a trailing dot and case do not matter.
pub fn domain_of_host(served: &ServedDomains, host: &str) -> Option<String> {
    let host = host_name(host);
    let candidates = [host.strip_prefix("autoconfig."), host.strip_prefix("autodiscover."), Some(host.as_str())];
    candidates.into_iter().flatten().find(|name| served.lookup(name).is_some()).map(str::to_owned)
}

/// The mail domain a request's host asks about, served or not (`autoconfig.` or
/// `autodiscover.` taken off): what a 404 names when [`domain_of_host`] finds none. `None`
/// for an address literal or a name that is no domain.
pub fn asked_domain(host: &str) -> Option<String> {
    let host = host_name(host);
    if host.starts_with('[') || host.parse::<IpAddr>().is_ok() {
        return None;
    }
    let bare = host.strip_prefix("autoconfig.").or_else(|| host.strip_prefix("autodiscover."));
    let domain = bare.and_then(|name| MailDomain::parse(name).ok()).or_else(|| MailDomain::parse(&host).ok())?;
    Some(domain.ascii().to_owned())
}

/// A host as sent, without its port and trailing dot, in lowercase.
fn host_name(host: &str) -> String {
    let host =
        host.rsplit_once(':').filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit())).map_or(host, |(h, _)| h);
    host.trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use email_settings::provider::loaded::{into_static, parse_operator_file};

    use super::*;

    const FILE: &str = r#"
id = "owner"
name = "Owner Mail"
status = "ok"
last_checked = "2026-12"
source = "curated"
domains = ["owner.example", "autoconfig-shop.example"]

[[smtp]]
host = "smtp.owner.example"
port = 465
security = "implicit-tls"
username = "address"
auth = ["password"]

[[imap]]
host = "imap.owner.example"
port = 993
security = "implicit-tls"
username = "address"
auth = ["password"]
"#;

    #[test]
    fn the_host_names_the_served_domain() {
        let mut served = ServedDomains::default();
        served.add(into_static(&parse_operator_file(FILE).unwrap())).unwrap();
        let check = |host: &str, expected: Option<&str>| {
            assert_eq!(domain_of_host(&served, host).as_deref(), expected, "{host:?}");
        };
        check("autoconfig.owner.example", Some("owner.example"));
        check("AutoConfig.Owner.Example.:8443", Some("owner.example"));
        check("autodiscover.owner.example", Some("owner.example"));
        check("owner.example", Some("owner.example"));
        check("autoconfig-shop.example", Some("autoconfig-shop.example"));
        check("www.owner.example", None);
        check("autoconfig.other.example", None);
        check("127.0.0.1:8080", None);
        check("[::1]:8080", None);
        check("", None);
        let asked = |host: &str| asked_domain(host);
        assert_eq!(asked("autoconfig.Other.Example:443").as_deref(), Some("other.example"));
        assert_eq!(asked("autodiscover.other.example").as_deref(), Some("other.example"));
        assert_eq!(asked("other.example.").as_deref(), Some("other.example"));
        assert_eq!(asked("autoconfig.example").as_deref(), Some("autoconfig.example"), "no domain left: the host");
        assert_eq!(asked("127.0.0.1:8080"), None);
        assert_eq!(asked("[::1]:8080"), None);
        assert_eq!(asked("localhost"), None);
        assert_eq!(asked(""), None);
    }

    #[test]
    fn files_are_read_and_checked_in_order() {
        let dir = std::env::temp_dir().join(format!("probe-proxy-autoconfig-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("owner.toml");
        std::fs::write(&good, FILE).unwrap();
        let served = load(std::slice::from_ref(&good)).unwrap();
        assert_eq!(served.domains().collect::<Vec<_>>(), ["autoconfig-shop.example", "owner.example"]);
        let query = Query::parse("ann@owner.example").unwrap();
        assert_eq!(settings_for(&served, &query).unwrap().smtp[0].username, "ann@owner.example");
        assert!(settings_for(&served, &Query::parse("ann@gmail.com").unwrap()).is_none());
        let error = load(&[good.clone(), good.clone()]).unwrap_err();
        assert!(matches!(error, AutoconfigFileError::Conflict { .. }), "{error}");
        let error = load(&[dir.join("absent.toml")]).unwrap_err();
        assert!(
            error.to_string().starts_with("cannot read the autoconfig file")
                && error.to_string().contains("absent.toml")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
