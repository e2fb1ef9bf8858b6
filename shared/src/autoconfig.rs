//! Reading a Thunderbird autoconfig document (`clientConfig` version 1.1): what a domain
//! publishes at `autoconfig.<domain>/mail/config-v1.1.xml`, or ISPDB for it, about its
//! incoming and outgoing servers.
//!
//! The reader is sans-I/O and bounded: fetching the document is the caller's job, and a
//! document larger than [`MAX_AUTOCONFIG_BYTES`], nested deeper than 16 elements or naming
//! more than 10 servers each way is refused or cut short, so a hostile server costs little.
//!
//! ```
//! use email_settings::autoconfig::read_autoconfig;
//! use email_settings::provider::{Protocol, Security};
//!
//! let xml = r#"<clientConfig version="1.1"><emailProvider id="example.org">
//!   <domain>example.org</domain>
//!   <incomingServer type="imap"><hostname>imap.example.org</hostname><port>993</port>
//!     <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
//!   <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>465</port>
//!     <socketType>SSL</socketType><authentication>password-cleartext</authentication></outgoingServer>
//! </emailProvider></clientConfig>"#;
//! let found = read_autoconfig(xml)?;
//! assert_eq!(found.incoming[0].protocol, Protocol::Imap);
//! assert_eq!((found.outgoing[0].host.as_str(), found.outgoing[0].port), ("smtp.example.org", 465));
//! assert_eq!(found.outgoing[0].security, Security::ImplicitTls);
//! # Ok::<(), email_settings::autoconfig::AutoconfigError>(())
//! ```

use crate::provider::{AuthMethod, Protocol, Security};
use crate::settings::UsernameForm;

/// The largest document read.
pub const MAX_AUTOCONFIG_BYTES: usize = 64 * 1024;
/// Most servers taken each way (incoming, outgoing) from one document.
const MAX_SERVERS: usize = 10;
/// Most domains taken from one document.
const MAX_DOMAINS: usize = 100;
/// Deepest nesting of elements read.
const MAX_DEPTH: usize = 16;

/// What an autoconfig document says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Autoconfig {
    /// The `id` of its `emailProvider`, usually a domain.
    pub provider_id: Option<String>,
    /// The provider's name, from `displayName`.
    pub display_name: Option<String>,
    /// The mail domains it covers, from its `domain` elements.
    pub domains: Vec<String>,
    /// Its IMAP and POP3 servers, in the document's order (its preference).
    pub incoming: Vec<AutoconfigServer>,
    /// Its SMTP servers, in the document's order.
    pub outgoing: Vec<AutoconfigServer>,
}

/// One server of an autoconfig document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AutoconfigServer {
    /// SMTP for an outgoing server, IMAP or POP3 for an incoming one.
    pub protocol: Protocol,
    /// The host name, lowercase.
    pub host: String,
    /// The port.
    pub port: u16,
    /// `SSL` is implicit TLS, `STARTTLS` is STARTTLS; a value the reader does not know is
    /// taken as the weakest, plain, so that a probe tells.
    pub security: Security,
    /// What to type as the user name; `None` when the document does not say.
    pub username: Option<UsernameForm>,
    /// The ways to log in it lists, without repeats; values the reader does not know are
    /// left out.
    pub auth: Vec<AuthMethod>,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AutoconfigError {
    /// Larger than [`MAX_AUTOCONFIG_BYTES`].
    #[error("larger than {} KiB", MAX_AUTOCONFIG_BYTES / 1024)]
    TooLarge,
    /// Not well-formed XML; the parser's description.
    #[error("not valid XML: {0}")]
    NotXml(String),
    /// Elements nested deeper than any autoconfig document needs.
    #[error("nested too deeply")]
    TooDeep,
    /// The document stops inside an element.
    #[error("the document ends inside an element")]
    Unfinished,
    /// Well-formed XML without a `clientConfig` element.
    #[error("not a Thunderbird autoconfig document (no clientConfig)")]
    NotAutoconfig,
}

