//! What the page's URL says: the address or domain, the open guide tab, embed mode and
//! overrides. Deep links round-trip: what the page writes, it reads back.
//!
//! The address lives in the fragment (`#address=…`), which browsers never send to a
//! server: a reload or a language switch keeps it on this computer, as the page promises.
//! Links of the earlier form (`?address=`) still open; the page rewrites them.

/// Everything the query string can carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageParams {
    /// `#address=` (or, in older links, `?address=` / `?q=`): what is in the field.
    pub address: Option<String>,
    /// `domain=`: a preset domain (help portals).
    pub domain: Option<String>,
    /// `tab=`: the open guide, e.g. `thunderbird`.
    pub tab: Option<String>,
    /// `room=`: the part of the page open below the answer, `developers` or `owner`
    /// (absent: the person's set-up).
    pub room: Option<String>,
    /// `embed=1`: compact layout for an iframe.
    pub embed: bool,
    /// `program=`: in embed mode, the one mail program whose guide is shown (a tab id).
    pub program: Option<String>,
    /// `proxy=`: picks one of `config.json`'s `proxy_choices`; empty means the page's own
    /// origin, `none` turns live testing off.
    pub proxy: Option<String>,
    /// `doh=`: picks one of `config.json`'s `doh_choices`; `none` turns DoH off.
    pub doh: Option<String>,
    /// `theme=light|dark`.
    pub theme: Option<String>,
    /// `accent=#rrggbb`: the accent colour (validated).
    pub accent: Option<String>,
    /// `lang=de`: the page's language (a language tag; one the page does not speak is
    /// passed over).
    pub lang: Option<String>,
}

impl PageParams {
    /// Reads the page's location: its query string and its fragment (each with or without
    /// the leading `?` or `#`). An address in the fragment wins over one in the query.
    pub fn from_location(query: &str, fragment: &str) -> PageParams {
        let mut params = PageParams::parse(query);
        if let Some(address) = PageParams::parse(fragment.trim_start_matches('#')).address {
            params.address = Some(address);
        }
        params
    }

    /// Whether a link of the earlier form carried the address in its query (the page then
    /// rewrites the URL).
    pub fn address_in_query(query: &str) -> bool {
        PageParams::parse(query).address.is_some()
    }

    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> PageParams {
        let mut params = PageParams::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "address" | "q" => params.address = Some(value).filter(|v| !v.is_empty()),
                "domain" => params.domain = Some(value).filter(|v| !v.is_empty()),
                "tab" => params.tab = Some(value).filter(|v| !v.is_empty()),
                "room" => params.room = Some(value).filter(|v| !v.is_empty()),
                "embed" => params.embed = matches!(value.as_str(), "1" | "true" | "yes"),
                "program" => params.program = Some(value).filter(|v| !v.is_empty()),
                "proxy" => params.proxy = Some(value),
                "doh" => params.doh = Some(value).filter(|v| !v.is_empty()),
                "theme" => params.theme = Some(value).filter(|v| v == "light" || v == "dark"),
                "accent" => params.accent = Some(value).filter(|v| is_hex_colour(v)),
                "lang" => params.lang = Some(value).filter(|v| !v.is_empty() && v.len() <= 35),
                _ => {}
            }
        }
        params
    }

    /// The link for the current state, after the page's path: the query (the tab, and the
    /// settings that came with the link and must survive a reload: embed, overrides, theme,
    /// language) and the fragment with the address.
    pub fn to_link(&self) -> String {
        let fragment = self.address.as_ref().map(|a| format!("#address={}", encode(a))).unwrap_or_default();
        format!("{}{fragment}", self.to_query())
    }

    /// The query string for the current state: everything but the address, which stays in
    /// the fragment (see [`PageParams::to_link`]).
    pub fn to_query(&self) -> String {
        let embed = self.embed.then(|| "1".to_owned());
        let fields = [
            ("embed", &embed),
            ("domain", &self.domain),
            ("program", &self.program),
            ("tab", &self.tab),
            ("room", &self.room),
            ("proxy", &self.proxy),
            ("doh", &self.doh),
            ("theme", &self.theme),
            ("accent", &self.accent),
            ("lang", &self.lang),
        ];
        let pairs: Vec<String> =
            fields.iter().filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={}", encode(v)))).collect();
        if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
    }
}

/// `#rgb` or `#rrggbb`, nothing else (the value goes into a CSS property).
pub fn is_hex_colour(value: &str) -> bool {
    value
        .strip_prefix('#')
        .is_some_and(|hex| (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Percent-decoding of a query value (`+` is a space); invalid sequences stay as they are.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encoding for a query value: everything but unreserved characters and `@` (kept
/// so that an address stays readable in the address bar).
pub fn encode(value: &str) -> String {
    email_settings::render::quote::percent_encode(value, "@")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_parameter() {
        let p = PageParams::parse(
            "?embed=1&domain=example.com&tab=ios&program=thunderbird&proxy=https%3A%2F%2Fprobe.example&theme=dark&accent=%23ff0000&lang=de&x=1",
        );
        assert_eq!(p.lang.as_deref(), Some("de"));
        assert!(p.embed);
        assert_eq!(p.program.as_deref(), Some("thunderbird"));
        assert_eq!(p.domain.as_deref(), Some("example.com"));
        assert_eq!(p.tab.as_deref(), Some("ios"));
        assert_eq!(p.proxy.as_deref(), Some("https://probe.example"));
        assert_eq!(p.theme.as_deref(), Some("dark"));
        assert_eq!(p.accent.as_deref(), Some("#ff0000"));
    }

    #[test]
    fn deep_links_round_trip() {
        let p = PageParams {
            address: Some("jürgen+x@münchen.de".into()),
            tab: Some("thunderbird".into()),
            room: Some("developers".into()),
            ..PageParams::default()
        };
        let link = p.to_link();
        assert_eq!(link, "?tab=thunderbird&room=developers#address=j%C3%BCrgen%2Bx@m%C3%BCnchen.de");
        let (query, fragment) = link.split_once('#').unwrap();
        assert_eq!(PageParams::from_location(query, fragment), p);
        assert!(!p.to_query().contains("address"), "the address never goes to a server");
        assert_eq!(PageParams::default().to_link(), "");
        let with_overrides =
            PageParams::from_location("proxy=https%3A%2F%2Fp.example&theme=dark", "#address=a%40b.example");
        let link = with_overrides.to_link();
        let (query, fragment) = link.split_once('#').unwrap();
        assert_eq!(PageParams::from_location(query, fragment), with_overrides, "overrides survive a reload");
    }

    #[test]
    fn old_links_with_the_address_in_the_query_still_open() {
        let old = "?address=ann%40gmail.com&tab=ios";
        assert!(PageParams::address_in_query(old));
        let p = PageParams::from_location(old, "");
        assert_eq!(p.address.as_deref(), Some("ann@gmail.com"));
        assert_eq!(p.to_link(), "?tab=ios#address=ann@gmail.com", "rewritten to the fragment");
        assert_eq!(
            PageParams::from_location("?q=ann%40gmail.com", "#address=bob%40gmail.com").address.as_deref(),
            Some("bob@gmail.com")
        );
    }

    #[test]
    fn rejects_unsafe_values() {
        let p = PageParams::parse("accent=red;background:url(x)&theme=evil");
        assert_eq!((p.accent, p.theme), (None, None));
        assert!(is_hex_colour("#0b5fff") && is_hex_colour("#abc") && !is_hex_colour("#12345g"));
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("a+b%40c"), "a b@c");
    }
}
