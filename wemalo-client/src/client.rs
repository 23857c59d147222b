//! The client, its builder and the transport every endpoint goes through.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use backon::Sleeper;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;
use url::Url;

use crate::error::{snippet, BodyStatus, Error, Result};
use crate::pacing::{Pacer, Permit};
use crate::retry::{self, Decision, Outcome, RetryPolicy};

/// The production base URL of wemalo-connect.
pub const DEFAULT_BASE_URL: &str = "https://connect.wemalo.com/v1/";

const HEADER_MAX_CALL: &str = "x-wemalo-limit-maxcall";
const HEADER_REMAINING_CALL: &str = "x-wemalo-limit-remainingcall";

/// Characters left as they are in a path segment: RFC 3986 "unreserved".
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A wemalo-connect API client.
///
/// Cheap to clone (an `Arc` inside); clones share the connection pool and the call-budget
/// pacer, so give one account one client. Resource handles such as
/// [`Client::goods_orders`] borrow it.
///
/// ```no_run
/// # async fn run() -> wemalo_client::Result<()> {
/// let client = wemalo_client::Client::builder().token("my-wemalo-token").build()?;
/// let status = client.goods_orders().status("SO-100042").await?;
/// println!("{:?}", status.status_name);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base: String,
    auth: HeaderValue,
    pacer: Pacer,
    retry: RetryPolicy,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("token", &"[redacted]")
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]; see each setter for defaults.
///
/// ```no_run
/// use std::time::Duration;
/// # fn run() -> wemalo_client::Result<()> {
/// let client = wemalo_client::Client::builder()
///     .token("my-wemalo-token")
///     .timeout(Duration::from_secs(30))
///     .user_agent_suffix("my-shop-sync/1.2")
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    token: Option<SecretString>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent_suffix: Option<String>,
    retry: RetryPolicy,
    rate_window: Duration,
    rate_reserve: u32,
    pacing: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &redacted_url(&self.base_url))
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("pacing", &self.pacing)
            .finish_non_exhaustive()
    }
}

/// A URL without user, password, query and fragment, which may hold secrets.
fn redacted_url(raw: &str) -> String {
    match Url::parse(raw.trim()) {
        Ok(mut url) => {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.set_query(None);
            url.set_fragment(None);
            url.to_string()
        }
        Err(_) => "[not a URL, not shown]".to_owned(),
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            token: None,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            user_agent_suffix: None,
            retry: RetryPolicy::default(),
            rate_window: Duration::from_secs(60),
            rate_reserve: 0,
            pacing: true,
        }
    }
}

impl ClientBuilder {
    /// Base URL of the API, default [`DEFAULT_BASE_URL`]. Point it at a mock server or
    /// the [`fake`](crate#the-fake) in tests. A missing trailing `/` is added.
    pub fn base_url(mut self, url: impl AsRef<str>) -> Self {
        self.base_url = url.as_ref().to_owned();
        self
    }

    /// The wemalo-connect API token (required). Sent as `Authorization: JWT <token>`,
    /// marked sensitive, and never printed by `Debug`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// Total time allowed for one attempt (connect, send, read the answer); default 60 s,
    /// the value Wemalo's own plugin uses. Retries get a fresh timeout each.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Time allowed to establish a connection; default 10 s.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Appended to the `User-Agent` (`wemalo-client/<version> <suffix>`), so the
    /// warehouse can tell which integration calls.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Upper bound for the total time one call spends waiting between retries; default
    /// 120 s. `Duration::ZERO` disables retries.
    pub fn max_retry_wait(mut self, d: Duration) -> Self {
        self.retry.max_total_wait = d;
        self
    }

