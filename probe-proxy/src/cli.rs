//! The command line of `probe-proxy`, and the readable report of `probe-proxy probe`.

use std::fmt::Write as _;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use mailsetup_shared::address::Query;
use mailsetup_shared::provider::MatchedBy;
use mailsetup_shared::render::{self, Format};
use mailsetup_shared::settings::{self, Candidate, Settings, SettingsWarning};
use mailsetup_shared::verdict::{Severity, Usability};
use mailsetup_shared::wire::{PortRequest, PortSpec, ProbeResponse};

use crate::config::{ProbeArgs, ServeArgs};
use crate::probe;
use crate::serve;

#[derive(Debug, Parser)]
#[command(name = "probe-proxy", version, about = "Prove SMTP settings live, and serve the mailsetup page")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the page (dist/) and the API on one origin.
    Serve(ServeArgs),
    /// Print the settings for an email address or domain, from the built-in provider data.
    Lookup {
        /// An email address or a domain.
        address: String,
        /// MX hosts of the domain, best first (recognises hosted mail for custom domains
        /// without a DNS lookup).
        #[arg(long = "mx")]
        mx: Vec<String>,
        /// The provider's data centre, for providers that have several (e.g. `eu`).
        #[arg(long)]
        region: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print one output (config file, snippet or test command) for an email address.
    Render {
        /// An email address or a domain.
        address: String,
        /// The output: thunderbird, autodiscover, mobileconfig, msmtp, mutt, git-send-email,
        /// postfix, python, nodemailer, phpmailer, lettre, go, mailkit, django, laravel,
        /// openssl, swaks, powershell, nc.
        #[arg(long, short = 'f')]
        format: String,
        #[arg(long = "mx")]
        mx: Vec<String>,
        #[arg(long)]
        region: Option<String>,
    },
    /// Probe a mail server's ports now and print a report.
    Probe {
        /// Host name or IP address of the mail server.
        host: String,
        /// Port to probe (repeatable); default 465 and 587. 465 is probed with implicit TLS,
        /// others with STARTTLS; write 2465/tls or 2587/starttls to choose.
        #[arg(long = "port", short = 'p', value_parser = parse_port)]
        ports: Vec<PortSpec>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        probe: ProbeArgs,
    },
}

fn parse_port(text: &str) -> Result<PortSpec, String> {
    use mailsetup_shared::provider::Security;
    let (number, mode) = text.split_once('/').map_or((text, None), |(n, m)| (n, Some(m)));
    let port: u16 = number.parse().map_err(|_| format!("{number:?} is not a port number"))?;
    let security = match mode.map(str::to_ascii_lowercase).as_deref() {
        None => return Ok(PortRequest::Port(port).spec()),
        Some("tls" | "ssl" | "implicit") => Security::ImplicitTls,
        Some("starttls") => Security::StartTls,
        Some("plain") => Security::Plain,
        Some(other) => return Err(format!("unknown mode {other:?}: use tls, starttls or plain")),
    };
    Ok(PortSpec { port, security })
}

/// Resolves an address for `lookup` and `render`, or explains why not.
fn settings_for(address: &str, mx: &[String], region: Option<&str>) -> Result<Settings, String> {
    let query = Query::parse(address).map_err(|e| format!("{address:?}: {e}"))?;
    let mx: Vec<&str> = mx.iter().map(String::as_str).collect();
    let settings = match region {
        Some(region) => {
            let settings = settings::resolve_with(&query, &mx, Some(region));
            let known = settings.provider.is_some_and(|p| p.region(region).is_some());
            if !known {
                let regions: Vec<&str> =
                    settings.provider.map(|p| p.regions.iter().map(|r| r.id).collect()).unwrap_or_default();
                return Err(format!("no region {region:?} for this provider (known: {})", regions.join(", ")));
            }
            settings
        }
        None => settings::resolve_with(&query, &mx, None),
    };
    Ok(settings)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Lookup { address, mx, region, json } => Ok(match settings_for(&address, &mx, region.as_deref()) {
            Ok(settings) if json => {
                println!("{}", serde_json::to_string_pretty(&settings)?);
                ExitCode::SUCCESS
            }
            Ok(settings) => {
                print!("{}", render_settings(&settings));
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("probe-proxy: {message}");
                ExitCode::from(2)
            }
        }),
        Command::Render { address, format, mx, region } => {
            let Some(format) = Format::from_id(&format) else {
                let known: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
                eprintln!("probe-proxy: unknown format {format:?}; one of: {}", known.join(", "));
                return Ok(ExitCode::from(2));
            };
            Ok(match settings_for(&address, &mx, region.as_deref()) {
                Ok(settings) => {
                    print!("{}", render::render(format, &settings).text);
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("probe-proxy: {message}");
                    ExitCode::from(2)
                }
            })
        }
        command => run_async(command),
    }
}

