//! The login test and the test message: against scripted servers for every mapped refusal,
//! a bad certificate and the secret's hygiene, and Happy Eyeballs across addresses. (The
//! real Postfix + Dovecot runs are in `postfix.rs`.)

use std::net::IpAddr;
use std::sync::Arc;

use base64::Engine as _;
use email_settings::provider::Security;
use email_settings::smtp::auth;
use mailsetup_shared::verdict::FindingCode;
use mailsetup_shared::wire::{
    ConnectOutcome, FailureKind, LoginRequest, PortReport, PortSpec, ProbeDepth, ProbeEvent, ProbeResponse, Secret,
    Step,
};
use mailsetup_tests::pki::TestPki;
use mailsetup_tests::proxy;
use mailsetup_tests::scripted::{ScriptedServer, Session};
use probe_proxy::probe::LoginPlan;

const NAME: &str = "scripted.mailsetup.test";
const USER: &str = "someone@mailsetup.test";
const SECRET: &str = "correct-horse-7Q!battery";

fn login(secret: Secret, send_test_to: Option<&str>) -> LoginPlan {
    let request = LoginRequest { user: USER.to_owned(), secret, send_test_to: send_test_to.map(str::to_owned) };
    LoginPlan::check(request).unwrap()
}

/// An implicit-TLS server that offers `auth` and answers AUTH with `reply`.
async fn login_server(pki: &TestPki, auth: &'static str, reply: &'static [u8]) -> ScriptedServer {
    let tls = pki.rustls_server_config();
    ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            if session.start_tls(tls).await {
                session.send(b"220 scripted ESMTP\r\n").await;
                session.serve_login(auth, reply, b"250 2.0.0 Ok: queued as 4TestQ1d\r\n").await;
            }
        }
    })
    .await
}

async fn probe(
    server: &ScriptedServer,
    security: Security,
    ca: Option<&str>,
    plan: LoginPlan,
) -> (ProbeResponse, Vec<ProbeEvent>) {
    let spec = PortSpec { port: server.addr.port(), security };
    let dns = proxy::dns(&[NAME], "127.0.0.1".parse().unwrap());
    let policy = proxy::local_policy(&[spec.port]);
    let prepared = probe_proxy::probe::prepare(&dns, &policy, NAME, &[spec]).await.unwrap().with_login(plan);
    let (tx, mut rx) = probe_proxy::probe::event_channel();
    let response = prepared.run(Arc::new(proxy::settings(ca)), Some(tx)).await;
    let mut events = Vec::new();
    while let Ok(event) = rx.try_recv() {
        events.push(*event);
    }
    (response, events)
}

fn codes(report: &PortReport) -> Vec<FindingCode> {
    report.verdict.findings.iter().map(|f| f.code).collect()
}

