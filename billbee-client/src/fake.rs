//! A stateful Billbee on loopback for tests and demos (cargo feature `fake`).
//!
//! [`FakeBillbee`] serves the endpoints an order/stock integration uses, keeps products,
//! stock per location and orders in memory, checks both credentials, enforces Billbee's rate
//! limits (429) and can inject faults. It answers the way the real server does as far as it is
//! known: envelopes with `ErrorDescription` as a string, bare lists where Billbee sends them,
//! an empty body for order state and shipment writes, zone-less timestamps.
//!
//! ```no_run
//! # async fn run() -> billbee_client::Result<()> {
//! use billbee_client::fake::FakeBillbee;
//! use billbee_client::{Order, OrderState};
//!
//! let fake = FakeBillbee::start().await;
//! let id = fake.insert_order(Order { state: Some(OrderState::Paid), ..Default::default() });
//! let order = fake.client().orders().get(id).await?;
//! assert_eq!(order.state, Some(OrderState::Paid));
//! # Ok(()) }
//! ```
//!
//! Choices where the real server's behaviour is unknown: `tag` filters match orders carrying
//! any of the tags; unknown order and article ids answer 404 with an error envelope; the rate
//! limit windows forgive 30 ms of arrival jitter; `UnfulfilledAmount` at the default location
//! is computed, as Billbee does, from the open orders (every state but shipped, deleted,
//! closed, cancelled, archived and returned), bundle lines counted as their components.
//! Endpoints the fake does not model answer 404.

// Handlers return the HTTP answer as the error of a `Result` so `?` can short-cut; the size
// of `ResponseTemplate` does not matter at one answer per request.
#![allow(clippy::result_large_err)]

use crate::models::*;
use crate::{Client, ClientBuilder, RateLimits};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use wiremock::matchers::basic_auth;
use wiremock::{Match, Mock, MockServer, Request, Respond, ResponseTemplate};

/// A fault the fake can answer with instead of (or after) doing its work.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum FaultKind {
    /// HTTP 429 without `Retry-After` (as Billbee has been seen to answer).
    TooManyRequests,
    /// HTTP 429 with `Retry-After` in whole seconds.
    TooManyRequestsAfter(Duration),
    /// This 5xx status with Billbee's error envelope (`ErrorCode` 8); nothing is written.
    ServerError(u16),
    /// An HTML error page with this status, like a proxy or gateway sends.
    HtmlBody(u16),
    /// This status with an empty body.
    EmptyBody(u16),
    /// Waits this long, then answers normally.
    Delay(Duration),
    /// Applies the request (writes happen), then answers this status with an error envelope:
    /// a lost response.
    AfterWrite(u16),
}

/// A queued fault: the next request matching the filters gets `kind`.
#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    /// What happens.
    pub kind: FaultKind,
    /// Only requests whose path contains this text (e.g. `/tags`).
    pub path_contains: Option<String>,
    /// Only requests with this method (e.g. `POST`).
    pub method: Option<String>,
}

impl Fault {
    /// A fault for the next request, whatever it is.
    pub fn new(kind: FaultKind) -> Self {
        Self {
            kind,
            path_contains: None,
            method: None,
        }
    }

    /// Restricts the fault to paths containing `text`.
    pub fn on_path(mut self, text: impl Into<String>) -> Self {
        self.path_contains = Some(text.into());
        self
    }

    /// Restricts the fault to one method.
    pub fn on_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self
                .path_contains
                .as_deref()
                .is_none_or(|p| path.contains(p))
    }
}

/// Whether and how the fake enforces rate limits; built from `bool`, `RateLimits` or
/// `Option<RateLimits>` so [`FakeBillbee::set_rate_limits`] takes any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimitSetting(pub Option<RateLimits>);

impl From<bool> for RateLimitSetting {
    fn from(enforce: bool) -> Self {
        Self(enforce.then(RateLimits::default))
    }
}

impl From<RateLimits> for RateLimitSetting {
    fn from(limits: RateLimits) -> Self {
        Self(Some(limits))
    }
}

impl From<Option<RateLimits>> for RateLimitSetting {
    fn from(limits: Option<RateLimits>) -> Self {
        Self(limits)
    }
}

/// How much arrival jitter the rate limit window forgives.
const JITTER_ALLOWANCE: Duration = Duration::from_millis(30);

struct RandomFaults {
    rng: StdRng,
    probability: f64,
    kinds: Vec<FaultKind>,
}

struct State {
    products: BTreeMap<i64, Product>,
    orders: BTreeMap<i64, Order>,
    locations: Vec<StockLocation>,
    next_product_id: i64,
    next_order_id: i64,
    next_shipment_id: i64,
    limits: Option<RateLimits>,
    overall_window: VecDeque<Instant>,
    endpoint_windows: HashMap<String, VecDeque<Instant>>,
    faults: VecDeque<Fault>,
    random: Option<RandomFaults>,
    request_count: u64,
    by_endpoint: BTreeMap<String, u64>,
    rate_limited: u64,
}