/// A server being read.
#[derive(Debug, Default)]
struct Partial {
    protocol: Option<Protocol>,
    host: String,
    port: String,
    socket: String,
    username: String,
    auth: Vec<AuthMethod>,
}

impl Partial {
    fn finish(self) -> Option<AutoconfigServer> {
        let port = self.port.parse::<u16>().ok().filter(|&p| p > 0)?;
        if self.host.is_empty() {
            return None;
        }
        let username = match self.username.as_str() {
            "" => None,
            "%EMAILADDRESS%" => Some(UsernameForm::Address),
            "%EMAILLOCALPART%" => Some(UsernameForm::LocalPart),
            template => Some(UsernameForm::Template(template.to_owned())),
        };
        Some(AutoconfigServer {
            protocol: self.protocol?,
            host: self.host.to_ascii_lowercase(),
            port,
            security: Security::from_socket_type(&self.socket).unwrap_or(Security::Plain),
            username,
            auth: self.auth,
        })
    }
}

/// Reads an autoconfig document.
pub fn read_autoconfig(xml: &str) -> Result<Autoconfig, AutoconfigError> {
    use quick_xml::events::Event;
    if xml.len() > MAX_AUTOCONFIG_BYTES {
        return Err(AutoconfigError::TooLarge);
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let mut path: Vec<String> = Vec::new();
    let mut found = Autoconfig::default();
    let mut server: Option<Partial> = None;
    let mut saw_client_config = false;
    loop {
        match reader.read_event().map_err(|e| AutoconfigError::NotXml(e.to_string()))? {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                saw_client_config |= name == "clientConfig";
                let kind = || {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == b"type")
                        .map(|a| String::from_utf8_lossy(&a.value).to_ascii_lowercase())
                };
                match name.as_str() {
                    "incomingServer" => {
                        let protocol = match kind().as_deref() {
                            Some("imap") => Some(Protocol::Imap),
                            Some("pop3") => Some(Protocol::Pop3),
                            _ => None,
                        };
                        server = Some(Partial { protocol, ..Partial::default() });
                    }
                    "outgoingServer" => {
                        let protocol = (kind().as_deref() == Some("smtp")).then_some(Protocol::Smtp);
                        server = Some(Partial { protocol, ..Partial::default() });
                    }
                    "emailProvider" => {
                        found.provider_id = e
                            .attributes()
                            .flatten()
                            .find(|a| a.key.as_ref() == b"id")
                            .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                    }
                    _ => {}
                }
                if path.len() >= MAX_DEPTH {
                    return Err(AutoconfigError::TooDeep);
                }
                path.push(name);
            }
            Event::End(_) => {
                let closed = path.pop();
                let done = match closed.as_deref() {
                    Some("incomingServer" | "outgoingServer") => server.take().and_then(Partial::finish),
                    _ => None,
                };
                if let Some(done) = done {
                    let list = if done.protocol == Protocol::Smtp { &mut found.outgoing } else { &mut found.incoming };
                    if list.len() < MAX_SERVERS {
                        list.push(done);
                    }
                }
            }
            Event::Text(t) => {
                let value = t.decode().map_err(|e| AutoconfigError::NotXml(e.to_string()))?.trim().to_owned();
                let parent = path.len().checked_sub(2).and_then(|i| path.get(i)).map(String::as_str);
                match (path.last().map(String::as_str), server.as_mut()) {
                    (Some("hostname"), Some(s)) => s.host = value,
                    (Some("port"), Some(s)) => s.port = value,
                    (Some("socketType"), Some(s)) => s.socket = value,
                    (Some("username"), Some(s)) => s.username = value,
                    (Some("authentication"), Some(s)) => {
                        if let Some(method) = AuthMethod::from_autoconfig(&value).filter(|m| !s.auth.contains(m)) {
                            s.auth.push(method);
                        }
                    }
                    (Some("domain"), None) if parent == Some("emailProvider") && found.domains.len() < MAX_DOMAINS => {
                        found.domains.push(value.to_ascii_lowercase());
                    }
                    (Some("displayName"), None) if parent == Some("emailProvider") => found.display_name = Some(value),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !path.is_empty() {
        return Err(AutoconfigError::Unfinished);
    }
    if !saw_client_config {
        return Err(AutoconfigError::NotAutoconfig);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_directions_with_user_names_and_logins() {
        let xml = r#"<?xml version="1.0"?>
            <clientConfig version="1.1"><emailProvider id="example.org">
            <domain>Example.org</domain><domain>example.net</domain>
            <displayName>Example Mail</displayName>
            <incomingServer type="imap"><hostname>IMAP.example.org</hostname><port>993</port>
              <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
              <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
              <authentication>OAuth2</authentication></incomingServer>
            <incomingServer type="pop3"><hostname>pop.example.org</hostname><port>995</port>
              <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
            <incomingServer type="exchange"><hostname>ews.example.org</hostname><port>443</port></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port>
              <socketType>STARTTLS</socketType><username>u-%EMAILLOCALPART%</username>
              <authentication>something-new</authentication></outgoingServer>
            <outgoingServer type="smtp"><hostname>bad.example.org</hostname><port>99999</port></outgoingServer>
            </emailProvider></clientConfig>"#;
        let found = read_autoconfig(xml).unwrap();
        assert_eq!(found.provider_id.as_deref(), Some("example.org"));
        assert_eq!(found.display_name.as_deref(), Some("Example Mail"));
        assert_eq!(found.domains, ["example.org", "example.net"]);
        let incoming: Vec<_> =
            found.incoming.iter().map(|s| (s.protocol, s.host.as_str(), s.port, s.security)).collect();
        assert_eq!(
            incoming,
            [
                (Protocol::Imap, "imap.example.org", 993, Security::ImplicitTls),
                (Protocol::Pop3, "pop.example.org", 995, Security::ImplicitTls)
            ],
            "Exchange is not read"
        );
        assert_eq!(found.incoming[0].username, Some(UsernameForm::LocalPart));
        assert_eq!(found.incoming[0].auth, [AuthMethod::OAuth2, AuthMethod::Password], "no repeats");
        assert_eq!(found.incoming[1].username, Some(UsernameForm::Address));
        assert_eq!(found.outgoing.len(), 1, "the port out of range is dropped");
        assert_eq!(found.outgoing[0].security, Security::StartTls);
        assert_eq!(found.outgoing[0].username, Some(UsernameForm::Template("u-%EMAILLOCALPART%".to_owned())));
        assert!(found.outgoing[0].auth.is_empty(), "an unknown method is left out");
    }

    #[test]
    fn refuses_what_is_not_an_autoconfig_document() {
        assert_eq!(read_autoconfig("<html><body>hi</body></html>"), Err(AutoconfigError::NotAutoconfig));
        assert_eq!(read_autoconfig("<clientConfig><emailProvider>"), Err(AutoconfigError::Unfinished));
        assert!(matches!(read_autoconfig("<clientConfig></other>"), Err(AutoconfigError::NotXml(_))));
        let deep = format!("<clientConfig>{}", "<a>".repeat(40));
        assert_eq!(read_autoconfig(&deep), Err(AutoconfigError::TooDeep));
        let huge = format!("<clientConfig>{}</clientConfig>", " ".repeat(MAX_AUTOCONFIG_BYTES));
        assert_eq!(read_autoconfig(&huge), Err(AutoconfigError::TooLarge));
        assert_eq!(AutoconfigError::TooLarge.to_string(), "larger than 64 KiB");
    }

    #[test]
    fn takes_at_most_ten_servers_each_way() {
        let server = r#"<outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>"#;
        let xml = format!("<clientConfig><emailProvider id=\"e\">{}</emailProvider></clientConfig>", server.repeat(50));
        assert_eq!(read_autoconfig(&xml).unwrap().outgoing.len(), MAX_SERVERS);
    }
}
