//! Entry point of the mailsetup page: installs the panic screen and mounts the app in place
//! of `index.html`'s static first paint, keeping anything typed before it loaded.

use mailsetup_frontend::logic::url_params::PageParams;
use mailsetup_frontend::services::browser;
use mailsetup_frontend::{App, AppProps, panic_screen};

fn main() {
    panic_screen::install();
    browser::install_domain_converter();
    let root = mount_point();
    let mut params = PageParams::parse(&browser::query_string());
    if let Some(typed) = browser::take_static_paint(&root) {
        params.address = Some(typed);
    }
    yew::Renderer::<App>::with_root_and_props(root, AppProps { params: Some(params), config: None }).render();
}

/// The `<main id="app">` element of `index.html`, or `<body>` if a host page lacks it.
fn mount_point() -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    document.get_element_by_id("app").or_else(|| document.body().map(Into::into)).expect("a browser page has a body")
}
