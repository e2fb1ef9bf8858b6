//! `POST /api/probe`: Server-Sent Events by default, one JSON document with
//! `Accept: application/json`.
//!
//! The request is checked and the host resolved and guarded before any response starts, so a
//! refused target is a plain HTTP error in both modes. Then, in order: the cache (keyed by
//! the addresses and ports), a fair probe slot, and the per-target limits, which charge
//! only probes that will really connect, each address they may try. A probe whose client
//! goes away is stopped. A request with more hosts (`also`: a domain's guesses) runs them
//! side by side in one stream under one slot ([`start_many`]).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::rejection::JsonRejection;
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures_util::{Stream, StreamExt};
use mailsetup_shared::wire::{MAX_PROBE_HOSTS, PortSpec, ProbeEvent, ProbeRequest, ProbeResponse};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::cache::ProbeKey;
use crate::error::{AppError, LogText};
use crate::limits::Client;
use crate::metrics::{CacheKind, ProbeRun};
use crate::probe;
use crate::state::AppState;
use crate::store::login::LoginCharge;

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
    Extension(client): Extension<Client>,
    headers: HeaderMap,
    body: Result<Json<ProbeRequest>, JsonRejection>,
) -> Result<Response, AppError> {
    let Json(mut request) = body?;
    if !request.also.is_empty() {
        return start_many(state, client, &headers, request).await;
    }
    // A login test is the person's own: checked before anything else, never cached.
    let login = match request.login.take() {
        Some(_) if !state.login_test_allowed(&headers) => return Err(AppError::LoginNotAllowed),
        Some(login) => Some(probe::LoginPlan::check(login)?),
        None => None,
    };
    // On a shared proxy a login test is under the limits made for secrets, and tries the
    // password on one port (465) unless the request names its ports.
    let shared_login = login.is_some() && !state.serves_its_own_person(&headers);
    let mut requested: Vec<PortSpec> = request.ports.iter().map(|p| p.spec()).collect();
    if shared_login && requested.is_empty() {
        requested.push(mailsetup_shared::wire::PortRequest::Port(465).spec());
    }
    // Checked and resolved once; everything below is keyed by what would be connected to.
    let prepared = probe::prepare(state.dns.as_ref(), &state.policy, &request.host, &requested).await?;
    let login_charge = match &login {
        Some(plan) if shared_login => {
            let charge = LoginCharge::new(client, &plan.user, prepared.address(), prepared.ports.len());
            state.store.charge_login(&charge).await?;
            Some(charge)
        }
        _ => None,
    };
    let json = wants_json(&headers);
    let key = ProbeKey::of(&prepared);
    // A login test is never answered from the cache, nor cached.
    let cached = match login {
        None => {
            let cached = state.store.cached_probe(&key).await?;
            state.metrics.cache_lookup(CacheKind::Probe, cached.is_some());
            cached
        }
        Some(_) => None,
    };
    if let Some(cached) = cached {
        tracing::info!(host = %LogText(&prepared.target.host.to_string()), address = %prepared.address(), "probe answered from the cache");
        let cached = ProbeResponse { cached: true, ..cached };
        return Ok(if json {
            Json(cached).into_response()
        } else {
            sse(replay(cached), state.options.shutdown.clone(), None).into_response()
        });
    }
    // A slot per running probe; it travels with the probe until the last port finishes.
    let slot = state.probe_slots.acquire(client, state.options.limits.queue_wait).await?;
    // Every address the probe may connect to (Happy Eyeballs races them) on every port.
    let targets: Vec<SocketAddr> = probe::connect::connect_order(&prepared.target.addresses)
        .into_iter()
        .flat_map(|ip| prepared.ports.iter().map(move |spec| SocketAddr::new(ip, spec.port)))
        .collect();
    state.store.charge_targets(client, &targets).await?;
    tracing::info!(host = %LogText(&prepared.target.host.to_string()), address = %prepared.address(), ports = ?prepared.ports, login = login.is_some(), "probe");
    let prepared = match login {
        Some(plan) => prepared.with_login(plan),
        None => prepared,
    };
    if json {
        // If the client goes away, this future is dropped, and the probe with it.
        let run = ProbeRun::start(&state.metrics);
        let response = prepared.run(state.settings.clone(), None).await;
        run.finish(&response);
        charge_failures(&state, login_charge.as_ref(), &response);
        if prepared.login.is_none() {
            state.store.cache_probe(&key, &response).await;
        }
        drop(slot);
        return Ok(Json(response).into_response());
    }
    let (tx, rx) = probe::event_channel();
    tx.send(prepared.started_event());
    let task_state = state.clone();
    let task = tokio::spawn(async move {
        let run = ProbeRun::start(&task_state.metrics);
        // The stream ends when the last sender goes: this one is kept until the result is
        // stored, so a client that reads to the end finds it in the cache afterwards.
        let open_until_stored = tx.clone();
        let response = prepared.run(task_state.settings.clone(), Some(tx)).await;
        run.finish(&response);
        charge_failures(&task_state, login_charge.as_ref(), &response);
        if prepared.login.is_none() {
            // In a task of its own: a client leaving once it has the last event (which
            // aborts this task) must not stop the store (a Redis round trip) half-way.
            let store = task_state.store.clone();
            tokio::spawn(async move {
                store.cache_probe(&key, &response).await;
                drop(open_until_stored);
            });
        }
        drop(slot);
    });
    // The stream owns the probe: when the client goes away, the probe stops and its slot
    // is free at once.
    Ok(sse(rx, state.options.shutdown.clone(), Some(AbortOnDrop(task.abort_handle()))).into_response())
}

