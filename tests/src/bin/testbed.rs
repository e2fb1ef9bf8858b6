//! The end-to-end testbed: a real Postfix + Dovecot and a real `probe-proxy serve` on the
//! built page, all on loopback.
//!
//! Prints one line `READY KEY=VALUE ...` (the page URL, the mail server's name, and a free
//! address on another origin, allowed to frame the page, for the embed test's portal) once
//! everything accepts connections, then runs until its standard input closes, and stops
//! everything cleanly.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use clap::Parser;
use mailsetup_tests::mail_server::MailServer;

#[derive(Debug, Parser)]
struct Args {
    /// The built page to serve.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let server = MailServer::start().context("starting Postfix and Dovecot")?;
    eprintln!("Postfix and Dovecot listen on {} (25, 465, 587)", server.ip);
    let proxy_bin = std::env::current_exe()?.with_file_name("probe-proxy");
    if !proxy_bin.exists() {
        bail!("{} is missing; build it with `cargo build -p probe-proxy`", proxy_bin.display());
    }
    // A second origin for the embed test's parent page (a help portal on another host):
    // a free port on 127.0.0.2, allowed to frame the page.
    let portal = std::net::TcpListener::bind("127.0.0.2:0").context("a port on 127.0.0.2")?.local_addr()?;
    let portal_url = format!("http://{portal}");
    let mut proxy = Command::new(&proxy_bin)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--personal",
            "--allow-private-targets",
            "--allow-ports",
            "25,465,587",
        ])
        // One browser runs every end-to-end test against the one Postfix: the per-target
        // limit a public proxy needs (3 a minute per site) would make tests depend on how
        // far apart they run.
        .args(["--client-target-probes-per-minute", "60", "--target-probes-per-minute", "120"])
        .arg("--dist")
        .arg(&args.dist)
        .arg("--ca-file")
        .arg(&server.ca_file)
        .arg("--resolve")
        .arg(format!("{}={}", server.name, server.ip))
        // The page's second guess for mailsetup.test: the same server, whose certificate
        // does not name it (a name mismatch to show).
        .arg("--resolve")
        .arg(format!("mail.mailsetup.test={}", server.ip))
        // Its third guess: a loopback address where nothing listens (connection refused).
        .arg("--resolve")
        .arg("mailsetup.test=127.0.0.254")
        // The developers' room tests a sending service on its own: SendGrid's name leads to
        // the same Postfix here (whose certificate does not name it), never to the internet.
        .arg("--resolve")
        .arg(format!("smtp.sendgrid.net={}", server.ip))
        // Nothing leaves the machine: names without --resolve do not exist, and discovery
        // asks no live ISPDB.
        .args(["--no-dns", "--ispdb", "off"])
        .args(["--probe-location", "the mailsetup testbed"])
        .args(["--allow-frame-ancestor", &portal_url])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("starting {}", proxy_bin.display()))?;
    let mut lines = BufReader::new(proxy.stdout.take().context("proxy stdout")?).lines();
    let url = loop {
        let Some(line) = lines.next() else { bail!("probe-proxy exited before it was ready") };
        let line = line?;
        eprintln!("probe-proxy: {line}");
        if let Some(rest) = line.split("http://").nth(1) {
            break format!("http://{}", rest.trim_end_matches('/'));
        }
    };
    std::thread::spawn(move || lines.map_while(Result::ok).for_each(|l| eprintln!("probe-proxy: {l}")));
    println!("READY BASE_URL={url} MAIL_HOST={} MAIL_IP={} PORTAL_URL={portal_url}", server.name, server.ip);

    // Run until the parent closes our standard input.
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    let _ = Command::new("kill").arg("-TERM").arg(proxy.id().to_string()).status();
    let status = proxy.wait()?;
    eprintln!("probe-proxy stopped ({status})");
    drop(server);
    Ok(())
}
