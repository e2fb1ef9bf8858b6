//! `cargo xtask compare-providers`: our provider data against other maintained lists —
//! FairEmail's `providers.xml`, Delta Chat's provider-db and mutt-wizard's `domains.csv` —
//! domain by domain.
//!
//! For every mail domain a list names (a plain domain: patterns with wildcards are counted,
//! not compared), and every MX pattern by which FairEmail recognises a hosting
//! company, it asks our lookup, as the page and `lookup` do, and prints a line for each
//! difference: a domain or an MX host we do not know, an SMTP host, port or security mode
//! that none of ours matches, a step the list says comes first (an app password, switching
//! access on) where we ask for the plain password, a user name formed otherwise, or a
//! provider we say has no access for mail programs. A domain we do not know whose SMTP host
//! is that of a provider we recognise by its MX hosts (Google Workspace's smtp.gmail.com,
//! Microsoft 365's smtp.office365.com, ...) is mail that provider runs for the domain's
//! owner: the lookup finds it by the domain's MX, which this offline comparison cannot read,
//! so the line is resolved by that rule and counted.
//!
//! A difference we keep on purpose is resolved in `shared/providers/compare-resolutions.toml`
//! with why (and the source that says so); the report prints what is still open. The lists
//! are read from local copies whoever runs this fetched: they are never committed (their
//! licences are not ours), and only facts carry over from them, with their source.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use email_settings::address::{MailDomain, Query};
use email_settings::client::Client;
use email_settings::provider::Security;
use email_settings::settings::{UsernameForm, resolve, resolve_with};
use email_settings::way_in::{WayIn, way_in};
use serde::Deserialize;

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum List {
    FairEmail,
    DeltaChat,
    #[serde(rename = "mutt-wizard")]
    MuttWizard,
}

impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            List::FairEmail => "fairemail",
            List::DeltaChat => "deltachat",
            List::MuttWizard => "mutt-wizard",
        })
    }
}

/// An SMTP server as a list gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Server {
    host: String,
    port: u16,
    security: Security,
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{} {}", self.host, self.port, security_word(self.security))
    }
}

fn security_word(security: Security) -> &'static str {
    match security {
        Security::ImplicitTls => "implicit-tls",
        Security::StartTls => "starttls",
        Security::Plain => "plain",
    }
}

/// What one list says about one mail domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    list: List,
    provider: String,
    domain: String,
    smtp: Vec<Server>,
    /// The list says a step comes before the password works (an app password, access
    /// switched on): FairEmail's `appPassword` or `requiresEnabling`, Delta Chat's
    /// `PREPARATION`.
    step_first: bool,
    /// The user name: `Some(true)` for the local part alone, `Some(false)` for the address.
    local_part_user: Option<bool>,
    /// The entry is about mail hosted for any domain, recognised by its MX host: `domain` is
    /// then a host name the list's MX pattern matches.
    by_mx: bool,
}

/// The kinds of difference, in the order the report gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Kind {
    /// A domain the list knows and we answer with guesses.
    Missing,
    /// A hosting company's MX host the list recognises and we do not.
    Mx,
    /// We say the provider has no access for mail programs; the list gives servers.
    Access,
    /// None of our SMTP hosts is the list's.
    Host,
    /// The host is ours, the port is not.
    Port,
    /// Host and port are ours, the security mode is not.
    Security,
    /// The list says a step comes first; we ask for the plain password.
    Step,
    /// The user name is formed otherwise.
    Username,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Kind::Missing => "missing",
            Kind::Mx => "mx",
            Kind::Access => "access",
            Kind::Host => "host",
            Kind::Port => "port",
            Kind::Security => "security",
            Kind::Step => "step",
            Kind::Username => "username",
        })
    }
}

/// One difference between a list and our data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) list: List,
    pub(crate) domain: String,
    pub(crate) kind: Kind,
    pub(crate) detail: String,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<9} {:<9} {:<28} {}", self.kind, self.list, self.domain, self.detail)
    }
}

