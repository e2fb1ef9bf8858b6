//! What the page shows before anything is typed.

use yew::prelude::*;

use crate::logic::i18n::Tr;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct IntroProps {
    pub on_pick: Callback<String>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let example = |address: &'static str| {
        let on_pick = props.on_pick.clone();
        html! {
            <li><button type="button" class="example" onclick={move |_| on_pick.emit(address.to_owned())}>{ address }</button></li>
        }
    };
    html! {
        <section class="intro">
            <p>{ tr.t("intro-lead") }</p>
            <p>{ tr.t("intro-try") }</p>
            <ul class="examples">
                { example("someone@gmail.com") }
                { example("someone@outlook.com") }
                { example("someone@icloud.com") }
                { example("someone@yahoo.com") }
                { example("someone@zoho.eu") }
            </ul>
        </section>
    }
}
