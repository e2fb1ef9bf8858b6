//! Known mail providers and how to find the one behind a domain or its MX hosts.
//!
//! The tables are generated at build time from `shared/providers/**/*.toml` (see
//! [`schema`] and `build.rs`) as one compact table, decoded on first use (about a
//! millisecond; nothing is parsed from text) into `&'static` structures that live for the
//! process. A lookup is then a binary search, with the same answers in the browser and in
//! the proxy.

mod table;
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
    /// Sending mail (SMTP submission).
    Smtp,
    /// Reading mail kept on the server (IMAP).
    Imap,
    /// Downloading mail from the server (POP3).
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
    /// TCP port, 1–65535: usually 465 or 587 for SMTP (RFC 8314), 993 for IMAP, 995 for POP3.
    pub port: u16,
    /// How the connection on this port is secured.
    pub security: Security,
    /// What to type as the user name on this server.
    pub username: Username,
    /// Accepted ways to log in, most preferred first.
    pub auth: &'static [AuthMethod],
}

/// Something a person must know or do, in our own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Hint {
    /// What the hint is about, for grouping and badging.
    pub kind: HintKind,
    /// The hint in English, trimmed; its translations are found by [`message_id`](Self::message_id).
    pub text: &'static str,
    /// An https page of the provider's about it. Always present for curated hints and those an overlay
    /// adds; may be `None` for hints imported from ISPDB.
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
    /// The page's address: an http or https URL.
    pub url: &'static str,
    /// The page's title, as shown for the link.
    pub title: &'static str,
}

/// A data centre with its own servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Region {
    /// Short identifier, unique within the provider (`eu`, `us-east-1`); a typed word naming a sending
    /// service's data centre is matched against it (see [`service_named`]).
    pub id: &'static str,
    /// Name shown to people, e.g. "Europe (zoho.eu)".
    pub name: &'static str,
    /// Mail domains that belong to this data centre: exact, or `*.suffix` for every name below `suffix`
    /// (not `suffix` itself).
    pub domains: &'static [&'static str],
    /// MX host patterns that select this data centre, in the same form as the provider's `mx`.
    pub mx: &'static [&'static str],
    /// This data centre's outgoing servers; when empty, the provider's own are used (see [`Provider::servers`]).
    pub smtp: &'static [Server],
    /// This data centre's IMAP servers; when empty, the provider's own are used.
    pub imap: &'static [Server],
    /// This data centre's POP3 servers; when empty, the provider's own are used.
    pub pop3: &'static [Server],
}

/// A mail provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Provider {
    /// Stable identifier, the file's name in the built-in data: lowercase letters, digits, `-` and `.`
    /// (an ISPDB entry keeps its file stem, e.g. `qq.com`). Unique; [`all`] is sorted by it.
    pub id: &'static str,
    /// Name shown to people, e.g. "Gmail" (an ISPDB entry's may be just its domain).
    pub name: &'static str,
    /// How well the provider works with ordinary mail programs.
    pub status: Status,
    /// When its facts were last checked, as `YYYY-MM` or `YYYY-MM-DD`: against the provider's own pages for
    /// a curated file or an overlay, or the month of the import for an uncorrected ISPDB entry.
    pub last_checked: &'static str,
    /// Where its facts come from: curated by us, or imported from Thunderbird's ISPDB.
    pub source: DataSource,
    /// A mailbox provider or a sending service.
    pub kind: ProviderKind,
    /// The provider's home page (an http or https URL); `None` when the data names none.
    pub website: Option<&'static str>,
    /// Whose sign-in page its accounts use, when programs have a button for it.
    pub sign_in: Option<SignIn>,
    /// Mail domains: exact (`gmail.com`), or `*.suffix` for every name below `suffix` but not `suffix`
    /// itself. Empty for sending services; a data centre's own domains are in its [`Region`].
    pub domains: &'static [&'static str],
    /// MX host patterns that reveal the provider behind a custom domain: an exact host name, or `*.suffix`
    /// for every host below `suffix`. Empty for sending services.
    pub mx: &'static [&'static str],
    /// Outgoing servers, in the order the data lists them; empty only for [`Status::NoClientAccess`]. Also
    /// the list used while the data centre is unknown, or when it has none of its own.
    pub smtp: &'static [Server],
    /// IMAP servers, in the order the data lists them; may be empty.
    pub imap: &'static [Server],
    /// POP3 servers, in the order the data lists them; may be empty.
    pub pop3: &'static [Server],
    /// Data centres with their own servers; empty for most providers.
    pub regions: &'static [Region],
    /// What a person must know or do, in display order (an overlay's hints before the imported ones).
    pub hints: &'static [Hint],
    /// The provider's documentation pages (an overlay's before the imported ones).
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

    /// The data centre with this id; `None` when the provider has none by that id.
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

/// Every provider, sorted by id.
pub fn all() -> &'static [Provider] {
    table::tables().providers
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

/// The provider or sending service with this id; `None` for an unknown id.
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
    /// The recognised provider.
    pub provider: &'static Provider,
    /// The data centre the matched domain or MX pattern belongs to; `None` when it names none or the
    /// provider has none (see [`region_unknown`](Self::region_unknown)).
    pub region: Option<&'static Region>,
    /// What the provider was recognised by.
    pub matched_by: MatchedBy,
}

impl ProviderMatch {
    /// True when the provider has data centres and nothing told us which one is the person's.
    pub fn region_unknown(&self) -> bool {
        self.region.is_none() && !self.provider.regions.is_empty()
    }
}

fn resolve_entry(entry: &IndexEntry, matched_by: MatchedBy) -> ProviderMatch {
    let provider = &all()[usize::from(entry.provider)];
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
    find_in(&table::tables().domains, domain).map(|entry| resolve_entry(entry, MatchedBy::Domain(domain.to_owned())))
}

/// Recognises a hosted provider from a domain's MX hosts, most preferred first: first by the
/// providers' MX patterns, then by the domain each MX host belongs to (its registrable domain
/// with the `public-suffix` feature, else each of its parent names) when that domain is a
/// provider's.
pub fn lookup_mx<'a>(mx_hosts: impl IntoIterator<Item = &'a str> + Clone) -> Option<ProviderMatch> {
    let normalise = |h: &'a str| h.trim_end_matches('.').to_ascii_lowercase();
    for host in mx_hosts.clone() {
        let host = normalise(host);
        if let Some(entry) = find_in(&table::tables().mx, &host) {
            return Some(resolve_entry(entry, MatchedBy::MxPattern(host)));
        }
    }
    for host in mx_hosts {
        let host = normalise(host);
        for parent in provider_domain_candidates(&host) {
            if let Some(entry) = find_in(&table::tables().domains, parent) {
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
