//! The on-disk format of provider rules (`shared/providers/**/*.toml`) and its validation.
//!
//! This module is compiled four times: by `build.rs`, which loads and validates every file
//! and generates the static tables the crate embeds, by the crate's own tests, which check
//! the same rules and the rule checker itself, by the ISPDB importer in `xtask`, and into the
//! crate with the `provider-files` feature, where [`super::loaded`] reads an operator's own
//! file at run time with [`parse_provider`] and [`check_file`] (the crate never calls
//! `schema_files::load_dir`, which reads directories for the build, the tools and the tests, and is a file of its own that the library does not include). It therefore depends
//! only on `std`, `serde`, `toml` and its sibling `vocab` (the enums), and
//! must not refer to anything else in the crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use super::vocab::{AuthMethod, DataSource, HintKind, ProviderKind, Security, SignIn, Status, is_valid_hostname};

/// One provider file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderFile {
    /// Stable identifier: lowercase ASCII letters, digits and `-`; unique across all files.
    pub id: String,
    /// Name shown to people, e.g. "Gmail".
    pub name: String,
    /// How well it works with ordinary mail clients.
    pub status: Status,
    /// When a person last checked these facts against the provider's own documentation:
    /// `YYYY-MM` or `YYYY-MM-DD`.
    pub last_checked: String,
    /// Where the facts come from.
    pub source: DataSource,
    /// A mailbox provider (the default) or a sending service for apps and servers.
    #[serde(default, skip_serializing_if = "is_mailbox")]
    pub kind: ProviderKind,
    /// ISPDB entries (file stems, e.g. `googlemail.com`) that this curated file replaces. Every
    /// domain of a replaced entry must be listed by some curated file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supersedes: Vec<String>,
    /// The provider's home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Whose sign-in page its accounts use, when programs have a button for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<SignIn>,
    /// Mail domains: exact (`gmail.com`) or every subdomain (`*.onmicrosoft.com`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// MX host patterns that reveal this provider for custom domains: exact host names or
    /// `*.suffix`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mx: Vec<String>,
    /// Outgoing servers, in the provider's order (recommendation reorders them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub smtp: Vec<ServerEntry>,
    /// IMAP servers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imap: Vec<ServerEntry>,
    /// POP3 servers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pop3: Vec<ServerEntry>,
    /// Data centres with their own servers (Zoho). A region's domains and MX patterns select it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<RegionEntry>,
    /// What a person must know or do, in our own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<HintEntry>,
    /// The provider's own documentation pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<LinkEntry>,
}

fn is_mailbox(kind: &ProviderKind) -> bool {
    *kind == ProviderKind::Mailbox
}

/// A correction to an ISPDB-imported provider (`providers/overlays/<ISPDB id>.toml`): what we
/// know better, from the provider's own documentation, applied on top of the import so that
/// the importer stays re-runnable and the correction survives a re-import. Every field but
/// `overlays` and `last_checked` is optional; lists add to the imported ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayFile {
    /// The ISPDB entry corrected (its file stem, e.g. `qq.com`); must exist and not be
    /// superseded by a curated file.
    pub overlays: String,
    /// When a person last checked these corrections against the provider's documentation.
    pub last_checked: String,
    /// Replaces the imported status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Replaces the imported display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Replaces the login methods of every imported server (e.g. `["app-password"]` where
    /// ISPDB says "password" but the provider wants a generated one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<Vec<AuthMethod>>,
    /// Extra mail domains.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// Extra MX patterns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mx: Vec<String>,
    /// Hints shown before the imported ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<HintEntry>,
    /// Documentation pages shown before the imported ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<LinkEntry>,
}

