//! What a server says it can do in its EHLO reply (RFC 5321 §4.1.1.1 and extension RFCs).
//!
//! Keywords are matched case-insensitively. AUTH mechanisms are collected from both the
//! standard `AUTH PLAIN LOGIN` line and the legacy `AUTH=PLAIN LOGIN` form that old Outlook
//! clients needed; the legacy form is remembered because it is itself a fact about the server.
//! Known SASL mechanisms are kept as a set (as smtp-proto keeps them), so code asks
//! `auth.contains(SaslMechanism::Plain)` instead of comparing strings.

use std::fmt;
use std::marker::PhantomData;

#[cfg(feature = "serde")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::reply::Reply;

/// A SASL mechanism a server may offer after `AUTH` (the IANA registry's common ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SaslMechanism {
    /// `PLAIN` (RFC 4616): user name and password in one message.
    Plain,
    /// `LOGIN`: user name, then password, each in answer to a prompt; never standardised.
    Login,
    /// `CRAM-MD5` (RFC 2195): a keyed MD5 digest of a server challenge.
    CramMd5,
    /// `DIGEST-MD5` (RFC 2831, historic since RFC 6331).
    DigestMd5,
    /// `SCRAM-SHA-1` (RFC 5802): a salted challenge-response that never sends the password.
    ScramSha1,
    /// `SCRAM-SHA-1-PLUS` (RFC 5802): SCRAM-SHA-1 bound to the TLS channel.
    ScramSha1Plus,
    /// `SCRAM-SHA-256` (RFC 7677).
    ScramSha256,
    /// `SCRAM-SHA-256-PLUS` (RFC 7677): SCRAM-SHA-256 bound to the TLS channel.
    ScramSha256Plus,
    /// `XOAUTH2`: Google's and Microsoft's non-standard OAuth 2.0 bearer token login.
    XOAuth2,
    /// `OAUTHBEARER` (RFC 7628): an OAuth 2.0 bearer token.
    OAuthBearer,
    /// `GSSAPI` (RFC 4752): Kerberos V5.
    Gssapi,
    /// `NTLM`: Microsoft's challenge-response login; never standardised.
    Ntlm,
    /// `EXTERNAL` (RFC 4422 Appendix A): an identity established outside SASL, e.g. a TLS client certificate.
    External,
    /// `ANONYMOUS` (RFC 4505): no credentials.
    Anonymous,
}

impl SaslMechanism {
    /// Every mechanism, in the order they are listed.
    pub const ALL: &'static [SaslMechanism] = &[
        SaslMechanism::Plain,
        SaslMechanism::Login,
        SaslMechanism::CramMd5,
        SaslMechanism::DigestMd5,
        SaslMechanism::ScramSha1,
        SaslMechanism::ScramSha1Plus,
        SaslMechanism::ScramSha256,
        SaslMechanism::ScramSha256Plus,
        SaslMechanism::XOAuth2,
        SaslMechanism::OAuthBearer,
        SaslMechanism::Gssapi,
        SaslMechanism::Ntlm,
        SaslMechanism::External,
        SaslMechanism::Anonymous,
    ];

    /// The registered name, as it appears after `AUTH`.
    pub const fn name(self) -> &'static str {
        match self {
            SaslMechanism::Plain => "PLAIN",
            SaslMechanism::Login => "LOGIN",
            SaslMechanism::CramMd5 => "CRAM-MD5",
            SaslMechanism::DigestMd5 => "DIGEST-MD5",
            SaslMechanism::ScramSha1 => "SCRAM-SHA-1",
            SaslMechanism::ScramSha1Plus => "SCRAM-SHA-1-PLUS",
            SaslMechanism::ScramSha256 => "SCRAM-SHA-256",
            SaslMechanism::ScramSha256Plus => "SCRAM-SHA-256-PLUS",
            SaslMechanism::XOAuth2 => "XOAUTH2",
            SaslMechanism::OAuthBearer => "OAUTHBEARER",
            SaslMechanism::Gssapi => "GSSAPI",
            SaslMechanism::Ntlm => "NTLM",
            SaslMechanism::External => "EXTERNAL",
            SaslMechanism::Anonymous => "ANONYMOUS",
        }
    }

    /// The mechanism with this name (any case).
    pub fn from_name(name: &str) -> Option<SaslMechanism> {
        SaslMechanism::ALL.iter().copied().find(|m| m.name().eq_ignore_ascii_case(name))
    }

    /// Mechanisms that send the account password itself (inside TLS, that is what mail
    /// programs use with "Normal password").
    pub const fn sends_password(self) -> bool {
        matches!(self, SaslMechanism::Plain | SaslMechanism::Login)
    }
}

