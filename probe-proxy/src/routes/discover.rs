//! `GET /api/discover?domain=example.com`: MX, SRV, autoconfig and the provider match for a
//! domain, merged into SMTP candidates ready to probe.

use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use mailsetup_shared::discovery::DiscoverResponse;
use serde::Deserialize;

use crate::app::AppState;
use crate::discover;
use crate::error::AppError;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/discover", get(discover_domain))
}

#[derive(Debug, Deserialize)]
struct DiscoverParams {
    /// A domain, or a whole address (its domain is used).
    domain: String,
}

async fn discover_domain(
    State(state): State<AppState>,
    params: Result<Query<DiscoverParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<DiscoverResponse>, AppError> {
    let Query(params) = params.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let domain = discover::parse_domain(&params.domain).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let _slot = state.probe_slots.clone().try_acquire_owned().map_err(|_| AppError::Busy { retry_after: 5 })?;
    tracing::info!(domain = %domain.ascii(), "discover");
    Ok(Json(discover::discover(state.dns.as_ref(), &state.policy, &state.discover, &domain).await))
}
