//! What a help portal pastes to embed the page for its own domain: the `<mailsetup-widget>`
//! element of `embed.js`, or a plain `<iframe>` with the script that resizes it.

use super::url_params::{PageParams, is_hex_colour};

/// The page's address without query or fragment.
fn base(page_url: &str) -> &str {
    page_url.split(['?', '#']).next().unwrap_or(page_url)
}

/// Escapes a value for a double-quoted HTML attribute.
fn attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The custom element of `embed.js` (served beside the page) for `domain`, in `lang`.
pub fn widget(page_url: &str, domain: &str, lang: Option<&str>) -> String {
    let dir = base(page_url).rsplit_once('/').map_or("", |(dir, _)| dir);
    let script = format!("{dir}/embed.js");
    let lang = lang.map(|l| format!(" lang=\"{}\"", attribute(l))).unwrap_or_default();
    format!(
        "<script src=\"{}\" defer></script>\n<mailsetup-widget domain=\"{}\"{lang}></mailsetup-widget>\n",
        attribute(&script),
        attribute(domain)
    )
}

/// An `<iframe>` with the compact view for `domain` (named `title` for screen readers, and
/// allowed to use the clipboard for its Copy buttons), plus the script that resizes it to
/// the height the page reports with `postMessage`.
pub fn snippet(page_url: &str, domain: &str, accent: Option<&str>, lang: Option<&str>, title: &str) -> String {
    let params = PageParams {
        embed: true,
        domain: Some(domain.to_owned()),
        accent: accent.filter(|a| is_hex_colour(a)).map(str::to_owned),
        lang: lang.map(str::to_owned),
        ..PageParams::default()
    };
    let src = format!("{}{}", base(page_url), params.to_query());
    let (src, title) = (attribute(&src), attribute(title));
    format!(
        "<iframe id=\"mailsetup\" src=\"{src}\" title=\"{title}\" allow=\"clipboard-write\" style=\"width:100%;border:0\" height=\"600\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", (e) => {{\n\
         \x20 if (e.data && e.data.type === \"mailsetup:height\" && e.source === document.getElementById(\"mailsetup\").contentWindow) {{\n\
         \x20   document.getElementById(\"mailsetup\").height = Math.ceil(e.data.height);\n\
         \x20 }}\n\
         }});\n\
         </script>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_an_iframe_for_the_domain() {
        let html = snippet(
            "https://mailsetup.example/?address=x",
            "help.example.com",
            Some("#0b5fff"),
            Some("de"),
            "E-Mail-Einstellungen",
        );
        assert!(html.starts_with(
            "<iframe id=\"mailsetup\" src=\"https://mailsetup.example/?embed=1&amp;domain=help.example.com&amp;accent=%230b5fff&amp;lang=de\" title=\"E-Mail-Einstellungen\" allow=\"clipboard-write\""
        ));
        assert!(html.contains("mailsetup:height"));
        let safe = snippet("https://m.example/", "a\"b.example", Some("red\"><script>"), None, "x\"><script>");
        assert!(!safe.contains("<script>\"") && !safe.contains("a\"b") && !safe.contains("red"));
        assert!(!safe.contains("x\"><script>"), "the title is escaped");
    }

    #[test]
    fn the_widget_loads_embed_js_from_beside_the_page_and_passes_the_language() {
        assert_eq!(
            widget("https://mailsetup.example/help/?address=x", "example.com", Some("fr")),
            "<script src=\"https://mailsetup.example/help/embed.js\" defer></script>\n\
             <mailsetup-widget domain=\"example.com\" lang=\"fr\"></mailsetup-widget>\n"
        );
        let hostile = widget("https://m.example/", "a\"><script>x", None);
        assert!(!hostile.contains("\"><script>x") && !hostile.contains(" lang="), "{hostile}");
    }

    #[test]
    fn embed_js_names_its_frame_as_the_page_does() {
        use crate::logic::i18n::{Lang, Tr};
        let script = include_str!("../../embed.js");
        for &lang in Lang::ALL {
            let tr = Tr::new(lang, mailsetup_shared::words::ftl(lang)).unwrap();
            let title = format!("{}: '{}'", lang.id(), tr.t("embed-frame-title"));
            assert!(script.contains(&title), "embed.js lacks {title}");
        }
    }
}
