//! `cargo xtask bench`: every comparison in one run, written to `BENCHMARKS.md` (machine,
//! commands, medians, ranges, ratios). A benchmark, never a timed test: `--smoke` runs each
//! measurement once, in seconds, so CI checks that the benchmark itself still works.
//!
//! - the probe against the round-trip floor and against swaks and `openssl s_client`, and
//!   all ports against the slowest one (the `bench` binary of the tests crate, with Postfix);
//! - probes in flight through the HTTP API (the same binary, against `probe-proxy serve`),
//!   and the live autoconfig server's answers (`serve --autoconfig`);
//! - the page's bytes on the wire per resource, from `dist/`;
//! - the core's criterion benchmarks.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::dist::target_dir;
use crate::{deps, dist, process};

pub(crate) fn run(root: &Path, smoke: bool) -> Result<()> {
    if !process::is_root() {
        bail!("the benchmark starts a real Postfix, which needs root");
    }
    deps::ensure(deps::MAIL_SERVER)?;
    deps::ensure(deps::BENCH_PEERS)?;
    let profile = if smoke { "dev" } else { "release" };
    process::step(&format!("building probe-proxy and the bench binary ({profile})"));
    // Both binaries by name: `--bin` applies to every package named.
    process::run(process::cargo().args(["build", "--profile", profile, "--package", "probe-proxy"]).args([
        "--package",
        "mailsetup-tests",
        "--bin",
        "bench",
        "--bin",
        "probe-proxy",
    ]))?;
    let bin = target_dir(root).join(if smoke { "debug" } else { "release" });
    let section = target_dir(root).join("bench-servers.md");
    process::step("probing through the delay relay, against peers, and under load");
    let mut bench = std::process::Command::new(bin.join("bench"));
    bench.arg("--out").arg(&section).arg("--proxy").arg(bin.join("probe-proxy"));
    if smoke {
        bench.arg("--smoke");
    }
    process::run(&mut bench)?;
    let servers = std::fs::read_to_string(&section)?;
    let core = criterion(smoke)?;
    // The page: built as a new user gets it, then weighed and timed in Chromium.
    let mut page = String::new();
    if !smoke {
        dist::build(root)?;
        page.push_str(&page_in_chromium(root, &bin.join("probe-proxy"))?);
    }
    page.push_str(&page_weight(&root.join("dist")));

    let mut doc = String::new();
    let _ = writeln!(
        doc,
        "# Benchmarks\n\nWritten by `cargo xtask bench`{} on {} ({}). Numbers from one run; rerun \
         the command to reproduce them. Medians with min–max; a ratio is the first number ÷ the \
         second.\n",
        if smoke { " --smoke (each measurement once: not for reading)" } else { "" },
        today(),
        machine()
    );
    doc.push_str(&servers);
    doc.push_str(&page);
    doc.push_str(&core);
    // What limits the targets that are missed: written by hand, kept across runs.
    if let Ok(limits) = std::fs::read_to_string(root.join("docs/benchmark-limits.md")) {
        doc.push_str(&limits);
    }
    let out = if smoke { target_dir(root).join("BENCHMARKS-smoke.md") } else { root.join("BENCHMARKS.md") };
    std::fs::write(&out, doc).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {}", out.display());
    Ok(())
}

/// The criterion benchmarks of `shared`, as a table.
fn criterion(smoke: bool) -> Result<String> {
    process::step("the core's criterion benchmarks");
    let mut cmd = process::cargo();
    cmd.args(["bench", "--package", "mailsetup-shared", "--bench", "lookup_render", "--"]);
    if smoke {
        cmd.args(["--warm-up-time", "0.1", "--measurement-time", "0.2", "--sample-size", "10"]);
    }
    let (ok, output) = process::run_teed(&mut cmd)?;
    if !ok {
        bail!("cargo bench failed");
    }
    let mut out = String::from("## The core (criterion)\n\n| Benchmark | Time (low / estimate / high) |\n|---|---|\n");
    let mut name = String::new();
    for line in output.lines() {
        let trimmed = line.trim();
        if let Some(times) = trimmed.strip_prefix("time:").or_else(|| trimmed.split_once("time:").map(|(_, t)| t)) {
            let times = times.trim().trim_start_matches('[').trim_end_matches(']');
            let (label, _) = trimmed.split_once("time:").unwrap_or((name.as_str(), ""));
            let label = if label.trim().is_empty() { name.clone() } else { label.trim().to_owned() };
            let _ = writeln!(out, "| {label} | {times} |");
        } else if !trimmed.is_empty() && !line.starts_with(' ') && !trimmed.starts_with("Benchmarking") {
            name = trimmed.to_owned();
        }
    }
    out.push('\n');
    Ok(out)
}

