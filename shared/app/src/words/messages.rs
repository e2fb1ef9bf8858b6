//! The messages of one `.ftl` file, read and formatted without Fluent's own crates: the page
//! carries this small reader instead of Fluent's parser, resolver and plural tables.
//!
//! It reads the part of [Project Fluent](https://projectfluent.org/fluent/guide/) syntax the
//! project's files use, and refuses the rest with the line it stopped at:
//!
//! - comments (`#`, `##`, `###`) and blank lines;
//! - messages `id = text`, whose text may hold placeables: a variable `{ $name }` and a
//!   string literal `{ "..." }` (escapes `\"`, `\\`, `\uXXXX`, `\UXXXXXX`);
//! - a select expression as a message's whole value, on the lines after `id =`:
//!   `{ $name ->`, one variant a line (`[key] text`, the default marked `*[key]`), `}`. A key
//!   is a number (matched exactly) or a name: a plural category (`one`, `other`, ...) for a
//!   number, the value itself for text.
//!
//! Formatting follows Fluent's rules for that subset: no isolation marks, a missing variable
//! shows as `{$name}` and makes the result incomplete, and a number selects its variant by
//! the language's plural rule. A test formats every message of every language with both
//! this reader and Fluent's and requires the same text.

use std::collections::HashMap;

/// One language's messages.
#[derive(Debug, Default)]
pub(crate) struct Messages {
    map: HashMap<Box<str>, Pattern>,
}

/// A message's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pattern {
    /// Text with variables.
    Plain(Vec<Piece>),
    /// The variant picked by one variable.
    Select { variable: Box<str>, variants: Vec<(Key, Vec<Piece>)>, default: usize },
}

/// A run of text, or a variable's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    Text(Box<str>),
    Variable(Box<str>),
}

/// A variant's key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    Number(i64),
    Name(Box<str>),
}

/// A value given to a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Value<'a> {
    Text(&'a str),
    Number(i64),
}

/// The plural category a number falls in, for the languages spoken here (CLDR's rules for
/// whole numbers; `many`, which Spanish and French give to millions, has no variant in the
/// files and falls to the default as Fluent's does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PluralRule {
    /// English, German, Spanish: `one` for 1.
    OneIsOne,
    /// French: `one` for 0 and 1.
    ZeroAndOneAreOne,
}

impl PluralRule {
    fn category(self, n: i64) -> &'static str {
        let one = match self {
            PluralRule::OneIsOne => n == 1,
            PluralRule::ZeroAndOneAreOne => n == 0 || n == 1,
        };
        if one { "one" } else { "other" }
    }
}

/// Why a file could not be read: its problems, each with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadError {
    Syntax(Vec<String>),
    Duplicate(String),
}

impl Messages {
    /// Reads the text of an `.ftl` file.
    pub(crate) fn parse(source: &str) -> Result<Messages, ReadError> {
        let mut map = HashMap::new();
        let mut problems = Vec::new();
        let lines: Vec<&str> = source.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            i += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((id, first)) = line.split_once('=').map(|(id, rest)| (id.trim_end(), rest)) else {
                problems.push(format!("line {i}: expected `id = text`"));
                continue;
            };
            if !is_identifier(id) {
                problems.push(format!("line {i}: `{id}` is not a message id"));
                continue;
            }
            // The lines that belong to this message: indented ones.
            let start = i;
            while i < lines.len() && lines[i].starts_with([' ', '\t']) && !lines[i].trim().is_empty() {
                i += 1;
            }
            let result = if first.trim().is_empty() {
                parse_block(&lines[start..i], start + 1)
            } else if start < i {
                Err(format!("line {}: text continued on the next line is not read here", start + 1))
            } else {
                parse_text(first.trim_start(), i).map(Pattern::Plain)
            };
            match result {
                Ok(pattern) => {
                    if map.insert(Box::from(id), pattern).is_some() {
                        return Err(ReadError::Duplicate(id.to_owned()));
                    }
                }
                Err(problem) => problems.push(problem),
            }
        }
        if problems.is_empty() { Ok(Messages { map }) } else { Err(ReadError::Syntax(problems)) }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Pattern> {
        self.map.get(id)
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.map.contains_key(id)
    }

