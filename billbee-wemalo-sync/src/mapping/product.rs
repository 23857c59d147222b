//! Billbee product → Wemalo product.
//!
//! Products are matched by Wemalo's external id, which is the Billbee article id. A SKU edit
//! in Billbee therefore updates the Wemalo product instead of creating a second one.

use billbee_client::{Product as BillbeeProduct, ProductType};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use wemalo_client::{Centimeters, Grams, Product as WemaloProduct};

use crate::config::SyncConfig;

/// Why a Billbee product is not sent to Wemalo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProductProblem {
    /// The product has no Billbee id, so there is nothing stable to match it by.
    #[error("product has no Billbee id")]
    MissingId,
    /// Wemalo needs a SKU.
    #[error("product {id} has no SKU")]
    MissingSku {
        /// Billbee article id.
        id: i64,
    },
    /// Wemalo's own connector needs an EAN; the config can relax this.
    #[error("product {id} ({sku}) has no EAN")]
    MissingEan {
        /// Billbee article id.
        id: i64,
        /// The product's SKU.
        sku: String,
    },
    /// Another product already uses this SKU.
    #[error("product {id} has SKU {sku}, which product {other} already uses")]
    DuplicateSku {
        /// Billbee article id.
        id: i64,
        /// The SKU in question.
        sku: String,
        /// The product that keeps it.
        other: String,
    },
    /// Another product already uses this EAN.
    #[error("product {id} has EAN {ean}, which product {other} already uses")]
    DuplicateEan {
        /// Billbee article id.
        id: i64,
        /// The EAN in question.
        ean: String,
        /// The product that keeps it.
        other: String,
    },
}

/// Whether Wemalo stocks this product at all. Bundles are assembled from their components,
/// and digital goods never reach a shelf.
pub fn is_stocked(p: &BillbeeProduct) -> bool {
    p.r#type != Some(ProductType::Bundle) && p.is_digital != Some(true)
}

/// Maps one Billbee product to the Wemalo product the sync would send, or says why not.
///
/// Collisions between products are checked by the products flow, which sees all of them.
pub fn map_product(
    p: &BillbeeProduct,
    config: &SyncConfig,
) -> Result<WemaloProduct, ProductProblem> {
    let id = p.id.ok_or(ProductProblem::MissingId)?.0;
    let sku = non_empty(p.sku.as_deref()).ok_or(ProductProblem::MissingSku { id })?;
    let ean = non_empty(p.ean.as_deref());
    if config.require_ean && ean.is_none() {
        return Err(ProductProblem::MissingEan {
            id,
            sku: sku.to_string(),
        });
    }
    Ok(WemaloProduct {
        external_id: id.to_string(),
        sku: sku.to_string(),
        product_group: config.product_group.clone(),
        name: title(p),
        ean: ean.map(str::to_string),
        depth: p.length_cm.map(Centimeters),
        width: p.width_cm.map(Centimeters),
        height: p.height_cm.map(Centimeters),
        gross_weight: p.weight.map(|g| Grams(i64::from(g))),
        net_weight: p.weight_net.map(|g| Grams(i64::from(g))),
        customs_tariff_number: non_empty(p.taric_number.as_deref()).map(str::to_string),
        origin_country: non_empty(p.country_of_origin.as_deref()).map(str::to_uppercase),
        producer_name: non_empty(p.manufacturer.as_deref()).map(str::to_string),
        sales_price: p.price,
        purchase_price: p.cost_price,
        is_active: Some(p.is_deactivated != Some(true)),
        ..WemaloProduct::default()
    })
}

/// The product's German title, else its first non-empty title.
fn title(p: &BillbeeProduct) -> Option<String> {
    let german = p.title.iter().find(|t| {
        t.language_code
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case("de"))
    });
    german
        .and_then(|t| non_empty(t.text.as_deref()))
        .or_else(|| p.title.iter().find_map(|t| non_empty(t.text.as_deref())))
        .map(str::to_string)
}

pub(crate) fn non_empty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// A stable fingerprint of what is sent to Wemalo for a product: FNV-1a over its JSON.
///
/// It only has to tell "same" from "changed" between runs of this crate; it is not a
/// security measure. The JSON of a serde struct has a fixed field order, so equal products
/// give equal fingerprints.
pub fn fingerprint<T: Serialize>(value: &T) -> String {
    let mut hasher = Fnv1a(0xcbf2_9ce4_8422_2325);
    // Writing into the hasher cannot fail, and a plain serde struct always serializes; if it
    // ever did not, the partial hash still differs from any complete one.
    let _ = serde_json::to_writer(&mut hasher, value);
    format!("{:016x}", hasher.0)
}

