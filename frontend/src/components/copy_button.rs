//! A button that copies a value and says whether it worked.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::logic::i18n::Tr;
use crate::services::browser;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CopyButtonProps {
    pub text: String,
    /// What is copied, for screen readers ("Copy the server name"); "Copy" when empty.
    #[prop_or_default]
    pub label: String,
    /// Shows the label itself instead of "Copy" (a button that stands alone, such as "Copy
    /// all settings", where "Copy" would not say what).
    #[prop_or_default]
    pub show_label: bool,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
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
    let label = if props.label.is_empty() { tr.t("copy") } else { props.label.clone() };
    let shown = match *state {
        None if props.show_label => label.clone(),
        None => tr.t("copy"),
        Some(true) => tr.t("copy-done"),
        Some(false) => tr.t("copy-failed"),
    };
    let label = if state.is_some() { format!("{label}: {shown}") } else { label };
    html! {
        <button type="button" class="copy" aria-label={label} {onclick}>{ shown }</button>
    }
}
