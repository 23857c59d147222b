//! The warehouse behind the fake: products, stock, reservations, orders.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use jiff::civil::DateTime;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{FakeGoodsOrder, FakeStock, Fault, FaultKind};
use crate::models::{
    ExternalIdMatch, GoodsOrder, GoodsOrderMeta, GoodsReceipt, OrderStatusName, Package,
    PackageItem, Product, ReturnAnnouncement, WebhookRegistration,
};
use crate::types::{Grams, ParcelId, WemaloOrderId};

/// An error answer: status (HTTP and body) and message.
#[derive(Debug)]
pub(crate) struct Refusal {
    pub(crate) status: u16,
    pub(crate) message: String,
}

impl Refusal {
    pub(crate) fn new(status: u16, message: impl Into<String>) -> Self {
        Refusal {
            status,
            message: message.into(),
        }
    }
}

pub(crate) type Outcome<T> = Result<T, Refusal>;

#[derive(Debug)]
pub(crate) struct RandomFaults {
    pub(crate) rng: StdRng,
    pub(crate) probability: f64,
    pub(crate) kinds: Vec<FaultKind>,
}

/// Wall-clock time in the warehouse (Europe/Berlin, UTC without tz data).
pub(crate) fn warehouse_now() -> DateTime {
    static TZ: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    let tz = TZ.get_or_init(|| {
        jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC)
    });
    tz.to_datetime(jiff::Timestamp::now())
}

#[derive(Debug)]
pub(crate) struct State {
    pub(crate) products: BTreeMap<String, Product>,
    /// SKU → product external id.
    pub(crate) by_sku: BTreeMap<String, String>,
    pub(crate) product_changed: BTreeMap<String, DateTime>,
    pub(crate) stock: BTreeMap<String, FakeStock>,
    pub(crate) stock_changed: BTreeMap<String, DateTime>,
    pub(crate) orders: BTreeMap<String, FakeGoodsOrder>,
    /// Reserved quantity per order external id and product external id.
    pub(crate) reservations: BTreeMap<String, BTreeMap<String, Decimal>>,
    /// Order external ids in creation order, for reserving PARTIAL orders fairly.
    pub(crate) order_seq: Vec<String>,
    pub(crate) receipts: Vec<(i64, GoodsReceipt)>,
    pub(crate) returns: Vec<(i64, ReturnAnnouncement)>,
    pub(crate) webhooks: BTreeMap<String, WebhookRegistration>,
    pub(crate) budget: Option<(u32, Duration)>,
    /// Start of the current budget window and calls counted in it.
    pub(crate) window: Option<(Instant, u32)>,
    pub(crate) faults: Vec<Fault>,
    pub(crate) random_faults: Option<RandomFaults>,
    pub(crate) request_count: u64,
    pub(crate) by_endpoint: BTreeMap<String, u64>,
    pub(crate) rate_limited: u64,
    /// Bookings of shipped parcel items, for the sent-package reads.
    pub(crate) sent_bookings: Vec<SentRecord>,
    /// Stock movements, for `product/bookings/flag`.
    pub(crate) stock_bookings: Vec<StockRecord>,
    /// Packing units per product external id.
    pub(crate) units: BTreeMap<String, Vec<crate::models::ProductUnit>>,
    /// Notes per order external id.
    pub(crate) notes: BTreeMap<String, Vec<String>>,
    next_id: i64,
}

/// One shipped item of a parcel.
#[derive(Clone, Debug)]
pub(crate) struct SentRecord {
    pub(crate) history_id: i64,
    pub(crate) package_id: i64,
    pub(crate) goods_order_id: i64,
    pub(crate) external_order_id: String,
    pub(crate) order_number: String,
    pub(crate) sku: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) external_product_id: Option<String>,
    pub(crate) count: Decimal,
    pub(crate) tracking_number: String,
    pub(crate) at: DateTime,
    pub(crate) synced: bool,
}

/// One stock movement.
#[derive(Clone, Debug)]
pub(crate) struct StockRecord {
    pub(crate) history_id: i64,
    pub(crate) reason: &'static str,
    pub(crate) external_product_id: String,
    pub(crate) sku: String,
    pub(crate) quantity: Decimal,
    pub(crate) goods_order_id: i64,
    pub(crate) external_order_id: Option<String>,
    pub(crate) parcel_id: i64,
    pub(crate) synced: bool,
}

