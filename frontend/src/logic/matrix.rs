//! The probe at a glance: one row per port, four cells that read in a second (reachable ·
//! encrypted · certificate · login offered after encryption), each with a word as well as a
//! colour; the marks of the step list (done, failed, skipped, running); and one sentence
//! across every port tested.

use email_settings::provider::{GUESSED_SMTP_PREFIXES, Security};
use mailsetup_shared::verdict::{Cause, Fix as VerdictFix, Usability};
use mailsetup_shared::wire::{PortReport, Step};

use super::failure::RequestFailure;
use super::i18n::Tr;
use super::probe_view::{HostRun, PortProgress, ProbePhase, ProbeView, planned_steps};
use super::report::{self, CertificateState};
use mailsetup_shared::wire::CertificateProblem;

/// A cell's traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Light {
    Good,
    Warning,
    Bad,
    /// Not tested because an earlier check failed.
    Skipped,
    /// Not known yet.
    Waiting,
}

impl Light {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Light::Good => "good",
            Light::Warning => "warning",
            Light::Bad => "bad",
            Light::Skipped => "skipped",
            Light::Waiting => "waiting",
        }
    }

    /// The mark shown before the word (decoration: the word carries the meaning).
    pub fn mark(self) -> &'static str {
        match self {
            Light::Good => "✓",
            Light::Warning => "!",
            Light::Bad => "✗",
            Light::Skipped => "–",
            Light::Waiting => "…",
        }
    }
}

/// One cell: a light and the word that says the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub light: Light,
    pub word: String,
}

fn cell(light: Light, word: impl Into<String>) -> Cell {
    Cell { light, word: word.into() }
}

/// The column headings' message ids, in the order of [`Row::cells`].
pub const COLUMNS: [&str; 4] = ["matrix-reachable", "matrix-encrypted", "matrix-certificate", "matrix-login"];

/// One port's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub cells: [Cell; 4],
    /// The port's overall light.
    pub overall: Light,
}

/// A step as the step list marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepMark {
    Done,
    /// The step's check failed (also a handshake that completed with a bad certificate).
    Failed,
    /// Not run because an earlier step failed.
    Skipped,
    /// Under way now.
    Running,
    /// Still to come.
    Waiting,
}

/// The step list of a port: each expected step with its mark and time.
pub fn step_marks(progress: &PortProgress, run_failed: bool) -> Vec<(Step, StepMark, Option<u64>)> {
    let certificate_bad = progress.report.as_deref().is_some_and(|r| {
        report::certificate_check(r)
            .is_some_and(|c| matches!(c, CertificateState::WrongName(_) | CertificateState::Untrusted(_)))
    });
    let mut marks = Vec::new();
    let mut failed = false;
    let mut running_given = false;
    let mut steps: Vec<Step> = planned_steps(progress.spec.security);
    // Steps the proxy reported that the list does not expect (e.g. a name lookup) come first.
    for record in progress.steps.iter().rev() {
        if !steps.contains(&record.step) {
            steps.insert(0, record.step);
        }
    }
    let finished = progress.report.is_some() || run_failed;
    for step in steps {
        match progress.steps.iter().find(|r| r.step == step) {
            Some(record) => {
                let bad = !record.ok || (step == Step::Tls && certificate_bad);
                failed |= !record.ok;
                marks.push((step, if bad { StepMark::Failed } else { StepMark::Done }, Some(record.ms)));
            }
            None if failed || finished => marks.push((step, StepMark::Skipped, None)),
            None if !running_given => {
                running_given = true;
                marks.push((step, StepMark::Running, None));
            }
            None => marks.push((step, StepMark::Waiting, None)),
        }
    }
    marks
}

/// The step list of a port of `run`, as the details show it: a host the proxy could not
/// look up shows that lookup, failed, before the steps it never reached.
pub fn run_step_marks(run: &HostRun, progress: &PortProgress) -> Vec<(Step, StepMark, Option<u64>)> {
    let failure = match &run.phase {
        ProbePhase::Failed(failure) => Some(*failure),
        _ => None,
    };
    let mut marks = step_marks(progress, failure.is_some());
    let lookup_failed = failure == Some(RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::ResolveFailed));
    if lookup_failed && !marks.iter().any(|(step, _, _)| *step == Step::Resolve) {
        marks.insert(0, (Step::Resolve, StepMark::Failed, None));
    }
    marks
}

