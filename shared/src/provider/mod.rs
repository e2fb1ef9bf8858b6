//! Known mail providers and how to find the one behind a domain or its MX hosts.
//!
//! The tables are generated at build time from `shared/providers/**/*.toml` (see
//! [`schema`] and `build.rs`), so a lookup is a binary search over static data: no parsing at
//! start-up, nothing allocated, and the same answers in the browser and in the proxy.

mod vocab;

// The file format, compiled into the crate for the tests that check the data files and, with
// the `provider-files` feature, for providers loaded at run time (build.rs and the ISPDB
// importer include it by path).
#[cfg(feature = "provider-files")]
pub mod loaded;
#[cfg(any(test, feature = "provider-files"))]
pub mod schema;
#[cfg(test)]
#[allow(unreachable_pub)] // public for build.rs and xtask, which include it by path
mod schema_files;

pub use vocab::{
    AuthMethod, DataSource, GUESSED_SMTP_PREFIXES, HintKind, LabelProblem, ProviderKind, Security, SignIn, Status,
    guessed_smtp_hosts, is_valid_hostname, is_valid_label, label_problem,
};

/// The mail protocol a server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Protocol {
    Smtp,
    Imap,
    Pop3,
}

/// What to type as the user name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "form", content = "template"))]
pub enum Username {
    /// The whole address, `someone@example.com`.
    Address,
    /// The part before the `@`.
    LocalPart,
    /// A template with `%EMAILADDRESS%`, `%EMAILLOCALPART%` and `%EMAILDOMAIN%`.
    Template(&'static str),
}

/// One server of one protocol, as the provider publishes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Server {
    /// Host name; may contain `%EMAILDOMAIN%`.
    pub host: &'static str,
    pub port: u16,
    pub security: Security,
    pub username: Username,
    /// Accepted ways to log in, most preferred first.
    pub auth: &'static [AuthMethod],
}

/// Something a person must know or do, in our own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Hint {
    pub kind: HintKind,
    pub text: &'static str,
    pub link: Option<&'static str>,
}

impl Hint {
    /// The id of this hint's translations in `shared/app/i18n/<lang>.ftl`: `provider-hint-` and
    /// the FNV-1a hash of the English text, so a translation belongs to one wording and a
    /// changed hint has none until it is translated again (English is shown meanwhile).
    pub fn message_id(&self) -> String {
        let hash = self.text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        format!("provider-hint-{hash:08x}")
    }
}

/// A documentation page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Link {
    pub url: &'static str,
    pub title: &'static str,
}

/// A data centre with its own servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Region {
    pub id: &'static str,
    pub name: &'static str,
    pub domains: &'static [&'static str],
    pub mx: &'static [&'static str],
    pub smtp: &'static [Server],
    pub imap: &'static [Server],
    pub pop3: &'static [Server],
}

/// A mail provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Provider {
    pub id: &'static str,
    pub name: &'static str,
    pub status: Status,
    pub last_checked: &'static str,
    pub source: DataSource,
    pub kind: ProviderKind,
    pub website: Option<&'static str>,
    /// Whose sign-in page its accounts use, when programs have a button for it.
    pub sign_in: Option<SignIn>,
    pub domains: &'static [&'static str],
    pub mx: &'static [&'static str],
    pub smtp: &'static [Server],
    pub imap: &'static [Server],
    pub pop3: &'static [Server],
    pub regions: &'static [Region],
    pub hints: &'static [Hint],
    pub docs: &'static [Link],
}

impl Provider {
    /// The servers for `protocol` in `region` (the provider's own list when the region has none).
    pub fn servers(&self, protocol: Protocol, region: Option<&Region>) -> &'static [Server] {
        let pick = |own: &'static [Server], regional: Option<&'static [Server]>| match regional {
            Some(list) if !list.is_empty() => list,
            _ => own,
        };
        match protocol {
            Protocol::Smtp => pick(self.smtp, region.map(|r| r.smtp)),
            Protocol::Imap => pick(self.imap, region.map(|r| r.imap)),
            Protocol::Pop3 => pick(self.pop3, region.map(|r| r.pop3)),
        }
    }

    pub fn region(&self, id: &str) -> Option<&'static Region> {
        self.regions.iter().find(|r| r.id == id)
    }
}

