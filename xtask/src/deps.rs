//! What the build and the tests need, installed when missing and then *checked for what we
//! use it for*: a binary on PATH is not enough (Debian's swaks without its recommended Perl
//! modules runs, and cannot speak TLS). Each [`Tool`] names the Debian packages that give it
//! that capability, a command that prints its version, and a check of the capability itself.
//! `cargo xtask doctor` prints the table; `cargo xtask test` installs what is missing and
//! fails with the package's name before any suite runs when a capability is still missing.
//!
//! Besides Debian packages: the Node packages of the end-to-end tests (`npm ci`) and the
//! wasm-bindgen CLI at exactly the version in Cargo.lock.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::process;

/// A tool the project uses, the Debian packages that give it the capability the project
/// uses, and how to check that capability.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tool {
    pub(crate) name: &'static str,
    /// What the project uses it for: the capability [`Tool::check`] proves.
    pub(crate) used_for: &'static str,
    /// Every package the use needs, recommended ones included (apt-get runs with
    /// `--no-install-recommends`, so nothing arrives unnamed).
    pub(crate) packages: &'static [&'static str],
    /// A command whose first line of output is the version.
    version: &'static [&'static str],
    /// Checks the capability; `Err` says what is missing.
    check: fn() -> Result<(), String>,
}

impl Tool {
    /// The first line the version command prints, if it runs.
    pub(crate) fn version(&self) -> Option<String> {
        let (program, args) = self.version.split_first()?;
        let out = Command::new(program).args(args).output().ok()?;
        let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
        let line = String::from_utf8_lossy(&text).lines().find(|l| !l.trim().is_empty())?.trim().to_owned();
        Some(line)
    }

    pub(crate) fn check(&self) -> Result<(), String> {
        (self.check)()
    }

    /// The packages dpkg does not list as installed (all of them where there is no dpkg).
    fn missing_packages(&self) -> Vec<&'static str> {
        self.packages.iter().copied().filter(|p| !package_installed(p)).collect()
    }
}

fn package_installed(name: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", name])
        .output()
        .is_ok_and(|out| out.status.success() && String::from_utf8_lossy(&out.stdout).ends_with("ok installed"))
}

/// Runs `argv` and succeeds when it exits 0 and its output (stdout and stderr) contains
/// `expect`; otherwise says what happened, with the output's first line.
fn says(argv: &[&str], expect: &str) -> Result<(), String> {
    let (program, args) = argv.split_first().expect("a command");
    let out = Command::new(program).args(args).output().map_err(|e| format!("`{program}` does not run: {e}"))?;
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    if out.status.success() && text.contains(expect) {
        return Ok(());
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("no output").trim();
    Err(format!("`{}` {}: {first}", argv.join(" "), if out.status.success() { "said" } else { "failed" }))
}

/// The first number in `text` after `prefix` (e.g. the major version).
fn major_after(text: &str, prefix: &str) -> Option<u32> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    rest.trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

fn version_line(argv: &[&str]) -> String {
    Command::new(argv[0]).args(&argv[1..]).output().map_or(String::new(), |o| {
        let mut text = String::from_utf8_lossy(&o.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&o.stderr));
        text
    })
}

/// Flags for a headless Chromium on a machine without a network: no background
/// connections, no sandbox (root), a fresh profile.
pub(crate) const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

