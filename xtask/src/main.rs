//! `cargo xtask`: the project's build and check commands (matklad's xtask pattern).
//!
//! - `cargo xtask serve`  builds the page into `dist/` and runs `probe-proxy serve` on it.
//! - `cargo xtask test`   runs every check the project has, installing what is missing
//!   (`--only e2e`: just the end-to-end tests).
//! - `cargo xtask dist`   builds the page into `dist/` only.
//! - `cargo xtask import-ispdb DIR` converts Thunderbird's ISPDB into provider files.
//! - `cargo xtask check-providers` probes the curated and overlaid providers' servers for drift.
//! - `cargo xtask bench`  runs every benchmark and writes BENCHMARKS.md.
//! - `cargo xtask doctor` says, for every tool the tests use, its version and whether what
//!   the tests use it for works (`--install`: installs what is missing first).

// The provider vocabulary and file format, shared with `shared/build.rs`. Included by path
// rather than through the `mailsetup-shared` crate, whose build validates the very files the
// importer writes: a broken import must stay repairable by running the importer again. Some
// of their items (labels, crate-side helpers) are not needed here.
#[path = "../../shared/src/provider/schema.rs"]
#[allow(dead_code)]
pub mod schema;
#[path = "../../shared/src/provider/schema_files.rs"]
pub mod schema_files;
#[path = "../../shared/src/provider/vocab.rs"]
#[allow(dead_code)]
pub mod vocab;

mod bench;
mod check_providers;
mod compare_providers;
mod deps;
mod dist;
mod ispdb;
mod library;
mod process;
mod static_paint;
mod test;
mod wasm;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", about = "Build, serve and test mailsetup")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the page (release) into dist/ and serve it with the probe proxy on one origin.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Extra arguments for `probe-proxy serve` (after `--`).
        #[arg(last = true)]
        proxy_args: Vec<String>,
    },
    /// Build the page (release) into dist/.
    Dist,
    /// Run every benchmark (probe vs the round-trip floor and its peers, load, page weight,
    /// the core) and write BENCHMARKS.md. Needs root (it starts a real Postfix).
    Bench {
        /// Each measurement once, in seconds, into target/BENCHMARKS-smoke.md (for CI).
        #[arg(long)]
        smoke: bool,
    },
    /// Run every check: formatting, clippy, unit, integration, browser and end-to-end tests.
    Test {
        /// Skip the checks that need a browser or a mail server (for a quick inner loop).
        #[arg(long, conflicts_with = "only")]
        quick: bool,
        /// Run one part only: `e2e` builds dist/, starts the testbed and runs the Playwright tests.
        #[arg(long, value_enum)]
        only: Option<test::Only>,
    },
    /// Every tool the build and the tests use: its version, and whether what they use it for
    /// works (swaks speaking TLS, Chromium rendering, Postfix with Dovecot SASL, ...).
    Doctor {
        /// Install what is missing first (Debian packages as root, Node packages, wasm-bindgen).
        #[arg(long)]
        install: bool,
    },
    /// Convert Thunderbird's ISPDB (a directory of clientConfig XML files) into
    /// shared/providers/ispdb/*.toml, and copy the XML to tests/fixtures/ispdb.
    ImportIspdb {
        /// The ISPDB directory, e.g. ../shared/datasets/ispdb.
        dir: PathBuf,
        /// The month the ISPDB snapshot is from (`last_checked` of every entry), YYYY-MM.
        /// Default: the current month.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Probe every SMTP server of the curated providers and of the ISPDB entries an overlay
    /// corrects (with `probe-proxy probe`) and report what no longer matches the data. Needs
    /// the internet, unless --resolve points the names at local servers.
    CheckProviders {
        /// Hosts probed at the same time.
        #[arg(long, default_value_t = 4)]
        jobs: usize,
        /// Least milliseconds between the starts of two probes.
        #[arg(long, default_value_t = 2000)]
        interval_ms: u64,
        /// Where to write the report.
        #[arg(long, default_value = "target/check-providers.md")]
        report: PathBuf,
        /// Answer NAME with IP instead of asking DNS (repeatable; passed to the probe).
        #[arg(long = "resolve", value_name = "NAME=IP")]
        resolve: Vec<String>,
        /// Extra arguments for `probe-proxy probe` (after `--`), e.g. --allow-private-targets.
        #[arg(last = true)]
        probe_args: Vec<String>,
    },
    /// Compare the provider data with other maintained lists (local copies of FairEmail's
    /// providers.xml and Delta Chat's provider-db): every domain they know that we do not,
    /// and every difference in host, port, security, user name or the step needed first.
    CompareProviders(CompareArgs),
}

