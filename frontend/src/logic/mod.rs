//! The page's decisions, as plain Rust with no browser APIs, tested natively: URL
//! parameters, runtime configuration, the page reducer and calm typing, typo suggestions,
//! the answer card, the probe's progress and its matrix, the report's accessors, the
//! event-stream parser, DNS answers, the embed snippet, and the languages (Fluent).

pub mod answer;
pub mod config;
pub mod doh;
pub mod embed;
pub mod failure;
pub mod i18n;
pub mod matrix;
pub mod page;
pub mod probe_view;
pub mod qr;
pub mod rehearsal;
pub mod report;
pub mod room;
pub mod sse;
pub mod text;
pub mod typos;
pub mod url_params;
pub mod wrong_data;