impl OverlayFile {
    /// `file` with this overlay applied.
    pub fn apply(&self, file: &ProviderFile) -> ProviderFile {
        let mut out = file.clone();
        out.last_checked.clone_from(&self.last_checked);
        if let Some(status) = self.status {
            out.status = status;
        }
        if let Some(name) = &self.name {
            out.name.clone_from(name);
        }
        if let Some(auth) = &self.auth {
            for server in out.smtp.iter_mut().chain(out.imap.iter_mut()).chain(out.pop3.iter_mut()) {
                server.auth.clone_from(auth);
            }
        }
        out.domains.extend(self.domains.iter().cloned());
        out.mx.extend(self.mx.iter().cloned());
        out.hints.splice(0..0, self.hints.iter().cloned());
        out.docs.splice(0..0, self.docs.iter().cloned());
        out
    }
}

/// One server of one protocol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerEntry {
    /// Host name; may contain `%EMAILDOMAIN%`.
    pub host: String,
    /// TCP port, 1–65535 ([`check_file`] refuses 0).
    pub port: u16,
    /// `implicit-tls`, `starttls` or `plain` in the file; a curated file lists no plain SMTP server.
    pub security: Security,
    /// `address`, `local-part`, or a template using `%EMAILADDRESS%`, `%EMAILLOCALPART%`,
    /// `%EMAILDOMAIN%`.
    pub username: String,
    /// Accepted ways to log in, most preferred first.
    pub auth: Vec<AuthMethod>,
}

/// What a server's `username` says, read once for every place that turns it into
/// `Username` (the generated table, a provider file loaded at run time, the tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameSpelling<'a> {
    /// `address` or `%EMAILADDRESS%`.
    Address,
    /// `local-part` or `%EMAILLOCALPART%`.
    LocalPart,
    /// Any other template.
    Template(&'a str),
}

impl ServerEntry {
    /// Its `username`, read.
    pub fn username_spelling(&self) -> UsernameSpelling<'_> {
        match self.username.as_str() {
            "address" | "%EMAILADDRESS%" => UsernameSpelling::Address,
            "local-part" | "%EMAILLOCALPART%" => UsernameSpelling::LocalPart,
            template => UsernameSpelling::Template(template),
        }
    }
}

/// A data centre with its own servers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEntry {
    /// Unique within the provider, e.g. `eu`.
    pub id: String,
    /// Name shown to people, e.g. "Europe (zoho.eu)".
    pub name: String,
    /// Mail domains that select this data centre: exact, or `*.domain` for every subdomain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// MX host patterns that select this data centre: exact host names or `*.suffix`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mx: Vec<String>,
    /// Outgoing servers of this data centre. The key is required but the list may be empty, and then the
    /// provider's own servers are used.
    pub smtp: Vec<ServerEntry>,
    /// IMAP servers of this data centre; when empty, the provider's own are used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imap: Vec<ServerEntry>,
    /// POP3 servers of this data centre; when empty, the provider's own are used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pop3: Vec<ServerEntry>,
}

/// Something a person must know or do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HintEntry {
    /// What the hint is about (`app-password`, `enable-imap`, ...).
    pub kind: HintKind,
    /// The hint, in our own words; surrounding whitespace is trimmed when the tables are built.
    pub text: String,
    /// An https page about it; required in curated files and overlays, optional in ISPDB imports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// A link to the provider's documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkEntry {
    /// The page's address: an http or https URL.
    pub url: String,
    /// The page's title, as shown for the link.
    pub title: String,
}

/// Every file under a directory, in a stable order.
#[derive(Debug, Clone, Default)]
pub struct ProviderSet {
    /// Provider files (`curated/`, `ispdb/`, `services/`).
    pub files: Vec<(PathBuf, ProviderFile)>,
    /// Overlay files (`overlays/`).
    pub overlays: Vec<(PathBuf, OverlayFile)>,
}

/// Every problem found in the data; the build fails on any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<String>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "- {problem}")?;
        }
        Ok(())
    }
}

/// The directory whose files are overlays rather than providers.
pub const OVERLAY_DIR: &str = "overlays";

/// Reads the text of one provider file (the syntax and the field types; [`check_file`]
/// checks the rules). Pure, so the crate can offer it at run time (`provider::loaded`).
pub fn parse_provider(text: &str) -> Result<ProviderFile, String> {
    toml::from_str::<ProviderFile>(text).map_err(|e| e.to_string())
}

