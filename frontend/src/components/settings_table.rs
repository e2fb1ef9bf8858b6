//! Every server, beyond the recommended one the answer card shows: the other SMTP servers,
//! then incoming mail; every row says why it is where it is. On narrow screens each row
//! reads as a card.

use std::rc::Rc;

use email_settings::settings::{Candidate, Settings};
use mailsetup_shared::words;
use yew::prelude::*;

use crate::logic::i18n::Tr;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SettingsTableProps {
    pub settings: Rc<Settings>,
    /// Prefixes the element ids (a second table on the page: a sending service's).
    #[prop_or_default]
    pub id_prefix: AttrValue,
}

fn rows(tr: &Tr, list: &[Candidate], name: &str) -> Html {
    let (server, port, security, why) =
        (tr.t("card-server"), tr.t("card-port"), tr.t("card-security"), tr.t("servers-why"));
    html! {
        <div class="table-wrap" role="region" aria-label={name.to_owned()} tabindex="0">
            <table class="servers">
                <thead><tr><th scope="col">{ &server }</th><th scope="col">{ &port }</th><th scope="col">{ &security }</th><th scope="col">{ &why }</th></tr></thead>
                <tbody>
                    { for list.iter().map(|c| html! {
                        <tr class="server-row">
                            <td data-label={server.clone()}><code class="host">{ &c.host }</code></td>
                            <td class="port" data-label={port.clone()}>{ c.port }</td>
                            <td class="security" data-label={security.clone()}>{ c.security.label() }</td>
                            <td class="why" data-label={why.clone()}>{ words::why(c.reason, tr.words()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn SettingsTable(props: &SettingsTableProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let settings = &props.settings;
    // A provider without SMTP has no table (the page does not show this component then).
    let Some(best) = settings.best_smtp() else { return html! {} };
    html! {
        <section class="settings" aria-labelledby={format!("{}settings-title", props.id_prefix)}>
            <h2 id={format!("{}settings-title", props.id_prefix)}>{ tr.t("servers-title") }</h2>
            <p class="why">
                { tr.format("servers-recommended", &[("server", format!("{}:{}", best.host, best.port).into())]) }{ " " }
                <span>{ words::why(best.reason, tr.words()) }</span>
            </p>
            if settings.smtp.len() > 1 {
                <h3>{ tr.t("servers-also") }</h3>
                { rows(&tr, &settings.smtp[1..], &tr.t("servers-other-outgoing")) }
            }
            if !settings.imap.is_empty() || !settings.pop3.is_empty() {
                <details class="incoming">
                    <summary>{ tr.t("servers-incoming") }</summary>
                    if !settings.imap.is_empty() {
                        <h3>{ "IMAP" }</h3>
                        { rows(&tr, &settings.imap, &tr.t("servers-imap")) }
                    }
                    if !settings.pop3.is_empty() {
                        <h3>{ "POP3" }</h3>
                        { rows(&tr, &settings.pop3, &tr.t("servers-pop3")) }
                    }
                    if let Some(imap) = settings.imap.first() {
                        if imap.username != best.username {
                            <p class="warning">{ tr.format("servers-incoming-user", &[("incoming", imap.username.as_str().into()), ("outgoing", best.username.as_str().into())]) }</p>
                        }
                    }
                </details>
            }
        </section>
    }
}
