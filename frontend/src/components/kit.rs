//! For domain owners: the files and DNS records that make mail programs configure
//! themselves; and for help portals: the snippet that embeds this page.

use std::rc::Rc;

use email_settings::settings::Settings;
use mailsetup_shared::kit::provider_kit;
use yew::prelude::*;

use super::copy_button::CopyButton;
use super::name::whole_labels;
use crate::logic::embed;
use crate::logic::i18n::{Lang, Tr};
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderKitProps {
    pub settings: Rc<Settings>,
}

#[component]
pub fn ProviderKitView(props: &ProviderKitProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let Some(kit) = provider_kit(&props.settings) else { return html! {} };
    let srv = kit.srv_records.join("\n");
    let hosts = kit.host_records.join("\n");
    html! {
        <section class="kit" aria-labelledby="kit-title">
            <h2 id="kit-title">{ tr.t("kit-title") }</h2>
            <p>{ tr.t("kit-intro") }</p>
            <ul class="files">
                { for kit.files.iter().map(|file| {
                    let name = file.url.rsplit('/').next().unwrap_or("config.xml").to_owned();
                    let (text, mime) = (file.text.clone(), file.mime);
                    let onclick = Callback::from(move |_: MouseEvent| { let _ = browser::download(&name, mime, &text); });
                    html! {
                        <li><code>{ whole_labels(&file.url) }</code>{ " " }<button type="button" class="download" {onclick}>{ tr.t("download") }</button></li>
                    }
                }) }
            </ul>
            <h3>{ tr.t("kit-srv") }</h3>
            <p><CopyButton text={srv.clone()} label={tr.t("kit-copy-srv")} /></p>
            <pre class="code" tabindex="0" aria-label={tr.t("kit-srv")}><code>{ srv }</code></pre>
            <h3>{ tr.t("kit-hosts") }</h3>
            <pre class="code" tabindex="0" aria-label={tr.t("kit-hosts")}><code>{ hosts }</code></pre>
        </section>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmbedSnippetProps {
    pub domain: String,
    /// The page's language, passed on to the embedded page.
    pub lang: Lang,
    /// The origins the proxy lets frame this page (`/api/config`); `None` without a proxy,
    /// when whoever hosts the page decides.
    #[prop_or_default]
    pub frame_ancestors: Option<Vec<String>>,
}

#[component]
pub fn EmbedSnippet(props: &EmbedSnippetProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let page = browser::page_url();
    let widget = embed::widget(&page, &props.domain, Some(props.lang.id()));
    let iframe = embed::snippet(&page, &props.domain, None, Some(props.lang.id()), &tr.t("embed-frame-title"));
    // A snippet a portal cannot use would give its readers a grey frame: where this site's
    // policy lets no other site frame the page, say how to allow one instead.
    if props.frame_ancestors.as_ref().is_some_and(Vec::is_empty) {
        return html! {
            <section class="embed-snippet" aria-labelledby="embed-title">
                <h2 id="embed-title">{ tr.t("embed-title") }</h2>
                <p class="embed-not-allowed">{ tr.t("embed-not-allowed") }</p>
                <pre class="code" tabindex="0" aria-label={tr.t("embed-how")}><code>{ "probe-proxy serve --allow-frame-ancestor https://help.example.com" }</code></pre>
            </section>
        };
    }
    html! {
        <section class="embed-snippet" aria-labelledby="embed-title">
            <h2 id="embed-title">{ tr.t("embed-title") }</h2>
            if let Some(origins) = props.frame_ancestors.as_ref() {
                <p class="embed-allowed">{ tr.format("embed-allowed", &[("origins", tr.list("list-and", origins).into())]) }</p>
            }
            <p>{ tr.format("embed-widget", &[("domain", props.domain.as_str().into())]) }</p>
            <p><CopyButton text={widget.clone()} label={tr.t("embed-copy-widget")} /></p>
            <pre class="code embed-widget" tabindex="0" aria-label={tr.t("embed-widget-code")}><code lang="en">{ widget }</code></pre>
            <p>{ tr.t("embed-iframe") }</p>
            <p><CopyButton text={iframe.clone()} label={tr.t("embed-copy-iframe")} /></p>
            <pre class="code embed-iframe" tabindex="0" aria-label={tr.t("embed-iframe-code")}><code lang="en">{ iframe }</code></pre>
        </section>
    }
}
