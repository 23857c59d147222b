//! Billbee order → Wemalo goods order.
//!
//! Positions are matched by Wemalo external id (the Billbee article id), the same key the
//! products flow uses. A line whose product Wemalo does not know holds the whole order back:
//! a partial hand-over would ship an incomplete parcel.

use std::collections::{HashMap, HashSet};

use billbee_client::{Address, Order, OrderItem, Product, ProductId, ProductType};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use wemalo_client::{
    Cents, ExternalIdMatch, GoodsOrder, GoodsOrderMeta, GoodsOrderPosition, Receiver,
};

use super::product::{cents, non_empty};
use crate::config::SyncConfig;

/// Why an order is held back instead of being handed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "reason", rename_all = "snake_case")]
#[non_exhaustive]
pub enum HoldReason {
    /// The order has no shipping address at all.
    #[error("the order has no shipping address")]
    NoShippingAddress,
    /// The shipping address lacks a country; Wemalo cannot pick a carrier without one.
    #[error("the shipping address has no country")]
    MissingCountry,
    /// The shipping address lacks a field Wemalo requires.
    #[error("the shipping address has no {field}")]
    IncompleteAddress {
        /// The missing field: name, street, zip or city.
        field: String,
    },
    /// A line's product is not in Wemalo (it may lack an EAN, or be new in Billbee).
    #[error("line {line}: product {sku} is not known to Wemalo")]
    UnknownProduct {
        /// Position in the order, from 1.
        line: usize,
        /// SKU (or article id) of the product.
        sku: String,
    },
    /// A bundle line whose components cannot be resolved.
    #[error("line {line}: bundle {sku} has no usable bill of material")]
    UnresolvedBundle {
        /// Position in the order, from 1.
        line: usize,
        /// SKU of the bundle.
        sku: String,
    },
    /// A line with an unusable quantity.
    #[error("line {line}: quantity {quantity} cannot be shipped")]
    BadQuantity {
        /// Position in the order, from 1.
        line: usize,
        /// The quantity as Billbee sent it.
        quantity: String,
    },
    /// Nothing in the order needs the warehouse (only vouchers, fees or digital goods).
    #[error("the order has no physical lines")]
    NothingToShip,
}

/// The Billbee products an order mapping looks things up in, plus the set of products Wemalo
/// has (by external id).
#[derive(Debug, Default)]
pub struct Catalog<'a> {
    by_id: HashMap<ProductId, &'a Product>,
    by_sku: HashMap<&'a str, &'a Product>,
    in_wemalo: HashSet<&'a str>,
}

impl<'a> Catalog<'a> {
    /// Indexes Billbee's products and the external ids Wemalo holds.
    pub fn new(
        products: &'a [Product],
        in_wemalo: impl IntoIterator<Item = &'a String>,
    ) -> Catalog<'a> {
        let mut catalog = Catalog::default();
        for p in products {
            if let Some(id) = p.id {
                catalog.by_id.insert(id, p);
            }
            if let Some(sku) = non_empty(p.sku.as_deref()) {
                catalog.by_sku.entry(sku).or_insert(p);
            }
        }
        catalog.in_wemalo = in_wemalo.into_iter().map(String::as_str).collect();
        catalog
    }

    fn product(&self, id: Option<ProductId>, sku: Option<&str>) -> Option<&'a Product> {
        id.and_then(|id| self.by_id.get(&id).copied())
            .or_else(|| sku.and_then(|s| self.by_sku.get(s).copied()))
    }
}

