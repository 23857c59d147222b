//! Every shared fixture decodes through the client into the right type, with real values.

mod common;

use billbee_client::*;
use common::*;
use jiff::civil::date;
use rust_decimal_macros::dec;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn serve(server: &MockServer, p: &str, status: u16, file: &str) {
    Mock::given(method("GET"))
        .and(path(p))
        .respond_with(ResponseTemplate::new(status).set_body_raw(fixture(file), "application/json"))
        .expect(1)
        .mount(server)
        .await;
}

fn dt(y: i16, mo: i8, d: i8, h: i8, mi: i8, s: i8, ms: i32) -> Option<BillbeeDateTime> {
    Some(BillbeeDateTime(date(y, mo, d).at(h, mi, s, ms * 1_000_000)))
}

#[tokio::test]
async fn orders_page1() {
    let server = MockServer::start().await;
    serve(&server, "/api/v1/orders", 200, "orders_page1.json").await;
    let page = client(&server)
        .orders()
        .list()
        .page_size(2)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (page.page, page.total_pages, page.total_rows, page.page_size),
        (1, Some(2), Some(3), Some(2))
    );
    assert_eq!(page.items.len(), 2);
    let o = &page.items[0];
    assert_eq!(o.billbee_order_id, Some(OrderId(100000001000102)));
    assert_eq!(o.state, Some(OrderState::Shipped));
    assert_eq!(o.total_cost, Some(dec!(90.29)));
    assert_eq!(o.shipping_cost, Some(dec!(5.90)));
    assert_eq!(o.ship_weight_kg, Some(dec!(2.22)));
    assert_eq!(o.created_at, dt(2024, 3, 4, 10, 5, 9, 0));
    assert_eq!(o.confirmed_at, dt(2024, 3, 4, 10, 6, 1, 150));
    assert_eq!(o.last_modified_at, dt(2024, 3, 4, 15, 40, 28, 20));
    assert_eq!(o.payed_at, None);
    assert_eq!(o.shipping_ids.len(), 2);
    assert_eq!(
        o.shipping_ids[0].shipping_id.as_deref(),
        Some("00340000000000000017")
    );
    assert_eq!(o.shipping_ids[0].shipping_carrier, Some(2));
    assert_eq!(o.shipping_ids[1].shipping_id, None);
    assert_eq!(o.shipping_ids[1].tracking_url.as_deref(), Some("-"));
    assert_eq!(o.shipping_ids[1].created, dt(2024, 3, 4, 15, 41, 2, 400));
    let item = &o.order_items[0];
    assert_eq!(item.quantity, Some(dec!(6)));
    assert_eq!(item.total_price, Some(dec!(71.4)));
    assert_eq!(item.invoice_sku.as_deref(), Some("MUG-WHT-01"));
    let product = item.product.as_ref().unwrap();
    assert_eq!(product.billbee_id, Some(ProductId(100000000550002)));
    assert_eq!(product.r#type, Some(ProductType::Product));
    assert_eq!(product.weight, Some(350));
    let addr = o.shipping_address.as_ref().unwrap();
    assert_eq!(addr.country_iso2.as_deref(), Some("DE"));
    assert_eq!(addr.street.as_deref(), Some("Industriestraße"));
    assert_eq!(addr.phone, None);
    assert_eq!(o.history[1].type_id, Some(86));
    assert_eq!(o.customer.as_ref().unwrap().id, Some(100000000700002));
    assert_eq!(page.items[1].state, Some(OrderState::Ordered));
}

#[tokio::test]
async fn orders_page2() {
    let server = MockServer::start().await;
    serve(&server, "/api/v1/orders", 200, "orders_page2.json").await;
    let page = client(&server)
        .orders()
        .list()
        .page(2)
        .send()
        .await
        .unwrap();
    assert_eq!((page.page, page.total_pages), (2, Some(2)));
    assert!(!page.has_next(2));
    let o = &page.items[0];
    assert_eq!(o.state, Some(OrderState::InFulfillment));
    assert_eq!(o.tags, vec!["wemalo".to_owned()]);
    assert!(o.shipping_ids.is_empty());
}

