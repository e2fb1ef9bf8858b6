//! Lookups over the generated tables, and the data rules over every provider file.

use std::path::Path;

use super::*;

/// The build validates every file (and fails on any problem), so what is left to check is
/// that the compact table it generated decodes to exactly the effective providers, field by
/// field, and that every domain and MX pattern finds its provider and data centre.
#[test]
fn the_generated_tables_hold_every_effective_provider() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("providers");
    let set = schema_files::load_dir(&dir).unwrap_or_else(|p| panic!("unreadable provider files:\n{p}"));
    let effective = set.effective();
    assert_eq!(effective.len(), all().len());
    let servers_match = |file: &[schema::ServerEntry], built: &[Server], id: &str| {
        assert_eq!(file.len(), built.len(), "{id}");
        for (f, b) in file.iter().zip(built) {
            let username = match (f.username_spelling(), b.username) {
                (schema::UsernameSpelling::Address, Username::Address) => true,
                (schema::UsernameSpelling::LocalPart, Username::LocalPart) => true,
                (schema::UsernameSpelling::Template(template), Username::Template(built)) => template == built,
                _ => false,
            };
            assert!(username, "{id}: {} read as {:?}", f.username, b.username);
            let expected = (f.host.as_str(), f.port, f.security, f.auth.as_slice());
            assert_eq!(expected, (b.host, b.port, b.security, b.auth), "{id}");
        }
    };
    for (file, p) in effective.iter().zip(all()) {
        let id = file.id.as_str();
        assert_eq!((id, file.name.as_str(), file.last_checked.as_str()), (p.id, p.name, p.last_checked));
        assert_eq!(
            (file.status, file.source, file.kind, file.sign_in),
            (p.status, p.source, p.kind, p.sign_in),
            "{id}"
        );
        assert_eq!(file.website.as_deref(), p.website, "{id}");
        assert!(file.domains == p.domains && file.mx == p.mx, "{id}");
        servers_match(&file.smtp, p.smtp, id);
        servers_match(&file.imap, p.imap, id);
        servers_match(&file.pop3, p.pop3, id);
        assert_eq!(file.regions.len(), p.regions.len(), "{id}");
        for (f, r) in file.regions.iter().zip(p.regions) {
            assert_eq!((f.id.as_str(), f.name.as_str()), (r.id, r.name), "{id}");
            assert!(f.domains == r.domains && f.mx == r.mx, "{id}");
            servers_match(&f.smtp, r.smtp, id);
            servers_match(&f.imap, r.imap, id);
            servers_match(&f.pop3, r.pop3, id);
        }
        let hints: Vec<_> = file.hints.iter().map(|h| (h.kind, h.text.trim(), h.link.as_deref())).collect();
        assert_eq!(hints, p.hints.iter().map(|h| (h.kind, h.text, h.link)).collect::<Vec<_>>(), "{id}");
        let docs: Vec<_> = file.docs.iter().map(|d| (d.url.as_str(), d.title.as_str())).collect();
        assert_eq!(docs, p.docs.iter().map(|d| (d.url, d.title)).collect::<Vec<_>>(), "{id}");
        let own_and_regions = std::iter::once((&file.domains, &file.mx, None))
            .chain(file.regions.iter().map(|r| (&r.domains, &r.mx, Some(r.id.as_str()))));
        for (domains, mx, region) in own_and_regions {
            for domain in domains.iter().filter(|d| !d.starts_with("*.")) {
                let found = lookup_domain(domain).unwrap_or_else(|| panic!("{domain} of {id} not found"));
                assert_eq!((found.provider.id, found.region.map(|r| r.id)), (id, region), "{domain}");
            }
            for host in mx.iter().filter(|m| !m.starts_with("*.")) {
                let found = lookup_mx([host.as_str()]).unwrap_or_else(|| panic!("MX {host} of {id} not found"));
                assert_eq!((found.provider.id, found.region.map(|r| r.id)), (id, region), "MX {host}");
            }
        }
    }
}

