//! The merchant's settings for a sync: which orders go to the warehouse, which tags mark
//! progress, where stock lives, and how shipping profiles map to Wemalo dispatcher profiles.

use std::collections::BTreeMap;

use billbee_client::OrderState;
use serde::{Deserialize, Serialize};

/// Everything the flows need to decide what to do, with the defaults a new merchant starts
/// from. Secrets (API password, key, token) are not here: they belong to the clients.
///
/// Deserializes from a file (TOML or JSON) where every field may be left out and falls back
/// to its default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SyncConfig {
    /// Billbee order state (by id) whose orders are handed to the warehouse. Default 3 (paid).
    pub order_state: i32,
    /// Billbee stock location that mirrors the warehouse. 0 means the account's default.
    pub storage_location: i64,
    /// Orders must carry this tag to be handed over. Default `wemalo`.
    pub orders_tag: String,
    /// Tag set once Wemalo has confirmed an order. Default `order_received_by_<orders tag>`.
    pub received_tag: String,
    /// Tag set once Wemalo has cancelled an order. Default `order_cancelled_received_by_wemalo`.
    pub cancelled_tag: String,
    /// Tag set on an order the sync could not hand over, so a person sees it in Billbee.
    pub held_tag: String,
    /// Tag set on a cancelled order that Wemalo refused to cancel (picking had begun).
    pub cancel_refused_tag: String,
    /// Tag set on an order whose changes Wemalo refused because it was already processing it.
    pub change_refused_tag: String,
    /// Wemalo product group given to every product (Wemalo requires one).
    pub product_group: String,
    /// When true (the default, as Wemalo's own connector does), a product without an EAN is
    /// reported instead of being sent.
    pub require_ean: bool,
    /// Billbee shipping profile id → Wemalo dispatcher profile `matchId`.
    pub dispatcher_by_shipping_profile: BTreeMap<String, String>,
    /// Billbee shipping provider id → Wemalo dispatcher profile `matchId`; used when the
    /// shipping profile has no entry.
    pub dispatcher_by_shipping_provider: BTreeMap<String, String>,
    /// Dispatcher profile used when neither map has an entry; none leaves the choice to Wemalo.
    pub default_dispatcher: Option<String>,
    /// Wemalo carrier or profile name (lower case, substring) → Billbee shipping carrier id
    /// (the `ShippingCarrier` enum: 2 dhl, 4 dpd, 5 ups, 6 gls, …) for the shipments flow.
    pub carrier_by_dispatcher: BTreeMap<String, i32>,
    /// How far back, in minutes, each order fetch reaches before the newest change seen last
    /// time. Billbee's timestamps carry no time zone, so this must cover the server's offset
    /// from UTC as well as clock skew. Default 180.
    pub modified_overlap_minutes: u32,
    /// Largest number of stock changes written in one Billbee request.
    pub stock_batch_size: usize,
    /// Largest number of products created in one Wemalo request.
    pub product_batch_size: usize,
}

impl Default for SyncConfig {
    fn default() -> Self {
        let orders_tag = "wemalo".to_string();
        SyncConfig {
            order_state: OrderState::Paid.id(),
            storage_location: 0,
            received_tag: format!("order_received_by_{orders_tag}"),
            orders_tag,
            cancelled_tag: "order_cancelled_received_by_wemalo".to_string(),
            held_tag: "wemalo_not_transferred".to_string(),
            cancel_refused_tag: "wemalo_cancel_refused".to_string(),
            change_refused_tag: "wemalo_change_refused".to_string(),
            product_group: "default".to_string(),
            require_ean: true,
            dispatcher_by_shipping_profile: BTreeMap::new(),
            dispatcher_by_shipping_provider: BTreeMap::new(),
            default_dispatcher: None,
            carrier_by_dispatcher: default_carriers(),
            modified_overlap_minutes: 180,
            stock_batch_size: 100,
            product_batch_size: 100,
        }
    }
}

fn default_carriers() -> BTreeMap<String, i32> {
    [
        ("dhl", 2),
        ("hermes", 3),
        ("dpd", 4),
        ("ups", 5),
        ("gls", 6),
        ("fedex", 9),
    ]
    .into_iter()
    .map(|(name, id)| (name.to_string(), id))
    .collect()
}

