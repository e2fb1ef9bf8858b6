//! Step-by-step set-up guides per mail program, with the person's values filled in.
//!
//! Each guide names the menus and fields as the program shows them, so a person can follow
//! it with the program open. The values come from the same [`Settings`] as every config file.
//! The words are not here: each sentence, label and option is a [`Text`], a message id with
//! its values, and the page's Fluent files (`shared/app/i18n/*.ftl`) say it in each language.

use serde::Serialize;

use email_settings::provider::{AuthMethod, Protocol, Security, SignIn};
use email_settings::render::Format;
use email_settings::settings::{Candidate, Settings};
use email_settings::way_in::{WayIn, way_in};

pub use crate::words::Text;
pub use email_settings::client::Client;

/// What goes into a field: a value to type exactly (a host, a port, a user name), or an
/// option to pick, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Value {
    Exact(String),
    Words(Text),
}

/// A labelled value to type or pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: Text,
    pub value: Value,
}

/// One step of a guide: what to do, and the values it needs. (The probe's steps are
/// [`crate::wire::Step`].)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuideStep {
    pub text: Text,
    pub fields: Vec<Field>,
}

/// A whole guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub client: Client,
    /// How this program gets in ([`email_settings::way_in`]): everything below follows from it.
    pub way_in: WayIn,
    /// `guide-title`, with the address.
    pub title: Text,
    /// The program's own sign-in, in one sentence, when it has a button for the provider:
    /// then there are no steps to follow by hand.
    pub quick: Option<Text>,
    pub steps: Vec<GuideStep>,
    /// Things to know before starting (app passwords, the bridge, the API key, ...).
    pub notes: Vec<Text>,
    /// The file that sets this program up in one go, when it takes one: Apple's profile for
    /// the iPhone and Apple Mail, where the settings are otherwise typed by hand. Never
    /// beside the program's own sign-in (nothing is typed then) or where the file is not
    /// [`offered`](email_settings::render::offered) (a bridge, a sending service).
    pub file: Option<Format>,
}

/// A field with a value to type exactly.
fn field(label: &'static str, value: impl Into<String>) -> Field {
    Field { label: Text::new(label), value: Value::Exact(value.into()) }
}

/// A field with an option to pick, in words.
fn pick(label: &'static str, words: &'static str) -> Field {
    Field { label: Text::new(label), value: Value::Words(Text::new(words)) }
}

fn step(text: &'static str, fields: Vec<Field>) -> GuideStep {
    GuideStep { text: Text::new(text), fields }
}

/// A step whose sentence names the incoming protocol (`$protocol`).
fn step_protocol(text: &'static str, protocol: &str, fields: Vec<Field>) -> GuideStep {
    GuideStep { text: Text::with(text, &[("protocol", protocol)]), fields }
}

/// What to type as the password, in words: what the way in asks for.
fn password_value(way: WayIn) -> Field {
    pick("guide-label-password", crate::words::password_field(way))
}

/// Thunderbird's name for the login method.
fn thunderbird_auth(label: &'static str, settings: &Settings, candidate: &Candidate) -> Field {
    let words = if settings.oauth2_only() {
        "guide-value-auth-oauth2"
    } else {
        match candidate.auth.iter().find(|a| **a != AuthMethod::OAuth2) {
            Some(AuthMethod::PasswordEncrypted) => "guide-value-auth-encrypted",
            Some(AuthMethod::Ntlm) => "guide-value-auth-ntlm",
            Some(AuthMethod::Gssapi) => "guide-value-auth-gssapi",
            Some(AuthMethod::ClientCertificate) => "guide-value-auth-certificate",
            Some(AuthMethod::None | AuthMethod::ClientIp) => "guide-value-auth-none",
            _ => "guide-value-auth-normal",
        }
    };
    pick(label, words)
}

fn incoming_label(candidate: &Candidate) -> &'static str {
    if candidate.protocol == Protocol::Pop3 { "POP3" } else { "IMAP" }
}

fn on_off(label: &'static str, on: bool) -> Field {
    pick(label, if on { "guide-value-on" } else { "guide-value-off" })
}

