//! From a query (address or domain) to the settings to show and to put in config files.
//!
//! [`resolve`] finds the provider (by domain, or by MX hosts when they are known) and turns
//! its server list into ordered, filled-in [`Candidate`]s: implicit TLS on 465 first, then
//! STARTTLS on 587 (RFC 8314 §3), other ports after, plaintext last and flagged. Every
//! candidate carries a short "why". An unknown domain gets guessed candidates, marked as
//! guesses, ready to probe. A provider that offers no SMTP at all (status
//! `no-client-access`) gets no candidates, and says what it offers instead; a sending service
//! (SendGrid, Amazon SES, ...) is picked by name with [`for_service`].

use crate::address::{MailDomain, Query};
use crate::provider::{
    self, AuthMethod, Hint, HintKind, MatchedBy, Protocol, Provider, ProviderMatch, Region, Security, Server, Status,
    Username, guessed_smtp_hosts,
};

/// The ports tried on a guessed host, best first (RFC 8314).
pub const GUESSED_SMTP_PORTS: &[(u16, Security)] = &[(465, Security::ImplicitTls), (587, Security::StartTls)];

/// One server to use, with everything filled in for the person who asked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Candidate {
    /// The protocol the server speaks (SMTP, IMAP or POP3).
    pub protocol: Protocol,
    /// Host name to connect to, with `%EMAILDOMAIN%` already replaced by the ASCII domain.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Transport security on that port: TLS from the first byte, STARTTLS, or none.
    pub security: Security,
    /// The user name to type, filled in for an address query; for a domain query it shows
    /// the form, e.g. `you@example.com`.
    pub username: String,
    /// How the user name is formed, for config files that keep placeholders.
    pub username_form: UsernameForm,
    /// Accepted ways to log in, most preferred first; a password alone for guessed servers and
    /// for those from the domain's SRV records or autoconfig file.
    pub auth: Vec<AuthMethod>,
    /// Why this one is where it is in the list, as facts.
    pub reason: Why,
    /// Whether this is a guess (unknown domain) rather than published data.
    pub guessed: bool,
}

/// How a user name is formed from the address.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "form", content = "template"))]
pub enum UsernameForm {
    /// The whole address, `someone@example.com` (`%EMAILADDRESS%`).
    Address,
    /// The part before the `@` (`%EMAILLOCALPART%`).
    LocalPart,
    /// The provider's own template, with any of `%EMAILADDRESS%`, `%EMAILLOCALPART%` and
    /// `%EMAILDOMAIN%` (e.g. `%EMAILLOCALPART%.%EMAILDOMAIN%`).
    Template(String),
}

impl UsernameForm {
    /// The form as a Thunderbird-style template (`%EMAILADDRESS%`, ...).
    pub fn template(&self) -> String {
        match self {
            UsernameForm::Address => "%EMAILADDRESS%".to_owned(),
            UsernameForm::LocalPart => "%EMAILLOCALPART%".to_owned(),
            UsernameForm::Template(t) => t.clone(),
        }
    }

    /// Fills the form in for `local@domain`.
    pub fn fill(&self, local: &str, domain: &str) -> String {
        self.template()
            .replace("%EMAILADDRESS%", &format!("{local}@{domain}"))
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain)
    }

    /// Describes the form for people.
    pub fn describe(&self) -> &'static str {
        match self {
            UsernameForm::Address => "your full email address",
            UsernameForm::LocalPart => "the part of your address before the @",
            UsernameForm::Template(_) => "a provider-specific form (see the value)",
        }
    }
}

impl From<Username> for UsernameForm {
    fn from(username: Username) -> UsernameForm {
        match username {
            Username::Address => UsernameForm::Address,
            Username::LocalPart => UsernameForm::LocalPart,
            Username::Template(t) => UsernameForm::Template(t.to_owned()),
        }
    }
}

