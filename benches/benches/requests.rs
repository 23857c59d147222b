//! Requests per cycle against the lower bound, on the fakes with limits lifted.
//!
//! A shop of 10,000 products (5 % bundles) and 5,000 orders (90 % eligible), then:
//! 1. the first sync;
//! 2. an idle cycle (nothing changed);
//! 3. a cycle after 1 % changed: 1 % of products edited in Billbee, 1 % new eligible
//!    orders, 1 % of orders shipped by the warehouse (after goods arrived for their
//!    products), 0.2 % cancelled by the merchant;
//! 4. a cycle after goods arrived for every product (the one bulk stock write);
//! 5. two idle cycles with `modified_overlap_minutes = 0`, standing in for an idle cycle
//!    more than three hours after the last change (the second is printed).
//!
//! Sizes: `BENCH_PRODUCTS` / `BENCH_ORDERS` (or `--products N --orders N`).

use std::time::Instant;

use billbee_client::{BillbeeDateTime, OrderId, OrderState};
use billbee_wemalo_benches::measure::{print_table, ratio, write_batch, Bench, CycleMeasure};
use billbee_wemalo_benches::shop::{self, Rng, ShopSize};
use billbee_wemalo_benches::{machine, option};
use billbee_wemalo_sync::{JsonFileStore, SyncConfig};
use rust_decimal::Decimal;
use wemalo_client::OrderStatusName;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run());
}

async fn run() {
    let size = ShopSize {
        products: option("BENCH_PRODUCTS", "--products", 10_000),
        orders: option("BENCH_ORDERS", "--orders", 5_000),
    };
    let now = BillbeeDateTime::now_utc();
    let shop = shop::generate(7, size, now);
    let eligible = shop.orders.iter().filter(|o| shop::is_eligible(o)).count();
    println!(
        "requests: {} products ({} bundles), {} orders ({} eligible); fakes without limits; \
         writes batched {} per request in the bound; {}",
        size.products,
        size.bundles(),
        size.orders,
        eligible,
        write_batch(),
        machine()
    );
    let mut bench = Bench::start(&shop, false, SyncConfig::default()).await;
    let mut rows: Vec<(&str, CycleMeasure)> = Vec::new();

    let m = bench.cycle().await;
    print_table("1. first sync", &m);
    state_file_cost(&bench, &m);
    rows.push(("first sync", m));

    let m = bench.cycle().await;
    print_table("2. idle cycle (nothing changed)", &m);
    rows.push(("idle", m));

    let changed = change_one_percent(&bench, &shop, size, now);
    let m = bench.cycle().await;
    print_table(&format!("3. 1 % changed ({changed})"), &m);
    rows.push(("1 % changed", m));

    let received = goods_for_everything(&bench);
    let m = bench.cycle().await;
    print_table(
        &format!("4. goods arrived for all {received} products (bulk stock write)"),
        &m,
    );
    rows.push(("all stock changed", m));

    bench.set_config(
        SyncConfig {
            modified_overlap_minutes: 0,
            ..SyncConfig::default()
        },
        false,
    );
    let _ = bench.cycle().await;
    let m = bench.cycle().await;
    print_table(
        "5. idle cycle with modified_overlap_minutes = 0 (as 3 h after the last change)",
        &m,
    );
    rows.push(("idle, overlap 0", m));

    println!("\nrequests summary (ours / lower bound)");
    println!(
        "  {:<20} {:>17} {:>17} {:>17} {:>9}",
        "cycle", "Billbee", "Wemalo", "both", "wall s"
    );
    for (name, m) in &rows {
        let cell = |o: u64, b: u64| format!("{o}/{b} ({})", ratio(o, b));
        println!(
            "  {:<20} {:>17} {:>17} {:>17} {:>9.2}",
            name,
            cell(m.billbee_total(), m.billbee_bound_total()),
            cell(m.wemalo_total(), m.wemalo_bound_total()),
            cell(
                m.billbee_total() + m.wemalo_total(),
                m.billbee_bound_total() + m.wemalo_bound_total()
            ),
            m.wall.as_secs_f64()
        );
    }
}