fn run_async(command: Command) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    match command {
        Command::Lookup { .. } | Command::Render { .. } => unreachable!("handled without a runtime"),
        Command::Serve(args) => {
            runtime.block_on(serve::run(args))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Probe { host, ports, json, probe: args } => runtime.block_on(async {
            let settings = Arc::new(args.settings()?);
            let dns = serve::dns_for(&args.resolve)?;
            let prepared = match probe::prepare(dns.as_ref(), &args.policy(), &host, &ports).await {
                Ok(prepared) => prepared,
                Err(e) => {
                    eprintln!("probe-proxy: {e}");
                    return Ok(ExitCode::from(2));
                }
            };
            let response = prepared.run(settings, None).await;
            if json {
                println!("{}", serde_json::to_string_pretty(&response)?);
            } else {
                print!("{}", render_report(&response));
            }
            let all_usable = response.reports.iter().all(|r| r.verdict.usability != Usability::NotUsable);
            Ok(if all_usable { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }),
    }
}

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
        None => out.push_str(" (not a provider we know: these are guesses to test)"),
    }
    out.push('\n');
    if settings.domain().is_internationalised() {
        let _ = writeln!(out, "domain in ASCII: {}", settings.domain().ascii());
    }
    for warning in &settings.warnings {
        let text = match warning {
            SettingsWarning::PlaintextOnly => "the provider lists only unencrypted servers",
            SettingsWarning::RegionUnknown => "the provider has several data centres: choose yours with --region",
            SettingsWarning::UnknownProvider => "unknown provider",
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
            let _ = writeln!(out, "     {}", c.why);
        }
    };
    section(&mut out, "Outgoing mail (SMTP), best first", &settings.smtp);
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
/// after TLS, and the verdict with advice.
pub fn render_report(response: &ProbeResponse) -> String {
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
    for report in &response.reports {
        let state = match report.verdict.usability {
            Usability::Ready => "READY",
            Usability::Warnings => "WORKS, WITH WARNINGS",
            Usability::NotUsable => "NOT USABLE",
            Usability::Pending => "?",
        };
        let _ = writeln!(out, "Port {} ({}) — {state}, {} ms", report.port, report.security.label(), report.total_ms);
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
            let _ = writeln!(out, "  TLS: {}, {}; certificate {trust}, {name}", tls.version, tls.cipher_suite);
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
        let auth = |caps: &Option<mailsetup_shared::smtp::Capabilities>| match caps {
            None => "-".to_owned(),
            Some(c) if c.auth.is_empty() => "none".to_owned(),
            Some(c) => c.auth.join(" "),
        };
        if report.ehlo_plain.is_some() || report.ehlo_tls.is_some() {
            let _ = writeln!(
                out,
                "  AUTH before TLS: {:<20} after TLS: {}",
                auth(&report.ehlo_plain),
                auth(&report.ehlo_tls)
            );
        }
        let _ = writeln!(out, "  => {}", report.verdict.headline);
        for finding in &report.verdict.findings {
            let mark = match finding.severity {
                Severity::Good => "+",
                Severity::Info => "i",
                Severity::Warning => "!",
                Severity::Problem => "x",
            };
            let _ = writeln!(out, "     {mark} {}", finding.title);
            if !finding.advice.is_empty() && finding.severity >= Severity::Warning {
                let _ = writeln!(out, "       {}", finding.advice);
            }
        }
        out.push('\n');
    }
    out
}