/// A problem with the whole set of settings, shown above them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SettingsWarning {
    /// The provider lists only unencrypted SMTP servers.
    PlaintextOnly,
    /// The provider has data centres and nothing tells which one is the person's.
    RegionUnknown,
    /// Nothing is known about the domain; the candidates are guesses.
    UnknownProvider,
    /// The provider offers no SMTP or IMAP at all: there are no settings, only what it
    /// offers instead (see the hints).
    NoClientAccess,
}

/// Everything the page and the config files need for one query.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Settings {
    /// The query the settings are for: the one asked, except that a provider's server name
    /// typed as a domain (`smtp.gmail.com`) becomes the provider's own domain (`gmail.com`).
    pub query: Query,
    /// The recognised provider, if any.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub provider: Option<&'static Provider>,
    /// The provider's data centre whose servers are listed: the one asked for, else the one the
    /// domain or MX hosts point to. `None` for a provider without data centres, an unknown
    /// domain, or when nothing tells which ([`SettingsWarning::RegionUnknown`]).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub region: Option<&'static Region>,
    /// The recognised provider's stable id (lowercase ASCII letters, digits and `-`, e.g.
    /// `gmail`); `None` for an unknown domain.
    pub provider_id: Option<&'static str>,
    /// The name to show: the provider's, followed by an en dash and the data centre's name when
    /// that is known; for an unknown domain, the domain in Unicode form.
    pub provider_name: String,
    /// How the provider was recognised; `None` for an unknown domain.
    pub matched_by: Option<MatchedBy>,
    /// The provider's status (`None` for an unknown domain).
    pub status: Option<Status>,
    /// SMTP candidates, best first. Empty only for a provider without client access
    /// ([`SettingsWarning::NoClientAccess`]): every other provider file lists SMTP servers
    /// (checked at build time) and guesses always give some.
    pub smtp: Vec<Candidate>,
    /// IMAP candidates, best first (implicit TLS, then STARTTLS, plaintext last); empty when
    /// the provider lists none. An unknown domain gets guesses on port 993.
    pub imap: Vec<Candidate>,
    /// POP3 candidates, best first; empty when the provider lists none, and always for an
    /// unknown domain (POP3 is never guessed).
    pub pop3: Vec<Candidate>,
    /// What the person must know or do (app passwords, enabling access, ...), from the
    /// provider data; hints about choosing a data centre only while it is unknown. Empty for
    /// an unknown domain.
    pub hints: Vec<Hint>,
    /// Problems with the settings as a whole, shown above them; empty when there are none.
    pub warnings: Vec<SettingsWarning>,
}

impl Settings {
    /// The best SMTP candidate; `None` only when the provider offers no SMTP at all.
    pub fn best_smtp(&self) -> Option<&Candidate> {
        self.smtp.first()
    }

    /// The SMTP server a mail program is set up with: the best encrypted one, or the best
    /// of all when the provider offers only plaintext. Every config file and guide uses it.
    pub fn smtp_to_set_up(&self) -> Option<&Candidate> {
        self.smtp.iter().find(|c| c.security != Security::Plain).or(self.smtp.first())
    }

    /// The incoming server a mail program is set up with: IMAP if offered, else POP3.
    pub fn incoming_to_set_up(&self) -> Option<&Candidate> {
        self.imap.first().or(self.pop3.first())
    }

    /// Whether there is anything to set up: false for a provider without SMTP/IMAP access,
    /// for which no config file, snippet, guide or test command is made.
    pub fn offers_smtp(&self) -> bool {
        !self.smtp.is_empty()
    }

    /// The mail domain of the query (an address's domain, or the domain typed).
    pub fn domain(&self) -> &MailDomain {
        self.query.domain()
    }

    /// The address, or `you@domain` for a domain query.
    pub fn address_or_example(&self) -> String {
        match &self.query {
            Query::Address(address) => address.ascii(),
            Query::Domain(domain) => format!("you@{}", domain.ascii()),
        }
    }

