//! "Test these settings": the live probe, its progress per port as the events stream in,
//! and each port's verdict with the certificate, AUTH before and after TLS, timings and
//! the transcript.

use mailsetup_shared::smtp::Capabilities;
use mailsetup_shared::verdict::{Severity, Usability};
use mailsetup_shared::wire::{Party, PortReport, PortSpec, ProxyInfo};
use yew::prelude::*;

use crate::app::ProxyStatus;
use crate::logic::page::Lookup;
use crate::logic::probe_view::{PortProgress, ProbePhase, ProbeView};

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProbePanelProps {
    pub probe: ProbeView,
    pub proxy: ProxyStatus,
    /// The host and ports a test would probe, when the proxy allows any.
    pub targets: Option<(String, Vec<PortSpec>)>,
    /// Starts the test (present with `targets`).
    pub on_probe: Option<Callback<()>>,
}

fn where_it_runs(info: &ProxyInfo) -> String {
    if info.runs_locally {
        "The test runs from this computer (the proxy runs here), so it shows what your own network allows.".to_owned()
    } else {
        let place = info.probe_location.clone().unwrap_or_else(|| "the proxy's network".to_owned());
        format!(
            "The test runs from {place}, not from your computer: your own network may block ports it can reach. \
             The commands under \"Test from your own computer\" check from where you are."
        )
    }
}

fn auth_list(caps: Option<&Capabilities>) -> String {
    match caps {
        None => "—".to_owned(),
        Some(c) if !c.offers_auth() => "none".to_owned(),
        Some(c) => c.auth_names().join(" "),
    }
}

fn usability_class(usability: Usability) -> &'static str {
    match usability {
        Usability::Ready => "ready",
        Usability::Warnings => "warnings",
        Usability::NotUsable => "not-usable",
    }
}

fn report_view(PortReport { facts: report, verdict }: &PortReport) -> Html {
    html! {
        <div class={classes!("verdict", usability_class(verdict.usability))}>
            <p class="headline">{ &verdict.headline }</p>
            <ul class="findings">
                { for verdict.findings.iter().map(|f| {
                    let class = match f.severity {
                        Severity::Good => "good",
                        Severity::Info => "info",
                        Severity::Warning => "warning",
                        Severity::Problem => "problem",
                    };
                    html! {
                        <li class={classes!("finding", class)} data-code={f.code.id()}>
                            <strong>{ &f.title }</strong>
                            if !f.advice.is_empty() { <span class="advice">{ " " }{ &f.advice }</span> }
                        </li>
                    }
                }) }
            </ul>
            if report.ehlo_plain.is_some() || report.ehlo_tls.is_some() {
                <table class="auth">
                    <caption>{ "Login methods offered" }</caption>
                    <tr><th scope="row">{ "Before encryption" }</th><td class="auth-before">{ auth_list(report.ehlo_plain.as_ref()) }</td></tr>
                    <tr><th scope="row">{ "After encryption" }</th><td class="auth-after">{ auth_list(report.ehlo_tls.as_ref()) }</td></tr>
                </table>
            }
            if let Some(tls) = &report.tls {
                <dl class="tls">
                    <dt>{ "Encryption" }</dt><dd class="tls-version">{ format!("{}, {}", tls.version.label(), tls.cipher_suite) }</dd>
                    if let Some(leaf) = tls.chain.first() {
                        <dt>{ "Certificate" }</dt>
                        <dd>{ format!("{} — issued by {}", leaf.subject, leaf.issuer) }</dd>
                        <dt>{ "Valid until" }</dt>
                        <dd>{ format!("{} ({} days left)", leaf.not_after.split('T').next().unwrap_or_default(), leaf.days_left) }</dd>
                        <dt>{ "Names" }</dt><dd>{ leaf.names.join(", ") }</dd>
                    }
                    <dt>{ "Trusted" }</dt>
                    <dd>{ if tls.chain_trusted { "yes".to_owned() } else { format!("no: {}", tls.chain_error.clone().unwrap_or_default()) } }</dd>
                    <dt>{ "Matches the server name" }</dt>
                    <dd>{ if tls.name_matches { "yes".to_owned() } else { format!("no: {}", tls.name_error.clone().unwrap_or_default()) } }</dd>
                </dl>
            }
            <details class="transcript">
                <summary>{ format!("Transcript ({} ms in all)", report.total_ms) }</summary>
                <pre><code>
                    { for report.transcript.iter().map(|line| {
                        let who = match line.from { Party::Client => "C:", Party::Server => "S:", Party::Note => "  ", };
                        format!("{:>6} ms {who} {}\n", line.at_ms, line.text)
                    }) }
                </code></pre>
            </details>
        </div>
    }
}

