//! Every provider × every format: XML and plist outputs parse back with real parsers and
//! carry the expected host, port and security; snapshots pin the seed providers' outputs.

use std::collections::BTreeMap;

use super::*;
use crate::address::Query;
use crate::provider;
use crate::provider::Security;
use crate::settings::{Settings, resolve};

/// The text of `format` for `settings` when it is offered ([`crate::render::offered`]: no
/// mailbox files for a sending service or a bridge), checking that only those are missing.
fn offered(format: Format, settings: &Settings) -> Option<String> {
    let out = render(format, settings);
    assert_eq!(out.is_some(), crate::render::offered(settings, format), "{format:?} for {:?}", settings.provider_id);
    out.map(|o| o.text)
}

/// A parsed XML document as a flat list of (path, text) pairs, e.g.
/// `clientConfig/emailProvider/outgoingServer/hostname` → `smtp.gmail.com`.
fn xml_texts(text: &str) -> Vec<(String, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("invalid XML ({e}):\n{text}")) {
            Event::Start(e) => {
                path.push(String::from_utf8_lossy(e.local_name().as_ref()).into_owned());
                current.clear();
            }
            Event::End(_) => {
                if !current.trim().is_empty() {
                    out.push((path.join("/"), std::mem::take(&mut current)));
                }
                current.clear();
                path.pop();
            }
            Event::Text(t) => current.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let entity = format!("&{};", String::from_utf8_lossy(&r));
                current.push_str(&quick_xml::escape::unescape(&entity).unwrap());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(path.is_empty(), "unclosed elements in:\n{text}");
    out
}

/// Groups the children of every `group` element: one map per element.
fn groups(texts: &[(String, String)], group: &str) -> Vec<BTreeMap<String, String>> {
    let mut out: Vec<BTreeMap<String, String>> = Vec::new();
    let mut last_parent = None;
    for (path, value) in texts {
        let Some((parent, leaf)) = path.rsplit_once('/') else { continue };
        if !parent.ends_with(group) {
            continue;
        }
        if last_parent.as_deref() != Some(parent)
            || out.last().is_some_and(|m| m.contains_key(leaf) && leaf != "authentication")
        {
            out.push(BTreeMap::new());
        }
        last_parent = Some(parent.to_owned());
        out.last_mut().unwrap().insert(leaf.to_owned(), value.clone());
    }
    out
}

fn every_provider_settings() -> Vec<Settings> {
    let mut all = Vec::new();
    for p in provider::all() {
        let domain =
            p.domains.iter().chain(p.regions.iter().flat_map(|r| r.domains.iter())).find(|d| !d.starts_with("*."));
        let query = match domain {
            Some(d) => format!("o'brien+\"test\"@{d}"),
            None => continue,
        };
        // A local part with quotes is not a dot-atom; use a plain one with risky characters.
        let query = query.replace("\"test\"", "test$`x");
        let settings = resolve(&Query::parse(&query).unwrap_or_else(|e| panic!("{query}: {e}")));
        // Providers without SMTP render nothing (tested in `nothing_is_rendered_without_smtp`).
        if settings.offers_smtp() {
            all.push(settings);
        }
    }
    assert!(all.len() > 150, "expected every provider, got {}", all.len());
    all
}

#[test]
fn thunderbird_xml_parses_and_lists_every_server() {
    for settings in every_provider_settings() {
        let Some(xml) = offered(Format::Thunderbird, &settings) else { continue };
        let texts = xml_texts(&xml);
        let outgoing = groups(&texts, "outgoingServer");
        assert_eq!(outgoing.len(), settings.smtp.len(), "{xml}");
        for (server, candidate) in outgoing.iter().zip(&settings.smtp) {
            assert_eq!(server["hostname"], candidate.host);
            assert_eq!(server["port"], candidate.port.to_string());
            assert_eq!(server["socketType"], candidate.security.socket_type());
        }
        let incoming = groups(&texts, "incomingServer");
        assert_eq!(incoming.len(), settings.imap.len() + settings.pop3.len());
    }
}

#[test]
fn autodiscover_xml_parses_and_names_the_chosen_smtp_server() {
    for settings in every_provider_settings() {
        let Some(xml) = offered(Format::Autodiscover, &settings) else { continue };
        let protocols = groups(&xml_texts(&xml), "Protocol");
        let smtp = protocols.iter().find(|p| p["Type"] == "SMTP").unwrap_or_else(|| panic!("{xml}"));
        let chosen = chosen_smtp(&settings);
        assert_eq!(smtp["Server"], chosen.host);
        assert_eq!(smtp["Port"], chosen.port.to_string());
        let expected = match chosen.security {
            Security::ImplicitTls => "SSL",
            Security::StartTls => "TLS",
            Security::Plain => "None",
        };
        assert_eq!(smtp["Encryption"], expected);
        assert_eq!(smtp["LoginName"], chosen.username);
    }
}

