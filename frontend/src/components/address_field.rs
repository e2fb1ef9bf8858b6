//! The one field: an email address or a domain, with a calm hint while typing, its error
//! once the person leaves the field or presses Enter, a "Did you mean …?" offer (Enter takes
//! it; "No, … is right" keeps the text), and the IDN forms.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::logic::i18n::Tr;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AddressFieldProps {
    pub value: String,
    pub placeholder: String,
    /// Why the text is not usable, once the person paused.
    pub error: Option<String>,
    /// The text is half typed: a quiet "keep typing" instead of an error.
    #[prop_or_default]
    pub keep_typing: bool,
    /// A likely correction of what was typed.
    #[prop_or_default]
    pub suggestion: Option<String>,
    /// (Unicode, ASCII) forms of an internationalised domain.
    pub idn: Option<(String, String)>,
    pub on_input: Callback<String>,
    /// Enter in the field.
    pub on_enter: Callback<()>,
    /// The person left the field.
    pub on_leave: Callback<()>,
    /// The person took the suggestion.
    pub on_pick: Callback<String>,
}

#[component]
pub fn AddressField(props: &AddressFieldProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let oninput = props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let field = use_node_ref();
    // A choice made with a button sends the keyboard back to the field (the button goes).
    let back_to_field = {
        let field = field.clone();
        move || {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        }
    };
    // Leaving the field says "this is it", except towards the suggestion's own buttons:
    // answering there on the way (the page below would change and move them) would lose
    // the click; they say it themselves.
    let onblur = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |e: FocusEvent| {
            let to_suggestion = e
                .related_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| element.closest(".suggestion").ok().flatten().is_some());
            if !to_suggestion {
                on_leave.emit(());
            }
        })
    };
    let onkeydown = {
        let on_enter = props.on_enter.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                on_enter.emit(());
            }
        })
    };
    let described = match (&props.error, &props.suggestion) {
        (Some(_), _) => Some("address-error"),
        (None, Some(_)) => Some("address-suggestion"),
        _ => None,
    };
    html! {
        <section class="lookup" aria-label={tr.t("address-region")}>
            <label for="address">{ tr.t("address-label") }</label>
            <input ref={field} id="address" type="text" inputmode="email" autocomplete="email" spellcheck="false"
                autocapitalize="off" placeholder={props.placeholder.clone()} value={props.value.clone()}
                aria-invalid={props.error.is_some().to_string()} aria-describedby={described} {oninput} {onblur} {onkeydown} />
            // Errors wait for a pause, so nothing shouts at the first keystroke.
            if let Some(error) = &props.error {
                <p id="address-error" class="error">{ error }</p>
            } else if props.keep_typing {
                <p class="keep-typing muted">{ tr.t("address-keep-typing") }</p>
            }
            if let Some(suggestion) = &props.suggestion {
                <p id="address-suggestion" class="suggestion">
                    { tr.t("address-did-you-mean") }{ " " }
                    <button type="button" class="suggest" onclick={{
                        let (on_pick, suggestion, back) = (props.on_pick.clone(), suggestion.clone(), back_to_field.clone());
                        Callback::from(move |_: MouseEvent| {
                            on_pick.emit(suggestion.clone());
                            back();
                        })
                    }}>{ suggestion }</button>
                    { tr.t("address-did-you-mean-end") }{ " " }
                    <button type="button" class="suggest-keep" onclick={{
                        let (on_leave, back) = (props.on_leave.clone(), back_to_field.clone());
                        Callback::from(move |_: MouseEvent| {
                            on_leave.emit(());
                            back();
                        })
                    }}>
                        { tr.format("address-keep-text", &[("text", props.value.trim().into())]) }
                    </button>
                </p>
            }
            if let Some((unicode, ascii)) = &props.idn {
                <p class="idn">{ tr.format("address-idn", &[("unicode", unicode.as_str().into()), ("ascii", ascii.as_str().into())]) }</p>
            }
        </section>
    }
}
