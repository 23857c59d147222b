//! The design's invariants, each checked by running the driver against the fakes of both
//! client crates.

mod common;

use billbee_client::{OrderId, OrderState};
use billbee_wemalo_sync::{Driver, MemoryStore, SyncConfig, SyncState};
use common::{count_tag, Shop, Tripwire};
use rust_decimal_macros::dec;
use wemalo_client::fake::{Fault, FaultKind};
use wemalo_client::OrderStatusName;

async fn run_to_quiet(
    shop: &Shop,
    driver: &Driver<billbee_client::Client, wemalo_client::Client>,
    state: &mut SyncState,
) {
    let mut store = MemoryStore::default();
    for _ in 0..4 {
        let report = driver
            .run_cycle(state, &mut store, jiff::Timestamp::now())
            .await
            .unwrap();
        if report.actions.is_empty() {
            return;
        }
    }
    let _ = shop;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_twice_whatever_step_a_crash_interrupts() {
    // First, count the calls of an undisturbed first cycle.
    let shop = Shop::start().await;
    let wire = Tripwire::new(usize::MAX);
    let mut state = SyncState::new();
    let mut store = MemoryStore::default();
    let now = jiff::Timestamp::now();
    shop.tripped_driver(&wire)
        .run_cycle(&mut state, &mut store, now)
        .await
        .unwrap();
    let steps = wire.calls();
    assert!(
        steps >= 18,
        "a first cycle should take many calls, took {steps}"
    );

    for crash_after in 0..steps {
        let shop = Shop::start().await;
        let wire = Tripwire::new(crash_after);
        let driver = shop.tripped_driver(&wire);
        let mut store = MemoryStore::default();
        let mut live = SyncState::new();
        tokio::select! {
            _ = driver.run_cycle(&mut live, &mut store, jiff::Timestamp::now()) => {
                panic!("the cycle should have crashed after call {crash_after}")
            }
            _ = wire.tripped.notified() => {}
        }
        // Restart from what was saved, as a new process would.
        let mut state = store.last.clone().unwrap_or_default();
        run_to_quiet(&shop, &shop.driver(), &mut state).await;
        for id in shop.eligible.iter() {
            let ext = id.0.to_string();
            let in_wemalo = shop
                .wemalo
                .goods_orders()
                .iter()
                .filter(|o| o.order.meta.external_id == ext)
                .count();
            assert_eq!(
                in_wemalo, 1,
                "order {id} after a crash after call {crash_after}"
            );
            let order = shop.billbee.order(*id).unwrap();
            let received = count_tag(&order.tags, "order_received_by_wemalo");
            assert_eq!(
                received, 1,
                "order {id} {:?} after call {crash_after}",
                order.tags
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_twice_when_the_answer_to_a_create_is_lost() {
    let shop = Shop::start().await;
    // Wemalo creates the order but the answer never arrives.
    shop.wemalo.inject(Fault {
        kind: FaultKind::AfterWrite(502),
        path_contains: Some("goodsOrder/add".into()),
        method: Some("POST".into()),
    });
    let driver = shop.driver();
    let mut state = SyncState::new();
    run_to_quiet(&shop, &driver, &mut state).await;
    for id in &shop.eligible {
        let ext = id.0.to_string();
        let n = shop
            .wemalo
            .goods_orders()
            .iter()
            .filter(|o| o.order.meta.external_id == ext)
            .count();
        assert_eq!(n, 1, "order {id}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_lost_every_eligible_order_arrives_or_says_why() {
    let shop = Shop::start().await;
    let mut run = shop.runner();
    let report = run.cycle().await;
    for id in &shop.eligible {
        assert!(
            shop.wemalo.goods_order(&id.0.to_string()).is_some(),
            "order {id} not in Wemalo"
        );
    }
    // The order without a country is held: reported, and tagged in Billbee.
    let held = shop.held;
    assert!(shop.wemalo.goods_order(&held.0.to_string()).is_none());
    assert!(report
        .findings
        .iter()
        .any(|f| format!("{f:?}").contains("MissingCountry")));
    let order = shop.billbee.order(held).unwrap();
    assert_eq!(
        count_tag(&order.tags, "wemalo_not_transferred"),
        1,
        "{:?}",
        order.tags
    );
    // A clean first cycle never asks Wemalo whether it has an order: no create was in doubt.
    let wemalo_calls = shop.wemalo.requests_by_endpoint();
    assert!(
        !wemalo_calls.keys().any(|k| k.contains("getStatus")),
        "{wemalo_calls:?}"
    );
    // The next cycle reads the held order again through one list by its tag, not by id.
    run.cycle().await;
    let billbee_calls = shop.billbee.requests_by_endpoint();
    assert_eq!(
        billbee_calls.get("GET /orders/{id}"),
        None,
        "{billbee_calls:?}"
    );
    assert_eq!(
        billbee_calls.get("GET /orders"),
        Some(&3),
        "{billbee_calls:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stock_follows_the_warehouse_by_the_rule() {
    let shop = Shop::start().await;
    let mut run = shop.runner();
    run.cycle().await;
    // Goods arrive: 80 of the tea; the open transferred orders reserve some of it.
    shop.wemalo.receive_goods(&shop.tea.0.to_string(), dec!(80));
    shop.wemalo.receive_goods(&shop.mug.0.to_string(), dec!(0));
    run.cycle().await;
    // Billbee counts every open order's tea as unfulfilled (the transferred ones that Wemalo
    // reserved, and the ones not handed over); the rule subtracts it once.
    let unfulfilled = shop.unfulfilled(shop.tea);
    assert!(
        unfulfilled >= shop.open_quantity_of(shop.tea),
        "{unfulfilled}"
    );
    assert_eq!(
        shop.billbee.stock(&shop.tea_sku, None),
        Some(dec!(80) - unfulfilled)
    );
    // No mugs arrived but orders want some: clamped to 0, and reported.
    assert_eq!(shop.billbee.stock(&shop.mug_sku, None), Some(dec!(0)));
    // Nothing changed: nothing written again.
    let report = run.cycle().await;
    assert_eq!(
        report
            .flows
            .get(&billbee_wemalo_sync::Flow::Stock)
            .map_or(0, |c| c.done),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancellation_before_picking_cancels_after_picking_is_refused_and_marked() {
    let shop = Shop::start().await;
    let mut run = shop.runner();
    run.cycle().await;
    shop.stock_up();
    let (early, late) = (shop.eligible[0], shop.eligible[1]);
    shop.wemalo
        .advance(&late.0.to_string(), OrderStatusName::InProcess)
        .unwrap();
    shop.wemalo
        .advance(&late.0.to_string(), OrderStatusName::InPicking)
        .unwrap();
    for id in [early, late] {
        shop.billbee
            .update_order(id, |o| o.state = Some(OrderState::Cancelled));
    }
    let report = run.cycle().await;
    let status = |id: OrderId| shop.wemalo.goods_order(&id.0.to_string()).unwrap().status;
    assert_eq!(status(early), OrderStatusName::Cancelled);
    assert_eq!(status(late), OrderStatusName::InPicking);
    let tags = |id| shop.billbee.order(id).unwrap().tags;
    assert_eq!(
        count_tag(&tags(early), "order_cancelled_received_by_wemalo"),
        1
    );
    assert_eq!(
        count_tag(&tags(late), "order_cancelled_received_by_wemalo"),
        0
    );
    assert_eq!(count_tag(&tags(late), "wemalo_cancel_refused"), 1);
    assert!(report
        .errors
        .iter()
        .any(|e| e.order_id == Some(late) && e.action == "cancel_order"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_parcels_and_a_replay_give_two_shipments_and_shipped_once() {
    let shop = Shop::start().await;
    let mut run = shop.runner();
    run.cycle().await;
    // Order 1 has two lines, so each parcel carries one.
    let id = shop.eligible[1];
    let ext = id.0.to_string();
    shop.stock_up();
    for to in [
        OrderStatusName::InProcess,
        OrderStatusName::InPicking,
        OrderStatusName::Packed,
    ] {
        shop.wemalo.advance(&ext, to).unwrap();
    }
    shop.wemalo
        .ship(&ext, &["00340434000000000001", "00340434000000000002"])
        .unwrap();
    run.cycle().await;
    // A replay: forget the parcel cursor so Wemalo reports the same parcels again.
    run.state.parcels_read_at = None;
    run.cycle().await;
    let order = shop.billbee.order(id).unwrap();
    let mut numbers: Vec<_> = order
        .shipping_ids
        .iter()
        .filter_map(|s| s.shipping_id.clone())
        .collect();
    numbers.sort();
    assert_eq!(
        numbers,
        vec!["00340434000000000001", "00340434000000000002"]
    );
    assert_eq!(order.state, Some(OrderState::Shipped));
    let marks = shop.billbee.requests_by_endpoint();
    assert_eq!(
        marks.get("PUT /orders/{id}/orderstate").copied(),
        Some(1),
        "{marks:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_released_order_is_updated_before_processing_and_refused_after() {
    let shop = Shop::start().await;
    let mut run = shop.runner();
    run.cycle().await;
    shop.stock_up();
    let (open, busy) = (shop.eligible[0], shop.eligible[1]);
    shop.wemalo
        .advance(&busy.0.to_string(), OrderStatusName::InProcess)
        .unwrap();
    for id in [open, busy] {
        shop.billbee.update_order(id, |o| {
            o.tags.retain(|t| t != "order_received_by_wemalo");
            if let Some(item) = o.order_items.first_mut() {
                item.quantity = Some(dec!(3));
            }
        });
    }
    let report = run.cycle().await;
    let qty = |id: OrderId| {
        shop.wemalo
            .goods_order(&id.0.to_string())
            .unwrap()
            .order
            .positions[0]
            .quantity
    };
    assert_eq!(qty(open), dec!(3));
    assert_ne!(qty(busy), dec!(3));
    for id in [open, busy] {
        let tags = shop.billbee.order(id).unwrap().tags;
        assert_eq!(
            count_tag(&tags, "order_received_by_wemalo"),
            1,
            "{id}: {tags:?}"
        );
    }
    assert_eq!(
        count_tag(
            &shop.billbee.order(busy).unwrap().tags,
            "wemalo_change_refused"
        ),
        1
    );
    assert!(report.errors.iter().any(|e| e.order_id == Some(busy)));
    let _ = SyncConfig::default();
}
