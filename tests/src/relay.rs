//! A TCP relay that adds a fixed one-way delay in each direction, for measuring how many
//! round trips a probe really needs (there is no `tc netem` here). Bytes keep their order
//! and are never held back by each other: each chunk is forwarded `delay` after it arrived.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::time::Instant;

/// A listening relay; stops when dropped.
#[derive(Debug)]
pub struct DelayRelay {
    /// Where to connect to reach `target` through the relay.
    pub addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl DelayRelay {
    /// Relays connections on `listen` (port 0 for any) to `target`, `delay` each way.
    pub async fn start(listen: SocketAddr, target: SocketAddr, delay: Duration) -> std::io::Result<DelayRelay> {
        let listener = TcpListener::bind(listen).await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(target).await else { return };
                    let _ = (client.set_nodelay(true), server.set_nodelay(true));
                    // A network path sends no ACKs of its own: the relay must not hold any
                    // back either (a delayed ACK would stall a sender's Nagle algorithm).
                    let _ = (quick_ack(&client), quick_ack(&server));
                    let (client_read, client_write) = client.into_split();
                    let (server_read, server_write) = server.into_split();
                    tokio::join!(pipe(client_read, server_write, delay), pipe(server_read, client_write, delay));
                });
            }
        });
        Ok(DelayRelay { addr, task })
    }
}

impl Drop for DelayRelay {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Asks the kernel to acknowledge what arrives at once (Linux's `TCP_QUICKACK`, which it
/// turns off again by itself, hence before every read).
fn quick_ack(stream: &TcpStream) -> std::io::Result<()> {
    socket2::SockRef::from(stream).set_tcp_quickack(true)
}

/// Copies `from` to `to`, each chunk `delay` after it was read.
async fn pipe(mut from: tokio::net::tcp::OwnedReadHalf, mut to: tokio::net::tcp::OwnedWriteHalf, delay: Duration) {
    let (tx, mut rx) = mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let writer = async move {
        while let Some((due, chunk)) = rx.recv().await {
            tokio::time::sleep_until(due).await;
            if to.write_all(&chunk).await.is_err() {
                return;
            }
        }
        let _ = to.shutdown().await;
    };
    let reader = async move {
        let mut buffer = vec![0u8; 16 * 1024];
        loop {
            let _ = quick_ack(from.as_ref());
            match from.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => {
                    if tx.send((Instant::now() + delay, buffer[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    };
    tokio::join!(writer, reader);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_round_trip_takes_two_delays() {
        let echo = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let target = echo.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = echo.accept().await.unwrap();
            let mut byte = [0u8; 1];
            while socket.read_exact(&mut byte).await.is_ok() {
                socket.write_all(&byte).await.unwrap();
            }
        });
        let relay = DelayRelay::start("127.0.0.1:0".parse().unwrap(), target, Duration::from_millis(40)).await.unwrap();
        let mut client = TcpStream::connect(relay.addr).await.unwrap();
        let started = Instant::now();
        client.write_all(b"x").await.unwrap();
        let mut byte = [0u8; 1];
        client.read_exact(&mut byte).await.unwrap();
        let elapsed = started.elapsed();
        assert_eq!(&byte, b"x");
        assert!(elapsed >= Duration::from_millis(80), "{elapsed:?}");
    }
}
