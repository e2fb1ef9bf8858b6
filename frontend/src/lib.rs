//! The mailsetup page: a Yew app that turns an email address into working SMTP settings,
//! set-up guides, config files, and a live test through the probe proxy.
//!
//! Components (`components`) hold view code only; what to show is decided by plain
//! functions in `mailsetup_shared` and in `logic`, tested natively. `services` wraps the
//! browser APIs.

mod app;
pub mod components;
pub mod logic;
pub mod panic_screen;
pub mod services;
pub mod start;

pub use app::{App, AppProps, CardOnly, Extent, ProxyStatus, Whole};
