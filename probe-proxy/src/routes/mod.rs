//! The HTTP routes; each module exposes its own `router()`.

pub mod autoconfig;
pub mod discover;
pub mod health;
pub mod metrics;
pub mod probe;
pub mod static_files;