/// Maps a Billbee order to the goods order the sync would send, or says why it is held.
pub fn map_order(
    order: &Order,
    catalog: &Catalog<'_>,
    config: &SyncConfig,
) -> Result<GoodsOrder, HoldReason> {
    let external_id = order
        .billbee_order_id
        .map(|id| id.0.to_string())
        .unwrap_or_default();
    let address = order
        .shipping_address
        .as_ref()
        .ok_or(HoldReason::NoShippingAddress)?;
    let receiver = receiver(address)?;
    let positions = positions(order, catalog)?;
    let total_vat: Decimal = order.order_items.iter().filter_map(|i| i.tax_amount).sum();
    let total_vat = total_vat.round_dp(2);
    let total = order.total_cost;
    Ok(GoodsOrder {
        meta: GoodsOrderMeta {
            order_number: non_empty(order.order_number.as_deref())
                .map(str::to_string)
                .or_else(|| Some(external_id.clone())),
            external_id,
            currency: order.currency.clone(),
            total,
            total_invoice: total,
            total_vat: Some(total_vat),
            total_net: total.map(|t| t - total_vat),
            dispatcher_profile: config.dispatcher_for(
                order.shipping_profile_id.as_deref(),
                order.shipping_provider_id,
            ),
            external_id_match: Some(ExternalIdMatch::ExternalId),
            receiver: vec![receiver],
            ..GoodsOrderMeta::default()
        },
        positions,
    })
}

fn receiver(a: &Address) -> Result<Receiver, HoldReason> {
    let country = non_empty(a.country_iso2.as_deref()).ok_or(HoldReason::MissingCountry)?;
    let person = [a.first_name.as_deref(), a.last_name.as_deref()]
        .into_iter()
        .filter_map(non_empty)
        .collect::<Vec<_>>()
        .join(" ");
    let company = non_empty(a.company.as_deref());
    let (name1, name2) = match company {
        Some(c) => (c.to_string(), Some(person).filter(|p| !p.is_empty())),
        None => (person, None),
    };
    let missing = |field: &str| HoldReason::IncompleteAddress {
        field: field.to_string(),
    };
    if name1.is_empty() {
        return Err(missing("name"));
    }
    let street = non_empty(a.street.as_deref()).ok_or_else(|| missing("street"))?;
    let zip = non_empty(a.zip.as_deref()).ok_or_else(|| missing("zip"))?;
    let city = non_empty(a.city.as_deref()).ok_or_else(|| missing("city"))?;
    Ok(Receiver {
        primary: Some(true),
        name1,
        name2,
        name3: non_empty(a.name_addition.as_deref()).map(str::to_string),
        // Without a house number the whole street line goes over unchanged and Wemalo
        // splits it; nothing is dropped.
        street: Some(street.to_string()),
        street_number: non_empty(a.house_number.as_deref()).map(str::to_string),
        address_addition: non_empty(a.line2.as_deref()).map(str::to_string),
        country_code_2letter: Some(country.to_uppercase()),
        city: Some(city.to_string()),
        zip: Some(zip.to_string()),
        state_province_country: non_empty(a.state.as_deref()).map(str::to_string),
        phone_number: non_empty(a.phone.as_deref()).map(str::to_string),
        email: non_empty(a.email.as_deref()).map(str::to_string),
        ..Receiver::default()
    })
}

/// Whether a line needs the warehouse: vouchers, discounts, digital goods and fees without a
/// product do not.
fn is_physical(item: &OrderItem) -> bool {
    let product = match &item.product {
        Some(p) => p,
        None => return false,
    };
    let has_reference = product.billbee_id.is_some() || non_empty(product.sku.as_deref()).is_some();
    has_reference
        && item.is_coupon != Some(true)
        && item.is_discount != Some(true)
        && product.is_digital != Some(true)
}

