//! Step-by-step set-up guides per mail program, with the person's values filled in.
//!
//! Each guide names the menus and fields as the program shows them, so a person can follow
//! it with the program open. The values come from the same [`Settings`] as every config file.

use serde::Serialize;

use crate::provider::{AuthMethod, Protocol, Security};
use crate::render::{chosen_incoming, chosen_smtp};
use crate::settings::{Candidate, Settings};

/// The programs there are guides for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Client {
    Thunderbird,
    OutlookClassic,
    OutlookNew,
    GmailSendAs,
    AppleMail,
    Ios,
    AndroidGmail,
    ThunderbirdAndroid,
    Generic,
}

impl Client {
    pub const ALL: [Client; 9] = [
        Client::Thunderbird,
        Client::OutlookClassic,
        Client::OutlookNew,
        Client::GmailSendAs,
        Client::AppleMail,
        Client::Ios,
        Client::AndroidGmail,
        Client::ThunderbirdAndroid,
        Client::Generic,
    ];

    /// The id used in URLs (`?tab=thunderbird`).
    pub fn id(self) -> &'static str {
        match self {
            Client::Thunderbird => "thunderbird",
            Client::OutlookClassic => "outlook",
            Client::OutlookNew => "new-outlook",
            Client::GmailSendAs => "gmail-send-as",
            Client::AppleMail => "apple-mail",
            Client::Ios => "ios",
            Client::AndroidGmail => "android-gmail",
            Client::ThunderbirdAndroid => "thunderbird-android",
            Client::Generic => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Client> {
        Client::ALL.into_iter().find(|c| c.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Client::Thunderbird => "Thunderbird",
            Client::OutlookClassic => "Outlook (classic)",
            Client::OutlookNew => "New Outlook",
            Client::GmailSendAs => "Gmail \u{201c}Send mail as\u{201d}",
            Client::AppleMail => "Apple Mail (Mac)",
            Client::Ios => "iPhone / iPad",
            Client::AndroidGmail => "Android (Gmail app)",
            Client::ThunderbirdAndroid => "Thunderbird for Android",
            Client::Generic => "Any other program",
        }
    }
}

/// A labelled value to type or pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// One step: what to do, and the values it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub text: String,
    pub fields: Vec<Field>,
}

/// A whole guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub client: Client,
    pub title: String,
    pub steps: Vec<Step>,
    /// Things to know before starting (OAuth2-only, app passwords, ...).
    pub notes: Vec<String>,
}

fn field(label: &str, value: impl Into<String>) -> Field {
    Field { label: label.to_owned(), value: value.into() }
}

fn step(text: impl Into<String>, fields: Vec<Field>) -> Step {
    Step { text: text.into(), fields }
}

/// What to type as the password, in words.
fn password_value(settings: &Settings, candidate: &Candidate) -> String {
    if settings.oauth2_only() {
        "none: choose the provider's sign-in (OAuth2) instead".to_owned()
    } else if candidate.auth.contains(&AuthMethod::AppPassword) {
        "an app password (not your normal password)".to_owned()
    } else {
        "your email password".to_owned()
    }
}

/// Thunderbird's name for the login method.
fn thunderbird_auth(settings: &Settings, candidate: &Candidate) -> &'static str {
    if settings.oauth2_only() {
        return "OAuth2";
    }
    match candidate.auth.iter().find(|a| **a != AuthMethod::OAuth2) {
        Some(AuthMethod::PasswordEncrypted) => "Encrypted password",
        Some(AuthMethod::Ntlm) => "NTLM",
        Some(AuthMethod::Gssapi) => "Kerberos / GSSAPI",
        Some(AuthMethod::ClientCertificate) => "TLS Certificate",
        Some(AuthMethod::None | AuthMethod::ClientIp) => "No authentication",
        _ => "Normal password",
    }
}

fn incoming_label(candidate: &Candidate) -> &'static str {
    if candidate.protocol == Protocol::Pop3 { "POP3" } else { "IMAP" }
}

