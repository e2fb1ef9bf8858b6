//! Limits made for secrets: on a shared proxy that offers the login test
//! (`--allow-login-test`), a password may be tried only a few times a minute and a few
//! dozen times a day, per client network, per account (the user name at the mail server)
//! and per mail server, so the proxy is no password oracle. A refused login costs its
//! account and client more, so guessing slows down after failures. Each port a login is
//! tried on counts as one attempt.
//!
//! The proxy on the person's own computer (`--personal`) applies none of this: the
//! secret is theirs and never passes through anyone else's server.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::limits::Client;

/// One limit: at most `limit` attempts within `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub window: Duration,
    pub limit: u32,
}

const MINUTE: Duration = Duration::from_secs(60);
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// Per client network (an IPv4 address, an IPv6 /64): 3 a minute, 20 a day.
pub const PER_CLIENT: [Window; 2] = [Window { window: MINUTE, limit: 3 }, Window { window: DAY, limit: 20 }];
/// Per account (user name at the mail server's address): 3 a minute, 10 a day.
pub const PER_ACCOUNT: [Window; 2] = [Window { window: MINUTE, limit: 3 }, Window { window: DAY, limit: 10 }];
/// Per mail server address, whoever asks: 20 a minute, 500 a day.
pub const PER_SERVER: [Window; 2] = [Window { window: MINUTE, limit: 20 }, Window { window: DAY, limit: 500 }];
/// What a refused login costs its account and client on top of the attempt itself.
pub const FAILURE_COST: u32 = 2;

/// One login attempt's keys: who asks, which account, which server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginCharge {
    pub client: IpAddr,
    /// `user` lower-cased, then `@` and the server's address: never logged, hashed in Redis.
    pub account: String,
    pub server: IpAddr,
    /// Ports the password will be tried on.
    pub attempts: u32,
}

impl LoginCharge {
    pub fn new(client: Client, user: &str, server: IpAddr, attempts: usize) -> LoginCharge {
        LoginCharge {
            client: client.bucket(),
            account: format!("{} {server}", user.to_lowercase()),
            server,
            attempts: u32::try_from(attempts).unwrap_or(u32::MAX).max(1),
        }
    }

    /// Every (key, window) this charge counts against, with its key's kind.
    pub fn keys(&self) -> Vec<(String, Window)> {
        let mut keys = Vec::with_capacity(6);
        for (kind, material, windows) in [
            ("login-client", self.client.to_string(), PER_CLIENT),
            ("login-account", self.account.clone(), PER_ACCOUNT),
            ("login-server", self.server.to_string(), PER_SERVER),
        ] {
            for window in windows {
                keys.push((format!("{kind}:{}:{material}", window.window.as_secs()), window));
            }
        }
        keys
    }

    /// The keys a failure charges again ([`FAILURE_COST`]): the account's and the client's.
    pub fn failure_keys(&self) -> Vec<(String, Window)> {
        self.keys().into_iter().filter(|(key, _)| !key.starts_with("login-server")).collect()
    }
}

/// Per key, the times of its charges, oldest first.
type Charges = HashMap<String, VecDeque<Instant>>;

/// Sliding windows in this process: per key, the times of its charges; and when the table
/// was last swept.
#[derive(Debug, Default)]
pub struct SlidingWindows {
    table: Mutex<(Charges, Option<Instant>)>,
}

