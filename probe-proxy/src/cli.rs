//! The command line of `probe-proxy`: `serve`, `lookup`, `render` and `probe`.

use std::process::ExitCode;
use std::sync::{Arc, LazyLock};

use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};
use email_settings::address::Query;
use email_settings::render::{self, Format};
use email_settings::settings::{self, Settings};
use mailsetup_shared::verdict::Usability;
use mailsetup_shared::wire::{LoginRequest, PortRequest, PortSpec, Secret};
use mailsetup_shared::words::{Lang, Words};

use crate::config::{ProbeArgs, ServeArgs};
use crate::readable::{render_report, render_settings};
use crate::{probe, serve};

#[derive(Debug, Parser)]
#[command(name = "probe-proxy", version, about = "Prove SMTP settings live, and serve the mailsetup page")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// How log lines are written to standard error: `text` for people, `json` (one JSON
    /// object per line) for log shippers.
    #[arg(long, global = true, value_enum, env = "PROBE_PROXY_LOG_FORMAT", default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// The name the command goes by in its messages: `probe-proxy`, or `mailsetup` (the
    /// same commands under the name people type).
    #[arg(skip = "probe-proxy")]
    pub program: &'static str,
}

/// The format of the log on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One readable line per event.
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, `fields` (with `message`)
    /// and the spans it happened in.
    Json,
}

/// Sets up logging to standard error in `format`; `RUST_LOG` chooses what is logged
/// (default: the proxy's own `info` lines, and warnings from the HTTP layer).
pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "probe_proxy=info,tower_http=warn".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(false).init(),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the page (dist/) and the API on one origin.
    // Boxed: its settings are many times the size of the other commands'.
    Serve(Box<ServeArgs>),
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
        /// Send through this sending service instead of the address's own provider
        /// (amazon-ses, brevo, mailgun, mailjet, postmark, resend, sendgrid, smtp2go).
        #[arg(long)]
        service: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print one output (config file, snippet or test command) for an email address.
    Render {
        /// An email address or a domain.
        address: String,
        /// The output.
        #[arg(long, short = 'f')]
        format: FormatArg,
        #[arg(long = "mx")]
        mx: Vec<String>,
        #[arg(long)]
        region: Option<String>,
        /// Send through this sending service (see `lookup --service`).
        #[arg(long)]
        service: Option<String>,
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
        /// The language of the verdict and advice: en, de, fr or es.
        #[arg(long, env = "MAILSETUP_LANG", default_value = "en", value_parser = parse_lang)]
        lang: Lang,
        /// Probe every address of the host on its own (instead of connecting to the first
        /// that answers), to find the broken node of a pool.
        #[arg(long)]
        all_addresses: bool,
        #[command(flatten)]
        login: LoginArgs,
        #[command(flatten)]
        probe: ProbeArgs,
    },
}

/// The login test of `probe`. The secret never comes from a flag: it is asked for without
/// echo, or read from standard input or the `MAILSETUP_PASSWORD` environment variable.
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Also log in as this user (inside TLS with a trusted certificate only).
    #[arg(long)]
    user: Option<String>,
    /// Read the password from standard input (one line).
    #[arg(long, requires = "user", conflicts_with = "oauth2_token_stdin")]
    password_stdin: bool,
    /// Read an OAuth 2.0 access token from standard input and log in with OAUTHBEARER or
    /// XOAUTH2.
    #[arg(long, requires = "user")]
    oauth2_token_stdin: bool,
    /// After the login, send a test message from the user's own address to itself (the
    /// only recipient there is; a value, if given, must be that address).
    #[arg(long, requires = "user", num_args = 0..=1, default_missing_value = "", value_name = "ADDRESS")]
    send_test_to: Option<String>,
}

/// The variable the password may come from.
pub const PASSWORD_VARIABLE: &str = "MAILSETUP_PASSWORD";

impl LoginArgs {
    /// The login request, asking for the secret where the flags say.
    fn request(&self) -> anyhow::Result<Option<LoginRequest>> {
        let Some(user) = &self.user else { return Ok(None) };
        let read_line = || -> anyhow::Result<String> {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            Ok(line.trim_end_matches(['\r', '\n']).to_owned())
        };
        let secret = if self.oauth2_token_stdin {
            Secret::OAuth2Token(read_line()?)
        } else if self.password_stdin {
            Secret::Password(read_line()?)
        } else if let Ok(password) = std::env::var(PASSWORD_VARIABLE) {
            Secret::Password(password)
        } else {
            Secret::Password(rpassword::prompt_password(format!("Password for {user}: "))?)
        };
        let send_test_to = self.send_test_to.as_ref().map(|to| if to.is_empty() { user.clone() } else { to.clone() });
        Ok(Some(LoginRequest { user: user.clone(), secret, send_test_to }))
    }
}

