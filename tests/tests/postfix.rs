//! The probe against a real Postfix with Dovecot SASL, started on loopback by the harness.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use email_settings::provider::Security;
use email_settings::smtp::Extension;
use http_body_util::BodyExt;
use mailsetup_shared::verdict::{FindingCode, Usability};
use mailsetup_shared::wire::{
    FailureKind, LoginRequest, PortReport, PortRequest, PortSpec, ProbeDepth, ProbeEvent, ProbeResponse, Secret, Step,
    TlsVersion,
};
use mailsetup_tests::mail_server::MailServer;
use mailsetup_tests::pki::SERVER_NAME;
use mailsetup_tests::proxy;
use probe_proxy::probe::LoginPlan;
use tower::ServiceExt;

fn start_server() -> Option<MailServer> {
    if mailsetup_tests::mail_server_tests_skipped() {
        eprintln!("skipped: MAILSETUP_SKIP_MAIL_SERVER is set");
        return None;
    }
    Some(MailServer::start().unwrap_or_else(|e| panic!("cannot start the test mail server: {e}")))
}

fn specs(ports: &[u16]) -> Vec<PortSpec> {
    ports.iter().map(|&p| PortRequest::Port(p).spec()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn proves_all_three_ports_of_a_real_postfix() {
    let Some(server) = start_server() else { return };
    let settings = Arc::new(proxy::settings(Some(&server.pki.ca_pem)));
    let dns = proxy::dns(&[SERVER_NAME], server.ip.into());
    let policy = proxy::local_policy(&[25, 465, 587]);
    let prepared = probe_proxy::probe::prepare(&dns, &policy, SERVER_NAME, &specs(&[25, 465, 587])).await.unwrap();
    let response = prepared.run(settings, None).await;
    assert_eq!(response.address, std::net::IpAddr::from(server.ip));
    let [p25, p465, p587] = &response.reports[..] else { panic!("three reports: {response:#?}") };

    // 587: STARTTLS required, login only after TLS.
    assert_eq!((p587.facts.port, p587.facts.security), (587, Security::StartTls));
    assert!(p587.facts.failure.is_none(), "{:#?}\n{}", p587.facts.failure, server.log());
    let greeting = p587.facts.greeting.as_ref().unwrap();
    assert_eq!(greeting.code, 220);
    assert!(greeting.text().contains("mailsetup test server"), "{greeting:?}");
    let before = p587.facts.ehlo_plain.as_ref().unwrap();
    assert!(before.has(Extension::StartTls), "STARTTLS advertised before TLS");
    assert!(before.auth.is_empty(), "no AUTH before TLS: {:?}", before.auth);
    let after = p587.facts.ehlo_tls.as_ref().unwrap();
    assert_eq!(after.auth_names(), ["PLAIN", "LOGIN"]);
    assert!(!after.has(Extension::StartTls), "STARTTLS is not offered again inside TLS");
    let tls = p587.facts.tls.as_ref().unwrap();
    assert_eq!(tls.version, TlsVersion::Tls13);
    assert!(tls.chain_trusted, "{:?}", tls.chain_error);
    assert!(tls.name_matches, "{:?}", tls.name_error);
    assert_eq!(tls.server_name, SERVER_NAME);
    assert_eq!(tls.chain[0].names, [SERVER_NAME]);
    assert_eq!(tls.chain[0].issuer, "CN=mailsetup test CA");
    assert!((28..=30).contains(&tls.chain[0].days_left), "{}", tls.chain[0].days_left);
    let steps: Vec<Step> = p587.facts.steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, Step::plan(Security::StartTls, ProbeDepth::Connection));
    assert!(p587.facts.steps.iter().all(|s| s.ok), "{:#?}", p587.facts.steps);
    let timed: u64 = p587.facts.steps.iter().map(|s| s.ms).sum();
    assert!(timed <= p587.facts.total_ms, "step times add up within the total");
    assert_eq!(p587.verdict.usability, Usability::Ready, "{:#?}", p587.verdict);
    assert!(p587.verdict.findings.iter().any(|f| f.code == FindingCode::AuthAfterTlsOnly));

    // 465: implicit TLS, the greeting arrives inside TLS.
    assert!(p465.facts.failure.is_none(), "{:#?}", p465.facts.failure);
    let steps: Vec<Step> = p465.facts.steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, Step::plan(Security::ImplicitTls, ProbeDepth::Connection));
    assert!(p465.facts.ehlo_plain.is_none());
    assert_eq!(p465.facts.ehlo_tls.as_ref().unwrap().auth_names(), ["PLAIN", "LOGIN"]);
    assert_eq!(p465.facts.tls.as_ref().unwrap().version, TlsVersion::Tls13);
    assert_eq!(p465.verdict.usability, Usability::Ready, "{:#?}", p465.verdict);

    // 25: STARTTLS offered, no login at all: relay, not submission.
    assert!(p25.facts.failure.is_none(), "{:#?}", p25.facts.failure);
    assert!(p25.facts.ehlo_plain.as_ref().unwrap().has(Extension::StartTls));
    assert!(p25.facts.ehlo_tls.as_ref().unwrap().auth.is_empty());
    assert_eq!(p25.verdict.usability, Usability::Warnings);
    assert!(p25.verdict.findings.iter().any(|f| f.code == FindingCode::Port25IsRelay));

    // The transcript shows the conversation in order, client and server, up to the verdict
    // (QUIT follows it).
    let transcript: Vec<&str> = p587.facts.transcript.iter().map(|l| l.text.as_str()).collect();
    let ehlo = transcript.iter().position(|l| *l == "EHLO probe.mailsetup.test").unwrap();
    let starttls = transcript.iter().position(|l| *l == "STARTTLS").unwrap();
    assert!(ehlo < starttls, "{transcript:#?}");
}

