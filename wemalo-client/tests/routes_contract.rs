//! One wiremock test per route used by the sync: method, path, auth, body, decoding.

mod common;

use common::{client, expect, fallback, ok_json, same_json, shared_fixture, TOKEN};
use jiff::civil::datetime;
use rust_decimal_macros::dec;
use serde_json::json;
use wemalo_client::*;
use wiremock::matchers::{body_json, header, query_param};
use wiremock::{MockServer, ResponseTemplate};

fn product() -> Product {
    Product {
        external_id: "NLT-1001".into(),
        sku: "NLT-GRN-100".into(),
        product_group: "tea".into(),
        name: Some("Green Tea Sencha 100 g".into()),
        ean: Some("2012345000018".into()),
        depth: Some(Centimeters(dec!(12.0))),
        height: Some(Centimeters(dec!(4.5))),
        net_weight: Some(Grams(100)),
        sales_price: Some(dec!(6.9)),
        is_active: Some(true),
        ..Default::default()
    }
}

#[tokio::test]
async fn product_add() {
    let server = MockServer::start().await;
    expect("POST", "product/add")
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "externalId": "NLT-1001", "sku": "NLT-GRN-100", "productGroup": "tea",
            "name": "Green Tea Sencha 100 g", "ean": "2012345000018",
            "depth": 12.0, "height": 4.5, "netWeight": 100, "salesPrice": 6.9, "isActive": true
        })))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .named("product/add")
        .mount(&server)
        .await;
    fallback(&server).await;
    client(&server).products().add(&product()).await.unwrap();
}

