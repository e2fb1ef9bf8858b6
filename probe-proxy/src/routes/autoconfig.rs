//! The live autoconfig server of `serve --autoconfig FILE`, for the files' domains only:
//! Thunderbird's `config-v1.1.xml` (on `autoconfig.<domain>` and under `/.well-known` on the
//! domain), Outlook's Autodiscover (the POX `POST` and the JSON form that points at it),
//! Apple's `.mobileconfig` (unsigned), and `/api/kit` with the DNS records to publish.
//!
//! Every answer is rendered by `email_settings::render`, the very renderers of the provider
//! kit. Nothing here connects anywhere or looks anything up: an answer costs a table lookup
//! and a rendering, so these routes are not under the probes' per-client rate; the
//! service-wide layers (security headers, body limit, timeout, connection caps) apply.

use axum::Json;
use axum::Router;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use email_settings::address::{EmailAddress, Query as Lookup};
use email_settings::autodiscover::{self, ErrorCode, MAX_REQUEST_BYTES, RequestError, V2Answer};
use email_settings::render::{self, Format, Rendered};
use email_settings::settings::Settings;
use mailsetup_shared::kit::{self, ProviderKit};
use serde::Deserialize;

use crate::autoconfig::{asked_domain, domain_of_host, settings_for};
use crate::error::{AppError, LogText};
use crate::state::AppState;

/// Said with every profile: it is not signed, and signing is out of scope.
pub const PROFILE_SIGNATURE_NOTE: &str =
    "unsigned: this server does not sign profiles (out of scope); iOS and macOS show it as Not Signed";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/mail/config-v1.1.xml", get(thunderbird))
        .route("/.well-known/autoconfig/mail/config-v1.1.xml", get(thunderbird))
        // Outlook writes the path both ways; routes match case.
        .route("/autodiscover/autodiscover.xml", post(autodiscover_pox))
        .route("/Autodiscover/Autodiscover.xml", post(autodiscover_pox))
        .route("/autodiscover/autodiscover.json", get(autodiscover_json))
        .route("/Autodiscover/Autodiscover.json", get(autodiscover_json))
        .route("/autodiscover/autodiscover.json/v1.0/{email}", get(autodiscover_json_path))
        .route("/Autodiscover/Autodiscover.json/v1.0/{email}", get(autodiscover_json_path))
        .route("/mobileconfig", get(mobileconfig))
        .route("/api/kit", get(provider_kit))
}

#[derive(Debug, Deserialize)]
struct ThunderbirdParams {
    emailaddress: Option<String>,
}

/// `config-v1.1.xml` for the domain of `?emailaddress=`, or of the host asked (Thunderbird
/// sends the address; discovery and a browser may not). The file is the kit's: the same for
/// every address of the domain, user names as placeholders.
async fn thunderbird(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    params: Result<Query<ThunderbirdParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(params) = params.map_err(bad_query)?;
    let served = &state.options.autoconfig;
    let domain = match params.emailaddress {
        Some(text) => parse(&text)?.domain().clone(),
        None => {
            let host = request_host(&uri, &headers);
            let Some(domain) = host.and_then(|h| domain_of_host(served, h)) else {
                // A host that names a domain asks about it: say it is not served here.
                return Err(match host.and_then(asked_domain) {
                    Some(asked) => AppError::UnknownDomain(asked),
                    None => AppError::BadRequest(
                        "missing ?emailaddress=you@example.com (or ask on autoconfig.<your domain>)".to_owned(),
                    ),
                });
            };
            email_settings::address::MailDomain::parse(&domain).map_err(|e| AppError::BadRequest(e.to_string()))?
        }
    };
    let settings = served_settings(&state, &Lookup::Domain(domain))?;
    Ok(file(rendered(Format::Thunderbird, &settings)?, "public, max-age=300"))
}

