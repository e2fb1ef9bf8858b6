//! Discovery (`POST /api/discover`): MX and SRV from DNS, autoconfig over HTTPS through the
//! address guard, the provider match, and the merged candidates; the cache, the per-target
//! limits on its HTTPS fetches, and refusing other sites.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, StatusCode, header};
use email_settings::discovery::{AutoconfigOutcome, AutoconfigResult, DiscoverRequest, DiscoverResponse, Source};
use email_settings::provider::MatchedBy;
use email_settings::provider::Security;
use http_body_util::BodyExt;
use mailsetup_tests::pki::TestPki;
use mailsetup_tests::proxy;
use probe_proxy::dns::{SrvTarget, StaticDns};
use probe_proxy::guard::TargetPolicy;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

const AUTOCONFIG: &str = r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="auto.test"><domain>auto.test</domain>
<outgoingServer type="smtp"><hostname>smtp.auto.test</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
<outgoingServer type="smtp"><hostname>smtp.auto.test</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
</emailProvider></clientConfig>"#;

/// A tiny HTTPS server: the autoconfig file at the standard path, a redirect to another host
/// at the well-known path. Records the paths it was asked for.
async fn https_server(pki: &TestPki) -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(pki.rustls_server_config());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let log = log.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                let mut request = vec![0u8; 4096];
                let n = tls.read(&mut request).await.unwrap_or(0);
                let text = String::from_utf8_lossy(&request[..n]).into_owned();
                let path = text.split_whitespace().nth(1).unwrap_or_default().to_owned();
                log.lock().unwrap().push(path.clone());
                let response = match path.as_str() {
                    "/mail/config-v1.1.xml" | "/v1.1/hoster.test" => format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{AUTOCONFIG}",
                        AUTOCONFIG.len()
                    ),
                    _ => "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/config.xml\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .to_owned(),
                };
                let _ = tls.write_all(response.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (addr, seen)
}

async fn discover(state: probe_proxy::app::AppState, domain: &str) -> (StatusCode, Vec<u8>) {
    send(&probe_proxy::app::app(state), post(domain)).await
}

fn post(domain: &str) -> Request<Body> {
    post_from(domain, [192, 0, 2, 50])
}

/// [`post`] from the client address `from`.
fn post_from(domain: &str, from: [u8; 4]) -> Request<Body> {
    let body = serde_json::to_string(&DiscoverRequest { domain: domain.to_owned() }).unwrap();
    let mut request =
        Request::post("/api/discover").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from((from, 1))));
    request
}