/// A probe of several hosts at once (`also`: a domain's guesses), in one event stream under
/// one probe slot: each host is checked and resolved on its own (one that cannot be probed
/// gets its `error` event, the others go on), answered from the cache where it can be, and
/// the rest run side by side, each host's events wrapped in [`ProbeEvent::Host`], so a host
/// that works is reported as soon as its own probe ends. Every target of every host is
/// charged at once, or none. A last `done` ends the stream.
async fn start_many(
    state: AppState,
    client: Client,
    headers: &HeaderMap,
    request: ProbeRequest,
) -> Result<Response, AppError> {
    if request.login.is_some() {
        return Err(AppError::BadRequest("a login test names one host".to_owned()));
    }
    if wants_json(headers) {
        return Err(AppError::BadRequest("more hosts come as an event stream only".to_owned()));
    }
    let mut hosts: Vec<String> = Vec::with_capacity(1 + request.also.len());
    for host in std::iter::once(request.host).chain(request.also) {
        if !hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)) {
            hosts.push(host);
        }
    }
    if hosts.len() > MAX_PROBE_HOSTS {
        return Err(AppError::BadRequest(format!("at most {MAX_PROBE_HOSTS} hosts in one probe")));
    }
    let requested: Vec<PortSpec> = request.ports.iter().map(|p| p.spec()).collect();
    let mut prepared = Vec::with_capacity(hosts.len());
    let mut refused = Vec::new();
    for host in hosts {
        match probe::prepare(state.dns.as_ref(), &state.policy, &host, &requested).await {
            Ok(ready) => prepared.push(ready),
            Err(error) => refused.push((host, AppError::from(error))),
        }
    }
    // Nothing to probe: the first host's refusal, as a single host's would be.
    if prepared.is_empty() {
        return Err(refused.into_iter().next().map(|(_, error)| error).unwrap_or(AppError::BadRequest(String::new())));
    }
    let mut cached = Vec::new();
    let mut live = Vec::new();
    for ready in prepared {
        let key = ProbeKey::of(&ready);
        let hit = state.store.cached_probe(&key).await?;
        state.metrics.cache_lookup(CacheKind::Probe, hit.is_some());
        match hit {
            Some(response) => cached.push(ProbeResponse { cached: true, ..response }),
            None => live.push((ready, key)),
        }
    }
    let slot = if live.is_empty() {
        None
    } else {
        Some(state.probe_slots.acquire(client, state.options.limits.queue_wait).await?)
    };
    let targets: Vec<SocketAddr> = live
        .iter()
        .flat_map(|(ready, _)| {
            probe::connect::connect_order(&ready.target.addresses)
                .into_iter()
                .flat_map(|ip| ready.ports.iter().map(move |spec| SocketAddr::new(ip, spec.port)))
        })
        .collect();
    state.store.charge_targets(client, &targets).await?;
    let (tx, rx) = probe::event_channel();
    let wrap = |host: &str, event: Box<ProbeEvent>| ProbeEvent::Host { host: host.to_owned(), event };
    for (host, error) in &refused {
        tracing::info!(host = %LogText(host), code = ?error.code(), "probe: one of several hosts refused");
        tx.send(wrap(host, Box::new(ProbeEvent::Error { error: error.to_api_error() })));
    }
    for response in cached {
        let host = response.host.clone();
        let mut replayed = replay(response);
        while let Ok(event) = replayed.try_recv() {
            tx.send(wrap(&host, event));
        }
    }
    let task_state = state.clone();
    let task = tokio::spawn(async move {
        let started = tokio::time::Instant::now();
        let runs = live.into_iter().map(|(ready, key)| {
            let (state, out) = (task_state.clone(), tx.clone());
            async move {
                let host = ready.target.host.to_string();
                tracing::info!(host = %LogText(&host), address = %ready.address(), ports = ?ready.ports, "probe, beside others");
                let (events, mut own) = probe::event_channel();
                events.send(ready.started_event());
                let forward = async {
                    while let Some(event) = own.recv().await {
                        out.send(ProbeEvent::Host { host: host.clone(), event });
                    }
                };
                let run = async {
                    let metric = ProbeRun::start(&state.metrics);
                    let response = ready.run(state.settings.clone(), Some(events)).await;
                    metric.finish(&response);
                    response
                };
                let (response, ()) = tokio::join!(run, forward);
                // Stored in a task of its own, as a single host's result is; the stream
                // stays open until it is.
                let (store, open_until_stored) = (state.store.clone(), out.clone());
                tokio::spawn(async move {
                    store.cache_probe(&key, &response).await;
                    drop(open_until_stored);
                });
            }
        });
        futures_util::future::join_all(runs).await;
        let total_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        tx.send(ProbeEvent::Done { total_ms, cached: false });
        drop(slot);
    });
    Ok(sse(rx, state.options.shutdown.clone(), Some(AbortOnDrop(task.abort_handle()))).into_response())
}

