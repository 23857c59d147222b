//! Sending one request (auth, pacing, retries, tracing) and decoding Billbee's envelope.

use crate::error::snippet;
use crate::models::ApiErrorCode;
use crate::page::Page;
use crate::retry::{self, Outcome, RetryDecision, RetryInput};
use crate::{Client, Error, Result};
use backon::BackoffBuilder;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{ACCEPT, CONTENT_TYPE, RETRY_AFTER};
use reqwest::Method;
use secrecy::ExposeSecret;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;
use tracing::Instrument;

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment (SKUs and order numbers may hold `/ # % ? &`).
///
/// `""`, `.` and `..` are refused: URLs resolve dot segments away, so the request would reach
/// another endpoint.
pub(crate) fn seg(s: &str) -> Result<String> {
    if s.is_empty() || s == "." || s == ".." {
        return Err(Error::Config {
            setting: "path segment",
            reason: format!("{s:?} cannot be sent as a path segment"),
        });
    }
    Ok(utf8_percent_encode(s, SEGMENT).to_string())
}

/// One request, described before it is sent.
#[derive(Debug)]
pub(crate) struct Req {
    method: Method,
    /// The path template, e.g. `/orders/{id}`; with the method it names the endpoint.
    template: &'static str,
    /// The encoded path, e.g. `/orders/123`.
    path: String,
    query: Vec<(&'static str, String)>,
    body: Option<Vec<u8>>,
    safe_to_repeat: bool,
}

impl Req {
    fn new(method: Method, template: &'static str, path: String, safe: bool) -> Self {
        Self {
            method,
            template,
            path,
            query: Vec::new(),
            body: None,
            safe_to_repeat: safe,
        }
    }

    /// A GET; always safe to repeat.
    pub(crate) fn get(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::GET, template, path.into(), true)
    }

    /// A POST; never repeated automatically.
    pub(crate) fn post(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::POST, template, path.into(), false)
    }

    /// A PUT; `replaces_state` marks PUTs whose repetition changes nothing (tags, state).
    pub(crate) fn put(
        template: &'static str,
        path: impl Into<String>,
        replaces_state: bool,
    ) -> Self {
        Self::new(Method::PUT, template, path.into(), replaces_state)
    }

    /// A PATCH; not repeated automatically.
    pub(crate) fn patch(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::PATCH, template, path.into(), false)
    }

    /// A DELETE; not repeated automatically.
    pub(crate) fn delete(template: &'static str, path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, template, path.into(), false)
    }

    /// Adds a query parameter (repeat the call for repeated keys).
    pub(crate) fn query(mut self, key: &'static str, value: impl ToString) -> Self {
        self.query.push((key, value.to_string()));
        self
    }

    /// Adds a query parameter when it is set.
    pub(crate) fn query_opt(self, key: &'static str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }

    /// Adds one `key=value` pair per item.
    pub(crate) fn query_all<V: ToString>(mut self, key: &'static str, values: &[V]) -> Self {
        for v in values {
            self.query.push((key, v.to_string()));
        }
        self
    }

    /// Sets a JSON body.
    pub(crate) fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Self> {
        let bytes = serde_json::to_vec(body).map_err(|e| Error::Config {
            setting: "request body",
            reason: e.to_string(),
        })?;
        self.body = Some(bytes);
        Ok(self)
    }

    /// The endpoint name used for pacing and logs, e.g. `GET /orders/{id}`.
    pub(crate) fn endpoint(&self) -> String {
        format!("{} {}", self.method, self.template)
    }
}

/// A response after all retries, not yet decoded.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) body: Vec<u8>,
}

