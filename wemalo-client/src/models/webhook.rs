use std::fmt;

use serde::{Deserialize, Serialize, Serializer};

use crate::serde_util::{de_opt_string, de_string};

/// The events Wemalo can call a webhook for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum WebhookEventType {
    /// `status_update`: a goods order changed state.
    StatusUpdate,
    /// `stock_change`: stock was booked (goods receipt or return).
    StockChange,
    /// `refurbishment_action`: a refurbishment step happened.
    RefurbishmentAction,
    /// `trackingnumber_added`: a parcel got its tracking number.
    TrackingNumberAdded,
    /// Any other event name, sent as is.
    Other(String),
}

impl WebhookEventType {
    /// The name used in the `webhook/:event` path.
    pub fn as_str(&self) -> &str {
        match self {
            WebhookEventType::StatusUpdate => "status_update",
            WebhookEventType::StockChange => "stock_change",
            WebhookEventType::RefurbishmentAction => "refurbishment_action",
            WebhookEventType::TrackingNumberAdded => "trackingnumber_added",
            WebhookEventType::Other(s) => s,
        }
    }
}

impl From<&str> for WebhookEventType {
    fn from(s: &str) -> Self {
        match s {
            "status_update" => WebhookEventType::StatusUpdate,
            "stock_change" => WebhookEventType::StockChange,
            "refurbishment_action" => WebhookEventType::RefurbishmentAction,
            "trackingnumber_added" => WebhookEventType::TrackingNumberAdded,
            other => WebhookEventType::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for WebhookEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Body of `POST webhook/:event`: where Wemalo should call, and the shared token it
/// will put into every call.
///
/// The apidoc names the alert address `email` in its field list and `mail` in its
/// example; it is sent under both keys.
#[derive(Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookRegistration {
    /// The URL Wemalo POSTs to (JSON `payload`).
    #[serde(default, deserialize_with = "de_string")]
    pub payload: String,
    /// Shared secret Wemalo sends back in each delivery; check it with
    /// [`verify_webhook_token`](crate::webhooks::verify_webhook_token).
    #[serde(default, deserialize_with = "de_string")]
    pub token: String,
    /// Address to alert when Wemalo gives up on the hook.
    #[serde(default, alias = "mail", deserialize_with = "de_opt_string")]
    pub email: Option<String>,
}

impl Serialize for WebhookRegistration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("payload", &self.payload)?;
        m.serialize_entry("token", &self.token)?;
        if let Some(e) = &self.email {
            m.serialize_entry("email", e)?;
            m.serialize_entry("mail", e)?;
        }
        m.end()
    }
}

impl fmt::Debug for WebhookRegistration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookRegistration")
            .field("payload", &self.payload)
            .field("token", &"[redacted]")
            .field("email", &self.email)
            .finish()
    }
}

/// A webhook as listed by `GET webhook`.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisteredWebhook {
    /// Event name, e.g. `status_update`.
    #[serde(default, deserialize_with = "de_string")]
    pub event: String,
    /// The URL called.
    #[serde(default, deserialize_with = "de_string")]
    pub payload: String,
    /// The shared token.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub token: Option<String>,
}

impl fmt::Debug for RegisteredWebhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RegisteredWebhook")
            .field("event", &self.event)
            .field("payload", &self.payload)
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}
