//! The provider vocabulary: every enum the data files, the generated tables, the wire and
//! the ISPDB importer share, defined once.
//!
//! Depends only on `std` and `serde`, because it is compiled in three places: into the crate
//! (`provider::vocab`), into `build.rs` (which reads the TOML files with these enums and
//! prints each value back as Rust with `{:?}`, so no name is ever written twice), and into
//! `xtask/src/ispdb.rs` (through `schema.rs`). One spelling everywhere, kebab-case, in the
//! TOML files and the JSON alike; the old JSON spellings `implicit_tls` and `start_tls` are
//! still accepted on input.
//!
//! serde's traits are derived everywhere but in the library built without its `serde`
//! feature, for which `build.rs` sets `email_settings_no_serde` (the workspace's lints
//! declare the name).

/// How well a provider works with ordinary mail programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Status {
    /// Works with the address and password.
    Ok,
    /// Works after a one-time step (app password, enabling SMTP/IMAP, a paid plan); the
    /// provider's hints say which, with a link.
    Preparation,
    /// Works only with some programs or extra software (OAuth2-only, a bridge).
    Restricted,
    /// Offers no SMTP or IMAP at all (Tuta, HEY): only its own apps and web mail. Such a
    /// provider lists no servers, and nothing is rendered for it.
    NoClientAccess,
}

impl Status {
    /// What the status means for the person, in a few words.
    pub const fn label(self) -> &'static str {
        match self {
            Status::Ok => "Works with your password",
            Status::Preparation => "Needs one step first",
            Status::Restricted => "Works only in some programs",
            Status::NoClientAccess => "No access for mail programs",
        }
    }
}

/// Where a provider's facts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
pub enum DataSource {
    /// Imported by `cargo xtask import-ispdb` from Thunderbird's ISPDB (MPL-2.0), possibly
    /// corrected by an overlay file.
    Ispdb,
    /// Written and checked by the mailsetup team, from the provider's documentation, ISPDB
    /// and Delta Chat's provider notes (MPL-2.0).
    Curated,
}

/// What a provider is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum ProviderKind {
    /// A mailbox provider: people have addresses there (the default).
    #[default]
    Mailbox,
    /// A sending service for apps and servers (SendGrid, Amazon SES, ...): no addresses of
    /// its own, picked by name rather than recognised by domain.
    SendingService,
}

/// Whose sign-in page a provider's accounts use, when mail programs have a button for it
/// ("Sign in with Google"): the program then signs in by itself, with nothing to create or
/// type but the password on the provider's own page. Which programs have which button is
/// [`crate::way_in`]'s table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum SignIn {
    /// A Google Account (Gmail, Google Workspace).
    Google,
    /// A Microsoft account, personal or work and school (Outlook.com, Microsoft 365).
    Microsoft,
    /// A Yahoo account.
    Yahoo,
    /// An AOL account.
    Aol,
    /// The Apple Account of iCloud mail: built into Apple's own programs only.
    Apple,
    /// A Fastmail account.
    Fastmail,
}

impl SignIn {
    /// The name on the programs' buttons ("Sign in with Google").
    pub const fn label(self) -> &'static str {
        match self {
            SignIn::Google => "Google",
            SignIn::Microsoft => "Microsoft",
            SignIn::Yahoo => "Yahoo",
            SignIn::Aol => "AOL",
            SignIn::Apple => "Apple",
            SignIn::Fastmail => "Fastmail",
        }
    }
}

/// Transport security of a server port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
pub enum Security {
    /// TLS from the first byte (port 465 for submission, RFC 8314).
    #[cfg_attr(not(email_settings_no_serde), serde(alias = "implicit_tls"))]
    ImplicitTls,
    /// Plain connection upgraded with the STARTTLS command (port 587 and 25, RFC 3207).
    #[cfg_attr(not(email_settings_no_serde), serde(rename = "starttls", alias = "start_tls"))]
    StartTls,
    /// No encryption at all.
    Plain,
}

