//! Attacks on `probe-proxy serve` as a stranger would make them, on loopback only, each
//! bounded in count and time: silent and half-open connections, clients that never read,
//! flooding clients, one client locking a mail server, text forging log lines, a malformed
//! X-Forwarded-For, an IPv6 spelling of loopback, links out of `dist/`; and the headers
//! every response carries.
//!
//! Each test prints one `MEASURE` line with what it saw (run with `--nocapture`);
//! `PROBE_PROXY_UNDER_TEST=/path/to/probe-proxy` runs them against another build, to
//! measure it before and after a change.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpSocket, TcpStream};

/// A running `probe-proxy serve`; killed when dropped.
struct Proxy {
    child: Child,
    address: SocketAddr,
    log: Arc<Mutex<Vec<u8>>>,
}

impl Proxy {
    fn start(extra: &[&str]) -> Proxy {
        Proxy::start_in(extra, &[])
    }

    fn start_in(extra: &[&str], env: &[(&str, &str)]) -> Proxy {
        let binary =
            std::env::var("PROBE_PROXY_UNDER_TEST").unwrap_or_else(|_| env!("CARGO_BIN_EXE_probe-proxy").into());
        let mut child = Command::new(binary)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(if extra.contains(&"--dist") { &[][..] } else { &["--dist", "/nonexistent"][..] })
            .args(extra)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap()));
        let line = stdout.next().expect("the proxy printed its address").unwrap();
        let address = line.split("http://").nth(1).unwrap().trim_end_matches('/').parse().unwrap();
        // Keep reading: a closed pipe would make the proxy's next line (the metrics
        // listener's address) fail.
        std::thread::spawn(move || stdout.for_each(drop));
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n @ 1..) = std::io::Read::read(&mut stderr, &mut buffer) {
                sink.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        Proxy { child, address, log }
    }

    fn log(&self) -> String {
        String::from_utf8_lossy(&self.log.lock().unwrap()).into_owned()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP connection from a chosen loopback source address (127.x.y.z are all ours), or an
/// error when it is not established within three seconds (a listen queue that stays full:
/// a dropped SYN is sent again after one).
async fn connect_from(source: Ipv4Addr, to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((source, 0)))?;
    tokio::time::timeout(Duration::from_secs(3), socket.connect(to)).await?
}

/// Sends a raw HTTP/1.1 request and reads the answer until the server closes, `limit`
/// passes, or (for event streams) the status line and headers are in.
async fn request(source: Ipv4Addr, to: SocketAddr, raw: String, limit: Duration) -> Option<(u16, String)> {
    let exchange = async {
        let mut stream = connect_from(source, to).await.ok()?;
        stream.write_all(raw.as_bytes()).await.ok()?;
        let mut answer = Vec::new();
        let mut buffer = [0u8; 8192];
        loop {
            let n = stream.read(&mut buffer).await.ok()?;
            answer.extend_from_slice(&buffer[..n]);
            let text = String::from_utf8_lossy(&answer);
            if n == 0 || (text.contains("\r\n\r\n") && text.contains("text/event-stream")) {
                break;
            }
        }
        let text = String::from_utf8_lossy(&answer).into_owned();
        let status = text.split(' ').nth(1)?.parse().ok()?;
        Some((status, text))
    };
    tokio::time::timeout(limit, exchange).await.ok().flatten()
}

/// Just the status of [`request`]'s answer; 0 when there was none.
async fn status(source: Ipv4Addr, to: SocketAddr, raw: String, limit: Duration) -> u16 {
    request(source, to, raw, limit).await.map_or(0, |answer| answer.0)
}

fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: proxy.test\r\nConnection: close\r\n\r\n")
}

