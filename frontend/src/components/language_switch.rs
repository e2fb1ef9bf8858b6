//! The language switch: one link per language, each named in its own language (and marked
//! with it), so a person finds theirs whatever the page speaks now. The links work as plain
//! links too; the app switches without a reload.

use yew::prelude::*;

use crate::logic::i18n::{Lang, Tr};

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LanguageSwitchProps {
    /// Each language with the link that opens the page in it.
    pub links: Vec<(Lang, String)>,
    pub on_pick: Callback<Lang>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let current = tr.lang();
    html! {
        <nav class="languages" aria-label={tr.t("language-switch")}>
            <ul>
                { for props.links.iter().map(|(lang, href)| {
                    let lang = *lang;
                    let on_pick = props.on_pick.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        // With a modifier key the browser opens the link (a new tab or
                        // window), as with any link.
                        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                            return;
                        }
                        e.prevent_default();
                        on_pick.emit(lang);
                    });
                    html! {
                        <li>
                            <a href={href.clone()} lang={lang.id()} hreflang={lang.id()}
                                aria-current={(lang == current).then_some("true")} {onclick}>
                                // Two letters on phones; the name for screen readers and wide screens.
                                <span class="lang-code" aria-hidden="true">{ lang.id().to_uppercase() }</span>
                                <span class="lang-name">{ lang.autonym() }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
