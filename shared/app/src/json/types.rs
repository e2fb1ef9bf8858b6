//! [`FromJson`] for what the page reads: the wire's types, the facts and verdict inside
//! them, and the library's discovery answer. A field's name is the Rust field's name, as
//! serde's; the names of unit enums' cases come from their serde attributes
//! ([`unit_case`]). `tests/wire_compat.rs` compares every reading with serde's.

use email_settings::discovery::{
    AutoconfigOutcome, AutoconfigResult, DiscoverResponse, DiscoveredCandidate, FoundServer, MxHost, ProviderHit,
    Source, SrvService, SrvTarget,
};
use email_settings::provider::{MatchedBy, Security};
use email_settings::smtp::{Capabilities, Extension, ExtensionSet, Reply, SaslMechanism, SizeLimit};

use super::{FromJson, Json, JsonError, field, unit_case};
use crate::facts::{
    CertificateInfo, CertificateProblem, ConnectAttempt, ConnectOutcome, Failure, FailureKind, LoginFacts, Party,
    PortFacts, PortSpec, SendStage, Step, StepRecord, TestMessageFacts, TlsProblem, TlsReport, TlsVersion,
    TranscriptLine,
};
use crate::verdict::{Finding, FindingArgs, FindingCode, Fix, LoginRisk, Severity, Usability, Verdict};
use crate::wire::{AddressInfo, ApiError, ApiErrorCode, PortReport, ProbeEvent, ProbeLimits, ProbeResponse, ProxyInfo};

/// [`FromJson`] for structs read field by field, each field by its type's rules and under
/// its Rust name, as serde's. The struct literal names every field, so a field added to the
/// type does not compile until it is read. Also for the page's own types (`config.json`).
#[macro_export]
macro_rules! json_structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Json<'_>) -> Result<Self, $crate::json::JsonError> {
                Ok(Self { $($field: $crate::json::field(value, stringify!($field))?,)* })
            }
        }
    )*};
}

/// Unit enums, by their serde names.
macro_rules! unit_enums {
    ($($ty:ident),* $(,)?) => {$(
        impl FromJson for $ty {
            fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
                unit_case(value)
            }
        }
    )*};
}

crate::json_structs! {
    PortSpec { port, security }
    ConnectAttempt { ip, outcome, ms }
    StepRecord { step, ok, ms, detail }
    TranscriptLine { at_ms, from, text }
    TlsReport {
        version, cipher_suite, server_name, chain, chain_trusted, chain_error, chain_problem, name_matches,
        name_error,
    }
    CertificateInfo { subject, issuer, names, not_before, not_after, days_left }
    Failure { step, kind, message, reply, tls }
    PortFacts {
        port, security, address, attempts, steps, transcript, greeting, ehlo_plain, ehlo_tls, used_helo, tls,
        login, test_message, failure, total_ms,
    }
    LoginFacts { user, mechanism, accepted, reply }
    TestMessageFacts { from, to, accepted, stage, reply, queue_id }
    Finding { severity, code, args, title, advice }
    Verdict { usability, headline, findings, fix }
    ProbeLimits { connect_seconds, reply_seconds, port_seconds }
    ApiError { code, message }
    AddressInfo { ip, refused, reachable }
    ProbeResponse { host, addresses, address, reports, total_ms, cached }
    Reply { code, lines }
    MxHost { preference, host }
    SrvTarget { priority, weight, port, target }
    SrvService { name, records }
    FoundServer { host, port, security }
    DiscoveredCandidate { host, port, security, source }
    ProviderHit { id, name, matched_by }
    DiscoverResponse { domain, mx, srv, autoconfig, provider, candidates, problems }
}

unit_enums!(
    ConnectOutcome,
    Step,
    Party,
    TlsVersion,
    CertificateProblem,
    TlsProblem,
    FailureKind,
    SendStage,
    Usability,
    Severity,
    LoginRisk,
    ApiErrorCode,
    Security,
    Source,
);

impl FromJson for FindingCode {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        value.as_str().map(FindingCode::from_id).ok_or(JsonError::Type)
    }
}

impl FromJson for FindingArgs {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(FindingArgs {
            port: field(value, "port")?,
            security: field(value, "security")?,
            step: field(value, "step")?,
            said: field(value, "said")?,
            server: field(value, "server")?,
            names: field(value, "names")?,
            days: field(value, "days")?,
            reason: field(value, "reason")?,
            tls: field(value, "tls")?,
            risk: field(value, "risk")?,
            mechanisms: field(value, "mechanisms")?,
            user: field(value, "user")?,
            to: field(value, "to")?,
            size_mb: field(value, "size_mb")?,
        })
    }

    /// Absent from proxies before wire 3.
    fn absent() -> Option<Self> {
        Some(FindingArgs::default())
    }
}

