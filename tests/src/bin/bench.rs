//! `bench`: the measurements of `cargo xtask bench` that need real servers, written as a
//! Markdown section. Everything runs on loopback against the harness's Postfix + Dovecot
//! (needs root) and servers started here.
//!
//! - **Round-trip floor**: the probe through a relay that delays each direction, against
//!   the fewest one-way trips the protocol allows.
//! - **Peers**: swaks and `openssl s_client` doing the same steps through the same relay,
//!   run alternately with the probe.
//! - **All ports at once** against the slowest single port.
//! - **A domain's guesses at once**: the page's one request for an unknown domain's guesses
//!   (`also`), the first silent, against the working guess's probe alone.
//! - **Load**: many probes in flight through `probe-proxy serve` against a server that
//!   holds every connection; answers, errors, peak memory, `/api/health` latency.
//! - **Autoconfig**: `probe-proxy serve --autoconfig` answering Thunderbird and Outlook
//!   requests from many clients over kept-alive connections; answers per second, latency,
//!   bytes asked and answered, peak memory.

use std::fmt::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Parser;
use email_settings::provider::Security;
use mailsetup_shared::wire::{PortSpec, Step};
use mailsetup_tests::mail_server::MailServer;
use mailsetup_tests::pki::{SERVER_NAME, TestPki};
use mailsetup_tests::proxy;
use mailsetup_tests::relay::DelayRelay;
use mailsetup_tests::scripted::{ScriptedServer, Session};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

#[derive(Debug, Parser)]
struct Args {
    /// A few seconds in all: every measurement once, for CI.
    #[arg(long)]
    smoke: bool,
    /// Where to write the Markdown section.
    #[arg(long)]
    out: PathBuf,
    /// One-way delay of the relay, in milliseconds.
    #[arg(long, default_value_t = 25)]
    delay_ms: u64,
    /// Probes in flight for the load test (repeatable).
    #[arg(long = "load", default_values_t = [1000, 10000])]
    loads: Vec<usize>,
    /// The probe-proxy binary for the load test.
    #[arg(long)]
    proxy: PathBuf,
    /// Only the live autoconfig measurement (no mail server needed).
    #[arg(long, conflicts_with = "load_only")]
    autoconfig_only: bool,
    /// Only the probes in flight (no mail server needed), e.g. while sizing buffers.
    #[arg(long)]
    load_only: bool,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    // Thousands of connections at once, on both sides.
    let _ = rlimit::increase_nofile_limit(1 << 17);
    let mut out = String::new();
    let loads: Vec<usize> = if args.smoke { vec![50] } else { args.loads.clone() };
    if args.load_only {
        load(&args, &loads, &mut out).await?;
        std::fs::write(&args.out, out).with_context(|| format!("writing {}", args.out.display()))?;
        return Ok(());
    }
    if !args.autoconfig_only {
        let server = MailServer::start().context("starting the test Postfix")?;
        let runs = if args.smoke { 1 } else { 15 };
        round_trips(&server, &args, runs, &mut out).await?;
        guesses(&server, &args, runs, &mut out).await?;
        load(&args, &loads, &mut out).await?;
    }
    autoconfig(&args, &mut out).await?;
    std::fs::write(&args.out, out).with_context(|| format!("writing {}", args.out.display()))?;
    Ok(())
}

/// Median, minimum and maximum of some milliseconds.
#[derive(Debug, Clone, Copy)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

fn stats(mut samples: Vec<f64>) -> Stats {
    samples.sort_by(f64::total_cmp);
    let n = samples.len();
    let median = if n % 2 == 1 { samples[n / 2] } else { (samples[n / 2 - 1] + samples[n / 2]) / 2.0 };
    Stats { median, min: samples[0], max: samples[n - 1] }
}

fn row(what: &str, s: Stats, floor: Option<f64>) -> String {
    let ratio = floor.map_or(String::new(), |f| format!("{:.2}×", s.median / f));
    format!("| {what} | {:.0} | {:.0}–{:.0} | {ratio} |\n", s.median, s.min, s.max)
}