impl State {
    fn new() -> Self {
        Self {
            products: BTreeMap::new(),
            orders: BTreeMap::new(),
            locations: vec![StockLocation {
                id: Some(FakeBillbee::DEFAULT_STOCK_ID),
                name: Some("Hauptlager".into()),
                description: None,
                is_default: Some(true),
            }],
            next_product_id: 100_000_000_600_001,
            next_order_id: 100_000_001_100_001,
            next_shipment_id: 100_000_000_400_001,
            limits: Some(RateLimits::default()),
            overall_window: VecDeque::new(),
            endpoint_windows: HashMap::new(),
            faults: VecDeque::new(),
            random: None,
            request_count: 0,
            by_endpoint: BTreeMap::new(),
            rate_limited: 0,
        }
    }

    fn default_stock_id(&self) -> i64 {
        self.locations
            .iter()
            .find(|l| l.is_default == Some(true))
            .or(self.locations.first())
            .and_then(|l| l.id)
            .unwrap_or(FakeBillbee::DEFAULT_STOCK_ID)
    }

    fn location_name(&self, id: i64) -> Option<String> {
        self.locations
            .iter()
            .find(|l| l.id == Some(id))
            .and_then(|l| l.name.clone())
    }

    /// Sets every product's unfulfilled amount at the default location to what the open
    /// orders hold of it; bundle lines count as their components.
    fn refresh_unfulfilled(&mut self) {
        use crate::{OrderState, ProductType};
        let mut open: HashMap<i64, Decimal> = HashMap::new();
        let closed = [
            OrderState::Shipped,
            OrderState::Deleted,
            OrderState::Closed,
            OrderState::Cancelled,
            OrderState::Archived,
            OrderState::Returned,
        ];
        for order in self.orders.values() {
            if order.state.is_some_and(|st| closed.contains(&st)) {
                continue;
            }
            for item in &order.order_items {
                let Some(id) = item.product.as_ref().and_then(|p| p.billbee_id) else {
                    continue;
                };
                let quantity = item.quantity.unwrap_or(Decimal::ONE);
                match self.products.get(&id.0) {
                    Some(p) if p.r#type == Some(ProductType::Bundle) => {
                        for part in &p.bill_of_material {
                            if let Some(part_id) = part.article_id {
                                let amount = part.amount.unwrap_or(Decimal::ONE);
                                *open.entry(part_id.0).or_default() += amount * quantity;
                            }
                        }
                    }
                    _ => *open.entry(id.0).or_default() += quantity,
                }
            }
        }
        let default = self.default_stock_id();
        for (id, product) in self.products.iter_mut() {
            let amount = open.get(id).copied().unwrap_or(Decimal::ZERO);
            for stock in product
                .stocks
                .iter_mut()
                .filter(|st| st.stock_id == Some(default))
            {
                stock.unfulfilled_amount = Some(amount);
            }
        }
    }

    /// Keeps `Stocks` and `StockCurrent` consistent for a stored product.
    fn normalize_stock(&self, p: &mut Product) {
        let default = self.default_stock_id();
        if p.stocks.is_empty() {
            if let Some(current) = p.stock_current {
                p.stocks.push(ProductStock {
                    name: self.location_name(default),
                    stock_id: Some(default),
                    stock_current: Some(current),
                    unfulfilled_amount: Some(Decimal::ZERO),
                    ..Default::default()
                });
            }
        } else if let Some(s) = p.stocks.iter().find(|s| s.stock_id == Some(default)) {
            p.stock_current = s.stock_current;
        }
    }

    /// Sliding one-second windows; returns false (and counts it) when over a limit.
    ///
    /// The window is shortened by [`JITTER_ALLOWANCE`]: requests paced exactly at the limit
    /// may arrive a few milliseconds closer together than they were sent.
    fn admit(&mut self, endpoint: &str, now: Instant) -> bool {
        let Some(limits) = self.limits else {
            return true;
        };
        let second = Duration::from_secs(1) - JITTER_ALLOWANCE;
        let prune = |w: &mut VecDeque<Instant>| {
            while w.front().is_some_and(|t| now.duration_since(*t) >= second) {
                w.pop_front();
            }
        };
        prune(&mut self.overall_window);
        let ep = self
            .endpoint_windows
            .entry(endpoint.to_owned())
            .or_default();
        prune(ep);
        let over_ep = limits.per_endpoint_per_second > 0
            && ep.len() >= limits.per_endpoint_per_second as usize;
        let over_all = limits.overall_per_second > 0
            && self.overall_window.len() >= limits.overall_per_second as usize;
        if over_ep || over_all {
            self.rate_limited += 1;
            return false;
        }
        ep.push_back(now);
        self.overall_window.push_back(now);
        true
    }

    fn take_fault(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        if let Some(i) = self.faults.iter().position(|f| f.matches(method, path)) {
            return self.faults.remove(i).map(|f| f.kind);
        }
        let random = self.random.as_mut()?;
        if random.kinds.is_empty() || random.rng.random::<f64>() >= random.probability {
            return None;
        }
        let i = random.rng.random_range(0..random.kinds.len());
        random.kinds.get(i).cloned()
    }

    fn find_product(&self, key: &str, by: &str) -> Option<i64> {
        match by.to_ascii_lowercase().as_str() {
            "sku" => self
                .products
                .iter()
                .find(|(_, p)| p.sku.as_deref() == Some(key))
                .map(|(i, _)| *i),
            "ean" => self
                .products
                .iter()
                .find(|(_, p)| p.ean.as_deref() == Some(key))
                .map(|(i, _)| *i),
            _ => key
                .parse::<i64>()
                .ok()
                .filter(|id| self.products.contains_key(id)),
        }
    }
}