const RANK_PARTIAL: u8 = 0;

fn rank(s: &OrderStatusName) -> u8 {
    match s {
        OrderStatusName::Partial => RANK_PARTIAL,
        OrderStatusName::Open => 1,
        OrderStatusName::InProcess => 2,
        OrderStatusName::InPicking => 3,
        OrderStatusName::ReadyForShipment => 4,
        OrderStatusName::Packed | OrderStatusName::BlockedPacked => 5,
        OrderStatusName::Shipped => 6,
        OrderStatusName::Cancelled | OrderStatusName::Other(_) => 7,
    }
}

/// The placeholder numeric ids the fake reports as `statusId`.
pub(crate) fn status_id(s: &OrderStatusName) -> &'static str {
    match s {
        OrderStatusName::Partial => "100",
        OrderStatusName::Open => "200",
        OrderStatusName::InProcess => "300",
        OrderStatusName::InPicking => "350",
        OrderStatusName::ReadyForShipment => "400",
        OrderStatusName::Packed => "450",
        OrderStatusName::BlockedPacked => "460",
        OrderStatusName::Shipped => "500",
        OrderStatusName::Cancelled => "900",
        OrderStatusName::Other(_) => "0",
    }
}

/// What an order needs: product external id → quantity, plus the position lines.
struct Needs {
    per_product: BTreeMap<String, Decimal>,
    lines: Vec<(String, Decimal)>,
}

impl State {
    pub(crate) fn new(budget: Option<(u32, Duration)>) -> Self {
        State {
            products: BTreeMap::new(),
            by_sku: BTreeMap::new(),
            product_changed: BTreeMap::new(),
            stock: BTreeMap::new(),
            stock_changed: BTreeMap::new(),
            orders: BTreeMap::new(),
            reservations: BTreeMap::new(),
            order_seq: Vec::new(),
            receipts: Vec::new(),
            returns: Vec::new(),
            webhooks: BTreeMap::new(),
            budget,
            window: None,
            faults: Vec::new(),
            random_faults: None,
            request_count: 0,
            by_endpoint: BTreeMap::new(),
            rate_limited: 0,
            sent_bookings: Vec::new(),
            stock_bookings: Vec::new(),
            units: BTreeMap::new(),
            notes: BTreeMap::new(),
            next_id: 48_000,
        }
    }

    pub(crate) fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    pub(crate) fn set_random_faults(&mut self, seed: u64, probability: f64, kinds: Vec<FaultKind>) {
        self.random_faults = Some(RandomFaults {
            rng: StdRng::seed_from_u64(seed),
            probability: probability.clamp(0.0, 1.0),
            kinds,
        });
    }

    /// Takes the fault (queued first, then random) that applies to this request.
    pub(crate) fn take_fault(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let pos = self.faults.iter().position(|f| {
            f.method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && f.path_contains.as_deref().is_none_or(|p| path.contains(p))
        });
        if let Some(i) = pos {
            return Some(self.faults.remove(i).kind);
        }
        let r = self.random_faults.as_mut()?;
        if r.kinds.is_empty() || r.rng.random::<f64>() >= r.probability {
            return None;
        }
        let i = r.rng.random_range(0..r.kinds.len());
        r.kinds.get(i).cloned()
    }

    /// Counts a call against the budget. Returns (max, remaining) for the headers, and
    /// whether the call is over budget.
    pub(crate) fn count_call(&mut self, now: Instant) -> Option<(u32, u32, bool)> {
        let (max, window) = self.budget?;
        let (start, count) = match self.window {
            Some((start, count)) if now.duration_since(start) < window => (start, count),
            _ => (now, 0),
        };
        let count = count.saturating_add(1);
        self.window = Some((start, count));
        let over = count > max;
        Some((max, max.saturating_sub(count), over))
    }

    /// Time until the current budget window ends.
    pub(crate) fn window_left(&self, now: Instant) -> Option<Duration> {
        let (_, window) = self.budget?;
        let (start, _) = self.window?;
        Some((start + window).saturating_duration_since(now))
    }

