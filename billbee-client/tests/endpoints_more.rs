//! Wiremock tests for the operations beyond the core order/stock flow.

mod common;

use billbee_client::*;
use common::*;
use rust_decimal_macros::dec;
use serde_json::{json, Value};
use wiremock::matchers::{body_json, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockBuilder, MockServer, ResponseTemplate};

fn on(m: &str, p: &str) -> MockBuilder {
    authed(Mock::given(method(m)).and(path(format!("/api/v1{p}"))))
}

fn ok(v: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(envelope(v))
}

fn bare(v: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(v)
}

fn paged(items: Value) -> ResponseTemplate {
    let mut body = envelope(items);
    body["Paging"] = json!({"Page": 1, "TotalPages": 1, "TotalRows": 1, "PageSize": 50});
    ResponseTemplate::new(200).set_body_json(body)
}

async fn mount(server: &MockServer, mock: MockBuilder, answer: ResponseTemplate) {
    mock.respond_with(answer).expect(1).mount(server).await;
}

#[tokio::test]
async fn orders_find_by_partner() {
    let s = MockServer::start().await;
    mount(
        &s,
        on("GET", "/orders/find/10002/shopify"),
        ok(json!({"BillBeeOrderId": 1})),
    )
    .await;
    let v = client(&s).orders().find("10002", "shopify").await.unwrap();
    assert_eq!(v["BillBeeOrderId"], 1);
}

#[tokio::test]
async fn orders_invoices() {
    let s = MockServer::start().await;
    let m = on("GET", "/orders/invoices")
        .and(query_param("page", "1"))
        .and(query_param("includePositions", "true"))
        .and(query_param("minInvoiceDate", "2024-01-01T00:00:00Z"))
        .and(query_param("orderStateId", "4"))
        .and(query_param("tag", "x"));
    let invoice = json!([{"InvoiceNumber": "RE-4712", "TotalGross": 52.89, "BillbeeId": 5,
        "Positions": [{"Sku": "MUG", "Amount": 1.000, "ArticleBillbeeId": 100000000550002_i64}]}]);
    mount(&s, m, paged(invoice)).await;
    let page = client(&s)
        .orders()
        .invoices()
        .include_positions(true)
        .min_invoice_date("2024-01-01T00:00:00Z".parse().unwrap())
        .states([OrderState::Shipped])
        .tags(["x"])
        .send()
        .await
        .unwrap();
    let inv = &page.items[0];
    assert_eq!(inv.total_gross, Some(dec!(52.89)));
    assert_eq!(inv.billbee_id, Some(OrderId(5)));
    assert_eq!(inv.positions[0].article_billbee_id, Some(100000000550002));
}

#[tokio::test]
async fn orders_documents() {
    let s = MockServer::start().await;
    let note = on("POST", "/orders/CreateDeliveryNote/7")
        .and(query_param("includePdf", "true"))
        .and(query_param("sendToCloudId", "3"));
    mount(&s, note, ok(json!({"OrderNumber": "A"}))).await;
    let inv = on("POST", "/orders/CreateInvoice/7")
        .and(query_param("includeInvoicePdf", "false"))
        .and(query_param("templateId", "9"))
        .and(query_param_is_missing("sendToCloudId"));
    mount(
        &s,
        inv,
        ok(json!({"InvoiceNumber": "RE-1", "TotalGross": 10.5})),
    )
    .await;
    let c = client(&s);
    let v = c
        .orders()
        .create_delivery_note(OrderId(7), true, Some(3))
        .await
        .unwrap();
    assert_eq!(v["OrderNumber"], "A");
    let i = c
        .orders()
        .create_invoice(OrderId(7), false, Some(9), None)
        .await
        .unwrap();
    assert_eq!(i.invoice_number.as_deref(), Some("RE-1"));
    assert_eq!(i.total_gross, Some(dec!(10.5)));
}

