//! The answer, first: provider, the recommended server, port, security and user name, the
//! one step to take first, and the Test button with what the test proved, in one card.

use std::rc::Rc;

use mailsetup_shared::provider::Status;
use mailsetup_shared::settings::Settings;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::logic::answer::{self, Proof};

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AnswerCardProps {
    pub settings: Rc<Settings>,
    /// What the test proved so far.
    pub proof: Proof,
    /// Where tests run from, in words ("from this computer"); `None` without a proxy.
    pub tested_from: Option<String>,
    /// Starts the test; `None` when no test is possible (the reason is in `no_test`).
    pub on_test: Option<Callback<()>>,
    /// Why there is no Test button, when there is none.
    #[prop_or_default]
    pub no_test: Option<String>,
    /// What the Test button probes, in words.
    #[prop_or_default]
    pub test_scope: String,
    pub on_region: Callback<Option<String>>,
    /// In embed mode the card's title is the page's level-one heading.
    #[prop_or_default]
    pub embed: bool,
}

fn status(settings: &Settings) -> Option<(&'static str, &'static str)> {
    settings.provider.map(|p| match p.status {
        Status::Ok => ("ok", "Works with your password"),
        Status::Preparation => ("preparation", "Needs one step first"),
        Status::Restricted => ("restricted", "Some programs only"),
        Status::NoClientAccess => ("no-client-access", Status::NoClientAccess.label()),
    })
}

/// The card's first line: the provider's name (the page's level-one heading in embed
/// mode), its status, and whether the servers are a guess.
fn card_head(props: &AnswerCardProps, guessed: bool) -> Html {
    let settings = &props.settings;
    let title = html! { <>{ &settings.provider_name }</> };
    html! {
        <div class="answer-head">
            if props.embed {
                <h1 id="provider-name" class="provider-name">{ title }</h1>
            } else {
                <h2 id="provider-name" class="provider-name">{ title }</h2>
            }
            if let Some((class, text)) = status(settings) {
                <span class={classes!("status", class)}>{ text }</span>
            }
            if guessed {
                <span class="status guess">{ "Best guess: test it" }</span>
            }
        </div>
    }
}

/// The card of a provider without SMTP: what it is, and that nothing can be set up.
fn no_smtp_card(props: &AnswerCardProps) -> Html {
    html! {
        <section class="answer no-smtp" aria-labelledby="provider-name">
            { card_head(props, false) }
            <p class="warning">
                { "This provider offers no SMTP: no mail program, app or server can send through it, so there is nothing to set up or test. Use its own apps and web mail." }
            </p>
        </section>
    }
}

fn region_select(settings: &Settings, on_region: &Callback<Option<String>>) -> Html {
    let regions = settings.provider.map(|p| p.regions).unwrap_or_default();
    if regions.is_empty() {
        return html! {};
    }
    let on_region = on_region.clone();
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        on_region.emit(Some(value).filter(|v| !v.is_empty()));
    });
    let current = settings.region.map(|r| r.id).unwrap_or_default();
    html! {
        <p class="region">
            <label for="region">{ "Data centre: " }</label>
            <select id="region" {onchange}>
                <option value="" selected={current.is_empty()}>{ "Not sure (the main one)" }</option>
                { for regions.iter().map(|r| html! {
                    <option value={r.id} selected={current == r.id}>{ r.name }</option>
                }) }
            </select>
        </p>
    }
}

fn proof_view(props: &AnswerCardProps) -> Html {
    let from = props.tested_from.clone().unwrap_or_default();
    let button = |label: &'static str, disabled: bool| match &props.on_test {
        Some(on_test) => html! {
            <button type="button" class="probe-start" onclick={on_test.reform(|_: MouseEvent| ())} {disabled}>{ label }</button>
        },
        None => html! {},
    };
    match &props.proof {
        Proof::Works { host, port, also } => html! {
            <div class="proof works">
                <p class="proof-line"><span class="mark" aria-hidden="true">{ "✓ " }</span>
                    <strong>{ "Works" }</strong>{ format!(" — {host} port {port} tested just now {from}.") }
                    if !also.is_empty() {
                        { format!(" Port {} also works.", also.iter().map(u16::to_string).collect::<Vec<_>>().join(" and ")) }
                    }
                </p>
                { button("Test again", false) }
            </div>
        },
        Proof::Fails(summary) => html! {
            <div class="proof fails">
                <p class="proof-line"><span class="mark" aria-hidden="true">{ "✗ " }</span><strong>{ "Did not work" }</strong>{ format!(" {from}: ") }{ summary }</p>
                { button("Test again", false) }
            </div>
        },
        Proof::Testing => html! {
            <div class="proof testing">
                { button("Testing…", true) }
                <p class="proof-line muted">{ &props.test_scope }</p>
            </div>
        },
        Proof::Untested => match &props.no_test {
            Some(why) if props.on_test.is_none() => html! { <p class="proof no-proxy">{ why }</p> },
            _ => html! {
                <div class="proof untested">
                    { button("Test these settings", false) }
                    <p class="proof-line muted">{ &props.test_scope }</p>
                </div>
            },
        },
    }
}

#[component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let settings = &props.settings;
    let Some(best) = settings.best_smtp() else { return no_smtp_card(props) };
    let first = answer::first_step(settings);
    let username_copy = answer::copyable(&best.username, settings);
    html! {
        <section class={classes!("answer", best.guessed.then_some("guessed"))} aria-labelledby="provider-name">
            { card_head(props, best.guessed) }
            { region_select(settings, &props.on_region) }
            <dl class="fields answer-fields">
                <dt>{ "Server" }</dt>
                <dd><code class="smtp-host">{ &best.host }</code>{ " " }<CopyButton text={best.host.clone()} label="Copy the server name" /></dd>
                <dt>{ "Port" }</dt><dd class="smtp-port">{ best.port }</dd>
                <dt>{ "Security" }</dt><dd class="smtp-security">{ best.security.label() }</dd>
                <dt>{ "User name" }</dt>
                <dd>
                    <code class="smtp-user">{ &best.username }</code>
                    if username_copy { <span class="user-copy">{ " " }<CopyButton text={best.username.clone()} label="Copy the user name" /></span> }
                </dd>
                <dt>{ "Password" }</dt>
                <dd class="smtp-login">{ best.auth.iter().map(|a| a.label()).collect::<Vec<_>>().join(" or ") }</dd>
            </dl>
            if let Some(step) = first {
                <div class="first-step" role="note">
                    <p>
                        <strong>{ &step.title }</strong>
                        if let Some(duration) = step.duration { { format!(" ({duration})") } }
                        { ". " }
                        if let Some((url, name)) = &step.link {
                            <a href={*url} target="_blank" rel="noopener noreferrer">{ name }</a>
                        }
                    </p>
                    <details class="first-steps">
                        <summary>{ format!("The {} steps", step.steps.len()) }</summary>
                        <ol>{ for step.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    </details>
                </div>
            }
            { proof_view(props) }
        </section>
    }
}
