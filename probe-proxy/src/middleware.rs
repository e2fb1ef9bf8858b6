//! Every tower layer of the service, applied in one place: per-client rate limiting on the
//! routes that make the proxy connect somewhere, and, on everything, a request body limit,
//! a timeout until the response starts, CORS for configured origins, and tracing.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, header};
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::app::AppState;
use crate::error::AppError;

/// Limits of the HTTP layer; defaults documented on each field.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest request body. Default: 4 KiB (a probe request is a few dozen bytes).
    pub body_bytes: usize,
    /// Time until a response starts. Default: 30 s (event streams then run on their own).
    pub response_start: Duration,
    /// Origins allowed to call the API from other sites (CORS). Default: none.
    pub allow_origins: Vec<HeaderValue>,
    /// Probes and discoveries one client may start per minute. Default: 12.
    pub probes_per_minute: u32,
    /// How many a client may start at once before the rate applies. Default: 6.
    pub probe_burst: u32,
    /// Key clients by the last X-Forwarded-For address, the one a trusted reverse proxy
    /// appends (only behind such a proxy). Default: false, the TCP peer address.
    pub trust_forwarded_for: bool,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            body_bytes: 4 * 1024,
            response_start: Duration::from_secs(30),
            allow_origins: Vec::new(),
            probes_per_minute: 12,
            probe_burst: 6,
            trust_forwarded_for: false,
        }
    }
}

/// Whole-service layers.
pub fn apply(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.limits;
    let mut router = router
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::GATEWAY_TIMEOUT, limits.response_start));
    if !limits.allow_origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(limits.allow_origins.clone()))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .max_age(Duration::from_secs(3600)),
        );
    }
    router.layer(TraceLayer::new_for_http())
}

/// Per-client rate limiting (token bucket; IPv6 clients share a bucket per /64, since one
/// host usually holds a whole /64).
pub fn rate_limited(router: Router<AppState>, limits: &HttpLimits) -> Router<AppState> {
    let period = Duration::from_secs(60) / limits.probes_per_minute.max(1);
    let Some(config) = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(limits.probe_burst.max(1))
        .key_extractor(ClientKey { trust_forwarded_for: limits.trust_forwarded_for })
        .finish()
    else {
        return router;
    };
    // Forget idle clients once a minute so the table does not grow without bound.
    let limiter = Arc::downgrade(config.limiter());
    every_minute_while(move || limiter.upgrade().map(|l| l.retain_recent()).is_some());
    let layer = GovernorLayer::new(config).error_handler(|error| {
        let retry_after = match &error {
            tower_governor::GovernorError::TooManyRequests { wait_time, .. } => *wait_time,
            _ => 5,
        };
        too_many_requests(retry_after)
    });
    router.layer(layer)
}

/// Runs `chore` once a minute for as long as it returns true (it returns false once what it
/// tends is gone).
pub fn every_minute_while(mut chore: impl FnMut() -> bool + Send + 'static) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if !chore() {
                break;
            }
        }
    });
}

fn too_many_requests(retry_after: u64) -> Response<Body> {
    use axum::response::IntoResponse;
    let error = AppError::RateLimited { retry_after };
    let mut response = error.into_response();
    if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// Which bucket a request counts against.
#[derive(Debug, Clone)]
pub struct ClientKey {
    trust_forwarded_for: bool,
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<IpAddr, tower_governor::GovernorError> {
        // The last entry is the one our own reverse proxy added; anything before it came
        // from the client and could be anything.
        let forwarded = self
            .trust_forwarded_for
            .then(|| request.headers().get_all("x-forwarded-for").iter().next_back())
            .flatten()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|ip| ip.trim().parse::<IpAddr>().ok());
        let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        // Without either (only in tests that skip the socket), everyone shares one bucket.
        Ok(bucket(forwarded.or(peer).unwrap_or(IpAddr::from([0, 0, 0, 0]))))
    }
}

/// IPv4 as is; IPv6 cut to its /64 (an IPv4-mapped address counts as its IPv4 address).
pub fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_for_is_read_from_the_right_only_when_trusted() {
        let request = Request::get("/api/probe")
            .header("x-forwarded-for", "1.2.3.4, 198.51.100.7")
            .extension(ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 5555))))
            .body(())
            .unwrap();
        let trusting = ClientKey { trust_forwarded_for: true };
        assert_eq!(trusting.extract(&request).unwrap().to_string(), "198.51.100.7", "the proxy's own entry");
        let plain = ClientKey { trust_forwarded_for: false };
        assert_eq!(plain.extract(&request).unwrap().to_string(), "10.0.0.2", "the TCP peer");
    }

    #[test]
    fn ipv6_clients_share_a_bucket_per_64() {
        let a = bucket("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = bucket("2001:db8:1:2:bbbb::9".parse().unwrap());
        let c = bucket("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.to_string(), "2001:db8:1:2::");
        assert_eq!(bucket("::ffff:192.0.2.7".parse().unwrap()).to_string(), "192.0.2.7");
        assert_eq!(bucket("192.0.2.7".parse().unwrap()).to_string(), "192.0.2.7");
    }
}