    /// The local part, or `you` for a domain query.
    pub fn local_part_or_example(&self) -> &str {
        match &self.query {
            Query::Address(address) => address.local_part(),
            Query::Domain(_) => "you",
        }
    }

    /// Whether someone can own this domain and publish its settings (autoconfig files,
    /// SRV records): a domain recognised by its MX hosts, or not recognised at all. Not a
    /// provider's own domain (`gmail.com`: nobody setting up mail owns it) nor a sending
    /// service picked by name; and only where there is something to publish.
    pub fn has_an_owner_who_publishes(&self) -> bool {
        self.offers_smtp() && !matches!(self.matched_by, Some(MatchedBy::Domain(_) | MatchedBy::Service(_)))
    }

    /// Whether the provider offers OAuth2 only for SMTP.
    pub fn oauth2_only(&self) -> bool {
        self.offers_smtp() && self.smtp.iter().all(|c| c.auth.iter().all(|a| *a == AuthMethod::OAuth2))
    }
}

/// Resolves a query from the domain alone (what the page can do without the network).
pub fn resolve(query: &Query) -> Settings {
    resolve_with(query, &[], None)
}

/// Resolves a query: the provider by its domain, else by the domain's MX hosts (best
/// first), in the data centre `region_id` when the person picked one.
pub fn resolve_with(query: &Query, mx_hosts: &[&str], region_id: Option<&str>) -> Settings {
    let found =
        provider::lookup_domain(query.domain().ascii()).or_else(|| provider::lookup_mx(mx_hosts.iter().copied()));
    match found {
        Some(found) => {
            let region = region_id.and_then(|id| found.provider.region(id));
            from_match(query, &found, region)
        }
        // A sending service's own domain (`sendgrid.net`): its settings, not guesses.
        None => match provider::service_of_domain(query.domain().ascii()) {
            Some(service) => for_service(query, service.id, region_id).unwrap_or_else(|| guess(query)),
            None => match (query, provider::of_server_name(query.domain().ascii())) {
                // A provider's server name typed for a domain (`smtp.gmail.com`): that
                // provider, for its own domain, never `smtp.smtp.gmail.com`.
                (Query::Domain(_), Some(found)) => match found.domains.iter().find(|d| !d.starts_with('*')) {
                    Some(domain) => match Query::parse(domain) {
                        Ok(own) => resolve_with(&own, mx_hosts, region_id),
                        Err(_) => guess(query),
                    },
                    None => guess(query),
                },
                _ => guess(query),
            },
        },
    }
}

/// Settings for a known provider.
pub fn from_match(query: &Query, found: &ProviderMatch, region: Option<&'static Region>) -> Settings {
    let region = region.or(found.region);
    let provider = found.provider;
    let fill = |protocol: Protocol| candidates(query, protocol, provider.servers(protocol, region));
    let smtp = fill(Protocol::Smtp);
    let mut warnings = Vec::new();
    if provider.status == Status::NoClientAccess {
        warnings.push(SettingsWarning::NoClientAccess);
    } else if smtp.iter().all(|c| c.security == Security::Plain) {
        warnings.push(SettingsWarning::PlaintextOnly);
    }
    let region_unknown = region.is_none() && !provider.regions.is_empty();
    if region_unknown {
        warnings.push(SettingsWarning::RegionUnknown);
    }
    let mut hints: Vec<Hint> = provider.hints.to_vec();
    // Hints about choosing a data centre only matter while it is unknown.
    if !region_unknown {
        hints.retain(|h| h.kind != HintKind::ChooseRegion);
    }
    let name = match region {
        Some(r) => format!("{} \u{2013} {}", provider.name, r.name),
        None => provider.name.to_owned(),
    };
    Settings {
        query: query.clone(),
        provider: Some(provider),
        region,
        provider_id: Some(provider.id),
        provider_name: name,
        matched_by: Some(found.matched_by.clone()),
        status: Some(provider.status),
        smtp,
        imap: fill(Protocol::Imap),
        pop3: fill(Protocol::Pop3),
        hints,
        warnings,
    }
}

