//! Connecting as real clients do: Happy Eyeballs (RFC 8305). Addresses are tried in the
//! order §4 gives (families interleaved, IPv6 first), a new attempt starting every
//! [`ATTEMPT_DELAY`] or as soon as one fails, and the first connection made wins. Every
//! attempt is reported, so one dead node of a pool shows.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use mailsetup_shared::wire::{AddressInfo, ConnectAttempt, ConnectOutcome};
use tokio::net::TcpStream;
use tokio::task::JoinSet;

use super::recorder::millis;

/// RFC 8305 §5's recommended Connection Attempt Delay.
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);

/// The addresses to try, in order: those the guard allowed (and, for IPv6, that the machine
/// has a route to), IPv6 and IPv4 interleaved, IPv6 first (RFC 8305 §4).
pub fn connect_order(addresses: &[AddressInfo]) -> Vec<IpAddr> {
    let usable = addresses.iter().filter(|a| a.refused.is_none() && a.reachable != Some(false)).map(|a| a.ip);
    let (mut v6, mut v4): (Vec<IpAddr>, Vec<IpAddr>) = usable.partition(IpAddr::is_ipv6);
    v6.reverse();
    v4.reverse();
    let mut order = Vec::with_capacity(v6.len() + v4.len());
    while !v6.is_empty() || !v4.is_empty() {
        order.extend(v6.pop());
        order.extend(v4.pop());
    }
    order
}

/// A connection, or why none could be made; with every attempt either way.
#[derive(Debug)]
pub struct Race {
    pub connected: Option<(TcpStream, IpAddr)>,
    pub attempts: Vec<ConnectAttempt>,
    /// The error of the last attempt to fail, when none succeeded.
    pub last_error: Option<io::Error>,
}

/// Races connections to `addresses` (in that order) on `port`; each attempt gets `limit`.
pub async fn race(addresses: &[IpAddr], port: u16, delay: Duration, limit: Duration) -> Race {
    let mut attempts: Vec<ConnectAttempt> =
        addresses.iter().map(|&ip| ConnectAttempt { ip, outcome: ConnectOutcome::NotTried, ms: 0 }).collect();
    let mut running = JoinSet::new();
    let mut next = 0;
    let mut last_error = None;
    let started = tokio::time::Instant::now();
    loop {
        if next < addresses.len() && running.is_empty() {
            spawn_attempt(&mut running, next, SocketAddr::new(addresses[next], port), limit);
            next += 1;
        }
        if running.is_empty() {
            return Race { connected: None, attempts, last_error };
        }
        let timer = tokio::time::sleep(delay);
        tokio::select! {
            Some(joined) = running.join_next() => {
                let Ok((index, result)) = joined else { continue };
                let ms = millis(started.elapsed());
                match result {
                    Ok(stream) => {
                        attempts[index] = ConnectAttempt { ip: addresses[index], outcome: ConnectOutcome::Connected, ms };
                        for attempt in attempts.iter_mut().filter(|a| a.outcome == ConnectOutcome::Trying) {
                            attempt.outcome = ConnectOutcome::Abandoned;
                        }
                        running.abort_all();
                        return Race { connected: Some((stream, addresses[index])), attempts, last_error: None };
                    }
                    Err(error) => {
                        attempts[index] = ConnectAttempt { ip: addresses[index], outcome: outcome_of(&error), ms };
                        last_error = Some(error);
                    }
                }
            }
            () = timer, if next < addresses.len() => {
                spawn_attempt(&mut running, next, SocketAddr::new(addresses[next], port), limit);
                next += 1;
            }
        }
        for (index, attempt) in attempts.iter_mut().enumerate().take(next) {
            if attempt.outcome == ConnectOutcome::NotTried {
                attempt.outcome = ConnectOutcome::Trying;
                attempt.ip = addresses[index];
            }
        }
    }
}

fn spawn_attempt(set: &mut JoinSet<(usize, io::Result<TcpStream>)>, index: usize, addr: SocketAddr, limit: Duration) {
    set.spawn(async move {
        let result = match tokio::time::timeout(limit, TcpStream::connect(addr)).await {
            Ok(result) => result,
            Err(_) => Err(io::Error::new(io::ErrorKind::TimedOut, "no answer")),
        };
        (index, result)
    });
}

fn outcome_of(error: &io::Error) -> ConnectOutcome {
    match error.kind() {
        io::ErrorKind::ConnectionRefused => ConnectOutcome::Refused,
        io::ErrorKind::TimedOut => ConnectOutcome::TimedOut,
        io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable => ConnectOutcome::Unreachable,
        _ => ConnectOutcome::Failed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(ip: &str, refused: bool, reachable: Option<bool>) -> AddressInfo {
        AddressInfo { ip: ip.parse().unwrap(), refused: refused.then(|| "no".to_owned()), reachable }
    }

    #[test]
    fn families_interleave_ipv6_first_and_refused_ones_are_skipped() {
        let addresses = [
            info("192.0.2.1", false, None),
            info("192.0.2.2", false, None),
            info("192.0.2.3", true, None),
            info("2001:db8::1", false, Some(true)),
            info("2001:db8::2", false, Some(false)),
            info("2001:db8::3", false, Some(true)),
        ];
        let order: Vec<String> = connect_order(&addresses).iter().map(IpAddr::to_string).collect();
        assert_eq!(order, ["2001:db8::1", "192.0.2.1", "2001:db8::3", "192.0.2.2"]);
    }

    #[tokio::test]
    async fn a_dead_address_is_reported_and_the_live_one_wins() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // Nothing listens on 127.0.0.2 at this port: refused at once.
        let addresses: Vec<IpAddr> = vec!["127.0.0.2".parse().unwrap(), "127.0.0.1".parse().unwrap()];
        let race = race(&addresses, port, ATTEMPT_DELAY, Duration::from_secs(2)).await;
        let (_, ip) = race.connected.expect("connected through the live address");
        assert_eq!(ip, addresses[1]);
        let outcomes: Vec<ConnectOutcome> = race.attempts.iter().map(|a| a.outcome).collect();
        assert_eq!(outcomes, [ConnectOutcome::Refused, ConnectOutcome::Connected]);
        // The failure started the next attempt at once, not after the delay.
        assert!(race.attempts[1].ms < ATTEMPT_DELAY.as_millis() as u64, "{:?}", race.attempts);
    }

    #[tokio::test]
    async fn all_dead_is_no_connection_with_every_attempt_reported() {
        let port = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
        let addresses: Vec<IpAddr> = vec!["127.0.0.2".parse().unwrap(), "127.0.0.3".parse().unwrap()];
        let race = race(&addresses, port, ATTEMPT_DELAY, Duration::from_secs(2)).await;
        assert!(race.connected.is_none());
        assert!(race.attempts.iter().all(|a| a.outcome == ConnectOutcome::Refused), "{:?}", race.attempts);
        assert_eq!(race.last_error.map(|e| e.kind()), Some(io::ErrorKind::ConnectionRefused));
    }
}
