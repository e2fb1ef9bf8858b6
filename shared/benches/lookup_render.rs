//! How long it takes to go from typed text to every output: parse, look up the provider,
//! resolve the settings, and render all nineteen formats plus the guides and the kit.
//!
//! Run with `cargo bench -p mailsetup-shared`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use mailsetup_shared::address::Query;
use mailsetup_shared::guides::{Client, guide};
use mailsetup_shared::kit::provider_kit;
use mailsetup_shared::render::{Format, render};
use mailsetup_shared::settings::{resolve, resolve_with};

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
            for client in Client::ALL {
                bytes += guide(client, &settings).expect("offers SMTP").steps.len();
            }
            bytes += provider_kit(&settings).expect("offers SMTP").files.len();
            bytes
        })
    });
}

criterion_group!(benches, lookup, render_everything);
criterion_main!(benches);
