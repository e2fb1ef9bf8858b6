//! Running commands: every command is printed before it runs, and failures name the command.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// Prints a step heading.
pub(crate) fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// The cargo that runs this xtask (rustup's proxy on a normal machine).
pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn describe(cmd: &Command) -> String {
    let mut text = String::new();
    for (key, value) in cmd.get_envs() {
        if let Some(value) = value {
            text.push_str(&format!("{}={} ", key.to_string_lossy(), value.to_string_lossy()));
        }
    }
    text.push_str(&cmd.get_program().to_string_lossy());
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command with inherited output; fails if it fails.
pub(crate) fn run(cmd: &mut Command) -> Result<()> {
    let text = describe(cmd);
    eprintln!("$ {text}");
    let status = cmd.status().with_context(|| format!("could not start `{text}`"))?;
    if !status.success() {
        bail!("`{text}` failed ({status})");
    }
    Ok(())
}

/// Runs a command with inherited output and says whether it succeeded.
pub(crate) fn succeeds_loud(cmd: &mut Command) -> Result<bool> {
    let text = describe(cmd);
    eprintln!("$ {text}");
    Ok(cmd.status().with_context(|| format!("could not start `{text}`"))?.success())
}

/// Runs a command, printing its output as it comes and also returning it (stdout and
/// stderr interleaved), so test counts can be read from it.
pub(crate) fn run_teed(cmd: &mut Command) -> Result<(bool, String)> {
    let text = describe(cmd);
    eprintln!("$ {text}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{text}`"))?;
    let (tx, rx) = mpsc::channel::<String>();
    let readers: Vec<_> = [
        child.stdout.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
        child.stderr.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
    ]
    .into_iter()
    .flatten()
    .map(|stream| {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                eprintln!("{line}");
                let _ = tx.send(line);
            }
        })
    })
    .collect();
    drop(tx);
    let mut collected = String::new();
    for line in rx {
        collected.push_str(&line);
        collected.push('\n');
    }
    for reader in readers {
        let _ = reader.join();
    }
    let status = child.wait()?;
    Ok((status.success(), collected))
}

/// Runs a command with a deadline; kills it when the deadline passes. Returns whether it
/// finished successfully in time.
pub(crate) fn run_with_deadline(cmd: &mut Command, limit: Duration) -> Result<bool> {
    let text = describe(cmd);
    eprintln!("$ {text}   (giving up after {}s)", limit.as_secs());
    let mut child = cmd.spawn().with_context(|| format!("could not start `{text}`"))?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status.success());
        }
        if start.elapsed() > limit {
            eprintln!("`{text}` did not finish in {}s; stopping it", limit.as_secs());
            let _ = child.kill();
            let _ = child.wait();
            return Ok(false);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Whether a program can be found on PATH (or is an existing path).
pub(crate) fn have(program: &str) -> bool {
    if program.contains('/') {
        return std::path::Path::new(program).exists();
    }
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Whether this process runs as root (so it may install system packages).
pub(crate) fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
