//! TLS for the probe: one client configuration that lets any certificate through the
//! handshake, the verdict on that certificate taken afterwards, and the facts of an
//! established connection.
//!
//! A bad certificate is something to report, not a reason to stop: the probe finishes the
//! handshake, reads the EHLO inside TLS, and says what is wrong. The login is sent only when
//! the verdict is clean (see `LoginPlan`), so accepting an unverified certificate during the
//! handshake exposes nothing. Handshake signatures are still checked by the real verifier.
//!
//! The configuration is built once and shared by every probe: building one per connection
//! (to give its verifier a slot for the verdict) cost a session cache of 256 entries each,
//! about 50 KB per probe in flight. Resumption is off, so every probe sees the server's
//! certificate afresh.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use mailsetup_shared::wire::{CertificateInfo, CertificateProblem, TlsProblem, TlsReport, TlsVersion};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{Resumption, WebPkiServerVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// What the checks concluded about a server's certificate.
#[derive(Debug, Clone, Default)]
pub struct CertificateVerdict {
    /// `Ok` when the chain leads to a trusted root; the error otherwise.
    pub chain: Option<Result<(), rustls::Error>>,
    /// `Ok` when the certificate is valid for the name asked for.
    pub name: Option<Result<(), rustls::Error>>,
}

/// Lets every certificate through the handshake (the verdict is taken afterwards, by
/// [`TlsSettings::verdict`]) while checking the handshake's signatures for real.
#[derive(Debug)]
struct DeferredVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

impl ServerCertVerifier for DeferredVerifier {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Trust anchors, crypto and the probes' client configuration; built once at start-up.
#[derive(Debug, Clone)]
pub struct TlsSettings {
    roots: Arc<RootCertStore>,
    provider: Arc<CryptoProvider>,
    verifier: Arc<WebPkiServerVerifier>,
    probe: Arc<ClientConfig>,
}

impl TlsSettings {
    /// The web PKI roots plus the certificates of `extra_ca_pem` (a PEM file's contents).
    pub fn new(extra_ca_pem: Option<&[u8]>) -> Result<TlsSettings, String> {
        let mut roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
        if let Some(pem) = extra_ca_pem {
            use rustls::pki_types::pem::PemObject;
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem)
                .collect::<Result<_, _>>()
                .map_err(|e| format!("the CA file is not valid PEM: {e}"))?;
            if certs.is_empty() {
                return Err("the CA file holds no certificate".to_owned());
            }
            let (_, ignored) = roots.add_parsable_certificates(certs);
            if ignored > 0 {
                return Err(format!("{ignored} certificate(s) in the CA file could not be used"));
            }
        }
        let roots = Arc::new(roots);
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier = WebPkiServerVerifier::builder_with_provider(roots.clone(), provider.clone())
            .build()
            .map_err(|e| format!("the certificate verifier could not be built: {e}"))?;
        let mut probe = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("the TLS configuration could not be built: {e}"))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(DeferredVerifier { inner: verifier.clone() }))
            .with_no_client_auth();
        probe.resumption = Resumption::disabled();
        Ok(TlsSettings { roots, provider, verifier, probe: Arc::new(probe) })
    }

    /// A configuration that verifies certificates for real (for fetching autoconfig files
    /// over HTTPS), speaking HTTP/1.1.
    pub fn verifying_config(&self) -> Arc<ClientConfig> {
        let builder = ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .expect("the ring provider supports the default protocol versions");
        let mut config = builder.with_root_certificates(self.roots.clone()).with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Arc::new(config)
    }

    /// The configuration every probe connects with: any certificate completes the handshake,
    /// and [`TlsSettings::verdict`] judges it afterwards.
    pub fn probe_config(&self) -> Arc<ClientConfig> {
        self.probe.clone()
    }

    /// Judges the certificates a server presented for `server_name`: the chain and the name,
    /// each on its own, so both are known.
    pub fn verdict(
        &self,
        presented: Option<&[CertificateDer<'_>]>,
        server_name: &ServerName<'_>,
    ) -> CertificateVerdict {
        let Some((end_entity, intermediates)) = presented.and_then(<[_]>::split_first) else {
            let none = || Some(Err(rustls::Error::NoCertificatesPresented));
            return CertificateVerdict { chain: none(), name: none() };
        };
        let full = self.verifier.verify_server_cert(end_entity, intermediates, server_name, &[], UnixTime::now());
        // The verifier checks the chain first and the name second, so a name error means
        // the chain was fine.
        let chain = match full {
            Ok(_) => Ok(()),
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(()),
            Err(e) => Err(e),
        };
        let name = ParsedCertificate::try_from(end_entity)
            .and_then(|parsed| rustls::client::verify_server_name(&parsed, server_name));
        CertificateVerdict { chain: Some(chain), name: Some(name) }
    }
}

