//! The built page (`dist/`): correct MIME types (tower-http guesses from the extension,
//! `application/wasm` included), precompressed `.br`/`.gz` variants when the client accepts
//! them, and cache headers: content-hashed assets are immutable, everything else revalidates.
//! A symbolic link in `dist/` that leads out of it is not followed (404). The page itself
//! (`/`, `/index.html`) comes in the language the page will speak, so its first paint does
//! too: `index.<lang>.html`, chosen as the page chooses (see [`first_paint_lang`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, Request, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use mailsetup_shared::words::Lang;
use tower_http::services::{ServeDir, ServeFile};

use crate::error::LogText;
use crate::state::AppState;

/// Serves `dir`, with `index.html` for unknown paths (deep links are query strings, so this
/// only matters for typos).
pub fn router(dir: &Path) -> Router<AppState> {
    let serve = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip());
    let root = Arc::new(std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned()));
    let paints = Arc::new(FirstPaints::read(dir));
    Router::new()
        .fallback_service(serve)
        .layer(middleware::from_fn(cache_headers))
        .layer(middleware::from_fn(move |request, next| in_its_language(paints.clone(), request, next)))
        .layer(middleware::from_fn(move |request, next| stay_inside(root.clone(), request, next)))
}

/// Refuses a request when any file it could be answered with (the file, its precompressed
/// variants, a directory's index, the fallback page) is a link leading out of `root`.
async fn stay_inside(root: Arc<PathBuf>, request: Request<axum::body::Body>, next: Next) -> Response {
    let path = percent_decode(request.uri().path());
    let relative = path.trim_start_matches('/');
    let mut candidates = Vec::with_capacity(12);
    for base in [relative.to_owned(), format!("{relative}/index.html"), "index.html".to_owned()] {
        for suffix in ["", ".br", ".gz"] {
            candidates.push(root.join(format!("{base}{suffix}")));
        }
    }
    for candidate in candidates {
        if let Ok(real) = tokio::fs::canonicalize(&candidate).await
            && !real.starts_with(root.as_path())
        {
            tracing::warn!(path = %LogText(&candidate.to_string_lossy()), "refused: a link out of the page's directory");
            return StatusCode::NOT_FOUND.into_response();
        }
    }
    next.run(request).await
}

/// The page's first paint in each language `dist/` has, and the site's own language.
#[derive(Debug, Default)]
struct FirstPaints {
    /// Languages with an `index.<lang>.html` (English is `index.html`).
    langs: Vec<Lang>,
    /// `config.json`'s `default_lang`.
    site: Option<Lang>,
}

impl FirstPaints {
    fn read(dir: &Path) -> FirstPaints {
        let langs =
            Lang::ALL.iter().copied().filter(|l| dir.join(format!("index.{}.html", l.id())).is_file()).collect();
        let site = std::fs::read_to_string(dir.join("config.json"))
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|config| config.get("default_lang")?.as_str().and_then(Lang::from_tag));
        FirstPaints { langs, site }
    }
}

/// Which language's first paint a request for the page gets, in the order the page itself
/// chooses once it runs: the link's `?lang=`, else the site's `default_lang`, else the
/// browser's `Accept-Language` (by its weights), else English. A language the page does not
/// speak is passed over.
pub fn first_paint_lang(query: Option<&str>, site: Option<Lang>, accept: Option<&str>) -> Lang {
    // As the page reads its link: the last `lang=` counts, percent-decoded.
    let linked = query
        .and_then(|q| q.split('&').filter_map(|pair| pair.strip_prefix("lang=")).next_back())
        .and_then(|tag| Lang::from_tag(&percent_decode(tag)));
    linked.or(site).or_else(|| accept.and_then(browser_choice)).unwrap_or(Lang::En)
}

