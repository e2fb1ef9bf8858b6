//! `mailsetup`: the command people type. The same commands as `probe-proxy` (which keeps
//! its name as the server's): `lookup` an address's settings, `render` a config file,
//! snippet or test command, `probe` a server live, `serve` the page; and, from the same clap
//! definitions, its shell completions (`completions bash|zsh|fish|elvish|powershell`) and
//! its manual page (`man`, roff for `man -l -`).

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use probe_proxy::cli::{self, LogFormat};

#[derive(Debug, Parser)]
#[command(
    name = "mailsetup",
    version,
    about = "Working outgoing-mail (SMTP) settings for an email address, proven live",
    long_about = "Working outgoing-mail (SMTP) settings for an email address, proven live.\n\n\
                  `mailsetup lookup you@example.com` prints the provider, its servers best first, \
                  the user name and the way in; `mailsetup probe smtp.example.com` walks the SMTP \
                  conversation through TLS and says in plain words what happened."
)]
struct Mailsetup {
    #[command(subcommand)]
    command: Top,
    /// How log lines are written to standard error: `text` for people, `json` for log
    /// shippers.
    #[arg(long, global = true, value_enum, env = "PROBE_PROXY_LOG_FORMAT", default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

#[derive(Debug, Subcommand)]
enum Top {
    // Boxed: the commands' settings are many times the size of the other variants.
    #[command(flatten)]
    Run(Box<cli::Command>),
    /// Print the shell completions for `mailsetup` (e.g. `mailsetup completions bash >
    /// ~/.local/share/bash-completion/completions/mailsetup`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (`mailsetup man | man -l -`).
    Man,
}

fn main() -> ExitCode {
    let args = Mailsetup::parse();
    match args.command {
        Top::Run(command) => {
            cli::init_logging(args.log_format);
            let run = cli::Cli { command: *command, log_format: args.log_format, program: "mailsetup" };
            match cli::run(run) {
                Ok(code) => code,
                Err(error) => {
                    eprintln!("mailsetup: {error:#}");
                    ExitCode::FAILURE
                }
            }
        }
        Top::Completions { shell } => {
            // Written whole, then printed: a reader that goes away (`| head`) is an error
            // to report, not a panic.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Mailsetup::command(), "mailsetup", &mut script);
            print_all(&script, "the completions")
        }
        Top::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Mailsetup::command()).render(&mut page) {
                Ok(()) => print_all(&page, "the manual page"),
                Err(error) => {
                    eprintln!("mailsetup: the manual page: {error}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Writes `bytes` to standard output; a failure (a closed pipe) is said, not a panic.
fn print_all(bytes: &[u8], what: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mailsetup: {what}: {error}");
            ExitCode::FAILURE
        }
    }
}
