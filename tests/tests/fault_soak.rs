//! Fault soak: the sync driver against both fakes while they fail at random (429 and 419,
//! 500/502/503, HTML and empty bodies, slow answers past the client timeout, answers lost
//! after the write) and while the driver is stopped at random steps and restarted from the
//! state saved so far. A shop moves through all five flows over many cycles; at the end of
//! every schedule the invariants of the design must hold.
//!
//! `SOAK_SCHEDULES=N` runs N schedules (default 200); `SOAK_SEED=S` runs only schedule S,
//! which is how a failing seed is reproduced:
//! `SOAK_SEED=17 cargo test -p billbee-wemalo-tests --test fault_soak -- --nocapture`.
//!
//! Not simulated: connections dropped mid-answer (wiremock cannot do it); a timeout after
//! the server applied the request is covered by slow answers and lost answers.

use std::collections::BTreeMap;
use std::time::Duration;

use billbee_client::fake::{FakeBillbee, FaultKind as BillbeeFault};
use billbee_client::{BillbeeDateTime, OrderId, OrderState, RateLimits};
use billbee_wemalo_examples::demo::seed::{self, ShopSize};
use billbee_wemalo_examples::demo::warehouse;
use billbee_wemalo_sync::{
    Driver, MemoryStore, OrderStage, StateStore, StoreError, SyncConfig, SyncState,
};
use futures_util::stream::{self, StreamExt};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;
use wemalo_client::fake::{FakeWemalo, FaultKind as WemaloFault};
use wemalo_client::OrderStatusName;

const FAST: RateLimits = RateLimits {
    per_endpoint_per_second: 5000,
    overall_per_second: 10000,
};
const FAULT_CYCLES: u32 = 7;

/// Stops the cycle at a random save, as a crash would; keeps what was saved before.
struct CrashingStore {
    rng: StdRng,
    probability: f64,
    inner: MemoryStore,
}

#[async_trait::async_trait]
impl StateStore for CrashingStore {
    async fn save(&mut self, state: &SyncState) -> Result<(), StoreError> {
        if self.rng.random_bool(self.probability) {
            return Err(StoreError::Refused("simulated crash".into()));
        }
        self.inner.save(state).await
    }
}

