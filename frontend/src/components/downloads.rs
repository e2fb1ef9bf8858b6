//! Config files to download, code snippets and test commands to copy.

use std::rc::Rc;

use mailsetup_shared::render::{Format, FormatKind, render};
use mailsetup_shared::settings::Settings;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::logic::qr;
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DownloadsProps {
    pub settings: Rc<Settings>,
    /// A link to this page for a phone (the Apple profile installs there), shown as a QR code.
    #[prop_or_default]
    pub phone_link: Option<String>,
}

fn formats(kind: FormatKind) -> impl Iterator<Item = Format> {
    Format::ALL.iter().copied().filter(move |f| f.kind() == kind)
}

#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let settings = props.settings.clone();
    let snippet = use_state(|| Format::Python);
    let failed = use_state(|| None::<String>);
    let download = |format: Format| {
        let settings = settings.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(out) = render(format, &settings) {
                failed.set(browser::download(&out.file_name, out.mime, &out.text).err());
            }
        })
    };
    let on_snippet = {
        let snippet = snippet.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(format) = Format::from_id(&id) {
                snippet.set(format);
            }
        })
    };
    // Drawn again only when the link changes, not on every render.
    let phone_svg = use_memo(props.phone_link.clone(), |link| link.as_deref().and_then(qr::svg));
    // A provider without SMTP has no files (the page does not show this component then).
    let Some(code) = render(*snippet, &settings) else { return html! {} };
    // Our own SVG, from our own encoder: nothing typed reaches it as markup.
    let phone_qr = (*phone_svg).clone().map(|svg| Html::from_html_unchecked(svg.into()));
    html! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{ "Files and code" }</h2>
            <h3>{ "Config files" }</h3>
            <ul class="files">
                { for formats(FormatKind::ConfigFile).map(|format| html! {
                    <li>
                        <button type="button" class="download" data-format={format.id()} onclick={download(format)}>
                            { format!("Download {}", format.label()) }
                        </button>
                    </li>
                }) }
            </ul>
            if let Some(qr) = phone_qr {
                <figure class="phone-qr">
                    <div class="qr" role="img" aria-label="A QR code that opens this page on a phone">{ qr }</div>
                    <figcaption>
                        { "On an iPhone or iPad: scan this with the camera to open this page there, tap “Download Apple profile (.mobileconfig)” under Files and code, then install it in Settings → General → VPN & Device Management." }
                    </figcaption>
                </figure>
            }
            if let Some(error) = &*failed {
                <p class="error" role="alert">{ format!("The download did not start: {error}") }</p>
            }
            <h3><label for="snippet-language">{ "Code that sends a test message" }</label></h3>
            <p>
                <select id="snippet-language" onchange={on_snippet}>
                    { for formats(FormatKind::Snippet).map(|format| html! {
                        <option value={format.id()} selected={format == *snippet}>{ format.label() }</option>
                    }) }
                </select>
                { " " }<CopyButton text={code.text.clone()} label="Copy the code" />
            </p>
            <pre class="code" data-language={snippet.language()} tabindex="0" aria-label={format!("{} code", snippet.label())}><code>{ code.text }</code></pre>
            <h3>{ "Test from your own computer" }</h3>
            <p>{ "Your network may block ports the proxy can reach, or the other way round. These commands test from where you are:" }</p>
            { for formats(FormatKind::Command).filter_map(|format| render(format, &settings)).map(|out| {
                let format = out.format;
                html! {
                    <div class="command">
                        <p class="command-label">{ format.label() }{ " " }<CopyButton text={out.text.clone()} label={format!("Copy the {} commands", format.label())} /></p>
                        <pre class="code" tabindex="0" aria-label={format!("{} commands", format.label())}><code>{ out.text }</code></pre>
                    </div>
                }
            }) }
        </section>
    }
}
