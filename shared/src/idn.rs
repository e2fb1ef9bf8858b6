//! Internationalised domain names: from what people type to the ASCII (punycode) form, and
//! back for display.
//!
//! With the `idna` feature (on by default) the `idna` crate does the full UTS #46
//! processing. Built without it (the page does, and hands the job to the browser, whose URL
//! parser does the same processing for host names) a converter is installed once with
//! [`set_to_ascii`]; ASCII and punycode names need none. That keeps Unicode tables out of
//! the WebAssembly. Decoding punycode (RFC 3492) for display needs no tables: this module
//! does it in both builds.

use std::sync::OnceLock;

/// Converts a domain to its ASCII form, or says it is not a valid domain name.
pub type ToAscii = fn(&str) -> Option<String>;

static TO_ASCII: OnceLock<ToAscii> = OnceLock::new();

/// Installs the converter used without the `idna` feature (the page installs the
/// browser's). Only the first call counts.
pub fn set_to_ascii(convert: ToAscii) {
    let _ = TO_ASCII.set(convert);
}

/// Why a domain could not be converted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdnError {
    /// Not a valid internationalised domain name.
    Invalid,
    /// This build has no converter for non-ASCII names.
    Unsupported,
}

/// The lowercase ASCII form of `domain`.
pub fn to_ascii(domain: &str) -> Result<String, IdnError> {
    #[cfg(feature = "idna")]
    {
        let _ = &TO_ASCII;
        idna::domain_to_ascii(domain).map_err(|_| IdnError::Invalid)
    }
    #[cfg(not(feature = "idna"))]
    {
        if domain.is_ascii() {
            let ascii = domain.to_ascii_lowercase();
            // Punycode labels must decode, as UTS #46 requires.
            let labels_ok =
                ascii.split('.').all(|l| l.strip_prefix("xn--").is_none_or(|p| punycode_decode(p).is_some()));
            return if labels_ok { Ok(ascii) } else { Err(IdnError::Invalid) };
        }
        let convert = TO_ASCII.get().ok_or(IdnError::Unsupported)?;
        convert(domain).ok_or(IdnError::Invalid)
    }
}

/// The form people read: every `xn--` label decoded (a label that does not decode stays
/// as it is).
pub fn to_unicode(ascii: &str) -> String {
    ascii
        .split('.')
        .map(|label| match label.strip_prefix("xn--").and_then(punycode_decode).filter(|d| !d.is_empty()) {
            Some(decoded) => decoded,
            None => label.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Decodes the punycode of one label (what follows `xn--`), as RFC 3492 section 6.2 says;
/// `None` for input that is not punycode or decodes to no character.
fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    if !input.is_ascii() {
        return None;
    }
    // Basic code points come before the last delimiter, the encoded deltas after it. A
    // delimiter first of all is no delimiter (as in the `idna` crate): it is refused below.
    let (basic, deltas) = match input.rfind('-') {
        Some(at) if at > 0 => (&input[..at], &input[at + 1..]),
        _ => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    let (mut code, mut i, mut bias) = (0x80_u32, 0_u32, 72_u32);
    let mut digits = deltas.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut weight = 1_u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                b @ b'a'..=b'z' => b - b'a',
                b @ b'A'..=b'Z' => b - b'A',
                b @ b'0'..=b'9' => b - b'0' + 26,
                _ => return None,
            };
            let digit = u32::from(digit);
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let threshold = k.saturating_sub(bias).clamp(T_MIN, T_MAX);
            if digit < threshold {
                break;
            }
            weight = weight.checked_mul(BASE - threshold)?;
            k += BASE;
        }
        let length = u32::try_from(output.len()).ok()? + 1;
        bias = adapt(i - old_i, length, old_i == 0);
        code = code.checked_add(i / length)?;
        i %= length;
        output.insert(i as usize, char::from_u32(code)?);
        i += 1;
    }
    Some(output.into_iter().collect())
}

/// The bias adaptation of RFC 3492 section 6.1.
fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    const BASE: u32 = 36;
    let mut delta = delta / if first { 700 } else { 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - 1) * 26) / 2 {
        delta /= BASE - 1;
        k += BASE;
    }
    k + (BASE * delta) / (delta + 38)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions() {
        assert_eq!(to_unicode("xn--mnchen-3ya.de"), "münchen.de");
        assert_eq!(to_unicode("xn--fsqu00a.xn--4rr70v"), "例子.广告");
        assert_eq!(to_unicode("example.com"), "example.com");
        assert_eq!(to_unicode("xn--.example"), "xn--.example");
        assert_eq!(to_ascii("Example.COM"), Ok("example.com".to_owned()));
    }

    #[cfg(feature = "idna")]
    #[test]
    fn uts46_conversion() {
        assert_eq!(to_ascii("München.de"), Ok("xn--mnchen-3ya.de".to_owned()));
        assert_eq!(to_ascii("ｅｘａｍｐｌｅ.com"), Ok("example.com".to_owned()), "full-width letters are mapped");
    }

    /// The decoder agrees with the `idna` crate's on what it decodes and what it refuses.
    #[test]
    fn punycode_as_the_idna_crate_decodes_it() {
        for label in ["mnchen-3ya", "fsqu00a", "4rr70v", "bcher-kva", "zz", "", "-", "a-", "ab-cd-", "99999999999", "ü"]
        {
            assert_eq!(punycode_decode(label), idna::punycode::decode_to_string(label), "{label:?}");
        }
        proptest::proptest!(|(label in "[a-z0-9-]{0,24}")| {
            proptest::prop_assert_eq!(punycode_decode(&label), idna::punycode::decode_to_string(&label));
        });
    }

    #[cfg(not(feature = "idna"))]
    #[test]
    fn without_idna_ascii_names_still_work() {
        assert_eq!(to_ascii("xn--zz.example"), Err(IdnError::Invalid), "a punycode label that does not decode");
        assert_eq!(to_ascii("XN--MNCHEN-3YA.de"), Ok("xn--mnchen-3ya.de".to_owned()));
    }
}