/// Tagged by `kind`.
impl FromJson for Fix {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(match field::<String>(value, "kind")?.as_str() {
            "server_name" => Fix::ServerName { name: field(value, "name")? },
            "security" => Fix::Security { security: field(value, "security")? },
            _ => Fix::Other,
        })
    }
}

/// The facts' fields sit beside `verdict`.
impl FromJson for PortReport {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(PortReport { facts: PortFacts::from_json(value)?, verdict: field(value, "verdict")? })
    }
}

/// Tagged by `type`; a host's event wraps another.
impl FromJson for ProbeEvent {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(match field::<String>(value, "type")?.as_str() {
            "started" => ProbeEvent::Started {
                host: field(value, "host")?,
                addresses: field(value, "addresses")?,
                address: field(value, "address")?,
                ports: field(value, "ports")?,
            },
            "step" => ProbeEvent::Step { port: field(value, "port")?, record: field(value, "record")? },
            "report" => ProbeEvent::Report { report: field(value, "report")? },
            "done" => ProbeEvent::Done { total_ms: field(value, "total_ms")?, cached: field(value, "cached")? },
            "error" => ProbeEvent::Error { error: field(value, "error")? },
            "host" => ProbeEvent::Host { host: field(value, "host")?, event: field(value, "event")? },
            _ => ProbeEvent::Other,
        })
    }
}

impl FromJson for ProxyInfo {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        Ok(ProxyInfo {
            version: field(value, "version")?,
            wire: field::<Option<u32>>(value, "wire")?.unwrap_or_else(crate::wire::wire_version_1),
            allowed_ports: field(value, "allowed_ports")?,
            allow_private_targets: field(value, "allow_private_targets")?,
            probe_location: field(value, "probe_location")?,
            runs_locally: field(value, "runs_locally")?,
            login_test: field(value, "login_test")?,
            probes_per_minute: field::<Option<u32>>(value, "probes_per_minute")?.unwrap_or(0),
            frame_ancestors: field(value, "frame_ancestors")?,
            discover: field(value, "discover")?,
            limits: field(value, "limits")?,
        })
    }
}

impl FromJson for SaslMechanism {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        value.as_str().and_then(SaslMechanism::from_name).ok_or(JsonError::Type)
    }
}

/// The extensions sit beside the other fields, one flag each (the wire's first shape).
impl FromJson for Capabilities {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        let mut extensions = ExtensionSet::EMPTY;
        for &extension in Extension::ALL {
            if field(value, extension.wire_name())? {
                extensions.insert(extension);
            }
        }
        let mut capabilities = Capabilities::default();
        capabilities.server_name = field(value, "server_name")?;
        capabilities.size = field::<Option<u64>>(value, "size")?.map(SizeLimit::from_octets);
        capabilities.extensions = extensions;
        // The mechanisms this build knows; others are left out, as serde's reader does.
        let auth: Vec<String> = field(value, "auth")?;
        capabilities.auth = auth.iter().filter_map(|name| SaslMechanism::from_name(name)).collect();
        capabilities.auth_unknown = field(value, "auth_unknown")?;
        capabilities.auth_legacy_form = field(value, "auth_legacy_form")?;
        capabilities.other = field(value, "other")?;
        Ok(capabilities)
    }
}

/// Tagged by `by`, the name in `name`.
impl FromJson for MatchedBy {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        let name = field(value, "name")?;
        match field::<String>(value, "by")?.as_str() {
            "domain" => Ok(MatchedBy::Domain(name)),
            "mx_pattern" => Ok(MatchedBy::MxPattern(name)),
            "mx_domain" => Ok(MatchedBy::MxDomain(name)),
            "service" => Ok(MatchedBy::Service(name)),
            _ => Err(JsonError::Type),
        }
    }
}

/// The URL beside the outcome, which is tagged by `outcome`.
impl FromJson for AutoconfigResult {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        let outcome = match field::<String>(value, "outcome")?.as_str() {
            "found" => AutoconfigOutcome::Found { servers: field(value, "servers")? },
            "not_found" => AutoconfigOutcome::NotFound,
            "failed" => AutoconfigOutcome::Failed { reason: field(value, "reason")? },
            _ => return Err(JsonError::Type),
        };
        Ok(AutoconfigResult { url: field(value, "url")?, outcome })
    }
}