#[tokio::test]
async fn orders_patchable_fields() {
    let s = MockServer::start().await;
    mount(
        &s,
        on("GET", "/orders/PatchableFields"),
        ok(json!(["SellerComment"])),
    )
    .await;
    let v = client(&s).orders().patchable_fields().await.unwrap();
    assert_eq!(v, json!(["SellerComment"]));
}

#[tokio::test]
async fn orders_messages_events_placeholders() {
    let s = MockServer::start().await;
    let send = on("POST", "/orders/8/send-message").and(body_json(json!({"SendMode": 1,
        "Subject": [{"Text": "Hallo", "LanguageCode": "DE"}], "AlternativeMail": "a@b.example"})));
    mount(&s, send, ok(json!({}))).await;
    let ev = on("POST", "/orders/8/trigger-event")
        .and(body_json(json!({"Name": "shipped", "DelayInMinutes": 5})));
    mount(&s, ev, ok(json!({}))).await;
    let parse = on("POST", "/orders/8/parse-placeholders").and(body_json(
        json!({"TextToParse": "[OrderNumber]", "IsHtml": false}),
    ));
    mount(&s, parse, bare(json!({"Result": "10002"}))).await;
    let msg = on("POST", "/orders/8/message")
        .and(body_json(json!({"IsInternal": true, "Text": "checked"})));
    mount(&s, msg, ok(json!({}))).await;
    let c = client(&s);
    let send = SendMessage {
        send_mode: Some(1),
        subject: vec![MultiLanguageString {
            text: Some("Hallo".into()),
            language_code: Some("DE".into()),
        }],
        alternative_mail: Some("a@b.example".into()),
        ..Default::default()
    };
    c.orders().send_message(OrderId(8), &send).await.unwrap();
    let ev = TriggerEvent {
        name: Some("shipped".into()),
        delay_in_minutes: Some(5),
    };
    c.orders().trigger_event(OrderId(8), &ev).await.unwrap();
    let p = ParsePlaceholders {
        text_to_parse: Some("[OrderNumber]".into()),
        is_html: Some(false),
        ..Default::default()
    };
    let parsed = c.orders().parse_placeholders(OrderId(8), &p).await.unwrap();
    assert_eq!(parsed.result.as_deref(), Some("10002"));
    let note = OrderMessage {
        is_internal: Some(true),
        text: Some("checked".into()),
        ..Default::default()
    };
    c.orders().add_message(OrderId(8), &note).await.unwrap();
}

#[tokio::test]
async fn products_delete_fields_categories() {
    let s = MockServer::start().await;
    mount(&s, on("DELETE", "/products/5"), ok(json!({}))).await;
    mount(
        &s,
        on("GET", "/products/PatchableFields"),
        ok(json!(["EAN"])),
    )
    .await;
    mount(
        &s,
        on("GET", "/products/category"),
        ok(json!([{"Id": 1, "Name": "Bekleidung"}])),
    )
    .await;
    let c = client(&s);
    c.products().delete(ProductId(5)).await.unwrap();
    assert_eq!(
        c.products().patchable_fields().await.unwrap(),
        json!(["EAN"])
    );
    assert_eq!(
        c.products().categories().await.unwrap()[0]["Name"],
        "Bekleidung"
    );
}

#[tokio::test]
async fn products_custom_fields() {
    let s = MockServer::start().await;
    let def = json!({"Id": 100000000210001_i64, "Name": "Lagerhinweis", "Type": 0,
        "IsNullable": true,
        "Configuration": {}});
    mount(
        &s,
        on("GET", "/products/custom-fields").and(query_param("page", "1")),
        paged(json!([def])),
    )
    .await;
    mount(
        &s,
        on("GET", "/products/custom-fields/100000000210001"),
        ok(def.clone()),
    )
    .await;
    let c = client(&s);
    let all = c.products().custom_fields().collect_all().await.unwrap();
    assert_eq!(all[0].name.as_deref(), Some("Lagerhinweis"));
    let one = c.products().custom_field(100000000210001).await.unwrap();
    assert_eq!(one.is_nullable, Some(true));
}

