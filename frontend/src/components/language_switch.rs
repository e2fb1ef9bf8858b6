//! The language switch: one link per language, each named in its own language (and marked
//! with it), so a person finds theirs whatever the page speaks now. The links work as plain
//! links too; the app switches without a reload.

use yew::prelude::*;

use super::in_place::in_place;
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
                    let onclick = in_place(&props.on_pick, lang);
                    html! {
                        <li>
                            <a href={href.clone()} lang={lang.id()} hreflang={lang.id()}
                                aria-current={(lang == current).then_some("true")} {onclick}>
                                // Two letters on phones; the name for screen readers and wide screens.
                                <span class="lang-code" aria-hidden="true">{ lang.id().to_ascii_uppercase() }</span>
                                <span class="lang-name">{ lang.autonym() }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
