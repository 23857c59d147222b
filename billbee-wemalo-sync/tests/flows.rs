//! The five flows as pure functions: each test gives inputs and a state and checks the plan.

use billbee_client::{
    Address, Order, OrderId, OrderItem, OrderState, Product, ProductId, ProductStock, ProductType,
    SoldProduct,
};
use billbee_wemalo_sync::flows::{plan_cancellations, plan_orders, plan_shipments, plan_stock};
use billbee_wemalo_sync::{
    follow_ups, Action, Finding, OrderStage, Outcome, ProductRecord, SentParcel, SyncConfig,
    SyncInputs, SyncState, TagPurpose,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use wemalo_client::{AvailableStock, StockAttribute};

fn product(id: i64, sku: &str, current: Decimal, unfulfilled: Decimal) -> Product {
    Product {
        id: Some(ProductId(id)),
        r#type: Some(ProductType::Product),
        sku: Some(sku.into()),
        ean: Some(format!("200{id}")),
        stock_current: Some(current),
        stocks: vec![ProductStock {
            stock_id: Some(1),
            stock_current: Some(current),
            unfulfilled_amount: Some(unfulfilled),
            ..ProductStock::default()
        }],
        ..Product::default()
    }
}

fn warehouse(ext: &str, quantity: Decimal) -> AvailableStock {
    AvailableStock {
        external_id: Some(ext.into()),
        attributes: vec![StockAttribute {
            quantity,
            ..StockAttribute::default()
        }],
        ..AvailableStock::default()
    }
}

fn known(state: &mut SyncState, ext: &str, sku: &str) {
    state.products.insert(
        ext.into(),
        ProductRecord {
            sku: sku.into(),
            ean: None,
            fingerprint: "x".into(),
        },
    );
}

fn order(id: i64, state: OrderState, tags: &[&str]) -> Order {
    Order {
        billbee_order_id: Some(OrderId(id)),
        state: Some(state),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        shipping_address: Some(Address {
            first_name: Some("Lena".into()),
            last_name: Some("Beispiel".into()),
            street: Some("Hauptstraße 1".into()),
            zip: Some("20095".into()),
            city: Some("Hamburg".into()),
            country_iso2: Some("DE".into()),
            ..Address::default()
        }),
        order_items: vec![OrderItem {
            billbee_id: Some(1),
            product: Some(SoldProduct {
                billbee_id: Some(ProductId(7)),
                sku: Some("TEA/1".into()),
                ..SoldProduct::default()
            }),
            quantity: Some(dec!(29)),
            ..OrderItem::default()
        }],
        ..Order::default()
    }
}

fn stock_changes(actions: &[Action]) -> Vec<(String, Decimal)> {
    actions
        .iter()
        .flat_map(|a| match a {
            Action::SetStock { changes } => changes
                .iter()
                .map(|c| (c.sku.clone(), c.to))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn stock_80_on_hand_29_reserved_for_an_open_order_offers_51() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    let progress = state.order_mut(OrderId(1));
    progress.stage = OrderStage::Transferred;
    progress.quantities.insert("7".into(), dec!(29));
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(29))],
        warehouse_stock: vec![warehouse("7", dec!(80))],
        ..SyncInputs::default()
    };
    let plan = plan_stock(&inputs, &state, &SyncConfig::default());
    assert_eq!(
        stock_changes(&plan.actions),
        vec![("TEA/1".to_string(), dec!(51))]
    );
}

#[test]
fn stock_already_sent_by_the_warehouse_is_not_subtracted_twice() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    let progress = state.order_mut(OrderId(1));
    progress.stage = OrderStage::Transferred;
    progress.quantities.insert("7".into(), dec!(29));
    progress.warehouse_shipped = true;
    // Wemalo shipped the 29 (on hand 51) while Billbee still counts them unfulfilled.
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(29))],
        warehouse_stock: vec![warehouse("7", dec!(51))],
        ..SyncInputs::default()
    };
    let plan = plan_stock(&inputs, &state, &SyncConfig::default());
    assert_eq!(
        stock_changes(&plan.actions),
        vec![("TEA/1".to_string(), dec!(51))]
    );
}