impl SlidingWindows {
    /// Charges `count` to every key, or to none and returns how long until the first key
    /// that is full has room.
    pub fn charge(&self, keys: &[(String, Window)], count: u32) -> Result<(), Duration> {
        let now = Instant::now();
        let mut guard = self.table.lock().unwrap_or_else(|p| p.into_inner());
        let (table, swept) = &mut *guard;
        // Forget expired charges of every key now and then, so the table stays small.
        if swept.is_none_or(|at| now.duration_since(at) >= MINUTE) {
            *swept = Some(now);
            table.retain(|_, times| times.back().is_some_and(|last| now.duration_since(*last) < DAY));
        }
        let mut wait = Duration::ZERO;
        for (key, window) in keys {
            let Some(times) = table.get_mut(key) else {
                if count > window.limit {
                    wait = wait.max(window.window);
                }
                continue;
            };
            while times.front().is_some_and(|at| now.duration_since(*at) >= window.window) {
                times.pop_front();
            }
            let used = u32::try_from(times.len()).unwrap_or(u32::MAX);
            if used.saturating_add(count) > window.limit {
                // Room comes when enough of the oldest charges leave the window.
                let frees = (used.saturating_add(count) - window.limit) as usize;
                let at = times.get(frees.saturating_sub(1).min(times.len().saturating_sub(1))).copied().unwrap_or(now);
                wait = wait.max((at + window.window).saturating_duration_since(now).max(Duration::from_secs(1)));
            }
        }
        if !wait.is_zero() {
            return Err(wait);
        }
        for (key, _) in keys {
            let times = table.entry(key.clone()).or_default();
            times.extend(std::iter::repeat_n(now, count as usize));
        }
        Ok(())
    }

    /// Charges `count` whatever the limits say (a failure's extra cost).
    pub fn add(&self, keys: &[(String, Window)], count: u32) {
        let now = Instant::now();
        let mut guard = self.table.lock().unwrap_or_else(|p| p.into_inner());
        for (key, _) in keys {
            guard.0.entry(key.clone()).or_default().extend(std::iter::repeat_n(now, count as usize));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn charge(client: &str, user: &str, server: &str, attempts: usize) -> LoginCharge {
        LoginCharge::new(Client(client.parse().unwrap()), user, server.parse().unwrap(), attempts)
    }

    #[tokio::test(start_paused = true)]
    async fn an_account_gets_a_few_tries_a_minute_and_fewer_after_failures() {
        let windows = SlidingWindows::default();
        let one = charge("198.51.100.1", "Someone@Example.com", "192.0.2.1", 1);
        for _ in 0..3 {
            assert!(windows.charge(&one.keys(), one.attempts).is_ok());
        }
        let wait = windows.charge(&one.keys(), 1).unwrap_err();
        assert_eq!(wait, MINUTE, "the minute's three are used");
        // Another address asking for the same account is refused too: the account's limit.
        let other_client = charge("203.0.113.9", "someone@example.com", "192.0.2.1", 1);
        assert!(windows.charge(&other_client.keys(), 1).is_err(), "per account, whoever asks");
        tokio::time::advance(MINUTE).await;
        assert!(windows.charge(&other_client.keys(), 1).is_ok());
        // Failures cost more: the day's ten go quickly.
        windows.add(&other_client.failure_keys(), FAILURE_COST);
        tokio::time::advance(MINUTE).await;
        windows.add(&other_client.failure_keys(), FAILURE_COST);
        tokio::time::advance(MINUTE).await;
        // 3 + 1 tries and 2 × 2 for failures: 8 of 10 a day; two more, then none.
        assert!(windows.charge(&one.keys(), 2).is_ok());
        tokio::time::advance(MINUTE).await;
        let wait = windows.charge(&one.keys(), 1).unwrap_err();
        assert!(wait > Duration::from_secs(23 * 3600), "the day's limit: {wait:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn every_port_is_an_attempt_and_a_refusal_charges_nothing() {
        let windows = SlidingWindows::default();
        let four_ports = charge("198.51.100.1", "a@example.com", "192.0.2.1", 4);
        assert!(windows.charge(&four_ports.keys(), four_ports.attempts).is_err(), "4 > 3 a minute");
        let two = charge("198.51.100.1", "a@example.com", "192.0.2.1", 2);
        assert!(windows.charge(&two.keys(), two.attempts).is_ok(), "the refused request charged nothing");
        // A server takes 20 a minute from everyone: 10 clients with 2 accounts each.
        let windows = SlidingWindows::default();
        for n in 0..20 {
            let c = charge(&format!("198.51.100.{}", n / 2), &format!("user{n}@example.com"), "192.0.2.7", 1);
            assert!(windows.charge(&c.keys(), 1).is_ok(), "{n}");
        }
        let c = charge("198.51.100.99", "late@example.com", "192.0.2.7", 1);
        assert!(windows.charge(&c.keys(), 1).is_err(), "the server's minute is full");
    }
}
