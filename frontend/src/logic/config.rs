//! The page's run-time configuration: `config.json` beside `index.html`, with query-string
//! overrides. Never compiled in, so one build serves every host.

use mailsetup_shared::json;

use super::url_params::PageParams;

/// `config.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuntimeConfig {
    /// The probe proxy: `""` means this page's own origin (the `probe-proxy serve` set-up);
    /// `null`/absent means none; otherwise a base URL such as `https://probe.example.com`.
    pub proxy_url: Option<String>,
    /// A DNS-over-HTTPS JSON endpoint (`application/dns-json`), used only when a person opts
    /// in. Default: none.
    pub doh_url: Option<String>,
    /// A name shown in the header and footer, for hosted copies.
    pub brand: Option<String>,
    /// Other proxies a link may pick with `?proxy=` (the page's own origin, `?proxy=`, and
    /// `?proxy=none` are always allowed). A link cannot point the page anywhere else.
    pub proxy_choices: Vec<String>,
    /// Other DoH endpoints a link may pick with `?doh=` (`?doh=none` is always allowed).
    pub doh_choices: Vec<String>,
    /// The site's language (`"de"`), used when the link has no `?lang=`; absent means the
    /// browser's languages decide. Default: none.
    pub default_lang: Option<String>,
    /// Where "Report wrong data" sends its report: an `https:` or `mailto:` URL with
    /// `{title}` and `{body}` where the report goes (e.g. a tracker's new-issue link).
    /// Default: none; the report is there to copy, and data imported from Thunderbird's
    /// ISPDB links that database's own tracker.
    pub report_url: Option<String>,
}

// Every field may be absent (each is an `Option`).
mailsetup_shared::json_structs! {
    RuntimeConfig { proxy_url, doh_url, brand, proxy_choices, doh_choices, default_lang, report_url }
}

impl RuntimeConfig {
    /// Reads `config.json`; anything unreadable counts as "no configuration", never an error
    /// the person has to deal with.
    pub fn from_json(text: &str) -> RuntimeConfig {
        json::from_str(text).unwrap_or_default()
    }

    /// Applies the query-string overrides.
    /// Applies the query-string overrides that this configuration allows; others are
    /// ignored, so a crafted link cannot send the page's requests elsewhere.
    pub fn with_overrides(mut self, params: &PageParams) -> RuntimeConfig {
        match params.proxy.as_deref() {
            Some("none" | "off") => self.proxy_url = None,
            Some("") => self.proxy_url = Some(String::new()),
            Some(proxy) if self.proxy_choices.iter().any(|c| c == proxy) => self.proxy_url = Some(proxy.to_owned()),
            _ => {}
        }
        match params.doh.as_deref() {
            Some("none" | "off") => self.doh_url = None,
            Some(doh) if self.doh_choices.iter().any(|c| c == doh) => self.doh_url = Some(doh.to_owned()),
            _ => {}
        }
        self
    }

    /// The DoH endpoint, if one is configured and uses HTTPS.
    pub fn doh_endpoint(&self) -> Option<&str> {
        self.doh_url.as_deref().filter(|url| url.starts_with("https://"))
    }

    /// The URL of an API path on the proxy, if there is a usable proxy.
    pub fn api_url(&self, path: &str) -> Option<String> {
        let base = self.proxy_url.as_deref()?.trim();
        if base.is_empty() {
            return Some(path.to_owned());
        }
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return None;
        }
        Some(format!("{}{path}", base.trim_end_matches('/')))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_urls() {
        let same_origin = RuntimeConfig::from_json(r#"{"proxy_url": ""}"#);
        assert_eq!(same_origin.api_url("/api/probe").as_deref(), Some("/api/probe"));
        let remote = RuntimeConfig::from_json(r#"{"proxy_url": "https://probe.example.com/"}"#);
        assert_eq!(remote.api_url("/api/probe").as_deref(), Some("https://probe.example.com/api/probe"));
        assert_eq!(RuntimeConfig::from_json("{}").api_url("/api/probe"), None);
        assert_eq!(RuntimeConfig::from_json("not json").api_url("/x"), None);
        let odd = RuntimeConfig::from_json(r#"{"proxy_url": "javascript:alert(1)"}"#);
        assert_eq!(odd.api_url("/x"), None);
    }

    #[test]
    fn the_query_string_overrides_the_file_only_as_allowed() {
        let file = RuntimeConfig::from_json(
            r#"{"proxy_url": "", "brand": "Example Help", "proxy_choices": ["https://p.example"],
                "doh_choices": ["https://dns.example/q"]}"#,
        );
        let off = file.clone().with_overrides(&PageParams::parse("proxy=none&doh=none"));
        assert_eq!((off.proxy_url, off.doh_url), (None, None));
        let query = "proxy=https%3A%2F%2Fp.example&doh=https%3A%2F%2Fdns.example%2Fq";
        let other = file.clone().with_overrides(&PageParams::parse(query));
        assert_eq!(other.proxy_url.as_deref(), Some("https://p.example"));
        assert_eq!(other.doh_endpoint(), Some("https://dns.example/q"));
        assert_eq!(other.brand.as_deref(), Some("Example Help"));
        // A link cannot point the page at a proxy or DNS service the site did not list.
        let crafted = "proxy=https%3A%2F%2Fevil.example&doh=data%3Aapplication%2Fjson%2C%7B%7D";
        let crafted = file.with_overrides(&PageParams::parse(crafted));
        assert_eq!(crafted.proxy_url.as_deref(), Some(""));
        assert_eq!(crafted.doh_url, None);
        let german = RuntimeConfig::from_json(r#"{"proxy_url": "", "default_lang": "de"}"#);
        assert_eq!(german.default_lang.as_deref(), Some("de"));
        let plain_http = RuntimeConfig::from_json(r#"{"doh_url": "http://dns.example/q"}"#);
        assert_eq!(plain_http.doh_endpoint(), None);
    }
}
