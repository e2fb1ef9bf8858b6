//! probe-proxy: the service that does what a browser cannot, raw TCP and TLS to a mail
//! server, safely; and serves the built page, so one process is the whole local set-up.

pub mod app;
pub mod autoconfig;
pub mod cache;
pub mod cli;
pub mod config;
pub mod discover;
pub mod dns;
pub mod error;
pub mod guard;
pub mod headers;
pub mod limits;
pub mod metrics;
pub mod middleware;
pub mod probe;
pub mod readable;
pub mod routes;
pub mod serve;
pub mod state;
pub mod store;
pub mod target;
