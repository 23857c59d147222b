//! One wiremock test per remaining route: method, path, auth, query/body, decoding.

mod common;

use common::{client, expect, fallback, ok_json};
use jiff::civil::datetime;
use rust_decimal_macros::dec;
use secrecy::ExposeSecret;
use serde_json::json;
use wemalo_client::*;
use wiremock::matchers::{body_json, query_param, query_param_is_missing};
use wiremock::{MockServer, ResponseTemplate};

async fn server() -> MockServer {
    let s = MockServer::start().await;
    fallback(&s).await;
    s
}

#[tokio::test]
async fn product_add_image() {
    let s = server().await;
    expect("PUT", "product/addImage/NLT-1001")
        .and(body_json(json!({"extension": "jpg", "base64data": "AAAA"})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let img = ProductImage {
        extension: "jpg".into(),
        base64_data: "AAAA".into(),
    };
    assert!(!format!("{img:?}").contains("AAAA"));
    client(&s)
        .products()
        .add_image("NLT-1001", &img)
        .await
        .unwrap();
}

#[tokio::test]
async fn product_change_active_flag() {
    let s = server().await;
    expect("PUT", "product/changeActiveFlag/NLT-1001")
        .and(body_json(json!({"isActive": false})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    client(&s)
        .products()
        .change_active_flag("NLT-1001", false)
        .await
        .unwrap();
}

#[tokio::test]
async fn product_units_get_and_add() {
    let s = server().await;
    expect("GET", "product/unit/NLT-1001")
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"unitList": [
                {"entityId": 574, "unitId": "BOX", "unitValue": 12, "unitHeight": 10.0,
                 "unitWeight": 0.5, "isActive": true, "unitName": "Box of 12", "barcode": "B-1"}
            ]})),
        )
        .expect(1)
        .mount(&s)
        .await;
    expect("POST", "product/unit/NLT-1001")
        .and(body_json(
            json!({"unitId": "BOX", "unitValue": 12, "unitName": "Box of 12"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"entityId": 574})))
        .expect(1)
        .mount(&s)
        .await;
    let c = client(&s);
    let units = c.products().units("NLT-1001").await.unwrap();
    assert_eq!(units[0].entity_id, Some(574));
    assert_eq!(units[0].unit_weight, Some(dec!(0.5)));
    let unit = ProductUnit {
        unit_id: "BOX".into(),
        unit_value: Some(dec!(12)),
        unit_name: Some("Box of 12".into()),
        ..Default::default()
    };
    assert_eq!(
        c.products()
            .add_unit("NLT-1001", &unit)
            .await
            .unwrap()
            .entity_id,
        Some(574)
    );
}

#[tokio::test]
async fn product_shop() {
    let s = server().await;
    expect("GET", "product/shop")
        .respond_with(ok_json(json!({"shop": "nordlicht"})))
        .expect(1)
        .mount(&s)
        .await;
    let shop = client(&s).products().shop().await.unwrap();
    assert_eq!(shop.shop.as_deref(), Some("nordlicht"));
}

#[tokio::test]
async fn product_bookings_pages() {
    let s = server().await;
    for page in 0..3 {
        let entries = json!([{"quantity": 3, "productId": 15897, "sku": format!("ck{page}"),
            "externalIds": [{"value": "shop", "key": "ext"}],
            "bookingHistoryEntries": [{"extPositionReference": "", "historyId": 100 + page}]}]);
        expect("GET", "product/bookings/flag")
            .and(query_param("reason", "PACK_PARCEL"))
            .and(query_param("page", page.to_string()))
            .respond_with(ok_json(json!({"numberOfBookings": 1, "maxResults": 50,
                "page": page, "additionalPage": page < 2, "entries": entries})))
            .expect(1)
            .named(format!("bookings page {page}"))
            .mount(&s)
            .await;
    }
    let all = client(&s)
        .products()
        .bookings_all(&BookingReason::PackParcel)
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[2].booking_history_entries[0].history_id, Some(102));
    assert_eq!(all[0].external_ids[0].key.as_deref(), Some("ext"));
}