/// A stateful fake Billbee on a loopback port. Dropping it stops the server.
pub struct FakeBillbee {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for FakeBillbee {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.lock();
        f.debug_struct("FakeBillbee")
            .field("base_url", &self.base_url())
            .field("products", &s.products.len())
            .field("orders", &s.orders.len())
            .field("requests", &s.request_count)
            .finish_non_exhaustive()
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    match state.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

impl FakeBillbee {
    /// The user name the fake accepts.
    pub const USER: &'static str = "fake-user@billbee.test";
    /// The API password the fake accepts.
    pub const API_PASSWORD: &'static str = "fake-api-password";
    /// The API key the fake accepts.
    pub const API_KEY: &'static str = "fake-api-key-0123456789";
    /// Id of the default stock location.
    pub const DEFAULT_STOCK_ID: i64 = 100_000_000_000_301;

    /// Starts the fake on a free loopback port, with Billbee's rate limits enforced.
    pub async fn start() -> FakeBillbee {
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        let state = Arc::new(Mutex::new(State::new()));
        Mock::given(wiremock::matchers::any())
            .respond_with(Handler {
                state: state.clone(),
                prefix: "/api/v1".into(),
            })
            .mount(&server)
            .await;
        FakeBillbee { server, state }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// The API root, e.g. `http://127.0.0.1:PORT/api/v1`.
    pub fn base_url(&self) -> String {
        format!("{}/api/v1", self.server.uri())
    }

    /// A client builder pointed at the fake with its credentials, to adjust before `build`.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.base_url())
            .user(Self::USER)
            .api_password(Self::API_PASSWORD)
            .api_key(Self::API_KEY)
            .rate_limits(self.lock().limits.unwrap_or(RateLimits {
                per_endpoint_per_second: 0,
                overall_per_second: 0,
            }))
    }

    /// A client pointed at the fake, paced to the fake's current limits.
    ///
    /// # Panics
    /// Never in practice: the settings are fixed and valid.
    pub fn client(&self) -> Client {
        match self.client_builder().build() {
            Ok(c) => c,
            Err(e) => unreachable!("the fake's client settings are valid: {e}"),
        }
    }

    /// Adds a product; assigns an id when `id` is `None`. `stock_current` without `stocks`
    /// becomes the stock at the default location.
    pub fn insert_product(&self, mut product: Product) -> ProductId {
        let mut s = self.lock();
        let id = match product.id {
            Some(id) => id.0,
            None => {
                let id = s.next_product_id;
                s.next_product_id += 1;
                id
            }
        };
        s.next_product_id = s.next_product_id.max(id + 1);
        product.id = Some(ProductId(id));
        s.normalize_stock(&mut product);
        s.products.insert(id, product);
        ProductId(id)
    }

    /// Adds an order; assigns a `BillBeeOrderId` when it is `None` and sets `CreatedAt` and
    /// `LastModifiedAt` to now when they are `None`.
    pub fn insert_order(&self, mut order: Order) -> OrderId {
        let mut s = self.lock();
        let id = match order.billbee_order_id {
            Some(id) => id.0,
            None => {
                let id = s.next_order_id;
                s.next_order_id += 1;
                id
            }
        };
        s.next_order_id = s.next_order_id.max(id + 1);
        order.billbee_order_id = Some(OrderId(id));
        let now = BillbeeDateTime::now_utc();
        order.created_at.get_or_insert(now);
        order.last_modified_at.get_or_insert(now);
        s.orders.insert(id, order);
        OrderId(id)
    }

    /// A product as stored.
    pub fn product(&self, id: ProductId) -> Option<Product> {
        let mut s = self.lock();
        s.refresh_unfulfilled();
        s.products.get(&id.0).cloned()
    }

