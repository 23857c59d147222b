//! A small shop on both fakes, shared by the driver tests.

#![allow(dead_code)]

use billbee_client::fake::FakeBillbee;
use billbee_client::{
    Address, Order, OrderId, OrderItem, OrderState, Product, ProductId, ProductType, RateLimits,
    SoldProduct,
};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use billbee_client::{AddShipment, UpdateStock};
use billbee_wemalo_sync::{
    BillbeeSide, CycleReport, Driver, MemoryStore, OrderQuery, SentParcel, SideError, SyncConfig,
    SyncState, WemaloSide,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use wemalo_client::fake::FakeWemalo;
use wemalo_client::{AvailableStock, GoodsOrder, Product as WemaloProduct};

/// Limits high enough that tests are not slowed by pacing.
pub const FAST: RateLimits = RateLimits {
    per_endpoint_per_second: 1000,
    overall_per_second: 2000,
};

/// A shop: two products, a bundle, six eligible orders, one held, two not eligible.
pub struct Shop {
    pub billbee: FakeBillbee,
    pub wemalo: FakeWemalo,
    pub tea: ProductId,
    pub tea_sku: String,
    pub mug: ProductId,
    pub mug_sku: String,
    pub eligible: Vec<OrderId>,
    pub held: OrderId,
}

pub fn count_tag(tags: &[String], tag: &str) -> usize {
    tags.iter().filter(|t| t.eq_ignore_ascii_case(tag)).count()
}

fn product(id: i64, sku: &str, kind: ProductType) -> Product {
    Product {
        id: Some(ProductId(id)),
        r#type: Some(kind),
        sku: Some(sku.into()),
        ean: Some(format!("2000000{id}")),
        stock_current: Some(Decimal::ZERO),
        ..Product::default()
    }
}

fn order(id: i64, state: OrderState, tags: &[&str], lines: &[(i64, &str, Decimal)]) -> Order {
    Order {
        billbee_order_id: Some(OrderId(id)),
        order_number: Some(format!("SO #{id}/ü")),
        state: Some(state),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        total_cost: Some(dec!(19.90)),
        currency: Some("EUR".into()),
        shipping_address: Some(Address {
            first_name: Some("Zoë".into()),
            last_name: Some("Müller 🌻".into()),
            street: Some("Am Alten Hafen 3 Hinterhaus".into()),
            zip: Some("20095".into()),
            city: Some("Hamburg".into()),
            country_iso2: Some("DE".into()),
            ..Address::default()
        }),
        order_items: lines
            .iter()
            .enumerate()
            .map(|(n, (pid, sku, qty))| OrderItem {
                billbee_id: Some(id * 10 + n as i64),
                product: Some(SoldProduct {
                    billbee_id: Some(ProductId(*pid)),
                    sku: Some(sku.to_string()),
                    ..SoldProduct::default()
                }),
                quantity: Some(*qty),
                total_price: Some(dec!(9.95)),
                tax_amount: Some(dec!(1.59)),
                ..OrderItem::default()
            })
            .collect(),
        ..Order::default()
    }
}

impl Shop {
    pub async fn start() -> Shop {
        let billbee = FakeBillbee::start().await;
        billbee.set_rate_limits(FAST);
        let wemalo = FakeWemalo::start().await;
        let tea_sku = "TEA/GRN 100#1".to_string();
        let mug_sku = "MUG ö&?".to_string();
        let tea = billbee.insert_product(product(11, &tea_sku, ProductType::Product));
        let mug = billbee.insert_product(product(12, &mug_sku, ProductType::Product));
        let mut set = product(13, "SET/1", ProductType::Bundle);
        set.bill_of_material = vec![
            billbee_client::BomItem {
                amount: Some(dec!(2)),
                article_id: Some(tea),
                sku: None,
            },
            billbee_client::BomItem {
                amount: Some(dec!(1)),
                article_id: Some(mug),
                sku: None,
            },
        ];
        billbee.insert_product(set);
        let mut eligible = Vec::new();
        for n in 0..6 {
            let lines: Vec<(i64, &str, Decimal)> = match n % 3 {
                0 => vec![(11, tea_sku.as_str(), dec!(2.000))],
                1 => vec![
                    (11, tea_sku.as_str(), dec!(1)),
                    (12, mug_sku.as_str(), dec!(1)),
                ],
                _ => vec![(13, "SET/1", dec!(1))],
            };
            eligible.push(billbee.insert_order(order(
                100 + n,
                OrderState::Paid,
                &["wemalo"],
                &lines,
            )));
        }
        let mut no_country = order(200, OrderState::Paid, &["wemalo"], &[(11, "TEA", dec!(1))]);
        no_country.shipping_address.as_mut().unwrap().country_iso2 = None;
        let held = billbee.insert_order(no_country);
        billbee.insert_order(order(
            300,
            OrderState::Ordered,
            &["wemalo"],
            &[(11, "TEA", dec!(1))],
        ));
        billbee.insert_order(order(
            301,
            OrderState::Paid,
            &["pickup"],
            &[(11, "TEA", dec!(1))],
        ));
        Shop {
            billbee,
            wemalo,
            tea,
            tea_sku,
            mug,
            mug_sku,
            eligible,
            held,
        }
    }

    pub fn driver(&self) -> Driver<billbee_client::Client, wemalo_client::Client> {
        let billbee = self
            .billbee
            .client_builder()
            .rate_limits(FAST)
            .build()
            .unwrap();
        Driver::new(billbee, self.wemalo.client(), SyncConfig::default())
    }

    /// Quantity of a product in open (not shipped, not cancelled) transferred orders.
    pub fn open_quantity_of(&self, product: ProductId) -> Decimal {
        self.wemalo
            .goods_orders()
            .iter()
            .filter(|o| !o.status.is_final())
            .flat_map(|o| o.order.positions.clone())
            .filter(|p| p.external_id == product.0.to_string())
            .map(|p| p.quantity)
            .sum()
    }

    /// What the fake Billbee counts as sold and not yet shipped for a product.
    pub fn unfulfilled(&self, product: ProductId) -> Decimal {
        let p = self.billbee.product(product).unwrap();
        p.stocks
            .first()
            .and_then(|s| s.unfulfilled_amount)
            .unwrap_or_default()
    }

    /// Goods arrive for every product Wemalo has: enough to reserve every order.
    pub fn stock_up(&self) {
        for product in self.wemalo.products() {
            self.wemalo.receive_goods(&product.external_id, dec!(100));
        }
    }

    /// A driver with a fresh state and an in-memory store, for tests that run cycles.
    pub fn runner(&self) -> Runner {
        Runner {
            driver: self.driver(),
            state: SyncState::new(),
            store: MemoryStore::default(),
        }
    }
}

/// A driver, its state and its store.
pub struct Runner {
    pub driver: Driver<billbee_client::Client, wemalo_client::Client>,
    pub state: SyncState,
    pub store: MemoryStore,
}

impl Runner {
    /// Runs one cycle now; a cycle that cannot run fails the test.
    pub async fn cycle(&mut self) -> CycleReport {
        let now = jiff::Timestamp::now();
        self.driver
            .run_cycle(&mut self.state, &mut self.store, now)
            .await
            .unwrap()
    }
}

/// Counts the calls both sides make; from the `limit`-th on, a call reaches the server (so
/// its effect happens) but its answer never comes back, and `tripped` fires: the test then
/// drops the cycle, which is what a crash right after that step looks like.
#[derive(Debug)]
pub struct Tripwire {
    calls: AtomicUsize,
    limit: usize,
    pub tripped: tokio::sync::Notify,
}

impl Tripwire {
    pub fn new(limit: usize) -> Arc<Tripwire> {
        Arc::new(Tripwire {
            calls: AtomicUsize::new(0),
            limit,
            tripped: Default::default(),
        })
    }

    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    async fn after<T>(&self, answer: T) -> T {
        if self.calls.fetch_add(1, Ordering::SeqCst) >= self.limit {
            self.tripped.notify_one();
            std::future::pending::<()>().await;
        }
        answer
    }
}

/// A side behind a tripwire.
pub struct Tripped<S> {
    pub inner: S,
    pub wire: Arc<Tripwire>,
}

#[async_trait::async_trait]
impl BillbeeSide for Tripped<billbee_client::Client> {
    async fn products(&self) -> Result<Vec<Product>, SideError> {
        self.wire
            .after(BillbeeSide::products(&self.inner).await)
            .await
    }
    async fn orders(&self, query: &OrderQuery) -> Result<Vec<Order>, SideError> {
        self.wire
            .after(BillbeeSide::orders(&self.inner, query).await)
            .await
    }
    async fn order(&self, id: OrderId) -> Result<Option<Order>, SideError> {
        self.wire.after(self.inner.order(id).await).await
    }
    async fn add_tag(&self, id: OrderId, tag: &str) -> Result<(), SideError> {
        self.wire.after(self.inner.add_tag(id, tag).await).await
    }
    async fn set_state(&self, id: OrderId, state: OrderState) -> Result<(), SideError> {
        self.wire.after(self.inner.set_state(id, state).await).await
    }
    async fn add_shipment(&self, id: OrderId, shipment: &AddShipment) -> Result<(), SideError> {
        self.wire
            .after(self.inner.add_shipment(id, shipment).await)
            .await
    }
    async fn set_stock(
        &self,
        updates: &[UpdateStock],
    ) -> Result<Vec<Result<(), SideError>>, SideError> {
        self.wire.after(self.inner.set_stock(updates).await).await
    }
}

#[async_trait::async_trait]
impl WemaloSide for Tripped<wemalo_client::Client> {
    async fn create_products(&self, products: &[WemaloProduct]) -> Result<(), SideError> {
        self.wire
            .after(self.inner.create_products(products).await)
            .await
    }
    async fn update_product(&self, product: &WemaloProduct) -> Result<(), SideError> {
        self.wire
            .after(self.inner.update_product(product).await)
            .await
    }
    async fn stock_changes(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<AvailableStock>, SideError> {
        self.wire.after(self.inner.stock_changes(since).await).await
    }
    async fn create_order(&self, order: &GoodsOrder) -> Result<Option<i64>, SideError> {
        self.wire.after(self.inner.create_order(order).await).await
    }
    async fn has_order(&self, external_id: &str) -> Result<bool, SideError> {
        self.wire
            .after(self.inner.has_order(external_id).await)
            .await
    }
    async fn update_order(&self, order: &GoodsOrder) -> Result<(), SideError> {
        self.wire.after(self.inner.update_order(order).await).await
    }
    async fn cancel_order(&self, external_id: &str) -> Result<(), SideError> {
        self.wire
            .after(self.inner.cancel_order(external_id).await)
            .await
    }
    async fn sent_parcels(
        &self,
        since: Option<jiff::civil::DateTime>,
    ) -> Result<Vec<SentParcel>, SideError> {
        self.wire.after(self.inner.sent_parcels(since).await).await
    }
}

impl Shop {
    /// A driver whose sides go through `wire`.
    pub fn tripped_driver(
        &self,
        wire: &Arc<Tripwire>,
    ) -> Driver<Tripped<billbee_client::Client>, Tripped<wemalo_client::Client>> {
        let billbee = self
            .billbee
            .client_builder()
            .rate_limits(FAST)
            .build()
            .unwrap();
        Driver::new(
            Tripped {
                inner: billbee,
                wire: wire.clone(),
            },
            Tripped {
                inner: self.wemalo.client(),
                wire: wire.clone(),
            },
            SyncConfig::default(),
        )
    }
}
