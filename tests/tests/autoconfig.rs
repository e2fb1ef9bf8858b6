//! The live autoconfig server, `probe-proxy serve --autoconfig FILE`: the binary serves
//! HTTPS with the test CA and the proxy's own discovery finds and reads what it serves;
//! every answer is read back by a parser other than the one that wrote it (roxmltree for the
//! XML quick-xml and the plist crate wrote, tinyjson for serde_json's JSON) and is the kit's
//! rendering; unknown domains, malformed, oversized and hostile requests and missing
//! parameters get clear errors, never a 500; a bad file stops the start.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use email_settings::address::Query;
use email_settings::discovery::{AutoconfigOutcome, DiscoverRequest, DiscoverResponse, FoundServer, Source};
use email_settings::provider::Security;
use email_settings::provider::loaded::{ServedDomains, into_static, parse_operator_file};
use http_body_util::BodyExt;
use mailsetup_shared::kit;
use mailsetup_shared::wire::{ApiError, ApiErrorCode};
use mailsetup_tests::pki::TestPki;
use mailsetup_tests::proxy::{self, OWNER_FILE as OWNER};
use probe_proxy::dns::StaticDns;
use probe_proxy::guard::TargetPolicy;
use tinyjson::JsonValue;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

const NAMES: [&str; 3] = ["autoconfig.owner.test", "owner.test", "autodiscover.owner.test"];