async fn round_trips(server: &MailServer, args: &Args, runs: usize, out: &mut String) -> Result<()> {
    let delay = Duration::from_millis(args.delay_ms);
    let d = args.delay_ms as f64;
    let relay = |port| DelayRelay::start("127.0.0.1:0".parse().unwrap(), server.addr(port), delay);
    let (r465, r587) = (relay(465).await?, relay(587).await?);
    let implicit = PortSpec { port: r465.addr.port(), security: Security::ImplicitTls };
    let starttls = PortSpec { port: r587.addr.port(), security: Security::StartTls };
    // Once unmeasured: Postfix starts its smtpd processes on the first connections.
    probe_ms(server, &[implicit, starttls]).await?;
    let mut samples: [Vec<f64>; 8] = Default::default();
    let mut steps: [Vec<Vec<(Step, f64)>>; 2] = Default::default();
    for _ in 0..runs {
        let (ms, implicit_steps) = probe_ms(server, &[implicit]).await?;
        samples[0].push(ms);
        steps[0].push(implicit_steps);
        let (ms, starttls_steps) = probe_ms(server, &[starttls]).await?;
        samples[1].push(ms);
        steps[1].push(starttls_steps);
        samples[2].push(swaks_ms(server, implicit).await?);
        samples[3].push(swaks_ms(server, starttls).await?);
        samples[4].push(openssl_ms(server, implicit).await?);
        samples[5].push(openssl_ms(server, starttls).await?);
        let (both, _) = probe_ms(server, &[implicit, starttls]).await?;
        samples[6].push(both);
        samples[7].push(samples[0].last().unwrap().max(*samples[1].last().unwrap()));
    }
    let [p465, p587, s465, s587, o465, o587, both, slowest] = samples.map(stats);
    let _ = writeln!(
        out,
        "## The probe against the round-trip floor and its peers\n\n\
         Through a relay that delays each direction by {} ms, against the harness's Postfix \
         (TLS 1.3); {runs} runs each, taken in turn. Times in milliseconds until the answer \
         after the post-TLS EHLO: the probe's verdict; swaks and `openssl s_client` as whole \
         runs (their QUIT and program start included, which the probe keeps off the path).\n\n\
         | What | Median ms | Min–max ms | ÷ floor |\n|---|---|---|---|",
        args.delay_ms
    );
    out.push_str(&row("Floor, implicit TLS: 6 one-way trips (ClientHello →, ServerHello…Finished ←, Finished →, greeting ←, EHLO →, 250 ←)", Stats { median: 6.0 * d, min: 6.0 * d, max: 6.0 * d }, None));
    out.push_str(&row("Probe, 465 implicit TLS", p465, Some(6.0 * d)));
    out.push_str(&row("swaks --tls-on-connect --quit-after EHLO", s465, Some(6.0 * d)));
    out.push_str(&row("openssl s_client, EHLO inside TLS", o465, Some(6.0 * d)));
    out.push_str(&row("Floor, STARTTLS: 9 one-way trips (greeting ←, EHLO → 250 ←, STARTTLS → 220 ←, ClientHello → ServerHello ←, Finished+EHLO → 250 ←)", Stats { median: 9.0 * d, min: 9.0 * d, max: 9.0 * d }, None));
    out.push_str(&row("Probe, 587 STARTTLS", p587, Some(9.0 * d)));
    out.push_str(&row("swaks --tls --quit-after EHLO", s587, Some(9.0 * d)));
    out.push_str(&row("openssl s_client -starttls smtp, EHLO inside TLS", o587, Some(9.0 * d)));
    out.push_str("\nWhere the probe's time goes, per step (medians, ms; each step includes its round trips):\n\n");
    for (mode, runs) in [("465 implicit TLS", &steps[0]), ("587 STARTTLS", &steps[1])] {
        let mut line = format!("- {mode}:");
        for (i, (step, _)) in runs[0].iter().enumerate() {
            let times: Vec<f64> = runs.iter().filter_map(|r| r.get(i).map(|(_, ms)| *ms)).collect();
            let _ = write!(line, " {} {:.0};", step.label(), stats(times).median);
        }
        out.push_str(line.trim_end_matches(';'));
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "\nBoth ports at once took {:.0} ms (median; {:.0}–{:.0}); the slower single port of the \
         same round took {:.0} ms: **{:.2}×** (target ≤ 1.15×).\n",
        both.median,
        both.min,
        both.max,
        slowest.median,
        both.median / slowest.median
    );
    Ok(())
}

