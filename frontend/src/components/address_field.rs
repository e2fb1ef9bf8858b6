//! The one field: an email address or a domain, with its error and the IDN forms.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AddressFieldProps {
    pub value: String,
    pub placeholder: String,
    /// Why the text is not usable, if it is not.
    pub error: Option<String>,
    /// (Unicode, ASCII) forms of an internationalised domain.
    pub idn: Option<(String, String)>,
    pub on_input: Callback<String>,
}

#[component]
pub fn AddressField(props: &AddressFieldProps) -> Html {
    let oninput = props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let described = props.error.as_ref().map(|_| "address-error");
    html! {
        <section class="lookup" aria-label="Email address">
            <label for="address">{ "Your email address (or just the domain)" }</label>
            <input id="address" type="text" inputmode="email" autocomplete="email" spellcheck="false"
                autocapitalize="off" placeholder={props.placeholder.clone()} value={props.value.clone()}
                aria-invalid={props.error.is_some().to_string()} aria-describedby={described} {oninput} />
            // Always present, so screen readers hear changes; polite, so typing is not
            // interrupted by "the domain is missing" at every keystroke.
            <p id="address-error" class="error" aria-live="polite">{ props.error.clone().unwrap_or_default() }</p>
            if let Some((unicode, ascii)) = &props.idn {
                <p class="idn">{ format!("{unicode} is written {ascii} in DNS and in mail programs that need it.") }</p>
            }
        </section>
    }
}
