//! The mailsetup page: a Yew app that turns an email address into working SMTP settings.
//!
//! Components hold view code only; what to show is decided by plain functions in
//! `mailsetup_shared` and in this crate's non-component modules, tested natively.

mod app;
pub mod panic_screen;

pub use app::App;
