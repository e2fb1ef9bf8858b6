//! `GET /metrics`: the OpenMetrics text exposition of [`crate::metrics::Metrics`]. Mounted
//! only by [`crate::app::metrics_app`] on the operator's metrics listener, never on the
//! public router.

use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::metrics::CONTENT_TYPE;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics))
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let store_up = state.store.health().await.is_ok();
    let text = state.metrics.render(state.probe_slots.in_use(), store_up);
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], text)
}
