//! Fuzzes the reader of Outlook's Autodiscover requests (untrusted bytes `serve --autoconfig`
//! receives), and the address parsing and rendering that follow a request it accepts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use email_settings::address::Query;
use email_settings::autodiscover::parse_request;
use email_settings::render::{Format, render};
use email_settings::settings::resolve;

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = parse_request(data)
        && let Ok(query) = Query::parse(&request.email_address)
    {
        let _ = render(Format::Autodiscover, &resolve(&query));
    }
});