impl Client {
    /// Sends a request with pacing and retries and returns the last response.
    pub(crate) async fn send(&self, req: Req) -> Result<RawResponse> {
        let inner = &self.inner;
        let endpoint = req.endpoint();
        let mut url = format!("{}{}", inner.base_url, req.path);
        if !req.query.is_empty() {
            let mut ser = url::form_urlencoded::Serializer::new(String::new());
            for (k, v) in &req.query {
                ser.append_pair(k, v);
            }
            url.push('?');
            url.push_str(&ser.finish());
        }
        let mut backoff = backon::ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(500))
            .with_max_delay(Duration::from_secs(16))
            .with_jitter()
            .with_max_times(retry::MAX_ATTEMPTS as usize)
            .build();
        let mut waited = Duration::ZERO;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let span = tracing::debug_span!(
                "billbee.request",
                method = %req.method,
                path = req.template,
                attempt,
                status = tracing::field::Empty,
            );
            let result = self
                .attempt(&req, &url, &endpoint)
                .instrument(span.clone())
                .await;
            let (outcome, retry_after) = match &result {
                Ok(r) => {
                    span.record("status", r.status);
                    (Outcome::Status(r.status), r.retry_after)
                }
                Err(Error::Transport(e)) if e.is_timeout() => (Outcome::Timeout, None),
                Err(Error::Transport(e)) if e.is_connect() => (Outcome::Connect, None),
                Err(_) => (Outcome::OtherTransport, None),
            };
            let decision = retry::decide(RetryInput {
                safe_to_repeat: req.safe_to_repeat,
                outcome,
                retry_after,
                attempt,
                backoff: backoff.next().unwrap_or(Duration::from_secs(16)),
                waited,
                max_wait: inner.max_retry_wait,
            });
            match decision {
                RetryDecision::Stop => return result,
                RetryDecision::RetryAfter(d) => {
                    span.in_scope(|| tracing::debug!(delay_ms = d.as_millis() as u64, "retrying"));
                    tokio::time::sleep(d).await;
                    waited += d;
                }
            }
        }
    }

    async fn attempt(&self, req: &Req, url: &str, endpoint: &str) -> Result<RawResponse> {
        let inner = &self.inner;
        inner.pacer.wait(endpoint).await;
        let mut builder = inner
            .http
            .request(req.method.clone(), url)
            .header(ACCEPT, "application/json")
            .header("X-Billbee-Api-Key", inner.api_key_header.clone())
            .basic_auth(&inner.user, Some(inner.api_password.expose_secret()));
        builder = match &req.body {
            Some(body) => builder
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone()),
            None => builder,
        };
        let resp = builder.send().await.map_err(Error::Transport)?;
        let status = resp.status().as_u16();
        let headers = resp.headers();
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, jiff::Timestamp::now()));
        let body = resp.bytes().await.map_err(Error::Transport)?.to_vec();
        tracing::Span::current().record("status", status);
        Ok(RawResponse {
            status,
            content_type,
            retry_after,
            body,
        })
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawPaging {
    #[serde(default)]
    page: Option<Value>,
    #[serde(default)]
    total_pages: Option<Value>,
    #[serde(default)]
    total_rows: Option<Value>,
    #[serde(default)]
    page_size: Option<Value>,
}

fn non_negative(v: &Option<Value>) -> Option<u64> {
    v.as_ref().and_then(Value::as_u64)
}

impl RawResponse {
    fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    fn is_blank(&self) -> bool {
        self.body.iter().all(u8::is_ascii_whitespace)
    }

    fn unexpected(&self) -> Error {
        Error::UnexpectedResponse {
            status: self.status,
            content_type: self.content_type.clone(),
            snippet: snippet(&self.body),
        }
    }

    fn decode_err(&self, path: String, source: serde_json::Error) -> Error {
        Error::Decode {
            status: self.status,
            path,
            snippet: snippet(&self.body),
            source,
        }
    }

    /// Parses the body as JSON, or explains why it is not.
    fn json(&self) -> Result<Value> {
        if self.status == 429 {
            return Err(Error::RateLimited {
                status: 429,
                retry_after: self.retry_after,
            });
        }
        if self.is_blank() {
            return Err(self.unexpected());
        }
        let value: Value = serde_json::from_slice(&self.body).map_err(|_| self.unexpected())?;
        if !self.is_success() {
            return Err(self.error_from(&value));
        }
        Ok(value)
    }

