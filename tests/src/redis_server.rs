//! A real `redis-server` for the tests of limits shared across instances: on 127.0.0.1, on
//! a free port, with no persistence (no RDB snapshots, no append-only file) and its
//! working directory in a temporary directory. Killed and cleaned up when dropped.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's `redis-server` package puts the server.
const REDIS_SERVER: &str = "/usr/bin/redis-server";

/// A running `redis-server`; killed when dropped.
#[derive(Debug)]
pub struct RedisServer {
    pub addr: SocketAddr,
    child: Option<Child>,
    dir: PathBuf,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum RedisStartError {
    #[error("redis-server is not installed (Debian: apt-get install redis-server); `cargo xtask test` installs it")]
    NotInstalled,
    #[error("{0}")]
    Failed(String),
}

impl RedisServer {
    pub fn start() -> Result<RedisServer, RedisStartError> {
        if !Path::new(REDIS_SERVER).exists() {
            return Err(RedisStartError::NotInstalled);
        }
        let failed = |what: &str, e: std::io::Error| RedisStartError::Failed(format!("{what}: {e}"));
        // A free port: bound and released at once (redis-server cannot be told port 0).
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| failed("port", e))?.port();
        let dir = std::env::temp_dir().join(format!("mailsetup-redis-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| failed("directory", e))?;
        let mut server = RedisServer { addr: SocketAddr::from(([127, 0, 0, 1], port)), child: None, dir };
        server.restart()?;
        Ok(server)
    }

    /// Starts the server again on the same port (after [`RedisServer::kill`]), empty.
    pub fn restart(&mut self) -> Result<(), RedisStartError> {
        self.kill();
        let child = Command::new(REDIS_SERVER)
            .args(["--bind", "127.0.0.1", "--port", &self.addr.port().to_string(), "--save", "", "--appendonly", "no"])
            .args(["--protected-mode", "yes", "--daemonize", "no", "--loglevel", "warning"])
            .arg("--dir")
            .arg(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| RedisStartError::Failed(format!("starting redis-server: {e}")))?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.answers() {
            if Instant::now() > deadline {
                return Err(RedisStartError::Failed(format!("redis-server did not answer on {}", self.addr)));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }

    /// `redis://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("redis://{}/", self.addr)
    }

    /// Whether it answers PING now.
    pub fn answers(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect_timeout(&self.addr, Duration::from_millis(500)) else { return false };
        let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
        let mut reply = [0u8; 7];
        stream.write_all(b"PING\r\n").is_ok() && stream.read_exact(&mut reply).is_ok() && &reply == b"+PONG\r\n"
    }

    /// Kills the server now (the tests of an unreachable store).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
