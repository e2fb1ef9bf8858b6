//! Fuzzes the SMTP reply parser and the EHLO capability reader with arbitrary server bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use email_settings::smtp::{Capabilities, Parsed, ReplyLimits, parse_reply};

fuzz_target!(|data: &[u8]| {
    let limits = ReplyLimits::default();
    let mut rest = data;
    // Read replies one after another, as the probe does, until the bytes run out.
    while let Ok(Parsed::Complete { reply, consumed }) = parse_reply(rest, &limits) {
        assert!(consumed > 0 && consumed <= rest.len() && consumed <= limits.max_reply);
        let _ = Capabilities::from_ehlo(&reply).keywords();
        rest = &rest[consumed..];
    }
});
