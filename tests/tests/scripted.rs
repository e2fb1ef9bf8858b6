//! The probe against scripted servers: what it sends (and never sends), concurrency, and
//! every way a server can be slow, wrong or hostile.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use email_settings::provider::Security;
use mailsetup_shared::verdict::FindingCode;
use mailsetup_shared::wire::{FailureKind, PortReport, PortSpec, ProbeDepth, ProbeResponse, Step};
use mailsetup_tests::pki::TestPki;
use mailsetup_tests::proxy;
use mailsetup_tests::scripted::{ScriptedServer, Session, pause};
use probe_proxy::probe::ProbeSettings;

const NAME: &str = "scripted.mailsetup.test";

fn pki() -> TestPki {
    TestPki::new(&[NAME])
}

async fn probe_with(settings: ProbeSettings, specs: &[PortSpec]) -> ProbeResponse {
    let ports: Vec<u16> = specs.iter().map(|s| s.port).collect();
    let dns = proxy::dns(&[NAME], "127.0.0.1".parse().unwrap());
    let prepared = probe_proxy::probe::prepare(&dns, &proxy::local_policy(&ports), NAME, specs).await.unwrap();
    prepared.run(Arc::new(settings), None).await
}

async fn probe_one(server: &ScriptedServer, security: Security, pki: &TestPki) -> PortReport {
    let spec = PortSpec { port: server.addr.port(), security };
    probe_with(proxy::settings(Some(&pki.ca_pem)), &[spec]).await.reports.remove(0)
}

fn failure(report: &PortReport) -> (Step, FailureKind) {
    let f = report.facts.failure.as_ref().unwrap_or_else(|| panic!("expected a failure: {report:#?}"));
    (f.step, f.kind)
}

/// A correct submission server: STARTTLS, AUTH only inside TLS.
async fn submission_server(pki: &TestPki) -> ScriptedServer {
    let tls = pki.rustls_server_config();
    ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            session.send(b"220 scripted.mailsetup.test ESMTP\r\n").await;
            session.serve_commands(&["PIPELINING", "STARTTLS"], &["AUTH PLAIN LOGIN", "SIZE 1000000"], Some(tls)).await;
        }
    })
    .await
}

#[tokio::test]
async fn sends_only_ehlo_starttls_and_quit() {
    let pki = pki();
    let server = submission_server(&pki).await;
    let report = probe_one(&server, Security::StartTls, &pki).await;
    assert!(report.facts.failure.is_none(), "{report:#?}");
    assert_eq!(report.facts.ehlo_tls.as_ref().unwrap().auth_names(), ["PLAIN", "LOGIN"]);
    assert_eq!(server.received(), ["EHLO probe.mailsetup.test", "STARTTLS", "EHLO probe.mailsetup.test", "QUIT"]);
    // The session walks exactly the plan the page shows as the steps to come.
    let steps: Vec<Step> = report.facts.steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, Step::plan(Security::StartTls, ProbeDepth::Connection));
}