/// The language an `Accept-Language` header prefers most among those spoken here.
fn browser_choice(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(f32, Lang)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let lang = Lang::from_tag(parts.next()?)?;
            let weight = parts
                .find_map(|p| p.trim().split_once('=').filter(|(name, _)| name.trim().eq_ignore_ascii_case("q")))
                .map_or(Some(1.0), |(_, q)| q.trim().parse::<f32>().ok().filter(|q| q.is_finite()))?
                .clamp(0.0, 1.0);
            (weight > 0.0).then_some((weight, lang))
        })
        .collect();
    // Stable: among equal weights, the header's order.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.first().map(|&(_, lang)| lang)
}

/// Serves `/` and `/index.html` as `index.<lang>.html` where the request's language has one;
/// the answer then varies with `Accept-Language`.
async fn in_its_language(paints: Arc<FirstPaints>, mut request: Request<axum::body::Body>, next: Next) -> Response {
    let path = request.uri().path();
    if path != "/" && path != "/index.html" {
        return next.run(request).await;
    }
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = first_paint_lang(request.uri().query(), paints.site, accept);
    if paints.langs.contains(&lang) {
        let target = format!("/index.{}.html", lang.id());
        if let Ok(uri) = Uri::builder().path_and_query(target.as_str()).build() {
            *request.uri_mut() = uri;
        }
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    let served = if paints.langs.contains(&lang) { lang } else { Lang::En };
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(served.id()));
    response
}

/// `%xx` escapes decoded as the file server decodes them (invalid UTF-8 stays lossy).
fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn cache_headers(request: Request<axum::body::Body>, next: Next) -> Response {
    let hashed = is_content_hashed(request.uri().path());
    let mut response = next.run(request).await;
    let value = if hashed { "public, max-age=31536000, immutable" } else { "no-cache" };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// `mailsetup-0123456789ab.js`, `style-0123456789ab.css`: names the build hashes.
fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default().trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::{Lang, first_paint_lang, is_content_hashed, percent_decode};

    #[test]
    fn the_first_paint_speaks_as_the_page_will() {
        assert_eq!(first_paint_lang(Some("lang=de"), Some(Lang::Fr), Some("es")), Lang::De, "the link first");
        assert_eq!(first_paint_lang(Some("tab=ios&lang=fr-CA"), None, None), Lang::Fr);
        assert_eq!(
            first_paint_lang(Some("lang=it"), Some(Lang::Es), Some("de")),
            Lang::Es,
            "a language not spoken is passed over"
        );
        assert_eq!(first_paint_lang(None, None, Some("it-IT,it;q=0.9,fr;q=0.5,de;q=0.8")), Lang::De, "by weight");
        assert_eq!(first_paint_lang(None, None, Some("de;q=0, es")), Lang::Es, "q=0 refuses");
        assert_eq!(first_paint_lang(None, None, Some("*")), Lang::En);
        assert_eq!(first_paint_lang(None, None, Some("fr;q=nonsense,de")), Lang::De);
        assert_eq!(first_paint_lang(None, None, Some("de;Q=0, es;q=0.5")), Lang::Es, "Q is q");
        assert_eq!(first_paint_lang(None, None, Some("de;q=inf, es;q=0.5")), Lang::Es, "no weight beyond 1");
        assert_eq!(
            first_paint_lang(Some("lang=de&lang=fr"), None, None),
            Lang::Fr,
            "the last one, as the page reads it"
        );
        assert_eq!(first_paint_lang(Some("lang=%64e"), None, None), Lang::De, "decoded");
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("/a%2Fb%20c"), "/a/b c");
        assert_eq!(percent_decode("/100%"), "/100%");
        assert_eq!(percent_decode("/%zz%4"), "/%zz%4");
        assert_eq!(percent_decode("/caf%C3%A9"), "/café");
    }

    #[test]
    fn recognises_hashed_names() {
        assert!(is_content_hashed("/mailsetup-0123456789ab.js"));
        assert!(is_content_hashed("/mailsetup-0123456789ab_bg.wasm"));
        assert!(is_content_hashed("/style-00000000abcd.css"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/config.json"));
        assert!(!is_content_hashed("/"));
        assert!(!is_content_hashed("/mailsetup-xyz.js"));
    }
}
