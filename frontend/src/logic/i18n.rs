//! The page's languages: Project Fluent messages (`frontend/i18n/<lang>.ftl`), the choice of
//! language (`?lang=`, then `config.json`, then the browser's languages, then English), and
//! numbers and dates in the chosen locale.
//!
//! English is compiled in, so the page answers before anything else arrives; every other
//! language is one `.ftl` file fetched when it is chosen (see `services::api::load_messages`).
//! A message missing from a translation falls back to English, never to its id.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The English messages, compiled in.
pub const ENGLISH_FTL: &str = include_str!("../../i18n/en.ftl");

/// Declares [`Lang`] from one table (variant, BCP 47 tag, autonym), so `ALL`, `id` and
/// `autonym` cannot miss a language.
macro_rules! langs {
    ($($variant:ident = $id:literal, $autonym:literal;)*) => {
        /// A language the page speaks.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($variant,)*
        }

        impl Lang {
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// The BCP 47 tag: `lang` attributes, `?lang=`, the `.ftl` file's name.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Lang::$variant => $id,)*
                }
            }

            /// The language's name in itself, for the switch.
            pub const fn autonym(self) -> &'static str {
                match self {
                    $(Lang::$variant => $autonym,)*
                }
            }
        }
    };
}

langs! {
    En = "en", "English";
    De = "de", "Deutsch";
    Fr = "fr", "Français";
    Es = "es", "Español";
}

impl Lang {
    /// The language of a tag such as `de`, `de-AT` or `FR_ca`; `None` for one the page does
    /// not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.iter().copied().find(|lang| lang.id().eq_ignore_ascii_case(primary))
    }
}

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

/// Why a translation could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    #[error("the {lang} messages do not parse: {errors}")]
    Syntax { lang: &'static str, errors: String },
    #[error("the {lang} messages define {id} twice")]
    Duplicate { lang: &'static str, id: String },
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang, ftl: &str) -> Result<Bundle, I18nError> {
    let resource = FluentResource::try_new(ftl.to_owned()).map_err(|(_, errors)| I18nError::Syntax {
        lang: lang.id(),
        errors: errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "),
    })?;
    let tag = lang.id().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // No invisible isolation marks around values: they would end up in copied host names.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|errors| I18nError::Duplicate {
        lang: lang.id(),
        id: errors.first().map(|e| format!("{e:?}")).unwrap_or_default(),
    })?;
    Ok(bundle)
}

thread_local! {
    static ENGLISH: Rc<Bundle> = Rc::new(bundle(Lang::En, ENGLISH_FTL).expect("en.ftl parses (a test checks it)"));
}

/// The messages of one language, with English behind them. Cheap to clone; two are equal
/// when they speak the same language.
#[derive(Clone)]
pub struct Tr {
    lang: Lang,
    own: Option<Rc<Bundle>>,
    english: Rc<Bundle>,
    /// Messages without arguments, formatted once: the page asks for the same few hundred
    /// on every render (a keystroke must stay cheap).
    plain: Rc<RefCell<HashMap<String, String>>>,
}

impl fmt::Debug for Tr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Tr) -> bool {
        self.lang == other.lang
    }
}

impl Default for Tr {
    fn default() -> Tr {
        Tr::english()
    }
}

/// A message's arguments: `&[("host", host.into()), ("count", n.into())]`.
pub type Args<'a> = [(&'a str, Arg<'a>)];

/// One value for a message: text, or a number (which plurals select on). Converted to
/// Fluent's own value in one place, so the page's many call sites stay small.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Arg<'a> {
        Arg::Text(text)
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u16, u32, u64, usize, i32, i64);

impl Tr {
    /// English, compiled in.
    pub fn english() -> Tr {
        let english = ENGLISH.with(Rc::clone);
        Tr { lang: Lang::En, own: None, english, plain: Rc::default() }
    }

    /// `lang` from the text of its `.ftl` file.
    pub fn new(lang: Lang, ftl: &str) -> Result<Tr, I18nError> {
        if lang == Lang::En {
            return Ok(Tr::english());
        }
        let own = Some(Rc::new(bundle(lang, ftl)?));
        Ok(Tr { lang, own, english: ENGLISH.with(Rc::clone), plain: Rc::default() })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// `Some("en")` when the page is in another language: the `lang` attribute for text that
    /// exists in English only (providers' own hints).
    pub fn english_only(&self) -> Option<&'static str> {
        (self.lang != Lang::En).then_some("en")
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        if let Some(text) = self.plain.borrow().get(id) {
            return text.clone();
        }
        let text = self.format(id, &[]);
        self.plain.borrow_mut().insert(id.to_owned(), text.clone());
        text
    }

    /// A message with arguments. An id in no bundle comes back as itself, so a mistake
    /// shows on the page and in tests instead of an empty line.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let found = self.own.as_deref().and_then(|b| Some((b, b.get_message(id)?.value()?)));
        let Some((bundle, pattern)) = found.or_else(|| Some((&*self.english, self.english.get_message(id)?.value()?)))
        else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// Items as this language lists them: "a, b and c" with `list-and`, "a, b or c" with
    /// `list-or`; one item alone; nothing for none.
    pub fn list(&self, id: &str, items: &[String]) -> String {
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => self.format(id, &[("first", rest.join(", ").into()), ("last", last.as_str().into())]),
        }
    }

    /// Words a shared module left to the page (a guide's steps): its message with its values.
    pub fn say(&self, text: &mailsetup_shared::guides::Text) -> String {
        let args: Vec<(&str, Arg<'_>)> = text.args.iter().map(|(name, value)| (*name, value.as_str().into())).collect();
        self.format(text.id, &args)
    }

    /// Whether this language (not English behind it) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        match &self.own {
            Some(bundle) => bundle.has_message(id),
            None => self.english.has_message(id),
        }
    }

    /// A number as this locale writes it (`1,234.5`, `1.234,5`, `1 234,5`), with at most
    /// `fraction_digits` decimals.
    pub fn number(&self, value: f64, fraction_digits: u8) -> String {
        locale::number(self.lang.id(), value, fraction_digits)
    }

    /// A date (`2026-12-02` or a full RFC 3339 time) as this locale writes it; the text as
    /// it came when it is not a date.
    pub fn date(&self, iso: &str) -> String {
        locale::date(self.lang.id(), iso)
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
}

/// `value` with at most `fraction_digits` decimals and no trailing zeros.
fn plain_number(value: f64, fraction_digits: u8) -> String {
    let text = format!("{value:.*}", usize::from(fraction_digits));
    if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_owned() } else { text }
}

#[cfg(test)]
pub(crate) mod tests;