    /// The ids, in no order (for tests).
    #[cfg(test)]
    pub(crate) fn ids(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|id| &**id)
    }
}

impl Pattern {
    /// The text for `args`, and whether every variable it uses had a value.
    pub(crate) fn format(&self, args: &[(&str, Value<'_>)], rule: PluralRule) -> (String, bool) {
        let value = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        let pieces = match self {
            Pattern::Plain(pieces) => pieces,
            Pattern::Select { variable, variants, default } => {
                let chosen = value(variable).and_then(|v| variants.iter().position(|(key, _)| matches(key, v, rule)));
                let (_, pieces) = &variants[chosen.unwrap_or(*default)];
                let (text, complete) = format_pieces(pieces, &value);
                return (text, complete && value(variable).is_some());
            }
        };
        format_pieces(pieces, &value)
    }
}

fn format_pieces<'a>(pieces: &[Piece], value: &impl Fn(&str) -> Option<Value<'a>>) -> (String, bool) {
    let mut text = String::new();
    let mut complete = true;
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(t),
            Piece::Variable(name) => match value(name) {
                Some(Value::Text(t)) => text.push_str(t),
                Some(Value::Number(n)) => text.push_str(&n.to_string()),
                None => {
                    complete = false;
                    text.push_str("{$");
                    text.push_str(name);
                    text.push('}');
                }
            },
        }
    }
    (text, complete)
}

fn matches(key: &Key, value: Value<'_>, rule: PluralRule) -> bool {
    match (key, value) {
        (Key::Number(k), Value::Number(n)) => *k == n,
        (Key::Name(k), Value::Number(n)) => &**k == rule.category(n),
        (Key::Name(k), Value::Text(t)) => &**k == t,
        (Key::Number(_), Value::Text(_)) => false,
    }
}

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A value on the lines after `id =`: one select expression.
fn parse_block(lines: &[&str], first_line: usize) -> Result<Pattern, String> {
    let at = |k: usize| first_line + k;
    let (open, rest) = lines.split_first().ok_or_else(|| format!("line {}: the message has no value", at(0)))?;
    let variable = open
        .trim()
        .strip_prefix('{')
        .and_then(|s| s.trim_end().strip_suffix("->"))
        .map(str::trim)
        .and_then(|s| s.strip_prefix('$'))
        .filter(|name| is_identifier(name))
        .ok_or_else(|| format!("line {}: expected `{{ $name ->` (a select expression)", at(0)))?;
    let (close, variant_lines) =
        rest.split_last().ok_or_else(|| format!("line {}: the select expression is not closed", at(0)))?;
    if close.trim() != "}" {
        return Err(format!("line {}: expected `}}` closing the select expression", at(lines.len() - 1)));
    }
    let mut variants = Vec::new();
    let mut default = None;
    for (k, line) in variant_lines.iter().enumerate() {
        let line_no = at(k + 1);
        let line = line.trim_start();
        let (is_default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, text) = line
            .strip_prefix('[')
            .and_then(|s| s.split_once(']'))
            .ok_or_else(|| format!("line {line_no}: expected a variant `[key] text`"))?;
        let key = key.trim();
        let key = match key.parse::<i64>() {
            Ok(n) => Key::Number(n),
            Err(_) if is_identifier(key) => Key::Name(Box::from(key)),
            Err(_) => return Err(format!("line {line_no}: `{key}` is not a variant key")),
        };
        if is_default {
            if default.is_some() {
                return Err(format!("line {line_no}: a second default variant"));
            }
            default = Some(variants.len());
        }
        variants.push((key, parse_text(text.trim_start(), line_no)?));
    }
    let default = default.ok_or_else(|| format!("line {}: the select expression has no default (`*[...]`)", at(0)))?;
    Ok(Pattern::Select { variable: Box::from(variable), variants, default })
}

