//! The client, its builder and the pacing shared by all clones.

use crate::api::*;
use crate::{Error, Result};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// Billbee's production endpoint.
pub const DEFAULT_BASE_URL: &str = "https://api.billbee.io/api/v1";

/// How fast the client may send. Billbee allows 2 requests per second per endpoint and 10 per
/// second per API key and user, and answers 429 above that.
///
/// A value of 0 switches that limit off (for tests against servers without limits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests per second to one endpoint (method plus path template). Default 2.
    pub per_endpoint_per_second: u32,
    /// Requests per second over all endpoints. Default 10.
    pub overall_per_second: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            per_endpoint_per_second: 2,
            overall_per_second: 10,
        }
    }
}

/// Builds a [`Client`]. Credentials are required; everything else has a default.
///
/// ```no_run
/// # fn main() -> billbee_client::Result<()> {
/// let client = billbee_client::Client::builder()
///     .user("shop@example.com")
///     .api_password("from Settings → API")
///     .api_key("developer key")
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    user: Option<String>,
    api_password: Option<SecretString>,
    api_key: Option<SecretString>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent_suffix: Option<String>,
    rate_limits: RateLimits,
    max_retry_wait: Option<Duration>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url.as_deref().map(redacted_url))
            .field("user", &self.user)
            .field(
                "api_password",
                &self.api_password.as_ref().map(|_| "[redacted]"),
            )
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("rate_limits", &self.rate_limits)
            .finish_non_exhaustive()
    }
}

/// A URL without user, password, query and fragment, which may hold secrets.
fn redacted_url(raw: &str) -> String {
    match url::Url::parse(raw) {
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

impl ClientBuilder {
    /// The API root, default `https://api.billbee.io/api/v1`. Point it at a mock in tests.
    pub fn base_url(mut self, url: impl AsRef<str>) -> Self {
        self.base_url = Some(url.as_ref().to_owned());
        self
    }

    /// The Billbee user name (login e-mail of the account's main user).
    pub fn user(mut self, email: impl Into<String>) -> Self {
        self.user = Some(email.into());
        self
    }

    /// The API password made under Settings → API (not the login password). Kept secret.
    pub fn api_password(mut self, pw: impl Into<String>) -> Self {
        self.api_password = Some(SecretString::from(pw.into()));
        self
    }

    /// The developer key, sent as `X-Billbee-Api-Key`. Kept secret.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// Total time one attempt may take, from connecting to the end of the body. Default 30 s.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// Time one attempt may take to connect. Default 10 s.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = Some(d);
        self
    }

    /// Text appended to the `User-Agent` `billbee-client/<version>`, e.g. your app's name.
    pub fn user_agent_suffix(mut self, s: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(s.into());
        self
    }

    /// How fast to send; defaults to Billbee's documented limits.
    pub fn rate_limits(mut self, limits: RateLimits) -> Self {
        self.rate_limits = limits;
        self
    }

    /// Bound on the total time one request waits between retries (429, 5xx, timeouts of
    /// requests that are safe to repeat). Default 60 s. Zero disables retries.
    pub fn max_retry_wait(mut self, d: Duration) -> Self {
        self.max_retry_wait = Some(d);
        self
    }

    /// Checks the settings and builds the client.
    ///
    /// Fails with [`Error::Config`] naming a missing credential or an invalid setting.
    pub fn build(self) -> Result<Client> {
        let cfg = |setting: &'static str, reason: &str| Error::Config {
            setting,
            reason: reason.to_owned(),
        };
        let user = self
            .user
            .filter(|u| !u.is_empty())
            .ok_or_else(|| cfg("user", "missing"))?;
        let api_password = self
            .api_password
            .filter(|p| !p.expose_secret().is_empty())
            .ok_or_else(|| cfg("api_password", "missing"))?;
        let api_key = self
            .api_key
            .filter(|k| !k.expose_secret().is_empty())
            .ok_or_else(|| cfg("api_key", "missing"))?;
        let mut api_key_header = HeaderValue::from_str(api_key.expose_secret())
            .map_err(|_| cfg("api_key", "contains characters not allowed in a header"))?;
        api_key_header.set_sensitive(true);

        let raw_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let url = url::Url::parse(&raw_url).map_err(|e| cfg("base_url", &e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(cfg("base_url", "must be http or https"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(cfg("base_url", "must not contain credentials"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(cfg("base_url", "must not have a query or fragment"));
        }
        let base_url = url.as_str().trim_end_matches('/').to_owned();

        let mut user_agent = format!("billbee-client/{}", env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = self.user_agent_suffix.filter(|s| !s.is_empty()) {
            user_agent.push(' ');
            user_agent.push_str(&suffix);
        }
        HeaderValue::from_str(&user_agent).map_err(|_| {
            cfg(
                "user_agent_suffix",
                "contains characters not allowed in a header",
            )
        })?;

        let http = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(self.timeout.unwrap_or(Duration::from_secs(30)))
            .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)))
            .build()
            .map_err(|e| cfg("http client", &e.to_string()))?;

        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                user,
                api_password,
                api_key_header,
                pacer: Pacer::new(self.rate_limits),
                max_retry_wait: self.max_retry_wait.unwrap_or(Duration::from_secs(60)),
            }),
        })
    }
}

