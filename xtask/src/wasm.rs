//! Which Rust toolchain builds the front end for `wasm32-unknown-unknown`, and how to call it.
//!
//! A normal machine uses rustup's standard library for the target (`rustup target add`).
//! Where rustup cannot download it, Debian's `rustc-web` 1.85 builds the standard library
//! from `rust-web-src` (`-Zbuild-std`, allowed by `RUSTC_BOOTSTRAP=1`) and links with
//! `wasm-ld-19`. Nothing here is written into a config file a normal machine would read:
//! the choice is made at run time and can be forced with `MAILSETUP_WASM_TOOLCHAIN`.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use anyhow::{Result, bail};

use crate::{deps, process};

pub(crate) const TARGET: &str = "wasm32-unknown-unknown";

/// How to build for the WebAssembly target on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Toolchain {
    /// rustup's toolchain with the target's standard library installed.
    Rustup,
    /// Debian's rustc-web, building std from source.
    Debian,
}

static DETECTED: OnceLock<Toolchain> = OnceLock::new();

impl Toolchain {
    /// Finds (and if needed installs) a toolchain that can build for the target.
    pub(crate) fn get() -> Result<Toolchain> {
        if let Some(found) = DETECTED.get() {
            return Ok(*found);
        }
        let found = detect()?;
        eprintln!("WebAssembly toolchain: {found:?}");
        Ok(*DETECTED.get_or_init(|| found))
    }

    /// `cargo <subcommand> --target wasm32-unknown-unknown` with this toolchain.
    pub(crate) fn cargo(self, subcommand: &str) -> Command {
        match self {
            Toolchain::Rustup => {
                let mut cmd = process::cargo();
                cmd.args([subcommand, "--target", TARGET]);
                cmd
            }
            Toolchain::Debian => {
                // Debian's cargo-clippy runs `$CARGO check` with its own clippy-driver.
                let mut cmd = if subcommand == "clippy" {
                    let mut cmd = Command::new("/usr/bin/cargo-clippy");
                    cmd.arg("clippy").env("CARGO", "/usr/bin/cargo");
                    cmd
                } else {
                    let mut cmd = Command::new("/usr/bin/cargo");
                    cmd.arg(subcommand);
                    cmd
                };
                cmd.args(["--target", TARGET, "-Zbuild-std=std,panic_abort"])
                    .env("RUSTC", "/usr/bin/rustc")
                    .env("RUSTDOC", "/usr/bin/rustdoc")
                    .env("RUSTC_BOOTSTRAP", "1")
                    .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", "/usr/lib/llvm-19/bin/wasm-ld")
                    .env_remove("RUSTUP_TOOLCHAIN")
                    .env_remove("RUSTC_WRAPPER")
                    .env_remove("RUSTC_WORKSPACE_WRAPPER");
                cmd
            }
        }
    }
}

impl Toolchain {
    /// The toolchain that can build for the target now, without installing anything.
    pub(crate) fn installed() -> Option<Toolchain> {
        if rustup_has_target() {
            Some(Toolchain::Rustup)
        } else if deps::DEBIAN_WASM_RUST.iter().all(|t| t.check().is_ok()) {
            Some(Toolchain::Debian)
        } else {
            None
        }
    }
}

fn detect() -> Result<Toolchain> {
    match std::env::var("MAILSETUP_WASM_TOOLCHAIN").as_deref() {
        Ok("rustup") => {
            if !rustup_has_target() {
                bail!("MAILSETUP_WASM_TOOLCHAIN=rustup, but rustup has no {TARGET} standard library");
            }
            return Ok(Toolchain::Rustup);
        }
        Ok("debian") => {
            deps::ensure(deps::DEBIAN_WASM_RUST)?;
            return Ok(Toolchain::Debian);
        }
        Ok(other) => bail!("MAILSETUP_WASM_TOOLCHAIN must be `rustup` or `debian`, not `{other}`"),
        Err(_) => {}
    }
    if rustup_has_target() {
        return Ok(Toolchain::Rustup);
    }
    if process::have("rustup") {
        process::step(&format!("adding the {TARGET} target with rustup"));
        let added = process::run_with_deadline(
            Command::new("rustup").args(["target", "add", TARGET]),
            Duration::from_secs(120),
        )?;
        if added && rustup_has_target() {
            return Ok(Toolchain::Rustup);
        }
        eprintln!("rustup could not add {TARGET}; falling back to Debian's rustc-web (see DEVELOPERS.md)");
    }
    deps::ensure(deps::DEBIAN_WASM_RUST)?;
    Ok(Toolchain::Debian)
}

/// Whether the active rustc has the target's standard library.
fn rustup_has_target() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = Command::new(rustc).args(["--print", "target-libdir", "--target", TARGET]).output() else {
        return false;
    };
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    out.status.success()
        && std::fs::read_dir(Path::new(&dir))
            .is_ok_and(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libcore-")))
}
