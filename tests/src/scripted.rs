//! Scripted SMTP servers for behaviour a real Postfix will not show: slowness, hostility,
//! protocol violations. Each records every line a client sent, so tests can prove what the
//! probe never sends.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

/// A stream that may be plain TCP or TLS.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// One client connection, from the server's side.
pub struct Session {
    reader: BufReader<Box<dyn Io>>,
    received: Arc<Mutex<Vec<String>>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").finish_non_exhaustive()
    }
}

impl Session {
    /// Sends raw bytes (the caller writes the CRLFs).
    pub async fn send(&mut self, bytes: &[u8]) {
        let stream = self.reader.get_mut();
        let _ = stream.write_all(bytes).await;
        let _ = stream.flush().await;
    }

    /// Reads one command line (at most 4 KiB), recording it; `None` when the client is gone.
    pub async fn read_line(&mut self) -> Option<String> {
        let mut line = Vec::new();
        let mut limited = (&mut self.reader).take(4096);
        match limited.read_until(b'\n', &mut line).await {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                let text = String::from_utf8_lossy(&line).trim_end().to_owned();
                self.received.lock().unwrap().push(text.clone());
                Some(text)
            }
        }
    }

    /// Upgrades the connection with a TLS handshake (after a `220` to STARTTLS, or at once
    /// for implicit TLS). Returns false if the handshake failed.
    pub async fn start_tls(&mut self, config: Arc<rustls::ServerConfig>) -> bool {
        // A stand-in while the real stream is moved into the TLS acceptor.
        let placeholder: Box<dyn Io> = Box::new(tokio::io::duplex(1).0);
        let old = std::mem::replace(&mut self.reader, BufReader::new(placeholder));
        let stream = old.into_inner();
        match tokio_rustls::TlsAcceptor::from(config).accept(stream).await {
            Ok(tls) => {
                self.reader = BufReader::new(Box::new(tls));
                true
            }
            Err(_) => false,
        }
    }

    /// Answers commands like a small, correct submission server until QUIT: EHLO with the
    /// given keywords (STARTTLS only before TLS), STARTTLS, and 502 for anything else.
    pub async fn serve_commands(
        &mut self,
        keywords_plain: &[&str],
        keywords_tls: &[&str],
        tls: Option<Arc<rustls::ServerConfig>>,
    ) {
        let mut secure = false;
        while let Some(line) = self.read_line().await {
            let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
            match verb.as_str() {
                "EHLO" => {
                    let keywords = if secure { keywords_tls } else { keywords_plain };
                    let mut reply = String::from("250-scripted.mailsetup.test\r\n");
                    for (i, k) in keywords.iter().enumerate() {
                        let sep = if i + 1 == keywords.len() { ' ' } else { '-' };
                        reply.push_str(&format!("250{sep}{k}\r\n"));
                    }
                    if keywords.is_empty() {
                        reply = "250 scripted.mailsetup.test\r\n".to_owned();
                    }
                    self.send(reply.as_bytes()).await;
                }
                "STARTTLS" if !secure && tls.is_some() => {
                    self.send(b"220 2.0.0 go ahead\r\n").await;
                    if !self.start_tls(tls.clone().expect("checked")).await {
                        return;
                    }
                    secure = true;
                }
                "QUIT" => {
                    self.send(b"221 2.0.0 bye\r\n").await;
                    return;
                }
                _ => self.send(b"502 5.5.2 not here\r\n").await,
            }
        }
    }

    /// Like a submission server inside TLS that offers `auth` after EHLO: answers AUTH with
    /// `login_reply` (asking for each LOGIN field with `334` first), and after a `235` takes
    /// MAIL, RCPT and DATA, answering the end of the message with `data_reply`.
    pub async fn serve_login(&mut self, auth: &str, login_reply: &[u8], data_reply: &[u8]) {
        let mut login_fields = 0;
        while let Some(line) = self.read_line().await {
            let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
            match verb.as_str() {
                "EHLO" => self.send(format!("250-scripted.mailsetup.test\r\n250 {auth}\r\n").as_bytes()).await,
                "AUTH" if line.to_ascii_uppercase().trim_end() == "AUTH LOGIN" => {
                    login_fields = 2;
                    self.send(b"334 VXNlcm5hbWU6\r\n").await;
                }
                "AUTH" => self.send(login_reply).await,
                "MAIL" | "RCPT" => self.send(b"250 2.1.0 Ok\r\n").await,
                "DATA" => {
                    self.send(b"354 End data with <CR><LF>.<CR><LF>\r\n").await;
                    while let Some(line) = self.read_line().await {
                        if line == "." {
                            break;
                        }
                    }
                    self.send(data_reply).await;
                }
                "QUIT" => {
                    self.send(b"221 2.0.0 bye\r\n").await;
                    return;
                }
                _ if login_fields == 2 => {
                    login_fields = 1;
                    self.send(b"334 UGFzc3dvcmQ6\r\n").await;
                }
                _ if login_fields == 1 => {
                    login_fields = 0;
                    self.send(login_reply).await;
                }
                _ => self.send(b"502 5.5.2 not here\r\n").await,
            }
        }
    }
}

/// A listening scripted server; stops when dropped.
#[derive(Debug)]
pub struct ScriptedServer {
    pub addr: SocketAddr,
    received: Arc<Mutex<Vec<String>>>,
    accepted: Arc<Mutex<u32>>,
    task: JoinHandle<()>,
}

impl ScriptedServer {
    /// Listens on 127.0.0.1 (a free port) and runs `handler` for each connection.
    pub async fn start<F, Fut>(handler: F) -> ScriptedServer
    where
        F: Fn(Session) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        ScriptedServer::start_at(SocketAddr::from(([127, 0, 0, 1], 0)), handler).await
    }

    /// Listens on `address` (port 0: a free one), e.g. another loopback address on the port
    /// of a server already running, and runs `handler` for each connection.
    pub async fn start_at<F, Fut>(address: SocketAddr, handler: F) -> ScriptedServer
    where
        F: Fn(Session) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        // The proxy's deep backlog: the load benchmark opens thousands of connections at once.
        let listener = probe_proxy::serve::listen(address).expect("listen on a loopback port");
        let addr = listener.local_addr().expect("local address");
        let received = Arc::new(Mutex::new(Vec::new()));
        let accepted = Arc::new(Mutex::new(0));
        let handler = Arc::new(handler);
        let task = {
            let received = received.clone();
            let accepted = accepted.clone();
            tokio::spawn(async move {
                while let Ok((stream, _)) = listener.accept().await {
                    *accepted.lock().unwrap() += 1;
                    let session = Session::new(stream, received.clone());
                    let handler = handler.clone();
                    tokio::spawn(async move { handler(session).await });
                }
            })
        };
        ScriptedServer { addr, received, accepted, task }
    }

    /// Every line any client sent, in order.
    pub fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    /// How many connections were accepted.
    pub fn connections(&self) -> u32 {
        *self.accepted.lock().unwrap()
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Session {
    fn new(stream: TcpStream, received: Arc<Mutex<Vec<String>>>) -> Session {
        Session { reader: BufReader::new(Box::new(stream)), received }
    }
}

/// Waits, for scripts that stall on purpose.
pub async fn pause(duration: Duration) {
    tokio::time::sleep(duration).await;
}
