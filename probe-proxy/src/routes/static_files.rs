//! The built page (`dist/`): correct MIME types (tower-http guesses from the extension,
//! `application/wasm` included), precompressed `.br`/`.gz` variants when the client accepts
//! them, and cache headers: content-hashed assets are immutable, everything else revalidates.

use std::path::Path;

use axum::Router;
use axum::http::{HeaderValue, Request, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_http::services::{ServeDir, ServeFile};

use crate::app::AppState;

/// Serves `dir`, with `index.html` for unknown paths (deep links are query strings, so this
/// only matters for typos).
pub fn router(dir: &Path) -> Router<AppState> {
    let serve = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip());
    Router::new().fallback_service(serve).layer(middleware::from_fn(cache_headers))
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
    use super::is_content_hashed;

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
