//! Loads and validates `providers/**/*.toml` and turns them into static Rust tables.
//!
//! Any invalid file fails the build with every problem listed, so bad data never ships.

// The vocabulary and the file format, the very modules the crate compiles. Some of their
// items (labels, the crate-side helpers) are not needed by the generator.
#[path = "src/provider/schema.rs"]
#[allow(dead_code)]
pub mod schema;
#[path = "src/provider/schema_files.rs"]
pub mod schema_files;
// `email_settings_no_serde` is set for the library built without its `serde` feature (below),
// so the vocabulary derives serde's traits here always.
#[path = "src/provider/vocab.rs"]
#[allow(dead_code)]
pub mod vocab;

use std::fmt::Write as _;
use std::path::Path;

use schema::{ProviderFile, ServerEntry};

fn main() {
    println!("cargo::rustc-check-cfg=cfg(email_settings_no_serde)");
    if std::env::var_os("CARGO_FEATURE_SERDE").is_none() {
        println!("cargo::rustc-cfg=email_settings_no_serde");
    }
    println!("cargo::rerun-if-changed=providers");
    println!("cargo::rerun-if-changed=src/provider/schema.rs");
    println!("cargo::rerun-if-changed=src/provider/vocab.rs");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("providers");
    let set = schema_files::load_dir(&dir).unwrap_or_else(|problems| fail(&problems));
    set.validate().unwrap_or_else(|problems| fail(&problems));
    let code = generate(&set.effective());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("providers.rs");
    std::fs::write(&out, code).expect("write generated providers.rs");
}

fn fail(problems: &schema::Problems) -> ! {
    eprintln!("invalid provider data in shared/providers:\n{problems}");
    std::process::exit(1);
}

/// Generates `PROVIDERS` (sorted by id), `DOMAIN_INDEX` and `MX_INDEX` (sorted by pattern).
fn generate(providers: &[ProviderFile]) -> String {
    let mut code = String::new();
    let mut domains: Vec<(String, usize, Option<usize>)> = Vec::new();
    let mut mx: Vec<(String, usize, Option<usize>)> = Vec::new();
    writeln!(code, "pub(super) static PROVIDERS: [Provider; {}] = [", providers.len()).unwrap();
    for (index, p) in providers.iter().enumerate() {
        domains.extend(p.domains.iter().map(|d| (d.clone(), index, None)));
        mx.extend(p.mx.iter().map(|m| (m.clone(), index, None)));
        for (r, region) in p.regions.iter().enumerate() {
            domains.extend(region.domains.iter().map(|d| (d.clone(), index, Some(r))));
            mx.extend(region.mx.iter().map(|m| (m.clone(), index, Some(r))));
        }
        code.push_str("Provider {");
        write!(code, "id: {:?}, name: {:?}, ", p.id, p.name).unwrap();
        // Unit variants print as their names with `{:?}`: the same enum in both places.
        write!(code, "status: Status::{:?}, ", p.status).unwrap();
        write!(code, "last_checked: {:?}, ", p.last_checked).unwrap();
        write!(code, "source: DataSource::{:?}, kind: ProviderKind::{:?}, ", p.source, p.kind).unwrap();
        write!(code, "website: {:?}, ", p.website).unwrap();
        match p.sign_in {
            Some(sign_in) => write!(code, "sign_in: Some(SignIn::{sign_in:?}), ").unwrap(),
            None => code.push_str("sign_in: None, "),
        }
        write!(code, "domains: &{:?}, mx: &{:?}, ", p.domains, p.mx).unwrap();
        write!(code, "smtp: {}, imap: {}, pop3: {}, ", servers(&p.smtp), servers(&p.imap), servers(&p.pop3)).unwrap();
        code.push_str("regions: &[");
        for region in &p.regions {
            write!(
                code,
                "Region {{ id: {:?}, name: {:?}, domains: &{:?}, mx: &{:?}, smtp: {}, imap: {}, pop3: {} }},",
                region.id,
                region.name,
                region.domains,
                region.mx,
                servers(&region.smtp),
                servers(&region.imap),
                servers(&region.pop3)
            )
            .unwrap();
        }
        code.push_str("], hints: &[");
        for hint in &p.hints {
            write!(
                code,
                "Hint {{ kind: HintKind::{:?}, text: {:?}, link: {:?} }},",
                hint.kind,
                hint.text.trim(),
                hint.link
            )
            .unwrap();
        }
        code.push_str("], docs: &[");
        for doc in &p.docs {
            write!(code, "Link {{ url: {:?}, title: {:?} }},", doc.url, doc.title).unwrap();
        }
        code.push_str("] },\n");
    }
    code.push_str("];\n");
    index(&mut code, "DOMAIN_INDEX", domains);
    index(&mut code, "MX_INDEX", mx);
    code
}

fn index(code: &mut String, name: &str, mut entries: Vec<(String, usize, Option<usize>)>) {
    entries.sort();
    entries.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    writeln!(code, "pub(super) static {name}: [IndexEntry; {}] = [", entries.len()).unwrap();
    for (pattern, provider, region) in entries {
        let region = region.map_or("NO_REGION".to_owned(), |r| r.to_string());
        writeln!(code, "IndexEntry {{ pattern: {pattern:?}, provider: {provider}, region: {region} }},").unwrap();
    }
    code.push_str("];\n");
}

fn servers(list: &[ServerEntry]) -> String {
    let mut code = String::from("&[");
    for s in list {
        let username = match s.username.as_str() {
            "address" | "%EMAILADDRESS%" => "Username::Address".to_owned(),
            "local-part" | "%EMAILLOCALPART%" => "Username::LocalPart".to_owned(),
            template => format!("Username::Template({template:?})"),
        };
        let auth: Vec<String> = s.auth.iter().map(|a| format!("AuthMethod::{a:?}")).collect();
        write!(
            code,
            "Server {{ host: {:?}, port: {}, security: Security::{:?}, username: {username}, auth: &[{}] }},",
            s.host,
            s.port,
            s.security,
            auth.join(", ")
        )
        .unwrap();
    }
    code.push(']');
    code
}
