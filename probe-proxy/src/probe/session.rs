//! One SMTP conversation, step by step: greeting, EHLO, STARTTLS, TLS, EHLO again, QUIT.
//!
//! The conversation is generic over the stream, so the same code runs on the plain TCP
//! connection and inside TLS; the plain → TLS transition consumes the plain session, and
//! nothing learned before TLS is carried over (RFC 3207 §4.2). The probe sends only EHLO,
//! HELO, STARTTLS and QUIT, with the operator's EHLO name: never MAIL, RCPT, DATA, AUTH or
//! anything a user typed.

use std::net::SocketAddr;
use std::time::Duration;

use mailsetup_shared::provider::Security;
use mailsetup_shared::smtp::{Capabilities, Reply, ReplyError};
use mailsetup_shared::wire::{Failure, FailureKind, PortReport, PortSpec, Step, TlsReport};
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::ProbeSettings;
use super::reader::{Conversation, ReadError};
use super::recorder::{Recorder, millis};
use super::tls;

/// What the steps found so far; becomes the [`PortReport`].
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub(crate) greeting: Option<Reply>,
    pub(crate) ehlo_plain: Option<Capabilities>,
    pub(crate) ehlo_tls: Option<Capabilities>,
    pub(crate) used_helo: bool,
    pub(crate) tls: Option<TlsReport>,
}

/// Ends the probe of a port early.
#[derive(Debug)]
pub(crate) struct Stop(pub(crate) Failure);

fn stop(step: Step, kind: FailureKind, message: impl Into<String>) -> Stop {
    Stop(Failure { step, kind, message: message.into() })
}

/// Runs every step on one port.
pub(crate) async fn run(
    settings: &ProbeSettings,
    address: std::net::IpAddr,
    server_name: &str,
    spec: PortSpec,
    recorder: &mut Recorder,
    findings: &mut Findings,
) -> Result<(), Stop> {
    let tcp = connect(settings, SocketAddr::new(address, spec.port), recorder).await?;
    match spec.security {
        Security::ImplicitTls => {
            let stream = handshake(settings, tcp, server_name, spec.security, recorder, findings).await?;
            let mut tls = Conversation::new(stream, settings.limits);
            greeting(settings, &mut tls, recorder, findings).await?;
            findings.ehlo_tls = Some(ehlo(settings, &mut tls, Step::EhloTls, recorder, findings).await?);
            quit(settings, &mut tls, recorder).await;
        }
        Security::StartTls => {
            let mut plain = Conversation::new(tcp, settings.limits);
            greeting(settings, &mut plain, recorder, findings).await?;
            let caps = ehlo(settings, &mut plain, Step::Ehlo, recorder, findings).await?;
            let offers_starttls = caps.starttls;
            findings.ehlo_plain = Some(caps);
            if !offers_starttls {
                quit(settings, &mut plain, recorder).await;
                return Err(stop(Step::StartTls, FailureKind::StartTlsNotOffered, "the EHLO reply has no STARTTLS"));
            }
            let tcp = starttls(settings, plain, recorder).await?;
            let stream = handshake(settings, tcp, server_name, spec.security, recorder, findings).await?;
            // A fresh conversation: nothing from before TLS is trusted or reused.
            let mut tls = Conversation::new(stream, settings.limits);
            findings.ehlo_tls = Some(ehlo(settings, &mut tls, Step::EhloTls, recorder, findings).await?);
            quit(settings, &mut tls, recorder).await;
        }
        Security::Plain => {
            let mut plain = Conversation::new(tcp, settings.limits);
            greeting(settings, &mut plain, recorder, findings).await?;
            findings.ehlo_plain = Some(ehlo(settings, &mut plain, Step::Ehlo, recorder, findings).await?);
            quit(settings, &mut plain, recorder).await;
        }
    }
    Ok(())
}

