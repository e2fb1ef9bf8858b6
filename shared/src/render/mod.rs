//! Every output mailsetup can produce from one set of [`Settings`]: config files for mail
//! programs and servers, code snippets, and the commands a person can run to test.
//!
//! XML is written with quick-xml's writer and property lists with the plist crate, never by
//! pasting strings; everything a person typed is escaped for the format it lands in (see
//! [`quote`]). Nothing here ever contains a password: snippets read it from `SMTP_PASSWORD`.

mod commands;
mod mobileconfig;
pub mod quote;
mod snippets;
mod text_configs;
mod xml;

use serde::Serialize;

use crate::provider::Security;
use crate::settings::{Candidate, Settings};

/// What kind of output a format is, for grouping on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FormatKind {
    /// A file a mail program or server reads.
    ConfigFile,
    /// Code for developers.
    Snippet,
    /// A command to run in a terminal.
    Command,
}

/// Every output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Thunderbird,
    Autodiscover,
    Mobileconfig,
    Msmtp,
    Mutt,
    GitSendEmail,
    PostfixRelay,
    Python,
    Nodemailer,
    Phpmailer,
    Lettre,
    Go,
    Mailkit,
    Django,
    Laravel,
    Openssl,
    Swaks,
    Powershell,
    Netcat,
}

impl Format {
    pub const ALL: [Format; 19] = [
        Format::Thunderbird,
        Format::Autodiscover,
        Format::Mobileconfig,
        Format::Msmtp,
        Format::Mutt,
        Format::GitSendEmail,
        Format::PostfixRelay,
        Format::Python,
        Format::Nodemailer,
        Format::Phpmailer,
        Format::Lettre,
        Format::Go,
        Format::Mailkit,
        Format::Django,
        Format::Laravel,
        Format::Openssl,
        Format::Swaks,
        Format::Powershell,
        Format::Netcat,
    ];

    /// The name used on the command line and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Format::Thunderbird => "thunderbird",
            Format::Autodiscover => "autodiscover",
            Format::Mobileconfig => "mobileconfig",
            Format::Msmtp => "msmtp",
            Format::Mutt => "mutt",
            Format::GitSendEmail => "git-send-email",
            Format::PostfixRelay => "postfix",
            Format::Python => "python",
            Format::Nodemailer => "nodemailer",
            Format::Phpmailer => "phpmailer",
            Format::Lettre => "lettre",
            Format::Go => "go",
            Format::Mailkit => "mailkit",
            Format::Django => "django",
            Format::Laravel => "laravel",
            Format::Openssl => "openssl",
            Format::Swaks => "swaks",
            Format::Powershell => "powershell",
            Format::Netcat => "nc",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Thunderbird => "Thunderbird autoconfig (XML)",
            Format::Autodiscover => "Outlook Autodiscover (XML)",
            Format::Mobileconfig => "Apple profile (.mobileconfig)",
            Format::Msmtp => "msmtp",
            Format::Mutt => "mutt / NeoMutt",
            Format::GitSendEmail => "git send-email",
            Format::PostfixRelay => "Postfix relay host (SASL)",
            Format::Python => "Python (smtplib)",
            Format::Nodemailer => "Node.js (Nodemailer)",
            Format::Phpmailer => "PHP (PHPMailer)",
            Format::Lettre => "Rust (lettre)",
            Format::Go => "Go (net/smtp)",
            Format::Mailkit => ".NET (MailKit)",
            Format::Django => "Django settings",
            Format::Laravel => "Laravel .env",
            Format::Openssl => "openssl s_client",
            Format::Swaks => "swaks",
            Format::Powershell => "PowerShell",
            Format::Netcat => "nc (netcat)",
        }
    }

    pub fn kind(self) -> FormatKind {
        match self {
            Format::Thunderbird
            | Format::Autodiscover
            | Format::Mobileconfig
            | Format::Msmtp
            | Format::Mutt
            | Format::GitSendEmail
            | Format::PostfixRelay => FormatKind::ConfigFile,
            Format::Python
            | Format::Nodemailer
            | Format::Phpmailer
            | Format::Lettre
            | Format::Go
            | Format::Mailkit
            | Format::Django
            | Format::Laravel => FormatKind::Snippet,
            Format::Openssl | Format::Swaks | Format::Powershell | Format::Netcat => FormatKind::Command,
        }
    }

    /// The file name to save the output under.
    pub fn file_name(self, settings: &Settings) -> String {
        let domain = settings.domain().ascii();
        match self {
            Format::Thunderbird => "config-v1.1.xml".to_owned(),
            Format::Autodiscover => "autodiscover.xml".to_owned(),
            Format::Mobileconfig => format!("{domain}.mobileconfig"),
            Format::Msmtp => "msmtprc".to_owned(),
            Format::Mutt => "muttrc".to_owned(),
            Format::GitSendEmail => "gitconfig".to_owned(),
            Format::PostfixRelay => "postfix-relay.txt".to_owned(),
            Format::Python => "send_mail.py".to_owned(),
            Format::Nodemailer => "send-mail.mjs".to_owned(),
            Format::Phpmailer => "send-mail.php".to_owned(),
            Format::Lettre => "main.rs".to_owned(),
            Format::Go => "main.go".to_owned(),
            Format::Mailkit => "Program.cs".to_owned(),
            Format::Django => "settings.py".to_owned(),
            Format::Laravel => ".env".to_owned(),
            Format::Openssl | Format::Swaks | Format::Netcat => "test-smtp.sh".to_owned(),
            Format::Powershell => "test-smtp.ps1".to_owned(),
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Thunderbird | Format::Autodiscover => "application/xml",
            Format::Mobileconfig => "application/x-apple-aspen-config",
            _ => "text/plain",
        }
    }

    /// The language, for syntax labels on the page.
    pub fn language(self) -> &'static str {
        match self {
            Format::Thunderbird | Format::Autodiscover | Format::Mobileconfig => "xml",
            Format::Python | Format::Django => "python",
            Format::Nodemailer => "javascript",
            Format::Phpmailer => "php",
            Format::Lettre => "rust",
            Format::Go => "go",
            Format::Mailkit => "csharp",
            Format::Openssl | Format::Swaks | Format::Netcat => "shell",
            Format::Powershell => "powershell",
            Format::Msmtp | Format::Mutt | Format::GitSendEmail | Format::PostfixRelay | Format::Laravel => "ini",
        }
    }
}