#[tokio::test]
async fn never_sends_mail_rcpt_data_or_auth_on_any_path() {
    let pki = pki();
    let tls = pki.rustls_server_config();
    // A server that offers everything, AUTH included, before and after TLS, and an
    // implicit-TLS one.
    let starttls = ScriptedServer::start({
        let tls = tls.clone();
        move |mut session: Session| {
            let tls = tls.clone();
            async move {
                session.send(b"220 scripted ESMTP\r\n").await;
                session
                    .serve_commands(
                        &["STARTTLS", "AUTH PLAIN LOGIN CRAM-MD5", "AUTH=PLAIN"],
                        &["AUTH PLAIN LOGIN XOAUTH2"],
                        Some(tls),
                    )
                    .await;
            }
        }
    })
    .await;
    let implicit = ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            if session.start_tls(tls).await {
                session.send(b"220 scripted ESMTP\r\n").await;
                session.serve_commands(&["AUTH PLAIN LOGIN"], &[], None).await;
            }
        }
    })
    .await;
    let specs = [
        PortSpec { port: starttls.addr.port(), security: Security::StartTls },
        PortSpec { port: implicit.addr.port(), security: Security::ImplicitTls },
    ];
    let response = probe_with(proxy::settings(Some(&pki.ca_pem)), &specs).await;
    assert!(response.reports.iter().all(|r| r.facts.failure.is_none()), "{response:#?}");
    let findings: Vec<FindingCode> = response.reports[0].verdict.findings.iter().map(|f| f.code).collect();
    assert!(findings.contains(&FindingCode::AuthBeforeTls), "{findings:?}");
    for line in starttls.received().iter().chain(implicit.received().iter()) {
        let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
        assert!(matches!(verb.as_str(), "EHLO" | "HELO" | "STARTTLS" | "QUIT"), "the probe sent {line:?}");
        assert!(!line.contains("mailsetup.test ") || line == "EHLO probe.mailsetup.test");
    }
    assert_eq!(implicit.received(), ["EHLO probe.mailsetup.test", "QUIT"]);
    let steps: Vec<Step> = response.reports[1].facts.steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, Step::plan(Security::ImplicitTls, ProbeDepth::Connection));
}

#[tokio::test]
async fn ports_are_probed_concurrently() {
    // Each server greets only once both connections have arrived, then after its own delay.
    // Probed one after the other, the first would wait for a connection that never comes and
    // time out; probed together, both succeed and the total is the slower port's time.
    let arrived = Arc::new(tokio::sync::Barrier::new(2));
    let start = |delay: Duration| {
        let arrived = arrived.clone();
        ScriptedServer::start(move |mut session: Session| {
            let arrived = arrived.clone();
            async move {
                if tokio::time::timeout(Duration::from_secs(5), arrived.wait()).await.is_err() {
                    return;
                }
                pause(delay).await;
                session.send(b"220 slow ESMTP\r\n").await;
                session.serve_commands(&[], &[], None).await;
            }
        })
    };
    let fast = start(Duration::from_millis(1000)).await;
    let slow = start(Duration::from_millis(1500)).await;
    let specs = [
        PortSpec { port: fast.addr.port(), security: Security::Plain },
        PortSpec { port: slow.addr.port(), security: Security::Plain },
    ];
    let mut settings = proxy::settings(None);
    settings.reply_timeout = Duration::from_secs(3);
    let started = Instant::now();
    let response = probe_with(settings, &specs).await;
    let elapsed = started.elapsed();
    for report in &response.reports {
        assert_eq!(report.facts.greeting.as_ref().map(|g| g.code), Some(220), "{report:#?}");
    }
    let (a, b) = (response.reports[0].facts.total_ms, response.reports[1].facts.total_ms);
    assert!(a >= 1000 && b >= 1500, "each port waited for its server: {a} ms, {b} ms");
    assert!(response.total_ms >= b, "the total is at least the slowest port");
    assert!(response.total_ms < a + b, "ports overlapped: total {} ms < {a} + {b} ms", response.total_ms);
    assert!(elapsed < Duration::from_millis(a + b));
}

#[tokio::test]
async fn bytes_buffered_after_starttls_end_the_session() {
    // The CVE-2011-0411 shape: a reply and an injected extra line arrive together.
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 scripted ESMTP\r\n").await;
        while let Some(line) = session.read_line().await {
            if line.starts_with("EHLO") {
                session.send(b"250-scripted\r\n250 STARTTLS\r\n").await;
            } else if line == "STARTTLS" {
                session.send(b"220 go ahead\r\n250-injected\r\n").await;
            }
        }
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::StartTls, FailureKind::DataAfterStartTls));
    assert!(report.facts.failure.as_ref().unwrap().message.contains("250-injected"), "{report:#?}");
    assert!(report.facts.tls.is_none(), "no handshake on a poisoned channel");
    pause(Duration::from_millis(50)).await;
    assert_eq!(server.received(), ["EHLO probe.mailsetup.test", "STARTTLS"], "dropped without another word");
    assert_eq!(report.verdict.findings[0].code, FindingCode::DataAfterStartTls);
}

