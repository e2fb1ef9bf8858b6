//! What else to know about the provider: how it was recognised, warnings about the whole set
//! of settings, and its hints in full (the answer card names the first step only).

use std::rc::Rc;

use email_settings::provider::{Hint, HintKind, MatchedBy};
use email_settings::settings::{Settings, SettingsWarning};
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::logic::i18n::Tr;
use crate::logic::{answer, text, wrong_data};
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderSummaryProps {
    pub settings: Rc<Settings>,
    /// The site's `report_url` (`config.json`).
    #[prop_or_default]
    pub report_url: Option<String>,
}

/// Hints that ask for a step the card may not name (switching access on, a paid plan, a
/// login method going away, a bridge): never folded away.
fn must_know(kind: HintKind) -> bool {
    matches!(kind, HintKind::EnableImap | HintKind::PaidPlan | HintKind::BasicAuthRetiring | HintKind::NeedsBridge)
}

fn hint_view(tr: &Tr, settings: &Settings, hint: &Hint) -> Html {
    let badge = text::hint_badge(tr, hint.kind);
    let (words, lang) = text::hint_text(tr, hint);
    html! {
        <li class="hint">
            <span class="badge">{ &badge }</span>
            { " " }<span {lang}>{ words }</span>
            if let Some(link) = hint.link {
                { " " }<a href={link} target="_blank" rel="noopener noreferrer">{ format!("{}: {badge}", settings.provider_name) }</a>
            }
        </li>
    }
}

/// "Report wrong data": the report to copy and, where there is one, the link that sends it.
fn report_view(tr: &Tr, settings: &Settings, report_url: Option<&str>) -> Html {
    let Some(report) = wrong_data::wrong_data(tr, settings) else { return html! {} };
    let send = wrong_data::target(report_url, settings).map(|target| wrong_data::link(&target, &report));
    html! {
        <details class="wrong-data">
            <summary>{ tr.t("report-wrong") }</summary>
            <p>{ tr.t("report-wrong-intro") }</p>
            <pre class="code" tabindex="0" aria-label={tr.t("report-wrong")}><code>{ &report.body }</code></pre>
            <p>
                <CopyButton text={report.body.clone()} label={tr.t("report-wrong-copy")} show_label=true />
                { " " }
                { match send {
                    Some(href) => html! { <a class="send-report" {href} target="_blank" rel="noopener noreferrer">{ tr.t("report-wrong-send") }</a> },
                    None => html! { <span class="muted">{ tr.t("report-wrong-nowhere") }</span> },
                } }
            </p>
        </details>
    }
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
    // What the person must act on stays in view; the rest may fold.
    let (must, more): (Vec<&Hint>, Vec<&Hint>) = settings.hints.iter().partition(|h| must_know(h.kind));
    html! {
        <section class="provider" aria-labelledby="provider-notes">
            <h2 id="provider-notes">{ tr.format("summary-title", &[("provider", answer::heading_name(settings).into())]) }</h2>
            <p class="matched">
                { how }
                if let Some(provider) = settings.provider.filter(|p| !p.last_checked.is_empty()) {
                    { " " }<span class="checked">{ tr.format("summary-checked", &[("month", tr.month(provider.last_checked).into())]) }</span>
                }
            </p>
            { for warnings.map(|text| html! { <p class="warning" role="note">{ text }</p> }) }
            if !must.is_empty() {
                <ul class="hints">{ for must.iter().map(|hint| hint_view(&tr, settings, hint)) }</ul>
            }
            if !more.is_empty() {
                // On a phone, folded: the card's first step is there already, and the person's
                // view stays within a few screens.
                <details class="more-hints" open={!browser::is_narrow()}>
                    <summary>{ tr.format("summary-more", &[("count", more.len().into())]) }</summary>
                    <ul class="hints">{ for more.iter().map(|hint| hint_view(&tr, settings, hint)) }</ul>
                </details>
            }
            { report_view(&tr, settings, props.report_url.as_deref()) }
        </section>
    }
}
