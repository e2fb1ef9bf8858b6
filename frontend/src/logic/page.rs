//! The page's state and its one reducer: what was typed (and whether the person paused), the
//! open guide, the chosen data centre, what discovery found, and the probe. `impl Reducible`
//! in the app is a one-line wrapper around [`Page::reduce`].

use std::rc::Rc;

use email_settings::address::{AddressError, Query};
use email_settings::discovery::DiscoverResponse;
use email_settings::settings::{self, Settings};
use mailsetup_shared::guides::Client;

use mailsetup_shared::wire::ProbeEvent;

use super::failure::RequestFailure;
use super::probe_view::{ProbePlan, ProbeView};
use super::room::Room;
use super::typos;
use super::url_params::PageParams;

/// A lookup that may be under way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Lookup<T> {
    #[default]
    Idle,
    Loading,
    Done(T),
    Failed(RequestFailure),
}

/// Whether the domain's last label is too short to be an ending (`gmail.c`, `gmail.`): it
/// is still being typed.
fn ending_unfinished(domain: &str) -> bool {
    domain.rsplit('.').next().is_some_and(|tld| tld.len() < 2)
}

/// What the field resolves to.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// Nothing typed yet.
    Empty,
    /// Half typed: no error and no guesses until the person pauses or leaves the field.
    KeepTyping,
    Invalid(AddressError),
    /// Shared: the card and the parts below it may show it in different frames (see
    /// `App`).
    Ready(Rc<Settings>),
}

/// The whole page state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// The text in the field.
    pub input: String,
    /// Counts the edits, so a pause timer started for an older text is ignored.
    pub edits: u64,
    /// The person paused (or left the field) after the last edit: guesses and suggestions
    /// show, and the link is written.
    pub settled: bool,
    /// The person left the field or pressed Enter after the last edit: only then does an
    /// error show, or the guesses for a domain close to a known one.
    pub left: bool,
    /// A domain preset by the URL (embed mode): used while the field is empty.
    pub preset_domain: Option<String>,
    pub tab: Option<Client>,
    /// The room open below the answer (the page shows the person's where the answer has
    /// no such room: [`Room::shown`]).
    pub room: Room,
    /// The data centre the person picked, for providers that have several.
    pub region: Option<String>,
    /// MX hosts found for the current domain (by discovery or DNS-over-HTTPS).
    pub mx_hosts: Vec<String>,
    pub discovery: Lookup<DiscoverResponse>,
    /// DNS-over-HTTPS: opted in, and its answer.
    pub doh: Lookup<Vec<String>>,
    pub probe: ProbeView,
    /// The test of a sending service picked in the developers' room: its own, so it never
    /// speaks for the answer above.
    pub service_probe: ProbeView,
    pub embed: bool,
    /// The server chosen with a fix's "use this instead", for the current domain.
    pub chosen: Option<super::matrix::ServerChoice>,
}

/// Which test a probe's actions belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TestOf {
    /// The answer's: its card, matrix and proof.
    #[default]
    Answer,
    /// A sending service's, from the developers' room.
    Service,
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum PageAction {
    /// A keystroke (or paste) in the field.
    Input(String),
    /// The person paused after edit number `edits`.
    Paused {
        edits: u64,
    },
    /// "Use this instead" on a fix the test suggested.
    UseServer(super::matrix::ServerChoice),
    /// The person left the field (or pressed Enter).
    Left,
    /// Text chosen whole (an example, a suggestion): shown at once.
    Pick(String),
    Tab(Client),
    Room(Room),
    Region(Option<String>),
    DiscoveryStarted,
    DiscoveryFinished {
        domain: String,
        result: Result<DiscoverResponse, RequestFailure>,
    },
    DohStarted,
    DohFinished {
        domain: String,
        result: Result<Vec<String>, RequestFailure>,
    },
    /// A test starts over `plan`, as test number `id`.
    ProbeStarted {
        of: TestOf,
        id: u64,
        plan: ProbePlan,
    },
    /// An event of test `id`'s stream for `host`. Only the current test counts: one
    /// started for another domain or data centre, or replaced by a newer one, is ignored.
    ProbeEvent {
        of: TestOf,
        id: u64,
        host: String,
        event: ProbeEvent,
    },
    /// Test `id` could not probe `host` (refused, network error).
    ProbeFailed {
        of: TestOf,
        id: u64,
        host: String,
        failure: RequestFailure,
    },
}