impl Flag for SaslMechanism {
    const ALL: &'static [Self] = SaslMechanism::ALL;
}

/// On the wire, by its registered name (`"PLAIN"`).
#[cfg(feature = "serde")]
impl Serialize for SaslMechanism {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for SaslMechanism {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        SaslMechanism::from_name(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, &[]))
    }
}

impl fmt::Display for SaslMechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One of a small closed set of facts that a [`FlagSet`] holds as a bit each.
pub trait Flag: Copy + PartialEq + fmt::Debug + 'static {
    /// Every value, in display order; at most 16.
    const ALL: &'static [Self];
}

/// A set of flags, one bit each (as smtp-proto keeps capabilities and mechanisms).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FlagSet<T> {
    bits: u16,
    flags: PhantomData<T>,
}

impl<T: Flag> FlagSet<T> {
    /// The set with no flags.
    pub const EMPTY: FlagSet<T> = FlagSet { bits: 0, flags: PhantomData };

    fn bit(flag: T) -> u16 {
        T::ALL.iter().position(|f| *f == flag).map_or(0, |i| 1 << i)
    }

    /// Adds `flag`; adding one already present changes nothing.
    pub fn insert(&mut self, flag: T) {
        self.bits |= Self::bit(flag);
    }

    /// Whether `flag` is in the set.
    pub fn contains(self, flag: T) -> bool {
        self.bits & Self::bit(flag) != 0
    }

