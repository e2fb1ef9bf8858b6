//! Quoting values for each output language, so that whatever a person typed (a quoted local
//! part may contain `"`, `'`, `\`, `$` or spaces) stays a value and never becomes code.

/// A double-quoted string with C-style escapes, valid in JSON, JavaScript, Python, Go and
/// C# (`\uXXXX` for control characters).
pub fn double_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Rust string literal.
pub fn rust(value: &str) -> String {
    format!("{value:?}")
}

/// A PHP single-quoted string (only `\` and `'` are special).
pub fn php(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A POSIX shell word: single quotes, with `'` written as `'\''`.
pub fn shell(value: &str) -> String {
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"@%+=:,./-_".contains(&b)) {
        return value.to_owned();
    }
    format!("'{}'", value.replace('\'', "'\\''"))
}

/// A PowerShell single-quoted string (`'` doubled).
pub fn powershell(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// A value in double quotes for formats with only `\` and `"` escapes (git config, msmtp,
/// dotenv).
pub fn backslash_quoted(value: &str) -> String {
    let escaped: String = value
        .chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '\\' | '"' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// A dotenv value (Laravel's phpdotenv, and shells that source the file): single quotes,
/// which neither expands, unless the value holds a `'`; then double quotes with `\`, `"`
/// and `$` escaped (the only escapes phpdotenv accepts there).
pub fn dotenv(value: &str) -> String {
    let value: String = value.chars().filter(|c| !c.is_control()).collect();
    if !value.contains('\'') {
        return format!("'{value}'");
    }
    let escaped: String = value
        .chars()
        .flat_map(|c| match c {
            '\\' | '"' | '$' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// Double quotes with `\`, `"`, `$` and backticks escaped, for formats that expand
/// variables and commands inside double quotes (muttrc, shell, dotenv files).
pub fn no_expansion(value: &str) -> String {
    let escaped: String = value
        .chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '\\' | '"' | '$' | '`' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// Text that is safe inside a comment of any output language: one line, no invisible or
/// direction-changing characters, and none of the sequences that end a comment early
/// (`?>` in PHP, `*/` in C-like languages, `--` in XML).
pub fn comment(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !crate::address::is_invisible(*c)).collect();
    for (end, broken) in [("?>", "? >"), ("*/", "* /")] {
        out = out.replace(end, broken);
    }
    while out.contains("--") {
        out = out.replace("--", "- -");
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters (for user names in URLs).
pub fn url_component(value: &str) -> String {
    percent_encode(value, "")
}

/// Percent-encodes everything but RFC 3986 unreserved characters and those in `keep`.
pub fn percent_encode(value: &str, keep: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.as_bytes().contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "a\"b'c\\d$e`f g\nh";

    #[test]
    fn each_quoting_keeps_the_value_a_value() {
        assert_eq!(double_quoted(NASTY), r#""a\"b'c\\d$e`f g\nh""#);
        assert_eq!(rust(NASTY), r#""a\"b'c\\d$e`f g\nh""#);
        assert_eq!(php(NASTY), "'a\"b\\'c\\\\d$e`f g\nh'");
        assert_eq!(shell(NASTY), "'a\"b'\\''c\\d$e`f g\nh'");
        assert_eq!(shell("someone@example.com"), "someone@example.com");
        assert_eq!(powershell("it's"), "'it''s'");
        assert_eq!(backslash_quoted(NASTY), r#""a\"b'c\\d$e`f gh""#);
        assert_eq!(no_expansion(NASTY), r#""a\"b'c\\d\$e\`f gh""#);
        assert_eq!(url_component("ann+tag@example.com"), "ann%2Btag%40example.com");
        assert_eq!(double_quoted("\u{7}"), r#""\u0007""#);
        assert_eq!(dotenv("ann+$x`y@example.com"), "'ann+$x`y@example.com'");
        assert_eq!(dotenv("o'hara$\\@example.com"), r#""o'hara\$\\@example.com""#);
        assert_eq!(comment("a\nb\u{2028}c?>d*/e---f"), "abc? >d* /e- - -f");
    }
}
