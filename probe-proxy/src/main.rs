//! The `probe-proxy` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "probe_proxy=info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match probe_proxy::cli::run(probe_proxy::cli::Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("probe-proxy: {error:#}");
            ExitCode::FAILURE
        }
    }
}