    // ----- products -------------------------------------------------------------------

    pub(crate) fn validate_product(p: &Product) -> Outcome<()> {
        for (name, v) in [
            ("externalId", &p.external_id),
            ("sku", &p.sku),
            ("productGroup", &p.product_group),
        ] {
            if v.trim().is_empty() {
                return Err(Refusal::new(400, format!("missingParameter: {name}")));
            }
        }
        Ok(())
    }

    fn sku_taken(&self, sku: &str, except: Option<&str>) -> bool {
        self.by_sku
            .get(sku)
            .is_some_and(|ext| Some(ext.as_str()) != except)
    }

    /// The product with this SKU.
    pub(crate) fn product_by_sku(&self, sku: &str) -> Option<&Product> {
        self.by_sku.get(sku).and_then(|ext| self.products.get(ext))
    }

    pub(crate) fn insert_product(&mut self, product: Product) -> Outcome<()> {
        Self::validate_product(&product)?;
        if self.products.contains_key(&product.external_id) {
            return Err(Refusal::new(
                409,
                format!("externalId already exists: {}", product.external_id),
            ));
        }
        if self.sku_taken(&product.sku, None) {
            return Err(Refusal::new(
                409,
                format!("sku already exists: {}", product.sku),
            ));
        }
        let now = warehouse_now();
        let id = product.external_id.clone();
        self.product_changed.insert(id.clone(), now);
        self.stock_changed.insert(id.clone(), now);
        self.stock.entry(id.clone()).or_default();
        self.by_sku.insert(product.sku.clone(), id.clone());
        self.products.insert(id, product);
        Ok(())
    }

    pub(crate) fn insert_products(&mut self, products: Vec<Product>) -> Outcome<()> {
        let mut seen_ids = std::collections::BTreeSet::new();
        let mut seen_skus = std::collections::BTreeSet::new();
        for p in &products {
            Self::validate_product(p)?;
            if self.products.contains_key(&p.external_id) || !seen_ids.insert(&p.external_id) {
                return Err(Refusal::new(
                    409,
                    format!("externalId already exists: {}", p.external_id),
                ));
            }
            if self.sku_taken(&p.sku, None) || !seen_skus.insert(&p.sku) {
                return Err(Refusal::new(409, format!("sku already exists: {}", p.sku)));
            }
        }
        for p in products {
            self.insert_product(p)?;
        }
        Ok(())
    }

    pub(crate) fn update_product(
        &mut self,
        external_id: &str,
        mut product: Product,
    ) -> Outcome<()> {
        if !self.products.contains_key(external_id) {
            return Err(Refusal::new(
                404,
                format!("No product with externalId found: {external_id}"),
            ));
        }
        product.external_id = external_id.to_owned();
        let old = self.products.get(external_id).cloned().unwrap_or_default();
        if product.sku.trim().is_empty() {
            product.sku = old.sku.clone();
        }
        if product.product_group.trim().is_empty() {
            product.product_group = old.product_group.clone();
        }
        if self.sku_taken(&product.sku, Some(external_id)) {
            return Err(Refusal::new(
                409,
                format!("sku already exists: {}", product.sku),
            ));
        }
        self.product_changed
            .insert(external_id.to_owned(), warehouse_now());
        if old.sku != product.sku {
            self.by_sku.remove(&old.sku);
        }
        self.by_sku
            .insert(product.sku.clone(), external_id.to_owned());
        self.products.insert(external_id.to_owned(), product);
        Ok(())
    }

    pub(crate) fn product_or_404(&self, external_id: &str, status: u16) -> Outcome<&Product> {
        self.products.get(external_id).ok_or_else(|| {
            Refusal::new(
                status,
                format!("No product with externalId found: {external_id}"),
            )
        })
    }

    pub(crate) fn stock_of(&self, external_id: &str) -> FakeStock {
        self.stock.get(external_id).copied().unwrap_or_default()
    }

    fn touch_stock(&mut self, external_id: &str) {
        self.stock_changed
            .insert(external_id.to_owned(), warehouse_now());
    }

