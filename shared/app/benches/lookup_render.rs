//! How long it takes to go from typed text to every output: parse, look up the provider,
//! resolve the settings, and render all nineteen formats plus the guides and the kit; and
//! what one answer of the proxy's live autoconfig server costs (`serve --autoconfig`).
//!
//! Run with `cargo bench -p mailsetup-shared`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use email_settings::address::Query;
use email_settings::autodiscover::parse_request;
use email_settings::render::{Format, render};
use email_settings::settings::{resolve, resolve_with};
use mailsetup_shared::guides::{Client, guide};
use mailsetup_shared::kit::provider_kit;

fn lookup(c: &mut Criterion) {
    c.bench_function("parse + lookup + resolve (gmail.com)", |b| {
        b.iter(|| resolve(&Query::parse(black_box("someone@gmail.com")).unwrap()))
    });
    c.bench_function("parse + lookup + resolve (unknown domain, by MX)", |b| {
        b.iter(|| resolve_with(&Query::parse(black_box("ann@example.org")).unwrap(), &["aspmx.l.google.com"], None))
    });
}

fn render_everything(c: &mut Criterion) {
    c.bench_function("lookup + render all formats, guides and kit (zoho.eu)", |b| {
        b.iter(|| {
            let settings = resolve(&Query::parse(black_box("someone@zoho.eu")).unwrap());
            let mut bytes = 0;
            for &format in Format::ALL {
                bytes += render(format, &settings).expect("offers SMTP").text.len();
            }
            for &client in Client::ALL {
                bytes += guide(client, &settings).expect("offers SMTP").steps.len();
            }
            bytes += provider_kit(&settings).expect("offers SMTP").files.len();
            bytes
        })
    });
}

/// One answer of the live autoconfig server, from the request to the rendered file (with a
/// built-in provider; the server's own lookup of an operator's domain is one map lookup).
fn autoconfig_answers(c: &mut Criterion) {
    let request = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>someone@fastmail.com</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#;
    c.bench_function("autodiscover answer: read the request, resolve, render (fastmail.com)", |b| {
        b.iter(|| {
            let asked = parse_request(black_box(request.as_bytes())).unwrap();
            let settings = resolve(&Query::parse(&asked.email_address).unwrap());
            render(Format::Autodiscover, &settings).expect("offers SMTP").text.len()
        })
    });
    c.bench_function("thunderbird answer: resolve the domain, render (fastmail.com)", |b| {
        b.iter(|| {
            let settings = resolve(&Query::parse(black_box("fastmail.com")).unwrap());
            render(Format::Thunderbird, &settings).expect("offers SMTP").text.len()
        })
    });
}

criterion_group!(benches, lookup, render_everything, autoconfig_answers);
criterion_main!(benches);
