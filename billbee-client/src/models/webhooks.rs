//! Webhook registrations.

use super::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A webhook registration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Webhook {
    /// Shared secret for signing deliveries (32 to 64 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Event names to deliver, e.g. `order.created`.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub filters: Vec<String>,
    /// Extra HTTP headers sent with each delivery.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub headers: BTreeMap<String, String>,
    /// Extra properties sent with each delivery.
    #[serde(
        default,
        deserialize_with = "de::vec",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub properties: BTreeMap<String, serde_json::Value>,
    /// Id of the registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Where Billbee posts events; append `?noecho` to skip the echo test.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_hook_uri: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Deliveries are suspended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_paused: Option<bool>,
}

/// An event name a webhook can subscribe to (`GET /webhooks/filters`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WebhookFilter {
    /// The name to put into `Webhook::filters`, e.g. `order.created`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the event means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
