//! The built page (`dist/`): correct MIME types (tower-http guesses from the extension,
//! `application/wasm` included), precompressed `.br`/`.gz` variants when the client accepts
//! them, and cache headers: content-hashed assets are immutable, everything else revalidates.
//! A symbolic link in `dist/` that leads out of it is not followed (404).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
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
    Router::new()
        .fallback_service(serve)
        .layer(middleware::from_fn(cache_headers))
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
    use super::{is_content_hashed, percent_decode};

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
