//! The domains `serve --autoconfig FILE` answers for: each file is read, checked with the
//! provider data's own schema and rules (`mailsetup_shared::provider::loaded`), and its
//! domains are indexed. Done once, at start-up; a bad file stops the start with its path and
//! every problem.

use std::path::PathBuf;

use mailsetup_shared::address::Query;
use mailsetup_shared::provider::loaded::{self, LoadError, ServedDomains};
use mailsetup_shared::settings::{self, Settings};

/// Why an autoconfig file cannot be served.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AutoconfigFileError {
    // The causes are part of the message (not `#[source]`), so a report prints them once.
    #[error("cannot read the autoconfig file {}: {error}", path.display())]
    Read { path: PathBuf, error: std::io::Error },
    #[error("the autoconfig file {} is not valid: {error}", path.display())]
    Invalid { path: PathBuf, error: LoadError },
    #[error("the autoconfig file {}: {problem}", path.display())]
    Conflict { path: PathBuf, problem: String },
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
            .map_err(|problem| AutoconfigFileError::Conflict { path: path.clone(), problem })?;
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
    let host =
        host.rsplit_once(':').filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit())).map_or(host, |(h, _)| h);
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let candidates = [host.strip_prefix("autoconfig."), host.strip_prefix("autodiscover."), Some(host.as_str())];
    candidates.into_iter().flatten().find(|name| served.lookup(name).is_some()).map(str::to_owned)
}
