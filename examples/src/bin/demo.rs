//! The demo: runs the whole Billbee ↔ Wemalo job offline, on the two embedded fakes, with a
//! realistic shop and a simulated warehouse, until all five flows have happened.

use std::path::PathBuf;

/// Prints a line; a reader that went away (`| head`) is not an error of the demo.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// Prints without a newline, like `say!`.
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}
use std::process::ExitCode;
use std::time::{Duration, Instant};

use billbee_client::fake::FakeBillbee;
use billbee_client::BillbeeDateTime;
use billbee_wemalo_examples::demo::seed::{self, ShopData, ShopSize};
use billbee_wemalo_examples::demo::{end_state, summary, warehouse};
use billbee_wemalo_sync::{Driver, MemoryStore, SyncConfig, SyncState};
use clap::Parser;
use rand::rngs::StdRng;
use rand::SeedableRng;
use wemalo_client::fake::FakeWemalo;

/// Runs the Billbee ↔ Wemalo sync on embedded fakes: no credentials, no network beyond
/// loopback.
#[derive(Debug, Parser)]
#[command(name = "demo", version)]
struct Args {
    /// Seed for the generated shop and the simulated warehouse; the same seed gives the same
    /// run.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Seed the fake Billbee from this JSON file ({"Products": [...], "Orders": [...]} in the
    /// Billbee API's own shape). The demo then only plays the warehouse.
    #[arg(long, value_name = "FILE")]
    billbee_data: Option<PathBuf>,
    /// Write the end state (both sides, flow totals, errors) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Stop after this many cycles even if not every flow has happened.
    #[arg(long, default_value_t = 8)]
    max_cycles: u32,
    /// Do not sync: keep the seeded fakes running (the warehouse working every 10 s) until
    /// Ctrl-C, and print the settings that point the sync runner at them.
    #[arg(long)]
    serve: bool,
}

/// The fakes enforce request limits; the demo raises them so a thousand orders take seconds
/// instead of the minutes Billbee's real limit of 2 requests per second per endpoint needs.
const DEMO_REQUESTS_PER_SECOND: u32 = 400;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(code) => code,
        Err(message) => {
            eprintln!("demo: {message}");
            ExitCode::from(2)
        }
    }
}

