//! Words for people, in four languages: the Project Fluent messages of `shared/app/i18n/<lang>.ftl`,
//! one renderer for the page and the CLI. The files are read by [`messages`], a small reader
//! of the part of Fluent's syntax they use, so the page carries neither Fluent's parser nor
//! its plural tables.
//!
//! Every sentence a person reads is a message here; code says which message and with which
//! values ([`Arg`]), never the words. A message missing from a translation falls back to
//! English, never to its id. English is always compiled in; [`ftl`] has the others for
//! programs that carry every language (the CLI), while the page fetches one when it is chosen.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use email_settings::settings::{Origin, PortReason, Settings, Why};
use email_settings::way_in::{Blocked, WayIn};
use messages::{Messages, PluralRule, ReadError, Value};

mod messages;

/// The English messages, compiled in.
pub const ENGLISH_FTL: &str = include_str!("../i18n/en.ftl");

/// Declares [`Lang`] from one table (variant, BCP 47 tag, autonym, messages), so `ALL`, `id`,
/// `autonym` and [`ftl`] cannot miss a language.
macro_rules! langs {
    ($($variant:ident = $id:literal, $autonym:literal, $file:literal;)*) => {
        /// A language mailsetup speaks.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($variant,)*
        }

        impl Lang {
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// The BCP 47 tag: `lang` attributes, `?lang=`, `--lang`, the `.ftl` file's name.
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

        /// The text of `lang`'s `.ftl` file, compiled in (only what a program uses of it is
        /// linked: the page links English alone).
        pub const fn ftl(lang: Lang) -> &'static str {
            match lang {
                $(Lang::$variant => include_str!($file),)*
            }
        }
    };
}

langs! {
    En = "en", "English", "../i18n/en.ftl";
    De = "de", "Deutsch", "../i18n/de.ftl";
    Fr = "fr", "Français", "../i18n/fr.ftl";
    Es = "es", "Español", "../i18n/es.ftl";
}

impl Lang {
    /// The language of a tag such as `de`, `de-AT` or `FR_ca`; `None` for one not spoken here.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_', '.']).next()?;
        Lang::ALL.iter().copied().find(|lang| lang.id().eq_ignore_ascii_case(primary))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Words for a reader to say: a message id of `shared/app/i18n/*.ftl` and the values it needs
/// (names and values, never words of their own).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Text {
    pub(crate) fn new(id: &'static str) -> Text {
        Text { id, args: Vec::new() }
    }

    pub(crate) fn with(id: &'static str, args: &[(&'static str, &str)]) -> Text {
        Text { id, args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect() }
    }
}

/// Why a translation could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WordsError {
    #[error("the {lang} messages do not parse: {errors}")]
    Syntax { lang: &'static str, errors: String },
    #[error("the {lang} messages define {id} twice")]
    Duplicate { lang: &'static str, id: String },
}

type Bundle = Messages;

fn bundle(lang: Lang, ftl: &str) -> Result<Bundle, WordsError> {
    Messages::parse(ftl).map_err(|error| match error {
        ReadError::Syntax(problems) => WordsError::Syntax { lang: lang.id(), errors: problems.join("; ") },
        ReadError::Duplicate(id) => WordsError::Duplicate { lang: lang.id(), id },
    })
}

/// How `lang` picks a number's plural variant.
fn plural_rule(lang: Lang) -> PluralRule {
    match lang {
        Lang::Fr => PluralRule::ZeroAndOneAreOne,
        Lang::En | Lang::De | Lang::Es => PluralRule::OneIsOne,
    }
}

thread_local! {
    // One parse per thread (the messages are shared by `Rc`): a proxy's worker threads each
    // render English verdicts.
    static ENGLISH: Rc<Bundle> = Rc::new(bundle(Lang::En, ENGLISH_FTL).expect("en.ftl parses (a test checks it)"));
}

/// The messages of one language, with English behind them. Cheap to clone; two are equal
/// when they speak the same language.
#[derive(Clone)]
pub struct Words {
    lang: Lang,
    own: Option<Rc<Bundle>>,
    english: Rc<Bundle>,
}

impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Words").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.lang == other.lang
    }
}

