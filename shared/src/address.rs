//! Parsing what a person types: an email address or a bare mail domain.
//!
//! Limits follow RFC 5321 §4.5.3.1 (local part 64 octets, domain 255 octets, a path of 256
//! octets including the angle brackets, so 254 for the address). Internationalised domains
//! are converted to their ASCII (punycode) form with UTS #46 processing; both forms are kept
//! so the page can show them side by side. Local parts may be UTF-8 (RFC 6531).

use std::fmt;

use crate::provider::{LabelProblem, label_problem};

/// Longest local part, in octets (RFC 5321 §4.5.3.1.1).
pub const MAX_LOCAL_PART: usize = 64;
/// Longest domain, in octets of its ASCII form (RFC 5321 §4.5.3.1.2).
pub const MAX_DOMAIN: usize = 255;
/// Longest DNS label, in octets (RFC 1035 §2.3.4).
pub const MAX_LABEL: usize = 63;
/// Longest address: the 256-octet path limit (§4.5.3.1.3) minus the angle brackets.
pub const MAX_ADDRESS: usize = 254;

/// Why a typed text is not an address or domain we can look up. Each message is written for
/// the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "error"))]
#[non_exhaustive]
pub enum AddressError {
    /// Nothing was typed but white space, or a `mailto:` or `<...>` wrapper with nothing in it.
    #[error("Type an email address, like someone@example.com, or a domain.")]
    Empty,
    /// White space in the domain or in an unquoted local part (a quoted local part may hold
    /// spaces).
    #[error("An address has no spaces in it.")]
    ContainsSpace,
    /// An `@` in an unquoted local part. The text is split at its last `@`, so the extra one
    /// is always before it.
    #[error("There is more than one @. An address has exactly one, before the domain.")]
    TooManyAt,
    /// Nothing before the `@`.
    #[error("The part before the @ is missing.")]
    EmptyLocalPart,
    /// Nothing but white space after the `@`, or a domain that is empty once trailing dots are
    /// dropped (`.`).
    #[error("The domain after the @ is missing, e.g. someone@example.com.")]
    EmptyDomain,
    /// The local part is longer than [`MAX_LOCAL_PART`] octets (RFC 5321 §4.5.3.1.1).
    #[error("The part before the @ is {length} characters long; the limit is {MAX_LOCAL_PART}.")]
    LocalPartTooLong {
        /// Length of the local part in octets (UTF-8 bytes, not characters).
        length: usize,
    },
    /// The local part breaks a syntax rule (RFC 5322 dot-atom or RFC 5321 quoted string, with
    /// UTF-8 allowed as in RFC 6531).
    #[error("The part before the @ {reason}.")]
    InvalidLocalPart {
        /// Which rule it breaks.
        reason: LocalPartProblem,
    },
    /// The ASCII form of the domain is longer than [`MAX_DOMAIN`] octets (RFC 5321
    /// §4.5.3.1.2).
    #[error("The domain is {length} characters long; the limit is {MAX_DOMAIN}.")]
    DomainTooLong {
        /// Length of the domain's ASCII (punycode) form, in octets.
        length: usize,
    },
    /// A label of the domain (a part between dots) is longer than [`MAX_LABEL`] octets in its
    /// ASCII form (RFC 1035 §2.3.4).
    #[error("The domain part \"{label}\" is longer than {MAX_LABEL} characters.")]
    LabelTooLong {
        /// The first label that is too long, in ASCII (punycode) form.
        label: String,
    },
    /// The domain is a single label, like `localhost`.
    #[error("The domain needs a dot, like example.com.")]
    DomainWithoutDot,
    /// The domain is not a valid domain name.
    #[error("\"{domain}\" is not a valid domain: {reason}.")]
    InvalidDomain {
        /// The domain as typed, trimmed and without trailing dots; not converted to ASCII.
        domain: String,
        /// What is wrong with it.
        reason: DomainProblem,
    },
    /// An IP address in place of a domain: an address literal such as `[192.0.2.1]` (RFC 5321
    /// §4.1.3), or a domain whose last label is all digits, such as `192.0.2.1`.
    #[error("Addresses with an IP address instead of a domain cannot be set up in mail clients.")]
    AddressLiteral,
    /// The whole address, `local@domain` with the ASCII domain, is longer than
    /// [`MAX_ADDRESS`] octets (RFC 5321 §4.5.3.1.3).
    #[error("The whole address is {length} characters long; the limit is {MAX_ADDRESS}.")]
    AddressTooLong {
        /// Length of `local@domain` with the ASCII domain, in octets.
        length: usize,
    },
}

