//! `probe-proxy serve` as a process: it stops cleanly on SIGTERM even with an event stream
//! open, it closes connections whose headers never finish, and `--log-format json` writes
//! one JSON object per line with client text escaped and no secret. A request head larger
//! than the 8 KB read buffer is refused.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Starts `probe-proxy serve` on a free port; returns the child and its address.
fn serve(extra: &[&str]) -> (Child, String) {
    let mut proxy = Command::new(env!("CARGO_BIN_EXE_probe-proxy"))
        .args(["serve", "--listen", "127.0.0.1:0", "--dist", "/nonexistent"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(proxy.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let address = line.split("http://").nth(1).unwrap().trim_end_matches('/').to_owned();
    (proxy, address)
}

/// Sends SIGTERM and waits for the proxy to end; its exit status, and what it wrote to
/// standard error (for the assertion's message).
fn stop(mut proxy: Child) -> (std::process::ExitStatus, String) {
    let stopping = Instant::now();
    // Read its log meanwhile, so a full pipe can never hold it up.
    let stderr = proxy.stderr.take().map(|mut pipe| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            text
        })
    });
    Command::new("kill").arg("-TERM").arg(proxy.id().to_string()).status().unwrap();
    loop {
        if let Some(status) = proxy.try_wait().unwrap() {
            let log = stderr.and_then(|reader| reader.join().ok()).unwrap_or_default();
            return (status, log);
        }
        assert!(stopping.elapsed() < Duration::from_secs(15), "the proxy did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_ends_open_streams_and_exits_cleanly() {
    // A mail server that accepts and never says a word, so the probe's stream stays open.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port().to_string();
    let (proxy, address) =
        serve(&["--allow-private-targets", "--allow-ports", &port, "--reply-timeout", "60", "--probe-timeout", "120"]);
    let mut client = TcpStream::connect(&address).unwrap();
    let body = format!(r#"{{"host":"127.0.0.1","ports":[{port}]}}"#);
    write!(
        client,
        "POST /api/probe HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let _held = silent.accept().unwrap(); // the probe has connected and is waiting
    let mut start = [0u8; 64];
    let n = client.read(&mut start).unwrap();
    assert!(String::from_utf8_lossy(&start[..n]).starts_with("HTTP/1.1 200"), "the stream is open");
    let (status, log) = stop(proxy);
    assert!(status.success(), "{status}:\n{log}");
}

#[test]
fn slow_request_headers_are_cut_off() {
    let (proxy, address) = serve(&["--header-read-timeout", "1"]);
    let mut slow = TcpStream::connect(&address).unwrap();
    slow.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\n").unwrap(); // never finishes
    slow.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest); // the server closes the connection
    assert!(started.elapsed() < Duration::from_secs(5), "closed after about a second");
    // A normal client is still served.
    let mut client = TcpStream::connect(&address).unwrap();
    client.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    client.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"status\":\"ok\""));
    let (status, log) = stop(proxy);
    assert!(status.success(), "{status}:\n{log}");
}

#[test]
fn a_request_head_past_the_read_buffer_is_refused_and_others_are_served() {
    let (proxy, address) = serve(&[]);
    let with_cookie = |bytes: usize| {
        let mut client = TcpStream::connect(&address).unwrap();
        client.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let cookie = "c".repeat(bytes);
        let head = format!("GET /api/health HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n");
        // The server may close while the head is still being written.
        let _ = client.write_all(head.as_bytes());
        let mut answer = Vec::new();
        let _ = client.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_owned()
    };
    // A browser's ordinary head, and a large one, fit in the 8 KB buffer.
    assert!(with_cookie(100).starts_with("HTTP/1.1 200"));
    assert!(with_cookie(7 * 1024).starts_with("HTTP/1.1 200"));
    // A head past it is refused (hyper answers 431, or closes) and served nothing.
    let refused = with_cookie(9 * 1024);
    assert!(!refused.starts_with("HTTP/1.1 200"), "{refused}");
    assert!(with_cookie(100).starts_with("HTTP/1.1 200"), "the server goes on");
    let (status, log) = stop(proxy);
    assert!(status.success(), "{status}:\n{log}");
}

/// Sends one HTTP/1.1 request with `Connection: close` and returns the status line.
fn request(address: &str, method: &str, path: &str, body: &str) -> String {
    let mut client = TcpStream::connect(address).unwrap();
    write!(
        client,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nAccept: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    client.read_to_string(&mut answer).unwrap();
    answer.lines().next().unwrap_or_default().to_owned()
}

#[test]
fn json_logs_are_one_object_per_line_with_client_text_escaped_and_no_secret() {
    // A port where nothing listens: the login test's probe fails at once.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port().to_string();
    drop(closed);
    let mut proxy = Command::new(env!("CARGO_BIN_EXE_probe-proxy"))
        .args(["serve", "--log-format", "json", "--listen", "127.0.0.1:0", "--dist", "/nonexistent", "--personal"])
        .args(["--allow-private-targets", "--allow-ports", &port])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = proxy.stderr.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let line = BufReader::new(proxy.stdout.take().unwrap()).lines().next().unwrap().unwrap();
    let address = line.split("http://").nth(1).unwrap().trim_end_matches('/').to_owned();

    // Client text with a line break, ANSI codes and a direction override.
    let forged = r#"{"host":"evil.example\n{\"level\":\"ERROR\",\"fields\":{\"message\":\"FORGED\"}}\u001b[31m\u202e","ports":[PORT]}"#
        .replace("PORT", &port);
    let status = request(&address, "POST", "/api/probe", &forged);
    assert!(status.contains(" 400 "), "{status}");
    // A login test (allowed: the personal mode) with a secret.
    let secret = "hunter2-Zq9-secret";
    let login = format!(
        r#"{{"host":"127.0.0.1","ports":[{port}],"login":{{"user":"someone@example.com","secret":{{"kind":"password","value":"{secret}"}}}}}}"#
    );
    assert!(request(&address, "POST", "/api/probe", &login).contains(" 200 "));
    // The secret in a field where it does not belong.
    let misplaced = format!(r#"{{"host":"127.0.0.1","ports":[{port}],"login":{{"user":"u","secret":"{secret}"}}}}"#);
    assert!(request(&address, "POST", "/api/probe", &misplaced).contains(" 400 "));
    // Its log was taken above, so `stop` has none to add.
    let (status, _) = stop(proxy);
    let log = log.join().unwrap();
    assert!(status.success(), "{status}:\n{log}");

    assert!(!log.contains(secret), "the secret reached the log:\n{log}");
    let mut refused = None;
    let mut probed = false;
    for line in log.lines() {
        let event: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not one JSON object per line ({e}): {line:?}"));
        for field in ["timestamp", "level", "target"] {
            assert!(event[field].is_string(), "{field} missing: {line}");
        }
        let message = event["fields"]["message"].as_str().unwrap_or_else(|| panic!("no message: {line}"));
        // Decoded, no value holds a raw control or direction character.
        let decoded = event.to_string();
        assert!(!['\n', '\u{1b}', '\u{202e}'].iter().any(|c| decoded.contains(*c)), "{decoded:?}");
        match message {
            "request refused" if refused.is_none() => refused = Some(event["fields"]["error"].clone()),
            "probe" => probed = event["fields"]["login"] == serde_json::json!(true),
            _ => {}
        }
        assert_ne!(message, "FORGED");
    }
    let refused = refused.expect("the refusal was logged").as_str().unwrap().to_owned();
    assert!(refused.contains("evil.example\\u{a}"), "the line break is written as an escape: {refused}");
    assert!(refused.contains("\\u{1b}[31m") && refused.contains("\\u{202e}"), "{refused}");
    assert!(probed, "the login test's probe was logged, without its secret:\n{log}");
}
