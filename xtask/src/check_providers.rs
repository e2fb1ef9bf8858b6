//! `cargo xtask check-providers`: the drift check for maintainers. Probes every SMTP server of
//! every curated provider file (mailboxes and sending services) and of every ISPDB entry that an
//! overlay corrects (we vouch for those too) with the project's own probe engine, `probe-proxy probe --json`, a few hosts at a time and at a polite rate, and writes a
//! report of what no longer matches the data: a listed port that does not answer, STARTTLS
//! missing where the data says STARTTLS, a certificate that does not name the host, port 465
//! answering where the data lists only STARTTLS, and `last_checked` older than a year.
//!
//! It reads the files through `schema.rs` (like the importer), so it runs even while the data
//! does not build. `--resolve NAME=IP` (passed on to the probe) points host names at local
//! servers for tests; a real run needs the internet.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::schema::{DataSource, ProviderFile, ProviderSet, Security};

/// How the check runs.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// The provider data directory (`shared/providers`).
    pub(crate) providers: PathBuf,
    /// The `probe-proxy` binary.
    pub(crate) probe_proxy: PathBuf,
    /// Hosts probed at the same time.
    pub(crate) jobs: usize,
    /// The least time between the starts of two probes, whichever host.
    pub(crate) interval: Duration,
    /// The port probed with implicit TLS where the data lists none (465).
    pub(crate) implicit_tls_port: u16,
    /// `YYYY-MM` of today, for the age of `last_checked`.
    pub(crate) today: String,
    /// Extra arguments for `probe-proxy probe` (`--resolve`, `--allow-private-targets`, ...).
    pub(crate) probe_args: Vec<String>,
}

/// One way the data and the servers differ.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Drift {
    /// A listed port did not answer (refused, filtered, unreachable, timed out, closed).
    Unreachable { host: String, port: u16, why: String },
    /// The data says STARTTLS, the server does not offer it.
    MissingStartTls { host: String, port: u16 },
    /// The certificate does not name the host.
    CertificateNameMismatch { host: String, port: u16 },
    /// Port 465 (implicit TLS) works, but the data lists only STARTTLS for the host.
    ImplicitTlsNotListed { host: String, port: u16 },
    /// The listed port answered but the probe failed for another reason.
    Failed { host: String, port: u16, why: String },
    /// The probe could not run at all (bad host name, a port the probe refuses, ...).
    NotProbed { host: String, why: String },
    /// `last_checked` is more than a year old.
    Stale { provider: String, last_checked: String },
}

impl Drift {
    fn describe(&self) -> String {
        match self {
            Drift::Unreachable { host, port, why } => format!("{host}:{port} does not answer ({why})"),
            Drift::MissingStartTls { host, port } => format!("{host}:{port} does not offer STARTTLS"),
            Drift::CertificateNameMismatch { host, port } => {
                format!("{host}:{port}: the certificate does not name {host}")
            }
            Drift::ImplicitTlsNotListed { host, port } => {
                format!("{host}:{port} works with implicit TLS, but the data lists only STARTTLS")
            }
            Drift::Failed { host, port, why } => format!("{host}:{port}: the probe failed ({why})"),
            Drift::NotProbed { host, why } => format!("{host}: not probed: {why}"),
            Drift::Stale { provider, last_checked } => {
                format!("{provider}: last checked {last_checked}, more than a year ago")
            }
        }
    }
}

/// The servers of one host as the data lists them, and who lists them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct HostPlan {
    pub(crate) ports: BTreeMap<u16, Security>,
    pub(crate) providers: Vec<String>,
}

/// The providers the check covers, as they take effect: every curated file, and every ISPDB
/// entry that an overlay corrects (its imported servers with the overlay applied: an overlay
/// says we checked the entry, so its servers are ours to watch). ISPDB entries without an
/// overlay are left to ISPDB. Sorted by id.
pub(crate) fn checked(set: &ProviderSet) -> Vec<ProviderFile> {
    let overlaid: Vec<&str> = set.overlays.iter().map(|(_, o)| o.overlays.as_str()).collect();
    set.effective()
        .into_iter()
        .filter(|f| f.source == DataSource::Curated || overlaid.contains(&f.id.as_str()))
        .collect()
}

