//! Which of English's messages the card's module carries (see `Extent`): every section of
//! `en.ftl` but those only the whole page shows, without comments and blank lines. `build.rs`
//! writes the part the card's module compiles in with [`card_part`]; the whole page's module
//! compiles in all of `en.ftl`.
//!
//! Standalone (no crate paths): `build.rs` includes this file too.

/// The sections of `en.ftl` (their `## ` headings, by how each starts) that only the whole
/// page shows: the test and its findings, the rooms and the panels below the card, and the
/// proxy's refusals. A section named here that `en.ftl` lacks fails a test, so a renamed
/// heading cannot quietly put its messages back into the card's module.
pub(crate) const WHOLE_PAGE_SECTIONS: &[&str] = &[
    "Guides: notes",
    "Guides: field labels",
    "Guides: the steps",
    "Which port?",
    "Test results",
    "The verdict of a port",
    "Findings:",
    "For domain owners and help portals",
    "More about the provider",
    "Every server",
    "The login test",
    "Files and code",
    "Sending services",
    "Looking a domain up",
    "Why a request to the probe proxy failed",
    "Why a certificate is not trusted",
    "Why a TLS handshake failed",
    "Why a server is where it is in the list",
];

/// Whether a line of `en.ftl` is a section heading that [`WHOLE_PAGE_SECTIONS`] names.
pub(crate) fn whole_page_heading(line: &str) -> bool {
    line.strip_prefix("## ").is_some_and(|title| WHOLE_PAGE_SECTIONS.iter().any(|s| title.starts_with(s)))
}

/// `en.ftl` without the sections only the whole page shows, comments and blank lines.
pub(crate) fn card_part(ftl: &str) -> String {
    let mut out = String::new();
    let mut kept = true;
    for line in ftl.lines() {
        if line.starts_with("## ") {
            kept = !whole_page_heading(line);
        }
        if kept && !line.trim().is_empty() && !line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
