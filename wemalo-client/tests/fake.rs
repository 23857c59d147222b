//! The fake behaves like the warehouse the sync expects, and paces like Wemalo.
#![cfg(feature = "fake")]

use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use wemalo_client::fake::{FakeWemalo, Fault, FaultKind};
use wemalo_client::*;

fn product(ext: &str, sku: &str) -> Product {
    Product {
        external_id: ext.into(),
        sku: sku.into(),
        product_group: "default".into(),
        name: Some(format!("Product {ext}")),
        gross_weight: Some(Grams(250)),
        ..Default::default()
    }
}

fn receiver() -> Receiver {
    Receiver {
        primary: Some(true),
        name1: "Lena Beispiel".into(),
        street: Some("Ahornweg".into()),
        street_number: Some("12a".into()),
        zip: Some("12345".into()),
        city: Some("Musterstadt".into()),
        country_code_2letter: Some("DE".into()),
        ..Default::default()
    }
}

fn order(ext: &str, lines: &[(&str, Decimal)]) -> GoodsOrder {
    GoodsOrder {
        meta: GoodsOrderMeta {
            external_id: ext.into(),
            receiver: vec![receiver()],
            ..Default::default()
        },
        positions: lines
            .iter()
            .map(|(p, q)| GoodsOrderPosition {
                external_id: (*p).into(),
                quantity: *q,
                ..Default::default()
            })
            .collect(),
    }
}

async fn seeded() -> (FakeWemalo, Client) {
    let fake = FakeWemalo::start().await;
    let client = fake.client();
    client
        .products()
        .add_many(&[product("P1", "SKU-1"), product("P2", "SKU/2 ä")])
        .await
        .unwrap();
    (fake, client)
}

#[tokio::test]
async fn wrong_or_missing_token_is_refused() {
    let fake = FakeWemalo::start().await;
    let bad = fake.client_builder().token("nope").build().unwrap();
    let err = bad.webhooks().list().await.unwrap_err();
    assert!(err.is_unauthorized(), "{err:?}");
    assert_eq!(err.status(), Some(401));
    let ok = fake.client();
    assert!(ok.webhooks().list().await.unwrap().is_empty());
}