/// The row of one port.
pub fn row(tr: &Tr, run: &HostRun, progress: &PortProgress) -> Row {
    let cell = |light: Light, id: &str| cell(light, tr.t(id));
    let report = progress.report.as_deref();
    let run_failed = matches!(run.phase, ProbePhase::Failed(_));
    let marks = step_marks(progress, run_failed);
    let mark_of = |step: Step| marks.iter().find(|(s, _, _)| *s == step).map(|(_, m, _)| *m);
    let waiting = |mark: Option<StepMark>| match mark {
        Some(StepMark::Skipped) => cell(Light::Skipped, "cell-not-tested"),
        _ => cell(Light::Waiting, "cell-testing"),
    };
    let reachable = match mark_of(Step::Connect) {
        Some(StepMark::Done) => cell(Light::Good, "cell-yes"),
        Some(StepMark::Failed) => cell(Light::Bad, "cell-no"),
        Some(StepMark::Skipped) if report.is_some_and(report::failed) || run_failed => cell(Light::Bad, "cell-no"),
        other => waiting(other),
    };
    let encrypted = match (mark_of(Step::Tls), report.and_then(report::tls_version)) {
        (_, Some(version)) => super::matrix::cell(Light::Good, version),
        (Some(StepMark::Failed), None) => cell(Light::Bad, "cell-failed"),
        (Some(StepMark::Skipped), None)
            if progress.spec.security == Security::StartTls && mark_of(Step::StartTls) == Some(StepMark::Failed) =>
        {
            cell(Light::Bad, "cell-no-starttls")
        }
        (other, None) => waiting(other),
    };
    let certificate = match report.and_then(report::certificate_check) {
        Some(CertificateState::Valid) => cell(Light::Good, "cell-valid"),
        Some(CertificateState::ExpiresSoon(days)) => {
            super::matrix::cell(Light::Warning, tr.format("cell-expires", &[("days", days.into())]))
        }
        Some(CertificateState::Untrusted(CertificateProblem::Expired)) => cell(Light::Bad, "cell-expired"),
        Some(CertificateState::WrongName(_)) => cell(Light::Bad, "cell-wrong-name"),
        Some(CertificateState::Untrusted(_)) => cell(Light::Bad, "cell-not-trusted"),
        None => waiting(if report.is_some() || run_failed { Some(StepMark::Skipped) } else { mark_of(Step::Tls) }),
    };
    let login = match report.and_then(report::auth_after_tls) {
        Some(mechanisms) if mechanisms.is_empty() => cell(Light::Bad, "cell-not-offered"),
        Some(mechanisms) => super::matrix::cell(
            Light::Good,
            tr.format("cell-login-offered", &[("mechanisms", mechanisms.join(", ").into())]),
        ),
        None => waiting(if report.is_some() || run_failed { Some(StepMark::Skipped) } else { mark_of(Step::EhloTls) }),
    };
    let overall = match report.map(|r| r.verdict.usability) {
        Some(Usability::Ready) => Light::Good,
        Some(Usability::Warnings) => Light::Warning,
        Some(Usability::NotUsable | Usability::Other) => Light::Bad,
        None if run_failed => Light::Bad,
        None => Light::Waiting,
    };
    Row {
        host: run.host.clone(),
        port: progress.spec.port,
        security: progress.spec.security,
        cells: [reachable, encrypted, certificate, login],
        overall,
    }
}

/// Every row of the test, in the order the ports were asked for.
pub fn rows(tr: &Tr, view: &ProbeView) -> Vec<Row> {
    view.rows().map(|(run, progress)| row(tr, run, progress)).collect()
}

/// Whether a report says the port can be used from a mail program.
pub fn works(report: &PortReport) -> bool {
    matches!(report.verdict.usability, Usability::Ready | Usability::Warnings)
}

/// The ports that work, best first (the order they were asked for is the recommendation
/// order).
pub fn working(view: &ProbeView) -> Vec<(&str, u16)> {
    view.rows()
        .filter(|(_, p)| p.report.as_deref().is_some_and(works))
        .map(|(run, p)| (run.host.as_str(), p.spec.port))
        .collect()
}

