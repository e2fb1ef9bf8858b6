//! The app's network effects, as callbacks the panels call: start a probe, look a domain
//! up through the proxy, ask DNS-over-HTTPS. Each sends its results back as page actions.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::logic::config::RuntimeConfig;
use crate::logic::page::PageAction;
use crate::logic::probe_view::ProbePlan;
use crate::services::api;

/// Starts test number `id` over `plan`: every host at once, each event of each stream fed
/// to the page as it arrives.
pub(super) fn probe_callback(
    dispatch: &Callback<PageAction>,
    config: &RuntimeConfig,
    id: u64,
    plan: ProbePlan,
) -> Callback<()> {
    let (dispatch, config) = (dispatch.clone(), config.clone());
    Callback::from(move |()| {
        dispatch.emit(PageAction::ProbeStarted { id, plan: plan.clone() });
        for (host, ports) in plan.clone() {
            let (dispatch, config) = (dispatch.clone(), config.clone());
            spawn_local(async move {
                let result = api::probe(&config, &host, &ports, |event| {
                    dispatch.emit(PageAction::ProbeEvent { id, host: host.clone(), event });
                })
                .await;
                if let Err(error) = result {
                    dispatch.emit(PageAction::ProbeFailed { id, host, message: error.to_string() });
                }
            });
        }
    })
}

/// Asks the proxy what `domain` publishes (MX, SRV, autoconfig).
pub(super) fn discover_callback(dispatch: &Callback<PageAction>, config: &RuntimeConfig, domain: &str) -> Callback<()> {
    let (dispatch, config, domain) = (dispatch.clone(), config.clone(), domain.to_owned());
    Callback::from(move |()| {
        let (dispatch, config, domain) = (dispatch.clone(), config.clone(), domain.clone());
        dispatch.emit(PageAction::DiscoveryStarted);
        spawn_local(async move {
            let result = api::discover(&config, &domain).await.map_err(|e| e.to_string());
            dispatch.emit(PageAction::DiscoveryFinished { domain, result });
        });
    })
}

/// Asks the DNS-over-HTTPS service at `endpoint` for `domain`'s MX hosts.
pub(super) fn doh_callback(dispatch: &Callback<PageAction>, endpoint: &str, domain: &str) -> Callback<()> {
    let (dispatch, endpoint, domain) = (dispatch.clone(), endpoint.to_owned(), domain.to_owned());
    Callback::from(move |()| {
        let (dispatch, endpoint, domain) = (dispatch.clone(), endpoint.clone(), domain.clone());
        dispatch.emit(PageAction::DohStarted);
        spawn_local(async move {
            let result = api::doh_mx(&endpoint, &domain).await.map_err(|e| e.to_string());
            dispatch.emit(PageAction::DohFinished { domain, result });
        });
    })
}
