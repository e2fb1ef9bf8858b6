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

use schema::{ProviderFile, ServerEntry, UsernameSpelling};

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

/// Generates the compact table that `src/provider/table.rs` decodes on first use: `STRINGS`,
/// every distinct string once, between unit separators (U+001F); `STREAM`, the providers (sorted by id) as
/// LEB128 numbers (a string is its index in `STRINGS`, a vocabulary word its index in that
/// enum's table, a list its length and then its items; an absent value is 0 and a present
/// one its index plus 1; a user name is 0 for the address, 1 for the local part, and a
/// template's index plus 2); and one table per enum of the variants the data uses. A table of
/// `&'static str` fields would cost two pointer-sized words a string and a word a list,
/// which in the page's WebAssembly weighed more than the text itself.
fn generate(providers: &[ProviderFile]) -> String {
    let mut table = Table::default();
    table.uint(providers.len());
    for p in providers {
        table.str(&p.id);
        table.str(&p.name);
        table.word("Status", format!("{:?}", p.status));
        table.str(&p.last_checked);
        table.word("DataSource", format!("{:?}", p.source));
        table.word("ProviderKind", format!("{:?}", p.kind));
        table.opt_str(p.website.as_deref());
        table.opt_word("SignIn", p.sign_in.map(|sign_in| format!("{sign_in:?}")));
        table.strs(&p.domains);
        table.strs(&p.mx);
        for list in [&p.smtp, &p.imap, &p.pop3] {
            table.servers(list);
        }
        table.uint(p.regions.len());
        for region in &p.regions {
            table.str(&region.id);
            table.str(&region.name);
            table.strs(&region.domains);
            table.strs(&region.mx);
            for list in [&region.smtp, &region.imap, &region.pop3] {
                table.servers(list);
            }
        }
        table.uint(p.hints.len());
        for hint in &p.hints {
            table.word("HintKind", format!("{:?}", hint.kind));
            table.str(hint.text.trim());
            table.opt_str(hint.link.as_deref());
        }
        table.uint(p.docs.len());
        for doc in &p.docs {
            table.str(&doc.url);
            table.str(&doc.title);
        }
    }
    table.code()
}

/// Between the strings of `STRINGS`: the ASCII unit separator, which no text holds.
const SEPARATOR: char = '\u{1f}';

/// The compact table being written: see [`generate`].
#[derive(Default)]
struct Table {
    stream: Vec<u8>,
    strings: Vec<String>,
    string_index: std::collections::HashMap<String, usize>,
    /// Per enum, the variants in order of first use.
    words: std::collections::BTreeMap<&'static str, Vec<String>>,
}

impl Table {
    fn uint(&mut self, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.stream.push(byte);
                return;
            }
            self.stream.push(byte | 0x80);
        }
    }

    fn string_index(&mut self, text: &str) -> usize {
        assert!(!text.contains(SEPARATOR), "a provider string holds the separator: {text:?}");
        if let Some(&index) = self.string_index.get(text) {
            return index;
        }
        self.strings.push(text.to_owned());
        self.string_index.insert(text.to_owned(), self.strings.len() - 1);
        self.strings.len() - 1
    }

    fn str(&mut self, text: &str) {
        let index = self.string_index(text);
        self.uint(index);
    }

    fn opt_str(&mut self, text: Option<&str>) {
        match text {
            Some(text) => {
                let index = self.string_index(text);
                self.uint(index + 1);
            }
            None => self.uint(0),
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.uint(list.len());
        for text in list {
            self.str(text);
        }
    }

    fn word_index(&mut self, kind: &'static str, variant: String) -> usize {
        let words = self.words.entry(kind).or_default();
        match words.iter().position(|w| *w == variant) {
            Some(index) => index,
            None => {
                words.push(variant);
                words.len() - 1
            }
        }
    }

    fn word(&mut self, kind: &'static str, variant: String) {
        let index = self.word_index(kind, variant);
        self.uint(index);
    }

    fn opt_word(&mut self, kind: &'static str, variant: Option<String>) {
        match variant {
            Some(variant) => {
                let index = self.word_index(kind, variant);
                self.uint(index + 1);
            }
            None => self.uint(0),
        }
    }

    fn servers(&mut self, list: &[ServerEntry]) {
        self.uint(list.len());
        for s in list {
            self.str(&s.host);
            self.uint(usize::from(s.port));
            self.word("Security", format!("{:?}", s.security));
            match s.username_spelling() {
                UsernameSpelling::Address => self.uint(0),
                UsernameSpelling::LocalPart => self.uint(1),
                UsernameSpelling::Template(template) => {
                    let index = self.string_index(template);
                    self.uint(index + 2);
                }
            }
            self.uint(s.auth.len());
            for auth in &s.auth {
                self.word("AuthMethod", format!("{auth:?}"));
            }
        }
    }

    fn code(self) -> String {
        let mut code = String::new();
        writeln!(code, "pub(super) const SEPARATOR: char = {SEPARATOR:?};").unwrap();
        writeln!(code, "pub(super) static STRINGS: &str = {:?};", self.strings.join(&SEPARATOR.to_string())).unwrap();
        code.push_str("pub(super) static STREAM: &[u8] = b\"");
        for byte in &self.stream {
            write!(code, "\\x{byte:02x}").unwrap();
        }
        code.push_str("\";\n");
        for kind in ["Status", "DataSource", "ProviderKind", "SignIn", "Security", "AuthMethod", "HintKind"] {
            let words = self.words.get(kind).map(Vec::as_slice).unwrap_or_default();
            let upper: String = kind
                .chars()
                .flat_map(|c| if c.is_uppercase() { vec!['_', c] } else { vec![c.to_ascii_uppercase()] })
                .collect();
            let list: Vec<String> = words.iter().map(|w| format!("{kind}::{w}")).collect();
            writeln!(code, "pub(super) static {}: &[{kind}] = &[{}];", upper.trim_start_matches('_'), list.join(", "))
                .unwrap();
        }
        code
    }
}