    /// Turns a JSON error body of a non-2xx response into an error.
    fn error_from(&self, value: &Value) -> Error {
        let text = |k: &str| value.get(k).and_then(Value::as_str).map(str::to_owned);
        if let Some(ms) = value.get("ModelState").and_then(Value::as_object) {
            let model_state = ms
                .iter()
                .map(|(k, v)| {
                    let msgs = match v {
                        Value::Array(a) => a
                            .iter()
                            .map(|m| m.as_str().map_or_else(|| m.to_string(), str::to_owned))
                            .collect(),
                        Value::String(s) => vec![s.clone()],
                        other => vec![other.to_string()],
                    };
                    (k.clone(), msgs)
                })
                .collect::<BTreeMap<_, _>>();
            return Error::BadRequest {
                status: self.status,
                message: text("Message"),
                model_state,
            };
        }
        let code = value
            .get("ErrorCode")
            .and_then(Value::as_i64)
            .map(|c| ApiErrorCode::from(i32::try_from(c).unwrap_or(i32::MAX)));
        let description = value.get("ErrorDescription").and_then(|d| match d {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        });
        Error::Api {
            status: self.status,
            code,
            message: text("ErrorMessage")
                .or_else(|| text("Message"))
                .or_else(|| text("detail"))
                .or_else(|| text("title")),
            description: description.or_else(|| {
                value
                    .get("validation")
                    .map(|v| snippet(v.to_string().as_bytes()))
            }),
        }
    }

    /// Checks the envelope fields of a 2xx body; an `ErrorCode` other than 0 is an error.
    fn check_envelope(&self, value: &Value) -> Result<()> {
        match value.get("ErrorCode") {
            None | Some(Value::Null) => Ok(()),
            Some(code) if code.as_i64() == Some(0) => Ok(()),
            Some(_) => Err(self.error_from(value)),
        }
    }

    fn decode_value<T: DeserializeOwned>(&self, value: Value, prefix: &str) -> Result<T> {
        serde_path_to_error::deserialize(value).map_err(|e| {
            let inner = e.path().to_string();
            let path = match (prefix.is_empty(), inner.as_str()) {
                (true, _) => inner,
                (false, ".") => prefix.to_owned(),
                (false, p) if p.starts_with('[') => format!("{prefix}{p}"),
                (false, p) => format!("{prefix}.{p}"),
            };
            self.decode_err(path, e.into_inner())
        })
    }

    /// Decodes `ApiResult<T>`: success needs a 2xx status and `ErrorCode` 0; returns `Data`.
    pub(crate) fn envelope<T: DeserializeOwned>(self) -> Result<T> {
        let mut value = self.json()?;
        self.check_envelope(&value)?;
        let data = match value.as_object_mut() {
            Some(obj) if obj.contains_key("Data") => obj.remove("Data").unwrap_or(Value::Null),
            _ => {
                let err = <serde_json::Error as serde::de::Error>::missing_field("Data");
                return Err(self.decode_err(String::new(), err));
            }
        };
        self.decode_value(data, "Data")
    }

    /// Decodes `ApiPagedResult<List<T>>` into a [`Page`]; `requested` is the page asked for.
    pub(crate) fn paged<T: DeserializeOwned>(self, requested: u32) -> Result<Page<T>> {
        let mut value = self.json()?;
        self.check_envelope(&value)?;
        let obj = match value.as_object_mut() {
            Some(obj) if obj.contains_key("Data") => obj,
            _ => {
                let err = <serde_json::Error as serde::de::Error>::missing_field("Data");
                return Err(self.decode_err(String::new(), err));
            }
        };
        let paging = match obj.remove("Paging") {
            None | Some(Value::Null) => None,
            Some(p) => Some(self.decode_value::<RawPaging>(p, "Paging")?),
        };
        let items: Vec<T> = self.decode_value(obj.remove("Data").unwrap_or(Value::Null), "Data")?;
        let to_u32 = |v: Option<u64>| v.and_then(|n| u32::try_from(n).ok());
        Ok(match paging {
            Some(p) => Page {
                items,
                page: to_u32(non_negative(&p.page))
                    .filter(|p| *p > 0)
                    .unwrap_or(requested),
                total_pages: to_u32(non_negative(&p.total_pages)),
                total_rows: non_negative(&p.total_rows),
                page_size: to_u32(non_negative(&p.page_size)),
            },
            None => Page {
                items,
                page: requested,
                total_pages: None,
                total_rows: None,
                page_size: None,
            },
        })
    }

