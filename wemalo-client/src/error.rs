//! The one error type of this crate.

use std::fmt;
use std::time::Duration;

/// Result alias used by every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The `status` field of a Wemalo answer body, which arrives as a number or a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyStatus {
    /// `"status": 404`
    Number(i64),
    /// `"status": "404"` or any other text, kept as sent.
    Text(String),
}

impl BodyStatus {
    /// The numeric value, if the status is a number or a numeric string.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            BodyStatus::Number(n) => Some(*n),
            BodyStatus::Text(t) => t.trim().parse().ok(),
        }
    }
}

impl fmt::Display for BodyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyStatus::Number(n) => write!(f, "{n}"),
            BodyStatus::Text(t) => write!(f, "{t:?}"),
        }
    }
}

/// Everything that can go wrong talking to wemalo-connect.
///
/// Every variant that comes from an answer keeps the HTTP status, even when the
/// body was HTML or empty. Body snippets are cut to about 1 KiB.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client was configured wrongly (bad base URL, token that cannot be a header).
    #[error("invalid configuration: {0}")]
    Config(String),

    /// An argument cannot be sent (for example an empty external id in a path).
    #[error("invalid argument: {0}")]
    InvalidInput(String),

    /// The request did not get an answer (connect, TLS, timeout, reading the body).
    #[error("transport error talking to wemalo-connect")]
    Transport(#[source] reqwest::Error),

    /// Wemalo answered with an error: a non-2xx HTTP status, a body `status` other than
    /// 200 or `"Success": false`. Both statuses are kept, since they may disagree.
    #[error("{}", api_display(*http_status, body_status.as_ref(), message.as_deref()))]
    Api {
        /// The HTTP status of the answer.
        http_status: u16,
        /// The body's `status` field, if present.
        body_status: Option<BodyStatus>,
        /// The body's `message` (or similar) field, if present.
        message: Option<String>,
        /// The start of the body (at most about 1 KiB), for diagnosis.
        snippet: String,
    },

    /// Wemalo refused the call because the call budget is used up (status 419 in the
    /// body or HTTP 419/429), and retrying was not allowed or did not help in time.
    #[error("rate limited by wemalo-connect (HTTP {http_status})")]
    RateLimited {
        /// The HTTP status of the answer (may well be 200 with body status 419).
        http_status: u16,
        /// The wait the server asked for in `Retry-After`, if any.
        retry_after: Option<Duration>,
    },

    /// The answer is not the JSON the API speaks (HTML error page, empty body, ...).
    #[error("unexpected response from wemalo-connect (HTTP {http_status}, content type {})",
        content_type.as_deref().unwrap_or("none"))]
    UnexpectedResponse {
        /// The HTTP status of the answer.
        http_status: u16,
        /// The `Content-Type` header, if any.
        content_type: Option<String>,
        /// The start of the body (at most about 1 KiB); empty for an empty body.
        snippet: String,
    },

    /// A webhook body (see [`crate::webhooks`]) is not the JSON Wemalo sends.
    #[error("cannot parse webhook body at `{path}`")]
    InvalidWebhook {
        /// The JSON path of the offending value.
        path: String,
        /// The start of the body (at most about 1 KiB).
        snippet: String,
        /// The underlying serde error.
        #[source]
        source: serde_json::Error,
    },

    /// The answer was JSON and signalled success, but did not have the expected shape.
    #[error("cannot decode wemalo-connect answer (HTTP {http_status}) at `{path}`")]
    Decode {
        /// The HTTP status of the answer.
        http_status: u16,
        /// The JSON path of the offending value, e.g. `packages[0].weightTotal`.
        path: String,
        /// The start of the body (at most about 1 KiB).
        snippet: String,
        /// The underlying serde error.
        #[source]
        source: serde_json::Error,
    },
}

fn api_display(http: u16, body: Option<&BodyStatus>, message: Option<&str>) -> String {
    let mut s = format!("wemalo-connect error (HTTP {http}");
    if let Some(b) = body {
        s.push_str(&format!(", body status {b}"));
    }
    s.push(')');
    if let Some(m) = message {
        s.push_str(": ");
        s.push_str(m);
    }
    s
}

