//! Verdict rules, one scenario per test.

use super::*;
use crate::facts::{CertificateInfo, Failure, PortSpec, TlsReport};
use FindingCode::*;
use email_settings::smtp::Reply;
use email_settings::smtp::{Capabilities, SaslMechanism};

fn report(port: u16, security: Security) -> PortFacts {
    PortFacts::new(PortSpec { port, security }, "192.0.2.1".parse().unwrap())
}

fn caps(auth: &[SaslMechanism]) -> Capabilities {
    let mut caps = Capabilities::default();
    caps.auth = auth.iter().copied().collect();
    caps
}

fn good_tls(days_left: i64) -> TlsReport {
    TlsReport {
        version: TlsVersion::Tls13,
        cipher_suite: "TLS13_AES_256_GCM_SHA384".into(),
        server_name: "mail.example.org".into(),
        chain: vec![CertificateInfo {
            subject: "CN=mail.example.org".into(),
            issuer: "CN=Test CA".into(),
            names: vec!["mail.example.org".into()],
            not_before: "2026-01-01T00:00:00Z".into(),
            not_after: "2027-01-01T00:00:00Z".into(),
            days_left,
        }],
        chain_trusted: true,
        chain_error: None,
        chain_problem: None,
        name_matches: true,
        name_error: None,
    }
}

fn codes(verdict: &Verdict) -> Vec<FindingCode> {
    verdict.findings.iter().map(|f| f.code).collect()
}

#[test]
fn a_clean_submission_port_is_ready() {
    let mut r = report(587, Security::StartTls);
    r.ehlo_plain = Some(caps(&[]));
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain, SaslMechanism::Login]));
    r.tls = Some(good_tls(200));
    let v = assess(&r);
    assert_eq!(v.usability, Usability::Ready);
    assert_eq!(codes(&v), [CertificateOk, AuthAfterTlsOnly]);
    assert_eq!(
        v.headline,
        "Port 587 works: STARTTLS, TLS 1.3, trusted certificate, login after encryption (PLAIN, LOGIN)."
    );
}

#[test]
fn implicit_tls_is_called_out_as_preferred() {
    let mut r = report(465, Security::ImplicitTls);
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain]));
    r.tls = Some(good_tls(90));
    let v = assess(&r);
    assert_eq!(v.usability, Usability::Ready);
    assert!(codes(&v).contains(&ImplicitTls));
}

#[test]
fn auth_in_the_clear_is_a_warning() {
    let mut r = report(587, Security::StartTls);
    r.ehlo_plain = Some(caps(&[SaslMechanism::Plain, SaslMechanism::Login]));
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain, SaslMechanism::Login]));
    r.tls = Some(good_tls(200));
    let v = assess(&r);
    assert_eq!(v.usability, Usability::Warnings);
    assert_eq!(v.findings[0].code, AuthBeforeTls);
    assert_eq!(v.findings[0].title, "Password login (PLAIN, LOGIN) is offered before encryption");
}

#[test]
fn certificate_problems_make_a_port_unusable() {
    let mut r = report(465, Security::ImplicitTls);
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain]));
    let mut tls = good_tls(10);
    tls.chain_trusted = false;
    tls.chain_error = Some("unknown issuer".into());
    tls.chain_problem = Some(CertificateProblem::UnknownIssuer);
    tls.name_matches = false;
    tls.server_name = "smtp.example.net".into();
    r.tls = Some(tls);
    let v = assess(&r);
    assert_eq!(v.usability, Usability::NotUsable);
    assert_eq!(&codes(&v)[..3], [CertificateUntrusted, CertificateNameMismatch, CertificateExpiresSoon]);
    assert_eq!(
        v.findings[1].advice,
        "It names mail.example.org. Use one of those as the server name in your mail program."
    );
    assert_eq!(
        v.headline,
        "Port 465 cannot be used: The certificate is not trusted (issued by an authority that is not trusted)."
    );
    assert_eq!(v.fix, Some(Fix::ServerName { name: "mail.example.org".into() }), "the name in the certificate");
}