/// What saving after every step would cost with the runner's file store.
fn state_file_cost(bench: &Bench, m: &CycleMeasure) {
    let dir = std::env::temp_dir().join(format!("bwb-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let store = JsonFileStore::new(dir.join("state.json"));
    let started = Instant::now();
    let written = store.write(&bench.state).is_ok();
    let took = started.elapsed();
    let bytes = std::fs::metadata(store.path()).map_or(0, |md| md.len());
    let _ = std::fs::remove_dir_all(&dir);
    if written {
        println!(
            "  state after the first sync: {:.1} MB as JSON, {:.0} ms per JsonFileStore save; \
             {} saves in this cycle would write {:.1} GB and take {:.0} s with that store",
            bytes as f64 / 1e6,
            took.as_secs_f64() * 1e3,
            m.saves,
            bytes as f64 * m.saves as f64 / 1e9,
            took.as_secs_f64() * m.saves as f64
        );
    }
}

/// 1 % of products edited, 1 % new orders, 1 % shipped, 0.2 % cancelled.
fn change_one_percent(
    bench: &Bench,
    shop: &shop::Shop,
    size: ShopSize,
    now: BillbeeDateTime,
) -> String {
    let mut rng = Rng::new(99);
    let k_products = (size.products / 100).max(1);
    let k_orders = (size.orders / 100).max(1);
    let simple = size.products - size.bundles();
    let step = (simple / k_products).max(1);
    let mut edited = 0;
    for p in shop.products.iter().step_by(step).take(k_products) {
        if let Some(id) = p.id {
            edited += usize::from(bench.billbee.update_product(id, |p| {
                p.weight = p.weight.map(|w| w + 1);
            }));
        }
    }
    for n in 0..k_orders {
        let order = shop::order(&mut rng, size.orders + n, &shop.products, now, Some(true));
        bench.billbee.insert_order(order);
    }
    let waiting: Vec<_> = bench
        .wemalo
        .goods_orders()
        .into_iter()
        .filter(|o| o.status == OrderStatusName::Partial)
        .collect();
    let every = (waiting.len() / (k_orders + k_orders / 5).max(1)).max(1);
    let mut shipped = 0;
    let mut cancelled = 0;
    for (i, o) in waiting.iter().step_by(every).enumerate() {
        let ext = &o.order.meta.external_id;
        if shipped < k_orders {
            for p in &o.order.positions {
                bench
                    .wemalo
                    .receive_goods(&p.external_id, p.quantity + Decimal::from(1000));
            }
            let ok = [
                OrderStatusName::InProcess,
                OrderStatusName::InPicking,
                OrderStatusName::ReadyForShipment,
                OrderStatusName::Packed,
            ]
            .into_iter()
            .all(|to| bench.wemalo.advance(ext, to).is_ok());
            let tracking = format!("00340434{i:012}");
            if ok && bench.wemalo.ship(ext, &[tracking.as_str()]).is_ok() {
                shipped += 1;
            }
        } else if cancelled < k_orders / 5 {
            if let Ok(id) = ext.parse::<i64>() {
                bench.billbee.update_order(OrderId(id), |o| {
                    o.state = Some(OrderState::Cancelled);
                });
                cancelled += 1;
            }
        }
    }
    format!(
        "{edited} products edited, {k_orders} new orders, {shipped} shipped, {cancelled} cancelled"
    )
}

/// Goods arrive for every product Wemalo has.
fn goods_for_everything(bench: &Bench) -> usize {
    let mut rng = Rng::new(5);
    let mut n = 0;
    for p in bench.wemalo.products() {
        let quantity = Decimal::from(rng.range(20, 120));
        n += usize::from(bench.wemalo.receive_goods(&p.external_id, quantity));
    }
    n
}