impl Page {
    /// The initial state from the URL.
    pub fn from_params(params: &PageParams) -> Page {
        Page {
            input: params.address.clone().unwrap_or_default(),
            // A link's address is whole: said at once, errors included.
            settled: true,
            left: true,
            preset_domain: params.domain.clone(),
            tab: params.tab.as_deref().and_then(Client::from_id),
            room: params.room.as_deref().and_then(Room::from_id).unwrap_or_default(),
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

    /// What the page shows for the current state. While the person types, only a known
    /// provider shows; errors and guesses wait for a pause.
    pub fn resolution(&self) -> Resolution {
        let text = self.query_text();
        if text.trim().is_empty() {
            return Resolution::Empty;
        }
        let query = match Query::parse(text) {
            Ok(query) => query,
            Err(error) => {
                return match settings::for_service_named(text) {
                    // "sendgrid", "amazon ses", "mailgun eu": a sending service by name.
                    Some(service) => Resolution::Ready(Rc::new(service)),
                    None if !self.left => Resolution::KeepTyping,
                    None => Resolution::Invalid(error),
                };
            }
        };
        let hosts: Vec<&str> = self.mx_hosts.iter().map(String::as_str).collect();
        let mut settings = settings::resolve_with(&query, &hosts, self.region.as_deref());
        // For a domain no provider covers, what it publishes beats the guesses.
        if let (None, Lookup::Done(found)) = (settings.provider, &self.discovery) {
            if let Some(published) = email_settings::discovery::settings_from(&query, &found.candidates) {
                settings = published;
            }
        }
        // A guess that a test proved goes first, everywhere on the page.
        super::answer::promote_working(&mut settings, &self.probe);
        super::answer::use_chosen(&mut settings, self.chosen.as_ref());
        if settings.provider.is_none() {
            let domain = query.domain().ascii();
            // `gmail.c` is on its way to `gmail.com`: never a page of guesses for it.
            if !self.settled || (ending_unfinished(domain) && typos::is_half_typed(domain)) {
                return Resolution::KeepTyping;
            }
            // `gmial.com`: the suggestion alone, until the person says the text is right.
            if !self.left && self.suggestion().is_some() {
                return Resolution::KeepTyping;
            }
        }
        Resolution::Ready(Rc::new(settings))
    }

    /// "Did you mean …?": the corrected text, once the person paused on an unknown domain
    /// close to a well-known one.
    pub fn suggestion(&self) -> Option<String> {
        if !self.settled || self.input.trim().is_empty() || !self.mx_hosts.is_empty() {
            return None;
        }
        // `outlook.c` is still being typed: no ending has one letter, so a pause there is
        // not a typo to correct (it would say `outlook.cl`). Leaving the field is.
        let domain = self.input.trim().rsplit_once('@').map_or(self.input.trim(), |(_, domain)| domain);
        if !self.left && ending_unfinished(domain) {
            return None;
        }
        typos::suggest(&self.input)
    }

    /// The URL parameters that describe this state (for deep links).
    pub fn params(&self, base: &PageParams) -> PageParams {
        PageParams {
            address: Some(self.input.trim().to_owned()).filter(|a| !a.is_empty()),
            tab: self.tab.map(|t| t.id().to_owned()),
            room: self.room.id().map(str::to_owned),
            ..base.clone()
        }
    }

    fn probe_mut(&mut self, of: TestOf) -> &mut ProbeView {
        match of {
            TestOf::Answer => &mut self.probe,
            TestOf::Service => &mut self.service_probe,
        }
    }

    /// The reducer.
    pub fn reduce(&self, action: PageAction) -> Page {
        let mut next = self.clone();
        let picked = matches!(action, PageAction::Pick(_));
        match action {
            PageAction::Input(text) | PageAction::Pick(text) => {
                let before = self.domain();
                next.input = text;
                next.edits += 1;
                next.settled = picked;
                next.left = picked;
                if next.domain() != before {
                    // A new domain: what was found or tested for the old one no longer applies.
                    next.region = None;
                    next.mx_hosts.clear();
                    next.discovery = Lookup::Idle;
                    next.doh = Lookup::Idle;
                    next.probe = self.probe.retired();
                    next.chosen = None;
                }
            }
            PageAction::Paused { edits } => next.settled |= edits == self.edits,
            PageAction::Left => {
                next.settled = true;
                next.left = true;
            }
            PageAction::Tab(client) => next.tab = Some(client),
            PageAction::Room(room) => next.room = room,
            PageAction::UseServer(server) => {
                next.chosen = Some(server);
                // What was tested is not what is shown any more.
                next.probe = self.probe.retired();
            }
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
                    Err(failure) => Lookup::Failed(failure),
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
                    Err(failure) => Lookup::Failed(failure),
                };
            }
            PageAction::ProbeStarted { of, id, plan } => {
                let probe = next.probe_mut(of);
                // A new test gets a new id; later events must carry the current one.
                if id > probe.id {
                    *probe = ProbeView { id: id - 1, ..ProbeView::default() }.next(&plan);
                    probe.guesses = plan.guesses;
                }
            }
            PageAction::ProbeEvent { of, id, host, event } => {
                let probe = next.probe_mut(of);
                if id == probe.id {
                    probe.apply(&host, event);
                }
            }
            PageAction::ProbeFailed { of, id, host, failure } => {
                let probe = next.probe_mut(of);
                if id == probe.id {
                    probe.fail(&host, failure);
                }
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::discovery::MxHost;

    fn provider(page: &Page) -> Option<&'static str> {
        match page.resolution() {
            Resolution::Ready(settings) => settings.provider_id,
            _ => None,
        }
    }

    /// Types `text` and pauses.
    fn typed(page: &Page, text: &str) -> Page {
        let page = page.reduce(PageAction::Input(text.into()));
        let edits = page.edits;
        page.reduce(PageAction::Paused { edits })
    }

    fn best(page: &Page) -> (String, u16, email_settings::provider::Security) {
        match page.resolution() {
            Resolution::Ready(settings) => {
                let best = settings.best_smtp().expect("a server");
                (best.host.clone(), best.port, best.security)
            }
            other => panic!("not ready: {other:?}"),
        }
    }

    #[test]
    fn use_this_instead_puts_the_chosen_server_first_until_the_domain_changes() {
        use email_settings::provider::Security;
        let page = typed(&Page::default(), "ann@company.example");
        let chosen = super::super::matrix::ServerChoice {
            host: "mx.hosting.example".into(),
            port: 587,
            security: Security::StartTls,
        };
        let page = page.reduce(PageAction::UseServer(chosen.clone()));
        assert_eq!(best(&page), ("mx.hosting.example".into(), 587, Security::StartTls));
        match page.resolution() {
            Resolution::Ready(settings) => assert!(!settings.smtp[0].guessed, "chosen, not guessed"),
            other => panic!("{other:?}"),
        }
        // One already in the list moves up rather than being added twice.
        let listed = super::super::matrix::ServerChoice { host: "mail.company.example".into(), ..chosen };
        let page = page.reduce(PageAction::UseServer(listed));
        match page.resolution() {
            Resolution::Ready(settings) => {
                assert_eq!(settings.smtp[0].host, "mail.company.example");
                assert_eq!(
                    settings.smtp.iter().filter(|c| c.host == "mail.company.example" && c.port == 587).count(),
                    1
                );
            }
            other => panic!("{other:?}"),
        }
        let page = typed(&page, "ann@other.example");
        assert_ne!(best(&page).0, "mail.company.example", "a new domain forgets the choice");
    }

    #[test]
    fn typing_resolves_and_a_new_domain_resets_findings() {
        let page = Page::default();
        assert_eq!(page.resolution(), Resolution::Empty);
        let page = typed(&page, "ann@gmail");
        // A pause is not a verdict: the error waits until the person leaves the field.
        assert_eq!(page.resolution(), Resolution::KeepTyping);
        let page = page.reduce(PageAction::Left);
        assert!(matches!(page.resolution(), Resolution::Invalid(AddressError::DomainWithoutDot)));
        let page = page.reduce(PageAction::Input("ann@gmail.com".into()));
        assert_eq!(provider(&page), Some("gmail"), "a known provider shows at once");
        let page = typed(&page, "ann@").reduce(PageAction::Left);
        assert!(matches!(page.resolution(), Resolution::Invalid(AddressError::EmptyDomain)));
    }

    #[test]
    fn a_service_by_name_and_a_server_name_are_understood() {
        let page = typed(&Page::default(), "amazon ses");
        assert_eq!(provider(&page), Some("amazon-ses"));
        let page = typed(&page, "mailgun eu");
        match page.resolution() {
            Resolution::Ready(settings) => assert_eq!(settings.region.map(|r| r.id), Some("eu")),
            other => panic!("{other:?}"),
        }
        let page = typed(&page, "smtp.gmail.com");
        assert_eq!(provider(&page), Some("gmail"));
    }

    #[test]
    fn typing_is_calm_until_the_pause() {
        let text = "someone@gmail.c";
        let mut page = Page::default();
        for end in 1..=text.len() {
            page = page.reduce(PageAction::Input(text[..end].into()));
            assert_eq!(page.resolution(), Resolution::KeepTyping, "{}", &text[..end]);
            assert_eq!(page.suggestion(), None);
        }
        // A pause for an older text changes nothing.
        let stale = page.reduce(PageAction::Paused { edits: page.edits - 1 });
        assert!(!stale.settled);
        // After the pause: still nothing for a half-typed ending (one letter is no ending:
        // `outlook.c` is not a typo of `outlook.cl`); leaving the field asks for a suggestion.
        let paused = page.reduce(PageAction::Paused { edits: page.edits });
        assert_eq!((paused.resolution(), paused.suggestion()), (Resolution::KeepTyping, None));
        assert_eq!(paused.reduce(PageAction::Left).suggestion().as_deref(), Some("someone@gmail.com"));
        let outlook = typed(&Page::default(), "someone@outlook.c");
        assert_eq!((outlook.resolution(), outlook.suggestion()), (Resolution::KeepTyping, None));
        assert_eq!(typed(&Page::default(), "someone@gmail.co").suggestion().as_deref(), Some("someone@gmail.com"));
        let page = paused.reduce(PageAction::Input("someone@gmail.com".into()));
        assert_eq!(provider(&page), Some("gmail"));
        // A known provider's typo: the suggestion alone, even after a pause; its guesses once
        // the person says the text is right (leaves the field).
        let page = page.reduce(PageAction::Input("someone@gmial.com".into()));
        assert_eq!(page.resolution(), Resolution::KeepTyping);
        let paused = page.reduce(PageAction::Paused { edits: page.edits });
        assert_eq!(paused.resolution(), Resolution::KeepTyping);
        assert_eq!(paused.suggestion().as_deref(), Some("someone@gmail.com"));
        let page = page.reduce(PageAction::Left);
        assert!(matches!(page.resolution(), Resolution::Ready(_)));
        assert_eq!(page.suggestion().as_deref(), Some("someone@gmail.com"));
        // Picking the suggestion shows it at once.
        let page = page.reduce(PageAction::Pick("someone@gmail.com".into()));
        assert_eq!((provider(&page), page.suggestion()), (Some("gmail"), None));
    }

    #[test]
    fn discovery_recognises_a_custom_domain_and_stale_answers_are_ignored() {
        let page = typed(&Page::default(), "ann@company.example");
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
        let other = typed(&page, "bob@elsewhere.example");
        assert_eq!((provider(&other), other.discovery.clone()), (None, Lookup::Idle));
    }

    #[test]
    fn stale_probe_events_are_ignored() {
        use mailsetup_shared::wire::{PortSpec, ProbeEvent};
        let page = Page::default().reduce(PageAction::Input("ann@gmail.com".into()));
        let specs = vec![PortSpec { port: 465, security: email_settings::provider::Security::ImplicitTls }];
        let first = page.probe.id + 1;
        let plan = super::ProbePlan { hosts: vec![("smtp.gmail.com".to_owned(), specs.clone())], guesses: false };
        let page = page.reduce(PageAction::ProbeStarted { of: TestOf::Answer, id: first, plan: plan.clone() });
        assert!(page.probe.is_running());
        let done = |id| PageAction::ProbeEvent {
            of: TestOf::Answer,
            id,
            host: "smtp.gmail.com".into(),
            event: ProbeEvent::Done { total_ms: 5, cached: false },
        };
        // The person picks something else; the old test's events must not come back.
        let page = page.reduce(PageAction::Input("ann@yahoo.com".into()));
        assert!(page.probe.is_idle());
        let page = page.reduce(done(first));
        assert!(page.probe.is_idle(), "the old test stays retired");
        let page = page.reduce(PageAction::ProbeStarted { of: TestOf::Answer, id: first, plan: plan.clone() });
        assert!(page.probe.is_idle(), "an old id cannot start again");
        let second = page.probe.id + 1;
        let plan = super::ProbePlan { hosts: vec![("smtp.mail.yahoo.com".to_owned(), specs)], guesses: false };
        let page = page.reduce(PageAction::ProbeStarted { of: TestOf::Answer, id: second, plan });
        assert_eq!(page.probe.runs[0].host, "smtp.mail.yahoo.com");
        let page = page.reduce(PageAction::ProbeFailed {
            of: TestOf::Answer,
            id: second,
            host: "smtp.mail.yahoo.com".into(),
            failure: RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::Busy),
        });
        assert!(page.probe.is_finished());
    }

    #[test]
    fn a_sending_service_s_test_never_speaks_for_the_answer() {
        use mailsetup_shared::wire::PortSpec;
        let page = Page::default().reduce(PageAction::Input("ann@gmail.com".into()));
        let specs = vec![PortSpec { port: 465, security: email_settings::provider::Security::ImplicitTls }];
        let plan = super::ProbePlan { hosts: vec![("smtp.sendgrid.net".to_owned(), specs)], guesses: false };
        let page = page.reduce(PageAction::ProbeStarted { of: TestOf::Service, id: 1, plan });
        assert!(page.service_probe.is_running() && page.probe.is_idle());
        let page = page.reduce(PageAction::ProbeFailed {
            of: TestOf::Answer,
            id: 1,
            host: "smtp.sendgrid.net".into(),
            failure: RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::Busy),
        });
        assert!(page.service_probe.is_running() && page.probe.is_idle(), "another test's failure changes nothing");
    }

    #[test]
    fn choosing_a_region_keeps_a_provider_found_by_mx() {
        let page = typed(&Page::default(), "ann@company.example");
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

    #[test]
    fn the_open_room_lives_in_the_link() {
        let params = PageParams::from_location("?room=developers", "#address=ann%40gmail.com");
        let page = Page::from_params(&params);
        assert_eq!(page.room, Room::Developers);
        assert_eq!(page.params(&params).to_link(), "?room=developers#address=ann@gmail.com");
        let page = page.reduce(PageAction::Room(Room::Person));
        assert_eq!(page.params(&params).to_link(), "#address=ann@gmail.com", "the set-up is the page without one");
        assert_eq!(Page::from_params(&PageParams::parse("room=attic")).room, Room::Person);
    }
}