/// What to know before starting, for this way in: each way's own note, never another's.
fn notes(settings: &Settings, way: WayIn, smtp: &Candidate) -> Vec<Text> {
    let provider = settings.provider_name.as_str();
    let mut notes = match way {
        WayIn::AppPassword => vec![Text::with("guide-note-app-password", &[("provider", provider)])],
        WayIn::EnableFirst => vec![Text::with("guide-note-enable", &[("provider", provider)])],
        WayIn::Bridge => vec![Text::with("guide-note-bridge", &[("provider", provider)])],
        WayIn::ApiKey => vec![Text::with("guide-note-api-key", &[("provider", provider), ("user", &smtp.username)])],
        WayIn::SignIn { .. } | WayIn::Password | WayIn::NotHere(_) | WayIn::NoAccess => Vec::new(),
    };
    if settings.smtp.iter().all(|c| c.guessed) {
        notes.push(Text::new("guide-note-guessed"));
    }
    notes
}

/// The program's own sign-in for `with`, in one sentence, named as the program names it.
fn quick_way(client: Client, with: SignIn, address: &str) -> Option<Text> {
    let name = with.label();
    let (id, name) = match (client, with) {
        (Client::Ios, SignIn::Microsoft) => ("quick-ios", "Outlook.com"),
        (Client::Ios, SignIn::Apple) => ("quick-ios", "iCloud"),
        (Client::Ios, _) => ("quick-ios", name),
        (Client::AppleMail, SignIn::Microsoft) => ("quick-apple-mail", "Microsoft Exchange"),
        (Client::AppleMail, SignIn::Apple) => ("quick-apple-mail", "iCloud"),
        (Client::AppleMail, _) => ("quick-apple-mail", name),
        (Client::Thunderbird, _) => ("quick-thunderbird", name),
        (Client::ThunderbirdAndroid, _) => ("quick-thunderbird-android", name),
        (Client::AndroidGmail, SignIn::Google) => ("quick-android-gmail-google", name),
        (Client::AndroidGmail, SignIn::Microsoft) => ("quick-android-gmail", "Outlook, Hotmail and Live"),
        (Client::AndroidGmail, _) => ("quick-android-gmail", name),
        (Client::OutlookClassic | Client::OutlookNew, _) => ("quick-outlook", name),
        (Client::GmailSendAs | Client::Generic, _) => return None,
        // A program this app does not know yet: no words for its button.
        _ => return None,
    };
    Some(Text::with(id, &[("name", name), ("address", address)]))
}

/// The guide for one program; `None` when the program cannot send through this provider
/// (see [`WayIn`]).
pub fn guide(client: Client, settings: &Settings) -> Option<Guide> {
    let way = way_in(settings, client);
    if !way.works() {
        return None;
    }
    let smtp = settings.smtp_to_set_up()?.clone();
    let incoming = settings.incoming_to_set_up().cloned();
    let address = settings.address_or_example();
    let title = Text::with("guide-title", &[("address", &address)]);
    let notes = notes(settings, way, &smtp);
    if let WayIn::SignIn { with } = way {
        // The program does it all: nothing to type by hand, so no steps that could say
        // otherwise.
        let quick = quick_way(client, with, &address);
        return Some(Guide { client, way_in: way, title, quick, steps: Vec::new(), notes, file: None });
    }
    let steps = match client {
        Client::Thunderbird => thunderbird(way, settings, &smtp, incoming.as_ref(), &address),
        Client::OutlookClassic => outlook_classic(way, &smtp, incoming.as_ref(), &address),
        Client::OutlookNew => outlook_new(way, &smtp, incoming.as_ref(), &address),
        Client::GmailSendAs => gmail_send_as(way, &smtp, &address),
        Client::AppleMail => apple_mail(way, &smtp, incoming.as_ref(), &address),
        Client::Ios => ios(way, &smtp, incoming.as_ref(), &address),
        Client::AndroidGmail => android_gmail(way, &smtp, incoming.as_ref(), &address),
        Client::ThunderbirdAndroid => thunderbird_android(way, settings, &smtp, incoming.as_ref(), &address),
        Client::Generic => generic(way, settings, &smtp, incoming.as_ref()),
        // A program the library knows and this app has no guide for yet: the general steps.
        _ => generic(way, settings, &smtp, incoming.as_ref()),
    };
    let file = setup_file(client).filter(|&format| email_settings::render::offered(settings, format));
    // The page adds the program's name in its own language (`$program`).
    Some(Guide { client, way_in: way, title, quick: None, steps, notes, file })
}