    /// All products, by id.
    pub fn products(&self) -> Vec<Product> {
        let mut s = self.lock();
        s.refresh_unfulfilled();
        s.products.values().cloned().collect()
    }

    /// An order as stored.
    pub fn order(&self, id: OrderId) -> Option<Order> {
        self.lock().orders.get(&id.0).cloned()
    }

    /// All orders, by id.
    pub fn orders(&self) -> Vec<Order> {
        self.lock().orders.values().cloned().collect()
    }

    /// Changes an order as a merchant would; bumps `LastModifiedAt`. False if unknown.
    pub fn update_order(&self, id: OrderId, f: impl FnOnce(&mut Order)) -> bool {
        let mut s = self.lock();
        match s.orders.get_mut(&id.0) {
            Some(o) => {
                f(o);
                o.last_modified_at = Some(BillbeeDateTime::now_utc());
                true
            }
            None => false,
        }
    }

    /// Changes a product as a merchant would. False if unknown.
    pub fn update_product(&self, id: ProductId, f: impl FnOnce(&mut Product)) -> bool {
        let mut s = self.lock();
        let Some(mut p) = s.products.remove(&id.0) else {
            return false;
        };
        f(&mut p);
        p.id = Some(id);
        s.normalize_stock(&mut p);
        s.products.insert(id.0, p);
        true
    }

    /// `StockCurrent` of the product with this SKU at a location (`None` or 0: default).
    pub fn stock(&self, sku: &str, stock_id: Option<i64>) -> Option<Decimal> {
        let s = self.lock();
        let location = stock_id
            .filter(|i| *i != 0)
            .unwrap_or_else(|| s.default_stock_id());
        let p = s
            .products
            .values()
            .find(|p| p.sku.as_deref() == Some(sku))?;
        match p.stocks.iter().find(|st| st.stock_id == Some(location)) {
            Some(st) => st.stock_current,
            None if location == s.default_stock_id() => p.stock_current,
            None => None,
        }
    }

    /// Replaces the stock locations; the one with `is_default` is the default.
    pub fn set_stock_locations(&self, locations: Vec<StockLocation>) {
        self.lock().locations = locations;
    }

    /// Makes the location with this id the default one, adding it if it is unknown.
    pub fn set_default_stock_id(&self, id: i64) {
        let mut s = self.lock();
        for l in &mut s.locations {
            l.is_default = Some(l.id == Some(id));
        }
        if !s.locations.iter().any(|l| l.id == Some(id)) {
            s.locations.push(StockLocation {
                id: Some(id),
                name: Some(format!("Lager {id}")),
                description: None,
                is_default: Some(true),
            });
        }
    }

    /// The id of the default stock location.
    pub fn default_stock_id(&self) -> i64 {
        self.lock().default_stock_id()
    }

    /// Switches rate limiting on (`true`, Billbee's limits, or given limits) or off.
    pub fn set_rate_limits(&self, setting: impl Into<RateLimitSetting>) {
        let mut s = self.lock();
        s.limits = setting.into().0;
        s.overall_window.clear();
        s.endpoint_windows.clear();
    }

    /// Queues a fault for the next matching request.
    pub fn inject(&self, fault: Fault) {
        self.lock().faults.push_back(fault);
    }

    /// Gives each request a `probability` of getting one of `kinds`, reproducibly from `seed`.
    pub fn set_random_faults(&self, seed: u64, probability: f64, kinds: Vec<FaultKind>) {
        self.lock().random = Some(RandomFaults {
            rng: StdRng::seed_from_u64(seed),
            probability,
            kinds,
        });
    }

    /// Removes queued and random faults.
    pub fn clear_faults(&self) {
        let mut s = self.lock();
        s.faults.clear();
        s.random = None;
    }

    /// Requests received so far (including refused ones).
    pub fn request_count(&self) -> u64 {
        self.lock().request_count
    }

    /// Requests per endpoint, keyed like `GET /orders/{id}`.
    pub fn requests_by_endpoint(&self) -> BTreeMap<String, u64> {
        self.lock().by_endpoint.clone()
    }

