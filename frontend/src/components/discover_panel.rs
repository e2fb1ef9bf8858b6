//! For domains the built-in data does not know: ask the proxy (MX, SRV, autoconfig), or,
//! without a proxy and only if the person agrees, a DNS-over-HTTPS service for the MX.

use std::rc::Rc;

use email_settings::discovery::{AutoconfigOutcome, DiscoverResponse, Source};
use email_settings::settings::Settings;
use yew::prelude::*;

use crate::logic::i18n::Tr;
use crate::logic::page::Lookup;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DiscoverPanelProps {
    pub settings: Rc<Settings>,
    pub discovery: Lookup<DiscoverResponse>,
    pub doh: Lookup<Vec<String>>,
    /// Whether a probe proxy is there to ask.
    pub has_proxy: bool,
    /// Asks the proxy.
    pub on_look_up: Callback<()>,
    /// The DNS-over-HTTPS service configured, and the callback that asks it.
    pub on_ask_doh: Option<(String, Callback<()>)>,
}

fn source_label(tr: &Tr, source: Source) -> String {
    tr.t(match source {
        Source::Provider => "discover-source-provider",
        Source::Srv => "discover-source-srv",
        Source::Autoconfig => "discover-source-autoconfig",
        Source::Guess => "discover-source-guess",
    })
}

fn findings(tr: &Tr, found: &DiscoverResponse) -> Html {
    let none = tr.t("discover-none");
    html! {
        <div class="discovered">
            <h3>{ tr.t("discover-title") }</h3>
            <dl>
                <dt>{ tr.t("discover-mx") }</dt>
                <dd>{ if found.mx.is_empty() { none.clone() } else { found.mx.iter().map(|m| m.host.clone()).collect::<Vec<_>>().join(", ") } }</dd>
                <dt>{ tr.t("discover-srv") }</dt>
                <dd>{ if found.srv.is_empty() { none.clone() } else { found.srv.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", ") } }</dd>
                { for found.autoconfig.iter().map(|a| html! {
                    <>
                        <dt>{ &a.url }</dt>
                        <dd>{ match &a.outcome {
                            AutoconfigOutcome::Found { servers } => tr.format("discover-autoconfig-found", &[("count", servers.len().into())]),
                            AutoconfigOutcome::NotFound => tr.t("discover-autoconfig-missing"),
                            AutoconfigOutcome::Failed { reason } => tr.format("discover-autoconfig-failed", &[("reason", reason.as_str().into())]),
                        } }</dd>
                    </>
                }) }
            </dl>
            <h3>{ tr.t("discover-candidates") }</h3>
            <ul class="candidates">
                { for found.candidates.iter().take(8).map(|c| html! {
                    <li><code>{ format!("{}:{}", c.host, c.port) }</code>{ " " }{ tr.format("discover-candidate", &[("security", c.security.label().into()), ("source", source_label(tr, c.source).into())]) }</li>
                }) }
            </ul>
        </div>
    }
}

#[component]
pub fn DiscoverPanel(props: &DiscoverPanelProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let known = props.settings.provider.is_some();
    // Once discovery or DoH found a provider, the settings above already show it.
    if known && matches!(props.discovery, Lookup::Idle) && matches!(props.doh, Lookup::Idle) {
        return html! {};
    }
    let has_proxy = props.has_proxy;
    // Once the domain's own files (or a test) gave the servers, they are no longer guesses.
    let origin = tr.t(if props.settings.best_smtp().is_some_and(|c| c.guessed) {
        "discover-origin-guessed"
    } else if props.settings.smtp.iter().any(|c| c.guessed) {
        "discover-origin-proven"
    } else {
        "discover-origin-published"
    });
    let look_up = props.on_look_up.reform(|_: MouseEvent| ());
    let ask_doh = props.on_ask_doh.as_ref().map(|(endpoint, ask)| (endpoint.clone(), ask.reform(|_: MouseEvent| ())));
    html! {
        <section class="discover">
            if !known {
                <p>{ tr.format("discover-unknown", &[("domain", props.settings.domain().unicode().into())]) }{ " " }{ origin }</p>
            }
            if has_proxy {
                <p>
                    <button type="button" class="look-up" onclick={look_up} disabled={props.discovery == Lookup::Loading}>{ tr.t("discover-look-up") }</button>
                    { " " }{ tr.t("discover-look-up-text") }
                </p>
            } else if let Some((endpoint, ask)) = ask_doh {
                <p>
                    <button type="button" class="look-up" onclick={ask} disabled={props.doh == Lookup::Loading}>{ tr.t("discover-doh") }</button>
                    { " " }{ tr.format("discover-doh-text", &[("endpoint", endpoint.as_str().into())]) }
                </p>
            }
            { match &props.discovery {
                Lookup::Loading => html! { <p class="muted">{ tr.t("discover-looking") }</p> },
                Lookup::Failed(failure) => html! { <p class="error">{ failure.say(&tr) }</p> },
                Lookup::Done(found) => findings(&tr, found),
                Lookup::Idle => html! {},
            } }
            { match &props.doh {
                Lookup::Loading => html! { <p class="muted">{ tr.t("discover-asking") }</p> },
                Lookup::Failed(failure) => html! { <p class="error">{ failure.say(&tr) }</p> },
                Lookup::Done(hosts) if hosts.is_empty() => html! { <p>{ tr.t("discover-no-mx") }</p> },
                Lookup::Done(hosts) => html! { <p>{ tr.format("discover-mx-found", &[("hosts", hosts.join(", ").into())]) }</p> },
                Lookup::Idle => html! {},
            } }
        </section>
    }
}