#[test]
fn mobileconfig_parses_as_a_plist_with_the_chosen_servers() {
    for settings in every_provider_settings() {
        let Some(text) = offered(Format::Mobileconfig, &settings) else { continue };
        let value = plist::Value::from_reader_xml(text.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{text}"));
        let root = value.as_dictionary().unwrap();
        assert_eq!(root.get("PayloadType").and_then(|v| v.as_string()), Some("Configuration"));
        let payload = root.get("PayloadContent").and_then(|v| v.as_array()).unwrap()[0].as_dictionary().unwrap();
        let chosen = chosen_smtp(&settings);
        assert_eq!(payload.get("OutgoingMailServerHostName").and_then(|v| v.as_string()), Some(chosen.host.as_str()));
        assert_eq!(
            payload.get("OutgoingMailServerPortNumber").and_then(|v| v.as_unsigned_integer()),
            Some(u64::from(chosen.port))
        );
        assert_eq!(
            payload.get("OutgoingMailServerUseSSL").and_then(|v| v.as_boolean()),
            Some(chosen.security != Security::Plain)
        );
        assert_eq!(
            payload.get("EmailAddress").and_then(|v| v.as_string()),
            Some(settings.address_or_example().as_str())
        );
    }
}

#[test]
fn mobileconfig_uuids_are_stable_per_address() {
    let a = resolve(&Query::parse("ann@gmail.com").unwrap());
    let b = resolve(&Query::parse("bob@gmail.com").unwrap());
    let first = render(Format::Mobileconfig, &a).expect("offers SMTP").text;
    assert_eq!(first, render(Format::Mobileconfig, &a).expect("offers SMTP").text);
    assert_ne!(first, render(Format::Mobileconfig, &b).expect("offers SMTP").text);
    // Apple replaces an installed profile by its top-level PayloadIdentifier: two accounts of
    // one domain must not replace each other, one account's profile installed again must.
    let identifier = |settings: &Settings| {
        let text = render(Format::Mobileconfig, settings).expect("offers SMTP").text;
        let value = plist::Value::from_reader_xml(text.as_bytes()).unwrap();
        value.as_dictionary().unwrap().get("PayloadIdentifier").and_then(|v| v.as_string()).unwrap().to_owned()
    };
    assert_eq!(identifier(&a), identifier(&a));
    assert_ne!(identifier(&a), identifier(&b), "one identifier for every address of gmail.com");
    assert!(identifier(&a).starts_with("invalid.mailsetup.com.gmail."), "{}", identifier(&a));
}

#[test]
fn every_text_format_names_the_chosen_server() {
    for settings in every_provider_settings() {
        let chosen = chosen_smtp(&settings);
        for &format in Format::ALL {
            let Some(out) = render(format, &settings) else {
                assert!(!crate::render::offered(&settings, format), "{format:?}");
                continue;
            };
            assert!(out.text.contains(&chosen.host), "{format:?} lacks {}:\n{}", chosen.host, out.text);
            if format != Format::Openssl && format != Format::Netcat && format != Format::Powershell {
                assert!(out.text.contains(&chosen.port.to_string()), "{format:?} lacks the port:\n{}", out.text);
            }
            assert!(!out.text.contains("YOUR-PASSWORD") || format == Format::PostfixRelay);
            assert_eq!(Format::from_id(format.id()), Some(format));
        }
    }
}

/// The seed's five providers in every format, pinned as snapshots.
#[test]
fn seed_provider_snapshots() {
    for address in
        ["someone@gmail.com", "someone@yahoo.com", "someone@outlook.com", "someone@icloud.com", "someone@zoho.eu"]
    {
        let settings = resolve(&Query::parse(address).unwrap());
        for &format in Format::ALL {
            let Some(out) = render(format, &settings) else {
                assert!(!crate::render::offered(&settings, format), "{format:?}");
                continue;
            };
            insta::assert_snapshot!(format!("{}__{}", address.replace(['@', '.'], "_"), format.id()), out.text);
        }
    }
}

#[test]
fn nothing_is_rendered_without_smtp() {
    let no_smtp: Vec<&str> = provider::all()
        .iter()
        .filter(|p| p.status == provider::Status::NoClientAccess)
        .flat_map(|p| p.domains.first().copied())
        .collect();
    assert!(no_smtp.contains(&"tuta.com") && no_smtp.contains(&"hey.com"), "{no_smtp:?}");
    for domain in no_smtp {
        let settings = resolve(&Query::parse(&format!("someone@{domain}")).unwrap());
        assert!(settings.smtp.is_empty() && settings.imap.is_empty(), "{domain}");
        for &format in Format::ALL {
            assert_eq!(render(format, &settings), None, "{domain}: {format:?}");
        }
    }
}
