//! What else to know about the provider: how it was recognised, warnings about the whole set
//! of settings, and its hints in full (the answer card names the first step only).

use std::rc::Rc;

use mailsetup_shared::provider::MatchedBy;
use mailsetup_shared::settings::{Settings, SettingsWarning};
use yew::prelude::*;

use crate::logic::i18n::Tr;
use crate::logic::text;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderSummaryProps {
    pub settings: Rc<Settings>,
}

#[component]
pub fn ProviderSummary(props: &ProviderSummaryProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let settings = &props.settings;
    let how = match &settings.matched_by {
        Some(MatchedBy::Domain(domain)) => tr.format("summary-matched-domain", &[("domain", domain.as_str().into())]),
        Some(MatchedBy::Service(_)) => tr.t("summary-matched-service"),
        Some(MatchedBy::MxPattern(host) | MatchedBy::MxDomain(host)) => {
            tr.format("summary-matched-mx", &[("host", host.as_str().into())])
        }
        None => tr.t("summary-matched-none"),
    };
    let warnings = settings.warnings.iter().filter_map(|w| match w {
        SettingsWarning::PlaintextOnly => Some(tr.t("summary-warning-plaintext")),
        SettingsWarning::RegionUnknown => Some(tr.t("summary-warning-region")),
        SettingsWarning::UnknownProvider => None,
        SettingsWarning::NoClientAccess => Some(tr.t("summary-warning-no-access")),
    });
    let hints = &settings.hints;
    html! {
        <section class="provider" aria-labelledby="provider-notes">
            <h2 id="provider-notes">{ tr.format("summary-title", &[("provider", settings.provider_name.as_str().into())]) }</h2>
            <p class="matched">{ how }</p>
            if let Some(provider) = settings.provider.filter(|p| !p.last_checked.is_empty()) {
                <p class="checked">{ tr.format("summary-checked", &[("month", tr.month(provider.last_checked).into())]) }</p>
            }
            { for warnings.map(|text| html! { <p class="warning" role="note">{ text }</p> }) }
            if !hints.is_empty() {
                <ul class="hints">
                    { for hints.iter().map(|hint| {
                        let badge = text::hint_badge(&tr, hint.kind);
                        let (words, lang) = text::hint_text(&tr, hint);
                        html! {
                            <li class="hint">
                                <span class="badge">{ &badge }</span>
                                { " " }<span {lang}>{ words }</span>
                                if let Some(link) = hint.link {
                                    { " " }<a href={link} target="_blank" rel="noopener noreferrer">{ format!("{}: {badge}", settings.provider_name) }</a>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
