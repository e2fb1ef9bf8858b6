//! One SMTP conversation, step by step: greeting, EHLO, STARTTLS, TLS, EHLO again, and, when
//! the person asked, the login and a test message; QUIT after the verdict.
//!
//! A [`Session<S>`] is generic over its stream, so the same steps run on the plain TCP
//! connection and inside TLS. The plain → TLS transition is typestate (as in mail-send):
//! [`Session::start_tls`] consumes the plain session and returns the TLS one, so nothing
//! from before TLS can be used after it (RFC 3207 §4.2), and [`Session::quit`] consumes the
//! session it ends. [`Session::login`] consumes the TLS session and returns a [`LoggedIn`]
//! one, the only state that can send a test message. Every step reads and writes the
//! port's [`Recorder`]. A failed step ends one of two ways, and only these build a
//! [`Failure`] (each notes the failure in the transcript and marks the step failed):
//! [`Session::stop`] when the connection is still fit for QUIT (the server answered, but
//! not as hoped), [`Session::fail`] (or [`Recorder::fail`] before there is a session) when
//! it is not (no answer, a broken protocol, bytes that cannot be trusted).
//!
//! Without a login request the probe sends only EHLO, HELO, STARTTLS and QUIT, with the
//! operator's EHLO name. AUTH is sent only inside TLS whose certificate is trusted for the
//! server's name; the transcript shows `AUTH <MECHANISM> ****`, never the secret.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use std::future::Future;
use std::pin::Pin;

use email_settings::provider::Security;
use email_settings::smtp::auth::{self, LoginMechanism, choose_mechanism};
use email_settings::smtp::submission::{TestMessage, queue_id};
use email_settings::smtp::{Capabilities, Extension, Reply, ReplyError};
use mailsetup_shared::verdict::LoginRisk;
use mailsetup_shared::wire::{
    ConnectOutcome, Failure, FailureKind, LoginFacts, PortSpec, SendStage, Step, TestMessageFacts, TlsProblem,
};
use rustls::pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::reader::{Conversation, ReadError};
use super::recorder::Recorder;
use super::tls;
use super::{LoginPlan, ProbeSettings, connect};

/// An encrypted connection, on the heap: the rustls connection is about 1 KB, and a probe
/// still connecting, or waiting for its turn at a handshake, should not carry room for it
/// (10,000 probes in flight hold 10,000 of these futures).
type Tls = Box<TlsStream<TcpStream>>;

/// What every step needs, packed once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub(crate) settings: &'a ProbeSettings,
    /// The name sent as SNI and checked against the certificate.
    pub(crate) server_name: &'a str,
    /// The login test, if the person asked for one.
    pub(crate) login: Option<&'a LoginPlan>,
    /// Set once the server's greeting has arrived (a probe under pressure without one is
    /// cut short).
    pub(crate) greeted: &'a std::sync::atomic::AtomicBool,
}

/// QUIT, said after the verdict so that no report waits for the server's `221`.
pub(crate) struct Goodbye(Pin<Box<dyn Future<Output = ()> + Send>>);

impl Goodbye {
    pub(crate) async fn say(self) {
        self.0.await;
    }
}

impl std::fmt::Debug for Goodbye {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Goodbye")
    }
}

/// How a port's conversation ended: the failure, if any, and the QUIT still to say, if the
/// connection is still fit for one.
#[derive(Debug)]
pub(crate) struct Ending {
    pub(crate) failure: Option<Failure>,
    pub(crate) goodbye: Option<Goodbye>,
}

/// A failure that ends the conversation, with a QUIT to say where that is still right.
#[derive(Debug)]
struct Stop {
    failure: Failure,
    goodbye: Option<Goodbye>,
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Stop {
        Stop { failure, goodbye: None }
    }
}

/// An SMTP conversation on stream `S`: a plain `TcpStream`, or TLS over it.
#[derive(Debug)]
pub(crate) struct Session<'a, S> {
    conv: Conversation<S>,
    ctx: Ctx<'a>,
    log: &'a mut Recorder,
}

/// Runs every step of one port's probe on the first of `addresses` that answers; the facts
/// land in `log`.
pub(crate) async fn run(ctx: Ctx<'_>, addresses: &[IpAddr], spec: PortSpec, log: &mut Recorder) -> Ending {
    match walk(ctx, addresses, spec, log).await {
        Ok(goodbye) => Ending { failure: None, goodbye: Some(goodbye) },
        Err(Stop { failure, goodbye }) => Ending { failure: Some(failure), goodbye },
    }
}