/// An unknown domain's guesses in one request, as the page sends them: the first guess
/// accepts connections and never greets, the second is the harness's Postfix through the
/// relay, the third refuses. The time from the request to the working guess's report,
/// against the same request for the working guess alone; runs taken in turn.
async fn guesses(server: &MailServer, args: &Args, runs: usize, out: &mut String) -> Result<()> {
    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{Request, header};
    use http_body_util::BodyExt as _;
    use tower::ServiceExt as _;

    let delay = Duration::from_millis(args.delay_ms);
    let relay = DelayRelay::start("127.0.0.1:0".parse().unwrap(), server.addr(465), delay).await?;
    let port = relay.addr.port();
    // The silent guess listens on the same port of another loopback address: one request
    // carries one port list for all its hosts.
    let _silent = ScriptedServer::start_at(SocketAddr::from(([127, 0, 0, 3], port)), |session: Session| async move {
        let _open = session;
        mailsetup_tests::scripted::pause(Duration::from_secs(60)).await;
    })
    .await;
    let dns = proxy::dns(&[SERVER_NAME], IpAddr::from([127, 0, 0, 1]))
        .with_address("smtp.guess.test", IpAddr::from([127, 0, 0, 3]))
        .with_address("guess.test", IpAddr::from([127, 0, 0, 4]));
    let app = probe_proxy::app::app(proxy::state(
        proxy::settings(Some(&server.pki.ca_pem)),
        proxy::local_policy(&[port]),
        dns,
    ));
    let ports = format!(r#"[{{"port":{port},"security":"implicit-tls"}}]"#);
    let together = format!(r#"{{"host":"smtp.guess.test","also":["{SERVER_NAME}","guess.test"],"ports":{ports}}}"#);
    let alone = format!(r#"{{"host":"{SERVER_NAME}","ports":{ports}}}"#);
    // Milliseconds from the request to the first report of the working host; the stream is
    // dropped there, as the page stops waiting once a guess works.
    let until_report = |body: String, client: u8| {
        let app = app.clone();
        async move {
            let mut request = Request::post("/api/probe")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body))
                .context("building the request")?;
            request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([198, 51, 100, client], 1))));
            let started = Instant::now();
            let mut stream = app.oneshot(request).await.context("the proxy's answer")?.into_body();
            let mut buffer = String::new();
            while let Some(frame) = stream.frame().await {
                let Ok(data) = frame.context("reading the event stream")?.into_data() else { continue };
                buffer.push_str(&String::from_utf8_lossy(&data));
                while let Some(end) = buffer.find("\n\n") {
                    let block: String = buffer.drain(..end + 2).collect();
                    let Some(data) = block.lines().find_map(|l| l.strip_prefix("data:")) else { continue };
                    let event: serde_json::Value = serde_json::from_str(data.trim()).unwrap_or_default();
                    let (host, inner) = match event["type"].as_str() {
                        Some("host") => (event["host"].as_str().unwrap_or_default(), &event["event"]),
                        _ => (SERVER_NAME, &event),
                    };
                    if host == SERVER_NAME && inner["type"] == "report" {
                        if inner["report"]["failure"].is_null() {
                            return Ok(started.elapsed().as_secs_f64() * 1000.0);
                        }
                        bail!("the working guess failed: {}", inner["report"]["failure"]);
                    }
                }
            }
            bail!("the stream ended without the working guess's report")
        }
    };
    // Once unmeasured, as above.
    until_report(alone.clone(), 1).await?;
    let (mut beside, mut single) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let client = 10 + (run % 200) as u8;
        beside.push(until_report(together.clone(), client).await?);
        single.push(until_report(alone.clone(), client).await?);
    }
    let (beside, single) = (stats(beside), stats(single));
    let _ = writeln!(
        out,
        "## An unknown domain's guesses at once\n\n\
         The page's one request for a domain's guesses (`also`, wire 4), through the HTTP API \
         in process: the first guess accepts connections and never greets, the second is the \
         harness's Postfix on 465 through the {} ms relay, the third refuses. {runs} runs each, \
         taken in turn; milliseconds from the request to the working guess's report.\n\n\
         | What | Median ms | Min–max ms | ÷ alone |\n|---|---|---|---|",
        args.delay_ms
    );
    out.push_str(&row("The working guess probed alone", single, None));
    out.push_str(&row("The working guess beside a silent and a refusing one", beside, Some(single.median)));
    let _ = writeln!(
        out,
        "\nThe working guess is answered after **{:.2}×** its own probe's time (target ≤ 1.2×); the \
         silent guess would have held a one-after-another page for the probe's reply limit.\n",
        beside.median / single.median
    );
    Ok(())
}

