//! Sentences the page composes from its state: the title, the live region's one
//! announcement, and what the Test button will do (or why there is none).

use mailsetup_shared::wire::{PortSpec, ProxyInfo};

use super::matrix;
use super::page::{Lookup, Resolution};
use super::probe_view::ProbeView;

/// The document title: it names the provider once there is one.
pub fn page_title(resolution: &Resolution, brand: Option<&str>) -> String {
    let brand = brand.unwrap_or("mailsetup");
    match resolution {
        Resolution::Ready(settings) if settings.provider.is_some() => {
            format!("{} SMTP settings, tested – {brand}", settings.provider_name)
        }
        Resolution::Ready(settings) => format!("SMTP settings for {} – {brand}", settings.domain().unicode()),
        _ => format!("{brand}: working SMTP settings for any email address"),
    }
}

/// What the live region says: nothing while typing; once the person paused, the answer (or
/// the error, and any "Did you mean"); the test's verdict once a test finished.
pub fn announcement(resolution: &Resolution, settled: bool, suggestion: Option<&str>, probe: &ProbeView) -> String {
    if probe.is_finished() {
        return format!("Test finished. {}", matrix::summary(probe));
    }
    if probe.is_running() {
        return "Testing…".to_owned();
    }
    let answer = match resolution {
        _ if !settled => return String::new(),
        Resolution::Ready(settings) => match settings.best_smtp() {
            Some(best) => {
                format!("{}: {} port {}, {}", settings.provider_name, best.host, best.port, best.security.label())
            }
            None => format!("{}: no SMTP access", settings.provider_name),
        },
        Resolution::Invalid(error) => error.to_string(),
        Resolution::Empty | Resolution::KeepTyping => String::new(),
    };
    match suggestion {
        Some(suggestion) => format!("Did you mean {suggestion}? {answer}").trim_end().to_owned(),
        None => answer,
    }
}

/// What a test will do, in one sentence.
pub fn test_scope(plan: &[(String, Vec<PortSpec>)]) -> String {
    let targets: Vec<String> = plan
        .iter()
        .map(|(host, ports)| {
            let ports: Vec<String> = ports.iter().map(|p| p.port.to_string()).collect();
            format!("{host} on port {}", ports.join(" and "))
        })
        .collect();
    format!(
        "Connects to {} and goes as far as the login, without logging in or sending mail.",
        targets.join(", and to ")
    )
}

/// "from this computer" or "from a server in Frankfurt".
pub fn tested_from(info: &ProxyInfo) -> String {
    match (&info.probe_location, info.runs_locally) {
        (_, true) => "from this computer".to_owned(),
        (Some(place), false) => format!("from {place}"),
        (None, false) => "from the proxy's network".to_owned(),
    }
}

/// Who sees a login test's password on its way, when this proxy offers the test at all:
/// only a proxy on the person's own computer, or one whose operator turned it on.
pub fn login_audience(info: &ProxyInfo) -> Option<String> {
    match (&info.probe_location, info.runs_locally, info.login_test) {
        (_, _, false) => None,
        (_, true, true) => Some("the probe proxy on this computer".to_owned()),
        (Some(place), false, true) => Some(format!("the probe proxy at {place} (run by this site's operator)")),
        (None, false, true) => Some("this site's probe proxy (run by its operator)".to_owned()),
    }
}

/// Why the card has no Test button, when it has none.
pub fn why_no_test(proxy: &Lookup<ProxyInfo>, can_test: bool) -> Option<String> {
    let why = match proxy {
        _ if can_test => return None,
        Lookup::Idle => {
            "Live testing needs the probe proxy, which this page is not connected to. Run it yourself with \
             `cargo xtask serve` (or `probe-proxy serve`) and open the page it serves."
        }
        Lookup::Loading => "Checking the probe proxy…",
        Lookup::Failed(_) => "The probe proxy is not available right now, so these settings cannot be tested here.",
        Lookup::Done(_) => "This proxy does not test the ports these settings use.",
    };
    Some(why.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailsetup_shared::address::Query;
    use mailsetup_shared::provider::Security;
    use mailsetup_shared::settings::resolve;

    fn ready(text: &str) -> Resolution {
        Resolution::Ready(Box::new(resolve(&Query::parse(text).unwrap())))
    }

    #[test]
    fn the_login_test_is_offered_only_where_the_proxy_allows_it_and_says_who_sees_the_password() {
        let info = |runs_locally, login_test, place: Option<&str>| ProxyInfo {
            version: String::new(),
            allowed_ports: vec![465, 587],
            allow_private_targets: false,
            probe_location: place.map(str::to_owned),
            runs_locally,
            login_test,
            probes_per_minute: 12,
            discover: true,
            limits: None,
        };
        assert_eq!(login_audience(&info(false, false, None)), None);
        assert_eq!(login_audience(&info(true, false, None)), None, "the proxy decides, the page follows");
        assert_eq!(login_audience(&info(true, true, None)).as_deref(), Some("the probe proxy on this computer"));
        assert_eq!(
            login_audience(&info(false, true, Some("a server in Frankfurt"))).as_deref(),
            Some("the probe proxy at a server in Frankfurt (run by this site's operator)")
        );
    }

    #[test]
    fn the_title_names_the_provider() {
        assert_eq!(page_title(&ready("a@gmail.com"), None), "Gmail SMTP settings, tested – mailsetup");
        assert_eq!(page_title(&ready("a@company.example"), Some("Help")), "SMTP settings for company.example – Help");
        assert_eq!(page_title(&Resolution::KeepTyping, None), "mailsetup: working SMTP settings for any email address");
    }

    #[test]
    fn the_live_region_waits_for_the_pause_and_says_the_verdict() {
        let idle = ProbeView::default();
        assert_eq!(announcement(&ready("a@gmail.com"), false, None, &idle), "");
        assert_eq!(announcement(&ready("a@gmail.com"), true, None, &idle), "Gmail: smtp.gmail.com port 465, SSL/TLS");
        let invalid = Resolution::Invalid(Query::parse("a@").unwrap_err());
        assert_eq!(announcement(&invalid, false, None, &idle), "");
        assert_eq!(
            announcement(&invalid, true, None, &idle),
            "The domain after the @ is missing, e.g. someone@example.com."
        );
        assert_eq!(
            announcement(&Resolution::KeepTyping, true, Some("a@gmail.com"), &idle),
            "Did you mean a@gmail.com?"
        );
        let specs = vec![PortSpec { port: 465, security: Security::ImplicitTls }];
        let mut probe = idle.next(&[("smtp.gmail.com".into(), specs)]);
        assert_eq!(announcement(&ready("a@gmail.com"), true, None, &probe), "Testing…");
        probe.fail("smtp.gmail.com", "the proxy is busy".into());
        let said = announcement(&ready("a@gmail.com"), true, None, &probe);
        assert!(said.starts_with("Test finished. None of these settings works."), "{said}");
    }

    #[test]
    fn the_scope_lists_every_host() {
        let specs = vec![
            PortSpec { port: 465, security: Security::ImplicitTls },
            PortSpec { port: 587, security: Security::StartTls },
        ];
        assert_eq!(
            test_scope(&[("smtp.a.example".into(), specs.clone()), ("mail.a.example".into(), specs)]),
            "Connects to smtp.a.example on port 465 and 587, and to mail.a.example on port 465 and 587 and goes as far as the login, without logging in or sending mail."
        );
        assert!(why_no_test(&Lookup::Idle, false).unwrap().contains("cargo xtask serve"));
        assert_eq!(why_no_test(&Lookup::Idle, true), None);
    }
}