    /// Attempts per call, the first included; default 6. `1` disables retries.
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.retry.max_attempts = n.max(1);
        self
    }

    /// First backoff delay between retries (doubling, with jitter); default 500 ms.
    pub fn retry_base_delay(mut self, d: Duration) -> Self {
        self.retry.min_delay = d;
        self
    }

    /// The length Wemalo's call-budget window is assumed to have; default 60 s.
    ///
    /// Wemalo reports how many calls are left (`x-wemalo-limit-remainingcall`) but not when
    /// the count resets. When the budget is used up, the client waits this long after the
    /// first answer of the window before sending again.
    pub fn rate_limit_window(mut self, d: Duration) -> Self {
        self.rate_window = d;
        self
    }

    /// Calls to leave unused in each window (for other tools sharing the token); default 0.
    pub fn rate_limit_reserve(mut self, calls: u32) -> Self {
        self.rate_reserve = calls;
        self
    }

    /// Turns proactive pacing from the limit headers on or off; default on. Refusals
    /// (status 419) are still retried for requests that are safe to repeat.
    pub fn pacing(mut self, on: bool) -> Self {
        self.pacing = on;
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client> {
        let token = self
            .token
            .ok_or_else(|| Error::Config("no API token given (ClientBuilder::token)".into()))?;
        let secret = token.expose_secret().trim();
        if secret.is_empty() {
            return Err(Error::Config("the API token is empty".into()));
        }
        let mut auth = HeaderValue::from_str(&format!("JWT {secret}")).map_err(|_| {
            Error::Config("the API token contains characters not allowed in a header".into())
        })?;
        auth.set_sensitive(true);

        let mut base = self.base_url.trim().to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        let parsed =
            Url::parse(&base).map_err(|e| Error::Config(format!("invalid base URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.cannot_be_a_base() {
            return Err(Error::Config(format!(
                "base URL {} is not an http(s) URL",
                redacted_url(&base)
            )));
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(Error::Config(
                "the base URL must not carry credentials; use ClientBuilder::token".into(),
            ));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::Config(format!(
                "base URL {} must not have a query",
                redacted_url(&base)
            )));
        }

        let mut ua = format!("wemalo-client/{}", env!("CARGO_PKG_VERSION"));
        if let Some(s) = self
            .user_agent_suffix
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            ua.push(' ');
            ua.push_str(s);
        }
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let http = reqwest::Client::builder()
            .user_agent(ua)
            .default_headers(headers)
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;

        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base: parsed.to_string(),
                auth,
                pacer: Pacer::new(self.rate_window, self.rate_reserve, self.pacing),
                retry: self.retry,
            }),
        })
    }
}

/// Percent-encodes one path segment (`/`, `#`, `%`, `?`, `&`, spaces, umlauts...).
pub(crate) fn seg(value: &str) -> Result<String> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidInput(format!(
            "{value:?} cannot be used as a path segment"
        )));
    }
    Ok(utf8_percent_encode(value, SEGMENT).to_string())
}

/// One request as the endpoint modules describe it.
#[derive(Debug)]
pub(crate) struct Call {
    pub(crate) method: Method,
    /// The route template for logs, e.g. `goodsOrder/getStatus/:id`.
    pub(crate) route: &'static str,
    /// The encoded path below the base URL, e.g. `goodsOrder/getStatus/SO%2F1`.
    pub(crate) path: String,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) body: Option<Vec<u8>>,
    /// May be sent again after the server might have seen it.
    pub(crate) safe_to_repeat: bool,
}

impl Call {
    pub(crate) fn new(method: Method, route: &'static str, path: String) -> Self {
        let safe_to_repeat = matches!(method, Method::GET | Method::DELETE | Method::HEAD);
        Call {
            method,
            route,
            path,
            query: Vec::new(),
            body: None,
            safe_to_repeat,
        }
    }
    pub(crate) fn get(route: &'static str, path: String) -> Self {
        Call::new(Method::GET, route, path)
    }
    pub(crate) fn post(route: &'static str, path: String) -> Self {
        Call::new(Method::POST, route, path)
    }
    pub(crate) fn put(route: &'static str, path: String) -> Self {
        Call::new(Method::PUT, route, path)
    }
    pub(crate) fn delete(route: &'static str, path: String) -> Self {
        Call::new(Method::DELETE, route, path)
    }
    pub(crate) fn query(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.query.push((key, value.into()));
        self
    }
    pub(crate) fn query_opt<V: ToString>(self, key: &'static str, value: Option<V>) -> Self {
        match value {
            Some(v) => self.query(key, v.to_string()),
            None => self,
        }
    }
    pub(crate) fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidInput(format!("cannot encode the request body: {e}")))?;
        self.body = Some(bytes);
        Ok(self)
    }
    /// Marks a PUT (or other write) as safe to send twice: setting a value, not adding one.
    pub(crate) fn idempotent(mut self) -> Self {
        self.safe_to_repeat = true;
        self
    }
}