    pub(crate) fn receive_goods(&mut self, external_id: &str, quantity: Decimal) -> bool {
        if !self.products.contains_key(external_id) {
            return false;
        }
        self.stock
            .entry(external_id.to_owned())
            .or_default()
            .on_hand += quantity;
        self.touch_stock(external_id);
        self.book_stock("INCOMING", external_id, quantity, None, 0);
        self.reserve_waiting();
        true
    }

    fn book_stock(
        &mut self,
        reason: &'static str,
        external_id: &str,
        quantity: Decimal,
        order: Option<(i64, String)>,
        parcel_id: i64,
    ) {
        let sku = self
            .products
            .get(external_id)
            .map(|p| p.sku.clone())
            .unwrap_or_default();
        let history_id = self.next_id();
        let (goods_order_id, external_order_id) = match order {
            Some((id, ext)) => (id, Some(ext)),
            None => (0, None),
        };
        self.stock_bookings.push(StockRecord {
            history_id,
            reason,
            external_product_id: external_id.to_owned(),
            sku,
            quantity,
            goods_order_id,
            external_order_id,
            parcel_id,
            synced: false,
        });
    }

    pub(crate) fn set_stock(&mut self, external_id: &str, on_hand: Decimal) -> bool {
        if !self.products.contains_key(external_id) {
            return false;
        }
        self.stock
            .entry(external_id.to_owned())
            .or_default()
            .on_hand = on_hand;
        self.touch_stock(external_id);
        self.reserve_waiting();
        true
    }

    /// Tries to reserve every PARTIAL order (reason STOCK), oldest first.
    fn reserve_waiting(&mut self) {
        let waiting: Vec<String> = self
            .order_seq
            .iter()
            .filter(|id| {
                self.orders.get(*id).is_some_and(|o| {
                    o.status == OrderStatusName::Partial && o.reason.as_deref() == Some("STOCK")
                })
            })
            .cloned()
            .collect();
        for id in waiting {
            self.evaluate(&id);
        }
    }

    // ----- orders ---------------------------------------------------------------------

    fn resolve(&self, order: &GoodsOrder) -> Outcome<Needs> {
        let by_sku = order.meta.external_id_match == Some(ExternalIdMatch::Sku);
        let mut needs = Needs {
            per_product: BTreeMap::new(),
            lines: Vec::new(),
        };
        if order.positions.is_empty() {
            return Err(Refusal::new(400, "missingParameter: positions"));
        }
        for pos in &order.positions {
            let product = if by_sku {
                self.product_by_sku(&pos.external_id)
            } else {
                self.products.get(&pos.external_id)
            };
            let Some(product) = product else {
                return Err(Refusal::new(
                    404,
                    format!("No product with extId found: {}", pos.external_id),
                ));
            };
            if pos.quantity <= Decimal::ZERO {
                return Err(Refusal::new(
                    400,
                    format!("quantity INVALID: {}", pos.quantity),
                ));
            }
            if pos.serial_number.is_some() && pos.quantity > Decimal::ONE {
                return Err(Refusal::new(
                    400,
                    "quantity INVALID: serial number with quantity > 1",
                ));
            }
            *needs
                .per_product
                .entry(product.external_id.clone())
                .or_default() += pos.quantity;
            needs
                .lines
                .push((product.external_id.clone(), pos.quantity));
        }
        Ok(needs)
    }

    fn validate_meta(meta: &GoodsOrderMeta) -> Outcome<()> {
        if meta.external_id.trim().is_empty() {
            return Err(Refusal::new(400, "missingParameter: meta.externalId"));
        }
        if meta.receiver.is_empty() {
            return Err(Refusal::new(400, "missingParameter: meta.receiver"));
        }
        if meta
            .receiver
            .iter()
            .filter(|r| r.primary == Some(true))
            .count()
            > 1
        {
            return Err(Refusal::new(400, "only one receiver may be primary"));
        }
        Ok(())
    }

    fn address_ok(meta: &GoodsOrderMeta) -> bool {
        let r = meta
            .receiver
            .iter()
            .find(|r| r.primary == Some(true))
            .or_else(|| meta.receiver.first());
        let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        r.is_some_and(|r| {
            !r.name1.trim().is_empty()
                && filled(&r.country_code_2letter)
                && filled(&r.city)
                && filled(&r.zip)
        })
    }

