//! The `probe-proxy` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = probe_proxy::cli::Cli::parse();
    probe_proxy::cli::init_logging(cli.log_format);
    match probe_proxy::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("probe-proxy: {error:#}");
            ExitCode::FAILURE
        }
    }
}
