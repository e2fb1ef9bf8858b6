//! Apple configuration profile (`.mobileconfig`) with one `com.apple.mail.managed` payload,
//! written as an XML property list by the plist crate.
//!
//! Payload UUIDs are derived from the address (UUID v5), because this crate has no
//! randomness: the same address always yields the same profile, and installing it again
//! replaces the earlier one instead of adding a duplicate. The profile's identifier, by which
//! Apple decides between replacing and adding, carries the address's UUID too, so the
//! profiles of two accounts of one domain are both kept.

use uuid::Uuid;

use super::{Generator, chosen_incoming, chosen_smtp};
use crate::provider::{AuthMethod, Protocol, Security};
use crate::settings::{Candidate, Settings};

/// The namespace of mailsetup's v5 UUIDs (itself a v5 UUID of "mailsetup" in the URL namespace).
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://mailsetup.invalid/mobileconfig")
}

#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct Profile {
    payload_content: Vec<MailPayload>,
    payload_description: String,
    payload_display_name: String,
    payload_identifier: String,
    payload_organization: String,
    payload_removal_disallowed: bool,
    payload_type: &'static str,
    #[serde(rename = "PayloadUUID")]
    payload_uuid: String,
    payload_version: u32,
}

#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
struct MailPayload {
    email_account_description: String,
    email_account_type: &'static str,
    email_address: String,
    incoming_mail_server_authentication: &'static str,
    incoming_mail_server_host_name: String,
    incoming_mail_server_port_number: u16,
    #[serde(rename = "IncomingMailServerUseSSL")]
    incoming_mail_server_use_ssl: bool,
    incoming_mail_server_username: String,
    outgoing_mail_server_authentication: &'static str,
    outgoing_mail_server_host_name: String,
    outgoing_mail_server_port_number: u16,
    #[serde(rename = "OutgoingMailServerUseSSL")]
    outgoing_mail_server_use_ssl: bool,
    outgoing_mail_server_username: String,
    outgoing_password_same_as_incoming_password: bool,
    payload_description: String,
    payload_display_name: String,
    payload_identifier: String,
    payload_type: &'static str,
    #[serde(rename = "PayloadUUID")]
    payload_uuid: String,
    payload_version: u32,
    prevent_app_sheet: bool,
    prevent_move: bool,
    #[serde(rename = "SMIMEEnabled")]
    smime_enabled: bool,
}

/// Apple's names for login methods; profiles have no OAuth2, so it falls back to a password.
fn apple_auth(candidate: &Candidate) -> &'static str {
    match candidate.auth.iter().find(|a| **a != AuthMethod::OAuth2) {
        Some(AuthMethod::PasswordEncrypted) => "EmailAuthCRAMMD5",
        Some(AuthMethod::Ntlm) => "EmailAuthNTLM",
        Some(AuthMethod::None | AuthMethod::ClientIp) => "EmailAuthNone",
        _ => "EmailAuthPassword",
    }
}

pub(crate) fn render(settings: &Settings, by: Generator<'_>) -> String {
    let address = settings.address_or_example();
    let domain = settings.domain().ascii();
    let smtp = chosen_smtp(settings);
    // Apple Mail needs an incoming server; guess imap.<domain> if the provider lists none.
    let fallback;
    let incoming = match chosen_incoming(settings) {
        Some(c) => c,
        None => {
            fallback = Candidate {
                protocol: Protocol::Imap,
                host: format!("imap.{domain}"),
                port: 993,
                security: Security::ImplicitTls,
                username: smtp.username.clone(),
                username_form: smtp.username_form.clone(),
                auth: smtp.auth.clone(),
                reason: crate::settings::Why::new(
                    Protocol::Imap,
                    993,
                    Security::ImplicitTls,
                    crate::settings::Origin::Guessed,
                ),
                guessed: true,
            };
            &fallback
        }
    };
    let uuid = |role: &str| {
        Uuid::new_v5(&namespace(), format!("{address}\n{role}").as_bytes()).to_string().to_ascii_uppercase()
    };
    let reversed: Vec<&str> = domain.rsplit('.').collect();
    let identifier = format!("invalid.mailsetup.{}.{}", reversed.join("."), uuid("profile"));
    let mut description = format!("Mail settings for {address} ({}), made by {}.", settings.provider_name, by.name());
    if settings.oauth2_only() {
        description.push_str(
            " This provider accepts only OAuth2 sign-in, which profiles cannot carry: Apple Mail will ask you to sign in.",
        );
    }
    let payload = MailPayload {
        email_account_description: format!("{} ({address})", settings.provider_name),
        email_account_type: if incoming.protocol == Protocol::Pop3 { "EmailTypePOP" } else { "EmailTypeIMAP" },
        email_address: address.clone(),
        incoming_mail_server_authentication: apple_auth(incoming),
        incoming_mail_server_host_name: incoming.host.clone(),
        incoming_mail_server_port_number: incoming.port,
        incoming_mail_server_use_ssl: incoming.security != Security::Plain,
        incoming_mail_server_username: incoming.username.clone(),
        outgoing_mail_server_authentication: apple_auth(smtp),
        outgoing_mail_server_host_name: smtp.host.clone(),
        outgoing_mail_server_port_number: smtp.port,
        // Apple's "use SSL" means TLS: implicit on 465, STARTTLS on 587.
        outgoing_mail_server_use_ssl: smtp.security != Security::Plain,
        outgoing_mail_server_username: smtp.username.clone(),
        outgoing_password_same_as_incoming_password: true,
        payload_description: format!("Email account {address}"),
        payload_display_name: format!("{} mail", settings.provider_name),
        payload_identifier: format!("{identifier}.account"),
        payload_type: "com.apple.mail.managed",
        payload_uuid: uuid("account"),
        payload_version: 1,
        prevent_app_sheet: false,
        prevent_move: false,
        smime_enabled: false,
    };
    let profile = Profile {
        payload_content: vec![payload],
        payload_description: description,
        payload_display_name: format!("{} ({address})", settings.provider_name),
        payload_identifier: identifier,
        payload_organization: by.name().to_owned(),
        payload_removal_disallowed: false,
        payload_type: "Configuration",
        payload_uuid: uuid("profile"),
        payload_version: 1,
    };
    let mut out = Vec::new();
    // Serialising plain strings, numbers and booleans into a Vec cannot fail.
    let _ = plist::to_writer_xml(&mut out, &profile);
    String::from_utf8(out).unwrap_or_default()
}
