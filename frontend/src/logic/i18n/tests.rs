//! The translations are complete and consistent: every `.ftl` parses, every message exists
//! in every language, and each uses exactly the variables of its English original.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Every language's `.ftl` file, as the build ships it.
const FILES: [(Lang, &str); 4] = [
    (Lang::En, ENGLISH_FTL),
    (Lang::De, mailsetup_shared::words::ftl(Lang::De)),
    (Lang::Fr, mailsetup_shared::words::ftl(Lang::Fr)),
    (Lang::Es, mailsetup_shared::words::ftl(Lang::Es)),
];

/// The text of `lang`'s `.ftl` file, for other modules' tests.
pub(crate) fn ftl(lang: Lang) -> &'static str {
    FILES.iter().find(|(l, _)| *l == lang).map(|(_, text)| *text).unwrap()
}

/// Message (and attribute) ids with the variables each uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(ftl(lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}.ftl does not parse: {errors:?}", lang.id()),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            ast::Entry::Junk { content } => panic!("{}.ftl has junk: {content}", lang.id()),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(value) = &value {
            pattern_vars(value, &mut vars);
        }
        assert!(out.insert(id.clone(), vars).is_none(), "{}.ftl defines {id} twice", lang.id());
        for attribute in attributes {
            let mut vars = BTreeSet::new();
            pattern_vars(&attribute.value, &mut vars);
            out.insert(format!("{id}.{}", attribute.id.name), vars);
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
            for arg in &arguments.named {
                inline_vars(&arg.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_ftl_file_parses_into_a_bundle() {
    for (lang, text) in FILES {
        Tr::new(lang, text).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(Tr::new(Lang::De, "broken = {").is_err(), "a broken file is refused, not half used");
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = messages(Lang::En);
    assert!(english.len() > 100, "the page's words are in en.ftl ({} messages)", english.len());
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        let translated = messages(lang);
        let missing: Vec<&String> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.id());
        // Providers' hints are English in shared/providers; their translations are checked
        // against the provider data (`provider::tests`).
        let extra: Vec<&String> =
            translated.keys().filter(|id| !english.contains_key(*id) && !id.starts_with("provider-hint-")).collect();
        assert!(extra.is_empty(), "{}.ftl has messages English lacks: {extra:?}", lang.id());
        for (id, vars) in &english {
            assert_eq!(&translated[id], vars, "{}.ftl: {id} must use exactly the variables of English", lang.id());
        }
    }
}

#[test]
fn the_language_comes_from_the_link_then_the_site_then_the_browser() {
    let browser = ["fr-CA".to_owned(), "de".to_owned()];
    assert_eq!(choose(Some("es"), Some("de"), &browser), Lang::Es);
    assert_eq!(choose(Some("DE-at"), None, &[]), Lang::De);
    assert_eq!(choose(None, Some("de"), &browser), Lang::De);
    assert_eq!(choose(None, None, &browser), Lang::Fr);
    assert_eq!(choose(Some("xx"), Some("klingon"), &["ja".to_owned(), "es-MX".to_owned()]), Lang::Es);
    assert_eq!(choose(None, None, &["ja".to_owned()]), Lang::En);
    assert_eq!(choose(Some(""), None, &[]), Lang::En);
}

#[test]
fn plurals_and_variables_follow_the_language() {
    let de = Tr::new(Lang::De, ftl(Lang::De)).unwrap();
    let fr = Tr::new(Lang::Fr, ftl(Lang::Fr)).unwrap();
    let en = Tr::english();
    assert_eq!(en.format("first-step-count", &[("count", 1.into())]), "The 1 step");
    assert_eq!(en.format("first-step-count", &[("count", 4.into())]), "The 4 steps");
    assert_eq!(de.format("first-step-count", &[("count", 1.into())]), "Der eine Schritt");
    assert_eq!(de.format("first-step-count", &[("count", 4.into())]), "Die 4 Schritte");
    assert_eq!(fr.format("first-step-count", &[("count", 4.into())]), "Les 4 étapes");
    // French counts 0 and 1 as singular; English does not.
    assert_eq!(fr.format("cell-expires", &[("days", 0.into())]), "Expire dans 0 jour");
    assert_eq!(en.format("cell-expires", &[("days", 0.into())]), "Expires in 0 days");
    assert_eq!(de.format("cell-expires", &[("days", 1.into())]), "Läuft in 1 Tag ab");
    let host = de
        .format("proof-works", &[("host", "smtp.gmail.com".into()), ("port", 465.into()), ("from", "von hier".into())]);
    assert!(host.contains("smtp.gmail.com") && host.contains("465"), "{host}");
    assert!(!host.contains('\u{2068}'), "no isolation marks in values a person copies");
}

#[test]
fn a_message_missing_from_a_translation_falls_back_to_english() {
    let partial = Tr::new(Lang::De, "header-tagline = Funktionierende Einstellungen.").unwrap();
    assert_eq!(partial.t("header-tagline"), "Funktionierende Einstellungen.");
    assert_eq!(partial.t("intro-try"), Tr::english().t("intro-try"));
    assert!(!partial.has_own("intro-try") && partial.has_own("header-tagline"));
    assert_eq!(partial.t("no-such-message"), "no-such-message");
    assert_eq!((partial.english_only(), Tr::english().english_only()), (Some("en"), None));
}

#[test]
fn a_reason_after_a_colon_starts_lowercase_except_in_german() {
    let fr = Tr::new(Lang::Fr, ftl(Lang::Fr)).unwrap();
    assert_eq!(fr.lowercase_first("Échec de la connexion"), "échec de la connexion");
    assert_eq!(Tr::english().lowercase_first("Connection refused"), "connection refused");
    let de = Tr::new(Lang::De, ftl(Lang::De)).unwrap();
    assert_eq!(de.lowercase_first("Verbindung abgelehnt"), "Verbindung abgelehnt", "German nouns keep their capital");
    assert_eq!(fr.lowercase_first(""), "");
}

#[test]
fn numbers_keep_their_decimals_only_when_needed() {
    let en = Tr::english();
    // Half away from zero, as the browser's Intl.NumberFormat rounds.
    assert_eq!(en.number(1.25, 1), "1.3");
    assert_eq!(en.number(3.0, 1), "3");
    assert_eq!(en.number(3.04, 1), "3");
    assert_eq!(en.number(0.05, 2), "0.05");
    assert_eq!(en.number(1234.0, 0), "1234");
    assert_eq!(en.number(-2.5, 1), "-2.5");
    assert_eq!(en.number(-0.04, 1), "0");
    assert_eq!(en.date("2027-03-01T12:00:00Z"), "2027-03-01");
}

/// The message ids the source asks for by name: `t("id")` and `format("id", …)`.
fn ids_in_source() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["t(\"", "format(\"", "format(\n"] {
                    for (at, _) in text.match_indices(call) {
                        let rest = text[at + call.len()..].trim_start().trim_start_matches('"');
                        let id: String = rest
                            .chars()
                            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                            .collect();
                        if id.contains('-') && rest[id.len()..].starts_with('"') {
                            out.push((path.display().to_string(), id));
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    walk(&root.join("src"), &mut out);
    // The words shared with the CLI: the verdict's renderer, the reasons, the ways in.
    walk(&root.join("../shared/app/src"), &mut out);
    out
}

#[test]
fn every_message_the_page_asks_for_is_in_english() {
    use email_settings::address::Query;
    use email_settings::settings::resolve;
    use mailsetup_shared::guides::{Client, guide, message_ids};
    use mailsetup_shared::verdict::FindingCode;

    let english = messages(Lang::En);
    let found = ids_in_source();
    assert!(found.len() > 100, "the scan finds the calls ({})", found.len());
    for (file, id) in found.iter().filter(|(_, id)| id != "no-such-message") {
        assert!(english.contains_key(id), "{file} asks for {id}, which en.ftl lacks");
    }
    for code in FindingCode::ALL.iter().filter(|c| **c != FindingCode::Unknown) {
        let id = format!("finding-{}", code.id().replace('_', "-"));
        assert!(english.contains_key(&id) && english.contains_key(&format!("{id}-advice")), "{id}");
    }
    for problem in mailsetup_shared::wire::CertificateProblem::ALL {
        let id = format!("cert-problem-{}", problem.id().replace('_', "-"));
        assert!(english.contains_key(&id), "{id}");
    }
    for problem in mailsetup_shared::wire::TlsProblem::ALL {
        let id = format!("tls-problem-{}", problem.id().replace('_', "-"));
        assert!(english.contains_key(&id), "{id}");
    }
    for column in crate::logic::matrix::COLUMNS {
        assert!(english.contains_key(column), "{column}");
    }
    // Every guide of every program, for providers with app passwords, OAuth2 only, POP3,
    // guesses and the rest.
    for address in ["a@gmail.com", "a@outlook.com", "a@icloud.com", "a@gmx.de", "a@posteo.de", "a@company.example"] {
        let settings = resolve(&Query::parse(address).unwrap());
        for &client in Client::ALL {
            assert!(english.contains_key(&format!("client-{}", client.id())), "{client:?}");
            let Some(guide) = guide(client, &settings) else { continue };
            for id in message_ids(&guide) {
                assert!(english.contains_key(id), "{address}, {client:?}: en.ftl lacks {id}");
            }
        }
    }
}

#[test]
fn the_tables_of_ids_name_real_messages() {
    use email_settings::provider::{AuthMethod, Security};
    use mailsetup_shared::wire::{ProbeDepth, Step};

    let tr = Tr::new(Lang::Es, ftl(Lang::Es)).unwrap();
    let mut steps = Step::plan(Security::StartTls, ProbeDepth::TestMessage);
    steps.insert(0, Step::Resolve);
    for step in steps {
        let name = crate::logic::report::step_name(&tr, step);
        assert!(!name.starts_with("step-"), "{step:?}: {name}");
    }
    let all = [AuthMethod::Password, AuthMethod::OAuth2, AuthMethod::AppPassword, AuthMethod::ClientIp];
    let words = crate::logic::answer::login_methods(&tr, &all);
    assert_eq!(
        words,
        "Contraseña normal, OAuth2 (inicio de sesión con el proveedor), Contraseña de aplicación o Ninguna (por dirección de red)"
    );
}

#[test]
fn lists_use_the_language_s_and_and_or() {
    let de = Tr::new(Lang::De, ftl(Lang::De)).unwrap();
    let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(Tr::english().list("list-and", &items(&["465", "587", "25"])), "465, 587 and 25");
    assert_eq!(de.list("list-and", &items(&["465", "587"])), "465 und 587");
    assert_eq!(de.list("list-or", &items(&["a", "b", "c"])), "a, b oder c");
    assert_eq!(de.list("list-and", &items(&["465"])), "465");
    assert_eq!(de.list("list-and", &[]), "");
}

/// The ids of English's messages, each with whether its section is one only the whole page
/// shows.
fn english_ids_by_section() -> Vec<(String, bool)> {
    let mut whole_page = false;
    let mut ids = Vec::new();
    for line in ENGLISH_FTL.lines() {
        if line.starts_with("## ") {
            whole_page = super::card_part::whole_page_heading(line);
        }
        if let Some((id, _)) = line.split_once(" = ").filter(|(id, _)| !id.starts_with([' ', '#', '.'])) {
            ids.push((id.to_owned(), whole_page));
        }
    }
    ids
}

#[test]
fn the_card_s_english_is_en_ftl_without_the_whole_page_s_sections() {
    for section in super::card_part::WHOLE_PAGE_SECTIONS {
        let headings = ENGLISH_FTL.lines().filter(|l| l.strip_prefix("## ").is_some_and(|t| t.starts_with(section)));
        assert_eq!(headings.count(), 1, "en.ftl has no section `## {section}…` (or more than one)");
    }
    assert_eq!(CARD_ENGLISH_FTL, super::card_part::card_part(ENGLISH_FTL), "build.rs writes what card_part gives");
    let card = Tr::card_english();
    let ids = english_ids_by_section();
    assert!(ids.len() > 500, "{} ids", ids.len());
    for (id, whole_page) in &ids {
        assert_eq!(card.has_own(id), !whole_page, "{id}: in the card's English exactly when its section is the card's");
    }
    let kept = ids.iter().filter(|(_, whole)| !whole).count();
    assert!(
        CARD_ENGLISH_FTL.len() * 2 < ENGLISH_FTL.len(),
        "the card's part is {} of {} bytes",
        CARD_ENGLISH_FTL.len(),
        ENGLISH_FTL.len()
    );
    assert!(kept > 150, "{kept} messages kept");
    // Another language read over it falls back to the part.
    let german = card.translated(Lang::De, "header-tagline = Funktionierende Einstellungen.").unwrap();
    assert_eq!(german.t("intro-try"), Tr::english().t("intro-try"));
}

/// What the card's module says of every provider, for every program, reads no message
/// outside the card's English: such a message would show as its id.
#[test]
fn the_card_s_words_need_no_message_of_the_whole_page() {
    use email_settings::address::Query;
    use email_settings::settings::resolve;
    use mailsetup_shared::guides::Client;

    let card = Tr::card_english();
    let whole_only: Vec<String> = english_ids_by_section().into_iter().filter(|(_, w)| *w).map(|(id, _)| id).collect();
    // A missing message shows as its id, a word of its own: `test-start`, not `ms` in
    // "msa.example".
    let id_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let shows_an_id = |text: &str| {
        whole_only
            .iter()
            .filter(|id| id.contains('-'))
            .find(|id| {
                text.match_indices(id.as_str())
                    .any(|(at, _)| !text[..at].ends_with(id_char) && !text[at + id.len()..].starts_with(id_char))
            })
            .cloned()
    };
    let mut checked = 0;
    for provider in email_settings::provider::all() {
        for domain in provider.domains.iter().take(1) {
            let domain = domain.replace("*.", "a.");
            let settings = resolve(&Query::parse(&format!("someone@{domain}")).unwrap());
            let ready = crate::logic::page::Resolution::Ready(std::rc::Rc::new(settings.clone()));
            let mut said = vec![
                crate::logic::text::announcement(&card, &ready, true, None),
                crate::logic::text::page_title(&card, &ready, None),
            ];
            for &client in Client::ALL {
                said.push(crate::logic::answer::all_settings(&card, &settings, client));
                if let Some(step) = crate::logic::answer::first_step(&card, &settings, client) {
                    said.push(step.title);
                    said.extend(step.steps);
                    said.extend(step.duration);
                }
            }
            for text in &said {
                assert_eq!(shows_an_id(text), None, "{domain}: {text}");
            }
            checked += said.len();
        }
    }
    for typed in ["a@", "@gmail.com", "a b@c.d", "a@b", "a@-b.com", "a@b..com", "a@localhost"] {
        if let Err(error) = Query::parse(typed) {
            let text = crate::logic::text::address_error(&card, &error);
            assert_eq!(shows_an_id(&text), None, "{typed}: {text}");
        }
    }
    assert!(checked > 1000, "{checked} texts checked");
}