impl Security {
    /// The short label people see in mail programs' settings.
    pub const fn label(self) -> &'static str {
        match self {
            Security::ImplicitTls => "SSL/TLS",
            Security::StartTls => "STARTTLS",
            Security::Plain => "None",
        }
    }

    /// Thunderbird's `socketType` (autoconfig files and ISPDB).
    pub const fn socket_type(self) -> &'static str {
        match self {
            Security::ImplicitTls => "SSL",
            Security::StartTls => "STARTTLS",
            Security::Plain => "plain",
        }
    }

    /// Reads a Thunderbird `socketType`; `None` for a value Thunderbird does not define.
    pub fn from_socket_type(value: &str) -> Option<Security> {
        [Security::ImplicitTls, Security::StartTls, Security::Plain].into_iter().find(|s| s.socket_type() == value)
    }
}

/// A way to log in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
pub enum AuthMethod {
    /// The account password, inside TLS (SASL PLAIN or LOGIN).
    Password,
    /// A challenge-response mechanism (CRAM-MD5).
    PasswordEncrypted,
    /// A separate password generated in the account's security settings.
    AppPassword,
    /// An API key or SMTP credential issued by a sending service, sent like a password.
    ApiKey,
    /// A token from the provider's sign-in page (SASL XOAUTH2 / OAUTHBEARER).
    #[cfg_attr(not(email_settings_no_serde), serde(rename = "oauth2"))]
    OAuth2,
    /// Microsoft's NTLM challenge-response login (autoconfig `NTLM`), mostly on Exchange servers.
    Ntlm,
    /// Kerberos through GSSAPI (autoconfig `GSSAPI`): a ticket from the organisation's own network login.
    Gssapi,
    /// A TLS client certificate identifies the user (autoconfig `TLS-client-cert`).
    ClientCertificate,
    /// No login: the server trusts the sender's network address.
    ClientIp,
    /// No login at all.
    None,
}

impl AuthMethod {
    /// The method an autoconfig document's `authentication` value names (Thunderbird's
    /// values, and the older `plain` and `secure`); `None` for one not known here.
    pub fn from_autoconfig(value: &str) -> Option<AuthMethod> {
        Some(match value.trim() {
            "password-cleartext" | "plain" => AuthMethod::Password,
            "password-encrypted" | "secure" => AuthMethod::PasswordEncrypted,
            "OAuth2" => AuthMethod::OAuth2,
            "NTLM" => AuthMethod::Ntlm,
            "GSSAPI" => AuthMethod::Gssapi,
            "client-IP-address" => AuthMethod::ClientIp,
            "TLS-client-cert" => AuthMethod::ClientCertificate,
            "none" => AuthMethod::None,
            _ => return None,
        })
    }

    /// The method's name in English, for the CLI.
    pub const fn label(self) -> &'static str {
        match self {
            AuthMethod::Password => "Normal password",
            AuthMethod::PasswordEncrypted => "Encrypted password (CRAM-MD5)",
            AuthMethod::AppPassword => "App password",
            AuthMethod::ApiKey => "API key or SMTP credential from the service",
            AuthMethod::OAuth2 => "OAuth2 (sign in with the provider)",
            AuthMethod::Ntlm => "NTLM",
            AuthMethod::Gssapi => "Kerberos / GSSAPI",
            AuthMethod::ClientCertificate => "TLS client certificate",
            AuthMethod::ClientIp => "None (by network address)",
            AuthMethod::None => "None",
        }
    }
}

/// The kind of a hint, so the page can group and badge them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(not(email_settings_no_serde), derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(not(email_settings_no_serde), serde(rename_all = "kebab-case"))]
pub enum HintKind {
    /// An app password must be created in the account's settings and typed instead of the account password.
    AppPassword,
    /// A sending service's API key or SMTP credential to create.
    ApiKey,
    /// Access for mail programs (IMAP, POP or SMTP) must first be switched on, by the person or an admin.
    EnableImap,
    /// Only sign-in through the provider's own page (OAuth2) is accepted; the password alone is refused.
    Oauth2Only,
    /// Login with the plain password is being (or has been) retired in favour of OAuth2 or app passwords.
    BasicAuthRetiring,
    /// Extra software must run beside the mail program and connect it to the provider (Proton Mail Bridge).
    NeedsBridge,
    /// The servers depend on the account's data centre, which the person must pick when we could not tell it.
    ChooseRegion,
    /// Limits on how much may be sent (messages or recipients per day).
    SendingLimits,
    /// A paid plan is needed for access from mail programs.
    PaidPlan,
    /// What a provider without SMTP/IMAP offers instead (its apps, web mail, forwarding).
    Alternative,
    /// Anything else worth knowing.
    Other,
}

