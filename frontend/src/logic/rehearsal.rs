//! What the page rehearses once it is idle after loading (`start.rs`): an answer, and the
//! scripts beyond Latin that provider data shows.

/// The address the rehearsal answers: a provider with guides, files and hints, like most.
pub const ADDRESS: &str = "someone@mail.de";

/// One character of each script beyond Latin that provider data shows (QQ Mail's
/// 授权码, Japanese providers' names and hints): Han, hiragana, katakana and the
/// full-width forms. The first time a page lays out such a character the browser looks
/// for a font that has it: 30–40 ms inside a keystroke with the CPU 4× slower, measured on
/// the keystroke that brought QQ Mail's answer. The rehearsal lays them out instead.
pub const FONT_SAMPLE: &str = "授かカＢ";

#[cfg(test)]
mod tests {
    use super::*;

    /// The Unicode block of a character the page's own font may lack (those from U+3000 on),
    /// `None` for others.
    fn wide_block(c: char) -> Option<&'static str> {
        match c {
            '\u{3040}'..='\u{309f}' => Some("hiragana"),
            '\u{30a0}'..='\u{30ff}' => Some("katakana"),
            '\u{4e00}'..='\u{9fff}' => Some("han"),
            '\u{ff00}'..='\u{ffef}' => Some("full-width forms"),
            c if c >= '\u{3000}' => Some("another block"),
            _ => None,
        }
    }

    #[test]
    fn the_font_sample_covers_every_wide_script_in_provider_data() {
        let sampled: Vec<&str> = FONT_SAMPLE.chars().filter_map(wide_block).collect();
        assert!(!sampled.contains(&"another block"));
        for provider in email_settings::provider::all() {
            let texts = std::iter::once(provider.name)
                .chain(provider.hints.iter().map(|h| h.text))
                .chain(provider.docs.iter().map(|d| d.title))
                .chain(provider.regions.iter().map(|r| r.name));
            for text in texts {
                for block in text.chars().filter_map(wide_block) {
                    assert!(sampled.contains(&block), "{}: {text:?} has {block} characters", provider.id);
                }
            }
        }
    }
}
