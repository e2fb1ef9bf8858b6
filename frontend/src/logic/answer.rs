//! The answer card's decisions: the one step to take first, what the test proved (shown in
//! the card itself), promoting the guess that works, and which guides apply.

use email_settings::provider::{AuthMethod, HintKind};
use email_settings::settings::{Candidate, Settings};
use email_settings::way_in::{WayIn, way_in};
use mailsetup_shared::guides::Client;

use super::i18n::Tr;
use super::matrix;
use super::probe_view::ProbeView;

/// The step a person must take before the settings work, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstStep {
    /// What to do, in a few words ("Create an app password").
    pub title: String,
    /// How long it takes, when that is known.
    pub duration: Option<String>,
    /// The provider's page for it, and the link's name (unique on the page).
    pub link: Option<(&'static str, String)>,
    /// The step in numbered steps, in our words; the provider's page has the details.
    pub steps: Vec<String>,
}

/// The first thing to do in `client`, from its way in with this provider
/// (`email_settings::way_in`): its own sign-in, an app password, switching access on,
/// the bridge, an API key; a password that is being retired; nothing when the password
/// simply works.
pub fn first_step(tr: &Tr, settings: &Settings, client: Client) -> Option<FirstStep> {
    let provider = settings.provider_name.as_str();
    let program = tr.t(&format!("client-{}", client.id()));
    let hint_link = |kind: HintKind| settings.hints.iter().find(|h| h.kind == kind).and_then(|h| h.link);
    let (title, steps, minutes, link): (&str, &[&str], Option<u32>, Option<&'static str>) =
        match way_in(settings, client) {
            WayIn::SignIn { with } => {
                let args = [("name", with.label().into()), ("program", program.as_str().into())];
                let steps = ["first-sign-in-1", "first-sign-in-2", "first-sign-in-3"];
                return Some(FirstStep {
                    title: tr.format("first-sign-in", &args),
                    duration: None,
                    link: None,
                    steps: steps.iter().map(|id| tr.format(id, &args)).collect(),
                });
            }
            WayIn::AppPassword => (
                "first-app-password",
                &["first-app-password-1", "first-app-password-2", "first-app-password-3", "first-app-password-4"],
                Some(2),
                hint_link(HintKind::AppPassword),
            ),
            WayIn::EnableFirst => (
                "first-enable",
                &["first-enable-1", "first-enable-2", "first-enable-3"],
                Some(1),
                hint_link(HintKind::EnableImap),
            ),
            WayIn::Bridge => (
                "first-bridge",
                &["first-bridge-1", "first-bridge-2", "first-bridge-3"],
                None,
                hint_link(HintKind::NeedsBridge),
            ),
            WayIn::ApiKey => (
                "first-api-key",
                &["first-api-key-1", "first-api-key-2", "first-api-key-3"],
                None,
                hint_link(HintKind::ApiKey),
            ),
            WayIn::Password if hint_link(HintKind::BasicAuthRetiring).is_some() => (
                "first-retiring",
                &["first-retiring-1", "first-retiring-2"],
                None,
                hint_link(HintKind::BasicAuthRetiring),
            ),
            WayIn::Password | WayIn::NotHere(_) | WayIn::NoAccess => return None,
        };
    let duration = minutes.map(|m| tr.format("first-step-minutes", &[("minutes", m.into())]));
    let link = link.map(|url| (url, tr.t("first-step-link")));
    let steps = steps.iter().map(|id| tr.format(id, &[("provider", provider.into())])).collect();
    Some(FirstStep { title: tr.t(title), duration, link, steps })
}

/// Every setting of the card, one per line as the card labels it, for "Copy all".
pub fn all_settings(tr: &Tr, settings: &Settings, client: Client) -> String {
    let Some(best) = settings.best_smtp() else { return String::new() };
    [
        (tr.t("card-server"), best.host.clone()),
        (tr.t("card-port"), best.port.to_string()),
        (tr.t("card-security"), best.security.label().to_owned()),
        (tr.t("card-user-name"), best.username.clone()),
        (tr.t("card-password"), password_words(tr, settings, client)),
    ]
    .iter()
    .map(|(label, value)| format!("{label}: {value}\n"))
    .collect()
}

/// What goes in the password field of `client`, in words: what its way in asks for.
pub fn password_words(tr: &Tr, settings: &Settings, client: Client) -> String {
    tr.t(mailsetup_shared::words::password_field(way_in(settings, client)))
}

/// What the card says about the test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proof {
    /// Not tested (yet).
    Untested,
    Testing,
    /// The recommended server works; other ports that also work.
    Works {
        host: String,
        port: u16,
        also: Vec<u16>,
    },
    /// Nothing worked; the summary says why.
    Fails(String),
    /// The test could not check from where it ran (the proxy's limits, DNS or network):
    /// nothing is known against the settings; the summary says why.
    NotChecked(String),
}