fn notes(settings: &Settings) -> Vec<String> {
    let mut notes = Vec::new();
    if settings.oauth2_only() {
        notes.push(format!(
            "{} accepts only OAuth2 sign-in: use a program that offers \"Sign in with {}\"; a password will be refused.",
            settings.provider_name,
            settings.provider.map_or("the provider", |p| p.name)
        ));
    } else if settings.best_smtp().is_some_and(|c| c.auth.contains(&AuthMethod::AppPassword)) {
        notes.push(
            "Create an app password first (see the hints above); your normal password will be refused.".to_owned(),
        );
    }
    if settings.smtp.iter().all(|c| c.guessed) {
        notes.push(
            "These servers are guesses from the usual names; test them below before you rely on them.".to_owned(),
        );
    }
    notes
}

/// The guide for one program; `None` when the provider offers no SMTP at all.
pub fn guide(client: Client, settings: &Settings) -> Option<Guide> {
    if !settings.offers_smtp() {
        return None;
    }
    let smtp = chosen_smtp(settings).clone();
    let incoming = chosen_incoming(settings).cloned();
    let address = settings.address_or_example();
    let steps = match client {
        Client::Thunderbird => thunderbird(settings, &smtp, incoming.as_ref(), &address),
        Client::OutlookClassic => outlook_classic(settings, &smtp, incoming.as_ref(), &address),
        Client::OutlookNew => outlook_new(settings, &smtp, incoming.as_ref(), &address),
        Client::GmailSendAs => gmail_send_as(settings, &smtp, &address),
        Client::AppleMail => apple_mail(settings, &smtp, incoming.as_ref(), &address),
        Client::Ios => ios(settings, &smtp, incoming.as_ref(), &address),
        Client::AndroidGmail => android_gmail(settings, &smtp, incoming.as_ref(), &address),
        Client::ThunderbirdAndroid => thunderbird_android(settings, &smtp, incoming.as_ref(), &address),
        Client::Generic => generic(settings, &smtp, incoming.as_ref()),
    };
    Some(Guide { client, title: format!("Set up {} in {}", address, client.label()), steps, notes: notes(settings) })
}

fn server_fields(settings: &Settings, c: &Candidate, kind: &str) -> Vec<Field> {
    vec![
        field(&format!("{kind} server"), &c.host),
        field("Port", c.port.to_string()),
        field("Security", c.security.label()),
        field("User name", &c.username),
        field("Password", password_value(settings, c)),
    ]
}

fn thunderbird(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step(
            "Open the ≡ menu → Account Settings → Account Actions → Add Mail Account.",
            vec![field("Your full name", "the name people see"), field("Email address", address)],
        ),
        step(
            "Enter the password (unless the provider uses OAuth2) and click \"Configure manually\".",
            vec![field("Password", password_value(settings, smtp))],
        ),
    ];
    if let Some(inc) = incoming {
        steps.push(step(
            "Under INCOMING SERVER set:",
            vec![
                field("Protocol", incoming_label(inc)),
                field("Hostname", &inc.host),
                field("Port", inc.port.to_string()),
                field("Connection security", inc.security.label()),
                field("Authentication method", thunderbird_auth(settings, inc)),
                field("Username", &inc.username),
            ],
        ));
    }
    steps.push(step(
        "Under OUTGOING SERVER set:",
        vec![
            field("Hostname", &smtp.host),
            field("Port", smtp.port.to_string()),
            field("Connection security", smtp.security.label()),
            field("Authentication method", thunderbird_auth(settings, smtp)),
            field("Username", &smtp.username),
        ],
    ));
    steps.push(step("Click \"Re-test\", then \"Done\". For OAuth2 a sign-in window opens: sign in there.", vec![]));
    steps
}

fn outlook_classic(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step("Choose File → Add Account.", vec![]),
        step(
            "Type your address, open \"Advanced options\", tick \"Let me set up my account manually\" and click Connect.",
            vec![field("Email address", address)],
        ),
        step(format!("Choose {}.", incoming.map_or("IMAP", incoming_label)), vec![]),
    ];
    if let Some(inc) = incoming {
        steps.push(step(
            "Incoming mail:",
            vec![
                field("Server", &inc.host),
                field("Port", inc.port.to_string()),
                field("Encryption method", inc.security.label()),
                field("Require logon using Secure Password Authentication (SPA)", "off"),
            ],
        ));
    }
    steps.push(step(
        "Outgoing mail:",
        vec![
            field("Server", &smtp.host),
            field("Port", smtp.port.to_string()),
            field("Encryption method", smtp.security.label()),
            field("Require logon using Secure Password Authentication (SPA)", "off"),
        ],
    ));
    steps.push(step(
        "Click Next, enter the password and click Connect.",
        vec![field("Password", password_value(settings, smtp))],
    ));
    steps.push(step(
        "If sending fails later: File → Account Settings → Account Settings → your account → Change → More \
         Settings → Outgoing Server, and tick \"My outgoing server (SMTP) requires authentication\" with \
         \"Use same settings as my incoming mail server\".",
        vec![],
    ));
    steps
}

