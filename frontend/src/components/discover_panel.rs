//! For domains the built-in data does not know: ask the proxy (MX, SRV, autoconfig), or,
//! without a proxy and only if the person agrees, a DNS-over-HTTPS service for the MX.

use std::rc::Rc;

use mailsetup_shared::discovery::{AutoconfigOutcome, DiscoverResponse, Source};
use mailsetup_shared::settings::Settings;
use yew::prelude::*;

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

fn source_label(source: Source) -> &'static str {
    match source {
        Source::Provider => "known provider",
        Source::Srv => "SRV record",
        Source::Autoconfig => "the domain's autoconfig file",
        Source::Guess => "guess",
    }
}

fn findings(found: &DiscoverResponse) -> Html {
    html! {
        <div class="discovered">
            <h3>{ "What DNS and the domain say" }</h3>
            <dl>
                <dt>{ "Mail servers (MX)" }</dt>
                <dd>{ if found.mx.is_empty() { "none".to_owned() } else { found.mx.iter().map(|m| m.host.clone()).collect::<Vec<_>>().join(", ") } }</dd>
                <dt>{ "SRV records" }</dt>
                <dd>{ if found.srv.is_empty() { "none".to_owned() } else { found.srv.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", ") } }</dd>
                { for found.autoconfig.iter().map(|a| html! {
                    <>
                        <dt>{ &a.url }</dt>
                        <dd>{ match &a.outcome {
                            AutoconfigOutcome::Found { servers } => format!("found, {} outgoing server(s)", servers.len()),
                            AutoconfigOutcome::NotFound => "not there".to_owned(),
                            AutoconfigOutcome::Failed { reason } => format!("could not be read: {reason}"),
                        } }</dd>
                    </>
                }) }
            </dl>
            <h3>{ "Servers to try" }</h3>
            <ul class="candidates">
                { for found.candidates.iter().take(8).map(|c| html! {
                    <li><code>{ format!("{}:{}", c.host, c.port) }</code>{ format!(" {} — from {}", c.security.label(), source_label(c.source)) }</li>
                }) }
            </ul>
        </div>
    }
}

#[component]
pub fn DiscoverPanel(props: &DiscoverPanelProps) -> Html {
    let known = props.settings.provider.is_some();
    // Once discovery or DoH found a provider, the settings above already show it.
    if known && matches!(props.discovery, Lookup::Idle) && matches!(props.doh, Lookup::Idle) {
        return html! {};
    }
    let has_proxy = props.has_proxy;
    // Once the domain's own files (or a test) gave the servers, they are no longer guesses.
    let origin = if props.settings.best_smtp().is_some_and(|c| c.guessed) {
        "The servers above are guesses from the usual names."
    } else if props.settings.smtp.iter().any(|c| c.guessed) {
        "The server above was guessed from the usual names and a test proved it."
    } else {
        "The servers above are the ones the domain publishes."
    };
    let look_up = props.on_look_up.reform(|_: MouseEvent| ());
    let ask_doh = props.on_ask_doh.as_ref().map(|(endpoint, ask)| (endpoint.clone(), ask.reform(|_: MouseEvent| ())));
    html! {
        <section class="discover">
            if !known {
                <p>{ format!("{} is not in our provider data. {}", props.settings.domain().unicode(), origin) }</p>
            }
            if has_proxy {
                <p>
                    <button type="button" class="look-up" onclick={look_up} disabled={props.discovery == Lookup::Loading}>{ "Look it up" }</button>
                    { " asks the proxy for the domain's mail servers (MX), its SRV records and its autoconfig file." }
                </p>
            } else if let Some((endpoint, ask)) = ask_doh {
                <p>
                    <button type="button" class="look-up" onclick={ask} disabled={props.doh == Lookup::Loading}>{ "Ask DNS for the mail servers" }</button>
                    { format!(" sends the domain name (not your address) to {endpoint}, a DNS-over-HTTPS service, to recognise hosted mail such as Google Workspace or Microsoft 365.") }
                </p>
            }
            { match &props.discovery {
                Lookup::Loading => html! { <p class="muted">{ "Looking it up…" }</p> },
                Lookup::Failed(message) => html! { <p class="error">{ message }</p> },
                Lookup::Done(found) => findings(found),
                Lookup::Idle => html! {},
            } }
            { match &props.doh {
                Lookup::Loading => html! { <p class="muted">{ "Asking DNS…" }</p> },
                Lookup::Failed(message) => html! { <p class="error">{ message }</p> },
                Lookup::Done(hosts) if hosts.is_empty() => html! { <p>{ "The domain has no mail servers (no MX records)." }</p> },
                Lookup::Done(hosts) => html! { <p>{ format!("Mail servers (MX): {}", hosts.join(", ")) }</p> },
                Lookup::Idle => html! {},
            } }
        </section>
    }
}
