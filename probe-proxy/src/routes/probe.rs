//! `POST /api/probe`: Server-Sent Events by default, one JSON document with
//! `Accept: application/json`.
//!
//! The request is checked and the host resolved and guarded before any response starts, so a
//! refused target is a plain HTTP error in both modes.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderMap, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures_util::{Stream, StreamExt};
use mailsetup_shared::wire::{PortSpec, ProbeEvent, ProbeRequest};
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::app::AppState;
use crate::error::AppError;
use crate::probe;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/probe", post(start_probe))
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json") && !accept.contains("text/event-stream"))
}

async fn start_probe(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<ProbeRequest>, JsonRejection>,
) -> Result<Response, AppError> {
    let Json(request) = body.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let ports: Vec<PortSpec> = request.ports.iter().map(|p| p.spec()).collect();
    let prepared = probe::prepare(state.dns.as_ref(), &state.policy, &request.host, &ports).await?;
    tracing::info!(host = %prepared.target.host, address = %prepared.address(), ports = ?prepared.ports, "probe");
    if wants_json(&headers) {
        let response = prepared.run(state.settings.clone(), None).await;
        return Ok(Json(response).into_response());
    }
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let _ = tx.send(prepared.started_event());
    let settings = state.settings.clone();
    tokio::spawn(async move {
        prepared.run(settings, Some(tx)).await;
    });
    Ok(sse(rx, state.shutdown.clone()).into_response())
}

/// Turns probe events into SSE frames; ends after `done`, or when the server shuts down.
fn sse(
    rx: tokio::sync::mpsc::UnboundedReceiver<ProbeEvent>,
    shutdown: tokio_util::sync::CancellationToken,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = UnboundedReceiverStream::new(rx)
        .map(|event| {
            let frame = Event::default().event(event.name());
            Ok(frame.json_data(&event).unwrap_or_else(|_| Event::default().event("error").data("serialisation failed")))
        })
        .take_until(shutdown.cancelled_owned());
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(10)))
}
