//! Every tower layer of the service, applied in one place.

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, Method, StatusCode, header};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::AppState;

/// Limits of the HTTP layer; defaults documented on each field.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest request body. Default: 4 KiB (a probe request is a few dozen bytes).
    pub body_bytes: usize,
    /// Time until a response starts. Default: 30 s (event streams then run on their own).
    pub response_start: Duration,
    /// Origins allowed to call the API from other sites (CORS). Default: none.
    pub allow_origins: Vec<HeaderValue>,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits { body_bytes: 4 * 1024, response_start: Duration::from_secs(30), allow_origins: Vec::new() }
    }
}

pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.limits;
    let mut router = router
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::GATEWAY_TIMEOUT, limits.response_start));
    if !limits.allow_origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(limits.allow_origins.clone()))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .max_age(Duration::from_secs(3600)),
        );
    }
    router.layer(TraceLayer::new_for_http())
}
