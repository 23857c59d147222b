//! Receiving webhooks: token check and payload parsing.

mod common;

use common::{own_fixture, shared_fixture};
use secrecy::SecretString;
use wemalo_client::webhooks::{parse_webhook, verify_webhook_token, WebhookDelivery, WebhookEvent};
use wemalo_client::Error;

#[test]
fn right_token_accepted_wrong_and_empty_refused() {
    let body = shared_fixture("webhook-status_update.payload.json");
    let d = WebhookDelivery::parse(body.as_bytes()).unwrap();
    let expected = SecretString::from("nordlichttee483172".to_owned());
    assert!(verify_webhook_token(&expected, &d.token));
    assert!(!verify_webhook_token(&expected, "nordlichttee483173"));
    assert!(!verify_webhook_token(&expected, "nordlichttee48317"));
    assert!(!verify_webhook_token(&expected, ""));
    assert!(!verify_webhook_token("", ""));
    assert!(!verify_webhook_token("", &d.token));
    let no_token = WebhookDelivery::parse(br#"{"eventData":{"orderId":1}}"#).unwrap();
    assert!(!verify_webhook_token(&expected, &no_token.token));
}

#[test]
fn stock_change_is_kept_as_unknown() {
    let body = own_fixture("webhook-stock_change.payload.json");
    match parse_webhook(body.as_bytes()).unwrap() {
        WebhookEvent::Unknown(v) => assert_eq!(v["type"], "INCOMING_STOCK"),
        other => panic!("expected Unknown, got {other:?}"),
    }
}

#[test]
fn tracking_event_with_string_ids() {
    let e = parse_webhook(
        br#"{"token":"t","eventData":{"goodsOrderId":"48213","goodsOrderParcelId":"90317"}}"#,
    )
    .unwrap();
    assert!(matches!(
        e,
        WebhookEvent::TrackingNumberAdded {
            goods_order_parcel_id,
            goods_order_external_id: None,
            ..
        }
            if goods_order_parcel_id.0 == 90317
    ));
}

#[test]
fn broken_body_is_an_error_naming_the_path() {
    let err = parse_webhook(br#"{"token": 5, "eventData": "#).unwrap_err();
    assert!(matches!(err, Error::InvalidWebhook { .. }));
    let err = parse_webhook(br#"{"token": ["x"]}"#).unwrap_err();
    match err {
        Error::InvalidWebhook { path, .. } => assert_eq!(path, "token"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn debug_of_delivery_hides_token() {
    let body = shared_fixture("webhook-trackingnumber_added.payload.json");
    let d = WebhookDelivery::parse(body.as_bytes()).unwrap();
    assert!(!format!("{d:?}").contains("nordlichttee483172"));
}