    fn release(&mut self, external_id: &str) {
        if let Some(res) = self.reservations.remove(external_id) {
            for (product, qty) in res {
                let s = self.stock.entry(product.clone()).or_default();
                s.reserved -= qty;
                self.touch_stock(&product);
            }
        }
    }

    /// Re-evaluates a PARTIAL or OPEN order: reserve all or nothing.
    fn evaluate(&mut self, external_id: &str) {
        let Some(o) = self.orders.get(external_id) else {
            return;
        };
        if !matches!(o.status, OrderStatusName::Partial | OrderStatusName::Open) {
            return;
        }
        let order = o.order.clone();
        self.release(external_id);
        let (status, reason) = if !Self::address_ok(&order.meta) {
            (OrderStatusName::Partial, Some("ADDRESS".to_owned()))
        } else {
            match self.resolve(&order) {
                Ok(needs) => {
                    let enough = needs
                        .per_product
                        .iter()
                        .all(|(p, q)| self.stock_of(p).free() >= *q);
                    if enough {
                        for (p, q) in &needs.per_product {
                            self.stock.entry(p.clone()).or_default().reserved += *q;
                            self.touch_stock(p);
                        }
                        self.reservations
                            .insert(external_id.to_owned(), needs.per_product);
                        (OrderStatusName::Open, None)
                    } else {
                        (OrderStatusName::Partial, Some("STOCK".to_owned()))
                    }
                }
                Err(_) => (OrderStatusName::Partial, Some("UNKNOWN".to_owned())),
            }
        };
        if let Some(o) = self.orders.get_mut(external_id) {
            o.status = status;
            o.reason = reason;
        }
    }

    pub(crate) fn add_order(&mut self, order: GoodsOrder) -> Outcome<WemaloOrderId> {
        Self::validate_meta(&order.meta)?;
        let ext = order.meta.external_id.clone();
        if self.orders.contains_key(&ext) {
            return Err(Refusal::new(
                409,
                format!("externalId already exists: {ext}"),
            ));
        }
        self.resolve(&order)?;
        let id = WemaloOrderId(self.next_id());
        self.orders.insert(
            ext.clone(),
            FakeGoodsOrder {
                id,
                order,
                status: OrderStatusName::Partial,
                reason: None,
                packages: Vec::new(),
            },
        );
        self.order_seq.push(ext.clone());
        self.evaluate(&ext);
        Ok(id)
    }

    pub(crate) fn add_conditional(&mut self, order: GoodsOrder) -> Outcome<String> {
        Self::validate_meta(&order.meta)?;
        let ext = order.meta.external_id.clone();
        let Some(existing) = self.orders.get(&ext) else {
            self.add_order(order)?;
            return Ok(ext);
        };
        if !matches!(
            existing.status,
            OrderStatusName::Partial | OrderStatusName::Open
        ) {
            return Err(Refusal::new(
                400,
                format!(
                    "order {ext} can no longer be changed (status {})",
                    existing.status
                ),
            ));
        }
        self.resolve(&order)?;
        if let Some(o) = self.orders.get_mut(&ext) {
            o.order = order;
            o.status = OrderStatusName::Partial;
        }
        self.evaluate(&ext);
        Ok(ext)
    }

    pub(crate) fn order_or_404(&self, external_id: &str) -> Outcome<&FakeGoodsOrder> {
        self.orders
            .get(external_id)
            .ok_or_else(|| Refusal::new(404, format!("No goods order found: {external_id}")))
    }

    pub(crate) fn update_meta(
        &mut self,
        external_id: &str,
        mut meta: GoodsOrderMeta,
    ) -> Outcome<()> {
        let o = self.order_or_404(external_id)?;
        if !matches!(o.status, OrderStatusName::Partial | OrderStatusName::Open) {
            return Err(Refusal::new(
                400,
                format!(
                    "order {external_id} can no longer be changed (status {})",
                    o.status
                ),
            ));
        }
        meta.external_id = external_id.to_owned();
        if meta.receiver.is_empty() {
            meta.receiver = o.order.meta.receiver.clone();
        }
        Self::validate_meta(&meta)?;
        if let Some(o) = self.orders.get_mut(external_id) {
            o.order.meta = meta;
        }
        self.evaluate(external_id);
        Ok(())
    }