/// Reads pages `first, first+1, …` until Wemalo says there are no more.
///
/// Stops as well on an empty page, or when the answer names a different page than the
/// one asked for (a server ignoring `page` would otherwise be read forever), when an answer
/// without a page number repeats the previous page, and after `MAX_PAGES` pages.
pub(crate) async fn collect_pages<P, F, Fut>(first: u32, mut fetch: F) -> Result<Vec<P::Item>>
where
    P: crate::models::Paged,
    P::Item: PartialEq,
    F: FnMut(u32) -> Fut,
    Fut: std::future::Future<Output = Result<P>>,
{
    const MAX_PAGES: u32 = 10_000;
    let mut items = Vec::new();
    let mut page = first;
    let mut previous_len = 0;
    loop {
        let answer = fetch(page).await?;
        let more = answer.has_more();
        let numbered = answer.page_number();
        let same_page = numbered.is_none_or(|n| n == i64::from(page));
        let got = answer.into_items();
        let empty = got.is_empty();
        if numbered.is_none() && page != first && got.len() == previous_len && items.ends_with(&got)
        {
            return Ok(items);
        }
        previous_len = got.len();
        items.extend(got);
        if !more || empty || !same_page || page >= first.saturating_add(MAX_PAGES) {
            return Ok(items);
        }
        page += 1;
    }
}

/// What an answer says, before the body is decoded into a model.
pub(crate) fn interpret(
    http_status: u16,
    content_type: Option<String>,
    retry_after: Option<Duration>,
    body: &[u8],
) -> Result<Option<Value>> {
    if http_status == 419 || http_status == 429 {
        return Err(Error::RateLimited {
            http_status,
            retry_after,
        });
    }
    let http_ok = (200..300).contains(&http_status);
    let trimmed = body.trim_ascii();
    if trimmed.is_empty() {
        if http_ok {
            return Ok(None);
        }
        return Err(Error::UnexpectedResponse {
            http_status,
            content_type,
            snippet: String::new(),
        });
    }
    let Ok(value) = serde_json::from_slice::<Value>(trimmed) else {
        return Err(Error::UnexpectedResponse {
            http_status,
            content_type,
            snippet: snippet(body),
        });
    };
    let (body_status, success, message) = match &value {
        Value::Object(map) => (
            map.get("status").and_then(body_status_of),
            map.get("Success").and_then(success_of),
            message_of(map),
        ),
        _ => (None, None, None),
    };
    if body_status.as_ref().and_then(BodyStatus::as_i64) == Some(419) {
        return Err(Error::RateLimited {
            http_status,
            retry_after,
        });
    }
    // A numeric body status must be 2xx. A non-numeric one ("OK"?) is undocumented; it
    // counts as success only when `Success` says so explicitly.
    let status_ok = match body_status.as_ref().map(BodyStatus::as_i64) {
        None => true,
        Some(Some(n)) => (200..300).contains(&n),
        Some(None) => success == Some(true),
    };
    if http_ok && status_ok && success != Some(false) {
        return Ok(Some(value));
    }
    Err(Error::Api {
        http_status,
        body_status,
        message,
        snippet: snippet(body),
    })
}

fn body_status_of(v: &Value) -> Option<BodyStatus> {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(i) => Some(BodyStatus::Number(i)),
            None => Some(BodyStatus::Text(n.to_string())),
        },
        Value::String(s) => Some(BodyStatus::Text(s.clone())),
        _ => None,
    }
}

