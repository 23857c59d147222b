//! One wiremock test per operation: method, path, both credentials, query, body, decoded result.

mod common;

use billbee_client::*;
use common::*;
use rust_decimal_macros::dec;
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn ok_json(v: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(v)
}

fn order_json(id: i64) -> serde_json::Value {
    json!({"BillBeeOrderId": id, "OrderNumber": "A-1", "State": 3, "Tags": ["wemalo"],
           "CreatedAt": "2024-03-05T07:31:02.447", "TotalCost": 52.891})
}

#[tokio::test]
async fn user_agent_and_content_type() {
    let server = MockServer::start().await;
    let ua = format!("billbee-client/{} sync-test/1.0", env!("CARGO_PKG_VERSION"));
    authed(Mock::given(method("POST")).and(path("/api/v1/orders/7/tags")))
        .and(header("User-Agent", ua.as_str()))
        .and(header("Content-Type", "application/json"))
        .respond_with(ok_json(envelope(json!({}))))
        .expect(1)
        .named("user agent")
        .mount(&server)
        .await;
    let client = builder(&server)
        .user_agent_suffix("sync-test/1.0")
        .build()
        .unwrap();
    client.orders().add_tags(OrderId(7), ["x"]).await.unwrap();
}

#[tokio::test]
async fn orders_get() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/orders/9007199254740993")))
        .respond_with(ok_json(envelope(order_json(9007199254740993))))
        .expect(1)
        .mount(&server)
        .await;
    let o = client(&server)
        .orders()
        .get(OrderId(9007199254740993))
        .await
        .unwrap();
    assert_eq!(
        o.billbee_order_id,
        Some(OrderId(9007199254740993)),
        "ids above 2^53 stay exact"
    );
    assert_eq!(o.state, Some(OrderState::Paid));
    assert_eq!(o.total_cost, Some(dec!(52.891)));
}

#[tokio::test]
async fn orders_find_by_external_reference_encodes() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path(
        "/api/v1/orders/findbyextref/A%2FB%20%231%25%3F%26%C3%BC",
    )))
    .respond_with(ok_json(envelope(order_json(5))))
    .expect(1)
    .mount(&server)
    .await;
    let o = client(&server)
        .orders()
        .find_by_external_reference("A/B #1%?&ü")
        .await
        .unwrap();
    assert_eq!(o.billbee_order_id, Some(OrderId(5)));
}

#[tokio::test]
async fn orders_list_query() {
    let server = MockServer::start().await;
    let expected = "orderStateId=3&orderStateId=16&tag=wemalo&tag=b+c&";
    authed(Mock::given(method("GET")).and(path("/api/v1/orders")))
        .and(query_param("page", "2"))
        .and(query_param("pageSize", "250"))
        .and(query_param("modifiedAtMin", "2024-01-01T10:00:00Z"))
        .and(query_param("modifiedAtMax", "2024-01-02T10:00:00Z"))
        .and(query_param("minOrderDate", "2023-12-01T00:00:00Z"))
        .and(query_param("maxOrderDate", "2024-02-01T00:00:00Z"))
        .and(query_param("minimumBillBeeOrderId", "100"))
        .and(query_param("articleTitleSource", "1"))
        .and(query_param("shopId", "42"))
        .respond_with(move |req: &wiremock::Request| {
            let q = req.url.query().unwrap_or_default();
            assert!(q.contains(expected), "repeated keys, in order: {q}");
            assert!(q.ends_with("excludeTags=true"), "{q}");
            let mut body = envelope(json!([order_json(1)]));
            body["Paging"] = json!({"Page": 2, "TotalPages": 2, "TotalRows": 251, "PageSize": 250});
            ok_json(body)
        })
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .orders()
        .list()
        .states([OrderState::Paid, OrderState::InFulfillment])
        .tags(["wemalo", "b c"])
        .exclude_tags(true)
        .modified_at_min("2024-01-01T10:00:00Z".parse().unwrap())
        .modified_at_max("2024-01-02T10:00:00Z".parse().unwrap())
        .min_order_date("2023-12-01T00:00:00Z".parse().unwrap())
        .max_order_date("2024-02-01T00:00:00Z".parse().unwrap())
        .minimum_order_id(OrderId(100))
        .article_title_source(1)
        .shop_ids([42])
        .page(2)
        .page_size(1000)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (page.page, page.total_pages, page.total_rows),
        (2, Some(2), Some(251))
    );
    assert_eq!(page.items[0].tags, vec!["wemalo".to_owned()]);
}

