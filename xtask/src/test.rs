//! `cargo xtask test`: every check the project has, in order, with a summary of the counts.
//!
//! 1. formatting (`cargo fmt --check`)
//! 2. clippy with `-D warnings`, natively and for wasm32
//! 3. native unit, property, snapshot and integration tests (the latter against a real
//!    Postfix + Dovecot that the tests start on loopback); the `email-settings` library as
//!    its users get it (`library.rs`); and a smoke run of the benchmark
//! 4. the front end's wasm-bindgen tests in headless Chromium
//! 5. the page built into `dist/`, then Playwright end-to-end tests against
//!    `probe-proxy serve` and a real Postfix (the `testbed` binary)

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::wasm::Toolchain;
use crate::{bench, deps, dist, library, process};

/// A part of the run that can be run alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Only {
    /// The page built into `dist/`, the testbed, and the Playwright tests.
    E2e,
}

/// `cargo xtask test --only e2e`: the end-to-end suite alone, with what it needs.
pub(crate) fn run_end_to_end(root: &Path) -> Result<()> {
    deps::ensure(deps::MAIL_SERVER)?;
    deps::ensure(deps::BROWSER)?;
    deps::ensure_node_packages(root)?;
    let result = end_to_end_suite(root)?;
    let counts = result.counts.unwrap_or_default();
    eprintln!(
        "\n==> {} {}: {} passed, {} failed ({}s)",
        if result.ok { "ok" } else { "FAIL" },
        result.name,
        counts.passed,
        counts.failed,
        result.seconds
    );
    if !result.ok {
        bail!("the end-to-end tests failed");
    }
    Ok(())
}

/// Free space a whole run needs in the target directory (native, wasm32 debug and release
/// builds with their test binaries), with some to spare.
const DISK_NEEDED_GB: u64 = 25;

/// Says so up front when the target directory's disk is short, rather than leaving the
/// reader to find "No space left on device" in the middle of a suite's output.
fn warn_if_disk_is_short(target: &Path) {
    let existing = target.ancestors().find(|dir| dir.exists()).unwrap_or(target);
    let Ok(output) = Command::new("df").args(["-Pk"]).arg(existing).output() else { return };
    let text = String::from_utf8_lossy(&output.stdout);
    // `df -P`: one header line, then "filesystem blocks used available capacity mount".
    let available_kb = text.lines().nth(1).and_then(|line| line.split_whitespace().nth(3)?.parse::<u64>().ok());
    if let Some(kb) = available_kb
        && kb < DISK_NEEDED_GB * 1024 * 1024
    {
        eprintln!(
            "warning: only {} GB free where the builds go ({}); a whole run needs about {DISK_NEEDED_GB} GB",
            kb / (1024 * 1024),
            existing.display()
        );
    }
}

/// Counts read from one suite's output.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    passed: u64,
    failed: u64,
    ignored: u64,
}

#[derive(Debug)]
struct SuiteResult {
    name: &'static str,
    counts: Option<Counts>,
    ok: bool,
    seconds: u64,
}

