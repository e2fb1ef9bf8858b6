//! The page's JSON reader: what it receives from the proxy (the wire's events, refusals,
//! `/api/config`, `/api/discover`) and its own `config.json`, read without serde.
//!
//! serde's derived readers are generic over the deserialiser, and internally tagged enums
//! and flattened fields (the wire's shape since wire 1: [`ProbeEvent`] by `type`,
//! [`PortReport`] with its facts beside `verdict`) are read twice over, through a buffer of
//! the whole object. In the WebAssembly module that was about a quarter of the code. Here
//! a text is parsed once into a [`Json`] tree and each type picks its fields from it
//! ([`FromJson`]). The proxy and the command line still write (and read) the wire with
//! serde; `tests/wire_compat.rs` requires both readers to read every recorded stream and
//! every written value alike.
//!
//! Reading is as lenient as serde's derives where they are lenient (unknown fields are
//! skipped, unknown cases read as `Other`), and a little more: an absent list reads as
//! empty and an absent flag as `false`.
//!
//! [`ProbeEvent`]: crate::wire::ProbeEvent
//! [`PortReport`]: crate::wire::PortReport

use std::borrow::Cow;
use std::net::IpAddr;

mod types;

/// How deep arrays and objects may nest; the wire's deepest value is about eight.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value, borrowing from the text where it can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// A number, as written (read as an integer by [`FromJson`]: the wire has no fractions).
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Members in their order.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    #[error("not JSON (at byte {0})")]
    Syntax(usize),
    #[error("nested deeper than {MAX_DEPTH}")]
    TooDeep,
    #[error("the field `{0}` is missing")]
    Missing(&'static str),
    #[error("a value of another type than expected")]
    Type,
}

impl<'a> Json<'a> {
    /// Parses one JSON value; whitespace around it is allowed, anything else is not.
    pub fn parse(text: &'a str) -> Result<Json<'a>, JsonError> {
        let mut parser = Parser { text, bytes: text.as_bytes(), at: 0 };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.at != parser.bytes.len() {
            return Err(JsonError::Syntax(parser.at));
        }
        Ok(value)
    }

    /// The member `key` of an object (the first, if it repeats); `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn error<T>(&self) -> Result<T, JsonError> {
        Err(JsonError::Syntax(self.at))
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            self.error()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, JsonError> {
        self.skip_space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.error();
                        }
                    }
                }
                Ok(Json::Array(items))
            }
            Some(b'{') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        if self.bytes.get(self.at) != Some(&b'"') {
                            return self.error();
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return self.error();
                        }
                        members.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.error();
                        }
                    }
                }
                Ok(Json::Object(members))
            }
            Some(b'[' | b'{') => Err(JsonError::TooDeep),
            _ => self.error(),
        }
    }

    fn number(&mut self) -> Result<Json<'a>, JsonError> {
        let start = self.at;
        let digits = |parser: &mut Parser<'_>| {
            let from = parser.at;
            while parser.bytes.get(parser.at).is_some_and(u8::is_ascii_digit) {
                parser.at += 1;
            }
            parser.at > from
        };
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        let integer = self.at;
        if !digits(self) || (self.bytes[integer] == b'0' && self.at - integer > 1) {
            return self.error();
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return self.error();
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return self.error();
            }
        }
        Ok(Json::Number(&self.text[start..self.at]))
    }

    /// A string, the opening quote under the cursor.
    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.at += 1;
        let start = self.at;
        // Without escapes the text is borrowed as it is.
        loop {
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    let text = &self.text[start..self.at];
                    self.at += 1;
                    return Ok(Cow::Borrowed(text));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) | None => return self.error(),
                Some(_) => self.at += 1,
            }
        }
        let mut out = String::from(&self.text[start..self.at]);
        loop {
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return self.error(),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                Some(0..=0x1f) | None => return self.error(),
                Some(_) => {
                    // Copies up to the next quote or backslash (always a character boundary).
                    let from = self.at;
                    while let Some(&b) = self.bytes.get(self.at) {
                        if b == b'"' || b == b'\\' || b < 0x20 {
                            break;
                        }
                        self.at += 1;
                    }
                    out.push_str(&self.text[from..self.at]);
                }
            }
        }
    }

    /// `\uXXXX`, with the cursor on the `u`, and its low surrogate if it is a high one; the
    /// cursor ends on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let unit = self.hex4()?;
        let code = match unit {
            0xd800..=0xdbff => {
                if self.bytes.get(self.at + 1..self.at + 3) != Some(b"\\u") {
                    return self.error();
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&low) {
                    return self.error();
                }
                0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
            }
            0xdc00..=0xdfff => return self.error(),
            _ => unit,
        };
        char::from_u32(code).map_or_else(|| self.error(), Ok)
    }

    /// Four hex digits after the cursor; the cursor moves onto the last.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at + 1..self.at + 5).ok_or(JsonError::Syntax(self.at))?;
        let mut value = 0;
        for &digit in digits {
            value = value * 16 + (digit as char).to_digit(16).ok_or(JsonError::Syntax(self.at))?;
        }
        self.at += 4;
        Ok(value)
    }
}

