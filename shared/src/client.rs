//! The mail programs mailsetup knows: the ones with guides, each with how it signs in
//! (`crate::way_in`).

/// Declares [`Client`] from one table: each program's variant, its id and its English
/// name, so `ALL`, `id`, `label` and the serialised name cannot disagree or miss one.
macro_rules! clients {
    ($($(#[$doc:meta])* $variant:ident = $id:literal, $label:literal;)*) => {
        /// The programs there are guides for. On the wire (and in URLs) by [`Client::id`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Client {
            $($(#[$doc])* $variant,)*
        }

        impl Client {
            /// Every program, in the order the page shows them.
            pub const ALL: &'static [Client] = &[$(Client::$variant),*];

            /// The id used in URLs (`?tab=thunderbird`), in the program's message id
            /// (`client-thunderbird`) and when serialised.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Client::$variant => $id,)*
                }
            }

            /// The program's name in English (the page says it in the person's language).
            pub const fn label(self) -> &'static str {
                match self {
                    $(Client::$variant => $label,)*
                }
            }
        }
    };
}

clients! {
    /// Thunderbird on a computer (id `thunderbird`).
    Thunderbird = "thunderbird", "Thunderbird";
    /// Classic Outlook, the Windows desktop program (id `outlook`).
    OutlookClassic = "outlook", "Outlook (classic)";
    /// The new Outlook (id `new-outlook`).
    OutlookNew = "new-outlook", "New Outlook";
    /// Gmail's "Send mail as" setting: Gmail's servers send through the provider's SMTP
    /// server (id `gmail-send-as`).
    GmailSendAs = "gmail-send-as", "Gmail \u{201c}Send mail as\u{201d}";
    /// Apple Mail on a Mac (id `apple-mail`).
    AppleMail = "apple-mail", "Apple Mail (Mac)";
    /// The Mail app on iPhone and iPad (id `ios`).
    Ios = "ios", "iPhone / iPad";
    /// The Gmail app on Android, with an account of another provider (id `android-gmail`).
    AndroidGmail = "android-gmail", "Android (Gmail app)";
    /// Thunderbird for Android (id `thunderbird-android`).
    ThunderbirdAndroid = "thunderbird-android", "Thunderbird for Android";
    /// Any other program (id `other`).
    Generic = "other", "Any other program";
}

#[cfg(feature = "serde")]
impl serde::Serialize for Client {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl Client {
    /// The program whose [`id`](Client::id) is `id` (exact, case-sensitive); `None` for any
    /// other text.
    pub fn from_id(id: &str) -> Option<Client> {
        Client::ALL.iter().copied().find(|c| c.id() == id)
    }
}