/// Settings for sending through the sending service `id` (SendGrid, Amazon SES, ...) as the
/// address or domain in `query`, in its data centre `region_id` when given. `None` when no
/// service has this id.
pub fn for_service(query: &Query, id: &str, region_id: Option<&str>) -> Option<Settings> {
    let service = provider::service(id)?;
    let found =
        ProviderMatch { provider: service, region: None, matched_by: MatchedBy::Service(service.id.to_owned()) };
    Some(from_match(query, &found, region_id.and_then(|r| service.region(r))))
}

/// Settings for the sending service a few typed words name (`sendgrid`, `amazon ses`,
/// `ses eu-west-1`, `mailgun eu`; see [`provider::service_named`]), for the service's own
/// domain. `None` when the words name no service.
pub fn for_service_named(text: &str) -> Option<Settings> {
    let (service, region) = provider::service_named(text)?;
    let site = service.website.and_then(|url| url.split("://").nth(1)).and_then(|rest| rest.split('/').next());
    let domain = site.map_or("example.com", |host| host.trim_start_matches("www."));
    let query = Query::parse(domain).ok()?;
    for_service(&query, service.id, region.map(|r| r.id))
}

/// Guessed candidates for an unknown domain: the usual host names on the usual ports.
pub fn guess(query: &Query) -> Settings {
    let domain = query.domain().ascii();
    let mut smtp = Vec::new();
    for host in guessed_smtp_hosts(domain) {
        for &(port, security) in GUESSED_SMTP_PORTS {
            smtp.push(candidate(
                query,
                Protocol::Smtp,
                &host,
                port,
                security,
                UsernameForm::Address,
                &[AuthMethod::Password],
                true,
            ));
        }
    }
    let imap = ["imap", "mail"]
        .iter()
        .map(|prefix| {
            let host = format!("{prefix}.{domain}");
            candidate(
                query,
                Protocol::Imap,
                &host,
                993,
                Security::ImplicitTls,
                UsernameForm::Address,
                &[AuthMethod::Password],
                true,
            )
        })
        .collect();
    Settings {
        query: query.clone(),
        provider: None,
        region: None,
        provider_id: None,
        provider_name: query.domain().unicode().to_owned(),
        matched_by: None,
        status: None,
        smtp,
        imap,
        pop3: Vec::new(),
        hints: Vec::new(),
        warnings: vec![SettingsWarning::UnknownProvider],
    }
}

fn candidates(query: &Query, protocol: Protocol, servers: &[Server]) -> Vec<Candidate> {
    let mut list: Vec<(usize, Candidate)> = servers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let host = s.host.replace("%EMAILDOMAIN%", query.domain().ascii());
            (i, candidate(query, protocol, &host, s.port, s.security, s.username.into(), s.auth, false))
        })
        .collect();
    // Stable: equal ranks keep the provider's order.
    list.sort_by_key(|(i, c)| (rank(protocol, c.port, c.security), *i));
    list.into_iter().map(|(_, c)| c).collect()
}

