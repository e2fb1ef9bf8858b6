//! Turning the facts of a probed port into a verdict and plain advice.
//!
//! Pure: the proxy calls [`assess`] on a finished [`PortReport`], and the page shows the
//! result as it is. Each finding says what was seen and what to do about it.

use serde::{Deserialize, Serialize};

use crate::provider::Security;
use crate::wire::{FailureKind, PortReport, Step};

/// Can this port be used to send mail from a mail program?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Usability {
    /// Works for submission with a password, encrypted.
    Ready,
    /// Works, but with something to know or fix.
    Warnings,
    /// Not usable for sending from a mail program.
    NotUsable,
    /// Not assessed yet.
    Pending,
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Good,
    Info,
    Warning,
    Problem,
}

/// One thing the probe found, with advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// A stable identifier, e.g. `auth_before_tls`, for tests and styling.
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub advice: String,
}

/// The verdict for one port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub usability: Usability,
    pub headline: String,
    pub findings: Vec<Finding>,
}

impl Verdict {
    /// The placeholder a report carries until [`assess`] runs.
    pub fn pending() -> Verdict {
        Verdict { usability: Usability::Pending, headline: String::new(), findings: Vec::new() }
    }
}

fn finding(severity: Severity, code: &str, title: impl Into<String>, advice: impl Into<String>) -> Finding {
    Finding { severity, code: code.to_owned(), title: title.into(), advice: advice.into() }
}

