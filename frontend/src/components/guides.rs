//! Step-by-step guides, one per mail program: a WAI-ARIA tab list on wide screens (arrow
//! keys, Home and End move between tabs), a plain `<select>` on narrow ones. Only the
//! programs that can send through the provider are offered (`email_settings::way_in`), and
//! where a program signs in by itself, its own sign-in is the whole guide.

use std::rc::Rc;

use email_settings::render::{Format, render};
use email_settings::settings::Settings;
use mailsetup_shared::guides::{Client, Field, Value, guide};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::name::whole_labels;
use crate::logic::answer;
use crate::logic::i18n::Tr;
use crate::logic::{qr, text};
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct GuidesProps {
    pub settings: Rc<Settings>,
    /// The open guide; the first that applies when none is chosen.
    pub tab: Option<Client>,
    pub on_tab: Callback<Client>,
    /// Show this one program's guide only, without a choice (embed mode's `?program=`).
    #[prop_or_default]
    pub only: bool,
    /// A link to this page for a phone, shown as a QR code beside a profile for the iPhone
    /// (on large screens without touch only: the style sheet hides it elsewhere).
    #[prop_or_default]
    pub phone_link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct SetupFileProps {
    settings: Rc<Settings>,
    client: Client,
    format: Format,
    phone_link: Option<String>,
}

/// The file that sets the program up in one go (Apple's profile), inside its guide: how to
/// install it there, and what the system's "not signed" warning means.
#[component]
fn SetupFile(props: &SetupFileProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let failed = use_state(|| None::<String>);
    // Drawn for the iPhone's guide only, where it shows.
    let ios = props.client == Client::Ios;
    let phone_svg =
        use_memo((props.phone_link.clone(), ios), |(link, ios)| link.as_deref().filter(|_| *ios).and_then(qr::svg));
    let Some(file) = render(props.format, &props.settings) else { return html! {} };
    let host = props.settings.best_smtp().map(|c| c.host.clone()).unwrap_or_default();
    let (how, system) = match props.client {
        Client::Ios => ("profile-ios", "iOS"),
        _ => ("profile-mac", "macOS"),
    };
    let onclick = {
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| failed.set(browser::download(&file.file_name, file.mime, &file.text).err()))
    };
    // Our own SVG, from our own encoder: nothing typed reaches it as markup.
    let phone_qr = (*phone_svg).clone().map(|svg| Html::from_html_unchecked(svg.into()));
    html! {
        <div class="setup-file">
            <h4>{ tr.t("profile-title") }</h4>
            <p>{ tr.t(how) }</p>
            <p><button type="button" class="download" data-format={props.format.id()} {onclick}>{ text::download_label(&tr, props.format) }</button></p>
            if let Some(error) = &*failed {
                <p class="error" role="alert">{ tr.format("files-download-failed", &[("error", error.as_str().into())]) }</p>
            }
            <p class="unsigned">{ tr.format("profile-unsigned", &[("system", system.into()), ("host", host.into())]) }</p>
            if let Some(qr) = phone_qr {
                <figure class="phone-qr">
                    <div class="qr" role="img" aria-label={tr.t("files-qr-label")}>{ qr }</div>
                    <figcaption>{ tr.t("profile-qr") }</figcaption>
                </figure>
            }
        </div>
    }
}

/// Which of a step's fields sit two to a row on a phone: neighbours whose values are short
/// and whose labels have no long word (a port beside its security); anything longer, or a
/// short one with no short neighbour, takes the whole width, in the order the program asks
/// for them.
fn paired(tr: &Tr, fields: &[Field]) -> Vec<bool> {
    let short: Vec<bool> = fields
        .iter()
        .map(|field| {
            // A label may wrap at its spaces in half a row, not inside a long word.
            tr.say(&field.label).split_whitespace().all(|word| word.chars().count() <= 14)
                && match &field.value {
                    Value::Exact(value) => value.chars().count() <= 10,
                    Value::Words(words) => tr.say(words).chars().count() <= 20,
                }
        })
        .collect();
    let mut paired = vec![false; fields.len()];
    let mut i = 0;
    while i + 1 < fields.len() {
        if short[i] && short[i + 1] {
            (paired[i], paired[i + 1]) = (true, true);
            i += 2;
        } else {
            i += 1;
        }
    }
    paired
}

