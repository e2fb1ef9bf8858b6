//! The page's components rendered in a real (headless) Chromium.

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mailsetup_frontend::logic::config::RuntimeConfig;
use mailsetup_frontend::logic::url_params::PageParams;
use mailsetup_frontend::{App, AppProps, CardOnly, Extent, Whole};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit, KeyboardEvent,
    KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole page with the given URL parameters and no proxy, and lets it settle.
async fn mount(query: &str) -> Element {
    mailsetup_frontend::services::browser::install_domain_converter();
    let root = render::<Whole>(query);
    settle().await;
    root
}

/// Renders the app of extent `E` with the given URL parameters and no proxy into a new
/// element of the page; yew draws it in a microtask.
fn render<E: Extent>(query: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("main").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        params: Some(PageParams::parse(query)),
        config: Some(RuntimeConfig::default()),
        painted: None,
        rehearsal: false,
    };
    yew::Renderer::<App<E>>::with_root_and_props(root.clone(), props).render();
    root
}

/// A rehearsal (`main.rs` renders one once the page is idle) renders a whole answer into an
/// element that is never attached, and leaves the page's title, link and language alone; the
/// same app rendered for real sets all three.
#[wasm_bindgen_test]
async fn a_rehearsal_renders_an_answer_and_touches_nothing_outside() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let html = document.document_element().unwrap();
    let outside = || (document.title(), window.location().href().unwrap(), html.get_attribute("lang"));
    document.set_title("before");
    html.set_attribute("lang", "xx").unwrap();
    let before = outside();
    for rehearsal in [true, false] {
        let stage = document.create_element("div").unwrap();
        let props = AppProps {
            params: Some(PageParams::parse("address=someone%40mail.de&room=developers")),
            config: Some(RuntimeConfig::default()),
            painted: None,
            rehearsal,
        };
        let handle = yew::Renderer::<App<Whole>>::with_root_and_props(stage.clone(), props).render();
        pause().await;
        assert_eq!(text_of(&stage, ".smtp-host").as_deref(), Some("smtp.mail.de"), "rehearsal: {rehearsal}");
        handle.destroy();
        settle().await;
        if rehearsal {
            assert_eq!(outside(), before, "a rehearsal changed the page around it");
        } else {
            let after = outside();
            assert!(after.0 != before.0 && after.1 != before.1 && after.2 != before.2, "{after:?}");
        }
    }
}

/// The card's module, the page's first, answers with the card alone: no probe, login test,
/// rooms or guides, even once idle, and no Test button; it says the proxy is being checked
/// (the whole page, which follows it, asks) and asks the proxy nothing.
#[wasm_bindgen_test]
async fn the_card_module_shows_the_card_and_nothing_below_it() {
    let root = render::<CardOnly>("address=someone%40gmail.com");
    settle().await;
    pause().await;
    assert!(root.query_selector(".mailsetup.card-only").unwrap().is_some());
    assert_eq!(text_of(&root, ".smtp-host").as_deref(), Some("smtp.gmail.com"));
    assert_eq!(text_of(&root, ".answer .proof.no-proxy").as_deref(), Some("Checking the probe proxy…"));
    for below in ["button.probe-start", ".probe", ".login-test", "nav.rooms", "#guides", "#room"] {
        assert!(root.query_selector(below).unwrap().is_none(), "{below} in the card's module");
    }
    // The field answers typing as the whole page's does.
    type_into(&root, "someone@web.de").await;
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("WEB.DE"));
}

