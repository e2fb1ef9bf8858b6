//! The snippet a help portal pastes to embed the page for its own domain.

use super::url_params::{PageParams, is_hex_colour};

/// An `<iframe>` with the compact view for `domain`, plus the script that resizes it to
/// the height the page reports with `postMessage`.
pub fn snippet(page_url: &str, domain: &str, accent: Option<&str>) -> String {
    let params = PageParams {
        embed: true,
        domain: Some(domain.to_owned()),
        accent: accent.filter(|a| is_hex_colour(a)).map(str::to_owned),
        ..PageParams::default()
    };
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    let src = format!("{base}{}", params.to_query());
    let src = src.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<iframe id=\"mailsetup\" src=\"{src}\" title=\"Email settings\" style=\"width:100%;border:0\" height=\"600\"></iframe>\n\
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
        let html = snippet("https://mailsetup.example/?address=x", "help.example.com", Some("#0b5fff"));
        assert!(html.starts_with(
            "<iframe id=\"mailsetup\" src=\"https://mailsetup.example/?embed=1&amp;domain=help.example.com&amp;accent=%230b5fff\""
        ));
        assert!(html.contains("mailsetup:height"));
        let safe = snippet("https://m.example/", "a\"b.example", Some("red\"><script>"));
        assert!(!safe.contains("<script>\"") && !safe.contains("a\"b") && !safe.contains("red"));
    }
}