#[test]
fn failures_become_advice() {
    let cases = [
        (25, FailureKind::ConnectTimeout, Step::Connect, PortFiltered, "No answer on port 25: it looks blocked"),
        (
            587,
            FailureKind::ConnectionRefused,
            Step::Connect,
            ConnectionRefused,
            "Nothing accepts connections on port 587",
        ),
        (
            587,
            FailureKind::StartTlsNotOffered,
            Step::StartTls,
            NoStartTls,
            "Port 587 offers no encryption (no STARTTLS)",
        ),
        (587, FailureKind::Timeout, Step::Greeting, GreetingTimeout, "The server never said hello"),
        (
            587,
            FailureKind::DataAfterStartTls,
            Step::StartTls,
            DataAfterStartTls,
            "Unexpected data arrived right after STARTTLS; the test stopped",
        ),
    ];
    for (port, kind, step, code, title) in cases {
        let mut r = report(port, Security::StartTls);
        r.failure = Some(Failure::new(step, kind, "detail"));
        let v = assess(&r);
        assert_eq!(v.usability, Usability::NotUsable, "{code}");
        assert_eq!((v.findings[0].code, v.findings[0].title.as_str()), (code, title));
    }
}

#[test]
fn wrong_security_mode_names_the_right_one() {
    let mut r = report(465, Security::ImplicitTls);
    r.failure = Some(Failure::new(Step::Tls, FailureKind::WrongSecurityMode, ""));
    assert_eq!(assess(&r).findings[0].title, "Port 465 starts in plain text: it uses STARTTLS, not SSL/TLS");
    let mut r = report(587, Security::StartTls);
    r.failure = Some(Failure::new(Step::Greeting, FailureKind::WrongSecurityMode, ""));
    assert_eq!(assess(&r).findings[0].title, "Port 587 expects TLS from the first byte: it uses SSL/TLS, not STARTTLS");
}

#[test]
fn port_25_works_but_is_not_for_mail_programs() {
    let mut r = report(25, Security::StartTls);
    r.ehlo_plain = Some(caps(&[]));
    r.ehlo_tls = Some(caps(&[]));
    r.tls = Some(good_tls(200));
    let v = assess(&r);
    assert_eq!(v.usability, Usability::Warnings);
    assert!(codes(&v).contains(&Port25IsRelay));
    assert!(!codes(&v).contains(&NoAuth), "port 25 without AUTH is normal");
}

#[test]
fn a_submission_port_without_login_is_unusable() {
    let mut r = report(587, Security::StartTls);
    r.ehlo_plain = Some(caps(&[]));
    r.ehlo_tls = Some(caps(&[]));
    r.tls = Some(good_tls(200));
    assert_eq!(assess(&r).usability, Usability::NotUsable);
}

#[test]
fn finding_codes_round_trip_and_unknown_ones_are_tolerated() {
    for &code in FindingCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.id()));
        assert_eq!(serde_json::from_str::<FindingCode>(&json).unwrap(), code);
    }
    let ids: std::collections::BTreeSet<&str> = FindingCode::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), FindingCode::ALL.len(), "ids are unique");
    assert_eq!(serde_json::from_str::<FindingCode>("\"from_the_future\"").unwrap(), Unknown);
}

#[test]
fn tls_1_2_is_noted_by_version_not_by_text() {
    let mut r = report(465, Security::ImplicitTls);
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain]));
    r.tls = Some(TlsReport { version: TlsVersion::Tls12, ..good_tls(200) });
    assert!(codes(&assess(&r)).contains(&Tls12));
    r.tls = Some(good_tls(200));
    assert!(!codes(&assess(&r)).contains(&Tls12));
}