impl HintKind {
    /// A short badge for the hint.
    pub const fn label(self) -> &'static str {
        match self {
            HintKind::AppPassword => "App password",
            HintKind::ApiKey => "Create an SMTP credential",
            HintKind::EnableImap => "Enable access first",
            HintKind::Oauth2Only => "OAuth2 only",
            HintKind::BasicAuthRetiring => "Password login retiring",
            HintKind::NeedsBridge => "Needs a bridge",
            HintKind::ChooseRegion => "Choose your data centre",
            HintKind::SendingLimits => "Sending limits",
            HintKind::PaidPlan => "Paid plan needed",
            HintKind::Alternative => "What it offers instead",
            HintKind::Other => "Good to know",
        }
    }

    /// Whether the hint names a one-time step a person must take before a mail program
    /// works (what the `preparation` status promises).
    pub const fn is_step(self) -> bool {
        matches!(
            self,
            HintKind::AppPassword
                | HintKind::ApiKey
                | HintKind::EnableImap
                | HintKind::Oauth2Only
                | HintKind::NeedsBridge
                | HintKind::PaidPlan
                | HintKind::ChooseRegion
        )
    }
}

/// Guessed host names for a domain nobody describes: the usual prefixes, most likely
/// first; the empty prefix is the domain itself.
pub const GUESSED_SMTP_PREFIXES: &[&str] = &["smtp.", "mail.", ""];

/// The guessed SMTP host names for `domain`, most likely first.
pub fn guessed_smtp_hosts(domain: &str) -> impl Iterator<Item = String> + '_ {
    GUESSED_SMTP_PREFIXES.iter().map(move |prefix| format!("{prefix}{domain}"))
}

/// Why a DNS label is not valid, in the order the checks run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LabelProblem {
    /// Nothing between two dots.
    Empty,
    /// Longer than 63 octets (RFC 1035 §2.3.4).
    TooLong,
    /// Starts or ends with a hyphen.
    EdgeHyphen,
    /// A character other than ASCII letters, digits, `-` and `_`.
    Character,
}

/// What is wrong with one DNS label of a host name (RFC 1123: 1–63 letters, digits or inner
/// hyphens; underscores too, as some real hosts use them), or `None`. ASCII only; upper
/// case is accepted only when `allow_upper` is set.
pub fn label_problem(label: &str, allow_upper: bool) -> Option<LabelProblem> {
    let allowed = |b: u8| {
        b.is_ascii_lowercase()
            || (allow_upper && b.is_ascii_uppercase())
            || b.is_ascii_digit()
            || b == b'-'
            || b == b'_'
    };
    if label.is_empty() {
        Some(LabelProblem::Empty)
    } else if label.len() > 63 {
        Some(LabelProblem::TooLong)
    } else if label.starts_with('-') || label.ends_with('-') {
        Some(LabelProblem::EdgeHyphen)
    } else if !label.bytes().all(allowed) {
        Some(LabelProblem::Character)
    } else {
        None
    }
}

/// Whether `label` is a valid DNS label (see [`label_problem`]).
pub fn is_valid_label(label: &str, allow_upper: bool) -> bool {
    label_problem(label, allow_upper).is_none()
}

/// A lowercase ASCII host name of at least two labels, at most 253 octets.
pub fn is_valid_hostname(host: &str) -> bool {
    host.len() <= 253 && host.split('.').count() >= 2 && host.split('.').all(|label| is_valid_label(label, false))
}