impl Error {
    /// The HTTP status of the answer, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { http_status, .. }
            | Error::RateLimited { http_status, .. }
            | Error::UnexpectedResponse { http_status, .. }
            | Error::Decode { http_status, .. } => Some(*http_status),
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            Error::Config(_) | Error::InvalidInput(_) | Error::InvalidWebhook { .. } => None,
        }
    }

    /// The numeric body `status` of an [`Error::Api`] answer (419 for rate limits).
    pub fn body_status(&self) -> Option<i64> {
        match self {
            Error::Api { body_status, .. } => body_status.as_ref().and_then(BodyStatus::as_i64),
            Error::RateLimited { .. } => Some(419),
            _ => None,
        }
    }

    /// The error message Wemalo sent, if any.
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::Api { message, .. } => message.as_deref(),
            _ => None,
        }
    }

    /// The body status if present, otherwise the HTTP status: the code Wemalo meant.
    pub fn code(&self) -> Option<i64> {
        self.body_status().or_else(|| self.status().map(i64::from))
    }

    /// Whether the same request could succeed if sent again later (rate limit, 5xx,
    /// transport trouble). Says nothing about whether re-sending is *safe*.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RateLimited { .. } => true,
            Error::Transport(e) => e.is_timeout() || e.is_connect() || e.is_request(),
            Error::UnexpectedResponse { http_status, .. } => {
                *http_status >= 500 || *http_status == 408
            }
            Error::Api { .. } => self.code().is_some_and(|c| c >= 500 || c == 408),
            _ => false,
        }
    }

    /// The wait Wemalo asked for with `Retry-After` on a rate-limit refusal.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether Wemalo refused the call for lack of call budget.
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::RateLimited { .. })
    }

    /// Whether Wemalo said "not found" (404 in the body or the HTTP status). For
    /// `goodsOrder/add` this is how an unknown product in a position is reported.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Api { .. }) && self.code() == Some(404)
    }

    /// Whether the token was refused (401/403).
    pub fn is_unauthorized(&self) -> bool {
        matches!(self.code(), Some(401 | 403)) || matches!(self.status(), Some(401 | 403))
    }

    /// Whether Wemalo refused a create because the external id already exists.
    ///
    /// Wemalo's code for this is not documented; this checks for 409, or an error whose
    /// message says the id already exists / is a duplicate.
    pub fn is_duplicate(&self) -> bool {
        let Error::Api { message, .. } = self else {
            return false;
        };
        if self.code() == Some(409) {
            return true;
        }
        message.as_deref().is_some_and(|m| {
            let m = m.to_ascii_lowercase();
            m.contains("already exist") || m.contains("duplicate")
        })
    }
}

/// Cuts a body to at most `SNIPPET_MAX` bytes on a char boundary.
pub(crate) fn snippet(body: &[u8]) -> String {
    const SNIPPET_MAX: usize = 1024;
    let text = String::from_utf8_lossy(body);
    if text.len() <= SNIPPET_MAX {
        return text.into_owned();
    }
    let mut end = SNIPPET_MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut s = text[..end].to_owned();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_is_bounded() {
        let body = "ä".repeat(2000);
        let s = snippet(body.as_bytes());
        assert!(s.len() <= 1024 + '…'.len_utf8());
        assert!(s.ends_with('…'));
        assert_eq!(snippet(b"short"), "short");
    }

    #[test]
    fn api_helpers() {
        let e = Error::Api {
            http_status: 200,
            body_status: Some(BodyStatus::Text("404".into())),
            message: Some("No product with extId found".into()),
            snippet: String::new(),
        };
        assert_eq!(e.status(), Some(200));
        assert_eq!(e.body_status(), Some(404));
        assert!(e.is_not_found());
        assert!(!e.is_retryable());
        assert!(!e.is_duplicate());
        assert_eq!(
            e.to_string(),
            "wemalo-connect error (HTTP 200, body status \"404\"): No product with extId found"
        );
        let d = Error::Api {
            http_status: 409,
            body_status: None,
            message: Some("externalId already exists".into()),
            snippet: String::new(),
        };
        assert!(d.is_duplicate());
    }
}
