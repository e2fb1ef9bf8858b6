//! What a server's refusal of a login or of a test message means, as data: each rule names
//! the reply code, the enhanced status code (RFC 3463) and words of the text that identify
//! one provider's or server's refusal, and the problem it stands for. Rules are tried in
//! order, most specific first; the replies they come from are in the tests below.

use email_settings::smtp::Reply;
use email_settings::smtp::submission::enhanced_status;

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginProblem {
    /// The user name or password is wrong (or, at some providers, a normal password where
    /// an app password is needed).
    WrongCredentials,
    /// The account needs an app password (Google says so outright).
    AppPasswordRequired,
    /// The provider turned password logins off (Microsoft's basic authentication).
    PasswordLoginDisabled,
    /// SMTP login is turned off for this mailbox or organisation (Microsoft 365).
    SmtpAuthDisabled,
    /// Too many failed attempts: the provider is refusing for a while.
    TooManyAttempts,
    /// A temporary failure at the server.
    Temporary,
    /// The server wants encryption first.
    EncryptionRequired,
    /// None of the above: the server's own words say why.
    Unrecognised,
}

/// Why a test message was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageProblem {
    /// The server will not pass mail on for this login or recipient.
    RelayDenied,
    /// The login may not send as this sender address ("Send mail as" problems).
    SenderNotOwned,
    /// The message is over the size limit.
    TooLarge,
    /// A sending limit or temporary failure.
    Temporary,
    Unrecognised,
}

/// One rule: a reply with this code, whose enhanced status code starts with `status` (if
/// given) and whose text contains one of `words` (lowercase; any, if empty), means `problem`.
#[derive(Debug)]
struct Rule<P> {
    code: Option<u16>,
    status: Option<&'static str>,
    words: &'static [&'static str],
    problem: P,
}

const fn rule<P>(
    code: Option<u16>,
    status: Option<&'static str>,
    words: &'static [&'static str],
    problem: P,
) -> Rule<P> {
    Rule { code, status, words, problem }
}

const LOGIN_RULES: &[Rule<LoginProblem>] = &[
    // Google: 534-5.7.9 Application-specific password required.
    rule(Some(534), Some("5.7.9"), &[], LoginProblem::AppPasswordRequired),
    rule(None, None, &["application-specific password", "app password"], LoginProblem::AppPasswordRequired),
    // Microsoft 365: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is
    // disabled for the Tenant / for the mailbox.
    rule(Some(535), Some("5.7.139"), &["smtpclientauthentication is disabled"], LoginProblem::SmtpAuthDisabled),
    // Microsoft: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled;
    // also "user is locked by your organization's security defaults policy" and "the
    // request did not meet the criteria to be authenticated successfully".
    rule(Some(535), Some("5.7.139"), &[], LoginProblem::PasswordLoginDisabled),
    // Yahoo and AOL: 535 5.7.0 (#AUTH005) Too many bad auth attempts.
    rule(
        None,
        None,
        &["too many bad auth", "too many authentication", "too many login"],
        LoginProblem::TooManyAttempts,
    ),
    // 530 5.7.0 Must issue a STARTTLS command first.
    rule(Some(530), None, &["starttls", "tls"], LoginProblem::EncryptionRequired),
    rule(Some(538), None, &[], LoginProblem::EncryptionRequired),
    // 454 4.7.0 Temporary authentication failure (RFC 4954 §6).
    rule(Some(454), None, &[], LoginProblem::Temporary),
    rule(Some(421), None, &[], LoginProblem::Temporary),
    // Microsoft: 535 5.7.3 Authentication unsuccessful (wrong password, or SMTP AUTH off).
    // Google: 535-5.7.8 Username and Password not accepted. Postfix with Dovecot: 535 5.7.8
    // Error: authentication failed. RFC 4954 §6: 535 5.7.8 Authentication credentials invalid.
    rule(Some(535), None, &[], LoginProblem::WrongCredentials),
];

const MESSAGE_RULES: &[Rule<MessageProblem>] = &[
    // Postfix: 553 5.7.1 <a@b>: Sender address rejected: not owned by user x.
    rule(None, None, &["not owned by", "sender address rejected"], MessageProblem::SenderNotOwned),
    // Microsoft 365: 550 5.7.60 SMTP; Client does not have permissions to send as this sender.
    rule(None, Some("5.7.60"), &[], MessageProblem::SenderNotOwned),
    rule(None, None, &["send as", "sendasdenied", "not authorized to send"], MessageProblem::SenderNotOwned),
    // Postfix: 454 4.7.1 / 554 5.7.1 <x@y>: Relay access denied.
    rule(None, None, &["relay"], MessageProblem::RelayDenied),
    // 552 5.3.4 Message size exceeds fixed limit; 552 5.2.3.
    rule(Some(552), None, &[], MessageProblem::TooLarge),
    rule(None, Some("5.3.4"), &[], MessageProblem::TooLarge),
    rule(None, Some("5.2.3"), &[], MessageProblem::TooLarge),
    rule(Some(421), None, &[], MessageProblem::Temporary),
    rule(Some(450), None, &[], MessageProblem::Temporary),
    rule(Some(451), None, &[], MessageProblem::Temporary),
    rule(Some(452), None, &[], MessageProblem::Temporary),
];

