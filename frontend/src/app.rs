//! The top-level component: the address field and what it resolves to.

use mailsetup_shared::address::Query;
use mailsetup_shared::provider::{self, Protocol};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let input = use_state(String::new);
    let oninput = {
        let input = input.clone();
        Callback::from(move |e: InputEvent| input.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let result = match Query::parse(&input) {
        _ if input.trim().is_empty() => html! {},
        Err(error) => html! { <p class="error" role="alert">{ error.to_string() }</p> },
        Ok(query) => match provider::lookup_domain(query.domain().ascii()) {
            None => {
                html! { <p class="unknown">{ format!("{} is not a provider we know yet.", query.domain().unicode()) }</p> }
            }
            Some(found) => {
                let smtp = found.provider.servers(Protocol::Smtp, found.region);
                html! {
                    <section class="provider" aria-live="polite">
                        <h2 class="provider-name">{ found.provider.name }</h2>
                        <ul class="servers">
                            { for smtp.iter().map(|s| html! {
                                <li class="smtp-server">
                                    <code class="host">{ s.host }</code>
                                    { format!(" port {} ({})", s.port, s.security.label()) }
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }
        },
    };
    html! {
        <>
            <header><h1>{ "mailsetup" }</h1></header>
            <label for="address">{ "Your email address" }</label>
            <input id="address" type="email" autocomplete="email" spellcheck="false"
                placeholder="someone@example.com" value={(*input).clone()} {oninput} />
            { result }
        </>
    }
}