/// A running `probe-proxy serve --autoconfig`, stopped and cleaned up on drop.
struct Served {
    child: Child,
    addr: SocketAddr,
    dir: PathBuf,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mailsetup-autoconfig-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Starts the binary serving HTTPS with `pki`'s certificate and the owner's file.
fn serve(pki: &TestPki, name: &str, extra: &[&str]) -> Served {
    let dir = temp_dir(name);
    pki.write(&dir).unwrap();
    std::fs::write(dir.join("owner.toml"), OWNER).unwrap();
    let mut child = Command::new(proxy::binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--no-dns", "--ispdb", "off", "--dist", "/nonexistent"])
        .arg("--autoconfig")
        .arg(dir.join("owner.toml"))
        .arg("--tls-cert")
        .arg(dir.join("cert.pem"))
        .arg("--tls-key")
        .arg(dir.join("key.pem"))
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap()).lines().next().unwrap().unwrap();
    let addr = line.split("https://").nth(1).unwrap_or_else(|| panic!("{line}")).trim_end_matches('/').parse().unwrap();
    Served { child, addr, dir }
}

/// One HTTPS request over a fresh connection to `addr`, as `host` (certificate checked
/// against the test CA); returns the status, the headers (names lowercase) and the body.
async fn https(
    addr: SocketAddr,
    pki: &TestPki,
    host: &str,
    method: &str,
    path: &str,
    body: &[u8],
) -> (u16, HashMap<String, String>, Vec<u8>) {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    roots.add(rustls::pki_types::CertificateDer::from_pem_slice(pki.ca_pem.as_bytes()).unwrap()).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from(host.to_owned()).unwrap();
    let mut tls = tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    tls.write_all(head.as_bytes()).await.unwrap();
    tls.write_all(body).await.unwrap();
    let mut raw = Vec::new();
    // The server closes after the answer (Connection: close).
    let _ = tls.read_to_end(&mut raw).await;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(name, value)| (name.to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    (status, headers, raw[split + 4..].to_vec())
}

/// Over HTTPS the proxy speaks what ALPN agreed: HTTP/2 to a client that offers it (the
/// server's first frame is its SETTINGS), HTTP/1.1 to one that offers only that or nothing.
/// (A plain connection is sniffed for HTTP/2's preface: the h2c tests in
/// `probe-proxy/tests/attacks.rs`.)
#[tokio::test(flavor = "multi_thread")]
async fn https_speaks_the_protocol_alpn_agreed() {
    use rustls::pki_types::pem::PemObject;
    let pki = TestPki::new(&NAMES);
    let served = serve(&pki, "alpn", &[]);
    let mut roots = rustls::RootCertStore::empty();
    roots.add(rustls::pki_types::CertificateDer::from_pem_slice(pki.ca_pem.as_bytes()).unwrap()).unwrap();
    for offered in [vec![b"h2".to_vec(), b"http/1.1".to_vec()], vec![b"http/1.1".to_vec()], vec![]] {
        let mut config =
            rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_root_certificates(roots.clone())
                .with_no_client_auth();
        config.alpn_protocols = offered.clone();
        let tcp = tokio::net::TcpStream::connect(served.addr).await.unwrap();
        let name = rustls::pki_types::ServerName::try_from(NAMES[1]).unwrap();
        let mut tls = tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, tcp).await.unwrap();
        let agreed = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
        let h2 = offered.first().is_some_and(|first| first == b"h2");
        assert_eq!(agreed, offered.first().cloned(), "offered {offered:?}");
        let mut answer = [0u8; 12];
        if h2 {
            tls.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0").await.unwrap();
            tls.read_exact(&mut answer[..9]).await.unwrap();
            assert_eq!(answer[3], 0x4, "the server's first HTTP/2 frame is SETTINGS: {answer:?}");
        } else {
            tls.write_all(b"GET /api/health HTTP/1.1\r\nHost: owner.test\r\n\r\n").await.unwrap();
            tls.read_exact(&mut answer).await.unwrap();
            assert_eq!(&answer, b"HTTP/1.1 200", "offered {offered:?}");
        }
    }
}

/// The kit the owner's file makes: what the served files must be.
fn owner_kit() -> kit::ProviderKit {
    let served = served_domains();
    let query = Query::parse("owner.test").unwrap();
    let found = served.lookup("owner.test").unwrap();
    kit::provider_kit(&email_settings::settings::from_match(&query, &found, None)).unwrap()
}

fn served_domains() -> ServedDomains {
    let mut served = ServedDomains::default();
    served.add(into_static(&parse_operator_file(OWNER).unwrap())).unwrap();
    served
}

#[tokio::test(flavor = "multi_thread")]
async fn the_proxys_discovery_finds_and_reads_what_autoconfig_serves() {
    let pki = TestPki::new(&NAMES);
    let served = serve(&pki, "discover", &[]);
    let dns = proxy::dns(&NAMES, served.addr.ip());
    let state = proxy::state_with(proxy::settings(Some(&pki.ca_pem)), proxy::local_policy(&[465, 587]), dns, |o| {
        o.discover.https_port = served.addr.port();
    });
    let body = serde_json::to_string(&DiscoverRequest { domain: "ann@owner.test".to_owned() }).unwrap();
    let mut request =
        Request::post("/api/discover").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 60], 1))));
    let response = probe_proxy::app::app(state).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let found: DiscoverResponse =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert!(found.provider.is_none(), "owner.test is not in the built-in data: {:?}", found.provider);
    let expected = vec![
        FoundServer { host: "smtp.owner.test".into(), port: 465, security: Security::ImplicitTls },
        FoundServer { host: "smtp.owner.test".into(), port: 587, security: Security::StartTls },
    ];
    let urls: Vec<&str> = found.autoconfig.iter().map(|a| a.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://autoconfig.owner.test/mail/config-v1.1.xml",
            "https://owner.test/.well-known/autoconfig/mail/config-v1.1.xml",
            // The live ISPDB is asked too; this test's DNS knows no such host.
            "https://autoconfig.thunderbird.net/v1.1/owner.test"
        ]
    );
    let (served, ispdb) = found.autoconfig.split_at(2);
    for result in served {
        assert_eq!(result.outcome, AutoconfigOutcome::Found { servers: expected.clone() }, "{}", result.url);
    }
    assert_eq!(ispdb[0].outcome, AutoconfigOutcome::NotFound);
    let first: Vec<(&str, u16, Source)> =
        found.candidates.iter().take(2).map(|c| (c.host.as_str(), c.port, c.source)).collect();
    assert_eq!(first, [("smtp.owner.test", 465, Source::Autoconfig), ("smtp.owner.test", 587, Source::Autoconfig)]);
}