/// A difference kept on purpose, with why.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Resolution {
    domain: String,
    kind: Kind,
    /// The list it answers; every list when left out.
    list: Option<List>,
    why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Resolutions {
    #[serde(default)]
    resolved: Vec<Resolution>,
}

/// Reads the resolutions file; a resolution without a reason is an error.
pub(crate) fn read_resolutions(path: &Path) -> Result<Vec<Resolution>> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let file: Resolutions = toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    if let Some(bare) = file.resolved.iter().find(|r| r.why.trim().is_empty()) {
        bail!("{}: the resolution of {} ({}) says no why", path.display(), bare.domain, bare.kind);
    }
    Ok(file.resolved)
}

// ---- FairEmail's providers.xml ----

/// Marks an MX host among a provider's domains while it is read.
const MX_MARK: &str = "mx:";

/// A FairEmail domain pattern as a plain domain, or `None` for a real pattern.
fn plain_domain(pattern: &str) -> Option<String> {
    // The file escapes dots twice (`gmail\\.com`), an Android resource string's escaping.
    let unescaped = pattern.trim().replace("\\\\.", "\u{0}").replace("\\.", "\u{0}");
    if unescaped.is_empty() || unescaped.chars().any(|c| ".*+?[](){}|^$\\".contains(c)) {
        return None;
    }
    Some(unescaped.replace('\u{0}', ".").to_ascii_lowercase())
}

/// A host name FairEmail's MX pattern matches (`.*\\.mxof\\.com` gives `mx1.mxof.com`), or
/// `None` for a pattern that is more than a suffix.
fn sample_mx_host(pattern: &str) -> Option<String> {
    let pattern = pattern.trim();
    match pattern.strip_prefix(".*") {
        Some(suffix) => {
            let suffix = plain_domain(suffix.trim_start_matches("\\\\.").trim_start_matches("\\."))?;
            Some(format!("mx1.{suffix}"))
        }
        None => plain_domain(pattern),
    }
}

