//! "Did you mean gmail.com?": suggestions for what a person probably meant to type, when
//! the domain is unknown but one or two edits from a well-known provider's domain, when the
//! `@` is missing (`someone.gmail.com`, `someonegmail.com`), or when a server name was typed
//! instead of an address (`smtp.gmail.com`).

use email_settings::address::Query;
use email_settings::provider::{self, DataSource};

/// Server-name prefixes: `smtp.gmail.com` is a server, not an address at `smtp`.
const SERVER_PREFIXES: [&str; 6] = ["smtp", "mail", "imap", "pop", "pop3", "mx"];

/// The domains typos are measured against: our own (curated) providers' domains, the ones
/// people type, without wildcards.
fn well_known_domains() -> impl Iterator<Item = &'static str> {
    provider::all()
        .iter()
        .filter(|p| p.source == DataSource::Curated)
        .flat_map(|p| p.domains.iter().copied())
        .filter(|d| !d.contains('*'))
}

/// Whether a provider is known for `domain` (by the domain itself).
pub fn is_known_domain(domain: &str) -> bool {
    provider::lookup_domain(domain).is_some()
}

/// Whether `domain` is the start of a well-known domain, as while typing `gmail.c`.
pub fn is_half_typed(domain: &str) -> bool {
    let domain = domain.to_ascii_lowercase();
    well_known_domains().any(|known| known.len() > domain.len() && known.starts_with(&domain))
}

/// Optimal string alignment distance (Levenshtein plus swapping two neighbours, so that
/// `gmial` is one edit from `gmail`), stopping early once it exceeds `limit`.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; a.len() + 1];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i][0] = i;
        let mut best = rows[i][0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
    }
    Some(rows[a.len()][b.len()]).filter(|d| *d <= limit)
}

/// How many edits a domain may be from a well-known one and still be taken for a typo:
/// short names are too close to other real domains for two.
fn allowed_edits(known: &str) -> usize {
    let name = known.split('.').next().unwrap_or(known);
    if name.len() >= 5 { 2 } else { 1 }
}

/// The well-known domain `domain` is probably a typo of.
fn nearest_known(domain: &str) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for known in well_known_domains() {
        if let Some(d) = edit_distance(domain, known, allowed_edits(known)) {
            if d > 0 && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, known));
            }
        }
    }
    best.map(|(_, known)| known)
}

/// What to offer instead of `text`, as the whole corrected text; `None` when the text is fine
/// (a known domain) or nothing close is known.
pub fn suggest(text: &str) -> Option<String> {
    let text = text.trim();
    let (local, domain) = match text.rsplit_once('@') {
        Some((local, domain)) => (Some(local), domain),
        None => (None, text),
    };
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if domain.is_empty() || is_known_domain(&domain) {
        return None;
    }
    if local.is_none() {
        if let Some(fixed) = missing_at(&domain) {
            return Some(fixed);
        }
    }
    // A typo in the domain: keep what was typed before it.
    let known = nearest_known(&domain)?;
    let fixed = match local {
        Some(local) => format!("{local}@{known}"),
        None => known.to_owned(),
    };
    parses(fixed)
}

/// Offers only what parses: a suggestion that is itself an error helps nobody.
fn parses(text: String) -> Option<String> {
    Query::parse(&text).ok().map(|_| text)
}

/// `someone.gmail.com` or `someonegmail.com` (no `@`) → `someone@gmail.com`;
/// `smtp.gmail.com` (a server name) → `gmail.com`.
fn missing_at(text: &str) -> Option<String> {
    let known = well_known_domains()
        .filter(|known| text.len() > known.len() && text.ends_with(known))
        .max_by_key(|known| known.len())?;
    let before = text[..text.len() - known.len()].trim_end_matches('.');
    if before.is_empty() {
        return None;
    }
    if SERVER_PREFIXES.contains(&before) {
        return Some(known.to_owned());
    }
    parses(format!("{before}@{known}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(typed: &str, expected: Option<&str>) {
        assert_eq!(suggest(typed).as_deref(), expected, "{typed}");
    }

    #[test]
    fn typos_of_well_known_domains_are_caught() {
        check("someone@gmial.com", Some("someone@gmail.com"));
        check("someone@gmail.con", Some("someone@gmail.com"));
        check("someone@gmail.c", Some("someone@gmail.com"));
        check("ann@outlok.com", Some("ann@outlook.com"));
        check("ann@yaho.com", Some("ann@yahoo.com"));
        check("gmial.com", Some("gmail.com"));
        check("ann@hotmial.com", Some("ann@hotmail.com"));
    }

    #[test]
    fn a_missing_at_or_a_server_name_is_caught() {
        check("someone.gmail.com", Some("someone@gmail.com"));
        check("someonegmail.com", Some("someone@gmail.com"));
        check("smtp.gmail.com", Some("gmail.com"));
    }

    #[test]
    fn known_and_unrelated_domains_get_nothing() {
        check("someone@gmail.com", None);
        check("ann@gmx.de", None);
        check("ann@company.example", None);
        check("ann@mailsetup.test", None);
        check("", None);
        check("@", None);
        check("ann@xy.ru", None);
    }

    #[test]
    fn edit_distance_counts_swaps_once_and_stops_at_the_limit() {
        assert_eq!(edit_distance("gmial", "gmail", 2), Some(1));
        assert_eq!(edit_distance("gmail.c", "gmail.com", 2), Some(2));
        assert_eq!(edit_distance("abc", "abc", 0), Some(0));
        assert_eq!(edit_distance("abcdef", "ghijkl", 2), None);
        assert_eq!(edit_distance("", "ab", 2), Some(2));
    }

    #[test]
    fn half_typed_domains_are_recognised() {
        assert!(is_half_typed("gmail.c"));
        assert!(is_half_typed("gmai"));
        assert!(!is_half_typed("gmail.com"));
        assert!(!is_half_typed("company.example"));
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["@@@", "ä@ö.ü", "\u{202e}@x.y", ".", "a@.", "smtp.", "a@b@gmail.con", &"x".repeat(300)] {
            // Whatever comes back is different from the input and parses.
            if let Some(fixed) = suggest(text) {
                assert!(fixed != text && Query::parse(&fixed).is_ok(), "{text} -> {fixed}");
            }
        }
        assert_eq!(suggest("a@b@gmail.con"), None, "a suggestion that would not parse is not offered");
    }
}