/// FNV-1a as an `io::Write`, so values are hashed as they serialize, without a buffer.
struct Fnv1a(u64);

impl std::io::Write for Fnv1a {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Quantity helper shared by the order mapping: a whole number of cents from a decimal
/// amount, rounded half away from zero once.
pub(crate) fn cents(amount: Decimal) -> Option<i64> {
    use rust_decimal::prelude::ToPrimitive;
    (amount * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use billbee_client::{MultiLanguageString, ProductId};
    use rust_decimal_macros::dec;

    fn tea() -> BillbeeProduct {
        BillbeeProduct {
            id: Some(ProductId(9_007_199_254_740_993)),
            r#type: Some(ProductType::Product),
            sku: Some("NLT GRN/100".into()),
            ean: Some("2012345000018".into()),
            title: vec![
                MultiLanguageString {
                    text: Some("Green tea".into()),
                    language_code: Some("EN".into()),
                },
                MultiLanguageString {
                    text: Some("Grüner Tee".into()),
                    language_code: Some("DE".into()),
                },
            ],
            weight: Some(120),
            weight_net: Some(100),
            length_cm: Some(dec!(12.5)),
            width_cm: Some(dec!(8)),
            height_cm: Some(dec!(3.0)),
            taric_number: Some("09021000".into()),
            country_of_origin: Some("cn".into()),
            manufacturer: Some("Nordlicht".into()),
            price: Some(dec!(7.90)),
            ..BillbeeProduct::default()
        }
    }

    #[test]
    fn maps_ids_units_customs_and_ean() {
        let w = map_product(&tea(), &SyncConfig::default()).unwrap();
        assert_eq!(w.external_id, "9007199254740993");
        assert_eq!(w.sku, "NLT GRN/100");
        assert_eq!(w.ean.as_deref(), Some("2012345000018"));
        assert_eq!(w.name.as_deref(), Some("Grüner Tee"));
        assert_eq!(w.gross_weight, Some(Grams(120)));
        assert_eq!(w.net_weight, Some(Grams(100)));
        assert_eq!(w.depth, Some(Centimeters(dec!(12.5))));
        assert_eq!(w.customs_tariff_number.as_deref(), Some("09021000"));
        assert_eq!(w.origin_country.as_deref(), Some("CN"));
        assert_eq!(w.sales_price, Some(dec!(7.90)));
        assert_eq!(w.product_group, "default");
        assert_eq!(w.is_active, Some(true));
    }

    #[test]
    fn a_product_without_sku_or_ean_is_reported() {
        let mut p = tea();
        p.ean = Some("  ".into());
        assert_eq!(
            map_product(&p, &SyncConfig::default()),
            Err(ProductProblem::MissingEan {
                id: 9_007_199_254_740_993,
                sku: "NLT GRN/100".into()
            })
        );
        let relaxed = SyncConfig {
            require_ean: false,
            ..SyncConfig::default()
        };
        assert!(map_product(&p, &relaxed).is_ok());
        p.sku = None;
        assert!(matches!(
            map_product(&p, &relaxed),
            Err(ProductProblem::MissingSku { .. })
        ));
    }

    #[test]
    fn bundles_and_digital_goods_are_not_stocked() {
        let mut p = tea();
        assert!(is_stocked(&p));
        p.r#type = Some(ProductType::Bundle);
        assert!(!is_stocked(&p));
        p.r#type = Some(ProductType::Product);
        p.is_digital = Some(true);
        assert!(!is_stocked(&p));
    }

    #[test]
    fn fingerprint_changes_with_any_sent_field() {
        let c = SyncConfig::default();
        let a = map_product(&tea(), &c).unwrap();
        let mut changed = tea();
        changed.weight = Some(121);
        let b = map_product(&changed, &c).unwrap();
        assert_eq!(fingerprint(&a), fingerprint(&a.clone()));
        assert_ne!(fingerprint(&a), fingerprint(&b));
    }

    #[test]
    fn cents_round_once_half_away_from_zero() {
        assert_eq!(cents(dec!(19.995)), Some(2000));
        assert_eq!(cents(dec!(846.1929411764705882352941177)), Some(84619));
        assert_eq!(cents(dec!(-0.005)), Some(-1));
        assert_eq!(cents(dec!(0)), Some(0));
    }
}
