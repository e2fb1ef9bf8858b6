//! Entry point of the mailsetup page: installs the panic screen and mounts the app.

use mailsetup_frontend::{App, panic_screen};

fn main() {
    panic_screen::install();
    mailsetup_frontend::services::browser::install_domain_converter();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root).render();
}

/// The `<main id="app">` element of `index.html`, or `<body>` if a host page lacks it.
fn mount_point() -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    document.get_element_by_id("app").or_else(|| document.body().map(Into::into)).expect("a browser page has a body")
}
