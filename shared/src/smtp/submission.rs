//! Pieces of sending one test message, with no I/O: the message itself, and what a reply
//! says (its enhanced status code, RFC 3463; the queue id a server gives an accepted message).

use super::reply::Reply;

/// The enhanced status code at the start of a reply's first line (`5.7.8`), if any.
pub fn enhanced_status(reply: &Reply) -> Option<&str> {
    let word = reply.lines.first()?.split_whitespace().next()?;
    let mut parts = word.split('.');
    let class = parts.next()?;
    let valid = matches!(class, "2" | "4" | "5")
        && parts.clone().count() == 2
        && parts.all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    valid.then_some(word)
}

/// The id a server gave an accepted message, from its `250` reply to the end of DATA:
/// Postfix's `queued as 4Xyz`, Exim's `id=1abc-…`, or the first word after `OK` (Gmail,
/// Microsoft 365 and many others).
pub fn queue_id(reply: &Reply) -> Option<String> {
    if reply.code != 250 {
        return None;
    }
    let text = reply.text();
    let clean = |word: &str| {
        let word = word.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '[' | ']'));
        let ok = !word.is_empty() && word.len() <= 128 && word.chars().all(|c| c.is_ascii_graphic());
        ok.then(|| word.to_owned())
    };
    let lower = text.to_ascii_lowercase();
    for marker in ["queued as ", "id="] {
        if let Some(at) = lower.find(marker) {
            return text[at + marker.len()..].split_whitespace().next().and_then(clean);
        }
    }
    let mut words = text.split_whitespace().skip_while(|w| enhanced_status_word(w));
    match words.next() {
        Some(ok) if ok.eq_ignore_ascii_case("ok") || ok.eq_ignore_ascii_case("ok:") => words.next().and_then(clean),
        _ => None,
    }
}

fn enhanced_status_word(word: &str) -> bool {
    word.split('.').count() == 3 && word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// The test message: from the login's own address to itself, with a fixed subject and
/// body (nothing a person typed but the address, which is checked before it gets here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestMessage<'a> {
    /// The envelope sender and recipient, `From:` and `To:` (the login's own address).
    pub address: &'a str,
    /// RFC 5322 date-time, e.g. `Wed, 02 Dec 2026 05:00:00 +0000`.
    pub date: &'a str,
    /// Without angle brackets, e.g. `1733115600.5f3a9c0e1b2d4a67@mailsetup.invalid`.
    pub message_id: &'a str,
    /// The address has letters outside ASCII (sent with SMTPUTF8): the headers are then
    /// UTF-8 (RFC 6532), and the message is labelled 8bit.
    pub utf8: bool,
}

/// The subject of every test message.
pub const TEST_SUBJECT: &str = "mailsetup test message";

impl TestMessage<'_> {
    /// The message as sent after DATA: CRLF line ends, dot-stuffed (RFC 5321 §4.5.2),
    /// without the final `.` line. The address must already be checked (no line breaks).
    pub fn to_wire(&self) -> String {
        let TestMessage { address, date, message_id, utf8 } = *self;
        let encoding = if utf8 { "8bit" } else { "7bit" };
        let lines = [
            format!("Date: {date}"),
            format!("From: <{address}>"),
            format!("To: <{address}>"),
            format!("Subject: {TEST_SUBJECT}"),
            format!("Message-ID: <{message_id}>"),
            "MIME-Version: 1.0".to_owned(),
            "Content-Type: text/plain; charset=utf-8".to_owned(),
            format!("Content-Transfer-Encoding: {encoding}"),
            "Auto-Submitted: auto-generated".to_owned(),
            String::new(),
            "This message was sent by mailsetup to prove that your settings send mail:".to_owned(),
            "the server accepted your login and this message to your own address.".to_owned(),
            String::new(),
            "If you did not ask for it, someone who knows your password tested it;".to_owned(),
            "change your password.".to_owned(),
        ];
        lines.iter().map(|l| if l.starts_with('.') { format!(".{l}\r\n") } else { format!("{l}\r\n") }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(code: u16, text: &str) -> Reply {
        Reply { code, lines: vec![text.to_owned()] }
    }

    #[test]
    fn reads_queue_ids_from_real_replies() {
        let cases = [
            ("2.0.0 Ok: queued as 4Wq1Zk0Yb3z9sKq", Some("4Wq1Zk0Yb3z9sKq")),
            ("OK id=1tXyZa-000Abc-2D", Some("1tXyZa-000Abc-2D")),
            ("2.0.0 OK  1733115600 5b1f17b1804b1-43a8c2f1e5esm2351234f8f.1 - gsmtp", Some("1733115600")),
            (
                "2.0.0 OK <AM0PR01MB1234.eurprd01.prod.outlook.com> [Hostname=AM0PR01MB1234.eurprd01.prod.outlook.com]",
                Some("AM0PR01MB1234.eurprd01.prod.outlook.com"),
            ),
            ("Message accepted", None),
        ];
        for (text, expected) in cases {
            assert_eq!(queue_id(&reply(250, text)).as_deref(), expected, "{text}");
        }
        assert_eq!(queue_id(&reply(451, "4.3.0 queued as nothing")), None);
    }

    #[test]
    fn reads_enhanced_status_codes() {
        assert_eq!(enhanced_status(&reply(535, "5.7.8 Error: authentication failed")), Some("5.7.8"));
        assert_eq!(enhanced_status(&reply(535, "5.7.139 Authentication unsuccessful")), Some("5.7.139"));
        assert_eq!(enhanced_status(&reply(535, "Authentication failed")), None);
        assert_eq!(enhanced_status(&reply(535, "1.2.3 nope")), None);
    }

    #[test]
    fn the_message_is_dot_stuffed_and_has_its_headers() {
        let message = TestMessage {
            address: "a@example.com",
            date: "Wed, 02 Dec 2026 05:00:00 +0000",
            message_id: "1.2@mailsetup.invalid",
            utf8: false,
        };
        let wire = message.to_wire();
        assert!(
            wire.starts_with(
                "Date: Wed, 02 Dec 2026 05:00:00 +0000\r\nFrom: <a@example.com>\r\nTo: <a@example.com>\r\n"
            )
        );
        assert!(
            wire.contains("\r\nSubject: mailsetup test message\r\n")
                && wire.contains("\r\nContent-Transfer-Encoding: 7bit\r\n")
        );
        let utf8 = TestMessage { address: "jörg@example.com", utf8: true, ..message }.to_wire();
        assert!(utf8.contains("\r\nContent-Transfer-Encoding: 8bit\r\n"), "{utf8}");
        assert!(wire.contains("\r\nMessage-ID: <1.2@mailsetup.invalid>\r\n"));
        assert!(wire.ends_with("\r\n"));
        assert!(wire.lines().all(|l| !l.starts_with('.') || l.starts_with("..")));
        assert!(!wire.contains("\r\n.\r\n"), "the end-of-data line is the session's to send");
    }
}
