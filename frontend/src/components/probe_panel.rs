//! What the live test found: one sentence across the ports, a matrix that reads in a second
//! (reachable · encrypted · certificate · login after encryption, words and colours), and,
//! collapsed, each port's steps with their timing, advice, certificate and transcript.

use mailsetup_shared::verdict::Severity;
use mailsetup_shared::wire::{Party, PortReport, ProxyInfo};
use yew::prelude::*;

use crate::logic::matrix::{self, COLUMNS, Light, ServerChoice, StepMark};
use crate::logic::probe_view::{HostRun, PortProgress, ProbePhase, ProbeView};
use crate::logic::report::{self, CertificateCheck, for_people};

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProbePanelProps {
    pub probe: ProbeView,
    /// The proxy that ran the test.
    pub proxy: Option<ProxyInfo>,
    /// "Use this instead" on a suggested fix.
    pub on_use: Callback<ServerChoice>,
}

/// Where the test runs from, in a sentence.
pub fn where_it_runs(info: &ProxyInfo) -> String {
    if info.runs_locally {
        "The test ran from this computer (the proxy runs here), so it shows what your own network allows.".to_owned()
    } else {
        let place = info.probe_location.clone().unwrap_or_else(|| "the proxy's network".to_owned());
        format!(
            "The test ran from {place}, not from your computer: your own network may block ports it can reach. \
             The commands under \"Test from your own computer\" check from where you are."
        )
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Good => "good",
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Problem => "problem",
    }
}

fn mechanisms(list: Option<Vec<String>>) -> String {
    match list {
        None => "not asked".to_owned(),
        Some(list) if list.is_empty() => "none".to_owned(),
        Some(list) => list.join(" "),
    }
}

fn certificate_view(report: &PortReport) -> Html {
    let Some(leaf) = report::leaf(report) else { return html! {} };
    let check = match report::certificate_check(report) {
        Some(CertificateCheck::Valid) => "valid".to_owned(),
        Some(CertificateCheck::ExpiresSoon(days)) => format!("valid, but expires in {days} days"),
        Some(CertificateCheck::Expired) => "expired".to_owned(),
        Some(CertificateCheck::WrongName(names)) => {
            format!("issued for {}, not for the server name you use", names.join(", "))
        }
        Some(CertificateCheck::Untrusted) => "not from an authority mail programs trust".to_owned(),
        None => String::new(),
    };
    html! {
        <dl class="tls">
            <dt>{ "Encryption" }</dt>
            <dd class="tls-version">{ format!("{}, {}", report::tls_version(report).unwrap_or_default(), report::cipher_suite(report).unwrap_or_default()) }</dd>
            <dt>{ "Certificate" }</dt><dd class="cert-check">{ check }</dd>
            <dt>{ "Names in it" }</dt><dd>{ leaf.names.join(", ") }</dd>
            <dt>{ "Issued by" }</dt><dd>{ for_people(&leaf.issuer) }</dd>
            <dt>{ "Valid until" }</dt>
            <dd>{ format!("{} ({} days left)", leaf.not_after.split('T').next().unwrap_or_default(), leaf.days_left) }</dd>
        </dl>
    }
}