#[test]
fn the_rule_checker_catches_bad_data() {
    let good = r#"
        id = "example"
        name = "Example Mail"
        status = "ok"
        last_checked = "2026-11"
        source = "curated"
        domains = ["example.com"]
        [[smtp]]
        host = "smtp.example.com"
        port = 465
        security = "implicit-tls"
        username = "address"
        auth = ["password"]
    "#;
    let file: schema::ProviderFile = toml::from_str(good).unwrap();
    let mut problems = Vec::new();
    schema::check_file(&file, &mut |p| problems.push(p));
    assert!(problems.is_empty(), "{problems:?}");

    let check = |edit: &dyn Fn(&mut schema::ProviderFile), expected: &str| {
        let mut file = file.clone();
        edit(&mut file);
        let mut problems = Vec::new();
        schema::check_file(&file, &mut |p| problems.push(p));
        assert!(problems.iter().any(|p| p.contains(expected)), "expected {expected:?} in {problems:?}");
    };
    check(&|f| f.last_checked = "2026-13".into(), "last_checked");
    check(&|f| f.domains = vec!["Example.COM".into()], "not a lowercase ASCII domain");
    check(&|f| f.smtp[0].host = "smtp..example.com".into(), "not a valid host name");
    check(&|f| f.smtp[0].username = "%EMAILADDRESS".into(), "username");
    check(&|f| f.smtp[0].auth.clear(), "lists no auth method");
    check(&|f| f.smtp[0].security = Security::Plain, "plaintext");
    check(&|f| f.smtp.clear(), "has no SMTP server");
    check(
        &|f| f.hints.push(schema::HintEntry { kind: HintKind::AppPassword, text: "x".into(), link: None }),
        "has no link",
    );
    check(&|f| f.smtp.push(f.smtp[0].clone()), "listed twice");
}

#[test]
fn username_forms() {
    for good in ["address", "local-part", "%EMAILLOCALPART%.%EMAILDOMAIN%", "%EMAILADDRESS%", "user-%EMAILLOCALPART%"] {
        assert!(schema::is_valid_username_form(good), "{good}");
    }
    for bad in ["", "%EMAILADDRESS", "%EMAILADDRESS%%", "%PASSWORD%", "%EMAILDOMAIN"] {
        assert!(!schema::is_valid_username_form(bad), "{bad}");
    }
}

#[test]
fn finds_providers_by_domain() {
    let gmail = lookup_domain("gmail.com").expect("gmail.com is known");
    assert_eq!(gmail.provider.id, "gmail");
    assert_eq!(gmail.matched_by, MatchedBy::Domain("gmail.com".into()));
    assert_eq!(gmail.provider.smtp[0].host, "smtp.gmail.com");
    assert!(lookup_domain("gmail.com.").is_some(), "a trailing dot is ignored");
    assert!(lookup_domain("example.invalid").is_none());
    assert!(lookup_domain("notgmail.com").is_none());
    assert!(lookup_domain("sub.gmail.com").is_none(), "exact domains do not match subdomains");
}

#[test]
fn by_id_finds_every_provider() {
    for provider in all() {
        assert_eq!(by_id(provider.id).map(|p| p.id), Some(provider.id));
    }
    assert!(all().windows(2).all(|w| w[0].id < w[1].id), "sorted by id");
    assert!(by_id("no-such-provider").is_none());
}

#[cfg(feature = "public-suffix")]
#[test]
fn registrable_domains_come_from_the_public_suffix_list() {
    assert_eq!(registrable_domain("aspmx.l.google.com"), Some("google.com"));
    assert_eq!(registrable_domain("mx1.example.co.uk"), Some("example.co.uk"));
    assert_eq!(registrable_domain("com"), None);
}

#[test]
fn recognises_hosted_mail_by_mx() {
    let by_mx = |hosts: &[&str]| lookup_mx(hosts.iter().copied()).map(|m| (m.provider.id, m.region.map(|r| r.id)));
    assert_eq!(by_mx(&["aspmx.l.google.com", "alt1.aspmx.l.google.com"]), Some(("google-workspace", None)));
    assert_eq!(by_mx(&["smtp.google.com"]), Some(("google-workspace", None)));
    assert_eq!(by_mx(&["ALT2.ASPMX.L.GOOGLE.COM."]), Some(("google-workspace", None)), "case and trailing dot");
    assert_eq!(by_mx(&["example-org.mail.protection.outlook.com"]), Some(("microsoft-365", None)));
    assert_eq!(by_mx(&["mx.zoho.eu", "mx2.zoho.eu"]), Some(("zoho", Some("eu"))));
    assert_eq!(by_mx(&["mx.zoho.com"]), Some(("zoho", Some("us"))));
    assert_eq!(by_mx(&["in1-smtp.messagingengine.com"]), Some(("fastmail", None)));
    assert_eq!(by_mx(&["mx01.mail.icloud.com"]), Some(("icloud", None)));
    assert_eq!(by_mx(&["mail.protonmail.ch"]), Some(("proton", None)));
    assert_eq!(by_mx(&["mx.yandex.net"]), Some(("yandex", None)));
    assert_eq!(by_mx(&["mx.example.org"]), None);
    assert_eq!(by_mx(&[]), None);
    // The registrable-domain fallback: an MX host under a provider's own domain.
    let fallback = lookup_mx(["mx1.mail.ru"]).unwrap();
    assert_eq!(fallback.provider.id, "mail-ru");
    assert_eq!(fallback.matched_by, MatchedBy::MxDomain("mx1.mail.ru".into()));
}