fn classify<P: Copy>(rules: &[Rule<P>], reply: &Reply, otherwise: P) -> P {
    let status = enhanced_status(reply).unwrap_or_default();
    let text = reply.text().to_ascii_lowercase();
    rules
        .iter()
        .find(|r| {
            r.code.is_none_or(|c| c == reply.code)
                && r.status.is_none_or(|s| status == s || status.starts_with(&format!("{s}.")))
                && (r.words.is_empty() || r.words.iter().any(|w| text.contains(w)))
        })
        .map_or(otherwise, |r| r.problem)
}

/// Why the server refused the login, from its reply.
pub fn login_problem(reply: &Reply) -> LoginProblem {
    classify(LOGIN_RULES, reply, LoginProblem::Unrecognised)
}

/// Why the server refused the test message, from its reply.
pub fn message_problem(reply: &Reply) -> MessageProblem {
    classify(MESSAGE_RULES, reply, MessageProblem::Unrecognised)
}

#[cfg(test)]
mod tests {
    use super::*;
    use email_settings::smtp::{Parsed, ReplyLimits, parse_reply};

    /// Classifies each raw reply and compares with what it should mean.
    fn check<P: PartialEq + std::fmt::Debug>(classify: fn(&Reply) -> P, cases: &[(&str, P)]) {
        for (transcript, expected) in cases {
            let reply = match parse_reply(transcript.as_bytes(), &ReplyLimits::default()) {
                Ok(Parsed::Complete { reply, .. }) => reply,
                other => panic!("not a reply: {other:?}"),
            };
            assert_eq!(&classify(&reply), expected, "{transcript}");
        }
    }

    #[test]
    fn login_refusals_from_real_servers() {
        use LoginProblem::*;
        check(
            login_problem,
            &[
                (
                    "534-5.7.9 Application-specific password required. For more information, go to\r\n\
                 534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2-20020a05 - gsmtp\r\n",
                    AppPasswordRequired,
                ),
                (
                    "535-5.7.8 Username and Password not accepted. For more information, go to\r\n\
                 535 5.7.8  https://support.google.com/mail/?p=BadCredentials lf4-20020a170902 - gsmtp\r\n",
                    WrongCredentials,
                ),
                (
                    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. \
                 Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]\r\n",
                    SmtpAuthDisabled,
                ),
                (
                    "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [XX1P123CA0004.GBRP123.PROD.OUTLOOK.COM]\r\n",
                    PasswordLoginDisabled,
                ),
                (
                    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. \
                 Contact your administrator. [PA7P264CA0001.FRAP264.PROD.OUTLOOK.COM]\r\n",
                    PasswordLoginDisabled,
                ),
                (
                    "535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com]\r\n",
                    WrongCredentials,
                ),
                ("535 5.7.0 (#AUTH005) Too many bad auth attempts.\r\n", TooManyAttempts),
                ("535 5.7.8 Error: authentication failed: authentication failure\r\n", WrongCredentials),
                ("454 4.7.0 Temporary authentication failure: Connection lost to authentication server\r\n", Temporary),
                ("530 5.7.0 Must issue a STARTTLS command first\r\n", EncryptionRequired),
                ("504 5.5.4 Unrecognized authentication type\r\n", Unrecognised),
            ],
        );
    }

    #[test]
    fn message_refusals_from_real_servers() {
        use MessageProblem::*;
        check(
            message_problem,
            &[
                (
                    "553 5.7.1 <a@example.com>: Sender address rejected: not owned by user b@example.com\r\n",
                    SenderNotOwned,
                ),
                (
                    "550 5.7.60 SMTP; Client does not have permissions to send as this sender \
                 [DM6PR01MB1234.prod.outlook.com]\r\n",
                    SenderNotOwned,
                ),
                ("554 5.7.1 <x@elsewhere.example>: Relay access denied\r\n", RelayDenied),
                ("552 5.3.4 Message size exceeds fixed limit\r\n", TooLarge),
                ("451 4.3.0 Error: queue file write error\r\n", Temporary),
                ("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n", Unrecognised),
            ],
        );
    }
}
