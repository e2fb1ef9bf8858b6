//! Ports 25, 587 and 465, and STARTTLS versus implicit TLS, as RFC 8314 puts it.

use yew::prelude::*;

use crate::logic::i18n::Tr;

#[component]
pub fn Explainer() -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    html! {
        <section class="explainer" aria-labelledby="explainer-title">
            <h2 id="explainer-title">{ tr.t("explainer-title") }</h2>
            <dl>
                <dt>{ tr.t("explainer-465") }</dt>
                <dd>{ tr.t("explainer-465-text") }</dd>
                <dt>{ tr.t("explainer-587") }</dt>
                <dd>{ tr.t("explainer-587-text") }</dd>
                <dt>{ tr.t("explainer-25") }</dt>
                <dd>{ tr.t("explainer-25-text") }</dd>
            </dl>
            <p>{ tr.t("explainer-modes") }</p>
        </section>
    }
}