async fn walk(ctx: Ctx<'_>, addresses: &[IpAddr], spec: PortSpec, log: &mut Recorder) -> Result<Goodbye, Stop> {
    let tcp = connect(ctx, addresses, spec.port, log).await?;
    let tls = match spec.security {
        Security::ImplicitTls => {
            let stream = Box::pin(handshake(ctx, tcp, spec.security, log)).await?;
            let mut tls = Session::new(stream, ctx, log);
            tls.greeting().await?;
            tls.ehlo(Step::EhloTls).await?;
            tls
        }
        Security::StartTls => {
            let mut plain = Session::new(tcp, ctx, log);
            plain.greeting().await?;
            let caps = plain.ehlo(Step::Ehlo).await?;
            if !caps.has(Extension::StartTls) {
                plain.log.begin(Step::StartTls);
                return Err(plain.stop(FailureKind::StartTlsNotOffered, "the EHLO reply has no STARTTLS"));
            }
            let mut tls = Box::pin(plain.start_tls()).await?;
            tls.ehlo(Step::EhloTls).await?;
            tls
        }
        Security::Plain => {
            let mut plain = Session::new(tcp, ctx, log);
            plain.greeting().await?;
            plain.ehlo(Step::Ehlo).await?;
            if ctx.login.is_some() {
                // Never a password over a plain connection.
                plain.log.begin(Step::Login);
                return Err(plain.stop(FailureKind::LoginNotSafe, "the connection is not encrypted"));
            }
            return Ok(plain.goodbye());
        }
    };
    let Some(plan) = ctx.login else { return Ok(tls.goodbye()) };
    let logged_in = Box::pin(tls.login(plan)).await?;
    match &plan.test_message {
        Some(message) => Ok(Box::pin(logged_in.send_test_message(message)).await?.goodbye()),
        None => Ok(logged_in.goodbye()),
    }
}

