//! Internationalised domain names: from what people type to the ASCII (punycode) form, and
//! back for display.
//!
//! With the `uts46` feature (the proxy, the CLI, the tests) the `idna` crate does the full
//! UTS #46 processing. The page builds without it and hands the job to the browser, whose
//! URL parser does the same processing for host names; it is installed once with
//! [`set_to_ascii`]. That keeps Unicode tables out of the WebAssembly. Decoding punycode
//! for display needs no tables, so both builds share it.

use std::sync::OnceLock;

/// Converts a domain to its ASCII form, or says it is not a valid domain name.
pub type ToAscii = fn(&str) -> Option<String>;

static TO_ASCII: OnceLock<ToAscii> = OnceLock::new();

/// Installs the converter used without the `uts46` feature (the page installs the
/// browser's). Only the first call counts.
pub fn set_to_ascii(convert: ToAscii) {
    let _ = TO_ASCII.set(convert);
}

/// Why a domain could not be converted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdnError {
    /// Not a valid internationalised domain name.
    Invalid,
    /// This build has no converter for non-ASCII names.
    Unsupported,
}

/// The lowercase ASCII form of `domain`.
pub fn to_ascii(domain: &str) -> Result<String, IdnError> {
    #[cfg(feature = "uts46")]
    {
        let _ = &TO_ASCII;
        idna::domain_to_ascii(domain).map_err(|_| IdnError::Invalid)
    }
    #[cfg(not(feature = "uts46"))]
    {
        if domain.is_ascii() {
            let ascii = domain.to_ascii_lowercase();
            // Punycode labels must decode, as UTS #46 requires.
            let labels_ok =
                ascii.split('.').all(|l| l.strip_prefix("xn--").is_none_or(|p| idna::punycode::decode(p).is_some()));
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
        .map(|label| {
            match label.strip_prefix("xn--").and_then(idna::punycode::decode_to_string).filter(|d| !d.is_empty()) {
                Some(decoded) => decoded,
                None => label.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(".")
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

    #[cfg(feature = "uts46")]
    #[test]
    fn uts46_conversion() {
        assert_eq!(to_ascii("München.de"), Ok("xn--mnchen-3ya.de".to_owned()));
        assert_eq!(to_ascii("ｅｘａｍｐｌｅ.com"), Ok("example.com".to_owned()), "full-width letters are mapped");
    }

    #[cfg(not(feature = "uts46"))]
    #[test]
    fn without_uts46_ascii_names_still_work() {
        assert_eq!(to_ascii("xn--zz.example"), Err(IdnError::Invalid), "a punycode label that does not decode");
        assert_eq!(to_ascii("XN--MNCHEN-3YA.de"), Ok("xn--mnchen-3ya.de".to_owned()));
    }
}
