//! Running the driver on the two fakes and measuring a cycle: requests per endpoint, the
//! lower bound of requests for what the cycle actually did, wall time, and refusals.
//!
//! The lower bound is derived from what changed on both sides (snapshots of the fakes
//! before and after the cycle), not from the driver's own plan:
//!
//! * reads: every product page at 250 per page (Billbee has no change filter for products);
//!   the order pages needed for the orders the cycle has to see (first sync: the eligible
//!   ones; later: those the merchant added or changed since the previous cycle), at least
//!   one; one `availableStock` read (unpaged); the sent-package pages (50 per page, the
//!   fake's page size) needed for parcels shipped since the previous cycle, at least one;
//! * batched writes at [`write_batch`] items per request: Wemalo product creation
//!   (`product/addMultiple`) and Billbee stock (`updatestockmultiple`);
//! * writes with no batch form, one per fact: a Wemalo product update, goods order create,
//!   change or cancellation; a Billbee order whose tags changed (one `POST tags` can carry
//!   several tags), a shipment, a state change.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use billbee_client::fake::FakeBillbee;
use billbee_client::RateLimits;
use billbee_wemalo_sync::{CycleReport, Driver, StateStore, StoreError, SyncConfig, SyncState};
use rust_decimal::Decimal;
use wemalo_client::fake::FakeWemalo;
use wemalo_client::OrderStatusName;

use crate::shop::Shop;

/// Billbee's largest page.
pub const BILLBEE_PAGE: u64 = 250;
/// The fake Wemalo's page size for sent packages.
pub const WEMALO_PAGE: u64 = 50;