#[tokio::test]
async fn each_mapped_refusal_gets_its_advice() {
    let pki = TestPki::new(&[NAME]);
    let cases: [(&'static [u8], FindingCode); 7] = [
        (
            b"534-5.7.9 Application-specific password required. Learn more at\r\n\
              534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1-2 - gsmtp\r\n",
            FindingCode::LoginAppPasswordRequired,
        ),
        (
            b"535-5.7.8 Username and Password not accepted. Learn more at\r\n\
              535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-2 - gsmtp\r\n",
            FindingCode::LoginWrongCredentials,
        ),
        (
            b"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. \
              Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR01CA0001.eurprd01.prod]\r\n",
            FindingCode::LoginSmtpAuthDisabled,
        ),
        (
            b"535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [XX1P123CA0004.prod]\r\n",
            FindingCode::LoginPasswordDisabled,
        ),
        (b"535 5.7.0 (#AUTH005) Too many bad auth attempts.\r\n", FindingCode::LoginTooManyAttempts),
        (b"454 4.7.0 Temporary authentication failure\r\n", FindingCode::LoginTemporaryFailure),
        (
            b"535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.prod.outlook.com]\r\n",
            FindingCode::LoginWrongCredentials,
        ),
    ];
    for (reply, expected) in cases {
        let server = login_server(&pki, "AUTH PLAIN LOGIN", reply).await;
        let (response, _) =
            probe(&server, Security::ImplicitTls, Some(&pki.ca_pem), login(Secret::Password(SECRET.into()), None))
                .await;
        let report = &response.reports[0];
        let failure = report.facts.failure.as_ref().expect("the login failed");
        assert_eq!((failure.step, failure.kind), (Step::Login, FailureKind::LoginRefused));
        assert_eq!(report.verdict.findings[0].code, expected, "{}", String::from_utf8_lossy(reply));
        // The connection itself was fine, and is still judged.
        assert!(codes(report).contains(&FindingCode::CertificateOk), "{:?}", codes(report));
    }
}

#[tokio::test]
async fn an_unknown_refusal_shows_the_server_s_own_words() {
    let pki = TestPki::new(&[NAME]);
    let server =
        login_server(&pki, "AUTH PLAIN", b"550 5.7.1 Logins from this network are not allowed today\r\n").await;
    let (response, _) =
        probe(&server, Security::ImplicitTls, Some(&pki.ca_pem), login(Secret::Password(SECRET.into()), None)).await;
    let finding = &response.reports[0].verdict.findings[0];
    assert_eq!(finding.code, FindingCode::LoginRefused);
    let said = "550 5.7.1 Logins from this network are not allowed today";
    assert_eq!(finding.args.said.as_deref(), Some(said), "the server's words, as a value for every language");
    assert!(finding.advice.ends_with(&format!("The server said: {said}")), "{}", finding.advice);
}

#[tokio::test]
async fn a_login_and_a_test_message_are_proved_with_the_queue_id() {
    let pki = TestPki::new(&[NAME]);
    for auth in ["AUTH PLAIN LOGIN", "AUTH LOGIN"] {
        let server = login_server(&pki, auth, b"235 2.7.0 Authentication successful\r\n").await;
        let plan = login(Secret::Password(SECRET.into()), Some(USER));
        let (response, events) = probe(&server, Security::ImplicitTls, Some(&pki.ca_pem), plan).await;
        let report = &response.reports[0];
        assert!(report.facts.failure.is_none(), "{report:#?}");
        let steps: Vec<Step> = report.facts.steps.iter().map(|s| s.step).collect();
        assert_eq!(steps, Step::plan(Security::ImplicitTls, ProbeDepth::TestMessage));
        assert!(report.facts.login.as_ref().unwrap().accepted);
        assert_eq!(report.facts.test_message.as_ref().unwrap().queue_id.as_deref(), Some("4TestQ1d"));
        assert!(codes(report).contains(&FindingCode::LoginOk) && codes(report).contains(&FindingCode::MessageAccepted));
        // The report went out before QUIT was said.
        let report_at = events.iter().position(|e| matches!(e, ProbeEvent::Report { .. })).unwrap();
        assert!(report_at < events.len() - 1, "the report precedes `done`");
        let received = server.received();
        assert_eq!(received.last().map(String::as_str), Some("QUIT"), "{received:?}");
        let verbs: Vec<String> =
            received.iter().map(|l| l.split_whitespace().next().unwrap_or_default().to_owned()).collect();
        let at = |verb: &str| verbs.iter().position(|v| v == verb).unwrap();
        assert!(at("AUTH") < at("MAIL") && at("MAIL") < at("RCPT") && at("RCPT") < at("DATA"), "{received:?}");
        // From the login's own address to itself, and nothing a person typed in the text.
        assert!(received.contains(&format!("MAIL FROM:<{USER}>")) && received.contains(&format!("RCPT TO:<{USER}>")));
        assert!(received.contains(&"Subject: mailsetup test message".to_owned()), "{received:?}");
        assert!(!received.iter().any(|l| l.starts_with("Message-ID:") && l.contains(&std::process::id().to_string())));
    }
}

#[tokio::test]
async fn a_test_message_goes_only_to_the_login_s_own_plain_address() {
    let pki = TestPki::new(&[NAME]);
    let server = login_server(&pki, "AUTH PLAIN", b"235 ok\r\n").await;
    for (user, to) in [
        (USER, "victim@example.net"),
        ("\"Cheap pills: http://spam.example\"@example.net", "\"Cheap pills: http://spam.example\"@example.net"),
        ("someone@mailsetup.test\u{2028}<x@evil.example>", "someone@mailsetup.test"),
    ] {
        let request =
            LoginRequest { user: user.into(), secret: Secret::Password(SECRET.into()), send_test_to: Some(to.into()) };
        let refused = LoginPlan::check(request).unwrap_err();
        assert!(refused.to_string().contains("login test cannot run"), "{user:?} → {to:?}: {refused}");
    }
    assert_eq!(server.connections(), 0, "refused before anything is sent");
}

#[tokio::test]
async fn tokens_use_oauthbearer_and_a_refused_token_is_acknowledged() {
    let pki = TestPki::new(&[NAME]);
    // Google answers a bad XOAUTH2 token with a 334 error challenge, then 535 after an empty line.
    let server =
        login_server(&pki, "AUTH PLAIN XOAUTH2", b"334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIn0=\r\n").await;
    let (response, _) =
        probe(&server, Security::ImplicitTls, Some(&pki.ca_pem), login(Secret::OAuth2Token("ya29.tok".into()), None))
            .await;
    let received = server.received();
    assert!(received.iter().any(|l| l.starts_with("AUTH XOAUTH2 ")), "{received:?}");
    assert!(received.iter().any(|l| l.is_empty()), "the error challenge is acknowledged: {received:?}");
    assert_eq!(response.reports[0].facts.login.as_ref().unwrap().mechanism.map(|m| m.name()), Some("XOAUTH2"));
}

#[tokio::test]
async fn a_bad_certificate_keeps_the_password_back() {
    let pki = TestPki::new(&[NAME]);
    let server = login_server(&pki, "AUTH PLAIN LOGIN", b"235 2.7.0 ok\r\n").await;
    // The test CA is not trusted here, so the certificate is not either.
    let (response, _) =
        probe(&server, Security::ImplicitTls, None, login(Secret::Password(SECRET.into()), Some(USER))).await;
    let report = &response.reports[0];
    let failure = report.facts.failure.as_ref().unwrap();
    assert_eq!((failure.step, failure.kind), (Step::Login, FailureKind::LoginNotSafe));
    assert!(
        codes(report).contains(&FindingCode::LoginNotSafe)
            && codes(report).contains(&FindingCode::CertificateUntrusted)
    );
    let received = server.received();
    assert!(received.iter().all(|l| !l.starts_with("AUTH") && !l.starts_with("MAIL")), "{received:?}");
}

#[tokio::test]
async fn auth_is_never_sent_before_tls() {
    let pki = TestPki::new(&[NAME]);
    let tls = pki.rustls_server_config();
    // Offers AUTH on the plain connection too; the probe must wait for TLS.
    let server = ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            session.send(b"220 scripted ESMTP\r\n").await;
            while let Some(line) = session.read_line().await {
                match line.split_whitespace().next().unwrap_or_default() {
                    "EHLO" => session.send(b"250-scripted\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n").await,
                    "STARTTLS" => {
                        session.send(b"220 2.0.0 go ahead\r\n").await;
                        if session.start_tls(tls.clone()).await {
                            session.serve_login("AUTH PLAIN LOGIN", b"235 2.7.0 ok\r\n", b"250 ok\r\n").await;
                        }
                        return;
                    }
                    _ => session.send(b"502 5.5.2 no\r\n").await,
                }
            }
        }
    })
    .await;
    let (response, _) =
        probe(&server, Security::StartTls, Some(&pki.ca_pem), login(Secret::Password(SECRET.into()), None)).await;
    assert!(response.reports[0].facts.login.as_ref().unwrap().accepted, "{response:#?}");
    let received = server.received();
    let starttls = received.iter().position(|l| l == "STARTTLS").unwrap();
    let auth = received.iter().position(|l| l.starts_with("AUTH")).unwrap();
    assert!(starttls < auth, "{received:?}");
}