/// Probes `specs` of the test server by name: the time to the verdict (the slowest port's
/// with several), and each step's time of the first port.
async fn probe_ms(server: &MailServer, specs: &[PortSpec]) -> Result<(f64, Vec<(Step, f64)>)> {
    let ports: Vec<u16> = specs.iter().map(|s| s.port).collect();
    let dns = proxy::dns(&[SERVER_NAME], IpAddr::from([127, 0, 0, 1]));
    let prepared = probe_proxy::probe::prepare(&dns, &proxy::local_policy(&ports), SERVER_NAME, specs).await?;
    let settings = Arc::new(proxy::settings(Some(&server.pki.ca_pem)));
    let response = prepared.run(settings, None).await;
    if let Some(bad) = response.reports.iter().find(|r| r.facts.failure.is_some()) {
        bail!("the probe failed: {:?}", bad.facts.failure);
    }
    let verdict = if specs.len() == 1 { response.reports[0].facts.total_ms as f64 } else { response.total_ms as f64 };
    let steps = response.reports[0].facts.steps.iter().map(|s| (s.step, s.ms as f64)).collect();
    Ok((verdict, steps))
}

async fn swaks_ms(server: &MailServer, spec: PortSpec) -> Result<f64> {
    let mode = if spec.security == Security::ImplicitTls { "--tls-on-connect" } else { "--tls" };
    let started = Instant::now();
    let output = tokio::process::Command::new("swaks")
        .args(["--server", "127.0.0.1", "--port", &spec.port.to_string(), mode, "--quit-after", "EHLO"])
        .args(["--ehlo", "bench.mailsetup.test", "--tls-sni", SERVER_NAME, "--tls-verify"])
        .args(["--tls-ca-path", &server.ca_file.display().to_string()])
        .output()
        .await
        .context("running swaks (apt-get install swaks)")?;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let text = String::from_utf8_lossy(&output.stdout);
    // `<~` marks what the server said inside TLS: the EHLO answer must be among it.
    if !output.status.success() || !text.lines().any(|l| l.starts_with("<~  250 ")) {
        bail!("swaks did not reach the EHLO inside TLS:\n{text}{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(ms)
}

/// `openssl s_client`, driven like a person would: EHLO once TLS is up, then QUIT. The time
/// is until the EHLO answer's last line.
async fn openssl_ms(server: &MailServer, spec: PortSpec) -> Result<f64> {
    let mut command = tokio::process::Command::new("openssl");
    command.args(["s_client", "-connect", &format!("127.0.0.1:{}", spec.port), "-servername", SERVER_NAME]);
    command.args(["-CAfile", &server.ca_file.display().to_string(), "-verify_return_error", "-quiet", "-crlf"]);
    if spec.security == Security::StartTls {
        command.args(["-starttls", "smtp", "-name", "bench.mailsetup.test"]);
    }
    let started = Instant::now();
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).kill_on_drop(true).spawn()?;
    let mut stdin = child.stdin.take().context("stdin")?;
    let mut lines = BufReader::new(child.stdout.take().context("stdout")?).lines();
    if spec.security == Security::ImplicitTls {
        // The greeting comes inside TLS; EHLO only after it.
        while let Some(line) = lines.next_line().await? {
            if line.starts_with("220 ") {
                break;
            }
        }
    }
    stdin.write_all(b"EHLO bench.mailsetup.test\n").await?;
    let mut reached = false;
    while let Some(line) = lines.next_line().await? {
        if line.starts_with("250 ") {
            reached = true;
            break;
        }
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    stdin.write_all(b"QUIT\n").await?;
    drop(stdin);
    let _ = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
    if !reached {
        bail!("openssl s_client did not reach the EHLO inside TLS on port {}", spec.port);
    }
    Ok(ms)
}

/// A server that completes TLS and then says nothing for `hold`: every probe of it stays in
/// flight that long.
async fn holding_server(pki: &TestPki, hold: Duration) -> ScriptedServer {
    let tls = pki.rustls_server_config();
    ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            if session.start_tls(tls).await {
                tokio::time::sleep(hold).await;
                session.send(b"220 bench ESMTP\r\n").await;
                session.serve_commands(&[], &["AUTH PLAIN"], None).await;
            }
        }
    })
    .await
}