/// Every SMTP server of `files` (see [`checked`]), grouped by host. Hosts that are templates
/// (`%EMAILDOMAIN%`) or the person's own computer (Proton Mail Bridge on 127.0.0.1) are left
/// out.
pub(crate) fn plan(files: &[ProviderFile]) -> BTreeMap<String, HostPlan> {
    let mut hosts: BTreeMap<String, HostPlan> = BTreeMap::new();
    for file in files {
        let regional = file.regions.iter().flat_map(|r| r.smtp.iter());
        for server in file.smtp.iter().chain(regional) {
            if server.host.contains('%') || server.host.parse::<std::net::IpAddr>().is_ok() {
                continue;
            }
            let entry = hosts.entry(server.host.clone()).or_default();
            entry.ports.insert(server.port, server.security);
            if !entry.providers.contains(&file.id) {
                entry.providers.push(file.id.clone());
            }
        }
    }
    hosts
}

/// Providers of `files` (see [`checked`]; an overlaid entry carries its overlay's date) whose
/// `last_checked` (`YYYY-MM[-DD]`) is more than twelve months before `today`.
pub(crate) fn stale(files: &[ProviderFile], today: &str) -> Vec<Drift> {
    let months = |date: &str| -> Option<i32> {
        let year: i32 = date.get(..4)?.parse().ok()?;
        let month: i32 = date.get(5..7)?.parse().ok()?;
        Some(year * 12 + month)
    };
    let Some(now) = months(today) else { return Vec::new() };
    files
        .iter()
        .filter(|f| months(&f.last_checked).is_some_and(|m| now - m > 12))
        .map(|f| Drift::Stale { provider: f.id.clone(), last_checked: f.last_checked.clone() })
        .collect()
}

/// Reads one `probe-proxy probe --json` report against what the data lists for the host.
pub(crate) fn assess(host: &str, listed: &BTreeMap<u16, Security>, response: &Value) -> Vec<Drift> {
    let mut drifts = Vec::new();
    let reports = response["reports"].as_array().map(Vec::as_slice).unwrap_or_default();
    for report in reports {
        let Some(port) = report["port"].as_u64().and_then(|p| u16::try_from(p).ok()) else { continue };
        let failure = report["failure"]["kind"].as_str();
        let message = report["failure"]["message"].as_str().unwrap_or_default().to_owned();
        let host = host.to_owned();
        let Some(expected) = listed.get(&port) else {
            // The extra implicit-TLS probe: drift only if it fully works.
            if failure.is_none() && report["tls"].is_object() {
                drifts.push(Drift::ImplicitTlsNotListed { host, port });
            }
            continue;
        };
        match failure {
            Some(
                "connection_refused" | "connect_timeout" | "unreachable" | "timeout" | "closed" | "refused"
                | "resolve_failed",
            ) => drifts.push(Drift::Unreachable { host, port, why: message }),
            Some("start_tls_not_offered") if *expected == Security::StartTls => {
                drifts.push(Drift::MissingStartTls { host, port })
            }
            Some(_) => drifts.push(Drift::Failed { host, port, why: message }),
            None => {
                if report["tls"]["name_matches"] == Value::Bool(false) {
                    drifts.push(Drift::CertificateNameMismatch { host, port });
                }
            }
        }
    }
    drifts
}

/// `--port` arguments for the probe: every listed port in its mode, and the implicit-TLS
/// port when the host lists no implicit TLS at all.
fn port_args(plan: &HostPlan, implicit_tls_port: u16) -> Vec<String> {
    let mode = |security: Security| match security {
        Security::ImplicitTls => "tls",
        Security::StartTls => "starttls",
        Security::Plain => "plain",
    };
    let mut args: Vec<String> =
        plan.ports.iter().flat_map(|(port, s)| ["--port".into(), format!("{port}/{}", mode(*s))]).collect();
    if !plan.ports.values().any(|s| *s == Security::ImplicitTls) && !plan.ports.contains_key(&implicit_tls_port) {
        args.extend(["--port".into(), format!("{implicit_tls_port}/tls")]);
    }
    args
}