/// The arguments of `cargo xtask compare-providers` (see `compare_providers.rs`).
#[derive(Debug, clap::Args)]
struct CompareArgs {
    /// A local copy of FairEmail's app/src/main/res/xml/providers.xml.
    #[arg(long, value_name = "FILE")]
    fairemail: Option<PathBuf>,
    /// A local copy of Delta Chat provider-db's _providers/ directory.
    #[arg(long, value_name = "DIR")]
    deltachat: Option<PathBuf>,
    /// A local copy of mutt-wizard's share/domains.csv.
    #[arg(long, value_name = "FILE")]
    mutt_wizard: Option<PathBuf>,
    /// The differences kept on purpose, each with why.
    #[arg(long, default_value = "shared/providers/compare-resolutions.toml")]
    resolutions: PathBuf,
    /// Fail while a line is not resolved.
    #[arg(long)]
    strict: bool,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nxtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let root = project_root();
    std::env::set_current_dir(&root)?;
    match cli.command {
        Command::Serve { listen, proxy_args } => {
            dist::build(&root)?;
            process::step("starting probe-proxy");
            let mut cmd = process::cargo();
            cmd.args(["run", "--release", "--package", "probe-proxy", "--", "serve", "--dist", "dist", "--listen"]);
            cmd.arg(&listen);
            // The page on the person's own computer: the login test is theirs to run. On
            // another address the proxy is shared, and `--personal` would be refused.
            if listen.parse::<std::net::SocketAddr>().is_ok_and(|a| a.ip().is_loopback()) {
                cmd.arg("--personal");
            }
            cmd.args(&proxy_args);
            process::run(&mut cmd)
        }
        Command::Dist => dist::build(&root).map(drop),
        Command::Bench { smoke } => bench::run(&root, smoke),
        Command::Test { quick, only: None } => test::run(&root, quick),
        Command::Test { only: Some(test::Only::E2e), .. } => test::run_end_to_end(&root),
        Command::Doctor { install } => {
            if install {
                for (_, tools) in deps::GROUPS {
                    deps::ensure(tools)?;
                }
                deps::ensure_node_packages(&root)?;
                deps::ensure_wasm_bindgen(&root)?;
                wasm::Toolchain::get()?;
            }
            if !deps::doctor(&root) {
                anyhow::bail!("some tools cannot do what the tests use them for (MISS above)");
            }
            Ok(())
        }
        Command::ImportIspdb { dir, as_of } => {
            let dir = if dir.is_absolute() { dir } else { std::env::current_dir()?.join(dir) };
            let as_of = as_of.unwrap_or_else(current_month);
            ispdb::import(&dir, &root.join("shared/providers/ispdb"), &root.join("tests/fixtures/ispdb"), &as_of)
        }
        Command::CheckProviders { jobs, interval_ms, report, resolve, probe_args } => {
            process::step("building probe-proxy");
            process::run(process::cargo().args(["build", "--package", "probe-proxy"]))?;
            let mut args: Vec<String> = resolve.iter().flat_map(|r| ["--resolve".to_owned(), r.clone()]).collect();
            args.extend(probe_args);
            let options = check_providers::Options {
                providers: root.join("shared/providers"),
                probe_proxy: target_dir().join("debug/probe-proxy"),
                jobs,
                interval: std::time::Duration::from_millis(interval_ms),
                implicit_tls_port: 465,
                today: current_month(),
                probe_args: args,
            };
            check_providers::run(&options, &root.join(report))
        }
        Command::CompareProviders(args) => {
            let here = std::env::current_dir()?;
            let absolute = |p: &Path| if p.is_absolute() { p.to_owned() } else { here.join(p) };
            let (fairemail, deltachat, mutt_wizard) = (
                args.fairemail.as_deref().map(absolute),
                args.deltachat.as_deref().map(absolute),
                args.mutt_wizard.as_deref().map(absolute),
            );
            let lists = compare_providers::Lists {
                fairemail: fairemail.as_deref(),
                deltachat: deltachat.as_deref(),
                mutt_wizard: mutt_wizard.as_deref(),
            };
            compare_providers::run(&lists, &root.join(args.resolutions), args.strict)
        }
    }
}

/// `YYYY-MM` of today (UTC), from the system clock.
fn current_month() -> String {
    let days =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}")
}

/// Cargo's target directory: `CARGO_TARGET_DIR`, else `target/` in the workspace.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| project_root().join("target"), PathBuf::from)
}

/// The workspace root: the parent of this crate's directory.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace root").to_path_buf()
}