/// The element `name` among `node`'s children.
fn child<'a, 'input>(node: roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    node.children()
        .find(|c| c.has_tag_name(name))
        .unwrap_or_else(|| panic!("no <{name}> in <{}>", node.tag_name().name()))
}

fn text_of(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    child(node, name).text().unwrap_or_default().to_owned()
}

/// A plist `<dict>` as key → value element.
fn plist_dict<'a, 'input>(dict: roxmltree::Node<'a, 'input>) -> HashMap<String, roxmltree::Node<'a, 'input>> {
    let elements: Vec<_> = dict.children().filter(|c| c.is_element()).collect();
    elements
        .chunks(2)
        .map(|pair| {
            assert!(pair[0].has_tag_name("key"), "a dict alternates <key> and values");
            (pair[0].text().unwrap().to_owned(), pair[1])
        })
        .collect()
}

fn json_field<'a>(value: &'a JsonValue, key: &str) -> &'a JsonValue {
    let JsonValue::Object(map) = value else { panic!("not an object: {value:?}") };
    map.get(key).unwrap_or_else(|| panic!("no {key} in {value:?}"))
}

fn json_text<'a>(value: &'a JsonValue, key: &str) -> &'a str {
    match json_field(value, key) {
        JsonValue::String(text) => text,
        other => panic!("{key} is not a string: {other:?}"),
    }
}

const POX_REQUEST: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>ann@owner.test</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#;