/// Connects with Happy Eyeballs across `addresses`, recording every attempt.
async fn connect(ctx: Ctx<'_>, addresses: &[IpAddr], port: u16, log: &mut Recorder) -> Result<TcpStream, Failure> {
    log.begin(Step::Connect);
    let limit = ctx.settings.connect_timeout;
    let race = connect::race(addresses, port, connect::ATTEMPT_DELAY, limit).await;
    let unused = |o: ConnectOutcome| matches!(o, ConnectOutcome::Connected | ConnectOutcome::NotTried);
    for attempt in race.attempts.iter().filter(|a| !unused(a.outcome)) {
        log.note(format!("{}: {}", SocketAddr::new(attempt.ip, port), attempt.outcome.label()));
    }
    if race.attempts.len() > 1 {
        log.facts.attempts = race.attempts;
    }
    match (race.connected, race.last_error) {
        (Some((stream, ip)), _) => {
            let addr = SocketAddr::new(ip, port);
            log.facts.address = ip;
            log.finish(true, format!("connected to {addr}"));
            log.note(format!("connected to {addr}"));
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
        (None, Some(e)) => {
            use std::io::ErrorKind;
            let (kind, message) = match e.kind() {
                ErrorKind::ConnectionRefused => (FailureKind::ConnectionRefused, e.to_string()),
                ErrorKind::TimedOut => (FailureKind::ConnectTimeout, format!("no answer within {} s", limit.as_secs())),
                ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => (FailureKind::Unreachable, e.to_string()),
                _ => (FailureKind::Other, e.to_string()),
            };
            Err(log.fail(kind, message))
        }
        (None, None) => Err(log.fail(FailureKind::NotAllowed, "no address to connect to")),
    }
}

/// The TLS handshake on a bare TCP stream: first thing on an implicit-TLS port, right after
/// `220` to STARTTLS otherwise. The certificate's verdict is recorded, not enforced.
async fn handshake(ctx: Ctx<'_>, tcp: TcpStream, security: Security, log: &mut Recorder) -> Result<Tls, Failure> {
    // Its turn among all probes' handshakes (see `ProbeSettings::handshakes`); the wait is
    // not the handshake's time, and the probe's own total limit bounds it.
    let turn = ctx.settings.handshakes.acquire().await.ok();
    log.begin(Step::Tls);
    let name = match ServerName::try_from(ctx.server_name.to_owned()) {
        Ok(name) => name,
        Err(_) => {
            let mut failure = log.fail(FailureKind::TlsFailed, "the server name is not valid for TLS");
            failure.tls = Some(TlsProblem::InvalidName);
            return Err(failure);
        }
    };
    let connector = tokio_rustls::TlsConnector::from(ctx.settings.tls.probe_config());
    let limit = ctx.settings.reply_timeout;
    // Boxed, so the wait for the turn above does not carry room for the handshake.
    let mut connect = Box::pin(tokio::time::timeout(limit, connector.connect(name.clone(), tcp)));
    let finished = tokio::select! {
        result = &mut connect => Some(result),
        () = tokio::time::sleep(super::HANDSHAKE_TURN) => None,
    };
    drop(turn);
    let result = match finished {
        Some(result) => result,
        None => connect.await,
    };
    let stream = match result {
        Ok(Ok(stream)) => stream,
        Err(_) => return Err(log.fail(FailureKind::Timeout, format!("no handshake within {} s", limit.as_secs()))),
        Ok(Err(e)) => {
            let (kind, problem, message) = handshake_failure(&e, security);
            let mut failure = log.fail(kind, message);
            failure.tls = problem;
            return Err(failure);
        }
    };
    let verdict = ctx.settings.tls.verdict(stream.get_ref().1.peer_certificates(), &name);
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
    Ok(Box::new(stream))
}

/// Classifies a failed handshake by the rustls error inside the I/O error (tokio-rustls
/// wraps it), never by its text: the kind, why (for a failed handshake) and the English
/// words for the transcript.
fn handshake_failure(error: &std::io::Error, security: Security) -> (FailureKind, Option<TlsProblem>, String) {
    use rustls::InvalidMessage;
    let Some(tls_error) = error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) else {
        return match error.kind() {
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
                (FailureKind::Closed, None, "the server closed the connection during the TLS handshake".to_owned())
            }
            _ => (FailureKind::TlsFailed, Some(TlsProblem::Other), format!("the TLS handshake failed: {error}")),
        };
    };
    let plain_text = matches!(
        tls_error,
        rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType | InvalidMessage::UnknownProtocolVersion)
    );
    if plain_text && security == Security::ImplicitTls {
        (FailureKind::WrongSecurityMode, None, "the server answered in plain text, not TLS".to_owned())
    } else {
        let (problem, message) = tls::handshake_problem(tls_error);
        (FailureKind::TlsFailed, Some(problem), message)
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

    /// Ends the current step as failed, on a connection no longer fit for QUIT.
    fn fail(&mut self, kind: FailureKind, message: impl Into<String>) -> Failure {
        self.log.fail(kind, message)
    }

    /// Ends the current step as failed by the server's `reply` (kept with the failure, so its
    /// words can be quoted); `lead` introduces it in the transcript.
    fn refused(&mut self, kind: FailureKind, reply: &Reply, lead: &str) -> Failure {
        let mut failure = self.fail(kind, format!("{lead}{} {}", reply.code, reply.text()));
        failure.reply = Some(reply.clone());
        failure
    }

    /// Ends the current step as failed and the conversation with it, politely: the
    /// server answered, so QUIT is said once the verdict is out.
    fn stop(mut self, kind: FailureKind, message: impl Into<String>) -> Stop
    where
        S: Send + 'static,
    {
        let failure = self.fail(kind, message);
        Stop { failure, goodbye: Some(self.goodbye()) }
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
        self.send_secret(command, command).await
    }

    /// Sends a command that carries a secret; the transcript gets `shown` instead.
    async fn send_secret(&mut self, command: &str, shown: &str) -> Result<(), Failure> {
        self.write(format!("{command}\r\n").as_bytes(), shown).await
    }

    /// Sends a message's text after DATA, then the end-of-data line.
    async fn send_data(&mut self, text: &str) -> Result<(), Failure> {
        self.write(format!("{text}.\r\n").as_bytes(), ".").await
    }

    async fn write(&mut self, bytes: &[u8], shown: &str) -> Result<(), Failure> {
        self.log.client(shown);
        match self.conv.send_raw(bytes, self.ctx.settings.reply_timeout).await {
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
        self.ctx.greeted.store(true, std::sync::atomic::Ordering::Relaxed);
        let ok = reply.code == 220;
        let outcome = if ok {
            self.log.finish(true, first_line(&reply));
            Ok(())
        } else {
            let kind = if reply.is_positive() { FailureKind::Protocol } else { FailureKind::Refused };
            Err(self.refused(kind, &reply, ""))
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
            return Err(self.refused(FailureKind::Refused, &reply, "EHLO: "));
        } else {
            self.send(&format!("HELO {name}")).await?;
            let helo = self.read().await?;
            if helo.code != 250 {
                return Err(self.refused(FailureKind::HeloRefused, &helo, "EHLO and HELO refused: "));
            }
            self.log.facts.used_helo = true;
            self.log.finish(true, "EHLO refused; HELO accepted (no extensions)");
            Capabilities::from_ehlo(&helo)
        };
        let slot = if step == Step::EhloTls { &mut self.log.facts.ehlo_tls } else { &mut self.log.facts.ehlo_plain };
        *slot = Some(caps.clone());
        Ok(caps)
    }

    /// Ends the session: the QUIT to say once the verdict is out. A server that does not
    /// answer it changes nothing.
    fn goodbye(self) -> Goodbye
    where
        S: Send + 'static,
    {
        let mut conv = self.conv;
        let limit = self.ctx.settings.reply_timeout.min(Duration::from_secs(3));
        Goodbye(Box::pin(async move {
            if conv.send("QUIT", limit).await.is_ok() {
                let _ = conv.read_reply(limit).await;
            }
        }))
    }
}

impl<'a> Session<'a, TcpStream> {
    /// STARTTLS and the handshake: consumes the plain session and returns a fresh one
    /// inside TLS. Any byte received after the `220` and before the handshake ends the
    /// session: it could only have been injected (the CVE-2011-0411 class).
    async fn start_tls(mut self) -> Result<Session<'a, Tls>, Stop> {
        self.log.begin(Step::StartTls);
        if !self.conv.buffered().is_empty() {
            let message = format!("{} byte(s) arrived unasked before STARTTLS", self.conv.buffered().len());
            return Err(self.fail(FailureKind::DataAfterStartTls, message).into());
        }
        self.send("STARTTLS").await?;
        let reply = self.read().await?;
        if reply.code != 220 {
            let failure = self.refused(FailureKind::StartTlsRefused, &reply, "");
            return Err(Stop { failure, goodbye: Some(self.goodbye()) });
        }
        let Session { conv, ctx, log } = self;
        let (tcp, leftover) = conv.into_parts();
        if !leftover.is_empty() {
            let message = format!(
                "{} byte(s) arrived after \"220\" and before the TLS handshake: \"{}\"",
                leftover.len(),
                email_settings::smtp::reply::printable(&leftover[..leftover.len().min(80)])
            );
            // Dropped without QUIT: the plain channel is not trusted any more.
            return Err(log.fail(FailureKind::DataAfterStartTls, message).into());
        }
        log.finish(true, first_line(&reply));
        let stream = handshake(ctx, tcp, Security::StartTls, log).await?;
        // A fresh conversation: nothing from before TLS is trusted or reused.
        Ok(Session::new(stream, ctx, log))
    }
}

