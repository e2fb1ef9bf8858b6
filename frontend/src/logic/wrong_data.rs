//! "Report wrong data": a report of what the page showed for a known provider (its id, the
//! servers, the user-name form, where the data came from and when it was checked), never
//! the address or anything else the person typed, and where to send it.

use email_settings::provider::{DataSource, Protocol, Server, Username};
use email_settings::render::quote::percent_encode;
use email_settings::settings::Settings;

use super::i18n::Tr;

/// Where reports about data imported from Thunderbird's ISPDB go when the site names no
/// target of its own: the database's own tracker, where a correction helps every program.
pub const ISPDB_TRACKER: &str = "https://github.com/thunderbird/autoconfig/issues/new?title={title}&body={body}";

/// A report, ready to copy or send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongData {
    pub title: String,
    pub body: String,
}

/// The report for these settings; `None` where no provider's data was shown (guesses, a
/// domain's own published settings: there is nothing of ours to correct).
pub fn wrong_data(tr: &Tr, settings: &Settings) -> Option<WrongData> {
    let provider = settings.provider?;
    let source = match provider.source {
        DataSource::Curated => "mailsetup",
        DataSource::Ispdb => "Thunderbird ISPDB",
    };
    let mut lines = vec![
        tr.t("report-wrong-what"),
        String::new(),
        String::new(),
        "---".to_owned(),
        format!("provider: {} ({source}, checked {})", provider.id, provider.last_checked),
    ];
    if let Some(region) = settings.region {
        lines.push(format!("region: {}", region.id));
    }
    // The data as written (`mail.%EMAILDOMAIN%`), never filled in with the person's domain.
    for (protocol, name) in [(Protocol::Smtp, "smtp"), (Protocol::Imap, "imap"), (Protocol::Pop3, "pop3")] {
        lines.extend(provider.servers(protocol, settings.region).iter().map(|server| server_line(name, server)));
    }
    lines.push(format!("page: mailsetup {}", env!("CARGO_PKG_VERSION")));
    // Some imported entries are named after the domain itself (`%EMAILDOMAIN%`).
    let name = if provider.name.contains('%') { provider.id } else { provider.name };
    Some(WrongData { title: tr.format("report-wrong-title", &[("provider", name.into())]), body: lines.join("\n") })
}

/// One server of the data, its user name as a form (`address`, `local-part`), never a value.
fn server_line(protocol: &str, server: &Server) -> String {
    let user = match server.username {
        Username::Address => "address",
        Username::LocalPart => "local-part",
        Username::Template(template) => template,
    };
    format!("{protocol}: {}:{} {}, user: {user}", server.host, server.port, server.security.label())
}

/// Where to send it: the site's `report_url` (an `https:` or `mailto:` template with
/// `{title}` and `{body}`), else ISPDB's tracker for data imported from it; `None`: the
/// report is there to copy.
pub fn target(report_url: Option<&str>, settings: &Settings) -> Option<String> {
    let usable = |url: &&str| url.starts_with("https://") || url.starts_with("mailto:");
    match report_url.filter(usable) {
        Some(url) => Some(url.to_owned()),
        None => settings.provider.filter(|p| p.source == DataSource::Ispdb).map(|_| ISPDB_TRACKER.to_owned()),
    }
}

/// The link that opens the report at `template`.
pub fn link(template: &str, report: &WrongData) -> String {
    template.replace("{title}", &percent_encode(&report.title, "")).replace("{body}", &percent_encode(&report.body, ""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::settings::{resolve, resolve_with};

    #[test]
    fn the_report_says_what_was_shown_and_nothing_typed() {
        let settings = resolve_with(&Query::parse("jane.doe@firma.example").unwrap(), &["aspmx.l.google.com"], None);
        let report = wrong_data(&Tr::english(), &settings).unwrap();
        assert!(report.body.contains("provider: google-workspace (mailsetup, checked "), "{}", report.body);
        assert!(report.body.contains("smtp: smtp.gmail.com:465 SSL/TLS, user: address"), "{}", report.body);
        for typed in ["jane", "doe", "firma"] {
            assert!(!report.body.contains(typed) && !report.title.contains(typed), "{typed}: {report:?}");
        }
        assert!(report.title.contains("Google Workspace"), "{}", report.title);
    }

    #[test]
    fn a_host_named_after_the_domain_stays_a_template() {
        // An imported provider recognised by its MX whose servers are named after the domain.
        // (A custom domain whose MX host is under one of the provider's own domains.)
        let (templated, mx, settings) = email_settings::provider::all()
            .iter()
            .filter(|p| p.smtp.iter().any(|s| s.host.contains("%EMAILDOMAIN%")))
            .find_map(|p| {
                let mx = format!("mx.{}", p.domains.first()?);
                let settings = resolve_with(&Query::parse("jane@firma.example").unwrap(), &[mx.as_str()], None);
                (settings.provider_id == Some(p.id)).then_some((p, mx, settings))
            })
            .expect("such a provider in the data");
        assert!(settings.smtp[0].host.contains("firma"), "{mx}: the page fills the domain in");
        let report = wrong_data(&Tr::english(), &settings).unwrap();
        assert!(report.body.contains("%EMAILDOMAIN%"), "{}", report.body);
        assert!(!report.body.contains("firma") && !report.title.contains('%'), "{}: {report:?}", templated.id);
    }

    #[test]
    fn guesses_have_nothing_to_report() {
        assert_eq!(wrong_data(&Tr::english(), &resolve(&Query::parse("ann@firma.example").unwrap())), None);
    }

    #[test]
    fn the_site_s_target_first_then_ispdb_for_its_own_data() {
        let curated = resolve(&Query::parse("ann@posteo.de").unwrap());
        let imported = resolve(&Query::parse("ann@a1.net").unwrap());
        assert_eq!(imported.provider.map(|p| p.source), Some(DataSource::Ispdb));
        let mine = "mailto:data@example.com?subject={title}&body={body}";
        assert_eq!(target(Some(mine), &curated).as_deref(), Some(mine));
        assert_eq!(target(None, &curated), None, "curated data: the report is there to copy");
        assert_eq!(target(None, &imported).as_deref(), Some(ISPDB_TRACKER));
        assert_eq!(
            target(Some("javascript:alert(1)"), &imported).as_deref(),
            Some(ISPDB_TRACKER),
            "only https and mailto"
        );
        let report = WrongData { title: "Wrong data: A & B".into(), body: "line 1\nline 2".into() };
        assert_eq!(
            link(mine, &report),
            "mailto:data@example.com?subject=Wrong%20data%3A%20A%20%26%20B&body=line%201%0Aline%202"
        );
    }
}