async fn run(args: Args) -> Result<ExitCode, String> {
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(args.seed);
    let now = BillbeeDateTime::now_utc();
    let (shop, merchant_is_simulated) = match &args.billbee_data {
        Some(path) => (load(path)?, false),
        None => (seed::generate(args.seed, ShopSize::default(), now), true),
    };
    let billbee = FakeBillbee::start().await;
    let wemalo = FakeWemalo::start().await;
    // Wemalo does not document its budget; the demo gives 500 calls per second.
    wemalo.set_budget(Some((500, Duration::from_secs(1))));
    billbee.set_rate_limits(billbee_client::RateLimits {
        per_endpoint_per_second: DEMO_REQUESTS_PER_SECOND,
        overall_per_second: DEMO_REQUESTS_PER_SECOND * 2,
    });
    say!(
        "Fake Billbee at {} with {} products and {} orders; fake Wemalo at {}",
        billbee.base_url(),
        shop.products.len(),
        shop.orders.len(),
        wemalo.base_url()
    );
    for product in shop.products {
        billbee.insert_product(product);
    }
    for order in shop.orders {
        billbee.insert_order(order);
    }
    if args.serve {
        if args.report.is_some() {
            eprintln!("demo: --report is ignored with --serve (no cycles run)");
        }
        return serve(&billbee, &wemalo, &mut rng).await;
    }
    let billbee_client = billbee
        .client_builder()
        .rate_limits(billbee_client::RateLimits {
            per_endpoint_per_second: DEMO_REQUESTS_PER_SECOND,
            overall_per_second: DEMO_REQUESTS_PER_SECOND * 2,
        })
        .build()
        .map_err(|e| format!("cannot build the Billbee client: {e}"))?;
    let wemalo_client = wemalo
        .client_builder()
        .build()
        .map_err(|e| format!("cannot build the Wemalo client: {e}"))?;
    let config = SyncConfig::default();
    let received_tag = config.received_tag.clone();
    let driver = Driver::new(billbee_client, wemalo_client, config);
    let mut state = SyncState::new();
    let mut store = MemoryStore::default();
    let mut totals = summary::Totals::default();
    let mut cycle = 0;
    while cycle < args.max_cycles {
        cycle += 1;
        let report = driver
            .run_cycle(&mut state, &mut store, jiff::Timestamp::now())
            .await
            .map_err(|e| format!("cycle {cycle} could not run: {e}"))?;
        totals.add(&report);
        say!("{}", summary::progress_line(cycle, &report));
        if totals.all_flows_happened() && cycle >= 4 {
            break;
        }
        // Between cycles the people work: goods arrive once, then the warehouse picks and
        // ships, and the merchant cancels and releases a few orders.
        if cycle == 1 {
            let n = warehouse::receive_goods(&wemalo, &mut rng);
            say!("  warehouse: goods received for {n} products");
        } else {
            let w = warehouse::work(&wemalo, &mut rng, cycle);
            say!(
                "  warehouse: {} orders started picking, {} shipped in {} parcels",
                w.picking,
                w.shipped,
                w.parcels
            );
            if merchant_is_simulated && cycle <= 4 {
                let m = warehouse::merchant(&billbee, &wemalo, &received_tag, &mut rng);
                say!(
                    "  merchant: cancelled {} orders before picking and {} during, released {}",
                    m.cancelled_early,
                    m.cancelled_late,
                    m.released
                );
            }
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    say_raw!("{}", summary::render(&totals));
    say!(
        "\n{} cycle{} in {:.1} s; {} requests to Billbee, {} to Wemalo",
        cycle,
        if cycle == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64(),
        billbee.request_count(),
        wemalo.request_count()
    );
    if let Some(path) = &args.report {
        let value = end_state::build(
            &billbee,
            &wemalo,
            &totals.flows,
            &totals.errors,
            cycle,
            args.seed,
        );
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        say!("End state written to {}", path.display());
    }
    if !totals.all_flows_happened() {
        say!("Not every flow happened within {cycle} cycles (the data may not call for it).");
    }
    Ok(ExitCode::SUCCESS)
}

/// Keeps the fakes up for the sync runner, with the warehouse working between its cycles.
async fn serve(
    billbee: &FakeBillbee,
    wemalo: &FakeWemalo,
    rng: &mut StdRng,
) -> Result<ExitCode, String> {
    say!(
        "\nSettings for the sync runner (save as demo-sync.toml):\n\n\
         state_file = \"demo-sync-state.json\"\n\n[billbee]\nuser = \"{}\"\n\
         base_url = \"{}\"\nper_endpoint_per_second = {DEMO_REQUESTS_PER_SECOND}\n\
         overall_per_second = {}\n\n[wemalo]\nbase_url = \"{}\"\n",
        FakeBillbee::USER,
        billbee.base_url(),
        DEMO_REQUESTS_PER_SECOND * 2,
        wemalo.base_url(),
    );
    say!(
        "and run it with these (fake) secrets:\n\n\
         BILLBEE_API_PASSWORD={} BILLBEE_API_KEY={} WEMALO_TOKEN={} \\\n  \
         cargo run -p billbee-wemalo-examples --bin billbee-wemalo-sync -- \
         --config demo-sync.toml --once\n",
        FakeBillbee::API_PASSWORD,
        FakeBillbee::API_KEY,
        FakeWemalo::TOKEN
    );
    say!("The warehouse works every 10 s. Ctrl-C stops.");
    let mut round = 0;
    let mut goods_in = false;
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(10)) => {}
            _ = tokio::signal::ctrl_c() => return Ok(ExitCode::SUCCESS),
        }
        round += 1;
        if !goods_in && !wemalo.products().is_empty() {
            let n = warehouse::receive_goods(wemalo, rng);
            say!("warehouse: goods received for {n} products");
            goods_in = true;
        } else if goods_in {
            let w = warehouse::work(wemalo, rng, round);
            say!(
                "warehouse: {} started picking, {} shipped",
                w.picking,
                w.shipped
            );
        }
    }
}

fn load(path: &PathBuf) -> Result<ShopData, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        format!(
            "{} is not Billbee data at {}: {}",
            path.display(),
            e.path(),
            e.inner()
        )
    })
}
