//! What the page shows before anything is typed.

use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct IntroProps {
    pub on_pick: Callback<String>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let example = |address: &'static str| {
        let on_pick = props.on_pick.clone();
        html! {
            <li><button type="button" class="example" onclick={move |_| on_pick.emit(address.to_owned())}>{ address }</button></li>
        }
    };
    html! {
        <section class="intro">
            <p>{ "Type your address to see your provider's outgoing-mail server, port, security and login, with set-up steps for your mail program and a live test." }</p>
            <p>{ "Try one:" }</p>
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
