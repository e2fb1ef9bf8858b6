//! Test harness for mailsetup's integration and end-to-end tests: a throwaway certificate
//! authority, real Postfix + Dovecot instances on loopback, scripted (and hostile) SMTP
//! servers, a real `redis-server` for the limits shared across instances, and helpers to
//! build the proxy the way the tests need it.
//!
//! Every server listens on a loopback address only. Nothing here talks to the internet.

pub mod http;
pub mod mail_server;
pub mod pki;
pub mod proxy;
pub mod redis_server;
pub mod relay;
pub mod scripted;

/// Set by `cargo xtask test --quick` to skip the tests that need Postfix and root.
pub fn mail_server_tests_skipped() -> bool {
    std::env::var_os("MAILSETUP_SKIP_MAIL_SERVER").is_some()
}
