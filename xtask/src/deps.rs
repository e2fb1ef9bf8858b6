//! Installs what the build and the tests need when it is missing: Debian packages (with
//! apt-get, when running as root), the Node packages of the end-to-end tests, and the
//! wasm-bindgen CLI at exactly the version in Cargo.lock.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::process;

/// A Debian package and a file it installs (checked where dpkg is not available).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Package {
    pub(crate) name: &'static str,
    pub(crate) provides: &'static str,
}

impl Package {
    fn is_installed(&self) -> bool {
        let dpkg = Command::new("dpkg-query").args(["-W", "-f=${Status}", self.name]).output();
        match dpkg {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).ends_with("ok installed"),
            Ok(_) => false,
            Err(_) => Path::new(self.provides).exists(),
        }
    }
}

/// What the browser tests need.
pub(crate) const BROWSER: &[Package] = &[
    Package { name: "chromium", provides: "/usr/bin/chromium" },
    Package { name: "chromium-driver", provides: "/usr/bin/chromedriver" },
];

/// What the mail server tests need.
pub(crate) const MAIL_SERVER: &[Package] = &[
    Package { name: "postfix", provides: "/usr/sbin/postfix" },
    Package { name: "dovecot-core", provides: "/usr/sbin/dovecot" },
];

/// What the operator tests need: a real Redis for the limits shared across instances
/// (`tests/tests/shared_limits.rs` starts its own; the package's service is not used) and
/// `systemd-analyze`, which checks the systemd unit in `deploy/`.
pub(crate) const OPERATOR: &[Package] = &[
    Package { name: "redis-server", provides: "/usr/bin/redis-server" },
    Package { name: "systemd", provides: "/usr/bin/systemd-analyze" },
];

/// Debian's Rust for WebAssembly (for machines where rustup cannot add the target).
pub(crate) const DEBIAN_WASM_RUST: &[Package] = &[
    Package { name: "rustc-web", provides: "/usr/bin/rustc" },
    Package { name: "cargo-web", provides: "/usr/bin/cargo" },
    Package { name: "rust-web-src", provides: "/usr/src/rustc-1.85.0/library/std/Cargo.toml" },
    Package { name: "rust-web-clippy", provides: "/usr/bin/clippy-driver" },
    Package { name: "lld-19", provides: "/usr/lib/llvm-19/bin/wasm-ld" },
];

static APT_UPDATED: AtomicBool = AtomicBool::new(false);

/// Installs the missing packages, or explains how to.
pub(crate) fn ensure_packages(packages: &[Package]) -> Result<()> {
    let missing: Vec<&Package> = packages.iter().filter(|p| !p.is_installed()).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<&str> = missing.iter().map(|p| p.name).collect();
    if !process::have("apt-get") || !process::is_root() {
        bail!(
            "missing system packages: {}. Install them (Debian/Ubuntu: `sudo apt-get install {}`) and run again.",
            names.join(", "),
            names.join(" ")
        );
    }
    process::step(&format!("installing {}", names.join(", ")));
    if names.contains(&"postfix") {
        // Install Postfix unconfigured: the tests start their own instances, and a system
        // instance would hold port 25.
        let mut selections = Command::new("debconf-set-selections");
        selections.stdin(std::process::Stdio::piped());
        if let Ok(mut child) = selections.spawn() {
            use std::io::Write as _;
            if let Some(stdin) = child.stdin.as_mut() {
                let _ = stdin.write_all(b"postfix postfix/main_mailer_type select No configuration\n");
            }
            let _ = child.wait();
        }
    }
    if !APT_UPDATED.swap(true, Ordering::SeqCst) {
        process::run(Command::new("apt-get").args(["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    process::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(&names)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    if let Some(still) = missing.iter().find(|p| !p.is_installed()) {
        bail!("apt-get reported success but {} is still not installed", still.name);
    }
    Ok(())
}

/// The directory of the end-to-end tests' Node project.
pub(crate) fn node_project(root: &Path) -> PathBuf {
    root.join("tests/e2e")
}

/// Installs the Node packages (playwright-core, binaryen) from the lock file.
pub(crate) fn ensure_node_packages(root: &Path) -> Result<()> {
    let dir = node_project(root);
    let marker = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&marker), std::fs::metadata(&lock)) {
        (Ok(m), Ok(l)) => m.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    if !process::have("npm") {
        bail!("npm is missing: install Node.js 20 or later (Debian: `apt-get install nodejs npm`) and run again.");
    }
    process::step("installing the end-to-end tests' Node packages");
    process::run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))
}

/// `wasm-opt` from the npm `binaryen` package, if installed (Debian's binaryen 108 cannot
/// read current wasm-bindgen output).
pub(crate) fn wasm_opt(root: &Path) -> Option<PathBuf> {
    let path = node_project(root).join("node_modules/.bin/wasm-opt");
    path.exists().then_some(path)
}

/// The wasm-bindgen version that Cargo.lock pins.
pub(crate) fn locked_wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package")
}

/// Where project-local tools are installed: `tools` in the build directory.
pub(crate) fn tools_dir(root: &Path) -> PathBuf {
    crate::dist::target_dir(root).join("tools")
}

/// Installs wasm-bindgen-cli (wasm-bindgen, wasm-bindgen-test-runner) at the locked version
/// into `target/tools`, unless it is already there.
pub(crate) fn ensure_wasm_bindgen(root: &Path) -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version(root)?;
    let bin = tools_dir(root).join("bin");
    let installed = Command::new(bin.join("wasm-bindgen"))
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).split_whitespace().nth(1) == Some(version.as_str()));
    if installed {
        return Ok(bin);
    }
    process::step(&format!("installing wasm-bindgen-cli {version} into target/tools (takes a few minutes, once)"));
    let ok = process::run_with_deadline(
        process::cargo()
            .args(["install", "wasm-bindgen-cli", "--version"])
            .arg(format!("={version}"))
            .arg("--root")
            .arg(tools_dir(root))
            .env_remove("RUSTC")
            .env_remove("RUSTC_BOOTSTRAP"),
        Duration::from_secs(20 * 60),
    )?;
    if !ok {
        bail!("installing wasm-bindgen-cli {version} failed");
    }
    Ok(bin)
}