/// The recommendation order (RFC 8314 §3: implicit TLS preferred for submission).
pub fn rank(protocol: Protocol, port: u16, security: Security) -> u8 {
    match (protocol, security, port) {
        (_, Security::Plain, _) => 9,
        (Protocol::Smtp, Security::ImplicitTls, 465) => 0,
        (_, Security::ImplicitTls, _) => 1,
        (Protocol::Smtp, Security::StartTls, 587) => 2,
        (Protocol::Smtp, Security::StartTls, 25) => 5,
        (_, Security::StartTls, _) => 3,
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn candidate(
    query: &Query,
    protocol: Protocol,
    host: &str,
    port: u16,
    security: Security,
    form: UsernameForm,
    auth: &[AuthMethod],
    guessed: bool,
) -> Candidate {
    let (local, domain) = match query {
        Query::Address(a) => (a.local_part().to_owned(), a.domain().ascii().to_owned()),
        Query::Domain(d) => ("you".to_owned(), d.ascii().to_owned()),
    };
    let reason = Why::new(protocol, port, security, if guessed { Origin::Guessed } else { Origin::Published });
    Candidate {
        protocol,
        host: host.to_owned(),
        port,
        security,
        username: form.fill(&local, &domain),
        username_form: form,
        auth: auth.to_vec(),
        reason,
        guessed,
    }
}

/// Why a candidate is where it is in the list: what its port and security are for, and where
/// it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Why {
    /// What the candidate's port and security mode are for.
    pub port: PortReason,
    /// Where the candidate comes from.
    pub origin: Origin,
}

/// What a port and security mode are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "kind"))]
pub enum PortReason {
    /// Not encrypted.
    Plain,
    /// Port 465, encrypted from the first byte: what RFC 8314 prefers.
    ImplicitTls465,
    /// Port 587, the submission port with STARTTLS.
    Submission587,
    /// Port 25, meant for relaying between servers.
    Relay25,
    /// Encrypted from the first byte on another port.
    ImplicitTls {
        /// The TCP port: any but 465 for SMTP; any for IMAP and POP3 (e.g. 993, 995).
        port: u16,
    },
    /// STARTTLS on another port.
    StartTls {
        /// The TCP port: any but 587 and 25 for SMTP; any for IMAP and POP3 (e.g. 143, 110).
        port: u16,
    },
}

/// Where a candidate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Origin {
    /// The provider data (or a sending service's).
    Published,
    /// Guessed from the usual names.
    Guessed,
    /// The domain's SRV records.
    Srv,
    /// The domain's autoconfig file.
    Autoconfig,
    /// A test just now found it working.
    Tested,
}

impl Why {
    /// Classifies `port` and `security` for `protocol` (ports 465, 587 and 25 are singled out
    /// for SMTP only; plaintext is [`PortReason::Plain`] on any port) and records `origin`.
    pub fn new(protocol: Protocol, port: u16, security: Security, origin: Origin) -> Why {
        let port = match (protocol, security, port) {
            (_, Security::Plain, _) => PortReason::Plain,
            (Protocol::Smtp, Security::ImplicitTls, 465) => PortReason::ImplicitTls465,
            (Protocol::Smtp, Security::StartTls, 587) => PortReason::Submission587,
            (Protocol::Smtp, Security::StartTls, 25) => PortReason::Relay25,
            (_, Security::ImplicitTls, _) => PortReason::ImplicitTls { port },
            (_, Security::StartTls, _) => PortReason::StartTls { port },
        };
        Why { port, origin }
    }
}