/// One entry of the generated domain and MX indexes.
#[derive(Debug, Clone, Copy)]
struct IndexEntry {
    /// An exact name, or `*.suffix`.
    pattern: &'static str,
    provider: u16,
    /// Index into the provider's regions, or [`NO_REGION`].
    region: u8,
}

const NO_REGION: u8 = u8::MAX;

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/providers.rs"));
}

/// Every provider, sorted by id.
pub fn all() -> &'static [Provider] {
    &generated::PROVIDERS
}

/// The sending services (SendGrid, Amazon SES, ...), sorted by id: picked by name, never
/// recognised by a domain.
pub fn services() -> impl Iterator<Item = &'static Provider> {
    all().iter().filter(|p| p.kind == ProviderKind::SendingService)
}

/// The sending service with this id.
pub fn service(id: &str) -> Option<&'static Provider> {
    by_id(id).filter(|p| p.kind == ProviderKind::SendingService)
}

/// The provider with this id.
/// The sending service whose own domain this is: its web site's, or one its SMTP servers
/// are named under (`sendgrid.net` for `smtp.sendgrid.net`). A person who types it wants
/// the service's settings, not guesses for a mailbox there.
pub fn service_of_domain(domain: &str) -> Option<&'static Provider> {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let site = |url: &str| {
        let host = url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or_default();
        host.trim_start_matches("www.").to_ascii_lowercase()
    };
    services().find(|service| {
        service.website.is_some_and(|url| site(url) == domain)
            || service.smtp.iter().any(|s| s.host.strip_suffix(domain.as_str()).is_some_and(|rest| rest.ends_with('.')))
    })
}

/// The mailbox provider one of whose own servers this is (`smtp.gmail.com`, `imap.gmx.net`):
/// a person who types a server name means that provider. Only names under one of the
/// provider's own domains count, so a hosting company's shared server names no customer.
pub fn of_server_name(host: &str) -> Option<&'static Provider> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    all().iter().filter(|p| p.kind == ProviderKind::Mailbox && p.status != Status::NoClientAccess).find(|p| {
        let own = |server: &Server| server.host.eq_ignore_ascii_case(&host);
        let under_own_domain = p.domains.iter().any(|d| host.ends_with(&format!(".{d}")));
        under_own_domain && p.smtp.iter().chain(p.imap).chain(p.pop3).any(own)
    })
}

/// The sending service a few typed words name, with its data centre when one is named
/// (`sendgrid`, `amazon ses`, `ses eu-west-1`, `mailgun eu`). `None` for anything else,
/// including an address or a domain.
pub fn service_named(text: &str) -> Option<(&'static Provider, Option<&'static Region>)> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() || text.contains('@') || text.contains('.') {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let names = |service: &Provider| -> Vec<String> {
        let mut names = vec![service.id.to_owned(), service.id.replace('-', "")];
        names.extend(service.id.rsplit('-').next().map(str::to_owned));
        names.extend(service.name.split_whitespace().next().map(str::to_ascii_lowercase));
        names
    };
    let joined = words.concat();
    let service = services().find(|service| {
        let names = names(service);
        names.contains(&joined) || words.iter().any(|w| names.iter().any(|n| n == w))
    })?;
    let region = words.iter().find_map(|w| service.region(w));
    Some((service, region))
}

pub fn by_id(id: &str) -> Option<&'static Provider> {
    let all = all();
    all.binary_search_by(|p| p.id.cmp(id)).ok().map(|i| &all[i])
}

