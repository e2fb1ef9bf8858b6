//! `probe-proxy serve` stops cleanly on SIGTERM, even with an event stream still open.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn sigterm_ends_open_streams_and_exits_cleanly() {
    // A mail server that accepts and never says a word, so the probe's stream stays open.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let mut proxy = Command::new(env!("CARGO_BIN_EXE_probe-proxy"))
        .args(["serve", "--listen", "127.0.0.1:0", "--dist", "/nonexistent", "--allow-private-targets"])
        .args(["--allow-ports", &port.to_string(), "--reply-timeout", "60", "--probe-timeout", "120"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(proxy.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let address = line.split("http://").nth(1).unwrap().trim_end_matches('/').to_owned();

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

    let stopping = Instant::now();
    Command::new("kill").arg("-TERM").arg(proxy.id().to_string()).status().unwrap();
    let status = loop {
        if let Some(status) = proxy.try_wait().unwrap() {
            break status;
        }
        assert!(stopping.elapsed() < Duration::from_secs(10), "the proxy did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
}
