//! The way in, walked across every curated provider and sending service, every program and
//! every output: the rules that keep advice from contradicting itself.

use email_settings::address::Query;
use email_settings::client::Client;
use email_settings::provider::SignIn;
use email_settings::provider::{DataSource, HintKind, ProviderKind};
use email_settings::render::{Format, FormatKind};
use email_settings::settings::{Settings, for_service, resolve, resolve_with};
use email_settings::way_in::*;
use mailsetup_shared::guides::{guide, message_ids};

/// Every curated provider (by its first domain) and every sending service.
fn everyone() -> Vec<Settings> {
    let mut all = Vec::new();
    for provider in email_settings::provider::all().iter().filter(|p| p.source == DataSource::Curated) {
        let settings = match provider.kind {
            ProviderKind::SendingService => for_service(&Query::parse("ann@example.org").unwrap(), provider.id, None),
            ProviderKind::Mailbox => {
                // A domain of its own, else one under its wildcard, else hosted mail for
                // one's own domain, recognised by an MX host.
                let domain =
                    provider.domains.iter().find(|d| !d.starts_with('*')).map(|d| (*d).to_owned()).or_else(|| {
                        provider.domains.first().map(|d| format!("company.{}", d.trim_start_matches("*.")))
                    });
                let mx = provider.mx.iter().chain(provider.regions.iter().flat_map(|r| r.mx)).next();
                match (domain, mx) {
                    (Some(domain), _) => Some(resolve(&Query::parse(&format!("ann@{domain}")).unwrap())),
                    (None, Some(mx)) => {
                        let host = mx.replace("*.", "mx1.");
                        Some(resolve_with(&Query::parse("ann@company.example").unwrap(), &[host.as_str()], None))
                    }
                    (None, None) => None,
                }
            }
            other => panic!("a kind of provider this walk does not know yet: {other:?}"),
        };
        all.extend(settings);
    }
    all
}

#[test]
fn every_provider_program_and_output_follows_one_way_in() {
    let all = everyone();
    let curated = email_settings::provider::all().iter().filter(|p| p.source == DataSource::Curated).count();
    let walked: Vec<&str> = all.iter().filter_map(|s| s.provider_id).collect();
    assert_eq!(all.len(), curated, "every curated provider and service is walked: {walked:?}");
    assert!(all.iter().all(|s| s.provider.is_some_and(|p| p.source == DataSource::Curated)));
    let mut pairs = 0;
    let mut outputs = 0;
    for settings in &all {
        let who = settings.provider_id.unwrap_or("?");
        let service = settings.provider.is_some_and(|p| p.kind == ProviderKind::SendingService);
        let bridge = settings.hints.iter().any(|h| h.kind == HintKind::NeedsBridge);
        for &client in Client::ALL {
            pairs += 1;
            let way = way_in(settings, client);
            let at = format!("{who} in {}", client.id());
            let Some(guide) = guide(client, settings) else {
                assert!(!way.works(), "{at}: {way:?} works but has no guide");
                continue;
            };
            assert_eq!(guide.way_in, way, "{at}");
            let ids = message_ids(&guide);
            // No app password, typed password or server step where the program signs in.
            if let WayIn::SignIn { with } = way {
                assert!(has_button(client, with), "{at}");
                assert!(guide.steps.is_empty() && guide.quick.is_some(), "{at}: {ids:?}");
                assert!(!ids.iter().any(|id| id.contains("app-password")), "{at}: {ids:?}");
            }
            // Each way's own words, never another's.
            let app_password = ids.iter().any(|id| id.contains("app-password"));
            assert_eq!(app_password, way == WayIn::AppPassword, "{at}: {way:?} {ids:?}");
            assert_eq!(ids.contains(&"guide-value-bridge-password"), way == WayIn::Bridge, "{at}");
            // A bridge only beside a desktop program.
            if bridge {
                assert!(on_a_computer(client) && way == WayIn::Bridge, "{at}: {way:?}");
            }
            // A service only in an app, with the user name it names.
            if service {
                assert_eq!((client, way), (Client::Generic, WayIn::ApiKey), "{at}");
                let user = settings.best_smtp().unwrap().username.as_str();
                let note = guide.notes.iter().find(|n| n.id == "guide-note-api-key").expect("the API key note");
                assert!(note.args.iter().any(|(k, v)| *k == "user" && v == user), "{at}: {note:?}");
                assert!(!user.contains("ann@"), "{at}: a service's user is not the address: {user}");
            }
        }
        for &format in Format::ALL {
            outputs += 1;
            let offered = email_settings::render::offered(settings, format);
            if service || bridge {
                let sets_up_a_mailbox =
                    matches!(format, Format::Thunderbird | Format::Autodiscover | Format::Mobileconfig);
                assert!(!(sets_up_a_mailbox && offered), "{who}: {} is offered", format.id());
            }
            if !settings.offers_smtp() {
                assert!(!offered, "{who}: {}", format.id());
            }
            if offered && format.kind() == FormatKind::Snippet && service {
                let text = email_settings::render::render(format, settings).unwrap().text;
                assert!(text.contains("API key"), "{who}: {} says what the password is: {text}", format.id());
            }
        }
    }
    eprintln!("way-in matrix: {} providers and services, {pairs} program pairs, {outputs} outputs", all.len());
}

#[test]
fn gmail_signs_in_inside_the_programs_that_can_and_asks_an_app_password_elsewhere() {
    let gmail = resolve(&Query::parse("ann@gmail.com").unwrap());
    for client in [Client::Thunderbird, Client::AppleMail, Client::Ios, Client::OutlookClassic, Client::AndroidGmail] {
        assert_eq!(way_in(&gmail, client), WayIn::SignIn { with: SignIn::Google }, "{client:?}");
    }
    assert_eq!(way_in(&gmail, Client::Generic), WayIn::AppPassword);
    let outlook = resolve(&Query::parse("ann@outlook.com").unwrap());
    assert_eq!(way_in(&outlook, Client::Thunderbird), WayIn::SignIn { with: SignIn::Microsoft });
    assert_eq!(way_in(&outlook, Client::Generic), WayIn::NotHere(Blocked::NoSignInButton));
    assert_eq!(way_in(&outlook, Client::GmailSendAs), WayIn::NotHere(Blocked::NoSignInButton));
}

#[test]
fn proton_is_a_bridge_on_a_computer_and_nothing_on_a_phone() {
    let proton = resolve(&Query::parse("ann@proton.me").unwrap());
    assert_eq!(way_in(&proton, Client::Thunderbird), WayIn::Bridge);
    for client in [Client::Ios, Client::AndroidGmail, Client::ThunderbirdAndroid, Client::GmailSendAs] {
        assert_eq!(way_in(&proton, client), WayIn::NotHere(Blocked::BridgeOnComputer), "{client:?}");
        assert!(guide(client, &proton).is_none());
    }
}
