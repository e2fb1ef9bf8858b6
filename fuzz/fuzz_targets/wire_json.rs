//! Fuzzes the page's JSON reader (`mailsetup_shared::json`) with arbitrary text, as a proxy,
//! a `config.json` or a DNS-over-HTTPS resolver could send it: it never panics, accepts
//! exactly the texts `serde_json` accepts, and reads the wire's types from whatever parses.
//! Two differences are allowed: nesting past the reader's 64 levels (`serde_json` allows
//! 128), and numbers too large for an `f64` (`12e5195`), which `serde_json` refuses and the
//! reader keeps as written (it reads numbers only as integers, and refuses those there).

#![no_main]

use email_settings::discovery::DiscoverResponse;
use libfuzzer_sys::fuzz_target;
use mailsetup_shared::json::{self, Json, JsonError};
use mailsetup_shared::wire::{ApiError, ProbeEvent, ProxyInfo};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ours = Json::parse(text);
    if ours != Err(JsonError::TooDeep) {
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        let out_of_range = theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range"));
        if !out_of_range {
            assert_eq!(ours.is_ok(), theirs.is_ok(), "{text:?}");
        }
    }
    let _ = json::from_str::<ProbeEvent>(text);
    let _ = json::from_str::<ProxyInfo>(text);
    let _ = json::from_str::<ApiError>(text);
    let _ = json::from_str::<DiscoverResponse>(text);
});