pub(crate) fn run(root: &Path, quick: bool) -> Result<()> {
    let started = Instant::now();
    let mut results = Vec::new();
    if !quick {
        process::step("installing what is missing and checking what each tool is used for");
        for (_, tools) in deps::GROUPS {
            deps::ensure(tools)?;
        }
        deps::ensure_node_packages(root)?;
        deps::ensure_wasm_bindgen(root)?;
        Toolchain::get()?;
        process::step("the tools (cargo xtask doctor)");
        if !deps::doctor(root) {
            bail!("a tool above cannot do what the tests use it for");
        }
    }
    warn_if_disk_is_short(&dist::target_dir(root));
    let toolchain = Toolchain::get()?;

    results.push(suite("rustfmt", || {
        let ok = process::succeeds_loud(process::cargo().args(["fmt", "--all", "--check"]))?;
        Ok((ok, None))
    })?);
    results.push(suite("clippy (native)", || {
        let ok = process::succeeds_loud(process::cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))?;
        Ok((ok, None))
    })?);
    results.push(suite("clippy (wasm32)", || {
        // `shared`'s own tests use native-only dev-dependencies (proptest), so for wasm32
        // the libraries and the front end's browser tests are checked.
        let deny = ["--", "-D", "warnings"];
        let libs = process::succeeds_loud(
            toolchain
                .cargo("clippy")
                .args([
                    "--package",
                    "mailsetup-frontend",
                    "--package",
                    "mailsetup-shared",
                    "--package",
                    "email-settings",
                ])
                .args(["--lib", "--bins"])
                .args(deny),
        )?;
        let browser_tests = process::succeeds_loud(
            toolchain.cargo("clippy").args(["--package", "mailsetup-frontend", "--tests"]).args(deny),
        )?;
        Ok((libs && browser_tests, None))
    })?);
    results.push(suite("native tests (unit, property, snapshot, Postfix integration)", || {
        let mut cmd = process::cargo();
        cmd.args(["test", "--workspace", "--exclude", "mailsetup-frontend", "--no-fail-fast"]);
        cmd.args(["--", "--color", "never"]);
        if quick {
            cmd.env("MAILSETUP_SKIP_MAIL_SERVER", "1");
        }
        let (ok, output) = process::run_teed(&mut cmd)?;
        Ok((ok, Some(cargo_counts(&output))))
    })?);
    results.push(suite(
        "the email-settings library (no optional features, docs, package, example) and the installed command",
        || {
            let (ok, output) = library::check(root)?;
            Ok((ok, Some(cargo_counts(&output))))
        },
    )?);
    if !quick {
        results.push(suite("benchmark smoke (cargo xtask bench --smoke: each measurement once)", || {
            bench::run(root, true)?;
            Ok((true, None))
        })?);
    }
    results.push(suite("front-end logic tests (native; shared as the page builds it)", || {
        // Built together, as the page builds them: the library without `idna` and the public
        // suffix list (the library's own tests without `idna` run in its suite).
        let (ok, output) = process::run_teed(process::cargo().args([
            "test",
            "--package",
            "mailsetup-frontend",
            "--package",
            "mailsetup-shared",
            "--lib",
        ]))?;
        Ok((ok, Some(cargo_counts(&output))))
    })?);
    if !quick {
        results.push(suite("front-end tests in headless Chromium (wasm-bindgen-test)", || {
            let runner = deps::tools_dir(root).join("bin/wasm-bindgen-test-runner");
            let mut cmd = toolchain.cargo("test");
            cmd.args(["--package", "mailsetup-frontend", "--tests"])
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", &runner)
                .env("CHROMEDRIVER", "/usr/bin/chromedriver")
                .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", root.join("frontend/webdriver.json"))
                .env("WASM_BINDGEN_TEST_TIMEOUT", "180")
                .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "60");
            let (ok, output) = process::run_teed(&mut cmd)?;
            Ok((ok, Some(cargo_counts(&output))))
        })?);
        results.push(end_to_end_suite(root)?);
        results.push(suite("the page's bytes within their budget (dist/, gzip)", || {
            match dist::check_budget(&root.join("dist")) {
                Ok(numbers) => {
                    eprintln!("{numbers}");
                    Ok((true, None))
                }
                Err(over) => {
                    eprintln!("over budget: {over}");
                    Ok((false, None))
                }
            }
        })?);
    }

    eprintln!("\n==> summary ({}s in all)", started.elapsed().as_secs());
    let mut all_ok = true;
    for r in &results {
        let counts = r
            .counts
            .map_or(String::new(), |c| format!(": {} passed, {} failed, {} ignored", c.passed, c.failed, c.ignored));
        eprintln!("{} {}{counts} ({}s)", if r.ok { "ok  " } else { "FAIL" }, r.name, r.seconds);
        all_ok &= r.ok;
    }
    if quick {
        eprintln!("(--quick: browser, wasm and mail-server checks were skipped)");
    }
    if !all_ok {
        bail!("some checks failed");
    }
    Ok(())
}

/// Runs one suite, timing it; a suite that cannot even start is a failure, not an abort.
fn suite(name: &'static str, body: impl FnOnce() -> Result<(bool, Option<Counts>)>) -> Result<SuiteResult> {
    process::step(name);
    let start = Instant::now();
    let (ok, counts) = match body() {
        Ok(result) => result,
        Err(e) => {
            eprintln!("error: {e:#}");
            (false, None)
        }
    };
    let ok = ok && counts.is_none_or(|c| c.failed == 0);
    Ok(SuiteResult { name, counts, ok, seconds: start.elapsed().as_secs() })
}