/// What one schedule checked.
#[derive(Debug, Default, Clone, Copy)]
struct Checked {
    eligible_orders: usize,
    held_orders: usize,
    cancellations: usize,
    parcels: usize,
    skus: usize,
    crashes: usize,
    faults: u64,
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn count_tag(tags: &[String], tag: &str) -> usize {
    tags.iter().filter(|t| t.eq_ignore_ascii_case(tag)).count()
}

async fn schedule(seed: u64) -> Result<Checked, String> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5eed);
    let size = ShopSize {
        products: 24,
        bundles: 3,
        orders: 36,
    };
    let shop = seed::generate(seed, size, BillbeeDateTime::now_utc());
    let billbee = FakeBillbee::start().await;
    billbee.set_rate_limits(FAST);
    let wemalo = FakeWemalo::start().await;
    wemalo.set_budget(None);
    let mut eligible = Vec::new();
    for p in shop.products {
        billbee.insert_product(p);
    }
    for o in shop.orders {
        let is_eligible = o.state == Some(OrderState::Paid) && o.tags.iter().any(|t| t == "wemalo");
        let id = billbee.insert_order(o);
        if is_eligible {
            eligible.push(id);
        }
    }
    let timeout = Duration::from_millis(250);
    let billbee_client = billbee
        .client_builder()
        .rate_limits(FAST)
        .timeout(timeout)
        .max_retry_wait(Duration::from_millis(300))
        .build()
        .map_err(|e| e.to_string())?;
    let wemalo_client = wemalo
        .client_builder()
        .timeout(timeout)
        .max_retry_wait(Duration::from_millis(300))
        .retry_base_delay(Duration::from_millis(10))
        .build()
        .map_err(|e| e.to_string())?;
    let config = SyncConfig::default();
    let driver = Driver::new(billbee_client, wemalo_client, config.clone());

    let slow = Duration::from_millis(400);
    billbee.set_random_faults(
        seed,
        0.06,
        vec![
            BillbeeFault::TooManyRequests,
            BillbeeFault::ServerError(500),
            BillbeeFault::ServerError(503),
            BillbeeFault::HtmlBody(502),
            BillbeeFault::EmptyBody(500),
            BillbeeFault::Delay(slow),
            BillbeeFault::AfterWrite(502),
        ],
    );
    wemalo.set_random_faults(
        seed.wrapping_add(1),
        0.06,
        vec![
            WemaloFault::RateLimited,
            WemaloFault::ServerError(500),
            WemaloFault::ServerError(503),
            WemaloFault::HtmlBody(502),
            WemaloFault::EmptyBody(500),
            WemaloFault::Delay(slow),
            WemaloFault::AfterWrite(502),
        ],
    );
    let mut checked = Checked::default();
    let mut saved = SyncState::new();
    for cycle in 0..FAULT_CYCLES {
        let mut store = CrashingStore {
            rng: StdRng::seed_from_u64(seed.wrapping_mul(31).wrapping_add(u64::from(cycle))),
            probability: 0.01,
            inner: MemoryStore::default(),
        };
        let mut live = saved.clone();
        let result = driver
            .run_cycle(&mut live, &mut store, jiff::Timestamp::now())
            .await;
        if matches!(result, Err(billbee_wemalo_sync::DriverError::Store(_))) {
            checked.crashes += 1;
        }
        // Whatever happened, the next cycle starts from what was saved, as a new process.
        if let Some(last) = store.inner.last {
            saved = last;
        }
        if cycle == 0 {
            warehouse::receive_goods(&wemalo, &mut rng);
        } else {
            warehouse::work(&wemalo, &mut rng, cycle);
            if cycle <= 4 {
                warehouse::merchant(&billbee, &wemalo, &config.received_tag, &mut rng);
            }
        }
    }
    // The network heals; the next cycles finish what is left.
    checked.faults = billbee.request_count() + wemalo.request_count();
    billbee.clear_faults();
    wemalo.clear_faults();
    let mut store = MemoryStore::default();
    let mut quiet = false;
    for _ in 0..8 {
        // A slow answer under load can still time out a read: that cycle changes nothing
        // and the next one runs, as a scheduler would.
        match driver
            .run_cycle(&mut saved, &mut store, jiff::Timestamp::now())
            .await
        {
            Ok(report) if report.actions.is_empty() => {
                quiet = true;
                break;
            }
            Ok(_) | Err(billbee_wemalo_sync::DriverError::Fetch { .. }) => {}
            Err(e) => return Err(format!("a clean cycle failed: {}", chain(&e))),
        }
    }
    if !quiet {
        return Err("the sync did not settle within 8 clean cycles".into());
    }
    check(&billbee, &wemalo, &saved, &config, &eligible, &mut checked)?;
    Ok(checked)
}

fn check(
    billbee: &FakeBillbee,
    wemalo: &FakeWemalo,
    state: &SyncState,
    config: &SyncConfig,
    eligible: &[OrderId],
    checked: &mut Checked,
) -> Result<(), String> {
    let goods: BTreeMap<String, wemalo_client::fake::FakeGoodsOrder> = wemalo
        .goods_orders()
        .into_iter()
        .map(|o| (o.order.meta.external_id.clone(), o))
        .collect();
    if goods.len() != wemalo.goods_orders().len() {
        return Err("two Wemalo orders share an external id".into());
    }
    for id in eligible {
        let order = billbee.order(*id).ok_or(format!("order {id} vanished"))?;
        let received = count_tag(&order.tags, &config.received_tag);
        match goods.get(&id.0.to_string()) {
            Some(g) => {
                checked.eligible_orders += 1;
                let cancelled_in_wemalo = g.status == OrderStatusName::Cancelled;
                if received > 1 || (received == 0 && !cancelled_in_wemalo) {
                    return Err(format!(
                        "order {id}: received tag {received} times; Billbee state {:?}, tags \
                         {:?}; Wemalo {}; sync {:?}",
                        order.state,
                        order.tags,
                        g.status,
                        state.orders.get(id)
                    ));
                }
                check_cancellation(&order, g, config, checked)?;
                check_parcels(&order, g, checked)
                    .map_err(|e| format!("{e}; sync {:?}", state.orders.get(id)))?;
            }
            None => {
                let held = state.orders.get(id).and_then(|p| p.held_reason.clone());
                let tagged = count_tag(&order.tags, &config.held_tag) == 1;
                let cancelled_first = order.state == Some(OrderState::Cancelled);
                let reported = held.is_some() && tagged;
                if !(cancelled_first || reported) {
                    return Err(format!(
                        "order {id} is neither in Wemalo nor reported as held"
                    ));
                }
                checked.held_orders += 1;
            }
        }
    }
    for product in billbee.products() {
        let (Some(id), Some(sku)) = (product.id, product.sku.clone()) else {
            continue;
        };
        let Some(stock) = wemalo.stock(&id.0.to_string()) else {
            continue;
        };
        let unfulfilled = product
            .stocks
            .first()
            .and_then(|s| s.unfulfilled_amount)
            .unwrap_or_default();
        let expected = (stock.on_hand - unfulfilled).max(Decimal::ZERO);
        let shown = billbee.stock(&sku, None).unwrap_or_default();
        if shown != expected {
            return Err(format!(
                "SKU {sku}: Billbee shows {shown}, the rule gives {expected} \
                 (on hand {}, unfulfilled {unfulfilled})",
                stock.on_hand
            ));
        }
        checked.skus += 1;
    }
    let _ = OrderStage::Pending;
    Ok(())
}

