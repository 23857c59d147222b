//! The end state of a demo run as JSON (`--report FILE`): what Wemalo and Billbee hold, the
//! totals per flow, and every error.

use std::collections::BTreeMap;

use billbee_client::fake::FakeBillbee;
use billbee_wemalo_sync::{Flow, FlowCounts, ReportedError};
use serde_json::{json, Value};
use wemalo_client::fake::FakeWemalo;

/// Builds the report from the fakes' state and the summed flow counts.
pub fn build(
    billbee: &FakeBillbee,
    wemalo: &FakeWemalo,
    totals: &BTreeMap<Flow, FlowCounts>,
    errors: &[ReportedError],
    cycles: u32,
    seed: u64,
) -> Value {
    let products = wemalo.products();
    let sku_of: BTreeMap<&str, &str> = products
        .iter()
        .map(|p| (p.external_id.as_str(), p.sku.as_str()))
        .collect();
    let wemalo_products: Vec<Value> = products
        .iter()
        .map(|p| json!({"externalId": p.external_id, "sku": p.sku}))
        .collect();
    let goods_orders: Vec<Value> = wemalo
        .goods_orders()
        .iter()
        .map(|o| {
            let positions: Vec<Value> = o
                .order
                .positions
                .iter()
                .map(|p| {
                    let sku = sku_of
                        .get(p.external_id.as_str())
                        .copied()
                        .unwrap_or_default();
                    json!({"externalId": p.external_id, "sku": sku, "quantity": p.quantity})
                })
                .collect();
            json!({
                "externalId": o.order.meta.external_id,
                "status": o.status.to_string(),
                "positions": positions,
                "parcels": tracking_numbers(&o.packages),
            })
        })
        .collect();
    let orders: Vec<Value> = billbee
        .orders()
        .iter()
        .map(|o| {
            json!({
                "BillBeeOrderId": o.billbee_order_id,
                "State": o.state,
                "Tags": o.tags,
                "ShippingIds": o.shipping_ids,
            })
        })
        .collect();
    let stock: Vec<Value> = billbee
        .products()
        .iter()
        .flat_map(|p| {
            p.stocks.iter().map(move |s| {
                json!({"SKU": p.sku, "StockId": s.stock_id, "StockCurrent": s.stock_current})
            })
        })
        .collect();
    json!({
        "seed": seed,
        "cycles": cycles,
        "flows": totals,
        "wemalo": {"products": wemalo_products, "goodsOrders": goods_orders},
        "billbee": {"orders": orders, "stock": stock},
        "errors": errors,
    })
}

fn tracking_numbers(packages: &[wemalo_client::Package]) -> Vec<String> {
    packages
        .iter()
        .filter_map(|p| p.tracking_number.clone())
        .collect()
}
