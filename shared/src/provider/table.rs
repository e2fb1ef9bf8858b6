//! The built-in providers, decoded once from the compact table `build.rs` generates (its
//! `generate` describes the format) into the same `&'static` structures a provider file
//! loaded at run time becomes. Strings stay where they are, in the table's one string;
//! only the lists are allocated, once per process, and kept.

use std::sync::OnceLock;

use super::{
    AuthMethod, DataSource, Hint, HintKind, IndexEntry, Link, NO_REGION, Provider, ProviderKind, Region, Security,
    Server, SignIn, Status, Username,
};

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/providers.rs"));
}

/// The decoded providers, sorted by id, and their domain and MX indexes, sorted by pattern.
pub(super) struct Tables {
    pub(super) providers: &'static [Provider],
    pub(super) domains: Vec<IndexEntry>,
    pub(super) mx: Vec<IndexEntry>,
}

/// The built-in tables, decoded on first use.
pub(super) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| decode(generated::STRINGS.split(generated::SEPARATOR).collect(), generated::STREAM))
}

fn decode(strings: Vec<&'static str>, stream: &'static [u8]) -> Tables {
    let mut reader = Reader { stream, at: 0, strings };
    let providers: &'static [Provider] = reader.list(Reader::provider);
    debug_assert_eq!(reader.at, stream.len(), "the whole table is read");
    let mut domains = Vec::new();
    let mut mx = Vec::new();
    for (index, provider) in providers.iter().enumerate() {
        let index = u16::try_from(index).expect("fewer than 65,536 providers");
        let entry = |region| move |&pattern| IndexEntry { pattern, provider: index, region };
        domains.extend(provider.domains.iter().map(entry(NO_REGION)));
        mx.extend(provider.mx.iter().map(entry(NO_REGION)));
        for (r, region) in provider.regions.iter().enumerate() {
            let r = u8::try_from(r).expect("fewer than 255 regions");
            domains.extend(region.domains.iter().map(entry(r)));
            mx.extend(region.mx.iter().map(entry(r)));
        }
    }
    Tables { providers, domains: sorted(domains), mx: sorted(mx) }
}

/// Sorted by pattern, then provider, a provider's own patterns before its regions'; one
/// entry per pattern and provider.
fn sorted(mut entries: Vec<IndexEntry>) -> Vec<IndexEntry> {
    // NO_REGION sorts first, as the provider's own list comes before its data centres'.
    let region_order = |e: &IndexEntry| if e.region == NO_REGION { 0 } else { u16::from(e.region) + 1 };
    entries.sort_by(|a, b| (a.pattern, a.provider, region_order(a)).cmp(&(b.pattern, b.provider, region_order(b))));
    entries.dedup_by(|a, b| a.pattern == b.pattern && a.provider == b.provider);
    entries
}

/// Reads the stream `build.rs` wrote, in the order it wrote it.
struct Reader {
    stream: &'static [u8],
    at: usize,
    strings: Vec<&'static str>,
}

impl Reader {
    fn uint(&mut self) -> usize {
        let mut n = 0;
        let mut shift = 0;
        loop {
            let byte = self.stream[self.at];
            self.at += 1;
            n |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return n;
            }
            shift += 7;
        }
    }

    fn str(&mut self) -> &'static str {
        let index = self.uint();
        self.strings[index]
    }

    fn opt_str(&mut self) -> Option<&'static str> {
        match self.uint() {
            0 => None,
            n => Some(self.strings[n - 1]),
        }
    }

    fn word<T: Copy>(&mut self, words: &[T]) -> T {
        words[self.uint()]
    }

    fn opt_word<T: Copy>(&mut self, words: &[T]) -> Option<T> {
        match self.uint() {
            0 => None,
            n => Some(words[n - 1]),
        }
    }

    /// A list: its length, then each item; kept for the rest of the process.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> &'static [T] {
        let len = self.uint();
        if len == 0 {
            return &[];
        }
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(item(self));
        }
        Box::leak(items.into_boxed_slice())
    }

    fn strs(&mut self) -> &'static [&'static str] {
        self.list(Self::str)
    }

    fn server(&mut self) -> Server {
        let host = self.str();
        let port = u16::try_from(self.uint()).expect("a port number");
        let security = self.word(generated::SECURITY);
        let username = match self.uint() {
            0 => Username::Address,
            1 => Username::LocalPart,
            n => Username::Template(self.strings[n - 2]),
        };
        let auth = self.list(|r| r.word::<AuthMethod>(generated::AUTH_METHOD));
        Server { host, port, security, username, auth }
    }

    fn servers(&mut self) -> &'static [Server] {
        self.list(Self::server)
    }

    fn region(&mut self) -> Region {
        Region {
            id: self.str(),
            name: self.str(),
            domains: self.strs(),
            mx: self.strs(),
            smtp: self.servers(),
            imap: self.servers(),
            pop3: self.servers(),
        }
    }

    fn hint(&mut self) -> Hint {
        Hint { kind: self.word::<HintKind>(generated::HINT_KIND), text: self.str(), link: self.opt_str() }
    }

    fn link(&mut self) -> Link {
        Link { url: self.str(), title: self.str() }
    }

    fn provider(&mut self) -> Provider {
        Provider {
            id: self.str(),
            name: self.str(),
            status: self.word::<Status>(generated::STATUS),
            last_checked: self.str(),
            source: self.word::<DataSource>(generated::DATA_SOURCE),
            kind: self.word::<ProviderKind>(generated::PROVIDER_KIND),
            website: self.opt_str(),
            sign_in: self.opt_word::<SignIn>(generated::SIGN_IN),
            domains: self.strs(),
            mx: self.strs(),
            smtp: self.servers(),
            imap: self.servers(),
            pop3: self.servers(),
            regions: self.list(Self::region),
            hints: self.list(Self::hint),
            docs: self.list(Self::link),
        }
    }
}
