//! Config files to download, code snippets and test commands to copy.

use std::rc::Rc;

use email_settings::render::offered;
use email_settings::render::{Format, FormatKind, render};
use email_settings::settings::Settings;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::logic::i18n::Tr;
use crate::logic::text;
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DownloadsProps {
    pub settings: Rc<Settings>,
    /// Prefixes the element ids (a second set on the page: a sending service's).
    #[prop_or_default]
    pub id_prefix: AttrValue,
}

/// The outputs of `kind` offered for these settings (`email_settings::render::offered`: no
/// mailbox files for a sending service or a bridge).
fn formats(kind: FormatKind, settings: &Settings) -> impl Iterator<Item = Format> + '_ {
    Format::ALL.iter().copied().filter(move |f| f.kind() == kind && offered(settings, *f))
}

#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
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
    // A provider without SMTP has no files (the page does not show this component then).
    let Some(code) = render(*snippet, &settings) else { return html! {} };
    let prefix = &props.id_prefix;
    html! {
        <section class="downloads" aria-labelledby={format!("{prefix}downloads-title")}>
            <h2 id={format!("{prefix}downloads-title")}>{ tr.t("files-title") }</h2>
            <h3>{ tr.t("files-config") }</h3>
            <ul class="files">
                { for formats(FormatKind::ConfigFile, &settings).map(|format| html! {
                    <li>
                        <button type="button" class="download" data-format={format.id()} onclick={download(format)}>
                            { text::download_label(&tr, format) }
                        </button>
                    </li>
                }) }
            </ul>
            if let Some(error) = &*failed {
                <p class="error" role="alert">{ tr.format("files-download-failed", &[("error", error.as_str().into())]) }</p>
            }
            <h3><label for={format!("{prefix}snippet-language")}>{ tr.t("files-code") }</label></h3>
            <p>
                <select id={format!("{prefix}snippet-language")} onchange={on_snippet}>
                    { for formats(FormatKind::Snippet, &settings).map(|format| html! {
                        <option value={format.id()} selected={format == *snippet}>{ format.label() }</option>
                    }) }
                </select>
                { " " }<CopyButton text={code.text.clone()} label={tr.t("files-copy-code")} />
            </p>
            <pre class="code" data-language={snippet.language()} tabindex="0" aria-label={tr.format("files-code-of", &[("program", snippet.label().into())])}><code>{ code.text }</code></pre>
            <h3>{ tr.t("files-own-computer") }</h3>
            <p>{ tr.t("files-own-computer-text") }</p>
            { for formats(FormatKind::Command, &settings).filter_map(|format| render(format, &settings)).map(|out| {
                let format = out.format;
                html! {
                    <div class="command">
                        <p class="command-label">{ format.label() }{ " " }<CopyButton text={out.text.clone()} label={tr.format("files-copy-commands", &[("program", format.label().into())])} /></p>
                        <pre class="code" tabindex="0" aria-label={tr.format("files-commands-of", &[("program", format.label().into())])}><code>{ out.text }</code></pre>
                    </div>
                }
            }) }
        </section>
    }
}
