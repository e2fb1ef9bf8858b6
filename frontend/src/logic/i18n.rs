//! The page's languages: Project Fluent messages (`shared/app/i18n/<lang>.ftl`, read by
//! `mailsetup_shared::words`), the choice of
//! language (`?lang=`, then `config.json`, then the browser's languages, then English), and
//! numbers and dates in the chosen locale.
//!
//! English is compiled in, so the page answers before anything else arrives; every other
//! language is one `.ftl` file fetched when it is chosen (see `services::api::load_messages`).
//! A message missing from a translation falls back to English, never to its id.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub use mailsetup_shared::words::{Arg, Args, ENGLISH_FTL, Lang, Words, WordsError as I18nError};

/// The language to show: the link's `?lang=`, then the site's default from `config.json`,
/// then the first of the browser's languages the page speaks, then English. A value the
/// page does not speak is passed over, never an error.
pub fn choose(param: Option<&str>, site_default: Option<&str>, browser: &[String]) -> Lang {
    param
        .and_then(Lang::from_tag)
        .or_else(|| site_default.and_then(Lang::from_tag))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or(Lang::En)
}

/// What `build.rs` writes into [`CARD_ENGLISH_FTL`]; here for its tests.
#[cfg(test)]
mod card_part;

/// The part of English the card's module compiles in (see [`card_part`]), written by
/// `build.rs`.
pub const CARD_ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en-card.ftl"));

/// The page's words: the shared [`Words`] of one language, plus what only a browser has
/// (numbers and dates by `Intl`) and a cache. Cheap to clone; two are equal when they speak
/// the same language.
#[derive(Clone)]
pub struct Tr {
    words: Words,
    /// Messages without arguments, formatted once: the page asks for the same few hundred
    /// on every render (a keystroke must stay cheap).
    plain: Rc<RefCell<HashMap<String, String>>>,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang()).finish_non_exhaustive()
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.words == other.words
    }
}

/// No messages at all, each coming back as its id: the words of a component rendered
/// outside the app, which gives its words to every component it renders (none is rendered
/// outside it). Either module's English here would link that English into the other module.
impl Default for Tr {
    fn default() -> Tr {
        Tr { words: Words::english_from("").expect("an empty file parses"), plain: Rc::default() }
    }
}

thread_local! {
    static CARD_ENGLISH: Words = Words::english_from(CARD_ENGLISH_FTL).expect("en.ftl's card part parses (a test checks it)");
}

impl Tr {
    /// English, compiled in.
    pub fn english() -> Tr {
        Tr { words: Words::english(), plain: Rc::default() }
    }

    /// The part of English the card's module shows ([`CARD_ENGLISH_FTL`]): the messages of
    /// the field and the answer card. The whole page's messages come back as their ids.
    pub fn card_english() -> Tr {
        Tr { words: CARD_ENGLISH.with(Words::clone), plain: Rc::default() }
    }

    /// `lang` from the text of its `.ftl` file.
    pub fn new(lang: Lang, ftl: &str) -> Result<Tr, I18nError> {
        Ok(Tr { words: Words::new(lang, ftl)?, plain: Rc::default() })
    }

    /// `lang` from the text of its `.ftl` file, with this English behind it (all of it, or
    /// the card's part).
    pub fn translated(&self, lang: Lang, ftl: &str) -> Result<Tr, I18nError> {
        Ok(Tr { words: self.words.translated(lang, ftl)?, plain: Rc::default() })
    }

    /// The shared words, for the renderers in `mailsetup_shared`.
    pub fn words(&self) -> &Words {
        &self.words
    }

    pub fn lang(&self) -> Lang {
        self.words.lang()
    }

