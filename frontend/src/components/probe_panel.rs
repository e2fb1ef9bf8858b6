//! What the live test found: one sentence across the ports, a matrix that reads in a second
//! (reachable · encrypted · certificate · login after encryption, words and colours), and,
//! collapsed, each port's steps with their timing, advice, certificate and transcript.

use mailsetup_shared::verdict::Severity;
use mailsetup_shared::wire::{Party, PortReport, ProxyInfo};
use yew::prelude::*;

use crate::logic::i18n::Tr;
use crate::logic::matrix::{self, COLUMNS, Light, ServerChoice, StepMark};
use crate::logic::probe_view::{HostRun, PortProgress, ProbeView};
use mailsetup_shared::wire::CertificateProblem;

use crate::logic::report::{self, CertificateState, step_name};

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProbePanelProps {
    pub probe: ProbeView,
    /// The proxy that ran the test.
    pub proxy: Option<ProxyInfo>,
    /// "Use this instead" on a suggested fix; `None` where there is no answer to change
    /// (a sending service's own test): the fix is said without a button.
    pub on_use: Option<Callback<ServerChoice>>,
    /// Whether the answer card above says why nothing works; without one (a sending
    /// service's test), the panel's summary says it.
    #[prop_or(true)]
    pub card_above: bool,
    /// The heading's id (two panels can be on the page).
    #[prop_or(AttrValue::Static("probe-title"))]
    pub heading_id: AttrValue,
    /// The summary announces itself (a sending service's test, which the page's one live
    /// region, about the answer, does not speak of).
    #[prop_or_default]
    pub live: bool,
}

/// Where the test runs from, in a sentence.
pub fn where_it_runs(tr: &Tr, info: &ProxyInfo) -> String {
    if info.runs_locally {
        tr.t("where-local")
    } else {
        let place = info.probe_location.clone().unwrap_or_else(|| tr.t("where-proxy-network"));
        tr.format("where-remote", &[("place", place.into())])
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Good => "good",
        Severity::Info => "info",
        Severity::Warning | Severity::Other => "warning",
        Severity::Problem => "problem",
    }
}

fn mechanisms(tr: &Tr, list: Option<Vec<String>>) -> String {
    match list {
        None => tr.t("auth-not-asked"),
        Some(list) if list.is_empty() => tr.t("auth-none-offered"),
        Some(list) => list.join(" "),
    }
}

fn certificate_view(tr: &Tr, report: &PortReport) -> Html {
    let Some(leaf) = report::leaf(report) else { return html! {} };
    let check = match report::certificate_check(report) {
        Some(CertificateState::Valid) => tr.t("cert-valid"),
        Some(CertificateState::ExpiresSoon(days)) => tr.format("cert-expires-soon", &[("days", days.into())]),
        Some(CertificateState::Untrusted(CertificateProblem::Expired)) => tr.t("cert-expired"),
        Some(CertificateState::WrongName(names)) => tr.format("cert-wrong-name", &[("names", names.join(", ").into())]),
        Some(CertificateState::Untrusted(problem)) => {
            format!("{} ({})", tr.t("cert-untrusted"), report::certificate_problem(tr, problem))
        }
        None => String::new(),
    };
    html! {
        <dl class="tls">
            <dt>{ tr.t("cert-encryption") }</dt>
            <dd class="tls-version">{ format!("{}, {}", report::tls_version(report).unwrap_or_default(), report::cipher_suite(report).unwrap_or_default()) }</dd>
            <dt>{ tr.t("cert-certificate") }</dt><dd class="cert-check">{ check }</dd>
            <dt>{ tr.t("cert-names") }</dt><dd>{ leaf.names.join(", ") }</dd>
            <dt>{ tr.t("cert-issuer") }</dt><dd>{ &leaf.issuer }</dd>
            <dt>{ tr.t("cert-valid-until") }</dt>
            <dd class="cert-until">{ tr.format("cert-until", &[("date", tr.date(&leaf.not_after).into()), ("days", leaf.days_left.into())]) }</dd>
        </dl>
    }
}

