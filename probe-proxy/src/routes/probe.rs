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
use mailsetup_shared::wire::{PortSpec, ProbeEvent, ProbeRequest, ProbeResponse};
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::app::AppState;
use crate::cache::ProbeCache;
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
    let Json(request) = body?;
    let requested: Vec<PortSpec> = request.ports.iter().map(|p| p.spec()).collect();
    let ports = probe::check_ports(&state.policy, &requested)?;
    let json = wants_json(&headers);
    if let Some(cached) = state.cache.get(&request.host, &ports) {
        tracing::info!(host = %request.host, "probe answered from the cache");
        return Ok(if json {
            Json(cached).into_response()
        } else {
            sse(replay(cached), state.shutdown.clone()).into_response()
        });
    }
    let (target, _) = ProbeCache::key(&request.host, &ports);
    if let Err(not_until) = state.target_limit.check_key(&target) {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(&governor::clock::DefaultClock::default()));
        return Err(AppError::TargetRateLimited { retry_after: wait.as_secs().max(1) });
    }
    // A permit per running probe; it travels with the probe until the last port finishes.
    let slot = state.probe_slots.clone().try_acquire_owned().map_err(|_| AppError::Busy { retry_after: 5 })?;
    let prepared = probe::prepare(state.dns.as_ref(), &state.policy, &request.host, &ports).await?;
    tracing::info!(host = %prepared.target.host, address = %prepared.address(), ports = ?prepared.ports, "probe");
    if json {
        let response = prepared.run(state.settings.clone(), None).await;
        state.cache.put(&request.host, &ports, &response);
        drop(slot);
        return Ok(Json(response).into_response());
    }
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let _ = tx.send(prepared.started_event());
    let task_state = state.clone();
    tokio::spawn(async move {
        let response = prepared.run(task_state.settings.clone(), Some(tx)).await;
        task_state.cache.put(&request.host, &ports, &response);
        drop(slot);
    });
    Ok(sse(rx, state.shutdown.clone()).into_response())
}

/// The events of a cached probe, in the order a live one sends them.
fn replay(cached: ProbeResponse) -> tokio::sync::mpsc::UnboundedReceiver<ProbeEvent> {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let ports = cached.reports.iter().map(|r| PortSpec { port: r.facts.port, security: r.facts.security }).collect();
    let _ = tx.send(ProbeEvent::Started {
        host: cached.host.clone(),
        addresses: cached.addresses.clone(),
        address: cached.address,
        ports,
    });
    for report in &cached.reports {
        for record in &report.facts.steps {
            let _ = tx.send(ProbeEvent::Step { port: report.facts.port, record: record.clone() });
        }
    }
    for report in cached.reports {
        let _ = tx.send(ProbeEvent::Report { report: Box::new(report) });
    }
    let _ = tx.send(ProbeEvent::Done { total_ms: cached.total_ms, cached: true });
    rx
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