#[tokio::test]
async fn order_single_with_bom() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/orders/100000001000105",
        200,
        "order_single_with_bom.json",
    )
    .await;
    let o = client(&server)
        .orders()
        .get(OrderId(100000001000105))
        .await
        .unwrap();
    assert_eq!(o.state, Some(OrderState::Paid));
    assert_eq!(o.total_cost, Some(dec!(52.891)));
    assert_eq!(o.rebate_difference, Some(dec!(2)));
    assert_eq!(o.created_at, dt(2024, 3, 5, 7, 31, 2, 447));
    assert_eq!(o.invoice_number, Some(4712));
    let bundle = o.order_items[0].product.as_ref().unwrap();
    assert_eq!(bundle.r#type, Some(ProductType::Bundle));
    assert_eq!(bundle.sku.as_deref(), Some("SET-GIFT-01"));
    let shirt = &o.order_items[1];
    assert_eq!(shirt.discount, Some(dec!(10)));
    assert_eq!(shirt.unrebated_total_price, Some(dec!(19.99)));
    assert_eq!(shirt.attributes.len(), 2);
    assert_eq!(shirt.attributes[1].name.as_deref(), Some("Größe"));
    let ship = o.shipping_address.as_ref().unwrap();
    assert_eq!(ship.name_addition.as_deref(), Some("Postnummer 12345678"));
    assert_eq!(ship.street.as_deref(), Some("Packstation"));
}

#[tokio::test]
async fn order_cancelled() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/orders/100000001000106",
        200,
        "order_cancelled.json",
    )
    .await;
    let o = client(&server)
        .orders()
        .get(OrderId(100000001000106))
        .await
        .unwrap();
    assert_eq!(o.state, Some(OrderState::Cancelled));
    assert_eq!(o.comments.len(), 1);
    assert_eq!(o.comments[0].from_customer, Some(true));
    assert_eq!(o.comments[0].created, dt(2024, 3, 2, 7, 58, 3, 200));
    assert!(o.payments.is_empty());
    assert_eq!(o.history.last().unwrap().type_id, Some(15));
    assert_eq!(o.last_modified_at, dt(2024, 3, 2, 8, 41, 17, 747));
    assert_eq!(o.order_items[0].quantity, Some(dec!(2)));
}

#[tokio::test]
async fn order_wemalo_tag_paid() {
    let server = MockServer::start().await;
    let body = fixture_json("order_wemalo_tag_paid.json");
    let id = body["Data"]["BillBeeOrderId"].as_i64().unwrap();
    serve(
        &server,
        &format!("/api/v1/orders/{id}"),
        200,
        "order_wemalo_tag_paid.json",
    )
    .await;
    let o = client(&server).orders().get(OrderId(id)).await.unwrap();
    assert_eq!(o.state, Some(OrderState::Paid));
    assert_eq!(o.tags, vec!["wemalo".to_owned()]);
    assert_eq!(o.payments.len(), 1);
    assert_eq!(o.payments[0].payment_type, Some(3));
    assert_eq!(o.payments[0].pay_value, Some(dec!(44.88)));
    assert_eq!(o.invoice_number, Some(4711));
    assert_eq!(id, 100000001000101);
}

#[tokio::test]
async fn order_unicode() {
    let server = MockServer::start().await;
    let body = fixture_json("order_unicode.json");
    let id = body["Data"]["BillBeeOrderId"].as_i64().unwrap();
    serve(
        &server,
        &format!("/api/v1/orders/{id}"),
        200,
        "order_unicode.json",
    )
    .await;
    let o = client(&server).orders().get(OrderId(id)).await.unwrap();
    let skus: Vec<_> = o
        .order_items
        .iter()
        .filter_map(|i| i.invoice_sku.clone())
        .collect();
    assert!(skus.iter().any(|s| s == "MUG-KÖLN-01"), "{skus:?}");
    let ship = o.shipping_address.as_ref().unwrap();
    assert_eq!(ship.country_iso2.as_deref(), Some("BE"));
    assert_eq!(ship.city.as_deref(), Some("Bruxelles"));
    assert_eq!(ship.state.as_deref(), Some("Région de Bruxelles-Capitale"));
    let again = serde_json::to_value(&o).unwrap();
    assert_eq!(
        again["ShippingAddress"]["City"],
        body["Data"]["ShippingAddress"]["City"]
    );
}