/// How a provider was recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "by", content = "name"))]
pub enum MatchedBy {
    /// The mail domain itself is one of the provider's domains.
    Domain(String),
    /// An MX host of the domain matches one of the provider's MX patterns.
    MxPattern(String),
    /// An MX host belongs to one of the provider's own domains (by its registrable domain).
    MxDomain(String),
    /// A sending service picked by its id.
    Service(String),
}

/// A recognised provider, and the data centre when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProviderMatch {
    pub provider: &'static Provider,
    pub region: Option<&'static Region>,
    pub matched_by: MatchedBy,
}

impl ProviderMatch {
    /// True when the provider has data centres and nothing told us which one is the person's.
    pub fn region_unknown(&self) -> bool {
        self.region.is_none() && !self.provider.regions.is_empty()
    }
}

fn resolve_entry(entry: &IndexEntry, matched_by: MatchedBy) -> ProviderMatch {
    let provider = &generated::PROVIDERS[usize::from(entry.provider)];
    let region = provider.regions.get(usize::from(entry.region));
    ProviderMatch { provider, region, matched_by }
}

/// Finds `name` in a sorted index: first exactly, then as `*.parent` for each parent.
fn find_in(index: &'static [IndexEntry], name: &str) -> Option<&'static IndexEntry> {
    let find = |key: &str| index.binary_search_by(|e| e.pattern.cmp(key)).ok().map(|i| &index[i]);
    if let Some(hit) = find(name) {
        return Some(hit);
    }
    let mut rest = name;
    while let Some((_, parent)) = rest.split_once('.') {
        if let Some(hit) = find(&format!("*.{parent}")) {
            return Some(hit);
        }
        rest = parent;
    }
    None
}

/// Recognises a provider by its mail domain (lowercase ASCII form, as [`crate::address`]
/// produces it).
pub fn lookup_domain(domain: &str) -> Option<ProviderMatch> {
    let domain = domain.trim_end_matches('.');
    find_in(&generated::DOMAIN_INDEX, domain).map(|entry| resolve_entry(entry, MatchedBy::Domain(domain.to_owned())))
}

/// Recognises a hosted provider from a domain's MX hosts, most preferred first: first by the
/// providers' MX patterns, then by the domain each MX host belongs to (see
/// [`provider_domain_candidates`]) when that domain is a provider's.
pub fn lookup_mx<'a>(mx_hosts: impl IntoIterator<Item = &'a str> + Clone) -> Option<ProviderMatch> {
    let normalise = |h: &'a str| h.trim_end_matches('.').to_ascii_lowercase();
    for host in mx_hosts.clone() {
        let host = normalise(host);
        if let Some(entry) = find_in(&generated::MX_INDEX, &host) {
            return Some(resolve_entry(entry, MatchedBy::MxPattern(host)));
        }
    }
    for host in mx_hosts {
        let host = normalise(host);
        for parent in provider_domain_candidates(&host) {
            if let Some(entry) = find_in(&generated::DOMAIN_INDEX, parent) {
                return Some(resolve_entry(entry, MatchedBy::MxDomain(host.clone())));
            }
        }
    }
    None
}

/// The names under which an MX host may belong to a provider's own domain: its registrable
/// domain ("eTLD+1", from the public suffix list) with the `public-suffix` feature, else
/// each parent name of at least two labels, nearest first.
fn provider_domain_candidates(host: &str) -> Vec<&str> {
    #[cfg(feature = "public-suffix")]
    {
        registrable_domain(host).into_iter().collect()
    }
    #[cfg(not(feature = "public-suffix"))]
    {
        let mut parents = Vec::new();
        let mut rest = host;
        while let Some((_, parent)) = rest.split_once('.') {
            if parent.contains('.') {
                parents.push(parent);
            }
            rest = parent;
        }
        parents
    }
}

/// The registrable domain ("eTLD+1") of a host name, from the public suffix list.
#[cfg(feature = "public-suffix")]
pub fn registrable_domain(host: &str) -> Option<&str> {
    let domain = psl::domain(host.as_bytes())?;
    std::str::from_utf8(domain.as_bytes()).ok()
}

#[cfg(test)]
mod tests;