/// The file a program can be set up from, if it takes one.
const fn setup_file(client: Client) -> Option<Format> {
    match client {
        Client::Ios | Client::AppleMail => Some(Format::Mobileconfig),
        _ => None,
    }
}

/// The fields of a server: host, port, security, user name and password. `security` is the
/// program's own label for the security setting.
fn server_fields(way: WayIn, c: &Candidate, host: &'static str, security: &'static str) -> Vec<Field> {
    vec![
        field(host, &c.host),
        field("guide-label-port", c.port.to_string()),
        field(security, c.security.label()),
        field("guide-label-user-name", &c.username),
        password_value(way),
    ]
}

/// A server's fields, after the incoming protocol when the program asks for it first.
fn with_protocol(protocol: Option<&str>, fields: [Field; 5]) -> Vec<Field> {
    protocol.map(|p| field("guide-label-protocol", p)).into_iter().chain(fields).collect()
}

fn thunderbird(
    way: WayIn,
    settings: &Settings,
    smtp: &Candidate,
    incoming: Option<&Candidate>,
    address: &str,
) -> Vec<GuideStep> {
    let mut steps = vec![
        step(
            "guide-thunderbird-open",
            vec![pick("guide-label-full-name", "guide-value-full-name"), field("guide-label-email", address)],
        ),
        step("guide-thunderbird-password", vec![password_value(way)]),
    ];
    let server = |c: &Candidate, protocol: Option<&str>| {
        with_protocol(
            protocol,
            [
                field("guide-label-hostname", &c.host),
                field("guide-label-port", c.port.to_string()),
                field("guide-label-connection-security", c.security.label()),
                thunderbird_auth("guide-label-auth-method", settings, c),
                field("guide-label-username", &c.username),
            ],
        )
    };
    if let Some(inc) = incoming {
        steps.push(step("guide-thunderbird-incoming", server(inc, Some(incoming_label(inc)))));
    }
    steps.push(step("guide-thunderbird-outgoing", server(smtp, None)));
    steps.push(step("guide-thunderbird-done", vec![]));
    steps
}