/// Facts with every detail any finding's words could need: a failure with the server's
/// reply and a TLS problem, a certificate for other names, a login and a test message with
/// replies, a size limit.
fn facts_with_everything() -> PortFacts {
    let reply = |code: u16, text: &str| Reply { code, lines: vec![text.to_owned()] };
    let mut r = report(587, Security::StartTls);
    r.ehlo_plain = Some(caps(&[SaslMechanism::Plain]));
    let mut ehlo_tls = caps(&[SaslMechanism::Plain]);
    ehlo_tls.size = Some(email_settings::smtp::SizeLimit::Octets(35_000_000));
    r.ehlo_tls = Some(ehlo_tls);
    let mut tls = good_tls(5);
    tls.chain_trusted = false;
    tls.chain_problem = Some(CertificateProblem::Expired);
    r.tls = Some(tls);
    r.greeting = Some(reply(554, "5.7.1 no thanks"));
    let mut failure = Failure::new(Step::Login, FailureKind::TlsFailed, "technical");
    failure.reply = Some(reply(421, "4.3.2 busy"));
    failure.tls = Some(TlsProblem::OldVersion);
    r.failure = Some(failure);
    r.login = Some(crate::facts::LoginFacts {
        user: "ann@example.org".into(),
        mechanism: Some(SaslMechanism::Plain),
        accepted: false,
        reply: Some(reply(535, "5.7.8 Error: authentication failed")),
    });
    r.test_message = Some(crate::facts::TestMessageFacts {
        from: "ann@example.org".into(),
        to: "ann@example.org".into(),
        accepted: false,
        stage: crate::facts::SendStage::RcptTo,
        reply: Some(reply(550, "5.7.1 relay denied")),
        queue_id: None,
    });
    r
}

#[test]
fn every_code_is_said_in_every_language_from_its_own_values() {
    // The values each code's message uses are the ones `FindingArgs::of` gives it: a
    // message asking for a value its code does not get is refused by `format_checked`.
    let facts = facts_with_everything();
    for &lang in crate::words::Lang::ALL {
        let words = crate::words::Words::builtin(lang);
        for &code in FindingCode::ALL {
            let item = Finding {
                severity: Severity::Problem,
                code,
                args: FindingArgs::of(&facts, code),
                title: String::new(),
                advice: String::new(),
            };
            let said = text::finding(&words, &facts, &item).unwrap_or_else(|| panic!("{lang}: {code} cannot be said"));
            assert!(!said.title.is_empty() && !said.title.starts_with("finding-"), "{lang}: {code}: {said:?}");
            for id in ["cert-problem-", "tls-problem-", "step-"] {
                assert!(!said.title.contains(id) && !said.advice.contains(id), "{lang}: {code}: {said:?}");
            }
        }
    }
}

#[test]
fn the_verdict_is_said_in_the_readers_language_from_the_same_facts() {
    let mut r = report(465, Security::ImplicitTls);
    r.ehlo_tls = Some(caps(&[SaslMechanism::Plain]));
    let mut tls = good_tls(200);
    tls.chain_trusted = false;
    tls.chain_problem = Some(CertificateProblem::UnknownIssuer);
    r.tls = Some(tls);
    let v = assess(&r);
    assert_eq!(v.findings[0].args.reason, Some(CertificateProblem::UnknownIssuer), "a typed value, not words");
    let german = crate::words::Words::builtin(crate::words::Lang::De);
    let said = text::finding(&german, &r, &v.findings[0]).unwrap();
    assert_eq!(
        said.title,
        german.format("finding-certificate-untrusted", &[("reason", german.t("cert-problem-unknown-issuer").into())])
    );
    assert_ne!(said.title, v.findings[0].title, "German, not the English on the wire");
    let headline = text::headline(&german, &r, &v);
    assert!(headline.contains(&said.title), "{headline}");
    // The English on the wire is the same renderer's, from en.ftl.
    let english = crate::words::Words::english();
    assert_eq!(text::finding(&english, &r, &v.findings[0]).unwrap().title, v.findings[0].title);
    assert_eq!(text::headline(&english, &r, &v), v.headline);
}

#[test]
fn a_finding_without_values_from_an_older_proxy_takes_them_from_the_facts() {
    let mut r = report(587, Security::StartTls);
    r.failure = Some(Failure::new(Step::Connect, FailureKind::ConnectionRefused, "refused"));
    let mut v = assess(&r);
    let with_args = v.findings[0].clone();
    v.findings[0].args = FindingArgs::default();
    let french = crate::words::Words::builtin(crate::words::Lang::Fr);
    assert_eq!(text::finding(&french, &r, &v.findings[0]), text::finding(&french, &r, &with_args));
    assert!(text::finding(&french, &r, &with_args).unwrap().title.contains("587"));
}

