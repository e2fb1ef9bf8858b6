//! The answer, first: provider, the recommended server, port, security and user name, the
//! one step to take first, and the Test button with what the test proved, in one card.

use std::rc::Rc;

use email_settings::provider::Status;
use email_settings::settings::Settings;
use email_settings::way_in::{WayIn, way_in};
use mailsetup_shared::guides::Client;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::name::whole_labels;
use crate::logic::answer::{self, Proof};
use crate::logic::i18n::Tr;

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
    /// The program the first step and the password speak of (the open guide's).
    pub client: Client,
    /// In embed mode the card's title is the page's level-one heading.
    #[prop_or_default]
    pub embed: bool,
}

/// The status badge for the card's program: what to do, as its way in says it
/// (`email_settings::way_in`), with its CSS class; none for guesses.
fn status(tr: &Tr, settings: &Settings, client: Client) -> Option<(&'static str, String)> {
    let provider = settings.provider?;
    let name = &settings.provider_name;
    Some(match way_in(settings, client) {
        WayIn::SignIn { with } => ("ok", tr.format("status-sign-in", &[("name", with.label().into())])),
        WayIn::Password => ("ok", tr.t("status-ok")),
        WayIn::AppPassword => ("preparation", tr.t("status-app-password")),
        WayIn::EnableFirst => ("preparation", tr.t("status-enable")),
        WayIn::ApiKey => ("preparation", tr.t("status-api-key")),
        WayIn::Bridge => ("restricted", tr.format("status-bridge", &[("provider", name.as_str().into())])),
        WayIn::NotHere(_) if provider.status == Status::NoClientAccess => {
            ("no-client-access", tr.t("status-no-client-access"))
        }
        WayIn::NotHere(_) => ("restricted", tr.t("status-not-here")),
        WayIn::NoAccess => ("no-client-access", tr.t("status-no-client-access")),
    })
}

/// The card's first line: the provider's name (the page's level-one heading in embed
/// mode), its status, and whether the servers are a guess.
fn card_head(tr: &Tr, props: &AnswerCardProps, guessed: bool) -> Html {
    let settings = &props.settings;
    let title = html! { <>{ answer::heading_name(settings) }</> };
    html! {
        <div class="answer-head">
            if props.embed {
                <h1 id="provider-name" class="provider-name">{ title }</h1>
            } else {
                <h2 id="provider-name" class="provider-name">{ title }</h2>
            }
            if let Some((class, words)) = status(tr, settings, props.client) {
                <span class={classes!("status", class)}>{ words }</span>
            }
            if guessed {
                <span class="status guess">{ tr.t("status-guess") }</span>
            }
        </div>
    }
}

/// The card of a provider without SMTP: what it is, and that nothing can be set up.
fn no_smtp_card(tr: &Tr, props: &AnswerCardProps) -> Html {
    html! {
        <section class="answer no-smtp" aria-labelledby="provider-name">
            { card_head(tr, props, false) }
            <p class="warning">{ tr.t("no-smtp") }</p>
        </section>
    }
}

fn region_select(tr: &Tr, settings: &Settings, on_region: &Callback<Option<String>>) -> Html {
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
            <label for="region">{ tr.t("region-label") }{ " " }</label>
            <select id="region" {onchange}>
                <option value="" selected={current.is_empty()}>{ tr.t("region-main") }</option>
                { for regions.iter().map(|r| html! {
                    <option value={r.id} selected={current == r.id}>{ r.name }</option>
                }) }
            </select>
        </p>
    }
}