    /// Decodes a body that is not wrapped in the envelope.
    pub(crate) fn bare<T: DeserializeOwned>(self) -> Result<T> {
        let value = self.json()?;
        self.decode_value(value, "")
    }

    /// For endpoints that answer an empty body or any JSON on success. An envelope with an
    /// `ErrorCode` other than 0 is still an error.
    pub(crate) fn empty_ok(self) -> Result<()> {
        if self.is_success() && self.is_blank() {
            return Ok(());
        }
        if self.is_success() {
            if let Ok(value) = serde_json::from_slice::<Value>(&self.body) {
                return self.check_envelope(&value);
            }
            return Err(self.unexpected());
        }
        self.json().map(|_| ())
    }

    /// Like [`loose`](Self::loose), then decodes the value into `T`.
    pub(crate) fn loose_as<T: DeserializeOwned>(self) -> Result<T> {
        let value = self.loose_value()?;
        self.decode_value(value, "")
    }

    /// Decodes a bare JSON array of envelopes, one per item (`updatestockmultiple`).
    pub(crate) fn envelopes<T: DeserializeOwned>(self) -> Result<Vec<Result<T>>> {
        let value = self.json()?;
        let Value::Array(items) = value else {
            let err =
                <serde_json::Error as serde::de::Error>::custom("expected an array of results");
            return Err(self.decode_err(String::new(), err));
        };
        Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, mut item)| {
                self.check_envelope(&item)?;
                let data = item.get_mut("Data").map(Value::take).unwrap_or(Value::Null);
                self.decode_value(data, &format!("[{i}].Data"))
            })
            .collect())
    }

    /// For endpoints the spec types as a bare `object`: returns `Data` when the body is an
    /// envelope, otherwise the whole body; an empty 2xx body reads as `null`.
    pub(crate) fn loose(self) -> Result<Value> {
        self.loose_value()
    }

    fn loose_value(&self) -> Result<Value> {
        if self.is_success() && self.is_blank() {
            return Ok(Value::Null);
        }
        let mut value = self.json()?;
        self.check_envelope(&value)?;
        Ok(match value.as_object_mut() {
            Some(obj) if obj.contains_key("ErrorCode") && obj.contains_key("Data") => {
                obj.remove("Data").unwrap_or(Value::Null)
            }
            _ => value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            content_type: Some("application/json".into()),
            retry_after: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn encodes_path_segments() {
        assert_eq!(seg("A/B #1%?&x").unwrap(), "A%2FB%20%231%25%3F%26x");
        assert_eq!(seg("MUG-KÖLN-01").unwrap(), "MUG-K%C3%96LN-01");
        assert_eq!(seg("a.b_c~d").unwrap(), "a.b_c~d");
        assert!(seg("..").is_err() && seg(".").is_err() && seg("").is_err());
    }

    #[test]
    fn error_description_as_number_is_kept() {
        let err = raw(
            200,
            r#"{"ErrorCode":2,"ErrorDescription":2,"ErrorMessage":"x","Data":null}"#,
        )
        .envelope::<Value>()
        .unwrap_err();
        match err {
            Error::Api {
                status: 200,
                code,
                description,
                ..
            } => {
                assert_eq!(code, Some(ApiErrorCode::OrderNotFound));
                assert_eq!(description.as_deref(), Some("2"));
            }
            other => panic!("{other:?}"),
        }
        let ok: i64 = raw(200, r#"{"ErrorCode":0,"ErrorDescription":0,"Data":5}"#)
            .envelope()
            .unwrap();
        assert_eq!(ok, 5);
    }

    #[test]
    fn negative_paging_reads_as_unknown() {
        let page: Page<i64> = raw(
            200,
            r#"{"Paging":{"Page":-3,"TotalPages":-7,"TotalRows":-1,"PageSize":-2},
                "ErrorCode":0,"Data":[1]}"#,
        )
        .paged(1)
        .unwrap();
        assert_eq!(
            (page.page, page.total_pages, page.total_rows, page.page_size),
            (1, None, None, None)
        );
        assert!(!page.has_next(250));
    }
}
