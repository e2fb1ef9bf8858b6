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

use crate::settings::{Candidate, Settings};

/// What kind of output a format is, for grouping on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum FormatKind {
    /// A file a mail program or server reads.
    ConfigFile,
    /// Code for developers.
    Snippet,
    /// A command to run in a terminal.
    Command,
}

/// Declares [`Format`] and its table from one list, so a format cannot exist without its
/// id, label, kind, file name and renderer, nor be left out of [`Format::ALL`].
macro_rules! formats {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            id: $id:literal,
            label: $label:literal,
            kind: $kind:ident,
            language: $language:literal,
            mime: $mime:literal,
            file: $file:literal,
            render: $render:path $(,)?
        }
    )*) => {
        /// Every output format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[non_exhaustive]
        pub enum Format {
            $($(#[$doc])* #[cfg_attr(feature = "serde", serde(rename = $id))] $variant,)*
        }

        impl Format {
            /// Every format, in the order the page and the CLI list them.
            pub const ALL: &'static [Format] = &[$(Format::$variant),*];

            /// Everything about a format.
            const fn spec(self) -> &'static FormatSpec {
                match self {
                    $(Format::$variant => &FormatSpec {
                        id: $id,
                        label: $label,
                        kind: FormatKind::$kind,
                        language: $language,
                        mime: $mime,
                        file: $file,
                        render: $render,
                    },)*
                }
            }
        }
    };
}