fn chromium_renders() -> Result<(), String> {
    let profile = std::env::temp_dir().join(format!("mailsetup-doctor-chromium-{}", std::process::id()));
    let out = Command::new("chromium")
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", "data:text/html,<p>rendered%20by%20chromium</p>"])
        .output();
    let _ = std::fs::remove_dir_all(&profile);
    let out = out.map_err(|e| format!("`chromium` does not run: {e}"))?;
    if String::from_utf8_lossy(&out.stdout).contains("rendered by chromium") {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    Err(format!("headless Chromium did not render a page: {}", err.lines().last().unwrap_or("no output")))
}

fn chromedriver_matches() -> Result<(), String> {
    let driver = major_after(&version_line(&["chromedriver", "--version"]), "ChromeDriver");
    let browser = major_after(&version_line(&["chromium", "--version"]), "Chromium");
    match (driver, browser) {
        (Some(d), Some(b)) if d == b => Ok(()),
        (Some(d), Some(b)) => Err(format!("ChromeDriver {d} cannot drive Chromium {b}; install both from one release")),
        (None, _) => Err("`chromedriver --version` printed no version".into()),
        (Some(_), None) => Err("`chromium --version` printed no version".into()),
    }
}

/// `swaks --support` lists each optional feature, "=== TLS supported" or "*** TLS not
/// available: requires Net::SSLeay".
fn swaks_speaks_tls() -> Result<(), String> {
    if !process::have("swaks") {
        return Err("`swaks` is not installed".into());
    }
    let out = version_line(&["swaks", "--support"]);
    match out.lines().find(|l| l.contains(" TLS ")) {
        Some(line) if line.starts_with("===") => Ok(()),
        Some(line) => Err(format!("`swaks --support` says: {}", line.trim_start_matches('*').trim())),
        None => Err("`swaks --support` did not mention TLS (is swaks installed?)".into()),
    }
}

fn node_is_recent() -> Result<(), String> {
    match major_after(&version_line(&["node", "--version"]), "v") {
        Some(major) if major >= 20 => Ok(()),
        Some(major) => Err(format!("Node.js {major} is too old: the test runner's flags need 20 or later")),
        None => Err("`node --version` printed no version (install Node.js 20 or later)".into()),
    }
}

/// The mail servers the integration and end-to-end tests start on loopback.
pub(crate) const MAIL_SERVER: &[Tool] = &[
    Tool {
        name: "postfix",
        used_for: "SMTP on 25/465/587 with TLS, SASL through Dovecot",
        packages: &["postfix"],
        version: &["postconf", "-d", "mail_version"],
        check: || {
            says(&["postconf", "-a"], "dovecot")?;
            says(&["postconf", "-d", "smtpd_tls_security_level"], "smtpd_tls_security_level")?;
            if Path::new("/usr/lib/postfix/sbin/master").exists() {
                Ok(())
            } else {
                Err("/usr/lib/postfix/sbin/master is missing".into())
            }
        },
    },
    Tool {
        name: "dovecot",
        used_for: "SASL authentication for Postfix (static passdb, inet listener)",
        packages: &["dovecot-core"],
        version: &["dovecot", "--version"],
        check: || says(&["doveconf", "-d", "auth_mechanisms"], "auth_mechanisms"),
    },
];

/// The operator tests: a real Redis for limits shared across instances, and
/// `systemd-analyze` for the unit in `deploy/`.
pub(crate) const OPERATOR: &[Tool] = &[
    Tool {
        name: "redis-server",
        used_for: "limits shared by several proxies (Lua scripts), started by the tests",
        packages: &["redis-server"],
        version: &["redis-server", "--version"],
        check: || says(&["redis-server", "--version"], "v="),
    },
    Tool {
        name: "systemd-analyze",
        used_for: "`verify` and `security --offline` of deploy/mailsetup.service",
        packages: &["systemd"],
        version: &["systemd-analyze", "--version"],
        check: || says(&["systemd-analyze", "security", "--help"], "--offline"),
    },
];

/// The browser the wasm-bindgen and Playwright tests drive.
pub(crate) const BROWSER: &[Tool] = &[
    Tool {
        name: "chromium",
        used_for: "headless rendering of the page (tests and screenshots)",
        packages: &["chromium"],
        version: &["chromium", "--version"],
        check: chromium_renders,
    },
    Tool {
        name: "chromedriver",
        used_for: "WebDriver for the wasm-bindgen tests, the same release as Chromium",
        packages: &["chromium-driver"],
        version: &["chromedriver", "--version"],
        check: chromedriver_matches,
    },
];

/// The benchmark's peers: the same SMTP steps through TLS with other programs.
pub(crate) const BENCH_PEERS: &[Tool] = &[
    Tool {
        name: "swaks",
        used_for: "SMTP with implicit TLS and STARTTLS (the benchmark's peer)",
        // swaks only recommends its TLS modules.
        packages: &["swaks", "libnet-ssleay-perl", "libio-socket-ssl-perl"],
        version: &["swaks", "--version"],
        check: swaks_speaks_tls,
    },
    Tool {
        name: "openssl",
        used_for: "`openssl s_client` with and without `-starttls smtp` (the benchmark's peer)",
        packages: &["openssl"],
        version: &["openssl", "version"],
        check: || says(&["openssl", "list", "-commands"], "s_client"),
    },
];

/// Programs the native tests read rendered files back with.
pub(crate) const READERS: &[Tool] = &[
    Tool {
        name: "git",
        used_for: "reads the rendered git send-email configuration back",
        packages: &["git"],
        version: &["git", "--version"],
        check: || says(&["git", "config", "--help"], "git"),
    },
    Tool {
        name: "python3",
        used_for: "runs the rendered Python snippets' syntax check",
        packages: &["python3"],
        version: &["python3", "--version"],
        check: || says(&["python3", "-c", "import ast, smtplib, ssl; print('ok')"], "ok"),
    },
    Tool {
        name: "node",
        used_for: "the rendered JavaScript snippets and the Playwright tests (20 or later)",
        packages: &["nodejs"],
        version: &["node", "--version"],
        check: node_is_recent,
    },
];

/// Debian's Rust for WebAssembly (for machines where rustup cannot add the target).
pub(crate) const DEBIAN_WASM_RUST: &[Tool] = &[Tool {
    name: "rustc-web",
    used_for: "building the page for wasm32 with -Zbuild-std when rustup cannot add the target",
    packages: &["rustc-web", "cargo-web", "rust-web-src", "rust-web-clippy", "lld-19"],
    version: &["/usr/bin/rustc", "--version"],
    check: || {
        says(&["/usr/bin/rustc", "--version"], "rustc")?;
        says(&["/usr/lib/llvm-19/bin/wasm-ld", "--version"], "LLD")?;
        if Path::new("/usr/bin/clippy-driver").exists() {
            Ok(())
        } else {
            Err("/usr/bin/clippy-driver is missing".into())
        }
    },
}];

/// Every group `cargo xtask doctor` reports on, with what it is for.
pub(crate) const GROUPS: &[(&str, &[Tool])] = &[
    ("mail servers (integration and end-to-end tests)", MAIL_SERVER),
    ("operator tests", OPERATOR),
    ("browser", BROWSER),
    ("benchmark peers", BENCH_PEERS),
    ("readers of rendered files", READERS),
];

static APT_UPDATED: AtomicBool = AtomicBool::new(false);

/// Makes sure every tool can do what the project uses it for: installs the packages of
/// each tool whose check fails, then checks again. A capability still missing is an error
/// naming the tool, what failed and the packages, before any suite runs.
pub(crate) fn ensure(tools: &[Tool]) -> Result<()> {
    let failing: Vec<&Tool> = tools.iter().filter(|t| t.check().is_err()).collect();
    if failing.is_empty() {
        return Ok(());
    }
    let mut to_install: Vec<&str> = failing.iter().flat_map(|t| t.missing_packages()).collect();
    to_install.dedup();
    if !to_install.is_empty() {
        install(&to_install)?;
    }
    let mut problems = Vec::new();
    for tool in failing {
        if let Err(why) = tool.check() {
            problems.push(format!(
                "{} cannot do what the tests use it for ({}): {why}. Packages: {}",
                tool.name,
                tool.used_for,
                tool.packages.join(" ")
            ));
        }
    }
    if !problems.is_empty() {
        bail!("{}", problems.join("\n"));
    }
    Ok(())
}

/// Installs Debian packages with apt-get (root only), or says how to.
fn install(names: &[&str]) -> Result<()> {
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
            .args(names)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    if let Some(still) = names.iter().find(|p| !package_installed(p)) {
        bail!("apt-get reported success but {still} is still not installed");
    }
    Ok(())
}

/// The directory of the end-to-end tests' Node project.
pub(crate) fn node_project(root: &Path) -> PathBuf {
    root.join("tests/e2e")
}

/// Whether the Node packages the tests import load, and wasm-opt and terser run.
pub(crate) fn check_node_packages(root: &Path) -> Result<(), String> {
    let dir = node_project(root);
    let script = "await import('playwright-core'); await import('@axe-core/playwright'); console.log('loaded')";
    let out = Command::new("node")
        .args(["--input-type=module", "-e", script])
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("`node` does not run: {e}"))?;
    if !String::from_utf8_lossy(&out.stdout).contains("loaded") {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("playwright-core or @axe-core/playwright does not load: {}", first_error_line(&err)));
    }
    let Some(wasm_opt) = wasm_opt(root) else { return Err("node_modules/.bin/wasm-opt is missing".into()) };
    says(&[&wasm_opt.to_string_lossy(), "--version"], "wasm-opt")?;
    let Some(terser) = terser(root) else { return Err("node_modules/.bin/terser is missing".into()) };
    says(&[&terser.to_string_lossy(), "--version"], "terser")
}

