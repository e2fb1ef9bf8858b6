//! The HTTP API as a public service: refusals of private targets, rate limits, the
//! concurrency cap, the cool-down cache, CORS, body limits, and `/api/config`.

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
use probe_proxy::app::{AppInner, app};
use probe_proxy::cache::ProbeCache;
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

/// The app for a public-style proxy (default policy, no names known), changed by `change`.
fn public_app(change: impl FnOnce(&mut AppInner)) -> Router {
    let dns = proxy::dns(&[], "127.0.0.1".parse().unwrap());
    app(proxy::with(proxy::state(proxy::settings(None), TargetPolicy::default(), dns), change))
}

/// The app for a local proxy where `name` points at a test server on `port`.
fn local_app(name: &str, port: u16, change: impl FnOnce(&mut AppInner)) -> Router {
    let dns = proxy::dns(&[name], "127.0.0.1".parse().unwrap());
    app(proxy::with(proxy::state(proxy::settings(None), proxy::local_policy(&[port]), dns), change))
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
    ] {
        let (status, _, body) = post(&app, &format!(r#"{{"host":"{host}","ports":[{port}]}}"#), [203, 0, 113, 9]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{host}: {}", String::from_utf8_lossy(&body));
        assert_eq!(api_error(&body).code, "target_not_allowed", "{host}");
    }
    let (status, _, body) = post(&app, r#"{"host":"loopback.mailsetup.test","ports":[22]}"#, [203, 0, 113, 9]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(api_error(&body).code, "port_not_allowed");
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
        assert_eq!((got, api_error(&text).code.as_str()), (status, code), "{body}");
    }
    let big = format!(r#"{{"host":"{}"}}"#, "a".repeat(10_000));
    let (status, _, _) = post(&app, &big, [198, 51, 100, 1]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn clients_are_rate_limited_per_address() {
    let app = public_app(|s| {
        s.limits.probes_per_minute = 1;
        s.limits.probe_burst = 2;
    });
    let request = r#"{"host":"-invalid-"}"#;
    for _ in 0..2 {
        assert_eq!(post(&app, request, [192, 0, 2, 10]).await.0, StatusCode::BAD_REQUEST);
    }
    let (status, headers, body) = post(&app, request, [192, 0, 2, 10]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(api_error(&body).code, "rate_limited");
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
    let silent = ScriptedServer::start(|session: Session| async move {
        let _open = session;
        pause(Duration::from_secs(20)).await;
    })
    .await;
    let port = silent.addr.port();
    let app =
        local_app("slow.mailsetup.test", port, |s| s.probe_slots = std::sync::Arc::new(tokio::sync::Semaphore::new(1)));
    let body = format!(r#"{{"host":"slow.mailsetup.test","ports":[{{"port":{port},"security":"start_tls"}}]}}"#);
    // The first probe holds the only slot while its stream is open.
    let mut first = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.clone()))
        .unwrap();
    first.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 20], 1))));
    let open_stream = app.clone().oneshot(first).await.unwrap();
    assert_eq!(open_stream.status(), StatusCode::OK);
    let (status, headers, text) = post(&app, &body, [192, 0, 2, 21]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api_error(&text).code, "busy");
    assert_eq!(headers[header::RETRY_AFTER], "5");
    drop(open_stream);
}

#[tokio::test]
async fn a_repeat_within_the_window_comes_from_the_cache() {
    let server = counting_server().await;
    let port = server.addr.port();
    let app = local_app("cached.mailsetup.test", port, |s| s.cache = ProbeCache::new(Duration::from_secs(60)));
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
    let app = local_app("target.mailsetup.test", port, |s| s.target_limit = probe_proxy::app::target_limiter(1));
    let body = |host: &str| format!(r#"{{"host":"{host}","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    assert_eq!(post(&app, &body("target.mailsetup.test"), [192, 0, 2, 40]).await.0, StatusCode::OK);
    // Another client, another spelling of the same host: still the same target.
    let (status, headers, text) = post(&app, &body("TARGET.mailsetup.test."), [192, 0, 2, 41]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(api_error(&text).code, "target_rate_limited");
    assert!(headers.contains_key(header::RETRY_AFTER));
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn cors_only_for_configured_origins() {
    let app = public_app(|s| s.limits.allow_origins = vec![HeaderValue::from_static("https://help.example.com")]);
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
}