/// A type read from a [`Json`] value.
pub trait FromJson: Sized {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError>;

    /// What an absent field reads as; `None` when the field is required.
    fn absent() -> Option<Self> {
        None
    }
}

/// Parses `text` and reads a `T` from it.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(&Json::parse(text)?)
}

/// The field `key` of an object: read, or [`FromJson::absent`] when it is not there.
pub fn field<T: FromJson>(object: &Json<'_>, key: &'static str) -> Result<T, JsonError> {
    if !matches!(object, Json::Object(_)) {
        return Err(JsonError::Type);
    }
    match object.get(key) {
        Some(value) => T::from_json(value),
        None => T::absent().ok_or(JsonError::Missing(key)),
    }
}

/// A case of a unit enum, by the name serde gives it (its `rename`s and its `other`
/// catch-all), so the names have one source: the type's serde attributes.
pub fn unit_case<T: serde::de::DeserializeOwned>(value: &Json<'_>) -> Result<T, JsonError> {
    use serde::de::value::{Error, StrDeserializer};
    let name = value.as_str().ok_or(JsonError::Type)?;
    T::deserialize(StrDeserializer::<Error>::new(name)).map_err(|_| JsonError::Type)
}

impl FromJson for bool {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Bool(value) => Ok(*value),
            _ => Err(JsonError::Type),
        }
    }

    fn absent() -> Option<Self> {
        Some(false)
    }
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
                match value {
                    Json::Number(text) => text.parse().map_err(|_| JsonError::Type),
                    _ => Err(JsonError::Type),
                }
            }
        }
    )*};
}
integers!(u16, u32, u64, i64);

impl FromJson for String {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        value.as_str().map(str::to_owned).ok_or(JsonError::Type)
    }
}

impl FromJson for IpAddr {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        value.as_str().and_then(|text| text.parse().ok()).ok_or(JsonError::Type)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match value {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => Err(JsonError::Type),
        }
    }

    fn absent() -> Option<Self> {
        Some(Vec::new())
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        T::from_json(value).map(Box::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_json_allows() {
        let value =
            Json::parse(r#" { "a" : [1, -2.5e3, true, false, null], "b": "x\"\u00e9\ud83d\ude00\n" } "#).unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1"),
                Json::Number("-2.5e3"),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        assert_eq!(value.get("b").and_then(Json::as_str), Some("x\"é😀\n"));
        assert_eq!(Json::parse(r#""plain""#).unwrap(), Json::String(Cow::Borrowed("plain")), "borrowed");
        assert_eq!(Json::parse("[]").unwrap(), Json::Array(Vec::new()));
        assert_eq!(Json::parse("{}").unwrap(), Json::Object(Vec::new()));
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        for text in [
            "",
            "{",
            "[1,]",
            "01",
            "-01",
            "{\"a\":1,}",
            "{a:1}",
            "01x",
            "-",
            "1.",
            "1e",
            "\"\\x\"",
            "\"\u{1}\"",
            "\"open",
            "tru",
            "[1] 2",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\\u12\"",
            "{\"a\" 1}",
        ] {
            assert!(matches!(Json::parse(text), Err(JsonError::Syntax(_))), "{text:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(Json::parse(&deep), Err(JsonError::TooDeep));
        let deepest = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(Json::parse(&deepest).is_ok());
    }

    #[test]
    fn reads_fields_by_their_rules() {
        let value = Json::parse(r#"{"n":7,"big":70000,"s":"x","ip":"::1","none":null,"list":[1,2]}"#).unwrap();
        assert_eq!(field::<u16>(&value, "n"), Ok(7));
        assert_eq!(field::<u16>(&value, "big"), Err(JsonError::Type));
        assert_eq!(field::<u16>(&value, "gone"), Err(JsonError::Missing("gone")));
        assert_eq!(field::<Option<u16>>(&value, "gone"), Ok(None));
        assert_eq!(field::<Option<String>>(&value, "none"), Ok(None));
        assert_eq!(field::<Vec<u64>>(&value, "list"), Ok(vec![1, 2]));
        assert_eq!(field::<Vec<u64>>(&value, "gone"), Ok(Vec::new()));
        assert_eq!(field::<bool>(&value, "gone"), Ok(false));
        assert_eq!(field::<IpAddr>(&value, "ip"), Ok(IpAddr::from([0, 0, 0, 0, 0, 0, 0, 1])));
        assert_eq!(field::<String>(&value, "n"), Err(JsonError::Type));
        assert_eq!(field::<u16>(&Json::Null, "n"), Err(JsonError::Type), "not an object");
        // Numbers are kept as written, and read only as integers (the fuzzer's first find:
        // `serde_json` refuses a number past an f64's range, this reader refuses it there).
        let huge = Json::parse("12e5195").unwrap();
        assert_eq!(huge, Json::Number("12e5195"));
        assert_eq!(u64::from_json(&huge), Err(JsonError::Type));
        assert_eq!(u64::from_json(&Json::parse("18446744073709551616").unwrap()), Err(JsonError::Type));
    }
}
