//! The one error type of the HTTP layer: a stable code and message for the client, the
//! detail in the log.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use mailsetup_shared::wire::ApiError;

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
    #[error("the request is larger than this proxy accepts")]
    TooLarge,
}

impl AppError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "invalid_request"),
            AppError::Probe(ProbeError::Target(TargetError::InvalidHost(_))) => {
                (StatusCode::BAD_REQUEST, "invalid_host")
            }
            AppError::Probe(ProbeError::Target(TargetError::Resolve { .. })) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "resolve_failed")
            }
            AppError::Probe(ProbeError::Target(TargetError::NotAllowed { .. })) => {
                (StatusCode::FORBIDDEN, "target_not_allowed")
            }
            AppError::Probe(ProbeError::PortNotAllowed(..)) => (StatusCode::FORBIDDEN, "port_not_allowed"),
            AppError::Probe(ProbeError::TooManyPorts) => (StatusCode::BAD_REQUEST, "too_many_ports"),
            AppError::Probe(ProbeError::InvalidLogin(_)) => (StatusCode::BAD_REQUEST, "invalid_login"),
            AppError::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, "busy"),
            AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            AppError::TargetRateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "target_rate_limited"),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        }
    }

    /// The body the client sees.
    pub fn to_api_error(&self) -> ApiError {
        ApiError { code: self.status_and_code().1.to_owned(), message: self.to_string() }
    }
}

impl From<axum::extract::rejection::JsonRejection> for AppError {
    fn from(rejection: axum::extract::rejection::JsonRejection) -> AppError {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest(rejection.body_text())
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        tracing::info!(%status, code, error = %self, "request refused");
        let mut response = (status, Json(self.to_api_error())).into_response();
        if let AppError::Busy { retry_after }
        | AppError::RateLimited { retry_after }
        | AppError::TargetRateLimited { retry_after } = self
            && let Ok(value) = HeaderValue::from_str(&retry_after.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}
