//! SASL client messages for SMTP AUTH (RFC 4954): which mechanism to use, and the
//! base64-encoded responses for PLAIN (RFC 4616), LOGIN, XOAUTH2 and OAUTHBEARER (RFC 7628).
//!
//! Pure functions over the credentials; the proxy sends what they return and writes only
//! `AUTH <MECHANISM> ****` into the transcript.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::ehlo::{MechanismSet, SaslMechanism};

/// What kind of secret a person gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialKind {
    /// The account's password, or an app password standing in for it.
    Password,
    /// An OAuth 2.0 access token from the provider's sign-in.
    OAuth2Token,
}

/// The mechanisms the login test speaks: the only ones [`choose_mechanism`] picks, so the
/// code that runs them handles every case it can be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoginMechanism {
    /// PLAIN (RFC 4616): user name and password in one initial response ([`plain`]).
    Plain,
    /// LOGIN: user name, then password, each answering a server prompt ([`login_field`]); never standardised.
    Login,
    /// OAUTHBEARER (RFC 7628): an OAuth 2.0 bearer token ([`oauthbearer`]).
    OAuthBearer,
    /// XOAUTH2: Google's and Microsoft's older, non-standard form of bearer token login ([`xoauth2`]).
    XOAuth2,
}

impl LoginMechanism {
    /// The SASL mechanism it is.
    pub const fn sasl(self) -> SaslMechanism {
        match self {
            LoginMechanism::Plain => SaslMechanism::Plain,
            LoginMechanism::Login => SaslMechanism::Login,
            LoginMechanism::OAuthBearer => SaslMechanism::OAuthBearer,
            LoginMechanism::XOAuth2 => SaslMechanism::XOAuth2,
        }
    }
}

/// The mechanism to log in with: the best one both sides support for this kind of secret,
/// or `None` when the server offers none that fits.
pub fn choose_mechanism(offered: MechanismSet, kind: CredentialKind) -> Option<LoginMechanism> {
    let preference: &[LoginMechanism] = match kind {
        // PLAIN needs one round trip, LOGIN two; both send the password itself, which is
        // why the proxy logs in only inside TLS with a trusted certificate.
        CredentialKind::Password => &[LoginMechanism::Plain, LoginMechanism::Login],
        // OAUTHBEARER is the standard; XOAUTH2 is Google's and Microsoft's older form.
        CredentialKind::OAuth2Token => &[LoginMechanism::OAuthBearer, LoginMechanism::XOAuth2],
    };
    preference.iter().copied().find(|m| offered.contains(m.sasl()))
}

/// The base64 initial response of PLAIN: `\0user\0password`.
pub fn plain(user: &str, password: &str) -> String {
    STANDARD.encode(format!("\0{user}\0{password}"))
}

/// One base64-encoded field of the LOGIN exchange (the user name, then the password).
pub fn login_field(value: &str) -> String {
    STANDARD.encode(value)
}

/// The base64 initial response of XOAUTH2.
pub fn xoauth2(user: &str, token: &str) -> String {
    STANDARD.encode(format!("user={user}\x01auth=Bearer {token}\x01\x01"))
}

/// The base64 initial response of OAUTHBEARER (RFC 7628 §3.1), with the user name as the
/// authorization identity (`,` and `=` escaped as RFC 5801 says).
pub fn oauthbearer(user: &str, token: &str) -> String {
    let user = user.replace('=', "=3D").replace(',', "=2C");
    STANDARD.encode(format!("n,a={user},\x01auth=Bearer {token}\x01\x01"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(text: &str) -> String {
        String::from_utf8(STANDARD.decode(text).unwrap()).unwrap()
    }

    #[test]
    fn picks_the_best_mechanism_both_sides_support() {
        use SaslMechanism::*;
        let offered = |m: &[SaslMechanism]| m.iter().copied().collect::<MechanismSet>();
        let choose = |offered, kind| choose_mechanism(offered, kind).map(LoginMechanism::sasl);
        let password = CredentialKind::Password;
        let token = CredentialKind::OAuth2Token;
        assert_eq!(choose(offered(&[Login, Plain, XOAuth2]), password), Some(Plain));
        assert_eq!(choose(offered(&[Login, CramMd5]), password), Some(Login));
        assert_eq!(choose(offered(&[XOAuth2]), password), None);
        assert_eq!(choose(offered(&[Plain, XOAuth2, OAuthBearer]), token), Some(OAuthBearer));
        assert_eq!(choose(offered(&[Plain, XOAuth2]), token), Some(XOAuth2));
        assert_eq!(choose(offered(&[Plain, Login]), token), None);
    }

    #[test]
    fn responses_follow_their_rfcs() {
        // RFC 4616 §4's example shape; RFC 7628 §4.1's example.
        assert_eq!(decode(&plain("tim", "tanstaaftanstaaf")), "\0tim\0tanstaaftanstaaf");
        assert_eq!(plain("tim", "tanstaaftanstaaf"), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
        assert_eq!(decode(&login_field("someone@example.com")), "someone@example.com");
        assert_eq!(
            decode(&oauthbearer("user@example.com", "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==")),
            "n,a=user@example.com,\x01auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"
        );
        assert_eq!(decode(&oauthbearer("a,b=c", "t")), "n,a=a=2Cb=3Dc,\x01auth=Bearer t\x01\x01");
        assert_eq!(
            decode(&xoauth2("someone@gmail.com", "ya29.x")),
            "user=someone@gmail.com\x01auth=Bearer ya29.x\x01\x01"
        );
    }
}
