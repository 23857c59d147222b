//! Planning cost: the five reconcile functions and `plan_cycle` on 100,000 products and
//! 100,000 orders built in memory (no fakes, no I/O), and the process's peak memory.
//!
//! Two situations:
//! * `first`: a first sync: empty state, every product new, 90 % of orders eligible;
//! * `steady`: the state after that first plan, Wemalo stock rows for every product, 1 % of
//!   orders cancelled and parcels for 1 % of orders (all 100,000 orders still in the input,
//!   the worst case for a cycle).
//!
//! Memory: the bench runs itself once per size (25k, 50k, 100k of each) as a child process
//! that builds the inputs, plans a first and a steady cycle and reports `VmRSS` after the
//! inputs are built and `VmHWM` (peak) after planning, so the sizes do not share a peak.
//! Size: `BENCH_PLAN_SIZE` (default 100000).

use std::process::Command;
use std::time::{Duration, Instant};

use billbee_client::{BillbeeDateTime, OrderState};
use billbee_wemalo_benches::shop::{self, ShopSize};
use billbee_wemalo_benches::{machine, option, proc_status_kb};
use billbee_wemalo_sync::flows::{
    absorb, plan_cancellations, plan_orders, plan_products, plan_shipments, plan_stock,
};
use billbee_wemalo_sync::mapping::{fingerprint, map_order, Catalog};
use billbee_wemalo_sync::{
    plan_cycle, Action, OrderStage, SentParcel, SyncConfig, SyncInputs, SyncState,
};
use criterion::{Criterion, SamplingMode};
use rust_decimal::Decimal;
use wemalo_client::{AvailableStock, StockAttribute};

/// Everything the benches plan from.
struct World {
    first: SyncInputs,
    steady: SyncInputs,
    after_products: SyncState,
    after_first: SyncState,
}

fn world(n: usize) -> World {
    let now = BillbeeDateTime::now_utc();
    let shop = shop::generate(
        11,
        ShopSize {
            products: n,
            orders: n,
        },
        now,
    );
    let config = SyncConfig::default();
    let first = SyncInputs {
        products: shop.products,
        orders: shop.orders,
        warehouse_stock: Vec::new(),
        sent_parcels: Vec::new(),
        now: Some(jiff::Timestamp::now()),
    };
    let after_products = plan_products(&first, &SyncState::new(), &config).next_state;
    let after_first = plan_cycle(&first, &SyncState::new(), &config).next_state;
    let warehouse_stock = after_first
        .products
        .iter()
        .enumerate()
        .map(|(i, (ext, record))| AvailableStock {
            id: Some(45_000 + i as i64),
            sku: Some(record.sku.clone()),
            ean: record.ean.clone(),
            external_id: Some(ext.clone()),
            virtual_quantity: None,
            attributes: vec![StockAttribute {
                is_default: Some(true),
                quantity: Decimal::from(20 + (i % 100) as i64),
                ..StockAttribute::default()
            }],
        })
        .collect();
    let transferred: Vec<_> = after_first
        .orders
        .iter()
        .filter(|(_, p)| p.stage == OrderStage::Transferred)
        .map(|(id, _)| *id)
        .collect();
    let sent_parcels = transferred
        .iter()
        .step_by(100)
        .map(|id| SentParcel {
            external_order_id: id.0.to_string(),
            tracking_number: Some(format!("00340434{:012}", id.0 % 1_000_000_000_000)),
            carrier: Some("DHL Paket".into()),
            order_complete: true,
        })
        .collect();
    let mut orders = first.orders.clone();
    let cancel: std::collections::BTreeSet<_> =
        transferred.iter().skip(50).step_by(100).copied().collect();
    for o in &mut orders {
        if o.billbee_order_id.is_some_and(|id| cancel.contains(&id)) {
            o.state = Some(OrderState::Cancelled);
        }
    }
    let steady = SyncInputs {
        products: first.products.clone(),
        orders,
        warehouse_stock,
        sent_parcels,
        now: first.now,
    };
    World {
        first,
        steady,
        after_products,
        after_first,
    }
}

/// The child: one size, peak memory only.
fn probe(n: usize) {
    let w = world(n);
    let rss_inputs = proc_status_kb("VmRSS").unwrap_or(0);
    let config = SyncConfig::default();
    let started = Instant::now();
    let first = plan_cycle(&w.first, &SyncState::new(), &config);
    let t_first = started.elapsed();
    drop(first);
    let started = Instant::now();
    let steady = plan_cycle(&w.steady, &w.after_first, &config);
    let t_steady = started.elapsed();
    drop(steady);
    let hwm = proc_status_kb("VmHWM").unwrap_or(0);
    println!(
        "PROBE {n} {rss_inputs} {hwm} {:.3} {:.3}",
        t_first.as_secs_f64(),
        t_steady.as_secs_f64()
    );
}

