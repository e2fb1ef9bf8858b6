//! SMTP protocol pieces that need no socket: reply parsing, EHLO capabilities, SASL client
//! messages, and the pieces of sending a test message.
//!
//! The parser is sans-I/O: hand it every byte read so far and it answers with a whole reply
//! and how many bytes it used, or asks for more. Lines, line count and reply size are
//! capped ([`ReplyLimits`]), so a hostile server cannot make it hold much.
//!
//! ```
//! use email_settings::smtp::{Capabilities, Extension, Parsed, ReplyLimits, SaslMechanism, parse_reply};
//!
//! let limits = ReplyLimits::default();
//! let mut read = b"250-smtp.example.org at your service\r\n250-STARTTLS\r\n".to_vec();
//! assert_eq!(parse_reply(&read, &limits)?, Parsed::NeedMore);
//!
//! read.extend_from_slice(b"250 AUTH PLAIN LOGIN\r\n");
//! let Parsed::Complete { reply, consumed } = parse_reply(&read, &limits)? else { unreachable!() };
//! assert_eq!((reply.code, consumed), (250, read.len()));
//!
//! let capabilities = Capabilities::from_ehlo(&reply);
//! assert_eq!(capabilities.server_name, "smtp.example.org");
//! assert!(capabilities.has(Extension::StartTls));
//! assert!(capabilities.auth.contains(SaslMechanism::Plain));
//! # Ok::<(), email_settings::smtp::ReplyError>(())
//! ```

pub mod auth;
pub mod ehlo;
pub mod reply;
pub mod submission;

pub use ehlo::{Capabilities, Extension, ExtensionSet, Flag, FlagSet, MechanismSet, SaslMechanism, SizeLimit};
pub use reply::{Parsed, Reply, ReplyError, ReplyLimits, parse_reply};