impl<'a> Session<'a, Tls> {
    /// The login: consumes the TLS session and returns the logged-in one. The secret is sent
    /// only if the certificate is trusted and made out to the server's name.
    async fn login(mut self, plan: &LoginPlan) -> Result<LoggedIn<'a>, Stop> {
        self.log.begin(Step::Login);
        if let Some(risk) = LoginRisk::of(self.log.facts.tls.as_ref()) {
            let reason = match risk {
                LoginRisk::Untrusted => "the certificate is not trusted",
                LoginRisk::WrongName => "the certificate is not made out to this server name",
                LoginRisk::Plain | LoginRisk::Other => "the connection is not encrypted",
            };
            return Err(self.stop(FailureKind::LoginNotSafe, reason));
        }
        let offered = self.log.facts.ehlo_tls.as_ref().map(|c| c.auth).unwrap_or_default();
        let Some(mechanism) = choose_mechanism(offered, plan.secret.kind()) else {
            return Err(self.stop(FailureKind::NoCommonMechanism, "no login method that fits was offered"));
        };
        let user = plan.user.as_str();
        let secret = plan.secret.expose();
        let mut reply = match mechanism {
            LoginMechanism::Plain => {
                let command = format!("AUTH PLAIN {}", auth::plain(user, secret));
                self.send_secret(&command, "AUTH PLAIN ****").await?;
                self.read().await?
            }
            LoginMechanism::Login => {
                self.send("AUTH LOGIN").await?;
                let mut reply = self.read().await?;
                if reply.code == 334 {
                    self.send(&auth::login_field(user)).await?;
                    reply = self.read().await?;
                    if reply.code == 334 {
                        self.send_secret(&auth::login_field(secret), "****").await?;
                        reply = self.read().await?;
                    }
                }
                reply
            }
            LoginMechanism::OAuthBearer | LoginMechanism::XOAuth2 => {
                let response = if mechanism == LoginMechanism::OAuthBearer {
                    auth::oauthbearer(user, secret)
                } else {
                    auth::xoauth2(user, secret)
                };
                let name = mechanism.sasl();
                self.send_secret(&format!("AUTH {name} {response}"), &format!("AUTH {name} ****")).await?;
                self.read().await?
            }
            // A mechanism the library learns before this proxy does: not offered as a fit.
            _ => return Err(self.stop(FailureKind::NoCommonMechanism, "no login method that fits was offered")),
        };
        if reply.code == 334 {
            // A token refused with an error challenge: an empty response (XOAUTH2) or %x01
            // (OAUTHBEARER, RFC 7628 §3.2.3) asks for the final reply.
            let ack = if mechanism == LoginMechanism::OAuthBearer { "AQ==" } else { "" };
            self.send(ack).await?;
            reply = self.read().await?;
        }
        let accepted = reply.code == 235;
        let detail = first_line(&reply);
        self.log.facts.login =
            Some(LoginFacts { user: user.to_owned(), mechanism: Some(mechanism.sasl()), accepted, reply: Some(reply) });
        if accepted {
            self.log.finish(true, detail);
            Ok(LoggedIn(self))
        } else {
            Err(self.stop(FailureKind::LoginRefused, detail))
        }
    }
}

