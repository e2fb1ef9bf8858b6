//! What else to know about the provider: how it was recognised, warnings about the whole set
//! of settings, and its hints in full (the answer card names the first step only).

use std::rc::Rc;

use mailsetup_shared::provider::MatchedBy;
use mailsetup_shared::settings::{Settings, SettingsWarning};
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderSummaryProps {
    pub settings: Rc<Settings>,
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
    let warnings = settings.warnings.iter().filter_map(|w| match w {
        SettingsWarning::PlaintextOnly => Some("This provider lists only unencrypted servers: your password would travel readable. Ask the provider for port 465 or 587 with encryption."),
        SettingsWarning::RegionUnknown => Some("This provider runs several data centres and the address does not say which is yours: pick it in the card above if you know it."),
        SettingsWarning::UnknownProvider => None,
        SettingsWarning::NoClientAccess => Some("This provider offers no SMTP or IMAP: no mail program, app or server can send through it. Use its own apps and web mail."),
    });
    let hints = &settings.hints;
    html! {
        <section class="provider" aria-labelledby="provider-notes">
            <h2 id="provider-notes">{ format!("Good to know about {}", settings.provider_name) }</h2>
            <p class="matched">{ how }</p>
            { for warnings.map(|text| html! { <p class="warning" role="note">{ text }</p> }) }
            if !hints.is_empty() {
                <ul class="hints">
                    { for hints.iter().map(|hint| html! {
                        <li class="hint">
                            <span class="badge">{ hint.kind.label() }</span>
                            { " " }{ hint.text }
                            if let Some(link) = hint.link {
                                { " " }<a href={link} target="_blank" rel="noopener noreferrer">{ format!("{}: {}", settings.provider_name, hint.kind.label().to_lowercase()) }</a>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
