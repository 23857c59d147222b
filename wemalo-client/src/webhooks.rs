//! Receiving Wemalo's webhook calls: parse the body, check the shared token.
//!
//! Wemalo POSTs `{"token": "<your secret>", "eventData": {...}}` to the URL you
//! registered with [`Webhooks::register`](crate::api::Webhooks::register). It carries no
//! event name and no signature, so the token is the only proof of origin: compare it
//! with [`verify_webhook_token`] (constant time) before acting, and answer 403 on a
//! mismatch. Wemalo waits up to 10 s for a 2xx answer and retries later otherwise.
//!
//! ```
//! use wemalo_client::webhooks::{verify_webhook_token, WebhookDelivery, WebhookEvent};
//!
//! let body = br#"{"token":"s3cret","eventData":{"orderId":48213,"externalId":"SO-1",
//!                 "orderNumber":"1","statusName":"SHIPPED"}}"#;
//! let delivery = WebhookDelivery::parse(body).unwrap();
//! assert!(verify_webhook_token("s3cret", &delivery.token));
//! match delivery.event() {
//!     WebhookEvent::StatusUpdate { external_id, status_name, .. } => {
//!         println!("{external_id:?} is now {status_name:?}");
//!     }
//!     WebhookEvent::TrackingNumberAdded { goods_order_parcel_id, .. } => {
//!         // fetch the number: client.goods_orders().tracking_number(goods_order_parcel_id)
//!         let _ = goods_order_parcel_id;
//!     }
//!     WebhookEvent::Unknown(data) => println!("unhandled event {data}"),
//! }
//! ```

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use subtle::ConstantTimeEq;

use crate::error::{snippet, Error, Result};
use crate::models::OrderStatusName;
use crate::serde_util::{de_opt_string, de_string};
use crate::types::{ParcelId, WemaloOrderId};

/// One webhook call as Wemalo sends it: the shared token and the event data.
#[derive(Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookDelivery {
    /// The token given at registration; check it with [`verify_webhook_token`].
    #[serde(default, deserialize_with = "de_string")]
    pub token: String,
    /// The event's fields, as sent.
    #[serde(default)]
    pub event_data: Value,
}

impl fmt::Debug for WebhookDelivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookDelivery")
            .field("token", &"[redacted]")
            .field("event_data", &self.event_data)
            .finish()
    }
}