/// What the current test proved about these settings.
pub fn proof(tr: &Tr, view: &ProbeView) -> Proof {
    if view.is_idle() {
        return Proof::Untested;
    }
    if view.is_running() {
        return Proof::Testing;
    }
    let working = matrix::working(view);
    match working.first() {
        Some((host, port)) => Proof::Works {
            host: (*host).to_owned(),
            port: *port,
            also: working.iter().skip(1).filter(|(h, _)| h == host).map(|(_, p)| *p).collect(),
        },
        None if matrix::cause(view) == Some(mailsetup_shared::verdict::Cause::NotChecked) => {
            Proof::NotChecked(matrix::summary(tr, view))
        }
        None => Proof::Fails(matrix::summary(tr, view)),
    }
}

/// For guesses: once a test found one that works, it goes first (everything on the page
/// follows the first candidate), marked as tested.
pub fn promote_working(settings: &mut Settings, view: &ProbeView) {
    if !settings.best_smtp().is_some_and(|c| c.guessed) {
        return;
    }
    let Some((host, port)) = matrix::working(view).first().copied() else { return };
    let Some(index) = settings.smtp.iter().position(|c| c.host == host && c.port == port) else { return };
    let mut candidate: Candidate = settings.smtp.remove(index);
    candidate.guessed = false;
    candidate.set_origin(email_settings::settings::Origin::Tested);
    settings.smtp.insert(0, candidate);
}

/// Puts the server the person chose with "use this instead" first: the candidate with
/// that host, port and security if there is one, else a new one like the best, with them.
pub fn use_chosen(settings: &mut Settings, chosen: Option<&matrix::ServerChoice>) {
    let Some(chosen) = chosen else { return };
    let same = |c: &Candidate| c.host == chosen.host && c.port == chosen.port && c.security == chosen.security;
    let mut candidate = match settings.smtp.iter().position(same) {
        Some(index) => settings.smtp.remove(index),
        None => {
            let Some(best) = settings.smtp.first() else { return };
            let mut like_best = best.clone();
            like_best.host.clone_from(&chosen.host);
            (like_best.port, like_best.security) = (chosen.port, chosen.security);
            like_best
        }
    };
    candidate.guessed = false;
    settings.smtp.insert(0, candidate);
}

/// How a person logs in, in words: "Normal password or OAuth2 (sign in with the provider)".
pub fn login_methods(tr: &Tr, methods: &[AuthMethod]) -> String {
    let words: Vec<String> = methods
        .iter()
        .map(|method| {
            tr.t(match method {
                AuthMethod::Password => "auth-password",
                AuthMethod::PasswordEncrypted => "auth-password-encrypted",
                AuthMethod::AppPassword => "auth-app-password",
                AuthMethod::ApiKey => "auth-api-key",
                AuthMethod::OAuth2 => "auth-oauth2",
                AuthMethod::Ntlm => "auth-ntlm",
                AuthMethod::Gssapi => "auth-gssapi",
                AuthMethod::ClientCertificate => "auth-client-certificate",
                AuthMethod::ClientIp => "auth-client-ip",
                AuthMethod::None => "auth-none",
            })
        })
        .collect();
    tr.list("list-or", &words)
}

