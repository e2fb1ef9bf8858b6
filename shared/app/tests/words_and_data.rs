//! The app's words against the library's data: every provider hint is translated, and
//! providers without client access get no owner's kit.

use email_settings::address::Query;
use email_settings::provider::{Hint, all};
use email_settings::settings::resolve;
use mailsetup_shared::kit::provider_kit;
use mailsetup_shared::words::{Lang, Words, ftl};

#[test]
fn every_provider_hint_is_translated_into_every_language() {
    let hints: Vec<&Hint> = all().iter().flat_map(|p| p.hints).collect();
    assert!(hints.len() > 100, "{} hints", hints.len());
    for &lang in &Lang::ALL[1..] {
        let words = Words::builtin(lang);
        let missing: Vec<&str> = hints.iter().filter(|h| !words.has_own(&h.message_id())).map(|h| h.text).collect();
        assert!(
            missing.is_empty(),
            "{lang}.ftl lacks the translation of {} hints, e.g. {:?}",
            missing.len(),
            missing[0]
        );
        // And none is left over from a wording that is gone.
        let ids: std::collections::BTreeSet<String> = hints.iter().map(|h| h.message_id()).collect();
        let orphans: Vec<&str> = ftl(lang)
            .lines()
            .filter_map(|line| line.split(" = ").next().filter(|id| id.starts_with("provider-hint-")))
            .filter(|id| !ids.contains(*id))
            .collect();
        assert!(orphans.is_empty(), "{lang}.ftl translates hints no provider has: {orphans:?}");
    }
}

#[test]
fn providers_without_smtp_get_no_kit() {
    for domain in ["tuta.com", "hey.com"] {
        let settings = resolve(&Query::parse(&format!("someone@{domain}")).unwrap());
        assert!(settings.smtp.is_empty(), "{domain}");
        assert!(provider_kit(&settings).is_none(), "{domain}");
    }
}