#[tokio::test(flavor = "multi_thread")]
async fn every_answer_reads_back_with_an_independent_parser() {
    let pki = TestPki::new(&NAMES);
    let served = serve(&pki, "answers", &[]);
    let kit = owner_kit();
    let get = |host: &'static str, path: &'static str| https(served.addr, &pki, host, "GET", path, b"");

    // Thunderbird, on autoconfig.<domain> with the address and under /.well-known on the
    // domain without it (the host says which domain): the kit's file, byte for byte.
    let (status, headers, body) =
        get("autoconfig.owner.test", "/mail/config-v1.1.xml?emailaddress=ann%40owner.test").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/xml; charset=utf-8");
    assert_eq!(headers["x-content-type-options"], "nosniff", "the service's security headers apply");
    let config = String::from_utf8(body).unwrap();
    assert_eq!(config, kit.files[0].text, "the kit's rendering, not a second copy");
    let (status, _, well_known) = get("owner.test", "/.well-known/autoconfig/mail/config-v1.1.xml").await;
    assert_eq!((status, String::from_utf8(well_known).unwrap()), (200, config.clone()));
    let doc = roxmltree::Document::parse(&config).unwrap();
    let provider = child(doc.root_element(), "emailProvider");
    assert_eq!(text_of(provider, "domain"), "owner.test");
    let outgoing: Vec<_> = provider.children().filter(|c| c.has_tag_name("outgoingServer")).collect();
    let read = |server: roxmltree::Node<'_, '_>| {
        ["hostname", "port", "socketType", "username"].map(|name| text_of(server, name))
    };
    assert_eq!(read(outgoing[0]), ["smtp.owner.test", "465", "SSL", "%EMAILLOCALPART%"]);
    assert_eq!(read(outgoing[1]), ["smtp.owner.test", "587", "STARTTLS", "%EMAILLOCALPART%"]);
    assert_eq!(read(child(provider, "incomingServer")), ["mail.owner.test", "993", "SSL", "%EMAILADDRESS%"]);

    // Outlook's POX request, answered for that address (with its login name).
    let (status, headers, body) = https(
        served.addr,
        &pki,
        "autodiscover.owner.test",
        "POST",
        "/Autodiscover/Autodiscover.xml",
        POX_REQUEST.as_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(headers["cache-control"], "private, no-store");
    let pox = String::from_utf8(body).unwrap();
    let doc = roxmltree::Document::parse(&pox).unwrap();
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006")
    );
    let account = child(child(doc.root_element(), "Response"), "Account");
    assert_eq!(text_of(account, "AccountType"), "email");
    let protocols: HashMap<String, roxmltree::Node<'_, '_>> =
        account.children().filter(|c| c.has_tag_name("Protocol")).map(|p| (text_of(p, "Type"), p)).collect();
    let read = |p: roxmltree::Node<'_, '_>| ["Server", "Port", "Encryption", "LoginName"].map(|n| text_of(p, n));
    assert_eq!(read(protocols["SMTP"]), ["smtp.owner.test", "465", "SSL", "ann"]);
    assert_eq!(read(protocols["IMAP"]), ["mail.owner.test", "993", "SSL", "ann@owner.test"]);

    // Refused, over the wire too, in Autodiscover's own error response.
    let other = POX_REQUEST.replace("owner.test", "other.test");
    let (status, headers, body) =
        https(served.addr, &pki, "autodiscover.owner.test", "POST", "/autodiscover/autodiscover.xml", other.as_bytes())
            .await;
    assert_eq!((status, headers["content-type"].as_str()), (404, "application/xml; charset=utf-8"));
    let refusal = String::from_utf8(body).unwrap();
    let doc = roxmltree::Document::parse(&refusal).unwrap_or_else(|e| panic!("{e}: {refusal}"));
    assert_eq!(text_of(child(child(doc.root_element(), "Response"), "Error"), "ErrorCode"), "500");

    // The JSON form points at the POX endpoint, in both spellings of the request.
    for path in [
        "/autodiscover/autodiscover.json?Email=ann%40owner.test&Protocol=AutodiscoverV1&RedirectCount=1",
        "/autodiscover/autodiscover.json/v1.0/ann@owner.test?Protocol=AutodiscoverV1",
    ] {
        let (status, headers, body) = get("owner.test", path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(headers["content-type"], "application/json");
        let json: JsonValue = String::from_utf8(body).unwrap().parse().unwrap();
        assert_eq!(json_text(&json, "Protocol"), "AutodiscoverV1");
        assert_eq!(json_text(&json, "Url"), kit.files[2].url);
    }

    // Apple's profile, unsigned and saying so.
    let (status, headers, body) = get("owner.test", "/mobileconfig?email=ann%40owner.test").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/x-apple-aspen-config");
    assert_eq!(headers["content-disposition"], "attachment; filename=\"owner.test.mobileconfig\"");
    assert!(headers["x-profile-signature"].starts_with("unsigned"), "{headers:?}");
    let profile = String::from_utf8(body).unwrap();
    let doc = roxmltree::Document::parse_with_options(
        &profile,
        roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() },
    )
    .unwrap();
    let top = plist_dict(child(doc.root_element(), "dict"));
    assert_eq!(top["PayloadType"].text(), Some("Configuration"));
    let payload = plist_dict(top["PayloadContent"].children().find(|c| c.has_tag_name("dict")).unwrap());
    assert_eq!(payload["EmailAddress"].text(), Some("ann@owner.test"));
    assert_eq!(payload["OutgoingMailServerHostName"].text(), Some("smtp.owner.test"));
    assert_eq!(payload["OutgoingMailServerPortNumber"].text(), Some("465"));
    assert!(payload["OutgoingMailServerUseSSL"].has_tag_name("true"));
    assert_eq!(payload["OutgoingMailServerUsername"].text(), Some("ann"));
    assert_eq!(payload["IncomingMailServerHostName"].text(), Some("mail.owner.test"));

    // The DNS lines to publish.
    let (status, _, body) = get("owner.test", "/api/kit?domain=owner.test").await;
    assert_eq!(status, 200);
    let json: JsonValue = String::from_utf8(body).unwrap().parse().unwrap();
    let JsonValue::Array(srv) = json_field(&json, "srv_records") else { panic!("{json:?}") };
    let srv: Vec<&str> = srv.iter().map(|v| if let JsonValue::String(s) = v { s.as_str() } else { "" }).collect();
    assert_eq!(srv, kit.srv_records);
    assert_eq!(srv[0], "_submissions._tcp.owner.test. 3600 IN SRV 0 1 465 smtp.owner.test.");
    assert_eq!(srv[1], "_submission._tcp.owner.test. 3600 IN SRV 0 1 587 smtp.owner.test.");
}