async fn connect(settings: &ProbeSettings, addr: SocketAddr, recorder: &mut Recorder) -> Result<TcpStream, Stop> {
    recorder.begin(Step::Connect);
    let result = tokio::time::timeout(settings.connect_timeout, TcpStream::connect(addr)).await;
    let failure = match result {
        Ok(Ok(stream)) => {
            recorder.finish(true, format!("connected to {addr}"));
            recorder.note(format!("connected to {addr}"));
            let _ = stream.set_nodelay(true);
            return Ok(stream);
        }
        Err(_) => stop(
            Step::Connect,
            FailureKind::ConnectTimeout,
            format!("no answer within {} s", settings.connect_timeout.as_secs()),
        ),
        Ok(Err(e)) => {
            use std::io::ErrorKind;
            let kind = match e.kind() {
                ErrorKind::ConnectionRefused => FailureKind::ConnectionRefused,
                ErrorKind::TimedOut => FailureKind::ConnectTimeout,
                ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => FailureKind::Unreachable,
                _ => FailureKind::Other,
            };
            stop(Step::Connect, kind, e.to_string())
        }
    };
    recorder.finish(false, failure.0.message.clone());
    Err(failure)
}

/// Maps a read error at `step` to a failure, classifying what is clearly not SMTP.
fn read_failure(step: Step, error: ReadError, buffered: &[u8]) -> Stop {
    match error {
        ReadError::Timeout(limit) => {
            stop(step, FailureKind::Timeout, format!("no complete reply within {} s", limit.as_secs()))
        }
        ReadError::Closed => stop(step, FailureKind::Closed, "the server closed the connection"),
        ReadError::Io(e) => stop(step, FailureKind::Closed, e.to_string()),
        ReadError::Protocol(ReplyError::Malformed { line }) if step == Step::Greeting => {
            // A TLS record where a greeting belongs: the port speaks TLS from the first byte.
            if buffered.first().is_some_and(|&b| b == 0x15 || b == 0x16) {
                stop(step, FailureKind::WrongSecurityMode, "the server answered with TLS, not an SMTP greeting")
            } else {
                stop(step, FailureKind::NotSmtp, format!("the server said {line:?}"))
            }
        }
        ReadError::Protocol(e) => stop(step, FailureKind::Protocol, e.to_string()),
    }
}

async fn read<S: AsyncRead + AsyncWrite + Unpin>(
    conv: &mut Conversation<S>,
    timeout: Duration,
    recorder: &mut Recorder,
) -> Result<Reply, Stop> {
    match conv.read_reply(timeout).await {
        Ok(reply) => {
            recorder.server(&reply);
            Ok(reply)
        }
        Err(error) => {
            let failure = read_failure(recorder.current, error, conv.buffered());
            recorder.note(failure.0.message.clone());
            recorder.finish(false, failure.0.message.clone());
            Err(failure)
        }
    }
}

async fn send<S: AsyncRead + AsyncWrite + Unpin>(
    conv: &mut Conversation<S>,
    command: &str,
    timeout: Duration,
    recorder: &mut Recorder,
) -> Result<(), Stop> {
    recorder.client(command);
    conv.send(command, timeout).await.map_err(|error| {
        let failure = read_failure(recorder.current, error, &[]);
        recorder.finish(false, failure.0.message.clone());
        failure
    })
}

/// The reply's first line, for step details: at most 200 characters (cut at a character,
/// not a byte, since servers may send any UTF-8).
fn first_line(reply: &Reply) -> String {
    let text = format!("{} {}", reply.code, reply.lines.first().map(String::as_str).unwrap_or_default());
    text.chars().take(200).collect()
}

