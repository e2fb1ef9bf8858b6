//! The answer card's decisions: the one step to take first, what the test proved (shown in
//! the card itself), promoting the guess that works, and which guides apply.

use mailsetup_shared::guides::Client;
use mailsetup_shared::provider::{AuthMethod, HintKind};
use mailsetup_shared::settings::{Candidate, Settings};

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

/// The message ids of a first step of this kind: its title and its numbered steps (each
/// with `$provider`), and how many minutes it takes when that is known.
fn first_step_messages(kind: HintKind) -> (&'static str, &'static [&'static str], Option<u32>) {
    match kind {
        HintKind::AppPassword => (
            "first-app-password",
            &["first-app-password-1", "first-app-password-2", "first-app-password-3", "first-app-password-4"],
            Some(2),
        ),
        HintKind::EnableImap => ("first-enable", &["first-enable-1", "first-enable-2", "first-enable-3"], Some(1)),
        HintKind::Oauth2Only => ("first-oauth2", &["first-oauth2-1", "first-oauth2-2", "first-oauth2-3"], None),
        HintKind::NeedsBridge => ("first-bridge", &["first-bridge-1", "first-bridge-2", "first-bridge-3"], None),
        _ => ("first-retiring", &["first-retiring-1", "first-retiring-2"], None),
    }
}

/// The first thing to do, from the provider's hints: app passwords, enabling access, OAuth2,
/// bridges, in that order of urgency.
pub fn first_step(tr: &Tr, settings: &Settings) -> Option<FirstStep> {
    const ORDER: [HintKind; 5] = [
        HintKind::Oauth2Only,
        HintKind::NeedsBridge,
        HintKind::AppPassword,
        HintKind::EnableImap,
        HintKind::BasicAuthRetiring,
    ];
    let hint = ORDER.iter().find_map(|kind| settings.hints.iter().find(|h| h.kind == *kind))?;
    let (title, steps, minutes) = first_step_messages(hint.kind);
    let duration = minutes.map(|m| tr.format("first-step-minutes", &[("minutes", m.into())]));
    let link = hint.link.map(|url| (url, tr.t("first-step-link")));
    let provider = settings.provider_name.as_str();
    let steps = steps.iter().map(|id| tr.format(id, &[("provider", provider.into())])).collect();
    Some(FirstStep { title: tr.t(title), duration, link, steps })
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
    candidate.why = format!("Tested just now: it works. {}", candidate.why);
    settings.smtp.insert(0, candidate);
}

/// Puts the server the person chose with "use this instead" first: the candidate with
/// that host, port and security if there is one, else a new one like the best, with them.
pub fn use_chosen(settings: &mut Settings, chosen: Option<&matrix::ServerChoice>) {
    let Some(chosen) = chosen else { return };
    let same = |c: &Candidate| c.host == chosen.host && c.port == chosen.port && c.security == chosen.security;
    let candidate = match settings.smtp.iter().position(same) {
        Some(index) => settings.smtp.remove(index),
        None => {
            let Some(best) = settings.smtp.first() else { return };
            Candidate { host: chosen.host.clone(), port: chosen.port, security: chosen.security, ..best.clone() }
        }
    };
    let why = "You chose it after the test: test it again to prove it.".to_owned();
    settings.smtp.insert(0, Candidate { guessed: false, why, ..candidate });
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

/// The guides that apply: no "Send mail as" in Gmail for a Gmail address.
pub fn guide_clients(settings: &Settings) -> Vec<Client> {
    let is_gmail = matches!(settings.provider_id, Some("gmail" | "google-workspace"));
    Client::ALL.iter().copied().filter(|c| !(is_gmail && *c == Client::GmailSendAs)).collect()
}

/// The guide to show first: the one asked for if it applies, else the first that does.
pub fn current_client(settings: &Settings, asked: Option<Client>) -> Client {
    let clients = guide_clients(settings);
    asked.filter(|c| clients.contains(c)).unwrap_or(clients[0])
}

/// Providers whose sign-in the big mail programs build in: they set the account up
/// themselves from the address (OAuth2), with no server settings typed.
fn sign_in_name(settings: &Settings) -> Option<&'static str> {
    match settings.provider_id? {
        "gmail" | "google-workspace" => Some("Google"),
        "outlook-com" | "microsoft-365" => Some("Microsoft"),
        "yahoo" => Some("Yahoo"),
        "aol" => Some("AOL"),
        "icloud" => Some("iCloud"),
        _ => None,
    }
}

/// The quick way, when the program does the set-up itself: what to do, in one sentence.
/// The manual steps then follow as the fallback.
pub fn automatic_setup(tr: &Tr, client: Client, settings: &Settings) -> Option<String> {
    let name = sign_in_name(settings)?;
    let address = settings.address_or_example();
    let (id, name) = match (client, name) {
        (Client::Ios, _) => ("quick-ios", if name == "Microsoft" { "Outlook.com" } else { name }),
        (Client::AppleMail, _) => ("quick-apple-mail", if name == "Microsoft" { "Microsoft Exchange" } else { name }),
        (Client::Thunderbird | Client::ThunderbirdAndroid, "iCloud") => return None,
        (Client::Thunderbird | Client::ThunderbirdAndroid, _) => ("quick-thunderbird", name),
        (Client::AndroidGmail, "Google") => ("quick-android-gmail-google", name),
        (Client::AndroidGmail, _) if name != "iCloud" => ("quick-android-gmail", name),
        (Client::OutlookNew | Client::OutlookClassic, _) => ("quick-outlook", name),
        _ => return None,
    };
    Some(tr.format(id, &[("name", name.into()), ("address", address.as_str().into())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailsetup_shared::address::Query;
    use mailsetup_shared::provider::Security;
    use mailsetup_shared::settings::resolve;
    use mailsetup_shared::wire::{PortFacts, PortReport, PortSpec, ProbeEvent};

    fn settings(text: &str) -> Settings {
        resolve(&Query::parse(text).unwrap())
    }

    #[test]
    fn gmail_starts_with_an_app_password() {
        let tr = Tr::english();
        let step = first_step(&tr, &settings("a@gmail.com")).unwrap();
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
        assert_eq!(first_step(&tr, &settings("a@company.example")), None);
        assert_eq!(tr.format("first-step-minutes", &[("minutes", 1.into())]), "about 1 minute");
    }

    #[test]
    fn a_gmail_address_gets_no_send_as_guide() {
        let gmail = settings("a@gmail.com");
        assert!(!guide_clients(&gmail).contains(&Client::GmailSendAs));
        assert_eq!(current_client(&gmail, Some(Client::GmailSendAs)), Client::Thunderbird);
        assert!(guide_clients(&settings("a@yahoo.com")).contains(&Client::GmailSendAs));
    }

    #[test]
    fn programs_that_set_up_oauth2_themselves_come_first() {
        let (gmail, tr) = (settings("a@gmail.com"), Tr::english());
        assert!(automatic_setup(&tr, Client::Ios, &gmail).unwrap().contains("Add Account → Google"));
        assert!(automatic_setup(&tr, Client::Thunderbird, &gmail).unwrap().contains("OAuth2"));
        assert!(automatic_setup(&tr, Client::Generic, &gmail).is_none());
        assert!(automatic_setup(&tr, Client::Thunderbird, &settings("a@company.example")).is_none());
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
