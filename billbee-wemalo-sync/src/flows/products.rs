//! Flow 1, products Billbee → Wemalo: create what is new, update what changed (by
//! fingerprint), report what cannot be sent.

use std::collections::HashMap;

use billbee_client::Product;

use crate::action::Action;
use crate::mapping::product::is_stocked;
use crate::mapping::{fingerprint, map_product, ProductProblem};
use crate::plan::{Finding, FlowPlan};
use crate::state::SyncState;
use crate::{SyncConfig, SyncInputs};

/// Plans the products flow.
///
/// Of several products with the same SKU (or EAN), the one Wemalo already has keeps it, or
/// else the one with the lowest Billbee id; the others are reported and not sent.
pub fn plan_products(inputs: &SyncInputs, state: &SyncState, config: &SyncConfig) -> FlowPlan {
    FlowPlan::standalone(inputs, state, config, decide_products)
}

/// The decisions of [`plan_products`] on a state that has already absorbed the inputs.
pub(crate) fn decide_products(
    inputs: &SyncInputs,
    state: &SyncState,
    config: &SyncConfig,
) -> FlowPlan {
    let products = &inputs.products;
    let mut plan = FlowPlan::empty();
    let mut mapped = Vec::new();
    let mut sorted: Vec<&Product> = products.iter().filter(|p| is_stocked(p)).collect();
    // Products Wemalo already has go first so they keep their SKU and EAN; then by id.
    sorted.sort_by_key(|p| {
        let known =
            p.id.is_some_and(|id| state.products.contains_key(&id.0.to_string()));
        (!known, p.id)
    });
    for product in sorted {
        match map_product(product, config) {
            Ok(w) => mapped.push(w),
            Err(problem) => plan.findings.push(Finding::ProductNotSent {
                product_id: product.id.map(|i| i.0),
                problem,
            }),
        }
    }
    let mut sku_owner: HashMap<String, String> = HashMap::new();
    let mut ean_owner: HashMap<String, String> = HashMap::new();
    let mut creates = Vec::new();
    for w in mapped {
        let id = w.external_id.parse::<i64>().unwrap_or_default();
        if let Some(other) = sku_owner.get(&w.sku.to_lowercase()) {
            let problem = ProductProblem::DuplicateSku {
                id,
                sku: w.sku.clone(),
                other: other.clone(),
            };
            plan.findings.push(Finding::ProductNotSent {
                product_id: Some(id),
                problem,
            });
            continue;
        }
        if let Some(ean) = &w.ean {
            if let Some(other) = ean_owner.get(ean) {
                let problem = ProductProblem::DuplicateEan {
                    id,
                    ean: ean.clone(),
                    other: other.clone(),
                };
                plan.findings.push(Finding::ProductNotSent {
                    product_id: Some(id),
                    problem,
                });
                continue;
            }
            ean_owner.insert(ean.clone(), w.external_id.clone());
        }
        sku_owner.insert(w.sku.to_lowercase(), w.external_id.clone());
        match state.products.get(&w.external_id) {
            None => creates.push(w),
            Some(record) if record.fingerprint != fingerprint(&w) => {
                plan.actions.push(Action::UpdateProduct { product: w })
            }
            Some(_) => {}
        }
    }
    let batch = config.product_batch_size.max(1);
    let mut batches: Vec<Action> = creates
        .chunks(batch)
        .map(|chunk| Action::CreateProducts {
            products: chunk.to_vec(),
        })
        .collect();
    // Creates first, then updates: both keep Billbee id order.
    batches.append(&mut plan.actions);
    plan.actions = batches;
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use billbee_client::{ProductId, ProductType};

    fn p(id: i64, sku: &str, ean: &str) -> Product {
        Product {
            id: Some(ProductId(id)),
            sku: Some(sku.into()),
            ean: Some(ean.into()),
            r#type: Some(ProductType::Product),
            ..Product::default()
        }
    }

    fn inputs(products: impl Into<Vec<Product>>) -> SyncInputs {
        SyncInputs {
            products: products.into(),
            ..SyncInputs::default()
        }
    }

    fn created(plan: &FlowPlan) -> Vec<String> {
        plan.actions
            .iter()
            .flat_map(|a| match a {
                Action::CreateProducts { products } => {
                    products.iter().map(|p| p.external_id.clone()).collect()
                }
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn new_products_are_created_in_batches_and_remembered() {
        let config = SyncConfig {
            product_batch_size: 2,
            ..SyncConfig::default()
        };
        let products = vec![p(3, "C", "3"), p(1, "A", "1"), p(2, "B", "2")];
        let plan = plan_products(&inputs(products.clone()), &SyncState::new(), &config);
        assert_eq!(plan.actions.len(), 2);
        assert_eq!(created(&plan), vec!["1", "2", "3"]);
        assert_eq!(plan.next_state.products.len(), 3);
        let again = plan_products(&inputs(products.clone()), &plan.next_state, &config);
        assert!(again.actions.is_empty(), "{:?}", again.actions);
    }

    #[test]
    fn a_changed_product_is_updated_and_a_sku_edit_keeps_the_id() {
        let config = SyncConfig::default();
        let first = plan_products(&inputs([p(1, "A", "1")]), &SyncState::new(), &config);
        let plan = plan_products(&inputs([p(1, "A-NEW", "1")]), &first.next_state, &config);
        assert_eq!(plan.actions.len(), 1);
        let Action::UpdateProduct { product } = &plan.actions[0] else {
            panic!()
        };
        assert_eq!(product.external_id, "1");
        assert_eq!(product.sku, "A-NEW");
    }

    #[test]
    fn colliding_skus_and_eans_are_reported_not_sent() {
        let config = SyncConfig::default();
        let first = plan_products(&inputs([p(5, "A", "1")]), &SyncState::new(), &config);
        let products = vec![p(2, "a", "9"), p(5, "A", "1"), p(7, "Z", "1")];
        let plan = plan_products(&inputs(products.clone()), &first.next_state, &config);
        assert!(plan.actions.is_empty(), "{:?}", plan.actions);
        let problems: Vec<_> = plan
            .findings
            .iter()
            .map(|f| match f {
                Finding::ProductNotSent { problem, .. } => problem.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            problems,
            vec![
                ProductProblem::DuplicateSku {
                    id: 2,
                    sku: "a".into(),
                    other: "5".into()
                },
                ProductProblem::DuplicateEan {
                    id: 7,
                    ean: "1".into(),
                    other: "5".into()
                },
            ]
        );
    }

    #[test]
    fn bundles_are_not_sent_and_missing_eans_are_reported() {
        let mut bundle = p(1, "SET", "5");
        bundle.r#type = Some(ProductType::Bundle);
        let no_ean = Product {
            ean: None,
            ..p(2, "B", "")
        };
        let plan = plan_products(
            &inputs([bundle, no_ean]),
            &SyncState::new(),
            &SyncConfig::default(),
        );
        assert!(plan.actions.is_empty());
        assert_eq!(plan.findings.len(), 1);
    }
}
