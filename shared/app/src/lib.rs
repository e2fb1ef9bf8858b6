//! What only mailsetup's own programs share: the JSON wire between the page and the probe
//! proxy ([`wire`], which the page reads with [`json`]), the words people read in four languages ([`words`]), the guides through
//! each mail program ([`guides`]), the domain owner's kit ([`kit`]), and what a probe's
//! transcript means ([`facts`], [`verdict`]).
//!
//! The reusable core (provider data, settings, renderers, the autoconfig readers, the SMTP
//! parser) is the `email-settings` crate, which this one uses as any other crate would.

pub mod facts;
pub mod guides;
pub mod json;
pub mod kit;
pub mod verdict;
pub mod wire;
pub mod words;
