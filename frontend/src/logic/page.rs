//! The page's state and its one reducer: what was typed, the open guide, the chosen data
//! centre, what discovery found, and the probe. `impl Reducible` in the app is a one-line
//! wrapper around [`Page::reduce`].

use mailsetup_shared::address::{AddressError, Query};
use mailsetup_shared::discovery::DiscoverResponse;
use mailsetup_shared::guides::Client;
use mailsetup_shared::settings::{self, Settings};

use super::probe_view::ProbeView;
use super::url_params::PageParams;

/// A lookup that may be under way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Lookup<T> {
    #[default]
    Idle,
    Loading,
    Done(T),
    Failed(String),
}

/// What the field resolves to.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// Nothing typed yet.
    Empty,
    Invalid(AddressError),
    Ready(Box<Settings>),
}

/// The whole page state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// The text in the field.
    pub input: String,
    /// A domain preset by the URL (embed mode): used while the field is empty.
    pub preset_domain: Option<String>,
    pub tab: Option<Client>,
    /// The data centre the person picked, for providers that have several.
    pub region: Option<String>,
    /// MX hosts found for the current domain (by discovery or DNS-over-HTTPS).
    pub mx_hosts: Vec<String>,
    pub discovery: Lookup<DiscoverResponse>,
    /// DNS-over-HTTPS: opted in, and its answer.
    pub doh: Lookup<Vec<String>>,
    pub probe: ProbeView,
    pub embed: bool,
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum PageAction {
    Input(String),
    Tab(Client),
    Region(Option<String>),
    DiscoveryStarted,
    DiscoveryFinished {
        domain: String,
        result: Result<DiscoverResponse, String>,
    },
    DohStarted,
    DohFinished {
        domain: String,
        result: Result<Vec<String>, String>,
    },
    /// The probe's state after an event. Only the probe that is current counts: one started
    /// for another domain or data centre, or replaced by a newer one, is ignored.
    Probe {
        view: ProbeView,
    },
}

impl Page {
    /// The initial state from the URL.
    pub fn from_params(params: &PageParams) -> Page {
        Page {
            input: params.address.clone().unwrap_or_default(),
            preset_domain: params.domain.clone(),
            tab: params.tab.as_deref().and_then(Client::from_id),
            embed: params.embed,
            ..Page::default()
        }
    }

    /// The text being looked up: the field, or the preset domain while the field is empty.
    pub fn query_text(&self) -> &str {
        match (&self.preset_domain, self.input.trim().is_empty()) {
            (Some(domain), true) => domain,
            _ => &self.input,
        }
    }

    /// The ASCII domain being looked up, if the text parses.
    pub fn domain(&self) -> Option<String> {
        Query::parse(self.query_text()).ok().map(|q| q.domain().ascii().to_owned())
    }

    /// What the page shows for the current state.
    pub fn resolution(&self) -> Resolution {
        let text = self.query_text();
        if text.trim().is_empty() {
            return Resolution::Empty;
        }
        let query = match Query::parse(text) {
            Ok(query) => query,
            Err(error) => return Resolution::Invalid(error),
        };
        let hosts: Vec<&str> = self.mx_hosts.iter().map(String::as_str).collect();
        let mut settings = settings::resolve_with(&query, &hosts, self.region.as_deref());
        // For a domain no provider covers, what it publishes beats the guesses.
        if let (None, Lookup::Done(found)) = (settings.provider, &self.discovery) {
            if let Some(published) = settings::from_discovery(&query, &found.candidates) {
                settings = published;
            }
        }
        Resolution::Ready(Box::new(settings))
    }

    /// The URL parameters that describe this state (for deep links).
    pub fn params(&self, base: &PageParams) -> PageParams {
        PageParams {
            address: Some(self.input.trim().to_owned()).filter(|a| !a.is_empty()),
            tab: self.tab.map(|t| t.id().to_owned()),
            ..base.clone()
        }
    }