impl ProviderSet {
    /// The providers that take effect: every curated file, and every ISPDB file that no
    /// curated file supersedes, with its overlay applied. Sorted by id.
    pub fn effective(&self) -> Vec<ProviderFile> {
        let superseded: BTreeSet<&str> =
            self.files.iter().flat_map(|(_, f)| f.supersedes.iter().map(String::as_str)).collect();
        let overlay: BTreeMap<&str, &OverlayFile> =
            self.overlays.iter().map(|(_, o)| (o.overlays.as_str(), o)).collect();
        let mut out: Vec<ProviderFile> = self
            .files
            .iter()
            .map(|(_, f)| f)
            .filter(|f| !(f.source == DataSource::Ispdb && superseded.contains(f.id.as_str())))
            .map(|f| match overlay.get(f.id.as_str()) {
                Some(o) if f.source == DataSource::Ispdb => o.apply(f),
                _ => f.clone(),
            })
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// Checks every rule; returns all problems at once.
    pub fn validate(&self) -> Result<(), Problems> {
        let mut problems = Vec::new();
        let mut ids: BTreeMap<&str, &Path> = BTreeMap::new();
        for (path, file) in &self.files {
            let at = path.display();
            if let Some(first) = ids.insert(&file.id, path) {
                problems.push(format!("{at}: id `{}` is also used by {}", file.id, first.display()));
            }
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if stem != file.id {
                problems.push(format!("{at}: file name must be `{}.toml`", file.id));
            }
            check_file(file, &mut |p| problems.push(format!("{at}: {p}")));
        }
        let by_id: BTreeMap<&str, &ProviderFile> = self.files.iter().map(|(_, f)| (f.id.as_str(), f)).collect();
        let superseded: BTreeSet<&str> =
            self.files.iter().flat_map(|(_, f)| f.supersedes.iter().map(String::as_str)).collect();
        let mut overlaid: BTreeMap<&str, &Path> = BTreeMap::new();
        for (path, overlay) in &self.overlays {
            let at = path.display();
            let target = overlay.overlays.as_str();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if stem != target {
                problems.push(format!("{at}: file name must be `{target}.toml`"));
            }
            if let Some(first) = overlaid.insert(target, path) {
                problems.push(format!("{at}: `{target}` is also overlaid by {}", first.display()));
            }
            match by_id.get(target) {
                None => problems.push(format!("{at}: overlays `{target}`, which does not exist")),
                Some(file) if file.source != DataSource::Ispdb => {
                    problems.push(format!("{at}: overlays `{target}`, which is not an ISPDB import: edit it instead"))
                }
                Some(_) if superseded.contains(target) => {
                    problems.push(format!("{at}: overlays `{target}`, which a curated file supersedes"))
                }
                Some(file) => {
                    // The corrected entry must pass every rule, and every hint we add is ours,
                    // so it needs a link to the provider's page.
                    check_file(&overlay.apply(file), &mut |p| problems.push(format!("{at} (applied): {p}")));
                    for hint in overlay.hints.iter().filter(|h| h.link.is_none()) {
                        problems.push(format!("{at}: hint {:?} has no link", hint.kind));
                    }
                }
            }
        }
        let effective = self.effective();
        let mut owner: BTreeMap<String, &str> = BTreeMap::new();
        for file in &effective {
            let region_domains = file.regions.iter().flat_map(|r| r.domains.iter());
            for domain in file.domains.iter().chain(region_domains) {
                if let Some(other) = owner.insert(domain.clone(), &file.id) {
                    problems.push(format!("domain `{domain}` is claimed by both `{other}` and `{}`", file.id));
                }
            }
        }
        // Supersession: only ISPDB entries, only existing ones, all their domains kept.
        for (path, file) in &self.files {
            for target in &file.supersedes {
                match by_id.get(target.as_str()) {
                    None => problems.push(format!("{}: supersedes `{target}`, which does not exist", path.display())),
                    Some(old) if old.source != DataSource::Ispdb => problems
                        .push(format!("{}: supersedes `{target}`, which is not an ISPDB import", path.display())),
                    Some(old) => {
                        for domain in &old.domains {
                            if !owner.contains_key(domain) {
                                problems.push(format!(
                                    "{}: supersedes `{target}` but no provider lists its domain `{domain}`",
                                    path.display()
                                ));
                            }
                        }
                    }
                }
            }
            if !file.supersedes.is_empty() && file.source != DataSource::Curated {
                problems.push(format!("{}: only curated files may supersede", path.display()));
            }
        }
        let mut mx_owner: BTreeMap<&str, &str> = BTreeMap::new();
        for file in &effective {
            for pattern in file.mx.iter().chain(file.regions.iter().flat_map(|r| r.mx.iter())) {
                let previous = mx_owner.insert(pattern.as_str(), file.id.as_str()).filter(|other| *other != file.id);
                if let Some(other) = previous {
                    problems.push(format!("MX pattern `{pattern}` is claimed by both `{other}` and `{}`", file.id));
                }
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(Problems(problems)) }
    }
}

/// Checks the rules that concern one file alone.
pub fn check_file(file: &ProviderFile, report: &mut dyn FnMut(String)) {
    if file.id.is_empty()
        || !file.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        report(format!("id `{}` must be lowercase letters, digits, `-` or `.`", file.id));
    }
    if file.name.trim().is_empty() {
        report("name is empty".to_owned());
    }
    if !is_valid_month_or_date(&file.last_checked) {
        report(format!("last_checked `{}` is not YYYY-MM or YYYY-MM-DD", file.last_checked));
    }
    match file.kind {
        ProviderKind::Mailbox if file.domains.is_empty() && file.mx.is_empty() && file.regions.is_empty() => {
            report("lists no domains and no MX patterns, so nothing can match it".to_owned())
        }
        ProviderKind::SendingService => {
            let region_names = file.regions.iter().flat_map(|r| r.domains.iter().chain(r.mx.iter()));
            if !file.domains.is_empty() || !file.mx.is_empty() || region_names.count() > 0 {
                report("a sending service is picked by name: it lists no domains or MX patterns".to_owned());
            }
            if file.source != DataSource::Curated {
                report("a sending service must be curated".to_owned());
            }
        }
        ProviderKind::Mailbox => {}
    }
    for domain in &file.domains {
        if !is_valid_domain_pattern(domain) {
            report(format!("domain `{domain}` is not a lowercase ASCII domain or `*.domain`"));
        }
    }
    for pattern in &file.mx {
        if !is_valid_domain_pattern(pattern) {
            report(format!("MX pattern `{pattern}` is not a lowercase host name or `*.suffix`"));
        }
    }
    // The provider's own list is what the page shows while the data centre is unknown, so it
    // is needed even when every region has its own. A provider without client access lists
    // none at all, and says what it offers instead.
    if file.status == Status::NoClientAccess {
        let regional = file.regions.iter().any(|r| !r.smtp.is_empty() || !r.imap.is_empty() || !r.pop3.is_empty());
        if !file.smtp.is_empty() || !file.imap.is_empty() || !file.pop3.is_empty() || regional {
            report("status `no-client-access` but servers are listed".to_owned());
        }
        if !file.hints.iter().any(|h| h.kind == HintKind::Alternative) {
            report(
                "status `no-client-access` needs an `alternative` hint: what the provider offers instead".to_owned(),
            );
        }
    } else if file.smtp.is_empty() {
        report("has no SMTP server".to_owned());
    }
    if file.status == Status::Preparation && !file.hints.iter().any(|h| h.kind.is_step()) {
        report(
            "status `preparation` needs a hint naming the step (app-password, enable-imap, paid-plan, ...)".to_owned(),
        );
    }
    for (protocol, servers) in [("smtp", &file.smtp), ("imap", &file.imap), ("pop3", &file.pop3)] {
        check_servers(protocol, servers, report);
    }
    let mut region_ids = BTreeSet::new();
    for region in &file.regions {
        if !region_ids.insert(region.id.as_str()) {
            report(format!("region id `{}` is repeated", region.id));
        }
        for domain in region.domains.iter().chain(region.mx.iter()) {
            if !is_valid_domain_pattern(domain) {
                report(format!("region `{}`: `{domain}` is not a valid domain pattern", region.id));
            }
        }
        for (protocol, servers) in [("smtp", &region.smtp), ("imap", &region.imap), ("pop3", &region.pop3)] {
            check_servers(&format!("region `{}` {protocol}", region.id), servers, report);
        }
    }
    let bad_site = file.website.as_ref().filter(|s| !s.starts_with("https://") && !s.starts_with("http://"));
    if let Some(site) = bad_site {
        report(format!("website `{site}` is not an http(s) URL"));
    }
    for hint in &file.hints {
        if hint.text.trim().is_empty() {
            report("a hint has no text".to_owned());
        }
        match &hint.link {
            Some(link) if !link.starts_with("https://") => report(format!("hint link `{link}` must be an https URL")),
            None if file.source == DataSource::Curated => report(format!("curated hint {:?} has no link", hint.kind)),
            _ => {}
        }
    }
    for doc in &file.docs {
        if !doc.url.starts_with("https://") && !doc.url.starts_with("http://") {
            report(format!("documentation link `{}` is not an http(s) URL", doc.url));
        }
    }
    if file.source == DataSource::Curated && file.smtp.iter().any(|s| s.security == Security::Plain) {
        report("a curated provider must not list a plaintext SMTP server".to_owned());
    }
}

fn check_servers(protocol: &str, servers: &[ServerEntry], report: &mut dyn FnMut(String)) {
    let mut seen = BTreeSet::new();
    for server in servers {
        let host = server.host.replace("%EMAILDOMAIN%", "example.org");
        if !is_valid_hostname(&host) {
            report(format!("{protocol} host `{}` is not a valid host name", server.host));
        }
        if server.port == 0 {
            report(format!("{protocol} `{}` has port 0", server.host));
        }
        if !seen.insert((&server.host, server.port)) {
            report(format!("{protocol} `{}:{}` is listed twice", server.host, server.port));
        }
        if server.auth.is_empty() {
            report(format!("{protocol} `{}:{}` lists no auth method", server.host, server.port));
        }
        if !is_valid_username_form(&server.username) {
            report(format!(
                "{protocol} `{}` username `{}` is not `address`, `local-part` or a template of \
                 %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%",
                server.host, server.username
            ));
        }
    }
}

/// `address`, `local-part`, or a template whose `%...%` placeholders are all known.
pub fn is_valid_username_form(form: &str) -> bool {
    if form == "address" || form == "local-part" {
        return true;
    }
    if form.is_empty() {
        return false;
    }
    let mut parts = form.split('%');
    let _ = parts.next();
    // Between pairs of `%` must stand a known placeholder.
    loop {
        match (parts.next(), parts.next()) {
            (None, _) => return true,
            (Some(name), Some(_)) => {
                if !matches!(name, "EMAILADDRESS" | "EMAILLOCALPART" | "EMAILDOMAIN") {
                    return false;
                }
            }
            (Some(_), None) => return false, // an unclosed `%`
        }
    }
}

/// A host name, or `*.` followed by one.
pub fn is_valid_domain_pattern(pattern: &str) -> bool {
    is_valid_hostname(pattern.strip_prefix("*.").unwrap_or(pattern))
}

fn is_valid_month_or_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let month_ok = |m: &str| number(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0));
    match parts.as_slice() {
        [y, m] => number(y, 4) && month_ok(m),
        [y, m, d] => number(y, 4) && month_ok(m) && number(d, 2) && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)),
        _ => false,
    }
}
