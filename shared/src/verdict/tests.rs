//! Verdict rules, one scenario per test.

use super::*;
use crate::facts::{CertificateInfo, Failure, PortSpec, TlsReport};
use crate::smtp::{Capabilities, SaslMechanism};
use FindingCode::*;

fn report(port: u16, security: Security) -> PortFacts {
    PortFacts::new(PortSpec { port, security }, "192.0.2.1".parse().unwrap())
}

fn caps(auth: &[SaslMechanism]) -> Capabilities {
    Capabilities { auth: auth.iter().copied().collect(), ..Capabilities::default() }
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
    assert_eq!(v.headline, "Port 465 cannot be used: The certificate is not trusted (unknown issuer).");
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
        r.failure = Some(Failure { step, kind, message: "detail".into() });
        let v = assess(&r);
        assert_eq!(v.usability, Usability::NotUsable, "{code}");
        assert_eq!((v.findings[0].code, v.findings[0].title.as_str()), (code, title));
    }
}

#[test]
fn wrong_security_mode_names_the_right_one() {
    let mut r = report(465, Security::ImplicitTls);
    r.failure = Some(Failure { step: Step::Tls, kind: FailureKind::WrongSecurityMode, message: String::new() });
    assert_eq!(assess(&r).findings[0].title, "Port 465 starts in plain text: it uses STARTTLS, not SSL/TLS");
    let mut r = report(587, Security::StartTls);
    r.failure = Some(Failure { step: Step::Greeting, kind: FailureKind::WrongSecurityMode, message: String::new() });
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