/// Nothing the card's module shows reads a message outside the card's English (it would show
/// as its id): for every provider, a guessed domain, a typo and a broken address, in the
/// text and in every attribute.
#[wasm_bindgen_test]
async fn the_card_module_shows_no_message_it_lacks() {
    use mailsetup_frontend::logic::i18n::{ENGLISH_FTL, Tr};

    let root = render::<CardOnly>("");
    settle().await;
    let card = Tr::card_english();
    let lacking: Vec<&str> = ENGLISH_FTL
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with([' ', '#', '.']) && !card.has_own(id))
        .collect();
    assert!(lacking.len() > 100, "{} messages only the whole page has", lacking.len());
    // Every element's own text and every attribute's value.
    let shown = |root: &Element| {
        let mut all = Vec::new();
        let elements = root.query_selector_all("*").unwrap();
        for element in (0..elements.length()).filter_map(|i| elements.item(i)?.dyn_into::<Element>().ok()) {
            let children = element.child_nodes();
            all.extend(
                (0..children.length())
                    .filter_map(|i| children.item(i))
                    .filter(|n| n.node_type() == 3)
                    .filter_map(|n| n.text_content()),
            );
            all.extend(element.get_attribute_names().iter().filter_map(|n| element.get_attribute(&n.as_string()?)));
        }
        all
    };
    // A missing message shows as its id: all of a text (`copy`), or a word of it
    // (`test-start`, not `ms` in "msa.example").
    let id_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let an_id = |texts: Vec<String>| {
        texts.into_iter().find_map(|text| {
            lacking
                .iter()
                .find(|id| {
                    text.trim() == **id
                        || id.contains('-')
                            && text.match_indices(**id).any(|(at, _)| {
                                !text[..at].ends_with(id_char) && !text[at + id.len()..].starts_with(id_char)
                            })
                })
                .map(|id| format!("{id} in {text:?}"))
        })
    };
    let mut addresses: Vec<String> = email_settings::provider::all()
        .iter()
        .filter_map(|p| p.domains.first())
        .map(|domain| format!("someone@{}", domain.replace("*.", "a.")))
        .collect();
    addresses.extend(["someone@example-unknown.org", "someone@gmial.com", "a@b..com"].map(str::to_owned));
    for (n, address) in addresses.iter().enumerate() {
        type_into_now(&root, address).await;
        // Now and then the pause, after which guesses, suggestions and errors show.
        if n % 50 == 0 || n + 3 >= addresses.len() {
            press_enter(&root).await;
            pause().await;
        }
        assert_eq!(an_id(shown(&root)), None, "{address}");
    }
    // And what a copy button says once pressed (copied, or how to copy by hand).
    type_into_now(&root, "someone@gmail.com").await;
    let copy: HtmlElement = root.query_selector("button.copy").unwrap().unwrap().dyn_into().unwrap();
    copy.click();
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    settle().await;
    assert!(copy.text_content().is_some_and(|t| t != "Copy"), "the button says what happened");
    assert_eq!(an_id(shown(&root)), None, "after a copy");
}

/// Types into the field and lets the page render, without waiting for it to be idle.
async fn type_into_now(root: &Element, text: &str) {
    let input: HtmlInputElement =
        root.query_selector("input#address").unwrap().expect("the address field").dyn_into().unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// The title follows once typing pauses, as the link does (setting it costs about a
/// millisecond a keystroke), and names the provider then.
#[wasm_bindgen_test]
async fn the_title_follows_once_typing_pauses() {
    let root = mount("").await;
    let document = web_sys::window().unwrap().document().unwrap();
    document.set_title("before");
    type_into(&root, "ann@gmail.com").await;
    assert_eq!(text_of(&root, ".smtp-host").as_deref(), Some("smtp.gmail.com"));
    assert_eq!(document.title(), "before", "not while typing");
    pause().await;
    assert!(document.title().starts_with("Gmail"), "{}", document.title());
}

/// Waits out the pause after typing, after which guesses and suggestions show (errors wait
/// for Enter or for the person leaving the field).
async fn pause() {
    yew::platform::time::sleep(Duration::from_millis(700)).await;
    settle().await;
}

/// Lets the page render and, once it is idle, build what it leaves for then (what lies
/// below a first answer's card).
async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    mailsetup_frontend::services::browser::idle().await;
    yew::scheduler::flush().await;
}

