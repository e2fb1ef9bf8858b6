//! The HTTP API as a public service: refusals of private targets, rate limits, the
//! concurrency cap and its fair shares, the cool-down cache, per-target limits, CORS,
//! security headers, body limits, X-Forwarded-For, and `/api/config`.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, StatusCode, header};
use http_body_util::BodyExt;
use mailsetup_shared::wire::{ApiError, ProbeResponse, ProxyInfo};
use mailsetup_tests::proxy;
use mailsetup_tests::scripted::{ScriptedServer, Session, pause};
use probe_proxy::app::{AppOptions, app};
use probe_proxy::guard::TargetPolicy;
use tower::ServiceExt;

async fn post(app: &Router, body: &str, from: [u8; 4]) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let mut request = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from((from, 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    (parts.status, parts.headers, body.collect().await.unwrap().to_bytes().to_vec())
}

/// A request for a probe as an event stream (the page's way), from `from`.
fn event_stream(body: &str, from: [u8; 4]) -> Request<Body> {
    let mut request = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from((from, 1))));
    request
}

/// A mail server that accepts and says nothing for 20 s.
async fn silent_server() -> ScriptedServer {
    ScriptedServer::start(|session: Session| async move {
        let _open = session;
        pause(Duration::from_secs(20)).await;
    })
    .await
}

/// The app for a public-style proxy (default policy, no names known), changed by `change`.
fn public_app(change: impl FnOnce(&mut AppOptions)) -> Router {
    let dns = proxy::dns(&[], "127.0.0.1".parse().unwrap());
    app(proxy::state_with(proxy::settings(None), TargetPolicy::default(), dns, change))
}

/// The app for a local proxy where `name` points at a test server on `port`.
fn local_app(name: &str, port: u16, change: impl FnOnce(&mut AppOptions)) -> Router {
    let dns = proxy::dns(&[name], "127.0.0.1".parse().unwrap());
    app(proxy::state_with(proxy::settings(None), proxy::local_policy(&[port]), dns, change))
}

fn api_error(body: &[u8]) -> ApiError {
    serde_json::from_slice(body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)))
}

/// A scripted server that counts connections (it must see none when the guard refuses).
async fn counting_server() -> ScriptedServer {
    ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 counted\r\n").await;
        session.serve_commands(&[], &[], None).await;
    })
    .await
}