#[tokio::test]
async fn the_secret_never_appears_in_any_output() {
    let pki = TestPki::new(&[NAME]);
    let encoded = [
        SECRET.to_owned(),
        base64::engine::general_purpose::STANDARD.encode(SECRET),
        auth::plain(USER, SECRET),
        auth::oauthbearer(USER, SECRET),
        auth::xoauth2(USER, SECRET),
    ];
    let replies: [&'static [u8]; 2] = [b"235 2.7.0 ok\r\n", b"535 5.7.8 Error: authentication failed\r\n"];
    for (auth_line, reply) in [("AUTH PLAIN", replies[0]), ("AUTH LOGIN", replies[1]), ("AUTH PLAIN", replies[1])] {
        let server = login_server(&pki, auth_line, reply).await;
        let plan = login(Secret::Password(SECRET.into()), Some(USER));
        let plan_debug = format!("{plan:?}");
        let (response, events) = probe(&server, Security::ImplicitTls, Some(&pki.ca_pem), plan).await;
        let outputs = [
            serde_json::to_string(&response).unwrap(),
            format!("{response:?}"),
            probe_proxy::readable::render_report(&response, &mailsetup_shared::words::Words::english()),
            serde_json::to_string(&events).unwrap(),
            plan_debug,
        ];
        for output in &outputs {
            for secret in &encoded {
                assert!(!output.contains(secret.as_str()), "the secret leaked: {output}");
            }
        }
        // It did reach the server, in the one place it belongs.
        assert!(server.received().iter().any(|l| encoded.iter().any(|e| l.contains(e.as_str()))));
        let transcript = &response.reports[0].facts.transcript;
        assert!(transcript.iter().any(|l| l.text == "AUTH PLAIN ****" || l.text == "****"), "{transcript:?}");
    }
    // The request itself never prints it either.
    let request = LoginRequest { user: USER.into(), secret: Secret::Password(SECRET.into()), send_test_to: None };
    assert!(!format!("{request:?}").contains(SECRET));
}

#[tokio::test]
async fn happy_eyeballs_connects_through_the_live_address_and_reports_the_dead_one() {
    let pki = TestPki::new(&[NAME]);
    let server = login_server(&pki, "AUTH PLAIN", b"235 ok\r\n").await;
    let port = server.addr.port();
    // 127.0.0.2 has nothing listening on the port: refused; 127.0.0.1 is the server.
    let dead: IpAddr = "127.0.0.2".parse().unwrap();
    let live: IpAddr = "127.0.0.1".parse().unwrap();
    let dns = probe_proxy::dns::StaticDns::default().with_address(NAME, dead).with_address(NAME, live);
    let spec = PortSpec { port, security: Security::ImplicitTls };
    let prepared = probe_proxy::probe::prepare(&dns, &proxy::local_policy(&[port]), NAME, &[spec]).await.unwrap();
    let settings = Arc::new(proxy::settings(Some(&pki.ca_pem)));
    let report = prepared.run(settings.clone(), None).await.reports.remove(0);
    assert!(report.facts.failure.is_none(), "{report:#?}");
    assert_eq!(report.facts.address, live);
    let attempts: Vec<(IpAddr, ConnectOutcome)> = report.facts.attempts.iter().map(|a| (a.ip, a.outcome)).collect();
    assert_eq!(attempts, [(dead, ConnectOutcome::Refused), (live, ConnectOutcome::Connected)]);
    // Every address on its own: the broken node stands out.
    let response = prepared.with_all_addresses().run(settings, None).await;
    let verdicts: Vec<(IpAddr, bool)> =
        response.reports.iter().map(|r| (r.facts.address, r.facts.failure.is_none())).collect();
    assert_eq!(verdicts, [(dead, false), (live, true)]);
    assert!(
        probe_proxy::readable::render_report(&response, &mailsetup_shared::words::Words::english())
            .contains("1 of 2 addresses fail while the others work: 127.0.0.2")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_reads_the_password_from_stdin_and_never_prints_it() {
    use std::io::Write as _;
    let pki = TestPki::new(&[NAME]);
    let server = login_server(&pki, "AUTH PLAIN LOGIN", b"235 2.7.0 ok\r\n").await;
    let dir = std::env::temp_dir().join(format!("mailsetup-cli-login-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca = pki.write(&dir).unwrap();
    let port = server.addr.port().to_string();
    let mut child = std::process::Command::new(proxy::binary())
        .args(["probe", NAME, "--port", &format!("{port}/tls"), "--allow-private-targets", "--allow-ports", &port])
        .args(["--resolve", &format!("{NAME}=127.0.0.1"), "--ca-file", ca.to_str().unwrap()])
        .args(["--user", USER, "--password-stdin", "--send-test-to"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{SECRET}\n").as_bytes()).unwrap();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains(&format!("Login as {USER} with PLAIN: accepted")), "{stdout}");
    assert!(stdout.contains("queue id 4TestQ1d"), "{stdout}");
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET) && !stdout.contains(&auth::plain(USER, SECRET)));
}

mod over_http {
    use std::net::SocketAddr;
    use std::time::Duration;

    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{Request, StatusCode, header};
    use http_body_util::BodyExt;
    use mailsetup_shared::wire::{ApiError, ProbeResponse, ProxyInfo};
    use probe_proxy::app::{AppOptions, app};
    use tower::ServiceExt;

    use super::*;

    async fn call(router: &axum::Router, request: Request<Body>) -> (StatusCode, Vec<u8>) {
        let mut request = request;
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 9], 40000))));
        let response = router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        (status, response.into_body().collect().await.unwrap().to_bytes().to_vec())
    }

    fn probe_request(port: u16, login: bool) -> Request<Body> {
        let login = if login {
            format!(r#","login":{{"user":"{USER}","secret":{{"kind":"password","value":"{SECRET}"}}}}"#)
        } else {
            String::new()
        };
        let body = format!(r#"{{"host":"{NAME}","ports":[{{"port":{port},"security":"implicit-tls"}}]{login}}}"#);
        Request::post("/api/probe")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(body))
            .unwrap()
    }

    async fn config(router: &axum::Router) -> ProxyInfo {
        let (_, body) = call(router, Request::get("/api/config").body(Body::empty()).unwrap()).await;
        serde_json::from_slice(&body).unwrap()
    }

    fn router(pki: &TestPki, port: u16, change: impl FnOnce(&mut AppOptions)) -> axum::Router {
        let dns = proxy::dns(&[NAME], "127.0.0.1".parse().unwrap());
        app(proxy::state_with(proxy::settings(Some(&pki.ca_pem)), proxy::local_policy(&[port]), dns, change))
    }

    #[tokio::test]
    async fn a_proxy_not_on_the_person_s_computer_refuses_the_login_test() {
        let pki = TestPki::new(&[NAME]);
        let server = login_server(&pki, "AUTH PLAIN", b"235 ok\r\n").await;
        let port = server.addr.port();
        let public = router(&pki, port, |o| o.personal = false);
        assert!(!config(&public).await.login_test);
        let (status, body) = call(&public, probe_request(port, true)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let error: ApiError = serde_json::from_slice(&body).unwrap();
        assert_eq!(error.code.id(), "login_not_allowed");
        assert!(!String::from_utf8_lossy(&body).contains(SECRET));
        assert_eq!(server.connections(), 0, "refused before connecting");
        // A personal proxy reached through a reverse proxy is public, whatever it listens on.
        let personal = router(&pki, port, |o| o.personal = true);
        for header in ["x-forwarded-for", "forwarded", "x-real-ip", "via"] {
            let mut request = probe_request(port, true);
            request.headers_mut().insert(header, "for=198.51.100.7".parse().unwrap());
            let (status, body) = call(&personal, request).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{header}");
            assert!(!String::from_utf8_lossy(&body).contains(SECRET));
            let info = Request::get("/api/config").header(header, "198.51.100.7").body(Body::empty()).unwrap();
            let (_, body) = call(&personal, info).await;
            let info: ProxyInfo = serde_json::from_slice(&body).unwrap();
            assert!(!info.login_test && !info.runs_locally, "{header}");
        }
        assert_eq!(server.connections(), 0, "refused before connecting");
        assert!(config(&personal).await.login_test, "the person's own requests");
        // The operator may turn it on.
        let enabled = router(&pki, port, |o| {
            o.personal = false;
            o.allow_login_test = true;
        });
        assert!(config(&enabled).await.login_test);
        assert_eq!(call(&enabled, probe_request(port, true)).await.0, StatusCode::OK);
    }

    /// Everything logged at any level, for searching.
    #[derive(Clone, Default)]
    struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_local_proxy_runs_it_and_never_caches_it() {
        let log = Captured::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let _logging = tracing::subscriber::set_default(subscriber);
        // The first event registers the thread's subscriber with every callsite.
        tracing::info!("capturing the log");
        let pki = TestPki::new(&[NAME]);
        let server = login_server(&pki, "AUTH PLAIN", b"235 2.7.0 ok\r\n").await;
        let port = server.addr.port();
        let local = router(&pki, port, |o| o.limits.cache_window = Duration::from_secs(60));
        let info = config(&local).await;
        assert!(info.login_test, "a proxy on loopback offers it");
        // The page shows a running step's limit: the proxy's own settings (3 s, 3 s, 10 s).
        let limits = info.limits.expect("the proxy says its limits");
        assert_eq!((limits.connect_seconds, limits.reply_seconds, limits.port_seconds), (3, 3, 10));
        assert_eq!(limits.for_step(Step::Tls), 3);
        let (status, body) = call(&local, probe_request(port, true)).await;
        assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
        assert!(!String::from_utf8_lossy(&body).contains(SECRET));
        let response: ProbeResponse = serde_json::from_slice(&body).unwrap();
        assert!(response.reports[0].facts.login.as_ref().unwrap().accepted);
        // Neither served from nor stored in the cache: both connect again.
        let (_, second) = call(&local, probe_request(port, true)).await;
        assert!(!serde_json::from_slice::<ProbeResponse>(&second).unwrap().cached);
        let (_, plain) = call(&local, probe_request(port, false)).await;
        let plain: ProbeResponse = serde_json::from_slice(&plain).unwrap();
        assert!(!plain.cached && plain.reports[0].facts.login.is_none());
        assert_eq!(server.connections(), 3);
        // A secret in the wrong shape is refused without being repeated, to the client or the log.
        let misplaced =
            format!(r#"{{"host":"{NAME}","ports":[{port}],"login":{{"user":"{USER}","secret":"{SECRET}"}}}}"#);
        let request = Request::post("/api/probe")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(misplaced))
            .unwrap();
        let (status, body) = call(&local, request).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(!String::from_utf8_lossy(&body).contains(SECRET), "{}", String::from_utf8_lossy(&body));
        let logged = String::from_utf8_lossy(&log.0.lock().unwrap()).into_owned();
        assert!(logged.contains("login=true"), "the proxy's log was captured: {logged}");
        assert!(!logged.contains(SECRET) && !logged.contains(&auth::plain(USER, SECRET)), "{logged}");
    }
}