fn first_error_line(text: &str) -> &str {
    text.lines().find(|l| l.contains("Error")).or_else(|| text.lines().next()).unwrap_or("no output").trim()
}

/// Installs the Node packages (playwright-core, axe, binaryen, terser) from the lock file when they
/// are missing, stale or do not load.
pub(crate) fn ensure_node_packages(root: &Path) -> Result<()> {
    let dir = node_project(root);
    let marker = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&marker), std::fs::metadata(&lock)) {
        (Ok(m), Ok(l)) => m.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh && check_node_packages(root).is_ok() {
        return Ok(());
    }
    if !process::have("npm") {
        bail!("npm is missing: install Node.js 20 or later (Debian: `apt-get install nodejs npm`) and run again.");
    }
    process::step("installing the end-to-end tests' Node packages");
    process::run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))?;
    check_node_packages(root).map_err(|why| anyhow::anyhow!("after `npm ci` in tests/e2e: {why}"))
}

/// `wasm-opt` from the npm `binaryen` package, if installed (Debian's binaryen 108 cannot
/// read current wasm-bindgen output).
pub(crate) fn wasm_opt(root: &Path) -> Option<PathBuf> {
    let path = node_project(root).join("node_modules/.bin/wasm-opt");
    path.exists().then_some(path)
}

