use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};

use crate::serde_util::{self, de_opt_i64, de_opt_string, de_vec};

/// A list entry that the apidoc shows either flat or wrapped as `{"<key>": {...}}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum MaybeWrapped<T> {
    Article { article: T },
    Attribute { attribute: T },
    Flat(T),
}

impl<T> MaybeWrapped<T> {
    fn into_inner(self) -> T {
        match self {
            MaybeWrapped::Article { article } => article,
            MaybeWrapped::Attribute { attribute } => attribute,
            MaybeWrapped::Flat(t) => t,
        }
    }
}

/// Reads a list whose entries may be flat or wrapped in `article`/`attribute`.
pub(crate) fn de_wrapped_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let raw: Vec<MaybeWrapped<T>> = de_vec(d)?;
    Ok(raw.into_iter().map(MaybeWrapped::into_inner).collect())
}

/// Stock of one product per quality attribute (`product/availableStock`).
///
/// `attributes[].quantity` is the stock on hand, reserved units included (Wemalo does
/// not document this; it is how the fixtures and the fake behave). Subtract open
/// reservations yourself, or use `Products::stock_reduced` for `notReservedQuantity`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AvailableStock {
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub id: Option<i64>,
    /// SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// EAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean: Option<String>,
    /// Your external id of the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external_id: Option<String>,
    /// For set articles: how many sets the components make up.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub virtual_quantity: Option<Decimal>,
    /// Quantity per quality attribute (1st choice, 2nd choice, ...).
    #[serde(default, deserialize_with = "de_wrapped_vec")]
    pub attributes: Vec<StockAttribute>,
}

impl AvailableStock {
    /// Sum over all attributes.
    pub fn total_quantity(&self) -> Decimal {
        self.attributes.iter().map(|a| a.quantity).sum()
    }

    /// Quantity of the default attribute (usually "1st choice"), or of all attributes
    /// when none is marked default.
    pub fn default_quantity(&self) -> Decimal {
        if self.attributes.iter().any(|a| a.is_default == Some(true)) {
            self.attributes
                .iter()
                .filter(|a| a.is_default == Some(true))
                .map(|a| a.quantity)
                .sum()
        } else {
            self.total_quantity()
        }
    }
}

/// Stock of one quality attribute of an [`AvailableStock`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StockAttribute {
    /// Wemalo's attribute id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub id: Option<i64>,
    /// External code of the attribute (e.g. `"1"` for first choice).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub external: Option<String>,
    /// Whether this is the default attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub is_default: Option<bool>,
    /// Quantity on hand with this attribute.
    #[serde(default, with = "serde_util::decimal")]
    pub quantity: Decimal,
}

/// Stock totals of one product (`product/stock/reduced/:externalId`).
///
/// Wemalo documents two shapes: totals at top level with `notReservedQuantity`, or
/// nested under `product` with `quantityReserved`. Both read into this type; when only
/// the reserved quantity is given, `not_reserved_quantity` is computed from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", from = "ReducedStockWire")]
pub struct ReducedStock {
    /// Units on hand, reserved and free.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity: Option<Decimal>,
    /// Units not reserved for any order: what can still be sold.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub not_reserved_quantity: Option<Decimal>,
    /// Per attribute/serial rows (empty with `hide_details`).
    pub details: Vec<StockDetail>,
}

