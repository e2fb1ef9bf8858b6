//! One SMTP conversation, step by step: greeting, EHLO, STARTTLS, TLS, EHLO again, QUIT.
//!
//! A [`Session<S>`] is generic over its stream, so the same steps run on the plain TCP
//! connection and inside TLS. The plain → TLS transition is typestate (as in mail-send):
//! [`Session::start_tls`] consumes the plain session and returns the TLS one, so nothing
//! from before TLS can be used after it (RFC 3207 §4.2), and [`Session::quit`] consumes the
//! session it ends. Every step reads and writes the port's [`Recorder`]; a failed step
//! ends with one call, [`Recorder::fail`].
//!
//! The probe sends only EHLO, HELO, STARTTLS and QUIT, with the operator's EHLO name: never
//! MAIL, RCPT, DATA, AUTH or anything a user typed. (A login test would be one more state:
//! a method on the TLS session that consumes it and returns an authenticated one.)

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use mailsetup_shared::provider::Security;
use mailsetup_shared::smtp::{Capabilities, Extension, Reply, ReplyError};
use mailsetup_shared::wire::{Failure, FailureKind, PortSpec, Step};
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::ProbeSettings;
use super::reader::{Conversation, ReadError};
use super::recorder::Recorder;
use super::tls;

/// What every step needs, packed once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub(crate) settings: &'a ProbeSettings,
    /// The name sent as SNI and checked against the certificate.
    pub(crate) server_name: &'a str,
}

/// An SMTP conversation on stream `S`: a plain `TcpStream`, or TLS over it.
#[derive(Debug)]
pub(crate) struct Session<'a, S> {
    conv: Conversation<S>,
    ctx: Ctx<'a>,
    log: &'a mut Recorder,
}

/// Runs every step of one port's probe; the facts land in `log`.
pub(crate) async fn run(ctx: Ctx<'_>, address: IpAddr, spec: PortSpec, log: &mut Recorder) -> Result<(), Failure> {
    let tcp = connect(ctx, SocketAddr::new(address, spec.port), log).await?;
    match spec.security {
        Security::ImplicitTls => {
            let stream = handshake(ctx, tcp, spec.security, log).await?;
            let mut tls = Session::new(stream, ctx, log);
            tls.greeting().await?;
            tls.ehlo(Step::EhloTls).await?;
            tls.quit().await;
        }
        Security::StartTls => {
            let mut plain = Session::new(tcp, ctx, log);
            plain.greeting().await?;
            let caps = plain.ehlo(Step::Ehlo).await?;
            if !caps.has(Extension::StartTls) {
                plain.quit().await;
                let message = "the EHLO reply has no STARTTLS".to_owned();
                return Err(Failure { step: Step::StartTls, kind: FailureKind::StartTlsNotOffered, message });
            }
            let mut tls = plain.start_tls().await?;
            tls.ehlo(Step::EhloTls).await?;
            tls.quit().await;
        }
        Security::Plain => {
            let mut plain = Session::new(tcp, ctx, log);
            plain.greeting().await?;
            plain.ehlo(Step::Ehlo).await?;
            plain.quit().await;
        }
    }
    Ok(())
}

