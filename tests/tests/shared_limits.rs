//! Limits shared across instances (`--redis`): a real `redis-server` on loopback and three
//! proxy instances that share nothing but it (application states called without a socket,
//! and `probe-proxy serve` started from the command line on real sockets). The per-target limit holds across all three
//! (also under concurrent requests), the per-client rate too, a result cached by one
//! instance is served by another, and with Redis gone probes are refused with 503 and
//! Retry-After while `/api/health` says why and the page is still served; when Redis is
//! back, every instance reconnects by itself.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use mailsetup_shared::wire::{ApiError, Health, ProbeResponse};
use mailsetup_tests::redis_server::{RedisServer, RedisStartError};
use mailsetup_tests::scripted::{ScriptedServer, Session};
use mailsetup_tests::{http, proxy};
use probe_proxy::app::{AppOptions, app};
use probe_proxy::store::redis::RedisSettings;
use tower::ServiceExt;

/// The name the tests' DNS gives the scripted mail server.
const HOST: &str = "shared.mailsetup.test";

fn start_redis() -> Option<RedisServer> {
    match RedisServer::start() {
        Ok(server) => Some(server),
        // `cargo xtask test --quick` installs nothing; everywhere else redis-server is there.
        Err(RedisStartError::NotInstalled) if mailsetup_tests::mail_server_tests_skipped() => {
            eprintln!("skipped: redis-server is not installed and MAILSETUP_SKIP_MAIL_SERVER is set");
            None
        }
        Err(error) => panic!("cannot start redis-server: {error}"),
    }
}

/// A mail server that greets and answers, counting connections.
async fn counting_server() -> ScriptedServer {
    ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 counted\r\n").await;
        session.serve_commands(&[], &[], None).await;
    })
    .await
}