    /// Requests refused with 429 by the rate limits (injected 429s not included).
    pub fn rate_limited_count(&self) -> u64 {
        self.lock().rate_limited
    }
}

struct Handler {
    state: Arc<Mutex<State>>,
    prefix: String,
}

fn envelope(data: Value) -> Value {
    json!({"ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": "NoError", "Data": data})
}

fn api_error(code: ApiErrorCode, name: &str, message: &str) -> Value {
    json!({"ErrorMessage": message, "ErrorCode": code.id(), "ErrorDescription": name, "Data": null})
}

fn ok(data: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(envelope(data))
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn bad_request(field: &str, reason: &str) -> ResponseTemplate {
    ResponseTemplate::new(400).set_body_json(json!({
        "Message": "Die Anforderung ist ungültig.",
        "ModelState": { field: [reason] }
    }))
}

fn not_found(message: &str) -> ResponseTemplate {
    ResponseTemplate::new(404).set_body_json(api_error(
        ApiErrorCode::OrderNotFound,
        "OrderNotFound",
        message,
    ))
}

fn paged(items: Vec<Value>, page: usize, size: usize) -> ResponseTemplate {
    let total = items.len();
    let pages = total.div_ceil(size);
    let data: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * size)
        .take(size)
        .collect();
    let mut body = envelope(Value::Array(data));
    if let Some(obj) = body.as_object_mut() {
        obj.insert(
            "Paging".into(),
            json!({"Page": page, "TotalPages": pages, "TotalRows": total, "PageSize": size}),
        );
    }
    ResponseTemplate::new(200).set_body_json(body)
}

/// Query parameters, keeping repeated keys.
struct Query(Vec<(String, String)>);

impl Query {
    fn one(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    fn all(&self, key: &str) -> Vec<&str> {
        let indexed = format!("{}[", key.to_ascii_lowercase());
        self.0
            .iter()
            .filter(|(k, _)| {
                k.eq_ignore_ascii_case(key) || k.to_ascii_lowercase().starts_with(&indexed)
            })
            .map(|(_, v)| v.as_str())
            .collect()
    }

    fn int(&self, key: &str) -> Result<Option<i64>, ResponseTemplate> {
        self.one(key)
            .map(|v| {
                v.parse::<i64>()
                    .map_err(|_| bad_request(key, "not an integer"))
            })
            .transpose()
    }

    fn time(&self, key: &str) -> Result<Option<BillbeeDateTime>, ResponseTemplate> {
        self.one(key)
            .map(|v| {
                v.parse::<jiff::Timestamp>()
                    .map(|t| BillbeeDateTime(jiff::tz::TimeZone::UTC.to_datetime(t)))
                    .map_err(|_| bad_request(key, "not a date-time with offset"))
            })
            .transpose()
    }

    fn paging(&self) -> Result<(usize, usize), ResponseTemplate> {
        let page = self.int("page")?.unwrap_or(1).max(1) as usize;
        let size = self.int("pageSize")?.unwrap_or(50).clamp(1, 250) as usize;
        Ok((page, size))
    }
}

fn body_json<T: serde::de::DeserializeOwned>(req: &Request) -> Result<T, ResponseTemplate> {
    serde_json::from_slice(&req.body).map_err(|e| bad_request("body", &e.to_string()))
}

fn merge_patch<T: serde::Serialize + serde::de::DeserializeOwned>(
    target: &T,
    fields: &Map<String, Value>,
) -> Result<T, ResponseTemplate> {
    let mut value = to_value(target);
    if let Some(obj) = value.as_object_mut() {
        for (k, v) in fields {
            obj.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(value).map_err(|e| bad_request("patch", &e.to_string()))
}

impl Respond for Handler {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let method = req.method.as_str().to_owned();
        let full_path = req.url.path().to_owned();
        let path = full_path
            .strip_prefix(&self.prefix)
            .unwrap_or(&full_path)
            .to_owned();
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        let template = template_of(&method, &segments);
        let endpoint = format!("{method} {template}");
        let mut s = lock(&self.state);
        s.request_count += 1;
        *s.by_endpoint.entry(endpoint.clone()).or_default() += 1;
        s.refresh_unfulfilled();

        let key_ok = req
            .headers
            .get("X-Billbee-Api-Key")
            .is_some_and(|v| v.as_bytes() == FakeBillbee::API_KEY.as_bytes());
        if !key_ok || !basic_auth(FakeBillbee::USER, FakeBillbee::API_PASSWORD).matches(req) {
            return ResponseTemplate::new(401).set_body_json(
                json!({"Message": "Authorization has been denied for this request."}),
            );
        }
        if !s.admit(&endpoint, Instant::now()) {
            return ResponseTemplate::new(429).insert_header("Retry-After", "1");
        }
        let fault = s.take_fault(&method, &full_path);
        let server_error = |status: u16| {
            ResponseTemplate::new(status).set_body_json(api_error(
                ApiErrorCode::InternalError,
                "InternalError",
                "Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt.",
            ))
        };
        match &fault {
            Some(FaultKind::TooManyRequests) => return ResponseTemplate::new(429),
            Some(FaultKind::TooManyRequestsAfter(d)) => {
                return ResponseTemplate::new(429)
                    .insert_header("Retry-After", d.as_secs().to_string())
            }
            Some(FaultKind::ServerError(status)) => return server_error(*status),
            Some(FaultKind::HtmlBody(status)) => {
                let html = format!(
                    "<html><head><title>{status}</title></head><body><h1>{status} Gateway \
                     Time-out</h1></body></html>"
                );
                return ResponseTemplate::new(*status).set_body_raw(html, "text/html");
            }
            Some(FaultKind::EmptyBody(status)) => return ResponseTemplate::new(*status),
            _ => {}
        }
        let query = Query(
            req.url
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        );
        let response = route(&mut s, &method, &segments, &query, req).unwrap_or_else(|r| r);
        match fault {
            Some(FaultKind::Delay(d)) => response.set_delay(d),
            Some(FaultKind::AfterWrite(status)) => server_error(status),
            _ => response,
        }
    }
}

/// The path template of a request, e.g. `/orders/{id}`, for counting and rate limiting.
fn template_of(method: &str, seg: &[String]) -> String {
    let s: Vec<&str> = seg.iter().map(String::as_str).collect();
    let t = match (method, s.as_slice()) {
        (_, ["orders", "findbyextref", _]) => "/orders/findbyextref/{extRef}",
        (_, ["orders", "find", _, _]) => "/orders/find/{id}/{partner}",
        (_, ["orders", "CreateInvoice", _]) => "/orders/CreateInvoice/{id}",
        (_, ["orders", "CreateDeliveryNote", _]) => "/orders/CreateDeliveryNote/{id}",
        (_, ["orders", "invoices" | "PatchableFields"]) => return format!("/orders/{}", s[1]),
        (_, ["orders", _]) => "/orders/{id}",
        (_, ["orders", _, rest]) => return format!("/orders/{{id}}/{rest}"),
        (
            _,
            ["products", "stocks"
            | "reservedamount"
            | "updatestock"
            | "updatestockmultiple"
            | "updatestockcode"
            | "PatchableFields"
            | "category"
            | "custom-fields"],
        ) => return format!("/products/{}", s[1]),
        (_, ["products", "custom-fields", _]) => "/products/custom-fields/{id}",
        (_, ["products", "images", "delete"]) => "/products/images/delete",
        (_, ["products", "images", _]) => "/products/images/{imageId}",
        (_, ["products", _]) => "/products/{id}",
        (_, ["products", _, "images"]) => "/products/{productId}/images",
        (_, ["products", _, "images", _]) => "/products/{productId}/images/{imageId}",
        (_, ["webhooks", "filters"]) => "/webhooks/filters",
        (_, ["webhooks", _]) => "/webhooks/{id}",
        (_, ["customers", "addresses", _]) => "/customers/addresses/{id}",
        (_, ["customers", _]) => "/customers/{id}",
        (_, ["customers", _, rest]) => return format!("/customers/{{id}}/{rest}"),
        (_, ["customer-addresses", _]) => "/customer-addresses/{id}",
        _ => return format!("/{}", s.join("/")),
    };
    t.to_owned()
}

type Answer = Result<ResponseTemplate, ResponseTemplate>;

fn route(s: &mut State, method: &str, seg: &[String], q: &Query, req: &Request) -> Answer {
    let parts: Vec<&str> = seg.iter().map(String::as_str).collect();
    match (method, parts.as_slice()) {
        ("GET", ["orders"]) => list_orders(s, q),
        ("GET", ["orders", "findbyextref", ext]) => {
            let found = s.orders.values().find(|o| o.order_number.as_deref() == Some(ext))
                .or_else(|| s.orders.values().find(|o| o.id.as_deref() == Some(ext)));
            match found {
                Some(o) => Ok(ok(to_value(o))),
                None => Err(not_found(&format!("Order {ext} not found"))),
            }
        }
        ("GET", ["orders", id]) => {
            let o = order_mut(s, id)?;
            Ok(ok(to_value(o)))
        }
        ("PATCH", ["orders", id]) => {
            let fields: Map<String, Value> = body_json(req)?;
            let o = order_mut(s, id)?;
            let mut updated = merge_patch(o, &fields)?;
            updated.billbee_order_id = o.billbee_order_id;
            updated.last_modified_at = Some(BillbeeDateTime::now_utc());
            *o = updated;
            Ok(ok(to_value(o)))
        }
        ("POST" | "PUT", ["orders", id, "tags"]) => {
            let body: OrderTags = body_json(req)?;
            let o = order_mut(s, id)?;
            if method == "PUT" {
                o.tags.clear();
            }
            for tag in body.tags {
                if !o.tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
                    o.tags.push(tag);
                }
            }
            o.last_modified_at = Some(BillbeeDateTime::now_utc());
            Ok(ok(json!({})))
        }
        ("PUT", ["orders", id, "orderstate"]) => {
            let body: OrderStateUpdate = body_json(req)?;
            let Some(state) = body.new_state_id else {
                return Err(bad_request("NewStateId", "required"));
            };
            let o = order_mut(s, id).map_err(|_| ResponseTemplate::new(404))?;
            o.state = Some(OrderState::from(state));
            o.last_modified_at = Some(BillbeeDateTime::now_utc());
            Ok(ResponseTemplate::new(200))
        }
        ("POST", ["orders", id, "shipment"]) => {
            let body: AddShipment = body_json(req)?;
            let shipment_id = s.next_shipment_id;
            s.next_shipment_id += 1;
            let o = order_mut(s, id)?;
            o.shipping_ids.push(Shipment {
                billbee_id: Some(shipment_id),
                shipping_id: body.shipping_id,
                shipper: None,
                created: Some(BillbeeDateTime::now_utc()),
                tracking_url: None,
                shipping_provider_id: body.shipping_provider_id,
                shipping_provider_product_id: body.shipping_provider_product_id,
                shipping_carrier: body.carrier_id,
                shipment_type: Some(body.shipment_type.unwrap_or(0)),
            });
            o.last_modified_at = Some(BillbeeDateTime::now_utc());
            Ok(ResponseTemplate::new(200))
        }
        ("GET", ["products"]) => {
            let (page, size) = q.paging()?;
            let min = q.int("minimumBillBeeArticleId")?.unwrap_or(i64::MIN);
            let max = q.int("maximumBillBeeArticleId")?.unwrap_or(i64::MAX);
            let items = s.products.range(min..=max).map(|(_, p)| to_value(p)).collect();
            Ok(paged(items, page, size))
        }
        ("POST", ["products"]) => {
            let mut p: Product = body_json(req)?;
            let id = s.next_product_id;
            s.next_product_id += 1;
            p.id = Some(ProductId(id));
            s.normalize_stock(&mut p);
            let v = to_value(&p);
            s.products.insert(id, p);
            Ok(ok(v))
        }
        ("GET", ["products", "stocks"]) => Ok(ok(to_value(&s.locations))),
        ("GET", ["products", "reservedamount"]) => {
            let key = q.one("id").ok_or_else(|| bad_request("id", "required"))?;
            let id = s
                .find_product(key, q.one("lookupBy").unwrap_or("id"))
                .ok_or_else(|| not_found("Article not found"))?;
            let location = q.int("stockId")?.filter(|i| *i != 0).unwrap_or(s.default_stock_id());
            let reserved = s
                .products
                .get(&id)
                .and_then(|p| p.stocks.iter().find(|st| st.stock_id == Some(location)))
                .and_then(|st| st.unfulfilled_amount)
                .unwrap_or(Decimal::ZERO);
            Ok(ok(to_value(&ReservedAmount { reserved_amount: Some(reserved) })))
        }
        ("POST", ["products", "updatestock"]) => {
            let body: UpdateStock = body_json(req)?;
            Ok(ResponseTemplate::new(200).set_body_json(update_stock(s, &body)))
        }
        ("POST", ["products", "updatestockmultiple"]) => {
            let body: Vec<UpdateStock> = body_json(req)?;
            let results: Vec<Value> = body.iter().map(|u| update_stock(s, u)).collect();
            Ok(ResponseTemplate::new(200).set_body_json(Value::Array(results)))
        }
        ("GET", ["products", key]) => {
            let id = s
                .find_product(key, q.one("lookupBy").unwrap_or("id"))
                .ok_or_else(|| not_found(&format!("Article {key} not found")))?;
            Ok(ok(to_value(&s.products.get(&id))))
        }
        ("PATCH", ["products", key]) => {
            let fields: Map<String, Value> = body_json(req)?;
            let id = s.find_product(key, "id").ok_or_else(|| not_found("Article not found"))?;
            let Some(p) = s.products.get(&id).cloned() else {
                return Err(not_found("Article not found"));
            };
            let mut updated = merge_patch(&p, &fields)?;
            updated.id = Some(ProductId(id));
            s.normalize_stock(&mut updated);
            let v = to_value(&updated);
            s.products.insert(id, updated);
            Ok(ok(v))
        }
        ("GET", ["shipment", "shippingproviders"]) => Ok(ResponseTemplate::new(200).set_body_json(
            json!([
            {"id": 100000000007001_i64, "name": "DHL", "products": [
                {"id": 100000000008001_i64, "displayName": "DHL Paket", "productName": "V01PAK"}]},
            {"id": 100000000007002_i64, "name": "DPD", "products": [
                {"id": 100000000008002_i64, "displayName": "DPD Classic", "productName": "CL"}]}
        ]),
        )),
        ("GET", ["enums", "orderstates"]) => {
            let names = [
                "Bestellt", "Bestaetigt", "Zahlung_erhalten", "Versendet", "Reklamation",
                "Geloescht", "Abgeschlossen", "Storniert", "Archiviert", "Rated", "Mahnung",
                "Mahnung2", "Gepackt", "Angeboten", "Zahlungserinnerung", "Im_Fulfillment",
                "Retoure",
            ];
            let list: Vec<Value> =
                names.iter().enumerate().map(|(i, n)| json!({"Id": i + 1, "Name": n})).collect();
            Ok(ResponseTemplate::new(200).set_body_json(Value::Array(list)))
        }
        _ => Err(ResponseTemplate::new(404).set_body_json(json!({
            "Message": format!("No HTTP resource matches {method} /{}", seg.join("/"))
        }))),
    }
}

fn order_mut<'s>(s: &'s mut State, id: &str) -> Result<&'s mut Order, ResponseTemplate> {
    let Ok(n) = id.parse::<i64>() else {
        return Err(bad_request("id", "not an integer"));
    };
    s.orders
        .get_mut(&n)
        .ok_or_else(|| not_found(&format!("Order {id} not found")))
}

fn list_orders(s: &State, q: &Query) -> Answer {
    let (page, size) = q.paging()?;
    let states: Vec<i32> = q
        .all("orderStateId")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let shops: Vec<i64> = q
        .all("shopId")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let tags = q.all("tag");
    let exclude = q
        .one("excludeTags")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let min_id = q.int("minimumBillBeeOrderId")?.unwrap_or(i64::MIN);
    let (mod_min, mod_max) = (q.time("modifiedAtMin")?, q.time("modifiedAtMax")?);
    let (date_min, date_max) = (q.time("minOrderDate")?, q.time("maxOrderDate")?);
    let items = s
        .orders
        .range(min_id..)
        .map(|(_, o)| o)
        .filter(|o| states.is_empty() || o.state.is_some_and(|st| states.contains(&st.id())))
        .filter(|o| shops.is_empty() || o.api_account_id.is_some_and(|a| shops.contains(&a)))
        .filter(|o| {
            if tags.is_empty() {
                return true;
            }
            let has = tags
                .iter()
                .any(|t| o.tags.iter().any(|ot| ot.eq_ignore_ascii_case(t)));
            has != exclude
        })
        .filter(|o| mod_min.is_none_or(|m| o.last_modified_at.is_some_and(|l| l >= m)))
        .filter(|o| mod_max.is_none_or(|m| o.last_modified_at.is_some_and(|l| l <= m)))
        .filter(|o| date_min.is_none_or(|m| o.created_at.is_some_and(|c| c >= m)))
        .filter(|o| date_max.is_none_or(|m| o.created_at.is_some_and(|c| c <= m)))
        .map(to_value)
        .collect();
    Ok(paged(items, page, size))
}

fn update_stock(s: &mut State, u: &UpdateStock) -> Value {
    let found = match (u.billbee_id, u.sku.as_deref()) {
        (Some(id), _) if s.products.contains_key(&id.0) => Some(id.0),
        (_, Some(sku)) if !sku.is_empty() => s.find_product(sku, "sku"),
        (None, None) => {
            return api_error(
                ApiErrorCode::InvalidData,
                "InvalidData",
                "Parameter SKU is empty",
            )
        }
        _ => None,
    };
    let Some(id) = found else {
        let name = u.sku.clone().unwrap_or_default();
        let msg = format!("Article with SKU {name} not found");
        return api_error(ApiErrorCode::InvalidData, "InvalidData", &msg);
    };
    let Some(new_quantity) = u.new_quantity else {
        return api_error(
            ApiErrorCode::InvalidData,
            "InvalidData",
            "NewQuantity is required",
        );
    };
    let default = s.default_stock_id();
    let location = u.stock_id.filter(|i| *i != 0).unwrap_or(default);
    let name = s.location_name(location);
    let Some(p) = s.products.get_mut(&id) else {
        return api_error(
            ApiErrorCode::InvalidData,
            "InvalidData",
            "Article not found",
        );
    };
    if !p.stocks.iter().any(|st| st.stock_id == Some(location)) {
        let current = if location == default {
            p.stock_current
        } else {
            None
        };
        p.stocks.push(ProductStock {
            name,
            stock_id: Some(location),
            stock_current: current,
            unfulfilled_amount: Some(Decimal::ZERO),
            ..Default::default()
        });
    }
    let Some(entry) = p.stocks.iter_mut().find(|st| st.stock_id == Some(location)) else {
        return api_error(
            ApiErrorCode::InternalError,
            "InternalError",
            "stock entry vanished",
        );
    };
    let reserved = entry.unfulfilled_amount.unwrap_or(Decimal::ZERO);
    let target = if u.autosubtract_reserved_amount == Some(true) {
        new_quantity - reserved
    } else {
        new_quantity
    };
    let old = entry.stock_current;
    entry.stock_current = Some(target);
    if location == default {
        p.stock_current = Some(target);
    }
    let old_text = old.map_or_else(|| "null".to_owned(), |o| o.normalize().to_string());
    let message = format!("Stock changed from {old_text} to {}", target.normalize());
    envelope(to_value(&UpdateStockResult {
        sku: p.sku.clone(),
        old_stock: old,
        current_stock: Some(target),
        unfulfilled_amount: Some(reserved),
        message: Some(message),
    }))
}
