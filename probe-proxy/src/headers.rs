//! The Content-Security-Policy every response carries, computed once from the built page
//! and the allowed origins.

use std::path::Path;

use axum::http::HeaderValue;
use base64::Engine as _;

use crate::limits::HttpLimits;

/// The Content-Security-Policy of every response. The page runs its own scripts (the
/// module loader inline in `index.html`, allowed by its hash, and the WebAssembly, which
/// needs `'wasm-unsafe-eval'`), its own stylesheet, and talks to its own origin and HTTPS
/// services (`config.json` may name a proxy or DNS-over-HTTPS service elsewhere). It may
/// be framed by its own origin, the allowed origins and the allowed frame ancestors.
pub fn content_security_policy(dist: Option<&Path>, limits: &HttpLimits) -> HeaderValue {
    let index = dist.and_then(|dir| std::fs::read_to_string(dir.join("index.html")).ok()).unwrap_or_default();
    let script_hashes: String = inline_scripts(&index)
        .map(|script| {
            let digest = ring::digest::digest(&ring::digest::SHA256, script.as_bytes());
            format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest.as_ref()))
        })
        .collect();
    let ancestors: String = limits
        .allow_origins
        .iter()
        .chain(&limits.allow_frame_ancestors)
        .filter_map(|origin| origin.to_str().ok())
        .map(|origin| format!(" {origin}"))
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script_hashes}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self' https:; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'self'{ancestors}"
    );
    // Origins are checked when the flags are read; a policy that is still not a valid
    // header value falls back to the strictest one.
    HeaderValue::from_str(&policy).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// The text of each inline `<script>` (one without `src`).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, rest) = rest.split_once('>')?;
        let (body, _) = rest.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_the_inline_module_loader_by_hash_and_the_frame_ancestors() {
        let dir = std::env::temp_dir().join(format!("mailsetup-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<head><script type=\"module\">import init from './a.js'; init();</script><script src=\"x.js\"></script></head>",
        )
        .unwrap();
        let limits = HttpLimits {
            allow_origins: vec![HeaderValue::from_static("https://help.example.com")],
            allow_frame_ancestors: vec![HeaderValue::from_static("https://portal.example.org")],
            ..HttpLimits::DEFAULT
        };
        let policy = content_security_policy(Some(&dir), &limits);
        let policy = policy.to_str().unwrap();
        // echo -n "import init from './a.js'; init();" | openssl dgst -sha256 -binary | base64
        let hash = "ps+ktJgR++QhyL/sHc/rAbG5wmNlte1lv6ZkVX7YiSE=";
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}';")), "{policy}");
        assert!(policy.ends_with("frame-ancestors 'self' https://help.example.com https://portal.example.org"));
        let _ = std::fs::remove_dir_all(&dir);
        let bare = content_security_policy(None, &HttpLimits::DEFAULT);
        assert!(bare.to_str().unwrap().contains("script-src 'self' 'wasm-unsafe-eval';"));
    }
}