#[tokio::test]
async fn orders_add_tags_posts() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/orders/11/tags")))
        .and(body_json(json!({"Tags": ["order_received_by_wemalo"]})))
        .respond_with(ok_json(envelope(json!({}))))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .orders()
        .add_tags(OrderId(11), ["order_received_by_wemalo"])
        .await
        .unwrap();
}

#[tokio::test]
async fn orders_set_tags_puts() {
    let server = MockServer::start().await;
    authed(Mock::given(method("PUT")).and(path("/api/v1/orders/11/tags")))
        .and(body_json(json!({"Tags": ["a", "b"]})))
        .respond_with(ok_json(envelope(json!({}))))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .orders()
        .set_tags(OrderId(11), vec!["a".to_owned(), "b".to_owned()])
        .await
        .unwrap();
}

#[tokio::test]
async fn orders_set_state_empty_body() {
    let server = MockServer::start().await;
    authed(Mock::given(method("PUT")).and(path("/api/v1/orders/12/orderstate")))
        .and(body_json(json!({"NewStateId": 4})))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .orders()
        .set_state(OrderId(12), OrderState::Shipped)
        .await
        .unwrap();
}

#[tokio::test]
async fn orders_set_state_unknown_id_is_404() {
    let server = MockServer::start().await;
    authed(Mock::given(method("PUT")).and(path("/api/v1/orders/13/orderstate")))
        .respond_with(ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .orders()
        .set_state(OrderId(13), OrderState::Shipped)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert!(err.is_not_found());
}

#[tokio::test]
async fn orders_add_shipment() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/orders/14/shipment")))
        .and(body_json(
            json!({"ShippingId": "00340000000000000017", "OrderId": "WEMALO-99",
            "ShippingProviderId": 100000000007001_i64, "CarrierId": 2, "ShipmentType": 0}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let shipment = AddShipment {
        shipping_id: Some("00340000000000000017".into()),
        order_id: Some("WEMALO-99".into()),
        shipping_provider_id: Some(100000000007001),
        carrier_id: Some(2),
        shipment_type: Some(0),
        ..Default::default()
    };
    client(&server)
        .orders()
        .add_shipment(OrderId(14), &shipment)
        .await
        .unwrap();
}

#[tokio::test]
async fn orders_patch() {
    let server = MockServer::start().await;
    authed(Mock::given(method("PATCH")).and(path("/api/v1/orders/15")))
        .and(body_json(json!({"SellerComment": "hi"})))
        .respond_with(ok_json(envelope(
            json!({"BillBeeOrderId": 15, "SellerComment": "hi"}),
        )))
        .expect(1)
        .mount(&server)
        .await;
    let mut fields = serde_json::Map::new();
    fields.insert("SellerComment".into(), "hi".into());
    let o = client(&server)
        .orders()
        .patch(OrderId(15), &fields)
        .await
        .unwrap();
    assert_eq!(o.seller_comment.as_deref(), Some("hi"));
}

#[tokio::test]
async fn orders_create() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/orders")))
        .and(body_json(
            json!({"OrderNumber": "X-1", "State": 1, "CreatedAt": "2024-03-05T00:00:00",
            "InvoiceAddress": {"BillbeeId": 0, "CountryISO2": "DE"}}),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(envelope(order_json(16))))
        .expect(1)
        .mount(&server)
        .await;
    let order = Order {
        order_number: Some("X-1".into()),
        state: Some(OrderState::Ordered),
        created_at: Some("2024-03-05T00:00:00".parse().unwrap()),
        invoice_address: Some(Address {
            billbee_id: Some(0),
            country_iso2: Some("DE".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let created = client(&server).orders().create(&order).await.unwrap();
    assert_eq!(created.billbee_order_id, Some(OrderId(16)));
}

fn product_json(id: i64, sku: &str) -> serde_json::Value {
    json!({"Id": id, "SKU": sku, "Type": 2, "Price": 34.90,
           "Stocks": [{"StockId": 301, "StockCurrent": 7.0000}],
           "BillOfMaterial": [{"Amount": 2.00, "ArticleId": 5, "SKU": "CUP"}]})
}

#[tokio::test]
async fn products_get_by_id_sku_ean() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/77")))
        .and(query_param("lookupBy", "id"))
        .respond_with(ok_json(envelope(product_json(77, "SET"))))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/MUG-K%C3%96LN%2F01%20%23x")))
        .and(query_param("lookupBy", "sku"))
        .respond_with(ok_json(envelope(product_json(78, "MUG-KÖLN/01 #x"))))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/4000000000024")))
        .and(query_param("lookupBy", "ean"))
        .respond_with(ok_json(envelope(product_json(79, "MUG"))))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let p = c.products().get(ProductId(77)).await.unwrap();
    assert_eq!(p.r#type, Some(ProductType::Bundle));
    assert_eq!(p.bill_of_material[0].amount, Some(dec!(2)));
    assert_eq!(p.stocks[0].stock_current, Some(dec!(7)));
    let p = c.products().get_by_sku("MUG-KÖLN/01 #x").await.unwrap();
    assert_eq!(p.id, Some(ProductId(78)));
    let p = c.products().get_by_ean("4000000000024").await.unwrap();
    assert_eq!(p.id, Some(ProductId(79)));
}

#[tokio::test]
async fn products_list_query() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products")))
        .and(query_param("page", "1"))
        .and(query_param("pageSize", "100"))
        .and(query_param("minCreatedAt", "2024-01-01T00:00:00Z"))
        .and(query_param("minimumBillBeeArticleId", "10"))
        .and(query_param("maximumBillBeeArticleId", "20"))
        .respond_with(ok_json(json!({
            "Paging": {"Page": 1, "TotalPages": 1, "TotalRows": 1, "PageSize": 100},
            "ErrorCode": 0, "ErrorMessage": null, "ErrorDescription": "NoError",
            "Data": [product_json(11, "A")]})))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .products()
        .list()
        .page_size(100)
        .min_created_at("2024-01-01T00:00:00Z".parse().unwrap())
        .minimum_article_id(ProductId(10))
        .maximum_article_id(ProductId(20))
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].sku.as_deref(), Some("A"));
}

#[tokio::test]
async fn products_create_and_patch() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/products")))
        .and(body_json(
            json!({"SKU": "MUG-01", "Type": 1, "Price": 11.9, "VatIndex": 1, "Vat1Rate": 19,
            "Vat2Rate": 7, "IsDigital": false, "IsCustomizable": false,
            "Title": [{"Text": "Becher", "LanguageCode": "DE"}]}),
        ))
        .respond_with(ok_json(envelope(product_json(90, "MUG-01"))))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("PATCH")).and(path("/api/v1/products/90")))
        .and(body_json(json!({"EAN": "4000000000024"})))
        .respond_with(ok_json(envelope(product_json(90, "MUG-01"))))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let p = Product {
        sku: Some("MUG-01".into()),
        r#type: Some(ProductType::Product),
        price: Some(dec!(11.90)),
        vat_index: Some(1),
        vat1_rate: Some(dec!(19)),
        vat2_rate: Some(dec!(7)),
        is_digital: Some(false),
        is_customizable: Some(false),
        title: vec![MultiLanguageString {
            text: Some("Becher".into()),
            language_code: Some("DE".into()),
        }],
        ..Default::default()
    };
    assert_eq!(
        c.products().create(&p).await.unwrap().id,
        Some(ProductId(90))
    );
    let mut fields = serde_json::Map::new();
    fields.insert("EAN".into(), "4000000000024".into());
    assert_eq!(
        c.products().patch(ProductId(90), &fields).await.unwrap().id,
        Some(ProductId(90))
    );
}

#[tokio::test]
async fn stock_update_body() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/products/updatestock")))
        .and(body_json(
            json!({"Sku": "MUG", "StockId": 302, "Reason": "Wareneingang", "NewQuantity": 51,
            "AutosubtractReservedAmount": false, "ForceSendStockToShops": true}),
        ))
        .respond_with(ok_json(envelope(
            json!({"SKU": "MUG", "OldStock": 3.0000, "CurrentStock": 51.0000,
            "UnfulfilledAmount": 0.0, "Message": "ok"}),
        )))
        .expect(1)
        .mount(&server)
        .await;
    let upd = UpdateStock {
        sku: Some("MUG".into()),
        stock_id: Some(302),
        reason: Some("Wareneingang".into()),
        new_quantity: Some(dec!(51)),
        autosubtract_reserved_amount: Some(false),
        force_send_stock_to_shops: Some(true),
        ..Default::default()
    };
    let r = client(&server).stock().update(&upd).await.unwrap();
    assert_eq!(r.current_stock, Some(dec!(51)));
}