#[tokio::test]
async fn order_minimal_nulls() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/orders/100000001000108",
        200,
        "order_minimal_nulls.json",
    )
    .await;
    let o = client(&server)
        .orders()
        .get(OrderId(100000001000108))
        .await
        .unwrap();
    assert_eq!((o.id.as_deref(), o.order_number.as_deref()), (None, None));
    assert_eq!(o.buyer, None);
    assert_eq!(o.tax_rate1, None);
    assert_eq!(o.web_url, None);
    assert_eq!(o.is_from_billbee_api, None);
    assert!(o.shipping_services.is_empty());
    assert_eq!(o.order_items[0].quantity, Some(dec!(1)));
    assert_eq!(o.order_items[0].tax_amount, Some(dec!(15.9663866)));
    assert_eq!(
        o.invoice_address.as_ref().unwrap().house_number.as_deref(),
        Some("")
    );
    assert_eq!(o.last_modified_at, dt(2024, 3, 5, 9, 30, 0, 500));
}

#[tokio::test]
async fn products_page1() {
    let server = MockServer::start().await;
    serve(&server, "/api/v1/products", 200, "products_page1.json").await;
    let page = client(&server)
        .products()
        .list()
        .page_size(2)
        .send()
        .await
        .unwrap();
    assert_eq!((page.total_pages, page.total_rows), (Some(3), Some(5)));
    let shirt = &page.items[0];
    assert_eq!(shirt.id, Some(ProductId(100000000550001)));
    assert_eq!(shirt.sku.as_deref(), Some("TSHIRT-BLK-M"));
    assert_eq!(shirt.price, Some(dec!(19.99)));
    assert_eq!(shirt.stock_current, Some(dec!(118)));
    assert_eq!(shirt.stocks.len(), 2);
    assert_eq!(shirt.stocks[1].stock_id, Some(100000000000302));
    assert_eq!(shirt.stocks[1].stock_current, Some(dec!(18)));
    assert_eq!(shirt.stocks[0].unfulfilled_amount, Some(dec!(2)));
    assert_eq!(shirt.title[1].language_code.as_deref(), Some("EN"));
    assert_eq!((shirt.weight, shirt.weight_net), (Some(200), Some(180)));
    assert_eq!(shirt.width_cm, Some(dec!(25)));
    assert!(shirt.bill_of_material.is_empty());
    assert_eq!(
        shirt.custom_fields[0].value,
        Some(serde_json::json!("Kühl lagern"))
    );
    assert_eq!(
        shirt.category1.as_ref().unwrap().name.as_deref(),
        Some("Bekleidung")
    );
    let set = &page.items[1];
    assert_eq!(set.r#type, Some(ProductType::Bundle));
    assert_eq!(set.bill_of_material.len(), 2);
    assert_eq!(set.bill_of_material[1].amount, Some(dec!(2)));
    assert_eq!(
        set.bill_of_material[1].article_id,
        Some(ProductId(100000000550005))
    );
    assert_eq!(set.stocks[0].stock_current_is_calculated, Some(true));
}

#[tokio::test]
async fn product_by_sku() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/products/MUG-WHT-01",
        200,
        "product_by_sku.json",
    )
    .await;
    let p = client(&server)
        .products()
        .get_by_sku("MUG-WHT-01")
        .await
        .unwrap();
    assert_eq!(p.low_stock, Some(true));
    assert_eq!(p.stocks[0].unfulfilled_amount, Some(dec!(8)));
    assert_eq!(p.stocks[0].stock_current, Some(dec!(3)));
    assert_eq!(p.height_cm, Some(dec!(10)));
}