/// The keystroke that brings an answer where there was none shows the card in its own
/// frame and leaves the rooms below it until the page is idle (creating all of it at once
/// was the slowest keystroke, BENCHMARKS.md), and so does one that brings another domain's
/// answer; an answer the link brings is built whole.
#[wasm_bindgen_test]
async fn a_first_answer_shows_its_card_at_once_and_the_rest_once_idle() {
    let root = mount("").await;
    let input: HtmlInputElement = root.query_selector("input#address").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("someone@gmail.com");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("Gmail"), "the card, in the keystroke's frame");
    assert!(root.query_selector("#guides").unwrap().is_none(), "the guides wait for the page to be idle");
    settle().await;
    assert!(root.query_selector("#guides").unwrap().is_some(), "the guides, once idle");
    // The next answer changes what is there: nothing below the card goes away. Another
    // domain's card shows in its keystroke's frame, and what lies below it follows once
    // the page is idle.
    type_into(&root, "someone@yahoo.com").await;
    let notes = || text_of(&root, "#provider-notes").unwrap_or_default();
    assert!(notes().contains("Yahoo"), "{}", notes());
    input.set_value("someone@web.de");
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("WEB.DE"));
    assert!(root.query_selector("#guides").unwrap().is_some(), "a later answer keeps the guides in place");
    assert!(notes().contains("Yahoo"), "the notes below wait for the page to be idle: {}", notes());
    settle().await;
    assert!(notes().contains("WEB.DE"), "{}", notes());
    // Within a domain, what is below follows in the same frame (the user name in the guide).
    assert!(text_of(&root, "#guides").unwrap_or_default().contains("someone@web.de"));
    type_into_now(&root, "another@web.de").await;
    assert!(text_of(&root, "#guides").unwrap_or_default().contains("another@web.de"));

    // A link's answer is whole from the start.
    let linked = render::<Whole>("address=someone%40gmail.com");
    yew::scheduler::flush().await;
    assert!(linked.query_selector("#guides").unwrap().is_some(), "a link's answer has its guides at once");
}

/// Types into the field and lets the page settle.
async fn type_into(root: &Element, text: &str) {
    type_into_now(root, text).await;
    settle().await;
}

/// Presses Enter in the address field.
async fn press_enter(root: &Element) {
    let input = root.query_selector("input#address").unwrap().expect("the address field");
    let init = KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    input.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
    settle().await;
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement =
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    element.click();
    settle().await;
}

#[wasm_bindgen_test]
async fn typing_a_gmail_address_shows_gmail_and_its_recommended_server() {
    // In the developers' room, where every server is listed.
    let root = mount("room=developers").await;
    assert!(text_of(&root, ".provider-name").is_none(), "nothing shown before typing");
    assert!(text_of(&root, ".intro").is_some(), "examples are offered instead");
    type_into(&root, "someone@gmail.com").await;
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("Gmail"));
    assert_eq!(text_of(&root, ".smtp-host").as_deref(), Some("smtp.gmail.com"));
    assert_eq!(text_of(&root, ".smtp-port").as_deref(), Some("465"));
    assert_eq!(text_of(&root, ".smtp-security").as_deref(), Some("SSL/TLS"));
    // Thunderbird, the first guide, has Google's button: its sign-in, no app password.
    let first = text_of(&root, ".first-step").unwrap();
    assert!(first.contains("Sign in with Google in Thunderbird") && !first.contains("app password"), "{first}");
    assert!(all_text(&root, ".server-row .port").contains(&"587".to_owned()), "587 listed as an alternative");
}

#[wasm_bindgen_test]
async fn an_invalid_address_gets_a_precise_message() {
    let root = mount("").await;
    type_into(&root, "someone@").await;
    assert!(root.query_selector("#address-error").unwrap().is_none(), "no error while typing");
    pause().await;
    assert!(root.query_selector("#address-error").unwrap().is_none(), "a pause is not a verdict");
    press_enter(&root).await;
    let message = text_of(&root, "#address-error").unwrap_or_default();
    assert_eq!(message, "The domain after the @ is missing, e.g. someone@example.com.");
    let input = root.query_selector("#address").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of(&root, ".provider-name").is_none());
}

