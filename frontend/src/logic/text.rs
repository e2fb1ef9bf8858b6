//! Sentences the page composes from its state: the title, the live region's one
//! announcement, and what the Test button will do (or why there is none).

use email_settings::address::{AddressError, DomainProblem, LocalPartProblem};
use email_settings::provider::{Hint, HintKind};
use email_settings::render::Format;
use mailsetup_shared::wire::{PortSpec, ProxyInfo};

use super::i18n::Tr;
use super::matrix;
use super::page::{Lookup, Resolution};
use super::probe_view::ProbeView;

/// Why a typed text is not usable, in the page's language.
pub fn address_error(tr: &Tr, error: &AddressError) -> String {
    use email_settings::address::{MAX_ADDRESS, MAX_DOMAIN, MAX_LABEL, MAX_LOCAL_PART};
    let too_long =
        |id: &str, length: usize, limit: usize| tr.format(id, &[("length", length.into()), ("limit", limit.into())]);
    match error {
        AddressError::Empty => tr.t("error-empty"),
        AddressError::ContainsSpace => tr.t("error-space"),
        AddressError::TooManyAt => tr.t("error-many-at"),
        AddressError::EmptyLocalPart => tr.t("error-no-local-part"),
        AddressError::EmptyDomain => tr.t("error-no-domain"),
        AddressError::LocalPartTooLong { length } => too_long("error-local-part-long", *length, MAX_LOCAL_PART),
        AddressError::InvalidLocalPart { reason } => match reason {
            LocalPartProblem::StartsOrEndsWithDot => tr.t("error-local-part-dot-end"),
            LocalPartProblem::ConsecutiveDots => tr.t("error-local-part-dots"),
            LocalPartProblem::Character(c) => {
                tr.format("error-local-part-character", &[("character", c.escape_debug().to_string().into())])
            }
            LocalPartProblem::UnclosedQuote => tr.t("error-local-part-quote"),
            _ => error.to_string(),
        },
        AddressError::DomainTooLong { length } => too_long("error-domain-long", *length, MAX_DOMAIN),
        AddressError::LabelTooLong { label } => {
            tr.format("error-label-long", &[("label", label.as_str().into()), ("limit", MAX_LABEL.into())])
        }
        AddressError::DomainWithoutDot => tr.t("error-no-dot"),
        AddressError::InvalidDomain { domain, reason } => {
            let reason = match reason {
                DomainProblem::EmptyPart => tr.t("error-domain-empty-part"),
                DomainProblem::Punctuation => tr.t("error-domain-punctuation"),
                DomainProblem::InvalidIdn => tr.t("error-domain-invalid-idn"),
                DomainProblem::IdnUnsupported => tr.t("error-domain-idn-unsupported"),
                DomainProblem::EdgeHyphen => tr.t("error-domain-edge-hyphen"),
                DomainProblem::Characters => tr.t("error-domain-characters"),
                _ => reason.to_string(),
            };
            tr.format("error-invalid-domain", &[("domain", domain.as_str().into()), ("reason", reason.into())])
        }
        AddressError::AddressLiteral => tr.t("error-ip-literal"),
        AddressError::AddressTooLong { length } => too_long("error-address-long", *length, MAX_ADDRESS),
        _ => error.to_string(),
    }
}

/// A config file's download button. Where a format's name has words, the button is its own
/// message (`files-download-<id>`), which the phone instructions (`files-qr`) quote.
pub fn download_label(tr: &Tr, format: Format) -> String {
    let own = format!("files-download-{}", format.id());
    if Tr::english().has_own(&own) {
        tr.t(&own)
    } else {
        tr.format("files-download", &[("file", format.label().into())])
    }
}

/// A provider hint's words in the page's language: its translation (`shared/app/i18n`, by the
/// hint's [`Hint::message_id`]), else the provider data's English, marked `lang="en"`.
pub fn hint_text(tr: &Tr, hint: &Hint) -> (String, Option<&'static str>) {
    let id = hint.message_id();
    match tr.english_only() {
        Some(english) if !tr.has_own(&id) => (hint.text.to_owned(), Some(english)),
        Some(_) => (tr.t(&id), None),
        None => (hint.text.to_owned(), None),
    }
}

