//! `POST /api/discover` with `{"domain": "example.com"}`: MX, SRV, autoconfig and the
//! provider match for a domain, merged into SMTP candidates ready to probe. Repeats within
//! the cache window are answered from the cache; a discovery takes a probe slot.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Extension, State};
use axum::routing::post;
use axum::{Json, Router};
use email_settings::discovery::{DiscoverRequest, DiscoverResponse};

use crate::discover::{self, Fetcher};
use crate::error::{AppError, LogText};
use crate::limits::Client;
use crate::metrics::CacheKind;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/discover", post(discover_domain))
}

async fn discover_domain(
    State(state): State<AppState>,
    Extension(client): Extension<Client>,
    body: Result<Json<DiscoverRequest>, JsonRejection>,
) -> Result<Json<DiscoverResponse>, AppError> {
    let Json(request) = body?;
    let domain = discover::parse_domain(&request.domain).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let cached = state.store.cached_discovery(domain.ascii()).await?;
    state.metrics.cache_lookup(CacheKind::Discover, cached.is_some());
    if let Some(cached) = cached {
        tracing::info!(domain = %LogText(domain.ascii()), "discover answered from the cache");
        return Ok(Json(cached));
    }
    let _slot = state.probe_slots.acquire(client, state.options.limits.queue_wait).await?;
    tracing::info!(domain = %LogText(domain.ascii()), "discover");
    let fetcher = Fetcher {
        dns: state.dns.as_ref(),
        policy: &state.policy,
        settings: &state.options.discover,
        tls: &state.discover_tls,
        limits: state.store.as_ref(),
        client,
        limited: Default::default(),
    };
    let found = discover::discover(&fetcher, &domain).await;
    // One client's rate limit must not become everyone's answer.
    let limited = fetcher.limited.load(std::sync::atomic::Ordering::Relaxed);
    state.metrics.discovery_finished(&found, limited);
    if !limited {
        state.store.cache_discovery(domain.ascii(), &found).await;
    }
    Ok(Json(found))
}
