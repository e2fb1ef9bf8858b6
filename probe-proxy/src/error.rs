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
    #[error("not found")]
    NotFound,
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
            AppError::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, "busy"),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        }
    }

    /// The body the client sees.
    pub fn to_api_error(&self) -> ApiError {
        ApiError { code: self.status_and_code().1.to_owned(), message: self.to_string() }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        tracing::info!(%status, code, error = %self, "request refused");
        let mut response = (status, Json(self.to_api_error())).into_response();
        if let AppError::Busy { retry_after } = self
            && let Ok(value) = HeaderValue::from_str(&retry_after.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}