async fn login_probe(server: &MailServer, port: u16, password: &str, send_test_to: Option<&str>) -> PortReport {
    let settings = Arc::new(proxy::settings(Some(&server.pki.ca_pem)));
    let dns = proxy::dns(&[SERVER_NAME], server.ip.into());
    let policy = proxy::local_policy(&[port]);
    let request = LoginRequest {
        user: "someone@mailsetup.test".to_owned(),
        secret: Secret::Password(password.to_owned()),
        send_test_to: send_test_to.map(str::to_owned),
    };
    let prepared = probe_proxy::probe::prepare(&dns, &policy, SERVER_NAME, &specs(&[port])).await.unwrap();
    let prepared = prepared.with_login(LoginPlan::check(request).unwrap());
    prepared.run(settings, None).await.reports.remove(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_login_and_a_test_message_are_proved_against_postfix_and_dovecot() {
    let Some(server) = start_server() else { return };
    // The right password, on both submission ports; a test message on 465.
    let report = login_probe(&server, 587, mailsetup_tests::mail_server::PASSWORD, None).await;
    assert!(report.facts.failure.is_none(), "{:#?}\n{}", report.facts, server.log());
    assert!(report.verdict.findings.iter().any(|f| f.code == FindingCode::LoginOk), "{:#?}", report.verdict);
    let transcript: Vec<&str> = report.facts.transcript.iter().map(|l| l.text.as_str()).collect();
    let starttls = transcript.iter().position(|l| *l == "STARTTLS").unwrap();
    let auth = transcript.iter().position(|l| *l == "AUTH PLAIN ****").unwrap();
    assert!(starttls < auth, "AUTH only inside TLS: {transcript:#?}");

    let report =
        login_probe(&server, 465, mailsetup_tests::mail_server::PASSWORD, Some("someone@mailsetup.test")).await;
    assert!(report.facts.failure.is_none(), "{:#?}\n{}", report.facts, server.log());
    let message = report.facts.test_message.as_ref().unwrap();
    let queue_id = message.queue_id.clone().expect("Postfix names its queue id");
    assert!(report.verdict.findings.iter().any(|f| f.code == FindingCode::MessageAccepted));
    // Postfix logged the message under that id.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !server.log().contains(&format!("{queue_id}: ")) && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(server.log().contains(&format!("{queue_id}: ")), "{queue_id} not in the log:\n{}", server.log());

    // A wrong password gets the wrong-credentials advice.
    let report = login_probe(&server, 465, "not-the-password", None).await;
    let failure = report.facts.failure.as_ref().unwrap();
    assert_eq!((failure.step, failure.kind), (Step::Login, FailureKind::LoginRefused));
    assert_eq!(report.verdict.findings[0].code, FindingCode::LoginWrongCredentials, "{:#?}", report.verdict);
    assert_eq!(report.verdict.usability, Usability::NotUsable);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_untrusted_certificate_is_reported_not_fatal() {
    let Some(server) = start_server() else { return };
    // No extra CA: the test CA is unknown, so the chain is not trusted, but the probe still
    // completes the handshake and reads the EHLO inside TLS.
    let settings = Arc::new(proxy::settings(None));
    let dns = proxy::dns(&[SERVER_NAME, "other.mailsetup.test"], server.ip.into());
    let policy = proxy::local_policy(&[465]);
    let prepared = probe_proxy::probe::prepare(&dns, &policy, SERVER_NAME, &specs(&[465])).await.unwrap();
    let report = &prepared.run(settings.clone(), None).await.reports[0];
    let tls = report.facts.tls.as_ref().unwrap();
    assert!(!tls.chain_trusted);
    assert_eq!(tls.chain_error.as_deref(), Some("issued by an authority that is not trusted"));
    assert!(tls.name_matches);
    assert_eq!(report.facts.ehlo_tls.as_ref().unwrap().auth_names(), ["PLAIN", "LOGIN"]);
    assert_eq!(report.verdict.usability, Usability::NotUsable);
    assert_eq!(report.verdict.findings[0].code, FindingCode::CertificateUntrusted);

    // Asking for a name the certificate does not carry: trusted chain, wrong name.
    let settings = Arc::new(proxy::settings(Some(&server.pki.ca_pem)));
    let prepared = probe_proxy::probe::prepare(&dns, &policy, "other.mailsetup.test", &specs(&[465])).await.unwrap();
    let report = &prepared.run(settings, None).await.reports[0];
    let tls = report.facts.tls.as_ref().unwrap();
    assert!(tls.chain_trusted, "{:?}", tls.chain_error);
    assert!(!tls.name_matches);
    assert_eq!(tls.name_error.as_deref(), Some("valid only for smtp.mailsetup.test"));
    assert!(report.verdict.findings.iter().any(|f| f.code == FindingCode::CertificateNameMismatch));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_http_api_streams_progress_and_answers_json() {
    let Some(server) = start_server() else { return };
    let state = proxy::state(
        proxy::settings(Some(&server.pki.ca_pem)),
        proxy::local_policy(&[25, 465, 587]),
        proxy::dns(&[SERVER_NAME], server.ip.into()),
    );
    let app = probe_proxy::app::app(state);
    let body = format!(r#"{{"host":"{SERVER_NAME}","ports":[465,587]}}"#);

    // JSON: everything at once.
    let request = Request::post("/api/probe")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(body.clone()))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json: ProbeResponse = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json.reports.len(), 2);
    assert!(json.reports.iter().all(|r| r.verdict.usability == Usability::Ready), "{json:#?}");

    // Server-Sent Events: started, the steps of both ports, a report each, done.
    let request =
        Request::post("/api/probe").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut body = response.into_body();
    let mut text = String::new();
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            text.push_str(&String::from_utf8_lossy(&data));
        }
        if text.contains("event: done") {
            break;
        }
    }
    let events: Vec<ProbeEvent> = text
        .split("\n\n")
        .filter_map(|frame| frame.lines().find_map(|l| l.strip_prefix("data: ")))
        .map(|data| serde_json::from_str(data).unwrap())
        .collect();
    assert!(matches!(events.first(), Some(ProbeEvent::Started { .. })), "{events:#?}");
    assert!(matches!(events.last(), Some(ProbeEvent::Done { .. })));
    let steps_465 = events.iter().filter(|e| matches!(e, ProbeEvent::Step { port: 465, .. })).count();
    let steps_587 = events.iter().filter(|e| matches!(e, ProbeEvent::Step { port: 587, .. })).count();
    assert_eq!((steps_465, steps_587), (4, 6), "QUIT follows the verdict and is not a step");
    let reports = events.iter().filter(|e| matches!(e, ProbeEvent::Report { .. })).count();
    assert_eq!(reports, 2);
}