#[tokio::test]
async fn products_round_trip() {
    let (fake, client) = seeded().await;
    assert_eq!(fake.products().len(), 2);
    let p = client.products().get("P1").await.unwrap();
    assert_eq!(p.sku, "SKU-1");
    assert_eq!(p.gross_weight, Some(Grams(250)));
    let mut changed = p.clone();
    changed.name = Some("Renamed".into());
    client.products().update("P1", &changed).await.unwrap();
    assert_eq!(fake.product("P1").unwrap().name.as_deref(), Some("Renamed"));
    let err = client
        .products()
        .add(&product("P1", "OTHER"))
        .await
        .unwrap_err();
    assert!(err.is_duplicate(), "{err:?}");
    assert_eq!(err.code(), Some(409));
    let err = client
        .products()
        .add(&product("P3", "SKU-1"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(409));
    let err = client.products().get("nope").await.unwrap_err();
    assert!(err.is_not_found());
    let all = client
        .products()
        .get_all(jiff::civil::date(2000, 1, 1).at(0, 0, 0, 0))
        .await;
    assert_eq!(all.unwrap().len(), 2);
    client
        .products()
        .change_active_flag("P2", false)
        .await
        .unwrap();
    assert_eq!(fake.product("P2").unwrap().is_active, Some(false));
    assert_eq!(
        client.products().shop().await.unwrap().shop.as_deref(),
        Some("fake-shop")
    );
}

#[tokio::test]
async fn order_lifecycle_with_reservations() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(80));
    client
        .goods_orders()
        .add(&order("SO-1", &[("P1", dec!(29))]))
        .await
        .unwrap();
    let st = client.goods_orders().status("SO-1").await.unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Open));
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(29));

    let reduced = client.products().stock_reduced("P1", true).await.unwrap();
    assert_eq!(reduced.quantity, Some(dec!(80)));
    assert_eq!(reduced.not_reserved_quantity, Some(dec!(51)));
    let since = jiff::civil::date(2000, 1, 1).at(0, 0, 0, 0);
    let avail = client.products().available_stock(since).await.unwrap();
    let p1 = avail
        .iter()
        .find(|a| a.external_id.as_deref() == Some("P1"))
        .unwrap();
    assert_eq!(p1.total_quantity(), dec!(80), "on hand includes reserved");

    // not enough stock: PARTIAL/STOCK until goods arrive
    client
        .goods_orders()
        .add(&order("SO-2", &[("P2", dec!(3))]))
        .await
        .unwrap();
    let st = client.goods_orders().status("SO-2").await.unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Partial));
    assert_eq!(st.reason_partially_reserved.as_deref(), Some("STOCK"));
    assert!(fake.receive_goods("P2", dec!(5)));
    assert_eq!(
        fake.goods_order("SO-2").unwrap().status,
        OrderStatusName::Open
    );

    // ship SO-1 in two parcels
    fake.advance("SO-1", OrderStatusName::InProcess).unwrap();
    fake.advance("SO-1", OrderStatusName::Packed).unwrap();
    assert!(
        fake.advance("SO-1", OrderStatusName::InPicking).is_err(),
        "never backwards"
    );
    fake.ship("SO-1", &["TRK-1", "TRK-2"]).unwrap();
    let st = client.goods_orders().status("SO-1").await.unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Shipped));
    let stock = fake.stock("P1").unwrap();
    assert_eq!((stock.on_hand, stock.reserved), (dec!(51), dec!(0)));
    let parcels = client
        .goods_orders()
        .packages_by_external_id("SO-1")
        .await
        .unwrap();
    let numbers: Vec<_> = parcels
        .iter()
        .filter_map(|p| p.tracking_number.clone())
        .collect();
    assert_eq!(numbers, ["TRK-1", "TRK-2"]);
    let parcel = parcels[0].id.unwrap();
    let t = client.goods_orders().tracking_number(parcel).await.unwrap();
    assert_eq!(t.tracking_number.as_deref(), Some("TRK-1"));
    let by_id = client
        .goods_orders()
        .packages(st.id.unwrap())
        .await
        .unwrap();
    assert_eq!(by_id.len(), 2);
}

#[tokio::test]
async fn duplicates_unknown_products_and_addresses() {
    let (fake, client) = seeded().await;
    client
        .goods_orders()
        .add(&order("SO-1", &[("P1", dec!(1))]))
        .await
        .unwrap();
    let err = client
        .goods_orders()
        .add(&order("SO-1", &[("P1", dec!(1))]))
        .await
        .unwrap_err();
    assert!(err.is_duplicate(), "{err:?}");
    let err = client
        .goods_orders()
        .add(&order("SO-3", &[("NOPE", dec!(1))]))
        .await
        .unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.message(), Some("No product with extId found: NOPE"));
    assert!(fake.goods_order("SO-3").is_none());

    let mut by_sku = order("SO-4", &[("SKU/2 ä", dec!(1))]);
    by_sku.meta.external_id_match = Some(ExternalIdMatch::Sku);
    by_sku.meta.receiver[0].country_code_2letter = None;
    client.goods_orders().add(&by_sku).await.unwrap();
    let st = client.goods_orders().status("SO-4").await.unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Partial));
    assert_eq!(st.reason_partially_reserved.as_deref(), Some("ADDRESS"));
}

#[tokio::test]
async fn add_conditional_creates_replaces_then_refuses() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(10));
    let st = client
        .goods_orders()
        .add_conditional(&order("SO-1", &[("P1", dec!(4))]))
        .await
        .unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Open));
    let st = client
        .goods_orders()
        .add_conditional(&order("SO-1", &[("P1", dec!(6))]))
        .await
        .unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Open));
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(6));
    assert_eq!(fake.goods_orders().len(), 1);
    fake.advance("SO-1", OrderStatusName::InProcess).unwrap();
    let err = client
        .goods_orders()
        .add_conditional(&order("SO-1", &[("P1", dec!(7))]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(400));
    assert!(err.message().unwrap().contains("INPROCESS"));
}

