//! The fake Billbee: state, filters, writes, auth, rate limits, pacing and faults.
#![cfg(feature = "fake")]

use billbee_client::fake::{FakeBillbee, Fault, FaultKind};
use billbee_client::*;
use rust_decimal_macros::dec;
use std::time::{Duration, Instant};

fn product(sku: &str, stock: rust_decimal::Decimal) -> Product {
    Product {
        sku: Some(sku.into()),
        stock_current: Some(stock),
        ..Default::default()
    }
}

fn paid_order(tags: &[&str]) -> Order {
    Order {
        state: Some(OrderState::Paid),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    }
}

#[tokio::test]
async fn orders_filters_and_paging() {
    let fake = FakeBillbee::start().await;
    fake.set_rate_limits(false);
    let a = fake.insert_order(paid_order(&["wemalo"]));
    let b = fake.insert_order(paid_order(&["other"]));
    let c = fake.insert_order(Order {
        state: Some(OrderState::Cancelled),
        ..paid_order(&["WEMALO"])
    });
    let client = fake.client();
    let tagged = client
        .orders()
        .list()
        .states([OrderState::Paid])
        .tags(["wemalo"])
        .collect_all()
        .await
        .unwrap();
    assert_eq!(
        tagged
            .iter()
            .map(|o| o.billbee_order_id.unwrap())
            .collect::<Vec<_>>(),
        vec![a]
    );
    let without = client
        .orders()
        .list()
        .tags(["wemalo"])
        .exclude_tags(true)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(without.len(), 1);
    assert_eq!(without[0].billbee_order_id, Some(b));
    let from_b = client
        .orders()
        .list()
        .minimum_order_id(b)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(from_b.len(), 2);
    let page = client.orders().list().page_size(2).send().await.unwrap();
    assert_eq!(
        (page.items.len(), page.total_pages, page.total_rows),
        (2, Some(2), Some(3))
    );
    let all = client
        .orders()
        .list()
        .page_size(1)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(
        client.orders().get(c).await.unwrap().state,
        Some(OrderState::Cancelled)
    );
}

#[tokio::test]
async fn modified_window_and_merchant_edits() {
    let fake = FakeBillbee::start().await;
    fake.set_rate_limits(false);
    let id = fake.insert_order(paid_order(&[]));
    let before = fake.order(id).unwrap().last_modified_at.unwrap();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let cut = jiff::Timestamp::now();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let client = fake.client();
    assert!(client
        .orders()
        .list()
        .modified_at_min(cut)
        .collect_all()
        .await
        .unwrap()
        .is_empty());
    assert!(fake.update_order(id, |o| o.seller_comment = Some("edited".into())));
    let changed = client
        .orders()
        .list()
        .modified_at_min(cut)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(changed.len(), 1);
    assert!(changed[0].last_modified_at.unwrap() > before);
    assert!(!fake.update_order(OrderId(1), |_| {}));
}

#[tokio::test]
async fn tags_state_shipments_and_patch() {
    let fake = FakeBillbee::start().await;
    fake.set_rate_limits(false);
    let id = fake.insert_order(paid_order(&["wemalo", "vip"]));
    let client = fake.client();
    client
        .orders()
        .add_tags(id, ["WEMALO", "order_received_by_wemalo"])
        .await
        .unwrap();
    assert_eq!(
        fake.order(id).unwrap().tags,
        ["wemalo", "vip", "order_received_by_wemalo"]
    );
    client.orders().set_tags(id, ["only"]).await.unwrap();
    assert_eq!(fake.order(id).unwrap().tags, ["only"]);
    client
        .orders()
        .set_state(id, OrderState::Shipped)
        .await
        .unwrap();
    assert_eq!(fake.order(id).unwrap().state, Some(OrderState::Shipped));
    let parcel = AddShipment {
        shipping_id: Some("TRACK-1".into()),
        carrier_id: Some(2),
        ..Default::default()
    };
    client.orders().add_shipment(id, &parcel).await.unwrap();
    let shipments = fake.order(id).unwrap().shipping_ids;
    assert_eq!(shipments.len(), 1);
    assert_eq!(shipments[0].shipping_id.as_deref(), Some("TRACK-1"));
    assert_eq!(shipments[0].shipping_carrier, Some(2));
    let mut fields = serde_json::Map::new();
    fields.insert("SellerComment".into(), "packed".into());
    let patched = client.orders().patch(id, &fields).await.unwrap();
    assert_eq!(patched.seller_comment.as_deref(), Some("packed"));
    let err = client
        .orders()
        .set_state(OrderId(42), OrderState::Shipped)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    let ext = fake.insert_order(Order {
        order_number: Some("SO 1/2".into()),
        ..Default::default()
    });
    let found = client
        .orders()
        .find_by_external_reference("SO 1/2")
        .await
        .unwrap();
    assert_eq!(found.billbee_order_id, Some(ext));
}

