//! The per-target cool-down: a repeat of a recent probe (same host, same ports) within the
//! window gets the earlier result, marked as cached, instead of new connections. This keeps
//! a popular page from hammering one mail server and makes repeated clicks free.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailsetup_shared::wire::{PortSpec, ProbeResponse};
use tokio::time::Instant;

/// Most entries kept; the oldest go first. A report is at most a few hundred KiB, so the
/// cache stays within tens of MiB.
const CAPACITY: usize = 256;

/// The normalised host (as [`crate::target::Host`] prints it) and the ports, sorted.
type Key = (String, Vec<PortSpec>);

/// Recent probe results.
#[derive(Debug)]
pub struct ProbeCache {
    window: Duration,
    entries: Mutex<HashMap<Key, (Instant, Arc<ProbeResponse>)>>,
}

impl ProbeCache {
    /// A cache keeping results for `window` (zero turns caching off).
    pub fn new(window: Duration) -> ProbeCache {
        ProbeCache { window, entries: Mutex::new(HashMap::new()) }
    }

    /// The key: every spelling of a host (case, spaces, a trailing dot, Unicode or
    /// punycode) and every order of the same ports is one target.
    pub fn key(host: &str, ports: &[PortSpec]) -> Key {
        let host =
            crate::target::Host::parse(host).map_or_else(|_| host.trim().to_ascii_lowercase(), |h| h.to_string());
        let mut ports = ports.to_vec();
        ports.sort_by_key(|p| p.port);
        (host, ports)
    }

    /// The cached result, if one is younger than the window; marked `cached`.
    pub fn get(&self, host: &str, ports: &[PortSpec]) -> Option<ProbeResponse> {
        if self.window.is_zero() {
            return None;
        }
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let (at, response) = entries.get(&Self::key(host, ports))?;
        let response = (at.elapsed() < self.window).then(|| response.clone())?;
        drop(entries);
        Some(ProbeResponse { cached: true, ..(*response).clone() })
    }

    pub fn put(&self, host: &str, ports: &[PortSpec], response: &ProbeResponse) {
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
        entries.insert(Self::key(host, ports), (Instant::now(), Arc::new(response.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailsetup_shared::wire::PortRequest;

    fn response() -> ProbeResponse {
        ProbeResponse {
            host: "mail.example.org".into(),
            addresses: Vec::new(),
            address: "192.0.2.1".parse().unwrap(),
            reports: Vec::new(),
            total_ms: 5,
            cached: false,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn repeats_within_the_window_are_served_from_the_cache() {
        let cache = ProbeCache::new(Duration::from_secs(60));
        let ports = [PortRequest::Port(465).spec()];
        assert!(cache.get("mail.example.org", &ports).is_none());
        cache.put("mail.example.org", &ports, &response());
        let hit = cache.get("MAIL.example.org", &ports).expect("a hit");
        assert!(hit.cached);
        assert!(cache.get("  mail.example.org. ", &ports).is_some(), "spaces and a trailing dot are the same host");
        let both = [PortRequest::Port(465).spec(), PortRequest::Port(587).spec()];
        cache.put("mail.example.org", &both, &response());
        assert!(cache.get("mail.example.org", &[both[1], both[0]]).is_some(), "port order does not matter");
        assert!(cache.get("mail.example.org", &[PortRequest::Port(587).spec()]).is_none(), "other ports miss");
        tokio::time::advance(Duration::from_secs(61)).await;
        assert!(cache.get("mail.example.org", &ports).is_none(), "expired");
        let off = ProbeCache::new(Duration::ZERO);
        off.put("mail.example.org", &ports, &response());
        assert!(off.get("mail.example.org", &ports).is_none());
    }
}