/// First paint, usable time and keystroke times, from `tests/e2e/bench-page.mjs` against
/// `probe-proxy serve` on `dist/`.
fn page_in_chromium(root: &Path, proxy: &Path) -> Result<String> {
    deps::ensure(deps::BROWSER)?;
    deps::ensure_node_packages(root)?;
    process::step("timing the page in Chromium");
    let listen = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let mut server = std::process::Command::new(proxy)
        .args(["serve", "--listen", &listen.to_string(), "--no-dns", "--ispdb", "off", "--dist"])
        .arg(root.join("dist"))
        .stdout(std::process::Stdio::null())
        .spawn()
        .context("starting probe-proxy serve")?;
    let section = target_dir(root).join("bench-page.md");
    let result = process::run(
        std::process::Command::new("node")
            .arg("bench-page.mjs")
            .arg("--out")
            .arg(&section)
            .current_dir(deps::node_project(root))
            .env("BASE_URL", format!("http://{listen}/")),
    );
    let _ = server.kill();
    let _ = server.wait();
    result?;
    Ok(std::fs::read_to_string(&section)?)
}

/// Bytes on the wire per resource of the built page (`dist/`, precompressed files).
fn page_weight(dist: &Path) -> String {
    let mut out = String::from("## The page on the wire\n\n");
    let Ok(entries) = std::fs::read_dir(dist) else {
        out.push_str("No `dist/` to measure: run `cargo xtask dist` first.\n\n");
        return out;
    };
    let mut files: Vec<std::path::PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && !matches!(p.extension().and_then(|e| e.to_str()), Some("gz" | "br")))
        // One visit's first load, as the budget counts it: not the embed script (help
        // portals load it) nor the other languages' first paints.
        .filter(|p| crate::dist::in_first_load(dist, p))
        .collect();
    files.sort();
    out.push_str("| Resource | Raw | gzip | brotli |\n|---|---|---|---|\n");
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
    let (mut raw, mut gzip, mut brotli) = (0, 0, 0);
    for file in &files {
        let with = |ext: &str| {
            let mut name = file.as_os_str().to_owned();
            name.push(ext);
            let compressed = size(Path::new(&name));
            if compressed == 0 { size(file) } else { compressed }
        };
        let (r, g, b) = (size(file), with(".gz"), with(".br"));
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = writeln!(out, "| {name} | {:.1} KB | {:.1} KB | {:.1} KB |", kb(r), kb(g), kb(b));
        (raw, gzip, brotli) = (raw + r, gzip + g, brotli + b);
    }
    let whole = crate::dist::whole_module(dist).unwrap_or_default();
    let _ = writeln!(
        out,
        "| **all** | {:.1} KB | **{:.1} KB** | {:.1} KB |\n\nThe first load is the card's module (the field and the \
         answer card). The whole page's module, loaded once the card shows, adds {:.1} KB raw, {:.1} KB gzip, \
         {:.1} KB brotli.\n\nTarget: ≤ 200 KB gzip. Until then `cargo xtask test` holds the first load to its \
         budget ({} bytes gzip, `FIRST_LOAD_BUDGET_GZIP` in `xtask/src/dist.rs`), the whole page's module to {} \
         bytes and each other language's messages to {} bytes.\n",
        kb(raw),
        kb(gzip),
        kb(brotli),
        kb(whole.raw),
        kb(whole.gzip),
        kb(whole.brotli),
        crate::dist::FIRST_LOAD_BUDGET_GZIP,
        crate::dist::WHOLE_MODULE_BUDGET_GZIP,
        crate::dist::LANGUAGE_BUDGET_GZIP
    );
    out
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1000.0
}

fn today() -> String {
    std::process::Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// Cores, memory and processor, from /proc.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model =
        cpuinfo.lines().find_map(|l| l.strip_prefix("model name")).map(|m| m.trim_start_matches([' ', '\t', ':']));
    let cores = cpuinfo.lines().filter(|l| l.starts_with("processor")).count();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_kb: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0);
    format!("{cores} cores, {:.0} GiB, {}", mem_kb as f64 / 1024.0 / 1024.0, model.unwrap_or("unknown processor"))
}