#[tokio::test]
async fn cancel_and_update_meta_rules() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(10));
    for id in ["SO-1", "SO-2"] {
        client
            .goods_orders()
            .add(&order(id, &[("P1", dec!(2))]))
            .await
            .unwrap();
    }
    let meta = GoodsOrderMeta {
        external_id: "SO-1".into(),
        picking_info: Some("gift".into()),
        ..Default::default()
    };
    client
        .goods_orders()
        .update_meta("SO-1", &meta)
        .await
        .unwrap();
    let o = fake.goods_order("SO-1").unwrap();
    assert_eq!(o.order.meta.picking_info.as_deref(), Some("gift"));
    assert_eq!(
        o.order.meta.receiver.len(),
        1,
        "receiver kept when not sent"
    );

    fake.advance("SO-1", OrderStatusName::InProcess).unwrap();
    assert_eq!(
        client
            .goods_orders()
            .update_meta("SO-1", &meta)
            .await
            .unwrap_err()
            .code(),
        Some(400)
    );
    client
        .goods_orders()
        .cancel("SO-1", Some("customer"))
        .await
        .unwrap();
    assert_eq!(
        fake.goods_order("SO-1").unwrap().status,
        OrderStatusName::Cancelled
    );
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(2));
    client.goods_orders().cancel("SO-1", None).await.unwrap();

    fake.advance("SO-2", OrderStatusName::InPicking).unwrap();
    let err = client
        .goods_orders()
        .cancel("SO-2", None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(400));
    assert_eq!(
        fake.goods_order("SO-2").unwrap().status,
        OrderStatusName::InPicking
    );
}

#[tokio::test]
async fn receipts_returns_webhooks_profiles() {
    let (fake, client) = seeded().await;
    let r = GoodsReceipt {
        external_id: Some("WE-1".into()),
        items: vec![GoodsReceiptItem {
            external_id: Some("P1".into()),
            quantity: dec!(40),
            ..Default::default()
        }],
        ..Default::default()
    };
    let created = client.goods_receipts().add(&r).await.unwrap();
    assert!(created.id.is_some());
    assert_eq!(fake.goods_receipts().len(), 1);
    let ret = ReturnAnnouncement {
        delivery_number: "SO-1".into(),
        items: vec![ReturnItem {
            external_id: Some("P1".into()),
            quantity: dec!(1),
            ..Default::default()
        }],
        ..Default::default()
    };
    assert!(client.returns().announce(&ret).await.unwrap().id.is_some());
    let reg = WebhookRegistration {
        payload: "https://shop.example/hook".into(),
        token: "tok".into(),
        email: None,
    };
    client
        .webhooks()
        .register(WebhookEventType::StatusUpdate, &reg)
        .await
        .unwrap();
    assert_eq!(client.webhooks().list().await.unwrap().len(), 1);
    client
        .webhooks()
        .delete(WebhookEventType::StatusUpdate)
        .await
        .unwrap();
    assert!(fake.webhooks().is_empty());
    let profiles = client.goods_orders().profiles().await.unwrap();
    assert!(!profiles.is_empty());
}