/// What is wrong with a local part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "problem", content = "character"))]
#[non_exhaustive]
pub enum LocalPartProblem {
    /// An unquoted local part begins or ends with `.`.
    StartsOrEndsWithDot,
    /// An unquoted local part has two dots in a row.
    ConsecutiveDots,
    /// A character not allowed where it is: in an unquoted local part, one outside RFC 5322
    /// `atext` (visible non-ASCII is allowed, RFC 6531); in a quoted one, an unescaped `"`, an
    /// invisible character (a control, a bidirectional override), or a `\`-escaped character
    /// outside printable ASCII.
    Character(char),
    /// The local part opens with `"` but does not end with one (a final `\"` is escaped, not a
    /// closing quote).
    UnclosedQuote,
}

impl fmt::Display for LocalPartProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalPartProblem::StartsOrEndsWithDot => f.write_str("cannot start or end with a dot"),
            LocalPartProblem::ConsecutiveDots => f.write_str("cannot have two dots in a row"),
            LocalPartProblem::Character(c) => write!(f, "cannot contain \"{}\"", c.escape_debug()),
            LocalPartProblem::UnclosedQuote => f.write_str("has an opening quote but no closing quote"),
        }
    }
}

/// What is wrong with a domain that has the right length and a dot (the page says each in
/// its own words; these are the English ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DomainProblem {
    /// An empty label: two dots in a row, or a leading dot (trailing dots are dropped).
    EmptyPart,
    /// A character that no domain has and that suggests something else was pasted, such as a
    /// URL: one of `/ : \ ? # @ < > , ; " % [ ]`.
    Punctuation,
    /// Conversion to the ASCII form (UTS #46) refused it, or an `xn--` label is not valid
    /// punycode (RFC 3492).
    InvalidIdn,
    /// The domain is not ASCII and this build cannot convert it: built without the `idna`
    /// feature, and no converter installed with [`crate::idn::set_to_ascii`].
    IdnUnsupported,
    /// A label starts or ends with `-`.
    EdgeHyphen,
    /// A label, in ASCII form, has a character other than ASCII letters, digits, `-` and `_`.
    Characters,
}

impl fmt::Display for DomainProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DomainProblem::EmptyPart => "it has an empty part between dots",
            DomainProblem::Punctuation => "it contains punctuation that domains cannot have",
            DomainProblem::InvalidIdn => "it is not a valid internationalised domain name",
            DomainProblem::IdnUnsupported => "international domain names cannot be converted here",
            DomainProblem::EdgeHyphen => "a part cannot start or end with a hyphen",
            DomainProblem::Characters => "it contains characters that domains cannot have",
        })
    }
}

/// A mail domain in both forms.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MailDomain {
    /// Lowercase ASCII (punycode) form, for DNS and config files.
    ascii: String,
    /// The form people read; equal to `ascii` unless the domain is internationalised.
    unicode: String,
}

