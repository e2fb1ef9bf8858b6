//! The page's decisions, as plain Rust with no browser APIs, tested natively: URL
//! parameters, runtime configuration, the probe's progress, the event-stream parser, DNS
//! answers, and the embed snippet.

pub mod config;
pub mod doh;
pub mod embed;
pub mod page;
pub mod probe_view;
pub mod sse;
pub mod url_params;
