//! Providers loaded at run time from an operator's own file (the proxy's `serve --autoconfig
//! FILE`): read with the same schema and checked with the same rules as the built-in data,
//! then turned into the same static shape, so settings, renderers and the kit take them as
//! they take built-in providers (each distinct file once per process: see [`into_static`]).
//!
//! Pure like the rest of the crate: the caller reads the file and passes its text.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::schema::{self, ProviderFile, RegionEntry, ServerEntry, UsernameSpelling};
use super::{
    Hint, Link, MatchedBy, Provider, ProviderKind, ProviderMatch, Region, Server, Status, Username, is_valid_hostname,
};

/// Why an operator's provider file cannot be served.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// Not TOML, or a field is missing, unknown or of the wrong type.
    #[error("not a provider file: {0}")]
    Syntax(String),
    /// Readable, but it breaks rules of the provider data or cannot be served.
    #[error("the file breaks these rules:\n{0}")]
    Invalid(schema::Problems),
}

impl LoadError {
    /// Each problem on its own (one for a syntax error).
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Syntax(text) => vec![text.clone()],
            LoadError::Invalid(problems) => problems.0.clone(),
        }
    }
}

/// Reads and checks an operator's provider file: every rule of the built-in data
/// ([`schema::check_file`]), and what serving it needs: a mailbox provider with SMTP servers
/// and an incoming (IMAP or POP3) server that names its exact mail domains.
pub fn parse_operator_file(text: &str) -> Result<ProviderFile, LoadError> {
    let file = schema::parse_provider(text).map_err(LoadError::Syntax)?;
    let mut problems = Vec::new();
    schema::check_file(&file, &mut |p| problems.push(p));
    if file.kind != ProviderKind::Mailbox {
        problems.push("a sending service has no mail domains to serve: describe a mailbox provider".to_owned());
    }
    if file.status == Status::NoClientAccess {
        problems.push("status `no-client-access` has no settings to serve".to_owned());
    }
    if file.domains.is_empty() && file.regions.iter().all(|r| r.domains.is_empty()) {
        problems
            .push("lists no domains: name the mail domains to serve, e.g. `domains = [\"example.com\"]`".to_owned());
    }
    // Thunderbird refuses a config without an `incomingServer`, Outlook's account needs one
    // and Apple's profile would get a guessed one: a served domain names its real one.
    let incoming = |imap: &[ServerEntry], pop3: &[ServerEntry]| !imap.is_empty() || !pop3.is_empty();
    let own_incoming = incoming(&file.imap, &file.pop3);
    let lacking = (!file.domains.is_empty() && !own_incoming)
        || file.regions.iter().any(|r| !r.domains.is_empty() && !own_incoming && !incoming(&r.imap, &r.pop3));
    if lacking {
        problems.push(
            "has no incoming server: mail programs set up an account only with one, so add an `[[imap]]` (or `[[pop3]]`) server"
                .to_owned(),
        );
    }
    let wildcard =
        file.domains.iter().chain(file.regions.iter().flat_map(|r| r.domains.iter())).find(|d| d.starts_with("*."));
    if let Some(pattern) = wildcard {
        problems.push(format!(
            "domain `{pattern}`: name each mail domain served (a pattern would make this server answer for names it does not know)"
        ));
    }
    if problems.is_empty() { Ok(file) } else { Err(LoadError::Invalid(schema::Problems(problems))) }
}

/// The provider described by `file`, in the static shape of the built-in data.
///
/// Providers live as long as the process, as built-in ones do, and each distinct file is
/// built once: converting the same file again (a reload, another instance) returns the
/// provider built the first time and takes no memory; only a changed file takes more.
pub fn into_static(file: &ProviderFile) -> &'static Provider {
    static BUILT: Mutex<BTreeMap<String, &'static Provider>> = Mutex::new(BTreeMap::new());
    let key = format!("{file:?}");
    // A panic elsewhere while holding the lock leaves the map whole: take it anyway.
    let mut built = BUILT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    built.entry(key).or_insert_with(|| build(file))
}

fn build(file: &ProviderFile) -> &'static Provider {
    Box::leak(Box::new(Provider {
        id: text(&file.id),
        name: text(&file.name),
        status: file.status,
        last_checked: text(&file.last_checked),
        source: file.source,
        kind: file.kind,
        website: file.website.as_deref().map(text),
        sign_in: file.sign_in,
        domains: texts(&file.domains),
        mx: texts(&file.mx),
        smtp: servers(&file.smtp),
        imap: servers(&file.imap),
        pop3: servers(&file.pop3),
        regions: Vec::leak(file.regions.iter().map(region).collect()),
        hints: Vec::leak(
            file.hints
                .iter()
                .map(|h| Hint { kind: h.kind, text: text(h.text.trim()), link: h.link.as_deref().map(text) })
                .collect(),
        ),
        docs: Vec::leak(file.docs.iter().map(|d| Link { url: text(&d.url), title: text(&d.title) }).collect()),
    }))
}