/// Reads FairEmail's `providers.xml`: its entries for plain domains and for MX patterns, and
/// how many domain patterns it has that are not plain domains.
pub(crate) fn read_fairemail(xml: &str) -> Result<(Vec<Entry>, usize)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut entries = Vec::new();
    let mut patterns = 0;
    // The provider being read (its domain left empty) and its domains.
    let mut current: Option<(Entry, Vec<String>)> = None;
    loop {
        let e = match reader.read_event().context("providers.xml is not valid XML")? {
            Event::Start(e) | Event::Empty(e) => e,
            Event::End(e) if e.local_name().as_ref() == b"provider" => {
                if let Some((provider, domains)) = current.take() {
                    entries.extend(domains.into_iter().map(|domain| match domain.strip_prefix(MX_MARK) {
                        Some(host) => Entry { domain: host.to_owned(), by_mx: true, ..provider.clone() },
                        None => Entry { domain, ..provider.clone() },
                    }));
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let attr = |key: &str| {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == key.as_bytes())
                .and_then(|a| a.unescape_value().ok())
                .map(|v| v.into_owned())
        };
        match e.local_name().as_ref() {
            b"provider" => {
                let mut domains = Vec::new();
                for pattern in attr("domain").unwrap_or_default().split(',').filter(|p| !p.trim().is_empty()) {
                    match plain_domain(pattern) {
                        Some(domain) => domains.push(domain),
                        None => patterns += 1,
                    }
                }
                let step_first = attr("appPassword").as_deref() == Some("true")
                    || attr("requiresEnabling").as_deref() == Some("true");
                let provider = Entry {
                    list: List::FairEmail,
                    provider: attr("name").unwrap_or_default(),
                    domain: String::new(),
                    smtp: Vec::new(),
                    step_first,
                    local_part_user: attr("user").map(|u| u == "local"),
                    by_mx: false,
                };
                let mx_hosts: Vec<String> =
                    attr("mx").unwrap_or_default().split(',').filter_map(sample_mx_host).collect();
                current = Some((provider, domains));
                if let Some((_, domains)) = current.as_mut() {
                    domains.extend(mx_hosts.into_iter().map(|host| format!("{MX_MARK}{host}")));
                }
            }
            b"smtp" => {
                if let Some((Entry { smtp, .. }, _)) = current.as_mut() {
                    let host = attr("host").unwrap_or_default().to_ascii_lowercase();
                    let port = attr("port").and_then(|p| p.parse().ok()).unwrap_or(0);
                    // FairEmail: `starttls="false"` is TLS from the first byte.
                    let security = if attr("starttls").as_deref() == Some("true") {
                        Security::StartTls
                    } else {
                        Security::ImplicitTls
                    };
                    if !host.is_empty() && port != 0 {
                        smtp.push(Server { host, port, security });
                    }
                }
            }
            _ => {}
        }
    }
    Ok((entries, patterns))
}

// ---- Delta Chat's provider-db ----

/// Reads one provider-db file (YAML front matter between `---` lines); `None` for a file
/// without front matter.
pub(crate) fn read_deltachat_file(text: &str) -> Option<Vec<Entry>> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "---" {
        return None;
    }
    let front: Vec<&str> = lines.take_while(|l| l.trim() != "---").collect();
    let (mut name, mut status) = (String::new(), String::new());
    let mut domains = Vec::new();
    let mut servers: Vec<BTreeMap<String, String>> = Vec::new();
    let mut section = "";
    for line in front {
        // A list item may start in the first column (`- type: smtp` under `server:`).
        let indented = line.starts_with(' ') || line.starts_with('\t') || line.starts_with("- ");
        let trimmed = line.trim();
        if !indented {
            let (key, value) = trimmed.split_once(':').unwrap_or((trimmed, ""));
            section = match key {
                "domains" => "domains",
                "server" => "server",
                _ => "",
            };
            match key {
                "name" => name = value.trim().to_owned(),
                "status" => status = value.trim().to_owned(),
                _ => {}
            }
            continue;
        }
        match section {
            "domains" => {
                if let Some(domain) = trimmed.strip_prefix("- ") {
                    domains.push(domain.trim().to_ascii_lowercase());
                }
            }
            "server" => {
                let (starts, pair) = match trimmed.strip_prefix("- ") {
                    Some(rest) => (true, rest),
                    None => (false, trimmed),
                };
                if starts {
                    servers.push(BTreeMap::new());
                }
                if let (Some(server), Some((key, value))) = (servers.last_mut(), pair.split_once(':')) {
                    server.insert(key.trim().to_owned(), value.trim().to_owned());
                }
            }
            _ => {}
        }
    }
    let field = |s: &BTreeMap<String, String>, key: &str| s.get(key).cloned().unwrap_or_default();
    let smtp: Vec<Server> = servers
        .iter()
        .filter(|s| field(s, "type").eq_ignore_ascii_case("smtp"))
        .filter_map(|s| {
            let security = match field(s, "socket").to_ascii_uppercase().as_str() {
                "SSL" => Security::ImplicitTls,
                "STARTTLS" => Security::StartTls,
                "PLAIN" => Security::Plain,
                _ => return None,
            };
            Some(Server {
                host: field(s, "hostname").to_ascii_lowercase(),
                port: field(s, "port").parse().ok()?,
                security,
            })
        })
        .collect();
    let local = servers
        .iter()
        .find(|s| field(s, "type").eq_ignore_ascii_case("smtp"))
        .and_then(|s| s.get("username_pattern"))
        .map(|p| p.eq_ignore_ascii_case("EMAILLOCALPART"));
    Some(
        domains
            .into_iter()
            .map(|domain| Entry {
                list: List::DeltaChat,
                provider: name.clone(),
                domain,
                smtp: smtp.clone(),
                step_first: status.eq_ignore_ascii_case("PREPARATION"),
                local_part_user: local,
                by_mx: false,
            })
            .collect(),
    )
}