/// Probes one host with `probe-proxy probe --json`.
fn probe(options: &Options, host: &str, plan: &HostPlan) -> Result<Vec<Drift>, String> {
    let output = Command::new(&options.probe_proxy)
        .args(["probe", host, "--json"])
        .args(port_args(plan, options.implicit_tls_port))
        .args(&options.probe_args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", options.probe_proxy.display()))?;
    // Exit code 1 means "some port not usable": the report still comes on stdout.
    if output.stdout.is_empty() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    let response: Value = serde_json::from_slice(&output.stdout).map_err(|e| format!("unreadable report: {e}"))?;
    Ok(assess(host, &plan.ports, &response))
}

/// Runs the whole check; returns every drift found, sorted.
pub(crate) fn check(options: &Options) -> Result<Vec<Drift>> {
    let set = crate::schema_files::load_dir(&options.providers)
        .map_err(|p| anyhow::anyhow!("unreadable provider data:\n{p}"))?;
    let files = checked(&set);
    let hosts: Vec<(String, HostPlan)> = plan(&files).into_iter().collect();
    let mut drifts = stale(&files, &options.today);
    let queue = Mutex::new(hosts.iter());
    let next_start = Mutex::new(Instant::now());
    let found = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let Some((host, plan)) = queue.lock().expect("queue").next() else { break };
                    // The polite rate: probes start at least `interval` apart, whoever runs them.
                    let wait = {
                        let mut next = next_start.lock().expect("clock");
                        let now = Instant::now();
                        let start = (*next).max(now);
                        *next = start + options.interval;
                        start - now
                    };
                    std::thread::sleep(wait);
                    let result = probe(options, host, plan)
                        .unwrap_or_else(|why| vec![Drift::NotProbed { host: host.clone(), why }]);
                    found.lock().expect("results").extend(result);
                }
            });
        }
    });
    drifts.extend(found.into_inner().expect("results"));
    drifts.sort();
    Ok(drifts)
}

/// The report, as Markdown.
pub(crate) fn report(drifts: &[Drift], hosts: usize, today: &str) -> String {
    let mut text = format!(
        "# Provider drift report ({today})\n\nProbed {hosts} hosts of the curated providers and the overlaid ISPDB entries.\n\n"
    );
    if drifts.is_empty() {
        text.push_str("Everything matches the data.\n");
    }
    for drift in drifts {
        let _ = writeln!(text, "- {}", drift.describe());
    }
    text
}

