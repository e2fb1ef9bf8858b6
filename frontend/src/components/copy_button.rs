//! A button that copies a value and says whether it worked.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CopyButtonProps {
    pub text: String,
    /// What is copied, for screen readers ("Copy the server name").
    #[prop_or_else(|| "Copy".to_owned())]
    pub label: String,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let state = use_state(|| None::<bool>);
    let onclick = {
        let state = state.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let text = text.clone();
            spawn_local(async move { state.set(Some(browser::copy(&text).await)) });
        })
    };
    let shown = match *state {
        None => "Copy",
        Some(true) => "Copied",
        Some(false) => "Select and copy by hand",
    };
    let label = match *state {
        None => props.label.clone(),
        Some(_) => format!("{}: {shown}", props.label),
    };
    html! {
        <button type="button" class="copy" aria-label={label} {onclick}>{ shown }</button>
    }
}