#[tokio::test]
async fn an_endless_line_is_cut_at_the_line_limit() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 ").await;
        let chunk = vec![b'x'; 64 * 1024];
        for _ in 0..64 {
            session.send(&chunk).await;
        }
    })
    .await;
    let started = Instant::now();
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::Greeting, FailureKind::Protocol));
    assert!(report.facts.failure.as_ref().unwrap().message.contains("512"), "{report:#?}");
    assert!(started.elapsed() < Duration::from_secs(2), "stopped at once, not after 4 MiB");
}

#[tokio::test]
async fn an_endless_reply_is_cut_at_the_reply_limit() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        for _ in 0..100_000 {
            session.send(b"220-still greeting\r\n").await;
        }
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::Greeting, FailureKind::Protocol));
}

#[tokio::test]
async fn a_trickling_server_times_out_at_the_step_it_stalled() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 scripted ESMTP\r\n").await;
        let _ = session.read_line().await;
        for byte in b"250 scripted\r\n" {
            session.send(&[*byte]).await;
            pause(Duration::from_millis(700)).await;
        }
    })
    .await;
    let mut settings = proxy::settings(None);
    settings.reply_timeout = Duration::from_secs(2);
    let spec = PortSpec { port: server.addr.port(), security: Security::StartTls };
    let report = probe_with(settings, &[spec]).await.reports.remove(0);
    assert_eq!(failure(&report), (Step::Ehlo, FailureKind::Timeout));
    assert!(
        (2000..3500).contains(&report.facts.total_ms),
        "gave up after the reply limit: {} ms",
        report.facts.total_ms
    );
}

#[tokio::test]
async fn the_whole_probe_has_a_limit_too() {
    // Every reply comes just inside the per-reply limit; the total limit still ends it.
    let server = ScriptedServer::start(|mut session: Session| async move {
        pause(Duration::from_millis(800)).await;
        session.send(b"220 scripted ESMTP\r\n").await;
        while let Some(_line) = session.read_line().await {
            pause(Duration::from_millis(800)).await;
            session.send(b"250-scripted\r\n250 STARTTLS\r\n").await;
        }
    })
    .await;
    let mut settings = proxy::settings(None);
    settings.reply_timeout = Duration::from_secs(1);
    settings.total_timeout = Duration::from_millis(1500);
    let spec = PortSpec { port: server.addr.port(), security: Security::StartTls };
    let report = probe_with(settings, &[spec]).await.reports.remove(0);
    let f = report.facts.failure.as_ref().unwrap();
    assert_eq!((f.step, f.kind), (Step::Ehlo, FailureKind::Timeout), "{report:#?}");
    assert!(f.message.contains("whole probe"), "{}", f.message);
}

#[tokio::test]
async fn a_silent_server_gets_greeting_advice() {
    let server = ScriptedServer::start(|session: Session| async move {
        let _open = session; // keep the connection open, say nothing
        pause(Duration::from_secs(30)).await;
    })
    .await;
    let mut settings = proxy::settings(None);
    settings.reply_timeout = Duration::from_secs(1);
    let spec = PortSpec { port: server.addr.port(), security: Security::StartTls };
    let report = probe_with(settings, &[spec]).await.reports.remove(0);
    assert_eq!(failure(&report), (Step::Greeting, FailureKind::Timeout));
    assert_eq!(report.verdict.findings[0].code, FindingCode::GreetingTimeout);
    assert!(report.verdict.findings[0].advice.contains("SSL/TLS"));
}