fn post_probe(body: &str, extra_headers: &str) -> String {
    format!(
        "POST /api/probe HTTP/1.1\r\nHost: proxy.test\r\nConnection: close\r\nContent-Type: application/json\r\n\
         {extra_headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

/// A mail server that accepts and never says a word; holds every connection until the
/// test ends. Counts connections, and reports each one the other side closes.
async fn stalling_server() -> (SocketAddr, tokio::sync::mpsc::UnboundedReceiver<Instant>) {
    let (closed, closes) = tokio::sync::mpsc::unbounded_channel();
    (stalling_server_at(SocketAddr::from((LEGITIMATE, 0)), closed).await, closes)
}

/// [`stalling_server`] at `address` (port 0: any free one), reporting closes to `closed`.
async fn stalling_server_at(address: SocketAddr, closed: tokio::sync::mpsc::UnboundedSender<Instant>) -> SocketAddr {
    let listener = TcpListener::bind(address).await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let closed = closed.clone();
            tokio::spawn(async move {
                let mut buffer = [0u8; 512];
                while matches!(stream.read(&mut buffer).await, Ok(1..)) {}
                let _ = closed.send(Instant::now());
            });
        }
    });
    address
}

/// A mail server that answers the greeting, EHLO and QUIT, and refuses STARTTLS.
async fn answering_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let _ = write.write_all(b"220 mx.attack.test ESMTP\r\n").await;
                let mut lines = BufReader::new(read).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-mx.attack.test\r\n250 SIZE 1000000\r\n"
                    } else if upper.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        break;
                    } else {
                        b"454 not now\r\n"
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    address
}