#[wasm_bindgen_test]
async fn an_internationalised_domain_shows_both_forms() {
    let root = mount("").await;
    type_into(&root, "jürgen@münchen.example").await;
    pause().await;
    assert!(text_of(&root, ".idn").unwrap().contains("xn--mnchen-3ya.example"));
    assert!(text_of(&root, ".answer").unwrap().contains("Best guess"), "an unknown domain gets guesses");
}

#[wasm_bindgen_test]
async fn guide_tabs_switch_by_click_and_keyboard() {
    let root = mount("address=ann%40icloud.com").await;
    assert_eq!(text_of(&root, "[role=tab][aria-selected=true]").as_deref(), Some("Thunderbird"));
    assert!(text_of(&root, "#guide-panel").unwrap().contains("smtp.mail.me.com"));
    click(&root, "#tab-ios").await;
    assert_eq!(text_of(&root, "[role=tab][aria-selected=true]").as_deref(), Some("iPhone / iPad"));
    assert!(text_of(&root, "#guide-panel h3").unwrap().contains("iPhone"));
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let tab = root.query_selector("#tab-ios").unwrap().unwrap();
    tab.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
    settle().await;
    assert_eq!(text_of(&root, "[role=tab][aria-selected=true]").as_deref(), Some("Android (Gmail app)"));
}

#[wasm_bindgen_test]
async fn downloads_and_snippets_follow_the_settings() {
    // Files and code are in the developers' room.
    let root = mount("room=developers&address=ann%40yahoo.com").await;
    let buttons = all_text(&root, "button.download");
    assert!(buttons.iter().any(|b| b.contains("Thunderbird")), "{buttons:?}");
    assert!(buttons.iter().any(|b| b.contains(".mobileconfig")));
    assert!(text_of(&root, "pre.code").unwrap().contains("smtplib.SMTP_SSL(\"smtp.mail.yahoo.com\", 465"));
    let select: HtmlSelectElement = root.query_selector("#snippet-language").unwrap().unwrap().dyn_into().unwrap();
    select.set_value("nodemailer");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert!(text_of(&root, "pre.code").unwrap().contains("nodemailer.createTransport"));
}

#[wasm_bindgen_test]
async fn the_person_s_view_has_no_files_tables_or_commands() {
    let root = mount("address=ann%40yahoo.com").await;
    assert!(text_of(&root, ".answer .smtp-host").is_some());
    for expert in ["button.download", ".server-row", ".command", "#snippet-language", ".services"] {
        assert!(root.query_selector(expert).unwrap().is_none(), "{expert} in the person's view");
    }
    let doors = all_text(&root, "nav.rooms a");
    assert_eq!(doors, ["Set up", "Developers"], "yahoo.com is Yahoo's own: no owner's room");
}

#[wasm_bindgen_test]
async fn without_a_proxy_the_probe_panel_says_how_to_get_one() {
    let root = mount("address=ann%40gmail.com").await;
    let text = text_of(&root, ".answer .no-proxy").unwrap();
    assert!(text.contains("cargo xtask serve"), "{text}");
    assert!(root.query_selector("button.probe-start").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_regional_provider_offers_its_data_centres() {
    let root = mount("address=ann%40zohomail.eu").await;
    assert_eq!(text_of(&root, ".smtp-host").as_deref(), Some("smtp.zoho.eu"));
    let select: HtmlSelectElement = root.query_selector("#region").unwrap().unwrap().dyn_into().unwrap();
    select.set_value("in");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(text_of(&root, ".smtp-host").as_deref(), Some("smtp.zoho.in"));
}

#[wasm_bindgen_test]
async fn embed_mode_is_compact_and_preset() {
    let root = mount("embed=1&domain=gmail.com").await;
    assert!(root.query_selector(".site-header").unwrap().is_none(), "no header");
    assert!(root.query_selector(".explainer").unwrap().is_none(), "no explainer");
    assert!(root.query_selector(".mailsetup.embed").unwrap().is_some());
    let input = root.query_selector("#address").unwrap().unwrap();
    assert_eq!(input.get_attribute("placeholder").as_deref(), Some("you@gmail.com"));
    assert_eq!(text_of(&root, ".provider-name").as_deref(), Some("Gmail"), "the preset domain resolves at once");
}
