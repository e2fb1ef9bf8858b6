//! Sans-I/O parsing of SMTP replies (RFC 5321 §4.2).
//!
//! [`parse_reply`] looks at the bytes received so far and answers either with a complete
//! reply and how many bytes it used, or with "need more data". It never reads a socket and
//! never allocates more than the limits allow, so a hostile server cannot make it hold
//! unbounded data: every line and the whole reply are capped.

/// Caps on what one reply may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReplyLimits {
    /// Longest reply line including CRLF. Default 512 octets (RFC 5321 §4.5.3.1.5).
    pub max_line: usize,
    /// Most lines in one reply. Default 100.
    pub max_lines: usize,
    /// Most octets in one reply. Default 4096.
    pub max_reply: usize,
}

impl Default for ReplyLimits {
    fn default() -> Self {
        ReplyLimits { max_line: 512, max_lines: 100, max_reply: 4096 }
    }
}

/// A complete SMTP reply.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Reply {
    /// The three-digit reply code, e.g. 250.
    pub code: u16,
    /// The text of each line after the code and separator, with control characters removed.
    pub lines: Vec<String>,
}

/// How much of a reply [`Reply::said`] quotes.
pub const SAID_CHARS: usize = 200;

impl Reply {
    /// 2xx: the command succeeded.
    pub fn is_positive(&self) -> bool {
        (200..300).contains(&self.code)
    }

    /// 5xx: will not work.
    pub fn is_permanent_failure(&self) -> bool {
        (500..600).contains(&self.code)
    }

    /// All lines joined with spaces, for messages.
    pub fn text(&self) -> String {
        self.lines.join(" ")
    }

    /// What the server said, quoted for people beside advice: the code and the text, at
    /// most [`SAID_CHARS`] characters (the verdict and the page quote it alike).
    pub fn said(&self) -> String {
        format!("{} {}", self.code, self.text()).chars().take(SAID_CHARS).collect()
    }

    /// The reply as it appeared on the wire (without CRLF), one string per line.
    pub fn wire_lines(&self) -> Vec<String> {
        let last = self.lines.len().saturating_sub(1);
        self.lines
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let sep = if i == last { ' ' } else { '-' };
                if text.is_empty() && i == last { self.code.to_string() } else { format!("{}{sep}{text}", self.code) }
            })
            .collect()
    }
}

/// The outcome of looking at the bytes received so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A whole reply, which used the first `consumed` bytes.
    Complete {
        /// The reply.
        reply: Reply,
        /// How many bytes from the start of the buffer the reply took, line endings included.
        consumed: usize,
    },
    /// The reply is not finished yet; read more and call again with all bytes.
    NeedMore,
}

/// Why bytes are not a valid reply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "kind"))]
#[non_exhaustive]
pub enum ReplyError {
    /// A line, its line ending included, is longer than [`ReplyLimits::max_line`].
    #[error("a reply line is longer than {limit} bytes")]
    LineTooLong {
        /// The limit exceeded, in bytes.
        limit: usize,
    },
    /// The reply has more lines than [`ReplyLimits::max_lines`].
    #[error("a reply has more than {limit} lines")]
    TooManyLines {
        /// The limit exceeded, in lines.
        limit: usize,
    },
    /// The reply as a whole is longer than [`ReplyLimits::max_reply`].
    #[error("a reply is longer than {limit} bytes")]
    TooLarge {
        /// The limit exceeded, in bytes.
        limit: usize,
    },
    /// A line does not start with a reply code from 200 to 599 followed by a space, `-` or the
    /// end of the line (RFC 5321 §4.2); often another protocol, or TLS, on the port.
    #[error("not an SMTP reply line: {line:?}")]
    Malformed {
        /// The offending line, passed through [`printable`].
        line: String,
    },
    /// The lines of one multiline reply carry different codes (RFC 5321 §4.2.1 requires one code).
    #[error("reply lines carry different codes ({first} then {then})")]
    MixedCodes {
        /// The code of the first line.
        first: u16,
        /// The code of the first line that differs from it.
        then: u16,
    },
}

/// Parses one reply from the start of `buf`.
///
/// Lines end with CRLF; a bare LF is accepted too, since some servers send it and refusing
/// would hide the rest of the report. Bytes after the reply are left for the caller (see
/// [`Parsed::Complete::consumed`]).
pub fn parse_reply(buf: &[u8], limits: &ReplyLimits) -> Result<Parsed, ReplyError> {
    let mut lines = Vec::new();
    let mut code = None;
    let mut offset = 0;
    loop {
        let rest = &buf[offset..];
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            if rest.len() >= limits.max_line {
                return Err(ReplyError::LineTooLong { limit: limits.max_line });
            }
            if offset + rest.len() >= limits.max_reply {
                return Err(ReplyError::TooLarge { limit: limits.max_reply });
            }
            return Ok(Parsed::NeedMore);
        };
        let line_len = newline + 1;
        if line_len > limits.max_line {
            return Err(ReplyError::LineTooLong { limit: limits.max_line });
        }
        if offset + line_len > limits.max_reply {
            return Err(ReplyError::TooLarge { limit: limits.max_reply });
        }
        if lines.len() == limits.max_lines {
            return Err(ReplyError::TooManyLines { limit: limits.max_lines });
        }
        let raw = &rest[..newline];
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        offset += line_len;
        let (line_code, last, text) = split_line(raw)?;
        match code {
            None => code = Some(line_code),
            Some(first) if first != line_code => return Err(ReplyError::MixedCodes { first, then: line_code }),
            Some(_) => {}
        }
        lines.push(text);
        if last {
            return Ok(Parsed::Complete { reply: Reply { code: line_code, lines }, consumed: offset });
        }
    }
}