#[tokio::test]
async fn budget_pacing_avoids_419() {
    let fake = FakeWemalo::start().await;
    let window = Duration::from_secs(2);
    fake.set_budget(Some((20, window)));
    let client = fake.client();
    client
        .products()
        .add(&product("P1", "SKU-1"))
        .await
        .unwrap();
    let t0 = Instant::now();
    let calls = (0..50).map(|_| {
        let c = client.clone();
        async move { c.products().get("P1").await }
    });
    let results = futures_util::future::join_all(calls).await;
    let elapsed = t0.elapsed();
    assert!(results.iter().all(Result::is_ok), "all calls succeed");
    assert_eq!(
        fake.rate_limited_count(),
        0,
        "the client never overran the budget"
    );
    // 51 calls with 20 per window need at least two full window changes.
    assert!(
        elapsed >= 2 * window - Duration::from_millis(100),
        "took only {elapsed:?}"
    );
    assert!(elapsed < 5 * window, "took {elapsed:?}");
    assert_eq!(
        fake.requests_by_endpoint()["GET product/get/:externalId"],
        50
    );
}

#[tokio::test]
async fn over_budget_answers_419_with_headers() {
    let fake = FakeWemalo::start().await;
    fake.set_budget(Some((2, Duration::from_secs(60))));
    let raw = Client::builder()
        .base_url(fake.base_url())
        .token(FakeWemalo::TOKEN)
        .pacing(false)
        .max_attempts(1)
        .build()
        .unwrap();
    raw.webhooks().list().await.unwrap();
    raw.webhooks().list().await.unwrap();
    let err = raw.webhooks().list().await.unwrap_err();
    assert!(err.is_rate_limited());
    assert_eq!(err.status(), Some(419));
    match err {
        Error::RateLimited {
            retry_after: Some(d),
            ..
        } => {
            assert!(d > Duration::ZERO && d <= Duration::from_secs(60), "{d:?}");
        }
        other => panic!("expected Retry-After, got {other:?}"),
    }
    assert_eq!(fake.rate_limited_count(), 1);
}