impl Default for Words {
    fn default() -> Words {
        Words::english()
    }
}

/// A message's arguments: `&[("host", host.into()), ("count", n.into())]`.
pub type Args<'a> = [(&'a str, Arg<'a>)];

/// One value for a message: text, or a whole number (which plurals select on).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
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
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u16, u32, u64, usize, i32, i64);

impl Words {
    /// English, compiled in.
    pub fn english() -> Words {
        Words { lang: Lang::En, own: None, english: ENGLISH.with(Rc::clone) }
    }

    /// `lang` from the text of its `.ftl` file.
    pub fn new(lang: Lang, ftl: &str) -> Result<Words, WordsError> {
        Words::english().translated(lang, ftl)
    }

    /// English from a part of `en.ftl`: for a program that shows only some of the messages
    /// and should carry only those (the page's first module, which shows the answer card).
    /// A message outside the part comes back as its id, as any unknown id does; languages
    /// read with [`Words::translated`] fall back to this part.
    pub fn english_from(ftl: &str) -> Result<Words, WordsError> {
        Ok(Words { lang: Lang::En, own: None, english: Rc::new(bundle(Lang::En, ftl)?) })
    }

    /// `lang` from the text of its `.ftl` file, with these words' English behind it.
    pub fn translated(&self, lang: Lang, ftl: &str) -> Result<Words, WordsError> {
        let own = match lang {
            Lang::En => None,
            _ => Some(Rc::new(bundle(lang, ftl)?)),
        };
        Ok(Words { lang, own, english: Rc::clone(&self.english) })
    }

    /// `lang` from its compiled-in messages (see [`ftl`]).
    pub fn builtin(lang: Lang) -> Words {
        Words::new(lang, ftl(lang)).unwrap_or_else(|_| Words::english())
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// `Some("en")` when these words are in another language: the `lang` attribute for text
    /// that exists in English only.
    pub fn english_only(&self) -> Option<&'static str> {
        (self.lang != Lang::En).then_some("en")
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments. An id in no bundle comes back as itself, so a mistake
    /// shows on the page and in tests instead of an empty line.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        self.formatted(id, args).map_or_else(|| id.to_owned(), |(text, _)| text)
    }

    /// A message with arguments, or `None` when no bundle has it or a value it uses is
    /// missing (Fluent would show the variable's name): for text that has another source
    /// to fall back on.
    pub fn format_checked(&self, id: &str, args: &Args<'_>) -> Option<String> {
        self.formatted(id, args).filter(|(_, complete)| *complete).map(|(text, _)| text)
    }

    /// The message, and whether every value it uses was given.
    fn formatted(&self, id: &str, args: &Args<'_>) -> Option<(String, bool)> {
        let own = self.own.as_deref().and_then(|b| Some((b.get(id)?, plural_rule(self.lang))));
        let (pattern, rule) = own.or_else(|| Some((self.english.get(id)?, PluralRule::OneIsOne)))?;
        let values: Vec<(&str, Value<'_>)> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => Value::Text(text.as_ref()),
                    Arg::Number(n) => Value::Number(*n),
                };
                (*name, value)
            })
            .collect();
        Some(pattern.format(&values, rule))
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

    /// Words a shared module left to its reader (a guide's steps): its message with its values.
    pub fn say(&self, text: &Text) -> String {
        let args: Vec<(&str, Arg<'_>)> = text.args.iter().map(|(name, value)| (*name, value.as_str().into())).collect();
        self.format(text.id, &args)
    }

    /// Whether this language (not English behind it) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        match &self.own {
            Some(bundle) => bundle.contains(id),
            None => self.english.contains(id),
        }
    }
}

