//! Starting a module of the page: installs the panic screen and mounts the app in place of
//! what showed before it (`index.html`'s static first paint, or the card's module), keeping
//! everything typed before and while it loads, the caret and the focus.
//!
//! The page is two modules (see [`Extent`]): `boot.js` starts the card's, which shows the
//! field and the answer card, fetches the whole page's once the card's bytes are in, and
//! starts it once the card is on the screen ([`browser::CARD_SHOWN`]); the whole page then
//! takes over from the card.

use wasm_bindgen::JsCast as _;
use wasm_bindgen::closure::Closure;

use crate::logic::config::RuntimeConfig;
use crate::logic::i18n::Lang;
use crate::logic::rehearsal;
use crate::logic::url_params::PageParams;
use crate::services::browser::{self, EarlierPage};
use crate::{App, AppProps, Extent, panic_screen};

/// Starts the page's module of extent `E` on the page.
pub fn start<E: Extent>() {
    panic_screen::install();
    browser::install_domain_converter();
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    let root = mount_point(&document);
    let query = browser::query_string();
    let params = PageParams::from_location(&query, &browser::fragment());
    if PageParams::address_in_query(&query) {
        // A link of the earlier form: the address moves to the fragment at once, so a
        // reload does not send it to the server again.
        browser::set_link(&params.to_link());
    }
    // The app renders beside what shows, which stays (and keeps taking keystrokes) until
    // the app's own field can take them over. What is typed there reaches the app as typing
    // (see `EarlierPage::hand_over`), so it gets a typist's patience, not a link's verdict.
    let earlier = EarlierPage::find(&root);
    // The language the page shows: the one the proxy served the first paint in
    // (`index.<lang>.html`), or the card's.
    let painted = document.document_element().and_then(|html| html.get_attribute("lang"));
    // The card's app has an element of its own, for the whole page to find and replace. An
    // app that takes over from an earlier page renders off the page until the hand-over:
    // one page in the document at a time.
    let app_root = if earlier.is_some() || !E::WHOLE {
        let app_root = document.create_element("div").expect("a div can be made");
        if !E::WHOLE {
            app_root.set_class_name(browser::CARD_MODULE);
        }
        if earlier.is_none() {
            let _ = root.append_child(&app_root);
        }
        app_root
    } else {
        root.clone()
    };
    // The provider table is decoded now (a millisecond or two), while the earlier page
    // shows, so the keystroke that brings the first answer does not pay for it.
    let _ = email_settings::provider::all();
    let props = AppProps {
        params: Some(params.clone()),
        config: None,
        painted: painted.as_deref().and_then(Lang::from_tag),
        rehearsal: false,
    };
    let handle = yew::Renderer::<App<E>>::with_root_and_props(app_root.clone(), props).render();
    if !E::WHOLE {
        // The card stops when the whole page takes over from it.
        let stop = Closure::once_into_js(move || handle.destroy());
        let _ = app_root.add_event_listener_with_callback(browser::HANDED_OVER, stop.unchecked_ref());
    }
    let answer_shown = params.address.is_some() || params.domain.is_some();
    match earlier {
        Some(earlier) => yew::platform::spawn_local(async move {
            // An English paint waits for nothing: the app speaks English until told otherwise.
            let shown = earlier.hand_over(app_root, painted.filter(|lang| lang != "en")).await;
            if shown && !E::WHOLE {
                browser::announce(browser::CARD_SHOWN);
            }
        }),
        None if !E::WHOLE => browser::announce(browser::CARD_SHOWN),
        None => {}
    }
    if !answer_shown {
        yew::platform::spawn_local(rehearse::<E>(root));
    }
}

/// Once the page is idle after loading, it answers an address once where nobody sees it,
/// then drops the answer. The keystroke that brings the person's first answer paid for
/// two first times (see BENCHMARKS.md): the browser compiles each WebAssembly function on
/// its first call, and lays out text in a font for the first time, 7–11 ms of layout for
/// an answer that takes 3–4 ms later. The answer is rendered into an element off the page,
/// then put in `root` (as wide as the real answer, no height, not visible, inert), laid
/// out and taken out again in the same task: no script, test or paint can see it there.
/// A line in the scripts beyond Latin that provider data shows is laid out with it
/// ([`rehearsal::FONT_SAMPLE`]). Skipped when the link already brings an answer.
async fn rehearse<E: Extent>(root: web_sys::Element) {
    browser::idle().await;
    let Some(stage) = root.owner_document().and_then(|d| d.create_element("div").ok()) else {
        return;
    };
    let params = PageParams { address: Some(rehearsal::ADDRESS.to_owned()), ..PageParams::default() };
    let props =
        AppProps { params: Some(params), config: Some(RuntimeConfig::default()), painted: None, rehearsal: true };
    let handle = yew::Renderer::<App<E>>::with_root_and_props(stage.clone(), props).render();
    // Yew renders in a microtask; a timer comes after it.
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
    // A class, not a style attribute: the page's Content-Security-Policy allows no inline style.
    let _ = stage.set_attribute("class", "rehearsal");
    let _ = stage.set_attribute("aria-hidden", "true");
    let _ = stage.set_attribute("inert", "");
    // And the scripts beyond Latin that provider data shows, so that no keystroke waits for
    // the browser to find a font for them.
    if let Some(sample) = stage.owner_document().and_then(|d| d.create_element("span").ok()) {
        sample.set_text_content(Some(rehearsal::FONT_SAMPLE));
        let _ = stage.append_child(&sample);
    }
    if root.append_child(&stage).is_ok() {
        // Reading a size lays the page out now.
        let _ = stage.get_bounding_client_rect();
        stage.remove();
    }
    handle.destroy();
}

/// The `<main id="app">` element of `index.html`, or `<body>` if a host page lacks it.
fn mount_point(document: &web_sys::Document) -> web_sys::Element {
    document.get_element_by_id("app").or_else(|| document.body().map(Into::into)).expect("a browser page has a body")
}
