//! The pure core of mailsetup: provider rules, address parsing, config generation and the
//! JSON wire types shared by the page and the probe proxy.
//!
//! Nothing here does I/O: no sockets, no clock, no randomness. The crate builds for
//! `wasm32-unknown-unknown` and natively, and everything is tested natively.

pub mod address;
pub mod autoconfig;
pub mod autodiscover;
pub mod client;
pub mod discovery;
pub mod idn;
pub mod provider;
#[cfg(feature = "render")]
pub mod render;
pub mod settings;
pub mod smtp;
pub mod way_in;
