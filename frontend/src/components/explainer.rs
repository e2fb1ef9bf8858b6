//! Ports 25, 587 and 465, and STARTTLS versus implicit TLS, as RFC 8314 puts it.

use yew::prelude::*;

#[component]
pub fn Explainer() -> Html {
    html! {
        <section class="explainer" aria-labelledby="explainer-title">
            <h2 id="explainer-title">{ "Which port? 465, 587 or 25" }</h2>
            <dl>
                <dt>{ "465 — SSL/TLS (implicit TLS)" }</dt>
                <dd>{ "The connection is encrypted from the first byte. RFC 8314 (2018) recommends this for mail programs sending mail: it is not deprecated, it is preferred. Use it when your provider offers it." }</dd>
                <dt>{ "587 — STARTTLS" }</dt>
                <dd>{ "The standard submission port: the connection starts in plain text and switches to encryption with the STARTTLS command before you log in. Secure when the mail program insists on STARTTLS; use it when 465 is not offered or is blocked." }</dd>
                <dt>{ "25 — relay between servers" }</dt>
                <dd>{ "Mail servers use port 25 to hand mail to each other. Mail programs should not: many internet providers and cloud hosts block outgoing port 25 to stop spam, and many servers accept no login there." }</dd>
            </dl>
            <p>{ "\"SSL/TLS\" and \"STARTTLS\" in a mail program's settings mean exactly these two modes. \"None\" sends your password readable by anyone on the way: never use it." }</p>
        </section>
    }
}