impl ReducedStock {
    /// Reserved units: `quantity − not_reserved_quantity`, if both are known.
    pub fn reserved_quantity(&self) -> Option<Decimal> {
        Some(self.quantity? - self.not_reserved_quantity?)
    }
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ReducedStockTotals {
    #[serde(default, with = "serde_util::opt_decimal")]
    quantity: Option<Decimal>,
    #[serde(default, with = "serde_util::opt_decimal")]
    not_reserved_quantity: Option<Decimal>,
    #[serde(default, with = "serde_util::opt_decimal")]
    quantity_reserved: Option<Decimal>,
    #[serde(default, deserialize_with = "de_vec")]
    details: Vec<StockDetail>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReducedStockWire {
    #[serde(flatten)]
    top: ReducedStockTotals,
    #[serde(default)]
    product: Option<ReducedStockTotals>,
}

impl From<ReducedStockWire> for ReducedStock {
    fn from(w: ReducedStockWire) -> Self {
        let nested = w.product.unwrap_or_default();
        let quantity = w.top.quantity.or(nested.quantity);
        let reserved = w.top.quantity_reserved.or(nested.quantity_reserved);
        let not_reserved = w
            .top
            .not_reserved_quantity
            .or(nested.not_reserved_quantity)
            .or_else(|| Some(quantity? - reserved?));
        let details = if w.top.details.is_empty() {
            nested.details
        } else {
            w.top.details
        };
        ReducedStock {
            quantity,
            not_reserved_quantity: not_reserved,
            details,
        }
    }
}

/// One row of [`ReducedStock::details`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StockDetail {
    /// Wemalo's article id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub id: Option<String>,
    /// Attribute id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub attribute_id: Option<i64>,
    /// Attribute name in English, e.g. `1. Choice`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_english: Option<String>,
    /// Attribute name in German, e.g. `1. Wahl`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_german: Option<String>,
    /// Whether this is the default attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_bool"
    )]
    pub is_default: Option<bool>,
    /// Serial number, if the row is one serialized piece.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
    /// Units on hand.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity: Option<Decimal>,
    /// Units reserved.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub reserved: Option<Decimal>,
}

/// One stock row of `product/stock/:externalId` (per serial number / attribute).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StockArticle {
    /// Wemalo's product id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub product_id: Option<i64>,
    /// Product name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// SKU.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub sku: Option<String>,
    /// EAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub ean: Option<String>,
    /// Barcode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub barcode: Option<String>,
    /// Serial number (JSON `serialnumber`).
    #[serde(
        default,
        rename = "serialnumber",
        alias = "serialNumber",
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub serial_number: Option<String>,
    /// Quantity on hand.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_util::opt_decimal"
    )]
    pub quantity: Option<Decimal>,
    /// Attribute id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub attribute_id: Option<i64>,
    /// Attribute name in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_english: Option<String>,
    /// Attribute name in German.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_german: Option<String>,
    /// Wemalo's client id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub client_id: Option<i64>,
    /// Wemalo's client name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn reduced_stock_both_shapes() {
        let top: ReducedStock =
            serde_json::from_str(r#"{"quantity":14,"notReservedQuantity":11,"details":[]}"#)
                .unwrap();
        assert_eq!(top.not_reserved_quantity, Some(dec!(11)));
        assert_eq!(top.reserved_quantity(), Some(dec!(3)));
        let nested: ReducedStock = serde_json::from_str(
            r#"{"product":{"quantity":"14","quantityReserved":3,
                "details":[{"id":1,"quantity":14}]}}"#,
        )
        .unwrap();
        assert_eq!(nested.quantity, Some(dec!(14)));
        assert_eq!(nested.not_reserved_quantity, Some(dec!(11)));
        assert_eq!(nested.details.len(), 1);
    }

    #[test]
    fn wrapped_articles() {
        #[derive(Deserialize)]
        struct L {
            #[serde(deserialize_with = "de_wrapped_vec")]
            articles: Vec<AvailableStock>,
        }
        let l: L = serde_json::from_str(
            r#"{"articles":[{"article":{"sku":"A","attributes":[{"attribute":{"quantity":2}}]}},
                {"sku":"B","attributes":null}]}"#,
        )
        .unwrap();
        assert_eq!(l.articles[0].sku.as_deref(), Some("A"));
        assert_eq!(l.articles[0].total_quantity(), dec!(2));
        assert_eq!(l.articles[1].attributes.len(), 0);
    }
}
