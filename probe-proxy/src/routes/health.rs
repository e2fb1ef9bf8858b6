//! `GET /api/health` and `GET /api/config`.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use mailsetup_shared::wire::{Health, ProxyInfo};

use crate::app::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/health", get(health)).route("/api/config", get(config))
}

async fn health() -> Json<Health> {
    Json(Health { status: "ok".to_owned(), version: env!("CARGO_PKG_VERSION").to_owned() })
}

async fn config(State(state): State<AppState>) -> Json<ProxyInfo> {
    Json(state.info())
}