fn text(value: &str) -> &'static str {
    Box::leak(value.to_owned().into_boxed_str())
}

fn texts(values: &[String]) -> &'static [&'static str] {
    Vec::leak(values.iter().map(|v| text(v)).collect())
}

fn region(entry: &RegionEntry) -> Region {
    Region {
        id: text(&entry.id),
        name: text(&entry.name),
        domains: texts(&entry.domains),
        mx: texts(&entry.mx),
        smtp: servers(&entry.smtp),
        imap: servers(&entry.imap),
        pop3: servers(&entry.pop3),
    }
}

fn servers(entries: &[ServerEntry]) -> &'static [Server] {
    Vec::leak(
        entries
            .iter()
            .map(|s| Server {
                host: text(&s.host),
                port: s.port,
                security: s.security,
                username: match s.username_spelling() {
                    UsernameSpelling::Address => Username::Address,
                    UsernameSpelling::LocalPart => Username::LocalPart,
                    UsernameSpelling::Template(template) => Username::Template(text(template)),
                },
                auth: Vec::leak(s.auth.clone()),
            })
            .collect(),
    )
}

/// A domain two providers (or one provider twice) would serve.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("domain `{domain}` is served by both `{first}` and `{second}`")]
pub struct ServedTwice {
    /// The domain served twice, as the file writes it.
    pub domain: String,
    /// The id of the provider that served it first.
    pub first: String,
    /// The id of the provider being added.
    pub second: String,
}

/// The mail domains an operator serves, each with its provider (and data centre, for a
/// region's domain).
#[derive(Debug, Clone, Default)]
pub struct ServedDomains {
    by_domain: BTreeMap<String, (&'static Provider, Option<&'static Region>)>,
}

impl ServedDomains {
    /// Adds every domain of `provider`, or, when one is served already (by an earlier
    /// provider, or twice by this one), none.
    pub fn add(&mut self, provider: &'static Provider) -> Result<(), ServedTwice> {
        let own = provider.domains.iter().map(|d| (*d, None));
        let regional = provider.regions.iter().flat_map(|r| r.domains.iter().map(move |d| (*d, Some(r))));
        let mut added = BTreeMap::new();
        for (domain, region) in own.chain(regional) {
            debug_assert!(is_valid_hostname(domain), "checked by parse_operator_file");
            let earlier =
                self.by_domain.get(domain).map(|(p, _)| p.id).or(added.contains_key(domain).then_some(provider.id));
            if let Some(first) = earlier {
                return Err(ServedTwice {
                    domain: domain.to_owned(),
                    first: first.to_owned(),
                    second: provider.id.to_owned(),
                });
            }
            added.insert(domain.to_owned(), (provider, region));
        }
        self.by_domain.append(&mut added);
        Ok(())
    }

    /// The provider serving `domain` (lowercase ASCII, as [`crate::address`] produces it).
    pub fn lookup(&self, domain: &str) -> Option<ProviderMatch> {
        let domain = domain.trim_end_matches('.');
        self.by_domain.get(domain).map(|(provider, region)| ProviderMatch {
            provider,
            region: *region,
            matched_by: MatchedBy::Domain(domain.to_owned()),
        })
    }

