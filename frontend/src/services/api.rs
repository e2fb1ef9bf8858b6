//! HTTP: the page's `config.json`, the proxy's `/api/config`, `/api/discover` and the
//! streaming `/api/probe`, and DNS-over-HTTPS MX queries.

use email_settings::discovery::{DiscoverRequest, DiscoverResponse};
use gloo_net::http::{Request, Response};
use js_sys::Uint8Array;
use mailsetup_shared::json::{self, FromJson};
use mailsetup_shared::wire::{ApiError, LoginRequest, PortRequest, PortSpec, ProbeEvent, ProbeRequest, ProxyInfo};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::logic::config::RuntimeConfig;
use crate::logic::doh;
pub use crate::logic::failure::RequestFailure;
use crate::logic::i18n::{Lang, Tr};
use crate::logic::sse::SseParser;

/// The messages of a language other than English (`i18n/<lang>.ftl` beside the page),
/// fetched when the language is chosen.
pub async fn load_messages(english: &Tr, lang: Lang) -> Result<Tr, RequestFailure> {
    let url = format!("i18n/{}.ftl", lang.id());
    let response = Request::get(&url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(RequestFailure::Status(response.status()));
    }
    let text = response.text().await.map_err(network)?;
    english.translated(lang, &text).map_err(|_| RequestFailure::BadAnswer)
}

fn network(_: gloo_net::Error) -> RequestFailure {
    RequestFailure::Unreachable
}

/// A non-2xx answer: the proxy's error code when it sent one, else the status.
async fn refusal(response: Response) -> RequestFailure {
    let status = response.status();
    match read::<ApiError>(response).await {
        Ok(error) => RequestFailure::Refused(error.code),
        Err(_) => RequestFailure::Status(status),
    }
}

/// A response's JSON body.
async fn read<T: FromJson>(response: Response) -> Result<T, RequestFailure> {
    let text = response.text().await.map_err(network)?;
    json::from_str(&text).map_err(|_| RequestFailure::BadAnswer)
}

/// `config.json` beside the page; missing or broken means the defaults.
pub async fn load_config() -> RuntimeConfig {
    match Request::get("config.json").send().await {
        Ok(response) if response.ok() => RuntimeConfig::from_json(&response.text().await.unwrap_or_default()),
        _ => RuntimeConfig::default(),
    }
}

/// What the proxy allows (also tells whether there is a working proxy at all).
pub async fn proxy_info(config: &RuntimeConfig) -> Result<ProxyInfo, RequestFailure> {
    let url = config.api_url("/api/config").ok_or(RequestFailure::NoProxy)?;
    let response = Request::get(&url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(refusal(response).await);
    }
    read(response).await
}

pub async fn discover(config: &RuntimeConfig, domain: &str) -> Result<DiscoverResponse, RequestFailure> {
    let url = config.api_url("/api/discover").ok_or(RequestFailure::NoProxy)?;
    let body = DiscoverRequest { domain: domain.to_owned() };
    let response =
        Request::post(&url).json(&body).map_err(|_| RequestFailure::BadAnswer)?.send().await.map_err(network)?;
    if !response.ok() {
        return Err(refusal(response).await);
    }
    read(response).await
}

/// Starts a probe of `hosts` (the first, and the others beside it in the same stream: a
/// proxy of wire version 4 or later) and calls `on_event` for each event as it arrives,
/// with the host it is about.
pub async fn probe(
    config: &RuntimeConfig,
    hosts: &[String],
    ports: &[PortSpec],
    login: Option<LoginRequest>,
    mut on_event: impl FnMut(&str, ProbeEvent),
) -> Result<(), RequestFailure> {
    let url = config.api_url("/api/probe").ok_or(RequestFailure::NoProxy)?;
    let (host, also) = hosts.split_first().ok_or(RequestFailure::BadAnswer)?;
    let body = ProbeRequest {
        host: host.clone(),
        ports: ports.iter().map(|s| PortRequest::Spec { port: s.port, security: s.security }).collect(),
        login,
        also: also.to_vec(),
    };
    let response = Request::post(&url)
        .header("Accept", "text/event-stream")
        .json(&body)
        .map_err(|_| RequestFailure::BadAnswer)?
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(refusal(response).await);
    }
    let stream = response.body().ok_or(RequestFailure::BadAnswer)?;
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut parser = SseParser::default();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| RequestFailure::Unreachable)?;
        let chunk: web_sys::ReadableStreamReadResult = chunk.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            // Every complete probe ends with `done`; a stream that stops before it was cut.
            return Err(RequestFailure::Ended);
        }
        let bytes = Uint8Array::new(&chunk.get_value()).to_vec();
        for event in parser.push(&bytes) {
            match json::from_str::<ProbeEvent>(&event.data) {
                // One of several hosts' events; the stream's own `done` ends it.
                Ok(ProbeEvent::Host { host, event }) => on_event(&host, *event),
                Ok(event) => {
                    let done = matches!(event, ProbeEvent::Done { .. });
                    on_event(host, event);
                    if done {
                        let _ = reader.cancel();
                        return Ok(());
                    }
                }
                Err(_) => return Err(RequestFailure::BadAnswer),
            }
        }
    }
}

/// MX hosts of `domain` from a DNS-over-HTTPS resolver (only when a person opted in).
pub async fn doh_mx(endpoint: &str, domain: &str) -> Result<Vec<String>, RequestFailure> {
    let url = doh::mx_query_url(endpoint, domain);
    let response = Request::get(&url).header("Accept", "application/dns-json").send().await.map_err(network)?;
    if !response.ok() {
        return Err(RequestFailure::Status(response.status()));
    }
    let text = response.text().await.map_err(network)?;
    doh::parse_mx_answer(&text).map_err(|_| RequestFailure::BadAnswer)
}
