//! The login test's form: the user name, the password (never stored, never put in the
//! address, never kept after the test), and whether to send a test message to oneself.
//! Shown only where the proxy allows it; the app sends what the form reports.

use mailsetup_shared::wire::{LoginRequest, Secret};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::logic::i18n::Tr;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LoginTestProps {
    /// The user name to start with (the typed address).
    pub user: String,
    /// Who sees the password on its way, in words ("the proxy on this computer").
    pub audience: String,
    /// Runs the test with what the person entered.
    pub on_run: Callback<LoginRequest>,
    /// A test is under way.
    #[prop_or_default]
    pub running: bool,
}

#[function_component(LoginTest)]
pub fn login_test(props: &LoginTestProps) -> Html {
    let tr = use_context::<Tr>().unwrap_or_default();
    let user = use_node_ref();
    let password = use_node_ref();
    let send_test = use_node_ref();
    let onsubmit = {
        let (user, password, send_test, on_run) =
            (user.clone(), password.clone(), send_test.clone(), props.on_run.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(user), Some(password)) = (user.cast::<HtmlInputElement>(), password.cast::<HtmlInputElement>())
            else {
                return;
            };
            let name = user.value().trim().to_owned();
            let secret = password.value();
            // The field is emptied at once: the password lives only in the request.
            password.set_value("");
            if name.is_empty() || secret.is_empty() {
                return;
            }
            let send = send_test.cast::<HtmlInputElement>().is_some_and(|c| c.checked());
            let send_test_to = send.then(|| name.clone());
            on_run.emit(LoginRequest { user: name, secret: Secret::Password(secret), send_test_to });
        })
    };
    html! {
        <details class="login-test">
            <summary>{ tr.t("login-title") }</summary>
            <form {onsubmit} autocomplete="off">
                <label for="login-user">{ tr.t("card-user-name") }</label>
                <input id="login-user" ref={user} type="text" value={props.user.clone()} spellcheck="false" />
                <label for="login-password">{ tr.t("login-password") }</label>
                <input id="login-password" ref={password} type="password" autocomplete="off" />
                <label class="check">
                    <input ref={send_test} type="checkbox" />
                    { " " }{ tr.t("login-send-test") }
                </label>
                <p class="note">
                    { tr.format("login-note", &[("audience", props.audience.as_str().into())]) }
                </p>
                <button type="submit" class="login-start" disabled={props.running}>{ tr.t("login-start") }</button>
            </form>
        </details>
    }
}