/// Reads mutt-wizard's `share/domains.csv` (`ADDRESS,IMAP,imap port,SMTP,smtp port`): its
/// plain domains, and how many of its rows are patterns (`gmx.*`) or not domains at all.
/// The list gives a port, not a security mode: mutt-wizard takes 465 for TLS from the first
/// byte and any other port for STARTTLS, and so does this reader. It says nothing of steps
/// or user names (mutt-wizard logs in with the address unless told otherwise).
pub(crate) fn read_mutt_wizard(csv: &str) -> Result<(Vec<Entry>, usize)> {
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    if !header.to_ascii_lowercase().starts_with("address,imap,") {
        bail!("not mutt-wizard's domains.csv: its first line is {header:?}");
    }
    let (mut entries, mut patterns) = (Vec::new(), 0);
    for (number, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [domain, _imap, _imap_port, host, port, ..] = fields[..] else {
            bail!("domains.csv line {}: five fields expected: {line:?}", number + 2);
        };
        let domain = domain.to_ascii_lowercase();
        if !domain.contains('.') || domain.contains('*') {
            patterns += 1;
            continue;
        }
        let port: u16 = port.parse().with_context(|| format!("domains.csv line {}: port {port:?}", number + 2))?;
        let security = if port == 465 { Security::ImplicitTls } else { Security::StartTls };
        entries.push(Entry {
            list: List::MuttWizard,
            provider: domain.clone(),
            domain,
            smtp: vec![Server { host: host.to_ascii_lowercase(), port, security }],
            step_first: false,
            local_part_user: None,
            by_mx: false,
        });
    }
    Ok((entries, patterns))
}

/// The provider we recognise by its MX hosts that runs this SMTP host, if any: a domain we
/// do not know, sending through it, is that provider's customer (found by its MX at lookup).
fn hosted_at(entry: &Entry) -> Option<&'static str> {
    email_settings::provider::all()
        .iter()
        .filter(|p| !p.mx.is_empty())
        .find(|p| p.smtp.iter().any(|s| entry.smtp.iter().any(|theirs| theirs.host.eq_ignore_ascii_case(s.host))))
        .map(|p| p.name)
}

/// Reads every `*.md` of a provider-db directory (`_providers/` of the repository).
pub(crate) fn read_deltachat_dir(dir: &Path) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        entries.extend(read_deltachat_file(&text).unwrap_or_default());
    }
    Ok(entries)
}

// ---- The comparison ----

/// The differences between one list entry and our answer for its domain.
pub(crate) fn compare(entry: &Entry) -> Vec<Line> {
    let line = |kind: Kind, detail: String| Line { list: entry.list, domain: entry.domain.clone(), kind, detail };
    let settings = if entry.by_mx {
        // Mail of someone's own domain, hosted where the MX host points.
        let Ok(own) = MailDomain::parse("own-domain.example") else { return Vec::new() };
        resolve_with(&Query::Domain(own), &[entry.domain.as_str()], None)
    } else {
        let Ok(domain) = MailDomain::parse(&entry.domain) else {
            return Vec::new();
        };
        resolve(&Query::Domain(domain))
    };
    let theirs = entry.smtp.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    if settings.provider.is_none() {
        let kind = if entry.by_mx { Kind::Mx } else { Kind::Missing };
        return vec![line(kind, format!("{}: {theirs}", entry.provider))];
    }
    let ours: Vec<Server> = settings
        .smtp
        .iter()
        .filter(|c| !c.guessed)
        .map(|c| Server { host: c.host.clone(), port: c.port, security: c.security })
        .collect();
    let ours_text = || ours.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let mut lines = Vec::new();
    if ours.is_empty() {
        if !entry.smtp.is_empty() {
            lines.push(line(Kind::Access, format!("we: no access for mail programs; {}: {theirs}", entry.list)));
        }
        return lines;
    }
    let same_host = |s: &Server| ours.iter().any(|o| o.host == s.host);
    let same_port = |s: &Server| ours.iter().any(|o| o.host == s.host && o.port == s.port);
    let same = |s: &Server| ours.contains(s);
    if !entry.smtp.is_empty() && !entry.smtp.iter().any(same) {
        let kind = if entry.smtp.iter().any(same_port) {
            Kind::Security
        } else if entry.smtp.iter().any(same_host) {
            Kind::Port
        } else {
            Kind::Host
        };
        lines.push(line(kind, format!("we: {}; {}: {theirs}", ours_text(), entry.list)));
    }
    if entry.step_first && way_in(&settings, Client::Generic) == WayIn::Password {
        lines.push(line(Kind::Step, format!("{} says a step comes first; we ask for the password", entry.list)));
    }
    if let Some(local) = entry.local_part_user
        && let Some(best) = settings.smtp.iter().find(|c| !c.guessed)
    {
        let ours_local = best.username_form == UsernameForm::LocalPart;
        if ours_local != local {
            let said = |local: bool| if local { "the local part" } else { "the address" };
            lines.push(line(Kind::Username, format!("we: {}; {}: {}", said(ours_local), entry.list, said(local))));
        }
    }
    lines
}

