//! The tower layers of the HTTP service, in one place.
//!
//! On every request: who the client is ([`Client`], a malformed X-Forwarded-For is a 400),
//! security headers, a request body limit and deadline, a timeout until the response
//! starts, CORS for configured origins, tracing, and the log line and count of every
//! refusal. On the routes that make the proxy connect somewhere: a refusal of cross-site
//! requests, and per-client rate limiting. The tables behind the limits are in
//! [`crate::limits`].

use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::middleware::{self as axum_middleware, Next};
use axum::response::Response;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

use crate::error::{AppError, LogText};
use crate::limits::Client;
use crate::state::AppState;

/// Time the JSON form of a probe may take beyond the probe's own limit before the timeout
/// layer answers 504.
const RESPONSE_START_MARGIN: Duration = Duration::from_secs(15);

/// Whole-service layers.
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.options.limits;
    // A JSON probe may first wait for a slot, and answers only when every port is done.
    let response_start = limits.queue_wait + state.settings.total_timeout + RESPONSE_START_MARGIN;
    let mut router = router
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(RequestBodyDeadlineLayer::new(limits.body_read))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::GATEWAY_TIMEOUT, response_start));
    if !limits.allow_origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(limits.allow_origins.clone()))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .max_age(Duration::from_secs(3600)),
        );
    }
    router
        .layer(axum_middleware::from_fn_with_state(state.clone(), identify_client))
        .layer(axum_middleware::map_response_with_state(state.clone(), security_headers))
        .layer(axum_middleware::map_response_with_state(state.clone(), refusals))
        .layer(TraceLayer::new_for_http())
}

/// Layers of the routes that make the proxy connect somewhere: no cross-site callers but
/// the allowed origins, and a per-client rate.
pub fn outbound(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    router
        .layer(axum_middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(axum_middleware::from_fn_with_state(state.clone(), refuse_cross_site))
}

async fn identify_client(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let client = Client::of(&request, state.options.limits.trust_forwarded_for)?;
    request.extensions_mut().insert(client);
    Ok(next.run(request).await)
}

/// Other sites may not make a visitor's browser start probes or discoveries: a request the
/// browser marks as cross-site (`Sec-Fetch-Site`) must come from an allowed origin. (The
/// routes also take JSON only, which a cross-site form cannot send without CORS.)
async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Result<Response, AppError> {
    let headers = request.headers();
    let origin = headers.get(header::ORIGIN);
    let cross_site = match headers.get("sec-fetch-site") {
        Some(site) => site.as_bytes() != b"same-origin" && site.as_bytes() != b"none",
        // A client that does not send Sec-Fetch-Site: its Origin, if any, must be the
        // page's own (the host it asked for).
        None => origin.is_some_and(|origin| !same_origin(origin, headers.get(header::HOST))),
    };
    let allowed = origin.is_some_and(|origin| state.options.limits.allow_origins.contains(origin));
    if cross_site && !allowed {
        return Err(AppError::CrossSite);
    }
    Ok(next.run(request).await)
}

/// Whether `origin` (`scheme://host[:port]`) names the host the request was sent to.
fn same_origin(origin: &HeaderValue, host: Option<&HeaderValue>) -> bool {
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), host.map(HeaderValue::to_str)) else { return false };
    let authority = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
    authority.is_some_and(|authority| authority.eq_ignore_ascii_case(host))
}

/// Charges the client's rate for a request that starts a probe or discovery (a POST);
/// any other method is answered by the router (405) and costs nothing.
async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Result<Response, AppError> {
    if request.method() == Method::POST {
        let client = request.extensions().get::<Client>().copied().unwrap_or(Client::UNKNOWN);
        state.store.check_rate(client).await?;
    }
    Ok(next.run(request).await)
}

/// Logs every refusal and counts it by its stable code (see [`crate::error::Refused`]).
async fn refusals(State(state): State<AppState>, response: Response) -> Response {
    if let Some(refused) = response.extensions().get::<crate::error::Refused>() {
        let status = response.status();
        tracing::info!(%status, code = refused.code.id(), error = %LogText(&refused.detail), "request refused");
        state.metrics.refused(refused.code.id());
    }
    response
}

/// The headers every response carries; see [`crate::headers::content_security_policy`].
async fn security_headers(State(state): State<AppState>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The page's address carries what a person typed (`?address=`): never send it on.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    if state.options.https {
        // Served over HTTPS by this process (`--tls-cert`): browsers keep to HTTPS.
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}