/// Splits `250-text` / `250 text` / `250` into code, "is last line", text.
fn split_line(raw: &[u8]) -> Result<(u16, bool, String), ReplyError> {
    let malformed = || ReplyError::Malformed { line: printable(raw) };
    let digits = raw.get(..3).ok_or_else(malformed)?;
    if !digits.iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&digits[0]) {
        return Err(malformed());
    }
    let code = digits.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    match raw.get(3) {
        None => Ok((code, true, String::new())),
        Some(b' ') => Ok((code, true, printable(&raw[4..]))),
        Some(b'-') => Ok((code, false, printable(&raw[4..]))),
        Some(_) => Err(malformed()),
    }
}

/// Text safe to show anywhere: invalid UTF-8 replaced, control characters and the
/// characters that reorder text (which could make a transcript read differently from what
/// the server sent) dropped.
pub fn printable(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().filter(|&c| (!c.is_control() || c == '\t') && !is_bidi_control(c)).collect()
}

/// The Unicode bidirectional formatting characters (embeddings, overrides, isolates, marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], expected: &str) {
        let got = match parse_reply(input, &ReplyLimits::default()) {
            Ok(Parsed::Complete { reply, consumed }) => {
                format!("{} {:?} +{}", reply.code, reply.lines, input.len() - consumed)
            }
            Ok(Parsed::NeedMore) => "need more".to_owned(),
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(got, expected, "input: {:?}", String::from_utf8_lossy(input));
    }

    #[test]
    fn single_and_multi_line_replies() {
        check(b"220 mx.example.org ESMTP ready\r\n", r#"220 ["mx.example.org ESMTP ready"] +0"#);
        check(b"250\r\n", r#"250 [""] +0"#);
        check(
            b"250-mx.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n",
            r#"250 ["mx.example.org Hello", "PIPELINING", "SIZE 10240000", "STARTTLS"] +0"#,
        );
        check(b"220-first\r\n220-second\r\n220 third\r\n", r#"220 ["first", "second", "third"] +0"#);
        check(b"220 ready\n", r#"220 ["ready"] +0"#);
    }

    #[test]
    fn reports_leftover_bytes() {
        check(b"220 go ahead\r\n250 unexpected\r\n", r#"220 ["go ahead"] +16"#);
    }

    #[test]
    fn waits_for_the_rest() {
        check(b"", "need more");
        check(b"22", "need more");
        check(b"220 ready", "need more");
        check(b"250-one\r\n250-two\r\n", "need more");
        check(b"250-one\r\n250 tw", "need more");
    }

    #[test]
    fn rejects_what_is_not_a_reply() {
        check(b"HTTP/1.1 400 Bad Request\r\n", r#"error: not an SMTP reply line: "HTTP/1.1 400 Bad Request""#);
        check(b"SSH-2.0-OpenSSH_9.6\r\n", r#"error: not an SMTP reply line: "SSH-2.0-OpenSSH_9.6""#);
        check(b"22 x\r\n", r#"error: not an SMTP reply line: "22 x""#);
        check(b"2200 x\r\n", r#"error: not an SMTP reply line: "2200 x""#);
        check(b"150 x\r\n", r#"error: not an SMTP reply line: "150 x""#);
        check(b"250-a\r\n220 b\r\n", "error: reply lines carry different codes (250 then 220)");
        // A TLS ClientHello where a reply belongs: control bytes are dropped from the message.
        check(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", "error: not an SMTP reply line: \"\u{fffd}\"");
    }

    #[test]
    fn enforces_limits() {
        let long = format!("220 {}\r\n", "x".repeat(600));
        check(long.as_bytes(), "error: a reply line is longer than 512 bytes");
        check(&long.as_bytes()[..550], "error: a reply line is longer than 512 bytes");
        let many: String = (0..101).map(|i| format!("250-line {i}\r\n")).collect::<String>() + "250 end\r\n";
        check(many.as_bytes(), "error: a reply has more than 100 lines");
        let big: String = (0..20).map(|_| format!("250-{}\r\n", "y".repeat(300))).collect();
        check(big.as_bytes(), "error: a reply is longer than 4096 bytes");
    }

    #[test]
    fn strips_control_characters() {
        check(b"220 evil\x1b[31mred\x07\r\n", r#"220 ["evil[31mred"] +0"#);
        check(b"220 caf\xc3\xa9 \xff\r\n", "220 [\"café \u{fffd}\"] +0");
        // U+202E (right-to-left override) would show "moc.elpmaxe" reversed in a report.
        check("220 mx.\u{202e}elpmaxe.com\u{2066}x\u{200f}\r\n".as_bytes(), r#"220 ["mx.elpmaxe.comx"] +0"#);
    }

    #[test]
    fn rebuilds_wire_lines() {
        let reply = Reply { code: 250, lines: vec!["a".into(), "b".into()] };
        assert_eq!(reply.wire_lines(), ["250-a", "250 b"]);
        assert!(reply.is_positive() && !reply.is_permanent_failure());
    }
}