/// What to change in the mail program so that a failed port works, named as the program's
/// settings name it: the verdict's fix (the server name the certificate is for, or the
/// other security mode) in words, and as the server it leads to.
pub fn fix(tr: &Tr, host: &str, report: &PortReport) -> Option<Fix> {
    let port = report::port(report);
    match report.verdict.fix.as_ref().cloned().or_else(|| VerdictFix::of(&report.facts))? {
        VerdictFix::ServerName { name } => Some(Fix {
            text: tr.format("fix-server-name", &[("host", host.into()), ("name", name.as_str().into())]),
            server: ServerChoice { host: name, port, security: report.facts.security },
        }),
        VerdictFix::Security { security } => Some(Fix {
            text: tr.format(
                "fix-security",
                &[("host", host.into()), ("port", port.into()), ("security", security.label().into())],
            ),
            server: ServerChoice { host: host.to_owned(), port, security },
        }),
        VerdictFix::Other => None,
    }
}

/// A server to use instead of the one tested, as a fix proposes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerChoice {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

/// A change the test suggests: in words, and as the server it leads to (for a one-click
/// "use this instead").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub text: String,
    pub server: ServerChoice,
}

/// The step under way on the first port still being tested, for the line shown while a
/// test runs.
pub fn running_step(view: &ProbeView) -> Option<(&str, u16, Step)> {
    view.rows().filter(|(run, _)| run.phase == ProbePhase::Running).find_map(|(run, progress)| {
        let marks = step_marks(progress, false);
        let (step, _, _) = marks.into_iter().find(|(_, mark, _)| *mark == StepMark::Running)?;
        Some((run.host.as_str(), progress.spec.port, step))
    })
}

/// Every fix the test suggests, once per host and change.
pub fn fixes(tr: &Tr, view: &ProbeView) -> Vec<Fix> {
    let mut out: Vec<Fix> = Vec::new();
    for (run, progress) in view.rows() {
        if let Some(fix) = progress.report.as_deref().and_then(|r| fix(tr, &run.host, r)) {
            if !out.iter().any(|f| f.text == fix.text) {
                out.push(fix);
            }
        }
    }
    out
}

/// Why nothing on `run` works, in a few words for people.
fn why_not(tr: &Tr, run: &HostRun) -> Option<String> {
    if let ProbePhase::Failed(failure) = &run.phase {
        return Some(failure.say(tr));
    }
    run.ports.iter().filter_map(|p| p.report.as_deref()).find_map(|r| report::first_problem(tr, r))
}

/// Why nothing in a finished test worked, by cause (see `mailsetup_shared::verdict::Cause`):
/// `NotChecked` when every host failed for reasons of the proxy (its limits, its DNS for
/// a published name, its network), `NoSuchServer` when every guessed name does not exist,
/// `Server` otherwise. `None` while the test runs or when something works.
pub fn cause(view: &ProbeView) -> Option<Cause> {
    if !view.is_finished() || !working(view).is_empty() {
        return None;
    }
    let of_run = |run: &HostRun| -> Cause {
        match &run.phase {
            ProbePhase::Failed(RequestFailure::Refused(code)) => Cause::of_refusal(*code, view.guesses),
            ProbePhase::Failed(_) => Cause::NotChecked,
            _ => {
                let failures: Vec<Cause> = run
                    .ports
                    .iter()
                    .filter_map(|p| p.report.as_deref())
                    .map(|r| r.facts.failure.as_ref().map_or(Cause::Server, |f| Cause::of_failure(f.kind)))
                    .collect();
                if !failures.is_empty() && failures.iter().all(|c| *c == Cause::NotChecked) {
                    Cause::NotChecked
                } else {
                    Cause::Server
                }
            }
        }
    };
    let causes: Vec<Cause> = view.runs.iter().map(of_run).collect();
    let all = |cause: Cause| !causes.is_empty() && causes.iter().all(|c| *c == cause);
    Some(if all(Cause::NotChecked) {
        Cause::NotChecked
    } else if all(Cause::NoSuchServer) {
        Cause::NoSuchServer
    } else {
        Cause::Server
    })
}