/// A TLS session after a successful login: the only state that can send a test message.
#[derive(Debug)]
struct LoggedIn<'a>(Session<'a, Tls>);

impl<'a> LoggedIn<'a> {
    /// MAIL FROM, RCPT TO, DATA and the message, from the login's own address to itself;
    /// the server's queue id from its reply. An address with letters outside ASCII goes
    /// only with SMTPUTF8, when the server offers it.
    async fn send_test_message(mut self, plan: &super::MessagePlan) -> Result<LoggedIn<'a>, Stop> {
        let session = &mut self.0;
        session.log.begin(Step::TestMessage);
        let offers_utf8 = session.log.facts.ehlo_tls.as_ref().is_some_and(|caps| caps.has(Extension::SmtpUtf8));
        if plan.needs_smtputf8 && !offers_utf8 {
            let message =
                "the address has letters outside ASCII and the server does not offer SMTPUTF8; nothing was sent";
            return Err(self.0.stop(FailureKind::MessageRefused, message));
        }
        let address = plan.address.as_str();
        let mut stage = SendStage::MailFrom;
        let utf8 = if plan.needs_smtputf8 { " SMTPUTF8" } else { "" };
        session.send(&format!("MAIL FROM:<{address}>{utf8}")).await?;
        let mut reply = session.read().await?;
        if reply.code == 250 {
            stage = SendStage::RcptTo;
            session.send(&format!("RCPT TO:<{address}>")).await?;
            reply = session.read().await?;
        }
        if matches!(reply.code, 250 | 251) {
            stage = SendStage::Data;
            session.send("DATA").await?;
            reply = session.read().await?;
        }
        if reply.code == 354 {
            stage = SendStage::Message;
            let now = time::OffsetDateTime::now_utc();
            let date = now.format(&time::format_description::well_known::Rfc2822).unwrap_or_default();
            // Unique without saying anything about this process: the time and a random number.
            let message_id =
                format!("{}.{:016x}@{}", now.unix_timestamp(), random_u64(), session.ctx.settings.ehlo_name);
            let text =
                TestMessage { address, date: &date, message_id: &message_id, utf8: plan.needs_smtputf8 }.to_wire();
            session.log.note(format!("(the test message: {} lines)", text.lines().count()));
            session.send_data(&text).await?;
            reply = session.read().await?;
        }
        let accepted = stage == SendStage::Message && reply.code == 250;
        let detail = first_line(&reply);
        session.log.facts.test_message = Some(TestMessageFacts {
            from: plan.address.clone(),
            to: plan.address.clone(),
            accepted,
            stage,
            queue_id: if accepted { queue_id(&reply) } else { None },
            reply: Some(reply),
        });
        if accepted {
            session.log.finish(true, detail);
            Ok(self)
        } else {
            Err(self.0.stop(FailureKind::MessageRefused, detail))
        }
    }

    fn goodbye(self) -> Goodbye {
        self.0.goodbye()
    }
}

/// A random number (ring's system random; the time's nanoseconds if it fails).
fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    match ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes) {
        Ok(()) => u64::from_le_bytes(bytes),
        Err(_) => u64::from(time::OffsetDateTime::now_utc().nanosecond()),
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
