//! `probe-proxy serve` as a process: it stops cleanly on SIGTERM even with an event stream
//! open, and it closes connections whose headers never finish.

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
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(proxy.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let address = line.split("http://").nth(1).unwrap().trim_end_matches('/').to_owned();
    (proxy, address)
}

fn stop(mut proxy: Child) -> std::process::ExitStatus {
    let stopping = Instant::now();
    Command::new("kill").arg("-TERM").arg(proxy.id().to_string()).status().unwrap();
    loop {
        if let Some(status) = proxy.try_wait().unwrap() {
            return status;
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
    assert!(stop(proxy).success());
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
    assert!(stop(proxy).success());
}
