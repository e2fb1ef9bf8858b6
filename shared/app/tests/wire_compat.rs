//! The wire keeps its promise (see `wire.rs`): what proxies of earlier wire versions sent,
//! recorded from real runs, is read by today's page unchanged; today's proxy writes the
//! same facts the same way, so earlier pages read it too; and streams from a newer proxy,
//! with cases this build does not know, are read with the catch-alls instead of failing.
//!
//! `tests/wire/v1-*` were recorded on 2026-12-06 from the wire-1 `probe-proxy serve` of the
//! testbed (Postfix with the test CA) with curl: `/api/config`, a streamed and a JSON probe
//! of 465, 587 and 25 (one login test among them), and refusals.

use mailsetup_shared::verdict::{FindingCode, Severity, Usability, assess, text};
use mailsetup_shared::wire::{
    ApiError, ApiErrorCode, FailureKind, Party, ProbeEvent, ProbeResponse, ProxyInfo, SendStage, Step, WIRE_VERSION,
};
use mailsetup_shared::words::{Lang, Words};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wire").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `data:` lines of a recorded event stream.
fn events(stream: &str) -> Vec<&str> {
    stream.lines().filter_map(|line| line.strip_prefix("data:")).map(str::trim).collect()
}

/// `value` with the fields a reader may add over time removed, for comparing what two
/// versions wrote about the same facts.
fn without_added_fields(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.remove("wire");
    }
    value
}

#[test]
fn todays_page_reads_a_wire_1_proxy() {
    let info: ProxyInfo = serde_json::from_str(&fixture("v1-config.json")).unwrap();
    assert_eq!(info.wire, 1, "a proxy that does not say is wire 1");
    assert!(info.login_test && info.runs_locally, "recorded from a personal proxy");

    let response: ProbeResponse = serde_json::from_str(&fixture("v1-probe-response.json")).unwrap();
    assert_eq!(response.reports.len(), 3);
    assert!(response.reports.iter().all(|r| r.verdict.usability != Usability::Other));
    assert!(response.reports.iter().flat_map(|r| &r.verdict.findings).all(|f| f.code != FindingCode::Unknown));

    let stream = fixture("v1-probe-events.txt");
    let parsed: Vec<ProbeEvent> = events(&stream).iter().map(|data| serde_json::from_str(data).unwrap()).collect();
    assert!(matches!(parsed.first(), Some(ProbeEvent::Started { .. })));
    assert!(matches!(parsed.last(), Some(ProbeEvent::Done { .. })));
    assert!(parsed.iter().all(|e| !matches!(e, ProbeEvent::Other)));
    let steps: Vec<Step> = parsed
        .iter()
        .filter_map(|e| match e {
            ProbeEvent::Step { record, .. } => Some(record.step),
            _ => None,
        })
        .collect();
    assert!(steps.contains(&Step::EhloTls) && !steps.contains(&Step::Other), "{steps:?}");

    for line in fixture("v1-errors.jsonl").lines() {
        let error: ApiError = serde_json::from_str(line).unwrap();
        assert_ne!(error.code, ApiErrorCode::Other, "{line}");
    }
}

#[test]
fn todays_proxy_writes_what_a_wire_1_page_reads() {
    // The same facts written by today's types are the bytes wire 1 wrote (but for fields
    // added since, which readers of every version skip).
    let text = fixture("v1-probe-response.json");
    let recorded: Value = serde_json::from_str(&text).unwrap();
    let read: ProbeResponse = serde_json::from_str(&text).unwrap();
    assert_eq!(without_added_fields(serde_json::to_value(&read).unwrap()), recorded);
    for data in events(&fixture("v1-probe-events.txt")) {
        let recorded: Value = serde_json::from_str(data).unwrap();
        let read: ProbeEvent = serde_json::from_str(data).unwrap();
        assert_eq!(serde_json::to_value(&read).unwrap(), recorded, "{data}");
    }
    let recorded: Value = serde_json::from_str(&fixture("v1-config.json")).unwrap();
    let read: ProxyInfo = serde_json::from_str(&fixture("v1-config.json")).unwrap();
    assert_eq!(without_added_fields(serde_json::to_value(&read).unwrap()), recorded);
    for line in fixture("v1-errors.jsonl").lines() {
        let recorded: Value = serde_json::from_str(line).unwrap();
        let read: ApiError = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_value(&read).unwrap(), recorded, "an error code is still its id string");
    }
    assert_eq!(WIRE_VERSION, 4);
}

#[test]
fn the_verdict_of_recorded_facts_is_said_again_from_en_ftl_and_in_every_language() {
    // Wire 1 and 2 wrote the verdict's English in Rust; wire 3 says it from `en.ftl` with
    // typed values. The same facts give the same English, and every language can say the
    // recorded findings (which carry no values) from the facts alone.
    let response: ProbeResponse = serde_json::from_str(&fixture("v1-probe-response.json")).unwrap();
    for recorded in &response.reports {
        let today = assess(&recorded.facts);
        assert_eq!(today.headline, recorded.verdict.headline);
        let titles =
            |v: &mailsetup_shared::verdict::Verdict| v.findings.iter().map(|f| f.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(&today), titles(&recorded.verdict), "port {}", recorded.facts.port);
        assert!(today.findings.iter().any(|f| !f.args.is_empty()), "wire 3 sends the values");
        for &lang in Lang::ALL {
            let words = Words::builtin(lang);
            for finding in &recorded.verdict.findings {
                assert!(text::finding(&words, &recorded.facts, finding).is_some(), "{lang}: {}", finding.code);
            }
        }
    }
}

