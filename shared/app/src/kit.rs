//! The provider kit: what a domain owner publishes so mail programs configure themselves.
//!
//! - Thunderbird (and others) fetch `https://autoconfig.<domain>/mail/config-v1.1.xml` and
//!   `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml`.
//! - Outlook asks `https://autodiscover.<domain>/autodiscover/autodiscover.xml`.
//! - RFC 6186 and RFC 8314 SRV records name the servers in DNS: `_submissions._tcp` (465),
//!   `_submission._tcp` (587), `_imaps._tcp` (993), `_pop3s._tcp` (995); a target of `.`
//!   says a service is not offered.

use serde::Serialize;

use email_settings::provider::{Protocol, Security};
use email_settings::render::{self, Format};
use email_settings::settings::{Candidate, Settings};

/// A file to publish on the web.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KitFile {
    /// Where it must be reachable, e.g. `https://autoconfig.example.com/mail/config-v1.1.xml`.
    pub url: String,
    pub mime: &'static str,
    pub text: String,
}

/// Everything a domain owner publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProviderKit {
    pub domain: String,
    pub files: Vec<KitFile>,
    /// Zone-file lines for the SRV records.
    pub srv_records: Vec<String>,
    /// Zone-file lines for the web host names the files need.
    pub host_records: Vec<String>,
}

/// Builds the kit for the domain of `settings`. User names stay placeholders in the files,
/// so the same files serve every address of the domain.
/// `None` when the provider offers no SMTP at all: there is nothing to publish.
pub fn provider_kit(settings: &Settings) -> Option<ProviderKit> {
    let domain = settings.domain().ascii().to_owned();
    let thunderbird = render::render(Format::Thunderbird, settings)?.text;
    // Outlook sends the address in its request; a static file answers every address alike,
    // so it names no login and Outlook uses the address.
    let autodiscover =
        email_settings::render::domain_wide_autodiscover(settings, email_settings::render::Generator::MAILSETUP);
    let files = vec![
        KitFile {
            url: format!("https://autoconfig.{domain}/mail/config-v1.1.xml"),
            mime: "application/xml",
            text: thunderbird.clone(),
        },
        KitFile {
            url: format!("https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"),
            mime: "application/xml",
            text: thunderbird,
        },
        KitFile { url: autodiscover_url(&domain), mime: "application/xml", text: autodiscover },
    ];
    Some(ProviderKit {
        srv_records: srv_records(&domain, settings),
        host_records: vec![
            format!("autoconfig.{domain}. 3600 IN CNAME your-web-server.{domain}."),
            format!("autodiscover.{domain}. 3600 IN CNAME your-web-server.{domain}."),
        ],
        domain,
        files,
    })
}

pub use email_settings::autodiscover::autodiscover_url;

fn srv_line(name: &str, domain: &str, candidate: Option<&Candidate>, port: u16) -> String {
    match candidate {
        Some(c) => format!("_{name}._tcp.{domain}. 3600 IN SRV 0 1 {} {}.", c.port, c.host),
        None => format!("_{name}._tcp.{domain}. 3600 IN SRV 0 0 0 .   ; not offered (port {port})"),
    }
}

fn srv_records(domain: &str, settings: &Settings) -> Vec<String> {
    let find = |list: &[Candidate], protocol: Protocol, security: Security| {
        list.iter().find(|c| c.protocol == protocol && c.security == security).cloned()
    };
    let submissions = find(&settings.smtp, Protocol::Smtp, Security::ImplicitTls);
    let submission = find(&settings.smtp, Protocol::Smtp, Security::StartTls).filter(|c| c.port != 25);
    let imaps = find(&settings.imap, Protocol::Imap, Security::ImplicitTls);
    let pop3s = find(&settings.pop3, Protocol::Pop3, Security::ImplicitTls);
    vec![
        srv_line("submissions", domain, submissions.as_ref(), 465),
        srv_line("submission", domain, submission.as_ref(), 587),
        srv_line("imaps", domain, imaps.as_ref(), 993),
        srv_line("pop3s", domain, pop3s.as_ref(), 995),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::address::Query;
    use email_settings::settings::resolve;

    #[test]
    fn kit_for_a_gmail_hosted_domain() {
        let kit = provider_kit(&resolve(&Query::parse("gmail.com").unwrap())).unwrap();
        assert_eq!(kit.files.len(), 3);
        assert_eq!(kit.files[0].url, "https://autoconfig.gmail.com/mail/config-v1.1.xml");
        assert!(kit.files[0].text.contains("<username>%EMAILADDRESS%</username>"));
        assert!(!kit.files[2].text.contains("<LoginName>"), "{}", kit.files[2].text);
        let local_part_login = provider_kit(&resolve(&Query::parse("o'brien@web.de").unwrap())).unwrap();
        assert!(!local_part_login.files[2].text.contains("<LoginName>"), "no one's login in a domain-wide file");
        assert_eq!(
            kit.srv_records,
            [
                "_submissions._tcp.gmail.com. 3600 IN SRV 0 1 465 smtp.gmail.com.",
                "_submission._tcp.gmail.com. 3600 IN SRV 0 1 587 smtp.gmail.com.",
                "_imaps._tcp.gmail.com. 3600 IN SRV 0 1 993 imap.gmail.com.",
                "_pop3s._tcp.gmail.com. 3600 IN SRV 0 1 995 pop.gmail.com.",
            ]
        );
    }
}