/// The domain whose usual server names were guessed: the first host without its prefix.
fn guessed_domain(view: &ProbeView) -> Option<&str> {
    let host = view.runs.first()?.host.as_str();
    let prefixed = GUESSED_SMTP_PREFIXES.iter().filter(|p| !p.is_empty()).find_map(|p| host.strip_prefix(p));
    Some(prefixed.unwrap_or(host))
}

/// One sentence across every port: "Use 465. 587 also works." With several hosts each is
/// named, and a host where nothing works says why. Empty while the test runs.
pub fn summary(tr: &Tr, view: &ProbeView) -> String {
    if !view.is_finished() {
        return String::new();
    }
    let good = working(view);
    let Some(&(best_host, best_port)) = good.first() else {
        let reasons: Vec<String> = view
            .runs
            .iter()
            .filter_map(|run| {
                let proxy_lookup = RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::ResolveFailed);
                let why = match &run.phase {
                    // A published name the proxy cannot look up: its DNS, not the server.
                    ProbePhase::Failed(failure) if *failure == proxy_lookup && !view.guesses => {
                        tr.format("reason-proxy-lookup", &[("host", run.host.as_str().into())])
                    }
                    _ => why_not(tr, run)?,
                };
                let why = why.trim_end_matches('.');
                Some(if view.runs.len() > 1 {
                    format!("{}: {}", run.host, tr.lowercase_first(why))
                } else {
                    why.to_owned()
                })
            })
            .collect();
        let reasons = reasons.join("; ");
        return match cause(view) {
            _ if reasons.is_empty() => tr.t("summary-none-tested"),
            Some(Cause::NotChecked) => tr.format("summary-not-checked", &[("reasons", reasons.into())]),
            Some(Cause::NoSuchServer) => {
                let domain = guessed_domain(view).unwrap_or_default();
                tr.format("summary-no-such-servers", &[("domain", domain.into())])
            }
            _ => tr.format("summary-none-works", &[("reasons", reasons.into())]),
        };
    };
    let ports_on = |host: &str| -> Vec<String> {
        good.iter()
            .filter(|(h, p)| *h == host && (*h, *p) != (best_host, best_port))
            .map(|(_, p)| p.to_string())
            .collect()
    };
    if view.runs.len() == 1 {
        let also = ports_on(best_host);
        let mut sentence = tr.format("summary-use-port", &[("port", best_port.into())]);
        if !also.is_empty() {
            let args = [("count", also.len().into()), ("ports", tr.list("list-and", &also).into())];
            sentence = format!("{sentence} {}", tr.format("summary-also-works", &args));
        }
        return sentence;
    }
    let mut sentence = tr.format("summary-use-host", &[("host", best_host.into()), ("port", best_port.into())]);
    let also = ports_on(best_host);
    if !also.is_empty() {
        let args = [("count", also.len().into()), ("ports", tr.list("list-and", &also).into())];
        sentence = format!("{sentence} {}", tr.format("summary-also-there", &args));
    }
    for run in view.runs.iter().filter(|r| r.host != best_host) {
        let ports = ports_on(&run.host);
        if !ports.is_empty() {
            let args = [
                ("host", run.host.as_str().into()),
                ("count", ports.len().into()),
                ("ports", tr.list("list-and", &ports).into()),
            ];
            sentence = format!("{sentence} {}", tr.format("summary-host-also", &args));
        } else if let Some(why) = why_not(tr, run) {
            sentence.push_str(&format!(" {}: {}.", run.host, tr.lowercase_first(&why).trim_end_matches('.')));
        }
    }
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr() -> Tr {
        Tr::english()
    }
    use email_settings::smtp::{Capabilities, SaslMechanism};
    use mailsetup_shared::wire::{
        CertificateInfo, Failure, FailureKind, PortFacts, PortSpec, ProbeEvent, StepRecord, TlsReport, TlsVersion,
    };

    const HOST: &str = "smtp.example.org";

    fn ok(step: Step) -> StepRecord {
        StepRecord { step, ok: true, ms: 5, detail: String::new() }
    }

    fn tls(name_matches: bool) -> TlsReport {
        TlsReport {
            version: TlsVersion::Tls13,
            cipher_suite: "TLS13_AES_256_GCM_SHA384".into(),
            server_name: HOST.into(),
            chain: vec![CertificateInfo {
                subject: "CN=mail.other.org".into(),
                issuer: "CN=Test CA".into(),
                names: vec!["mail.other.org".into()],
                not_before: "2026-01-01T00:00:00Z".into(),
                not_after: "2027-01-01T00:00:00Z".into(),
                days_left: 200,
            }],
            chain_trusted: true,
            chain_error: None,
            chain_problem: None,
            name_matches,
            name_error: (!name_matches).then(|| "NotValidForName".into()),
        }
    }

    fn caps(auth: &[SaslMechanism]) -> Capabilities {
        let mut caps = Capabilities::default();
        caps.auth = auth.iter().copied().collect();
        caps
    }

    /// A finished report, assessed as the proxy does.
    fn finished(port: u16, security: Security, edit: impl FnOnce(&mut PortFacts)) -> PortReport {
        let mut facts = PortFacts::new(PortSpec { port, security }, "127.0.0.1".parse().unwrap());
        facts.steps = planned_steps(security).into_iter().map(ok).collect();
        facts.tls = Some(tls(true));
        facts.ehlo_tls = Some(caps(&[SaslMechanism::Plain, SaslMechanism::Login]));
        if security == Security::StartTls {
            facts.ehlo_plain = Some(caps(&[]));
        }
        edit(&mut facts);
        PortReport::new(facts)
    }

    fn view_of(reports: Vec<PortReport>) -> ProbeView {
        let specs: Vec<PortSpec> =
            reports.iter().map(|r| PortSpec { port: r.facts.port, security: r.facts.security }).collect();
        let mut view = ProbeView::default().next(&[(HOST.to_owned(), specs)]);
        for report in reports {
            view.apply(HOST, ProbeEvent::Report { report: Box::new(report) });
        }
        view.apply(HOST, ProbeEvent::Done { total_ms: 30, cached: false });
        view
    }

    fn words(row: &Row) -> Vec<&str> {
        row.cells.iter().map(|c| c.word.as_str()).collect()
    }

    #[test]
    fn two_working_ports_read_green_with_one_sentence() {
        let view =
            view_of(vec![finished(465, Security::ImplicitTls, |_| {}), finished(587, Security::StartTls, |_| {})]);
        let rows = rows(&tr(), &view);
        assert_eq!(words(&rows[0]), ["Yes", "TLS 1.3", "Valid", "Yes: PLAIN, LOGIN"]);
        assert!(rows.iter().all(|r| r.overall == Light::Good && r.cells.iter().all(|c| c.light == Light::Good)));
        assert_eq!(summary(&tr(), &view), "Use 465. 587 also works.");
    }

    #[test]
    fn a_name_mismatch_fails_the_certificate_cell_and_the_tls_step() {
        let view = view_of(vec![finished(465, Security::ImplicitTls, |r| r.tls = Some(tls(false)))]);
        let row = &rows(&tr(), &view)[0];
        assert_eq!((row.cells[2].light, row.cells[2].word.as_str()), (Light::Bad, "Wrong name"));
        assert_eq!(row.overall, Light::Bad);
        let marks = step_marks(&view.runs[0].ports[0], false);
        assert!(marks.contains(&(Step::Tls, StepMark::Failed, Some(5))), "{marks:?}");
        let texts: Vec<String> = fixes(&tr(), &view).into_iter().map(|f| f.text).collect();
        assert_eq!(
            texts,
            ["For smtp.example.org: set the server name to mail.other.org, the name in its certificate."]
        );
        let choice = ServerChoice { host: "mail.other.org".into(), port: 465, security: Security::ImplicitTls };
        assert_eq!(fixes(&tr(), &view)[0].server, choice, "one click uses the name in the certificate");
        assert_eq!(summary(&tr(), &view), "None of these settings works. The certificate is not for smtp.example.org.");
    }

    #[test]
    fn steps_after_a_failure_are_skipped_and_cells_say_so() {
        let view = view_of(vec![finished(587, Security::StartTls, |r| {
            r.steps = vec![
                ok(Step::Connect),
                StepRecord { step: Step::Greeting, ok: false, ms: 10_000, detail: String::new() },
            ];
            r.tls = None;
            r.ehlo_tls = None;
            r.ehlo_plain = None;
            r.failure = Some(Failure::new(Step::Greeting, FailureKind::Timeout, "Elapsed(())"));
        })]);
        let row = &rows(&tr(), &view)[0];
        assert_eq!(words(row), ["Yes", "Not tested", "Not tested", "Not tested"]);
        let marks = step_marks(&view.runs[0].ports[0], false);
        assert_eq!(marks[1].1, StepMark::Failed);
        assert!(marks[2..].iter().all(|(_, m, _)| *m == StepMark::Skipped), "{marks:?}");
        assert!(!summary(&tr(), &view).contains("Elapsed"), "no debug text: {}", summary(&tr(), &view));
        assert!(fixes(&tr(), &view).is_empty(), "a timeout has no setting to change");
        let wrong_mode = view_of(vec![finished(465, Security::ImplicitTls, |r| {
            r.tls = None;
            r.failure = Some(Failure::new(Step::Tls, FailureKind::WrongSecurityMode, ""));
        })]);
        let fix = &fixes(&tr(), &wrong_mode)[0];
        assert_eq!(fix.text, "For smtp.example.org port 465: set the connection security to STARTTLS.");
        assert_eq!(
            fix.server,
            ServerChoice { host: "smtp.example.org".into(), port: 465, security: Security::StartTls }
        );
    }

    #[test]
    fn a_run_that_could_not_start_reads_as_unreachable() {
        let specs = vec![PortSpec { port: 465, security: Security::ImplicitTls }];
        let mut view = ProbeView::default().next(&[(HOST.to_owned(), specs)]);
        let row = &rows(&tr(), &view)[0];
        assert_eq!(row.cells[0].light, Light::Waiting);
        assert_eq!(running_step(&view), Some((HOST, 465, Step::Connect)));
        assert_eq!(step_marks(&view.runs[0].ports[0], false)[0].1, StepMark::Running);
        view.fail(
            HOST,
            crate::logic::failure::RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::ResolveFailed),
        );
        let row = &rows(&tr(), &view)[0];
        assert_eq!((row.cells[0].light, row.overall), (Light::Bad, Light::Bad));
        assert_eq!(running_step(&view), None);
        assert!(step_marks(&view.runs[0].ports[0], true).iter().all(|(_, m, _)| *m == StepMark::Skipped));
        // The details show the lookup that failed, not a row of skipped steps alone.
        let marks = run_step_marks(&view.runs[0], &view.runs[0].ports[0]);
        assert_eq!(marks[0], (Step::Resolve, StepMark::Failed, None));
        assert!(marks[1..].iter().all(|(_, m, _)| *m == StepMark::Skipped));
        // A provider's published name the proxy cannot look up: its DNS, not the settings.
        assert_eq!(cause(&view), Some(Cause::NotChecked));
        assert_eq!(
            summary(&tr(), &view),
            "The probe proxy could not look up smtp.example.org just now. We could not check from here, so this \
             says nothing against these settings; try again later."
        );
        // Guessed names that do not resolve: they do not exist.
        view.guesses = true;
        assert_eq!(cause(&view), Some(Cause::NoSuchServer));
        assert_eq!(
            summary(&tr(), &view),
            "None of the usual mail server names exists for example.org: check the spelling of the address, or \
             whether example.org receives mail at all."
        );
    }

    #[test]
    fn several_hosts_are_named_in_the_sentence() {
        let specs = vec![PortSpec { port: 465, security: Security::ImplicitTls }];
        let mut view = ProbeView::default()
            .next(&[("smtp.example.org".into(), specs.clone()), ("mail.example.org".into(), specs)]);
        view.fail(
            "smtp.example.org",
            crate::logic::failure::RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::ResolveFailed),
        );
        view.apply(
            "mail.example.org",
            ProbeEvent::Report { report: Box::new(finished(465, Security::ImplicitTls, |_| {})) },
        );
        assert_eq!(summary(&tr(), &view), "", "nothing until every host is done");
        view.apply("mail.example.org", ProbeEvent::Done { total_ms: 5, cached: false });
        assert_eq!(
            summary(&tr(), &view),
            "Use mail.example.org port 465. smtp.example.org: that server name has no address."
        );
        assert_eq!(working(&view), [("mail.example.org", 465)]);
    }
}