/// The in-process application with the owner's domains served.
fn app() -> axum::Router {
    let state = proxy::state_with(proxy::settings(None), TargetPolicy::default(), StaticDns::default(), |o| {
        o.autoconfig = served_domains();
    });
    probe_proxy::app::app(state)
}

async fn send(app: &axum::Router, mut request: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 61], 1))));
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned());
    (status, content_type.unwrap_or_default(), response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

/// Sends `request` and checks that it is refused with `status` and `code`, and a message
/// containing `says`, free of control characters. Outlook's POX endpoint answers in its own
/// schema, an Autodiscover error response carrying the code as `DebugData`: its
/// `ErrorCode` is returned.
async fn refused(
    app: &axum::Router,
    request: Request<Body>,
    status: StatusCode,
    code: &str,
    says: &str,
) -> Option<u16> {
    let what = format!("{} {}", request.method(), request.uri());
    let pox = request.uri().path().ends_with("autodiscover.xml");
    let (got, content_type, body) = send(app, request).await;
    let text = String::from_utf8_lossy(&body);
    let (error, error_code) = if pox {
        assert_eq!(content_type, "application/xml; charset=utf-8", "{what}: {text}");
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{what}: {e}: {text}"));
        assert_eq!(
            doc.root_element().tag_name().namespace(),
            Some("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006")
        );
        let error = child(child(doc.root_element(), "Response"), "Error");
        let api =
            ApiError { code: ApiErrorCode::from_id(&text_of(error, "DebugData")), message: text_of(error, "Message") };
        (api, Some(text_of(error, "ErrorCode").parse().unwrap()))
    } else {
        (serde_json::from_slice(&body).unwrap_or_else(|_| panic!("{what}: {text}")), None)
    };
    assert_eq!((got, error.code.id()), (status, code), "{what}: {}", error.message);
    assert!(error.message.contains(says), "{what}: {:?} does not say {says:?}", error.message);
    assert!(!error.message.chars().any(char::is_control), "{what}: {:?}", error.message);
    error_code
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn pox(body: impl Into<Body>) -> Request<Body> {
    Request::post("/autodiscover/autodiscover.xml").header(header::CONTENT_TYPE, "text/xml").body(body.into()).unwrap()
}

#[tokio::test]
async fn unknown_domains_get_a_clear_404() {
    let app = app();
    let not_here = "no mail settings are served here for other.test";
    for uri in [
        "/mail/config-v1.1.xml?emailaddress=ann%40other.test",
        "/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=other.test",
        "/autodiscover/autodiscover.json?Email=ann%40other.test&Protocol=AutodiscoverV1",
        "/mobileconfig?email=ann%40other.test",
        "/api/kit?domain=other.test",
    ] {
        refused(&app, get(uri), StatusCode::NOT_FOUND, "unknown_domain", not_here).await;
    }
    // Without an address, the host names the domain asked about.
    for host in ["autoconfig.other.test", "other.test:443"] {
        let request = Request::get("/mail/config-v1.1.xml").header(header::HOST, host).body(Body::empty()).unwrap();
        refused(&app, request, StatusCode::NOT_FOUND, "unknown_domain", not_here).await;
    }
    // A domain of the built-in data is not served either: only the files' domains are.
    refused(&app, get("/mobileconfig?email=ann%40gmail.com"), StatusCode::NOT_FOUND, "unknown_domain", "gmail.com")
        .await;
    let outlook = refused(
        &app,
        pox(POX_REQUEST.replace("owner.test", "other.test")),
        StatusCode::NOT_FOUND,
        "unknown_domain",
        not_here,
    )
    .await;
    assert_eq!(outlook, Some(500), "Autodiscover's 'the email address cannot be found'");
    // Without --autoconfig the routes do not exist.
    let plain =
        probe_proxy::app::app(proxy::state(proxy::settings(None), TargetPolicy::default(), StaticDns::default()));
    assert_eq!(send(&plain, get("/mail/config-v1.1.xml?emailaddress=ann%40owner.test")).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn malformed_oversized_and_incomplete_requests_are_refused_clearly() {
    let app = app();
    let bad = StatusCode::BAD_REQUEST;
    let outlook = refused(
        &app,
        pox("<Autodiscover><Request><EMailAddress>ann@owner.test</Request>"),
        bad,
        "invalid_request",
        "not well-formed XML",
    )
    .await;
    assert_eq!(outlook, Some(600), "Autodiscover's 'invalid request'");
    refused(&app, pox("{\"EMailAddress\": \"ann@owner.test\"}"), bad, "invalid_request", "not an Autodiscover request")
        .await;
    refused(&app, pox(""), bad, "invalid_request", "not an Autodiscover request").await;
    refused(&app, pox("<Autodiscover><Request/></Autodiscover>"), bad, "invalid_request", "no <EMailAddress>").await;
    let entity = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Autodiscover><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>";
    refused(&app, pox(entity), bad, "invalid_request", "not well-formed XML").await;
    let activesync = POX_REQUEST.replace("outlook/responseschema/2006a", "mobilesync/responseschema/2006");
    let outlook = refused(&app, pox(activesync), bad, "invalid_request", "not Exchange ActiveSync").await;
    assert_eq!(outlook, Some(601), "Autodiscover's 'no configuration of the requested type'");
    // Over the autodiscover cap (2 KiB), and over the service's body limit, sent in chunks
    // without a length.
    let padded = POX_REQUEST.replace("<Request>", &format!("<Request><!--{}-->", "x".repeat(3000)));
    refused(&app, pox(padded), StatusCode::PAYLOAD_TOO_LARGE, "too_large", "larger").await;
    refused(&app, pox(chunked(64 * 1024)), StatusCode::PAYLOAD_TOO_LARGE, "too_large", "larger").await;
    let (status, _, _) = send(&app, pox(vec![b'x'; 64 * 1024])).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "a declared length over the service's limit");
    // Missing parameters (the host, 127.0.0.1 here, names no served domain).
    refused(&app, get("/mail/config-v1.1.xml"), bad, "invalid_request", "missing ?emailaddress=").await;
    let by_address = Request::get("/mail/config-v1.1.xml").header(header::HOST, "127.0.0.1:8080").body(Body::empty());
    refused(&app, by_address.unwrap(), bad, "invalid_request", "missing ?emailaddress=").await;
    refused(&app, get("/mobileconfig"), bad, "invalid_request", "missing ?email=").await;
    refused(&app, get("/mobileconfig?email=owner.test"), bad, "invalid_request", "whole address").await;
    refused(&app, get("/api/kit"), bad, "invalid_request", "missing ?domain=").await;
    refused(
        &app,
        get("/autodiscover/autodiscover.json?Protocol=AutodiscoverV1"),
        bad,
        "invalid_request",
        "missing ?Email=",
    )
    .await;
    let json = "/autodiscover/autodiscover.json?Email=ann%40owner.test";
    refused(&app, get(json), bad, "invalid_request", "missing &Protocol=AutodiscoverV1").await;
    refused(
        &app,
        get(&format!("{json}&Protocol=ActiveSync")),
        bad,
        "invalid_request",
        "Protocol `ActiveSync` is not offered",
    )
    .await;
    refused(&app, get("/mobileconfig?email=a&email=b"), bad, "invalid_request", "query string").await;
    // GET on the POX endpoint is not a request Outlook makes.
    assert_eq!(send(&app, get("/autodiscover/autodiscover.xml")).await.0, StatusCode::METHOD_NOT_ALLOWED);
}

/// A body of `size` bytes sent in pieces, with no length known in advance.
fn chunked(size: usize) -> Body {
    Body::from_stream(tokio_util::io::ReaderStream::with_capacity(std::io::Cursor::new(vec![b'x'; size]), 1024))
}

#[tokio::test]
async fn hostile_addresses_are_refused_and_never_echoed_raw() {
    let app = app();
    let bad = StatusCode::BAD_REQUEST;
    // A line break and an ANSI escape in the address, in each place an address arrives.
    for uri in [
        "/mail/config-v1.1.xml?emailaddress=ann%0D%0A%1B%5B31m%40owner.test",
        "/mobileconfig?email=ann%1B%5B2J%40owner.test",
        "/autodiscover/autodiscover.json?Email=ann%0A%40owner.test&Protocol=AutodiscoverV1",
        "/autodiscover/autodiscover.json/v1.0/ann%0A%40owner.test?Protocol=AutodiscoverV1",
        "/api/kit?domain=owner.test%0AX-Injected:%201",
    ] {
        refused(&app, get(uri), bad, "invalid_request", "").await;
    }
    refused(&app, pox(POX_REQUEST.replace("ann@", "ann&#10;&#27;[31m@")), bad, "invalid_request", "").await;
    refused(&app, pox(POX_REQUEST.replace("ann@", "ann\r\n@")), bad, "invalid_request", "").await;
    let hostile_protocol = "/autodiscover/autodiscover.json?Email=ann%40owner.test&Protocol=Ews%0A%1B%5B2J";
    refused(&app, get(hostile_protocol), bad, "invalid_request", "Protocol as given is not offered").await;
}

#[test]
fn a_bad_file_stops_the_start_naming_the_file_and_the_problem() {
    let dir = temp_dir("bad");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let start = |files: &[&Path]| {
        let mut command = Command::new(proxy::binary());
        command.args(["serve", "--listen", "127.0.0.1:0", "--no-dns", "--ispdb", "off", "--dist", "/nonexistent"]);
        for file in files {
            command.arg("--autoconfig").arg(file);
        }
        let output = command.stdin(Stdio::null()).output().unwrap();
        assert!(!output.status.success(), "it must not start");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let missing = dir.join("missing.toml");
    let stderr = start(&[&missing]);
    assert!(stderr.contains("cannot read the autoconfig file") && stderr.contains("missing.toml"), "{stderr}");
    let plaintext = write("plain.toml", &OWNER.replace("\"starttls\"", "\"plain\""));
    let stderr = start(&[&plaintext]);
    assert!(stderr.contains("plain.toml") && stderr.contains("plaintext SMTP server"), "{stderr}");
    let typo = write("typo.toml", &OWNER.replace("security = \"implicit-tls\"", "security = \"tls\""));
    let stderr = start(&[&typo]);
    assert!(stderr.contains("typo.toml") && stderr.contains("unknown variant `tls`"), "{stderr}");
    let good = write("good.toml", OWNER);
    let twin = write("twin.toml", &OWNER.replace("id = \"owner\"", "id = \"twin\""));
    let stderr = start(&[&good, &twin]);
    assert!(stderr.contains("twin.toml") && stderr.contains("`owner.test` is served by both"), "{stderr}");
    // The certificate is read at start too.
    let output = Command::new(proxy::binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--dist", "/nonexistent", "--tls-key"])
        .arg(&good)
        .arg("--tls-cert")
        .arg(&good)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success() && stderr.contains("holds no certificate"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tls_handshake_that_never_comes_is_cut_off_by_the_header_deadline() {
    let pki = TestPki::new(&NAMES);
    let served = serve(&pki, "handshake", &["--header-read-timeout", "1"]);
    let mut silent = tokio::net::TcpStream::connect(served.addr).await.unwrap();
    let mut byte = [0u8; 1];
    // Bounded: the server must close the connection well before this.
    let closed = tokio::time::timeout(std::time::Duration::from_secs(10), silent.read(&mut byte)).await;
    assert!(matches!(closed, Ok(Ok(0)) | Ok(Err(_))), "the silent connection was not closed: {closed:?}");
    // The server still answers others.
    let (status, _, _) = https(served.addr, &pki, "owner.test", "GET", "/api/kit?domain=owner.test", b"").await;
    assert_eq!(status, 200);
}
