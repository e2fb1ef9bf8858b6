//! Fuzzes the reader of Outlook's Autodiscover requests (untrusted bytes `serve --autoconfig`
//! receives), and the address parsing and rendering that follow a request it accepts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup_shared::address::Query;
use mailsetup_shared::autodiscover::parse_request;
use mailsetup_shared::render::{Format, render};
use mailsetup_shared::settings::resolve;

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = parse_request(data)
        && let Ok(query) = Query::parse(&request.email_address)
    {
        let _ = render(Format::Autodiscover, &resolve(&query));
    }
});