    pub(crate) fn cancel(&mut self, external_id: &str) -> Outcome<()> {
        let o = self.order_or_404(external_id)?;
        match o.status {
            OrderStatusName::Cancelled => return Ok(()),
            OrderStatusName::Partial | OrderStatusName::Open | OrderStatusName::InProcess => {}
            ref s => {
                return Err(Refusal::new(
                    400,
                    format!("order {external_id} cannot be cancelled any more (status {s})"),
                ));
            }
        }
        self.release(external_id);
        if let Some(o) = self.orders.get_mut(external_id) {
            o.status = OrderStatusName::Cancelled;
            o.reason = None;
        }
        self.reserve_waiting();
        Ok(())
    }

    pub(crate) fn advance(&mut self, external_id: &str, to: OrderStatusName) -> Result<(), String> {
        let o = self
            .orders
            .get(external_id)
            .ok_or_else(|| format!("no order {external_id}"))?;
        let allowed = matches!(
            to,
            OrderStatusName::InProcess
                | OrderStatusName::InPicking
                | OrderStatusName::ReadyForShipment
                | OrderStatusName::Packed
                | OrderStatusName::BlockedPacked
        );
        if !allowed {
            return Err(format!(
                "advance() cannot move to {to}; use ship() for SHIPPED"
            ));
        }
        if o.status == OrderStatusName::Partial || o.status.is_final() {
            return Err(format!(
                "order {external_id} is {} and cannot move to {to}",
                o.status
            ));
        }
        if rank(&to) <= rank(&o.status) {
            return Err(format!("order {external_id} is already {}", o.status));
        }
        let packed = matches!(to, OrderStatusName::Packed | OrderStatusName::BlockedPacked);
        let parcel = if packed && o.packages.is_empty() {
            Some(self.next_id())
        } else {
            None
        };
        let lines = self.lines_of(external_id);
        if let Some(o) = self.orders.get_mut(external_id) {
            o.status = to;
            if let Some(id) = parcel {
                o.packages.push(Package {
                    id: Some(ParcelId(id)),
                    barcode: Some(format!("FK{id}")),
                    quantity_sum: Some(lines.iter().map(|i| i.quantity.unwrap_or_default()).sum()),
                    is_handed_over: Some(false),
                    storage_cell: Some("PACK-01".into()),
                    items: lines,
                    ..Default::default()
                });
            }
        }
        Ok(())
    }

    fn lines_of(&self, external_id: &str) -> Vec<PackageItem> {
        let Some(o) = self.orders.get(external_id) else {
            return Vec::new();
        };
        let Ok(needs) = self.resolve(&o.order) else {
            return Vec::new();
        };
        needs
            .lines
            .iter()
            .zip(&o.order.positions)
            .map(|((product, qty), pos)| {
                let p = self.products.get(product);
                PackageItem {
                    sku: p.map(|p| p.sku.clone()),
                    name: p.and_then(|p| p.name.clone()),
                    quantity: Some(*qty),
                    serial_number: pos.serial_number.clone(),
                }
            })
            .collect()
    }

    fn weight_of(&self, items: &[PackageItem]) -> Grams {
        let mut grams = Decimal::ZERO;
        for item in items {
            let p = item.sku.as_deref().and_then(|sku| self.product_by_sku(sku));
            let w = p
                .and_then(|p| p.gross_weight.or(p.net_weight))
                .map_or(0, |g| g.0);
            grams += Decimal::from(w) * item.quantity.unwrap_or_default();
        }
        // packaging
        Grams(
            grams
                .round()
                .to_i64()
                .unwrap_or(i64::MAX)
                .saturating_add(150),
        )
    }

