//! The readable text the CLI prints: the settings of `probe-proxy lookup` and the report of
//! `probe-proxy probe`. The verdict (headline, findings, advice) is said in the language of
//! `--lang` by the same renderer as the page's (`mailsetup_shared::verdict::text`); the
//! technical lines around it (steps, TLS, AUTH) are the protocol's own terms.

use std::fmt::Write as _;

use email_settings::provider::MatchedBy;
use email_settings::settings::{Candidate, Settings, SettingsWarning};
use email_settings::smtp::Capabilities;
use mailsetup_shared::verdict::{Severity, Usability, text};
use mailsetup_shared::wire::{PortReport, ProbeResponse};
use mailsetup_shared::words::{self, Words};

/// The readable settings: provider, SMTP candidates best first with the reason, incoming
/// servers, and hints.
pub fn render_settings(settings: &Settings) -> String {
    let mut out = String::new();
    let who = settings.query.address().map_or_else(|| settings.domain().unicode().to_owned(), |a| a.unicode());
    let _ = write!(out, "{who}: {}", settings.provider_name);
    match &settings.matched_by {
        Some(MatchedBy::Domain(d)) => {
            let _ = write!(out, " (by its domain {d})");
        }
        Some(MatchedBy::MxPattern(h) | MatchedBy::MxDomain(h)) => {
            let _ = write!(out, " (by its MX host {h})");
        }
        Some(MatchedBy::Service(_)) => out.push_str(" (sending service)"),
        None => out.push_str(" (not a provider we know: these are guesses to test)"),
    }
    out.push('\n');
    if let Some(status) = settings.status {
        let _ = writeln!(out, "status: {}", status.label());
    }
    if settings.domain().is_internationalised() {
        let _ = writeln!(out, "domain in ASCII: {}", settings.domain().ascii());
    }
    for warning in &settings.warnings {
        let text = match warning {
            SettingsWarning::PlaintextOnly => "the provider lists only unencrypted servers",
            SettingsWarning::RegionUnknown => "the provider has several data centres: choose yours with --region",
            SettingsWarning::UnknownProvider => "unknown provider",
            SettingsWarning::NoClientAccess => {
                "this provider offers no SMTP or IMAP: no mail program or app can send through it (see below)"
            }
        };
        let _ = writeln!(out, "warning: {text}");
    }
    let section = |out: &mut String, title: &str, list: &[Candidate]| {
        if list.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{title}:");
        for (i, c) in list.iter().enumerate() {
            let auth: Vec<&str> = c.auth.iter().map(|a| a.label()).collect();
            let _ = writeln!(
                out,
                "  {}. {}  port {}  {}  user {}  login: {}",
                i + 1,
                c.host,
                c.port,
                c.security.label(),
                c.username,
                auth.join(", ")
            );
            let _ = writeln!(out, "     {}", words::why(c.reason, &Words::english()));
        }
    };
    section(&mut out, "Outgoing mail (SMTP), best first", &settings.smtp);
    if settings.offers_smtp() {
        let words = Words::english();
        out.push_str("\nSigning in, by program:\n");
        for (client, way) in email_settings::way_in::ways_in(settings) {
            let _ = writeln!(out, "  {:<28} {}", client.label(), words.say(&words::way_in(way, settings)));
        }
    }
    section(&mut out, "Incoming mail (IMAP)", &settings.imap);
    section(&mut out, "Incoming mail (POP3)", &settings.pop3);
    if !settings.hints.is_empty() {
        out.push_str("\nGood to know:\n");
        for hint in &settings.hints {
            let _ = writeln!(out, "  [{}] {}", hint.kind.label(), hint.text);
            if let Some(link) = hint.link {
                let _ = writeln!(out, "      {link}");
            }
        }
    }
    out
}

