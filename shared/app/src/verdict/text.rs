//! A verdict in words: each finding's title and advice and the port's headline, in the
//! language of the [`Words`] given. The page, the CLI and the verdict's own English (on the
//! wire for readers that do not know a code) all come from here, so a sentence or the value
//! it shows is changed in one place: its message in `shared/app/i18n/*.ftl`.

use crate::facts::{PortFacts, Step};
use crate::words::{Arg, Words};
use email_settings::provider::Security;

use super::{Finding, FindingArgs, FindingCode, Severity, Usability, Verdict};

/// A finding's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingText {
    pub title: String,
    pub advice: String,
}

/// A finding in `words`' language, from its code and its values (for a finding from a
/// proxy that sent none, the values are taken from the port's facts). `None` when these
/// words cannot say it: a code from a newer proxy, or a value its message needs missing;
/// the finding's own English words are then the ones to show.
pub fn finding(words: &Words, facts: &PortFacts, finding: &Finding) -> Option<FindingText> {
    if finding.code == FindingCode::Unknown {
        return None;
    }
    let derived;
    let args = if finding.args.is_empty() {
        derived = FindingArgs::of(facts, finding.code);
        &derived
    } else {
        &finding.args
    };
    let id = message_id(finding.code);
    let values = values(words, args);
    let title = words.format_checked(&id, &values)?;
    let advice = words.format_checked(&format!("{id}-advice"), &values)?;
    Some(FindingText { title, advice: with_server_words(words, finding.code, args, advice) })
}

/// A finding's words in `words`' language, for the verdict: every code this build makes
/// has its messages (a test checks it), so a missing one shows its id instead.
pub(super) fn finding_words(words: &Words, code: FindingCode, args: &FindingArgs) -> FindingText {
    let id = message_id(code);
    let values = values(words, args);
    let title = words.format(&id, &values);
    let advice = words.format(&format!("{id}-advice"), &values);
    FindingText { title, advice: with_server_words(words, code, args, advice) }
}

/// The title a reader shows for a finding: in `words`' language when it can be said there,
/// else the finding's English.
pub fn title(words: &Words, facts: &PortFacts, item: &Finding) -> String {
    finding(words, facts, item).map_or_else(|| item.title.clone(), |text| text.title)
}

/// The message id of a code's title (`finding-auth-before-tls`); its advice is `<id>-advice`.
pub fn message_id(code: FindingCode) -> String {
    format!("finding-{}", code.id().replace('_', "-"))
}

/// The message id of a step's name (`step-ehlo-tls`).
pub fn step_message_id(step: Step) -> &'static str {
    match step {
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
    }
}

/// A refusal's advice ends with what the server said, so the person sees its own words.
fn with_server_words(words: &Words, code: FindingCode, args: &FindingArgs, advice: String) -> String {
    let quotes = code.id().starts_with("login_") || code.id().starts_with("message_");
    match args.said.as_deref() {
        Some(said) if quotes => {
            let said = words.format("finding-said", &[("said", said.into())]);
            if advice.is_empty() { said } else { format!("{advice} {said}") }
        }
        _ => advice,
    }
}

/// The Fluent values of a finding: numbers as numbers (plurals select on them), facts with
/// names of their own (a step, a certificate problem) in `words`' language, selectors as ids.
fn values<'a>(words: &Words, args: &'a FindingArgs) -> Vec<(&'static str, Arg<'a>)> {
    let mut values: Vec<(&'static str, Arg<'a>)> = Vec::new();
    let text = |s: &'a Option<String>| s.as_deref().map(Arg::from);
    let joined = |list: &Option<Vec<String>>| list.as_ref().map(|l| Arg::from(l.join(", ")));
    let dashed = |id: &str| id.replace('_', "-");
    let mut put = |name, value: Option<Arg<'a>>| {
        if let Some(value) = value {
            values.push((name, value));
        }
    };
    put("port", args.port.map(Arg::from));
    put(
        "security",
        args.security.map(|s| {
            Arg::from(match s {
                Security::ImplicitTls => "implicit",
                Security::StartTls => "starttls",
                Security::Plain => "plain",
            })
        }),
    );
    put("step", args.step.map(|s| words.t(step_message_id(s)).into()));
    put("said", text(&args.said));
    put("server", text(&args.server));
    put("names", joined(&args.names));
    put("named", args.names.as_ref().map(|n| Arg::from(if n.is_empty() { "no" } else { "yes" })));
    put("days", args.days.map(Arg::from));
    put("reason", args.reason.map(|r| words.t(&format!("cert-problem-{}", dashed(r.id()))).into()));
    put("problem", args.tls.map(|p| words.t(&format!("tls-problem-{}", dashed(p.id()))).into()));
    put("risk", args.risk.map(|r| dashed(r.id()).into()));
    put("mechanisms", joined(&args.mechanisms));
    put("user", text(&args.user));
    put("to", text(&args.to));
    put("size", args.size_mb.map(Arg::from));
    values
}

/// The one-line verdict of a port in `words`' language: how it works (mode, certificate,
/// login), or the first problem that makes it unusable.
pub fn headline(words: &Words, facts: &PortFacts, verdict: &Verdict) -> String {
    let port = facts.port;
    match verdict.usability {
        Usability::Ready | Usability::Warnings => {
            let cert = match &facts.tls {
                Some(t) if t.chain_trusted && t.name_matches => {
                    words.format("headline-cert-trusted", &[("version", t.version.label().into())])
                }
                Some(t) => words.format("headline-cert-problem", &[("version", t.version.label().into())]),
                None => words.t("headline-no-tls"),
            };
            let auth = facts.ehlo_tls.as_ref().map(|c| c.auth_names().join(", ")).filter(|a| !a.is_empty());
            let login = match (&facts.login, &facts.test_message) {
                (Some(login), Some(message)) if login.accepted && message.accepted => {
                    words.format("headline-message-accepted", &[("to", message.to.as_str().into())])
                }
                (Some(login), _) if login.accepted => {
                    words.format("headline-login-works", &[("user", login.user.as_str().into())])
                }
                _ => match auth {
                    Some(auth) => words.format("headline-login-offered", &[("mechanisms", auth.into())]),
                    None => words.t("headline-no-login"),
                },
            };
            let id = if verdict.usability == Usability::Ready { "headline-works" } else { "headline-warnings" };
            words.format(
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
            let problem = verdict.findings.iter().find(|f| f.severity == Severity::Problem);
            let problem = problem.map(|f| title(words, facts, f)).unwrap_or_default();
            words.format(
                "headline-not-usable",
                &[("port", port.into()), ("problem", problem.trim_end_matches('.').into())],
            )
        }
    }
}
