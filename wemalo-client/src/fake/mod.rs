//! A stateful imitation of wemalo-connect on loopback, for tests and demos.
//!
//! [`FakeWemalo`] is a [`wiremock`] server whose single responder keeps products,
//! stock with reservations, goods orders, receipts, returns and webhooks in memory, and
//! answers the routes of this crate the way the fact sheet describes Wemalo: flat JSON
//! bodies with `Success` and `status`, the `x-wemalo-limit-*` headers on every answer,
//! and status 419 once the call budget is used up. Test code plays the warehouse with
//! [`FakeWemalo::receive_goods`], [`FakeWemalo::advance`] and [`FakeWemalo::ship`], and
//! breaks things on purpose with [`FakeWemalo::inject`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! use rust_decimal::Decimal;
//! use wemalo_client::fake::FakeWemalo;
//! use wemalo_client::{GoodsOrder, GoodsOrderMeta, GoodsOrderPosition, Product, Receiver};
//!
//! let fake = FakeWemalo::start().await;
//! let client = fake.client();
//! client.products().add(&Product {
//!     external_id: "P1".into(), sku: "SKU-1".into(), product_group: "default".into(),
//!     ..Default::default()
//! }).await.unwrap();
//! fake.receive_goods("P1", Decimal::from(5));
//! let order = GoodsOrder {
//!     meta: GoodsOrderMeta {
//!         external_id: "SO-1".into(),
//!         receiver: vec![Receiver {
//!             name1: "Lena Beispiel".into(), street: Some("Ahornweg 12".into()),
//!             zip: Some("12345".into()), city: Some("Musterstadt".into()),
//!             country_code_2letter: Some("DE".into()), ..Default::default()
//!         }],
//!         ..Default::default()
//!     },
//!     positions: vec![GoodsOrderPosition {
//!         external_id: "P1".into(), quantity: Decimal::from(2), ..Default::default()
//!     }],
//! };
//! client.goods_orders().add(&order).await.unwrap();
//! fake.ship("SO-1", &["00340434000000000001"]).unwrap();
//! let parcels = client.goods_orders().packages_by_external_id("SO-1").await.unwrap();
//! assert_eq!(parcels[0].tracking_number.as_deref(), Some("00340434000000000001"));
//! # }
//! ```
//!
//! Besides the routes the sync needs (products, stock, goods orders with reservations,
//! parcels, receipts, returns, webhooks) it serves positions, notes, priority,
//! documents, `finish`, labels, parcel handover, tracking numbers, sent-package and
//! stock bookings with their sync flags, packing units and `DELETE reservations`.
//! Refurbishment, return bookings and generic interfaces answer empty lists;
//! `client/new` answers 403.
//!
//! Where Wemalo's behaviour is not documented, the fake makes a documented guess:
//!
//! - errors answer with the same HTTP status as the body `status`: 400 invalid input,
//!   401 wrong token, 404 unknown product/order/route, 409 duplicate external id
//!   (message `externalId already exists: …`), 419 budget used up;
//! - the budget window is fixed: it starts with the first call after the previous
//!   window ended; a refusal carries `Retry-After` with the seconds left in the window;
//! - stock is reserved all or nothing per order: an order is OPEN when every position
//!   can be reserved, otherwise PARTIAL with reason `STOCK` and nothing reserved;
//!   a receiver without country makes it PARTIAL with reason `ADDRESS`;
//! - `availableStock` reports on-hand stock (reserved units included) of products whose
//!   stock changed since `fromDate`, compared in Europe/Berlin wall-clock time (UTC when
//!   the system has no time zone data); creating a product counts as a change;
//! - `cancel` is allowed in PARTIAL, OPEN and INPROCESS and answers success again for an
//!   order already cancelled; from INPICKING on it is refused with 400;
//! - `product/add` and `product/addMultiple` refuse an existing external id or SKU
//!   (409); `addMultiple` then applies none of the batch;
//! - paged reads serve 50 entries per page, starting at page 0.

mod routes;
mod state;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rust_decimal::Decimal;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer};

use crate::client::{Client, ClientBuilder};
use crate::models::{GoodsOrder, OrderStatusName, Package, Product};
use crate::types::WemaloOrderId;

use state::State;

/// Stock of one product in the fake warehouse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FakeStock {
    /// Units on the shelf, reserved ones included.
    pub on_hand: Decimal,
    /// Units reserved for OPEN (and later, not yet shipped) orders.
    pub reserved: Decimal,
}

