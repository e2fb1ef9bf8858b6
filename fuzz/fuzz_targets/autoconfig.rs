//! Fuzzes the reader of fetched autoconfig documents (untrusted bytes from the web).

#![no_main]

use libfuzzer_sys::fuzz_target;
use email_settings::discovery::parse_autoconfig;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_autoconfig(text);
    }
});