/// The report: every line, resolved or not, and the counts.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) open: Vec<Line>,
    pub(crate) resolved: Vec<(Line, String)>,
    /// Domains we do not know that send through a provider we recognise by MX, per provider.
    pub(crate) hosted: BTreeMap<&'static str, usize>,
    /// The lists' domain patterns that are not plain domains (not compared).
    pub(crate) patterns: usize,
    /// Domains compared, per list.
    pub(crate) compared: BTreeMap<List, usize>,
}

impl Report {
    /// Compares every entry, and sets aside the lines a resolution answers.
    pub(crate) fn build(entries: &[Entry], patterns: usize, resolutions: &[Resolution]) -> Report {
        let mut report = Report { patterns, ..Report::default() };
        for entry in entries {
            *report.compared.entry(entry.list).or_default() += 1;
            for line in compare(entry) {
                if line.kind == Kind::Missing
                    && let Some(host) = hosted_at(entry)
                {
                    *report.hosted.entry(host).or_default() += 1;
                    report.resolved.push((line, format!("hosted at {host}: recognised by the domain's MX hosts")));
                    continue;
                }
                let answer = resolutions
                    .iter()
                    .find(|r| r.domain == line.domain && r.kind == line.kind && r.list.is_none_or(|l| l == line.list));
                match answer {
                    Some(r) => report.resolved.push((line, r.why.clone())),
                    None => report.open.push(line),
                }
            }
        }
        report.open.sort_by(|a, b| (a.kind, &a.domain, a.list).cmp(&(b.kind, &b.domain, b.list)));
        report
    }

    /// How many lines of each kind, open and resolved.
    pub(crate) fn counts(&self) -> BTreeMap<Kind, (usize, usize)> {
        let mut counts: BTreeMap<Kind, (usize, usize)> = BTreeMap::new();
        for line in &self.open {
            counts.entry(line.kind).or_default().0 += 1;
        }
        for (line, _) in &self.resolved {
            counts.entry(line.kind).or_default().1 += 1;
        }
        counts
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in &self.open {
            writeln!(f, "{line}")?;
        }
        let compared: Vec<String> = self.compared.iter().map(|(list, n)| format!("{n} from {list}")).collect();
        writeln!(
            f,
            "\n{} domains compared ({}); {} patterns that are not plain domains were not compared",
            self.compared.values().sum::<usize>(),
            compared.join(", "),
            self.patterns
        )?;
        if !self.hosted.is_empty() {
            let hosted: Vec<String> = self.hosted.iter().map(|(name, n)| format!("{n} at {name}")).collect();
            writeln!(f, "resolved by their SMTP host, a provider we recognise by MX: {}", hosted.join(", "))?;
        }
        for (kind, (open, resolved)) in self.counts() {
            writeln!(f, "{kind:<9} {open} open, {resolved} resolved")?;
        }
        write!(f, "{} open in all", self.open.len())
    }
}

/// The local copies of the lists to compare with.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Lists<'a> {
    /// FairEmail's `app/src/main/res/xml/providers.xml`.
    pub(crate) fairemail: Option<&'a Path>,
    /// Delta Chat provider-db's `_providers/` directory.
    pub(crate) deltachat: Option<&'a Path>,
    /// mutt-wizard's `share/domains.csv`.
    pub(crate) mutt_wizard: Option<&'a Path>,
}