#[tokio::test]
async fn product_bookings_stop_when_server_ignores_page() {
    let s = server().await;
    expect("GET", "product/bookings/flag")
        .respond_with(ok_json(json!({"page": 0, "additionalPage": true,
            "entries": [{"quantity": 1}]})))
        .expect(2)
        .mount(&s)
        .await;
    let all = client(&s)
        .products()
        .bookings_all(&BookingReason::Sent)
        .await
        .unwrap();
    assert_eq!(
        all.len(),
        2,
        "page 0 and the repeated answer for page 1, then stop"
    );
}

#[tokio::test]
async fn product_flag_bookings_in_batches() {
    let s = server().await;
    let ids: Vec<i64> = (1..=120).collect();
    for chunk in ids.chunks(50) {
        expect("PUT", "product/bookings/flag")
            .and(body_json(json!({"historyIds": chunk})))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"updated": chunk, "allUpdated": true, "Success": true})),
            )
            .expect(1)
            .mount(&s)
            .await;
    }
    let r = client(&s).products().flag_bookings(&ids).await.unwrap();
    assert_eq!(r.history_ids.len(), 120);
    assert_eq!(r.all_updated, Some(true));
}

#[tokio::test]
async fn goods_order_add_positions() {
    let s = server().await;
    expect("POST", "goodsOrder/addPosition/SO-1")
        .and(body_json(json!({"externalIdMatch": "sku",
            "positions": [{"externalId": "NLT-MUG-01", "quantity": 1,
                           "externalPositionIdentifier": "SO-1-3"}]})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Success": true, "statusId": 100, "statusName": "PARTIAL", "deliveryDate": ""})))
        .expect(1)
        .mount(&s)
        .await;
    let pos = GoodsOrderPosition {
        external_id: "NLT-MUG-01".into(),
        quantity: dec!(1),
        external_position_identifier: Some("SO-1-3".into()),
        ..Default::default()
    };
    let st = client(&s)
        .goods_orders()
        .add_positions("SO-1", Some(ExternalIdMatch::Sku), &[pos])
        .await
        .unwrap();
    assert_eq!(st.status_id.as_deref(), Some("100"));
    assert_eq!(st.status_name, Some(OrderStatusName::Partial));
}

#[tokio::test]
async fn goods_order_remove_position() {
    let s = server().await;
    expect("DELETE", "goodsOrder/removePosition/SO-1/SO-1%2F3")
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    client(&s)
        .goods_orders()
        .remove_position("SO-1", "SO-1/3")
        .await
        .unwrap();
}

#[tokio::test]
async fn goods_order_note_and_priority() {
    let s = server().await;
    expect("PUT", "goodsOrder/note/SO-1")
        .and(body_json(
            json!({"notices": "ring twice", "noticeField": 1}),
        ))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    expect("PUT", "goodsOrder/changePriority/SO-1")
        .and(body_json(json!({"priority": 0})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let c = client(&s);
    c.goods_orders()
        .add_note("SO-1", "ring twice", Some(1))
        .await
        .unwrap();
    c.goods_orders().change_priority("SO-1", 0).await.unwrap();
    let err = c
        .goods_orders()
        .change_priority("SO-1", 6)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)));
}

#[tokio::test]
async fn goods_order_add_document() {
    let s = server().await;
    expect("POST", "goodsOrder/addDocument/SO-1")
        .and(body_json(
            json!({"docType": "BILL", "docName": "invoice.pdf", "base64data": "JVBE"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 991, "Success": true})))
        .expect(1)
        .mount(&s)
        .await;
    let doc = Document {
        doc_type: DocumentType::Bill,
        doc_name: "invoice.pdf".into(),
        base64_data: Some("JVBE".into()),
        file_url: None,
    };
    let id = client(&s)
        .goods_orders()
        .add_document("SO-1", &doc)
        .await
        .unwrap();
    assert_eq!(id.id, Some(991));
}

#[tokio::test]
async fn goods_order_finish() {
    let s = server().await;
    expect("POST", "goodsOrder/finish/48213")
        .and(body_json(json!({"totalWeight": 1000})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    client(&s)
        .goods_orders()
        .finish(WemaloOrderId(48213), Grams(1000))
        .await
        .unwrap();
}

#[tokio::test]
async fn goods_order_label() {
    let s = server().await;
    expect("GET", "goodsOrder/package/90317/label")
        .respond_with(ok_json(json!({"files": [
            {"id": 1, "filename": "label.pdf", "base64": "JVBERi0x"}]})))
        .expect(1)
        .mount(&s)
        .await;
    let files = client(&s)
        .goods_orders()
        .label(ParcelId(90317))
        .await
        .unwrap();
    assert_eq!(files[0].filename.as_deref(), Some("label.pdf"));
    assert!(!format!("{files:?}").contains("JVBERi0x"));
}

#[tokio::test]
async fn goods_order_mark_parcel_sent() {
    let s = server().await;
    expect("POST", "goodsOrder/package/90317/sent")
        .and(body_json(
            json!({"trackingNumber": "T-1", "dispatcherProfile": "dhl"}),
        ))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let h = ParcelHandover {
        tracking_number: Some("T-1".into()),
        dispatcher_profile: Some("dhl".into()),
    };
    client(&s)
        .goods_orders()
        .mark_parcel_sent(ParcelId(90317), &h)
        .await
        .unwrap();
}

#[tokio::test]
async fn goods_order_add_tracking_number() {
    let s = server().await;
    expect("PUT", "goodsOrder/trackingNumber/90317")
        .and(body_json(json!({"trackingNumber": "T-2"})))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    client(&s)
        .goods_orders()
        .add_tracking_number(ParcelId(90317), "T-2")
        .await
        .unwrap();
}

#[tokio::test]
async fn goods_order_sent_packages() {
    let s = server().await;
    expect("GET", "goodsOrder/sentPackages/")
        .and(query_param("dateFrom", "01.03.2025 00:00:00"))
        .and(query_param("dateTo", "02.03.2025 00:00:00"))
        .and(query_param("page", "0"))
        .respond_with(ok_json(
            json!({"page": 0, "additionalPage": true, "bookings": [
            {"historyId": "5501", "goodsOrderId": 48213, "externalGoodsOrderId": "SO-100042",
             "trackingNumber": "T-1", "count": 2, "bookingDate": "01.03.2025 17:02:11",
             "handoverDate": "01.03.2025 18:00:00", "sku": "NLT-GRN-100"}]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    expect("GET", "goodsOrder/sentPackages/")
        .and(query_param("page", "1"))
        .respond_with(ok_json(
            json!({"page": 1, "additionalPage": false, "bookings": [
            {"historyId": 5502, "externalGoodsOrderId": "SO-100043"}]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    let q = SentPackagesQuery {
        date_from: Some(datetime(2025, 3, 1, 0, 0, 0, 0)),
        date_to: Some(datetime(2025, 3, 2, 0, 0, 0, 0)),
        ..Default::default()
    };
    let all = client(&s)
        .goods_orders()
        .sent_packages_all(&q)
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].history_id, Some(5501));
    assert_eq!(
        all[0].booking_date,
        Some(datetime(2025, 3, 1, 17, 2, 11, 0))
    );
    assert_eq!(all[0].count, Some(dec!(2)));
}

#[tokio::test]
async fn goods_order_unsynced_sent_packages_and_flag() {
    let s = server().await;
    expect("GET", "goodsOrder/packages/sent/")
        .and(query_param("externalId", "SO-100042"))
        .and(query_param("addRecipient", "true"))
        .and(query_param_is_missing("dateFrom"))
        .respond_with(ok_json(
            json!({"page": 0, "additionalPage": false, "bookings": [
            {"historyId": 5501, "orderStatusId": "500", "packageId": "90317",
             "recipient": {"name1": "Lena"}}]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    expect("PUT", "goodsOrder/packages/sent/5501")
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let c = client(&s);
    let q = SentPackagesQuery {
        external_id: Some("SO-100042".into()),
        add_recipient: Some(true),
        date_from: Some(datetime(2025, 3, 1, 0, 0, 0, 0)),
        ..Default::default()
    };
    let page = c.goods_orders().unsynced_sent_packages(&q).await.unwrap();
    assert_eq!(page.bookings[0].order_status_id.as_deref(), Some("500"));
    assert_eq!(page.bookings[0].package_id, Some(90317));
    c.goods_orders().flag_sent_package(5501).await.unwrap();
}

#[tokio::test]
async fn goods_order_delete_reservations() {
    let s = server().await;
    expect("DELETE", "goodsOrder/reservations")
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"Success": true, "changed": 4})),
        )
        .expect(1)
        .mount(&s)
        .await;
    assert_eq!(
        client(&s)
            .goods_orders()
            .delete_reservations()
            .await
            .unwrap(),
        4
    );
}

#[tokio::test]
async fn goods_receipt_bookings() {
    let s = server().await;
    expect("GET", "goodsReceipt/get")
        .and(query_param("deliveryNote", "LS-77"))
        .and(query_param("orderId", "4711"))
        .respond_with(ok_json(
            json!({"page": 0, "bookings": [{"total": 7, "goodsReceiptId": 4711,
            "items": [{"bookingDate": "31.05.2017 13:28:18", "count": 1, "reason": "INCOMING",
                       "historyId": 2806767, "serialNumber": "", "sku": "PS4",
                       "externalProductId": "PS4_12345"}]}]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    let q = IncomingBookingsQuery {
        delivery_note: Some("LS-77".into()),
        order_id: Some(4711),
        ..Default::default()
    };
    let all = client(&s).goods_receipts().bookings_all(&q).await.unwrap();
    assert_eq!(all[0].total, Some(dec!(7)));
    assert_eq!(all[0].items[0].history_id, Some(2806767));
    assert_eq!(
        all[0].items[0].booking_date,
        Some(datetime(2017, 5, 31, 13, 28, 18, 0))
    );
}

fn return_announcement() -> ReturnAnnouncement {
    ReturnAnnouncement {
        delivery_number: "SO-100042".into(),
        goods_order_external_id: Some("SO-100042".into()),
        sender: Some(ReturnSender {
            name1: "Lena Beispiel".into(),
            street: Some("Ahornweg".into()),
            house_no: Some("12a".into()),
            zip: Some("12345".into()),
            city: Some("Musterstadt".into()),
            country: Some("DE".into()),
            ..Default::default()
        }),
        items: vec![ReturnItem {
            external_id: Some("NLT-1001".into()),
            quantity: dec!(1),
            return_reason: Some(3),
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[tokio::test]
async fn returns_announce_and_conditional() {
    let s = server().await;
    let body = json!({"deliveryNumber": "SO-100042", "goodsOrderExternalId": "SO-100042",
        "sender": {"name1": "Lena Beispiel", "street": "Ahornweg", "house_no": "12a",
                   "zip": "12345", "city": "Musterstadt", "country": "DE"},
        "items": [{"externalId": "NLT-1001", "quantity": 1, "returnReason": 3}]});
    expect("POST", "returns/announce")
        .and(body_json(&body))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 31, "Success": true})))
        .expect(1)
        .mount(&s)
        .await;
    expect("POST", "returns/announceConditional")
        .and(body_json(&body))
        .respond_with(ok_json(json!({"id": 31})))
        .expect(1)
        .mount(&s)
        .await;
    let c = client(&s);
    assert_eq!(
        c.returns()
            .announce(&return_announcement())
            .await
            .unwrap()
            .id,
        Some(31)
    );
    let r = c
        .returns()
        .announce_conditional(&return_announcement())
        .await
        .unwrap();
    assert_eq!(r.id, Some(31));
}

#[tokio::test]
async fn returns_document() {
    let s = server().await;
    expect("POST", "returns/document/RET-1")
        .and(body_json(
            json!({"docType": "DOCUMENT", "docName": "form.pdf", "base64data": "JV"}),
        ))
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let doc = Document {
        doc_name: "form.pdf".into(),
        base64_data: Some("JV".into()),
        ..Default::default()
    };
    client(&s)
        .returns()
        .add_document("RET-1", &doc)
        .await
        .unwrap();
}

#[tokio::test]
async fn returns_bookings_unsynced_and_flag() {
    let s = server().await;
    let row = json!({"id": "8219212", "externalProductId": "NLT-1001", "productId": 4711,
        "bookingDate": "14.05.2017 19:26:55", "attributeCode": "1", "attributeDefault": true,
        "reasonCode": "damaged", "readyForShipment": false, "goodsOrderExternalId": "SO-1"});
    expect("GET", "returns/getBookings")
        .and(query_param("externalGoodsOrderId", "SO-1"))
        .respond_with(ok_json(
            json!({"page": 0, "additionalPage": false, "bookings": [row]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    expect("GET", "returns/booked")
        .and(query_param("dateFrom", "14.05.2017 00:00:00"))
        .respond_with(ok_json(
            json!({"page": 0, "additionalPage": false, "bookings": [row]}),
        ))
        .expect(1)
        .mount(&s)
        .await;
    expect("PUT", "returns/booked/8219212")
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&s)
        .await;
    let c = client(&s);
    let q = ReturnBookingsQuery {
        external_goods_order_id: Some("SO-1".into()),
        ..Default::default()
    };
    let all = c.returns().bookings_all(&q).await.unwrap();
    assert_eq!(all[0].id, Some(8219212));
    assert_eq!(all[0].ready_for_shipment, Some(false));
    let q = ReturnBookingsQuery {
        date_from: Some(datetime(2017, 5, 14, 0, 0, 0, 0)),
        ..Default::default()
    };
    let page = c.returns().unsynced_bookings(&q).await.unwrap();
    assert_eq!(page.bookings[0].reason_code.as_deref(), Some("damaged"));
    c.returns().flag_booked(8219212).await.unwrap();
}

#[tokio::test]
async fn refurbishment_get() {
    let s = server().await;
    expect("GET", "refurbishment/get")
        .and(query_param("sku", "PS4"))
        .and(query_param("explicitSerialNumber", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"history": [
            {"product": {"sku": "PS4", "productId": 45327}, "cellId": 1367,
             "cell": "KOM-01-02-02", "readyForShipment": true, "serialNumber": "old=>new",
             "attributes": [{"id": 91, "group": ""}], "date": "07.06.2017 20:53:30",
             "articleId": 81238, "options": [{"id": "t1", "value": true, "label": "Test"}]}
        ]})))
        .expect(1)
        .mount(&s)
        .await;
    let q = RefurbishmentQuery {
        sku: Some("PS4".into()),
        explicit_serial_number: Some(true),
        ..Default::default()
    };
    let all = client(&s).refurbishments().get_all(&q).await.unwrap();
    assert_eq!(all[0].cell.as_deref(), Some("KOM-01-02-02"));
    assert_eq!(all[0].date, Some(datetime(2017, 6, 7, 20, 53, 30, 0)));
    assert_eq!(all[0].options[0]["value"], true);
}

#[tokio::test]
async fn account_generic_interfaces() {
    let s = server().await;
    expect("GET", "user/genericInterfaces")
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"genericInterfaces": [
                {"_id": "if1", "wemalo": "w1", "syncInterval": 10, "interfaceName": "Interface_1",
                 "systemName": "amazon", "services": [{"notice": "", "service": "getOrders"}],
                 "attributes": [{"label": "userToken", "value": "very-secret-shop-token"}]}
            ]})),
        )
        .expect(1)
        .mount(&s)
        .await;
    let list = client(&s).account().generic_interfaces().await.unwrap();
    assert_eq!(list[0].id.as_deref(), Some("if1"));
    assert_eq!(list[0].services[0].service, "getOrders");
    assert!(!format!("{list:?}").contains("very-secret-shop-token"));
}

#[tokio::test]
async fn account_create_client() {
    let s = server().await;
    expect("POST", "client/new")
        .and(body_json(
            json!({"name": "shop1", "mail": "a@b.c", "companyName": "Shop GmbH",
                              "wemaloKey": "k-1"}),
        ))
        .respond_with(ok_json(json!({"clientId": 123, "password": "pw-secret-1"})))
        .expect(1)
        .mount(&s)
        .await;
    let new = NewClient {
        name: "shop1".into(),
        mail: "a@b.c".into(),
        company_name: "Shop GmbH".into(),
        wemalo_key: "k-1".into(),
    };
    assert!(!format!("{new:?}").contains("k-1"));
    let created = client(&s).account().create_client(&new).await.unwrap();
    assert_eq!(created.client_id, Some(123));
    assert_eq!(created.password.expose_secret(), "pw-secret-1");
    assert!(!format!("{created:?}").contains("pw-secret-1"));
}
