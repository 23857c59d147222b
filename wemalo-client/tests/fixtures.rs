//! Every shared fixture decodes, with the values tests rely on.

mod common;

use common::{shared_fixture, shared_fixture_path};
use rust_decimal_macros::dec;
use serde_json::Value;
use wemalo_client::*;

/// Decodes a success body the way the client does (envelope keys ignored).
fn decode<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let text = shared_fixture(name);
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de)
        .unwrap_or_else(|e| panic!("{name}: {} at {}", e.inner(), e.path()))
}

#[test]
fn every_shared_fixture_is_covered() {
    let dir = shared_fixture_path("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let covered = [
        "error-goodsOrder-add-unknown-product.response.json",
        "error-rate-limit-419.response.json",
        "goodsOrder-add.request.json",
        "goodsOrder-add.response.json",
        "goodsOrder-getStatus.cancelled.response.json",
        "goodsOrder-getStatus.inprocess.response.json",
        "goodsOrder-getStatus.open.response.json",
        "goodsOrder-getStatus.shipped.response.json",
        "goodsOrder-packages.shipped.response.json",
        "product-addMultiple.request.json",
        "product-addMultiple.response.json",
        "product-availableStock.response.json",
        "product-stock-reduced.response.json",
        "webhook-status_update.payload.json",
        "webhook-trackingnumber_added.payload.json",
    ];
    for n in &names {
        assert!(
            covered.contains(&n.as_str()),
            "fixture {n} has no test here"
        );
    }
}

#[test]
fn product_add_multiple_request() {
    #[derive(serde::Deserialize)]
    struct Body {
        products: Vec<Product>,
    }
    let b: Body = decode("product-addMultiple.request.json");
    let tea = &b.products[0];
    assert_eq!(tea.external_id, "NLT-1001");
    assert_eq!(tea.sku, "NLT-GRN-100");
    assert_eq!(tea.product_group, "tea");
    assert_eq!(tea.ean.as_deref(), Some("2012345000018"));
    assert_eq!(tea.height, Some(Centimeters(dec!(4.5))));
    assert_eq!(tea.net_weight, Some(Grams(100)));
    assert_eq!(tea.gross_weight, Some(Grams(135)));
    assert_eq!(tea.sales_price, Some(dec!(6.9)));
    assert_eq!(tea.purchase_price, Some(dec!(2.4)));
    assert_eq!(tea.customs_tariff_number.as_deref(), Some("09021000"));
    assert_eq!(tea.has_serial_number, Some(false));
    let mug = &b.products[1];
    assert_eq!(mug.depth_shipping, Some(Centimeters(dec!(14))));
    assert_eq!(mug.origin_country.as_deref(), Some("PT"));
    assert_eq!(mug.purchase_price, None);
}

#[test]
fn product_add_multiple_response() {
    let v: Value = decode("product-addMultiple.response.json");
    assert_eq!(v["Success"], true);
}

#[test]
fn goods_order_add_request() {
    let o: GoodsOrder = decode("goodsOrder-add.request.json");
    assert_eq!(o.meta.external_id, "SO-100042");
    assert_eq!(o.meta.order_number.as_deref(), Some("100042"));
    assert_eq!(o.meta.total, Some(dec!(27.8)));
    assert_eq!(o.meta.total_net, Some(dec!(24.66)));
    assert_eq!(o.meta.total_vat, Some(dec!(3.14)));
    assert_eq!(o.meta.dispatcher_profile.as_deref(), Some("flat_rate:1"));
    assert_eq!(o.meta.b2b, Some(false));
    assert_eq!(o.meta.blocked, Some(false));
    let r = &o.meta.receiver[0];
    assert_eq!(r.primary, Some(true));
    assert_eq!(r.name1, "Lena Beispiel");
    assert_eq!(r.street_number.as_deref(), Some("12a"));
    assert_eq!(r.country_code_2letter.as_deref(), Some("DE"));
    assert_eq!(r.customer_number.as_deref(), Some("C-7781"));
    assert_eq!(o.positions.len(), 2);
    assert_eq!(o.positions[0].quantity, dec!(2));
    assert_eq!(o.positions[0].total, Some(Cents(1290)));
    assert_eq!(o.positions[1].tax, Some(Cents(224)));
    assert_eq!(
        o.positions[1].external_position_identifier.as_deref(),
        Some("SO-100042-2")
    );
}

#[test]
fn goods_order_add_response() {
    let a: AddedGoodsOrder = decode("goodsOrder-add.response.json");
    assert_eq!(a.id, Some(WemaloOrderId(48213)));
}

