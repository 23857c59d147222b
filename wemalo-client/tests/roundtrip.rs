//! Models written by this crate read back to the same value (what the fake relies on).

use jiff::civil::{date, datetime};
use rust_decimal_macros::dec;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wemalo_client::*;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: T) {
    let json = serde_json::to_string(&value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(back, value, "{json}");
}

#[test]
fn defaults_round_trip() {
    round_trip(Product::default());
    round_trip(GoodsOrder::default());
    round_trip(OrderStatus::default());
    round_trip(Package::default());
    round_trip(AvailableStock::default());
    round_trip(ReducedStock::default());
    round_trip(GoodsReceipt::default());
    round_trip(ReturnAnnouncement::default());
    round_trip(SentPackagesPage::default());
    round_trip(StockBookingsPage::default());
    round_trip(RefurbishmentPage::default());
    round_trip(Document::default());
}

#[test]
fn filled_models_round_trip() {
    round_trip(Product {
        external_id: "P1".into(),
        sku: "S/1".into(),
        product_group: "g".into(),
        depth: Some(Centimeters(dec!(12.5))),
        volume: Some(dec!(1000)),
        gross_weight: Some(Grams(135)),
        sales_price: Some(dec!(6.90)),
        has_serial_number: Some(false),
        ..Default::default()
    });
    round_trip(GoodsOrder {
        meta: GoodsOrderMeta {
            external_id: "SO-1".into(),
            total: Some(dec!(27.80)),
            external_id_match: Some(ExternalIdMatch::Sku),
            expected_delivery_date: Some(date(2025, 3, 4)),
            b2b: Some(true),
            blocked: Some(false),
            fast_send_weight: Some(Grams(900)),
            priority: Some(1),
            receiver: vec![Receiver {
                primary: Some(true),
                name1: "Lena".into(),
                country_code_2letter: Some("DE".into()),
                ..Default::default()
            }],
            ..Default::default()
        },
        positions: vec![GoodsOrderPosition {
            external_id: "S/1".into(),
            quantity: dec!(2),
            total: Some(Cents(1290)),
            tax: Some(Cents(90)),
            ..Default::default()
        }],
    });
    round_trip(OrderStatus {
        status_id: Some("100".into()),
        status_name: Some(OrderStatusName::Other("ONHOLD".into())),
        reason_partially_reserved: Some("STOCK".into()),
        id: Some(WemaloOrderId(7)),
        ..Default::default()
    });
    round_trip(Package {
        id: Some(ParcelId(90317)),
        tracking_number: Some("T".into()),
        weight_total: Some(Grams(1240)),
        quantity_sum: Some(dec!(3)),
        is_handed_over: Some(true),
        items: vec![PackageItem {
            sku: Some("S".into()),
            quantity: Some(dec!(1)),
            ..Default::default()
        }],
        ..Default::default()
    });
    round_trip(ReducedStock {
        quantity: Some(dec!(14)),
        not_reserved_quantity: Some(dec!(11)),
        details: vec![StockDetail {
            reserved: Some(dec!(3)),
            ..Default::default()
        }],
    });
    round_trip(SentPackagesPage {
        page: Some(0),
        additional_page: Some(false),
        bookings: vec![SentPackageBooking {
            history_id: Some(1),
            booking_date: Some(datetime(2025, 3, 1, 8, 5, 9, 0)),
            count: Some(dec!(2)),
            ..Default::default()
        }],
    });
    round_trip(BookingReason::PackParcel);
    round_trip(BookingReason::Other("NEW_REASON".into()));
    round_trip(DocumentType::Other("INVOICE2".into()));
}