    /// Every served domain, sorted.
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        self.by_domain.keys().map(String::as_str)
    }

    /// True when no domain is served yet.
    pub fn is_empty(&self) -> bool {
        self.by_domain.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::Query;
    use crate::provider::{AuthMethod, Security};
    use crate::settings::{self, UsernameForm};

    const OWNER: &str = r#"
id = "owner"
name = "Owner Mail"
status = "ok"
last_checked = "2026-12"
source = "curated"
domains = ["owner.example", "owner-mail.example"]

[[smtp]]
host = "smtp.%EMAILDOMAIN%"
port = 587
security = "starttls"
username = "local-part"
auth = ["password"]

[[smtp]]
host = "mail.owner.example"
port = 465
security = "implicit-tls"
username = "%EMAILLOCALPART%.%EMAILDOMAIN%"
auth = ["password"]

[[imap]]
host = "mail.owner.example"
port = 993
security = "implicit-tls"
username = "address"
auth = ["password"]
"#;

    #[test]
    fn an_operator_file_becomes_settings_like_built_in_data() {
        let file = parse_operator_file(OWNER).unwrap();
        let provider = into_static(&file);
        let mut served = ServedDomains::default();
        served.add(provider).unwrap();
        assert_eq!(served.domains().collect::<Vec<_>>(), ["owner-mail.example", "owner.example"]);
        let found = served.lookup("owner-mail.example.").unwrap();
        let query = Query::parse("ann@owner-mail.example").unwrap();
        let settings = settings::from_match(&query, &found, None);
        assert_eq!(settings.provider_name, "Owner Mail");
        let smtp: Vec<(&str, u16, Security, &str)> =
            settings.smtp.iter().map(|c| (c.host.as_str(), c.port, c.security, c.username.as_str())).collect();
        assert_eq!(
            smtp,
            [
                ("mail.owner.example", 465, Security::ImplicitTls, "ann.owner-mail.example"),
                ("smtp.owner-mail.example", 587, Security::StartTls, "ann"),
            ]
        );
        assert_eq!(settings.smtp[1].username_form, UsernameForm::LocalPart);
        assert_eq!(settings.imap[0].auth, [AuthMethod::Password]);
        assert!(served.lookup("owner.example.com").is_none() && served.lookup("example").is_none());
    }

    #[test]
    fn every_problem_is_named() {
        let check = |text: &str, expected: &str| {
            let error = parse_operator_file(text).unwrap_err();
            assert!(error.to_string().contains(expected), "{expected:?} not in {error}");
        };
        check("id = ", "not a provider file");
        assert_eq!(parse_operator_file("id = ").unwrap_err().problems().len(), 1);
        check(&OWNER.replace("status = \"ok\"", "status = \"ok\"\ncolour = \"red\""), "unknown field `colour`");
        check(&OWNER.replace("port = 587", "port = 70000"), "not a provider file");
        check(&OWNER.replace(r#"domains = ["owner.example", "owner-mail.example"]"#, ""), "lists no domains");
        check(&OWNER.replace("\"owner.example\",", "\"*.owner.example\","), "name each mail domain");
        check(&OWNER.replace("smtp.%EMAILDOMAIN%", "smtp .owner.example"), "is not a valid host name");
        check(&OWNER.replace("username = \"local-part\"", "username = \"%NAME%\""), "username `%NAME%`");
        check(&OWNER.replace("last_checked = \"2026-12\"", "last_checked = \"soon\""), "last_checked");
        check(&OWNER.replace("status = \"ok\"", "status = \"ok\"\nkind = \"sending-service\""), "sending service");
        let smtp_only = OWNER.split("[[imap]]").next().unwrap();
        check(smtp_only, "has no incoming server");
        let pop3 = OWNER.replace(
            "[[imap]]\nhost = \"mail.owner.example\"\nport = 993",
            "[[pop3]]\nhost = \"mail.owner.example\"\nport = 995",
        );
        assert!(parse_operator_file(&pop3).is_ok(), "POP3 is an incoming server too");
    }

    #[test]
    fn a_domain_served_twice_is_refused() {
        let mut served = ServedDomains::default();
        served.add(into_static(&parse_operator_file(OWNER).unwrap())).unwrap();
        let other = OWNER.replace("id = \"owner\"", "id = \"other\"");
        let other = other.replace(
            r#"domains = ["owner.example", "owner-mail.example"]"#,
            r#"domains = ["other.example", "owner.example"]"#,
        );
        let error = served.add(into_static(&parse_operator_file(&other).unwrap())).unwrap_err();
        let expected = ServedTwice { domain: "owner.example".into(), first: "owner".into(), second: "other".into() };
        assert_eq!(error, expected);
        assert!(error.to_string().contains("`owner.example` is served by both `owner` and `other`"), "{error}");
        assert!(served.lookup("other.example").is_none(), "a refused provider adds none of its domains");
        assert_eq!(served.lookup("owner.example").unwrap().provider.id, "owner", "nor replaces the first");
        let twice = OWNER.replace(r#""owner-mail.example"]"#, r#""owner-mail.example", "owner.example"]"#);
        let twice = twice.replace("id = \"owner\"", "id = \"twice\"");
        let error = ServedDomains::default().add(into_static(&parse_operator_file(&twice).unwrap())).unwrap_err();
        assert_eq!((error.first.as_str(), error.second.as_str()), ("twice", "twice"));
    }

    #[test]
    fn the_same_file_is_built_once() {
        let first = into_static(&parse_operator_file(OWNER).unwrap());
        let again = into_static(&parse_operator_file(OWNER).unwrap());
        assert!(std::ptr::eq(first, again), "a reload of an unchanged file takes no memory");
        let changed = OWNER.replace("Owner Mail", "Owner Mail, renamed");
        let other = into_static(&parse_operator_file(&changed).unwrap());
        assert!(!std::ptr::eq(first, other));
        assert_eq!(other.name, "Owner Mail, renamed");
    }
}
