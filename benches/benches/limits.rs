//! A first sync with the fakes enforcing the real limits: Billbee 2 requests/s per endpoint
//! and 10/s overall (the fake's default), Wemalo 600 calls per 60 s (the fake's default
//! budget), both clients with their default pacing.
//!
//! Prints the wall time next to the floor the limits allow, derived from the request
//! counts (the busiest Billbee endpoint at 2/s, all Billbee requests at 10/s, all Wemalo
//! calls at 600 per 60 s: the largest of the three), the 429 and 419 answers, and the
//! same work paced the way existing connectors do it (one product per request, a fixed
//! one-second pause after every call), computed from the call counts, not slept.
//!
//! Every handed-over order needs its own Billbee tag request, so a first sync of N orders
//! takes at least N/2 s: the default shop (2,000 products, 220 orders) finishes in about
//! two minutes. Sizes: `BENCH_LIMITS_PRODUCTS` / `BENCH_LIMITS_ORDERS` (or `--products N
//! --orders N`). For the extrapolation to 10,000 products and 5,000 orders the same first
//! sync is run once at that size with the limits lifted, to count its requests
//! (`BENCH_LIMITS_FULL=0` skips that).

use billbee_client::BillbeeDateTime;
use billbee_wemalo_benches::measure::{Bench, CycleMeasure};
use billbee_wemalo_benches::shop::{self, ShopSize};
use billbee_wemalo_benches::{machine, option};
use billbee_wemalo_sync::SyncConfig;
use wemalo_client::fake::FakeWemalo;

const BILLBEE_PER_ENDPOINT: f64 = 2.0;
const BILLBEE_OVERALL: f64 = 10.0;

fn wemalo_rate() -> f64 {
    let (calls, window) = FakeWemalo::DEFAULT_BUDGET;
    f64::from(calls) / window.as_secs_f64()
}

/// The floor in seconds the limits allow for these counts, with its three parts.
fn floor(m: &CycleMeasure) -> (f64, [(String, f64); 3]) {
    let (busiest, n) = m
        .billbee
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(k, n)| (k.clone(), *n))
        .unwrap_or_default();
    let parts = [
        (
            format!("busiest Billbee endpoint ({busiest}: {n}) / 2 per s"),
            n as f64 / BILLBEE_PER_ENDPOINT,
        ),
        (
            format!("all Billbee requests ({}) / 10 per s", m.billbee_total()),
            m.billbee_total() as f64 / BILLBEE_OVERALL,
        ),
        (
            format!(
                "all Wemalo calls ({}) / {:.0} per s",
                m.wemalo_total(),
                wemalo_rate()
            ),
            m.wemalo_total() as f64 / wemalo_rate(),
        ),
    ];
    let max = parts.iter().map(|(_, s)| *s).fold(0.0, f64::max);
    (max, parts)
}

/// Calls a one-product-per-request connector makes for the same work, each followed by a
/// one-second pause.
fn legacy_calls(m: &CycleMeasure) -> u64 {
    let batched = m
        .wemalo
        .get("POST product/addMultiple")
        .copied()
        .unwrap_or(0)
        + m.billbee
            .get("POST /products/updatestockmultiple")
            .copied()
            .unwrap_or(0);
    m.billbee_total() + m.wemalo_total() - batched
        + m.items.products_created
        + m.items.stock_written
}

fn hours(s: f64) -> String {
    if s >= 3600.0 {
        format!("{:.2} h", s / 3600.0)
    } else if s >= 60.0 {
        format!("{:.1} min", s / 60.0)
    } else {
        format!("{s:.1} s")
    }
}

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
        products: option("BENCH_LIMITS_PRODUCTS", "--products", 2_000),
        orders: option("BENCH_LIMITS_ORDERS", "--orders", 220),
    };
    let full = ShopSize {
        products: 10_000,
        orders: 5_000,
    };
    let now = BillbeeDateTime::now_utc();
    println!(
        "limits: first sync of {} products ({} bundles) and {} orders at Billbee's limits \
         (2/s per endpoint, 10/s overall) and a Wemalo budget of {} calls per {} s; {}",
        size.products,
        size.bundles(),
        size.orders,
        FakeWemalo::DEFAULT_BUDGET.0,
        FakeWemalo::DEFAULT_BUDGET.1.as_secs(),
        machine()
    );
    let shop = shop::generate(7, size, now);
    let mut bench = Bench::start(&shop, true, SyncConfig::default()).await;
    let m = bench.cycle().await;
    let (floor_s, parts) = floor(&m);
    let wall = m.wall.as_secs_f64();
    println!(
        "\n  requests: Billbee {}, Wemalo {}",
        m.billbee_total(),
        m.wemalo_total()
    );
    for (k, n) in m.billbee.iter() {
        println!("    Billbee {k:<36} {n:>6}");
    }
    for (k, n) in m.wemalo.iter() {
        println!("    Wemalo  {k:<36} {n:>6}");
    }
    println!("  floor the limits allow:");
    for (what, s) in &parts {
        println!("    {what:<60} {s:>8.1} s");
    }
    println!(
        "  wall time {wall:.1} s, floor {floor_s:.1} s, ratio {:.3} (target ≤ 1.10)",
        wall / floor_s.max(f64::EPSILON)
    );
    println!(
        "  429 answers from Billbee: {}, 419 answers from Wemalo: {} (target: none); \
         {} actions, {} errors",
        m.billbee_429,
        m.wemalo_419,
        m.report.action_count(),
        m.report.errors.len()
    );
    let legacy = legacy_calls(&m) as f64;
    println!(
        "  paced like existing connectors (one product per request, 1 s pause after every \
         call, calls' own time not counted): {} calls, {} — {:.1}× ours",
        legacy as u64,
        hours(legacy),
        legacy / wall
    );
    drop(bench);

    if option("BENCH_LIMITS_FULL", "--full", 1) == 0 || size == full {
        return;
    }
    let full_shop = shop::generate(7, full, now);
    let mut counter = Bench::start(&full_shop, false, SyncConfig::default()).await;
    let f = counter.cycle().await;
    let (floor_full, parts_full) = floor(&f);
    let legacy_full = legacy_calls(&f) as f64;
    let ours_full = floor_full * wall / floor_s.max(f64::EPSILON);
    println!(
        "\n  extrapolated to {} products and {} orders (requests counted on unlimited fakes: \
         Billbee {}, Wemalo {}):",
        full.products,
        full.orders,
        f.billbee_total(),
        f.wemalo_total()
    );
    for (what, s) in &parts_full {
        println!("    {what:<60} {:>10}", hours(*s));
    }
    println!(
        "    floor {}, ours ≈ {} (the measured ratio applied), existing connectors {} \
         ({} calls) — {:.1}× ours",
        hours(floor_full),
        hours(ours_full),
        hours(legacy_full),
        legacy_full as u64,
        legacy_full / ours_full.max(f64::EPSILON)
    );
}