/// `cargo xtask compare-providers`.
pub(crate) fn run(lists: &Lists<'_>, resolutions: &Path, strict: bool) -> Result<()> {
    let Lists { fairemail, deltachat, mutt_wizard } = *lists;
    if fairemail.is_none() && deltachat.is_none() && mutt_wizard.is_none() {
        bail!(
            "give --fairemail FILE, --deltachat DIR, --mutt-wizard FILE or several (local copies; see \
             shared/providers/README.md)"
        );
    }
    let mut entries = Vec::new();
    let mut patterns = 0;
    if let Some(path) = fairemail {
        let xml = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let (found, skipped) = read_fairemail(&xml)?;
        entries.extend(found);
        patterns = skipped;
    }
    if let Some(dir) = deltachat {
        entries.extend(read_deltachat_dir(dir)?);
    }
    if let Some(path) = mutt_wizard {
        let csv = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let (found, skipped) = read_mutt_wizard(&csv)?;
        entries.extend(found);
        patterns += skipped;
    }
    let report = Report::build(&entries, patterns, &read_resolutions(resolutions)?);
    println!("{report}");
    if strict && !report.open.is_empty() {
        bail!("{} lines are not resolved", report.open.len());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare").join(name)
    }

    fn kinds(lines: &[Line]) -> Vec<(String, Kind, List)> {
        lines.iter().map(|l| (l.domain.clone(), l.kind, l.list)).collect()
    }

    #[test]
    fn reads_fairemail_domains_and_servers() {
        let xml = std::fs::read_to_string(fixture("providers.xml")).unwrap();
        let (entries, patterns) = read_fairemail(&xml).unwrap();
        assert_eq!(patterns, 1, "`outlook\\\\..*` is a pattern");
        let gmail = entries.iter().find(|e| e.domain == "gmail.com").unwrap();
        assert_eq!(gmail.smtp, [Server { host: "smtp.gmail.com".into(), port: 465, security: Security::ImplicitTls }]);
        assert!(gmail.step_first);
        let second = entries.iter().find(|e| e.domain == "second.example").unwrap();
        assert_eq!(second.provider, "Two Domains");
        assert_eq!(second.smtp[0].security, Security::StartTls);
        assert_eq!(second.local_part_user, Some(true));
        let hoster = entries.iter().find(|e| e.by_mx && e.provider == "Hoster we lack").unwrap();
        assert_eq!(hoster.domain, "mx1.hoster-mx.example");
        assert_eq!(sample_mx_host("mail\\\\.ipn\\\\.de").as_deref(), Some("mail.ipn.de"));
        assert_eq!(sample_mx_host(".*(a|b)\\\\.example"), None);
    }

    #[test]
    fn reads_deltachat_front_matter() {
        let entries = read_deltachat_dir(&fixture("deltachat")).unwrap();
        let posteo = entries.iter().find(|e| e.domain == "posteo.de").unwrap();
        assert_eq!(posteo.provider, "Posteo");
        assert!(!posteo.step_first);
        assert_eq!(posteo.smtp.len(), 2);
        assert_eq!(posteo.smtp[1], Server { host: "posteo.de".into(), port: 2465, security: Security::ImplicitTls });
        assert!(entries.iter().any(|e| e.domain == "posteo.net"), "every domain of the list");
        let flat = entries.iter().find(|e| e.domain == "flat.example").unwrap();
        assert_eq!(flat.smtp, [Server { host: "smtp.flat.example".into(), port: 587, security: Security::StartTls }]);
        assert_eq!((flat.step_first, flat.local_part_user), (true, Some(true)), "list items in the first column");
        assert!(read_deltachat_file("no front matter").is_none());
    }

    #[test]
    fn reports_each_kind_of_difference_and_sets_resolved_ones_aside() {
        let xml = std::fs::read_to_string(fixture("providers.xml")).unwrap();
        let (mut entries, patterns) = read_fairemail(&xml).unwrap();
        entries.extend(read_deltachat_dir(&fixture("deltachat")).unwrap());
        let resolutions = read_resolutions(&fixture("resolutions.toml")).unwrap();
        let report = Report::build(&entries, patterns, &resolutions);
        let open = kinds(&report.open);
        assert!(
            open.contains(&("unknown-to-us.example".into(), Kind::Missing, List::FairEmail)),
            "a domain we only guess: {open:?}"
        );
        assert!(open.contains(&("posteo.de".into(), Kind::Port, List::DeltaChat)), "{open:?}");
        assert!(open.contains(&("mx1.hoster-mx.example".into(), Kind::Mx, List::FairEmail)), "{open:?}");
        assert!(!open.iter().any(|(d, _, _)| d == "mx1.your-server.de"), "Hetzner by its MX host: {open:?}");
        assert!(open.contains(&("web.de".into(), Kind::Host, List::FairEmail)), "{open:?}");
        assert!(open.contains(&("tuta.com".into(), Kind::Access, List::FairEmail)), "{open:?}");
        assert!(open.contains(&("runbox.com".into(), Kind::Step, List::FairEmail)), "{open:?}");
        assert!(open.contains(&("runbox.com".into(), Kind::Username, List::FairEmail)), "{open:?}");
        assert!(!open.iter().any(|(d, _, _)| d == "gmail.com"), "Gmail agrees, its app password included: {open:?}");
        let resolved = kinds(&report.resolved.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>());
        assert_eq!(resolved, [("second.example".to_owned(), Kind::Missing, List::FairEmail)]);
        let text = report.to_string();
        assert!(text.contains("1 patterns"), "{text}");
        assert!(text.ends_with(&format!("{} open in all", report.open.len())), "{text}");
    }

    #[test]
    fn reads_mutt_wizard_rows_and_resolves_domains_hosted_by_a_provider_we_know_by_mx() {
        let csv = std::fs::read_to_string(fixture("mutt-wizard-domains.csv")).unwrap();
        let (entries, patterns) = read_mutt_wizard(&csv).unwrap();
        assert_eq!(patterns, 2, "`posteo.*` and `hostbyname` are not domains");
        let own = entries.iter().find(|e| e.domain == "own.example").unwrap();
        assert_eq!(own.smtp, [Server { host: "mail.own.example".into(), port: 465, security: Security::ImplicitTls }]);
        let gmail = entries.iter().find(|e| e.domain == "gmail.com").unwrap();
        assert_eq!(gmail.smtp[0].security, Security::StartTls, "any port but 465 is STARTTLS");
        assert!(read_mutt_wizard("domain;host\n").is_err(), "another file's header");
        assert!(read_mutt_wizard("ADDRESS,IMAP,imap port,SMTP,smtp port\na.example,x,993,y\n").is_err());

        let report = Report::build(&entries, patterns, &[]);
        let open = kinds(&report.open);
        assert_eq!(
            open,
            [
                ("own.example".to_owned(), Kind::Missing, List::MuttWizard),
                ("posteo.de".to_owned(), Kind::Port, List::MuttWizard),
            ],
            "gmail.com agrees (587 is ours too); the schools are hosted"
        );
        let hosted: Vec<&str> = report.hosted.keys().copied().collect();
        assert_eq!(hosted.len(), 2, "Google's and Microsoft's customers: {hosted:?}");
        let text = report.to_string();
        assert!(text.contains("resolved by their SMTP host, a provider we recognise by MX: 1 at"), "{text}");
    }

    #[test]
    fn every_resolution_in_the_data_says_why() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/providers/compare-resolutions.toml");
        read_resolutions(&path).unwrap();
        let bare = "[[resolved]]\ndomain = \"a.example\"\nkind = \"host\"\nwhy = \" \"\n";
        let dir = std::env::temp_dir().join(format!("compare-resolutions-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("r.toml"), bare).unwrap();
        assert!(read_resolutions(&dir.join("r.toml")).is_err(), "a resolution needs a why");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