    /// `Some("en")` when the page is in another language: the `lang` attribute for text that
    /// exists in English only (providers' own hints).
    pub fn english_only(&self) -> Option<&'static str> {
        self.words.english_only()
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        if let Some(text) = self.plain.borrow().get(id) {
            return text.clone();
        }
        let text = self.words.t(id);
        self.plain.borrow_mut().insert(id.to_owned(), text.clone());
        text
    }

    /// A message with arguments. An id in no bundle comes back as itself, so a mistake
    /// shows on the page and in tests instead of an empty line.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        self.words.format(id, args)
    }

    /// Items as this language lists them (see [`Words::list`]).
    pub fn list(&self, id: &str, items: &[String]) -> String {
        self.words.list(id, items)
    }

    /// Words a shared module left to the page (a guide's steps): its message with its values.
    pub fn say(&self, text: &mailsetup_shared::guides::Text) -> String {
        self.words.say(text)
    }

    /// Whether this language (not English behind it) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        self.words.has_own(id)
    }

    /// A number as this locale writes it (`1,234.5`, `1.234,5`, `1 234,5`), with at most
    /// `fraction_digits` decimals.
    pub fn number(&self, value: f64, fraction_digits: u8) -> String {
        locale::number(self.lang().id(), value, fraction_digits)
    }

    /// `text` with its first letter in lower case, to follow a colon inside a sentence;
    /// unchanged in German, where a whole sentence after a colon keeps its capital (and a
    /// noun always does). The browser lowercases it, so the page carries no Unicode case
    /// tables.
    pub fn lowercase_first(&self, text: &str) -> String {
        let mut chars = text.chars();
        match chars.next() {
            Some(first) if self.lang().id() != "de" => locale::lowercase(first) + chars.as_str(),
            _ => text.to_owned(),
        }
    }

    /// A date (`2026-12-02` or a full RFC 3339 time) as this locale writes it; the text as
    /// it came when it is not a date.
    pub fn date(&self, iso: &str) -> String {
        locale::date(self.lang().id(), iso)
    }

    /// A month (`2026-12` or a date in it) as this locale writes it: "December 2026".
    pub fn month(&self, iso: &str) -> String {
        locale::month(self.lang().id(), iso)
    }
}

/// Number and date formatting: the browser's `Intl` in the page, a plain fallback natively
/// (where only the tests run).
#[cfg(target_arch = "wasm32")]
mod locale {
    use js_sys::{Array, Date, Function, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &JsValue::from_str(key), value);
        }
        object
    }

    fn call(format: Function, value: &JsValue) -> Option<String> {
        format.call1(&JsValue::NULL, value).ok()?.as_string()
    }

    pub(super) fn number(lang: &str, value: f64, fraction_digits: u8) -> String {
        let locales = Array::of1(&JsValue::from_str(lang));
        let options = options(&[("maximumFractionDigits", JsValue::from(fraction_digits))]);
        let format = Intl::NumberFormat::new(&locales, &options).format();
        call(format, &JsValue::from_f64(value)).unwrap_or_else(|| super::plain_number(value, fraction_digits))
    }

    pub(super) fn lowercase(letter: char) -> String {
        js_sys::JsString::from(letter).to_lower_case().into()
    }

    pub(super) fn month(lang: &str, iso: &str) -> String {
        let first = format!("{}-01T12:00:00Z", iso.get(..7).unwrap_or(iso));
        let date = Date::new(&JsValue::from_str(&first));
        if date.get_time().is_nan() {
            return iso.to_owned();
        }
        let locales = Array::of1(&JsValue::from_str(lang));
        let options = options(&[
            ("year", JsValue::from_str("numeric")),
            ("month", JsValue::from_str("long")),
            ("timeZone", JsValue::from_str("UTC")),
        ]);
        let format = Intl::DateTimeFormat::new(&locales, &options).format();
        call(format.unchecked_into(), &date.into()).unwrap_or_else(|| iso.to_owned())
    }

    pub(super) fn date(lang: &str, iso: &str) -> String {
        let date = Date::new(&JsValue::from_str(iso));
        if date.get_time().is_nan() {
            return iso.to_owned();
        }
        let locales = Array::of1(&JsValue::from_str(lang));
        let options = options(&[("dateStyle", JsValue::from_str("long")), ("timeZone", JsValue::from_str("UTC"))]);
        let format = Intl::DateTimeFormat::new(&locales, &options).format();
        call(format.unchecked_into(), &date.into()).unwrap_or_else(|| iso.to_owned())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod locale {
    pub(super) fn number(_lang: &str, value: f64, fraction_digits: u8) -> String {
        super::plain_number(value, fraction_digits)
    }

    pub(super) fn date(_lang: &str, iso: &str) -> String {
        iso.split('T').next().unwrap_or(iso).to_owned()
    }

    pub(super) fn month(_lang: &str, iso: &str) -> String {
        iso.get(..7).unwrap_or(iso).to_owned()
    }

    pub(super) fn lowercase(letter: char) -> String {
        letter.to_lowercase().collect()
    }
}

/// `value` with at most `fraction_digits` decimals (rounded half away from zero) and no
/// trailing zeros. In whole numbers, so the page carries no floating-point formatting.
fn plain_number(value: f64, fraction_digits: u8) -> String {
    let scale = 10_i64.pow(u32::from(fraction_digits.min(9)));
    // Saturates at i64's bounds, far beyond any number the page shows.
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = ((scaled / scale).unsigned_abs(), (scaled % scale).unsigned_abs());
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:0width$}", width = usize::from(fraction_digits.min(9)));
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
pub(crate) mod tests;