impl FakeStock {
    /// Units not reserved for any order.
    pub fn free(&self) -> Decimal {
        self.on_hand - self.reserved
    }
}

/// A goods order as the fake warehouse holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct FakeGoodsOrder {
    /// Wemalo's internal id given at creation.
    pub id: WemaloOrderId,
    /// The order as last sent (by `add`, `addConditional` or `updateMeta`).
    pub order: GoodsOrder,
    /// Current state.
    pub status: OrderStatusName,
    /// Why the order is PARTIAL (`STOCK`, `ADDRESS`), if it is.
    pub reason: Option<String>,
    /// Parcels: one unlabelled parcel once packed, one per tracking number once shipped.
    pub packages: Vec<Package>,
}

/// A failure the fake can produce.
#[derive(Clone, Debug, PartialEq)]
pub enum FaultKind {
    /// Answer 419 (HTTP and body), as if the budget were used up; nothing is applied.
    RateLimited,
    /// Answer this HTTP status with a JSON error body; nothing is applied.
    ServerError(u16),
    /// Answer this HTTP status with an HTML page (a proxy error); nothing is applied.
    HtmlBody(u16),
    /// Answer this HTTP status with an empty body; nothing is applied.
    EmptyBody(u16),
    /// Answer normally, but only after this delay (to provoke client timeouts).
    Delay(Duration),
    /// Apply the request, then answer this status with an HTML page: a lost answer.
    AfterWrite(u16),
}

/// A one-shot failure for the next request that matches.
#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    /// What happens.
    pub kind: FaultKind,
    /// Only requests whose path (below the base URL, decoded) contains this text.
    pub path_contains: Option<String>,
    /// Only requests with this HTTP method (`"GET"`, `"POST"`, ...).
    pub method: Option<String>,
}

impl Fault {
    /// A fault for the next request of any kind.
    pub fn next(kind: FaultKind) -> Fault {
        Fault {
            kind,
            path_contains: None,
            method: None,
        }
    }

    /// A fault for the next request whose method and path match.
    pub fn on(kind: FaultKind, method: &str, path_contains: &str) -> Fault {
        Fault {
            kind,
            path_contains: Some(path_contains.to_owned()),
            method: Some(method.to_owned()),
        }
    }
}

/// The fake wemalo-connect server; see the [module docs](self).
///
/// Dropping it stops the server.
#[derive(Debug)]
pub struct FakeWemalo {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

impl FakeWemalo {
    /// The only token the fake accepts (`Authorization: JWT fake-wemalo-token`).
    pub const TOKEN: &'static str = "fake-wemalo-token";

    /// The budget a fresh fake enforces: 600 calls per 60 s window.
    pub const DEFAULT_BUDGET: (u32, Duration) = (600, Duration::from_secs(60));