#[tokio::test]
async fn stock_locations() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/products/stocks",
        200,
        "stock_locations.json",
    )
    .await;
    let l = client(&server).stock().locations().await.unwrap();
    assert_eq!(l.len(), 2);
    assert_eq!(l[0].id, Some(100000000000301));
    assert_eq!(l[0].is_default, Some(true));
    assert_eq!(l[1].description, None);
}

#[tokio::test]
async fn stock_update_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v1/products/updatestock"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(fixture("stock_update_response.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let r = client(&server)
        .stock()
        .update(&UpdateStock::default())
        .await
        .unwrap();
    assert_eq!(r.sku.as_deref(), Some("TSHIRT-BLK-M"));
    assert_eq!(
        (r.old_stock, r.current_stock, r.unfulfilled_amount),
        (Some(dec!(100)), Some(dec!(96)), Some(dec!(2)))
    );
}

#[tokio::test]
async fn stock_update_multiple_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v1/products/updatestockmultiple"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            fixture("stock_update_multiple_response.json"),
            "application/json",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let r = client(&server)
        .stock()
        .update_many(&[UpdateStock::default()])
        .await
        .unwrap();
    assert_eq!(r.len(), 3);
    assert_eq!(r[1].as_ref().unwrap().current_stock, Some(dec!(40)));
    match &r[2] {
        Err(Error::Api {
            status: 200,
            code: Some(ApiErrorCode::InvalidData),
            message,
            description,
        }) => {
            assert_eq!(
                message.as_deref(),
                Some("Article with SKU DOES-NOT-EXIST not found")
            );
            assert_eq!(description.as_deref(), Some("InvalidData"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn error_order_not_found() {
    let server = MockServer::start().await;
    serve(
        &server,
        "/api/v1/orders/999999999",
        200,
        "error_order_not_found.json",
    )
    .await;
    let err = client(&server)
        .orders()
        .get(OrderId(999999999))
        .await
        .unwrap_err();
    assert_eq!(err.api_error_code(), Some(ApiErrorCode::OrderNotFound));
    assert_eq!(err.status(), Some(200));
    assert!(err.is_not_found());
    match err {
        Error::Api {
            message,
            description,
            ..
        } => {
            assert_eq!(message.as_deref(), Some("Order 999999999 not found"));
            assert_eq!(description.as_deref(), Some("OrderNotFound"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn error_400_modelstate() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v1/orders"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_raw(fixture("error_400_modelstate.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .orders()
        .create(&Order::default())
        .await
        .unwrap_err();
    match err {
        Error::BadRequest {
            status: 400,
            message,
            model_state,
        } => {
            assert_eq!(message.as_deref(), Some("Die Anforderung ist ungültig."));
            let reasons = &model_state["orderData.InvoiceAddress.BillbeeId"];
            assert!(reasons[0].starts_with("Error converting value {null}"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn error_500_internal() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v1/products"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_raw(fixture("error_500_internal.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .products()
        .create(&Product::default())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.api_error_code(), Some(ApiErrorCode::InternalError));
    assert!(err.is_retryable());
    match err {
        Error::Api {
            description: None,
            message: Some(m),
            ..
        } => assert!(m.starts_with("Der Objektverweis")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_fixture_file_is_covered() {
    let dir = format!(
        "{}/../../shared/fixtures/billbee",
        env!("CARGO_MANIFEST_DIR")
    );
    let covered = [
        "orders_page1.json",
        "orders_page2.json",
        "order_single_with_bom.json",
        "order_cancelled.json",
        "order_wemalo_tag_paid.json",
        "order_unicode.json",
        "order_minimal_nulls.json",
        "products_page1.json",
        "product_by_sku.json",
        "stock_locations.json",
        "stock_update_response.json",
        "stock_update_multiple_response.json",
        "error_order_not_found.json",
        "error_400_modelstate.json",
        "error_500_internal.json",
    ];
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") {
            assert!(
                covered.contains(&name.as_str()),
                "no test for fixture {name}"
            );
        }
    }
}
