//! Host names, addresses and URLs that never break inside a label: `smtp-mail.outlook.com`
//! may wrap after a dot or the `@` (a URL also after a `/`) on a narrow screen, never at its
//! hyphen or mid-label, and copies as itself.

use yew::prelude::*;

/// `name` with a break opportunity after each `.`, `@` and `/`, each part kept whole.
pub fn whole_labels(name: &str) -> Html {
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        if matches!(c, '.' | '@' | '/') {
            parts.push(&name[start..=i]);
            start = i + 1;
        }
    }
    parts.push(&name[start..]);
    html! {
        { for parts.into_iter().filter(|p| !p.is_empty()).enumerate().map(|(i, part)| html! {
            <>
                if i > 0 { <wbr /> }
                <span class="nobr">{ part }</span>
            </>
        }) }
    }
}