/// One row of the format table.
#[derive(Debug)]
struct FormatSpec {
    id: &'static str,
    label: &'static str,
    kind: FormatKind,
    language: &'static str,
    mime: &'static str,
    /// The file name to save the output under; `{domain}` stands for the mail domain.
    file: &'static str,
    render: fn(&Settings, Generator<'_>) -> String,
}

formats! {
    /// Thunderbird's autoconfig file (clientConfig 1.1), which other mail programs read too.
    Thunderbird {
        id: "thunderbird", label: "Thunderbird autoconfig (XML)", kind: ConfigFile, language: "xml",
        mime: "application/xml", file: "config-v1.1.xml", render: xml::thunderbird,
    }
    /// Outlook's Autodiscover response (POX) for this address.
    Autodiscover {
        id: "autodiscover", label: "Outlook Autodiscover (XML)", kind: ConfigFile, language: "xml",
        mime: "application/xml", file: "autodiscover.xml", render: xml::autodiscover,
    }
    /// An Apple configuration profile that adds the account on iPhone, iPad or Mac.
    Mobileconfig {
        id: "mobileconfig", label: "Apple profile (.mobileconfig)", kind: ConfigFile, language: "xml",
        mime: "application/x-apple-aspen-config", file: "{domain}.mobileconfig", render: mobileconfig::render,
    }
    /// An msmtp configuration (`msmtprc`).
    Msmtp {
        id: "msmtp", label: "msmtp", kind: ConfigFile, language: "ini",
        mime: "text/plain", file: "msmtprc", render: text_configs::msmtp,
    }
    /// mutt / NeoMutt settings (`muttrc`).
    Mutt {
        id: "mutt", label: "mutt / NeoMutt", kind: ConfigFile, language: "ini",
        mime: "text/plain", file: "muttrc", render: text_configs::mutt,
    }
    /// The Git configuration for `git send-email`.
    GitSendEmail {
        id: "git-send-email", label: "git send-email", kind: ConfigFile, language: "ini",
        mime: "text/plain", file: "gitconfig", render: text_configs::git_send_email,
    }
    /// Postfix lines (`main.cf` and `sasl_passwd`) that relay a server's mail through this account.
    PostfixRelay {
        id: "postfix", label: "Postfix relay host (SASL)", kind: ConfigFile, language: "ini",
        mime: "text/plain", file: "postfix-relay.txt", render: text_configs::postfix_relay,
    }
    /// A Python script sending one test message with `smtplib`.
    Python {
        id: "python", label: "Python (smtplib)", kind: Snippet, language: "python",
        mime: "text/plain", file: "send_mail.py", render: snippets::python,
    }
    /// A Node.js script sending one test message with Nodemailer.
    Nodemailer {
        id: "nodemailer", label: "Node.js (Nodemailer)", kind: Snippet, language: "javascript",
        mime: "text/plain", file: "send-mail.mjs", render: snippets::nodemailer,
    }
    /// A PHP script sending one test message with PHPMailer.
    Phpmailer {
        id: "phpmailer", label: "PHP (PHPMailer)", kind: Snippet, language: "php",
        mime: "text/plain", file: "send-mail.php", render: snippets::phpmailer,
    }
    /// A Rust program sending one test message with lettre.
    Lettre {
        id: "lettre", label: "Rust (lettre)", kind: Snippet, language: "rust",
        mime: "text/plain", file: "main.rs", render: snippets::lettre,
    }
    /// A Go program sending one test message with `net/smtp`.
    Go {
        id: "go", label: "Go (net/smtp)", kind: Snippet, language: "go",
        mime: "text/plain", file: "main.go", render: snippets::go,
    }
    /// A C# program sending one test message with MailKit.
    Mailkit {
        id: "mailkit", label: ".NET (MailKit)", kind: Snippet, language: "csharp",
        mime: "text/plain", file: "Program.cs", render: snippets::mailkit,
    }
    /// The `EMAIL_*` lines of a Django settings file.
    Django {
        id: "django", label: "Django settings", kind: Snippet, language: "python",
        mime: "text/plain", file: "settings.py", render: snippets::django,
    }
    /// The `MAIL_*` lines of a Laravel `.env` file.
    Laravel {
        id: "laravel", label: "Laravel .env", kind: Snippet, language: "ini",
        mime: "text/plain", file: ".env", render: snippets::laravel,
    }
    /// `openssl s_client` commands that open a TLS connection to each encrypted server by hand.
    Openssl {
        id: "openssl", label: "openssl s_client", kind: Command, language: "shell",
        mime: "text/plain", file: "test-smtp.sh", render: commands::openssl,
    }
    /// swaks commands that test the login, then send one test message.
    Swaks {
        id: "swaks", label: "swaks", kind: Command, language: "shell",
        mime: "text/plain", file: "test-smtp.sh", render: commands::swaks,
    }
    /// PowerShell `Test-NetConnection` commands: is each port reachable from this computer?
    Powershell {
        id: "powershell", label: "PowerShell", kind: Command, language: "powershell",
        mime: "text/plain", file: "test-smtp.ps1", render: commands::powershell,
    }
    /// `nc` commands: is each port open from this computer, and what does a STARTTLS port say first?
    Netcat {
        id: "nc", label: "nc (netcat)", kind: Command, language: "shell",
        mime: "text/plain", file: "test-smtp.sh", render: commands::netcat,
    }
}

impl Format {
    /// The name used on the command line and in URLs.
    pub fn id(self) -> &'static str {
        self.spec().id
    }

    /// The format with this [`id`](Format::id) (exact, case-sensitive); `None` for an unknown one.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.id() == id)
    }

    /// The name shown to people, e.g. `Thunderbird autoconfig (XML)`.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// What kind of output it is, for grouping.
    pub fn kind(self) -> FormatKind {
        self.spec().kind
    }

    /// The file name to save the output under.
    pub fn file_name(self, settings: &Settings) -> String {
        self.spec().file.replace("{domain}", settings.domain().ascii())
    }

    /// The MIME type to serve or download the output as, e.g. `application/xml`.
    pub fn mime(self) -> &'static str {
        self.spec().mime
    }

    /// The language, for syntax labels on the page.
    pub fn language(self) -> &'static str {
        self.spec().language
    }
}

/// One rendered output.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Rendered {
    /// The format rendered.
    pub format: Format,
    /// The file name to save it under, with the mail domain filled in ([`Format::file_name`]).
    pub file_name: String,
    /// Its MIME type ([`Format::mime`]).
    pub mime: &'static str,
    /// The output itself; it never contains a password.
    pub text: String,
}