fn memory_table(max: usize) {
    let exe = std::env::current_exe().expect("own path");
    println!("\nplanning memory (a child process per size; peak = VmHWM after planning)");
    println!(
        "  {:>8} {:>14} {:>14} {:>14} {:>12} {:>12}",
        "size", "RSS inputs MB", "peak MB", "peak-inputs", "first s", "steady s"
    );
    let mut sizes = vec![max / 4, max / 2, max];
    sizes.dedup();
    for n in sizes {
        let out = Command::new(&exe)
            .env("BENCH_PLANNING_PROBE", n.to_string())
            .output()
            .expect("child runs");
        let text = String::from_utf8_lossy(&out.stdout);
        let Some(line) = text.lines().find(|l| l.starts_with("PROBE ")) else {
            println!(
                "  {n:>8} probe failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            continue;
        };
        let f: Vec<f64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|x| x.parse().ok())
            .collect();
        if f.len() < 5 {
            continue;
        }
        println!(
            "  {:>8} {:>14.0} {:>14.0} {:>14.0} {:>12.3} {:>12.3}",
            n,
            f[1] / 1024.0,
            f[2] / 1024.0,
            (f[2] - f[1]) / 1024.0,
            f[3],
            f[4]
        );
    }
}

/// Times the pieces `plan_cycle` repeats, to show where its time goes.
fn breakdown(w: &World) {
    let config = SyncConfig::default();
    let time = |f: &mut dyn FnMut()| {
        let started = Instant::now();
        f();
        started.elapsed().as_secs_f64() * 1e3
    };
    let mut sink = 0usize;
    let clone_ms = time(&mut || sink += w.after_first.clone().orders.len());
    let absorb_ms = time(&mut || {
        let mut s = w.after_first.clone();
        absorb(&w.steady, &mut s, &config);
        sink += s.products.len();
    }) - clone_ms;
    let orders_plan = plan_orders(&w.first, &w.after_products, &config);
    let actions_ms = time(&mut || sink += orders_plan.actions.clone().len());
    let goods: Vec<_> = orders_plan
        .actions
        .iter()
        .filter_map(|a| match a {
            Action::TransferOrder { goods_order, .. } => Some(goods_order),
            _ => None,
        })
        .collect();
    let fingerprint_ms =
        time(&mut || sink += goods.iter().map(|g| fingerprint(g).len()).sum::<usize>());
    let map_ms = time(&mut || {
        let catalog = Catalog::new(&w.first.products, w.after_products.products.keys());
        sink += w
            .first
            .orders
            .iter()
            .filter_map(|o| map_order(o, &catalog, &config).ok())
            .count();
    });
    println!(
        "  where plan_cycle's time goes (one run each, ms): state clone {clone_ms:.0} \
         (plan_cycle clones the state about 10 times: once per flow in FlowPlan::new, once \
         between flows, once at the start); absorb {absorb_ms:.0} (run 6 times); clone of \
         plan_orders' {} actions {actions_ms:.0} (FlowPlan::finish clones every action twice); \
         fingerprint of {} goods orders {fingerprint_ms:.0}; Catalog + map_order of all orders \
         {map_ms:.0}  [{}]",
        orders_plan.actions.len(),
        goods.len(),
        sink % 10
    );
}

fn main() {
    if let Ok(n) = std::env::var("BENCH_PLANNING_PROBE") {
        probe(n.parse().expect("a size"));
        return;
    }
    let n = option("BENCH_PLAN_SIZE", "--plan-size", 100_000);
    println!(
        "planning: {n} products and {n} orders in memory, one thread; {}",
        machine()
    );
    let w = world(n);
    println!(
        "  inputs: {} products, {} orders; steady: {} stock rows, {} parcels; \
         RSS now {:.0} MB",
        w.first.products.len(),
        w.first.orders.len(),
        w.steady.warehouse_stock.len(),
        w.steady.sent_parcels.len(),
        proc_status_kb("VmRSS").unwrap_or(0) as f64 / 1024.0
    );
    breakdown(&w);
    let config = SyncConfig::default();
    let empty = SyncState::new();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    {
        let mut g = c.benchmark_group(format!("plan {n}+{n}"));
        g.sampling_mode(SamplingMode::Flat);
        g.bench_function("plan_products first", |b| {
            b.iter(|| plan_products(&w.first, &empty, &config))
        });
        g.bench_function("plan_orders first", |b| {
            b.iter(|| plan_orders(&w.first, &w.after_products, &config))
        });
        g.bench_function("plan_cancellations steady", |b| {
            b.iter(|| plan_cancellations(&w.steady, &w.after_first, &config))
        });
        g.bench_function("plan_shipments steady", |b| {
            b.iter(|| plan_shipments(&w.steady, &w.after_first, &config))
        });
        g.bench_function("plan_stock steady", |b| {
            b.iter(|| plan_stock(&w.steady, &w.after_first, &config))
        });
        g.bench_function("plan_cycle first", |b| {
            b.iter(|| plan_cycle(&w.first, &empty, &config))
        });
        g.bench_function("plan_cycle steady", |b| {
            b.iter(|| plan_cycle(&w.steady, &w.after_first, &config))
        });
        g.finish();
    }
    println!(
        "  peak memory of this process after planning (VmHWM): {:.0} MB",
        proc_status_kb("VmHWM").unwrap_or(0) as f64 / 1024.0
    );
    drop(w);
    if option("BENCH_PLANNING_MEMORY", "--memory", 1) != 0 {
        memory_table(n);
    }
    c.final_summary();
}
