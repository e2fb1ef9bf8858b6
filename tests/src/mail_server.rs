//! A real Postfix with Dovecot SASL, in its own directory, on its own loopback address.
//!
//! Each instance binds the real submission ports (25, 465, 587) on a loopback address of its
//! own (`127.77.x.y`), so tests see true port semantics and never clash with each other or
//! with a system mail server on 127.0.0.1. The set-up mirrors a typical provider:
//! - 25: STARTTLS offered, no AUTH (server-to-server relay);
//! - 465: implicit TLS, AUTH PLAIN LOGIN;
//! - 587: STARTTLS required, AUTH only after TLS (`smtpd_tls_auth_only = yes`).
//!
//! Any user logs in with [`PASSWORD`]; accepted mail is logged with its queue id and
//! discarded, never delivered.
//!
//! Postfix's master needs root (it binds low ports and runs its daemons as `postfix`).

use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use crate::pki::{SERVER_NAME, TestPki};

/// A running Postfix + Dovecot; stopped when dropped.
#[derive(Debug)]
pub struct MailServer {
    /// The loopback address all ports listen on.
    pub ip: Ipv4Addr,
    /// The name in the server's certificate.
    pub name: &'static str,
    /// The CA that signed the certificate (PEM file), for `--ca-file`.
    pub ca_file: PathBuf,
    pub pki: TestPki,
    dir: PathBuf,
    postfix: Child,
    dovecot: Child,
}

static INSTANCE: AtomicU32 = AtomicU32::new(0);

/// The password Dovecot accepts for any user of the test server.
pub const PASSWORD: &str = "only-for-tests";

/// Why the mail server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "Postfix and Dovecot are not installed (Debian: apt-get install postfix dovecot-core); `cargo xtask test` installs them"
    )]
    NotInstalled,
    #[error("the Postfix tests must run as root (Postfix's master binds ports 25/465/587 and switches users)")]
    NotRoot,
    #[error("{0}")]
    Failed(String),
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl MailServer {
    /// Starts an instance and waits until every port accepts connections.
    pub fn start() -> Result<MailServer, StartError> {
        if !Path::new("/usr/lib/postfix/sbin/master").exists() || !Path::new("/usr/sbin/dovecot").exists() {
            return Err(StartError::NotInstalled);
        }
        if !is_root() {
            return Err(StartError::NotRoot);
        }
        let failed = |what: &str, e: &dyn std::fmt::Display| StartError::Failed(format!("{what}: {e}"));
        let n = INSTANCE.fetch_add(1, Ordering::SeqCst);
        let pid = std::process::id();
        let ip = Ipv4Addr::new(127, 77, (pid % 250) as u8 + 1, (n % 250) as u8 + 1);
        let dir = std::env::temp_dir().join(format!("mailsetup-postfix-{pid}-{n}"));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["conf", "queue", "data", "dovecot/run", "dovecot/state"] {
            std::fs::create_dir_all(dir.join(sub)).map_err(|e| failed("creating directories", &e))?;
        }
        let pki = TestPki::new(&[SERVER_NAME]);
        let ca_file = pki.write(&dir).map_err(|e| failed("writing certificates", &e))?;
        let auth_port = free_port().map_err(|e| failed("finding a port for Dovecot", &e))?;

        std::fs::write(dir.join("dovecot/dovecot.conf"), dovecot_conf(&dir, auth_port))
            .map_err(|e| failed("writing dovecot.conf", &e))?;
        std::fs::write(dir.join("conf/main.cf"), main_cf(&dir, auth_port))
            .map_err(|e| failed("writing main.cf", &e))?;
        std::fs::write(dir.join("conf/master.cf"), master_cf(ip)).map_err(|e| failed("writing master.cf", &e))?;

        let status = Command::new("/usr/lib/postfix/sbin/post-install")
            .arg("meta_directory=/etc/postfix")
            .arg(format!("config_directory={}", dir.join("conf").display()))
            .arg("create-missing")
            .stdout(Stdio::null())
            .status()
            .map_err(|e| failed("running post-install", &e))?;
        if !status.success() {
            return Err(StartError::Failed("post-install create-missing failed".into()));
        }
        let _ = Command::new("chown").args(["postfix"]).arg(dir.join("data")).status();

        let dovecot = Command::new("/usr/sbin/dovecot")
            .arg("-F")
            .arg("-c")
            .arg(dir.join("dovecot/dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| failed("starting Dovecot", &e))?;
        let postfix = Command::new("/usr/lib/postfix/sbin/master")
            .arg("-c")
            .arg(dir.join("conf"))
            .arg("-d")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| failed("starting Postfix", &e))?;
        let server = MailServer { ip, name: SERVER_NAME, ca_file, pki, dir, postfix, dovecot };
        let mut waits = vec![SocketAddr::from(([127, 0, 0, 1], auth_port))];
        waits.extend([25, 465, 587].map(|port| SocketAddr::from((ip, port))));
        for addr in waits {
            if !wait_for_port(addr, Duration::from_secs(15)) {
                return Err(StartError::Failed(format!(
                    "{addr} did not start listening; Postfix log:\n{}",
                    server.log()
                )));
            }
        }
        Ok(server)
    }

    /// Postfix's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("postfix.log")).unwrap_or_default()
    }

    pub fn addr(&self, port: u16) -> SocketAddr {
        SocketAddr::from((self.ip, port))
    }
}

impl Drop for MailServer {
    fn drop(&mut self) {
        for child in [&mut self.postfix, &mut self.dovecot] {
            let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        for child in [&mut self.postfix, &mut self.dovecot] {
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_for_port(addr: SocketAddr, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn main_cf(dir: &Path, auth_port: u16) -> String {
    let d = dir.display();
    format!(
        "compatibility_level = 3.6
queue_directory = {d}/queue
data_directory = {d}/data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = {SERVER_NAME}
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
alias_maps =
alias_database =
maillog_file = {d}/postfix.log
maillog_file_prefixes = {d}
smtpd_banner = $myhostname ESMTP mailsetup test server
smtpd_tls_cert_file = {d}/cert.pem
smtpd_tls_key_file = {d}/key.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:{auth_port}
smtpd_sasl_auth_enable = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# Accepted mail is logged and dropped: the test server never delivers anywhere.
default_transport = discard:test harness
"
    )
}

fn master_cf(ip: Ipv4Addr) -> String {
    format!(
        "{ip}:25 inet n - n - - smtpd
{ip}:587 inet n - n - - smtpd -o smtpd_tls_security_level=encrypt -o smtpd_sasl_auth_enable=yes -o smtpd_tls_auth_only=yes
{ip}:465 inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_sasl_auth_enable=yes
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"
    )
}

fn dovecot_conf(dir: &Path, auth_port: u16) -> String {
    let d = dir.display();
    format!(
        "base_dir = {d}/dovecot/run
state_dir = {d}/dovecot/state
log_path = {d}/dovecot/dovecot.log
protocols =
listen = 127.0.0.1
ssl = no
auth_mechanisms = plain login
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}}
service auth {{
  inet_listener auth-postfix {{
    address = 127.0.0.1
    port = {auth_port}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"
    )
}