/// Whether a value is worth a copy button: not a placeholder (`you@example.com` for a
/// domain-only query) and not a sentence.
pub fn copyable(value: &str, settings: &Settings) -> bool {
    let placeholder = settings.query.address().is_none() && value.contains(&settings.address_or_example());
    !placeholder && !value.contains(' ') && value.contains('.')
}

/// The guides that apply: the programs that can send through this provider (a bridge on a
/// computer only, a sending service in an app only), and no "Send mail as" in Gmail for a
/// Gmail address.
pub fn guide_clients(settings: &Settings) -> Vec<Client> {
    let is_gmail = settings.provider.and_then(|p| p.sign_in) == Some(email_settings::provider::SignIn::Google);
    let clients: Vec<Client> = Client::ALL
        .iter()
        .copied()
        .filter(|c| !(is_gmail && *c == Client::GmailSendAs) && way_in(settings, *c).works())
        .collect();
    if clients.is_empty() { vec![Client::Generic] } else { clients }
}

/// The guide to show first: the one asked for if it applies, else the first that does.
pub fn current_client(settings: &Settings, asked: Option<Client>) -> Client {
    let clients = guide_clients(settings);
    asked.filter(|c| clients.contains(c)).unwrap_or(clients[0])
}

/// The provider's name for a heading: without the data centre where the answer card's
/// chooser names it ("Zoho Mail", not "Zoho Mail – Europe (zoho.eu)" beside "Europe").
pub fn heading_name(settings: &Settings) -> &str {
    match settings.provider {
        Some(provider) if !provider.regions.is_empty() => provider.name,
        _ => settings.provider_name.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::provider::Security;
    use email_settings::settings::resolve;
    use mailsetup_shared::wire::{PortFacts, PortReport, PortSpec, ProbeEvent};

    fn settings(text: &str) -> Settings {
        resolve(&Query::parse(text).unwrap())
    }

    #[test]
    fn a_heading_leaves_the_data_centre_to_its_chooser() {
        let zoho = resolve(&Query::parse("ann@zoho.eu").unwrap());
        assert_ne!(zoho.provider_name, "Zoho Mail", "the full name names the data centre");
        assert_eq!(heading_name(&zoho), "Zoho Mail");
        let gmail = resolve(&Query::parse("ann@gmail.com").unwrap());
        assert_eq!(heading_name(&gmail), gmail.provider_name);
    }

    #[test]
    fn the_first_step_is_the_programs_own_way_in() {
        let (tr, gmail) = (Tr::english(), settings("a@gmail.com"));
        // A program with Google's button: its sign-in, nothing to create first.
        for client in
            [Client::Thunderbird, Client::AppleMail, Client::Ios, Client::OutlookClassic, Client::AndroidGmail]
        {
            let step = first_step(&tr, &gmail, client).unwrap();
            assert!(step.title.starts_with("Sign in with Google in "), "{client:?}: {}", step.title);
            assert!(step.steps.iter().all(|s| !s.contains("app password")), "{client:?}: {:?}", step.steps);
            assert_eq!(password_words(&tr, &gmail, client), tr.t("guide-value-password-sign-in"));
        }
        // Any other program: the app password, with the provider's page.
        let step = first_step(&tr, &gmail, Client::Generic).unwrap();
        assert_eq!(
            (step.title.as_str(), step.duration.as_deref()),
            ("Create an app password first", Some("about 2 minutes"))
        );
        let (url, name) = step.link.unwrap();
        assert!(url.starts_with("https://support.google.com/"));
        assert_eq!(name, "Step-by-step instructions");
        assert_eq!(step.steps.len(), 4);
        assert!(step.steps[0].contains("Gmail"), "{:?}", step.steps);
        assert!(step.steps.iter().all(|s| !s.contains('{') && !s.contains('$')));
        assert_eq!(first_step(&tr, &settings("a@company.example"), Client::Thunderbird), None);
        assert_eq!(tr.format("first-step-minutes", &[("minutes", 1.into())]), "about 1 minute");
    }

    #[test]
    fn copy_all_gives_every_setting_as_the_card_labels_it() {
        let tr = Tr::english();
        let text = all_settings(&tr, &settings("ann@posteo.de"), Client::Thunderbird);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[..4], ["Server: posteo.de", "Port: 465", "Security: SSL/TLS", "User name: ann@posteo.de"]);
        assert!(lines[4].starts_with("Password: "), "{text}");
    }

    #[test]
    fn a_gmail_address_gets_no_send_as_guide() {
        let gmail = settings("a@gmail.com");
        assert!(!guide_clients(&gmail).contains(&Client::GmailSendAs));
        assert_eq!(current_client(&gmail, Some(Client::GmailSendAs)), Client::Thunderbird);
        assert!(guide_clients(&settings("a@yahoo.com")).contains(&Client::GmailSendAs));
    }

    #[test]
    fn only_programs_that_can_get_in_are_offered() {
        let proton = settings("a@proton.me");
        let clients = guide_clients(&proton);
        assert!(clients.contains(&Client::Thunderbird) && clients.contains(&Client::AppleMail));
        for phone in [Client::Ios, Client::AndroidGmail, Client::ThunderbirdAndroid, Client::GmailSendAs] {
            assert!(!clients.contains(&phone), "{phone:?}: the bridge runs on a computer");
        }
        let tr = Tr::english();
        assert_eq!(password_words(&tr, &proton, Client::Thunderbird), tr.t("guide-value-bridge-password"));
        assert_eq!(first_step(&tr, &proton, Client::Thunderbird).unwrap().title, tr.t("first-bridge"));
    }

    #[test]
    fn placeholders_get_no_copy_button() {
        let domain_only = settings("gmail.com");
        assert!(!copyable("you@gmail.com", &domain_only));
        assert!(copyable("smtp.gmail.com", &domain_only));
        assert!(copyable("ann@gmail.com", &settings("ann@gmail.com")));
        assert!(!copyable("an app password (not your normal password)", &domain_only));
    }

    #[test]
    fn a_working_guess_is_promoted_and_the_card_says_it_works() {
        let mut guessed = settings("a@company.example");
        assert_eq!(guessed.smtp[0].host, "smtp.company.example");
        let specs = vec![
            PortSpec { port: 465, security: Security::ImplicitTls },
            PortSpec { port: 587, security: Security::StartTls },
        ];
        let mut view = ProbeView::default()
            .next(&[("smtp.company.example".into(), specs.clone()), ("mail.company.example".into(), specs.clone())]);
        assert_eq!(proof(&Tr::english(), &view), Proof::Testing);
        view.fail(
            "smtp.company.example",
            crate::logic::failure::RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::ResolveFailed),
        );
        let mut report = PortReport::new(PortFacts::new(specs[1], "127.0.0.1".parse().unwrap()));
        report.verdict.usability = mailsetup_shared::verdict::Usability::Ready;
        view.apply("mail.company.example", ProbeEvent::Report { report: Box::new(report) });
        view.apply("mail.company.example", ProbeEvent::Done { total_ms: 9, cached: false });
        assert_eq!(
            proof(&Tr::english(), &view),
            Proof::Works { host: "mail.company.example".into(), port: 587, also: vec![] }
        );
        promote_working(&mut guessed, &view);
        let best = &guessed.smtp[0];
        assert_eq!((best.host.as_str(), best.port, best.guessed), ("mail.company.example", 587, false));
        assert_eq!(guessed.smtp.len(), 6, "nothing is lost");
        // Published settings stay as they are.
        let mut gmail = settings("a@gmail.com");
        promote_working(&mut gmail, &view);
        assert_eq!(gmail.smtp[0].host, "smtp.gmail.com");
    }
}
