//! The way in: how *this* program signs in with *this* provider to send mail.
//!
//! One decision per provider and program, from the provider's data (its servers' login
//! methods, its hints, whose sign-in page it uses) and the table below of the sign-in
//! buttons each program has. The answer card's first step, every guide's steps and notes,
//! `lookup`, and which files are offered all follow from it, so they cannot contradict each
//! other: a program that signs in with Google is never told to create an app password, a
//! phone is never pointed at a bridge on a computer, and a sending service is never set up
//! as a mailbox.

use crate::client::Client;
use crate::provider::{AuthMethod, HintKind, ProviderKind, SignIn};
use crate::settings::Settings;

/// How a program gets in, in the order a person meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", tag = "kind"))]
pub enum WayIn {
    /// The program's own button ("Sign in with Google"): the provider's page asks for the
    /// password, and nothing is created or typed in the program.
    SignIn {
        /// Whose sign-in page the button opens.
        with: SignIn,
    },
    /// A password made for this program on the provider's page (an app password).
    AppPassword,
    /// The account's own password.
    Password,
    /// Switch access on in the account's settings first, then the account's password.
    EnableFirst,
    /// A bridge program on this computer (Proton Mail Bridge): its servers on 127.0.0.1,
    /// its user name and the password it shows.
    Bridge,
    /// A sending service's API key or SMTP credentials, with the user name it names.
    ApiKey,
    /// This program cannot send through this provider; another can (see [`Blocked`]).
    NotHere(Blocked),
    /// The provider lets no program in (no SMTP or IMAP at all).
    NoAccess,
}

/// Why a program cannot send through a provider that others can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Blocked {
    /// The bridge runs on a computer; a phone or Gmail's servers cannot reach it.
    BridgeOnComputer,
    /// The provider accepts only its own sign-in page, and this program has no button for it.
    NoSignInButton,
    /// A sending service is for apps and servers, not for a mail program's mailbox.
    SendingService,
}

impl WayIn {
    /// Whether the program can send this way (a guide and files make sense).
    pub fn works(self) -> bool {
        !matches!(self, WayIn::NotHere(_) | WayIn::NoAccess)
    }
}

/// Whether the program runs on a computer, where a bridge can run beside it.
pub const fn on_a_computer(client: Client) -> bool {
    match client {
        Client::Thunderbird | Client::OutlookClassic | Client::OutlookNew | Client::AppleMail | Client::Generic => true,
        Client::GmailSendAs | Client::Ios | Client::AndroidGmail | Client::ThunderbirdAndroid => false,
    }
}

/// The sign-in buttons each program has. A pair missing here means the program asks for a
/// password for that provider. Sources, checked 2026-12-07:
/// - Thunderbird: `mailnews/base/src/OAuth2Providers.sys.mjs` (comm-central), the SMTP hosts
///   of Google, Microsoft (Outlook.com and Microsoft 365), Yahoo, AOL and Fastmail (and
///   others whose data here has no sign-in yet) with an OAuth issuer; the program picks OAuth2 by itself for them.
/// - Thunderbird for Android: `TbOAuthConfigurationFactory.kt` (thunderbird-android, 2026-01):
///   Google, Microsoft, Yahoo, AOL, Fastmail; its button reads "Sign in with Google" for
///   Google and "Sign in" for the others.
/// - New Outlook: Microsoft's "supported account types" page: Microsoft 365, Outlook.com,
///   Gmail, Yahoo, iCloud (iCloud with an app password) and IMAP.
/// - Apple Mail, iPhone Mail, classic Outlook and the Gmail app: the account choices the
///   programs show (Apple: iCloud, Exchange, Google, Yahoo, AOL, Outlook.com; classic
///   Outlook: Google's sign-in window for Gmail; Gmail app: Google, "Outlook, Hotmail and
///   Live", Yahoo), from how-to pages, not yet from the vendors' own: a person who meets a
///   password prompt there instead is told the app-password way on the same page.
pub const fn has_button(client: Client, with: SignIn) -> bool {
    use SignIn::*;
    match client {
        Client::Thunderbird => matches!(with, Google | Microsoft | Yahoo | Aol | Fastmail),
        Client::ThunderbirdAndroid => matches!(with, Google | Microsoft | Yahoo | Aol | Fastmail),
        Client::AppleMail | Client::Ios => matches!(with, Google | Microsoft | Yahoo | Aol | Apple),
        Client::OutlookClassic => matches!(with, Google | Microsoft),
        Client::OutlookNew | Client::AndroidGmail => matches!(with, Google | Microsoft | Yahoo),
        // Gmail's servers send with a password; "any other program" is unknown.
        Client::GmailSendAs | Client::Generic => false,
    }
}

/// The way `client` gets in to send through the provider of `settings`.
pub fn way_in(settings: &Settings, client: Client) -> WayIn {
    let Some(best) = settings.best_smtp() else { return WayIn::NoAccess };
    let provider = settings.provider;
    if provider.is_some_and(|p| p.kind == ProviderKind::SendingService) {
        return if client == Client::Generic { WayIn::ApiKey } else { WayIn::NotHere(Blocked::SendingService) };
    }
    let hinted = |kind: HintKind| settings.hints.iter().any(|h| h.kind == kind);
    if hinted(HintKind::NeedsBridge) {
        return if on_a_computer(client) { WayIn::Bridge } else { WayIn::NotHere(Blocked::BridgeOnComputer) };
    }
    if let Some(with) = provider.and_then(|p| p.sign_in).filter(|with| has_button(client, *with)) {
        return WayIn::SignIn { with };
    }
    let auth = &best.auth;
    if settings.oauth2_only() {
        return WayIn::NotHere(Blocked::NoSignInButton);
    }
    if auth.contains(&AuthMethod::ApiKey) {
        WayIn::ApiKey
    } else if auth.contains(&AuthMethod::AppPassword) {
        WayIn::AppPassword
    } else if hinted(HintKind::EnableImap) {
        WayIn::EnableFirst
    } else {
        WayIn::Password
    }
}

/// Every program with its way in, in the page's order.
pub fn ways_in(settings: &Settings) -> Vec<(Client, WayIn)> {
    Client::ALL.iter().map(|&client| (client, way_in(settings, client))).collect()
}
