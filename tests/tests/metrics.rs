//! `/metrics` of a running `probe-proxy serve` (in-process, real sockets): scraped on its
//! own listener after real probes of the test Postfix, its counters moved as they should;
//! the public listener has no `/metrics`, its own answers `/api/health` too; no label
//! carries what a client typed.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use mailsetup_tests::mail_server::MailServer;
use mailsetup_tests::proxy;
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;

async fn http(address: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    mailsetup_tests::http::request(address, method, path, &[], body).await
}

/// The samples of an OpenMetrics exposition: `name{labels}` → value. Checks the format as
/// it goes: every sample line is `series value`, every family has HELP and TYPE, and the
/// text ends with `# EOF`.
fn samples(text: &str) -> BTreeMap<String, f64> {
    assert!(text.ends_with("# EOF\n"), "{text}");
    let mut samples = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("not a sample: {line}"));
        let family = series.split('{').next().unwrap();
        let described = ["", "_total", "_count", "_sum", "_bucket"]
            .iter()
            .any(|suffix| family.strip_suffix(suffix).is_some_and(|f| text.contains(&format!("# TYPE {f} "))));
        assert!(described, "no TYPE for {family}");
        samples.insert(series.to_owned(), value.parse().unwrap_or_else(|_| panic!("value of {line}")));
    }
    samples
}

fn value(samples: &BTreeMap<String, f64>, series: &str) -> f64 {
    *samples.get(series).unwrap_or_else(|| panic!("{series} missing from {samples:#?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_count_real_probes_on_their_own_listener_only() {
    if mailsetup_tests::mail_server_tests_skipped() {
        eprintln!("skipped: MAILSETUP_SKIP_MAIL_SERVER is set");
        return;
    }
    let server = MailServer::start().unwrap_or_else(|e| panic!("cannot start the test mail server: {e}"));
    let dist = std::env::temp_dir().join(format!("mailsetup-metrics-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>mailsetup</title>").unwrap();
    let resolve = format!("{}={}", server.name, server.ip);
    let serving = proxy::Serving::start(&[
        "--listen",
        "127.0.0.1:0",
        "--metrics-listen",
        "127.0.0.1:0",
        "--dist",
        dist.to_str().unwrap(),
        "--allow-private-targets",
        "--allow-ports",
        "25,465,587",
        "--ca-file",
        server.ca_file.to_str().unwrap(),
        "--resolve",
        &resolve,
        "--probes-per-minute",
        "1",
        "--probe-burst",
        "4",
    ])
    .await;
    let bound = serving.bound;
    let (public, metrics) = (bound.public, bound.metrics.expect("a metrics listener"));
    assert_ne!(public, metrics);

    let before = samples(&http(metrics, "GET", "/metrics", "").await.1);
    assert_eq!(value(&before, "mailsetup_probes_started_total"), 0.0);
    assert_eq!(value(&before, "mailsetup_store_up"), 1.0);

    // A real probe of 465 and 587, then the same again (from the cache), then a refused
    // port, then one too many for this client's rate.
    let probe = format!(r#"{{"host":"{}","ports":[465,587]}}"#, server.name);
    let (status, body) = http(public, "POST", "/api/probe", &probe).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = http(public, "POST", "/api/probe", &probe).await;
    assert!(status == 200 && body.contains("\"cached\":true"), "{status} {body}");
    let typed = "typed-by-a-client.example";
    let refused = format!(r#"{{"host":"{typed}","ports":[2525]}}"#);
    assert_eq!(http(public, "POST", "/api/probe", &refused).await.0, 403);
    let evil = r#"{"host":"evil\u001b[31m.example\ninjected_metric 1","ports":[465]}"#;
    assert_eq!(http(public, "POST", "/api/probe", evil).await.0, 400);
    assert_eq!(http(public, "POST", "/api/probe", &probe).await.0, 429);

    // The public listener has no /metrics: the page's fallback answers, not the exposition.
    let (status, body) = http(public, "GET", "/metrics", "").await;
    assert!(!body.contains("mailsetup_") && !body.contains("# TYPE"), "{status}: {body}");
    assert!(body.contains("<title>mailsetup</title>"), "the page's fallback: {body}");

    // Health checks may ask the operator's listener too, away from the visitors' queue.
    let (status, body) = http(metrics, "GET", "/api/health", "").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"status\":\"ok\""), "{body}");
    assert_eq!(http(metrics, "GET", "/api/config", "").await.0, 404, "only health and metrics there");

    // A connection held open shows in the gauge.
    let mut held = TcpStream::connect(public).await.unwrap();
    held.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let (status, text) = http(metrics, "GET", "/metrics", "").await;
    assert_eq!(status, 200);
    let after = samples(&text);
    assert_eq!(value(&after, "mailsetup_probes_started_total"), 1.0, "one probe really ran");
    assert_eq!(value(&after, "mailsetup_probes_finished_total{outcome=\"ready\"}"), 1.0);
    assert_eq!(value(&after, "mailsetup_probe_ports_total{usability=\"ready\",failure=\"none\"}"), 2.0);
    for step in ["connect", "greeting", "tls", "ehlo_tls"] {
        let series = format!("mailsetup_probe_step_duration_seconds_count{{step=\"{step}\",ok=\"true\"}}");
        assert_eq!(value(&after, &series), 2.0, "{step} on both ports");
    }
    let starttls = "mailsetup_probe_step_duration_seconds_count{step=\"start_tls\",ok=\"true\"}";
    assert_eq!(value(&after, starttls), 1.0, "587 only");
    let connect_sum = value(&after, "mailsetup_probe_step_duration_seconds_sum{step=\"connect\",ok=\"true\"}");
    assert!((0.0..5.0).contains(&connect_sum), "{connect_sum}");
    assert_eq!(value(&after, "mailsetup_cache_lookups_total{cache=\"probe\",result=\"miss\"}"), 1.0);
    assert_eq!(value(&after, "mailsetup_cache_lookups_total{cache=\"probe\",result=\"hit\"}"), 1.0);
    assert_eq!(value(&after, "mailsetup_refusals_total{code=\"port_not_allowed\"}"), 1.0);
    assert_eq!(value(&after, "mailsetup_refusals_total{code=\"invalid_host\"}"), 1.0);
    assert_eq!(value(&after, "mailsetup_refusals_total{code=\"rate_limited\"}"), 1.0);
    assert!(value(&after, "mailsetup_open_connections") >= 1.0, "the held connection");
    assert_eq!(value(&after, "mailsetup_probes_running"), 0.0);
    // Nothing a client typed is a label.
    for typed in [server.name, typed, "evil", "injected_metric"] {
        assert!(!text.contains(typed), "{typed} leaked into\n{text}");
    }
    drop(held);

    serving.stop().await;
    let _ = std::fs::remove_dir_all(&dist);
}
