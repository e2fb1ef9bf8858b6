//! Every server, beyond the recommended one the answer card shows: the other SMTP servers,
//! then incoming mail; every row says why it is where it is. On narrow screens each row
//! reads as a card.

use std::rc::Rc;

use mailsetup_shared::settings::{Candidate, Settings};
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SettingsTableProps {
    pub settings: Rc<Settings>,
}

fn rows(list: &[Candidate], name: &str) -> Html {
    html! {
        <div class="table-wrap" role="region" aria-label={name.to_owned()} tabindex="0">
            <table class="servers">
                <thead><tr><th scope="col">{ "Server" }</th><th scope="col">{ "Port" }</th><th scope="col">{ "Security" }</th><th scope="col">{ "Why" }</th></tr></thead>
                <tbody>
                    { for list.iter().map(|c| html! {
                        <tr class="server-row">
                            <td data-label="Server"><code class="host">{ &c.host }</code></td>
                            <td class="port" data-label="Port">{ c.port }</td>
                            <td class="security" data-label="Security">{ c.security.label() }</td>
                            <td class="why" data-label="Why">{ &c.why }</td>
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
    html! {
        <section class="settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{ "All servers" }</h2>
            <p class="why">{ format!("Recommended: {}:{}. {}", best.host, best.port, best.why) }</p>
            if settings.smtp.len() > 1 {
                <h3>{ "Outgoing mail (SMTP), also offered" }</h3>
                { rows(&settings.smtp[1..], "Other outgoing servers") }
            }
            if !settings.imap.is_empty() || !settings.pop3.is_empty() {
                <details class="incoming">
                    <summary>{ "Incoming mail (IMAP / POP3)" }</summary>
                    if !settings.imap.is_empty() {
                        <h3>{ "IMAP" }</h3>
                        { rows(&settings.imap, "IMAP servers") }
                    }
                    if !settings.pop3.is_empty() {
                        <h3>{ "POP3" }</h3>
                        { rows(&settings.pop3, "POP3 servers") }
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
