//! `cargo xtask`: the project's build and check commands (matklad's xtask pattern).
//!
//! - `cargo xtask serve`  builds the page into `dist/` and runs `probe-proxy serve` on it.
//! - `cargo xtask test`   runs every check the project has, installing what is missing.
//! - `cargo xtask dist`   builds the page into `dist/` only.

mod deps;
mod dist;
mod process;
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
    /// Run every check: formatting, clippy, unit, integration, browser and end-to-end tests.
    Test {
        /// Skip the checks that need a browser or a mail server (for a quick inner loop).
        #[arg(long)]
        quick: bool,
    },
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
            cmd.arg(&listen).args(&proxy_args);
            process::run(&mut cmd)
        }
        Command::Dist => dist::build(&root).map(drop),
        Command::Test { quick } => test::run(&root, quick),
    }
}

/// The workspace root: the parent of this crate's directory.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace root").to_path_buf()
}