#[test]
fn a_stream_from_a_newer_proxy_is_read_with_the_catch_alls() {
    let stream = fixture("future-probe-events.txt");
    let parsed: Vec<ProbeEvent> = events(&stream)
        .iter()
        .map(|data| serde_json::from_str(data).unwrap_or_else(|e| panic!("{data}: {e}")))
        .collect();
    assert!(parsed.iter().any(|e| matches!(e, ProbeEvent::Other)), "an unknown event type");
    let step = parsed.iter().find_map(|e| match e {
        ProbeEvent::Step { record, .. } if record.step == Step::Other => Some(record),
        _ => None,
    });
    assert!(step.is_some(), "an unknown step");
    let report = parsed
        .iter()
        .find_map(|e| match e {
            ProbeEvent::Report { report } => Some(report),
            _ => None,
        })
        .expect("a report");
    assert_eq!(report.verdict.usability, Usability::Other);
    let finding = &report.verdict.findings[0];
    assert_eq!((finding.code, finding.severity), (FindingCode::Unknown, Severity::Other));
    assert_eq!(report.facts.failure.as_ref().unwrap().kind, FailureKind::Other);
    assert_eq!(report.facts.failure.as_ref().unwrap().step, Step::Other);
    assert!(report.facts.transcript.iter().any(|line| line.from == Party::Other));
    assert_eq!(report.facts.test_message.as_ref().unwrap().stage, SendStage::Other);
    let error: ApiError = serde_json::from_str(r#"{"code":"quota_exceeded","message":"later"}"#).unwrap();
    assert_eq!(error.code, ApiErrorCode::Other);
}

/// Reads `text` with serde and with the page's reader (`mailsetup_shared::json`), which
/// must agree.
fn read_both<T>(text: &str) -> T
where
    T: serde::de::DeserializeOwned + mailsetup_shared::json::FromJson + PartialEq + std::fmt::Debug,
{
    let by_serde: T = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let by_page: T = mailsetup_shared::json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert_eq!(by_page, by_serde, "{text}");
    by_page
}

#[test]
fn the_page_s_reader_reads_every_recorded_stream_as_serde_does() {
    let info: ProxyInfo = read_both(&fixture("v1-config.json"));
    assert_eq!(info.wire, 1);
    let response: ProbeResponse = read_both(&fixture("v1-probe-response.json"));
    assert_eq!(response.reports.len(), 3);
    for name in ["v1-probe-events.txt", "future-probe-events.txt"] {
        for data in events(&fixture(name)) {
            read_both::<ProbeEvent>(data);
        }
    }
    for line in fixture("v1-errors.jsonl").lines() {
        read_both::<ApiError>(line);
    }
    // Today's proxy's answers, as serde writes them.
    let today = serde_json::to_string(&ProxyInfo { wire: WIRE_VERSION, ..info }).unwrap();
    assert_eq!(read_both::<ProxyInfo>(&today).wire, WIRE_VERSION);
    let unknown = read_both::<ApiError>(r#"{"code":"quota_exceeded","message":"later","retry":3}"#);
    assert_eq!(unknown.code, ApiErrorCode::Other);
}

#[test]
fn the_page_s_reader_reads_a_discovery_answer_as_serde_does() {
    use email_settings::discovery::{
        AutoconfigOutcome, AutoconfigResult, DiscoverResponse, DiscoveredCandidate, FoundServer, MxHost, ProviderHit,
        Source, SrvService, SrvTarget,
    };
    use email_settings::provider::{MatchedBy, Security};
    let server = FoundServer { host: "smtp.example.org".into(), port: 465, security: Security::ImplicitTls };
    for matched_by in [
        MatchedBy::Domain("example.org".into()),
        MatchedBy::MxPattern("*.mx.example.net".into()),
        MatchedBy::MxDomain("example.net".into()),
        MatchedBy::Service("Example".into()),
    ] {
        let answer = DiscoverResponse {
            domain: "example.org".into(),
            mx: vec![MxHost { preference: 10, host: "mx.example.net".into() }],
            srv: vec![SrvService {
                name: "_submissions._tcp".into(),
                records: vec![SrvTarget { priority: 0, weight: 1, port: 465, target: "smtp.example.org".into() }],
            }],
            autoconfig: vec![
                AutoconfigResult {
                    url: "https://a/".into(),
                    outcome: AutoconfigOutcome::Found { servers: vec![server.clone()] },
                },
                AutoconfigResult { url: "https://b/".into(), outcome: AutoconfigOutcome::NotFound },
                AutoconfigResult {
                    url: "https://c/".into(),
                    outcome: AutoconfigOutcome::Failed { reason: "timeout".into() },
                },
            ],
            provider: Some(ProviderHit { id: "example".into(), name: "Example".into(), matched_by }),
            candidates: vec![DiscoveredCandidate {
                host: server.host.clone(),
                port: 587,
                security: Security::StartTls,
                source: Source::Autoconfig,
            }],
            problems: vec!["SRV: timeout".into()],
        };
        let text = serde_json::to_string(&answer).unwrap();
        assert_eq!(read_both::<DiscoverResponse>(&text), answer);
    }
}