    /// Whether the set holds no flag at all.
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// How many flags the set holds.
    pub const fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The flags in the set, in [`Flag::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |f| self.contains(*f))
    }
}

impl<T: Flag> Default for FlagSet<T> {
    fn default() -> Self {
        Self::EMPTY
    }
}

impl<T: Flag> FromIterator<T> for FlagSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::EMPTY;
        for flag in iter {
            set.insert(flag);
        }
        set
    }
}

impl<T: Flag> fmt::Debug for FlagSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// A set of SASL mechanisms. On the wire it is a list of names; names this version does not
/// know are skipped when reading, so a newer proxy cannot break an older page.
pub type MechanismSet = FlagSet<SaslMechanism>;

impl MechanismSet {
    /// Whether a password mechanism (PLAIN or LOGIN) is offered.
    pub fn offers_password(self) -> bool {
        self.iter().any(SaslMechanism::sends_password)
    }

    /// The names joined by `separator`, e.g. `PLAIN, LOGIN`.
    pub fn join(self, separator: &str) -> String {
        self.iter().map(SaslMechanism::name).collect::<Vec<_>>().join(separator)
    }
}

#[cfg(feature = "serde")]
impl Serialize for MechanismSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(SaslMechanism::name))
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for MechanismSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let names = Vec::<String>::deserialize(deserializer)?;
        Ok(names.iter().filter_map(|n| SaslMechanism::from_name(n)).collect())
    }
}

/// The `SIZE` extension (RFC 1870 §4): the largest message the server accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SizeLimit {
    /// Advertised without a number, or as `SIZE 0`: no fixed limit declared.
    Undeclared,
    /// At most this many octets.
    Octets(u64),
}

impl SizeLimit {
    /// The limit in octets, when one is declared.
    pub fn octets(self) -> Option<u64> {
        match self {
            SizeLimit::Octets(octets) => Some(octets),
            SizeLimit::Undeclared => None,
        }
    }

    /// The limit as the protocol writes it: a number of octets, `0` meaning none declared.
    pub const fn from_octets(octets: u64) -> SizeLimit {
        if octets == 0 { SizeLimit::Undeclared } else { SizeLimit::Octets(octets) }
    }

    /// The limit from the `SIZE` keyword's parameter (absent, 0 or unreadable: undeclared).
    fn from_parameter(parameter: Option<&str>) -> SizeLimit {
        SizeLimit::from_octets(parameter.and_then(|n| n.parse::<u64>().ok()).unwrap_or(0))
    }
}

/// On the wire, as in the protocol: a number, `0` meaning no declared limit.
#[cfg(feature = "serde")]
impl Serialize for SizeLimit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(match self {
            SizeLimit::Undeclared => 0,
            SizeLimit::Octets(octets) => *octets,
        })
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for SizeLimit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        u64::deserialize(deserializer).map(SizeLimit::from_octets)
    }
}

/// Extensions without parameters, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Extension {
    /// `PIPELINING` (RFC 2920): commands may be sent in groups without waiting for each reply.
    Pipelining,
    /// `8BITMIME` (RFC 6152): message bodies may contain 8-bit data.
    EightBitMime,
    /// `SMTPUTF8` (RFC 6531): UTF-8 is accepted in addresses and header fields.
    SmtpUtf8,
    /// `DSN` (RFC 3461): delivery status notifications can be requested.
    Dsn,
    /// `CHUNKING` (RFC 3030): the message may be sent in pieces with `BDAT`.
    Chunking,
    /// `ENHANCEDSTATUSCODES` (RFC 2034): replies carry RFC 3463 status codes such as `5.7.8`.
    EnhancedStatusCodes,
    /// `REQUIRETLS` (RFC 8689): a message can demand TLS on every hop to its destination.
    RequireTls,
    /// `STARTTLS` (RFC 3207): the connection can be upgraded to TLS.
    StartTls,
}

impl Extension {
    /// Every extension, in the order sets list them (as in [`Capabilities::keywords`]).
    pub const ALL: &'static [Extension] = &[
        Extension::Pipelining,
        Extension::EightBitMime,
        Extension::SmtpUtf8,
        Extension::Dsn,
        Extension::Chunking,
        Extension::EnhancedStatusCodes,
        Extension::RequireTls,
        Extension::StartTls,
    ];

    /// The EHLO keyword.
    pub const fn keyword(self) -> &'static str {
        match self {
            Extension::Pipelining => "PIPELINING",
            Extension::EightBitMime => "8BITMIME",
            Extension::SmtpUtf8 => "SMTPUTF8",
            Extension::Dsn => "DSN",
            Extension::Chunking => "CHUNKING",
            Extension::EnhancedStatusCodes => "ENHANCEDSTATUSCODES",
            Extension::RequireTls => "REQUIRETLS",
            Extension::StartTls => "STARTTLS",
        }
    }

    fn from_keyword(keyword: &str) -> Option<Extension> {
        Extension::ALL.iter().copied().find(|e| e.keyword() == keyword)
    }
}

impl Extension {
    /// The field name in the serde form of [`Capabilities`] (one boolean each, beside the
    /// other fields), for readers of that form that do not use serde.
    pub const fn wire_name(self) -> &'static str {
        match self {
            Extension::Pipelining => "pipelining",
            Extension::EightBitMime => "eight_bit_mime",
            Extension::SmtpUtf8 => "smtputf8",
            Extension::Dsn => "dsn",
            Extension::Chunking => "chunking",
            Extension::EnhancedStatusCodes => "enhanced_status_codes",
            Extension::RequireTls => "requiretls",
            Extension::StartTls => "starttls",
        }
    }
}

impl Flag for Extension {
    const ALL: &'static [Self] = Extension::ALL;
}

/// A set of parameterless extensions. On the wire it keeps the earlier shape, one boolean
/// field per extension (`"starttls": true`), flattened into [`Capabilities`].
pub type ExtensionSet = FlagSet<Extension>;

#[cfg(feature = "serde")]
impl Serialize for ExtensionSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(Extension::ALL.iter().copied().map(|e| (e.wire_name(), self.contains(e))))
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for ExtensionSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = ExtensionSet;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("extension flags")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<ExtensionSet, A::Error> {
                let mut set = ExtensionSet::EMPTY;
                while let Some(key) = map.next_key::<String>()? {
                    match Extension::ALL.iter().copied().find(|e| e.wire_name() == key) {
                        Some(extension) => {
                            if map.next_value::<bool>()? {
                                set.insert(extension);
                            }
                        }
                        None => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(set)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// The extensions a server advertised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Capabilities {
    /// The name the server gave for itself (first word of the first line).
    pub server_name: String,
    /// `SIZE` (RFC 1870), if advertised.
    #[cfg_attr(feature = "serde", serde(default))]
    pub size: Option<SizeLimit>,
    /// Extensions without parameters (STARTTLS, PIPELINING, ...).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub extensions: ExtensionSet,
    /// Known SASL mechanisms offered with `AUTH`.
    pub auth: MechanismSet,
    /// Offered mechanisms this version does not know, uppercase, at most eight.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub auth_unknown: Vec<String>,
    /// The server also used the legacy `AUTH=` form.
    pub auth_legacy_form: bool,
    /// Keywords we do not interpret, uppercase, as advertised.
    pub other: Vec<String>,
}

impl Capabilities {
    /// Reads the capabilities from a positive EHLO reply.
    pub fn from_ehlo(reply: &Reply) -> Capabilities {
        let mut caps = Capabilities {
            server_name: reply.lines.first().and_then(|l| l.split_whitespace().next()).unwrap_or_default().to_owned(),
            ..Capabilities::default()
        };
        for line in reply.lines.iter().skip(1) {
            caps.add_line(line);
        }
        caps
    }

    fn add_line(&mut self, line: &str) {
        let mut words = line.split_whitespace();
        let Some(keyword) = words.next() else { return };
        let keyword = keyword.to_ascii_uppercase();
        let (keyword, legacy_first) = match keyword.split_once('=') {
            Some(("AUTH", first)) => ("AUTH".to_owned(), Some(first.to_owned())),
            _ => (keyword, None),
        };
        if let Some(extension) = Extension::from_keyword(&keyword) {
            self.extensions.insert(extension);
            return;
        }
        match keyword.as_str() {
            "SIZE" => self.size = Some(SizeLimit::from_parameter(words.next())),
            "AUTH" => {
                if legacy_first.is_some() {
                    self.auth_legacy_form = true;
                }
                for name in legacy_first.into_iter().filter(|m| !m.is_empty()).chain(words.map(str::to_owned)) {
                    let name = name.to_ascii_uppercase();
                    match SaslMechanism::from_name(&name) {
                        Some(mechanism) => self.auth.insert(mechanism),
                        None if is_mechanism_name(&name)
                            && !self.auth_unknown.contains(&name)
                            && self.auth_unknown.len() < 8 =>
                        {
                            self.auth_unknown.push(name);
                        }
                        None => {}
                    }
                }
            }
            _ => {
                if !self.other.contains(&keyword) && self.other.len() < 32 {
                    self.other.push(keyword);
                }
            }
        }
    }

    /// Whether the extension was advertised.
    pub fn has(&self, extension: Extension) -> bool {
        self.extensions.contains(extension)
    }

    /// Whether a password mechanism (PLAIN or LOGIN) is offered.
    pub fn offers_password_auth(&self) -> bool {
        self.auth.offers_password()
    }

    /// Whether any login at all is offered.
    pub fn offers_auth(&self) -> bool {
        !self.auth.is_empty() || !self.auth_unknown.is_empty()
    }

    /// Every offered mechanism's name, known ones first.
    pub fn auth_names(&self) -> Vec<&str> {
        let known = self.auth.iter().map(|m| -> &str { m.name() });
        known.chain(self.auth_unknown.iter().map(String::as_str)).collect()
    }

    /// The advertised keywords, for a compact display (`SIZE 35882577`, `AUTH PLAIN LOGIN`, ...).
    pub fn keywords(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self.size {
            Some(SizeLimit::Octets(n)) => out.push(format!("SIZE {n}")),
            Some(SizeLimit::Undeclared) => out.push("SIZE".to_owned()),
            None => {}
        }
        out.extend(self.extensions.iter().map(|e| e.keyword().to_owned()));
        if self.offers_auth() {
            out.push(format!("AUTH {}", self.auth_names().join(" ")));
        }
        out.extend(self.other.iter().cloned());
        out
    }
}

/// SASL mechanism names: uppercase letters, digits, `-` and `_`, at most 20 characters
/// (RFC 4422 §3.1).
fn is_mechanism_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 20
        && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smtp::reply::{Parsed, ReplyLimits, parse_reply};

    fn caps(transcript: &str) -> Capabilities {
        match parse_reply(transcript.as_bytes(), &ReplyLimits::default()) {
            Ok(Parsed::Complete { reply, .. }) => Capabilities::from_ehlo(&reply),
            other => panic!("not a reply: {other:?}"),
        }
    }

    fn set(mechanisms: &[SaslMechanism]) -> MechanismSet {
        mechanisms.iter().copied().collect()
    }

    #[test]
    fn postfix_submission_before_tls() {
        use Extension::*;
        let c = caps(
            "250-mail.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ETRN\r\n\
             250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n",
        );
        assert_eq!(c.server_name, "mail.example.org");
        assert_eq!(c.size, Some(SizeLimit::Octets(10_240_000)));
        assert_eq!(
            c.extensions,
            [Pipelining, StartTls, EnhancedStatusCodes, EightBitMime, Dsn, SmtpUtf8, Chunking].into_iter().collect()
        );
        assert!(!c.has(RequireTls));
        assert!(!c.offers_auth() && !c.offers_password_auth());
        assert_eq!(c.other, ["VRFY", "ETRN"]);
    }

    #[test]
    fn auth_in_both_forms_case_insensitive() {
        use SaslMechanism::*;
        let c = caps(
            "250-smtp.example.com at your service\r\n250-auth login plain XOAUTH2\r\n250-AUTH=LOGIN PLAIN\r\n250 size\r\n",
        );
        assert_eq!(c.auth, set(&[Login, Plain, XOAuth2]));
        assert!(c.auth_legacy_form && c.offers_password_auth());
        assert_eq!(c.size, Some(SizeLimit::Undeclared));
        assert_eq!(c.keywords(), ["SIZE", "AUTH PLAIN LOGIN XOAUTH2"]);
    }

    #[test]
    fn legacy_form_alone() {
        let c = caps("250-x\r\n250 AUTH=PLAIN\r\n");
        assert_eq!(c.auth, set(&[SaslMechanism::Plain]));
        assert!(c.auth_legacy_form);
    }

    #[test]
    fn unknown_mechanisms_are_kept_apart_and_junk_dropped() {
        let c = caps("250-x\r\n250-AUTH PLAIN <script> X-MAGIC LOGIN scram-sha-256-plus\r\n250 REQUIRETLS\r\n");
        use SaslMechanism::*;
        assert_eq!(c.auth, set(&[Plain, Login, ScramSha256Plus]));
        assert_eq!(c.auth_unknown, ["X-MAGIC"]);
        assert!(c.has(Extension::RequireTls));
        assert_eq!(c.keywords(), ["REQUIRETLS", "AUTH PLAIN LOGIN SCRAM-SHA-256-PLUS X-MAGIC"]);
        let many: String = (0..60).map(|i| format!("250-X-EXT{i}\r\n")).collect::<String>() + "250 END\r\n";
        assert_eq!(caps(&format!("250-x\r\n{many}")).other.len(), 32);
    }

    #[test]
    fn size_zero_or_junk_is_no_declared_limit() {
        assert_eq!(caps("250-x\r\n250 SIZE 0\r\n").size, Some(SizeLimit::Undeclared));
        assert_eq!(caps("250-x\r\n250 SIZE lots\r\n").size, Some(SizeLimit::Undeclared));
        assert_eq!(caps("250 x\r\n").size, None);
    }

    #[test]
    fn single_line_ehlo_has_no_extensions() {
        assert_eq!(
            caps("250 tiny.example\r\n"),
            Capabilities { server_name: "tiny.example".into(), ..Capabilities::default() }
        );
    }

    #[test]
    fn wire_form_keeps_the_earlier_shape_and_round_trips() {
        let c = caps("250-mx.example\r\n250-STARTTLS\r\n250-SIZE 1000\r\n250 AUTH LOGIN PLAIN\r\n");
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["starttls"], true);
        assert_eq!(json["pipelining"], false);
        assert_eq!(json["size"], 1000);
        assert_eq!(json["auth"], serde_json::json!(["PLAIN", "LOGIN"]));
        assert_eq!(serde_json::from_value::<Capabilities>(json).unwrap(), c);
        // An older proxy's JSON (null size, mechanisms we may not know) still reads.
        let old = r#"{"server_name":"a","size":null,"pipelining":true,"eight_bit_mime":false,"smtputf8":false,
            "dsn":false,"chunking":false,"enhanced_status_codes":false,"requiretls":false,"starttls":false,
            "auth":["LOGIN","X-NEW"],"auth_legacy_form":false,"other":[]}"#;
        let read: Capabilities = serde_json::from_str(old).unwrap();
        assert_eq!((read.size, read.auth), (None, set(&[SaslMechanism::Login])));
        assert!(read.has(Extension::Pipelining) && !read.has(Extension::StartTls));
    }

    #[test]
    fn every_mechanism_name_reads_back() {
        for &mechanism in SaslMechanism::ALL {
            assert_eq!(SaslMechanism::from_name(&mechanism.name().to_ascii_lowercase()), Some(mechanism));
        }
    }
}
