//! Property tests: no input makes parsing or rendering panic, and what is rendered stays
//! well-formed whatever the address contains.

use mailsetup_shared::address::Query;
use mailsetup_shared::guides::{Client, guide};
use mailsetup_shared::kit::provider_kit;
use mailsetup_shared::render::{Format, render};
use mailsetup_shared::settings::{resolve, resolve_with};
use mailsetup_shared::smtp::{Capabilities, Parsed, ReplyLimits, parse_reply};
use proptest::prelude::*;

/// Strings that look like addresses often enough to reach the renderers: a local part of
/// risky characters, a domain from the provider data or random labels.
fn address_like() -> impl Strategy<Value = String> {
    let local = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-\"\\\\ ü]{1,20}";
    let domain = prop_oneof![
        Just("gmail.com".to_owned()),
        Just("zoho.com".to_owned()),
        Just("outlook.com".to_owned()),
        Just("inbox.lv".to_owned()),
        "[a-z0-9-]{1,12}\\.(com|de|xn--p1ai|example)",
        "[a-zäöüß]{1,10}\\.[a-z]{2,3}",
    ];
    (local, domain).prop_map(|(l, d)| format!("{l}@{d}"))
}

fn check_everything_renders(input: &str) {
    let Ok(query) = Query::parse(input) else { return };
    for settings in [resolve(&query), resolve_with(&query, &["aspmx.l.google.com"], None)] {
        assert!(!settings.smtp.is_empty());
        for format in Format::ALL {
            let out = render(format, &settings);
            if matches!(format, Format::Thunderbird | Format::Autodiscover | Format::Mobileconfig) {
                let mut reader = quick_xml::Reader::from_str(&out.text);
                loop {
                    match reader.read_event() {
                        Ok(quick_xml::events::Event::Eof) => break,
                        Ok(_) => {}
                        Err(e) => panic!("{format:?} is not well-formed XML for {input:?}: {e}\n{}", out.text),
                    }
                }
            }
        }
        for client in Client::ALL {
            let _ = guide(client, &settings);
        }
        let _ = provider_kit(&settings);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn parsing_any_text_never_panics(input in "\\PC{0,300}") {
        let _ = Query::parse(&input);
    }

    #[test]
    fn rendering_any_address_never_panics(input in address_like()) {
        check_everything_renders(&input);
    }

    #[test]
    fn rendering_any_parsable_text_never_panics(input in "\\PC{0,80}@\\PC{0,40}") {
        check_everything_renders(&input);
    }

    #[test]
    fn reply_parser_never_panics_and_never_over_consumes(bytes in proptest::collection::vec(any::<u8>(), 0..6000)) {
        let limits = ReplyLimits::default();
        if let Ok(Parsed::Complete { reply, consumed }) = parse_reply(&bytes, &limits) {
            prop_assert!(consumed <= bytes.len());
            prop_assert!(consumed <= limits.max_reply);
            prop_assert!((200..600).contains(&reply.code));
            let _ = Capabilities::from_ehlo(&reply);
        }
    }

    #[test]
    fn reply_parser_handles_reply_shaped_input(lines in proptest::collection::vec("[0-9]{3}[ -][\\PC]{0,40}", 1..20)) {
        let text: String = lines.iter().map(|l| format!("{l}\r\n")).collect();
        let _ = parse_reply(text.as_bytes(), &ReplyLimits::default());
    }
}