#[tokio::test]
async fn products_images() {
    let s = MockServer::start().await;
    let img = json!({"Id": 44, "Url": "https://img.example/1.jpg", "Position": 1, "IsDefault": true,
        "ArticleId": 5});
    mount(
        &s,
        on("GET", "/products/5/images"),
        ok(json!([img.clone()])),
    )
    .await;
    let put = on("PUT", "/products/5/images")
        .and(query_param("replace", "true"))
        .and(body_json(
            json!([{"Url": "https://img.example/1.jpg", "IsDefault": true}]),
        ));
    mount(&s, put, ok(json!([img.clone()]))).await;
    mount(&s, on("GET", "/products/5/images/44"), ok(img.clone())).await;
    let put_one = on("PUT", "/products/5/images/0").and(body_json(json!({"Position": 2})));
    mount(&s, put_one, ok(img.clone())).await;
    mount(&s, on("DELETE", "/products/5/images/44"), ok(json!({}))).await;
    mount(&s, on("GET", "/products/images/44"), ok(img.clone())).await;
    mount(&s, on("DELETE", "/products/images/44"), ok(json!({}))).await;
    let del = on("POST", "/products/images/delete").and(body_json(json!([44, 45])));
    mount(&s, del, ok(json!({"Deleted": [44], "NotFound": [45]}))).await;
    let c = client(&s);
    let p = ProductId(5);
    assert_eq!(c.products().images(p).await.unwrap()[0].id, Some(44));
    let new = ProductImage {
        url: Some("https://img.example/1.jpg".into()),
        is_default: Some(true),
        ..Default::default()
    };
    assert_eq!(
        c.products()
            .put_images(p, &[new], true)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        c.products()
            .image_of_product(p, 44)
            .await
            .unwrap()
            .article_id,
        Some(p)
    );
    let moved = ProductImage {
        position: Some(2),
        ..Default::default()
    };
    assert_eq!(
        c.products().put_image(p, 0, &moved).await.unwrap().id,
        Some(44)
    );
    c.products().delete_image_of_product(p, 44).await.unwrap();
    assert_eq!(c.products().image(44).await.unwrap().is_default, Some(true));
    c.products().delete_image(44).await.unwrap();
    let report = c.products().delete_images(&[44, 45]).await.unwrap();
    assert_eq!((report.deleted, report.not_found), (vec![44], vec![45]));
}

#[tokio::test]
async fn stock_update_stock_code() {
    let s = MockServer::start().await;
    let m = on("POST", "/products/updatestockcode").and(body_json(
        json!({"Sku": "MUG", "StockId": 301, "StockCode": "B-02-11"}),
    ));
    mount(&s, m, ok(json!({}))).await;
    let code = UpdateStockCode {
        sku: Some("MUG".into()),
        stock_id: Some(301),
        stock_code: Some("B-02-11".into()),
        ..Default::default()
    };
    client(&s).stock().update_stock_code(&code).await.unwrap();
}

