//! The systemd unit in `deploy/mailsetup.service`: `systemd-analyze verify` finds nothing
//! to say about it (no unknown key, no unknown system call group or address family), its
//! sandbox scores as "OK" in `systemd-analyze security --offline`, and every
//! `PROBE_PROXY_*` variable it sets is one the binary reads. Runs without a running
//! systemd (as in a container): the unit's ExecStart is pointed at the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SYSTEMD_ANALYZE: &str = "/usr/bin/systemd-analyze";

fn unit_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/mailsetup.service");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes `text` as `mailsetup.service` in a directory of its own, with ExecStart on the
/// binary just built (verify checks that it exists and is executable).
fn write_unit(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mailsetup-unit-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = text
        .replace("ExecStart=/usr/local/bin/probe-proxy", &format!("ExecStart={}", env!("CARGO_BIN_EXE_probe-proxy")));
    let path = dir.join("mailsetup.service");
    std::fs::write(&path, text).unwrap();
    path
}

fn analyze(args: &[&str], unit: &Path) -> Output {
    Command::new(SYSTEMD_ANALYZE).args(args).arg(unit).output().unwrap()
}

/// What verify said about the unit: it exits 0 even when it ignores a line, so its
/// messages are the verdict.
fn complaints(output: &Output, unit: &Path) -> Vec<String> {
    let name = unit.file_name().unwrap().to_string_lossy().into_owned();
    [&output.stdout, &output.stderr]
        .iter()
        .flat_map(|bytes| String::from_utf8_lossy(bytes).lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|line| line.contains(&name) || line.contains("ignoring"))
        .collect()
}

fn have_systemd_analyze() -> bool {
    if Path::new(SYSTEMD_ANALYZE).exists() {
        return true;
    }
    // `cargo xtask test` installs it (Debian package `systemd`); only --quick does not.
    assert!(
        std::env::var_os("MAILSETUP_SKIP_MAIL_SERVER").is_some(),
        "systemd-analyze is missing: apt-get install systemd (cargo xtask test installs it)"
    );
    eprintln!("skipped: systemd-analyze is not installed (--quick)");
    false
}

#[test]
fn the_unit_verifies_cleanly_and_its_sandbox_scores_ok() {
    if !have_systemd_analyze() {
        return;
    }
    let unit = write_unit("good", &unit_text());
    let verified = analyze(&["verify"], &unit);
    // Exposure 0.0 (locked down) to 10.0 (exposed); 1.5 is well inside "OK".
    let security = analyze(&["security", "--offline=true", "--threshold=15"], &unit);
    let _ = std::fs::remove_dir_all(unit.parent().unwrap());
    let said = complaints(&verified, &unit);
    assert!(verified.status.success() && said.is_empty(), "systemd-analyze verify: {said:#?}");
    assert!(security.status.success(), "exposure above 1.5:\n{}", String::from_utf8_lossy(&security.stdout));

    // The check can fail: a misspelt option and an unknown system call group are caught.
    let broken = unit_text()
        .replace("ProtectSystem=strict", "ProtectSytem=strict")
        .replace("SystemCallFilter=~@privileged", "SystemCallFilter=~@privilegd");
    let unit = write_unit("broken", &broken);
    let said = complaints(&analyze(&["verify"], &unit), &unit);
    assert_eq!(said.len(), 2, "{said:#?}");
    let _ = std::fs::remove_dir_all(unit.parent().unwrap());
}

#[test]
fn every_variable_the_unit_sets_is_one_the_binary_reads() {
    let help = Command::new(env!("CARGO_BIN_EXE_probe-proxy")).args(["serve", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let text = unit_text();
    let set: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("Environment="))
        .map(|assignment| assignment.split_once('=').map_or(assignment, |(name, _)| name))
        .collect();
    assert!(set.len() >= 4, "{set:?}");
    for name in set {
        assert!(help.contains(&format!("[env: {name}=")), "{name} is not read by `probe-proxy serve`");
    }
}