#[test]
fn what_a_page_cannot_say_is_left_to_the_english_on_the_wire() {
    let r = report(587, Security::StartTls);
    let unknown = Finding {
        severity: Severity::Warning,
        code: FindingCode::Unknown,
        args: FindingArgs::default(),
        title: "Something new".into(),
        advice: String::new(),
    };
    let german = crate::words::Words::builtin(crate::words::Lang::De);
    assert_eq!(text::finding(&german, &r, &unknown), None);
    assert_eq!(text::title(&german, &r, &unknown), "Something new");
    // A known code whose value is missing (no certificate in the facts to name) is not
    // said with a hole in it.
    let hole = Finding { code: FindingCode::CertificateOk, ..unknown };
    assert_eq!(text::finding(&german, &r, &hole), None);
}

#[test]
fn a_refusal_quotes_the_server_and_a_handshake_failure_says_why() {
    let mut r = facts_with_everything();
    r.failure = Some(Failure::new(Step::Login, FailureKind::LoginRefused, "refused"));
    let v = assess(&r);
    assert_eq!(v.findings[0].code, LoginWrongCredentials);
    assert!(
        v.findings[0].advice.ends_with("The server said: 535 5.7.8 Error: authentication failed"),
        "{}",
        v.findings[0].advice
    );
    let mut r = report(465, Security::ImplicitTls);
    let mut failure = Failure::new(Step::Tls, FailureKind::TlsFailed, "technical words");
    failure.tls = Some(TlsProblem::NoCommonCipher);
    r.failure = Some(failure);
    let v = assess(&r);
    assert_eq!(
        v.findings[0].title,
        "The TLS handshake failed: the server and a modern client have no cipher in common"
    );
    assert!(!v.headline.contains("technical"), "the transcript's words stay in the transcript");
}