impl MailDomain {
    /// Parses a domain as typed (any case, Unicode or punycode, an optional trailing dot).
    pub fn parse(input: &str) -> Result<MailDomain, AddressError> {
        let input = input.trim().trim_end_matches('.');
        if input.is_empty() {
            return Err(AddressError::EmptyDomain);
        }
        if input.starts_with('[') {
            return Err(AddressError::AddressLiteral);
        }
        if input.chars().any(char::is_whitespace) {
            return Err(AddressError::ContainsSpace);
        }
        if input.split('.').any(str::is_empty) {
            return Err(AddressError::InvalidDomain { domain: input.to_owned(), reason: DomainProblem::EmptyPart });
        }
        if input
            .chars()
            .any(|c| matches!(c, '/' | ':' | '\\' | '?' | '#' | '@' | '<' | '>' | ',' | ';' | '"' | '%' | '[' | ']'))
        {
            return Err(AddressError::InvalidDomain { domain: input.to_owned(), reason: DomainProblem::Punctuation });
        }
        let ascii = crate::idn::to_ascii(input).map_err(|error| AddressError::InvalidDomain {
            domain: input.to_owned(),
            reason: match error {
                crate::idn::IdnError::Invalid => DomainProblem::InvalidIdn,
                crate::idn::IdnError::Unsupported => DomainProblem::IdnUnsupported,
            },
        })?;
        if ascii.len() > MAX_DOMAIN {
            return Err(AddressError::DomainTooLong { length: ascii.len() });
        }
        if let Some(label) = ascii.split('.').find(|l| l.len() > MAX_LABEL) {
            return Err(AddressError::LabelTooLong { label: label.to_owned() });
        }
        if !ascii.contains('.') {
            return Err(AddressError::DomainWithoutDot);
        }
        // The one label rule (`provider::label_problem`), with a reason a person understands.
        if let Some(problem) = ascii.split('.').find_map(|label| label_problem(label, true)) {
            let reason = match problem {
                LabelProblem::Empty => DomainProblem::EmptyPart,
                LabelProblem::EdgeHyphen => DomainProblem::EdgeHyphen,
                LabelProblem::TooLong | LabelProblem::Character => DomainProblem::Characters,
            };
            return Err(AddressError::InvalidDomain { domain: input.to_owned(), reason });
        }
        if ascii.rsplit('.').next().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
            return Err(AddressError::AddressLiteral);
        }
        let unicode = crate::idn::to_unicode(&ascii);
        Ok(MailDomain { ascii, unicode })
    }

    /// The lowercase ASCII form without a trailing dot, punycode (`xn--`) for an
    /// internationalised domain: what DNS and config files use.
    pub fn ascii(&self) -> &str {
        &self.ascii
    }

    /// The form people read, every `xn--` label decoded (one that does not decode stays as it
    /// is); the same as [`ascii`](Self::ascii) for a domain that is not internationalised.
    pub fn unicode(&self) -> &str {
        &self.unicode
    }

    /// True when the Unicode and ASCII forms differ.
    pub fn is_internationalised(&self) -> bool {
        self.ascii != self.unicode
    }
}

impl fmt::Display for MailDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ascii)
    }
}

/// An email address: a checked local part and a [`MailDomain`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EmailAddress {
    local_part: String,
    domain: MailDomain,
}

impl EmailAddress {
    /// The part before the `@`, as typed: case kept, and a quoted local part with its quotes
    /// and escapes.
    pub fn local_part(&self) -> &str {
        &self.local_part
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &MailDomain {
        &self.domain
    }

    /// `local@domain` with the ASCII domain: what goes into config files and user names.
    pub fn ascii(&self) -> String {
        format!("{}@{}", self.local_part, self.domain.ascii)
    }

    /// `local@domain` with the Unicode domain, for people.
    pub fn unicode(&self) -> String {
        format!("{}@{}", self.local_part, self.domain.unicode)
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.local_part, self.domain.ascii)
    }
}

/// What a person asked about: a whole address, or just a domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "kind"))]
pub enum Query {
    /// A whole address was typed.
    Address(EmailAddress),
    /// A domain alone was typed (no `@`).
    Domain(MailDomain),
}

impl Query {
    /// Parses typed text. Accepts `someone@example.com`, `mailto:someone@example.com`,
    /// `Name <someone@example.com>`, and a bare `example.com`.
    pub fn parse(input: &str) -> Result<Query, AddressError> {
        let text = unwrap_decorations(input.trim());
        if text.is_empty() {
            return Err(AddressError::Empty);
        }
        let Some(at) = text.rfind('@') else {
            return MailDomain::parse(text).map(Query::Domain);
        };
        let (local, domain) = (&text[..at], &text[at + 1..]);
        if local.is_empty() {
            return Err(AddressError::EmptyLocalPart);
        }
        if domain.trim().is_empty() {
            return Err(AddressError::EmptyDomain);
        }
        check_local_part(local)?;
        let domain = MailDomain::parse(domain)?;
        let length = local.len() + 1 + domain.ascii.len();
        if length > MAX_ADDRESS {
            return Err(AddressError::AddressTooLong { length });
        }
        Ok(Query::Address(EmailAddress { local_part: local.to_owned(), domain }))
    }

