//! The sync runner as an operator runs it: the built binary against the two fakes, with
//! settings from a file and secrets from the environment.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use billbee_client::fake::FakeBillbee;
use billbee_client::{Address, Order, OrderItem, OrderState, Product, ProductId, SoldProduct};
use billbee_wemalo_sync::SyncState;
use rust_decimal_macros::dec;
use wemalo_client::fake::FakeWemalo;
use wemalo_client::OrderStatusName;

struct Setup {
    billbee: FakeBillbee,
    wemalo: FakeWemalo,
    dir: PathBuf,
}

impl Setup {
    async fn new(name: &str) -> Setup {
        let billbee = FakeBillbee::start().await;
        let wemalo = FakeWemalo::start().await;
        wemalo.set_budget(None);
        let product = Product {
            id: Some(ProductId(7)),
            sku: Some("TEA/7 grün".into()),
            ean: Some("2000000000077".into()),
            stock_current: Some(dec!(0)),
            ..Product::default()
        };
        billbee.insert_product(product);
        for n in 0..3 {
            billbee.insert_order(Order {
                billbee_order_id: Some(billbee_client::OrderId(500 + n)),
                state: Some(OrderState::Paid),
                tags: vec!["wemalo".into()],
                shipping_address: Some(Address {
                    first_name: Some("Åsa".into()),
                    street: Some("Königsallee".into()),
                    house_number: Some("1".into()),
                    zip: Some("40212".into()),
                    city: Some("Düsseldorf".into()),
                    country_iso2: Some("DE".into()),
                    ..Address::default()
                }),
                order_items: vec![OrderItem {
                    product: Some(SoldProduct {
                        billbee_id: Some(ProductId(7)),
                        ..SoldProduct::default()
                    }),
                    quantity: Some(dec!(1)),
                    ..OrderItem::default()
                }],
                ..Order::default()
            });
        }
        let dir = std::env::temp_dir().join(format!("bws-runner-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let settings = format!(
            "state_file = {state:?}\n\n[billbee]\nuser = {user:?}\nbase_url = {bb:?}\n\
             per_endpoint_per_second = 50\noverall_per_second = 100\n\n\
             [wemalo]\nbase_url = {wm:?}\n",
            state = dir.join("state.json").display().to_string(),
            user = FakeBillbee::USER,
            bb = billbee.base_url(),
            wm = wemalo.base_url(),
        );
        billbee.set_rate_limits(billbee_client::RateLimits {
            per_endpoint_per_second: 50,
            overall_per_second: 100,
        });
        std::fs::write(dir.join("sync.toml"), settings).unwrap();
        Setup {
            billbee,
            wemalo,
            dir,
        }
    }

    /// Runs the runner binary with these arguments, with or without the secrets.
    async fn run(&self, args: &[&str], secrets: bool) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_billbee-wemalo-sync"));
        cmd.arg("--config")
            .arg(self.dir.join("sync.toml"))
            .args(args);
        cmd.env_remove("BILLBEE_API_PASSWORD")
            .env_remove("BILLBEE_API_KEY");
        cmd.env_remove("WEMALO_TOKEN").env("RUST_LOG", "info");
        if secrets {
            cmd.env("BILLBEE_API_PASSWORD", FakeBillbee::API_PASSWORD)
                .env("BILLBEE_API_KEY", FakeBillbee::API_KEY)
                .env("WEMALO_TOKEN", FakeWemalo::TOKEN);
        }
        // The fakes answer on this process's runtime, so wait for the child off it.
        tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap()
    }

    fn state(&self) -> SyncState {
        read_state(&self.dir.join("state.json"))
    }
}

fn read_state(path: &Path) -> SyncState {
    SyncState::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_hands_the_orders_over_and_exits_0() {
    let setup = Setup::new("once").await;
    let out = setup.run(&["--once"], true).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(setup.wemalo.goods_orders().len(), 3);
    assert_eq!(setup.state().orders.len(), 3);
    let log = text(&out);
    assert!(!log.contains(FakeBillbee::API_PASSWORD) && !log.contains(FakeWemalo::TOKEN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_prints_the_plan_and_changes_nothing() {
    let setup = Setup::new("dry").await;
    let out = setup.run(&["--dry-run"], true).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.contains("\"transfer_order\""))
            .count(),
        3,
        "{stdout}"
    );
    assert!(setup.wemalo.goods_orders().is_empty());
    assert!(setup.wemalo.products().is_empty());
    assert!(!setup.dir.join("state.json").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_step_exits_1_and_a_missing_secret_exits_2() {
    let setup = Setup::new("codes").await;
    let out = setup.run(&["--once"], false).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("BILLBEE_API_PASSWORD"),
        "{}",
        text(&out)
    );

    let out = setup.run(&["--once"], true).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    // The warehouse starts picking order 500; the merchant cancels it: Wemalo refuses.
    for product in setup.wemalo.products() {
        setup.wemalo.receive_goods(&product.external_id, dec!(10));
    }
    setup
        .wemalo
        .advance("500", OrderStatusName::InProcess)
        .unwrap();
    setup
        .wemalo
        .advance("500", OrderStatusName::InPicking)
        .unwrap();
    setup
        .billbee
        .update_order(billbee_client::OrderId(500), |o| {
            o.state = Some(OrderState::Cancelled)
        });
    let out = setup.run(&["--once"], true).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("cancel_order"), "{}", text(&out));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unwritable_state_file_stops_the_runner_before_any_change() {
    let setup = Setup::new("unwritable").await;
    let settings = std::fs::read_to_string(setup.dir.join("sync.toml")).unwrap();
    let missing = setup.dir.join("no-such-dir").join("state.json");
    let first = settings.lines().next().unwrap().to_string();
    let settings = settings.replacen(&first, &format!("state_file = {:?}", missing), 1);
    std::fs::write(setup.dir.join("sync.toml"), settings).unwrap();
    let out = setup.run(&["--once"], true).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("state"), "{}", text(&out));
    assert!(setup.wemalo.products().is_empty());
    assert!(setup.wemalo.goods_orders().is_empty());
}