async fn connect(ctx: Ctx<'_>, addr: SocketAddr, log: &mut Recorder) -> Result<TcpStream, Failure> {
    log.begin(Step::Connect);
    let limit = ctx.settings.connect_timeout;
    match tokio::time::timeout(limit, TcpStream::connect(addr)).await {
        Ok(Ok(stream)) => {
            log.finish(true, format!("connected to {addr}"));
            log.note(format!("connected to {addr}"));
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
        Err(_) => Err(log.fail(FailureKind::ConnectTimeout, format!("no answer within {} s", limit.as_secs()))),
        Ok(Err(e)) => {
            use std::io::ErrorKind;
            let kind = match e.kind() {
                ErrorKind::ConnectionRefused => FailureKind::ConnectionRefused,
                ErrorKind::TimedOut => FailureKind::ConnectTimeout,
                ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => FailureKind::Unreachable,
                _ => FailureKind::Other,
            };
            Err(log.fail(kind, e.to_string()))
        }
    }
}

/// The TLS handshake on a bare TCP stream: first thing on an implicit-TLS port, right after
/// `220` to STARTTLS otherwise. The certificate's verdict is recorded, not enforced.
async fn handshake(
    ctx: Ctx<'_>,
    tcp: TcpStream,
    security: Security,
    log: &mut Recorder,
) -> Result<TlsStream<TcpStream>, Failure> {
    log.begin(Step::Tls);
    let name = match ServerName::try_from(ctx.server_name.to_owned()) {
        Ok(name) => name,
        Err(_) => return Err(log.fail(FailureKind::TlsFailed, "the server name is not valid for TLS")),
    };
    let (config, verdict) = match ctx.settings.tls.client_config() {
        Ok(pair) => pair,
        Err(e) => return Err(log.fail(FailureKind::TlsFailed, tls::describe_error(&e))),
    };
    let limit = ctx.settings.reply_timeout;
    let stream = match tokio::time::timeout(limit, tokio_rustls::TlsConnector::from(config).connect(name, tcp)).await {
        Ok(Ok(stream)) => stream,
        Err(_) => return Err(log.fail(FailureKind::Timeout, format!("no handshake within {} s", limit.as_secs()))),
        Ok(Err(e)) => {
            let (kind, message) = handshake_failure(&e, security);
            return Err(log.fail(kind, message));
        }
    };
    let verdict = verdict.lock().map(|v| v.clone()).unwrap_or_default();
    let report = tls::report(stream.get_ref().1, ctx.server_name, &verdict);
    let detail = format!("{}, {}", report.version.label(), report.cipher_suite);
    log.note(format!("TLS established: {detail}"));
    if let Some(error) = &report.chain_error {
        log.note(format!("certificate chain not trusted: {error}"));
    }
    if let Some(error) = &report.name_error {
        log.note(format!("certificate name check failed: {error}"));
    }
    log.finish(true, detail);
    log.facts.tls = Some(report);
    Ok(stream)
}

/// Classifies a failed handshake by the rustls error inside the I/O error (tokio-rustls
/// wraps it), never by its text.
fn handshake_failure(error: &std::io::Error, security: Security) -> (FailureKind, String) {
    use rustls::InvalidMessage;
    let Some(tls_error) = error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) else {
        return match error.kind() {
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
                (FailureKind::Closed, "the server closed the connection during the TLS handshake".to_owned())
            }
            _ => (FailureKind::TlsFailed, format!("the TLS handshake failed: {error}")),
        };
    };
    let plain_text = matches!(
        tls_error,
        rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType | InvalidMessage::UnknownProtocolVersion)
    );
    if plain_text && security == Security::ImplicitTls {
        (FailureKind::WrongSecurityMode, "the server answered in plain text, not TLS".to_owned())
    } else {
        (FailureKind::TlsFailed, tls::describe_error(tls_error))
    }
}

/// The reply's first line, for step details: at most 200 characters (cut at a character,
/// not a byte, since servers may send any UTF-8).
fn first_line(reply: &Reply) -> String {
    let text = format!("{} {}", reply.code, reply.lines.first().map(String::as_str).unwrap_or_default());
    text.chars().take(200).collect()
}

impl<'a, S: AsyncRead + AsyncWrite + Unpin> Session<'a, S> {
    fn new(stream: S, ctx: Ctx<'a>, log: &'a mut Recorder) -> Session<'a, S> {
        Session { conv: Conversation::new(stream, ctx.settings.limits), ctx, log }
    }

    /// Ends the current step as failed.
    fn fail(&mut self, kind: FailureKind, message: impl Into<String>) -> Failure {
        self.log.fail(kind, message)
    }

    /// Reads one reply within the reply limit; a failure ends the step.
    async fn read(&mut self) -> Result<Reply, Failure> {
        match self.conv.read_reply(self.ctx.settings.reply_timeout).await {
            Ok(reply) => {
                self.log.server(&reply);
                Ok(reply)
            }
            Err(error) => {
                let (kind, message) = read_failure(self.log.current(), error, self.conv.buffered());
                Err(self.fail(kind, message))
            }
        }
    }

    async fn send(&mut self, command: &str) -> Result<(), Failure> {
        self.log.client(command);
        match self.conv.send(command, self.ctx.settings.reply_timeout).await {
            Ok(()) => Ok(()),
            Err(error) => {
                let (kind, message) = read_failure(self.log.current(), error, &[]);
                Err(self.fail(kind, message))
            }
        }
    }

    async fn greeting(&mut self) -> Result<(), Failure> {
        self.log.begin(Step::Greeting);
        let reply = self.read().await?;
        let ok = reply.code == 220;
        self.log.finish(ok, first_line(&reply));
        let outcome = if ok {
            Ok(())
        } else {
            let kind = if reply.is_positive() { FailureKind::Protocol } else { FailureKind::Refused };
            Err(Failure { step: Step::Greeting, kind, message: format!("{} {}", reply.code, reply.text()) })
        };
        self.log.facts.greeting = Some(reply);
        outcome
    }

    /// EHLO (falling back to HELO, RFC 5321 §4.1.4); the capabilities are recorded as the
    /// plain or the TLS ones by `step`.
    async fn ehlo(&mut self, step: Step) -> Result<Capabilities, Failure> {
        self.log.begin(step);
        let name = &self.ctx.settings.ehlo_name;
        self.send(&format!("EHLO {name}")).await?;
        let reply = self.read().await?;
        let caps = if reply.code == 250 {
            let caps = Capabilities::from_ehlo(&reply);
            let summary = caps.keywords().join(", ");
            self.log.finish(true, if summary.is_empty() { "no extensions".to_owned() } else { summary });
            caps
        } else if !reply.is_permanent_failure() {
            self.log.finish(false, first_line(&reply));
            let message = format!("EHLO: {} {}", reply.code, reply.text());
            return Err(Failure { step, kind: FailureKind::Refused, message });
        } else {
            self.send(&format!("HELO {name}")).await?;
            let helo = self.read().await?;
            if helo.code != 250 {
                self.log.finish(false, first_line(&helo));
                let message = format!("EHLO and HELO refused: {} {}", helo.code, helo.text());
                return Err(Failure { step, kind: FailureKind::HeloRefused, message });
            }
            self.log.facts.used_helo = true;
            self.log.finish(true, "EHLO refused; HELO accepted (no extensions)");
            Capabilities::from_ehlo(&helo)
        };
        let slot = if step == Step::EhloTls { &mut self.log.facts.ehlo_tls } else { &mut self.log.facts.ehlo_plain };
        *slot = Some(caps.clone());
        Ok(caps)
    }

    /// Says goodbye and ends the session; a server that does not answer QUIT does not
    /// change the verdict.
    async fn quit(mut self) {
        self.log.begin(Step::Quit);
        let limit = self.ctx.settings.reply_timeout.min(Duration::from_secs(3));
        self.log.client("QUIT");
        let outcome = match self.conv.send("QUIT", limit).await {
            Ok(()) => self.conv.read_reply(limit).await,
            Err(e) => Err(e),
        };
        match outcome {
            Ok(reply) => {
                self.log.server(&reply);
                self.log.finish(reply.code == 221, first_line(&reply));
            }
            Err(error) => self.log.finish(false, error.to_string()),
        }
    }
}