const LEGITIMATE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_and_half_open_connections_do_not_lock_others_out() {
    // 2,304 connections on each side: raise the open-files limit (the proxy inherits it).
    let open_files = rlimit::increase_nofile_limit(8192).unwrap_or(0);
    assert!(open_files >= 4096, "this test opens 2,304 connections: raise the hard limit with `ulimit -Hn 8192`");
    let proxy = Proxy::start(&[]);
    let mut held = Vec::new();
    // One address: 1,024 connections that send nothing.
    // (A connection not established within three seconds means the listen queue stays
    // full: the server stopped accepting, and the rest of a group is not tried.)
    for _ in 0..1024 {
        let Ok(stream) = connect_from(Ipv4Addr::new(127, 0, 0, 2), proxy.address).await else { break };
        held.push(stream);
    }
    // Another: 256 that send the HTTP/2 preface and an empty SETTINGS frame, then nothing.
    for _ in 0..256 {
        let Ok(mut stream) = connect_from(Ipv4Addr::new(127, 0, 0, 3), proxy.address).await else { break };
        let _ = stream.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00").await;
        held.push(stream);
    }
    // Sixty-four more addresses, sixteen silent connections each.
    for n in 0..64u8 {
        for _ in 0..16 {
            let Ok(stream) = connect_from(Ipv4Addr::new(127, 0, 1, n + 1), proxy.address).await else { break };
            held.push(stream);
        }
    }
    let started = Instant::now();
    let answer = request(LEGITIMATE, proxy.address, get("/api/health"), Duration::from_secs(3)).await;
    let took = started.elapsed();
    println!(
        "MEASURE silent connections: {} opened; /api/health from another address: {:?} after {} ms",
        held.len(),
        answer.as_ref().map(|a| a.0),
        took.as_millis()
    );
    assert_eq!(held.len(), 1024 + 256 + 64 * 16, "every connection was at least accepted");
    assert_eq!(answer.map(|a| a.0), Some(200));
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_and_clients_that_stop_reading_are_closed() {
    let dist = TempDir::new("idle");
    std::fs::write(dist.path.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    std::fs::write(dist.path.join("big.bin"), vec![b'x'; 16 << 20]).unwrap();
    let dist_arg = dist.path.to_string_lossy().into_owned();
    let proxy = Proxy::start_in(
        &["--dist", &dist_arg, "--header-read-timeout", "1"],
        &[("PROBE_PROXY_IDLE_TIMEOUT", "1"), ("PROBE_PROXY_WRITE_TIMEOUT", "1")],
    );
    // How long until the server closes a connection that does `opening` and then waits.
    async fn closed_after(address: SocketAddr, opening: &[u8]) -> Option<Duration> {
        let mut stream = connect_from(LEGITIMATE, address).await.ok()?;
        stream.write_all(opening).await.ok()?;
        let started = Instant::now();
        let mut sink = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut sink)).await.is_ok();
        closed.then(|| started.elapsed())
    }
    let silent = closed_after(proxy.address, b"").await;
    let one_byte = closed_after(proxy.address, b"G").await;
    let h2 = closed_after(proxy.address, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00").await;
    let kept_alive = closed_after(proxy.address, b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n").await;
    // A large file asked for and never read.
    let mut reader = connect_from(LEGITIMATE, proxy.address).await.unwrap();
    reader.write_all(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut received)).await;
    let whole = received.len() > 16 << 20;
    println!(
        "MEASURE idle connections (limits 1 s): silent closed after {silent:?}, one byte {one_byte:?}, \
         HTTP/2 preface {h2:?}, keep-alive after a response {kept_alive:?} (None = still open after 5 s); \
         a client not reading a 16 MiB file for 4 s then got {} bytes ({})",
        received.len(),
        if whole { "all of it: the server waited" } else { "cut off: the server gave up" }
    );
    for (what, closed) in [("silent", silent), ("one byte", one_byte), ("HTTP/2", h2), ("keep-alive", kept_alive)] {
        assert!(closed.is_some_and(|after| after < Duration::from_secs(3)), "{what}: {closed:?}");
    }
    assert!(read.is_err() || !whole, "the blocked write was given up");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_sent_a_byte_at_a_time_is_cut_off_at_its_deadline() {
    let proxy = Proxy::start(&["--body-read-timeout", "1"]);
    let mut stream = connect_from(LEGITIMATE, proxy.address).await.unwrap();
    let head = "POST /api/probe HTTP/1.1\r\nHost: proxy.test\r\nContent-Type: application/json\r\n\
                Content-Length: 2000\r\n\r\n{";
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    // One byte every 200 ms: never idle long enough for a per-chunk timeout to fire.
    let (mut reader, mut writer) = stream.into_split();
    let trickle = tokio::spawn(async move {
        for _ in 0..50 {
            tokio::time::sleep(Duration::from_millis(200)).await;
            if writer.write_all(b" ").await.is_err() {
                return;
            }
        }
    });
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(8), reader.read_to_end(&mut answer)).await;
    let took = started.elapsed();
    trickle.abort();
    let answer = String::from_utf8_lossy(&answer);
    println!("MEASURE a body trickled a byte every 200 ms (deadline 1 s): answered after {took:?}");
    assert!(read.is_ok(), "the connection was still open after 8 s: {answer}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("body_timeout"), "{answer}");
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flooding_clients_do_not_keep_a_legitimate_probe_from_running() {
    // Each flooding client probes a server of its own (127.0.5.N, all on one port, none
    // ever answering), so per-target limits do not stop them: only fair slots can.
    let (closed, _closes) = tokio::sync::mpsc::unbounded_channel();
    let first = stalling_server_at(SocketAddr::from(([127, 0, 5, 1], 0)), closed.clone()).await;
    for n in 2..=24u8 {
        stalling_server_at(SocketAddr::from(([127, 0, 5, n], first.port())), closed.clone()).await;
    }
    let answering = answering_server().await;
    // Names from a "wildcard zone": every flooding request names another host.
    let names: Vec<String> =
        (0..144).map(|n| format!("--resolve=flood-{n}.attack.test=127.0.5.{}", n / 6 + 1)).collect();
    let ports = format!("{},{}", first.port(), answering.port());
    let mut args = vec!["--allow-private-targets", "--allow-ports", &ports, "--reply-timeout", "20"];
    args.extend(names.iter().map(String::as_str));
    let proxy = Proxy::start(&args);
    // 24 addresses, six probes each (their burst); their event streams stay open.
    let mut floods = Vec::new();
    for client in 0..24u8 {
        for n in 0..6u8 {
            let body = format!(
                r#"{{"host":"flood-{}.attack.test","ports":[{{"port":{},"security":"plain"}}]}}"#,
                usize::from(client) * 6 + usize::from(n),
                first.port()
            );
            let address = proxy.address;
            floods.push(tokio::spawn(async move {
                let mut stream = connect_from(Ipv4Addr::new(127, 0, 2, client + 1), address).await.ok()?;
                stream.write_all(post_probe(&body, "").as_bytes()).await.ok()?;
                let mut head = [0u8; 12];
                stream.read_exact(&mut head).await.ok()?;
                Some((String::from_utf8_lossy(&head[9..12]).into_owned(), stream))
            }));
        }
    }
    let mut flood_statuses = std::collections::BTreeMap::new();
    let mut streams = Vec::new();
    for flood in floods {
        if let Ok(Some((status, stream))) = flood.await {
            *flood_statuses.entry(status).or_insert(0) += 1;
            streams.push(stream);
        }
    }
    // The legitimate client: three probes of another server.
    let mut answers = Vec::new();
    for security in ["plain", "start_tls", "implicit_tls"] {
        let body =
            format!(r#"{{"host":"127.0.0.1","ports":[{{"port":{},"security":"{security}"}}]}}"#, answering.port());
        answers.push(status(LEGITIMATE, proxy.address, post_probe(&body, ""), Duration::from_secs(5)).await);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    println!(
        "MEASURE 24 flooding clients x 6 probes: flood answers {flood_statuses:?}; legitimate probes: {answers:?}"
    );
    assert_eq!(answers, [200, 200, 200]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn six_varied_probes_of_one_host_do_not_lock_it_for_another_client() {
    let (first, second) = (answering_server().await, answering_server().await);
    let ports = format!("{},{}", first.port(), second.port());
    let proxy =
        Proxy::start(&["--allow-private-targets", "--allow-ports", &ports, "--resolve=victim.attack.test=127.0.0.1"]);
    let spec = |port: u16, security: &str| format!(r#"{{"port":{port},"security":"{security}"}}"#);
    let body = |ports: &[String]| format!(r#"{{"host":"victim.attack.test","ports":[{}]}}"#, ports.join(","));
    let (a, b) = (first.port(), second.port());
    let varied = [
        body(&[spec(a, "plain")]),
        body(&[spec(a, "start_tls")]),
        body(&[spec(b, "plain")]),
        body(&[spec(a, "plain"), spec(b, "plain")]),
        body(&[spec(b, "start_tls")]),
        body(&[spec(a, "start_tls"), spec(b, "start_tls")]),
    ];
    let json = "Accept: application/json\r\n";
    let mut attacker = Vec::new();
    for request_body in &varied {
        let sent = post_probe(request_body, json);
        attacker.push(status(Ipv4Addr::new(127, 0, 3, 1), proxy.address, sent, Duration::from_secs(10)).await);
    }
    let other = body(&[spec(a, "implicit_tls")]);
    // Another address of the sender's /24 is the same site to the per-target limits.
    let neighbour =
        status(Ipv4Addr::new(127, 0, 3, 2), proxy.address, post_probe(&other, json), Duration::from_secs(10)).await;
    let victim =
        status(Ipv4Addr::new(127, 0, 4, 2), proxy.address, post_probe(&other, json), Duration::from_secs(10)).await;
    println!(
        "MEASURE six varied probes of one host: the sender got {attacker:?}; its /24 neighbour {neighbour}; another network then got {victim}"
    );
    assert_eq!(neighbour, 429, "a second address of the same /24 does not get three more");
    assert_eq!(victim, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_probe_is_stopped_when_its_client_goes_away() {
    let (stalling, mut closes) = stalling_server().await;
    let port = stalling.port().to_string();
    let proxy = Proxy::start(&[
        "--allow-private-targets",
        "--allow-ports",
        &port,
        "--reply-timeout",
        "20",
        "--probe-timeout",
        "20",
    ]);
    let body = format!(r#"{{"host":"127.0.0.1","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    let mut measured = Vec::new();
    for (mode, accept) in [("event stream", ""), ("JSON", "Accept: application/json\r\n")] {
        let mut client = connect_from(LEGITIMATE, proxy.address).await.unwrap();
        client.write_all(post_probe(&body, accept).as_bytes()).await.unwrap();
        // The probe has connected (the server saw it) once a stream starts; a JSON answer
        // starts only at the end, so give it a moment.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let left = Instant::now();
        drop(client);
        let closed = tokio::time::timeout(Duration::from_secs(25), closes.recv()).await.ok().flatten();
        measured.push((mode, closed.map(|at| at.saturating_duration_since(left))));
    }
    println!("MEASURE a client leaves mid-probe: the probe's connection closed after {measured:?}");
    for (mode, after) in measured {
        assert!(after.is_some_and(|after| after < Duration::from_secs(2)), "{mode}: {after:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_text_does_not_reach_the_log_raw() {
    let proxy = Proxy::start_in(&[], &[("RUST_LOG", "probe_proxy=info"), ("NO_COLOR", "1")]);
    let body = r#"{"host":"evil.attack.test\n\u001b[31mFORGED probe_proxy: admin logged in\u202e"}"#;
    let answer = request(LEGITIMATE, proxy.address, post_probe(body, ""), Duration::from_secs(5)).await;
    assert_eq!(answer.map(|a| a.0), Some(400));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let log = proxy.log();
    let forged = log.lines().any(|line| line.trim_start_matches("\u{1b}[31m").starts_with("FORGED"));
    let raw = ['\u{1b}', '\u{202e}'].iter().filter(|c| log.contains(**c)).count();
    println!(
        "MEASURE a host with a line break and ANSI codes: forged log line {forged}; raw control characters: {raw}"
    );
    assert!(log.contains("request refused"), "{log}");
    assert!(!forged && raw == 0, "{log:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_forwarded_for_is_refused() {
    let proxy = Proxy::start(&["--trust-forwarded-for", "--probes-per-minute", "1", "--probe-burst", "1"]);
    let body = r#"{"host":"127.0.0.1"}"#;
    let send = |forwarded: &'static str| {
        status(LEGITIMATE, proxy.address, post_probe(body, forwarded), Duration::from_secs(5))
    };
    let malformed = send("X-Forwarded-For: not-an-address\r\n").await;
    // The reverse proxy's own request (no header) must not find its bucket used up.
    let own = send("").await;
    println!("MEASURE a malformed X-Forwarded-For: answered {malformed}; the reverse proxy's own next request {own}");
    assert_eq!((malformed, own), (400, 403), "403: a loopback target, refused on its merits");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ipv4_address_in_siit_form_is_refused() {
    let (stalling, _closes) = stalling_server().await;
    let port = stalling.port().to_string();
    let proxy = Proxy::start(&["--allow-ports", &port]);
    let body = format!(r#"{{"host":"::ffff:0:7f00:1","ports":[{port}]}}"#);
    let json = post_probe(&body, "Accept: application/json\r\n");
    let answer = status(LEGITIMATE, proxy.address, json, Duration::from_secs(30)).await;
    println!("MEASURE ::ffff:0:7f00:1 (127.0.0.1 through SIIT): answered {answer}");
    assert_eq!(answer, 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_has_security_headers_and_links_out_of_dist_are_not_followed() {
    let outside = TempDir::new("outside");
    std::fs::write(outside.path.join("secret.txt"), "the operator's secret").unwrap();
    let dist = TempDir::new("dist");
    let script = "import init from './mailsetup-0123456789ab.js'; init();";
    std::fs::write(dist.path.join("index.html"), format!("<html><script type=\"module\">{script}</script></html>"))
        .unwrap();
    std::fs::write(dist.path.join("real.txt"), "inside").unwrap();
    std::os::unix::fs::symlink(outside.path.join("secret.txt"), dist.path.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(&outside.path, dist.path.join("out")).unwrap();
    std::os::unix::fs::symlink(dist.path.join("real.txt"), dist.path.join("alias.txt")).unwrap();
    let dist_arg = dist.path.to_string_lossy().into_owned();
    let proxy = Proxy::start(&["--dist", &dist_arg, "--allow-origin", "https://help.attack.test"]);
    let fetch = |path: &'static str| request(LEGITIMATE, proxy.address, get(path), Duration::from_secs(5));
    let (status, page) = fetch("/").await.unwrap();
    assert_eq!(status, 200);
    let header = |name: &str| {
        page.lines()
            .find(|line| line.to_ascii_lowercase().starts_with(&format!("{name}:")))
            .map(|line| line[name.len() + 1..].trim().to_owned())
    };
    let csp = header("content-security-policy");
    let (nosniff, referrer) = (header("x-content-type-options"), header("referrer-policy"));
    let leak = fetch("/leak.txt").await.map(|a| (a.0, a.1.contains("secret")));
    let through_dir = fetch("/out/secret.txt").await.map(|a| (a.0, a.1.contains("secret")));
    let alias = fetch("/alias.txt").await.map(|a| a.0);
    println!(
        "MEASURE page headers: CSP {csp:?}, X-Content-Type-Options {nosniff:?}, Referrer-Policy {referrer:?}; \
         link out of dist/ (status, leaked): {leak:?}, through a linked directory: {through_dir:?}; a link inside: {alias:?}"
    );
    // echo -n "$script" | openssl dgst -sha256 -binary | base64
    let hash = "'sha256-qFwpzaLqYAL6M9UpTsTA3Y/6CVrvEnq1v2py/+e0O7c='";
    let csp = csp.expect("a Content-Security-Policy");
    assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {hash}")), "{csp}");
    assert!(csp.contains("frame-ancestors 'self' https://help.attack.test"), "{csp}");
    assert_eq!((nosniff.as_deref(), referrer.as_deref()), (Some("nosniff"), Some("no-referrer")));
    assert_eq!(leak, Some((404, false)));
    assert_eq!(through_dir, Some((404, false)));
    assert_eq!(alias, Some(200));
}

/// A directory removed when dropped.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("probe-proxy-attacks-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// The `PROBE_PROXY_*` settings of the documented public deployment
/// (`deploy/mailsetup.service`), as the unit gives them to the binary.
fn documented_deployment() -> Vec<(String, String)> {
    let unit = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../deploy/mailsetup.service")).unwrap();
    unit.lines()
        .filter_map(|line| line.strip_prefix("Environment="))
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_documented_deployment_offers_no_login_test_and_sends_no_password() {
    let (server, mut closes) = stalling_server().await;
    let mut env = documented_deployment();
    assert!(env.iter().any(|(k, v)| k == "PROBE_PROXY_TRUST_FORWARDED_FOR" && v == "true"), "{env:?}");
    // The unit's settings as they are, but ports of our own: the listener's and metrics'.
    for (key, value) in &mut env {
        match key.as_str() {
            "PROBE_PROXY_LISTEN" => *value = "127.0.0.1:0".to_owned(),
            "PROBE_PROXY_METRICS_LISTEN" => *value = "127.0.0.1:0".to_owned(),
            _ => {}
        }
    }
    env.push(("PROBE_PROXY_ALLOW_PRIVATE_TARGETS".to_owned(), "true".to_owned()));
    env.push(("PROBE_PROXY_ALLOW_PORTS".to_owned(), server.port().to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let proxy = Proxy::start_in(&[], &env);
    // A visitor as the reverse proxy passes them on.
    let forwarded = "X-Forwarded-For: 198.51.100.23\r\n";
    let config = format!("GET /api/config HTTP/1.1\r\nHost: proxy.test\r\nConnection: close\r\n{forwarded}\r\n");
    let (status, text) = request(LEGITIMATE, proxy.address, config, Duration::from_secs(5)).await.unwrap();
    assert_eq!(status, 200);
    assert!(text.contains("\"login_test\":false") && text.contains("\"runs_locally\":false"), "{text}");
    let secret = "correct horse battery staple";
    let body = format!(
        r#"{{"host":"127.0.0.1","ports":[{{"port":{},"security":"plain"}}],"login":{{"user":"someone@example.com","secret":{{"kind":"password","value":"{secret}"}},"send_test_to":"victim@example.net"}}}}"#,
        server.port()
    );
    let (status, text) =
        request(LEGITIMATE, proxy.address, post_probe(&body, forwarded), Duration::from_secs(5)).await.unwrap();
    println!("MEASURE documented deployment: /api/config login_test false; a login probe got {status}");
    assert_eq!(status, 403, "{text}");
    assert!(text.contains("login_not_allowed") && !text.contains(secret), "{text}");
    assert!(!proxy.log().contains(secret));
    // Nothing was sent: the mail server never had a connection (one the proxy held
    // would close when the proxy stops).
    drop(proxy);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(closes.try_recv().is_err(), "the mail server saw a connection");
}

/// An HTTP/2 (h2c) connection from `source` that allows no response data at all (a
/// window of zero), sends one GET and answers PINGs: a response it never takes.
async fn stalled_h2(source: Ipv4Addr, to: SocketAddr) -> Option<h2::client::ResponseFuture> {
    let stream = connect_from(source, to).await.ok()?;
    let (mut client, connection) =
        h2::client::Builder::new().initial_window_size(0).handshake::<_, bytes::Bytes>(stream).await.ok()?;
    // The connection task answers PINGs, so the server never sees it die.
    tokio::spawn(async move {
        let _ = connection.await;
    });
    let request = http::Request::get("http://proxy.test/api/config").body(()).unwrap();
    let (response, _) = client.send_request(request, true).ok()?;
    Some(response)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_http2_streams_do_not_lock_others_out() {
    let open_files = rlimit::increase_nofile_limit(8192).unwrap_or(0);
    assert!(open_files >= 4096, "this test opens 1,024 connections: raise the hard limit with `ulimit -Hn 8192`");
    let proxy = Proxy::start(&["--write-timeout", "6"]);
    // 32 networks (one address in each /24) × 32 connections: every connection the proxy
    // has, each with a response its peer's flow control holds back.
    let mut held = Vec::new();
    for network in 0..32u8 {
        for _ in 0..32 {
            if let Some(response) = stalled_h2(Ipv4Addr::new(127, 20, network, 1), proxy.address).await {
                held.push(response);
            }
        }
    }
    // Past the moment a response without progress counts as stalled.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let started = Instant::now();
    let answer = status(LEGITIMATE, proxy.address, get("/api/health"), Duration::from_secs(3)).await;
    let took = started.elapsed();
    println!(
        "MEASURE h2 zero-window streams: {} connections held; /api/health from another address: {answer} after {} ms",
        held.len(),
        took.as_millis()
    );
    assert_eq!(held.len(), 1024, "every stalled connection was opened");
    assert_eq!(answer, 200);
    assert!(took < Duration::from_secs(1), "{took:?}");
    // A connection whose responses make no progress is closed at the write deadline.
    let stream = connect_from(Ipv4Addr::new(127, 21, 0, 1), proxy.address).await.unwrap();
    let (mut client, connection) =
        h2::client::Builder::new().initial_window_size(0).handshake::<_, bytes::Bytes>(stream).await.unwrap();
    let ended = tokio::spawn(async move {
        let started = Instant::now();
        let _ = connection.await;
        started.elapsed()
    });
    // Kept: a dropped response would reset the stream, and the connection would just be idle.
    let (_response, _stream) =
        client.send_request(http::Request::get("http://proxy.test/api/config").body(()).unwrap(), true).unwrap();
    let lasted = tokio::time::timeout(Duration::from_secs(15), ended).await.expect("closed").unwrap();
    println!("MEASURE a stalled h2 connection was closed after {} ms (write deadline 6 s)", lasted.as_millis());
    assert!(lasted < Duration::from_secs(10), "{lasted:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_metrics_connections_leave_the_public_listener_serving() {
    let open_files = rlimit::increase_nofile_limit(8192).unwrap_or(0);
    assert!(open_files >= 2048, "raise the hard limit with `ulimit -Hn 8192`");
    let binary = env!("CARGO_BIN_EXE_probe-proxy");
    // Not loopback: refused unless the operator says so.
    let refused = Command::new(binary)
        .args(["serve", "--listen", "127.0.0.1:0", "--dist", "/nonexistent", "--metrics-listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--metrics-allow-remote"));

    let metrics_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let metrics_at = format!("127.0.0.1:{metrics_port}");
    let proxy = Proxy::start(&["--metrics-listen", &metrics_at]);
    let metrics: SocketAddr = metrics_at.parse().unwrap();
    let mut held = Vec::new();
    for n in 0..600u16 {
        let source = Ipv4Addr::new(127, 30, (n / 100) as u8, (n % 100) as u8 + 1);
        if let Ok(stream) = connect_from(source, metrics).await {
            held.push(stream);
        }
    }
    let answers: Vec<u16> = {
        let mut answers = Vec::new();
        for _ in 0..5 {
            answers.push(status(LEGITIMATE, proxy.address, get("/api/health"), Duration::from_secs(3)).await);
        }
        answers
    };
    let scrape = status(LEGITIMATE, metrics, get("/metrics"), Duration::from_secs(3)).await;
    println!("MEASURE 600 idle metrics connections: public /api/health {answers:?}; a scrape got {scrape}");
    if answers != [200; 5] {
        println!("public {} metrics {metrics}; log:\n{}", proxy.address, proxy.log());
    }
    assert_eq!(answers, [200; 5]);
    assert_eq!(scrape, 200, "an idle one made room for the scrape");
    assert!(!proxy.log().contains("accept failed"), "no descriptors ran out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_flooding_addresses_leave_a_legitimate_probe_answered() {
    let open_files = rlimit::increase_nofile_limit(8192).unwrap_or(0);
    assert!(open_files >= 2048, "raise the hard limit with `ulimit -Hn 8192`");
    // 25 mail servers that never greet, four flooding clients each (in networks of their
    // own, so neither the per-target nor the per-client limits stop them).
    let (closed, _closes) = tokio::sync::mpsc::unbounded_channel();
    let first = stalling_server_at(SocketAddr::from(([127, 0, 6, 1], 0)), closed.clone()).await;
    for n in 2..=25u8 {
        stalling_server_at(SocketAddr::from(([127, 0, 6, n], first.port())), closed.clone()).await;
    }
    let answering = answering_server().await;
    let names: Vec<String> = (0..100).map(|n| format!("--resolve=f{n}.attack.test=127.0.6.{}", n / 4 + 1)).collect();
    let ports = format!("{},{}", first.port(), answering.port());
    let mut args = vec!["--allow-private-targets", "--allow-ports", &ports];
    args.extend(names.iter().map(String::as_str));
    let proxy = Proxy::start(&args);
    let mut floods = Vec::new();
    for n in 0..100u8 {
        let body = format!(r#"{{"host":"f{n}.attack.test","ports":[{{"port":{},"security":"plain"}}]}}"#, first.port());
        let address = proxy.address;
        floods.push(tokio::spawn(async move {
            let mut stream = connect_from(Ipv4Addr::new(127, 40, n, 1), address).await.ok()?;
            stream.write_all(post_probe(&body, "").as_bytes()).await.ok()?;
            let mut head = [0u8; 12];
            stream.read_exact(&mut head).await.ok()?;
            Some((String::from_utf8_lossy(&head[9..12]).into_owned(), stream))
        }));
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    let body = format!(r#"{{"host":"127.0.0.1","ports":[{{"port":{},"security":"plain"}}]}}"#, answering.port());
    let answer =
        request(LEGITIMATE, proxy.address, post_probe(&body, "Accept: application/json\r\n"), Duration::from_secs(40))
            .await;
    let took = started.elapsed();
    let mut statuses = std::collections::BTreeMap::new();
    for flood in floods {
        if let Ok(Some((status, _))) = flood.await {
            *statuses.entry(status).or_insert(0) += 1;
        }
    }
    println!(
        "MEASURE 100 flooding addresses: floods {statuses:?}; the legitimate probe answered after {} ms",
        took.as_millis()
    );
    let (status, text) = answer.expect("answered");
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("\"reports\""), "{text}");
    assert!(took < Duration::from_secs(30), "{took:?}");
}
