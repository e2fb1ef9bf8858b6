//! The `email-settings` library (`shared/`) as the people who use it get it: built with no
//! optional feature, tested without `idna`, documented with warnings denied (the crate
//! denies missing docs itself), packaged and built again from the package, and its example
//! account wizard run; and the `mailsetup` command installed with `cargo install --path
//! probe-proxy`, as the README tells people, and asked about an address.
//!
//! No semver check yet: it compares against the last published version, and there is none.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::process;

const PACKAGE: &str = "email-settings";

/// Files the package must carry: the licences, the notice, the README, the data and the
/// build script that compiles it.
const MUST_SHIP: &[&str] = &[
    "LICENSE-MIT",
    "LICENSE-APACHE",
    "NOTICE",
    "README.md",
    "build.rs",
    "providers/ispdb/LICENSE",
    "providers/curated/gmail.toml",
    "examples/account_wizard.rs",
];

/// Runs every check; says whether all passed, with the test output for counting.
pub(crate) fn check(root: &Path) -> Result<(bool, String)> {
    let mut ok = true;
    ok &= process::succeeds_loud(process::cargo().args(["check", "-p", PACKAGE, "--lib", "--no-default-features"]))?;
    let (tests, output) = process::run_teed(process::cargo().args(["test", "-p", PACKAGE, "--no-default-features"]))?;
    ok &= tests;
    ok &= process::succeeds_loud(
        process::cargo().args(["doc", "-p", PACKAGE, "--no-deps", "--all-features"]).env("RUSTDOCFLAGS", "-D warnings"),
    )?;
    ok &= package_ships_what_it_must()?;
    // Builds the crate again from the packaged files alone, as crates.io would get them.
    ok &= process::succeeds_loud(process::cargo().args(["package", "-p", PACKAGE, "--allow-dirty"]))?;
    ok &= example_works(root)?;
    ok &= command_installs(root)?;
    Ok((ok, output))
}

fn package_ships_what_it_must() -> Result<bool> {
    let output = process::cargo()
        .args(["package", "-p", PACKAGE, "--list", "--allow-dirty"])
        .output()
        .context("running cargo package --list")?;
    let list = String::from_utf8_lossy(&output.stdout);
    let files: Vec<&str> = list.lines().collect();
    let missing: Vec<&&str> = MUST_SHIP.iter().filter(|f| !files.contains(f)).collect();
    let app: Vec<&&str> = files.iter().filter(|f| f.starts_with("app/")).collect();
    if !output.status.success() || !missing.is_empty() || !app.is_empty() {
        eprintln!(
            "the package lacks {missing:?}, or carries the app's files {app:?}:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        return Ok(false);
    }
    eprintln!("the package ships {} files, the licences and the ISPDB data among them", files.len());
    Ok(true)
}

/// The example account wizard, for a provider the data knows and for an unknown domain
/// with the autoconfig document it found.
fn example_works(root: &Path) -> Result<bool> {
    let wizard = |args: &[&str]| -> Result<String> {
        let output = process::cargo()
            .args(["run", "-q", "-p", PACKAGE, "--example", "account_wizard", "--"])
            .args(args)
            .output()
            .context("running the example")?;
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        eprintln!("$ account_wizard {}\n{text}", args.join(" "));
        Ok(if output.status.success() { text } else { String::new() })
    };
    let gmail = wizard(&["ann@gmail.com"])?;
    let autoconfig = root.join("target/account-wizard-config-v1.1.xml");
    std::fs::create_dir_all(root.join("target"))?;
    std::fs::write(
        &autoconfig,
        r#"<clientConfig version="1.1"><emailProvider id="example.org">
  <incomingServer type="imap"><hostname>imap.example.org</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>mx.example.org</hostname><port>587</port>
    <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"#,
    )?;
    let path = autoconfig.to_string_lossy().into_owned();
    let unknown = wizard(&["ann@example.org", "--autoconfig", &path])?;
    let refused = !Command::new(process::cargo().get_program())
        .args(["run", "-q", "-p", PACKAGE, "--example", "account_wizard", "--", "not an address"])
        .output()
        .context("running the example")?
        .status
        .success();
    let expected = [
        (&gmail, "Outgoing: SMTP smtp.gmail.com:465"),
        (&gmail, "Incoming: IMAP imap.gmail.com:993"),
        (&gmail, "Ask for: an app password"),
        (&unknown, "Incoming: IMAP imap.example.org:993"),
        (&unknown, "user name ann\n"),
        (&unknown, "Outgoing: SMTP mx.example.org:587"),
        (&unknown, "user name ann@example.org\n"),
    ];
    let mut ok = refused;
    if !refused {
        eprintln!("the example took \"not an address\" for an address");
    }
    for (output, line) in expected {
        if !output.contains(line) {
            eprintln!("the example's output lacks {line:?}");
            ok = false;
        }
    }
    Ok(ok)
}

/// `cargo install --path probe-proxy` (into a directory of `target/`, the debug profile and
/// the workspace's target directory, so the test builds reuse what they built), then the
/// installed `mailsetup lookup someone@gmail.com`.
fn command_installs(root: &Path) -> Result<bool> {
    let install_root = root.join("target/install-check");
    let _ = std::fs::remove_dir_all(&install_root);
    let installed = process::succeeds_loud(
        process::cargo()
            // Offline: the test builds before this one fetched every crate it needs.
            .args(["install", "--path", "probe-proxy", "--debug", "--locked", "--offline", "--root"])
            .arg(&install_root)
            .env("CARGO_TARGET_DIR", root.join("target"))
            .current_dir(root),
    )?;
    if !installed {
        return Ok(false);
    }
    let output = Command::new(install_root.join("bin/mailsetup"))
        .args(["lookup", "someone@gmail.com"])
        .output()
        .context("running the installed mailsetup")?;
    let text = String::from_utf8_lossy(&output.stdout);
    eprintln!("$ mailsetup lookup someone@gmail.com\n{text}");
    let both = install_root.join("bin/probe-proxy").exists();
    let ok = output.status.success() && text.contains("smtp.gmail.com") && both;
    if !ok {
        eprintln!(
            "the installed command did not answer with Gmail's server (or probe-proxy was not installed beside it): {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&install_root);
    Ok(ok)
}