#[tokio::test]
async fn stock_update_many_body() {
    let server = MockServer::start().await;
    authed(Mock::given(method("POST")).and(path("/api/v1/products/updatestockmultiple")))
        .and(body_json(
            json!([{"Sku": "A", "NewQuantity": 1}, {"BillbeeId": 5, "NewQuantity": 0}]),
        ))
        .respond_with(ok_json(
            json!([envelope(json!({"SKU": "A", "CurrentStock": 1})),
            {"ErrorCode": 11, "ErrorMessage": "bad", "ErrorDescription": "InvalidData",
             "Data": null}]),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let rows = [
        UpdateStock {
            sku: Some("A".into()),
            new_quantity: Some(dec!(1)),
            ..Default::default()
        },
        UpdateStock {
            billbee_id: Some(ProductId(5)),
            new_quantity: Some(dec!(0)),
            ..Default::default()
        },
    ];
    let r = client(&server).stock().update_many(&rows).await.unwrap();
    assert_eq!(r[0].as_ref().unwrap().current_stock, Some(dec!(1)));
    assert_eq!(
        r[1].as_ref().unwrap_err().api_error_code(),
        Some(ApiErrorCode::InvalidData)
    );
}

#[tokio::test]
async fn stock_locations_and_reserved_amount() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/stocks")))
        .respond_with(ok_json(envelope(
            json!([{"Id": 301, "Name": "Hauptlager", "IsDefault": true}]),
        )))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/reservedamount")))
        .and(query_param("id", "MUG/1"))
        .and(query_param("lookupBy", "sku"))
        .and(query_param("stockId", "301"))
        .respond_with(ok_json(envelope(json!({"ReservedAmount": 29.0}))))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/products/reservedamount")))
        .and(query_param("id", "5"))
        .and(query_param("lookupBy", "id"))
        .and(query_param_is_missing("stockId"))
        .respond_with(ok_json(envelope(json!({"ReservedAmount": 0}))))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    assert_eq!(c.stock().locations().await.unwrap()[0].id, Some(301));
    let r = c
        .stock()
        .reserved_amount_by_sku("MUG/1", Some(301))
        .await
        .unwrap();
    assert_eq!(r.reserved_amount, Some(dec!(29)));
    let r = c.stock().reserved_amount(ProductId(5), None).await.unwrap();
    assert_eq!(r.reserved_amount, Some(dec!(0)));
}

#[tokio::test]
async fn shipments_providers_bare_lower_camel() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/shipment/shippingproviders")))
        .respond_with(ok_json(json!([{"id": 100000000007001_i64, "name": "DHL",
            "products": [{"id": 8001, "displayName": "DHL Paket", "productName": "V01PAK"}]}])))
        .expect(1)
        .mount(&server)
        .await;
    let p = client(&server).shipments().providers().await.unwrap();
    assert_eq!(p[0].id, Some(100000000007001));
    assert_eq!(p[0].products[0].display_name.as_deref(), Some("DHL Paket"));
}