impl Candidate {
    /// Sets where it comes from.
    pub fn set_origin(&mut self, origin: Origin) {
        self.reason.origin = origin;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(input: &str) -> Settings {
        resolve(&Query::parse(input).unwrap())
    }

    fn order(list: &[Candidate]) -> Vec<String> {
        list.iter().map(|c| format!("{}:{} {:?}", c.host, c.port, c.security)).collect()
    }

    #[test]
    fn known_provider_puts_implicit_tls_first() {
        let s = settings("Someone@gmail.com");
        assert_eq!(s.provider_id, Some("gmail"));
        assert_eq!(order(&s.smtp), ["smtp.gmail.com:465 ImplicitTls", "smtp.gmail.com:587 StartTls"]);
        assert_eq!(s.smtp[0].username, "Someone@gmail.com");
        assert_eq!(s.smtp[0].reason.port, PortReason::ImplicitTls465);
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn only_a_domain_of_ones_own_has_an_owner_who_publishes() {
        assert!(!settings("ann@gmail.com").has_an_owner_who_publishes(), "a provider's own domain");
        assert!(settings("ann@example.org").has_an_owner_who_publishes(), "not recognised: the owner knows");
        let hosted = resolve_with(&Query::parse("ann@firma.example").unwrap(), &["aspmx.l.google.com"], None);
        assert_eq!(hosted.provider_id, Some("google-workspace"));
        assert!(hosted.has_an_owner_who_publishes(), "recognised by its MX: the firm owns it");
        assert!(!settings("ann@tuta.com").has_an_owner_who_publishes(), "nothing to publish");
        let service = for_service_named("sendgrid").unwrap();
        assert!(!service.has_an_owner_who_publishes(), "a sending service picked by name");
    }

    #[test]
    fn unknown_domain_gets_marked_guesses() {
        let s = settings("ann@example.org");
        assert_eq!(s.provider_id, None);
        assert_eq!(s.warnings, [SettingsWarning::UnknownProvider]);
        assert_eq!(
            order(&s.smtp),
            [
                "smtp.example.org:465 ImplicitTls",
                "smtp.example.org:587 StartTls",
                "mail.example.org:465 ImplicitTls",
                "mail.example.org:587 StartTls",
                "example.org:465 ImplicitTls",
                "example.org:587 StartTls"
            ]
        );
        assert!(s.smtp.iter().all(|c| c.guessed && c.reason.origin == Origin::Guessed));
    }

    #[test]
    fn a_domain_query_shows_the_username_form() {
        let s = settings("gmail.com");
        assert_eq!(s.smtp[0].username, "you@gmail.com");
        assert_eq!(s.address_or_example(), "you@gmail.com");
    }

    #[test]
    fn plaintext_only_providers_are_flagged() {
        let s = settings("someone@bay.wind.ne.jp");
        assert!(s.smtp.iter().all(|c| c.security == Security::Plain));
        assert_eq!(s.warnings, [SettingsWarning::PlaintextOnly]);
        assert_eq!(s.smtp[0].reason.port, PortReason::Plain);
    }

    #[test]
    fn a_custom_domain_on_a_regional_provider_by_mx() {
        let query = Query::parse("ann@example.org").unwrap();
        let s = resolve_with(&query, &["mx.zoho.eu"], None);
        assert_eq!(s.provider_id, Some("zoho"));
        assert_eq!(s.smtp[0].host, "smtp.zoho.eu");
        assert!(!s.warnings.contains(&SettingsWarning::RegionUnknown));
        assert!(s.hints.iter().all(|h| h.kind != HintKind::ChooseRegion));
        let chosen = resolve_with(&Query::parse("ann@zoho.com").unwrap(), &[], Some("in"));
        assert_eq!(chosen.smtp[0].host, "smtp.zoho.in");
        let by_mx = resolve_with(&query, &["mx.zoho.eu"], Some("in"));
        assert_eq!(
            (by_mx.provider_id, by_mx.smtp[0].host.as_str()),
            (Some("zoho"), "smtp.zoho.in"),
            "a region choice keeps the MX match"
        );
    }

    #[test]
    fn icloud_uses_the_local_part_for_imap_only() {
        let s = settings("ann@icloud.com");
        assert_eq!(s.smtp[0].username, "ann@icloud.com");
        assert_eq!(s.imap[0].username, "ann");
    }

    #[test]
    fn ranks_follow_rfc_8314() {
        let smtp = |port, security| rank(Protocol::Smtp, port, security);
        assert!(smtp(465, Security::ImplicitTls) < smtp(587, Security::StartTls));
        assert!(smtp(587, Security::StartTls) < smtp(2525, Security::StartTls));
        assert!(smtp(2525, Security::StartTls) < smtp(25, Security::StartTls));
        assert!(smtp(25, Security::StartTls) < smtp(587, Security::Plain));
    }

    #[test]
    fn username_templates_fill_in() {
        let form = UsernameForm::Template("%EMAILLOCALPART%.%EMAILDOMAIN%".into());
        assert_eq!(form.fill("ann", "example.org"), "ann.example.org");
        assert_eq!(UsernameForm::LocalPart.fill("ann", "example.org"), "ann");
        assert_eq!(UsernameForm::Address.template(), "%EMAILADDRESS%");
    }
}