    /// The reducer.
    pub fn reduce(&self, action: PageAction) -> Page {
        let mut next = self.clone();
        match action {
            PageAction::Input(text) => {
                let before = self.domain();
                next.input = text;
                if next.domain() != before {
                    // A new domain: what was found or tested for the old one no longer applies.
                    next.region = None;
                    next.mx_hosts.clear();
                    next.discovery = Lookup::Idle;
                    next.doh = Lookup::Idle;
                    next.probe = self.probe.retired();
                }
            }
            PageAction::Tab(client) => next.tab = Some(client),
            PageAction::Region(region) => {
                next.region = region;
                next.probe = self.probe.retired();
            }
            PageAction::DiscoveryStarted => next.discovery = Lookup::Loading,
            PageAction::DiscoveryFinished { domain, result } => {
                if self.domain().as_deref() != Some(domain.as_str()) {
                    return next; // an answer for a domain no longer shown
                }
                next.discovery = match result {
                    Ok(found) => {
                        next.mx_hosts = found.mx.iter().map(|m| m.host.clone()).collect();
                        // The settings may change with what was found: a probe of the old
                        // ones would mislead.
                        next.probe = self.probe.retired();
                        Lookup::Done(found)
                    }
                    Err(message) => Lookup::Failed(message),
                };
            }
            PageAction::DohStarted => next.doh = Lookup::Loading,
            PageAction::DohFinished { domain, result } => {
                if self.domain().as_deref() != Some(domain.as_str()) {
                    return next;
                }
                next.doh = match result {
                    Ok(hosts) => {
                        next.mx_hosts.clone_from(&hosts);
                        Lookup::Done(hosts)
                    }
                    Err(message) => Lookup::Failed(message),
                };
            }
            PageAction::Probe { view } => {
                // A new probe gets a new id; later events must carry the current one.
                let starting = view.id > self.probe.id && view.steps_seen() == 0;
                if starting || view.id == self.probe.id {
                    next.probe = view;
                }
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailsetup_shared::discovery::MxHost;

    fn provider(page: &Page) -> Option<&'static str> {
        match page.resolution() {
            Resolution::Ready(settings) => settings.provider_id,
            _ => None,
        }
    }

    #[test]
    fn typing_resolves_and_a_new_domain_resets_findings() {
        let page = Page::default();
        assert_eq!(page.resolution(), Resolution::Empty);
        let page = page.reduce(PageAction::Input("ann@gmail".into()));
        assert!(matches!(page.resolution(), Resolution::Invalid(AddressError::DomainWithoutDot)));
        let page = page.reduce(PageAction::Input("ann@gmail.com".into()));
        assert_eq!(provider(&page), Some("gmail"));
        let page = page.reduce(PageAction::Input("ann@".into()));
        assert!(matches!(page.resolution(), Resolution::Invalid(AddressError::EmptyDomain)));
    }

    #[test]
    fn discovery_recognises_a_custom_domain_and_stale_answers_are_ignored() {
        let page = Page::default().reduce(PageAction::Input("ann@company.example".into()));
        assert_eq!(provider(&page), None);
        let found = DiscoverResponse {
            domain: "company.example".into(),
            mx: vec![MxHost { preference: 10, host: "aspmx.l.google.com".into() }],
            srv: Vec::new(),
            autoconfig: Vec::new(),
            provider: None,
            candidates: Vec::new(),
            problems: Vec::new(),
        };
        let stale =
            page.reduce(PageAction::DiscoveryFinished { domain: "other.example".into(), result: Ok(found.clone()) });
        assert_eq!(stale.discovery, Lookup::Idle);
        let page = page.reduce(PageAction::DiscoveryFinished { domain: "company.example".into(), result: Ok(found) });
        assert_eq!(provider(&page), Some("google-workspace"));
        // Another address at the same domain keeps what was found.
        let same = page.reduce(PageAction::Input("bob@company.example".into()));
        assert_eq!(provider(&same), Some("google-workspace"));
        let other = page.reduce(PageAction::Input("bob@elsewhere.example".into()));
        assert_eq!((provider(&other), other.discovery.clone()), (None, Lookup::Idle));
    }

    #[test]
    fn stale_probe_events_are_ignored() {
        use crate::logic::probe_view::ProbePhase;
        use mailsetup_shared::wire::{PortSpec, ProbeEvent};
        let page = Page::default().reduce(PageAction::Input("ann@gmail.com".into()));
        let specs = [PortSpec { port: 465, security: mailsetup_shared::provider::Security::ImplicitTls }];
        let first = page.probe.next_probe("smtp.gmail.com", &specs);
        let page = page.reduce(PageAction::Probe { view: first.clone() });
        assert_eq!(page.probe.phase, ProbePhase::Running);
        // The person picks something else; the old probe's events must not come back.
        let page = page.reduce(PageAction::Input("ann@yahoo.com".into()));
        assert_eq!(page.probe.phase, ProbePhase::Idle);
        let late = first.apply(ProbeEvent::Done { total_ms: 5, cached: false });
        let page = page.reduce(PageAction::Probe { view: late });
        assert_eq!(page.probe.phase, ProbePhase::Idle, "the old probe stays retired");
        let second = page.probe.next_probe("smtp.mail.yahoo.com", &specs);
        assert!(second.id > first.id);
        let page = page.reduce(PageAction::Probe { view: second });
        assert_eq!((page.probe.phase.clone(), page.probe.host.as_str()), (ProbePhase::Running, "smtp.mail.yahoo.com"));
    }

    #[test]
    fn choosing_a_region_keeps_a_provider_found_by_mx() {
        let page = Page::default().reduce(PageAction::Input("ann@company.example".into()));
        let page = Page { mx_hosts: vec!["mx.zoho.eu".into()], ..page };
        let page = page.reduce(PageAction::Region(Some("in".into())));
        let Resolution::Ready(settings) = page.resolution() else { panic!() };
        assert_eq!((settings.provider_id, settings.smtp[0].host.as_str()), (Some("zoho"), "smtp.zoho.in"));
    }

    #[test]
    fn preset_domain_and_region() {
        let params = PageParams::parse("embed=1&domain=zoho.com&tab=ios");
        let page = Page::from_params(&params);
        assert!(page.embed);
        assert_eq!(page.tab, Some(Client::Ios));
        assert_eq!(provider(&page), Some("zoho"));
        let page = page.reduce(PageAction::Region(Some("eu".into())));
        let Resolution::Ready(settings) = page.resolution() else { panic!() };
        assert_eq!(settings.smtp[0].host, "smtp.zoho.eu");
        assert_eq!(page.params(&params).to_query(), "?embed=1&domain=zoho.com&tab=ios");
    }
}