/// Assesses a finished report.
pub fn assess(report: &PortReport) -> Verdict {
    let port = report.port;
    let mut findings = Vec::new();
    if let Some(failure) = &report.failure {
        findings.push(failure_finding(report, failure.kind, failure.step, &failure.message));
    }
    if report.failure.is_none() || report.failure.as_ref().is_some_and(|f| f.step == Step::Quit) {
        connection_findings(report, &mut findings);
    }
    if port == 25 {
        findings.push(finding(
            Severity::Info,
            "port_25_is_relay",
            "Port 25 is for mail servers talking to each other",
            "Mail programs should send through port 465 (SSL/TLS) or 587 (STARTTLS). Many internet \
             providers and cloud hosts block outgoing port 25 to stop spam, so it often fails from home.",
        ));
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let worst = findings.iter().map(|f| f.severity).max().unwrap_or(Severity::Good);
    let usability = match worst {
        Severity::Problem => Usability::NotUsable,
        Severity::Warning => Usability::Warnings,
        _ if port == 25 => Usability::Warnings,
        _ => Usability::Ready,
    };
    let headline = headline(report, usability, &findings);
    Verdict { usability, headline, findings }
}

fn headline(report: &PortReport, usability: Usability, findings: &[Finding]) -> String {
    let port = report.port;
    let mode = report.security.label();
    match usability {
        Usability::Ready | Usability::Warnings => {
            let auth = report.ehlo_tls.as_ref().map(|c| c.auth.join(", ")).filter(|a| !a.is_empty());
            let auth = auth.map_or_else(|| "no login offered".to_owned(), |a| format!("login after encryption ({a})"));
            let cert = match &report.tls {
                Some(t) if t.chain_trusted && t.name_matches => format!("{}, trusted certificate", t.version),
                Some(t) => format!("{}, certificate problem", t.version),
                None => "no TLS".to_owned(),
            };
            let lead = if usability == Usability::Ready { "works" } else { "works, with warnings" };
            format!("Port {port} {lead}: {mode}, {cert}, {auth}.")
        }
        Usability::NotUsable => {
            let first = findings.iter().find(|f| f.severity == Severity::Problem);
            format!(
                "Port {port} cannot be used: {}.",
                first.map_or("see below", |f| f.title.as_str()).trim_end_matches('.')
            )
        }
        Usability::Pending => String::new(),
    }
}

fn failure_finding(report: &PortReport, kind: FailureKind, step: Step, message: &str) -> Finding {
    let port = report.port;
    let problem = |code: &str, title: String, advice: &str| finding(Severity::Problem, code, title, advice);
    match kind {
        FailureKind::ResolveFailed => problem(
            "resolve_failed",
            "The server name does not resolve".to_owned(),
            "Check the spelling of the server name. If it is right, the provider's DNS is failing; try again later.",
        ),
        FailureKind::NotAllowed => problem(
            "not_allowed",
            "This proxy does not test that address or port".to_owned(),
            "Public proxies only test public mail servers on mail ports. To test a server on your own \
             network, run the proxy yourself (`probe-proxy serve --allow-private-targets`).",
        ),
        FailureKind::ConnectionRefused => problem(
            "connection_refused",
            format!("Nothing accepts connections on port {port}"),
            "The server actively refused: it does not offer this port. Check the port number; providers \
             usually offer 465 (SSL/TLS) and/or 587 (STARTTLS).",
        ),
        FailureKind::ConnectTimeout => problem(
            "port_filtered",
            format!("No answer on port {port}: it looks blocked"),
            if port == 25 {
                "Connections to port 25 vanish without an answer, which is what a firewall does. Most home \
                 internet providers and cloud hosts block outgoing port 25; use port 465 or 587 instead."
            } else {
                "Connections vanish without an answer, which is what a firewall does. A firewall on the \
                 network the test ran from, or at the provider, drops this port. Try the other submission \
                 port, or test from a different network (a phone hotspot) to tell which side blocks it."
            },
        ),
        FailureKind::Unreachable => problem(
            "unreachable",
            "The server cannot be reached".to_owned(),
            "There is no network route to it from where the test ran. Check the host name; if it is \
             right, the server or its network is down.",
        ),
        FailureKind::Timeout if step == Step::Greeting && report.security == Security::StartTls => problem(
            "greeting_timeout",
            "The server never said hello".to_owned(),
            "It accepted the connection but stayed silent. If this port uses SSL/TLS from the start \
             (like 465), choose SSL/TLS instead of STARTTLS. Otherwise the server is overloaded.",
        ),
        FailureKind::Timeout => problem(
            "timeout",
            format!("The server stopped answering at \"{}\"", step.label()),
            "It took longer than the time limit. A busy or misbehaving server, or a middlebox that \
             interferes with mail; try again later.",
        ),
        FailureKind::Closed => problem(
            "closed",
            format!("The server hung up during \"{}\"", step.label()),
            "It closed the connection without a proper reply, often because it does not trust the \
             address the test came from.",
        ),
        FailureKind::Refused => problem(
            "refused",
            format!("The server refused the connection ({message})"),
            "A 554 means it will not talk to the address the test came from (often a block list); a \
             421 means it is busy or limiting connections; try again later.",
        ),
        FailureKind::NotSmtp => problem(
            "not_smtp",
            format!("Something other than a mail server answers on port {port}"),
            "Check the port and the host name: this is not an SMTP service.",
        ),
        FailureKind::WrongSecurityMode => problem(
            "wrong_security_mode",
            if report.security == Security::ImplicitTls {
                format!("Port {port} starts in plain text: it uses STARTTLS, not SSL/TLS")
            } else {
                format!("Port {port} expects TLS from the first byte: it uses SSL/TLS, not STARTTLS")
            },
            "Change the connection security setting in your mail program to match.",
        ),
        FailureKind::Protocol => problem(
            "protocol_error",
            "The server's replies break the SMTP rules".to_owned(),
            "Its replies are malformed or far too long. Mail programs may fail in odd ways; tell the \
             server's operator.",
        ),
        FailureKind::StartTlsNotOffered => problem(
            "no_starttls",
            format!("Port {port} offers no encryption (no STARTTLS)"),
            "Your password and mail would travel readable by anyone on the way. Use port 465 \
             (SSL/TLS) if the provider offers it; never send a password over this port.",
        ),
        FailureKind::StartTlsRefused => problem(
            "starttls_refused",
            "The server advertised STARTTLS but refused it".to_owned(),
            "Its TLS set-up is broken (for example a missing certificate). Tell the server's operator.",
        ),
        FailureKind::DataAfterStartTls => problem(
            "data_after_starttls",
            "Unexpected data arrived right after STARTTLS; the test stopped".to_owned(),
            "Bytes that arrive before the TLS handshake could be injected by an attacker (the \
             CVE-2011-0411 class of flaw). A correct server never sends them. Tell the server's operator.",
        ),
        FailureKind::TlsFailed => problem(
            "tls_failed",
            format!("The TLS handshake failed ({message})"),
            "The server's TLS is too old or broken for a modern client. Mail programs will fail the \
             same way.",
        ),
        FailureKind::HeloRefused => problem(
            "helo_refused",
            "The server refused to greet the test client".to_owned(),
            "It rejected both EHLO and HELO, usually as a policy against unknown clients.",
        ),
        FailureKind::Other => problem("failed", format!("The test failed at \"{}\"", step.label()), ""),
    }
}

fn connection_findings(report: &PortReport, findings: &mut Vec<Finding>) {
    let port = report.port;
    match report.security {
        Security::Plain => findings.push(finding(
            Severity::Problem,
            "plaintext",
            format!("Port {port} was tested without encryption"),
            "A password sent this way can be read by anyone on the way. Use 465 (SSL/TLS) or 587 (STARTTLS).",
        )),
        Security::ImplicitTls if report.tls.is_some() => findings.push(finding(
            Severity::Good,
            "implicit_tls",
            "Encrypted from the first byte (SSL/TLS)",
            "RFC 8314 prefers this mode for sending mail: nothing travels before encryption starts.",
        )),
        _ => {}
    }
    if let Some(tls) = &report.tls {
        if !tls.chain_trusted {
            findings.push(finding(
                Severity::Problem,
                "certificate_untrusted",
                format!(
                    "The certificate is not trusted{}",
                    tls.chain_error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default()
                ),
                "Mail programs will warn or refuse to connect. The server's operator must install a \
                 certificate from a public authority (with its intermediate certificates).",
            ));
        }
        if !tls.name_matches {
            let names = tls.chain.first().map(|c| c.names.join(", ")).unwrap_or_default();
            findings.push(finding(
                Severity::Problem,
                "certificate_name_mismatch",
                format!("The certificate is not for {}", tls.server_name),
                if names.is_empty() {
                    "Mail programs will refuse it. Ask the provider for the exact server name.".to_owned()
                } else {
                    format!("It names {names}. Use one of those as the server name in your mail program.")
                },
            ));
        }
        if let Some(leaf) = tls.chain.first() {
            if (0..21).contains(&leaf.days_left) {
                findings.push(finding(
                    Severity::Warning,
                    "certificate_expires_soon",
                    format!("The certificate expires in {} days", leaf.days_left),
                    "Unless it is renewed in time, mail programs will start refusing the server.",
                ));
            }
        }
        if tls.chain_trusted && tls.name_matches {
            findings.push(finding(
                Severity::Good,
                "certificate_ok",
                format!("Trusted certificate for {}", tls.server_name),
                "",
            ));
        }
        if tls.version == "TLS 1.2" {
            findings.push(finding(
                Severity::Info,
                "tls_1_2",
                "TLS 1.2 (not 1.3)",
                "Still secure, but the server could be updated to TLS 1.3.",
            ));
        }
    }
    if report.used_helo {
        findings.push(finding(
            Severity::Warning,
            "helo_only",
            "The server does not understand EHLO",
            "It speaks only the old HELO dialect: no STARTTLS and no login are possible.",
        ));
    }
    let plain_auth = report.ehlo_plain.as_ref().map(|c| c.auth.clone()).unwrap_or_default();
    let tls_auth = report.ehlo_tls.as_ref().map(|c| c.auth.clone()).unwrap_or_default();
    if report.ehlo_plain.as_ref().is_some_and(|c| c.offers_password_auth()) {
        findings.push(finding(
            Severity::Warning,
            "auth_before_tls",
            format!("Password login ({}) is offered before encryption", plain_auth.join(", ")),
            "A mail program set to \"None\" instead of STARTTLS would send your password readable. \
             Make sure yours is set to STARTTLS; the server's operator should allow login only after TLS.",
        ));
    } else if report.ehlo_plain.is_some() && !tls_auth.is_empty() {
        findings.push(finding(
            Severity::Good,
            "auth_after_tls_only",
            "Login is offered only after encryption",
            "Passwords cannot be sent in the clear by mistake.",
        ));
    }
    if report.ehlo_tls.is_some() && tls_auth.is_empty() && port != 25 {
        findings.push(finding(
            Severity::Problem,
            "no_auth",
            "The server offers no login on this port",
            "A mail program cannot sign in here, so the server will not accept mail from it for other \
             domains. Check the port; some servers offer login only on 587 or 465.",
        ));
    }
    if let Some(size) = report.ehlo_tls.as_ref().and_then(|c| c.size).flatten() {
        findings.push(finding(Severity::Info, "size_limit", format!("Largest message: {} MB", size / 1_000_000), ""));
    }
}

#[cfg(test)]
mod tests;
