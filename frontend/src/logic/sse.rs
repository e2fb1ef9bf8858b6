//! An incremental parser for Server-Sent Events (the probe's progress stream).
//!
//! Bytes arrive in arbitrary chunks; complete events come out. Only `event:` and `data:`
//! fields matter here; comments (`:` lines, the proxy's keep-alives) are skipped. A stream
//! that never ends an event cannot grow the buffer without bound.

/// One event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` name; `message` when absent.
    pub name: String,
    /// The `data:` lines joined with newlines.
    pub data: String,
}

/// Largest event kept, in bytes; a larger one is dropped whole.
const MAX_EVENT: usize = 1 << 20;

/// Feeds chunks in, takes events out.
#[derive(Debug, Default)]
pub struct SseParser {
    buffer: Vec<u8>,
    overflowed: bool,
}

impl SseParser {
    /// Adds a chunk and returns every event it completed.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<SseEvent> {
        self.buffer.extend_from_slice(chunk);
        let mut events = Vec::new();
        while let Some((end, separator)) = find_blank_line(&self.buffer) {
            let block: Vec<u8> = self.buffer.drain(..end + separator).collect();
            if std::mem::take(&mut self.overflowed) {
                continue;
            }
            if let Some(event) = parse_block(&block[..end]) {
                events.push(event);
            }
        }
        if self.buffer.len() > MAX_EVENT {
            // Drop the oversized event; resynchronise at the next blank line.
            self.buffer.clear();
            self.overflowed = true;
        }
        events
    }
}

/// Position of the first blank line (`\n\n` or `\r\n\r\n`) and its length.
fn find_blank_line(bytes: &[u8]) -> Option<(usize, usize)> {
    let lf = bytes.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2));
    let crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n").map(|i| (i, 4));
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

fn parse_block(block: &[u8]) -> Option<SseEvent> {
    let text = String::from_utf8_lossy(block);
    let mut name = None;
    let mut data: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with(':') || line.is_empty() {
            continue;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "event" => name = Some(value.to_owned()),
            "data" => data.push(value),
            _ => {}
        }
    }
    if data.is_empty() {
        return None;
    }
    Some(SseEvent { name: name.unwrap_or_else(|| "message".to_owned()), data: data.join("\n") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_split_across_chunks() {
        let mut parser = SseParser::default();
        assert!(parser.push(b"event: step\ndata: {\"a\"").is_empty());
        let events = parser.push(b":1}\n\n: keep-alive\n\nevent: done\r\ndata: x\r\ndata: y\r\n\r\n");
        assert_eq!(
            events,
            [
                SseEvent { name: "step".into(), data: "{\"a\":1}".into() },
                SseEvent { name: "done".into(), data: "x\ny".into() }
            ]
        );
    }

    #[test]
    fn unnamed_events_are_messages_and_bad_bytes_are_tolerated() {
        let mut parser = SseParser::default();
        let events = parser.push(b"data: caf\xc3\xa9 \xff\n\n");
        assert_eq!(events[0].name, "message");
        assert_eq!(events[0].data, "café \u{fffd}");
    }

    #[test]
    fn an_endless_event_is_dropped_and_the_stream_recovers() {
        let mut parser = SseParser::default();
        let junk = vec![b'x'; MAX_EVENT + 10];
        assert!(parser.push(b"data: ").is_empty());
        assert!(parser.push(&junk).is_empty());
        assert!(parser.push(b"still junk\n\n").is_empty(), "the rest of the oversized event is skipped");
        assert_eq!(parser.push(b"data: ok\n\n")[0].data, "ok");
    }
}