/// `elapsed_ms`: how long the test has been running, for the running step's clock.
fn steps_view(progress: &PortProgress, run_failed: bool, elapsed_ms: Option<u64>) -> Html {
    let recorded: u64 = progress.steps.iter().map(|r| r.ms).sum();
    let marks = matrix::step_marks(progress, run_failed);
    // The waterfall: each step's bar starts where the steps before it ended and is as long
    // as the step took, in tenths of the port's whole time.
    let total: u64 = marks.iter().filter_map(|(_, _, ms)| *ms).sum::<u64>().max(1);
    let mut before = 0u64;
    html! {
        <ol class="progress">
            { for marks.into_iter().map(|(step, mark, ms)| {
                let (class, symbol, word) = match mark {
                    StepMark::Done => ("ok", "✓", "done"),
                    StepMark::Failed => ("failed", "✗", "failed"),
                    StepMark::Skipped => ("skipped", "–", "skipped"),
                    StepMark::Running => ("running", "…", "running"),
                    StepMark::Waiting => ("pending", "·", "waiting"),
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
                        <span class="step-name">{ step.label() }</span>
                        <span class="step-state">
                            { format!(" ({word}") }
                            { ms.map(|ms| format!(", {ms} ms")).unwrap_or_default() }
                            if mark == StepMark::Running {
                                { elapsed_ms.map(|e| format!(", {:.1} s so far", e.saturating_sub(recorded) as f64 / 1000.0)).unwrap_or_default() }
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

fn details_view(run: &HostRun, progress: &PortProgress, elapsed_ms: Option<u64>) -> Html {
    let run_failed = matches!(run.phase, ProbePhase::Failed(_));
    let Some(report) = progress.report.as_deref() else {
        return html! {
            <div class="port-details" data-host={run.host.clone()} data-port={progress.spec.port.to_string()}>
                <h4>{ format!("{} port {}", run.host, progress.spec.port) }</h4>
                { steps_view(progress, run_failed, elapsed_ms) }
            </div>
        };
    };
    html! {
        <div class="port-details" data-host={run.host.clone()} data-port={progress.spec.port.to_string()}>
            <h4>{ format!("{} port {} — {}", run.host, progress.spec.port, progress.spec.security.label()) }</h4>
            <p class="headline">{ for_people(&report.verdict.headline) }</p>
            <ul class="findings">
                { for report.verdict.findings.iter().map(|f| html! {
                    <li class={classes!("finding", severity_class(f.severity))} data-code={report::finding_code(f)}>
                        <strong>{ for_people(&f.title) }</strong>
                        if !f.advice.is_empty() { <span class="advice">{ " " }{ for_people(&f.advice) }</span> }
                    </li>
                }) }
            </ul>
            { steps_view(progress, run_failed, elapsed_ms) }
            if report::auth_before_tls(report).is_some() || report::auth_after_tls(report).is_some() {
                <dl class="auth">
                    <dt>{ "Login offered before encryption" }</dt><dd class="auth-before">{ mechanisms(report::auth_before_tls(report)) }</dd>
                    <dt>{ "Login offered after encryption" }</dt><dd class="auth-after">{ mechanisms(report::auth_after_tls(report)) }</dd>
                </dl>
            }
            { certificate_view(report) }
            <details class="transcript">
                <summary>{ format!("Transcript ({} ms in all)", report::total_ms(report)) }</summary>
                <pre class="code" tabindex="0" aria-label={format!("Transcript of {} port {}", run.host, report::port(report))}><code>
                    { for report::transcript(report).iter().map(|line| {
                        let who = match line.from { Party::Client => "C:", Party::Server => "S:", Party::Note => "  " };
                        let text = if line.from == Party::Note { for_people(&line.text) } else { line.text.clone() };
                        format!("{:>6} ms {who} {text}\n", line.at_ms)
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
    let rows = matrix::rows(probe);
    let summary = matrix::summary(probe);
    let fixes = matrix::fixes(probe);
    let several_hosts = probe.runs.len() > 1;
    html! {
        <section class="probe" aria-labelledby="probe-title">
            <h2 id="probe-title">{ "Test results" }</h2>
            if !summary.is_empty() {
                <p class="summary">{ &summary }</p>
                if !fixes.is_empty() {
                    <ul class="fixes">
                        { for fixes.iter().map(|fix| {
                            let server = fix.server.clone();
                            let label = format!("Use {} port {} with {}", server.host, server.port, server.security.label());
                            let onclick = props.on_use.reform(move |_| server.clone());
                            html! {
                                <li>
                                    { &fix.text }{ " " }
                                    <button type="button" class="use-instead" aria-label={label} {onclick}>{ "Use this instead" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            } else {
                <p class="summary muted">
                    { "Testing…" }
                    if let (Some((host, port, step)), Some(elapsed)) = (matrix::running_step(probe), elapsed_ms) {
                        { format!(" {host} port {port}: {} ({:.1} s so far", step.label(), elapsed as f64 / 1000.0) }
                        { props.proxy.as_ref().and_then(|p| p.limits).map(|l| format!("; a step may take up to {} s", l.for_step(step))).unwrap_or_default() }
                        { ")" }
                    }
                </p>
            }
            <div class="table-wrap" role="region" aria-label="Test results by port" tabindex="0">
                <table class="matrix">
                    <thead>
                        <tr>
                            <th scope="col">{ "Port" }</th>
                            { for COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr class={classes!("port", row.overall.class())} data-port={row.port.to_string()} data-host={row.host.clone()}>
                                <th scope="row">
                                    if several_hosts { <span class="row-host">{ &row.host }</span>{ " " } }
                                    { format!("{} {}", row.port, row.security.label()) }
                                </th>
                                { for row.cells.iter().zip(COLUMNS).map(|(cell, label)| light_cell(cell.light, &cell.word, label)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { for probe.runs.iter().filter_map(|run| match &run.phase {
                ProbePhase::Failed(message) => Some(html! {
                    <p class="error">{ format!("{}: {}", run.host, for_people(message)) }</p>
                }),
                _ => None,
            }) }
            if let Some(info) = &props.proxy {
                <p class="where">{ where_it_runs(info) }</p>
            }
            <details class="probe-details">
                <summary>{ "Details: steps, timing, certificate, transcript" }</summary>
                { for probe.rows().map(|(run, progress)| details_view(run, progress, elapsed_ms)) }
                { for probe.runs.iter().filter_map(|run| run.total_ms.map(|total| html! {
                    <p class="total">
                        { format!("{}: all ports tested at once in {total} ms.", run.host) }
                        if run.cached { { " (A repeat of a test from the last minute, so the earlier result is shown.)" } }
                    </p>
                })) }
            </details>
        </section>
    }
}
