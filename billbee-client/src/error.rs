//! The one error type of this crate.

use crate::models::ApiErrorCode;
use std::collections::BTreeMap;
use std::time::Duration;

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when talking to Billbee.
///
/// The HTTP status is kept wherever there was one ([`Error::status`]), even when the body was
/// HTML or empty. Body snippets are capped at 1 KiB. No variant carries credentials.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client was configured wrongly; `setting` names the builder setting.
    #[error("invalid configuration of `{setting}`: {reason}")]
    Config {
        /// The builder setting at fault, e.g. `api_key`.
        setting: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The request did not get an HTTP response (connection, TLS, timeout).
    ///
    /// The wrapped error may show the URL; no secret is ever part of a URL.
    #[error("request to Billbee failed")]
    Transport(#[source] reqwest::Error),
    /// Billbee answered with its envelope and reported an error (`ErrorCode` not 0), or
    /// answered with a non-success status and a JSON body.
    #[error("Billbee returned an error (HTTP {status}, code {code:?}): {}",
        message.as_deref().unwrap_or("no message"))]
    Api {
        /// HTTP status of the response.
        status: u16,
        /// `ErrorCode` of the envelope, if there was one.
        code: Option<ApiErrorCode>,
        /// `ErrorMessage` (or `Message`) of the body.
        message: Option<String>,
        /// `ErrorDescription` of the envelope (a name such as `OrderNotFound`).
        description: Option<String>,
    },
    /// ASP.NET model binding refused the request (HTTP 400 with `Message` and `ModelState`).
    #[error("Billbee rejected the request (HTTP {status}): {}",
        message.as_deref().unwrap_or("no message"))]
    BadRequest {
        /// HTTP status, normally 400.
        status: u16,
        /// The general message (often German).
        message: Option<String>,
        /// Per field (`orderData.InvoiceAddress.BillbeeId`), the reasons.
        model_state: BTreeMap<String, Vec<String>>,
    },
    /// The response was not JSON at all (HTML error page, empty body, ...).
    #[error("unexpected response from Billbee (HTTP {status}, content type {content_type:?})")]
    UnexpectedResponse {
        /// HTTP status of the response.
        status: u16,
        /// The `Content-Type` header, if any.
        content_type: Option<String>,
        /// The start of the body, at most 1 KiB.
        snippet: String,
    },
    /// The body was JSON but did not match the expected model.
    #[error("could not decode Billbee's response (HTTP {status}) at `{path}`")]
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// JSON path of the offending value, e.g. `Data[3].OrderItems[0].Quantity`.
        path: String,
        /// The start of the body, at most 1 KiB.
        snippet: String,
        /// What serde reported.
        #[source]
        source: serde_json::Error,
    },
    /// Billbee throttled the request (HTTP 429) and retrying was not allowed or did not help.
    #[error("rate limited by Billbee (HTTP {status}); retry after {retry_after:?}")]
    RateLimited {
        /// HTTP status, normally 429.
        status: u16,
        /// The server's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
    },
}

impl Error {
    /// The HTTP status of the response this error came from, if there was a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::BadRequest { status, .. }
            | Error::UnexpectedResponse { status, .. }
            | Error::Decode { status, .. }
            | Error::RateLimited { status, .. } => Some(*status),
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            Error::Config { .. } => None,
        }
    }

    /// Whether the same request may succeed if sent again later (throttling, server
    /// trouble, timeouts). Says nothing about whether repeating it is *safe*.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } => true,
            Error::Transport(e) => e.is_timeout() || e.is_connect(),
            Error::Api { status, code, .. } => {
                *status >= 500 || matches!(code, Some(ApiErrorCode::InternalError))
            }
            Error::UnexpectedResponse { status, .. } => *status >= 500 || *status == 429,
            Error::Config { .. } | Error::BadRequest { .. } | Error::Decode { .. } => false,
        }
    }

    /// The `ErrorCode` of Billbee's envelope, if the error carried one.
    pub fn api_error_code(&self) -> Option<ApiErrorCode> {
        match self {
            Error::Api { code, .. } => *code,
            _ => None,
        }
    }

    /// Whether Billbee said that the requested object does not exist (HTTP 404, or the
    /// `OrderNotFound` code).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404) || self.api_error_code() == Some(ApiErrorCode::OrderNotFound)
    }
}

/// Cuts a body to at most 1 KiB (on a character boundary) for error messages.
pub(crate) fn snippet(body: &[u8]) -> String {
    const MAX: usize = 1024;
    let text = String::from_utf8_lossy(body);
    if text.len() <= MAX {
        return text.into_owned();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}