/// One line of text with placeables; its trailing blanks are not part of it.
fn parse_text(text: &str, line: usize) -> Result<Vec<Piece>, String> {
    let text = text.trim_end_matches([' ', '\t']);
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        literal.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err(format!("line {line}: a `}}` outside a placeable"));
        }
        let after = &rest[open + 1..];
        let inner_end = placeable_end(after).ok_or_else(|| format!("line {line}: a placeable is not closed"))?;
        let inner = after[..inner_end].trim();
        if let Some(name) = inner.strip_prefix('$') {
            if !is_identifier(name) {
                return Err(format!("line {line}: `{inner}` is not a variable"));
            }
            if !literal.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut literal).into_boxed_str()));
            }
            pieces.push(Piece::Variable(Box::from(name)));
        } else if let Some(quoted) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            literal.push_str(&unescape(quoted).ok_or_else(|| format!("line {line}: a bad escape in `{inner}`"))?);
        } else {
            return Err(format!("line {line}: `{{{inner}}}` is not read here (only variables and string literals)"));
        }
        rest = &after[inner_end + 1..];
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal.into_boxed_str()));
    }
    Ok(pieces)
}

/// Where the placeable that starts `text` (after its `{`) ends: its `}`, outside quotes.
fn placeable_end(text: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (false, _, '"') => in_string = true,
            (false, _, '}') => return Some(i),
            (false, _, '{') => return None,
            _ => {}
        }
    }
    None
}

