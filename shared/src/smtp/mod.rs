//! SMTP protocol pieces that need no socket: reply parsing, EHLO capabilities, SASL client
//! messages, and the pieces of sending a test message.

pub mod auth;
pub mod ehlo;
pub mod reply;
pub mod submission;

pub use ehlo::{Capabilities, Extension, ExtensionSet, Flag, FlagSet, MechanismSet, SaslMechanism, SizeLimit};
pub use reply::{Parsed, Reply, ReplyError, ReplyLimits, parse_reply};