/// What a webhook call reports, told apart by the keys of `eventData`.
#[derive(Clone, Debug, PartialEq)]
pub enum WebhookEvent {
    /// `status_update`: a goods order changed state.
    StatusUpdate {
        /// Wemalo's internal order id.
        order_id: Option<WemaloOrderId>,
        /// Your external order id.
        external_id: Option<String>,
        /// Order number.
        order_number: Option<String>,
        /// The new state (sent by Wemalo, though the apidoc does not list it).
        status_name: Option<OrderStatusName>,
    },
    /// `trackingnumber_added`: a parcel got a tracking number. The event does not carry
    /// the number; fetch it with `GoodsOrders::tracking_number(goods_order_parcel_id)`.
    TrackingNumberAdded {
        /// Wemalo's internal order id.
        goods_order_id: Option<WemaloOrderId>,
        /// The parcel that got the number.
        goods_order_parcel_id: ParcelId,
        /// Your external order id.
        goods_order_external_id: Option<String>,
    },
    /// Any other event (`stock_change`, `refurbishment_action`, future ones): the
    /// `eventData` object as sent.
    Unknown(Value),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StatusData {
    #[serde(default)]
    order_id: Option<WemaloOrderId>,
    #[serde(default, deserialize_with = "de_opt_string")]
    external_id: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    order_number: Option<String>,
    #[serde(default, deserialize_with = "de_opt_string")]
    status_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TrackingData {
    #[serde(default)]
    goods_order_id: Option<WemaloOrderId>,
    goods_order_parcel_id: ParcelId,
    #[serde(default, deserialize_with = "de_opt_string")]
    goods_order_external_id: Option<String>,
}

impl WebhookDelivery {
    /// Parses a webhook request body.
    pub fn parse(body: &[u8]) -> Result<WebhookDelivery> {
        let mut de = serde_json::Deserializer::from_slice(body);
        serde_path_to_error::deserialize(&mut de).map_err(|e| Error::InvalidWebhook {
            path: e.path().to_string(),
            snippet: snippet(body),
            source: e.into_inner(),
        })
    }

    /// Classifies `event_data`. Data that looks like a known event but does not fit
    /// its shape is returned as [`WebhookEvent::Unknown`], never dropped.
    pub fn event(&self) -> WebhookEvent {
        let data = &self.event_data;
        let has = |k: &str| data.get(k).is_some_and(|v| !v.is_null());
        if has("goodsOrderParcelId") {
            if let Ok(t) = serde_json::from_value::<TrackingData>(data.clone()) {
                return WebhookEvent::TrackingNumberAdded {
                    goods_order_id: t.goods_order_id,
                    goods_order_parcel_id: t.goods_order_parcel_id,
                    goods_order_external_id: t.goods_order_external_id,
                };
            }
        } else if has("statusName") || (has("orderId") && !has("type")) {
            if let Ok(s) = serde_json::from_value::<StatusData>(data.clone()) {
                return WebhookEvent::StatusUpdate {
                    order_id: s.order_id,
                    external_id: s.external_id,
                    order_number: s.order_number,
                    status_name: s
                        .status_name
                        .filter(|n| !n.trim().is_empty())
                        .map(|n| n.parse().unwrap_or_else(|never| match never {})),
                };
            }
        }
        WebhookEvent::Unknown(data.clone())
    }
}

/// Parses a webhook body into its event (without checking the token; use
/// [`WebhookDelivery::parse`] to get the token too).
pub fn parse_webhook(body: &[u8]) -> Result<WebhookEvent> {
    WebhookDelivery::parse(body).map(|d| d.event())
}

/// Something that holds the expected webhook token: `str`, `String` or `SecretString`.
pub trait ExpectedToken {
    /// The token text.
    fn token_text(&self) -> &str;
}

impl ExpectedToken for str {
    fn token_text(&self) -> &str {
        self
    }
}

impl ExpectedToken for String {
    fn token_text(&self) -> &str {
        self
    }
}

impl ExpectedToken for SecretString {
    fn token_text(&self) -> &str {
        self.expose_secret()
    }
}

/// Checks a received webhook token against the expected one in constant time (for
/// equal lengths). An empty expected or received token is always refused.
pub fn verify_webhook_token<E: ExpectedToken + ?Sized>(expected: &E, got: &str) -> bool {
    let expected = expected.token_text().as_bytes();
    let got = got.as_bytes();
    if expected.is_empty() || got.is_empty() {
        return false;
    }
    bool::from(expected.ct_eq(got))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let secret = SecretString::from("abc123".to_owned());
        assert!(verify_webhook_token(&secret, "abc123"));
        assert!(verify_webhook_token("abc123", "abc123"));
        assert!(!verify_webhook_token("abc123", "abc124"));
        assert!(!verify_webhook_token("abc123", "abc1234"));
        assert!(!verify_webhook_token("abc123", ""));
        assert!(!verify_webhook_token("", ""));
        assert!(!verify_webhook_token(&String::new(), "x"));
    }

    #[test]
    fn events() {
        let e =
            parse_webhook(br#"{"token":"t","eventData":{"type":"INCOMING_STOCK","orderId":1}}"#)
                .unwrap();
        assert!(matches!(e, WebhookEvent::Unknown(_)));
        let e = parse_webhook(br#"{"token":"t","eventData":{"orderId":"5","statusName":"OPEN"}}"#)
            .unwrap();
        assert_eq!(
            e,
            WebhookEvent::StatusUpdate {
                order_id: Some(WemaloOrderId(5)),
                external_id: None,
                order_number: None,
                status_name: Some(OrderStatusName::Open),
            }
        );
        assert!(parse_webhook(b"not json").is_err());
        let d = WebhookDelivery::parse(br#"{"token":"secret-value","eventData":{}}"#).unwrap();
        assert!(!format!("{d:?}").contains("secret-value"));
    }
}