/// `terser` from npm, if installed: it shrinks the modules' scripts in `dist`.
pub(crate) fn terser(root: &Path) -> Option<PathBuf> {
    let path = node_project(root).join("node_modules/.bin/terser");
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

/// The version of the installed wasm-bindgen CLI, if it runs.
pub(crate) fn installed_wasm_bindgen(root: &Path) -> Option<String> {
    let out = Command::new(tools_dir(root).join("bin/wasm-bindgen")).arg("--version").output().ok()?;
    String::from_utf8_lossy(&out.stdout).split_whitespace().nth(1).map(str::to_owned)
}

/// Installs wasm-bindgen-cli (wasm-bindgen, wasm-bindgen-test-runner) at the locked version
/// into `target/tools`, unless it is already there.
pub(crate) fn ensure_wasm_bindgen(root: &Path) -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version(root)?;
    let bin = tools_dir(root).join("bin");
    if installed_wasm_bindgen(root).as_deref() == Some(version.as_str()) {
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

/// `cargo xtask doctor`: every tool, its version and whether what the project uses it for
/// works; the Node packages, wasm-bindgen and the WebAssembly toolchain. Installs nothing.
/// Returns whether everything works.
pub(crate) fn doctor(root: &Path) -> bool {
    let mut all_ok = true;
    let mut row = |ok: bool, name: &str, version: &str, detail: &str| {
        all_ok &= ok;
        eprintln!("{} {name:<16} {version:<44} {detail}", if ok { "ok  " } else { "MISS" });
    };
    for (group, tools) in GROUPS {
        eprintln!("\n{group}:");
        for tool in *tools {
            let version = tool.version().unwrap_or_else(|| "not installed".into());
            let version: String = version.chars().take(44).collect();
            match tool.check() {
                Ok(()) => row(true, tool.name, &version, tool.used_for),
                Err(why) => row(false, tool.name, &version, &format!("{why} (packages: {})", tool.packages.join(" "))),
            }
        }
    }
    eprintln!("\nbuild and browser-test tools:");
    match check_node_packages(root) {
        Ok(()) => row(
            true,
            "node packages",
            "tests/e2e/node_modules",
            "playwright-core, @axe-core/playwright, wasm-opt, terser",
        ),
        Err(why) => row(false, "node packages", "tests/e2e/node_modules", &format!("{why} (npm ci in tests/e2e)")),
    }
    let locked = locked_wasm_bindgen_version(root).unwrap_or_default();
    match installed_wasm_bindgen(root) {
        Some(v) if v == locked => row(true, "wasm-bindgen", &v, "the CLI at Cargo.lock's version, in target/tools"),
        Some(v) => row(false, "wasm-bindgen", &v, &format!("Cargo.lock wants {locked}")),
        None => {
            row(false, "wasm-bindgen", "not installed", &format!("cargo install wasm-bindgen-cli --version ={locked}"))
        }
    }
    match crate::wasm::Toolchain::installed() {
        Some(toolchain) => row(true, "wasm32 target", &format!("{toolchain:?}"), "builds the page for wasm32"),
        None => row(false, "wasm32 target", "none", "rustup target add wasm32-unknown-unknown (or Debian's rustc-web)"),
    }
    all_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_major_versions() {
        assert_eq!(major_after("ChromeDriver 156.0.8078.73 (abc)", "ChromeDriver"), Some(156));
        assert_eq!(major_after("Chromium 156.0.8078.73 built on Debian", "Chromium"), Some(156));
        assert_eq!(major_after("v20.20.2\n", "v"), Some(20));
        assert_eq!(major_after("no version here", "Chromium"), None);
    }

    #[test]
    fn a_capability_check_names_the_command_and_its_answer() {
        assert!(says(&["sh", "-c", "echo STARTTLS supported"], "STARTTLS").is_ok());
        let err =
            says(&["sh", "-c", "echo '*** TLS not available: requires Net::SSLeay'; exit 1"], "STARTTLS").unwrap_err();
        assert!(err.contains("failed") && err.contains("requires Net::SSLeay"), "{err}");
        let err = says(&["sh", "-c", "echo other"], "STARTTLS").unwrap_err();
        assert!(err.contains("said: other"), "{err}");
        assert!(says(&["/nonexistent/tool"], "x").unwrap_err().contains("does not run"));
    }

    #[test]
    fn every_tool_names_its_packages_and_a_version_command() {
        for (_, tools) in GROUPS {
            for tool in *tools {
                assert!(!tool.packages.is_empty() && !tool.version.is_empty(), "{}", tool.name);
            }
        }
        let swaks = BENCH_PEERS.iter().find(|t| t.name == "swaks").unwrap();
        assert!(swaks.packages.contains(&"libnet-ssleay-perl") && swaks.packages.contains(&"libio-socket-ssl-perl"));
    }
}