#[tokio::test]
async fn products_and_stock() {
    let fake = FakeBillbee::start().await;
    fake.set_rate_limits(false);
    let mug = fake.insert_product(product("MUG/KÖLN #1", dec!(3)));
    let client = fake.client();
    assert_eq!(
        client
            .products()
            .get_by_sku("MUG/KÖLN #1")
            .await
            .unwrap()
            .id,
        Some(mug)
    );
    assert_eq!(
        client.products().get(mug).await.unwrap().stock_current,
        Some(dec!(3))
    );
    assert_eq!(fake.stock("MUG/KÖLN #1", None), Some(dec!(3)));

    let upd = UpdateStock {
        sku: Some("MUG/KÖLN #1".into()),
        new_quantity: Some(dec!(40)),
        ..Default::default()
    };
    let r = client.stock().update(&upd).await.unwrap();
    assert_eq!(
        (r.old_stock, r.current_stock),
        (Some(dec!(3)), Some(dec!(40)))
    );
    assert_eq!(fake.stock("MUG/KÖLN #1", Some(0)), Some(dec!(40)));

    fake.set_stock_locations(vec![
        StockLocation {
            id: Some(301),
            name: Some("Main".into()),
            is_default: Some(true),
            ..Default::default()
        },
        StockLocation {
            id: Some(302),
            name: Some("Wemalo".into()),
            is_default: Some(false),
            ..Default::default()
        },
    ]);
    fake.update_product(mug, |p| {
        p.stocks = vec![
            ProductStock {
                stock_id: Some(301),
                stock_current: Some(dec!(40)),
                ..Default::default()
            },
            ProductStock {
                stock_id: Some(302),
                stock_current: Some(dec!(80)),
                unfulfilled_amount: Some(dec!(29)),
                ..Default::default()
            },
        ]
    });
    let rows = [
        UpdateStock {
            sku: Some("MUG/KÖLN #1".into()),
            stock_id: Some(302),
            new_quantity: Some(dec!(80)),
            autosubtract_reserved_amount: Some(true),
            ..Default::default()
        },
        UpdateStock {
            sku: Some("NOPE".into()),
            new_quantity: Some(dec!(1)),
            ..Default::default()
        },
    ];
    let results = client.stock().update_many(&rows).await.unwrap();
    assert_eq!(results[0].as_ref().unwrap().current_stock, Some(dec!(51)));
    assert_eq!(
        results[1].as_ref().unwrap_err().api_error_code(),
        Some(ApiErrorCode::InvalidData)
    );
    assert_eq!(fake.stock("MUG/KÖLN #1", Some(302)), Some(dec!(51)));
    let reserved = client
        .stock()
        .reserved_amount(mug, Some(302))
        .await
        .unwrap();
    assert_eq!(reserved.reserved_amount, Some(dec!(29)));
    assert_eq!(client.stock().locations().await.unwrap().len(), 2);

    let created = client
        .products()
        .create(&Product {
            sku: Some("NEW".into()),
            price: Some(dec!(1.5)),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(created.id.is_some());
    assert_eq!(fake.products().len(), 2);
    assert_eq!(
        client.products().list().collect_all().await.unwrap().len(),
        2
    );
    assert!(!client.shipments().providers().await.unwrap().is_empty());
}

#[tokio::test]
async fn wrong_credentials_get_401() {
    let fake = FakeBillbee::start().await;
    let client = fake.client_builder().api_key("wrong").build().unwrap();
    let err = client.orders().get(OrderId(1)).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    let client = fake.client_builder().api_password("wrong").build().unwrap();
    assert_eq!(
        client.orders().get(OrderId(1)).await.unwrap_err().status(),
        Some(401)
    );
}

#[tokio::test]
async fn faults_are_injected() {
    let fake = FakeBillbee::start().await;
    fake.set_rate_limits(false);
    let id = fake.insert_order(paid_order(&[]));
    let client = fake
        .client_builder()
        .max_retry_wait(Duration::ZERO)
        .build()
        .unwrap();
    fake.inject(
        Fault::new(FaultKind::HtmlBody(504))
            .on_path("/orders/")
            .on_method("GET"),
    );
    assert_eq!(
        client.orders().get(id).await.unwrap_err().status(),
        Some(504)
    );
    fake.inject(Fault::new(FaultKind::AfterWrite(500)).on_path("/tags"));
    let err = client.orders().add_tags(id, ["x"]).await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(
        fake.order(id).unwrap().tags,
        ["x"],
        "the write happened although the answer was lost"
    );
    fake.inject(Fault::new(FaultKind::EmptyBody(502)));
    assert_eq!(
        client.orders().get(id).await.unwrap_err().status(),
        Some(502)
    );
    fake.inject(Fault::new(FaultKind::TooManyRequests));
    assert!(matches!(
        client.orders().get(id).await,
        Err(Error::RateLimited { .. })
    ));
    fake.inject(Fault::new(FaultKind::Delay(Duration::from_millis(300))));
    let started = Instant::now();
    client.orders().get(id).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));

    // A retrying client rides over random faults on GETs.
    fake.set_random_faults(
        7,
        0.3,
        vec![FaultKind::ServerError(503), FaultKind::TooManyRequests],
    );
    let retrying = fake
        .client_builder()
        .max_retry_wait(Duration::from_secs(30))
        .build()
        .unwrap();
    for _ in 0..5 {
        retrying.orders().get(id).await.unwrap();
    }
    fake.clear_faults();
    assert!(fake.request_count() > 10);
    assert!(fake.requests_by_endpoint().contains_key("GET /orders/{id}"));
}