#[test]
fn stock_zero_is_written_negative_is_clamped_and_unchanged_is_left_alone() {
    let mut state = SyncState::new();
    for (ext, sku) in [("1", "ZERO"), ("2", "NEG"), ("3", "SAME")] {
        known(&mut state, ext, sku);
    }
    let inputs = SyncInputs {
        products: vec![
            product(1, "ZERO", dec!(5), dec!(0)),
            product(2, "NEG", dec!(5), dec!(9)),
            product(3, "SAME", dec!(12.000), dec!(0)),
        ],
        warehouse_stock: vec![
            warehouse("1", dec!(0)),
            warehouse("2", dec!(4)),
            warehouse("3", dec!(12)),
        ],
        ..SyncInputs::default()
    };
    let plan = plan_stock(&inputs, &state, &SyncConfig::default());
    assert_eq!(
        stock_changes(&plan.actions),
        vec![("ZERO".to_string(), dec!(0)), ("NEG".to_string(), dec!(0))]
    );
    assert_eq!(
        plan.findings,
        vec![Finding::NegativeStock {
            sku: "NEG".into(),
            computed: dec!(-5)
        }]
    );
    // What was written is remembered; the unchanged quantity was not written.
    assert_eq!(plan.next_state.pushed_stock.get("ZERO"), Some(&dec!(0)));
    assert_eq!(plan.next_state.pushed_stock.get("SAME"), None);
}

#[test]
fn an_eligible_order_is_transferred_then_tagged_once() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    let config = SyncConfig::default();
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(0))],
        orders: vec![
            order(1, OrderState::Paid, &["wemalo"]),
            order(2, OrderState::Paid, &["other"]),
            order(3, OrderState::Ordered, &["wemalo"]),
            order(4, OrderState::Paid, &["Wemalo", "order_received_by_wemalo"]),
        ],
        ..SyncInputs::default()
    };
    let plan = plan_orders(&inputs, &state, &config);
    assert_eq!(plan.actions.len(), 1);
    let Action::TransferOrder {
        order_id,
        goods_order,
    } = &plan.actions[0]
    else {
        panic!("{:?}", plan.actions)
    };
    assert_eq!(*order_id, OrderId(1));
    assert_eq!(goods_order.meta.external_id, "1");
    let follow = follow_ups(&plan.actions[0], &Outcome::Done(Some(48213)), &config);
    assert_eq!(
        follow,
        vec![Action::AddTag {
            order_id: OrderId(1),
            tag: "order_received_by_wemalo".into(),
            purpose: TagPurpose::Received
        }]
    );
    let next = &plan.next_state.orders[&OrderId(1)];
    assert_eq!(next.stage, OrderStage::Transferred);
    assert!(next.received_tagged);
    // Once Billbee shows the tag, the next plan does nothing.
    let mut tagged = inputs.clone();
    tagged.orders = vec![order(
        1,
        OrderState::Paid,
        &["wemalo", "order_received_by_wemalo"],
    )];
    assert!(plan_orders(&tagged, &plan.next_state, &config)
        .actions
        .is_empty());
}

#[test]
fn removing_the_received_tag_sends_the_order_again_as_an_update() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    let config = SyncConfig::default();
    let mut inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(0))],
        orders: vec![order(1, OrderState::Paid, &["wemalo"])],
        ..SyncInputs::default()
    };
    let first = plan_orders(&inputs, &state, &config);
    state = first.next_state;
    // The merchant changes the quantity and removes the tag.
    let mut changed = order(1, OrderState::Paid, &["wemalo"]);
    changed.order_items[0].quantity = Some(dec!(30));
    inputs.orders = vec![changed];
    let plan = plan_orders(&inputs, &state, &config);
    assert!(
        matches!(plan.actions[..], [Action::RetransferOrder { .. }]),
        "{:?}",
        plan.actions
    );
    // Refused once Wemalo processes it: the tag is restored and the refusal marked.
    let refused = follow_ups(
        &plan.actions[0],
        &Outcome::Refused("INPICKING".into()),
        &config,
    );
    let tags: Vec<_> = refused
        .iter()
        .map(|a| match a {
            Action::AddTag { tag, .. } => tag.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        tags,
        vec!["order_received_by_wemalo", "wemalo_change_refused"]
    );
    // Removing the tag without a change only restores the tag.
    inputs.orders = vec![order(1, OrderState::Paid, &["wemalo"])];
    let unchanged = plan_orders(&inputs, &state, &config);
    assert!(
        matches!(
            unchanged.actions[..],
            [Action::AddTag {
                purpose: TagPurpose::Received,
                ..
            }]
        ),
        "{:?}",
        unchanged.actions
    );
}

#[test]
fn an_order_that_cannot_go_is_held_tagged_once_and_reported() {
    let state = SyncState::new();
    let config = SyncConfig::default();
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(0))],
        orders: vec![order(1, OrderState::Paid, &["wemalo"])],
        ..SyncInputs::default()
    };
    // Product 7 is not in Wemalo (state knows no products).
    let plan = plan_orders(&inputs, &state, &config);
    assert!(matches!(
        plan.actions[..],
        [Action::HoldOrder { set_tag: true, .. }]
    ));
    assert!(matches!(plan.findings[..], [Finding::OrderHeld { .. }]));
    // Held again for the same reason and already marked: reported, nothing to do.
    let again = plan_orders(&inputs, &plan.next_state, &config);
    assert!(again.actions.is_empty(), "{:?}", again.actions);
    assert!(matches!(again.findings[..], [Finding::OrderHeld { .. }]));
}