fn positions(order: &Order, catalog: &Catalog<'_>) -> Result<Vec<GoodsOrderPosition>, HoldReason> {
    let mut out = Vec::new();
    for (index, item) in order.order_items.iter().enumerate() {
        let line = index + 1;
        if !is_physical(item) {
            continue;
        }
        let Some(sold) = item.product.as_ref() else {
            continue;
        };
        let quantity = item.quantity.unwrap_or(Decimal::ONE).normalize();
        if quantity <= Decimal::ZERO {
            return Err(HoldReason::BadQuantity {
                line,
                quantity: quantity.to_string(),
            });
        }
        let sku = non_empty(sold.sku.as_deref());
        let label = sku
            .map(str::to_string)
            .or_else(|| sold.billbee_id.map(|i| i.0.to_string()));
        let label = label.unwrap_or_default();
        let product = catalog.product(sold.billbee_id, sku);
        let is_bundle = sold.r#type == Some(ProductType::Bundle)
            || product.is_some_and(|p| p.r#type == Some(ProductType::Bundle));
        let total = item.total_price.and_then(cents).map(Cents);
        let tax = item.tax_amount.and_then(cents).map(Cents);
        let reference = item
            .billbee_id
            .map(|id| id.to_string())
            .unwrap_or_else(|| line.to_string());
        if is_bundle {
            let bundle = product.ok_or(HoldReason::UnresolvedBundle {
                line,
                sku: label.clone(),
            })?;
            let components = bundle_components(bundle, catalog, line, &label)?;
            for (n, (external_id, per_bundle)) in components.into_iter().enumerate() {
                // The bundle's price goes with its first component; the others carry none,
                // so the order's sum stays the Billbee line total.
                let first = n == 0;
                out.push(GoodsOrderPosition {
                    external_id,
                    quantity: (per_bundle * quantity).normalize(),
                    external_position_identifier: Some(format!("{reference}-{}", n + 1)),
                    total: if first { total } else { Some(Cents(0)) },
                    tax: if first { tax } else { Some(Cents(0)) },
                    ..GoodsOrderPosition::default()
                });
            }
            continue;
        }
        let id = product.and_then(|p| p.id).or(sold.billbee_id);
        let external_id = id.map(|id| id.0.to_string());
        let external_id = match external_id {
            Some(e) if catalog.in_wemalo.contains(e.as_str()) => e,
            _ => return Err(HoldReason::UnknownProduct { line, sku: label }),
        };
        out.push(GoodsOrderPosition {
            external_id,
            quantity,
            external_position_identifier: Some(reference),
            total,
            tax,
            sku: sku.map(str::to_string),
            name: non_empty(sold.title.as_deref()).map(str::to_string),
            ..GoodsOrderPosition::default()
        });
    }
    if out.is_empty() {
        return Err(HoldReason::NothingToShip);
    }
    Ok(out)
}

/// A bundle's components as (Wemalo external id, quantity per bundle), in BOM order.
fn bundle_components(
    bundle: &Product,
    catalog: &Catalog<'_>,
    line: usize,
    label: &str,
) -> Result<Vec<(String, Decimal)>, HoldReason> {
    let unresolved = || HoldReason::UnresolvedBundle {
        line,
        sku: label.to_string(),
    };
    if bundle.bill_of_material.is_empty() {
        return Err(unresolved());
    }
    let mut components = Vec::with_capacity(bundle.bill_of_material.len());
    for part in &bundle.bill_of_material {
        let amount = part.amount.unwrap_or(Decimal::ONE);
        if amount <= Decimal::ZERO {
            return Err(unresolved());
        }
        let component = catalog.product(part.article_id, non_empty(part.sku.as_deref()));
        let id = component
            .and_then(|p| p.id)
            .or(part.article_id)
            .ok_or_else(unresolved)?;
        let external_id = id.0.to_string();
        if !catalog.in_wemalo.contains(external_id.as_str()) {
            let sku = part.sku.clone().unwrap_or_else(|| external_id.clone());
            return Err(HoldReason::UnknownProduct { line, sku });
        }
        components.push((external_id, amount));
    }
    Ok(components)
}

#[cfg(test)]
mod tests {
    use super::*;
    use billbee_client::{BomItem, OrderId, SoldProduct};
    use rust_decimal_macros::dec;

    fn address() -> Address {
        Address {
            first_name: Some("Lena".into()),
            last_name: Some("Beispiel".into()),
            street: Some("Hauptstraße".into()),
            house_number: Some("12a".into()),
            zip: Some("20095".into()),
            city: Some("Hamburg".into()),
            country_iso2: Some("de".into()),
            ..Address::default()
        }
    }

    fn item(id: i64, sku: &str, qty: Decimal, total: Decimal, tax: Decimal) -> OrderItem {
        OrderItem {
            billbee_id: Some(id),
            product: Some(SoldProduct {
                billbee_id: Some(ProductId(id)),
                sku: Some(sku.into()),
                ..SoldProduct::default()
            }),
            quantity: Some(qty),
            total_price: Some(total),
            tax_amount: Some(tax),
            ..OrderItem::default()
        }
    }

    fn product(id: i64, sku: &str) -> Product {
        Product {
            id: Some(ProductId(id)),
            sku: Some(sku.into()),
            ..Product::default()
        }
    }

    fn order(items: Vec<OrderItem>) -> Order {
        Order {
            billbee_order_id: Some(OrderId(3_000_001_234_567_890)),
            order_number: Some("SO-100042".into()),
            currency: Some("EUR".into()),
            total_cost: Some(dec!(23.80)),
            shipping_address: Some(address()),
            order_items: items,
            ..Order::default()
        }
    }

    fn known() -> Vec<String> {
        vec!["1".into(), "2".into(), "3".into()]
    }

    #[test]
    fn maps_receiver_totals_and_positions() {
        let products = vec![product(1, "A"), product(2, "B/2")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let o = order(vec![
            item(1, "A", dec!(2.000), dec!(11.90), dec!(1.9)),
            item(2, "B/2", dec!(1), dec!(11.90), dec!(1.900000000001)),
        ]);
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        assert_eq!(g.meta.external_id, "3000001234567890");
        assert_eq!(g.meta.order_number.as_deref(), Some("SO-100042"));
        assert_eq!(g.meta.total, Some(dec!(23.80)));
        assert_eq!(g.meta.total_vat, Some(dec!(3.80)));
        assert_eq!(g.meta.total_net, Some(dec!(20.00)));
        let r = &g.meta.receiver[0];
        assert_eq!(r.name1, "Lena Beispiel");
        assert_eq!(r.street.as_deref(), Some("Hauptstraße"));
        assert_eq!(r.street_number.as_deref(), Some("12a"));
        assert_eq!(r.country_code_2letter.as_deref(), Some("DE"));
        assert_eq!(g.positions.len(), 2);
        assert_eq!(g.positions[0].external_id, "1");
        assert_eq!(g.positions[0].quantity, dec!(2));
        assert_eq!(g.positions[0].total, Some(Cents(1190)));
        assert_eq!(g.positions[1].tax, Some(Cents(190)));
    }

    #[test]
    fn a_street_without_house_number_goes_over_whole() {
        let products = vec![product(1, "A")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let mut o = order(vec![item(1, "A", dec!(1), dec!(1), dec!(0))]);
        let a = o.shipping_address.as_mut().unwrap();
        a.street = Some("Am Alten Hafen 3 Hinterhaus".into());
        a.house_number = None;
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        let r = &g.meta.receiver[0];
        assert_eq!(r.street.as_deref(), Some("Am Alten Hafen 3 Hinterhaus"));
        assert_eq!(r.street_number, None);
    }

    #[test]
    fn a_company_goes_first_and_the_person_second() {
        let products = vec![product(1, "A")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let mut o = order(vec![item(1, "A", dec!(1), dec!(1), dec!(0))]);
        o.shipping_address.as_mut().unwrap().company = Some("Nordlicht GmbH".into());
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        assert_eq!(g.meta.receiver[0].name1, "Nordlicht GmbH");
        assert_eq!(g.meta.receiver[0].name2.as_deref(), Some("Lena Beispiel"));
    }

    #[test]
    fn a_missing_country_holds_the_order() {
        let products = vec![product(1, "A")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let mut o = order(vec![item(1, "A", dec!(1), dec!(1), dec!(0))]);
        o.shipping_address.as_mut().unwrap().country_iso2 = Some(String::new());
        assert_eq!(
            map_order(&o, &catalog, &SyncConfig::default()),
            Err(HoldReason::MissingCountry)
        );
    }

    #[test]
    fn bundles_become_components_with_multiplied_quantities() {
        let mut bundle = product(9, "SET");
        bundle.r#type = Some(ProductType::Bundle);
        bundle.bill_of_material = vec![
            BomItem {
                amount: Some(dec!(2)),
                article_id: Some(ProductId(1)),
                sku: None,
            },
            BomItem {
                amount: Some(dec!(1.000)),
                article_id: None,
                sku: Some("B/2".into()),
            },
        ];
        let products = vec![product(1, "A"), product(2, "B/2"), bundle];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let o = order(vec![item(9, "SET", dec!(3), dec!(30), dec!(4.79))]);
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        let got: Vec<_> = g
            .positions
            .iter()
            .map(|p| (p.external_id.as_str(), p.quantity))
            .collect();
        assert_eq!(got, vec![("1", dec!(6)), ("2", dec!(3))]);
        assert_eq!(g.positions[0].total, Some(Cents(3000)));
        assert_eq!(g.positions[1].total, Some(Cents(0)));
    }

    #[test]
    fn a_bundle_with_a_component_unknown_to_wemalo_holds_the_order() {
        let mut bundle = product(9, "SET");
        bundle.r#type = Some(ProductType::Bundle);
        bundle.bill_of_material = vec![BomItem {
            amount: Some(dec!(1)),
            article_id: Some(ProductId(77)),
            sku: Some("Z".into()),
        }];
        let products = vec![bundle];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let o = order(vec![item(9, "SET", dec!(1), dec!(5), dec!(0))]);
        assert_eq!(
            map_order(&o, &catalog, &SyncConfig::default()),
            Err(HoldReason::UnknownProduct {
                line: 1,
                sku: "Z".into()
            })
        );
    }

    #[test]
    fn vouchers_and_fees_are_left_out() {
        let products = vec![product(1, "A")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let mut voucher = item(5, "GIFT", dec!(1), dec!(-5), dec!(0));
        voucher.is_coupon = Some(true);
        let fee = OrderItem {
            product: Some(SoldProduct {
                title: Some("Nachnahmegebühr".into()),
                ..SoldProduct::default()
            }),
            quantity: Some(dec!(1)),
            ..OrderItem::default()
        };
        let o = order(vec![item(1, "A", dec!(1), dec!(10), dec!(0)), voucher, fee]);
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        assert_eq!(g.positions.len(), 1);
        let only_fee = order(vec![OrderItem::default()]);
        assert_eq!(
            map_order(&only_fee, &catalog, &SyncConfig::default()),
            Err(HoldReason::NothingToShip)
        );
    }

    #[test]
    fn a_product_unknown_to_wemalo_holds_the_whole_order() {
        let products = vec![product(1, "A"), product(4, "NEW")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let o = order(vec![
            item(1, "A", dec!(1), dec!(1), dec!(0)),
            item(4, "NEW", dec!(1), dec!(1), dec!(0)),
        ]);
        assert_eq!(
            map_order(&o, &catalog, &SyncConfig::default()),
            Err(HoldReason::UnknownProduct {
                line: 2,
                sku: "NEW".into()
            })
        );
    }

    #[test]
    fn decimal_quantities_with_trailing_zeros_are_normalised() {
        let products = vec![product(1, "A")];
        let known = known();
        let catalog = Catalog::new(&products, &known);
        let o = order(vec![item(1, "A", dec!(3.000), dec!(3), dec!(0))]);
        let g = map_order(&o, &catalog, &SyncConfig::default()).unwrap();
        assert_eq!(g.positions[0].quantity.to_string(), "3");
    }
}