/// The nice value of the proxy and of the health sampler under load: above the held server
/// and the clients (0), which share the machine's cores in this benchmark.
const PRIORITY: &str = "-10";

/// Gives the calling thread [`PRIORITY`] (Linux nice values are per thread; needs root).
fn raise_this_thread() -> Result<()> {
    let link = std::fs::read_link("/proc/thread-self").context("reading /proc/thread-self")?;
    let tid = link.file_name().and_then(|t| t.to_str()).context("a thread id")?.to_owned();
    let status = std::process::Command::new("renice")
        .args(["-n", PRIORITY, "-p", &tid])
        .stdout(Stdio::null())
        .status()
        .context("running renice")?;
    anyhow::ensure!(status.success(), "renice -n {PRIORITY} -p {tid} failed");
    // The thread's own nice value (the 19th field of its stat, after the command's name).
    let stat = std::fs::read_to_string("/proc/thread-self/stat")?;
    let nice = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(16)).unwrap_or_default();
    anyhow::ensure!(nice == PRIORITY, "this thread's nice value is {nice}, not {PRIORITY}");
    Ok(())
}

async fn load(args: &Args, loads: &[usize], out: &mut String) -> Result<()> {
    let _ = writeln!(
        out,
        "## Probes in flight through the HTTP API\n\n\
         `probe-proxy serve` (limits raised for the run) probing a local server that completes \
         TLS and then holds each connection for {:.1} s before its greeting; every request \
         streams its events. Peak memory is the proxy's VmHWM; `/api/health` is asked every \
         20 ms while the probes are in flight, on the public listener (behind the new \
         connections queued there) and on the operator's (`--metrics-listen`, where a health \
         check belongs). The proxy and the thread asking for its health run at nice {PRIORITY}, \
         the held server and the clients (this process) at 0: they share the same two cores \
         here, which a proxy in service would not.\n\n\
         | In flight | Answered | Errors | Peak RSS | `/api/health` p50 / p99 / max, public | \
         The same, operator's listener | Wall time |\n\
         |---|---|---|---|---|---|---|",
        hold(args).as_secs_f64()
    );
    for &n in loads {
        let result = load_once(args, n).await?;
        let _ = writeln!(
            out,
            "| {n} | {} | {} | {:.0} MB | {} | {} | {:.1} s |",
            result.answered,
            result.errors,
            result.peak_rss_kb as f64 / 1024.0,
            result.health,
            result.operator_health,
            result.wall.as_secs_f64()
        );
    }
    out.push('\n');
    Ok(())
}

