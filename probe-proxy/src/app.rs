//! The HTTP application: `fn app(state) -> Router`, which tests call without a socket
//! (`tower::ServiceExt::oneshot`); and `fn metrics_app(state)`, the `/metrics` router (with
//! `/api/health` beside it) that `serve` puts on its own listener only (`/metrics` never on
//! the public one). The state is in
//! [`crate::state`] (re-exported here, the path callers use).

use axum::Router;

pub use crate::state::{AppInner, AppOptions, AppState};
use crate::{middleware, routes};

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    // The routes that make the proxy connect somewhere have their own layers.
    let outbound =
        middleware::outbound(Router::new().merge(routes::probe::router()).merge(routes::discover::router()), &state);
    let mut router = Router::new().merge(routes::health::router()).merge(outbound);
    // The live autoconfig server connects nowhere: the service-wide layers are enough.
    if !state.options.autoconfig.is_empty() {
        router = router.merge(routes::autoconfig::router());
    }
    if let Some(dist) = &state.options.dist {
        router = router.merge(routes::static_files::router(dist));
    }
    middleware::apply(router, &state).with_state(state)
}

/// `GET /metrics` and `GET /api/health`, for the operator's own listener (`--metrics-listen`).
pub fn metrics_app(state: AppState) -> Router {
    Router::new().merge(routes::metrics::router()).merge(routes::health::operator_router()).with_state(state)
}