async fn greeting<S: AsyncRead + AsyncWrite + Unpin>(
    settings: &ProbeSettings,
    conv: &mut Conversation<S>,
    recorder: &mut Recorder,
    findings: &mut Findings,
) -> Result<(), Stop> {
    recorder.begin(Step::Greeting);
    let reply = read(conv, settings.reply_timeout, recorder).await?;
    let ok = reply.code == 220;
    recorder.finish(ok, first_line(&reply));
    findings.greeting = Some(reply.clone());
    if ok {
        Ok(())
    } else {
        let kind = if reply.is_positive() { FailureKind::Protocol } else { FailureKind::Refused };
        Err(stop(Step::Greeting, kind, format!("{} {}", reply.code, reply.text())))
    }
}

async fn ehlo<S: AsyncRead + AsyncWrite + Unpin>(
    settings: &ProbeSettings,
    conv: &mut Conversation<S>,
    step: Step,
    recorder: &mut Recorder,
    findings: &mut Findings,
) -> Result<Capabilities, Stop> {
    recorder.begin(step);
    send(conv, &format!("EHLO {}", settings.ehlo_name), settings.reply_timeout, recorder).await?;
    let reply = read(conv, settings.reply_timeout, recorder).await?;
    if reply.code == 250 {
        let caps = Capabilities::from_ehlo(&reply);
        let summary = caps.keywords().join(", ");
        recorder.finish(true, if summary.is_empty() { "no extensions".to_owned() } else { summary });
        return Ok(caps);
    }
    if !reply.is_permanent_failure() {
        recorder.finish(false, first_line(&reply));
        return Err(stop(step, FailureKind::Refused, format!("EHLO: {} {}", reply.code, reply.text())));
    }
    // RFC 5321 §4.1.4: a server that does not know EHLO answers 5xx; fall back to HELO.
    send(conv, &format!("HELO {}", settings.ehlo_name), settings.reply_timeout, recorder).await?;
    let helo = read(conv, settings.reply_timeout, recorder).await?;
    if helo.code == 250 {
        findings.used_helo = true;
        recorder.finish(true, "EHLO refused; HELO accepted (no extensions)");
        Ok(Capabilities::from_ehlo(&helo))
    } else {
        recorder.finish(false, first_line(&helo));
        Err(stop(step, FailureKind::HeloRefused, format!("EHLO and HELO refused: {} {}", helo.code, helo.text())))
    }
}

/// Sends STARTTLS and returns the bare TCP stream for the handshake. Any byte already
/// received after the 220 reply ends the session: it could only have been injected.
async fn starttls(
    settings: &ProbeSettings,
    mut conv: Conversation<TcpStream>,
    recorder: &mut Recorder,
) -> Result<TcpStream, Stop> {
    recorder.begin(Step::StartTls);
    // Bytes nobody asked for could be taken as the answer to STARTTLS: end the session.
    if !conv.buffered().is_empty() {
        let message = format!("{} byte(s) arrived unasked before STARTTLS", conv.buffered().len());
        recorder.note(message.clone());
        recorder.finish(false, message.clone());
        return Err(stop(Step::StartTls, FailureKind::DataAfterStartTls, message));
    }
    send(&mut conv, "STARTTLS", settings.reply_timeout, recorder).await?;
    let reply = read(&mut conv, settings.reply_timeout, recorder).await?;
    if reply.code != 220 {
        recorder.finish(false, first_line(&reply));
        quit(settings, &mut conv, recorder).await;
        return Err(stop(Step::StartTls, FailureKind::StartTlsRefused, format!("{} {}", reply.code, reply.text())));
    }
    let (tcp, leftover) = conv.into_parts();
    if !leftover.is_empty() {
        let message = format!(
            "{} byte(s) arrived after \"220\" and before the TLS handshake: {:?}",
            leftover.len(),
            mailsetup_shared::smtp::reply::printable(&leftover[..leftover.len().min(80)])
        );
        recorder.note(message.clone());
        recorder.finish(false, message.clone());
        // Dropped without QUIT: the plain channel is not trusted any more.
        return Err(stop(Step::StartTls, FailureKind::DataAfterStartTls, message));
    }
    recorder.finish(true, first_line(&reply));
    Ok(tcp)
}

