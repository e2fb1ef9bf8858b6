//! The one error type of the HTTP layer: a stable code and message for the client, the
//! detail in the log.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use mailsetup_shared::wire::{ApiError, ApiErrorCode};

use crate::probe::ProbeError;
use crate::target::TargetError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Probe(#[from] ProbeError),
    #[error("the proxy is running as many probes as it allows; try again in {retry_after} s")]
    Busy { retry_after: u64 },
    #[error("too many probes from your address; try again in {retry_after} s")]
    RateLimited { retry_after: u64 },
    #[error("this server was tested several times in the last minute; try again in {retry_after} s")]
    TargetRateLimited { retry_after: u64 },
    #[error("you already have as many probes running as this proxy allows one client; try again in {retry_after} s")]
    ClientBusy { retry_after: u64 },
    #[error("the request is larger than this proxy accepts")]
    TooLarge,
    #[error("the request's body did not arrive in time")]
    BodyTimeout,
    #[error("requests from other sites are not accepted here")]
    CrossSite,
    /// A domain `serve --autoconfig` has no file for.
    #[error("no mail settings are served here for {0}")]
    UnknownDomain(String),
    #[error(
        "this proxy does not run login tests: it is not on your own computer and its operator has not turned them on"
    )]
    LoginNotAllowed,
    #[error("too many login tests for this account, server or address just now; try again in {retry_after} s")]
    LoginRateLimited { retry_after: u64 },
    #[error(
        "this proxy cannot reach the store that keeps its limits, so it runs no probes just now; try again in {retry_after} s"
    )]
    StoreUnavailable { retry_after: u64 },
}

/// Set on the response of every refusal: its stable code, which `/metrics` counts, and
/// what happened, which the refusals layer logs ([`crate::middleware`]).
#[derive(Debug, Clone)]
pub struct Refused {
    pub code: ApiErrorCode,
    /// The error's own words (client text in it is escaped when logged).
    pub detail: String,
}

impl AppError {
    fn status_and_code(&self) -> (StatusCode, ApiErrorCode) {
        use ApiErrorCode as Code;
        match self {
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, Code::InvalidRequest),
            AppError::Probe(ProbeError::Target(TargetError::InvalidHost(_))) => {
                (StatusCode::BAD_REQUEST, Code::InvalidHost)
            }
            AppError::Probe(ProbeError::Target(TargetError::Resolve { .. })) => {
                (StatusCode::UNPROCESSABLE_ENTITY, Code::ResolveFailed)
            }
            AppError::Probe(ProbeError::Target(TargetError::NotAllowed { .. })) => {
                (StatusCode::FORBIDDEN, Code::TargetNotAllowed)
            }
            AppError::Probe(ProbeError::PortNotAllowed(..)) => (StatusCode::FORBIDDEN, Code::PortNotAllowed),
            AppError::Probe(ProbeError::TooManyPorts) => (StatusCode::BAD_REQUEST, Code::TooManyPorts),
            AppError::Probe(ProbeError::InvalidLogin(_)) => (StatusCode::BAD_REQUEST, Code::InvalidLogin),
            AppError::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, Code::Busy),
            AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, Code::RateLimited),
            AppError::TargetRateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, Code::TargetRateLimited),
            AppError::ClientBusy { .. } => (StatusCode::TOO_MANY_REQUESTS, Code::ClientBusy),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, Code::TooLarge),
            AppError::BodyTimeout => (StatusCode::REQUEST_TIMEOUT, Code::BodyTimeout),
            AppError::LoginNotAllowed => (StatusCode::FORBIDDEN, Code::LoginNotAllowed),
            AppError::CrossSite => (StatusCode::FORBIDDEN, Code::CrossSite),
            AppError::UnknownDomain(_) => (StatusCode::NOT_FOUND, Code::UnknownDomain),
            AppError::StoreUnavailable { .. } => (StatusCode::SERVICE_UNAVAILABLE, Code::StoreUnavailable),
            AppError::LoginRateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, Code::LoginRateLimited),
        }
    }

    /// The stable code the client sees (`rate_limited`, `busy`, ...).
    pub fn code(&self) -> ApiErrorCode {
        self.status_and_code().1
    }

    /// The body the client sees.
    pub fn to_api_error(&self) -> ApiError {
        ApiError { code: self.code(), message: self.to_string() }
    }
}

impl From<axum::extract::rejection::JsonRejection> for AppError {
    fn from(rejection: axum::extract::rejection::JsonRejection) -> AppError {
        use axum::extract::rejection::JsonRejection;
        match rejection {
            rejection if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
            // serde quotes the offending value, which may be a password put in the wrong
            // place: neither the client nor the log gets it back.
            JsonRejection::JsonDataError(_) => AppError::BadRequest(
                "the request's fields do not match the API (see `POST /api/probe` in the README)".to_owned(),
            ),
            rejection => body_read_failure(&rejection).unwrap_or_else(|| AppError::BadRequest(rejection.body_text())),
        }
    }
}

/// What a failed read of a request's body means for the client, when its chain of sources
/// tells: the body was larger than allowed, or did not arrive before its deadline.
pub fn body_read_failure(error: &(dyn std::error::Error + 'static)) -> Option<AppError> {
    std::iter::successors(Some(error), |e| e.source()).find_map(|e| {
        if e.is::<http_body_util::LengthLimitError>() {
            Some(AppError::TooLarge)
        } else if e.is::<tower_http::timeout::TimeoutError>() {
            Some(AppError::BodyTimeout)
        } else {
            None
        }
    })
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let mut response = (status, Json(self.to_api_error())).into_response();
        response.extensions_mut().insert(Refused { code, detail: self.to_string() });
        if let AppError::Busy { retry_after }
        | AppError::RateLimited { retry_after }
        | AppError::TargetRateLimited { retry_after }
        | AppError::ClientBusy { retry_after }
        | AppError::StoreUnavailable { retry_after }
        | AppError::LoginRateLimited { retry_after } = self
            && let Ok(value) = HeaderValue::from_str(&retry_after.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// Text from a client, made safe for any log format: control characters (line breaks,
/// escape sequences) and characters that reorder text are written as `\u{..}` escapes, so
/// nothing a client sends can forge a log line or restyle a terminal.
#[derive(Debug, Clone, Copy)]
pub struct LogText<'a>(pub &'a str);

impl std::fmt::Display for LogText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write as _;
        for c in self.0.chars() {
            if c.is_control() || email_settings::smtp::reply::is_bidi_control(c) || c == '\\' {
                write!(f, "{}", c.escape_unicode())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::LogText;

    #[test]
    fn log_text_escapes_what_could_forge_a_line_or_restyle_a_terminal() {
        let check = |input: &str, expected: &str| assert_eq!(LogText(input).to_string(), expected, "{input:?}");
        check("smtp.example.com", "smtp.example.com");
        check("evil\n\x1b[31mFORGED", "evil\\u{a}\\u{1b}[31mFORGED");
        check("a\rb\tc\u{7f}", "a\\u{d}b\\u{9}c\\u{7f}");
        check("moc.\u{202e}evil", "moc.\\u{202e}evil");
        check("back\\slash", "back\\u{5c}slash");
        check("münchen", "münchen");
    }
}