#[test]
fn the_fix_is_a_fact_of_the_verdict() {
    let mut r = report(465, Security::ImplicitTls);
    r.failure = Some(Failure::new(Step::Tls, FailureKind::WrongSecurityMode, ""));
    assert_eq!(assess(&r).fix, Some(Fix::Security { security: Security::StartTls }));
    let mut r = report(587, Security::StartTls);
    let mut tls = good_tls(200);
    tls.name_matches = false;
    tls.chain[0].names = vec!["*.example.net".into(), "192.0.2.7".into(), "smtp.example.net".into()];
    r.tls = Some(tls);
    assert_eq!(assess(&r).fix, Some(Fix::ServerName { name: "smtp.example.net".into() }), "no wildcard or address");
    let json = serde_json::to_string(&Fix::Security { security: Security::StartTls }).unwrap();
    assert_eq!(json, r#"{"kind":"security","security":"starttls"}"#);
    assert_eq!(serde_json::from_str::<Fix>(r#"{"kind":"from_the_future"}"#).unwrap(), Fix::Other);
}

#[test]
fn a_test_that_could_not_run_is_not_a_verdict_on_the_settings() {
    use crate::wire::ApiErrorCode;
    assert_eq!(Cause::of_refusal(ApiErrorCode::RateLimited, false), Cause::NotChecked);
    assert_eq!(Cause::of_refusal(ApiErrorCode::StoreUnavailable, true), Cause::NotChecked);
    assert_eq!(Cause::of_refusal(ApiErrorCode::ResolveFailed, false), Cause::NotChecked, "the proxy's DNS");
    assert_eq!(Cause::of_refusal(ApiErrorCode::ResolveFailed, true), Cause::NoSuchServer, "a guess that is not there");
    assert_eq!(Cause::of_failure(FailureKind::Unreachable), Cause::NotChecked);
    assert_eq!(Cause::of_failure(FailureKind::ConnectionRefused), Cause::Server);
    assert_eq!(Cause::of_failure(FailureKind::LoginRefused), Cause::Server);
}

#[test]
fn the_page_s_json_reader_reads_every_event_as_serde_wrote_it() {
    // Every finding with its values, both fixes, every event: written by serde (as the
    // proxy writes them), read by the page's reader (`crate::json`), the same values.
    use crate::facts::{ConnectAttempt, ConnectOutcome, Party, StepRecord, TranscriptLine};
    use crate::wire::{AddressInfo, ApiError, ApiErrorCode, PortReport, ProbeEvent};
    let mut facts = facts_with_everything();
    facts.attempts = vec![
        ConnectAttempt { ip: "2001:db8::25".parse().unwrap(), outcome: ConnectOutcome::Unreachable, ms: 3 },
        ConnectAttempt { ip: "192.0.2.1".parse().unwrap(), outcome: ConnectOutcome::Connected, ms: 7 },
    ];
    let step = StepRecord { step: Step::EhloTls, ok: true, ms: 4, detail: "250 \"ok\" \\ é 😀\n".into() };
    facts.steps = vec![step.clone()];
    facts.transcript = vec![
        TranscriptLine { at_ms: 0, from: Party::Server, text: "220 mail.example.org ESMTP".into() },
        TranscriptLine { at_ms: 1, from: Party::Client, text: "EHLO probe".into() },
        TranscriptLine { at_ms: 2, from: Party::Note, text: "TLS 1.3".into() },
    ];
    facts.used_helo = true;
    facts.tls.as_mut().unwrap().chain_error = Some("expired".into());
    facts.tls.as_mut().unwrap().name_error = Some("other names".into());
    let ehlo = facts.ehlo_tls.as_mut().unwrap();
    ehlo.server_name = "mail.example.org".into();
    ehlo.extensions.insert(email_settings::smtp::Extension::StartTls);
    ehlo.extensions.insert(email_settings::smtp::Extension::SmtpUtf8);
    ehlo.auth_unknown = vec!["X-NEW".into()];
    ehlo.auth_legacy_form = true;
    ehlo.other = vec!["VRFY".into()];
    let findings: Vec<Finding> = FindingCode::ALL
        .iter()
        .map(|&code| Finding {
            severity: Severity::Warning,
            code,
            args: FindingArgs::of(&facts, code),
            title: format!("{code}"),
            advice: "advice".into(),
        })
        .collect();
    assert!(findings.iter().any(|f| (f.args.names.is_some() && f.args.said.is_some()) || f.args.size_mb.is_some()));
    let fixes = [
        Some(Fix::ServerName { name: "mx.example.org".into() }),
        Some(Fix::Security { security: Security::ImplicitTls }),
        None,
    ];
    let mut events = vec![
        ProbeEvent::Started {
            host: "mail.example.org".into(),
            addresses: vec![
                AddressInfo { ip: "192.0.2.1".parse().unwrap(), refused: None, reachable: None },
                AddressInfo {
                    ip: "2001:db8::1".parse().unwrap(),
                    refused: Some("private".into()),
                    reachable: Some(false),
                },
            ],
            address: "192.0.2.1".parse().unwrap(),
            ports: vec![PortSpec { port: 587, security: Security::StartTls }],
        },
        ProbeEvent::Step { port: 587, record: step },
        ProbeEvent::Done { total_ms: 1234, cached: true },
        ProbeEvent::Error { error: ApiError { code: ApiErrorCode::TargetRateLimited, message: "later".into() } },
    ];
    for fix in fixes {
        let verdict = Verdict { usability: Usability::Warnings, headline: "h".into(), findings: findings.clone(), fix };
        events.push(ProbeEvent::Report { report: Box::new(PortReport { facts: facts.clone(), verdict }) });
    }
    events.push(ProbeEvent::Host { host: "smtp.example.org".into(), event: Box::new(events[2].clone()) });
    for event in events {
        let text = serde_json::to_string(&event).unwrap();
        assert_eq!(crate::json::from_str::<ProbeEvent>(&text), Ok(event), "{text}");
    }
}