/// How long the load test's server holds each connection.
fn hold(args: &Args) -> Duration {
    if args.smoke { Duration::from_millis(500) } else { Duration::from_secs(5) }
}

#[derive(Debug)]
struct LoadResult {
    answered: usize,
    errors: usize,
    peak_rss_kb: u64,
    /// `/api/health` on the public listener.
    health: Latencies,
    /// `/api/health` on the operator's listener.
    operator_health: Latencies,
    wall: Duration,
}

/// p50, p99 and max of some answer times, in milliseconds.
#[derive(Debug)]
struct Latencies(f64, f64, f64);

impl Latencies {
    fn of(mut samples: Vec<f64>) -> Latencies {
        if samples.is_empty() {
            samples.push(f64::NAN);
        }
        samples.sort_by(f64::total_cmp);
        let pick = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
        Latencies(pick(0.5), pick(0.99), pick(1.0))
    }
}

impl std::fmt::Display for Latencies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1} / {:.1} / {:.1} ms", self.0, self.1, self.2)
    }
}

async fn load_once(args: &Args, n: usize) -> Result<LoadResult> {
    let name = "hold.mailsetup.test";
    let pki = TestPki::new(&[name]);
    let target = holding_server(&pki, hold(args)).await;
    let dir = std::env::temp_dir().join(format!("mailsetup-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let ca = pki.write(&dir)?;
    let listen = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let operator = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let port = target.addr.port().to_string();
    let limit = (n * 2 + 100).to_string();
    // The proxy runs at a higher priority than this process (the held server and the
    // clients), as a proxy has its machine to itself: `nice` execs it, so the pid is its own.
    let mut proxy = tokio::process::Command::new("nice")
        .args(["-n", PRIORITY])
        .arg(&args.proxy)
        .args(["serve", "--listen", &listen.to_string(), "--no-dns", "--ispdb", "off", "--dist", "/nonexistent"])
        .args(["--metrics-listen", &operator.to_string()])
        .args(["--allow-private-targets", "--allow-ports", &port, "--ca-file", ca.to_str().unwrap()])
        .args(["--resolve", &format!("{name}=127.0.0.1"), "--cache-seconds", "0"])
        .args(["--probes-per-minute", "1000000", "--probe-burst", &limit])
        .args(["--target-probes-per-minute", "1000000", "--max-concurrent-probes", &limit])
        .args(["--max-connections", &limit, "--probe-timeout", "60", "--reply-timeout", "30"])
        // Every probe comes from this one address: its per-client shares are raised too.
        .args(["--max-connections-per-client", &limit, "--max-probes-per-client", "2"])
        .args(["--client-target-probes-per-minute", "1000000"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting probe-proxy serve")?;
    let pid = proxy.id().context("proxy pid")?;
    wait_for(listen).await?;
    wait_for(operator).await?;
    let body = format!(r#"{{"host":"{name}","ports":[{{"port":{port},"security":"implicit_tls"}}]}}"#);
    let request = Arc::new(format!(
        "POST /api/probe HTTP/1.1\r\nHost: {listen}\r\nContent-Type: application/json\r\n\
         Accept: text/event-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    let started = Instant::now();
    let mut probes = tokio::task::JoinSet::new();
    for i in 0..n {
        let request = request.clone();
        // Each probe from its own loopback address: the proxy shares its slots fairly between
        // clients, and this measures many people, not one.
        let from = IpAddr::from([127, 1, (i / 250) as u8, (i % 250) as u8 + 1]);
        probes.spawn(async move { http_from(from, listen, &request).await.is_ok_and(|t| t.contains("event: done")) });
    }
    // While they are in flight: the proxy's health answer time and its peak memory, asked
    // from a thread of its own at the proxy's priority, so the clients' load on this
    // process's runtime is not in the time measured.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = std::thread::spawn({
        let stop = Arc::clone(&stop);
        let health_request = format!("GET /api/health HTTP/1.1\r\nHost: {listen}\r\nConnection: close\r\n\r\n");
        move || -> Result<(Vec<f64>, Vec<f64>, u64)> {
            raise_this_thread()?;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(async move {
                let (mut public, mut operators) = (Vec::new(), Vec::new());
                let mut peak = 0;
                // Each listener asked in turn, one question at a time.
                for turn in 0.. {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    let (address, times) =
                        if turn % 2 == 0 { (listen, &mut public) } else { (operator, &mut operators) };
                    let asked = Instant::now();
                    if http(address, &health_request).await.is_ok_and(|t| t.starts_with("HTTP/1.1 200")) {
                        times.push(asked.elapsed().as_secs_f64() * 1000.0);
                    }
                    peak = peak.max(vm_hwm_kb(pid));
                }
                Ok((public, operators, peak))
            })
        }
    });
    let (mut answered, mut errors) = (0, 0);
    while let Some(joined) = probes.join_next().await {
        if joined.unwrap_or(false) { answered += 1 } else { errors += 1 }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (public, operators, peak) = sampler.join().map_err(|_| anyhow::anyhow!("the health sampler panicked"))??;
    let wall = started.elapsed();
    let peak_rss_kb = peak.max(vm_hwm_kb(pid));
    let _ = proxy.kill().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(LoadResult {
        answered,
        errors,
        peak_rss_kb,
        health: Latencies::of(public),
        operator_health: Latencies::of(operators),
        wall,
    })
}

/// Clients of the autoconfig measurement, each on its own loopback address and kept-alive
/// connection, asking alternately for Thunderbird's file and Outlook's answer.
async fn autoconfig(args: &Args, out: &mut String) -> Result<()> {
    let (clients, per_client) = if args.smoke { (4, 10) } else { (64, 500) };
    let dir = std::env::temp_dir().join(format!("mailsetup-bench-autoconfig-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let file = dir.join("owner.toml");
    std::fs::write(&file, proxy::OWNER_FILE)?;
    let listen = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let mut proxy = tokio::process::Command::new(&args.proxy)
        .args([
            "serve",
            "--listen",
            &listen.to_string(),
            "--no-dns",
            "--ispdb",
            "off",
            "--dist",
            "/nonexistent",
            "--autoconfig",
        ])
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting probe-proxy serve --autoconfig")?;
    let pid = proxy.id().context("proxy pid")?;
    wait_for(listen).await?;
    let thunderbird =
        "GET /mail/config-v1.1.xml?emailaddress=ann%40owner.test HTTP/1.1\r\nHost: autoconfig.owner.test\r\n\r\n"
            .to_owned();
    let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\"><Request><EMailAddress>ann@owner.test</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>";
    let outlook = format!(
        "POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: autodiscover.owner.test\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let requests = Arc::new([thunderbird, outlook]);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..clients {
        let requests = requests.clone();
        let from = IpAddr::from([127, 3, 0, i as u8 + 1]);
        tasks.spawn(async move { keep_alive_client(from, listen, &requests, per_client).await });
    }
    let (mut latencies, mut errors, mut answer_bytes) = (Vec::new(), 0usize, [0usize; 2]);
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(Ok(client)) => {
                latencies.extend(client.latencies);
                answer_bytes = client.answer_bytes;
                errors += per_client - client.answered;
            }
            _ => errors += per_client,
        }
    }
    let wall = started.elapsed();
    let peak_kb = vm_hwm_kb(pid);
    let _ = proxy.kill().await;
    let _ = std::fs::remove_dir_all(&dir);
    latencies.sort_by(f64::total_cmp);
    let pick =
        |q: f64| latencies.get(((latencies.len().max(1) - 1) as f64 * q).round() as usize).copied().unwrap_or(f64::NAN);
    let _ = writeln!(
        out,
        "## Live autoconfig answers\n\n\
         `probe-proxy serve --autoconfig` (plain HTTP on loopback, default limits) answering {clients} \
         clients, each on its own address and one kept-alive connection, asking {per_client} times \
         in turn for Thunderbird's `config-v1.1.xml` (a {}-byte request, a {}-byte answer) and \
         Outlook's Autodiscover (a {}-byte request, a {}-byte answer, rendered for the address). \
         Nothing is fetched or looked up to answer.\n\n\
         | Answers | Errors | Answers per second | Latency p50 / p99 / max | Peak RSS | Wall time |\n\
         |---|---|---|---|---|---|\n\
         | {} | {errors} | {:.0} | {:.2} / {:.2} / {:.2} ms | {:.0} MB | {:.1} s |\n",
        requests[0].len(),
        answer_bytes[0],
        requests[1].len(),
        answer_bytes[1],
        latencies.len(),
        latencies.len() as f64 / wall.as_secs_f64(),
        pick(0.5),
        pick(0.99),
        pick(1.0),
        peak_kb as f64 / 1024.0,
        wall.as_secs_f64()
    );
    Ok(())
}

/// What one kept-alive client of the autoconfig measurement saw.
#[derive(Debug)]
struct ClientRun {
    answered: usize,
    /// Milliseconds per answer.
    latencies: Vec<f64>,
    /// The size of the last answer of each request, headers included.
    answer_bytes: [usize; 2],
}

/// Sends `requests` in turn, `count` in all, over one connection from `from`, reading each
/// answer by its Content-Length; stops at the first that is not a 200.
async fn keep_alive_client(
    from: IpAddr,
    addr: SocketAddr,
    requests: &[String; 2],
    count: usize,
) -> std::io::Result<ClientRun> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from, 0))?;
    let mut stream = BufReader::new(socket.connect(addr).await?);
    let mut run = ClientRun { answered: 0, latencies: Vec::with_capacity(count), answer_bytes: [0; 2] };
    for i in 0..count {
        let asked = Instant::now();
        stream.get_mut().write_all(requests[i % 2].as_bytes()).await?;
        let (mut length, mut size, mut ok) = (0usize, 0usize, false);
        loop {
            let mut line = String::new();
            if stream.read_line(&mut line).await? == 0 {
                return Ok(run);
            }
            size += line.len();
            ok |= line.starts_with("HTTP/1.1 200");
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap_or(0);
            }
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        stream.read_exact(&mut body).await?;
        if !ok {
            return Ok(run);
        }
        run.latencies.push(asked.elapsed().as_secs_f64() * 1000.0);
        run.answer_bytes[i % 2] = size + length;
        run.answered += 1;
    }
    Ok(run)
}

/// One HTTP/1.1 exchange with `Connection: close`; the whole answer.
async fn http(addr: SocketAddr, request: &str) -> std::io::Result<String> {
    http_from(IpAddr::from([127, 0, 0, 1]), addr, request).await
}

/// [`http`] from the source address `from`.
async fn http_from(from: IpAddr, addr: SocketAddr, request: &str) -> std::io::Result<String> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from, 0))?;
    let mut stream = socket.connect(addr).await?;
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(90), stream.read_to_end(&mut answer))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer"))??;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

async fn wait_for(addr: SocketAddr) -> Result<()> {
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!("the proxy did not start listening on {addr}")
}

/// The peak resident set size of a process, in KiB (`VmHWM` in `/proc/PID/status`).
fn vm_hwm_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| l.strip_prefix("VmHWM:").map(|v| v.trim().trim_end_matches(" kB").trim().to_owned()))
        })
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}
