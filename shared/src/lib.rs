#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

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