/// 40 calls to one endpoint must take at least 39 gaps of the per-endpoint limit, and the
/// fake (enforcing the same limits) must refuse none. Limits are raised to 10/s per endpoint
/// to keep the test short; the bound is derived from them.
#[tokio::test]
async fn burst_is_paced_to_the_limit_without_429() {
    let fake = FakeBillbee::start().await;
    let limits = RateLimits {
        per_endpoint_per_second: 10,
        overall_per_second: 10,
    };
    fake.set_rate_limits(limits);
    let id = fake.insert_order(paid_order(&[]));
    let client = fake.client();
    let started = Instant::now();
    let calls = (0..40).map(|_| {
        let client = client.clone();
        async move { client.orders().get(id).await }
    });
    let results = futures_util::future::join_all(calls).await;
    let elapsed = started.elapsed();
    assert!(results.iter().all(Result::is_ok));
    let bound = Duration::from_secs(1) * 39 / limits.per_endpoint_per_second;
    assert!(
        elapsed >= bound,
        "40 calls took {elapsed:?}, the limit demands {bound:?}"
    );
    assert_eq!(fake.rate_limited_count(), 0);
    assert_eq!(fake.requests_by_endpoint()["GET /orders/{id}"], 40);
}

/// Endpoints proceed in parallel within the overall limit.
#[tokio::test]
async fn endpoints_run_in_parallel_within_overall_limit() {
    let fake = FakeBillbee::start().await;
    let id = fake.insert_order(paid_order(&[]));
    fake.insert_product(product("A", dec!(1)));
    let client = fake.client();
    let started = Instant::now();
    let orders = (0..4).map(|_| client.orders().get(id));
    let products = (0..4).map(|_| client.products().get_by_sku("A"));
    let (o, p) = tokio::join!(
        futures_util::future::join_all(orders),
        futures_util::future::join_all(products)
    );
    assert!(o.iter().all(Result::is_ok));
    assert!(p.iter().all(Result::is_ok));
    let elapsed = started.elapsed();
    // Each endpoint alone needs 3 gaps of 0.5 s; run one after the other they would need 7.
    assert!(elapsed >= Duration::from_millis(1500), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(3000), "{elapsed:?}");
    assert_eq!(fake.rate_limited_count(), 0);
}

#[tokio::test]
async fn unpaced_client_is_refused_by_the_fake() {
    let fake = FakeBillbee::start().await;
    let id = fake.insert_order(paid_order(&[]));
    let client = fake
        .client_builder()
        .rate_limits(RateLimits {
            per_endpoint_per_second: 0,
            overall_per_second: 0,
        })
        .max_retry_wait(Duration::ZERO)
        .build()
        .unwrap();
    let results = futures_util::future::join_all((0..5).map(|_| client.orders().get(id))).await;
    assert!(results
        .iter()
        .any(|r| matches!(r, Err(Error::RateLimited { .. }))));
    assert!(fake.rate_limited_count() >= 1);
}

/// With Billbee's own limits (the defaults on both sides), 5 calls to one endpoint need at
/// least 4 gaps of 0.5 s, and the fake refuses none of them.
#[tokio::test]
async fn default_limits_pace_one_endpoint_to_two_per_second() {
    let fake = FakeBillbee::start().await;
    let id = fake.insert_order(paid_order(&[]));
    let client = fake.client();
    let started = Instant::now();
    let results = futures_util::future::join_all((0..5).map(|_| {
        let client = client.clone();
        async move { client.orders().get(id).await }
    }))
    .await;
    assert!(results.iter().all(Result::is_ok));
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(fake.rate_limited_count(), 0);
}