#[test]
fn cancellation_before_picking_cancels_and_after_picking_marks_the_refusal() {
    let mut state = SyncState::new();
    state.order_mut(OrderId(1)).stage = OrderStage::Transferred;
    state.order_mut(OrderId(2)).stage = OrderStage::Pending;
    let config = SyncConfig::default();
    let inputs = SyncInputs {
        orders: vec![
            order(1, OrderState::Cancelled, &["wemalo"]),
            order(2, OrderState::Cancelled, &["wemalo"]),
        ],
        ..SyncInputs::default()
    };
    let plan = plan_cancellations(&inputs, &state, &config);
    assert_eq!(
        plan.actions,
        vec![Action::CancelOrder {
            order_id: OrderId(1)
        }]
    );
    let ok = follow_ups(&plan.actions[0], &Outcome::Done(None), &config);
    assert!(matches!(&ok[..], [Action::AddTag { tag, .. }] if tag == &config.cancelled_tag));
    let refused = follow_ups(
        &plan.actions[0],
        &Outcome::Refused("picking".into()),
        &config,
    );
    assert!(matches!(&refused[..], [Action::AddTag { tag, .. }] if tag == "wemalo_cancel_refused"));
    let mut after = state.clone();
    after.record(&plan.actions[0], &Outcome::Refused("picking".into()));
    assert_eq!(after.orders[&OrderId(1)].stage, OrderStage::CancelRefused);
    assert!(!after.orders[&OrderId(1)].cancelled_tagged);
}

#[test]
fn two_parcels_and_a_replay_give_two_shipments_then_shipped_once() {
    let mut state = SyncState::new();
    state.order_mut(OrderId(1)).stage = OrderStage::Transferred;
    let config = SyncConfig::default();
    let parcel = |t: &str, complete| SentParcel {
        external_order_id: "1".into(),
        tracking_number: Some(t.into()),
        carrier: Some("DHL Paket".into()),
        order_complete: complete,
    };
    let inputs = SyncInputs {
        sent_parcels: vec![parcel("A1", false), parcel("B2", true), parcel("A1", false)],
        ..SyncInputs::default()
    };
    let plan = plan_shipments(&inputs, &state, &config);
    let kinds: Vec<_> = plan
        .actions
        .iter()
        .map(|a| match a {
            Action::AddShipment {
                tracking_number,
                shipment,
                ..
            } => {
                assert_eq!(shipment.carrier_id, Some(2));
                tracking_number.clone()
            }
            Action::MarkShipped { .. } => "shipped".to_string(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(kinds, vec!["A1", "B2", "shipped"]);
    // The same parcels again: nothing more.
    let replay = plan_shipments(&inputs, &plan.next_state, &config);
    assert!(replay.actions.is_empty(), "{:?}", replay.actions);
}

#[test]
fn a_plan_survives_being_stored_as_json() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(0))],
        orders: vec![order(1, OrderState::Paid, &["wemalo"])],
        warehouse_stock: vec![warehouse("7", dec!(3))],
        ..SyncInputs::default()
    };
    let plan = billbee_wemalo_sync::plan_cycle(&inputs, &state, &SyncConfig::default());
    let actions: Vec<Action> = plan.actions().cloned().collect();
    assert_eq!(actions.len(), 3, "update, transfer, stock: {actions:?}");
    let text = serde_json::to_string(&actions).unwrap();
    assert!(text.contains(r#""action":"transfer_order""#), "{text}");
    let back: Vec<Action> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, actions);
}

#[test]
fn a_create_left_in_doubt_is_settled_even_when_the_tag_landed() {
    let mut state = SyncState::new();
    known(&mut state, "7", "TEA/1");
    state.order_mut(OrderId(1)).stage = OrderStage::Sending;
    let inputs = SyncInputs {
        products: vec![product(7, "TEA/1", dec!(0), dec!(0))],
        orders: vec![order(
            1,
            OrderState::Paid,
            &["wemalo", "order_received_by_wemalo"],
        )],
        ..SyncInputs::default()
    };
    let plan = plan_orders(&inputs, &state, &SyncConfig::default());
    assert!(
        matches!(plan.actions[..], [Action::TransferOrder { .. }]),
        "{:?}",
        plan.actions
    );
}