impl<'a> Session<'a, TcpStream> {
    /// STARTTLS and the handshake: consumes the plain session and returns a fresh one
    /// inside TLS. Any byte received after the `220` and before the handshake ends the
    /// session: it could only have been injected (the CVE-2011-0411 class).
    async fn start_tls(mut self) -> Result<Session<'a, TlsStream<TcpStream>>, Failure> {
        self.log.begin(Step::StartTls);
        if !self.conv.buffered().is_empty() {
            let message = format!("{} byte(s) arrived unasked before STARTTLS", self.conv.buffered().len());
            return Err(self.fail(FailureKind::DataAfterStartTls, message));
        }
        self.send("STARTTLS").await?;
        let reply = self.read().await?;
        if reply.code != 220 {
            self.log.finish(false, first_line(&reply));
            let message = format!("{} {}", reply.code, reply.text());
            self.quit().await;
            return Err(Failure { step: Step::StartTls, kind: FailureKind::StartTlsRefused, message });
        }
        let Session { conv, ctx, log } = self;
        let (tcp, leftover) = conv.into_parts();
        if !leftover.is_empty() {
            let message = format!(
                "{} byte(s) arrived after \"220\" and before the TLS handshake: \"{}\"",
                leftover.len(),
                mailsetup_shared::smtp::reply::printable(&leftover[..leftover.len().min(80)])
            );
            // Dropped without QUIT: the plain channel is not trusted any more.
            return Err(log.fail(FailureKind::DataAfterStartTls, message));
        }
        log.finish(true, first_line(&reply));
        let stream = handshake(ctx, tcp, Security::StartTls, log).await?;
        // A fresh conversation: nothing from before TLS is trusted or reused.
        Ok(Session::new(stream, ctx, log))
    }
}

/// Maps a read error at `step` to a failure, classifying what is clearly not SMTP.
fn read_failure(step: Step, error: ReadError, buffered: &[u8]) -> (FailureKind, String) {
    match error {
        ReadError::Timeout(limit) => (FailureKind::Timeout, format!("no complete reply within {} s", limit.as_secs())),
        ReadError::Closed => (FailureKind::Closed, "the server closed the connection".to_owned()),
        ReadError::Io(e) => (FailureKind::Closed, e.to_string()),
        ReadError::Protocol(ReplyError::Malformed { line }) if step == Step::Greeting => {
            // A TLS record where a greeting belongs: the port speaks TLS from the first byte.
            if buffered.first().is_some_and(|&b| b == 0x15 || b == 0x16) {
                (FailureKind::WrongSecurityMode, "the server answered with TLS, not an SMTP greeting".to_owned())
            } else {
                (FailureKind::NotSmtp, format!("the server said \"{line}\""))
            }
        }
        ReadError::Protocol(e) => (FailureKind::Protocol, e.to_string()),
    }
}
