//! Reading a port report: small accessors (the matrix reads a few fields itself), and text
//! for people in the page's language: each finding and headline by its code, from the
//! report's facts; English from the proxy only for what a newer proxy knows and this page
//! does not, never a library's debug output or documentation links.

use mailsetup_shared::provider::Security;
use mailsetup_shared::smtp::{Capabilities, Reply, SizeLimit};
use mailsetup_shared::verdict::{Finding, FindingCode, Severity, Usability};
pub use mailsetup_shared::wire::CertificateState;
use mailsetup_shared::wire::{
    CertificateInfo, CertificateProblem, FailureKind, PortReport, Step, StepRecord, TlsReport, TranscriptLine,
};

use super::i18n::{Arg, Tr};

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

/// The certificate check of a report with TLS, decided in `shared` for the verdict, the
/// page and the CLI alike; `None` when no handshake completed.
pub fn certificate_check(report: &PortReport) -> Option<CertificateState> {
    report.facts.tls.as_ref().map(TlsReport::certificate_state)
}

/// Why a certificate is not trusted, in the page's language.
pub fn certificate_problem(tr: &Tr, problem: CertificateProblem) -> String {
    tr.t(&format!("cert-problem-{}", problem.id().replace('_', "-")))
}

/// The title of the report's first problem, for people, in the page's language.
pub fn first_problem(tr: &Tr, report: &PortReport) -> Option<String> {
    let finding = report.verdict.findings.iter().find(|f| f.severity == Severity::Problem)?;
    Some(finding_text(tr, report, finding).title)
}

/// A step's name in the page's language.
pub fn step_name(tr: &Tr, step: Step) -> String {
    tr.t(match step {
        Step::Resolve => "step-resolve",
        Step::Connect => "step-connect",
        Step::Tls => "step-tls",
        Step::Greeting => "step-greeting",
        Step::Ehlo => "step-ehlo",
        Step::StartTls => "step-starttls",
        Step::EhloTls => "step-ehlo-tls",
        Step::Login => "step-login",
        Step::TestMessage => "step-test-message",
        Step::Quit => "step-quit",
        Step::Other => "step-other",
    })
}

/// A finding as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingText {
    pub title: String,
    pub advice: String,
    /// `Some("en")` when the words are the proxy's English (a code this page does not know,
    /// shown on a page in another language).
    pub lang: Option<&'static str>,
}

/// The server's words, for a title: the reply's code and text, at most 200 characters.
fn server_words(reply: Option<&Reply>) -> String {
    reply.map(Reply::said).unwrap_or_default()
}

/// The values a finding's messages use, from the report's facts (`$port`, `$step`, ...).
fn finding_args<'a>(tr: &Tr, report: &'a PortReport) -> Vec<(&'static str, Arg<'a>)> {
    let facts = &report.facts;
    let failure = facts.failure.as_ref();
    let tls = facts.tls.as_ref();
    let leaf = leaf(report);
    let login = facts.login.as_ref();
    let message = facts.test_message.as_ref();
    let security = match facts.security {
        Security::ImplicitTls => "implicit",
        Security::StartTls => "starttls",
        _ => "plain",
    };
    let size = match facts.ehlo_tls.as_ref().and_then(|c| c.size) {
        Some(SizeLimit::Octets(size)) => tr.number(size as f64 / 1_000_000.0, 0),
        _ => String::new(),
    };
    let said = match failure.map(|f| f.kind) {
        Some(FailureKind::MessageRefused) => server_words(message.and_then(|m| m.reply.as_ref())),
        _ => server_words(login.and_then(|l| l.reply.as_ref())),
    };
    vec![
        ("port", facts.port.into()),
        ("security", security.into()),
        ("step", failure.map(|f| step_name(tr, f.step)).unwrap_or_default().into()),
        ("message", failure.map(|f| for_people(&f.message)).unwrap_or_default().into()),
        ("said", said.into()),
        ("server", tls.map_or("", |t| t.server_name.as_str()).into()),
        ("names", leaf.map(|l| l.names.join(", ")).unwrap_or_default().into()),
        ("named", if leaf.is_some_and(|l| !l.names.is_empty()) { "yes" } else { "no" }.into()),
        ("days", leaf.map_or(0, |l| l.days_left).into()),
        ("reason", untrusted_because(tr, report).into()),
        ("mechanisms", facts.ehlo_plain.as_ref().map(|c| c.auth_names().join(", ")).unwrap_or_default().into()),
        ("user", login.map_or("", |l| l.user.as_str()).into()),
        ("mechanism", login.and_then(|l| l.mechanism).map(|m| m.to_string()).unwrap_or_default().into()),
        ("to", message.map_or("", |m| m.to.as_str()).into()),
        ("queueid", message.and_then(|m| m.queue_id.as_deref()).unwrap_or("").into()),
        ("size", size.into()),
    ]
}