/// A provider hint's badge in the page's language.
pub fn hint_badge(tr: &Tr, kind: HintKind) -> String {
    match kind {
        HintKind::AppPassword => tr.t("hint-app-password"),
        HintKind::ApiKey => tr.t("hint-api-key"),
        HintKind::EnableImap => tr.t("hint-enable-imap"),
        HintKind::Oauth2Only => tr.t("hint-oauth2-only"),
        HintKind::BasicAuthRetiring => tr.t("hint-basic-auth-retiring"),
        HintKind::NeedsBridge => tr.t("hint-needs-bridge"),
        HintKind::ChooseRegion => tr.t("hint-choose-region"),
        HintKind::SendingLimits => tr.t("hint-sending-limits"),
        HintKind::PaidPlan => tr.t("hint-paid-plan"),
        HintKind::Alternative => tr.t("hint-alternative"),
        HintKind::Other => tr.t("hint-other"),
    }
}

/// The document title: it names the provider once there is one.
pub fn page_title(tr: &Tr, resolution: &Resolution, brand: Option<&str>) -> String {
    let brand = brand.unwrap_or("mailsetup");
    match resolution {
        Resolution::Ready(settings) if settings.provider.is_some() => tr
            .format("title-provider", &[("provider", settings.provider_name.as_str().into()), ("brand", brand.into())]),
        Resolution::Ready(settings) => {
            tr.format("title-domain", &[("domain", settings.domain().unicode().into()), ("brand", brand.into())])
        }
        _ => tr.format("title-start", &[("brand", brand.into())]),
    }
}

/// What the live region says of a test: that it runs, then its verdict; `None` before one.
/// It has the word over [`announcement`] (the card's module, which has no test, skips it).
pub fn probe_announcement(tr: &Tr, probe: &ProbeView) -> Option<String> {
    if probe.is_finished() {
        Some(tr.format("announce-finished", &[("summary", matrix::summary(tr, probe).into())]))
    } else if probe.is_running() {
        Some(tr.t("testing"))
    } else {
        None
    }
}

/// What the live region says of the answer: nothing while typing; once the person paused,
/// the answer (or the error, and any "Did you mean").
pub fn announcement(tr: &Tr, resolution: &Resolution, settled: bool, suggestion: Option<&str>) -> String {
    let answer = match resolution {
        _ if !settled => return String::new(),
        Resolution::Ready(settings) => match settings.best_smtp() {
            Some(best) => tr.format(
                "announce-answer",
                &[
                    ("provider", settings.provider_name.as_str().into()),
                    ("host", best.host.as_str().into()),
                    ("port", best.port.into()),
                    ("security", best.security.label().into()),
                ],
            ),
            None => tr.format("announce-no-smtp", &[("provider", settings.provider_name.as_str().into())]),
        },
        Resolution::Invalid(error) => address_error(tr, error),
        Resolution::Empty | Resolution::KeepTyping => String::new(),
    };
    match suggestion {
        Some(suggestion) => {
            let question = tr.format("announce-did-you-mean", &[("suggestion", suggestion.into())]);
            format!("{question} {answer}").trim_end().to_owned()
        }
        None => answer,
    }
}

/// What a test will do, in one sentence.
pub fn test_scope(tr: &Tr, plan: &[(String, Vec<PortSpec>)]) -> String {
    let targets: Vec<String> = plan
        .iter()
        .map(|(host, ports)| {
            let ports: Vec<String> = ports.iter().map(|p| p.port.to_string()).collect();
            let count = ports.len();
            let ports = tr.list("list-and", &ports);
            tr.format(
                "scope-target",
                &[("host", host.as_str().into()), ("ports", ports.into()), ("count", count.into())],
            )
        })
        .collect();
    tr.format("scope", &[("targets", targets.join(&tr.t("scope-and-to")).into())])
}

/// "from this computer" or "from a server in Frankfurt".
pub fn tested_from(tr: &Tr, info: &ProxyInfo) -> String {
    match (&info.probe_location, info.runs_locally) {
        (_, true) => tr.t("from-this-computer"),
        (Some(place), false) => tr.format("from-place", &[("place", place.as_str().into())]),
        (None, false) => tr.t("from-proxy-network"),
    }
}