/// The tab a key press moves to, among `clients`.
pub fn next_tab(clients: &[Client], current: Client, key: &str) -> Option<Client> {
    let index = clients.iter().position(|c| *c == current)?;
    let count = clients.len();
    match key {
        "ArrowRight" | "ArrowDown" => Some(clients[(index + 1) % count]),
        "ArrowLeft" | "ArrowUp" => Some(clients[(index + count - 1) % count]),
        "Home" => clients.first().copied(),
        "End" => clients.last().copied(),
        _ => None,
    }
}

fn focus_tab(tabs_ref: &NodeRef, client: Client) {
    let tabs_ref = tabs_ref.clone();
    // Once the newly selected tab has rendered.
    yew::platform::spawn_local(async move {
        let Some(list) = tabs_ref.cast::<web_sys::Element>() else { return };
        if let Ok(Some(tab)) = list.query_selector(&format!("#tab-{}", client.id())) {
            if let Some(tab) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&tab) {
                let _ = tab.focus();
            }
        }
    });
}

#[component]
pub fn Guides(props: &GuidesProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let settings = &props.settings;
    let clients = if props.only { props.tab.into_iter().collect() } else { answer::guide_clients(settings) };
    let current = answer::current_client(settings, props.tab);
    let guide = guide(current, settings);
    let quick = guide.as_ref().and_then(|g| g.quick.as_ref()).map(|q| tr.say(q));
    let tabs_ref = use_node_ref();
    let onkeydown = {
        let (on_tab, tabs_ref, clients) = (props.on_tab.clone(), tabs_ref.clone(), clients.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = next_tab(&clients, current, &e.key()) {
                e.prevent_default();
                on_tab.emit(next);
                focus_tab(&tabs_ref, next);
            }
        })
    };
    let on_select = {
        let on_tab = props.on_tab.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(client) = Client::from_id(&id) {
                on_tab.emit(client);
            }
        })
    };
    let choice = clients.len() > 1;
    // A provider without SMTP has no guide (the page does not show this component then).
    let Some(guide) = guide else { return html! {} };
    let program = |client: Client| tr.t(&format!("client-{}", client.id()));
    let title = {
        let address = guide.title.args.iter().find(|(k, _)| *k == "address").map_or("", |(_, v)| v.as_str());
        tr.format("guide-title", &[("address", address.into()), ("program", program(current).into())])
    };
    html! {
        <section class="guides" id="guides" aria-labelledby="guides-title">
            // Focusable from a script only: the "Set up" door lands here.
            <h2 id="guides-title" tabindex="-1">{ if choice { tr.t("guides-title") } else { title.clone() } }</h2>
            if choice {
                <p class="guide-select">
                    <label for="guide-program">{ tr.t("guides-program") }{ " " }</label>
                    <select id="guide-program" onchange={on_select}>
                        { for clients.iter().map(|c| html! {
                            <option value={c.id()} selected={*c == current}>{ program(*c) }</option>
                        }) }
                    </select>
                </p>
                <div class="tabs" role="tablist" aria-label={tr.t("guides-program-list")} ref={tabs_ref} {onkeydown}>
                    { for clients.iter().map(|client| {
                        let selected = *client == current;
                        let on_tab = props.on_tab.clone();
                        let client = *client;
                        html! {
                            <button type="button" role="tab" id={format!("tab-{}", client.id())}
                                aria-selected={selected.to_string()} aria-controls="guide-panel"
                                tabindex={if selected { "0" } else { "-1" }}
                                class={classes!("tab", selected.then_some("selected"))}
                                onclick={move |_| on_tab.emit(client)}>
                                { program(client) }
                            </button>
                        }
                    }) }
                </div>
            }
            <div id="guide-panel" role={choice.then_some("tabpanel")} aria-labelledby={choice.then(|| format!("tab-{}", current.id()))} class="guide">
                if choice { <h3>{ &title }</h3> }
                if let Some(quick) = &quick {
                    <p class="quick-way">{ quick }</p>
                }
                { for guide.notes.iter().map(|note| html! { <p class="warning" role="note">{ tr.say(note) }</p> }) }
                if let Some(format) = guide.file {
                    <SetupFile key={current.id()} settings={settings.clone()} client={current} {format} phone_link={props.phone_link.clone()} />
                }
                if !guide.steps.is_empty() {
                // Open beside the profile too: a printed guide shows its steps.
                <details class="manual" open=true>
                    <summary>{ tr.t(if guide.file.is_some() { "guides-steps-by-hand" } else { "guides-steps" }) }</summary>
                    // Keyed by the guide: another provider's or program's steps are a new list,
                    // numbered afresh, not the old one patched item by item.
                    <ol class="steps" key={format!("{}-{}", current.id(), settings.provider_id.unwrap_or(""))}>
                        { for guide.steps.iter().map(|step| html! {
                            <li>
                                <p>{ tr.say(&step.text) }</p>
                                if !step.fields.is_empty() {
                                    <dl class="fields">
                                        { for step.fields.iter().zip(paired(&tr, &step.fields)).map(|(field, paired)| {
                                            let label = tr.say(&field.label);
                                            let wide = !paired;
                                            html! {
                                                <div class={classes!("field", wide.then_some("wide"))}>
                                                    <dt>{ &label }</dt>
                                                    <dd>
                                                        { match &field.value {
                                                            Value::Exact(value) => html! {
                                                                <>
                                                                    <code>{ whole_labels(value) }</code>
                                                                    if answer::copyable(value, settings) {
                                                                        { " " }<CopyButton text={value.clone()} label={tr.format("copy-field", &[("field", label.as_str().into())])} />
                                                                    }
                                                                </>
                                                            },
                                                            Value::Words(words) => html! { <span class="option">{ tr.say(words) }</span> },
                                                        } }
                                                    </dd>
                                                </div>
                                            }
                                        }) }
                                    </dl>
                                }
                            </li>
                        }) }
                    </ol>
                </details>
                }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_neighbours_pair_up_and_nothing_moves() {
        use mailsetup_shared::guides::Text;
        let field = |id: &'static str, value: &str| Field {
            label: Text { id, args: Vec::new() },
            value: Value::Exact(value.to_owned()),
        };
        let fields = [
            field("guide-label-protocol", "IMAP"),
            field("guide-label-hostname", "imap.example.com"),
            field("guide-label-port", "993"),
            field("guide-label-connection-security", "SSL/TLS"),
            field("guide-label-username", "someone@example.com"),
            field("guide-label-port", "465"),
        ];
        let english = paired(&Tr::english(), &fields);
        // The protocol has no short neighbour; port and security pair; the last port is alone.
        assert_eq!(english, [false, false, true, true, false, false]);
        // German's long label for the security puts it on a row of its own.
        let german =
            Tr::new(crate::logic::i18n::Lang::De, mailsetup_shared::words::ftl(crate::logic::i18n::Lang::De)).unwrap();
        assert_eq!(german.say(&fields[3].label), "Verbindungssicherheit");
        assert_eq!(paired(&german, &fields), [false; 6]);
    }

    #[test]
    fn arrow_keys_wrap_around() {
        let all = Client::ALL.to_vec();
        assert_eq!(next_tab(&all, Client::Thunderbird, "ArrowRight"), Some(Client::OutlookClassic));
        assert_eq!(next_tab(&all, Client::Thunderbird, "ArrowLeft"), Some(Client::Generic));
        assert_eq!(next_tab(&all, Client::Generic, "ArrowRight"), Some(Client::Thunderbird));
        assert_eq!(next_tab(&all, Client::Ios, "Home"), Some(Client::Thunderbird));
        assert_eq!(next_tab(&all, Client::Ios, "End"), Some(Client::Generic));
        assert_eq!(next_tab(&all, Client::Ios, "a"), None);
        let without_send_as = [Client::OutlookNew, Client::AppleMail];
        assert_eq!(next_tab(&without_send_as, Client::OutlookNew, "ArrowRight"), Some(Client::AppleMail));
        assert_eq!(next_tab(&without_send_as, Client::Ios, "ArrowRight"), None);
    }
}
