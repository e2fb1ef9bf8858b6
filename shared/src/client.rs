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
    Thunderbird = "thunderbird", "Thunderbird";
    OutlookClassic = "outlook", "Outlook (classic)";
    OutlookNew = "new-outlook", "New Outlook";
    GmailSendAs = "gmail-send-as", "Gmail \u{201c}Send mail as\u{201d}";
    AppleMail = "apple-mail", "Apple Mail (Mac)";
    Ios = "ios", "iPhone / iPad";
    AndroidGmail = "android-gmail", "Android (Gmail app)";
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
    pub fn from_id(id: &str) -> Option<Client> {
        Client::ALL.iter().copied().find(|c| c.id() == id)
    }
}
