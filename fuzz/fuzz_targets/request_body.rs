//! Fuzzes the proxy's HTTP request bodies (untrusted bytes from any client): the JSON of
//! `POST /api/probe` and `POST /api/discover`, read the way axum's `Json` extractor reads
//! it (`serde_path_to_error` over `serde_json::Deserializer::from_slice`, then `end()`),
//! and the checks the proxy then applies that live in `shared`.
//!
//! The checks that live only in `probe-proxy` (`target::Host::parse`, `probe::check_ports`,
//! `probe::LoginPlan::check`, `discover::parse_domain`) are not linked (that would pull in
//! tokio, axum, rustls, hickory); the `shared` functions they call are: `Query::parse`
//! (the discover domain, a login test's user name and recipient), `idn::to_ascii` and
//! `is_valid_label` (the probe host), `PortRequest::spec` and `Step::plan` (the ports).
//! The bodies are at most 4 KiB (`HttpLimits::DEFAULT.body_bytes`): run with
//! `-max_len=4096`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use email_settings::address::Query;
use email_settings::discovery::DiscoverRequest;
use email_settings::idn;
use email_settings::provider::is_valid_label;
use mailsetup_shared::wire::{ProbeDepth, ProbeRequest, Step};
use serde::de::DeserializeOwned;

/// What axum's `Json::<T>::from_bytes` does with a body.
fn from_body<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(value) => match deserializer.end() {
            Ok(()) => Some(value),
            Err(error) => {
                let _ = error.to_string();
                None
            }
        },
        Err(error) => {
            // The rejection's text goes back to the client: it must render.
            let _ = (error.path().to_string(), error.inner().classify(), error.to_string());
            None
        }
    }
}

/// The shared half of the proxy's host check (`Host::parse`).
fn check_host(input: &str) {
    let text = input.trim();
    let unbracketed = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
    if unbracketed.parse::<std::net::IpAddr>().is_ok() {
        return;
    }
    let name = text.strip_suffix('.').unwrap_or(text);
    if name.is_empty() || name.len() > 253 {
        return;
    }
    if let Ok(ascii) = idn::to_ascii(name) {
        let _ = ascii.len() <= 253 && ascii.split('.').all(|label| is_valid_label(label, true));
    }
}

fn check_probe(request: &ProbeRequest) {
    check_host(&request.host);
    let depth = match &request.login {
        None => ProbeDepth::Connection,
        Some(login) => {
            // The secret never prints.
            let debug = format!("{:?}", login.secret);
            assert!(debug == "Password(****)" || debug == "OAuth2Token(****)", "secret in Debug: {debug}");
            let _ = (login.secret.expose().len(), login.secret.kind());
            let user = login.user.trim();
            if let Ok(Query::Address(address)) = Query::parse(user) {
                let _ = address.ascii();
            }
            match &login.send_test_to {
                Some(to) => {
                    if let Ok(Query::Address(address)) = Query::parse(to) {
                        let _ = address.ascii();
                    }
                    ProbeDepth::TestMessage
                }
                None => ProbeDepth::Login,
            }
        }
    };
    for port in &request.ports {
        let spec = port.spec();
        let plan = Step::plan(spec.security, depth);
        assert!(!plan.is_empty() && plan[0] == Step::Connect);
    }
    // The request survives the trip the page makes it take (page serialises, proxy reads).
    let json = serde_json::to_vec(request).expect("a probe request serialises");
    let back: ProbeRequest = serde_json::from_slice(&json).expect("a serialised probe request reads back");
    assert_eq!(&back, request);
}

fn check_discover(request: &DiscoverRequest) {
    // `discover::parse_domain`: the domain of whatever was typed.
    if let Ok(query) = Query::parse(&request.domain) {
        let domain = query.domain();
        let _ = (domain.ascii(), domain.unicode());
    }
}

fuzz_target!(|data: &[u8]| {
    // Any body may be sent to either route.
    if let Some(request) = from_body::<ProbeRequest>(data) {
        check_probe(&request);
    }
    if let Some(request) = from_body::<DiscoverRequest>(data) {
        check_discover(&request);
    }
});