/// Describes a rustls error in English, for the transcript and logs.
pub fn describe_error(error: &rustls::Error) -> String {
    handshake_problem(error).1
}

/// Why a handshake failed: the fact, and its English words for the transcript. Errors are
/// matched by type, never by their text, so a rustls upgrade cannot silently change what
/// the probe reports.
pub fn handshake_problem(error: &rustls::Error) -> (TlsProblem, String) {
    use rustls::{AlertDescription, InvalidMessage};
    let (problem, english): (TlsProblem, std::borrow::Cow<'static, str>) = match error {
        rustls::Error::InvalidCertificate(cert) => (TlsProblem::Other, certificate_problem(cert).english().into()),
        rustls::Error::NoCertificatesPresented => {
            (TlsProblem::NoCertificate, "the server presented no certificate".into())
        }
        rustls::Error::InvalidMessage(
            InvalidMessage::CertificatePayloadTooLarge
            | InvalidMessage::HandshakePayloadTooLarge
            | InvalidMessage::MessageTooLarge,
        ) => (
            TlsProblem::TooLarge,
            "the server sent a TLS message larger than clients accept (such as a huge certificate chain)".into(),
        ),
        rustls::Error::InvalidMessage(InvalidMessage::InvalidContentType | InvalidMessage::UnknownProtocolVersion) => {
            (TlsProblem::NotTls, "the server did not answer with TLS".into())
        }
        rustls::Error::InvalidMessage(_) => (TlsProblem::Malformed, "the server sent a malformed TLS message".into()),
        rustls::Error::AlertReceived(AlertDescription::ProtocolVersion) => {
            (TlsProblem::OldVersion, "the server speaks no TLS version a modern client accepts (TLS 1.2 or 1.3)".into())
        }
        rustls::Error::AlertReceived(AlertDescription::HandshakeFailure) => {
            (TlsProblem::NoCommonCipher, "the server and a modern client have no cipher in common".into())
        }
        rustls::Error::AlertReceived(alert) => {
            (TlsProblem::Alert, format!("the server broke off the handshake (TLS alert {})", u8::from(*alert)).into())
        }
        rustls::Error::PeerIncompatible(_) => (
            TlsProblem::OldVersion,
            "the server's TLS is too old for a modern client (no TLS 1.2/1.3 or no shared cipher)".into(),
        ),
        rustls::Error::PeerMisbehaved(_) => (TlsProblem::Misbehaved, "the server broke the TLS protocol".into()),
        _ => (TlsProblem::Other, "the TLS handshake failed".into()),
    };
    (problem, english.into_owned())
}

/// Why a certificate was rejected, as a fact (its English words are
/// [`CertificateProblem::english`]).
fn certificate_problem(error: &CertificateError) -> CertificateProblem {
    match error {
        CertificateError::UnknownIssuer => CertificateProblem::UnknownIssuer,
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => CertificateProblem::Expired,
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => CertificateProblem::NotValidYet,
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            CertificateProblem::NotValidForName
        }
        CertificateError::BadSignature => CertificateProblem::BadSignature,
        CertificateError::Revoked => CertificateProblem::Revoked,
        CertificateError::BadEncoding => CertificateProblem::BadEncoding,
        CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
            CertificateProblem::NotForServers
        }
        CertificateError::Other(other) => match other.0.downcast_ref::<webpki::Error>() {
            Some(webpki::Error::CaUsedAsEndEntity) => CertificateProblem::CaUsedAsServer,
            Some(webpki::Error::EndEntityUsedAsCa) => CertificateProblem::ServerUsedAsCa,
            Some(webpki::Error::PathLenConstraintViolated | webpki::Error::MaximumPathDepthExceeded) => {
                CertificateProblem::ChainTooLong
            }
            _ => CertificateProblem::Other,
        },
        _ => CertificateProblem::Other,
    }
}

