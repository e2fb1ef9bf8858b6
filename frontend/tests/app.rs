//! The app rendered in a real (headless) Chromium: typing an address shows the provider.

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mailsetup_frontend::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    yew::scheduler::flush().await;
}

async fn type_into(root: &Element, text: &str) {
    let input: HtmlInputElement =
        root.query_selector("input#address").unwrap().expect("address field").dyn_into().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn typing_a_gmail_address_shows_gmail_and_its_server() {
    let root = mount().await;
    assert!(text_of(&root, ".provider-name").is_none(), "nothing shown before typing");
    type_into(&root, "someone@gmail.com").await;
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("Gmail"));
    let hosts = root.query_selector_all(".smtp-server .host").unwrap();
    assert!(hosts.length() >= 1);
    assert_eq!(hosts.item(0).unwrap().text_content().as_deref(), Some("smtp.gmail.com"));
}

#[wasm_bindgen_test]
async fn an_invalid_address_gets_a_precise_message() {
    let root = mount().await;
    type_into(&root, "someone@").await;
    let message = text_of(&root, "[role=alert]").unwrap_or_default();
    assert_eq!(message, "The domain after the @ is missing, e.g. someone@example.com.");
    assert!(text_of(&root, ".provider-name").is_none());
}