/// A string literal's text: `\"`, `\\`, `\uXXXX` and `\UXXXXXX`.
fn unescape(quoted: &str) -> Option<String> {
    let mut out = String::with_capacity(quoted.len());
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => match chars.next()? {
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                u @ ('u' | 'U') => {
                    let digits: String = chars.by_ref().take(if u == 'u' { 4 } else { 6 }).collect();
                    let code = u32::from_str_radix(&digits, 16).ok()?;
                    out.push(char::from_u32(code)?);
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(source: &str, id: &str, args: &[(&str, Value<'_>)], rule: PluralRule) -> (String, bool) {
        Messages::parse(source).unwrap().get(id).unwrap().format(args, rule)
    }

    #[test]
    fn text_variables_and_string_literals() {
        let source =
            "# a comment\n\nhello = Hello, { $name }!{\" \"}\nnbsp = Vraiment{\"\\u202F\"}?\nempty = { \"\" }\n";
        let en = PluralRule::OneIsOne;
        assert_eq!(format(source, "hello", &[("name", Value::Text("Ann"))], en), ("Hello, Ann! ".to_owned(), true));
        assert_eq!(format(source, "hello", &[], en), ("Hello, {$name}! ".to_owned(), false));
        assert_eq!(format(source, "nbsp", &[], en).0, "Vraiment\u{202F}?");
        assert_eq!(format(source, "empty", &[], en).0, "");
    }

    #[test]
    fn select_by_number_plural_category_and_text() {
        let source = "n =\n    { $count ->\n        [0] none\n        [one] one port { $count }\n       *[other] { $count } ports\n    }\nkind =\n    { $kind ->\n        [yes] sure\n       *[no] no\n    }\n";
        let (en, fr) = (PluralRule::OneIsOne, PluralRule::ZeroAndOneAreOne);
        assert_eq!(format(source, "n", &[("count", Value::Number(0))], en).0, "none", "an exact number first");
        assert_eq!(format(source, "n", &[("count", Value::Number(1))], en).0, "one port 1");
        assert_eq!(format(source, "n", &[("count", Value::Number(3))], en).0, "3 ports");
        assert_eq!(format(source, "kind", &[("kind", Value::Text("yes"))], fr).0, "sure");
        assert_eq!(format(source, "kind", &[("kind", Value::Text("maybe"))], fr).0, "no");
        assert_eq!(format(source, "kind", &[], fr), ("no".to_owned(), false), "a missing selector is the default");
        assert_eq!(PluralRule::ZeroAndOneAreOne.category(0), "one");
        assert_eq!(PluralRule::OneIsOne.category(0), "other");
    }

    #[test]
    fn what_is_not_read_is_refused_with_its_line() {
        for (source, expected) in [
            ("a = { -term }\n", "line 1"),
            ("a = x\n  continued\n", "line 2"),
            ("a = {\n", "line 1"),
            ("a = }\n", "line 1"),
            ("a =\n    { $n ->\n        [one] x\n    }\n", "no default"),
            ("a =\n    { $n ->\n       *[other] x\n", "closing"),
            ("not an id = x\n", "line 1"),
            ("a = {\"\\q\"}\n", "escape"),
        ] {
            match Messages::parse(source) {
                Err(ReadError::Syntax(problems)) => {
                    assert!(problems.iter().any(|p| p.contains(expected)), "{source:?}: {problems:?}")
                }
                other => panic!("{source:?} was read: {other:?}"),
            }
        }
        assert_eq!(Messages::parse("a = 1\na = 2\n").unwrap_err(), ReadError::Duplicate("a".to_owned()));
    }

    /// Every message of every language, with every variant's values and without them, reads
    /// the same through this reader and through Fluent's own (`fluent-bundle`, a dev
    /// dependency: the page never links it).
    #[test]
    fn every_message_formats_as_fluent_formats_it() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

        use crate::words::{Lang, ftl, plural_rule};

        let mut compared = 0;
        for &lang in Lang::ALL {
            let ours = Messages::parse(ftl(lang)).unwrap();
            let resource = FluentResource::try_new(ftl(lang).to_owned()).unwrap();
            let mut fluent = FluentBundle::new(vec![lang.id().parse().unwrap()]);
            fluent.set_use_isolating(false);
            fluent.add_resource(resource).unwrap();
            let fluent_count =
                ftl(lang).lines().filter(|l| l.split_once(" =").is_some_and(|(id, _)| is_identifier(id))).count();
            assert_eq!(ours.ids().count(), fluent_count, "{lang}: every message read");
            for id in ours.ids() {
                let pattern = ours.get(id).unwrap();
                let (pieces, selector): (Vec<&Piece>, Option<(&str, Vec<Value<'_>>)>) = match pattern {
                    Pattern::Plain(pieces) => (pieces.iter().collect(), None),
                    Pattern::Select { variable, variants, .. } => {
                        let mut values = vec![Value::Number(7), Value::Text("zzz")];
                        for (key, _) in variants {
                            match key {
                                Key::Number(n) => values.push(Value::Number(*n)),
                                Key::Name(name) if ["one", "other"].contains(&&**name) => {
                                    values.extend([0, 1, 2, 5, 1_000_000].map(Value::Number))
                                }
                                Key::Name(name) => values.push(Value::Text(name)),
                            }
                        }
                        (variants.iter().flat_map(|(_, p)| p).collect(), Some((&**variable, values)))
                    }
                };
                let mut names: Vec<&str> = pieces
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Variable(name) => Some(&**name),
                        Piece::Text(_) => None,
                    })
                    .collect();
                names.sort_unstable();
                names.dedup();
                let mut cases: Vec<Vec<(&str, Value<'_>)>> = vec![Vec::new()];
                let texts: Vec<(&str, Value<'_>)> = names.iter().map(|n| (*n, Value::Text("V"))).collect();
                match &selector {
                    Some((variable, values)) => {
                        for value in values {
                            let mut case: Vec<(&str, Value<'_>)> =
                                texts.iter().copied().filter(|(n, _)| n != variable).collect();
                            case.push((*variable, *value));
                            cases.push(case);
                        }
                    }
                    None => cases.push(texts.clone()),
                }
                let message = fluent.get_message(id).and_then(|m| m.value()).unwrap_or_else(|| panic!("{lang} {id}"));
                for case in cases {
                    let mut args = FluentArgs::new();
                    for (name, value) in &case {
                        match value {
                            Value::Text(t) => args.set(*name, FluentValue::from(*t)),
                            Value::Number(n) => args.set(*name, FluentValue::from(*n)),
                        }
                    }
                    let mut errors = Vec::new();
                    let theirs = fluent.format_pattern(message, Some(&args), &mut errors).into_owned();
                    let mine = pattern.format(&case, plural_rule(lang));
                    assert_eq!(mine, (theirs, errors.is_empty()), "{lang} {id} {case:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 3000, "only {compared} formattings compared");
        println!("{compared} formattings compared with Fluent's");
    }
}