/// An output format on the command line: the names and their help come from the format
/// table itself ([`Format::ALL`]), so a new format needs no change here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatArg(pub Format);

static FORMAT_ARGS: LazyLock<Vec<FormatArg>> = LazyLock::new(|| Format::ALL.iter().copied().map(FormatArg).collect());

impl ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        &FORMAT_ARGS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.id()).help(self.0.label()))
    }
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_tag(text).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.id()).collect();
        format!("{text:?} is not a language spoken here: use {}", known.join(", "))
    })
}

fn parse_port(text: &str) -> Result<PortSpec, String> {
    use email_settings::provider::Security;
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

/// Resolves an address for `lookup` and `render` (through a sending service when one is
/// named), or explains why not.
fn settings_for(address: &str, mx: &[String], region: Option<&str>, service: Option<&str>) -> Result<Settings, String> {
    let query = match Query::parse(address) {
        Ok(query) => query,
        // `lookup sendgrid`, `lookup "mailgun eu"`: a sending service by name.
        Err(_) if service.is_none() => {
            if let Some(settings) = settings::for_service_named(address) {
                return Ok(settings);
            }
            return Err(format!("{address:?}: {}", Query::parse(address).unwrap_err()));
        }
        Err(e) => return Err(format!("{address:?}: {e}")),
    };
    if let Some(id) = service {
        let known = || email_settings::provider::services().map(|s| s.id).collect::<Vec<_>>().join(", ");
        let settings = settings::for_service(&query, id, region)
            .ok_or_else(|| format!("no sending service {id:?} (known: {})", known()))?;
        if let (Some(region), None) = (region, settings.region) {
            let regions: Vec<&str> =
                settings.provider.map(|p| p.regions.iter().map(|r| r.id).collect()).unwrap_or_default();
            return Err(format!("no region {region:?} for {id} (known: {})", regions.join(", ")));
        }
        return Ok(settings);
    }
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
    let program = cli.program;
    match cli.command {
        Command::Lookup { address, mx, region, service, json } => {
            Ok(match settings_for(&address, &mx, region.as_deref(), service.as_deref()) {
                Ok(settings) if json => {
                    println!("{}", serde_json::to_string_pretty(&settings)?);
                    ExitCode::SUCCESS
                }
                Ok(settings) => {
                    print!("{}", render_settings(&settings));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("{program}: {message}");
                    ExitCode::from(2)
                }
            })
        }
        Command::Render { address, format: FormatArg(format), mx, region, service } => {
            Ok(match settings_for(&address, &mx, region.as_deref(), service.as_deref()) {
                Ok(settings) => match render::render(format, &settings) {
                    Some(rendered) => {
                        print!("{}", rendered.text);
                        ExitCode::SUCCESS
                    }
                    None if !settings.offers_smtp() => {
                        eprintln!(
                            "{program}: {} offers no SMTP, so there is nothing to render",
                            settings.provider_name
                        );
                        ExitCode::from(2)
                    }
                    None => {
                        eprintln!(
                            "{program}: {} sets up a mail program's mailbox, which {} does not offer that way; \
                             a snippet, msmtp or a test command works (see `{program} lookup`)",
                            format.label(),
                            settings.provider_name
                        );
                        ExitCode::from(2)
                    }
                },
                Err(message) => {
                    eprintln!("{program}: {message}");
                    ExitCode::from(2)
                }
            })
        }
        command => run_async(command, program),
    }
}

fn run_async(command: Command, program: &str) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    match command {
        Command::Lookup { .. } | Command::Render { .. } => unreachable!("handled without a runtime"),
        Command::Serve(args) => {
            runtime.block_on(serve::run(*args))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Probe { host, ports, json, lang, all_addresses, login, probe: args } => runtime.block_on(async {
            let settings = Arc::new(args.settings()?);
            let dns = serve::dns_for(&args)?;
            let login = match login.request()?.map(probe::LoginPlan::check).transpose() {
                Ok(login) => login,
                Err(e) => {
                    eprintln!("{program}: {e}");
                    return Ok(ExitCode::from(2));
                }
            };
            let mut prepared = match probe::prepare(dns.as_ref(), &args.policy(), &host, &ports).await {
                Ok(prepared) => prepared,
                Err(e) => {
                    eprintln!("{program}: {e}");
                    return Ok(ExitCode::from(2));
                }
            };
            if let Some(login) = login {
                prepared = prepared.with_login(login);
            }
            if all_addresses {
                prepared = prepared.with_all_addresses();
            }
            let response = prepared.run(settings, None).await;
            if json {
                println!("{}", serde_json::to_string_pretty(&response)?);
            } else {
                print!("{}", render_report(&response, &Words::builtin(lang)));
            }
            let all_usable = response.reports.iter().all(|r| r.verdict.usability != Usability::NotUsable);
            Ok(if all_usable { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }),
    }
}