async fn handshake(
    settings: &ProbeSettings,
    tcp: TcpStream,
    server_name: &str,
    security: Security,
    recorder: &mut Recorder,
    findings: &mut Findings,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, Stop> {
    recorder.begin(Step::Tls);
    let fail = |recorder: &mut Recorder, kind, message: String| {
        recorder.note(message.clone());
        recorder.finish(false, message.clone());
        stop(Step::Tls, kind, message)
    };
    let name = match ServerName::try_from(server_name.to_owned()) {
        Ok(name) => name,
        Err(e) => return Err(fail(recorder, FailureKind::TlsFailed, format!("invalid server name: {e}"))),
    };
    let (config, verdict) = match settings.tls.client_config() {
        Ok(pair) => pair,
        Err(e) => return Err(fail(recorder, FailureKind::TlsFailed, e.to_string())),
    };
    let connector = tokio_rustls::TlsConnector::from(config);
    let stream = match tokio::time::timeout(settings.reply_timeout, connector.connect(name, tcp)).await {
        Ok(Ok(stream)) => stream,
        Err(_) => {
            let message = format!("no handshake within {} s", settings.reply_timeout.as_secs());
            return Err(fail(recorder, FailureKind::Timeout, message));
        }
        Ok(Err(e)) => {
            let text = e.to_string();
            // Plain SMTP text where a TLS record belongs.
            let plain_text = text.contains("InvalidContentType") || text.contains("corrupt message");
            let kind = if plain_text && security == Security::ImplicitTls {
                FailureKind::WrongSecurityMode
            } else {
                FailureKind::TlsFailed
            };
            return Err(fail(recorder, kind, text));
        }
    };
    let verdict = verdict.lock().map(|v| v.clone()).unwrap_or_default();
    let report = tls::report(stream.get_ref().1, server_name, &verdict);
    let detail = format!("{}, {}", report.version, report.cipher_suite);
    recorder.note(format!("TLS established: {detail}"));
    if let Some(error) = &report.chain_error {
        recorder.note(format!("certificate chain not trusted: {error}"));
    }
    if let Some(error) = &report.name_error {
        recorder.note(format!("certificate name check failed: {error}"));
    }
    recorder.finish(true, detail);
    findings.tls = Some(report);
    Ok(stream)
}

/// Says goodbye; a server that does not answer QUIT does not change the verdict.
async fn quit<S: AsyncRead + AsyncWrite + Unpin>(
    settings: &ProbeSettings,
    conv: &mut Conversation<S>,
    recorder: &mut Recorder,
) {
    recorder.begin(Step::Quit);
    let timeout = settings.reply_timeout.min(Duration::from_secs(3));
    recorder.client("QUIT");
    let outcome = match conv.send("QUIT", timeout).await {
        Ok(()) => conv.read_reply(timeout).await.map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    match outcome {
        Ok(reply) => {
            recorder.server(&reply);
            recorder.finish(reply.code == 221, first_line(&reply));
        }
        Err(message) => recorder.finish(false, message),
    }
}

/// Assembles the report of a port from what was recorded.
pub(crate) fn into_report(
    spec: PortSpec,
    address: std::net::IpAddr,
    recorder: Recorder,
    findings: Findings,
    failure: Option<Failure>,
) -> PortReport {
    let mut report = PortReport {
        port: spec.port,
        security: spec.security,
        address,
        total_ms: millis(recorder.elapsed()),
        steps: recorder.steps,
        transcript: recorder.transcript,
        greeting: findings.greeting,
        ehlo_plain: findings.ehlo_plain,
        ehlo_tls: findings.ehlo_tls,
        used_helo: findings.used_helo,
        tls: findings.tls,
        failure,
        verdict: mailsetup_shared::verdict::Verdict::pending(),
    };
    report.verdict = mailsetup_shared::verdict::assess(&report);
    report
}