fn outlook_classic(way: WayIn, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<GuideStep> {
    let mut steps = vec![
        step("guide-outlook-open", vec![]),
        step("guide-outlook-manual", vec![field("guide-label-email", address)]),
        step_protocol("guide-outlook-choose", incoming.map_or("IMAP", incoming_label), vec![]),
    ];
    let server = |c: &Candidate| {
        vec![
            field("guide-label-server", &c.host),
            field("guide-label-port", c.port.to_string()),
            field("guide-label-encryption-method", c.security.label()),
            on_off("guide-label-spa", false),
        ]
    };
    if let Some(inc) = incoming {
        steps.push(step("guide-outlook-incoming", server(inc)));
    }
    steps.push(step("guide-outlook-outgoing", server(smtp)));
    steps.push(step("guide-outlook-password", vec![password_value(way)]));
    steps.push(step("guide-outlook-if-sending-fails", vec![]));
    steps
}

fn outlook_new(way: WayIn, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<GuideStep> {
    let mut steps = vec![
        step("guide-new-outlook-open", vec![]),
        step("guide-new-outlook-address", vec![field("guide-label-email", address)]),
        step("guide-new-outlook-imap", vec![]),
    ];
    if let Some(inc) = incoming {
        let fields = server_fields(way, inc, "guide-label-incoming-server", "guide-label-secure-connection-type");
        steps.push(step_protocol("guide-new-outlook-incoming", incoming_label(inc), fields));
    }
    let fields = server_fields(way, smtp, "guide-label-smtp-server", "guide-label-secure-connection-type");
    steps.push(step("guide-new-outlook-outgoing", fields));
    steps.push(step("guide-new-outlook-continue", vec![]));
    steps
}

fn gmail_send_as(way: WayIn, smtp: &Candidate, address: &str) -> Vec<GuideStep> {
    let connection = match smtp.security {
        Security::ImplicitTls => "guide-value-gmail-ssl",
        _ => "guide-value-gmail-tls",
    };
    vec![
        step("guide-gmail-open", vec![]),
        step("guide-gmail-add-address", vec![field("guide-label-email", address)]),
        step(
            "guide-gmail-smtp",
            vec![
                field("guide-label-smtp-server", &smtp.host),
                field("guide-label-port", smtp.port.to_string()),
                field("guide-label-username", &smtp.username),
                password_value(way),
                pick("guide-label-connection", connection),
            ],
        ),
        step("guide-gmail-confirm", vec![]),
    ]
}

fn apple_mail(way: WayIn, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<GuideStep> {
    let mut steps = vec![
        step("guide-apple-mail-open", vec![]),
        step("guide-apple-mail-sign-in", vec![field("guide-label-email", address), password_value(way)]),
    ];
    if let Some(inc) = incoming {
        steps.push(step(
            "guide-apple-mail-servers",
            vec![
                field("guide-label-account-type", incoming_label(inc)),
                field("guide-label-incoming-server", &inc.host),
                field("guide-label-outgoing-server", &smtp.host),
                field("guide-label-user-name", &inc.username),
            ],
        ));
    }
    steps.push(step(
        "guide-apple-mail-check",
        vec![
            field("guide-label-port", smtp.port.to_string()),
            on_off("guide-label-use-tls", smtp.security != Security::Plain),
            pick("guide-label-authentication", "guide-value-auth-password"),
            field("guide-label-user-name", &smtp.username),
        ],
    ));
    steps
}

fn ios(way: WayIn, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<GuideStep> {
    let mut steps = vec![
        step("guide-ios-open", vec![]),
        step("guide-ios-sign-in", vec![field("guide-label-email", address), password_value(way)]),
    ];
    if let Some(inc) = incoming {
        steps.push(step_protocol(
            "guide-ios-servers",
            incoming_label(inc),
            vec![
                field("guide-label-ios-incoming-host", &inc.host),
                field("guide-label-ios-incoming-user", &inc.username),
                field("guide-label-ios-outgoing-host", &smtp.host),
                field("guide-label-ios-outgoing-user", &smtp.username),
            ],
        ));
    }
    steps.push(step(
        "guide-ios-check",
        vec![
            on_off("guide-label-use-ssl", smtp.security != Security::Plain),
            pick("guide-label-authentication", "guide-value-auth-password"),
            field("guide-label-server-port", smtp.port.to_string()),
        ],
    ));
    steps
}

fn android_gmail(way: WayIn, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<GuideStep> {
    let mut steps = vec![
        step("guide-android-gmail-open", vec![field("guide-label-email", address)]),
        step_protocol(
            "guide-android-gmail-personal",
            incoming.map_or("IMAP", incoming_label),
            vec![password_value(way)],
        ),
    ];
    if let Some(inc) = incoming {
        let mut fields = server_fields(way, inc, "guide-label-server", "guide-label-security-type");
        fields.remove(4);
        steps.push(step("guide-android-gmail-incoming", fields));
    }
    let mut fields = server_fields(way, smtp, "guide-label-smtp-server", "guide-label-security-type");
    fields.remove(4);
    steps.push(step("guide-android-gmail-outgoing", fields));
    steps
}

fn thunderbird_android(
    way: WayIn,
    settings: &Settings,
    smtp: &Candidate,
    incoming: Option<&Candidate>,
    address: &str,
) -> Vec<GuideStep> {
    let mut steps = vec![step("guide-thunderbird-android-open", vec![field("guide-label-email", address)])];
    let server = |c: &Candidate, protocol: Option<&str>| {
        let mut fields = with_protocol(
            protocol,
            [
                field("guide-label-server", &c.host),
                field("guide-label-security", c.security.label()),
                field("guide-label-port", c.port.to_string()),
                thunderbird_auth("guide-label-authentication", settings, c),
                field("guide-label-username", &c.username),
            ],
        );
        if protocol.is_some() {
            fields.push(password_value(way));
        }
        fields
    };
    if let Some(inc) = incoming {
        steps.push(step("guide-thunderbird-android-incoming", server(inc, Some(incoming_label(inc)))));
    }
    steps.push(step("guide-thunderbird-android-outgoing", server(smtp, None)));
    steps
}

fn generic(way: WayIn, settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>) -> Vec<GuideStep> {
    let mut steps =
        vec![step("guide-other-outgoing", server_fields(way, smtp, "guide-label-smtp-server", "guide-label-security"))];
    if let Some(alternative) = settings.smtp.iter().find(|c| c.port != smtp.port && c.security != Security::Plain) {
        steps.push(step(
            "guide-other-alternative",
            vec![
                field("guide-label-port", alternative.port.to_string()),
                field("guide-label-security", alternative.security.label()),
            ],
        ));
    }
    if let Some(inc) = incoming {
        let fields = server_fields(way, inc, "guide-label-incoming-server", "guide-label-security");
        steps.push(step_protocol("guide-other-incoming", incoming_label(inc), fields));
    }
    steps
}

/// Every message id a guide can use, for the page's test that each is translated.
pub fn message_ids(guide: &Guide) -> Vec<&'static str> {
    let mut ids = vec![guide.title.id];
    ids.extend(guide.quick.iter().map(|q| q.id));
    ids.extend(guide.notes.iter().map(|n| n.id));
    for step in &guide.steps {
        ids.push(step.text.id);
        for field in &step.fields {
            ids.push(field.label.id);
            if let Value::Words(words) = &field.value {
                ids.push(words.id);
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::settings::resolve;

    fn values(guide: &Guide) -> Vec<String> {
        let value = |v: &Value| match v {
            Value::Exact(text) => text.clone(),
            Value::Words(words) => words.id.to_owned(),
        };
        guide
            .steps
            .iter()
            .flat_map(|s| s.fields.iter().map(move |f| format!("{}={}", f.label.id, value(&f.value))))
            .collect()
    }

    #[test]
    fn every_guide_carries_the_values() {
        let settings = resolve(&Query::parse("ann@posteo.de").unwrap());
        for &client in Client::ALL {
            let guide = guide(client, &settings).expect("offers SMTP");
            assert!(!guide.steps.is_empty() && guide.quick.is_none(), "{client:?}");
            let all = values(&guide).join("\n");
            assert!(all.contains("posteo.de"), "{client:?}: {all}");
            if client != Client::GmailSendAs {
                assert!(all.contains("465"), "{client:?}: {all}");
            }
            let password = format!("guide-label-password={}", crate::words::password_field(guide.way_in));
            assert!(all.contains(&password), "{client:?}: {all}");
            assert_eq!(Client::from_id(client.id()), Some(client));
        }
    }

    #[test]
    fn a_program_that_signs_in_gets_its_own_button_and_nothing_to_type() {
        let settings = resolve(&Query::parse("ann@gmail.com").unwrap());
        let guide = guide(Client::Ios, &settings).unwrap();
        assert!(guide.steps.is_empty() && guide.notes.is_empty(), "{guide:?}");
        let quick = guide.quick.unwrap();
        assert_eq!(quick.id, "quick-ios");
        assert!(quick.args.contains(&("name", "Google".to_owned())), "{quick:?}");
        let outlook = resolve(&Query::parse("ann@outlook.com").unwrap());
        let quick = super::guide(Client::AndroidGmail, &outlook).unwrap().quick.unwrap();
        assert!(quick.args.contains(&("name", "Outlook, Hotmail and Live".to_owned())), "as the app names it");
    }

    #[test]
    fn gmail_send_as_names_the_connection_for_the_port() {
        let settings = resolve(&Query::parse("ann@gmail.com").unwrap());
        let guide = guide(Client::GmailSendAs, &settings).expect("offers SMTP");
        assert!(values(&guide).contains(&"guide-label-connection=guide-value-gmail-ssl".to_owned()));
        assert!(guide.notes.iter().any(|n| n.id == "guide-note-app-password"), "{:?}", guide.notes);
    }

    #[test]
    fn apple_programs_get_the_profile_only_where_it_sets_them_up() {
        let file =
            |address: &str, client| guide(client, &resolve(&Query::parse(address).unwrap())).and_then(|g| g.file);
        assert_eq!(file("ann@posteo.de", Client::Ios), Some(Format::Mobileconfig));
        assert_eq!(file("ann@posteo.de", Client::AppleMail), Some(Format::Mobileconfig));
        assert_eq!(file("ann@posteo.de", Client::Thunderbird), None, "Thunderbird takes no file");
        assert_eq!(file("ann@gmail.com", Client::Ios), None, "beside its own sign-in, nothing to install");
        assert_eq!(file("ann@proton.me", Client::AppleMail), None, "a profile cannot point at the bridge");
    }
}