fn port_view(progress: &PortProgress) -> Html {
    let state = match &progress.report {
        Some(report) => usability_class(report.verdict.usability),
        None => "running",
    };
    html! {
        <li class={classes!("port", state)} data-port={progress.spec.port.to_string()}>
            <h3>{ format!("Port {} — {}", progress.spec.port, progress.spec.security.label()) }</h3>
            <ol class="progress">
                { for progress.steps.iter().map(|step| html! {
                    <li class={if step.ok { "step ok" } else { "step failed" }}>
                        <span class="mark" aria-hidden="true">{ if step.ok { "✓" } else { "✗" } }</span>
                        { " " }{ step.step.label() }
                        <span class="ms">{ format!(" {} ms", step.ms) }</span>
                        if !step.detail.is_empty() { <span class="detail">{ " — " }{ &step.detail }</span> }
                    </li>
                }) }
                { for progress.pending().into_iter().map(|step| html! {
                    <li class="step pending"><span class="mark" aria-hidden="true">{ "…" }</span>{ " " }{ step.label() }</li>
                }) }
            </ol>
            if let Some(report) = &progress.report { { report_view(report) } }
        </li>
    }
}

#[component]
pub fn ProbePanel(props: &ProbePanelProps) -> Html {
    let info = match &props.proxy {
        Lookup::Done(info) => Some(info.clone()),
        _ => None,
    };
    let targets = &props.targets;
    let running = props.probe.phase == ProbePhase::Running;
    let start = props.on_probe.as_ref().map(|on_probe| on_probe.reform(|_: MouseEvent| ()));
    let probe = &props.probe;
    html! {
        <section class="probe" aria-labelledby="probe-title">
            <h2 id="probe-title">{ "Test these settings" }</h2>
            { match (&props.proxy, &info, &targets) {
                (Lookup::Idle, _, _) => html! {
                    <p class="no-proxy">
                        { "Live testing needs the probe proxy, which this page is not connected to. Run it yourself with " }
                        <code>{ "cargo xtask serve" }</code>{ " (or " }<code>{ "probe-proxy serve" }</code>
                        { ") and open the page it serves; meanwhile, the commands below test from your own computer." }
                    </p>
                },
                (Lookup::Loading, _, _) => html! { <p class="muted">{ "Checking the probe proxy…" }</p> },
                (Lookup::Failed(message), _, _) => html! {
                    <p class="no-proxy">{ format!("The probe proxy is not available ({message}). The commands below test from your own computer.") }</p>
                },
                (Lookup::Done(_), Some(info), Some((host, ports))) if start.is_some() => html! {
                    <>
                        <p>
                            <button type="button" class="probe-start" onclick={start.clone()} disabled={running}>
                                { if running { "Testing…" } else { "Test now" } }
                            </button>
                            { format!(" connects to {host} on port {} and goes as far as the login, without logging in or sending mail.",
                                ports.iter().map(|p| p.port.to_string()).collect::<Vec<_>>().join(" and ")) }
                        </p>
                        <p class="where">{ where_it_runs(info) }</p>
                    </>
                },
                (Lookup::Done(_), _, _) => html! {
                    <p>{ "This proxy does not test the ports these settings use." }</p>
                },
            } }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ &probe.announcement }</p>
            if let ProbePhase::Failed(message) = &probe.phase {
                <p class="error">{ message }</p>
            }
            if probe.phase != ProbePhase::Idle {
                if let Some(address) = probe.address {
                    <p class="target">
                        { format!("{} → {address}", probe.host) }
                        { for probe.addresses.iter().filter(|a| a.ip != address).map(|a| html! {
                            <span class="other-address">{ format!(" · also {}{}", a.ip,
                                match (&a.refused, a.reachable) {
                                    (Some(why), _) => format!(" (not used: {why})"),
                                    (None, Some(false)) => " (IPv6: no route from the proxy)".to_owned(),
                                    (None, Some(true)) => " (IPv6)".to_owned(),
                                    (None, None) => String::new(),
                                }) }</span>
                        }) }
                    </p>
                }
                <ul class="ports">{ for probe.ports.iter().map(port_view) }</ul>
                if let Some(total) = probe.total_ms {
                    <p class="total">
                        { format!("All ports tested at once in {total} ms.") }
                        if probe.cached { { " (A repeat of a test from the last minute, so the earlier result is shown.)" } }
                    </p>
                }
            }
        </section>
    }
}