/// Items per batched write assumed for the lower bound: `BENCH_BATCH` or 100.
///
/// Neither `POST /products/updatestockmultiple` (Billbee) nor `POST product/addMultiple`
/// (Wemalo) documents a maximum. 100 is the sync's default for both
/// (`stock_batch_size`, `product_batch_size`): bodies stay around 100 KB, and one refused
/// item does not take thousands down with it.
pub fn write_batch() -> u64 {
    std::env::var("BENCH_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(100)
}

/// Rate limits so high that pacing never waits.
pub const UNLIMITED: RateLimits = RateLimits {
    per_endpoint_per_second: 1_000_000,
    overall_per_second: 1_000_000,
};

/// A state store that only counts saves. The driver saves after every step; the
/// [`billbee_wemalo_sync::MemoryStore`] clones the whole state each time, which at 10,000
/// products and 5,000 orders would measure the clone, not the sync.
#[derive(Debug, Default)]
pub struct CountingStore {
    /// Saves so far.
    pub saves: u64,
}

#[async_trait]
impl StateStore for CountingStore {
    async fn save(&mut self, _state: &SyncState) -> Result<(), StoreError> {
        self.saves += 1;
        Ok(())
    }
}

/// What one Billbee order looks like, for diffs.
#[derive(Debug, Clone, PartialEq)]
struct OrderSnap {
    tags: Vec<String>,
    state: Option<i32>,
    shipments: usize,
    modified: Option<String>,
    eligible: bool,
}

/// What one Wemalo goods order looks like, for diffs.
#[derive(Debug, Clone, PartialEq)]
struct GoodsSnap {
    status: OrderStatusName,
    body: String,
    positions: usize,
}

/// Both fakes' data at one moment.
#[derive(Debug, Clone, Default)]
struct Snapshot {
    orders: BTreeMap<i64, OrderSnap>,
    stock: BTreeMap<i64, Option<Decimal>>,
    products: u64,
    w_products: BTreeMap<String, String>,
    w_orders: BTreeMap<String, GoodsSnap>,
}

impl Snapshot {
    fn take(billbee: &FakeBillbee, wemalo: &FakeWemalo) -> Snapshot {
        let orders = billbee
            .orders()
            .into_iter()
            .filter_map(|o| {
                let id = o.billbee_order_id?.0;
                let mut tags: Vec<String> = o.tags.iter().map(|t| t.to_lowercase()).collect();
                tags.sort();
                let snap = OrderSnap {
                    eligible: crate::shop::is_eligible(&o),
                    tags,
                    state: o.state.map(|s| s.id()),
                    shipments: o.shipping_ids.len(),
                    modified: o.last_modified_at.map(|t| t.0.to_string()),
                };
                Some((id, snap))
            })
            .collect();
        let products = billbee.products();
        let stock = products
            .iter()
            .filter_map(|p| Some((p.id?.0, p.stock_current)))
            .collect();
        let w_products = wemalo
            .products()
            .into_iter()
            .map(|p| {
                let body = serde_json::to_string(&p).unwrap_or_default();
                (p.external_id, body)
            })
            .collect();
        let w_orders = wemalo
            .goods_orders()
            .into_iter()
            .map(|o| {
                let snap = GoodsSnap {
                    status: o.status.clone(),
                    body: serde_json::to_string(&o.order).unwrap_or_default(),
                    positions: o.order.positions.len(),
                };
                (o.order.meta.external_id, snap)
            })
            .collect();
        Snapshot {
            orders,
            stock,
            products: products.len() as u64,
            w_products,
            w_orders,
        }
    }
}

/// Items moved by a cycle, for the "one call per item" comparison.
#[derive(Debug, Clone, Copy, Default)]
pub struct Items {
    /// Products created in Wemalo.
    pub products_created: u64,
    /// Billbee stock quantities that changed.
    pub stock_written: u64,
}

/// The figures of one cycle.
#[derive(Debug, Clone, Default)]
pub struct CycleMeasure {
    /// Requests the driver sent to Billbee, per endpoint.
    pub billbee: BTreeMap<String, u64>,
    /// Requests the driver sent to Wemalo, per endpoint.
    pub wemalo: BTreeMap<String, u64>,
    /// The lower bound per Billbee endpoint.
    pub billbee_bound: BTreeMap<String, u64>,
    /// The lower bound per Wemalo endpoint.
    pub wemalo_bound: BTreeMap<String, u64>,
    /// Wall time of `run_cycle`.
    pub wall: Duration,
    /// The driver's report.
    pub report: CycleReport,
    /// Items for the one-call-per-item comparison.
    pub items: Items,
    /// 429 answers from Billbee during the cycle.
    pub billbee_429: u64,
    /// 419 answers from Wemalo during the cycle.
    pub wemalo_419: u64,
    /// State saves during the cycle.
    pub saves: u64,
}

impl CycleMeasure {
    /// Total requests to Billbee.
    pub fn billbee_total(&self) -> u64 {
        self.billbee.values().sum()
    }

    /// Total requests to Wemalo.
    pub fn wemalo_total(&self) -> u64 {
        self.wemalo.values().sum()
    }

    /// Total lower bound for Billbee.
    pub fn billbee_bound_total(&self) -> u64 {
        self.billbee_bound.values().sum()
    }

    /// Total lower bound for Wemalo.
    pub fn wemalo_bound_total(&self) -> u64 {
        self.wemalo_bound.values().sum()
    }
}

/// The driver on two fakes, with the bookkeeping to measure cycles.
#[derive(Debug)]
pub struct Bench {
    /// The fake Billbee.
    pub billbee: FakeBillbee,
    /// The fake Wemalo.
    pub wemalo: FakeWemalo,
    /// The driver under test.
    pub driver: Driver<billbee_client::Client, wemalo_client::Client>,
    /// The sync state carried between cycles.
    pub state: SyncState,
    /// The store the driver saves to.
    pub store: CountingStore,
    last_end: Option<Snapshot>,
}

impl Bench {
    /// Starts both fakes seeded with `shop`. With `real_limits` the fakes keep their
    /// defaults (Billbee 2/s per endpoint and 10/s overall, Wemalo 600 calls per 60 s) and
    /// the clients their default pacing; otherwise limits are lifted on both sides.
    pub async fn start(shop: &Shop, real_limits: bool, config: SyncConfig) -> Bench {
        let billbee = FakeBillbee::start().await;
        let wemalo = FakeWemalo::start().await;
        if !real_limits {
            billbee.set_rate_limits(UNLIMITED);
            wemalo.set_budget(None);
        }
        for p in &shop.products {
            billbee.insert_product(p.clone());
        }
        for o in &shop.orders {
            billbee.insert_order(o.clone());
        }
        let billbee_client = if real_limits {
            billbee.client()
        } else {
            billbee
                .client_builder()
                .rate_limits(UNLIMITED)
                .build()
                .expect("client")
        };
        let wemalo_client = wemalo.client();
        let driver = Driver::new(billbee_client, wemalo_client, config);
        Bench {
            billbee,
            wemalo,
            driver,
            state: SyncState::new(),
            store: CountingStore::default(),
            last_end: None,
        }
    }

    /// Replaces the driver with one using `config` (fresh clients, same fakes and state).
    pub fn set_config(&mut self, config: SyncConfig, real_limits: bool) {
        let billbee_client = if real_limits {
            self.billbee.client()
        } else {
            self.billbee
                .client_builder()
                .rate_limits(UNLIMITED)
                .build()
                .expect("client")
        };
        self.driver = Driver::new(billbee_client, self.wemalo.client(), config);
    }

    /// Runs one cycle and measures it.
    pub async fn cycle(&mut self) -> CycleMeasure {
        let pre = Snapshot::take(&self.billbee, &self.wemalo);
        let (b0, w0) = (
            self.billbee.requests_by_endpoint(),
            self.wemalo.requests_by_endpoint(),
        );
        let (r0, l0) = (
            self.billbee.rate_limited_count(),
            self.wemalo.rate_limited_count(),
        );
        let saves0 = self.store.saves;
        let started = Instant::now();
        let report = self
            .driver
            .run_cycle(&mut self.state, &mut self.store, jiff::Timestamp::now())
            .await
            .expect("the cycle runs");
        let wall = started.elapsed();
        let billbee = diff(&b0, &self.billbee.requests_by_endpoint());
        let wemalo = diff(&w0, &self.wemalo.requests_by_endpoint());
        let billbee_429 = self.billbee.rate_limited_count() - r0;
        let wemalo_419 = self.wemalo.rate_limited_count() - l0;
        let post = Snapshot::take(&self.billbee, &self.wemalo);
        let (billbee_bound, wemalo_bound, items) = bound(self.last_end.as_ref(), &pre, &post);
        self.last_end = Some(post);
        CycleMeasure {
            billbee,
            wemalo,
            billbee_bound,
            wemalo_bound,
            wall,
            report,
            items,
            billbee_429,
            wemalo_419,
            saves: self.store.saves - saves0,
        }
    }
}

fn diff(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    after
        .iter()
        .map(|(k, v)| (k.clone(), v - before.get(k).copied().unwrap_or(0)))
        .filter(|(_, v)| *v > 0)
        .collect()
}

fn pages(rows: u64, size: u64) -> u64 {
    rows.div_ceil(size).max(1)
}

type Bounds = (BTreeMap<String, u64>, BTreeMap<String, u64>, Items);

/// The lower bound of a cycle from the snapshots: `prev` at the end of the previous cycle
/// (none for a first sync), `pre` just before this cycle, `post` just after it.
fn bound(prev: Option<&Snapshot>, pre: &Snapshot, post: &Snapshot) -> Bounds {
    let batch = write_batch();
    let mut b = BTreeMap::new();
    let mut w = BTreeMap::new();
    let put = |m: &mut BTreeMap<String, u64>, k: &str, n: u64| {
        if n > 0 {
            m.insert(k.to_string(), n);
        }
    };
    put(&mut b, "GET /products", pages(pre.products, BILLBEE_PAGE));
    let must_see = match prev {
        None => pre.orders.values().filter(|o| o.eligible).count(),
        Some(prev) => pre
            .orders
            .iter()
            .filter(|(id, o)| {
                o.tags.iter().any(|t| t == "wemalo")
                    && prev.orders.get(id).is_none_or(|p| p.modified != o.modified)
            })
            .count(),
    } as u64;
    put(&mut b, "GET /orders", pages(must_see, BILLBEE_PAGE));
    let mut tags = 0;
    let mut shipments = 0;
    let mut states = 0;
    for (id, after) in &post.orders {
        let Some(before) = pre.orders.get(id) else {
            continue;
        };
        tags += u64::from(before.tags != after.tags);
        shipments += after.shipments.saturating_sub(before.shipments) as u64;
        states += u64::from(before.state != after.state);
    }
    put(&mut b, "POST /orders/{id}/tags", tags);
    put(&mut b, "POST /orders/{id}/shipment", shipments);
    put(&mut b, "PUT /orders/{id}/orderstate", states);
    let stock_written = post
        .stock
        .iter()
        .filter(|(id, q)| pre.stock.get(id) != Some(q))
        .count() as u64;
    put(
        &mut b,
        "POST /products/updatestockmultiple",
        stock_written.div_ceil(batch),
    );

    put(&mut w, "GET product/availableStock", 1);
    let empty = Snapshot::default();
    let prev = prev.unwrap_or(&empty);
    let new_bookings: u64 = pre
        .w_orders
        .iter()
        .filter(|(id, o)| {
            o.status == OrderStatusName::Shipped
                && prev
                    .w_orders
                    .get(*id)
                    .is_none_or(|p| p.status != OrderStatusName::Shipped)
        })
        .map(|(_, o)| o.positions as u64)
        .sum();
    put(
        &mut w,
        "GET goodsOrder/sentPackages",
        pages(new_bookings, WEMALO_PAGE),
    );
    let created = post
        .w_products
        .keys()
        .filter(|k| !pre.w_products.contains_key(*k))
        .count() as u64;
    let updated = post
        .w_products
        .iter()
        .filter(|(k, v)| pre.w_products.get(*k).is_some_and(|old| old != *v))
        .count() as u64;
    put(&mut w, "POST product/addMultiple", created.div_ceil(batch));
    put(&mut w, "PUT product/update/:externalId", updated);
    let mut added = 0;
    let mut cancelled = 0;
    let mut changed = 0;
    for (id, after) in &post.w_orders {
        match pre.w_orders.get(id) {
            None => added += 1,
            Some(before) => {
                cancelled += u64::from(
                    after.status == OrderStatusName::Cancelled
                        && before.status != OrderStatusName::Cancelled,
                );
                changed += u64::from(after.body != before.body);
            }
        }
    }
    put(&mut w, "POST goodsOrder/add", added);
    put(&mut w, "PUT goodsOrder/cancel/:id", cancelled);
    put(&mut w, "POST goodsOrder/addConditional", changed);
    let items = Items {
        products_created: created,
        stock_written,
    };
    (b, w, items)
}

/// Formats a ratio of `ours` to `bound`.
pub fn ratio(ours: u64, bound: u64) -> String {
    match (ours, bound) {
        (0, 0) => "-".to_string(),
        (_, 0) => "∞".to_string(),
        _ => format!("{:.2}", ours as f64 / bound as f64),
    }
}

/// Prints one cycle's requests next to the lower bound, per API and endpoint.
pub fn print_table(title: &str, m: &CycleMeasure) {
    println!("\n{title}");
    println!(
        "  {:<8} {:<36} {:>8} {:>8} {:>7}",
        "API", "endpoint", "ours", "bound", "ratio"
    );
    let mut all = (0, 0);
    for (api, ours, bound) in [
        ("Billbee", &m.billbee, &m.billbee_bound),
        ("Wemalo", &m.wemalo, &m.wemalo_bound),
    ] {
        let mut keys: Vec<&String> = ours.keys().chain(bound.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let (o, b) = (
                ours.get(k).copied().unwrap_or(0),
                bound.get(k).copied().unwrap_or(0),
            );
            println!(
                "  {:<8} {:<36} {:>8} {:>8} {:>7}",
                api,
                k,
                o,
                b,
                ratio(o, b)
            );
        }
        let (o, b): (u64, u64) = (ours.values().sum(), bound.values().sum());
        println!(
            "  {:<8} {:<36} {:>8} {:>8} {:>7}",
            api,
            "= total",
            o,
            b,
            ratio(o, b)
        );
        all.0 += o;
        all.1 += b;
    }
    println!(
        "  {:<8} {:<36} {:>8} {:>8} {:>7}",
        "both",
        "= total",
        all.0,
        all.1,
        ratio(all.0, all.1)
    );
    println!(
        "  wall {:.2} s, {} actions, {} errors, {} state saves, 429: {}, 419: {}",
        m.wall.as_secs_f64(),
        m.report.action_count(),
        m.report.errors.len(),
        m.saves,
        m.billbee_429,
        m.wemalo_419
    );
}