/// The readable report: per port, every step with its time, the TLS facts, AUTH before and
/// after TLS, and the verdict with advice in `words`' language.
pub fn render_report(response: &ProbeResponse, words: &Words) -> String {
    let mut out = String::new();
    let others: Vec<String> = response
        .addresses
        .iter()
        .filter(|a| a.ip != response.address)
        .map(|a| match &a.refused {
            Some(why) => format!("{} (not used: {why})", a.ip),
            None => a.ip.to_string(),
        })
        .collect();
    let _ = write!(out, "{} → {}", response.host, response.address);
    if !others.is_empty() {
        let _ = write!(out, "  (also {})", others.join(", "));
    }
    let _ = writeln!(out, "\nall ports probed at once in {} ms\n", response.total_ms);
    let per_address = response.reports.iter().any(|r| r.facts.address != response.reports[0].facts.address);
    for PortReport { facts: report, verdict } in &response.reports {
        let state = match verdict.usability {
            Usability::Ready => "READY",
            Usability::Warnings => "WORKS, WITH WARNINGS",
            Usability::NotUsable => "NOT USABLE",
            Usability::Other => "UNKNOWN",
        };
        let at = if per_address { format!(" at {}", report.address) } else { String::new() };
        let (port, mode, ms) = (report.port, report.security.label(), report.total_ms);
        let _ = writeln!(out, "Port {port}{at} ({mode}) — {state}, {ms} ms");
        for attempt in &report.attempts {
            let _ = writeln!(out, "  address {:<39} {} after {} ms", attempt.ip, attempt.outcome.label(), attempt.ms);
        }
        for step in &report.steps {
            let mark = if step.ok { "ok  " } else { "FAIL" };
            let _ = writeln!(out, "  {mark} {:<18} {:>6} ms  {}", step.step.label(), step.ms, step.detail);
        }
        if let Some(tls) = &report.tls {
            let trust = if tls.chain_trusted {
                "trusted".to_owned()
            } else {
                format!("NOT trusted ({})", tls.chain_error.as_deref().unwrap_or("?"))
            };
            let name = if tls.name_matches {
                format!("valid for {}", tls.server_name)
            } else {
                format!("NOT valid for {}", tls.server_name)
            };
            let _ = writeln!(out, "  TLS: {}, {}; certificate {trust}, {name}", tls.version.label(), tls.cipher_suite);
            if let Some(leaf) = tls.chain.first() {
                let _ = writeln!(
                    out,
                    "  Certificate: {} issued by {}; expires {} ({} days); names: {}",
                    leaf.subject,
                    leaf.issuer,
                    leaf.not_after,
                    leaf.days_left,
                    leaf.names.join(", ")
                );
            }
        }
        let auth = |caps: &Option<Capabilities>| match caps {
            None => "-".to_owned(),
            Some(c) if !c.offers_auth() => "none".to_owned(),
            Some(c) => c.auth_names().join(" "),
        };
        if report.ehlo_plain.is_some() || report.ehlo_tls.is_some() {
            let _ = writeln!(
                out,
                "  AUTH before TLS: {:<20} after TLS: {}",
                auth(&report.ehlo_plain),
                auth(&report.ehlo_tls)
            );
        }
        if let Some(login) = &report.login {
            let how = login.mechanism.map(|m| format!(" with {m}")).unwrap_or_default();
            let said = login.reply.as_ref().map(|r| format!(": {} {}", r.code, r.text())).unwrap_or_default();
            let result = if login.accepted { "accepted" } else { "REFUSED" };
            let _ = writeln!(out, "  Login as {}{how}: {result}{said}", login.user);
        }
        if let Some(message) = &report.test_message {
            let result = match (&message.accepted, &message.queue_id) {
                (true, Some(id)) => format!("accepted, queue id {id}"),
                (true, None) => "accepted".to_owned(),
                (false, _) => format!("REFUSED at {}", message.stage.label()),
            };
            let _ = writeln!(out, "  Test message {} → {}: {result}", message.from, message.to);
        }
        let _ = writeln!(out, "  => {}", text::headline(words, report, verdict));
        for finding in &verdict.findings {
            let mark = match finding.severity {
                Severity::Good => "+",
                Severity::Info => "i",
                Severity::Warning | Severity::Other => "!",
                Severity::Problem => "x",
            };
            let said = text::finding(words, report, finding);
            let (title, advice) = said.as_ref().map_or((&finding.title, &finding.advice), |t| (&t.title, &t.advice));
            let _ = writeln!(out, "     {mark} {title}");
            if !advice.is_empty() && finding.severity >= Severity::Warning {
                let _ = writeln!(out, "       {advice}");
            }
        }
        out.push('\n');
    }
    if per_address {
        out.push_str(&pool_summary(response));
    }
    out
}

/// With every address probed on its own: which addresses fail a port that others pass.
fn pool_summary(response: &ProbeResponse) -> String {
    let mut out = String::new();
    // Reports come per address, each with every port: each port once, in order.
    let mut ports: Vec<u16> = Vec::new();
    for report in &response.reports {
        if !ports.contains(&report.facts.port) {
            ports.push(report.facts.port);
        }
    }
    for port in ports {
        let of_port: Vec<&PortReport> = response.reports.iter().filter(|r| r.facts.port == port).collect();
        let broken: Vec<String> = of_port
            .iter()
            .filter(|r| r.verdict.usability == Usability::NotUsable)
            .map(|r| r.facts.address.to_string())
            .collect();
        if !broken.is_empty() && broken.len() < of_port.len() {
            let _ = writeln!(
                out,
                "Port {port}: {} of {} addresses fail while the others work: {}",
                broken.len(),
                of_port.len(),
                broken.join(", ")
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use mailsetup_shared::wire::{Failure, FailureKind, PortFacts, PortRequest, Step};

    use super::*;

    #[test]
    fn a_pool_summary_names_each_port_once_with_its_broken_addresses() {
        let report = |ip: &str, port: u16, broken: bool| {
            let failure = broken.then(|| Failure::new(Step::Connect, FailureKind::ConnectionRefused, "refused"));
            PortReport::new(PortFacts {
                failure,
                ..PortFacts::new(PortRequest::Port(port).spec(), ip.parse().unwrap())
            })
        };
        let response = ProbeResponse {
            host: "smtp.example.org".to_owned(),
            addresses: Vec::new(),
            address: "192.0.2.1".parse().unwrap(),
            reports: vec![
                report("192.0.2.1", 465, true),
                report("192.0.2.1", 587, false),
                report("192.0.2.2", 465, false),
                report("192.0.2.2", 587, false),
            ],
            total_ms: 10,
            cached: false,
        };
        assert_eq!(pool_summary(&response), "Port 465: 1 of 2 addresses fail while the others work: 192.0.2.1\n");
    }
}