    pub(crate) fn ship(&mut self, external_id: &str, tracking: &[&str]) -> Result<(), String> {
        let o = self
            .orders
            .get(external_id)
            .ok_or_else(|| format!("no order {external_id}"))?;
        if o.status == OrderStatusName::Partial || o.status.is_final() {
            return Err(format!(
                "order {external_id} is {} and cannot be shipped",
                o.status
            ));
        }
        if tracking.is_empty() {
            return Err("ship() needs at least one tracking number".into());
        }
        let profile = o.order.meta.dispatcher_profile.clone();
        let lines = self.lines_of(external_id);
        let parcels = deal_into_parcels(lines, tracking.len());
        if parcels.iter().any(Vec::is_empty) {
            return Err(format!(
                "order {external_id} has fewer units than the {} parcels asked for",
                tracking.len()
            ));
        }
        let mut packages = Vec::new();
        for (items, number) in parcels.into_iter().zip(tracking) {
            let id = self.next_id();
            packages.push(Package {
                id: Some(ParcelId(id)),
                barcode: Some(format!("FK{id}")),
                profile_name: Some(match profile.as_deref() {
                    Some("intl") => "DHL Paket International".to_owned(),
                    _ => "DHL Paket National".to_owned(),
                }),
                tracking_number: Some((*number).to_owned()),
                weight_total: Some(self.weight_of(&items)),
                quantity_sum: Some(items.iter().map(|i| i.quantity.unwrap_or_default()).sum()),
                is_handed_over: Some(true),
                storage_cell: None,
                error_message: None,
                items,
            });
        }
        let (order_id, order_number) = {
            let o = self.orders.get(external_id);
            (
                o.map_or(0, |o| o.id.0),
                o.map(|o| {
                    o.order
                        .meta
                        .order_number
                        .clone()
                        .unwrap_or_else(|| external_id.into())
                })
                .unwrap_or_default(),
            )
        };
        let now = warehouse_now();
        for p in &packages {
            for item in &p.items {
                let product = item
                    .sku
                    .as_deref()
                    .and_then(|sku| self.product_by_sku(sku))
                    .map(|x| x.external_id.clone());
                let history_id = self.next_id();
                self.sent_bookings.push(SentRecord {
                    history_id,
                    package_id: p.id.map_or(0, |i| i.0),
                    goods_order_id: order_id,
                    external_order_id: external_id.to_owned(),
                    order_number: order_number.clone(),
                    sku: item.sku.clone(),
                    name: item.name.clone(),
                    external_product_id: product.clone(),
                    count: item.quantity.unwrap_or_default(),
                    tracking_number: p.tracking_number.clone().unwrap_or_default(),
                    at: now,
                    synced: false,
                });
                if let Some(product) = product {
                    let qty = item.quantity.unwrap_or_default();
                    let parcel = p.id.map_or(0, |i| i.0);
                    let order = Some((order_id, external_id.to_owned()));
                    self.book_stock("SENT", &product, qty, order, parcel);
                }
            }
        }
        // Goods leave: on hand down by what was reserved, reservation gone.
        if let Some(res) = self.reservations.remove(external_id) {
            for (product, qty) in res {
                let s = self.stock.entry(product.clone()).or_default();
                s.reserved -= qty;
                s.on_hand -= qty;
                self.touch_stock(&product);
            }
        }
        if let Some(o) = self.orders.get_mut(external_id) {
            o.status = OrderStatusName::Shipped;
            o.reason = None;
            o.packages = packages;
        }
        Ok(())
    }

    pub(crate) fn add_positions(
        &mut self,
        external_id: &str,
        by_sku: Option<ExternalIdMatch>,
        positions: Vec<crate::models::GoodsOrderPosition>,
    ) -> Outcome<()> {
        let o = self.order_or_404(external_id)?;
        if !matches!(o.status, OrderStatusName::Partial | OrderStatusName::Open) {
            return Err(Refusal::new(
                400,
                format!(
                    "order {external_id} can no longer be changed (status {})",
                    o.status
                ),
            ));
        }
        let mut order = o.order.clone();
        // Positions added with another match mode are stored by product external id.
        let mode = by_sku.unwrap_or(ExternalIdMatch::ExternalId);
        let order_mode = order
            .meta
            .external_id_match
            .unwrap_or(ExternalIdMatch::ExternalId);
        for mut pos in positions {
            if mode != order_mode {
                let probe = GoodsOrder {
                    meta: GoodsOrderMeta {
                        external_id_match: Some(mode),
                        ..Default::default()
                    },
                    positions: vec![pos.clone()],
                };
                let needs = self.resolve(&probe)?;
                let Some((product, _)) = needs.lines.first() else {
                    return Err(Refusal::new(400, "missingParameter: positions"));
                };
                pos.external_id = match order_mode {
                    ExternalIdMatch::Sku => self
                        .products
                        .get(product)
                        .map(|p| p.sku.clone())
                        .unwrap_or_default(),
                    ExternalIdMatch::ExternalId => product.clone(),
                };
            }
            order.positions.push(pos);
        }
        self.resolve(&order)?;
        if let Some(o) = self.orders.get_mut(external_id) {
            o.order = order;
            o.status = OrderStatusName::Partial;
        }
        self.evaluate(external_id);
        Ok(())
    }