    /// Starts a fake on a free loopback port.
    pub async fn start() -> FakeWemalo {
        let server = MockServer::builder()
            .disable_request_recording()
            .start()
            .await;
        let state = Arc::new(Mutex::new(State::new(Some(Self::DEFAULT_BUDGET))));
        Mock::given(any())
            .respond_with(routes::Responder {
                state: Arc::clone(&state),
            })
            .mount(&server)
            .await;
        FakeWemalo { server, state }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The base URL to give a client, e.g. `http://127.0.0.1:41234/v1/`.
    pub fn base_url(&self) -> String {
        format!("{}/v1/", self.server.uri())
    }

    /// A client builder pointed at the fake, with [`Self::TOKEN`] and the fake's current
    /// budget window as the client's assumed rate-limit window.
    pub fn client_builder(&self) -> ClientBuilder {
        let mut b = Client::builder()
            .base_url(self.base_url())
            .token(Self::TOKEN);
        if let Some((_, window)) = self.lock().budget {
            b = b.rate_limit_window(window);
        }
        b.retry_base_delay(Duration::from_millis(50))
    }

    /// A ready client for the fake (see [`Self::client_builder`]).
    pub fn client(&self) -> Client {
        match self.client_builder().build() {
            Ok(c) => c,
            // The builder above only holds valid settings.
            Err(e) => unreachable!("fake client settings are valid: {e}"),
        }
    }

    /// All products, ordered by external id.
    pub fn products(&self) -> Vec<Product> {
        self.lock().products.values().cloned().collect()
    }

    /// One product by external id.
    pub fn product(&self, external_id: &str) -> Option<Product> {
        self.lock().products.get(external_id).cloned()
    }

    /// Adds a product directly (seeding), as if created through the API. Returns false
    /// when the external id or SKU is taken.
    pub fn insert_product(&self, product: Product) -> bool {
        self.lock().insert_product(product).is_ok()
    }

    /// Goods arrive: on-hand stock of the product goes up, then PARTIAL orders are
    /// reserved in the order they came in. False for an unknown product.
    pub fn receive_goods(&self, external_id: &str, quantity: Decimal) -> bool {
        self.lock().receive_goods(external_id, quantity)
    }

    /// Sets the on-hand quantity of a product (an inventory count); reservations stay.
    /// False for an unknown product.
    pub fn set_stock(&self, external_id: &str, on_hand: Decimal) -> bool {
        self.lock().set_stock(external_id, on_hand)
    }

    /// Stock of one product.
    pub fn stock(&self, external_id: &str) -> Option<FakeStock> {
        let s = self.lock();
        s.products.get(external_id)?;
        Some(s.stock.get(external_id).copied().unwrap_or_default())
    }

    /// All goods orders, ordered by external id.
    pub fn goods_orders(&self) -> Vec<FakeGoodsOrder> {
        self.lock().orders.values().cloned().collect()
    }

    /// One goods order by external id.
    pub fn goods_order(&self, external_id: &str) -> Option<FakeGoodsOrder> {
        self.lock().orders.get(external_id).cloned()
    }

    /// The warehouse moves an order forward to INPROCESS, INPICKING, READYFORSHIPMENT,
    /// PACKED or BLOCKEDPACKED. Only reserved (not PARTIAL) orders move, and never back.
    pub fn advance(&self, external_id: &str, to: OrderStatusName) -> Result<(), String> {
        self.lock().advance(external_id, to)
    }

    /// The warehouse ships an order: SHIPPED, one parcel per tracking number (positions
    /// spread over the parcels), reservation released and on-hand stock reduced.
    pub fn ship(&self, external_id: &str, tracking_numbers: &[&str]) -> Result<(), String> {
        self.lock().ship(external_id, tracking_numbers)
    }

    /// Sets the call budget: `Some((calls, window))`, or `None` for no limit and no limit
    /// headers. Takes effect with a fresh window. Clients built afterwards through
    /// [`Self::client`] assume the new window.
    pub fn set_budget(&self, budget: Option<(u32, Duration)>) {
        let mut s = self.lock();
        s.budget = budget;
        s.window = None;
    }

    /// Queues a one-shot fault for the next matching request.
    pub fn inject(&self, fault: Fault) {
        self.lock().faults.push(fault);
    }

    /// Makes every request fail with `probability` (0.0–1.0), the kind drawn from
    /// `kinds`, reproducibly from `seed`.
    pub fn set_random_faults(&self, seed: u64, probability: f64, kinds: Vec<FaultKind>) {
        self.lock().set_random_faults(seed, probability, kinds);
    }

    /// Removes queued and random faults.
    pub fn clear_faults(&self) {
        let mut s = self.lock();
        s.faults.clear();
        s.random_faults = None;
    }

    /// Requests received so far.
    pub fn request_count(&self) -> u64 {
        self.lock().request_count
    }

    /// Requests per endpoint, keyed `"GET goodsOrder/getStatus/:id"`.
    pub fn requests_by_endpoint(&self) -> BTreeMap<String, u64> {
        self.lock().by_endpoint.clone()
    }

    /// Answers with status 419 so far (budget refusals and injected ones).
    pub fn rate_limited_count(&self) -> u64 {
        self.lock().rate_limited
    }

    /// Webhooks registered through the API, by event name.
    pub fn webhooks(&self) -> BTreeMap<String, crate::models::WebhookRegistration> {
        self.lock().webhooks.clone()
    }

    /// Goods receipts announced through the API, with the ids given.
    pub fn goods_receipts(&self) -> Vec<(i64, crate::models::GoodsReceipt)> {
        self.lock().receipts.clone()
    }

    /// Returns announced through the API, with the ids given.
    pub fn returns(&self) -> Vec<(i64, crate::models::ReturnAnnouncement)> {
        self.lock().returns.clone()
    }
}