/// Why the report's certificate is not trusted (empty when it is): the proxy's fact in the
/// page's language; from a wire-1 proxy without one, its English words.
fn untrusted_because(tr: &Tr, report: &PortReport) -> String {
    let Some(tls) = report.facts.tls.as_ref() else { return String::new() };
    match (tls.certificate_state(), tls.chain_problem, &tls.chain_error) {
        (_, None, Some(english)) if !tls.chain_trusted => for_people(english),
        (CertificateState::Untrusted(problem), ..) => certificate_problem(tr, problem),
        _ if !tls.chain_trusted => certificate_problem(tr, CertificateProblem::Other),
        _ => String::new(),
    }
}

/// A finding's title and advice in the page's language: the messages `finding-<code>` and
/// `finding-<code>-advice`, filled in from the report's facts, then what the server said.
/// A code this page does not know (a newer proxy) keeps the proxy's English words.
pub fn finding_text(tr: &Tr, report: &PortReport, finding: &Finding) -> FindingText {
    let english = || FindingText {
        title: for_people(&finding.title),
        advice: for_people(&finding.advice),
        lang: tr.english_only(),
    };
    if finding.code == FindingCode::Unknown {
        return english();
    }
    let id = format!("finding-{}", finding.code.id().replace('_', "-"));
    if !tr.has_own(&id) && !Tr::english().has_own(&id) {
        return english();
    }
    let args = finding_args(tr, report);
    let title = tr.format(&id, &args);
    let mut advice = tr.format(&format!("{id}-advice"), &args);
    let said = args.iter().find(|(name, _)| *name == "said").map(|(_, v)| v.clone());
    let refusal = matches!(failure_kind(report), Some(FailureKind::LoginRefused | FailureKind::MessageRefused))
        && finding.severity == Severity::Problem;
    if let Some(Arg::Text(said)) = said.filter(|_| refusal) {
        if !said.is_empty() {
            advice = format!("{advice} {}", tr.format("finding-said", &[("said", said.into())])).trim().to_owned();
        }
    }
    FindingText { title, advice, lang: None }
}

/// The one-line verdict of a port, in the page's language.
pub fn headline(tr: &Tr, report: &PortReport) -> String {
    let facts = &report.facts;
    let port = facts.port;
    match report.verdict.usability {
        Usability::Ready | Usability::Warnings => {
            let cert = match &facts.tls {
                Some(t) if t.chain_trusted && t.name_matches => {
                    tr.format("headline-cert-trusted", &[("version", t.version.label().into())])
                }
                Some(t) => tr.format("headline-cert-problem", &[("version", t.version.label().into())]),
                None => tr.t("headline-no-tls"),
            };
            let auth = facts.ehlo_tls.as_ref().map(|c| c.auth_names().join(", ")).filter(|a| !a.is_empty());
            let login = match (&facts.login, &facts.test_message) {
                (Some(login), Some(message)) if login.accepted && message.accepted => {
                    tr.format("headline-message-accepted", &[("to", message.to.as_str().into())])
                }
                (Some(login), _) if login.accepted => {
                    tr.format("headline-login-works", &[("user", login.user.as_str().into())])
                }
                _ => match auth {
                    Some(auth) => tr.format("headline-login-offered", &[("mechanisms", auth.into())]),
                    None => tr.t("headline-no-login"),
                },
            };
            let id = if report.verdict.usability == Usability::Ready { "headline-works" } else { "headline-warnings" };
            tr.format(
                id,
                &[
                    ("port", port.into()),
                    ("mode", facts.security.label().into()),
                    ("cert", cert.into()),
                    ("login", login.into()),
                ],
            )
        }
        Usability::NotUsable | Usability::Other => {
            let problem = first_problem(tr, report).unwrap_or_default();
            tr.format(
                "headline-not-usable",
                &[("port", port.into()), ("problem", problem.trim_end_matches('.').into())],
            )
        }
    }
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
    if is_internal(&out) { TECHNICAL.to_owned() } else { out }
}

/// What [`for_people`] says when nothing of a text is for people (such texts come from the
/// proxy, in English).
pub const TECHNICAL: &str = "The details are technical; see the transcript.";

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