/// `cargo xtask check-providers`: runs the check, writes the report, fails if anything drifted.
pub(crate) fn run(options: &Options, report_path: &Path) -> Result<()> {
    let set = crate::schema_files::load_dir(&options.providers)
        .map_err(|p| anyhow::anyhow!("unreadable provider data:\n{p}"))?;
    let hosts = plan(&checked(&set)).len();
    let drifts = check(options)?;
    let text = report(&drifts, hosts, &options.today);
    if let Some(dir) = report_path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(report_path, &text).with_context(|| format!("writing {}", report_path.display()))?;
    print!("{text}");
    eprintln!("report written to {}", report_path.display());
    if !drifts.is_empty() {
        bail!("{} differences between the provider data and the servers", drifts.len());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;

    use super::*;

    fn file(toml: &str) -> ProviderFile {
        toml::from_str(toml).unwrap()
    }

    const DRIFTING: &str = r#"
        id = "drifting"
        name = "Drifting Mail"
        status = "ok"
        last_checked = "2024-06"
        source = "curated"
        domains = ["drifting.test"]
        [[smtp]]
        host = "smtp.drifting.test"
        port = PLAIN_PORT
        security = "starttls"
        username = "address"
        auth = ["password"]
        [[smtp]]
        host = "smtp.drifting.test"
        port = CLOSED_PORT
        security = "starttls"
        username = "address"
        auth = ["password"]
        [[smtp]]
        host = "127.0.0.1"
        port = 1025
        security = "starttls"
        username = "address"
        auth = ["password"]
    "#;

    #[test]
    fn plans_every_curated_host_once_and_flags_old_checks() {
        let files = [file(&DRIFTING.replace("PLAIN_PORT", "587").replace("CLOSED_PORT", "2525"))];
        let plan = plan(&files);
        assert_eq!(plan.keys().collect::<Vec<_>>(), ["smtp.drifting.test"], "the local Bridge host is skipped");
        assert_eq!(plan["smtp.drifting.test"].ports.len(), 2);
        assert_eq!(
            port_args(&plan["smtp.drifting.test"], 465),
            ["--port", "587/starttls", "--port", "2525/starttls", "--port", "465/tls"]
        );
        assert_eq!(stale(&files, "2025-06"), []);
        assert_eq!(
            stale(&files, "2025-07"),
            [Drift::Stale { provider: "drifting".into(), last_checked: "2024-06".into() }]
        );
    }

    /// An ISPDB entry with an overlay (`corrected.test`) and one without (`untouched.test`); the
    /// overlay dates the entry `OVERLAY_CHECKED`. SMTP on `CORRECTED_PORT` with implicit TLS.
    const IMPORTED: [(&str, &str); 3] = [
        (
            "ispdb/corrected.test.toml",
            r#"
            id = "corrected.test"
            name = "Corrected"
            status = "ok"
            last_checked = "2026-11"
            source = "ispdb"
            domains = ["corrected.test"]
            [[smtp]]
            host = "smtp.corrected.test"
            port = CORRECTED_PORT
            security = "implicit-tls"
            username = "address"
            auth = ["password"]
            "#,
        ),
        (
            "ispdb/untouched.test.toml",
            r#"
            id = "untouched.test"
            name = "Untouched"
            status = "ok"
            last_checked = "2020-01"
            source = "ispdb"
            domains = ["untouched.test"]
            [[smtp]]
            host = "smtp.untouched.test"
            port = 465
            security = "implicit-tls"
            username = "address"
            auth = ["password"]
            "#,
        ),
        (
            "overlays/corrected.test.toml",
            r#"
            overlays = "corrected.test"
            last_checked = "OVERLAY_CHECKED"
            status = "preparation"
            auth = ["app-password"]
            [[hints]]
            kind = "app-password"
            text = "Make an app password."
            link = "https://corrected.test/help"
            "#,
        ),
    ];

    /// A provider data directory in a fresh temporary directory: `drifting` (curated) and the
    /// [`IMPORTED`] files, with the placeholders replaced.
    fn data_dir(name: &str, replacements: &[(&str, &str)]) -> PathBuf {
        let root = std::env::temp_dir().join(format!("mailsetup-check-providers-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let files = std::iter::once(("curated/drifting.toml", DRIFTING)).chain(IMPORTED);
        for (path, text) in files {
            let text = replacements.iter().fold(text.to_owned(), |t, (from, to)| t.replace(from, to));
            std::fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            std::fs::write(root.join(path), text).unwrap();
        }
        root
    }

    #[test]
    fn overlaid_imports_are_checked_and_plain_imports_are_not() {
        let root = data_dir(
            "plan",
            &[
                ("PLAIN_PORT", "587"),
                ("CLOSED_PORT", "2525"),
                ("CORRECTED_PORT", "465"),
                ("OVERLAY_CHECKED", "2024-01"),
            ],
        );
        let set = crate::schema_files::load_dir(&root).unwrap();
        let files = checked(&set);
        assert_eq!(files.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["corrected.test", "drifting"]);
        let plan = plan(&files);
        assert_eq!(plan.keys().collect::<Vec<_>>(), ["smtp.corrected.test", "smtp.drifting.test"]);
        assert_eq!(plan["smtp.corrected.test"].providers, ["corrected.test"]);
        assert_eq!(plan["smtp.corrected.test"].ports, [(465, Security::ImplicitTls)].into());
        // The overlay's date is the entry's: old overlays are reported, plain imports never.
        assert_eq!(
            stale(&files, "2026-12"),
            [
                Drift::Stale { provider: "corrected.test".into(), last_checked: "2024-01".into() },
                Drift::Stale { provider: "drifting".into(), last_checked: "2024-06".into() },
            ]
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn reads_the_probe_report() {
        let listed: BTreeMap<u16, Security> = [(587, Security::StartTls), (2525, Security::StartTls)].into();
        let report = serde_json::json!({ "reports": [
            { "port": 587, "failure": null, "tls": { "name_matches": false } },
            { "port": 2525, "failure": { "kind": "start_tls_not_offered", "message": "no STARTTLS" }, "tls": null },
            { "port": 465, "failure": null, "tls": { "name_matches": true } },
        ]});
        assert_eq!(
            assess("smtp.x.test", &listed, &report),
            [
                Drift::CertificateNameMismatch { host: "smtp.x.test".into(), port: 587 },
                Drift::MissingStartTls { host: "smtp.x.test".into(), port: 2525 },
                Drift::ImplicitTlsNotListed { host: "smtp.x.test".into(), port: 465 },
            ]
        );
        let quiet = serde_json::json!({ "reports": [
            { "port": 587, "failure": null, "tls": { "name_matches": true } },
            { "port": 465, "failure": { "kind": "connection_refused", "message": "refused" } },
        ]});
        assert_eq!(assess("smtp.x.test", &listed, &quiet), [], "an unlisted 465 that fails is no drift");
    }

    /// A plain SMTP server on 127.0.0.1 that offers no STARTTLS; it answers `sessions`
    /// connections and then stops.
    fn smtp_without_starttls(sessions: usize) -> (u16, std::thread::JoinHandle<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let handle = std::thread::spawn(move || {
            for stream in listener.incoming().take(sessions) {
                let Ok(mut stream) = stream else { continue };
                stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let _ = stream.write_all(b"220 drifting.test ESMTP\r\n");
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                    let reply: &[u8] = match line.get(..4).map(str::to_ascii_uppercase).as_deref() {
                        Some("EHLO") => b"250-drifting.test\r\n250 SIZE 1000000\r\n",
                        Some("HELO") => b"250 drifting.test\r\n",
                        Some("QUIT") => b"221 bye\r\n",
                        _ => b"502 no\r\n",
                    };
                    let _ = stream.write_all(reply);
                    if reply.starts_with(b"221") {
                        break;
                    }
                    line.clear();
                }
            }
        });
        (port, handle)
    }

    /// The real probe engine against local servers: a server without STARTTLS and a closed
    /// port are reported; the local Bridge host is not probed.
    #[test]
    fn finds_drift_on_local_servers() {
        let (plain_port, server) = smtp_without_starttls(1);
        let closed_port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let (plain, closed) = (plain_port.to_string(), closed_port.to_string());
        let root = data_dir(
            "probe",
            &[
                ("PLAIN_PORT", &plain),
                ("CLOSED_PORT", &closed),
                ("CORRECTED_PORT", &closed),
                ("OVERLAY_CHECKED", "2026-11"),
            ],
        );
        let options = Options {
            providers: root.clone(),
            probe_proxy: probe_proxy_binary(),
            jobs: 2,
            interval: Duration::from_millis(50),
            implicit_tls_port: closed_port,
            today: "2026-12".into(),
            probe_args: [
                "--resolve",
                "smtp.drifting.test=127.0.0.1",
                "--resolve",
                "smtp.corrected.test=127.0.0.1",
                // A plain import must not be probed: were it, its port 465 is not allowed here,
                // and the drift would show (no DNS is asked either way).
                "--resolve",
                "smtp.untouched.test=127.0.0.1",
                "--allow-private-targets",
                "--allow-ports",
                &format!("{plain_port},{closed_port}"),
                "--connect-timeout",
                "2",
            ]
            .map(String::from)
            .to_vec(),
        };
        let drifts = check(&options).unwrap();
        server.join().unwrap();
        let host = "smtp.drifting.test".to_owned();
        let corrected = "smtp.corrected.test".to_owned();
        assert_eq!(
            drifts,
            [
                Drift::Unreachable { host: corrected, port: closed_port, why: drifts[0].why().to_owned() },
                Drift::Unreachable { host: host.clone(), port: closed_port, why: drifts[1].why().to_owned() },
                Drift::MissingStartTls { host, port: plain_port },
                Drift::Stale { provider: "drifting".into(), last_checked: "2024-06".into() },
            ]
        );
        let text = report(&drifts, 2, "2026-12");
        assert!(text.contains(&format!("smtp.drifting.test:{plain_port} does not offer STARTTLS")), "{text}");
        let _ = std::fs::remove_dir_all(&root);
    }

    impl Drift {
        fn why(&self) -> &str {
            match self {
                Drift::Unreachable { why, .. } | Drift::Failed { why, .. } | Drift::NotProbed { why, .. } => why,
                _ => "",
            }
        }
    }

    /// The `probe-proxy` binary of this workspace, built if needed.
    fn probe_proxy_binary() -> PathBuf {
        let status = crate::process::cargo().args(["build", "--quiet", "--package", "probe-proxy"]).status().unwrap();
        assert!(status.success(), "building probe-proxy failed");
        crate::target_dir().join("debug/probe-proxy")
    }
}
