//! Reading a port report: small accessors (the matrix reads a few fields itself), and the
//! verdict in the page's language, said by the renderer the CLI uses too
//! (`mailsetup_shared::verdict::text`). English from the proxy only for what a newer proxy
//! knows and this page does not.

use email_settings::smtp::Capabilities;
use mailsetup_shared::verdict::{Finding, Severity, text};
pub use mailsetup_shared::wire::CertificateState;
use mailsetup_shared::wire::{
    CertificateInfo, CertificateProblem, PortReport, Step, StepRecord, TlsReport, TranscriptLine,
};

use super::i18n::Tr;

/// The port the report is about.
pub fn port(report: &PortReport) -> u16 {
    report.facts.port
}

/// The steps as the proxy recorded them.
pub fn steps(report: &PortReport) -> &[StepRecord] {
    &report.facts.steps
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
    Some(text::title(tr.words(), &report.facts, finding))
}

/// A step's name in the page's language.
pub fn step_name(tr: &Tr, step: Step) -> String {
    tr.t(text::step_message_id(step))
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

/// A finding's title and advice in the page's language, said by the shared renderer; a code
/// this page cannot say (from a newer proxy) keeps the proxy's English words, marked as such.
pub fn finding_text(tr: &Tr, report: &PortReport, finding: &Finding) -> FindingText {
    match text::finding(tr.words(), &report.facts, finding) {
        Some(said) => FindingText { title: said.title, advice: said.advice, lang: None },
        None => FindingText { title: finding.title.clone(), advice: finding.advice.clone(), lang: tr.english_only() },
    }
}

/// The one-line verdict of a port, in the page's language.
pub fn headline(tr: &Tr, report: &PortReport) -> String {
    text::headline(tr.words(), &report.facts, &report.verdict)
}

/// A finding's stable code (for `data-code` and tests).
pub fn finding_code(finding: &Finding) -> &'static str {
    finding.code.id()
}