/// Who sees a login test's password on its way, when this proxy offers the test at all:
/// only a proxy on the person's own computer, or one whose operator turned it on.
pub fn login_audience(tr: &Tr, info: &ProxyInfo) -> Option<String> {
    match (&info.probe_location, info.runs_locally, info.login_test) {
        (_, _, false) => None,
        (_, true, true) => Some(tr.t("audience-local")),
        (Some(place), false, true) => Some(tr.format("audience-place", &[("place", place.as_str().into())])),
        (None, false, true) => Some(tr.t("audience-operator")),
    }
}

/// Why the card has no Test button, when it has none.
pub fn why_no_test(tr: &Tr, proxy: &Lookup<ProxyInfo>, can_test: bool) -> Option<String> {
    let why = match proxy {
        _ if can_test => return None,
        Lookup::Idle => "no-test-no-proxy",
        Lookup::Loading => "no-test-checking",
        Lookup::Failed(_) => "no-test-unavailable",
        Lookup::Done(_) => "no-test-ports",
    };
    Some(tr.t(why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::i18n::Lang;
    use email_settings::address::Query;
    use email_settings::provider::Security;
    use email_settings::settings::resolve;

    fn ready(text: &str) -> Resolution {
        Resolution::Ready(std::rc::Rc::new(resolve(&Query::parse(text).unwrap())))
    }

    #[test]
    fn the_login_test_is_offered_only_where_the_proxy_allows_it_and_says_who_sees_the_password() {
        let info = |runs_locally, login_test, place: Option<&str>| ProxyInfo {
            version: String::new(),
            wire: mailsetup_shared::wire::WIRE_VERSION,
            allowed_ports: vec![465, 587],
            allow_private_targets: false,
            probe_location: place.map(str::to_owned),
            runs_locally,
            login_test,
            probes_per_minute: 12,
            frame_ancestors: Vec::new(),
            discover: true,
            limits: None,
        };
        assert_eq!(login_audience(&Tr::english(), &info(false, false, None)), None);
        assert_eq!(
            login_audience(&Tr::english(), &info(true, false, None)),
            None,
            "the proxy decides, the page follows"
        );
        assert_eq!(
            login_audience(&Tr::english(), &info(true, true, None)).as_deref(),
            Some("the probe proxy on this computer")
        );
        assert_eq!(
            login_audience(&Tr::english(), &info(false, true, Some("a server in Frankfurt"))).as_deref(),
            Some("the probe proxy at a server in Frankfurt (run by this site's operator)")
        );
    }

    #[test]
    fn the_title_names_the_provider() {
        assert_eq!(page_title(&Tr::english(), &ready("a@gmail.com"), None), "Gmail SMTP settings, tested – mailsetup");
        assert_eq!(
            page_title(&Tr::english(), &ready("a@company.example"), Some("Help")),
            "SMTP settings for company.example – Help"
        );
        assert_eq!(
            page_title(&Tr::english(), &Resolution::KeepTyping, None),
            "mailsetup: working SMTP settings for any email address"
        );
    }

    #[test]
    fn the_live_region_waits_for_the_pause_and_says_the_verdict() {
        let idle = ProbeView::default();
        assert_eq!(announcement(&Tr::english(), &ready("a@gmail.com"), false, None), "");
        assert_eq!(
            announcement(&Tr::english(), &ready("a@gmail.com"), true, None),
            "Gmail: smtp.gmail.com port 465, SSL/TLS"
        );
        let invalid = Resolution::Invalid(Query::parse("a@").unwrap_err());
        assert_eq!(announcement(&Tr::english(), &invalid, false, None), "");
        assert_eq!(
            announcement(&Tr::english(), &invalid, true, None),
            "The domain after the @ is missing, e.g. someone@example.com."
        );
        assert_eq!(
            announcement(&Tr::english(), &Resolution::KeepTyping, true, Some("a@gmail.com")),
            "Did you mean a@gmail.com?"
        );
        let specs = vec![PortSpec { port: 465, security: Security::ImplicitTls }];
        let mut probe = idle.next(&[("smtp.gmail.com".into(), specs)]);
        assert_eq!(probe_announcement(&Tr::english(), &idle), None, "no test, nothing to say of one");
        assert_eq!(probe_announcement(&Tr::english(), &probe).as_deref(), Some("Testing…"));
        probe.fail(
            "smtp.gmail.com",
            crate::logic::failure::RequestFailure::Refused(mailsetup_shared::wire::ApiErrorCode::Busy),
        );
        let said = probe_announcement(&Tr::english(), &probe);
        assert_eq!(
            said.as_deref(),
            Some(
                "Test finished. The probe proxy is busy. Try again in a few seconds. We could not check from here, so \
             this says nothing against these settings; try again later."
            ),
            "a busy proxy is not a verdict on the settings"
        );
    }

    #[test]
    fn address_errors_say_what_shared_says_in_english() {
        use email_settings::address::Query;
        let tr = Tr::english();
        for text in [
            "",
            "a b@c.de",
            "a@b@c.de",
            "@c.de",
            "a@",
            "a..b@c.de",
            ".a@c.de",
            "a\"b@c.de",
            "a@localhost",
            "a@[1.2.3.4]",
            "a@example..com",
            "a@gmail,com",
            "a@-example.com",
            "a@exa$mple.com",
        ] {
            let error = Query::parse(text).unwrap_err();
            assert_eq!(address_error(&tr, &error), error.to_string(), "{text:?}");
        }
        let long = format!("{}@example.com", "a".repeat(70));
        let error = Query::parse(&long).unwrap_err();
        assert_eq!(address_error(&tr, &error), error.to_string());
    }

    #[test]
    fn address_errors_have_no_english_left_in_other_languages() {
        use email_settings::address::Query;
        let english = Tr::english();
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let tr = Tr::new(lang, mailsetup_shared::words::ftl(lang)).unwrap();
            for text in ["a@example..com", "a@gmail,com", "a@-example.com", "a@exa$mple.com", "a b@c.de", "a@"] {
                let error = Query::parse(text).unwrap_err();
                let said = address_error(&tr, &error);
                assert_ne!(said, address_error(&english, &error), "{lang:?} {text:?}");
                if let AddressError::InvalidDomain { reason, .. } = &error {
                    assert!(!said.contains(&reason.to_string()), "{lang:?} {text:?}: {said}");
                }
            }
        }
    }

    #[test]
    fn download_labels_name_the_file() {
        assert_eq!(download_label(&Tr::english(), Format::Msmtp), "Download msmtp");
        for &lang in Lang::ALL {
            let tr = Tr::new(lang, mailsetup_shared::words::ftl(lang)).unwrap();
            assert!(download_label(&tr, Format::Mobileconfig).contains(".mobileconfig"), "{lang:?}");
        }
    }

    #[test]
    fn hint_badges_are_the_vocabulary_s_words_in_english_and_translated_elsewhere() {
        // Every kind has its message (the match is exhaustive, and the scan of `t("…")`
        // calls checks each id is in en.ftl); English says the vocabulary's own words.
        let de = Tr::new(Lang::De, mailsetup_shared::words::ftl(Lang::De)).unwrap();
        for kind in [HintKind::AppPassword, HintKind::SendingLimits, HintKind::Other] {
            assert_eq!(hint_badge(&Tr::english(), kind), kind.label());
        }
        assert_eq!(hint_badge(&de, HintKind::AppPassword), "App-Passwort");
        assert_eq!(hint_badge(&de, HintKind::SendingLimits), "Versandgrenzen");
    }

    #[test]
    fn the_scope_lists_every_host() {
        let specs = vec![
            PortSpec { port: 465, security: Security::ImplicitTls },
            PortSpec { port: 587, security: Security::StartTls },
        ];
        assert_eq!(
            test_scope(&Tr::english(), &[("smtp.a.example".into(), specs.clone()), ("mail.a.example".into(), specs)]),
            "Connects to smtp.a.example on ports 465 and 587, and to mail.a.example on ports 465 and 587 and goes as far as the login, without logging in or sending mail."
        );
        assert!(why_no_test(&Tr::english(), &Lookup::Idle, false).unwrap().contains("cargo xtask serve"));
        assert_eq!(why_no_test(&Tr::english(), &Lookup::Idle, true), None);
    }
}