#[tokio::test]
async fn a_554_greeting_is_a_refusal() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"554 5.7.1 no thanks\r\n").await;
        pause(Duration::from_secs(1)).await;
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::Greeting, FailureKind::Refused));
    assert_eq!(report.facts.greeting.as_ref().unwrap().code, 554);
    assert!(
        report.verdict.findings[0].title.contains("554 no thanks") || report.verdict.findings[0].title.contains("554")
    );
}

#[tokio::test]
async fn an_http_server_is_not_smtp() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"HTTP/1.1 400 Bad Request\r\n\r\n").await;
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::Greeting, FailureKind::NotSmtp));
}

#[tokio::test]
async fn plain_smtp_on_an_implicit_tls_probe_names_the_right_mode() {
    let server = submission_server(&pki()).await;
    let report = probe_one(&server, Security::ImplicitTls, &pki()).await;
    assert_eq!(failure(&report), (Step::Tls, FailureKind::WrongSecurityMode));
    assert_eq!(report.verdict.findings[0].code, FindingCode::WrongSecurityMode);
}

#[tokio::test]
async fn a_huge_certificate_chain_is_a_tls_failure_not_a_wrong_mode() {
    // 233 KB of chain: the server certificate and hundreds of copies of the CA's. A client
    // refuses a handshake message that large; the error is matched by type, so this is a
    // TLS failure and not mistaken for plain text on an implicit-TLS port.
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let pki = pki();
    let leaf = CertificateDer::from_pem_slice(pki.server_cert_pem.as_bytes()).unwrap();
    let ca = CertificateDer::from_pem_slice(pki.ca_pem.as_bytes()).unwrap();
    let copies = 233 * 1024 / ca.len() + 1;
    let chain: Vec<CertificateDer<'static>> = std::iter::once(leaf).chain(std::iter::repeat_n(ca, copies)).collect();
    assert!(chain.iter().map(|c| c.len()).sum::<usize>() >= 233 * 1024);
    let key = PrivateKeyDer::from_pem_slice(pki.server_key_pem.as_bytes()).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    let tls = Arc::new(config);
    let server = ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            if session.start_tls(tls).await {
                session.send(b"220 scripted ESMTP\r\n").await;
            }
        }
    })
    .await;
    let report = probe_one(&server, Security::ImplicitTls, &pki).await;
    assert_eq!(failure(&report), (Step::Tls, FailureKind::TlsFailed));
    assert_eq!(report.verdict.findings[0].code, FindingCode::TlsFailed);
}

#[tokio::test]
async fn a_refused_ehlo_falls_back_to_helo() {
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 old server\r\n").await;
        while let Some(line) = session.read_line().await {
            match line.split_whitespace().next() {
                Some("EHLO") => session.send(b"500 5.5.1 unknown command\r\n").await,
                Some("HELO") => session.send(b"250 old.server\r\n").await,
                Some("QUIT") => {
                    session.send(b"221 bye\r\n").await;
                    return;
                }
                _ => session.send(b"500 what\r\n").await,
            }
        }
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert!(report.facts.used_helo);
    assert_eq!(failure(&report), (Step::StartTls, FailureKind::StartTlsNotOffered));
    assert_eq!(server.received(), ["EHLO probe.mailsetup.test", "HELO probe.mailsetup.test", "QUIT"]);
    let codes: Vec<FindingCode> = report.verdict.findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&FindingCode::NoStartTls), "{codes:?}");
}

#[tokio::test]
async fn nothing_listening_is_connection_refused() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let spec = PortSpec { port, security: Security::StartTls };
    let report = probe_with(proxy::settings(None), &[spec]).await.reports.remove(0);
    assert_eq!(failure(&report), (Step::Connect, FailureKind::ConnectionRefused));
    assert_eq!(report.verdict.findings[0].code, FindingCode::ConnectionRefused);
}