    /// The domain asked about: the address's domain, or the domain typed.
    pub fn domain(&self) -> &MailDomain {
        match self {
            Query::Address(address) => &address.domain,
            Query::Domain(domain) => domain,
        }
    }

    /// The address typed; `None` for a domain alone.
    pub fn address(&self) -> Option<&EmailAddress> {
        match self {
            Query::Address(address) => Some(address),
            Query::Domain(_) => None,
        }
    }
}

/// Strips `mailto:` and `Name <...>` wrappers that people paste from elsewhere.
fn unwrap_decorations(text: &str) -> &str {
    let text = match text.get(..7) {
        // A mailto: URI may carry `?subject=...` parameters after the address.
        Some(prefix) if prefix.eq_ignore_ascii_case("mailto:") => text[7..].split('?').next().unwrap_or_default(),
        _ => text,
    };
    match (text.rfind('<'), text.ends_with('>')) {
        (Some(open), true) => text[open + 1..text.len() - 1].trim(),
        _ => text.trim(),
    }
}

/// Characters that do something other than show: controls, line and paragraph separators,
/// and the bidirectional overrides that make text read differently from what it is.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn check_local_part(local: &str) -> Result<(), AddressError> {
    if local.len() > MAX_LOCAL_PART {
        return Err(AddressError::LocalPartTooLong { length: local.len() });
    }
    let invalid = |reason| Err(AddressError::InvalidLocalPart { reason });
    if let Some(inner) = local.strip_prefix('"') {
        // A quoted string (RFC 5321 §4.1.2): anything printable, with `\` escapes.
        let Some(inner) = inner.strip_suffix('"') else {
            return invalid(LocalPartProblem::UnclosedQuote);
        };
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                // A backslash escapes the next character (RFC 5321 quoted-pair: a printable
                // ASCII character); at the very end it would escape the closing quote.
                '\\' => match chars.next() {
                    None => return invalid(LocalPartProblem::UnclosedQuote),
                    Some(escaped) if !(' '..='~').contains(&escaped) => {
                        return invalid(LocalPartProblem::Character(escaped));
                    }
                    Some(_) => {}
                },
                '"' => return invalid(LocalPartProblem::Character('"')),
                c if is_invisible(c) => return invalid(LocalPartProblem::Character(c)),
                _ => {}
            }
        }
        return Ok(());
    }
    if local.chars().any(char::is_whitespace) {
        return Err(AddressError::ContainsSpace);
    }
    if local.contains('@') {
        return Err(AddressError::TooManyAt);
    }
    if local.starts_with('.') || local.ends_with('.') {
        return invalid(LocalPartProblem::StartsOrEndsWithDot);
    }
    if local.contains("..") {
        return invalid(LocalPartProblem::ConsecutiveDots);
    }
    // Dot-atom: RFC 5322 atext, plus any non-ASCII character (RFC 6531).
    let is_atext = |c: char| {
        c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c) || (!c.is_ascii() && !is_invisible(c))
    };
    match local.chars().find(|&c| !is_atext(c)) {
        Some(c) => invalid(LocalPartProblem::Character(c)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, AddressError>) {
        let got = Query::parse(input).map(|q| match q {
            Query::Address(a) => format!("address {} ({})", a.ascii(), a.unicode()),
            Query::Domain(d) => format!("domain {} ({})", d.ascii(), d.unicode()),
        });
        assert_eq!(got.as_deref().map_err(Clone::clone), expected, "input: {input:?}");
    }

    #[test]
    fn accepts_addresses_and_domains() {
        check("someone@gmail.com", Ok("address someone@gmail.com (someone@gmail.com)"));
        check("  Someone@GMail.COM  ", Ok("address Someone@gmail.com (Someone@gmail.com)"));
        check("gmail.com", Ok("domain gmail.com (gmail.com)"));
        check("example.com.", Ok("domain example.com (example.com)"));
        check("mailto:a@example.org", Ok("address a@example.org (a@example.org)"));
        check("MAILTO:a@example.org?subject=hi", Ok("address a@example.org (a@example.org)"));
        check("Ann Example <ann@example.org>", Ok("address ann@example.org (ann@example.org)"));
        check(
            "first.last+tag@sub.example.co.uk",
            Ok("address first.last+tag@sub.example.co.uk (first.last+tag@sub.example.co.uk)"),
        );
        check("\"odd @ name\"@example.com", Ok("address \"odd @ name\"@example.com (\"odd @ name\"@example.com)"));
    }

    #[test]
    fn converts_internationalised_domains() {
        // Without the `idna` feature the page installs the browser's converter; here the
        // same processing stands in for it.
        crate::idn::set_to_ascii(|domain| idna::domain_to_ascii(domain).ok());
        check("jürgen@münchen.de", Ok("address jürgen@xn--mnchen-3ya.de (jürgen@münchen.de)"));
        check("用户@例子.广告", Ok("address 用户@xn--fsqu00a.xn--4rr70v (用户@例子.广告)"));
        check("xn--mnchen-3ya.de", Ok("domain xn--mnchen-3ya.de (münchen.de)"));
        check("BÜCHER.example", Ok("domain xn--bcher-kva.example (bücher.example)"));
    }

    #[test]
    fn rejects_with_a_precise_reason() {
        use AddressError::*;
        check("", Err(Empty));
        check("   ", Err(Empty));
        check("someone@", Err(EmptyDomain));
        check("@example.com", Err(EmptyLocalPart));
        check("a@b@example.com", Err(TooManyAt));
        check("some one@example.com", Err(ContainsSpace));
        check("someone@exa mple.com", Err(ContainsSpace));
        check("someone@localhost", Err(DomainWithoutDot));
        check("someone@[192.0.2.1]", Err(AddressLiteral));
        check("someone@192.0.2.1", Err(AddressLiteral));
        check(".a@example.com", Err(InvalidLocalPart { reason: LocalPartProblem::StartsOrEndsWithDot }));
        check("a..b@example.com", Err(InvalidLocalPart { reason: LocalPartProblem::ConsecutiveDots }));
        check("a(b)@example.com", Err(InvalidLocalPart { reason: LocalPartProblem::Character('(') }));
        check("\"abc@example.com", Err(InvalidLocalPart { reason: LocalPartProblem::UnclosedQuote }));
        check("\"a\\\nimport os\"@gmail.com", Err(InvalidLocalPart { reason: LocalPartProblem::Character('\n') }));
        check("\"a\u{2028}b\"@gmail.com", Err(InvalidLocalPart { reason: LocalPartProblem::Character('\u{2028}') }));
        check("ab\u{202e}cd@gmail.com", Err(InvalidLocalPart { reason: LocalPartProblem::Character('\u{202e}') }));
        check(&format!("{}@example.com", "a".repeat(65)), Err(LocalPartTooLong { length: 65 }));
        check(&format!("a@{}.com", "b".repeat(64)), Err(LabelTooLong { label: "b".repeat(64) }));
        let long_domain = vec!["abcdefghij"; 24].join(".") + ".com";
        check(&format!("a@{long_domain}"), Err(DomainTooLong { length: long_domain.len() }));
        let domain = vec!["abcdefghi"; 24].join(".") + ".com"; // 243 octets
        check(&format!("{}@{domain}", "a".repeat(12)), Err(AddressTooLong { length: 12 + 1 + domain.len() }));
        check(
            "a@-example.com",
            Err(InvalidDomain { domain: "-example.com".into(), reason: DomainProblem::EdgeHyphen }),
        );
        check("a@example..com", Err(InvalidDomain { domain: "example..com".into(), reason: DomainProblem::EmptyPart }));
        check(
            "https://example.com/",
            Err(InvalidDomain { domain: "https://example.com/".into(), reason: DomainProblem::Punctuation }),
        );
    }

    #[test]
    fn error_messages_read_well() {
        let message = |input: &str| Query::parse(input).unwrap_err().to_string();
        assert_eq!(message("someone@"), "The domain after the @ is missing, e.g. someone@example.com.");
        assert_eq!(message("a..b@example.com"), "The part before the @ cannot have two dots in a row.");
        assert_eq!(message("a;b@example.com"), "The part before the @ cannot contain \";\".");
    }
}