    pub(crate) fn remove_position(&mut self, external_id: &str, position: &str) -> Outcome<()> {
        let o = self.order_or_404(external_id)?;
        if !matches!(o.status, OrderStatusName::Partial | OrderStatusName::Open) {
            return Err(Refusal::new(
                400,
                format!(
                    "order {external_id} can no longer be changed (status {})",
                    o.status
                ),
            ));
        }
        let mut order = o.order.clone();
        let before = order.positions.len();
        order
            .positions
            .retain(|p| p.external_position_identifier.as_deref() != Some(position));
        if order.positions.len() == before {
            return Err(Refusal::new(404, format!("No position found: {position}")));
        }
        if order.positions.is_empty() {
            return Err(Refusal::new(400, "the last position cannot be removed"));
        }
        if let Some(o) = self.orders.get_mut(external_id) {
            o.order = order;
            o.status = OrderStatusName::Partial;
        }
        self.evaluate(external_id);
        Ok(())
    }

    pub(crate) fn delete_reservations(&mut self) -> i64 {
        let ids: Vec<String> = self
            .orders
            .iter()
            .filter(|(_, o)| matches!(o.status, OrderStatusName::Partial | OrderStatusName::Open))
            .map(|(k, _)| k.clone())
            .collect();
        let mut changed = 0;
        for id in ids {
            if self.reservations.contains_key(&id) {
                changed += 1;
            }
            self.release(&id);
            if let Some(o) = self.orders.get_mut(&id) {
                if o.status == OrderStatusName::Open {
                    o.status = OrderStatusName::Partial;
                    o.reason = Some("STOCK".into());
                }
            }
        }
        changed
    }

    pub(crate) fn find_parcel_mut(&mut self, parcel: i64) -> Option<&mut Package> {
        self.orders
            .values_mut()
            .flat_map(|o| o.packages.iter_mut())
            .find(|p| p.id == Some(ParcelId(parcel)))
    }

    pub(crate) fn find_parcel(&self, parcel: i64) -> Option<&Package> {
        self.orders
            .values()
            .flat_map(|o| o.packages.iter())
            .find(|p| p.id == Some(ParcelId(parcel)))
    }
}

/// Spreads an order's lines over `count` parcels: whole lines round-robin, or, when there
/// are fewer lines than parcels, single units round-robin, so every parcel carries goods.
fn deal_into_parcels(lines: Vec<PackageItem>, count: usize) -> Vec<Vec<PackageItem>> {
    let mut parcels: Vec<Vec<PackageItem>> = vec![Vec::new(); count];
    if lines.len() >= count {
        for (i, line) in lines.into_iter().enumerate() {
            parcels[i % count].push(line);
        }
        return parcels;
    }
    let mut slot = 0;
    for line in lines {
        let quantity = line.quantity.unwrap_or(Decimal::ONE);
        let units = if quantity.fract().is_zero() {
            quantity.to_u64().unwrap_or(1)
        } else {
            1
        };
        let per_unit = if units > 1 { Decimal::ONE } else { quantity };
        for _ in 0..units.max(1) {
            let parcel = &mut parcels[slot % count];
            match parcel.iter_mut().find(|i| i.sku == line.sku) {
                Some(item) => item.quantity = Some(item.quantity.unwrap_or_default() + per_unit),
                None => parcel.push(PackageItem {
                    quantity: Some(per_unit),
                    ..line.clone()
                }),
            }
            slot += 1;
        }
    }
    parcels
}
