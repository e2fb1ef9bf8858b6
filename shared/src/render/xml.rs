//! XML outputs, written with quick-xml's writer: Thunderbird autoconfig (clientConfig 1.1)
//! and an Outlook Autodiscover (POX) response.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{Generator, chosen_incoming, chosen_smtp, made_by};
use crate::provider::{AuthMethod, Protocol, Security};
use crate::settings::{Candidate, Settings};

type XmlWriter = Writer<Vec<u8>>;

/// An indented XML document: the declaration, a comment saying who made it, then `body`.
fn document(
    settings: &Settings,
    by: Generator<'_>,
    encoding: &str,
    body: impl FnOnce(&mut XmlWriter) -> io::Result<()>,
) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let result = writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some(encoding), None)))
        .and_then(|()| {
            let comment = format!(" {} ", made_by(settings, by));
            writer.write_event(Event::Comment(BytesText::new(&comment)))
        })
        .and_then(|()| body(&mut writer));
    debug_assert!(result.is_ok(), "writing to a Vec cannot fail");
    // The writer only ever receives valid UTF-8 strings.
    String::from_utf8(writer.into_inner()).unwrap_or_default()
}

fn text(writer: &mut XmlWriter, name: &str, value: &str) -> io::Result<()> {
    writer.create_element(name).write_text_content(BytesText::new(value))?;
    Ok(())
}

/// Thunderbird's `authentication` values for our methods, without repeats.
fn thunderbird_auth(auth: &[AuthMethod]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for method in auth {
        let value = match method {
            AuthMethod::Password | AuthMethod::AppPassword | AuthMethod::ApiKey => "password-cleartext",
            AuthMethod::PasswordEncrypted => "password-encrypted",
            AuthMethod::OAuth2 => "OAuth2",
            AuthMethod::Ntlm => "NTLM",
            AuthMethod::Gssapi => "GSSAPI",
            AuthMethod::ClientCertificate => "TLS-client-cert",
            AuthMethod::ClientIp => "client-IP-address",
            AuthMethod::None => "none",
        };
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

fn server(writer: &mut XmlWriter, element: &str, kind: &str, candidate: &Candidate) -> io::Result<()> {
    writer.create_element(element).with_attribute(("type", kind)).write_inner_content(|w| {
        text(w, "hostname", &candidate.host)?;
        text(w, "port", &candidate.port.to_string())?;
        text(w, "socketType", candidate.security.socket_type())?;
        text(w, "username", &candidate.username_form.template())?;
        for auth in thunderbird_auth(&candidate.auth) {
            text(w, "authentication", auth)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Thunderbird autoconfig, clientConfig version 1.1. User names stay placeholders
/// (`%EMAILADDRESS%`), as the format intends, so the same file serves a whole domain.
pub(crate) fn thunderbird(settings: &Settings, by: Generator<'_>) -> String {
    document(settings, by, "UTF-8", |writer| {
        writer.create_element("clientConfig").with_attribute(("version", "1.1")).write_inner_content(|w| {
            let domain = settings.domain().ascii();
            w.create_element("emailProvider").with_attribute(("id", domain)).write_inner_content(|w| {
                text(w, "domain", domain)?;
                text(w, "displayName", &settings.provider_name)?;
                text(w, "displayShortName", settings.provider.map_or(&settings.provider_name[..], |p| p.name))?;
                for (protocol, list) in [("imap", &settings.imap), ("pop3", &settings.pop3)] {
                    for candidate in list.iter() {
                        server(w, "incomingServer", protocol, candidate)?;
                    }
                }
                for candidate in &settings.smtp {
                    server(w, "outgoingServer", "smtp", candidate)?;
                }
                for doc in settings.provider.map(|p| p.docs).unwrap_or_default() {
                    w.create_element("documentation").with_attribute(("url", doc.url)).write_inner_content(|w| {
                        w.create_element("descr")
                            .with_attribute(("lang", "en"))
                            .write_text_content(BytesText::new(doc.title))?;
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
        Ok(())
    })
}

/// Outlook's Autodiscover "POX" response (Exchange 2006 schema) for an IMAP or POP3
/// account with SMTP. `Encryption` is `SSL` for implicit TLS and `TLS` for STARTTLS.
pub(crate) fn autodiscover(settings: &Settings, by: Generator<'_>) -> String {
    autodiscover_with(settings, by, true)
}

/// The Autodiscover response, with or without the person's login name (a domain-wide file
/// must leave it out: Outlook then uses the address it asked about).
pub(crate) fn autodiscover_with(settings: &Settings, by: Generator<'_>, with_login: bool) -> String {
    let encryption = |security: Security| match security {
        Security::ImplicitTls => "SSL",
        Security::StartTls => "TLS",
        Security::Plain => "None",
    };
    let protocol = |w: &mut XmlWriter, candidate: &Candidate| -> io::Result<()> {
        w.create_element("Protocol").write_inner_content(|w| {
            let kind = match candidate.protocol {
                Protocol::Smtp => "SMTP",
                Protocol::Imap => "IMAP",
                Protocol::Pop3 => "POP3",
            };
            text(w, "Type", kind)?;
            text(w, "Server", &candidate.host)?;
            text(w, "Port", &candidate.port.to_string())?;
            text(w, "DomainRequired", "off")?;
            if with_login {
                text(w, "LoginName", &candidate.username)?;
            }
            let spa = candidate.auth.first() == Some(&AuthMethod::Ntlm);
            text(w, "SPA", if spa { "on" } else { "off" })?;
            text(w, "Encryption", encryption(candidate.security))?;
            text(w, "AuthRequired", "on")?;
            if candidate.protocol == Protocol::Smtp {
                text(w, "UsePOPAuth", "off")?;
                text(w, "SMTPLast", "off")?;
            }
            Ok(())
        })?;
        Ok(())
    };
    document(settings, by, "utf-8", |writer| {
        writer
            .create_element("Autodiscover")
            .with_attribute(("xmlns", "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"))
            .write_inner_content(|w| {
                w.create_element("Response")
                    .with_attribute((
                        "xmlns",
                        "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a",
                    ))
                    .write_inner_content(|w| {
                        w.create_element("Account").write_inner_content(|w| {
                            text(w, "AccountType", "email")?;
                            text(w, "Action", "settings")?;
                            if let Some(incoming) = chosen_incoming(settings) {
                                protocol(w, incoming)?;
                            }
                            protocol(w, chosen_smtp(settings))?;
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}