#[tokio::test]
async fn webhooks_crud() {
    let server = MockServer::start().await;
    let hook = json!({"Id": "h1", "WebHookUri": "https://example.com/h?noecho",
        "Secret": "x".repeat(32),
        "Filters": ["order.created"], "IsPaused": false});
    authed(Mock::given(method("GET")).and(path("/api/v1/webhooks")))
        .respond_with(ok_json(json!([hook.clone()])))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/webhooks/filters")))
        .respond_with(ok_json(
            json!([{"Name": "order.created", "Description": "new order"}]),
        ))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("POST")).and(path("/api/v1/webhooks")))
        .and(body_json(
            json!({"WebHookUri": "https://example.com/h?noecho", "Secret": "x".repeat(32),
            "Filters": ["order.created"]}),
        ))
        .respond_with(ok_json(hook.clone()))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("PUT")).and(path("/api/v1/webhooks/h1")))
        .respond_with(ok_json(hook.clone()))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("GET")).and(path("/api/v1/webhooks/h1")))
        .respond_with(ok_json(hook.clone()))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("DELETE")).and(path("/api/v1/webhooks/h1")))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    authed(Mock::given(method("DELETE")).and(path("/api/v1/webhooks")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let list = c.webhooks().list().await.unwrap();
    assert_eq!(list[0].filters, vec!["order.created".to_owned()]);
    assert_eq!(
        c.webhooks().filters().await.unwrap()[0].name.as_deref(),
        Some("order.created")
    );
    let new = Webhook {
        web_hook_uri: Some("https://example.com/h?noecho".into()),
        secret: Some("x".repeat(32)),
        filters: vec!["order.created".into()],
        ..Default::default()
    };
    assert_eq!(
        c.webhooks().create(&new).await.unwrap().id.as_deref(),
        Some("h1")
    );
    assert_eq!(
        c.webhooks().update("h1", &list[0]).await.unwrap().is_paused,
        Some(false)
    );
    assert_eq!(
        c.webhooks().get("h1").await.unwrap().id.as_deref(),
        Some("h1")
    );
    c.webhooks().delete("h1").await.unwrap();
    c.webhooks().delete_all().await.unwrap();
}