/// Outlook's POX request: the body is capped and read with an XML parser; the answer is the
/// Autodiscover response for that address (with its login name). A refusal keeps its status
/// and is logged as any other, but its body is an Autodiscover error response, which is what
/// Outlook reads.
async fn autodiscover_pox(State(state): State<AppState>, body: Body) -> Response {
    match pox_answer(&state, body).await {
        Ok(response) => response,
        Err((code, error)) => {
            let api = error.to_api_error();
            let mut response = error.into_response();
            *response.body_mut() = Body::from(autodiscover::error_response(code, &api.message, api.code.id()));
            let headers = response.headers_mut();
            headers.remove(header::CONTENT_LENGTH); // the JSON body's, if one was set
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml; charset=utf-8"));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
    }
}

async fn pox_answer(state: &AppState, body: Body) -> Result<Response, (ErrorCode, AppError)> {
    let invalid = |error: AppError| (ErrorCode::InvalidRequest, error);
    // The cap here and the service's own body limit both report a length limit.
    let bytes = axum::body::to_bytes(body, MAX_REQUEST_BYTES).await.map_err(|error| {
        crate::error::body_read_failure(&error)
            .unwrap_or_else(|| AppError::BadRequest("the request body could not be read".to_owned()))
    });
    let bytes = bytes.map_err(invalid)?;
    let request = autodiscover::parse_request(&bytes).map_err(|e| {
        let code = e.error_code();
        (code, if e == RequestError::TooLarge { AppError::TooLarge } else { AppError::BadRequest(e.to_string()) })
    })?;
    let address = whole_address(&request.email_address, "<EMailAddress>").map_err(invalid)?;
    let not_found = |error: AppError| (ErrorCode::AddressNotFound, error);
    let settings = served_settings(state, &Lookup::Address(address)).map_err(not_found)?;
    Ok(file(rendered(Format::Autodiscover, &settings).map_err(not_found)?, "private, no-store"))
}

#[derive(Debug, Deserialize)]
struct JsonParams {
    #[serde(alias = "email", alias = "EMAIL")]
    #[serde(rename = "Email")]
    email: Option<String>,
    #[serde(alias = "protocol", alias = "PROTOCOL")]
    #[serde(rename = "Protocol")]
    protocol: Option<String>,
}

/// `GET /autodiscover/autodiscover.json?Email=...&Protocol=AutodiscoverV1`.
async fn autodiscover_json(
    State(state): State<AppState>,
    params: Result<Query<JsonParams>, QueryRejection>,
) -> Result<Json<V2Answer>, AppError> {
    let Query(params) = params.map_err(bad_query)?;
    let email = params.email.ok_or_else(|| AppError::BadRequest("missing ?Email=you@example.com".to_owned()))?;
    json_answer(&state, &email, params.protocol)
}

/// `GET /autodiscover/autodiscover.json/v1.0/you@example.com?Protocol=AutodiscoverV1`.
async fn autodiscover_json_path(
    State(state): State<AppState>,
    Path(email): Path<String>,
    params: Result<Query<JsonParams>, QueryRejection>,
) -> Result<Json<V2Answer>, AppError> {
    let Query(params) = params.map_err(bad_query)?;
    json_answer(&state, &email, params.protocol)
}

fn json_answer(state: &AppState, email: &str, protocol: Option<String>) -> Result<Json<V2Answer>, AppError> {
    let address = whole_address(email, "Email")?;
    let domain = address.domain().ascii();
    if state.options.autoconfig.lookup(domain).is_none() {
        return Err(AppError::UnknownDomain(domain.to_owned()));
    }
    let protocol = protocol.ok_or_else(|| AppError::BadRequest("missing &Protocol=AutodiscoverV1".to_owned()))?;
    autodiscover::v2_answer(&protocol, domain).map(Json).map_err(|e| AppError::BadRequest(e.to_string()))
}

#[derive(Debug, Deserialize)]
struct ProfileParams {
    email: Option<String>,
}

/// An Apple configuration profile for one address. Not signed: see [`PROFILE_SIGNATURE_NOTE`].
async fn mobileconfig(
    State(state): State<AppState>,
    params: Result<Query<ProfileParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(params) = params.map_err(bad_query)?;
    let email = params.email.ok_or_else(|| AppError::BadRequest("missing ?email=you@example.com".to_owned()))?;
    let address = whole_address(&email, "email")?;
    let settings = served_settings(&state, &Lookup::Address(address))?;
    let profile = rendered(Format::Mobileconfig, &settings)?;
    let disposition = format!("attachment; filename=\"{}\"", profile.file_name);
    let mut response = file(profile, "private, no-store");
    let headers = response.headers_mut();
    // The file name is the ASCII domain, checked by the address parser.
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert("x-profile-signature", HeaderValue::from_static(PROFILE_SIGNATURE_NOTE));
    Ok(response)
}

#[derive(Debug, Deserialize)]
struct KitParams {
    domain: Option<String>,
}

/// What the owner of a served domain publishes in DNS (SRV records, the web host names) and
/// where the files now live, as JSON.
async fn provider_kit(
    State(state): State<AppState>,
    params: Result<Query<KitParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(params) = params.map_err(bad_query)?;
    let text = params.domain.ok_or_else(|| AppError::BadRequest("missing ?domain=example.com".to_owned()))?;
    let domain = crate::discover::parse_domain(&text).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let settings = served_settings(&state, &Lookup::Domain(domain))?;
    let kit: ProviderKit = kit::provider_kit(&settings).ok_or_else(|| unknown(&settings))?;
    let mut response = Json(kit).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    Ok(response)
}

/// The host a request was sent to: the URI's authority (HTTP/2) or the Host header.
fn request_host<'a>(uri: &'a Uri, headers: &'a HeaderMap) -> Option<&'a str> {
    uri.authority().map(|a| a.as_str()).or_else(|| headers.get(header::HOST).and_then(|h| h.to_str().ok()))
}

fn parse(text: &str) -> Result<Lookup, AppError> {
    Lookup::parse(text).map_err(|e| AppError::BadRequest(e.to_string()))
}

/// A whole address (not a bare domain) from the parameter or element `what`.
fn whole_address(text: &str, what: &str) -> Result<EmailAddress, AppError> {
    match parse(text)? {
        Lookup::Address(address) => Ok(address),
        Lookup::Domain(_) => Err(AppError::BadRequest(format!("{what} must be a whole address, like you@example.com"))),
    }
}

fn served_settings(state: &AppState, query: &Lookup) -> Result<Settings, AppError> {
    let domain = query.domain().ascii();
    let settings =
        settings_for(&state.options.autoconfig, query).ok_or_else(|| AppError::UnknownDomain(domain.to_owned()))?;
    tracing::debug!(domain = %LogText(domain), "autoconfig answered");
    Ok(settings)
}

fn unknown(settings: &Settings) -> AppError {
    AppError::UnknownDomain(settings.domain().ascii().to_owned())
}

/// One output; only a provider without SMTP has none, and such a file is refused at start.
fn rendered(format: Format, settings: &Settings) -> Result<Rendered, AppError> {
    render::render(format, settings).ok_or_else(|| unknown(settings))
}

fn file(rendered: Rendered, cache: &'static str) -> Response {
    let mime = match rendered.mime {
        "application/xml" => "application/xml; charset=utf-8",
        other => other,
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(mime)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        rendered.text,
    )
        .into_response()
}

fn bad_query(rejection: QueryRejection) -> AppError {
    AppError::BadRequest(format!("the query string is not understood: {}", rejection.body_text()))
}
