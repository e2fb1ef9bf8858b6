//! The thin I/O loop around the sans-I/O reply parser: reads bytes until a whole reply is
//! there, within a deadline and a byte cap, and writes commands.

use std::time::Duration;

use bytes::BufMut as _;
use email_settings::smtp::{Parsed, Reply, ReplyError, ReplyLimits, parse_reply};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Why a reply could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReadError {
    #[error("no complete reply within {0:?}")]
    Timeout(Duration),
    #[error("the server closed the connection")]
    Closed,
    #[error(transparent)]
    Protocol(#[from] ReplyError),
    #[error("connection error: {0}")]
    Io(#[from] std::io::Error),
}

/// The most one read asks for.
const READ_CHUNK: usize = 1024;

/// A connection with a read buffer that never grows past the reply limit.
#[derive(Debug)]
pub(crate) struct Conversation<S> {
    stream: S,
    buffer: Vec<u8>,
    limits: ReplyLimits,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Conversation<S> {
    pub(crate) fn new(stream: S, limits: ReplyLimits) -> Conversation<S> {
        // A greeting fits; an EHLO reply grows it. Every probe in flight holds one.
        Conversation { stream, buffer: Vec::with_capacity(128), limits }
    }

    /// Reads one reply, waiting at most `timeout` for all of it.
    pub(crate) async fn read_reply(&mut self, timeout: Duration) -> Result<Reply, ReadError> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Parsed::Complete { reply, consumed } = parse_reply(&self.buffer, &self.limits)? {
                self.buffer.drain(..consumed);
                return Ok(reply);
            }
            // Never read more than one reply's worth: the parser reports the excess anyway.
            // Bytes land in the buffer itself: no chunk array lives in this future's state
            // (it would be carried by every probe in flight).
            let room = (self.limits.max_reply + 1).saturating_sub(self.buffer.len()).clamp(1, READ_CHUNK);
            let read = tokio::time::timeout_at(deadline, self.stream.read_buf(&mut (&mut self.buffer).limit(room)))
                .await
                .map_err(|_| ReadError::Timeout(timeout))??;
            if read == 0 {
                return Err(ReadError::Closed);
            }
        }
    }

    /// Sends one command line (CRLF is added), within `timeout`.
    pub(crate) async fn send(&mut self, line: &str, timeout: Duration) -> Result<(), ReadError> {
        self.send_raw(format!("{line}\r\n").as_bytes(), timeout).await
    }

    /// Sends bytes as they are, within `timeout`.
    pub(crate) async fn send_raw(&mut self, bytes: &[u8], timeout: Duration) -> Result<(), ReadError> {
        tokio::time::timeout(timeout, async {
            self.stream.write_all(bytes).await?;
            self.stream.flush().await
        })
        .await
        .map_err(|_| ReadError::Timeout(timeout))??;
        Ok(())
    }

    /// Bytes received but not yet part of a reply.
    pub(crate) fn buffered(&self) -> &[u8] {
        &self.buffer
    }

    /// Gives the stream back, with whatever is still buffered.
    pub(crate) fn into_parts(self) -> (S, Vec<u8>) {
        (self.stream, self.buffer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reads_replies_split_across_packets() {
        let (client, mut server) = tokio::io::duplex(64);
        let mut conv = Conversation::new(client, ReplyLimits::default());
        tokio::spawn(async move {
            server.write_all(b"220-mx.example ESMTP\r\n22").await.unwrap();
            tokio::time::sleep(Duration::from_millis(20)).await;
            server.write_all(b"0 ready\r\n250 extra").await.unwrap();
            tokio::time::sleep(Duration::from_secs(5)).await;
        });
        let reply = conv.read_reply(Duration::from_secs(2)).await.unwrap();
        assert_eq!(reply.code, 220);
        assert_eq!(reply.lines, ["mx.example ESMTP", "ready"]);
        // The half-read next reply stays buffered.
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(matches!(conv.read_reply(Duration::from_millis(100)).await, Err(ReadError::Timeout(_))));
        assert_eq!(conv.buffered(), b"250 extra");
    }

    #[tokio::test]
    async fn stops_a_server_that_never_ends_its_line() {
        let (client, mut server) = tokio::io::duplex(4096);
        let mut conv = Conversation::new(client, ReplyLimits::default());
        tokio::spawn(async move {
            let junk = vec![b'x'; 100_000];
            let _ = server.write_all(b"220 ").await;
            let _ = server.write_all(&junk).await;
        });
        let error = conv.read_reply(Duration::from_secs(2)).await.unwrap_err();
        assert!(matches!(error, ReadError::Protocol(ReplyError::LineTooLong { limit: 512 })), "{error}");
        assert!(conv.buffered().len() <= 4097);
    }

    #[tokio::test]
    async fn reports_a_closed_connection() {
        let (client, server) = tokio::io::duplex(64);
        drop(server);
        let mut conv = Conversation::new(client, ReplyLimits::default());
        assert!(matches!(conv.read_reply(Duration::from_secs(1)).await, Err(ReadError::Closed)));
    }
}