/// Why a candidate is where it is in the list ([`Why`]), in `words`' language.
pub fn why(why: Why, words: &Words) -> String {
    let reason = match why.port {
        PortReason::Plain => words.t("why-plain"),
        PortReason::ImplicitTls465 => words.t("why-implicit-465"),
        PortReason::Submission587 => words.t("why-submission-587"),
        PortReason::Relay25 => words.t("why-relay-25"),
        PortReason::ImplicitTls { port } => words.format("why-implicit", &[("port", port.into())]),
        PortReason::StartTls { port } => words.format("why-starttls", &[("port", port.into())]),
    };
    let lead = match why.origin {
        Origin::Published => return reason,
        Origin::Guessed => "why-guessed",
        Origin::Srv => "why-srv",
        Origin::Autoconfig => "why-autoconfig",
        Origin::Tested => "why-tested",
    };
    words.format(lead, &[("reason", reason.into())])
}

/// The message that says what goes in the program's password field for this way in.
pub fn password_field(way: WayIn) -> &'static str {
    match way {
        WayIn::SignIn { .. } => "guide-value-password-sign-in",
        WayIn::AppPassword => "guide-value-app-password",
        WayIn::Bridge => "guide-value-bridge-password",
        WayIn::ApiKey => "guide-value-api-key",
        WayIn::Password | WayIn::EnableFirst | WayIn::NotHere(_) | WayIn::NoAccess => "guide-value-your-password",
    }
}

/// A way in ([`WayIn`]), in a few words: for `lookup` and the page's list of programs.
pub fn way_in(way: WayIn, settings: &Settings) -> Text {
    let provider = settings.provider_name.as_str();
    let user = settings.best_smtp().map_or("", |c| c.username.as_str());
    match way {
        WayIn::SignIn { with } => Text::with("way-in-sign-in", &[("name", with.label())]),
        WayIn::AppPassword => Text::with("way-in-app-password", &[("provider", provider)]),
        WayIn::Password => Text::with("way-in-password", &[("provider", provider)]),
        WayIn::EnableFirst => Text::with("way-in-enable-first", &[("provider", provider)]),
        WayIn::Bridge => Text::with("way-in-bridge", &[("provider", provider)]),
        WayIn::ApiKey => Text::with("way-in-api-key", &[("user", user)]),
        WayIn::NotHere(Blocked::BridgeOnComputer) => Text::with("way-in-not-here-bridge", &[("provider", provider)]),
        WayIn::NotHere(Blocked::NoSignInButton) => Text::with("way-in-not-here-sign-in", &[("provider", provider)]),
        WayIn::NotHere(Blocked::SendingService) => Text::with("way-in-not-here-service", &[("provider", provider)]),
        WayIn::NoAccess => Text::with("way-in-no-access", &[("provider", provider)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_and_falls_back_to_english() {
        for &lang in Lang::ALL {
            let words = Words::new(lang, ftl(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(words.lang(), lang);
            assert!(words.has_own("step-connect"), "{lang} lacks step-connect");
        }
        let broken = Words::new(Lang::De, "step-connect = Verbinden\n");
        let broken = broken.unwrap();
        assert_eq!(broken.t("step-connect"), "Verbinden");
        assert_eq!(broken.t("step-resolve"), Words::english().t("step-resolve"));
        assert_eq!(broken.t("no-such-message"), "no-such-message");
    }

    #[test]
    fn a_part_of_english_stands_behind_the_languages_read_over_it() {
        let part = Words::english_from("step-connect = Connect\nstep-resolve = Resolve\n").unwrap();
        assert_eq!(part.t("step-connect"), "Connect");
        assert_eq!(part.t("header-tagline"), "header-tagline", "outside the part: its id, as any unknown id");
        let german = part.translated(Lang::De, "step-connect = Verbinden\n").unwrap();
        assert_eq!((german.lang(), german.t("step-connect")), (Lang::De, "Verbinden".to_owned()));
        assert_eq!(german.t("step-resolve"), "Resolve", "English behind it is the part");
        assert_eq!(part.translated(Lang::En, "ignored = x\n").unwrap().t("step-resolve"), "Resolve");
        assert!(Words::english_from("broken = {").is_err());
    }

    #[test]
    fn tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("es_ES.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("ja"), None);
    }
}
