//! The app's network effects, as callbacks the panels call: start a probe, look a domain
//! up through the proxy, ask DNS-over-HTTPS. Each sends its results back as page actions.

use std::future::Future;

use mailsetup_shared::wire::LoginRequest;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::logic::config::RuntimeConfig;
use crate::logic::page::{PageAction, TestOf};
use crate::logic::probe_view::ProbePlan;
use crate::services::api;

/// Starts test number `id` over `plan`, each event of each stream fed to the page as it
/// arrives; every port of a host is probed at once. A proxy that takes several hosts in one
/// request (`together`: wire version 4) probes all of a domain's guesses side by side, so
/// one that works is shown as soon as its own probe ends; an older one, one host after the
/// other (it runs a client's probes one or two at a time). With a login test (`Some`), only
/// the plan's first host (the recommended server) is tested, and the request carrying the
/// secret is the only place it goes.
pub(super) fn probe_callback(
    dispatch: &Callback<PageAction>,
    config: &RuntimeConfig,
    of: TestOf,
    id: u64,
    plan: ProbePlan,
    together: bool,
) -> Callback<Option<LoginRequest>> {
    let (dispatch, config) = (dispatch.clone(), config.clone());
    Callback::from(move |login: Option<LoginRequest>| {
        let plan: ProbePlan = if login.is_some() { plan.first_only() } else { plan.clone() };
        dispatch.emit(PageAction::ProbeStarted { of, id, plan: plan.clone() });
        let (dispatch, config) = (dispatch.clone(), config.clone());
        spawn_local(async move {
            let mut login = login;
            for (hosts, ports) in plan.requests(together && login.is_none()) {
                let on_event = |host: &str, event| {
                    dispatch.emit(PageAction::ProbeEvent { of, id, host: host.to_owned(), event });
                };
                let result = api::probe(&config, &hosts, &ports, login.take(), on_event).await;
                if let Err(error) = result {
                    for host in hosts {
                        dispatch.emit(PageAction::ProbeFailed { of, id, host, failure: error });
                    }
                }
            }
        });
    })
}

/// A lookup about `domain` behind a button: says it started, runs `ask`, and hands the
/// answer (or why there is none) to `finished`.
fn lookup_callback<T: 'static, Ask, Answer>(
    dispatch: &Callback<PageAction>,
    domain: &str,
    started: PageAction,
    ask: Ask,
    finished: fn(String, Result<T, api::RequestFailure>) -> PageAction,
) -> Callback<()>
where
    Ask: Fn(String) -> Answer + 'static,
    Answer: Future<Output = Result<T, api::RequestFailure>> + 'static,
{
    let (dispatch, domain) = (dispatch.clone(), domain.to_owned());
    Callback::from(move |()| {
        let (dispatch, domain) = (dispatch.clone(), domain.clone());
        dispatch.emit(started.clone());
        let answer = ask(domain.clone());
        spawn_local(async move {
            let result = answer.await;
            dispatch.emit(finished(domain, result));
        });
    })
}

/// Asks the proxy what `domain` publishes (MX, SRV, autoconfig).
pub(super) fn discover_callback(dispatch: &Callback<PageAction>, config: &RuntimeConfig, domain: &str) -> Callback<()> {
    let config = config.clone();
    let ask = move |domain: String| {
        let config = config.clone();
        async move { api::discover(&config, &domain).await }
    };
    lookup_callback(dispatch, domain, PageAction::DiscoveryStarted, ask, |domain, result| {
        PageAction::DiscoveryFinished { domain, result }
    })
}

/// Asks the DNS-over-HTTPS service at `endpoint` for `domain`'s MX hosts.
pub(super) fn doh_callback(dispatch: &Callback<PageAction>, endpoint: &str, domain: &str) -> Callback<()> {
    let endpoint = endpoint.to_owned();
    let ask = move |domain: String| {
        let endpoint = endpoint.clone();
        async move { api::doh_mx(&endpoint, &domain).await }
    };
    lookup_callback(dispatch, domain, PageAction::DohStarted, ask, |domain, result| PageAction::DohFinished {
        domain,
        result,
    })
}