fn outlook_new(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step("Open Settings (the gear) → Accounts → Email accounts → Add account.", vec![]),
        step("Type your address and click Continue.", vec![field("Email address", address)]),
        step(
            "If Outlook offers a choice, pick IMAP (\"Sync with IMAP\"), then \"Show more\" to see every field.",
            vec![],
        ),
    ];
    if let Some(inc) = incoming {
        let mut fields = server_fields(settings, inc, &format!("{} incoming", incoming_label(inc)));
        fields[2].label = "Secure connection type".to_owned();
        steps.push(step("Incoming server:", fields));
    }
    let mut fields = server_fields(settings, smtp, "SMTP");
    fields[2].label = "Secure connection type".to_owned();
    steps.push(step("Outgoing (SMTP) server:", fields));
    steps.push(step("Click Continue.", vec![]));
    steps
}

fn gmail_send_as(settings: &Settings, smtp: &Candidate, address: &str) -> Vec<Step> {
    let connection = match smtp.security {
        Security::ImplicitTls => "Secured connection using SSL",
        _ => "Secured connection using TLS",
    };
    vec![
        step("In Gmail on the web, open Settings (the gear) → See all settings → Accounts and Import.", vec![]),
        step(
            "Next to \"Send mail as\" click \"Add another email address\", enter the name and address, and click \
             Next Step.",
            vec![field("Email address", address)],
        ),
        step(
            "Fill in the SMTP server:",
            vec![
                field("SMTP Server", &smtp.host),
                field("Port", smtp.port.to_string()),
                field("Username", &smtp.username),
                field("Password", password_value(settings, smtp)),
                field("Connection", connection),
            ],
        ),
        step("Click Add Account. Gmail sends a confirmation code to that address: open it there and confirm.", vec![]),
    ]
}

fn apple_mail(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step("In Mail choose Mail → Add Account → Other Mail Account → Continue.", vec![]),
        step(
            "Enter name, address and password, and click Sign In.",
            vec![field("Email Address", address), field("Password", password_value(settings, smtp))],
        ),
    ];
    if let Some(inc) = incoming {
        steps.push(step(
            "If Mail cannot find the servers, it asks for them:",
            vec![
                field("Account Type", incoming_label(inc)),
                field("Incoming Mail Server", &inc.host),
                field("Outgoing Mail Server", &smtp.host),
                field("User Name", &inc.username),
            ],
        ));
    }
    steps.push(step(
        "Then check the outgoing server: Mail → Settings → Accounts → your account → Server Settings. Untick \
         \"Automatically manage connection settings\" under Outgoing Mail Server and set:",
        vec![
            field("Port", smtp.port.to_string()),
            field("Use TLS/SSL", if smtp.security == Security::Plain { "off" } else { "on" }),
            field("Authentication", "Password"),
            field("User Name", &smtp.username),
        ],
    ));
    steps
}

fn ios(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step(
            "Open Settings → Apps → Mail → Mail Accounts → Add Account → Other → Add Mail Account (older iOS: \
             Settings → Mail → Accounts).",
            vec![],
        ),
        step(
            "Enter name, address and password, and tap Next.",
            vec![field("Email", address), field("Password", password_value(settings, smtp))],
        ),
    ];
    if let Some(inc) = incoming {
        steps.push(step(
            format!("Choose {} and fill in both servers:", incoming_label(inc)),
            vec![
                field("Incoming Mail Server: Host Name", &inc.host),
                field("Incoming Mail Server: User Name", &inc.username),
                field("Outgoing Mail Server: Host Name", &smtp.host),
                field("Outgoing Mail Server: User Name", &smtp.username),
            ],
        ));
    }
    steps.push(step(
        "Tap Next, then Save. To check the port: your account → Account → Outgoing Mail Server (SMTP) → the \
         primary server:",
        vec![
            field("Use SSL", if smtp.security == Security::Plain { "off" } else { "on" }),
            field("Authentication", "Password"),
            field("Server Port", smtp.port.to_string()),
        ],
    ));
    steps
}