#[test]
fn region_follows_the_domain() {
    let eu = lookup_domain("zohomail.eu").unwrap();
    assert_eq!(eu.region.map(|r| r.id), Some("eu"));
    assert_eq!(eu.provider.servers(Protocol::Smtp, eu.region)[0].host, "smtp.zoho.eu");
    assert!(!eu.region_unknown());
}

/// The provider files, loaded and checked as the build does.
fn provider_set() -> schema::ProviderSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("providers");
    schema_files::load_dir(&dir).unwrap_or_else(|p| panic!("unreadable provider files:\n{p}"))
}

#[test]
fn overlays_take_effect_in_the_generated_tables() {
    let set = provider_set();
    assert!(set.overlays.len() >= 9, "expected the overlay files, found {}", set.overlays.len());
    for (path, overlay) in &set.overlays {
        let provider = by_id(&overlay.overlays).unwrap_or_else(|| panic!("{}: no provider", path.display()));
        assert_eq!(provider.source, DataSource::Ispdb, "{}", path.display());
        // No imported entry reads "ok" (or anything else) where an overlay says otherwise.
        if let Some(status) = overlay.status {
            assert_eq!(provider.status, status, "{}", path.display());
        }
        assert_eq!(provider.last_checked, overlay.last_checked, "{}", path.display());
        for hint in &overlay.hints {
            assert!(
                provider.hints.iter().any(|h| h.text == hint.text.trim() && h.link == hint.link.as_deref()),
                "{}: hint missing",
                path.display()
            );
        }
        for domain in &overlay.domains {
            assert_eq!(lookup_domain(domain).map(|m| m.provider.id), Some(provider.id), "{domain}");
        }
        if let Some(auth) = &overlay.auth {
            assert!(provider.smtp.iter().all(|s| s.auth == auth.as_slice()), "{}", path.display());
        }
    }
}

#[test]
fn curated_entries_link_every_hint_and_say_when_they_were_checked() {
    let overlaid: Vec<String> = provider_set().overlays.into_iter().map(|(_, o)| o.overlays).collect();
    let ours = all().iter().filter(|p| p.source == DataSource::Curated || overlaid.iter().any(|id| id == p.id));
    let mut count = 0;
    for provider in ours {
        count += 1;
        let checked = provider.last_checked;
        let well_formed =
            checked.len() >= 7 && checked[..4].bytes().all(|b| b.is_ascii_digit()) && &checked[4..5] == "-";
        assert!(well_formed, "{}: last_checked {checked:?}", provider.id);
        for hint in provider.hints {
            let link = hint.link.unwrap_or_else(|| panic!("{}: hint {:?} has no link", provider.id, hint.kind));
            assert!(link.starts_with("https://"), "{}: {link}", provider.id);
        }
        if provider.status == Status::Preparation {
            assert!(provider.hints.iter().any(|h| h.kind.is_step()), "{}: preparation without the step", provider.id);
        }
    }
    assert!(count >= 40, "curated and overlaid entries: {count}");
}