#[tokio::test]
async fn private_targets_are_refused_without_a_connection() {
    let server = counting_server().await;
    let port = server.addr.port();
    let dns = proxy::dns(&["loopback.mailsetup.test", "localhost"], "127.0.0.1".parse().unwrap())
        .with_address("localhost", "::1".parse().unwrap())
        .with_address("metadata.mailsetup.test", "169.254.169.254".parse().unwrap())
        .with_address("mixed.mailsetup.test", "10.1.2.3".parse().unwrap())
        .with_address("mixed.mailsetup.test", "fd00::1".parse().unwrap());
    let policy = TargetPolicy { allowed_ports: vec![port, 587], allow_private: false };
    let app = app(proxy::state(proxy::settings(None), policy, dns));
    for host in [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "::1",
        "loopback.mailsetup.test",
        "metadata.mailsetup.test",
        "mixed.mailsetup.test",
        "169.254.169.254",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "10.0.0.1",
        "192.168.1.1",
        "100.64.0.1",
        "[fe80::1]",
        "::ffff:0:7f00:1",
        "64:ff9b::7f00:1",
    ] {
        let (status, _, body) = post(&app, &format!(r#"{{"host":"{host}","ports":[{port}]}}"#), [203, 0, 113, 9]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{host}: {}", String::from_utf8_lossy(&body));
        assert_eq!(api_error(&body).code.id(), "target_not_allowed", "{host}");
    }
    let (status, _, body) = post(&app, r#"{"host":"loopback.mailsetup.test","ports":[22]}"#, [203, 0, 113, 9]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(api_error(&body).code.id(), "port_not_allowed");
    assert!(api_error(&body).message.contains("port 22"));
    pause(Duration::from_millis(50)).await;
    assert_eq!(server.connections(), 0, "nothing was sent anywhere");
}

#[tokio::test]
async fn bad_requests_get_clear_errors() {
    let app = public_app(|_| {});
    let cases = [
        (r#"{"host":"exa mple.com"}"#, StatusCode::BAD_REQUEST, "invalid_host"),
        (r#"{"host":"nowhere.mailsetup.test"}"#, StatusCode::UNPROCESSABLE_ENTITY, "resolve_failed"),
        (r#"{"host":"x.example","ports":[1,2,3,4,5,6,7]}"#, StatusCode::BAD_REQUEST, "too_many_ports"),
        (r#"{"host":"x.example","ports":[70000]}"#, StatusCode::BAD_REQUEST, "invalid_request"),
        (r#"{"host":"x.example","smuggled":"MAIL FROM"}"#, StatusCode::BAD_REQUEST, "invalid_request"),
        ("not json", StatusCode::BAD_REQUEST, "invalid_request"),
    ];
    for (body, status, code) in cases {
        let (got, _, text) = post(&app, body, [198, 51, 100, 1]).await;
        assert_eq!((got, api_error(&text).code.id()), (status, code), "{body}");
    }
    let big = format!(r#"{{"host":"{}"}}"#, "a".repeat(10_000));
    let (status, _, _) = post(&app, &big, [198, 51, 100, 1]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn clients_are_rate_limited_per_address() {
    let app = public_app(|o| {
        o.limits.probes_per_minute = 1;
        o.limits.probe_burst = 2;
    });
    let request = r#"{"host":"-invalid-"}"#;
    for _ in 0..2 {
        assert_eq!(post(&app, request, [192, 0, 2, 10]).await.0, StatusCode::BAD_REQUEST);
    }
    let (status, headers, body) = post(&app, request, [192, 0, 2, 10]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(api_error(&body).code.id(), "rate_limited");
    let retry: u64 = headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // Another client is not affected.
    assert_eq!(post(&app, request, [192, 0, 2, 11]).await.0, StatusCode::BAD_REQUEST);
    // Health checks are never limited.
    let health = app.clone().oneshot(Request::get("/api/health").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_full_proxy_answers_503_with_retry_after() {
    let silent = silent_server().await;
    let port = silent.addr.port();
    let app = local_app("slow.mailsetup.test", port, |o| {
        o.limits.max_concurrent_probes = 1;
        o.limits.queue_wait = Duration::from_millis(300);
    });
    let body = format!(r#"{{"host":"slow.mailsetup.test","ports":[{{"port":{port},"security":"start_tls"}}]}}"#);
    // The first probe holds the only slot while its stream is open.
    let open_stream = app.clone().oneshot(event_stream(&body, [192, 0, 2, 20])).await.unwrap();
    assert_eq!(open_stream.status(), StatusCode::OK);
    // Another waits its turn, then is told to come back.
    let (status, headers, text) = post(&app, &body, [192, 0, 2, 21]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api_error(&text).code.id(), "busy");
    assert_eq!(headers[header::RETRY_AFTER], "5");
    drop(open_stream);
}

#[tokio::test]
async fn a_waiting_probe_runs_once_a_slot_is_free() {
    let silent = silent_server().await;
    let port = silent.addr.port();
    let app = local_app("slow.mailsetup.test", port, |o| o.limits.max_concurrent_probes = 1);
    let body = format!(r#"{{"host":"slow.mailsetup.test","ports":[{{"port":{port},"security":"start_tls"}}]}}"#);
    let open_stream = app.clone().oneshot(event_stream(&body, [192, 0, 2, 22])).await.unwrap();
    let waiting = tokio::spawn({
        let (app, body) = (app.clone(), body.clone());
        async move { app.oneshot(event_stream(&body, [192, 0, 2, 23])).await.unwrap().status() }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!waiting.is_finished(), "it waits for the slot");
    // The first client leaves: its probe stops and the slot goes to the one waiting.
    drop(open_stream);
    let status = tokio::time::timeout(Duration::from_secs(5), waiting).await.expect("served").unwrap();
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_repeat_within_the_window_comes_from_the_cache() {
    let server = counting_server().await;
    let port = server.addr.port();
    let app = local_app("cached.mailsetup.test", port, |o| o.limits.cache_window = Duration::from_secs(60));
    let body = format!(r#"{{"host":"cached.mailsetup.test","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    let (status, _, first) = post(&app, &body, [192, 0, 2, 30]).await;
    assert_eq!(status, StatusCode::OK);
    let first: ProbeResponse = serde_json::from_slice(&first).unwrap();
    assert!(!first.cached);
    let (_, _, second) = post(&app, &body, [192, 0, 2, 31]).await;
    let second: ProbeResponse = serde_json::from_slice(&second).unwrap();
    assert!(second.cached, "marked as cached");
    assert_eq!(second.reports, first.reports);
    assert_eq!(server.connections(), 1, "the server was contacted once");
}

#[tokio::test]
async fn one_mail_server_is_not_probed_too_often_whoever_asks() {
    let server = counting_server().await;
    let port = server.addr.port();
    let app = local_app("target.mailsetup.test", port, |o| o.limits.target_probes_per_minute = 1);
    let body = |host: &str| format!(r#"{{"host":"{host}","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    assert_eq!(post(&app, &body("target.mailsetup.test"), [192, 0, 2, 40]).await.0, StatusCode::OK);
    // Another client, another spelling, the address itself: still the same target.
    for host in ["TARGET.mailsetup.test.", "127.0.0.1"] {
        let (status, headers, text) = post(&app, &body(host), [192, 0, 2, 41]).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{host}");
        assert_eq!(api_error(&text).code.id(), "target_rate_limited");
        assert!(headers.contains_key(header::RETRY_AFTER));
    }
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn one_client_cannot_lock_a_mail_server_for_others() {
    let server = counting_server().await;
    let (port, other) = (server.addr.port(), 2525);
    let dns = proxy::dns(&["victim.mailsetup.test"], "127.0.0.1".parse().unwrap());
    let state = proxy::state_with(proxy::settings(None), proxy::local_policy(&[port, other]), dns, |o| {
        o.limits.target_probes_per_minute = 6;
        o.limits.client_target_probes_per_minute = 2;
        o.limits.cache_window = Duration::from_secs(60);
    });
    let app = app(state);
    let spec = |port: u16, security: &str| format!(r#"{{"port":{port},"security":"{security}"}}"#);
    let body = |ports: &[String]| format!(r#"{{"host":"victim.mailsetup.test","ports":[{}]}}"#, ports.join(","));
    // Six different requests for the same server from one client: two go through, the
    // others (each includes the same address and port) are refused to that client only.
    let varied = [
        body(&[spec(port, "plain")]),
        body(&[spec(port, "start_tls")]),
        body(&[spec(port, "implicit_tls")]),
        body(&[spec(port, "plain"), spec(other, "plain")]),
        body(&[spec(other, "plain"), spec(port, "start_tls")]),
        body(&[spec(port, "plain"), spec(other, "start_tls")]),
    ];
    let mut statuses = Vec::new();
    for request in &varied {
        statuses.push(post(&app, request, [192, 0, 2, 60]).await.0);
    }
    let refused = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!(statuses[..2], [StatusCode::OK, StatusCode::OK]);
    assert_eq!(refused, 4, "{statuses:?}");
    // Another client is not locked out: a fresh probe, and a repeat answered from the cache.
    // (Another network: addresses of one /24 are one site to the per-target limits.)
    let (status, _, text) = post(&app, &body(&[spec(port, "implicit_tls")]), [198, 51, 100, 61]).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&text));
    let (status, _, text) = post(&app, &varied[0], [198, 51, 100, 62]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(serde_json::from_slice::<ProbeResponse>(&text).unwrap().cached);
}

#[tokio::test]
async fn a_client_gets_a_fair_share_of_the_probe_slots() {
    let silent = silent_server().await;
    let port = silent.addr.port();
    let app = local_app("slow.mailsetup.test", port, |o| {
        o.limits.max_concurrent_probes = 8;
        o.limits.max_probes_per_client = 2;
    });
    let body = format!(r#"{{"host":"slow.mailsetup.test","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    let stream_from = |from: [u8; 4]| app.clone().oneshot(event_stream(&body, from));
    let first = stream_from([192, 0, 2, 70]).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let second = stream_from([192, 0, 2, 70]).await.unwrap();
    assert_eq!(second.status(), StatusCode::OK, "two while most slots are free");
    let third = stream_from([192, 0, 2, 70]).await.unwrap();
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS, "not a third");
    let other = stream_from([192, 0, 2, 71]).await.unwrap();
    assert_eq!(other.status(), StatusCode::OK, "another client still gets one");
    let again = stream_from([192, 0, 2, 71]).await.unwrap();
    assert_eq!(again.status(), StatusCode::TOO_MANY_REQUESTS, "only one each once a quarter are taken");
    // A client that goes away gives its slot back at once: the probe is stopped.
    drop((first, second));
    pause(Duration::from_millis(100)).await;
    assert_eq!(stream_from([192, 0, 2, 72]).await.unwrap().status(), StatusCode::OK);
    drop(other);
}

#[tokio::test]
async fn a_probe_stops_when_its_client_goes_away() {
    let (closed_tx, mut closed_rx) = tokio::sync::mpsc::unbounded_channel();
    let silent = ScriptedServer::start(move |mut session: Session| {
        let closed = closed_tx.clone();
        async move {
            // Says nothing; notices when the proxy hangs up.
            let _ = session.read_line().await;
            let _ = closed.send(());
        }
    })
    .await;
    let port = silent.addr.port();
    let app = local_app("slow.mailsetup.test", port, |_| {});
    let body = format!(r#"{{"host":"slow.mailsetup.test","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    let request =
        Request::post("/api/probe").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    let stream = app.oneshot(request).await.unwrap();
    pause(Duration::from_millis(200)).await;
    assert_eq!(silent.connections(), 1, "the probe connected");
    let gone = std::time::Instant::now();
    drop(stream);
    tokio::time::timeout(Duration::from_secs(2), closed_rx.recv()).await.expect("the probe hung up").unwrap();
    assert!(gone.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn a_malformed_forwarded_for_is_refused_not_bucketed_with_the_reverse_proxy() {
    let app = public_app(|o| {
        o.limits.trust_forwarded_for = true;
        o.limits.probes_per_minute = 1;
        o.limits.probe_burst = 1;
    });
    let request = |forwarded: Option<&str>| {
        let mut request = Request::post("/api/probe")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"host":"-invalid-"}"#))
            .unwrap();
        if let Some(forwarded) = forwarded {
            request.headers_mut().insert("x-forwarded-for", HeaderValue::from_str(forwarded).unwrap());
        }
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 1], 1))));
        app.clone().oneshot(request)
    };
    for malformed in ["garbage", "198.51.100.1, not-an-address", "198.51.100.1:4000", ""] {
        let response = request(Some(malformed)).await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{malformed:?}");
    }
    // None of those used up the bucket of the reverse proxy itself, or anyone's.
    assert_eq!(request(None).await.unwrap().status(), StatusCode::BAD_REQUEST, "its own request: invalid host");
    assert_eq!(request(Some("198.51.100.1")).await.unwrap().status(), StatusCode::BAD_REQUEST);
    assert_eq!(request(Some("198.51.100.1")).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = public_app(|o| {
        o.limits.allow_origins = vec![HeaderValue::from_static("https://help.example.com")];
        o.limits.allow_frame_ancestors = vec![HeaderValue::from_static("https://portal.example.org")];
    });
    for request in [
        Request::get("/api/health").body(Body::empty()).unwrap(),
        Request::get("/nowhere").body(Body::empty()).unwrap(),
        Request::post("/api/probe").body(Body::from("{}")).unwrap(),
    ] {
        let response = app.clone().oneshot(request).await.unwrap();
        let headers = response.headers();
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'self'"), "{csp}");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), "{csp}");
        assert!(csp.contains("frame-ancestors 'self' https://help.example.com https://portal.example.org"), "{csp}");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    }
    // The page learns the same origins from /api/config, to offer its embed snippet only
    // where a portal may frame it.
    let config = app.clone().oneshot(Request::get("/api/config").body(Body::empty()).unwrap()).await.unwrap();
    let body = axum::body::to_bytes(config.into_body(), 1 << 16).await.unwrap();
    let info: mailsetup_shared::wire::ProxyInfo = serde_json::from_slice(&body).unwrap();
    assert_eq!(info.frame_ancestors, ["https://help.example.com", "https://portal.example.org"]);
    let default = public_app(|_| {});
    let config = default.oneshot(Request::get("/api/config").body(Body::empty()).unwrap()).await.unwrap();
    let body = axum::body::to_bytes(config.into_body(), 1 << 16).await.unwrap();
    let info: mailsetup_shared::wire::ProxyInfo = serde_json::from_slice(&body).unwrap();
    assert!(info.frame_ancestors.is_empty(), "by default only the page's own origin frames it");
}

#[tokio::test]
async fn cors_only_for_configured_origins() {
    let app = public_app(|o| o.limits.allow_origins = vec![HeaderValue::from_static("https://help.example.com")]);
    let preflight = |origin: &'static str| {
        Request::builder()
            .method("OPTIONS")
            .uri("/api/probe")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
            .body(Body::empty())
            .unwrap()
    };
    let allowed = app.clone().oneshot(preflight("https://help.example.com")).await.unwrap();
    assert_eq!(allowed.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "https://help.example.com");
    let other = app.clone().oneshot(preflight("https://evil.example")).await.unwrap();
    assert!(other.headers().get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
}

#[tokio::test]
async fn config_tells_the_page_what_this_proxy_allows() {
    let app = public_app(|_| {});
    let response = app.oneshot(Request::get("/api/config").body(Body::empty()).unwrap()).await.unwrap();
    let info: ProxyInfo = serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(info.allowed_ports, [25, 465, 587, 2525]);
    assert!(!info.allow_private_targets);
    assert!(info.discover, "the route is mounted");
    assert_eq!(info.probes_per_minute, 10_000, "the limit the state applies");
    assert!(info.runs_locally);
    let app = public_app(|o| {
        o.limits.probes_per_minute = 7;
        o.probe_location = Some("a test in Frankfurt".to_owned());
    });
    let response = app.oneshot(Request::get("/api/config").body(Body::empty()).unwrap()).await.unwrap();
    let info: ProxyInfo = serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!((info.probes_per_minute, info.probe_location.as_deref()), (7, Some("a test in Frankfurt")));
}

#[tokio::test]
async fn the_public_router_has_no_metrics() {
    let app = public_app(|_| {});
    let mut request = Request::get("/metrics").body(Body::empty()).unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 1], 1))));
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND, "/metrics is only on --metrics-listen");
}

/// Reads an event stream to its end: each event's data, and how long after `since` it came.
async fn timed_events(
    response: axum::response::Response,
    since: std::time::Instant,
) -> Vec<(Duration, serde_json::Value)> {
    let mut body = response.into_body();
    let (mut buffer, mut events) = (String::new(), Vec::new());
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.unwrap().into_data() else { continue };
        buffer.push_str(&String::from_utf8_lossy(&data));
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            if let Some(data) = block.lines().find_map(|line| line.strip_prefix("data:")) {
                events.push((since.elapsed(), serde_json::from_str(data.trim()).unwrap()));
            }
        }
    }
    events
}

/// When the report of `host` came in a stream of several hosts.
fn reported(events: &[(Duration, serde_json::Value)], host: &str) -> Option<Duration> {
    events
        .iter()
        .find(|(_, e)| e["type"] == "host" && e["host"] == host && e["event"]["type"] == "report")
        .map(|(t, _)| *t)
}

#[tokio::test]
async fn a_domain_s_guesses_run_side_by_side_and_one_that_works_is_reported_at_once() {
    // Four guesses on one port: the first accepts and never greets, the second answers, the
    // third refuses, the fourth has no address.
    let working = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 guess.test ready\r\n").await;
        session.serve_commands(&[], &[], None).await;
    })
    .await;
    let port = working.addr.port();
    let _silent = ScriptedServer::start_at(SocketAddr::from(([127, 0, 0, 3], port)), |session: Session| async move {
        let _open = session;
        pause(Duration::from_secs(20)).await;
    })
    .await;
    let dns = mailsetup_tests::proxy::dns(&["mail.guess.test"], "127.0.0.1".parse().unwrap())
        .with_address("smtp.guess.test", "127.0.0.3".parse().unwrap())
        .with_address("guess.test", "127.0.0.4".parse().unwrap());
    let app = app(proxy::state(proxy::settings(None), proxy::local_policy(&[port]), dns));
    let ports = format!(r#"[{{"port":{port},"security":"plain"}}]"#);
    let body = format!(
        r#"{{"host":"smtp.guess.test","also":["mail.guess.test","guess.test","none.guess.test"],"ports":{ports}}}"#
    );
    let since = std::time::Instant::now();
    let response = app.clone().oneshot(event_stream(&body, [203, 0, 113, 7])).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let events = timed_events(response, since).await;
    // Every host has its say; the stream ends with its own `done`.
    let works = reported(&events, "mail.guess.test").expect("the working guess is reported");
    let silent = reported(&events, "smtp.guess.test").expect("the silent guess is reported once it gives up");
    assert!(reported(&events, "guess.test").is_some(), "the refusing guess is reported");
    let refused = events.iter().find(|(_, e)| e["host"] == "none.guess.test").map(|(_, e)| e["event"].clone());
    assert_eq!(refused.as_ref().map(|e| e["type"].as_str()), Some(Some("error")), "{refused:?}");
    assert_eq!(events.last().map(|(_, e)| e["type"].clone()), Some("done".into()));
    assert!(events.last().is_some_and(|(_, e)| e.get("host").is_none()), "the stream's own done");
    let report = events.iter().find(|(_, e)| e["host"] == "mail.guess.test" && e["event"]["type"] == "report").unwrap();
    assert_eq!(report.1["event"]["report"]["greeting"]["code"], 220, "the server that answers: {}", report.1);
    // The working guess does not wait for the silent one ahead of it.
    assert!(works < silent, "the working guess came at {works:?}, after the silent one at {silent:?}");
    // For the record: the working guess's report beside the others, against its probe alone.
    let alone_body = format!(r#"{{"host":"mail.guess.test","ports":{ports}}}"#);
    let since = std::time::Instant::now();
    let alone =
        timed_events(app.clone().oneshot(event_stream(&alone_body, [203, 0, 113, 8])).await.unwrap(), since).await;
    let alone = alone.iter().find(|(_, e)| e["type"] == "report").map(|(t, _)| *t).unwrap();
    println!(
        "measure: a working guess beside a silent one reported after {} ms; probed alone {} ms; the silent one gave up after {} ms",
        works.as_millis(),
        alone.as_millis(),
        silent.as_millis()
    );
    // What a request with more hosts may not do.
    let (status, _, body) =
        post(&app, &format!(r#"{{"host":"a.guess.test","also":["b.guess.test"],"ports":{ports}}}"#), [203, 0, 113, 9])
            .await;
    assert_eq!((status, api_error(&body).message.contains("event stream")), (StatusCode::BAD_REQUEST, true), "JSON");
    let five = format!(
        r#"{{"host":"a.guess.test","also":["b.guess.test","c.guess.test","d.guess.test","e.guess.test"],"ports":{ports}}}"#
    );
    let response = app.clone().oneshot(event_stream(&five, [203, 0, 113, 9])).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "at most four hosts");
    let login = format!(
        r#"{{"host":"mail.guess.test","also":["guess.test"],"ports":{ports},"login":{{"user":"a","secret":{{"kind":"password","value":"b"}}}}}}"#
    );
    let response = app.clone().oneshot(event_stream(&login, [203, 0, 113, 9])).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "a login test names one host");
}

#[tokio::test]
async fn the_page_comes_in_the_language_the_link_the_site_or_the_browser_asks_for() {
    let dist = std::env::temp_dir().join(format!("mailsetup-first-paints-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    for (name, lang) in [("index.html", "en"), ("index.de.html", "de"), ("index.fr.html", "fr")] {
        std::fs::write(dist.join(name), format!("<html lang=\"{lang}\"></html>")).unwrap();
    }
    let serve = |site: Option<&str>| {
        let config = site.map_or_else(|| "{}".to_owned(), |lang| format!(r#"{{"default_lang":"{lang}"}}"#));
        std::fs::write(dist.join("config.json"), config).unwrap();
        let dns = proxy::dns(&[], "127.0.0.1".parse().unwrap());
        app(proxy::state_with(proxy::settings(None), TargetPolicy::default(), dns, |o| o.dist = Some(dist.clone())))
    };
    let page = |app: Router, path: &'static str, accept: Option<&'static str>| async move {
        let mut request = Request::get(path);
        if let Some(accept) = accept {
            request = request.header(header::ACCEPT_LANGUAGE, accept);
        }
        let mut request = request.body(Body::empty()).unwrap();
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([203, 0, 113, 5], 1))));
        let response = app.oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let body = String::from_utf8(body.collect().await.unwrap().to_bytes().to_vec()).unwrap();
        let header =
            |name| parts.headers.get_all(name).iter().map(|v| v.to_str().unwrap().to_owned()).collect::<Vec<_>>();
        (body, header(header::CONTENT_LANGUAGE), header(header::VARY), header(header::CACHE_CONTROL))
    };
    let app = serve(None);
    let (body, language, vary, cache) = page(app.clone(), "/", Some("de-DE,de;q=0.9,en;q=0.5")).await;
    assert_eq!(
        (body.as_str(), language, cache),
        ("<html lang=\"de\"></html>", vec!["de".to_owned()], vec!["no-cache".to_owned()])
    );
    assert!(vary.iter().any(|v| v.contains("accept-language")), "{vary:?}");
    assert_eq!(
        page(app.clone(), "/index.html?lang=fr", Some("de")).await.0,
        "<html lang=\"fr\"></html>",
        "the link first"
    );
    let (body, language, ..) = page(app.clone(), "/?lang=es", None).await;
    assert_eq!(
        (body.as_str(), language),
        ("<html lang=\"en\"></html>", vec!["en".to_owned()]),
        "no Spanish file: English"
    );
    assert_eq!(page(app.clone(), "/", None).await.0, "<html lang=\"en\"></html>");
    // The site's own language comes before the browser's, as on the page.
    assert_eq!(page(serve(Some("fr")), "/", Some("de")).await.0, "<html lang=\"fr\"></html>");
    std::fs::remove_dir_all(&dist).unwrap();
}