#[tokio::test]
async fn injected_faults() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(5));

    // a GET survives a 419 and an HTML 502
    fake.inject(Fault::on(FaultKind::RateLimited, "GET", "product/get"));
    fake.inject(Fault::on(FaultKind::HtmlBody(502), "GET", "product/get"));
    assert_eq!(client.products().get("P1").await.unwrap().sku, "SKU-1");

    // a POST add is not repeated: the lost answer is reported with its status
    fake.inject(Fault::on(
        FaultKind::AfterWrite(504),
        "POST",
        "goodsOrder/add",
    ));
    let err = client
        .goods_orders()
        .add(&order("SO-1", &[("P1", dec!(1))]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(504));
    assert!(fake.goods_order("SO-1").is_some(), "the write happened");
    assert_eq!(fake.requests_by_endpoint()["POST goodsOrder/add"], 1);
    // ... and addConditional recovers without a second order
    let st = client
        .goods_orders()
        .add_conditional(&order("SO-1", &[("P1", dec!(1))]))
        .await
        .unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Open));
    assert_eq!(fake.goods_orders().len(), 1);

    fake.inject(Fault::next(FaultKind::EmptyBody(500)));
    fake.inject(Fault::next(FaultKind::ServerError(503)));
    assert!(client.goods_orders().status("SO-1").await.is_ok());

    fake.set_random_faults(7, 1.0, vec![FaultKind::ServerError(500)]);
    let err = client
        .products()
        .add(&product("P9", "SKU-9"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    fake.clear_faults();
    client
        .products()
        .add(&product("P9", "SKU-9"))
        .await
        .unwrap();
}

#[tokio::test]
async fn delay_fault_hits_client_timeout() {
    let fake = FakeWemalo::start().await;
    let client = fake
        .client_builder()
        .timeout(Duration::from_millis(200))
        .max_attempts(1)
        .build();
    let client = client.unwrap();
    fake.inject(Fault::next(FaultKind::Delay(Duration::from_secs(1))));
    let err = client.webhooks().list().await.unwrap_err();
    assert!(
        matches!(&err, Error::Transport(e) if e.is_timeout()),
        "{err:?}"
    );
}

#[tokio::test]
async fn sent_packages_and_stock_bookings() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(10));
    fake.receive_goods("P2", dec!(10));
    client
        .goods_orders()
        .add(&order("SO-1", &[("P1", dec!(2)), ("P2", dec!(1))]))
        .await
        .unwrap();
    fake.ship("SO-1", &["T-1", "T-2"]).unwrap();

    let q = SentPackagesQuery {
        external_id: Some("SO-1".into()),
        ..Default::default()
    };
    let sent = client.goods_orders().sent_packages_all(&q).await.unwrap();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].tracking_number.as_deref(), Some("T-1"));
    assert_eq!(sent[1].tracking_number.as_deref(), Some("T-2"));
    assert!(sent[0].booking_date.is_some());
    let unsynced = client
        .goods_orders()
        .unsynced_sent_packages(&q)
        .await
        .unwrap();
    assert_eq!(unsynced.bookings.len(), 2);
    for b in &unsynced.bookings {
        client
            .goods_orders()
            .flag_sent_package(b.history_id.unwrap())
            .await
            .unwrap();
    }
    let unsynced = client
        .goods_orders()
        .unsynced_sent_packages(&q)
        .await
        .unwrap();
    assert!(unsynced.bookings.is_empty());

    let incoming = client
        .products()
        .bookings_all(&BookingReason::Incoming)
        .await
        .unwrap();
    assert_eq!(incoming.len(), 2);
    let sent_stock = client
        .products()
        .bookings_all(&BookingReason::Sent)
        .await
        .unwrap();
    assert_eq!(sent_stock.len(), 2);
    let ids: Vec<i64> = incoming
        .iter()
        .flat_map(|b| {
            b.booking_history_entries
                .iter()
                .filter_map(|h| h.history_id)
        })
        .collect();
    let flagged = client.products().flag_bookings(&ids).await.unwrap();
    assert_eq!(flagged.all_updated, Some(true));
    assert!(client
        .products()
        .bookings_all(&BookingReason::Incoming)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn positions_reservations_finish_label_units() {
    let (fake, client) = seeded().await;
    fake.receive_goods("P1", dec!(3));
    let mut o = order("SO-1", &[("P1", dec!(1))]);
    o.positions[0].external_position_identifier = Some("SO-1-1".into());
    client.goods_orders().add(&o).await.unwrap();
    let pos = GoodsOrderPosition {
        external_id: "SKU-1".into(),
        quantity: dec!(1),
        external_position_identifier: Some("SO-1-2".into()),
        ..Default::default()
    };
    let st = client
        .goods_orders()
        .add_positions("SO-1", Some(ExternalIdMatch::Sku), &[pos])
        .await
        .unwrap();
    assert_eq!(st.status_name, Some(OrderStatusName::Open));
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(2));
    client
        .goods_orders()
        .remove_position("SO-1", "SO-1-1")
        .await
        .unwrap();
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(1));
    assert_eq!(
        client.goods_orders().delete_reservations().await.unwrap(),
        1
    );
    assert_eq!(fake.stock("P1").unwrap().reserved, dec!(0));
    client
        .goods_orders()
        .change_priority("SO-1", 1)
        .await
        .unwrap();
    assert_eq!(
        fake.goods_order("SO-1").unwrap().order.meta.priority,
        Some(1)
    );
    client
        .goods_orders()
        .add_note("SO-1", "fragile", Some(1))
        .await
        .unwrap();

    // a new order re-reserves; finish ships it with a generated tracking number
    client
        .goods_orders()
        .add(&order("SO-2", &[("P1", dec!(2))]))
        .await
        .unwrap();
    let id = fake.goods_order("SO-2").unwrap().id;
    client.goods_orders().finish(id, Grams(700)).await.unwrap();
    let parcels = client.goods_orders().packages(id).await.unwrap();
    assert_eq!(parcels.len(), 1);
    let label = client
        .goods_orders()
        .label(parcels[0].id.unwrap())
        .await
        .unwrap();
    assert_eq!(label.len(), 1);

    let unit = ProductUnit {
        unit_id: "BOX".into(),
        unit_value: Some(dec!(6)),
        unit_name: Some("Box".into()),
        ..Default::default()
    };
    let added = client.products().add_unit("P1", &unit).await.unwrap();
    let units = client.products().units("P1").await.unwrap();
    assert_eq!(units[0].entity_id, added.entity_id);
}

