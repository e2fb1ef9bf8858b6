//! `GET /api/health` (and whether the store of limits answers) and `GET /api/config`.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use mailsetup_shared::wire::{Health, ProxyInfo};

use crate::state::AppState;

/// The public listener's: health and what this proxy allows.
pub fn router() -> Router<AppState> {
    operator_router().route("/api/config", get(config))
}

/// `GET /api/health` alone, for the operator's listener (`--metrics-listen`): a load
/// balancer or an orchestrator asking there waits behind no burst of new visitors queued
/// on the public listener.
pub fn operator_router() -> Router<AppState> {
    Router::new().route("/api/health", get(health))
}

/// Always 200 while the process serves (so a load balancer keeps serving the page); the
/// body's `status` says `degraded` when probes are refused because the store is down.
async fn health(State(state): State<AppState>) -> Json<Health> {
    let problems: Vec<String> = state.store.health().await.err().into_iter().collect();
    Json(Health {
        status: if problems.is_empty() { "ok" } else { "degraded" }.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        store: Some(state.store.kind().to_owned()),
        problems,
    })
}

async fn config(State(state): State<AppState>, headers: HeaderMap) -> Json<ProxyInfo> {
    Json(state.info(&headers))
}
