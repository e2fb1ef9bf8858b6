//! Page chores: file downloads, the clipboard, the address bar, and telling an embedding
//! page how tall we are.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Lets the browser convert international domain names (its URL parser does UTS #46 for
/// host names), so the page carries no Unicode tables of its own.
pub fn install_domain_converter() {
    email_settings::idn::set_to_ascii(|domain| {
        let url = web_sys::Url::new(&format!("http://{domain}/")).ok()?;
        let host = url.hostname();
        (!host.is_empty() && host.is_ascii()).then_some(host)
    });
}

/// The page's query string (`?...`), or empty.
pub fn query_string() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's URL without query or fragment.
pub fn page_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split(['?', '#']).next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The browser's preferred languages, most wanted first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Vec::new() };
    let list: Vec<String> = navigator.languages().iter().filter_map(|l| l.as_string()).collect();
    if list.is_empty() { navigator.language().into_iter().collect() } else { list }
}

/// Sets `<html lang>`, so screen readers and hyphenation follow the page's language.
pub fn set_document_lang(lang: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
    }
}

/// The page's fragment (`#...`), or empty.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Resolves once the browser is idle (`requestIdleCallback`), or after a short pause where
/// it has no such call.
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = window() else { return };
        let call = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let _ = match call {
            Some(request_idle) => request_idle.call1(&window, &resolve).map(drop),
            None => window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200).map(drop),
        };
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Replaces what follows the page's path (query and fragment) without a reload or a
/// history entry.
pub fn set_link(link: &str) {
    let Some(window) = window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{link}")));
    }
}