/// A login the server refused costs its account and client more (guessing slows down).
/// Charged in a task of its own, so a client that leaves once it has read the refusal
/// (which aborts the probe's task) cannot skip the cost.
fn charge_failures(state: &AppState, charge: Option<&LoginCharge>, response: &ProbeResponse) {
    let Some(charge) = charge else { return };
    let refused =
        response.reports.iter().any(|r| r.facts.login.as_ref().is_some_and(|l| l.mechanism.is_some() && !l.accepted));
    if refused {
        let (store, charge) = (state.store.clone(), charge.clone());
        tokio::spawn(async move { store.login_failed(&charge).await });
    }
}

/// Aborts a task when dropped.
#[derive(Debug)]
struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The events of a cached probe, in the order a live one sends them.
fn replay(cached: ProbeResponse) -> UnboundedReceiver<Box<ProbeEvent>> {
    let (tx, rx) = probe::event_channel();
    let ports = cached.reports.iter().map(|r| PortSpec { port: r.facts.port, security: r.facts.security }).collect();
    tx.send(ProbeEvent::Started {
        host: cached.host.clone(),
        addresses: cached.addresses.clone(),
        address: cached.address,
        ports,
    });
    for report in &cached.reports {
        for record in &report.facts.steps {
            tx.send(ProbeEvent::Step { port: report.facts.port, record: record.clone() });
        }
    }
    for report in cached.reports {
        tx.send(ProbeEvent::Report { report: Box::new(report) });
    }
    tx.send(ProbeEvent::Done { total_ms: cached.total_ms, cached: true });
    rx
}

/// Turns probe events into SSE frames; ends after `done`, or when the server shuts down.
/// `probe` is dropped (aborting the probe) when the stream is.
fn sse(
    rx: UnboundedReceiver<Box<ProbeEvent>>,
    shutdown: tokio_util::sync::CancellationToken,
    probe: Option<AbortOnDrop>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = UnboundedReceiverStream::new(rx)
        .map(move |event| {
            let _owned = &probe;
            let frame = Event::default().event(event.name());
            Ok(frame.json_data(&event).unwrap_or_else(|_| Event::default().event("error").data("serialisation failed")))
        })
        .take_until(shutdown.cancelled_owned());
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(10)))
}
