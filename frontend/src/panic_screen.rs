//! Shows a readable message instead of a dead page if the app ever panics.
//!
//! A panic in WebAssembly aborts the module, so the message is written straight into the
//! DOM (the `#panic` element of `index.html`), not through Yew state.

/// Installs the hook. Uses Yew's entry point so that `Renderer::render` keeps it.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        show(&detail);
    }));
}

fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(screen) = document.get_element_by_id("panic") else { return };
    if let Ok(Some(pre)) = screen.query_selector("pre") {
        pre.set_text_content(Some(detail));
    }
    let _ = screen.remove_attribute("hidden");
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