/// Offers `text` as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("{e:?}");
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(fail)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text`; resolves to whether it worked (browsers refuse outside secure contexts).
pub async fn copy(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// What shows while a module loads: `index.html`'s static first paint, or the card's module
/// (the field and the answer card, see [`crate::Extent`]); the field a person may already be
/// typing into.
///
/// One page is in the document at a time: a module renders off the page and takes the
/// earlier page's place at the hand-over, so no id, field or heading is ever there twice.
#[derive(Debug)]
pub struct EarlierPage {
    /// The earlier page, on the screen.
    shown: web_sys::Element,
    /// Its field, with what was typed.
    input: Option<web_sys::HtmlInputElement>,
}

/// The class of `index.html`'s static first paint.
const STATIC_PAINT: &str = "static-paint";

/// The class of the card module's element.
pub const CARD_MODULE: &str = "card-module";

/// The event the card module's element hears when the whole page takes over from it (the
/// card's app then stops).
pub const HANDED_OVER: &str = "mailsetup:handed-over";

/// The event the window hears once the card's module shows its field: `boot.js` then starts
/// the whole page's module.
pub const CARD_SHOWN: &str = "mailsetup:card-shown";

/// How long the static paint waits for the app to speak its language before the app takes
/// over in English.
pub const LANGUAGE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

impl EarlierPage {
    /// What shows inside `root` before this module, if anything: the card's module, else
    /// the static paint.
    pub fn find(root: &web_sys::Element) -> Option<EarlierPage> {
        let shown = [CARD_MODULE, STATIC_PAINT]
            .into_iter()
            .find_map(|class| root.query_selector(&format!(":scope > .{class}")).ok().flatten())?;
        let input = shown
            .query_selector("input#address")
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok());
        Some(EarlierPage { shown, input })
    }

    /// Hands over to the app rendered in `app_root` (off the page), once that has its own
    /// field and speaks the language the earlier page showed (`painted`, from `<html lang>`;
    /// after [`LANGUAGE_PATIENCE`] the app's English will do, should that language's
    /// messages not come): `app_root` takes the earlier page's place, its field takes what
    /// was typed since the app started (as an input event, so the app hears it), the caret
    /// and the focus, and each of its `<details>` opens or closes as the earlier page's did;
    /// a card module's app hears [`HANDED_OVER`] and stops. Nothing typed or opened is lost,
    /// the keyboard stays in the field, and a German page does not flash English. Returns
    /// whether it handed over: not when the earlier page left meanwhile (another module
    /// took over from it).
    pub async fn hand_over(self, app_root: web_sys::Element, painted: Option<String>) -> bool {
        let started = js_sys::Date::now();
        let field = loop {
            if !self.shown.is_connected() {
                return false;
            }
            let found = app_root.query_selector("input#address").ok().flatten();
            let speaks = |app: &web_sys::Element| {
                let lang = app.query_selector(".mailsetup").ok().flatten().and_then(|m| m.get_attribute("lang"));
                painted.as_deref().is_none_or(|p| lang.as_deref() == Some(p))
            };
            let patience_over = js_sys::Date::now() - started > LANGUAGE_PATIENCE.as_millis() as f64;
            if let Some(field) = found.and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
                && (patience_over || speaks(&app_root))
            {
                break field;
            }
            yew::platform::time::sleep(std::time::Duration::from_millis(5)).await;
        };
        // From here to the end, one turn of the event loop: no keystroke can fall between.
        let typed = self.input.as_ref().map(|input| {
            let focused = window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|active| active == ***input);
            let selection = (input.selection_start().ok().flatten(), input.selection_end().ok().flatten());
            (input.value(), focused, selection)
        });
        let opened = details_open(&self.shown);
        if self.shown.replace_with_with_node_1(&app_root).is_err() {
            return false;
        }
        if self.shown.class_list().contains(CARD_MODULE)
            && let Ok(event) = web_sys::Event::new(HANDED_OVER)
        {
            let _ = self.shown.dispatch_event(&event);
        }
        open_as_before(&app_root, &opened);
        if let Some((value, focused, selection)) = typed {
            // An empty field means nothing was typed: the app's value (a link's address)
            // stands.
            if !value.is_empty() && value != field.value() {
                field.set_value(&value);
                if let Ok(event) = web_sys::Event::new("input") {
                    let _ = field.dispatch_event(&event);
                }
            }
            if focused {
                let _ = field.focus();
                if let (Some(start), Some(end)) = selection {
                    let _ = field.set_selection_range(start, end);
                }
            }
        }
        true
    }
}

/// Each `<details>` in `page`: its class and whether it is open, in document order.
fn details_open(page: &web_sys::Element) -> Vec<(String, bool)> {
    let Ok(list) = page.query_selector_all("details") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|details| (details.class_name(), details.has_attribute("open")))
        .collect()
}

/// Opens or closes each `<details>` in `page` as the earlier page's of the same class and
/// place among that class had it (`opened`, from [`details_open`]); those the earlier page
/// lacked stay as they are.
fn open_as_before(page: &web_sys::Element, opened: &[(String, bool)]) {
    let now = details_open(page);
    let Ok(list) = page.query_selector_all("details") else { return };
    for (i, (class, open)) in now.iter().enumerate() {
        let place = now[..i].iter().filter(|(c, _)| c == class).count();
        let before = opened.iter().filter(|(c, _)| c == class).nth(place).map(|&(_, open)| open);
        if let (Some(before), Some(details)) = (before, list.item(i as u32))
            && before != *open
            && let Ok(details) = details.dyn_into::<web_sys::Element>()
        {
            let _ = details.toggle_attribute_with_force("open", before);
        }
    }
}

/// Tells the window `name` happened (an event without detail).
pub fn announce(name: &str) {
    if let (Some(window), Ok(event)) = (window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Scrolls the element with this id into view once it is on the page (deep links to a
/// guide): the app renders off the page until it takes over from the earlier one (see
/// [`EarlierPage::hand_over`]). Gives up after [`LANGUAGE_PATIENCE`] and a little more.
pub fn scroll_to(id: &str) {
    let id = id.to_owned();
    yew::platform::spawn_local(async move {
        let pause = std::time::Duration::from_millis(50);
        for _ in 0..(LANGUAGE_PATIENCE + std::time::Duration::from_secs(2)).as_millis() / pause.as_millis() {
            yew::platform::time::sleep(pause).await;
            if let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)) {
                element.scroll_into_view();
                return;
            }
        }
    });
}

/// Whether the screen is a phone's (the style sheet's narrow layout, `max-width: 30rem`).
pub fn is_narrow() -> bool {
    window().and_then(|w| w.match_media("(max-width: 30rem)").ok().flatten()).is_some_and(|m| m.matches())
}

/// Moves the keyboard to the element with this id once it is on the page (a room's
/// heading, after its door was used); the browser scrolls it into view.
pub fn focus_soon(id: &str) {
    let id = id.to_owned();
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_millis(0)).await;
        let element = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// The document's height: the root element's box, which (unlike `scrollHeight`) shrinks
/// again when the content does, and includes the body's margins.
fn document_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0.0, |root| root.get_bounding_client_rect().height().ceil())
}

/// In embed mode: tells the parent page our height whenever it changes.
pub fn report_height_to_parent() {
    let Some(window) = window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let send = move || {
        let height = document_height();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"mailsetup:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = web_sys::window().map_or(Ok(None), |w| w.parent()) {
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(
        move |_: js_sys::Array, _: web_sys::ResizeObserver| send(),
    );
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Sets theme variables on the root element (values validated by the caller).
pub fn apply_theme(theme: Option<&str>, accent: Option<&str>) {
    let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    if let Some(theme) = theme {
        let _ = root.set_attribute("data-theme", theme);
    }
    if let Some(element) = accent.and_then(|_| root.dyn_ref::<web_sys::HtmlElement>()) {
        let _ = element.style().set_property("--ms-accent", accent.unwrap_or_default());
    }
}
