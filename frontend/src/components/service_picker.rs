//! Sending through a service instead of the mailbox (SendGrid, Amazon SES, ...): pick one by
//! name, and its data centre where it has several; the settings, the one step to take first
//! and the files come from `email_settings::settings::for_service`. The service has a Test
//! of its own, shown here and never in the answer's proof.

use std::rc::Rc;

use email_settings::address::Query;
use email_settings::provider;
use email_settings::settings::for_service;
use mailsetup_shared::wire::ProxyInfo;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::downloads::Downloads;
use super::probe_panel::ProbePanel;
use super::settings_table::SettingsTable;
use crate::logic::i18n::Tr;
use crate::logic::probe_view::{ProbePlan, ProbeView, probe_plan};
use crate::logic::text;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ServicePickerProps {
    /// What the person typed: the sender address (or domain) for the snippets.
    pub query: Query,
    /// The service's own test, and the proxy that runs it (`None`: no Test here).
    pub probe: ProbeView,
    pub proxy: Option<ProxyInfo>,
    /// Starts a test of the picked service over this plan.
    pub on_test: Callback<ProbePlan>,
}

/// The value of the `<select>` an event came from.
fn selected(e: &Event) -> Option<String> {
    Some(e.target_unchecked_into::<HtmlSelectElement>().value()).filter(|v| !v.is_empty())
}

#[component]
pub fn ServicePicker(props: &ServicePickerProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let service = use_state(|| None::<String>);
    let region = use_state(|| None::<String>);
    let on_service = {
        let (service, region) = (service.clone(), region.clone());
        Callback::from(move |e: Event| {
            service.set(selected(&e));
            region.set(None);
        })
    };
    let on_region = {
        let region = region.clone();
        Callback::from(move |e: Event| region.set(selected(&e)))
    };
    let settings = service.as_deref().and_then(|id| for_service(&props.query, id, region.as_deref())).map(Rc::new);
    let regions = settings.as_ref().and_then(|s| s.provider).map(|p| p.regions).unwrap_or_default();
    let plan = settings.as_ref().zip(props.proxy.as_ref()).and_then(|(s, info)| probe_plan(s, &info.allowed_ports));
    // The result shown is the picked service's: a test of another one (or data centre) is
    // not this one's proof.
    let tested = plan.as_ref().is_some_and(|plan| {
        props.probe.runs.iter().map(|r| r.host.as_str()).eq(plan.hosts.iter().map(|(h, _)| h.as_str()))
    });
    let test = plan.map(|plan| {
        let on_test = props.on_test.clone();
        let running = tested && props.probe.is_running();
        let onclick = Callback::from(move |_: MouseEvent| on_test.emit(plan.clone()));
        html! {
            <p><button type="button" class="probe-start service-test" {onclick} disabled={running}>
                { tr.t(if running { "testing" } else if tested { "test-again" } else { "test-start" }) }
            </button></p>
        }
    });
    html! {
        <section class="services" aria-labelledby="services-title">
            <h2 id="services-title">{ tr.t("services-title") }</h2>
            <p>
                <label for="service">{ tr.t("services-service") }{ " " }</label>
                <select id="service" onchange={on_service}>
                    <option value="" selected={service.is_none()}>{ tr.t("services-choose") }</option>
                    { for provider::services().map(|s| html! {
                        <option value={s.id} selected={service.as_deref() == Some(s.id)}>{ s.name }</option>
                    }) }
                </select>
                if !regions.is_empty() {
                    { " " }<label for="service-region">{ tr.t("services-region") }{ " " }</label>
                    <select id="service-region" onchange={on_region}>
                        <option value="" selected={region.is_none()}>{ tr.t("services-region-main") }</option>
                        { for regions.iter().map(|r| html! {
                            <option value={r.id} selected={region.as_deref() == Some(r.id)}>{ r.name }</option>
                        }) }
                    </select>
                }
            </p>
            if let Some(settings) = settings {
                <ul class="hints">
                    { for settings.hints.iter().map(|hint| {
                        let (words, lang) = text::hint_text(&tr, hint);
                        html! {
                        <li class="hint">
                            <strong>{ text::hint_badge(&tr, hint.kind) }{ ": " }</strong><span {lang}>{ words }</span>
                            if let Some(link) = hint.link {
                                { " " }<a href={link} target="_blank" rel="noopener noreferrer">{ tr.t("services-details") }</a>
                            }
                        </li>
                        }
                    }) }
                </ul>
                <SettingsTable settings={settings.clone()} id_prefix="service-" />
                { test.unwrap_or_default() }
                if tested {
                    <ProbePanel probe={props.probe.clone()} proxy={props.proxy.clone()} on_use={None::<Callback<_>>} card_above={false} heading_id="service-probe-title" live=true />
                }
                <Downloads {settings} id_prefix="service-" />
            }
        </section>
    }
}