async fn send(app: &axum::Router, request: Request<Body>) -> (StatusCode, Vec<u8>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    (status, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

#[tokio::test]
async fn finds_srv_records_and_the_autoconfig_file() {
    let pki = TestPki::new(&["autoconfig.auto.test", "auto.test"]);
    let (addr, seen) = https_server(&pki).await;
    let dns = StaticDns::default()
        .with_address("autoconfig.auto.test", addr.ip())
        .with_address("auto.test", addr.ip())
        .with_srv(
            "_submissions._tcp.auto.test",
            SrvTarget { priority: 0, weight: 1, port: 465, target: "mx.auto.test".into() },
        );
    let state = proxy::state_with(proxy::settings(Some(&pki.ca_pem)), proxy::local_policy(&[465, 587]), dns, |o| {
        o.discover.https_port = addr.port();
    });
    let (status, body) = discover(state, "ann@auto.test").await;
    assert_eq!(status, StatusCode::OK);
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(found.domain, "auto.test");
    assert!(found.provider.is_none());
    assert_eq!(found.srv.len(), 1);
    let first = &found.autoconfig[0];
    assert_eq!(first.url, "https://autoconfig.auto.test/mail/config-v1.1.xml");
    let AutoconfigOutcome::Found { servers } = &first.outcome else { panic!("{first:?}") };
    assert_eq!(servers.len(), 2);
    let second = &found.autoconfig[1];
    let AutoconfigOutcome::Failed { reason } = &second.outcome else { panic!("{second:?}") };
    assert!(reason.contains("redirect") && reason.contains("refused"), "{reason}");
    let candidates: Vec<(String, u16, Source)> =
        found.candidates.iter().map(|c| (c.host.clone(), c.port, c.source)).collect();
    assert_eq!(candidates[0], ("mx.auto.test".into(), 465, Source::Srv));
    assert_eq!(candidates[1], ("smtp.auto.test".into(), 465, Source::Autoconfig));
    assert_eq!(candidates[2], ("smtp.auto.test".into(), 587, Source::Autoconfig));
    assert_eq!(found.candidates[2].security, Security::StartTls);
    assert!(candidates.iter().any(|c| c.2 == Source::Guess));
    let mut paths = seen.lock().unwrap().clone();
    paths.sort();
    assert_eq!(
        paths,
        ["/.well-known/autoconfig/mail/config-v1.1.xml", "/mail/config-v1.1.xml"],
        "no request to the other host"
    );
}

#[tokio::test]
async fn follows_a_mailconf_record_and_asks_the_ispdb_for_the_domain_and_its_mx_hosts_domain() {
    let pki = TestPki::new(&["conf.elsewhere.test", "ispdb.test"]);
    let (addr, seen) = https_server(&pki).await;
    let dns = StaticDns::default()
        .with_address("conf.elsewhere.test", addr.ip())
        .with_address("ispdb.test", addr.ip())
        .with_txt("shop.test", "v=spf1 -all")
        .with_txt("shop.test", "mailconf=https://conf.elsewhere.test/mail/config-v1.1.xml")
        .with_mx("shop.test", 10, "mx1.hoster.test");
    let state = proxy::state_with(proxy::settings(Some(&pki.ca_pem)), proxy::local_policy(&[465, 587]), dns, |o| {
        o.discover.https_port = addr.port();
        o.discover.ispdb_host = Some("ispdb.test".to_owned());
    });
    let (status, body) = discover(state, "ann@shop.test").await;
    assert_eq!(status, StatusCode::OK);
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    let by_url = |url: &str| found.autoconfig.iter().find(|a| a.url == url).map(|a| a.outcome.clone());
    let found_servers = |outcome: Option<AutoconfigOutcome>| match outcome {
        Some(AutoconfigOutcome::Found { servers }) => servers.len(),
        other => panic!("{other:?} in {:?}", found.autoconfig),
    };
    assert_eq!(found_servers(by_url("https://conf.elsewhere.test/mail/config-v1.1.xml")), 2, "the mailconf file");
    assert_eq!(found_servers(by_url("https://ispdb.test/v1.1/hoster.test")), 2, "the ISPDB, for the MX host's domain");
    assert!(
        matches!(by_url("https://ispdb.test/v1.1/shop.test"), Some(AutoconfigOutcome::Failed { .. })),
        "asked for the domain too (the test server answers that path with a redirect elsewhere)"
    );
    assert!(found.candidates.iter().any(|c| c.host == "smtp.auto.test" && c.source == Source::Autoconfig));
    let mut paths = seen.lock().unwrap().clone();
    paths.sort();
    assert_eq!(paths, ["/mail/config-v1.1.xml", "/v1.1/hoster.test", "/v1.1/shop.test"]);
}

#[tokio::test]
async fn a_mailconf_record_that_is_not_plain_https_is_not_followed() {
    for record in ["mailconf=http://conf.elsewhere.test/c.xml", "mailconf=https://conf.elsewhere.test:8443/c.xml"] {
        let dns = StaticDns::default().with_txt("plain.test", record);
        let state = proxy::state(proxy::settings(None), TargetPolicy::default(), dns);
        let (_, body) = discover(state, "plain.test").await;
        let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
        assert!(found.problems.iter().any(|p| p.contains("mailconf")), "{record}: {:?}", found.problems);
        assert!(!found.autoconfig.iter().any(|a| a.url.contains("elsewhere")), "{record}");
    }
}

#[tokio::test]
async fn recognises_hosted_mail_by_mx() {
    let dns = StaticDns::default().with_mx("company.test", 10, "mx.zoho.eu").with_mx("company.test", 20, "mx2.zoho.eu");
    let state = proxy::state(proxy::settings(None), TargetPolicy::default(), dns);
    let (_, body) = discover(state, "company.test").await;
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    let provider = found.provider.unwrap();
    assert!(matches!(provider.matched_by, MatchedBy::MxPattern(_)), "{provider:?}");
    assert_eq!(provider.id, "zoho");
    assert_eq!(found.candidates[0].host, "smtp.zoho.eu");
    assert_eq!(found.candidates[0].source, Source::Provider);
    assert!(found.autoconfig.iter().all(|a| a.outcome == AutoconfigOutcome::NotFound), "{:?}", found.autoconfig);
}

#[tokio::test]
async fn a_provider_without_smtp_gets_no_guessed_servers() {
    let state = proxy::state(proxy::settings(None), TargetPolicy::default(), StaticDns::default());
    let (status, body) = discover(state, "tuta.com").await;
    assert_eq!(status, StatusCode::OK);
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(found.provider.map(|p| p.id), Some("tuta".to_owned()));
    assert!(found.candidates.is_empty(), "{:?}", found.candidates);
}

#[tokio::test]
async fn autoconfig_hosts_go_through_the_guard() {
    let pki = TestPki::new(&["autoconfig.inside.test", "inside.test"]);
    let (addr, seen) = https_server(&pki).await;
    let dns = StaticDns::default()
        .with_address("autoconfig.inside.test", addr.ip())
        .with_address("inside.test", addr.ip())
        .with_address("ispdb.inside.test", addr.ip());
    let state = proxy::state_with(proxy::settings(Some(&pki.ca_pem)), TargetPolicy::default(), dns, |o| {
        o.discover.https_port = addr.port();
        o.discover.ispdb_host = Some("ispdb.inside.test".to_owned());
    });
    let (_, body) = discover(state, "inside.test").await;
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(found.autoconfig.len(), 3, "the domain's two places and the ISPDB: {:?}", found.autoconfig);
    for result in &found.autoconfig {
        let AutoconfigOutcome::Failed { reason } = &result.outcome else { panic!("{result:?}") };
        assert!(reason.contains("does not connect to"), "{reason}");
    }
    assert!(seen.lock().unwrap().is_empty(), "no request reached the private address");
}

#[tokio::test]
async fn a_bad_domain_is_a_clear_error() {
    let state = proxy::state(proxy::settings(None), TargetPolicy::default(), StaticDns::default());
    let (status, body) = discover(state, "not a domain").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("no spaces"), "{}", String::from_utf8_lossy(&body));
}

#[tokio::test]
async fn a_repeat_comes_from_the_cache_and_each_fetch_is_charged_to_its_target() {
    let pki = TestPki::new(&["autoconfig.auto.test", "auto.test", "autoconfig.other.test", "other.test"]);
    let (addr, seen) = https_server(&pki).await;
    let dns = ["autoconfig.auto.test", "auto.test", "autoconfig.other.test", "other.test"]
        .iter()
        .fold(StaticDns::default(), |dns, name| dns.with_address(name, addr.ip()));
    let state = proxy::state_with(proxy::settings(Some(&pki.ca_pem)), proxy::local_policy(&[465, 587]), dns, |o| {
        o.discover.https_port = addr.port();
        o.limits.cache_window = std::time::Duration::from_secs(60);
        o.limits.client_target_probes_per_minute = 3;
    });
    let app = probe_proxy::app::app(state.clone());
    let (status, first) = send(&app, post("auto.test")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen.lock().unwrap().len(), 2, "two autoconfig URLs fetched");
    let (_, again) = send(&app, post("ANN@Auto.Test")).await;
    assert_eq!(again, first, "the same answer");
    assert_eq!(seen.lock().unwrap().len(), 2, "from the cache: no new fetch");
    // Another domain on the same server: the client has one connection to it left this
    // minute, so one fetch goes out and the other is refused without connecting.
    let (_, body) = send(&app, post("other.test")).await;
    let found: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(seen.lock().unwrap().len(), 3, "{:?}", found.autoconfig);
    let refused = found
        .autoconfig
        .iter()
        .filter(
            |a| matches!(&a.outcome, AutoconfigOutcome::Failed { reason } if reason.contains("tested several times")),
        )
        .count();
    assert_eq!(refused, 1, "{:?}", found.autoconfig);
    // That answer was cut short by one client's limit: another client is not served it.
    let (_, body) = send(&app, post_from("other.test", [198, 51, 100, 51])).await;
    let fresh: DiscoverResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(seen.lock().unwrap().len(), 5, "both fetched anew: {:?}", fresh.autoconfig);
    let limited = |a: &&AutoconfigResult| matches!(&a.outcome, AutoconfigOutcome::Failed { reason } if reason.contains("tested several times"));
    assert_eq!(fresh.autoconfig.iter().filter(limited).count(), 0, "{:?}", fresh.autoconfig);
    // What /metrics says about these four requests.
    let metrics = state.metrics.render(0, true);
    for line in [
        "mailsetup_discoveries_total{outcome=\"candidates\"} 2",
        "mailsetup_discoveries_total{outcome=\"limited\"} 1",
        "mailsetup_cache_lookups_total{cache=\"discover\",result=\"hit\"} 1",
        "mailsetup_cache_lookups_total{cache=\"discover\",result=\"miss\"} 3",
    ] {
        assert!(metrics.lines().any(|l| l == line), "{line} missing from\n{metrics}");
    }
}

#[tokio::test]
async fn other_sites_cannot_start_a_discovery() {
    let state = proxy::state_with(proxy::settings(None), TargetPolicy::default(), StaticDns::default(), |o| {
        o.limits.allow_origins = vec![HeaderValue::from_static("https://help.example.com")];
    });
    let app = probe_proxy::app::app(state);
    // A link, an image or a form can only GET or POST a form: neither starts one.
    let get = Request::get("/api/discover?domain=victim.test").body(Body::empty()).unwrap();
    assert_eq!(send(&app, get).await.0, StatusCode::METHOD_NOT_ALLOWED);
    let mut form = post("victim.test");
    form.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    assert_eq!(send(&app, form).await.0, StatusCode::BAD_REQUEST, "JSON only");
    // A cross-site fetch the browser marks as such is refused unless its origin is allowed.
    let cross = |origin: &'static str| {
        let mut request = post("victim.test");
        request.headers_mut().insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        request.headers_mut().insert(header::ORIGIN, HeaderValue::from_static(origin));
        request
    };
    let (status, body) = send(&app, cross("https://evil.example")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(String::from_utf8_lossy(&body).contains("cross_site"));
    assert_eq!(send(&app, cross("https://help.example.com")).await.0, StatusCode::OK);
    let mut same = post("victim.test");
    same.headers_mut().insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
    assert_eq!(send(&app, same).await.0, StatusCode::OK);
}