/// Sums `test result: ok. 12 passed; 0 failed; 1 ignored; ...` lines.
fn cargo_counts(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines().filter_map(|l| l.trim().strip_prefix("test result: ")) {
        for part in line.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(label), Some(number)) = (words.next(), words.next()) else { continue };
            let Ok(n) = number.parse::<u64>() else { continue };
            match label {
                "passed" => counts.passed += n,
                "failed" => counts.failed += n,
                "ignored" => counts.ignored += n,
                _ => {}
            }
        }
    }
    counts
}

/// Reads `ℹ pass 5` / `ℹ fail 0` / `ℹ skipped 0` from Node's spec reporter.
fn node_counts(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines() {
        let mut words = line.split_whitespace();
        let (Some("ℹ"), Some(label), Some(number)) = (words.next(), words.next(), words.next()) else { continue };
        let Ok(n) = number.parse() else { continue };
        match label {
            "pass" => counts.passed = n,
            "fail" => counts.failed = n,
            "skipped" | "todo" => counts.ignored += n,
            _ => {}
        }
    }
    counts
}

/// The end-to-end suite: `dist/` built, then the Playwright tests against the testbed.
fn end_to_end_suite(root: &Path) -> Result<SuiteResult> {
    suite("end-to-end tests (Playwright, Chromium, probe-proxy, Postfix)", || {
        dist::build(root)?;
        let (ok, output) = end_to_end(root)?;
        Ok((ok, Some(node_counts(&output))))
    })
}

/// Starts the testbed (Postfix + Dovecot + `probe-proxy serve` on `dist/`), runs the
/// Playwright tests against it, and stops it.
fn end_to_end(root: &Path) -> Result<(bool, String)> {
    process::run(process::cargo().args([
        "build",
        "--package",
        "mailsetup-tests",
        "--bin",
        "testbed",
        "--package",
        "probe-proxy",
        "--bin",
        "probe-proxy",
    ]))?;
    let mut testbed = Testbed::start(root)?;
    let env = testbed.read_ready()?;
    let mut cmd = Command::new("node");
    cmd.args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
        .current_dir(deps::node_project(root))
        .env("MAILSETUP_SCREENSHOTS", dist::target_dir(root).join("screenshots"));
    for (key, value) in env {
        cmd.env(key, value);
    }
    let result = process::run_teed(&mut cmd);
    testbed.stop();
    result
}

/// The running testbed process.
struct Testbed {
    child: Child,
}

impl Testbed {
    fn start(root: &Path) -> Result<Testbed> {
        process::step("starting the testbed (Postfix, Dovecot, probe-proxy serve)");
        let child = Command::new(dist::target_dir(root).join("debug/testbed"))
            .arg("--dist")
            .arg(root.join("dist"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting the testbed (debug/testbed in the build directory)")?;
        Ok(Testbed { child })
    }

    /// Waits for the `READY KEY=VALUE ...` line and returns its variables.
    fn read_ready(&mut self) -> Result<Vec<(String, String)>> {
        let stdout = self.child.stdout.take().context("testbed stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        for line in lines.by_ref() {
            let line = line?;
            eprintln!("testbed: {line}");
            if let Some(vars) = line.strip_prefix("READY ") {
                // Keep draining the testbed's output so it never blocks on a full pipe.
                std::thread::spawn(move || lines.map_while(Result::ok).for_each(|l| eprintln!("testbed: {l}")));
                return Ok(vars
                    .split_whitespace()
                    .filter_map(|kv| kv.split_once('='))
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect());
            }
        }
        bail!("the testbed exited before it was ready")
    }

    fn stop(&mut self) {
        // Closing stdin asks the testbed to shut down cleanly (it stops Postfix and Dovecot).
        drop(self.child.stdin.take());
        let deadline = Instant::now() + std::time::Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Testbed {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_and_node_counts() {
        let cargo = "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out\n\
                     test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.1s\n";
        let c = cargo_counts(cargo);
        assert_eq!((c.passed, c.failed, c.ignored), (15, 2, 1));
        let node = "✔ loads (120ms)\nℹ tests 7\nℹ suites 0\nℹ pass 6\nℹ fail 1\nℹ skipped 0\n";
        let n = node_counts(node);
        assert_eq!((n.passed, n.failed, n.ignored), (6, 1, 0));
    }
}