fn success_of(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => n.as_f64().map(|f| f != 0.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn message_of(map: &serde_json::Map<String, Value>) -> Option<String> {
    for key in [
        "message",
        "msg",
        "error",
        "errorMessage",
        "description",
        "missingParameter",
    ] {
        match map.get(key) {
            Some(Value::String(s)) if !s.is_empty() => return Some(s.clone()),
            Some(Value::Null) | None => {}
            Some(Value::String(_)) => {}
            Some(other) => return Some(other.to_string()),
        }
    }
    None
}

/// Decodes a successful answer, naming the JSON path of anything that does not fit.
pub(crate) fn decode<T: DeserializeOwned>(http_status: u16, value: Value) -> Result<T> {
    let snip = || snippet(value.to_string().as_bytes());
    match serde_path_to_error::deserialize::<_, T>(&value) {
        Ok(v) => Ok(v),
        Err(e) => {
            let path = e.path().to_string();
            let snippet = snip();
            Err(Error::Decode {
                http_status,
                path,
                snippet,
                source: e.into_inner(),
            })
        }
    }
}

fn header_u32(headers: &HeaderMap, name: &str) -> Option<u32> {
    let v = headers.get(name)?.to_str().ok()?.trim();
    v.parse::<u32>().ok().or_else(|| {
        v.parse::<i64>()
            .ok()
            .map(|i| u32::try_from(i.max(0)).unwrap_or(u32::MAX))
    })
}

impl Client {
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to (always ending in `/`).
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// Sends a call and decodes the answer into `T`.
    pub(crate) async fn send<T: DeserializeOwned>(&self, call: Call) -> Result<T> {
        let (status, value) = self.execute(call).await?;
        match value {
            Some(v) => decode(status, v),
            None => Err(Error::UnexpectedResponse {
                http_status: status,
                content_type: None,
                snippet: String::new(),
            }),
        }
    }

    /// Sends a call whose answer carries nothing but success.
    pub(crate) async fn send_unit(&self, call: Call) -> Result<()> {
        self.execute(call).await.map(|_| ())
    }

    async fn execute(&self, call: Call) -> Result<(u16, Option<Value>)> {
        let span = tracing::debug_span!(
            "wemalo.request",
            method = %call.method,
            route = call.route,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        self.execute_in_span(call, span.clone())
            .instrument(span)
            .await
    }

    async fn execute_in_span(
        &self,
        call: Call,
        span: tracing::Span,
    ) -> Result<(u16, Option<Value>)> {
        let policy = self.inner.retry;
        let mut backoff = policy.backoff();
        let mut waited = Duration::ZERO;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let permit = Permit::acquire(&self.inner.pacer).await;
            let result = self.attempt(&call, &span, permit).await;
            let outcome = match &result {
                Ok(_) => Outcome::Final,
                Err(Error::RateLimited { retry_after, .. }) => Outcome::RateLimited {
                    retry_after: *retry_after,
                },
                Err(Error::Transport(e)) => Outcome::Transport {
                    connect: e.is_connect(),
                },
                Err(e) => match e.status() {
                    Some(s) if s >= 500 || s == 408 => Outcome::ServerError(s),
                    _ => Outcome::Final,
                },
            };
            let next = if outcome == Outcome::Final {
                None
            } else {
                backoff.next()
            };
            match retry::decide(call.safe_to_repeat, outcome, attempt, waited, next, &policy) {
                Decision::Stop => return result,
                Decision::RetryAfter(d) => {
                    tracing::debug!(delay_ms = d.as_millis() as u64, ?outcome, "retrying");
                    waited += d;
                    backon::TokioSleeper.sleep(d).await;
                }
            }
        }
    }

    async fn attempt(
        &self,
        call: &Call,
        span: &tracing::Span,
        permit: Permit<'_>,
    ) -> Result<(u16, Option<Value>)> {
        let url = format!("{}{}", self.inner.base, call.path);
        let mut req = self
            .inner
            .http
            .request(call.method.clone(), url)
            .header(AUTHORIZATION, self.inner.auth.clone());
        if !call.query.is_empty() {
            req = req.query(&call.query);
        }
        if let Some(body) = &call.body {
            req = req
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => return Err(Error::Transport(e.without_url())),
        };
        let status = resp.status().as_u16();
        span.record("status", status);
        let headers = resp.headers();
        let remaining = header_u32(headers, HEADER_REMAINING_CALL);
        permit.answered(header_u32(headers, HEADER_MAX_CALL), remaining);
        let content_type = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, jiff::Timestamp::now()));
        let body = resp
            .bytes()
            .await
            .map_err(|e| Error::Transport(e.without_url()))?;
        let value = interpret(status, content_type, retry_after, &body);
        if let Err(Error::RateLimited { .. }) = &value {
            self.inner.pacer.exhausted(remaining, Instant::now());
        }
        Ok((status, value?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_encoded() {
        assert_eq!(seg("SO-1_a.b~c").unwrap(), "SO-1_a.b~c");
        assert_eq!(seg("a/b#c%d?e&f g").unwrap(), "a%2Fb%23c%25d%3Fe%26f%20g");
        assert_eq!(seg("Größe").unwrap(), "Gr%C3%B6%C3%9Fe");
        assert!(seg("").is_err());
        assert!(seg("..").is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_segment_encodes_to_one_safe_segment(value in "\\PC{1,40}") {
            if let Ok(encoded) = seg(&value) {
                let safe = |b: u8| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b);
                proptest::prop_assert!(encoded.bytes().all(safe), "{}", encoded);
                let back = percent_encoding::percent_decode_str(&encoded)
                    .decode_utf8()
                    .map(|c| c.into_owned())
                    .ok();
                proptest::prop_assert_eq!(back, Some(value.clone()));
            } else {
                proptest::prop_assert!(value == "." || value == "..");
            }
        }

        #[test]
        fn interpret_never_panics(
            status in 100u16..600,
            body in proptest::collection::vec(0u8..=255, 0..200),
        ) {
            let _ = interpret(status, None, None, &body);
        }
    }

    #[test]
    fn success_needs_all_three() {
        let ok = interpret(200, None, None, br#"{"Success":true,"status":200}"#).unwrap();
        assert!(ok.is_some());
        assert!(interpret(200, None, None, br#"{"id":1}"#)
            .unwrap()
            .is_some());
        assert!(interpret(204, None, None, b"").unwrap().is_none());
        let e = interpret(200, None, None, br#"{"status":404,"message":"nope"}"#).unwrap_err();
        assert!(matches!(
            e,
            Error::Api {
                http_status: 200,
                ..
            }
        ));
        assert_eq!(e.body_status(), Some(404));
        let e = interpret(200, None, None, br#"{"status":200,"Success":false}"#).unwrap_err();
        assert_eq!(e.status(), Some(200));
        let e = interpret(500, None, None, br#"{"status":200,"Success":true}"#).unwrap_err();
        assert_eq!(e.status(), Some(500));
        let e = interpret(200, None, None, br#"{"status":"419"}"#).unwrap_err();
        assert!(e.is_rate_limited());
        let e = interpret(429, None, Some(Duration::from_secs(3)), b"<html>").unwrap_err();
        assert!(matches!(
            e,
            Error::RateLimited {
                retry_after: Some(_),
                ..
            }
        ));
        let e = interpret(502, Some("text/html".into()), None, b"<html>bad</html>").unwrap_err();
        assert!(matches!(
            e,
            Error::UnexpectedResponse {
                http_status: 502,
                ..
            }
        ));
        let e = interpret(500, None, None, b"").unwrap_err();
        assert_eq!(e.status(), Some(500));
        let ok = interpret(200, None, None, br#"{"status":"OK","Success":true}"#).unwrap();
        assert!(ok.is_some());
        let e = interpret(200, None, None, br#"{"status":"FAILED"}"#).unwrap_err();
        assert!(matches!(e, Error::Api { .. }));
        let ok = interpret(200, None, None, br#"{"status":"200","Success":"true"}"#).unwrap();
        assert!(ok.is_some());
        let ok = interpret(200, None, None, br#"[{"id":1}]"#).unwrap();
        assert!(ok.is_some());
    }
}
