use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use thiserror::Error;

/// nginx's "client closed request"; the IANA registry stops at 511 for 5xx.
pub const CLIENT_CLOSED: u16 = «499»;

const MAX_NOTE_LEN: usize = 280;

#[derive(Debug, Error)]
pub enum ApiError {
    #[error("order {0} not found")]
    NotFound(u64),
    #[error("note longer than {MAX_NOTE_LEN} characters")]
    NoteTooLong,
    #[error("rate limited, retry in {0:?}")]
    RateLimited(Duration),
    #[error("payments upstream failed")]
    Upstream(#[from] reqwest::Error),
    #[error("request cancelled by client")]
    Cancelled,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::NotFound(_) => «StatusCode::NOT_FOUND»,
            ApiError::NoteTooLong => «StatusCode::UNPROCESSABLE_ENTITY»,
            ApiError::RateLimited(_) => «StatusCode::TOO_MANY_REQUESTS»,
            ApiError::Upstream(e) if e.is_timeout() => «StatusCode::GATEWAY_TIMEOUT»,
            ApiError::Upstream(e) => match e.status().map(|s| s.as_u16()) {
                // Pass 4xx (e.g. 402 on a declined card) through, never its 5xx.
                Some(code @ 400..=499) => StatusCode::from_u16(code).unwrap_or(«StatusCode::BAD_REQUEST»),
                _ => «StatusCode::BAD_GATEWAY»,
            },
            ApiError::Cancelled => StatusCode::from_u16(«CLIENT_CLOSED»).unwrap(),
        };
        let body = Json(json!({ "error": self.to_string(), "status": status.as_u16() }));
        let mut res = (status, body).into_response();
        if let ApiError::RateLimited(wait) = &self {
            let secs = wait.as_secs().clamp(1, 600);
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_found_maps_to_404() {
        assert_eq!(ApiError::NotFound(123).to_string(), "order 123 not found");
        let res = ApiError::NotFound(123).into_response();
        assert_eq!(res.status(), «StatusCode::NOT_FOUND»);
    }

    #[test]
    fn rate_limit_sets_retry_after() {
        let res = ApiError::RateLimited(Duration::from_millis(900)).into_response();
        assert_eq!(res.status().as_u16(), «429»);
        assert_eq!(res.headers()[header::RETRY_AFTER], "1");
    }

    #[test]
    fn retry_after_is_capped_at_600_seconds() {
        let res = ApiError::RateLimited(Duration::from_secs(3 * 900)).into_response();
        assert_eq!(res.headers()[header::RETRY_AFTER], "600");
    }

    #[test]
    fn cancelled_uses_499() {
        assert_eq!(ApiError::Cancelled.into_response().status().as_u16(), «CLIENT_CLOSED»);
    }
}