/// `elapsed_ms`: how long the test has been running, for the running step's clock.
fn steps_view(tr: &Tr, run: &HostRun, progress: &PortProgress, elapsed_ms: Option<u64>) -> Html {
    let recorded: u64 = progress.steps.iter().map(|r| r.ms).sum();
    let marks = matrix::run_step_marks(run, progress);
    // The waterfall: each step's bar starts where the steps before it ended and is as long
    // as the step took, in tenths of the port's whole time.
    let total: u64 = marks.iter().filter_map(|(_, _, ms)| *ms).sum::<u64>().max(1);
    let mut before = 0u64;
    html! {
        <ol class="progress">
            { for marks.into_iter().map(|(step, mark, ms)| {
                let (class, symbol, word) = match mark {
                    StepMark::Done => ("ok", "✓", "mark-done"),
                    StepMark::Failed => ("failed", "✗", "mark-failed"),
                    StepMark::Skipped => ("skipped", "–", "mark-skipped"),
                    StepMark::Running => ("running", "…", "mark-running"),
                    StepMark::Waiting => ("pending", "·", "mark-waiting"),
                };
                let bar = ms.map(|ms| {
                    let start = (before * 10 / total).min(9) * 10;
                    let width = ((ms * 10).div_ceil(total) * 10).min(100 - start);
                    before += ms;
                    format!("s{start} w{width}")
                });
                html! {
                    <li class={classes!("step", class)}>
                        <span class="mark" aria-hidden="true">{ symbol }</span>
                        <span class="step-name">{ step_name(tr, step) }</span>
                        <span class="step-state">
                            { format!(" ({}", tr.t(word)) }
                            { ms.map(|ms| format!(", {}", tr.format("ms", &[("ms", tr.number(ms as f64, 0).into())]))).unwrap_or_default() }
                            if mark == StepMark::Running {
                                { elapsed_ms.map(|e| format!(", {}", so_far(tr, e.saturating_sub(recorded)))).unwrap_or_default() }
                            }
                            { ")" }
                        </span>
                        if let Some(bar) = bar {
                            <span class={classes!("bar", bar)} aria-hidden="true"></span>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// "2.5 s so far", in the page's language.
fn so_far(tr: &Tr, ms: u64) -> String {
    tr.format("so-far", &[("seconds", tr.number(ms as f64 / 1000.0, 1).into())])
}

fn details_view(tr: &Tr, run: &HostRun, progress: &PortProgress, elapsed_ms: Option<u64>) -> Html {
    let Some(report) = progress.report.as_deref() else {
        return html! {
            <div class="port-details" data-host={run.host.clone()} data-port={progress.spec.port.to_string()}>
                <h4>{ tr.format("host-port", &[("host", run.host.as_str().into()), ("port", progress.spec.port.into())]) }</h4>
                { steps_view(tr, run, progress, elapsed_ms) }
            </div>
        };
    };
    html! {
        <div class="port-details" data-host={run.host.clone()} data-port={progress.spec.port.to_string()}>
            <h4>{ format!("{} — {}", tr.format("host-port", &[("host", run.host.as_str().into()), ("port", progress.spec.port.into())]), progress.spec.security.label()) }</h4>
            <p class="headline">{ report::headline(tr, report) }</p>
            <ul class="findings">
                { for report.verdict.findings.iter().map(|f| {
                    let text = report::finding_text(tr, report, f);
                    html! {
                        <li class={classes!("finding", severity_class(f.severity))} data-code={report::finding_code(f)} lang={text.lang}>
                            <strong>{ text.title }</strong>
                            if !text.advice.is_empty() { <span class="advice">{ " " }{ text.advice }</span> }
                        </li>
                    }
                }) }
            </ul>
            { steps_view(tr, run, progress, elapsed_ms) }
            if report::auth_before_tls(report).is_some() || report::auth_after_tls(report).is_some() {
                <dl class="auth">
                    <dt>{ tr.t("auth-before-tls") }</dt><dd class="auth-before">{ mechanisms(tr, report::auth_before_tls(report)) }</dd>
                    <dt>{ tr.t("auth-after-tls") }</dt><dd class="auth-after">{ mechanisms(tr, report::auth_after_tls(report)) }</dd>
                </dl>
            }
            { certificate_view(tr, report) }
            <details class="transcript">
                <summary>{ tr.format("transcript", &[("ms", tr.number(report::total_ms(report) as f64, 0).into())]) }</summary>
                <pre class="code" tabindex="0" aria-label={tr.format("transcript-of", &[("host", run.host.as_str().into()), ("port", report::port(report).into())])}><code lang="en">
                    { for report::transcript(report).iter().map(|line| {
                        let who = match line.from { Party::Client => "C:", Party::Server => "S:", Party::Note | Party::Other => "  " };
                        format!("{:>6} ms {who} {}\n", line.at_ms, line.text)
                    }) }
                </code></pre>
            </details>
        </div>
    }
}

fn light_cell(light: Light, word: &str, label: &str) -> Html {
    html! {
        <td class={classes!("cell", light.class())} data-label={label.to_owned()}>
            <span class="cell-value"><span class="mark" aria-hidden="true">{ light.mark() }</span>{ " " }{ word }</span>
        </td>
    }
}

#[component]
pub fn ProbePanel(props: &ProbePanelProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let probe = &props.probe;
    // A clock for the running step: ticks twice a second while the test runs.
    let started = use_memo(probe.id, |_| js_sys::Date::now());
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((probe.is_running(), *now as u64), move |(running, _)| {
            if *running {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(std::time::Duration::from_millis(500)).await;
                    now.set(js_sys::Date::now());
                });
            }
        });
    }
    let elapsed_ms = probe.is_running().then(|| (*now - *started).max(0.0) as u64);
    if probe.is_idle() {
        return html! {};
    }
    let rows = matrix::rows(&tr, probe);
    let summary = matrix::summary(&tr, probe);
    let fixes = matrix::fixes(&tr, probe);
    let several_hosts = probe.runs.len() > 1;
    html! {
        <section class="probe" aria-labelledby={props.heading_id.clone()}>
            <h2 id={props.heading_id.clone()}>{ tr.t("probe-title") }</h2>
            if !summary.is_empty() {
                // When nothing works the answer card says why, once; here only what helps.
                if !props.card_above || !matrix::working(probe).is_empty() {
                    <p class="summary" role={props.live.then_some("status")}>{ &summary }</p>
                }
                if !fixes.is_empty() {
                    <ul class="fixes">
                        { for fixes.iter().map(|fix| {
                            let server = fix.server.clone();
                            let label = tr.format(
                                "use-instead-label",
                                &[("host", server.host.as_str().into()), ("port", server.port.into()), ("security", server.security.label().into())],
                            );
                            let button = props.on_use.as_ref().map(|on_use| {
                                let onclick = on_use.reform(move |_| server.clone());
                                html! { <button type="button" class="use-instead" aria-label={label} {onclick}>{ tr.t("use-instead") }</button> }
                            });
                            html! {
                                <li>
                                    { &fix.text }
                                    if let Some(button) = button { { " " }{ button } }
                                </li>
                            }
                        }) }
                    </ul>
                }
            } else {
                <p class="summary muted">
                    { tr.t("testing") }
                    if let (Some((host, port, step)), Some(elapsed)) = (matrix::running_step(probe), elapsed_ms) {
                        { format!(" {}: {} ({}", tr.format("host-port", &[("host", host.into()), ("port", port.into())]), step_name(&tr, step), so_far(&tr, elapsed)) }
                        { props.proxy.as_ref().and_then(|p| p.limits).map(|l| format!("; {}", tr.format("step-limit", &[("seconds", l.for_step(step).into())]))).unwrap_or_default() }
                        { ")" }
                    }
                </p>
            }
            <div class="table-wrap" role="region" aria-label={tr.t("matrix-label")} tabindex="0">
                <table class="matrix">
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t("card-port") }</th>
                            { for COLUMNS.iter().map(|c| html! { <th scope="col">{ tr.t(c) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr class={classes!("port", row.overall.class())} data-port={row.port.to_string()} data-host={row.host.clone()}>
                                <th scope="row">
                                    if several_hosts { <span class="row-host">{ &row.host }</span>{ " " } }
                                    { format!("{} {}", row.port, row.security.label()) }
                                </th>
                                { for row.cells.iter().zip(COLUMNS).map(|(cell, label)| light_cell(cell.light, &cell.word, &tr.t(label))) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if let Some(info) = &props.proxy {
                <p class="where">{ where_it_runs(&tr, info) }</p>
            }
            <details class="probe-details">
                <summary>{ tr.t("probe-details") }</summary>
                { for probe.rows().map(|(run, progress)| details_view(&tr, run, progress, elapsed_ms)) }
                { for probe.runs.iter().filter_map(|run| run.total_ms.map(|total| html! {
                    <p class="total">
                        { tr.format("probe-total", &[("host", run.host.as_str().into()), ("ms", tr.number(total as f64, 0).into())]) }
                        if run.cached { { " " }{ tr.t("probe-cached") } }
                    </p>
                })) }
            </details>
        </section>
    }
}