#[tokio::test]
async fn server_address_is_the_checked_one() {
    let pki = pki();
    let server = submission_server(&pki).await;
    let report = probe_one(&server, Security::StartTls, &pki).await;
    assert_eq!(SocketAddr::new(report.facts.address, server.addr.port()), server.addr);
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_long_line_with_multibyte_text_is_summarised_safely() {
    // 200 bytes into the step detail falls inside a multi-byte character.
    let server = ScriptedServer::start(|mut session: Session| async move {
        let mut greeting = b"220 ".to_vec();
        greeting.extend(std::iter::repeat_n(b'a', 195));
        greeting.extend_from_slice("\u{e9}\u{e9}\u{e9}\r\n".as_bytes());
        session.send(&greeting).await;
        session.serve_commands(&[], &[], None).await;
    })
    .await;
    let spec = PortSpec { port: server.addr.port(), security: Security::Plain };
    let report = probe_with(proxy::settings(None), &[spec]).await.reports.remove(0);
    let greeting = report.facts.steps.iter().find(|s| s.step == Step::Greeting).unwrap();
    assert!(greeting.ok);
    assert_eq!(greeting.detail.chars().count(), 200);
}

#[tokio::test]
async fn unasked_bytes_before_starttls_end_the_session() {
    // A fake "220" queued behind the EHLO reply could pass for the answer to STARTTLS.
    let server = ScriptedServer::start(|mut session: Session| async move {
        session.send(b"220 scripted ESMTP\r\n").await;
        while let Some(line) = session.read_line().await {
            if line.starts_with("EHLO") {
                session.send(b"250-scripted\r\n250 STARTTLS\r\n220 fake go ahead\r\n").await;
            }
        }
    })
    .await;
    let report = probe_one(&server, Security::StartTls, &pki()).await;
    assert_eq!(failure(&report), (Step::StartTls, FailureKind::DataAfterStartTls));
    assert!(report.facts.failure.as_ref().unwrap().message.contains("unasked"), "{report:#?}");
    pause(Duration::from_millis(50)).await;
    assert_eq!(server.received(), ["EHLO probe.mailsetup.test"], "STARTTLS was never sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stalled_handshake_gives_its_turn_back_and_others_go_on() {
    // One turn for all handshakes: the first probe's server accepts and never answers the
    // ClientHello; the second is a working implicit-TLS server.
    let pki = pki();
    let stalled = ScriptedServer::start(|session: Session| async move {
        let _open = session;
        pause(Duration::from_secs(20)).await;
    })
    .await;
    let tls = pki.rustls_server_config();
    let working = ScriptedServer::start(move |mut session: Session| {
        let tls = tls.clone();
        async move {
            if session.start_tls(tls).await {
                session.send(b"220 scripted ESMTP\r\n").await;
                session.serve_commands(&[], &[], None).await;
            }
        }
    })
    .await;
    let mut settings = proxy::settings(Some(&pki.ca_pem));
    settings.handshakes = Arc::new(tokio::sync::Semaphore::new(1));
    settings.reply_timeout = Duration::from_secs(3);
    let turns = Arc::clone(&settings.handshakes);
    let probe = |port: u16| {
        let settings = settings.clone();
        tokio::spawn(async move {
            let report = probe_with(settings, &[PortSpec { port, security: Security::ImplicitTls }]).await;
            (Instant::now(), report.reports.into_iter().next().unwrap())
        })
    };
    let first = probe(stalled.addr.port());
    while turns.available_permits() > 0 {
        tokio::task::yield_now().await;
    }
    let second = probe(working.addr.port());
    let (works_at, works) = second.await.unwrap();
    let (stalled_at, stalled_report) = first.await.unwrap();
    assert!(works.facts.failure.is_none(), "{works:#?}");
    assert_eq!(failure(&stalled_report), (Step::Tls, FailureKind::Timeout));
    assert!(works_at < stalled_at, "the working probe waited for the stalled handshake to give up");
}
