//! The settings themselves: the recommended SMTP server first, then the alternatives, then
//! incoming mail; every row says why it is where it is.

use std::rc::Rc;

use mailsetup_shared::settings::{Candidate, Settings};
use yew::prelude::*;

use super::copy_button::CopyButton;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SettingsTableProps {
    pub settings: Rc<Settings>,
}

fn auth_text(candidate: &Candidate) -> String {
    candidate.auth.iter().map(|a| a.label()).collect::<Vec<_>>().join(", ")
}

fn rows(list: &[Candidate]) -> Html {
    html! {
        <div class="table-wrap">
            <table class="servers">
                <thead><tr><th scope="col">{ "Server" }</th><th scope="col">{ "Port" }</th><th scope="col">{ "Security" }</th><th scope="col">{ "Why" }</th></tr></thead>
                <tbody>
                    { for list.iter().map(|c| html! {
                        <tr class="server-row">
                            <td><code class="host">{ &c.host }</code></td>
                            <td class="port">{ c.port }</td>
                            <td class="security">{ c.security.label() }</td>
                            <td class="why">{ &c.why }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn SettingsTable(props: &SettingsTableProps) -> Html {
    let settings = &props.settings;
    // A provider without SMTP has no table (the page does not show this component then).
    let Some(best) = settings.best_smtp() else { return html! {} };
    let alternatives = &settings.smtp[1..];
    html! {
        <section class="settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{ "Outgoing mail (SMTP)" }</h2>
            <div class={classes!("recommended", best.guessed.then_some("guessed"))}>
                <p class="label">{ if best.guessed { "Best guess — test it below" } else { "Recommended" } }</p>
                <dl class="fields">
                    <dt>{ "Server" }</dt>
                    <dd><code class="smtp-host">{ &best.host }</code>{ " " }<CopyButton text={best.host.clone()} label="Copy the server name" /></dd>
                    <dt>{ "Port" }</dt><dd class="smtp-port">{ best.port }</dd>
                    <dt>{ "Security" }</dt><dd class="smtp-security">{ best.security.label() }</dd>
                    <dt>{ "User name" }</dt>
                    <dd><code>{ &best.username }</code>{ " " }<span class="muted">{ format!("({})", best.username_form.describe()) }</span></dd>
                    <dt>{ "Login" }</dt><dd>{ auth_text(best) }</dd>
                </dl>
                <p class="why">{ &best.why }</p>
            </div>
            if !alternatives.is_empty() {
                <h3>{ "Also offered" }</h3>
                { rows(alternatives) }
            }
            if !settings.imap.is_empty() || !settings.pop3.is_empty() {
                <details class="incoming">
                    <summary>{ "Incoming mail (IMAP / POP3)" }</summary>
                    if !settings.imap.is_empty() {
                        <h3>{ "IMAP" }</h3>
                        { rows(&settings.imap) }
                    }
                    if !settings.pop3.is_empty() {
                        <h3>{ "POP3" }</h3>
                        { rows(&settings.pop3) }
                    }
                    if let Some(imap) = settings.imap.first() {
                        if imap.username != best.username {
                            <p class="warning">{ format!("Note: the user name for incoming mail is {}, not {}.", imap.username, best.username) }</p>
                        }
                    }
                </details>
            }
        </section>
    }
}
