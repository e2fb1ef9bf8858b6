//! What a server says it can do in its EHLO reply (RFC 5321 §4.1.1.1 and extension RFCs).
//!
//! Keywords are matched case-insensitively. AUTH mechanisms are collected from both the
//! standard `AUTH PLAIN LOGIN` line and the legacy `AUTH=PLAIN LOGIN` form that old Outlook
//! clients needed; the legacy form is remembered because it is itself a fact about the server.

use serde::{Deserialize, Serialize};

use super::reply::Reply;

/// The extensions a server advertised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    /// The name the server gave for itself (first word of the first line).
    pub server_name: String,
    /// `SIZE` (RFC 1870): `Some(None)` when advertised without a limit, `Some(Some(n))` with one.
    pub size: Option<Option<u64>>,
    pub pipelining: bool,
    pub eight_bit_mime: bool,
    pub smtputf8: bool,
    pub dsn: bool,
    pub chunking: bool,
    pub enhanced_status_codes: bool,
    pub requiretls: bool,
    pub starttls: bool,
    /// SASL mechanisms, uppercase, in the order first seen, without duplicates.
    pub auth: Vec<String>,
    /// The server also used the legacy `AUTH=` form.
    pub auth_legacy_form: bool,
    /// Keywords we do not interpret, uppercase, as advertised.
    pub other: Vec<String>,
}

impl Capabilities {
    /// Reads the capabilities from a positive EHLO reply.
    pub fn from_ehlo(reply: &Reply) -> Capabilities {
        let mut caps = Capabilities {
            server_name: reply.lines.first().and_then(|l| l.split_whitespace().next()).unwrap_or_default().to_owned(),
            ..Capabilities::default()
        };
        for line in reply.lines.iter().skip(1) {
            caps.add_line(line);
        }
        caps
    }

    fn add_line(&mut self, line: &str) {
        let mut words = line.split_whitespace();
        let Some(keyword) = words.next() else { return };
        let keyword = keyword.to_ascii_uppercase();
        let (keyword, legacy_first) = match keyword.split_once('=') {
            Some(("AUTH", first)) => ("AUTH".to_owned(), Some(first.to_owned())),
            _ => (keyword, None),
        };
        match keyword.as_str() {
            "SIZE" => self.size = Some(words.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0)),
            "PIPELINING" => self.pipelining = true,
            "8BITMIME" => self.eight_bit_mime = true,
            "SMTPUTF8" => self.smtputf8 = true,
            "DSN" => self.dsn = true,
            "CHUNKING" => self.chunking = true,
            "ENHANCEDSTATUSCODES" => self.enhanced_status_codes = true,
            "REQUIRETLS" => self.requiretls = true,
            "STARTTLS" => self.starttls = true,
            "AUTH" => {
                if legacy_first.is_some() {
                    self.auth_legacy_form = true;
                }
                for mechanism in legacy_first.into_iter().filter(|m| !m.is_empty()).chain(words.map(str::to_owned)) {
                    let mechanism = mechanism.to_ascii_uppercase();
                    if is_mechanism_name(&mechanism) && !self.auth.contains(&mechanism) {
                        self.auth.push(mechanism);
                    }
                }
            }
            _ => {
                if !self.other.contains(&keyword) && self.other.len() < 32 {
                    self.other.push(keyword);
                }
            }
        }
    }

    /// Whether a password mechanism (PLAIN or LOGIN) is offered.
    pub fn offers_password_auth(&self) -> bool {
        self.auth.iter().any(|m| m == "PLAIN" || m == "LOGIN")
    }

    /// The advertised keywords, for a compact display (`SIZE 35882577`, `AUTH PLAIN LOGIN`, ...).
    pub fn keywords(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.size {
            Some(Some(n)) => out.push(format!("SIZE {n}")),
            Some(None) => out.push("SIZE".to_owned()),
            None => {}
        }
        for (on, name) in [
            (self.pipelining, "PIPELINING"),
            (self.eight_bit_mime, "8BITMIME"),
            (self.smtputf8, "SMTPUTF8"),
            (self.dsn, "DSN"),
            (self.chunking, "CHUNKING"),
            (self.enhanced_status_codes, "ENHANCEDSTATUSCODES"),
            (self.requiretls, "REQUIRETLS"),
            (self.starttls, "STARTTLS"),
        ] {
            if on {
                out.push(name.to_owned());
            }
        }
        if !self.auth.is_empty() {
            out.push(format!("AUTH {}", self.auth.join(" ")));
        }
        out.extend(self.other.iter().cloned());
        out
    }
}

/// SASL mechanism names: uppercase letters, digits, `-` and `_`, at most 20 characters
/// (RFC 4422 §3.1).
fn is_mechanism_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 20
        && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smtp::reply::{Parsed, ReplyLimits, parse_reply};

    fn caps(transcript: &str) -> Capabilities {
        match parse_reply(transcript.as_bytes(), &ReplyLimits::default()) {
            Ok(Parsed::Complete { reply, .. }) => Capabilities::from_ehlo(&reply),
            other => panic!("not a reply: {other:?}"),
        }
    }

    #[test]
    fn postfix_submission_before_tls() {
        let c = caps(
            "250-mail.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n\
             250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n",
        );
        assert_eq!(c.server_name, "mail.example.org");
        assert_eq!(c.size, Some(Some(10_240_000)));
        assert!(c.pipelining && c.starttls && c.enhanced_status_codes && c.eight_bit_mime);
        assert!(c.dsn && c.smtputf8 && c.chunking && !c.requiretls);
        assert!(c.auth.is_empty() && !c.offers_password_auth());
        assert_eq!(c.other, ["VRFY", "ETRN"]);
    }

    #[test]
    fn auth_in_both_forms_case_insensitive() {
        let c = caps(
            "250-smtp.example.com at your service\r\n250-auth login plain XOAUTH2\r\n250-AUTH=LOGIN PLAIN\r\n250 size\r\n",
        );
        assert_eq!(c.auth, ["LOGIN", "PLAIN", "XOAUTH2"]);
        assert!(c.auth_legacy_form && c.offers_password_auth());
        assert_eq!(c.size, Some(None));
        assert_eq!(c.keywords(), ["SIZE", "AUTH LOGIN PLAIN XOAUTH2"]);
    }

    #[test]
    fn legacy_form_alone() {
        let c = caps("250-x\r\n250 AUTH=PLAIN\r\n");
        assert_eq!(c.auth, ["PLAIN"]);
        assert!(c.auth_legacy_form);
    }

    #[test]
    fn ignores_junk_mechanisms_and_bounds_unknown_keywords() {
        let c = caps("250-x\r\n250-AUTH PLAIN <script> LOGIN\r\n250 REQUIRETLS\r\n");
        assert_eq!(c.auth, ["PLAIN", "LOGIN"]);
        assert!(c.requiretls);
        let many: String = (0..60).map(|i| format!("250-X-EXT{i}\r\n")).collect::<String>() + "250 END\r\n";
        assert_eq!(caps(&format!("250-x\r\n{many}")).other.len(), 32);
    }

    #[test]
    fn single_line_ehlo_has_no_extensions() {
        assert_eq!(
            caps("250 tiny.example\r\n"),
            Capabilities { server_name: "tiny.example".into(), ..Capabilities::default() }
        );
    }
}
