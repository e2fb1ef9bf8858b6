//! Fuzzes address parsing and everything rendered from a parsed address.

#![no_main]

use libfuzzer_sys::fuzz_target;
use email_settings::address::Query;
use email_settings::render::{Format, render};
use email_settings::settings::resolve;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(query) = Query::parse(text) else { return };
    let settings = resolve(&query);
    for &format in Format::ALL {
        let _ = render(format, &settings);
    }
});