/// One rendered output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rendered {
    pub format: Format,
    pub file_name: String,
    pub mime: &'static str,
    pub text: String,
}

/// Renders one format.
pub fn render(format: Format, settings: &Settings) -> Rendered {
    let text = match format {
        Format::Thunderbird => xml::thunderbird(settings),
        Format::Autodiscover => xml::autodiscover(settings),
        Format::Mobileconfig => mobileconfig::render(settings),
        Format::Msmtp => text_configs::msmtp(settings),
        Format::Mutt => text_configs::mutt(settings),
        Format::GitSendEmail => text_configs::git_send_email(settings),
        Format::PostfixRelay => text_configs::postfix_relay(settings),
        Format::Python => snippets::python(settings),
        Format::Nodemailer => snippets::nodemailer(settings),
        Format::Phpmailer => snippets::phpmailer(settings),
        Format::Lettre => snippets::lettre(settings),
        Format::Go => snippets::go(settings),
        Format::Mailkit => snippets::mailkit(settings),
        Format::Django => snippets::django(settings),
        Format::Laravel => snippets::laravel(settings),
        Format::Openssl => commands::openssl(settings),
        Format::Swaks => commands::swaks(settings),
        Format::Powershell => commands::powershell(settings),
        Format::Netcat => commands::netcat(settings),
    };
    Rendered { format, file_name: format.file_name(settings), mime: format.mime(), text }
}

/// The Autodiscover response for a whole domain (the provider kit): no login name.
pub(crate) fn domain_wide_autodiscover(settings: &Settings) -> String {
    xml::autodiscover_with(settings, false)
}

/// The SMTP candidate config files use: the best encrypted one (the best of all if the
/// provider offers only plaintext).
pub(crate) fn chosen_smtp(settings: &Settings) -> &Candidate {
    settings.smtp.iter().find(|c| c.security != Security::Plain).unwrap_or(settings.best_smtp())
}

/// The incoming server config files use: IMAP if offered, else POP3.
pub(crate) fn chosen_incoming(settings: &Settings) -> Option<&Candidate> {
    settings.imap.first().or(settings.pop3.first())
}

/// The header line of generated files.
pub(crate) fn made_by(settings: &Settings) -> String {
    quote::comment(&format!(
        "{} settings for {}, made by mailsetup",
        settings.provider_name,
        settings.address_or_example()
    ))
}

#[cfg(test)]
mod tests;