fn android_gmail(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>, address: &str) -> Vec<Step> {
    let mut steps = vec![
        step(
            "In the Gmail app tap your profile picture → Add another account → Other, enter the address and tap \
             \"Manual setup\".",
            vec![field("Email address", address)],
        ),
        step(
            format!("Choose \"Personal ({})\" and enter the password.", incoming.map_or("IMAP", incoming_label)),
            vec![field("Password", password_value(settings, smtp))],
        ),
    ];
    if let Some(inc) = incoming {
        steps.push(step("Incoming server settings:", {
            let mut fields = server_fields(settings, inc, "");
            fields[0].label = "Server".to_owned();
            fields[2].label = "Security type".to_owned();
            fields.remove(4);
            fields
        }));
    }
    steps.push(step(
        "Outgoing server settings (keep \"Require sign-in\" on):",
        vec![
            field("SMTP server", &smtp.host),
            field("Port", smtp.port.to_string()),
            field("Security type", smtp.security.label()),
            field("Username", &smtp.username),
        ],
    ));
    steps
}

fn thunderbird_android(
    settings: &Settings,
    smtp: &Candidate,
    incoming: Option<&Candidate>,
    address: &str,
) -> Vec<Step> {
    let mut steps = vec![step(
        "Open Thunderbird, tap Add account, enter the address and, if it cannot find the servers, choose \
         \"Manual setup\".",
        vec![field("Email address", address)],
    )];
    if let Some(inc) = incoming {
        steps.push(step(
            "Incoming server:",
            vec![
                field("Protocol", incoming_label(inc)),
                field("Server", &inc.host),
                field("Security", inc.security.label()),
                field("Port", inc.port.to_string()),
                field("Authentication", thunderbird_auth(settings, inc)),
                field("Username", &inc.username),
                field("Password", password_value(settings, inc)),
            ],
        ));
    }
    steps.push(step(
        "Outgoing server:",
        vec![
            field("Server", &smtp.host),
            field("Security", smtp.security.label()),
            field("Port", smtp.port.to_string()),
            field("Authentication", thunderbird_auth(settings, smtp)),
            field("Username", &smtp.username),
        ],
    ));
    steps
}

fn generic(settings: &Settings, smtp: &Candidate, incoming: Option<&Candidate>) -> Vec<Step> {
    let mut steps = vec![step("Outgoing mail (SMTP):", server_fields(settings, smtp, "SMTP"))];
    if let Some(alternative) = settings.smtp.iter().find(|c| c.port != smtp.port && c.security != Security::Plain) {
        steps.push(step(
            "If that port is blocked on your network, the other one:",
            vec![field("Port", alternative.port.to_string()), field("Security", alternative.security.label())],
        ));
    }
    if let Some(inc) = incoming {
        steps.push(step(
            format!("Incoming mail ({}):", incoming_label(inc)),
            server_fields(settings, inc, incoming_label(inc)),
        ));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::Query;
    use crate::settings::resolve;

    fn values(guide: &Guide) -> Vec<String> {
        guide.steps.iter().flat_map(|s| s.fields.iter().map(|f| format!("{}={}", f.label, f.value))).collect()
    }

    #[test]
    fn every_guide_carries_the_values() {
        let settings = resolve(&Query::parse("ann@gmail.com").unwrap());
        for client in Client::ALL {
            let guide = guide(client, &settings).expect("offers SMTP");
            assert!(!guide.steps.is_empty(), "{client:?}");
            let all = values(&guide).join("\n");
            assert!(all.contains("smtp.gmail.com"), "{client:?}: {all}");
            if client != Client::GmailSendAs {
                assert!(all.contains("465"), "{client:?}: {all}");
            }
            assert_eq!(Client::from_id(client.id()), Some(client));
        }
    }

    #[test]
    fn gmail_send_as_names_the_connection_for_the_port() {
        let settings = resolve(&Query::parse("ann@gmail.com").unwrap());
        let guide = guide(Client::GmailSendAs, &settings).expect("offers SMTP");
        assert!(values(&guide).contains(&"Connection=Secured connection using SSL".to_owned()));
        assert!(guide.notes.iter().any(|n| n.contains("app password")), "{:?}", guide.notes);
    }
}