/// An async client for the Billbee REST API v1.
///
/// Cheap to clone; clones share the connection pool and the rate limiter, so the limits hold
/// for all of them together. Get one from [`Client::builder`], then use a resource handle:
///
/// ```no_run
/// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
/// use billbee_client::OrderId;
/// let order = client.orders().get(OrderId(100000001000102)).await?;
/// println!("{:?}", order.order_number);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    pub(crate) user: String,
    pub(crate) api_password: SecretString,
    pub(crate) api_key_header: HeaderValue,
    pub(crate) pacer: Pacer,
    pub(crate) max_retry_wait: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("user", &self.inner.user)
            .field("credentials", &"[redacted]")
            .field("rate_limits", &self.inner.pacer.limits)
            .field("max_retry_wait", &self.inner.max_retry_wait)
            .finish()
    }
}

impl Client {
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The API root this client talks to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Orders: list, read, tag, change state, record shipments, invoices, messages.
    pub fn orders(&self) -> Orders<'_> {
        Orders::new(self)
    }

    /// Products (articles), their images and custom fields.
    pub fn products(&self) -> Products<'_> {
        Products::new(self)
    }

    /// Stock: locations, updates, reserved amounts.
    pub fn stock(&self) -> Stock<'_> {
        Stock::new(self)
    }

    /// Shipping: providers, carriers, labels and the shipment list.
    pub fn shipments(&self) -> Shipments<'_> {
        Shipments::new(self)
    }

    /// Webhook registrations.
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks::new(self)
    }

    /// The customer register.
    pub fn customers(&self) -> Customers<'_> {
        Customers::new(self)
    }

    /// Customer addresses, independent of a customer.
    pub fn customer_addresses(&self) -> CustomerAddresses<'_> {
        CustomerAddresses::new(self)
    }

    /// Billbee's enum lists (order states, payment types, carriers, ...).
    pub fn enums(&self) -> Enums<'_> {
        Enums::new(self)
    }

    /// The account's event log.
    pub fn events(&self) -> Events<'_> {
        Events::new(self)
    }

    /// Full-text search over orders, products and customers.
    pub fn search(&self) -> Search<'_> {
        Search::new(self)
    }

    /// Document layouts (invoice, delivery note, ...).
    pub fn layouts(&self) -> Layouts<'_> {
        Layouts::new(self)
    }

    /// The connected shop and marketplace accounts.
    pub fn shop_accounts(&self) -> ShopAccounts<'_> {
        ShopAccounts::new(self)
    }

    /// Cloud storage and printer connections.
    pub fn cloud_storages(&self) -> CloudStorages<'_> {
        CloudStorages::new(self)
    }

    /// Creating Billbee accounts (for partners with provisioning rights).
    pub fn provisioning(&self) -> Provisioning<'_> {
        Provisioning::new(self)
    }
}

/// Keeps requests within the rate limits: a governor limiter for the overall rate and, per
/// endpoint, the time of the last send.
///
/// Per endpoint, the gap is measured from the actual send of the previous request, so waiting
/// for the overall limiter can never squeeze two requests to one endpoint closer together.
/// Both limits get 3 % of slack against clock and network jitter.
pub(crate) struct Pacer {
    limits: RateLimits,
    overall: Option<DefaultDirectRateLimiter>,
    endpoint_gap: Option<Duration>,
    endpoints: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Instant>>>>>,
}

fn gap(per_second: u32) -> Option<Duration> {
    if per_second == 0 {
        return None;
    }
    Some(Duration::from_secs(1) * 103 / 100 / per_second)
}

impl Pacer {
    fn new(limits: RateLimits) -> Self {
        let overall = gap(limits.overall_per_second)
            .and_then(Quota::with_period)
            .map(|q| RateLimiter::direct(q.allow_burst(std::num::NonZeroU32::MIN)));
        Self {
            limits,
            overall,
            endpoint_gap: gap(limits.per_endpoint_per_second),
            endpoints: Mutex::new(HashMap::new()),
        }
    }

    /// Waits until a request to `endpoint` may be sent, and books it as sent now.
    pub(crate) async fn wait(&self, endpoint: &str) {
        let Some(endpoint_gap) = self.endpoint_gap else {
            if let Some(overall) = &self.overall {
                overall.until_ready().await;
            }
            return;
        };
        let slot = {
            let mut map = match self.endpoints.lock() {
                Ok(m) => m,
                Err(poisoned) => poisoned.into_inner(),
            };
            map.entry(endpoint.to_owned()).or_default().clone()
        };
        let mut last = slot.lock().await;
        if let Some(prev) = *last {
            tokio::time::sleep_until(prev + endpoint_gap).await;
        }
        if let Some(overall) = &self.overall {
            overall.until_ready().await;
        }
        *last = Some(Instant::now());
    }
}