#[tokio::test]
async fn awkward_ids_survive_the_path() {
    let fake = FakeWemalo::start().await;
    let client = fake.client();
    let ids = [
        "A/B",
        "50% off",
        "what?",
        "a&b=c",
        "#1",
        "Größe XL",
        "x+y",
        "tab\there",
        "..x",
    ];
    for (i, id) in ids.iter().enumerate() {
        client
            .products()
            .add(&product(id, &format!("SKU-{i}")))
            .await
            .unwrap();
        let got = client.products().get(id).await.unwrap();
        assert_eq!(got.external_id, *id);
        fake.receive_goods(id, dec!(1));
        let stock = client.products().stock_reduced(id, true).await.unwrap();
        assert_eq!(stock.quantity, Some(dec!(1)), "{id}");
        let order_id = format!("SO/{id}");
        client
            .goods_orders()
            .add(&order(&order_id, &[(id, dec!(1))]))
            .await
            .unwrap();
        let st = client.goods_orders().status(&order_id).await.unwrap();
        assert_eq!(st.status_name, Some(OrderStatusName::Open), "{order_id}");
        let parcels = client
            .goods_orders()
            .packages_by_external_id(&order_id)
            .await
            .unwrap();
        assert!(parcels.is_empty());
    }
}

#[tokio::test]
async fn a_busy_shop_stays_fast() {
    let fake = FakeWemalo::start().await;
    fake.set_budget(None);
    let client = fake.client();
    let products: Vec<Product> = (0..300)
        .map(|i| product(&format!("P{i}"), &format!("SKU-{i}")))
        .collect();
    client.products().add_many(&products).await.unwrap();
    let t0 = Instant::now();
    let orders: Vec<GoodsOrder> = (0..600)
        .map(|i| {
            let mut o = order(
                &format!("SO-{i}"),
                &[
                    (&format!("SKU-{}", i % 300), dec!(1)),
                    (&format!("SKU-{}", (i * 7) % 300), dec!(2)),
                ],
            );
            o.meta.external_id_match = Some(ExternalIdMatch::Sku);
            o
        })
        .collect();
    for chunk in orders.chunks(16) {
        let calls = chunk.iter().map(|o| client.goods_orders().add(o));
        for r in futures_util::future::join_all(calls).await {
            r.unwrap();
        }
    }
    for p in &products {
        fake.receive_goods(&p.external_id, dec!(5));
    }
    let open = fake
        .goods_orders()
        .iter()
        .filter(|o| o.status == OrderStatusName::Open)
        .count();
    assert!(open > 0);
    assert!(
        t0.elapsed() < Duration::from_secs(30),
        "took {:?}",
        t0.elapsed()
    );
    for p in &products {
        let s = fake.stock(&p.external_id).unwrap();
        assert!(s.reserved <= s.on_hand, "{}: {s:?}", p.external_id);
    }
}

#[tokio::test]
async fn two_clients_sharing_a_budget_still_succeed() {
    let fake = FakeWemalo::start().await;
    fake.set_budget(Some((15, Duration::from_secs(1))));
    let a = fake.client();
    let b = fake.client();
    a.products().add(&product("P1", "SKU-1")).await.unwrap();
    let calls = (0..40).map(|i| {
        let c = if i % 2 == 0 { a.clone() } else { b.clone() };
        async move { c.products().get("P1").await }
    });
    let results = futures_util::future::join_all(calls).await;
    assert!(
        results.iter().all(Result::is_ok),
        "reads are retried after a refusal"
    );
    // Each client only sees the shared budget through the headers, so a few refusals
    // may happen; they stay rare.
    assert!(
        fake.rate_limited_count() <= 15,
        "{}",
        fake.rate_limited_count()
    );
}