/// A key prefix of its own per test, so tests sharing nothing cannot meet in Redis.
fn prefix() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("test{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Three instances, each with its own state and its own connection to `redis`, all
/// pointing `HOST` at the scripted server on `port`.
fn instances(redis: &RedisServer, port: u16, change: impl Fn(&mut AppOptions)) -> [Router; 3] {
    let prefix = prefix();
    std::array::from_fn(|_| {
        let dns = proxy::dns(&[HOST], "127.0.0.1".parse().unwrap());
        app(proxy::state_with(proxy::settings(None), proxy::local_policy(&[port]), dns, |o| {
            o.redis = Some(RedisSettings::new(&redis.url(), &prefix).unwrap());
            change(o);
        }))
    })
}

fn probe_body(port: u16) -> String {
    format!(r#"{{"host":"{HOST}","ports":[{{"port":{port},"security":"plain"}}]}}"#)
}

async fn send(app: &Router, request: Request<Body>, from: [u8; 4]) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = request;
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from((from, 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    (parts.status, parts.headers, body.collect().await.unwrap().to_bytes().to_vec())
}

async fn probe(app: &Router, port: u16, from: [u8; 4]) -> (StatusCode, HeaderMap, Vec<u8>) {
    let request = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(probe_body(port)))
        .unwrap();
    send(app, request, from).await
}

fn api_error(body: &[u8]) -> ApiError {
    serde_json::from_slice(body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_per_target_limit_holds_across_three_instances_even_at_once() {
    let Some(redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port();
    let apps = instances(&redis, port, |o| o.limits.target_probes_per_minute = 4);
    // One after the other, each from another client, round the three instances: four
    // connections to the server in the minute, whoever asks and wherever.
    let mut statuses = Vec::new();
    for n in 0..6u8 {
        let (status, headers, body) = probe(&apps[usize::from(n) % 3], port, [192, 0, 2, n + 1]).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(api_error(&body).code.id(), "target_rate_limited");
            let wait: u64 = headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
            assert!((1..=60).contains(&wait), "{wait}");
        }
        statuses.push(status);
    }
    assert_eq!(statuses[..4], [StatusCode::OK; 4], "{statuses:?}");
    assert_eq!(statuses[4..], [StatusCode::TOO_MANY_REQUESTS; 2], "{statuses:?}");
    assert_eq!(server.connections(), 4);

    // Thirty at once from thirty clients through the three instances, against a fresh
    // target: exactly the limit goes through (the Lua script charges atomically).
    let server = counting_server().await;
    let port = server.addr.port();
    let apps = instances(&redis, port, |o| o.limits.target_probes_per_minute = 5);
    let tasks: Vec<_> = (0..30u8)
        .map(|n| {
            let app = apps[usize::from(n) % 3].clone();
            tokio::spawn(async move { probe(&app, port, [198, 51, 100, n + 1]).await.0 })
        })
        .collect();
    let mut passed = 0;
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::OK => passed += 1,
            StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(passed, 5, "the limit held under concurrency");
    assert_eq!(server.connections(), 5);
}

#[tokio::test(flavor = "multi_thread")]
async fn per_client_limits_follow_the_client_from_instance_to_instance() {
    let Some(redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port();
    // Per target and client: two a minute.
    let apps = instances(&redis, port, |o| o.limits.client_target_probes_per_minute = 2);
    let client = [192, 0, 2, 70];
    assert_eq!(probe(&apps[0], port, client).await.0, StatusCode::OK);
    assert_eq!(probe(&apps[1], port, client).await.0, StatusCode::OK);
    let (status, _, body) = probe(&apps[2], port, client).await;
    assert_eq!((status, api_error(&body).code.id()), (StatusCode::TOO_MANY_REQUESTS, "target_rate_limited"));
    assert_eq!(probe(&apps[2], port, [198, 51, 100, 71]).await.0, StatusCode::OK, "another network is not affected");

    // The per-client rate (burst of two, then one a minute), whatever the instance.
    let apps = instances(&redis, port, |o| {
        o.limits.probes_per_minute = 1;
        o.limits.probe_burst = 2;
    });
    let client = [192, 0, 2, 80];
    assert_eq!(probe(&apps[0], port, client).await.0, StatusCode::OK);
    assert_eq!(probe(&apps[1], port, client).await.0, StatusCode::OK);
    let (status, headers, body) = probe(&apps[2], port, client).await;
    assert_eq!((status, api_error(&body).code.id()), (StatusCode::TOO_MANY_REQUESTS, "rate_limited"));
    let wait: u64 = headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((55..=60).contains(&wait), "one probe a minute: {wait}");
    assert_eq!(probe(&apps[0], port, [192, 0, 2, 81]).await.0, StatusCode::OK, "another client has its own");

    // A rate above one a millisecond is still a rate, not a refusal.
    let apps = instances(&redis, port, |o| {
        o.limits.probes_per_minute = 1_000_000;
        o.limits.probe_burst = 1;
    });
    for (n, app) in apps.iter().enumerate() {
        assert_eq!(probe(app, port, [192, 0, 2, 85 + n as u8]).await.0, StatusCode::OK);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_result_cached_by_one_instance_is_served_by_another() {
    let Some(redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port();
    let apps = instances(&redis, port, |o| o.limits.cache_window = Duration::from_secs(60));
    let (status, _, first) = probe(&apps[0], port, [192, 0, 2, 90]).await;
    assert_eq!(status, StatusCode::OK);
    let first: ProbeResponse = serde_json::from_slice(&first).unwrap();
    assert!(!first.cached);
    for (app, from) in [(&apps[1], [192, 0, 2, 91]), (&apps[2], [192, 0, 2, 92])] {
        let (status, _, again) = probe(app, port, from).await;
        assert_eq!(status, StatusCode::OK);
        let again: ProbeResponse = serde_json::from_slice(&again).unwrap();
        assert!(again.cached, "served from the cache another instance filled");
        assert_eq!(again.reports, first.reports, "the same reports, read back intact");
        assert_eq!((again.host.as_str(), again.address), (first.host.as_str(), first.address));
    }
    assert_eq!(server.connections(), 1, "the mail server was contacted once");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_result_streamed_as_events_is_cached_too_though_the_client_leaves_at_once() {
    let Some(redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port();
    let apps = instances(&redis, port, |o| o.limits.cache_window = Duration::from_secs(60));
    // The page's way: Server-Sent Events, read to the end, the connection then dropped
    // (which stops the probe's task, as a client that leaves must).
    let request = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "text/event-stream")
        .body(Body::from(probe_body(port)))
        .unwrap();
    let (status, _, events) = send(&apps[0], request, [192, 0, 2, 95]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&events).contains("event: done"), "{}", String::from_utf8_lossy(&events));
    let (status, _, again) = probe(&apps[1], port, [192, 0, 2, 96]).await;
    assert_eq!(status, StatusCode::OK);
    let again: ProbeResponse = serde_json::from_slice(&again).unwrap();
    assert!(again.cached, "the streamed result reached the shared cache");
    assert_eq!(server.connections(), 1, "the mail server was contacted once");
}

#[tokio::test(flavor = "multi_thread")]
async fn without_redis_probes_are_refused_and_health_says_why_while_the_page_is_served() {
    let Some(mut redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port();
    let dist = std::env::temp_dir().join(format!("mailsetup-shared-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>mailsetup</title>").unwrap();
    let apps = instances(&redis, port, |o| o.dist = Some(dist.clone()));
    let health = |app: Router| async move {
        let (status, _, body) =
            send(&app, Request::get("/api/health").body(Body::empty()).unwrap(), [192, 0, 2, 1]).await;
        assert_eq!(status, StatusCode::OK, "health answers while the process serves");
        serde_json::from_slice::<Health>(&body).unwrap()
    };
    let healthy = health(apps[0].clone()).await;
    assert_eq!((healthy.status.as_str(), healthy.store.as_deref()), ("ok", Some("redis")));
    assert!(healthy.problems.is_empty());
    assert_eq!(probe(&apps[0], port, [192, 0, 2, 100]).await.0, StatusCode::OK);

    redis.kill();
    assert!(!redis.answers());
    // The health answer is reused for a second at most.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    for (n, app) in apps.iter().enumerate() {
        let (status, headers, body) = probe(app, port, [192, 0, 2, 101 + n as u8]).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "instance {n} fails closed");
        assert_eq!(api_error(&body).code.id(), "store_unavailable");
        assert_eq!(headers[header::RETRY_AFTER], "5");
        let degraded = health(app.clone()).await;
        assert_eq!(degraded.status, "degraded", "instance {n}");
        let said = degraded.problems.join(" ");
        assert!(said.contains("Redis"), "{said}");
        // The public answer names no address inside the operator's network.
        assert!(!said.contains(&redis.addr.ip().to_string()), "{said}");
        let (status, _, page) = send(app, Request::get("/").body(Body::empty()).unwrap(), [192, 0, 2, 1]).await;
        assert_eq!(status, StatusCode::OK, "the page is still served");
        assert!(String::from_utf8_lossy(&page).contains("<title>mailsetup</title>"));
    }
    assert_eq!(server.connections(), 1, "no probe ran without its limits");

    // Redis back (empty): each instance reconnects by itself.
    redis.restart().unwrap();
    for (n, app) in apps.iter().enumerate() {
        let from = [192, 0, 2, 111 + n as u8];
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let status = probe(app, port, from).await.0;
            if status == StatusCode::OK {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "instance {n} did not reconnect: {status}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(health(apps[1].clone()).await.status, "ok");
    let _ = std::fs::remove_dir_all(&dist);
}

#[tokio::test(flavor = "multi_thread")]
async fn three_servers_started_with_redis_on_the_command_line_share_their_limits() {
    let Some(redis) = start_redis() else { return };
    let server = counting_server().await;
    let port = server.addr.port().to_string();
    let (url, prefix, resolve) = (redis.url(), prefix(), format!("{HOST}=127.0.0.1"));
    let args = [
        "--listen",
        "127.0.0.1:0",
        "--dist",
        "/nonexistent",
        "--allow-private-targets",
        "--allow-ports",
        &port,
        "--resolve",
        &resolve,
        "--redis",
        &url,
        "--redis-prefix",
        &prefix,
        "--trust-forwarded-for",
        "--target-probes-per-minute",
        "2",
        // Repeats would be answered from the shared cache, free.
        "--cache-seconds",
        "0",
    ];
    let servers =
        [proxy::Serving::start(&args).await, proxy::Serving::start(&args).await, proxy::Serving::start(&args).await];
    let body = format!(r#"{{"host":"{HOST}","ports":[{{"port":{port},"security":"plain"}}]}}"#);
    // Behind one load balancer: each request from another client, to another server.
    let mut statuses = Vec::new();
    for (n, serving) in servers.iter().enumerate() {
        let forwarded = format!("X-Forwarded-For: 203.0.113.{}", n + 1);
        let (status, _) = http::request(serving.bound.public, "POST", "/api/probe", &[&forwarded], &body).await;
        statuses.push(status);
    }
    assert_eq!(statuses, [200, 200, 429], "two probes of the target a minute, across the three servers");
    assert_eq!(server.connections(), 2);
    let (status, health) = http::request(servers[0].bound.public, "GET", "/api/health", &[], "").await;
    let health: Health = serde_json::from_str(&health).unwrap();
    assert_eq!((status, health.status.as_str(), health.store.as_deref()), (200, "ok", Some("redis")));
    for serving in servers {
        serving.stop().await;
    }
}