#[tokio::test]
async fn product_add_many() {
    let server = MockServer::start().await;
    let request: serde_json::Value =
        serde_json::from_str(&shared_fixture("product-addMultiple.request.json")).unwrap();
    let products: Vec<Product> = serde_json::from_value(request["products"].clone()).unwrap();
    expect("POST", "product/addMultiple")
        .and(same_json(&request))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(shared_fixture("product-addMultiple.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    client(&server)
        .products()
        .add_many(&products)
        .await
        .unwrap();
}

#[tokio::test]
async fn product_update_encodes_path() {
    let server = MockServer::start().await;
    expect("PUT", "product/update/A%2FB%23C%20%C3%A4")
        .and(body_json(
            json!({"externalId": "A/B#C ä", "sku": "X", "productGroup": "g"}),
        ))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let p = Product {
        external_id: "A/B#C ä".into(),
        sku: "X".into(),
        product_group: "g".into(),
        ..Default::default()
    };
    client(&server)
        .products()
        .update("A/B#C ä", &p)
        .await
        .unwrap();
}

#[tokio::test]
async fn product_get() {
    let server = MockServer::start().await;
    expect("GET", "product/get/NLT-1001")
        .respond_with(ok_json(json!({
            "externalId": "NLT-1001", "sku": "NLT-GRN-100", "productGroup": "tea",
            "netWeight": "100", "grossWeight": 135, "depth": "12.0", "salesPrice": 6.9,
            "isActive": 1, "ean": 2012345000018u64
        })))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let p = client(&server).products().get("NLT-1001").await.unwrap();
    assert_eq!(p.sku, "NLT-GRN-100");
    assert_eq!(p.net_weight, Some(Grams(100)));
    assert_eq!(p.gross_weight, Some(Grams(135)));
    assert_eq!(p.depth, Some(Centimeters(dec!(12.0))));
    assert_eq!(p.sales_price, Some(dec!(6.9)));
    assert_eq!(p.is_active, Some(true));
    assert_eq!(p.ean.as_deref(), Some("2012345000018"));
}

#[tokio::test]
async fn product_get_all() {
    let server = MockServer::start().await;
    expect("GET", "product/getAll")
        .and(query_param("fromDate", "0103202508"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"products": [
            {"externalId": "A", "sku": "a", "productGroup": "g", "status": 200, "Success": true},
            {"externalId": "B", "sku": "b", "productGroup": "g"}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let all = client(&server)
        .products()
        .get_all(datetime(2025, 3, 1, 8, 45, 0, 0))
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].external_id, "B");
}

#[tokio::test]
async fn product_stock() {
    let server = MockServer::start().await;
    expect("GET", "product/stock/NLT-2001")
        .respond_with(ok_json(json!({"articles": [
            {"productId": 45332, "productName": "Mug", "sku": "NLT-MUG-01", "quantity": 13,
             "serialnumber": "", "attributeId": 3, "clientId": "1"}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let rows = client(&server).products().stock("NLT-2001").await.unwrap();
    assert_eq!(rows[0].quantity, Some(dec!(13)));
    assert_eq!(rows[0].client_id, Some(1));
}

#[tokio::test]
async fn product_stock_reduced() {
    let server = MockServer::start().await;
    expect("GET", "product/stock/reduced/NLT-2001")
        .and(query_param("hideDetails", "false"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(shared_fixture("product-stock-reduced.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let s = client(&server)
        .products()
        .stock_reduced("NLT-2001", false)
        .await
        .unwrap();
    assert_eq!(s.quantity, Some(dec!(14)));
    assert_eq!(s.not_reserved_quantity, Some(dec!(11)));
    assert_eq!(s.details.len(), 2);
}

#[tokio::test]
async fn product_available_stock() {
    let server = MockServer::start().await;
    expect("GET", "product/availableStock/")
        .and(query_param("fromDate", "0103202508"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(shared_fixture("product-availableStock.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let list = client(&server)
        .products()
        .available_stock(datetime(2025, 3, 1, 8, 0, 0, 0))
        .await
        .unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].external_id.as_deref(), Some("NLT-2001"));
    assert_eq!(list[1].total_quantity(), dec!(14));
}

#[tokio::test]
async fn goods_order_add() {
    let server = MockServer::start().await;
    let request: serde_json::Value =
        serde_json::from_str(&shared_fixture("goodsOrder-add.request.json")).unwrap();
    let order: GoodsOrder = serde_json::from_value(request.clone()).unwrap();
    expect("POST", "goodsOrder/add")
        .and(same_json(&request))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(shared_fixture("goodsOrder-add.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let added = client(&server).goods_orders().add(&order).await.unwrap();
    assert_eq!(added.id, Some(WemaloOrderId(48213)));
}

#[tokio::test]
async fn goods_order_add_conditional() {
    let server = MockServer::start().await;
    let order = GoodsOrder {
        meta: GoodsOrderMeta {
            external_id: "SO-1".into(),
            external_id_match: Some(ExternalIdMatch::Sku),
            blocked: Some(false),
            receiver: vec![Receiver {
                name1: "Lena".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
        positions: vec![GoodsOrderPosition {
            external_id: "NLT-GRN-100".into(),
            quantity: dec!(2),
            total: Some(Cents(1290)),
            ..Default::default()
        }],
    };
    expect("POST", "goodsOrder/addConditional")
        .and(body_json(json!({
            "meta": {"externalId": "SO-1", "externalIdMatch": "sku", "blocked": 0,
                     "receiver": [{"name1": "Lena"}]},
            "positions": [{"externalId": "NLT-GRN-100", "quantity": 2, "total": 1290}]
        })))
        .respond_with(ok_json(
            json!({"orderStatus": "OPEN", "statusName": "OPEN", "id": 7}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let s = client(&server)
        .goods_orders()
        .add_conditional(&order)
        .await
        .unwrap();
    assert_eq!(s.status_name, Some(OrderStatusName::Open));
    assert_eq!(s.id, Some(WemaloOrderId(7)));
}

#[tokio::test]
async fn goods_order_update_meta() {
    let server = MockServer::start().await;
    expect("PUT", "goodsOrder/updateMeta/SO-1")
        .and(body_json(
            json!({"meta": {"externalId": "SO-1", "pickingInfo": "fragile",
                                       "expectedDeliveryDate": "2025-03-04", "receiver": []}}),
        ))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let meta = GoodsOrderMeta {
        external_id: "SO-1".into(),
        picking_info: Some("fragile".into()),
        expected_delivery_date: Some(jiff::civil::date(2025, 3, 4)),
        ..Default::default()
    };
    client(&server)
        .goods_orders()
        .update_meta("SO-1", &meta)
        .await
        .unwrap();
}

#[tokio::test]
async fn goods_order_cancel() {
    let server = MockServer::start().await;
    expect("PUT", "goodsOrder/cancel/SO-1")
        .and(body_json(json!({"reason": "customer asked"})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    expect("PUT", "goodsOrder/cancel/SO-2")
        .and(body_json(json!({})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let c = client(&server);
    c.goods_orders()
        .cancel("SO-1", Some("customer asked"))
        .await
        .unwrap();
    c.goods_orders().cancel("SO-2", None).await.unwrap();
}

#[tokio::test]
async fn goods_order_status() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/getStatus/SO-100042")
        .respond_with(ResponseTemplate::new(200).set_body_string(shared_fixture(
            "goodsOrder-getStatus.inprocess.response.json",
        )))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let s = client(&server)
        .goods_orders()
        .status("SO-100042")
        .await
        .unwrap();
    assert_eq!(s.status_name, Some(OrderStatusName::InProcess));
    assert_eq!(s.id, Some(WemaloOrderId(48213)));
    assert_eq!(s.order_number.as_deref(), Some("100042"));
    assert_eq!(s.reason_partially_reserved, None);
}

#[tokio::test]
async fn goods_order_packages_by_external_id() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/packages")
        .and(query_param("externalOrderId", "SO-100042"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(shared_fixture("goodsOrder-packages.shipped.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let p = client(&server)
        .goods_orders()
        .packages_by_external_id("SO-100042")
        .await
        .unwrap();
    assert_eq!(
        p[0].tracking_number.as_deref(),
        Some("00340434000000000001")
    );
    assert_eq!(p[0].id, Some(ParcelId(90317)));
}

#[tokio::test]
async fn goods_order_packages_by_id() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/packages")
        .and(query_param("orderId", "48213"))
        .respond_with(ok_json(json!({"packages": [
            {"id": "90317", "quantity": 3, "trackingNumber": "", "items": null}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let p = client(&server)
        .goods_orders()
        .packages(WemaloOrderId(48213))
        .await
        .unwrap();
    assert_eq!(p[0].id, Some(ParcelId(90317)));
    assert_eq!(p[0].quantity_sum, Some(dec!(3)));
    assert_eq!(p[0].tracking_number, None);
    assert!(p[0].items.is_empty());
}

#[tokio::test]
async fn goods_order_tracking_number() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/package/90317/trackingNumber")
        .respond_with(ok_json(json!({"trackingNumber": "00340434000000000001",
                                     "profileName": "DHL Paket National", "carrier": "DHL"})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let t = client(&server)
        .goods_orders()
        .tracking_number(ParcelId(90317))
        .await
        .unwrap();
    assert_eq!(t.tracking_number.as_deref(), Some("00340434000000000001"));
    assert_eq!(t.carrier.as_deref(), Some("DHL"));
}

#[tokio::test]
async fn goods_order_profiles() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/profiles")
        .respond_with(ok_json(json!({"dispatcher": [{"name": "DHL", "profiles": [
            {"name": "DHL Paket", "product": "V01PAK", "services": "", "matchId": "flat_rate"}
        ]}]})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let d = client(&server).goods_orders().profiles().await.unwrap();
    assert_eq!(d[0].profiles[0].match_id.as_deref(), Some("flat_rate"));
}

#[tokio::test]
async fn goods_receipt_add() {
    let server = MockServer::start().await;
    expect("POST", "goodsReceipt/add")
        .and(body_json(
            json!({"externalId": "WE-1", "picking_notice": "pallet",
            "items": [{"externalId": "NLT-1001", "quantity": 40}, {"id": 45332, "quantity": 2}]}),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": 4711, "Success": true})),
        )
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let r = GoodsReceipt {
        external_id: Some("WE-1".into()),
        picking_notice: Some("pallet".into()),
        items: vec![
            GoodsReceiptItem {
                external_id: Some("NLT-1001".into()),
                quantity: dec!(40),
                ..Default::default()
            },
            GoodsReceiptItem {
                id: Some(WemaloProductId(45332)),
                quantity: dec!(2),
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    let created = client(&server).goods_receipts().add(&r).await.unwrap();
    assert_eq!(created.id, Some(4711));
}

#[tokio::test]
async fn webhook_register_list_delete() {
    let server = MockServer::start().await;
    expect("POST", "webhook/status_update")
        .and(body_json(
            json!({"payload": "https://shop.example/hook", "token": "s3cret",
                              "email": "ops@example.org", "mail": "ops@example.org"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"mode": "create"})))
        .expect(1)
        .mount(&server)
        .await;
    expect("GET", "webhook")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"hooks": [
            {"event": "status_update", "payload": "https://shop.example/hook", "token": "s3cret"}
        ]})))
        .expect(1)
        .mount(&server)
        .await;
    expect("DELETE", "webhook/trackingnumber_added")
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let c = client(&server);
    let reg = WebhookRegistration {
        payload: "https://shop.example/hook".into(),
        token: "s3cret".into(),
        email: Some("ops@example.org".into()),
    };
    c.webhooks()
        .register(WebhookEventType::StatusUpdate, &reg)
        .await
        .unwrap();
    let hooks = c.webhooks().list().await.unwrap();
    assert_eq!(hooks[0].event, "status_update");
    assert!(!format!("{hooks:?}").contains("s3cret"));
    c.webhooks().delete("trackingnumber_added").await.unwrap();
}

#[tokio::test]
async fn sends_user_agent() {
    let server = MockServer::start().await;
    expect("GET", "webhook")
        .and(header(
            "user-agent",
            format!("wemalo-client/{} my-sync/1.0", env!("CARGO_PKG_VERSION")).as_str(),
        ))
        .and(header("accept", "application/json"))
        .respond_with(ok_json(json!({"hooks": []})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    let c = Client::builder()
        .base_url(server.uri() + "/v1/")
        .token(TOKEN)
        .user_agent_suffix("my-sync/1.0")
        .build()
        .unwrap();
    assert!(c.webhooks().list().await.unwrap().is_empty());
}

#[tokio::test]
async fn check_token_uses_webhook_list() {
    let server = MockServer::start().await;
    expect("GET", "webhook")
        .respond_with(ok_json(json!({"hooks": []})))
        .expect(1)
        .mount(&server)
        .await;
    fallback(&server).await;
    client(&server).check_token().await.unwrap();
}