#[tokio::test]
async fn shipments_other_operations() {
    let s = MockServer::start().await;
    mount(
        &s,
        on("GET", "/shipment/shippingcarriers"),
        bare(json!([{"Id": 2, "Name": "dhl"}])),
    )
    .await;
    mount(&s, on("GET", "/shipment/ping"), bare(json!({"Ok": true}))).await;
    let create = on("POST", "/shipment/shipment").and(body_json(json!({"ProviderName": "DHL",
        "WeightInGram": 900, "shippingCarrier": 2,
        "Dimension": {"length": 30, "width": 20, "height": 10},
        "ReceiverAddress": {"CountryCode": "DE", "Housenumber": "3"}})));
    mount(&s, create, ok(json!({"ShippingId": "X"}))).await;
    let label = on("POST", "/shipment/shipwithlabel").and(body_json(json!({"OrderId": 1,
        "ProviderId": 2, "ProductId": 3, "ChangeStateToSend": true, "WeightInGram": 900})));
    let label_result = json!({"OrderId": 1, "ShippingId": "0034", "LabelDataPdf": "JVBERi0=",
        "ShippingDate": "2024-03-05T10:00:00"});
    mount(&s, label, ok(label_result)).await;
    let list = on("GET", "/shipment/shipments")
        .and(query_param("orderId", "1"))
        .and(query_param("minimumShipmentId", "10"))
        .and(query_param("shippingProviderId", "7"))
        .and(query_param("createdAtMin", "2024-01-01T00:00:00Z"));
    mount(
        &s,
        list,
        paged(json!([{"BillbeeId": 11, "ShippingId": "0034", "ShipmentType": 0}])),
    )
    .await;
    let c = client(&s);
    assert_eq!(
        c.shipments().carriers().await.unwrap()[0].name.as_deref(),
        Some("dhl")
    );
    assert_eq!(c.shipments().ping().await.unwrap()["Ok"], true);
    let req = CreateShipment {
        provider_name: Some("DHL".into()),
        weight_in_gram: Some(dec!(900)),
        shipping_carrier: Some(2),
        dimension: Some(Dimensions {
            length: Some(dec!(30)),
            width: Some(dec!(20)),
            height: Some(dec!(10)),
        }),
        receiver_address: Some(ShipmentAddress {
            country_code: Some("DE".into()),
            housenumber: Some("3".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(c.shipments().create(&req).await.unwrap()["ShippingId"], "X");
    let label = ShipWithLabel {
        order_id: Some(OrderId(1)),
        provider_id: Some(2),
        product_id: Some(3),
        change_state_to_send: Some(true),
        weight_in_gram: Some(900),
        ..Default::default()
    };
    let r = c.shipments().ship_with_label(&label).await.unwrap();
    assert_eq!(r.label_data_pdf.as_deref(), Some("JVBERi0="));
    let page = c
        .shipments()
        .list()
        .order_id(OrderId(1))
        .minimum_shipment_id(10)
        .shipping_provider_id(7)
        .created_at_min("2024-01-01T00:00:00Z".parse().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].billbee_id, Some(11));
}

fn customer() -> Value {
    json!({"Id": 100000000700002_i64, "Name": "Platzhalter GmbH", "Number": 10002,
        "MetaData": [{"Id": 1, "TypeId": 1, "Value": "einkauf@platzhalter.example"}]})
}

fn address() -> Value {
    json!({"Id": 31, "CustomerId": 100000000700002_i64, "AddressType": 1, "City": "Köln",
        "Housenumber": "5a"})
}

#[tokio::test]
async fn customers_all_operations() {
    let s = MockServer::start().await;
    mount(
        &s,
        on("GET", "/customers").and(query_param("page", "1")),
        paged(json!([customer()])),
    )
    .await;
    let create = on("POST", "/customers").and(body_json(json!({"Name": "Neu",
        "Address": {"City": "Köln", "AddressType": 1}})));
    mount(&s, create, ok(customer())).await;
    mount(&s, on("GET", "/customers/100000000700002"), ok(customer())).await;
    let update =
        on("PUT", "/customers/100000000700002").and(body_json(json!({"Name": "Neu GmbH"})));
    mount(&s, update, ok(customer())).await;
    let orders = on("GET", "/customers/100000000700002/orders").and(query_param("pageSize", "10"));
    let short = json!([{"Id": 1, "ExternalId": "10002", "OrderStateId": 4, "TotalGross": 90.29}]);
    mount(&s, orders, paged(short)).await;
    let addrs = on("GET", "/customers/100000000700002/addresses");
    mount(&s, addrs, paged(json!([address()]))).await;
    let add =
        on("POST", "/customers/100000000700002/addresses").and(body_json(json!({"City": "Köln"})));
    mount(&s, add, ok(address())).await;
    mount(&s, on("GET", "/customers/addresses/31"), ok(address())).await;
    let upd = on("PUT", "/customers/addresses/31").and(body_json(json!({"Zip": "50667"})));
    mount(&s, upd, ok(address())).await;
    let patch = on("PATCH", "/customers/addresses/31").and(body_json(json!({"Tel1": "+49"})));
    mount(&s, patch, ok(address())).await;

    let c = client(&s);
    let all = c.customers().list().collect_all().await.unwrap();
    assert_eq!(all[0].number, Some(10002));
    assert_eq!(all[0].meta_data[0].type_id, Some(1));
    let new = NewCustomer {
        name: Some("Neu".into()),
        address: Some(CustomerAddress {
            city: Some("Köln".into()),
            address_type: Some(1),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(
        c.customers().create(&new).await.unwrap().id,
        Some(100000000700002)
    );
    assert_eq!(
        c.customers()
            .get(100000000700002)
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("Platzhalter GmbH")
    );
    let changed = Customer {
        name: Some("Neu GmbH".into()),
        ..Default::default()
    };
    c.customers()
        .update(100000000700002, &changed)
        .await
        .unwrap();
    let orders = c
        .customers()
        .orders(100000000700002)
        .page_size(10)
        .send()
        .await
        .unwrap();
    assert_eq!(orders.items[0].total_gross, Some(dec!(90.29)));
    let addrs = c
        .customers()
        .addresses(100000000700002)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(addrs[0].housenumber.as_deref(), Some("5a"));
    let a = CustomerAddress {
        city: Some("Köln".into()),
        ..Default::default()
    };
    assert_eq!(
        c.customers()
            .add_address(100000000700002, &a)
            .await
            .unwrap()
            .id,
        Some(31)
    );
    assert_eq!(
        c.customers().address(31).await.unwrap().city.as_deref(),
        Some("Köln")
    );
    let zip = CustomerAddress {
        zip: Some("50667".into()),
        ..Default::default()
    };
    c.customers().update_address(31, &zip).await.unwrap();
    let mut fields = serde_json::Map::new();
    fields.insert("Tel1".into(), "+49".into());
    c.customers().patch_address(31, &fields).await.unwrap();
}

#[tokio::test]
async fn customer_addresses_all_operations() {
    let s = MockServer::start().await;
    mount(
        &s,
        on("GET", "/customer-addresses").and(query_param("page", "1")),
        paged(json!([address()])),
    )
    .await;
    let create = on("POST", "/customer-addresses").and(body_json(
        json!({"CustomerId": 100000000700002_i64, "City": "Köln"}),
    ));
    mount(&s, create, ok(address())).await;
    mount(&s, on("GET", "/customer-addresses/31"), ok(address())).await;
    let upd = on("PUT", "/customer-addresses/31").and(body_json(json!({"Street": "Hauptstraße"})));
    mount(&s, upd, ok(address())).await;
    let c = client(&s);
    assert_eq!(
        c.customer_addresses()
            .list()
            .send()
            .await
            .unwrap()
            .items
            .len(),
        1
    );
    let a = CustomerAddress {
        customer_id: Some(100000000700002),
        city: Some("Köln".into()),
        ..Default::default()
    };
    assert_eq!(
        c.customer_addresses().create(&a).await.unwrap().id,
        Some(31)
    );
    assert_eq!(
        c.customer_addresses().get(31).await.unwrap().address_type,
        Some(1)
    );
    let street = CustomerAddress {
        street: Some("Hauptstraße".into()),
        ..Default::default()
    };
    c.customer_addresses().update(31, &street).await.unwrap();
}

#[tokio::test]
async fn enums_are_bare_lists() {
    let s = MockServer::start().await;
    for p in [
        "paymenttypes",
        "shippingcarriers",
        "accountsyncstate",
        "shopaccounttype",
        "shipmenttypes",
        "orderstates",
    ] {
        mount(
            &s,
            on("GET", &format!("/enums/{p}")),
            bare(json!([{"Id": 1, "Name": p}])),
        )
        .await;
    }
    let c = client(&s);
    let e = c.enums();
    let lists = [
        e.payment_types().await.unwrap(),
        e.shipping_carriers().await.unwrap(),
        e.account_sync_states().await.unwrap(),
        e.shop_account_types().await.unwrap(),
        e.shipment_types().await.unwrap(),
        e.order_states().await.unwrap(),
    ];
    let names: Vec<_> = lists.iter().map(|l| l[0].name.clone().unwrap()).collect();
    assert_eq!(
        names,
        [
            "paymenttypes",
            "shippingcarriers",
            "accountsyncstate",
            "shopaccounttype",
            "shipmenttypes",
            "orderstates"
        ]
    );
}

#[tokio::test]
async fn events_list() {
    let s = MockServer::start().await;
    let m = on("GET", "/events")
        .and(query_param("minDate", "2024-01-01T00:00:00Z"))
        .and(query_param("orderId", "5"))
        .and(query_param("pageSize", "250"));
    let ev = json!([{"Id": 1, "Created": "2022-07-16T09:56:01.903", "TypeId": 15, "OrderId": 5}]);
    let answer = paged(ev);
    m.and(|req: &wiremock::Request| {
        req.url
            .query()
            .is_some_and(|q| q.contains("typeId=15&typeId=24"))
    })
    .respond_with(answer)
    .expect(1)
    .mount(&s)
    .await;
    let page = client(&s)
        .events()
        .list()
        .min_date("2024-01-01T00:00:00Z".parse().unwrap())
        .order_id(OrderId(5))
        .type_ids([15, 24])
        .page_size(250)
        .send()
        .await
        .unwrap();
    assert_eq!(page.items[0].order_id, Some(OrderId(5)));
    assert_eq!(
        page.items[0].created.unwrap().to_string(),
        "2022-07-16T09:56:01.903"
    );
}

#[tokio::test]
async fn search_layouts_shops_storages_provisioning() {
    let s = MockServer::start().await;
    let search = on("POST", "/search").and(body_json(
        json!({"Type": ["order"], "Term": "Platz", "SearchMode": 0}),
    ));
    mount(
        &s,
        search,
        ok(json!({"Orders": [{"Id": 5, "ExternalReference": "10002"}], "Products": null})),
    )
    .await;
    mount(
        &s,
        on("GET", "/layouts"),
        ok(json!([{"Id": 1, "Name": "Rechnung", "Type": 0}])),
    )
    .await;
    mount(
        &s,
        on("GET", "/shopaccounts"),
        paged(
            json!([{"Id": 123456, "Name": "Demo-Shop", "AccountType": 71,
        "LastSyncDate": "2024-03-05T10:00:00"}]),
        ),
    )
    .await;
    mount(
        &s,
        on("GET", "/cloudstorages"),
        ok(json!([{"Id": 3, "Name": "Drive", "UsedAsPrinter": false}])),
    )
    .await;
    let acc = on("POST", "/automaticprovision/createaccount").and(body_json(
        json!({"EMail": "new@example.com", "AcceptTerms": true}),
    ));
    mount(&s, acc, ok(json!({"UserId": 1}))).await;
    mount(
        &s,
        on("GET", "/automaticprovision/termsinfo"),
        ok(json!({"LinkToTermsWebPage": "x"})),
    )
    .await;
    let c = client(&s);
    let q = SearchRequest {
        r#type: vec!["order".into()],
        term: Some("Platz".into()),
        search_mode: Some(0),
    };
    let hits = c.search().query(&q).await.unwrap();
    assert_eq!(hits.orders[0].external_reference.as_deref(), Some("10002"));
    assert!(hits.products.is_empty());
    assert_eq!(
        c.layouts().list().await.unwrap()[0].name.as_deref(),
        Some("Rechnung")
    );
    let shops = c.shop_accounts().list().collect_all().await.unwrap();
    assert_eq!(shops[0].account_type, Some(71));
    assert_eq!(
        c.cloud_storages().list().await.unwrap()[0].used_as_printer,
        Some(false)
    );
    let acc = CreateAccount {
        email: Some("new@example.com".into()),
        accept_terms: Some(true),
        ..Default::default()
    };
    assert_eq!(
        c.provisioning().create_account(&acc).await.unwrap()["UserId"],
        1
    );
    assert_eq!(
        c.provisioning().terms_info().await.unwrap()["LinkToTermsWebPage"],
        "x"
    );
}