impl SyncConfig {
    /// A config with the given orders tag and the received tag derived from it, the way the
    /// design names it (`order_received_by_<tag>`).
    pub fn with_orders_tag(tag: impl Into<String>) -> Self {
        let orders_tag = tag.into();
        SyncConfig {
            received_tag: format!("order_received_by_{orders_tag}"),
            orders_tag,
            ..SyncConfig::default()
        }
    }

    /// The configured order state as the client's type.
    pub fn order_state(&self) -> OrderState {
        OrderState::from(self.order_state)
    }

    /// The Wemalo dispatcher profile for a Billbee shipping profile and provider.
    pub fn dispatcher_for(&self, profile: Option<&str>, provider: Option<i64>) -> Option<String> {
        profile
            .and_then(|p| self.dispatcher_by_shipping_profile.get(p))
            .or_else(|| {
                provider.and_then(|p| self.dispatcher_by_shipping_provider.get(&p.to_string()))
            })
            .or(self.default_dispatcher.as_ref())
            .cloned()
    }

    /// The Billbee carrier id for a Wemalo carrier or profile name, matched by substring.
    pub fn carrier_for(&self, name: &str) -> Option<i32> {
        let name = name.to_lowercase();
        self.carrier_by_dispatcher
            .iter()
            .find(|(key, _)| name.contains(key.as_str()))
            .map(|(_, id)| *id)
    }
}

/// Whether `tags` holds `tag`, compared the way Billbee compares tags (case-insensitively).
pub(crate) fn has_tag(tags: &[String], tag: &str) -> bool {
    let wanted = tag.to_lowercase();
    tags.iter().any(|t| t.to_lowercase() == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_design() {
        let c = SyncConfig::default();
        assert_eq!(c.order_state, 3);
        assert_eq!(c.storage_location, 0);
        assert_eq!(c.orders_tag, "wemalo");
        assert_eq!(c.received_tag, "order_received_by_wemalo");
        assert_eq!(c.cancelled_tag, "order_cancelled_received_by_wemalo");
    }

    #[test]
    fn received_tag_follows_a_custom_orders_tag() {
        assert_eq!(
            SyncConfig::with_orders_tag("lager").received_tag,
            "order_received_by_lager"
        );
    }

    #[test]
    fn a_partial_file_keeps_the_other_defaults() {
        let c: SyncConfig =
            serde_json::from_str(r#"{"orders_tag":"wh","default_dispatcher":"dhl"}"#).unwrap();
        assert_eq!(c.orders_tag, "wh");
        assert_eq!(c.order_state, 3);
        assert_eq!(c.dispatcher_for(None, None).as_deref(), Some("dhl"));
    }

    #[test]
    fn an_unknown_setting_is_refused_by_name() {
        let err = serde_json::from_str::<SyncConfig>(r#"{"order_sate":3}"#).unwrap_err();
        assert!(err.to_string().contains("order_sate"), "{err}");
    }

    #[test]
    fn profile_wins_over_provider_and_default() {
        let mut c = SyncConfig::default();
        c.dispatcher_by_shipping_profile
            .insert("12".into(), "dhl-paket".into());
        c.dispatcher_by_shipping_provider
            .insert("7".into(), "dpd".into());
        c.default_dispatcher = Some("auto".into());
        assert_eq!(
            c.dispatcher_for(Some("12"), Some(7)).as_deref(),
            Some("dhl-paket")
        );
        assert_eq!(
            c.dispatcher_for(Some("99"), Some(7)).as_deref(),
            Some("dpd")
        );
        assert_eq!(c.dispatcher_for(None, None).as_deref(), Some("auto"));
    }

    #[test]
    fn carriers_match_by_name() {
        let c = SyncConfig::default();
        assert_eq!(c.carrier_for("DHL Paket National"), Some(2));
        assert_eq!(c.carrier_for("Spedition Müller"), None);
    }

    #[test]
    fn tags_compare_case_insensitively() {
        let tags = vec!["Wemalo".to_string(), "Größe".to_string()];
        assert!(has_tag(&tags, "wemalo"));
        assert!(has_tag(&tags, "GRÖßE"));
        assert!(!has_tag(&tags, "other"));
    }
}