fn check_cancellation(
    order: &billbee_client::Order,
    goods: &wemalo_client::fake::FakeGoodsOrder,
    config: &SyncConfig,
    checked: &mut Checked,
) -> Result<(), String> {
    if order.state != Some(OrderState::Cancelled) {
        return Ok(());
    }
    checked.cancellations += 1;
    let id = order.billbee_order_id.map(|i| i.0).unwrap_or_default();
    let cancelled = count_tag(&order.tags, &config.cancelled_tag);
    let refused = count_tag(&order.tags, &config.cancel_refused_tag);
    match goods.status {
        OrderStatusName::Cancelled if cancelled == 1 && refused == 0 => Ok(()),
        ref s if s.picking_started() && cancelled == 0 && refused == 1 => Ok(()),
        ref s => Err(format!(
            "cancelled order {id}: Wemalo {s}, cancelled tag {cancelled}, refusal tag {refused}"
        )),
    }
}

fn check_parcels(
    order: &billbee_client::Order,
    goods: &wemalo_client::fake::FakeGoodsOrder,
    checked: &mut Checked,
) -> Result<(), String> {
    let id = order.billbee_order_id.map(|i| i.0).unwrap_or_default();
    let mut expected: Vec<String> = goods
        .packages
        .iter()
        .filter_map(|p| p.tracking_number.clone())
        .collect();
    if goods.status != OrderStatusName::Shipped {
        expected.clear();
    }
    expected.sort();
    let mut booked: Vec<String> = order
        .shipping_ids
        .iter()
        .filter_map(|s| s.shipping_id.clone())
        .collect();
    booked.sort();
    if booked != expected {
        return Err(format!(
            "order {id}: shipments {booked:?}, parcels {expected:?}"
        ));
    }
    let shipped = order.state == Some(OrderState::Shipped);
    if goods.status == OrderStatusName::Shipped && !shipped {
        return Err(format!(
            "order {id}: shipped by Wemalo but Billbee state {:?}",
            order.state
        ));
    }
    checked.parcels += booked.len();
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_invariants_hold_under_faults_and_crashes() {
    let seeds: Vec<u64> = match std::env::var("SOAK_SEED").ok().and_then(|s| s.parse().ok()) {
        Some(seed) => vec![seed],
        None => {
            let n = std::env::var("SOAK_SCHEDULES")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(200);
            (0..n).collect()
        }
    };
    let started = std::time::Instant::now();
    let results: Vec<(u64, Result<Checked, String>)> = stream::iter(seeds.clone())
        .map(|seed| async move { (seed, schedule(seed).await) })
        .buffer_unordered(8)
        .collect()
        .await;
    let mut total = Checked::default();
    let mut failures = Vec::new();
    for (seed, result) in results {
        match result {
            Ok(c) => {
                total.eligible_orders += c.eligible_orders;
                total.held_orders += c.held_orders;
                total.cancellations += c.cancellations;
                total.parcels += c.parcels;
                total.skus += c.skus;
                total.crashes += c.crashes;
                total.faults += c.faults;
            }
            Err(why) => failures.push(format!(
                "seed {seed}: {why}\n  reproduce: SOAK_SEED={seed} cargo test -p \
                 billbee-wemalo-tests --test fault_soak -- --nocapture"
            )),
        }
    }
    println!(
        "fault soak: {} schedules in {:.1} s; checked {} transferred orders, {} held, \
         {} cancellations, {} parcels, {} SKU stock levels; {} crashes; {} requests answered",
        seeds.len(),
        started.elapsed().as_secs_f64(),
        total.eligible_orders,
        total.held_orders,
        total.cancellations,
        total.parcels,
        total.skus,
        total.crashes,
        total.faults
    );
    assert!(
        failures.is_empty(),
        "{} failing schedules:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
