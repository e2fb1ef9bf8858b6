//! The cool-down caches: a repeat of a recent probe (same address and name, same ports) or
//! discovery (same domain) within the window gets the earlier result instead of new
//! connections. This keeps a popular page from hammering one mail server, makes repeated
//! clicks free, and is keyed by what is really connected to, so other spellings of a host
//! and names from a wildcard zone that resolve to the same address share an entry.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use email_settings::discovery::DiscoverResponse;
use mailsetup_shared::wire::{PortSpec, ProbeResponse};
use tokio::time::Instant;

use crate::probe::PreparedProbe;
use crate::probe::connect::connect_order;

/// Most entries kept; the oldest go first. A report is at most a few hundred KiB, so a
/// cache stays within tens of MiB.
const CAPACITY: usize = 256;

/// Recent results by key.
#[derive(Debug)]
pub struct Cache<K, V> {
    window: Duration,
    entries: Mutex<HashMap<K, (Instant, Arc<V>)>>,
}

/// What a probe connects to: the addresses it may try, the name it checks the
/// certificate against, and the ports (each sorted, so any order is the same probe).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct ProbeKey {
    pub addresses: Vec<IpAddr>,
    pub server_name: String,
    pub ports: Vec<PortSpec>,
}

impl ProbeKey {
    pub fn of(probe: &PreparedProbe) -> ProbeKey {
        let mut addresses = connect_order(&probe.target.addresses);
        addresses.sort();
        let mut ports = probe.ports.clone();
        ports.sort_by_key(|p| p.port);
        ProbeKey { addresses, server_name: probe.target.host.server_name(), ports }
    }
}

/// Recent probe results.
pub type ProbeCache = Cache<ProbeKey, ProbeResponse>;

/// Recent discoveries, by the domain's ASCII form.
pub type DiscoverCache = Cache<String, DiscoverResponse>;

impl<K: Hash + Eq + Clone, V: Clone> Cache<K, V> {
    /// A cache keeping results for `window` (zero turns caching off).
    pub fn new(window: Duration) -> Cache<K, V> {
        Cache { window, entries: Mutex::new(HashMap::new()) }
    }

    /// The cached result, if one is younger than the window.
    pub fn get(&self, key: &K) -> Option<V> {
        if self.window.is_zero() {
            return None;
        }
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let (at, value) = entries.get(key)?;
        let value = (at.elapsed() < self.window).then(|| value.clone())?;
        drop(entries);
        Some((*value).clone())
    }

    pub fn put(&self, key: K, value: &V) {
        if self.window.is_zero() {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let window = self.window;
        entries.retain(|_, (at, _)| at.elapsed() < window);
        if entries.len() >= CAPACITY
            && let Some(oldest) = entries.iter().min_by_key(|(_, (at, _))| *at).map(|(k, _)| k.clone())
        {
            entries.remove(&oldest);
        }
        entries.insert(key, (Instant::now(), Arc::new(value.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::StaticDns;
    use crate::guard::TargetPolicy;
    use mailsetup_shared::wire::PortRequest;

    async fn key(host: &str, ports: &[u16]) -> ProbeKey {
        let dns = StaticDns::default()
            .with_address("mail.example.org", "8.8.8.8".parse().unwrap())
            .with_address("alias.example.org", "8.8.8.8".parse().unwrap())
            .with_address("elsewhere.example.org", "8.8.4.4".parse().unwrap());
        let ports: Vec<PortSpec> = ports.iter().map(|&p| PortRequest::Port(p).spec()).collect();
        ProbeKey::of(&crate::probe::prepare(&dns, &TargetPolicy::default(), host, &ports).await.unwrap())
    }

    #[tokio::test(start_paused = true)]
    async fn repeats_within_the_window_are_served_from_the_cache() {
        let cache: Cache<ProbeKey, u32> = Cache::new(Duration::from_secs(60));
        let first = key("mail.example.org", &[465]).await;
        assert!(cache.get(&first).is_none());
        cache.put(first.clone(), &1);
        assert_eq!(cache.get(&key("MAIL.example.org", &[465]).await), Some(1));
        assert_eq!(cache.get(&key("  mail.example.org. ", &[465]).await), Some(1), "spaces and a trailing dot");
        cache.put(key("mail.example.org", &[465, 587]).await, &2);
        assert_eq!(cache.get(&key("mail.example.org", &[587, 465]).await), Some(2), "port order does not matter");
        assert!(cache.get(&key("mail.example.org", &[587]).await).is_none(), "other ports miss");
        assert!(cache.get(&key("alias.example.org", &[465]).await).is_none(), "another certificate name misses");
        assert!(cache.get(&key("elsewhere.example.org", &[465]).await).is_none());
        tokio::time::advance(Duration::from_secs(61)).await;
        assert!(cache.get(&first).is_none(), "expired");
        let off: Cache<ProbeKey, u32> = Cache::new(Duration::ZERO);
        off.put(first.clone(), &1);
        assert!(off.get(&first).is_none());
    }
}