/// The TLS version of an established connection.
fn version(connection: &rustls::ClientConnection) -> TlsVersion {
    match connection.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => TlsVersion::Tls13,
        Some(rustls::ProtocolVersion::TLSv1_2) => TlsVersion::Tls12,
        _ => TlsVersion::Other,
    }
}

/// The facts of an established connection.
pub fn report(connection: &rustls::ClientConnection, server_name: &str, verdict: &CertificateVerdict) -> TlsReport {
    let cipher_suite =
        connection.negotiated_cipher_suite().and_then(|s| s.suite().as_str()).unwrap_or("unknown").to_owned();
    let chain: Vec<CertificateInfo> =
        connection.peer_certificates().unwrap_or_default().iter().map(|der| certificate_info(der)).collect();
    let error_text = |r: &Option<Result<(), rustls::Error>>| match r {
        Some(Ok(())) => None,
        Some(Err(e)) => Some(describe_error(e)),
        None => Some(CertificateProblem::NoneChecked.english().to_owned()),
    };
    let problem = |r: &Option<Result<(), rustls::Error>>| match r {
        Some(Ok(())) => None,
        Some(Err(rustls::Error::InvalidCertificate(cert))) => Some(certificate_problem(cert)),
        Some(Err(rustls::Error::NoCertificatesPresented)) | None => Some(CertificateProblem::NoneChecked),
        Some(Err(_)) => Some(CertificateProblem::Other),
    };
    // The names come from the certificate itself, not from the error's formatting.
    let name_error = match (&verdict.name, chain.first()) {
        (Some(Err(_)), Some(leaf)) if !leaf.names.is_empty() => {
            Some(format!("valid only for {}", leaf.names.join(", ")))
        }
        (name, _) => error_text(name),
    };
    TlsReport {
        version: version(connection),
        cipher_suite,
        server_name: server_name.to_owned(),
        chain,
        chain_trusted: matches!(verdict.chain, Some(Ok(()))),
        chain_error: error_text(&verdict.chain),
        chain_problem: problem(&verdict.chain),
        name_matches: matches!(verdict.name, Some(Ok(()))),
        name_error,
    }
}

/// Summarises one certificate; an unparsable one is reported as such.
pub fn certificate_info(der: &CertificateDer<'_>) -> CertificateInfo {
    use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};
    let Ok((_, cert)) = X509Certificate::from_der(der.as_ref()) else {
        return CertificateInfo {
            subject: "(unparsable certificate)".to_owned(),
            issuer: String::new(),
            names: Vec::new(),
            not_before: String::new(),
            not_after: String::new(),
            days_left: 0,
        };
    };
    let mut names = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(dns) => names.push((*dns).to_owned()),
                GeneralName::IPAddress(bytes) => {
                    let ip = match bytes.len() {
                        4 => <[u8; 4]>::try_from(*bytes).ok().map(|b| std::net::IpAddr::from(b).to_string()),
                        16 => <[u8; 16]>::try_from(*bytes).ok().map(|b| std::net::IpAddr::from(b).to_string()),
                        _ => None,
                    };
                    names.extend(ip);
                }
                _ => {}
            }
            if names.len() >= 50 {
                break;
            }
        }
    }
    let validity = cert.validity();
    let rfc3339 = |t: &x509_parser::time::ASN1Time| {
        t.to_datetime().format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    CertificateInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        names,
        not_before: rfc3339(&validity.not_before),
        not_after: rfc3339(&validity.not_after),
        days_left: (validity.not_after.timestamp() - now).div_euclid(86_400),
    }
}
