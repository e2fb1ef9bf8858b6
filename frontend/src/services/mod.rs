//! Thin wrappers around browser APIs: HTTP calls to the proxy and DNS-over-HTTPS, and page
//! chores (downloads, clipboard, history, the embedding parent). Errors come back typed;
//! nothing here panics.

pub mod api;
pub mod browser;