fn proof_view(tr: &Tr, props: &AnswerCardProps) -> Html {
    let from = props.tested_from.clone().unwrap_or_default();
    let button = |id: &str, disabled: bool| match &props.on_test {
        Some(on_test) => html! {
            <button type="button" class="probe-start" onclick={on_test.reform(|_: MouseEvent| ())} {disabled}>{ tr.t(id) }</button>
        },
        None => html! {},
    };
    match &props.proof {
        Proof::Works { host, port, also } => html! {
            <div class="proof works">
                <p class="proof-line"><span class="mark" aria-hidden="true">{ "✓ " }</span>
                    <strong>{ tr.t("proof-works-word") }</strong>{ " " }
                    { tr.format("proof-works", &[("host", host.as_str().into()), ("port", (*port).into()), ("from", from.as_str().into())]) }
                    if !also.is_empty() {
                        { " " }
                        { tr.format("proof-also", &[
                            ("count", also.len().into()),
                            ("ports", also.iter().map(u16::to_string).collect::<Vec<_>>().join(", ").into()),
                        ]) }
                    }
                </p>
                { button("test-again", false) }
            </div>
        },
        Proof::NotChecked(summary) => html! {
            <div class="proof unchecked">
                <p class="proof-line"><span class="mark" aria-hidden="true">{ "? " }</span><strong>{ tr.t("proof-unchecked-word") }</strong>{ " " }
                    { summary }</p>
                { button("test-again", false) }
            </div>
        },
        Proof::Fails(summary) => html! {
            <div class="proof fails">
                <p class="proof-line"><span class="mark" aria-hidden="true">{ "✗ " }</span><strong>{ tr.t("proof-fails-word") }</strong>{ " " }
                    { tr.format("proof-fails", &[("from", from.as_str().into()), ("summary", summary.as_str().into())]) }</p>
                { button("test-again", false) }
            </div>
        },
        Proof::Testing => html! {
            <div class="proof testing">
                { button("testing", true) }
                <p class="proof-line muted">{ &props.test_scope }</p>
            </div>
        },
        Proof::Untested => match &props.no_test {
            Some(why) if props.on_test.is_none() => html! { <p class="proof no-proxy">{ why }</p> },
            _ => html! {
                <div class="proof untested">
                    { button("test-start", false) }
                    <p class="proof-line muted">{ &props.test_scope }</p>
                </div>
            },
        },
    }
}

#[component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let settings = &props.settings;
    let Some(best) = settings.best_smtp() else { return no_smtp_card(&tr, props) };
    let first = answer::first_step(&tr, settings, props.client);
    let username_copy = answer::copyable(&best.username, settings);
    html! {
        <section class={classes!("answer", best.guessed.then_some("guessed"))} aria-labelledby="provider-name">
            { card_head(&tr, props, best.guessed) }
            { region_select(&tr, settings, &props.on_region) }
            <dl class="fields answer-fields">
                // The `at-*` classes place each pair on a phone, labels above values, port
                // and security side by side (the style sheet's grid areas).
                <dt class="at-server">{ tr.t("card-server") }</dt>
                <dd class="at-server"><code class="smtp-host">{ whole_labels(&best.host) }</code>{ " " }<CopyButton text={best.host.clone()} label={tr.t("card-copy-server")} /></dd>
                <dt class="at-port">{ tr.t("card-port") }</dt><dd class="at-port smtp-port">{ best.port }</dd>
                <dt class="at-security">{ tr.t("card-security") }</dt><dd class="at-security smtp-security">{ best.security.label() }</dd>
                <dt class="at-user">{ tr.t("card-user-name") }</dt>
                <dd class="at-user">
                    <code class="smtp-user">{ whole_labels(&best.username) }</code>
                    if username_copy { <span class="user-copy">{ " " }<CopyButton text={best.username.clone()} label={tr.t("card-copy-user")} /></span> }
                </dd>
                <dt class="at-password">{ tr.t("card-password") }</dt>
                <dd class="at-password smtp-login">{ answer::password_words(&tr, settings, props.client) }</dd>
            </dl>

            if let Some(step) = first {
                <div class="first-step" role="note">
                    <p>
                        <strong>{ &step.title }</strong>
                        if let Some(duration) = &step.duration { { format!(" ({duration})") } }
                        { ". " }
                        if let Some((url, name)) = &step.link {
                            <a href={*url} target="_blank" rel="noopener noreferrer">{ name }</a>
                        }
                    </p>
                    <details class="first-steps">
                        <summary>{ tr.format("first-step-count", &[("count", step.steps.len().into())]) }</summary>
                        <ol>{ for step.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    </details>
                </div>
            }
            { proof_view(&tr, props) }
            // Below the Test button, which must stay on a phone's first screen.
            <p class="copy-all"><CopyButton text={answer::all_settings(&tr, settings, props.client)} label={tr.t("card-copy-all")} show_label=true /></p>
        </section>
    }
}
