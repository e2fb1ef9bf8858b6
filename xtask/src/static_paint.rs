//! The static first paint of `index.html` in each language: `cargo xtask dist` writes
//! `index.<lang>.html` beside `index.html`, with the text of every element marked
//! `data-message="id"` (and the attribute a `data-message-label` / `data-message-content`
//! names) replaced by that message of `shared/app/i18n/<lang>.ftl`, and `<html lang>` set. The
//! proxy serves the variant the link or the browser asks for, so a German link paints German
//! before the WebAssembly arrives.
//!
//! The messages the first paint uses are plain one-line messages (no variables, no
//! selectors), read straight from the `.ftl` file: the xtask does not link the shared crate,
//! whose build checks the very files the importer writes.

use anyhow::{Context, Result, bail};

/// The languages with a first paint of their own: every `.ftl` file in `dir` but English's
/// (English is `index.html` itself), so a new language gets one without a list to update.
pub(crate) fn langs(dir: &std::path::Path) -> Result<Vec<String>> {
    let mut langs = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let lang = path.file_stem().and_then(|s| s.to_str()).context("a file name")?.to_owned();
            if lang != "en" {
                langs.push(lang);
            }
        }
    }
    langs.sort();
    Ok(langs)
}

/// Whether `name` is a first paint in a language other than English (`index.de.html`).
pub(crate) fn is_other_paint(name: &str) -> bool {
    name.strip_prefix("index.").and_then(|rest| rest.strip_suffix(".html")).is_some_and(|lang| !lang.is_empty())
}

/// The value of the plain message `id` in a `.ftl` file's text.
fn message<'a>(ftl: &'a str, id: &str) -> Result<&'a str> {
    let prefix = format!("{id} = ");
    let mut lines = ftl.lines().skip_while(|l| !l.starts_with(&prefix));
    let line = lines.next().with_context(|| format!("no message `{id}`"))?;
    let value = &line[prefix.len()..];
    if value.contains(['{', '}']) {
        bail!("`{id}` is not a plain message: the first paint takes text only");
    }
    // A message continued on an indented line would lose its end here.
    if lines.next().is_some_and(|next| next.starts_with([' ', '\t']) && !next.trim().is_empty()) {
        bail!("`{id}` goes on over more lines: the first paint takes one-line messages");
    }
    Ok(value)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `html` with its marked text in the language of `ftl` and `<html lang="lang">`.
pub(crate) fn localize(html: &str, lang: &str, ftl: &str) -> Result<String> {
    if !html.contains("<html lang=\"en\">") {
        bail!("index.html lacks <html lang=\"en\">");
    }
    let mut out = html.replacen("<html lang=\"en\">", &format!("<html lang=\"{lang}\">"), 1);
    // Attributes first (their markers sit inside the tag), then element text.
    for (marker, attribute) in [("data-message-label", "aria-label"), ("data-message-content", "content")] {
        out = replace_all(
            &out,
            marker,
            |tag_start, tag_end, id, doc| {
                let tag = &doc[tag_start..tag_end];
                let open = format!(" {attribute}=\"");
                let at = tag.find(&open).with_context(|| format!("`{id}`: the tag has no {attribute}"))? + open.len();
                let end = tag[at..].find('"').context("an unclosed attribute")? + at;
                Ok((tag_start + at, tag_start + end))
            },
            ftl,
        )?;
    }
    replace_all(
        &out,
        "data-message",
        |_, tag_end, id, doc| {
            let end = doc[tag_end..].find('<').with_context(|| format!("`{id}`: no end of its text"))? + tag_end;
            Ok((tag_end, end))
        },
        ftl,
    )
}

/// Replaces, for every `marker="id"`, the span `span` picks (given the tag's bounds) with the
/// message `id`.
fn replace_all(
    doc: &str,
    marker: &str,
    span: impl Fn(usize, usize, &str, &str) -> Result<(usize, usize)>,
    ftl: &str,
) -> Result<String> {
    let needle = format!(" {marker}=\"");
    let mut out = String::with_capacity(doc.len());
    let mut done = 0;
    let mut search = 0;
    while let Some(found) = doc[search..].find(&needle) {
        let at = search + found;
        let id_start = at + needle.len();
        let id_end = doc[id_start..].find('"').context("an unclosed marker")? + id_start;
        let id = &doc[id_start..id_end];
        let tag_start = doc[..at].rfind('<').context("a marker outside a tag")?;
        let tag_end = doc[at..].find('>').context("an unclosed tag")? + at + 1;
        let (from, to) = span(tag_start, tag_end, id, doc)?;
        if from < done {
            bail!("`{id}`: overlapping markers");
        }
        out.push_str(&doc[done..from]);
        out.push_str(&escape(message(ftl, id)?));
        done = to;
        search = tag_end.max(to);
    }
    out.push_str(&doc[done..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = include_str!("../../index.html");

    fn ftl(lang: &str) -> String {
        std::fs::read_to_string(format!("{}/../shared/app/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn english_is_the_page_itself() {
        // index.html's English must be en.ftl's, or the two first paints would differ.
        assert_eq!(
            localize(PAGE, "en", &ftl("en")).unwrap().replacen("lang=\"en\"", "", 1),
            PAGE.replacen("lang=\"en\"", "", 1)
        );
    }

    #[test]
    fn every_language_paints_its_own_words() {
        let langs = langs(std::path::Path::new(&format!("{}/../shared/app/i18n", env!("CARGO_MANIFEST_DIR")))).unwrap();
        assert_eq!(langs, ["de", "es", "fr"]);
        for lang in langs.iter().map(String::as_str) {
            let page = localize(PAGE, lang, &ftl(lang)).unwrap();
            assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
            let label = escape(message(&ftl(lang), "address-label").unwrap());
            assert!(page.contains(&format!(">{label}</label>")), "{lang}");
            for english in [
                "Working outgoing-mail",
                "Your email address",
                "Loading the settings",
                "needs JavaScript",
                "aria-label=\"Email address\"",
                "content=\"Type your",
                "Something went wrong",
            ] {
                assert!(!page.contains(english), "{lang}: {english:?} left in English");
            }
            // Everything else is untouched: the field, its id, the build's marker.
            assert!(page.contains("<input id=\"address\" type=\"text\""), "{lang}");
            assert!(page.contains("<!-- mailsetup:head"), "{lang}");
        }
    }

    #[test]
    fn only_plain_messages_and_well_formed_markers() {
        assert!(message("a = { $x }", "a").is_err());
        assert!(message("a = one line\n    and another\nb = B", "a").is_err(), "a continued message");
        assert_eq!(message("a = one line\nb = B", "a").unwrap(), "one line");
        assert!(is_other_paint("index.de.html") && !is_other_paint("index.html") && !is_other_paint("boot.js"));
        assert!(message("b = B", "a").is_err());
        assert!(localize("<html lang=\"en\"><p data-message=\"a\">x", "de", "a = A").is_err(), "no end of the text");
        assert_eq!(
            localize("<html lang=\"en\"><p data-message=\"a\">x</p>", "de", "a = A & <B>").unwrap(),
            "<html lang=\"de\"><p data-message=\"a\">A &amp; &lt;B&gt;</p>"
        );
    }
}
