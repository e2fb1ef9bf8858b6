//! For domain owners: the files and DNS records that make mail programs configure
//! themselves; and for help portals: the snippet that embeds this page.

use std::rc::Rc;

use mailsetup_shared::kit::provider_kit;
use mailsetup_shared::settings::Settings;
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::logic::embed;
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProviderKitProps {
    pub settings: Rc<Settings>,
}

#[component]
pub fn ProviderKitView(props: &ProviderKitProps) -> Html {
    let Some(kit) = provider_kit(&props.settings) else { return html! {} };
    let srv = kit.srv_records.join("\n");
    let hosts = kit.host_records.join("\n");
    html! {
        <details class="kit">
            <summary>{ format!("Own {}? Make mail programs set themselves up", kit.domain) }</summary>
            <p>{ "Publish these files at these addresses (HTTPS, valid certificate) and the DNS records below. Thunderbird, Outlook and others then find the settings from the address alone." }</p>
            <ul class="files">
                { for kit.files.iter().map(|file| {
                    let name = file.url.rsplit('/').next().unwrap_or("config.xml").to_owned();
                    let (text, mime) = (file.text.clone(), file.mime);
                    let onclick = Callback::from(move |_: MouseEvent| { let _ = browser::download(&name, mime, &text); });
                    html! {
                        <li><code>{ &file.url }</code>{ " " }<button type="button" class="download" {onclick}>{ "Download" }</button></li>
                    }
                }) }
            </ul>
            <h3>{ "SRV records (RFC 6186, RFC 8314)" }</h3>
            <p><CopyButton text={srv.clone()} label="Copy the SRV records" /></p>
            <pre class="code" tabindex="0" aria-label="SRV records"><code>{ srv }</code></pre>
            <h3>{ "Host names the files need" }</h3>
            <pre class="code" tabindex="0" aria-label="Host names"><code>{ hosts }</code></pre>
        </details>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmbedSnippetProps {
    pub domain: String,
}

#[component]
pub fn EmbedSnippet(props: &EmbedSnippetProps) -> Html {
    let code = embed::snippet(&browser::page_url(), &props.domain, None);
    html! {
        <details class="embed-snippet">
            <summary>{ "Embed this for your users (help portals)" }</summary>
            <p>{ format!("Paste this into a help page: it shows the compact view for {} and resizes itself.", props.domain) }</p>
            <p><CopyButton text={code.clone()} label="Copy the embed code" /></p>
            <pre class="code" tabindex="0" aria-label="Embed code"><code>{ code }</code></pre>
        </details>
    }
}