#[test]
fn the_rule_checker_catches_bad_overlays_and_statuses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("providers");
    let base = provider_set();
    let problems_with = |edit: &dyn Fn(&mut schema::ProviderSet)| {
        let mut set = base.clone();
        edit(&mut set);
        set.validate().err().map(|p| p.0).unwrap_or_default()
    };
    assert!(problems_with(&|_| {}).is_empty(), "the real data is valid");
    let overlay = |target: &str| schema::OverlayFile {
        overlays: target.to_owned(),
        last_checked: "2026-12".to_owned(),
        status: Some(Status::Preparation),
        name: None,
        auth: None,
        domains: Vec::new(),
        mx: Vec::new(),
        hints: vec![schema::HintEntry { kind: HintKind::EnableImap, text: "Turn it on.".into(), link: None }],
        docs: Vec::new(),
    };
    let add = |target: &'static str| {
        let dir = dir.clone();
        move |set: &mut schema::ProviderSet| {
            set.overlays.push((dir.join(format!("overlays/{target}.toml")), overlay(target)));
        }
    };
    let expect = |problems: Vec<String>, text: &str| {
        assert!(problems.iter().any(|p| p.contains(text)), "expected {text:?} in {problems:?}");
    };
    expect(problems_with(&add("no-such-entry.example")), "which does not exist");
    expect(problems_with(&add("gmail")), "not an ISPDB import");
    expect(problems_with(&add("googlemail.com")), "which a curated file supersedes");
    expect(problems_with(&add("free.fr")), "has no link");
    let with = |id: &'static str, edit: fn(&mut schema::ProviderFile)| {
        move |set: &mut schema::ProviderSet| {
            let file = set.files.iter_mut().find(|(_, f)| f.id == id).map(|(_, f)| f).unwrap();
            edit(file);
        }
    };
    expect(problems_with(&with("gmail", |f| f.status = Status::NoClientAccess)), "but servers are listed");
    expect(
        problems_with(&with("tuta", |f| f.hints.retain(|h| h.kind != HintKind::Alternative))),
        "needs an `alternative` hint",
    );
    expect(problems_with(&with("tuta", |f| f.status = Status::Ok)), "has no SMTP server");
    expect(
        problems_with(&with("fastmail", |f| {
            f.status = Status::Preparation;
            f.hints.retain(|h| !h.kind.is_step());
        })),
        "needs a hint naming the step",
    );
    expect(problems_with(&with("sendgrid", |f| f.domains.push("sendgrid.net".into()))), "picked by name");
}

#[test]
fn one_spelling_out_and_the_old_one_still_read() {
    use Security::{ImplicitTls, Plain, StartTls};
    for (security, json) in [(ImplicitTls, "\"implicit-tls\""), (StartTls, "\"starttls\""), (Plain, "\"plain\"")] {
        assert_eq!(serde_json::to_string(&security).unwrap(), json);
        assert_eq!(serde_json::from_str::<Security>(json).unwrap(), security);
        let toml_value: toml::Value = toml::Value::try_from(security).unwrap();
        assert_eq!(format!("\"{}\"", toml_value.as_str().unwrap()), json, "TOML and JSON spell it alike");
        assert_eq!(Security::from_socket_type(security.socket_type()), Some(security));
    }
    assert_eq!(serde_json::from_str::<Security>("\"start_tls\"").unwrap(), StartTls);
    assert_eq!(serde_json::from_str::<Security>("\"implicit_tls\"").unwrap(), ImplicitTls);
    assert!(serde_json::from_str::<Security>("\"tls\"").is_err());
    assert_eq!(Security::from_socket_type("TLS"), None);
    assert_eq!(serde_json::to_string(&Status::NoClientAccess).unwrap(), "\"no-client-access\"");
    assert_eq!(serde_json::to_string(&AuthMethod::OAuth2).unwrap(), "\"oauth2\"");
}

#[test]
fn host_name_rules() {
    for (label, lower_only, any_case) in [
        ("mail", true, true),
        ("MAIL", false, true),
        ("a-b_c9", true, true),
        ("-a", false, false),
        ("a-", false, false),
        ("", false, false),
        ("ü", false, false),
        (&"a".repeat(63), true, true),
        (&"a".repeat(64), false, false),
    ] {
        assert_eq!(is_valid_label(label, false), lower_only, "{label:?}");
        assert_eq!(is_valid_label(label, true), any_case, "{label:?}");
    }
    assert!(is_valid_hostname("smtp.example.com") && is_valid_hostname("127.0.0.1"));
    assert!(!is_valid_hostname("localhost") && !is_valid_hostname("smtp..example.com"));
    let guesses: Vec<String> = guessed_smtp_hosts("example.org").collect();
    assert_eq!(guesses, ["smtp.example.org", "mail.example.org", "example.org"]);
}

#[test]
fn a_hint_message_id_is_the_fnv_1a_of_its_text() {
    assert_eq!(Hint { kind: HintKind::Other, text: "abc", link: None }.message_id(), "provider-hint-1a47e90b");
}
