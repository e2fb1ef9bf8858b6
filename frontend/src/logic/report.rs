//! Reading a port report: small accessors, so changes to the report's shape (the wire types
//! are being made more typed) touch only this file, and text for people that never carries
//! a library's debug output or documentation links.

use mailsetup_shared::smtp::Capabilities;
use mailsetup_shared::verdict::{EXPIRY_WARNING_DAYS, Finding, Severity};
use mailsetup_shared::wire::{CertificateInfo, FailureKind, PortReport, StepRecord, TranscriptLine};

/// The port the report is about.
pub fn port(report: &PortReport) -> u16 {
    report.facts.port
}

/// The steps as the proxy recorded them.
pub fn steps(report: &PortReport) -> &[StepRecord] {
    &report.facts.steps
}

/// How the probe of this port failed, if it did.
pub fn failure_kind(report: &PortReport) -> Option<FailureKind> {
    report.facts.failure.as_ref().map(|f| f.kind)
}

/// Whether the probe of this port stopped early.
pub fn failed(report: &PortReport) -> bool {
    report.facts.failure.is_some()
}

pub fn transcript(report: &PortReport) -> &[TranscriptLine] {
    &report.facts.transcript
}

/// How long the whole port took, in milliseconds.
pub fn total_ms(report: &PortReport) -> u64 {
    report.facts.total_ms
}

fn mechanisms(caps: &Capabilities) -> Vec<String> {
    caps.auth_names().into_iter().map(str::to_owned).collect()
}

/// SASL mechanisms offered after encryption; `None` when EHLO inside TLS never ran.
pub fn auth_after_tls(report: &PortReport) -> Option<Vec<String>> {
    report.facts.ehlo_tls.as_ref().map(mechanisms)
}

/// SASL mechanisms offered before encryption; `None` on implicit-TLS ports (no plain EHLO).
pub fn auth_before_tls(report: &PortReport) -> Option<Vec<String>> {
    report.facts.ehlo_plain.as_ref().map(mechanisms)
}

/// The TLS version, for people (`TLS 1.3`).
pub fn tls_version(report: &PortReport) -> Option<String> {
    report.facts.tls.as_ref().map(|tls| tls.version.label().to_owned())
}

pub fn cipher_suite(report: &PortReport) -> Option<String> {
    report.facts.tls.as_ref().map(|tls| tls.cipher_suite.clone())
}

/// The server's certificate (the leaf).
pub fn leaf(report: &PortReport) -> Option<&CertificateInfo> {
    report.facts.tls.as_ref().and_then(|tls| tls.chain.first())
}

/// What the certificate check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateCheck {
    /// Trusted, for the right name, not about to expire.
    Valid,
    /// Valid, but expires in this many days.
    ExpiresSoon(i64),
    Expired,
    /// Issued for other names (listed).
    WrongName(Vec<String>),
    /// Not from an authority mail programs trust.
    Untrusted,
}

/// The certificate check of a report with TLS; `None` when no handshake completed.
pub fn certificate_check(report: &PortReport) -> Option<CertificateCheck> {
    let tls = report.facts.tls.as_ref()?;
    let days_left = leaf(report).map_or(i64::MAX, |l| l.days_left);
    Some(if !tls.name_matches {
        CertificateCheck::WrongName(leaf(report).map(|l| l.names.clone()).unwrap_or_default())
    } else if days_left < 0 {
        CertificateCheck::Expired
    } else if !tls.chain_trusted {
        CertificateCheck::Untrusted
    } else if days_left < EXPIRY_WARNING_DAYS {
        CertificateCheck::ExpiresSoon(days_left)
    } else {
        CertificateCheck::Valid
    })
}

/// The title of the report's first problem, for people.
pub fn first_problem(report: &PortReport) -> Option<String> {
    report.verdict.findings.iter().find(|f| f.severity == Severity::Problem).map(|f| for_people(&f.title))
}

/// A finding's stable code (for `data-code` and tests).
pub fn finding_code(finding: &Finding) -> &'static str {
    finding.code.id()
}

/// `text` with anything written for programmers taken out: parenthesised parts that hold a
/// library's debug output (`IpAddress(127.0.0.1)`, `Some(..)`, `{ .. }`) or a web address.
/// What is left is the sentence written for people.
pub fn for_people(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match matching_paren(&after[1..]) {
            Some(len) => {
                let inner = &after[2..len];
                if !is_internal(inner) {
                    out.push_str(&after[..len + 2]);
                }
                rest = &after[len + 2..];
            }
            None => {
                // An unclosed bracket: keep the text only if it reads as prose.
                if !is_internal(&after[2..]) {
                    out.push_str(after);
                }
                rest = "";
            }
        }
    }
    out.push_str(rest);
    if is_internal(&out) { "The details are technical; see the transcript.".to_owned() } else { out }
}

/// Index of the `)` that closes the `(` at the start of `text`.
fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `text` looks like debug output or carries a web address.
pub fn is_internal(text: &str) -> bool {
    if text.contains("://") || text.contains("::") || text.contains("{ ") || text.contains(" }") {
        return true;
    }
    if text.split(|c: char| !c.is_ascii_alphanumeric()).any(is_type_name) {
        return true;
    }
    // `Word(`: a Rust enum variant or struct in debug form.
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(i, w)| {
        w[1] == b'(' && w[0].is_ascii_alphanumeric() && {
            let start = text[..=i].rfind(|c: char| !c.is_ascii_alphanumeric() && c != '_').map_or(0, |p| p + 1);
            text[start..=i].chars().next().is_some_and(|c| c.is_ascii_uppercase())
        }
    })
}

/// `NotValidForName`, `UnknownIssuer`: a long camel-case type or variant name, not a word
/// (`iCloud`, `McAfee`) or an acronym (`STARTTLS`).
fn is_type_name(word: &str) -> bool {
    let hump = word.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    word.starts_with(|c: char| c.is_ascii_uppercase()) && hump && word.len() >= 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_and_links_are_taken_out() {
        let check = |text: &str, expected: &str| assert_eq!(for_people(text), expected, "{text}");
        check(
            "The certificate is not trusted (invalid peer certificate: NotValidForName)",
            "The certificate is not trusted",
        );
        check("The TLS handshake failed (IpAddress(127.0.0.1))", "The TLS handshake failed");
        check("Trust (see https://docs.rs/rustls/latest/rustls/enum.Error.html)", "Trust");
        check("The server refused the connection (554 go away)", "The server refused the connection (554 go away)");
        check(
            "Port 465 works: SSL/TLS, TLS 1.3, trusted certificate.",
            "Port 465 works: SSL/TLS, TLS 1.3, trusted certificate.",
        );
        check("Unclosed (Some(thing", "Unclosed");
        check("InvalidCertificate(UnknownIssuer)", "The details are technical; see the transcript.");
    }

    #[test]
    fn internal_text_is_recognised() {
        assert!(is_internal("DnsName(\"x\")"));
        assert!(is_internal("https://example.com"));
        assert!(is_internal("Error { kind: 1 }"));
        assert!(!is_internal("554 5.7.1 go away"));
        assert!(!is_internal("login after encryption (PLAIN, LOGIN)"));
        assert!(!is_internal("port 465 (SSL/TLS)"));
        assert!(is_internal("invalid peer certificate: UnknownIssuer"));
        assert!(!is_internal("iCloud and McAfee use STARTTLS"));
    }
}