/// Whether `format` is offered for these settings: nothing without SMTP, and no file that
/// sets up a mailbox in a mail program for a sending service (it has no mailbox) or for a
/// bridge (an Apple profile goes to phones, Autodiscover and autoconfig to programs that
/// would look for the provider's servers, not the bridge on this computer).
pub fn offered(settings: &Settings, format: Format) -> bool {
    use crate::provider::{HintKind, ProviderKind};
    if !settings.offers_smtp() {
        return false;
    }
    let sets_up_a_mailbox = matches!(format, Format::Thunderbird | Format::Autodiscover | Format::Mobileconfig);
    let service = settings.provider.is_some_and(|p| p.kind == ProviderKind::SendingService);
    let bridge = settings.hints.iter().any(|h| h.kind == HintKind::NeedsBridge);
    !(sets_up_a_mailbox && (service || bridge))
}

/// Renders one format; `None` when it is not [`offered`] for these settings: the provider
/// offers no SMTP at all, or the file would set up a mailbox that is not there (a sending
/// service) or not reachable that way (a bridge).
///
/// Files say they were made by mailsetup; [`render_by`] names another program.
pub fn render(format: Format, settings: &Settings) -> Option<Rendered> {
    render_by(format, settings, Generator::MAILSETUP)
}

/// [`render`], with files saying `generator` made them (in their header comment, and as an
/// Apple profile's organisation).
///
/// ```
/// use email_settings::address::Query;
/// use email_settings::render::{Format, Generator, render_by};
/// use email_settings::settings::resolve;
///
/// let settings = resolve(&Query::parse("ann@gmail.com").unwrap());
/// let msmtprc = render_by(Format::Msmtp, &settings, Generator::new("Acme Mail")).unwrap();
/// assert!(msmtprc.text.starts_with("# Gmail settings for ann@gmail.com, made by Acme Mail"));
/// assert!(msmtprc.text.contains("host smtp.gmail.com"));
/// ```
pub fn render_by(format: Format, settings: &Settings, generator: Generator<'_>) -> Option<Rendered> {
    if !offered(settings, format) {
        return None;
    }
    let text = (format.spec().render)(settings, generator);
    Some(Rendered { format, file_name: format.file_name(settings), mime: format.mime(), text })
}

/// The Autodiscover response for a whole domain, served for every address of it: no login
/// name (Outlook then uses the address it asked about).
pub fn domain_wide_autodiscover(settings: &Settings, generator: Generator<'_>) -> String {
    xml::autodiscover_with(settings, generator, false)
}

/// The program named as a file's maker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generator<'a> {
    name: &'a str,
}

impl<'a> Generator<'a> {
    /// mailsetup, the default.
    pub const MAILSETUP: Generator<'static> = Generator { name: "mailsetup" };

    /// A program called `name`, e.g. `"Acme Mail"`.
    pub const fn new(name: &'a str) -> Generator<'a> {
        Generator { name }
    }

    /// The program's name.
    pub const fn name(self) -> &'a str {
        self.name
    }
}

impl Default for Generator<'_> {
    fn default() -> Self {
        Generator::MAILSETUP
    }
}

/// [`Settings::smtp_to_set_up`], for renderers, which [`render`] calls only when there is one.
fn chosen_smtp(settings: &Settings) -> &Candidate {
    settings.smtp_to_set_up().unwrap_or(&settings.smtp[0])
}

fn chosen_incoming(settings: &Settings) -> Option<&Candidate> {
    settings.incoming_to_set_up()
}

/// The header line of generated files.
pub(crate) fn made_by(settings: &Settings, by: Generator<'_>) -> String {
    quote::comment(&format!(
        "{} settings for {}, made by {}",
        settings.provider_name,
        settings.address_or_example(),
        by.name()
    ))
}

#[cfg(test)]
mod tests;
