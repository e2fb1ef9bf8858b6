//! Which provider it is, how we know, its data centres, and what a person must know first.

use std::rc::Rc;

use mailsetup_shared::provider::{MatchedBy, Status};
use mailsetup_shared::settings::{Settings, SettingsWarning};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderSummaryProps {
    pub settings: Rc<Settings>,
    pub on_region: Callback<Option<String>>,
}

#[component]
pub fn ProviderSummary(props: &ProviderSummaryProps) -> Html {
    let settings = &props.settings;
    let how = match &settings.matched_by {
        Some(MatchedBy::Domain(domain)) => format!("Recognised by the domain {domain}."),
        Some(MatchedBy::Service(_)) => "A sending service for apps and servers.".to_owned(),
        Some(MatchedBy::MxPattern(host) | MatchedBy::MxDomain(host)) => {
            format!("Recognised by the domain's mail server {host}: mail for this domain is hosted there.")
        }
        None => "Not a provider we know yet.".to_owned(),
    };
    let status = settings.provider.map(|p| match p.status {
        Status::Ok => ("ok", "Works with your password"),
        Status::Preparation => ("preparation", "Needs one step first"),
        Status::Restricted => ("restricted", "Works only in some programs"),
        Status::NoClientAccess => ("no-client-access", Status::NoClientAccess.label()),
    });
    let regions = settings.provider.map(|p| p.regions).unwrap_or_default();
    let region_select = (!regions.is_empty()).then(|| {
        let on_region = props.on_region.clone();
        let onchange = Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_region.emit(Some(value).filter(|v| !v.is_empty()));
        });
        let current = settings.region.map(|r| r.id).unwrap_or_default();
        html! {
            <p class="region">
                <label for="region">{ "Data centre: " }</label>
                <select id="region" {onchange}>
                    <option value="" selected={current.is_empty()}>{ "Not sure (shows the main one)" }</option>
                    { for regions.iter().map(|r| html! {
                        <option value={r.id} selected={current == r.id}>{ r.name }</option>
                    }) }
                </select>
            </p>
        }
    });
    let warnings = settings.warnings.iter().filter_map(|w| match w {
        SettingsWarning::PlaintextOnly => Some("This provider lists only unencrypted servers: your password would travel readable. Ask the provider for port 465 or 587 with encryption."),
        SettingsWarning::RegionUnknown => Some("This provider runs several data centres and the address does not say which is yours: pick it above if you know it."),
        SettingsWarning::UnknownProvider => None,
        SettingsWarning::NoClientAccess => Some("This provider offers no SMTP or IMAP: no mail program, app or server can send through it. Use its own apps and web mail; what it offers is listed below."),
    });
    html! {
        <section class="provider" aria-labelledby="provider-name">
            <h2 id="provider-name" class="provider-name">{ &settings.provider_name }</h2>
            if let Some((class, text)) = status {
                <p class={classes!("status", class)}>{ text }</p>
            }
            <p class="matched">{ how }</p>
            { for region_select }
            { for warnings.map(|text| html! { <p class="warning" role="note">{ text }</p> }) }
            if !settings.hints.is_empty() {
                <ul class="hints">
                    { for settings.hints.iter().map(|hint| html! {
                        <li class="hint">
                            <span class="badge">{ hint.kind.label() }</span>
                            { " " }{ hint.text }
                            if let Some(link) = hint.link {
                                { " " }<a href={link} target="_blank" rel="noopener noreferrer">{ "How" }</a>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
