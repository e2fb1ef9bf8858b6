//! Every domain of Thunderbird's ISPDB resolves, and the Thunderbird XML we render for it
//! lists the outgoing servers ISPDB's own file lists.
//!
//! Policy, as the comparison states it:
//! - for a provider imported from ISPDB, our outgoing servers are exactly ISPDB's, in our
//!   RFC 8314 order (implicit TLS on 465 first, then STARTTLS on 587, others after,
//!   plaintext last) and otherwise in ISPDB's order;
//! - for a curated provider that supersedes the ISPDB file, ours include every one of ISPDB's
//!   outgoing servers and may add more (e.g. a 587 the provider also offers).

use std::collections::BTreeSet;
use std::path::Path;

use email_settings::address::Query;
use email_settings::provider::{DataSource, Protocol, Security};
use email_settings::render::{Format, render};
use email_settings::settings::{rank, resolve};
use quick_xml::events::Event;

/// (host, port, socketType) of every `outgoingServer type="smtp"`, and every `domain`.
fn read_ispdb(text: &str) -> (Vec<String>, Vec<(String, u16, String)>) {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let (mut domains, mut servers) = (Vec::new(), Vec::new());
    let mut path: Vec<String> = Vec::new();
    let mut in_smtp = false;
    let (mut host, mut port, mut socket) = (String::new(), 0u16, String::new());
    loop {
        match reader.read_event().expect("valid ISPDB XML") {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if name == "outgoingServer" {
                    in_smtp =
                        e.attributes().flatten().any(|a| a.key.as_ref() == b"type" && a.value.as_ref() == b"smtp");
                    (host, port, socket) = (String::new(), 0, String::new());
                }
                path.push(name);
            }
            Event::End(_) => {
                let closed = path.pop();
                if closed.as_deref() == Some("outgoingServer") && in_smtp {
                    servers.push((host.clone(), port, socket.clone()));
                    in_smtp = false;
                }
            }
            Event::Text(t) => {
                let value = t.decode().unwrap().trim().to_owned();
                match (path.iter().rev().nth(1).map(String::as_str), path.last().map(String::as_str)) {
                    (Some("emailProvider"), Some("domain")) => domains.push(value.to_ascii_lowercase()),
                    (Some("outgoingServer"), Some("hostname")) if in_smtp => host = value,
                    (Some("outgoingServer"), Some("port")) if in_smtp => port = value.parse().unwrap(),
                    (Some("outgoingServer"), Some("socketType")) if in_smtp => socket = value,
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (domains, servers)
}

/// The outgoing servers of our rendered Thunderbird XML, in order.
fn our_outgoing(xml: &str) -> Vec<(String, u16, String)> {
    read_ispdb(xml).1
}

fn security(socket_type: &str) -> Security {
    Security::from_socket_type(socket_type).unwrap_or_else(|| panic!("unknown socketType {socket_type:?}"))
}

#[test]
fn every_ispdb_domain_resolves_to_the_same_outgoing_servers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/ispdb");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "xml"));
    files.sort();
    assert_eq!(files.len(), 163, "the ISPDB snapshot has 163 files");
    let mut checked = BTreeSet::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let (domains, ispdb_servers) = read_ispdb(&text);
        for domain in domains {
            if !checked.insert(domain.clone()) {
                continue; // ISPDB lists one domain twice in the same file.
            }
            let settings = resolve(&Query::parse(&domain).unwrap_or_else(|e| panic!("{domain}: {e}")));
            let provider =
                settings.provider.unwrap_or_else(|| panic!("{domain} ({}) does not resolve", path.display()));
            let ours = our_outgoing(&render(Format::Thunderbird, &settings).expect("offers SMTP").text);
            let expected: Vec<(String, u16, String)> = ispdb_servers
                .iter()
                .map(|(h, p, s)| (h.to_ascii_lowercase().replace("%emaildomain%", &domain), *p, s.clone()))
                .collect();
            match provider.source {
                DataSource::Ispdb => {
                    let mut ordered = expected.clone();
                    ordered.sort_by_key(|(_, port, socket)| rank(Protocol::Smtp, *port, security(socket)));
                    assert_eq!(ours, ordered, "{domain}: our servers differ from {}", path.display());
                }
                DataSource::Curated => {
                    // A curated file lists no plaintext server (the data rules forbid it), so
                    // one that supersedes an entry with one drops it (@nifty).
                    for server in expected.iter().filter(|(_, _, socket)| socket != "plain") {
                        assert!(
                            ours.contains(server),
                            "{domain} ({}): curated {} lacks {server:?}",
                            path.display(),
                            provider.id
                        );
                    }
                    let ranks: Vec<u8> = ours.iter().map(|(_, p, s)| rank(Protocol::Smtp, *p, security(s))).collect();
                    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{domain}: not in RFC 8314 order: {ours:?}");
                }
            }
        }
    }
    assert_eq!(checked.len(), 962, "ISPDB's 962 distinct domains");
}