#[test]
fn goods_order_statuses() {
    for (file, name, id) in [
        (
            "goodsOrder-getStatus.open.response.json",
            OrderStatusName::Open,
            48213,
        ),
        (
            "goodsOrder-getStatus.inprocess.response.json",
            OrderStatusName::InProcess,
            48213,
        ),
        (
            "goodsOrder-getStatus.shipped.response.json",
            OrderStatusName::Shipped,
            48213,
        ),
        (
            "goodsOrder-getStatus.cancelled.response.json",
            OrderStatusName::Cancelled,
            48214,
        ),
    ] {
        let s: OrderStatus = decode(file);
        assert_eq!(s.status_name.as_ref(), Some(&name), "{file}");
        assert_eq!(s.id, Some(WemaloOrderId(id)), "{file}");
        assert!(s.status_id.is_some());
        assert_eq!(s.block_reason, None);
    }
    let s: OrderStatus = decode("goodsOrder-getStatus.cancelled.response.json");
    assert_eq!(s.order_number.as_deref(), Some("100043"));
    assert!(s.status_name.unwrap().is_final());
}

#[test]
fn goods_order_packages() {
    #[derive(serde::Deserialize)]
    struct Body {
        packages: Vec<Package>,
    }
    let b: Body = decode("goodsOrder-packages.shipped.response.json");
    let p = &b.packages[0];
    assert_eq!(p.id, Some(ParcelId(90317)));
    assert_eq!(p.tracking_number.as_deref(), Some("00340434000000000001"));
    assert_eq!(p.profile_name.as_deref(), Some("DHL Paket National"));
    assert_eq!(p.weight_total, Some(Grams(1240)));
    assert_eq!(p.quantity_sum, Some(dec!(3)));
    assert_eq!(p.is_handed_over, Some(true));
    assert_eq!(p.items.len(), 2);
    assert_eq!(p.items[0].sku.as_deref(), Some("NLT-GRN-100"));
    assert_eq!(p.items[0].quantity, Some(dec!(2)));
}

#[test]
fn product_available_stock() {
    #[derive(serde::Deserialize)]
    struct Body {
        articles: Vec<AvailableStock>,
    }
    let b: Body = decode("product-availableStock.response.json");
    assert_eq!(b.articles[0].external_id.as_deref(), Some("NLT-1001"));
    assert_eq!(b.articles[0].total_quantity(), dec!(37));
    let mug = &b.articles[1];
    assert_eq!(mug.sku.as_deref(), Some("NLT-MUG-01"));
    assert_eq!(mug.id, Some(45332));
    assert_eq!(mug.attributes.len(), 2);
    assert_eq!(mug.total_quantity(), dec!(14));
    assert_eq!(mug.default_quantity(), dec!(13));
    assert_eq!(mug.attributes[1].external.as_deref(), Some("2"));
    assert_eq!(mug.virtual_quantity, Some(dec!(0)));
}

#[test]
fn product_stock_reduced() {
    let s: ReducedStock = decode("product-stock-reduced.response.json");
    assert_eq!(s.quantity, Some(dec!(14)));
    assert_eq!(s.not_reserved_quantity, Some(dec!(11)));
    assert_eq!(s.reserved_quantity(), Some(dec!(3)));
    assert_eq!(s.details[0].reserved, Some(dec!(3)));
    assert_eq!(s.details[0].attribute_english.as_deref(), Some("1. Choice"));
    assert_eq!(s.details[1].is_default, Some(false));
}

#[test]
fn error_bodies() {
    let v: Value = decode("error-goodsOrder-add-unknown-product.response.json");
    assert_eq!(v["status"], 404);
    let v: Value = decode("error-rate-limit-419.response.json");
    assert_eq!(v["status"], 419);
}

#[test]
fn webhook_payloads() {
    let body = shared_fixture("webhook-status_update.payload.json");
    let d = WebhookDelivery::parse(body.as_bytes()).unwrap();
    assert!(verify_webhook_token("nordlichttee483172", &d.token));
    assert_eq!(
        d.event(),
        WebhookEvent::StatusUpdate {
            order_id: Some(WemaloOrderId(48213)),
            external_id: Some("SO-100042".into()),
            order_number: Some("100042".into()),
            status_name: Some(OrderStatusName::Shipped),
        }
    );
    let body = shared_fixture("webhook-trackingnumber_added.payload.json");
    assert_eq!(
        parse_webhook(body.as_bytes()).unwrap(),
        WebhookEvent::TrackingNumberAdded {
            goods_order_id: Some(WemaloOrderId(48213)),
            goods_order_parcel_id: ParcelId(90317),
            goods_order_external_id: Some("SO-100042".into()),
        }
    );
}
