//! Same input, same plan: a property test over generated shops.

use billbee_client::{
    Address, Order, OrderId, OrderItem, OrderState, Product, ProductId, ProductType, SoldProduct,
};
use billbee_wemalo_sync::{plan_cycle, SentParcel, SyncConfig, SyncInputs, SyncState};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn arb_product() -> impl Strategy<Value = Product> {
    (
        1i64..40,
        "[A-Z]{1,3}( /)?[0-9]{0,2}",
        proptest::option::of("[0-9]{3,5}"),
        0u8..3,
        0i64..50,
    )
        .prop_map(|(id, sku, ean, kind, stock)| Product {
            id: Some(ProductId(id)),
            r#type: Some(if kind == 2 {
                ProductType::Bundle
            } else {
                ProductType::Product
            }),
            sku: Some(sku),
            ean,
            stock_current: Some(Decimal::from(stock)),
            ..Product::default()
        })
}

fn arb_order() -> impl Strategy<Value = Order> {
    (
        1i64..60,
        prop_oneof![Just(3), Just(8), Just(1)],
        proptest::collection::vec((1i64..40, 1i64..5), 0..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(id, state, lines, tagged, country)| Order {
            billbee_order_id: Some(OrderId(id)),
            state: Some(OrderState::from(state)),
            tags: if tagged {
                vec!["wemalo".into()]
            } else {
                Vec::new()
            },
            shipping_address: Some(Address {
                first_name: Some("A".into()),
                street: Some("S 1".into()),
                zip: Some("1".into()),
                city: Some("C".into()),
                country_iso2: country.then(|| "DE".to_string()),
                ..Address::default()
            }),
            order_items: lines
                .into_iter()
                .map(|(p, q)| OrderItem {
                    product: Some(SoldProduct {
                        billbee_id: Some(ProductId(p)),
                        ..SoldProduct::default()
                    }),
                    quantity: Some(Decimal::from(q)),
                    ..OrderItem::default()
                })
                .collect(),
            ..Order::default()
        })
}

fn arb_inputs() -> impl Strategy<Value = SyncInputs> {
    (
        proptest::collection::vec(arb_product(), 0..20),
        proptest::collection::vec(arb_order(), 0..20),
        proptest::collection::vec((1i64..60, "[0-9]{4}", any::<bool>()), 0..6),
    )
        .prop_map(|(products, orders, parcels)| SyncInputs {
            products,
            orders,
            sent_parcels: parcels
                .into_iter()
                .map(|(o, t, c)| SentParcel {
                    external_order_id: o.to_string(),
                    tracking_number: Some(t),
                    carrier: None,
                    order_complete: c,
                })
                .collect(),
            ..SyncInputs::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn the_same_input_gives_the_same_plan(inputs in arb_inputs()) {
        let config = SyncConfig { require_ean: false, ..SyncConfig::default() };
        let first = plan_cycle(&inputs, &SyncState::new(), &config);
        let second = plan_cycle(&inputs, &SyncState::new(), &config);
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(&first.next_state, &second.next_state);
        // Planning again from the state after success sends nothing to Wemalo twice.
        let again = plan_cycle(&inputs, &first.next_state, &config);
        let creates = again.actions().filter(|a| matches!(a,
            billbee_wemalo_sync::Action::TransferOrder { .. }
            | billbee_wemalo_sync::Action::CreateProducts { .. }
            | billbee_wemalo_sync::Action::AddShipment { .. })).count();
        prop_assert_eq!(creates, 0);
    }
}
