//! Step-by-step guides, one tab per mail program (a WAI-ARIA tab list: arrow keys, Home and
//! End move between tabs).

use std::rc::Rc;

use mailsetup_shared::guides::{Client, guide};
use mailsetup_shared::settings::Settings;
use yew::prelude::*;

use super::copy_button::CopyButton;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct GuidesProps {
    pub settings: Rc<Settings>,
    /// The open tab; Thunderbird when none is chosen.
    pub tab: Option<Client>,
    pub on_tab: Callback<Client>,
}

/// The tab a key press moves to.
pub fn next_tab(current: Client, key: &str) -> Option<Client> {
    let all = Client::ALL;
    let index = all.iter().position(|c| *c == current)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(all[(index + 1) % all.len()]),
        "ArrowLeft" | "ArrowUp" => Some(all[(index + all.len() - 1) % all.len()]),
        "Home" => Some(all[0]),
        "End" => Some(all[all.len() - 1]),
        _ => None,
    }
}

#[component]
pub fn Guides(props: &GuidesProps) -> Html {
    let current = props.tab.unwrap_or(Client::Thunderbird);
    let guide = guide(current, &props.settings);
    let tabs_ref = use_node_ref();
    let onkeydown = {
        let on_tab = props.on_tab.clone();
        let tabs_ref = tabs_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = next_tab(current, &e.key()) {
                e.prevent_default();
                on_tab.emit(next);
                // Move focus to the newly selected tab once it has rendered.
                let tabs_ref = tabs_ref.clone();
                yew::platform::spawn_local(async move {
                    if let Some(list) = tabs_ref.cast::<web_sys::Element>() {
                        if let Ok(Some(tab)) = list.query_selector(&format!("#tab-{}", next.id())) {
                            if let Some(tab) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&tab) {
                                let _ = tab.focus();
                            }
                        }
                    }
                });
            }
        })
    };
    // A provider without SMTP has no guide (the page does not show this component then).
    let Some(guide) = guide else { return html! {} };
    html! {
        <section class="guides" aria-labelledby="guides-title">
            <h2 id="guides-title">{ "Set it up, step by step" }</h2>
            <div class="tabs" role="tablist" aria-label="Mail program" ref={tabs_ref} {onkeydown}>
                { for Client::ALL.iter().map(|client| {
                    let selected = *client == current;
                    let on_tab = props.on_tab.clone();
                    let client = *client;
                    html! {
                        <button type="button" role="tab" id={format!("tab-{}", client.id())}
                            aria-selected={selected.to_string()} aria-controls="guide-panel"
                            tabindex={if selected { "0" } else { "-1" }}
                            class={classes!("tab", selected.then_some("selected"))}
                            onclick={move |_| on_tab.emit(client)}>
                            { client.label() }
                        </button>
                    }
                }) }
            </div>
            <div id="guide-panel" role="tabpanel" aria-labelledby={format!("tab-{}", current.id())} class="guide" tabindex="0">
                <h3>{ &guide.title }</h3>
                { for guide.notes.iter().map(|note| html! { <p class="warning" role="note">{ note }</p> }) }
                <ol class="steps">
                    { for guide.steps.iter().map(|step| html! {
                        <li>
                            <p>{ &step.text }</p>
                            if !step.fields.is_empty() {
                                <dl class="fields">
                                    { for step.fields.iter().map(|field| html! {
                                        <>
                                            <dt>{ &field.label }</dt>
                                            <dd>
                                                <code>{ &field.value }</code>
                                                if field.value.contains('.') && !field.value.contains(' ') {
                                                    { " " }<CopyButton text={field.value.clone()} label={format!("Copy {}", field.label)} />
                                                }
                                            </dd>
                                        </>
                                    }) }
                                </dl>
                            }
                        </li>
                    }) }
                </ol>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_wrap_around() {
        assert_eq!(next_tab(Client::Thunderbird, "ArrowRight"), Some(Client::OutlookClassic));
        assert_eq!(next_tab(Client::Thunderbird, "ArrowLeft"), Some(Client::Generic));
        assert_eq!(next_tab(Client::Generic, "ArrowRight"), Some(Client::Thunderbird));
        assert_eq!(next_tab(Client::Ios, "Home"), Some(Client::Thunderbird));
        assert_eq!(next_tab(Client::Ios, "End"), Some(Client::Generic));
        assert_eq!(next_tab(Client::Ios, "a"), None);
    }
}
