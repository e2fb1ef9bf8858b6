//! SMTP protocol pieces that need no socket: reply parsing and EHLO capabilities.

pub mod ehlo;
pub mod reply;

pub use ehlo::{Capabilities, Extension, ExtensionSet, Flag, FlagSet, MechanismSet, SaslMechanism, SizeLimit};
pub use reply::{Parsed, Reply, ReplyError, ReplyLimits, parse_reply};
