//! The demo binary with the merchant's own data (`--billbee-data`) and a report file.

use std::process::Command;

use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/../../shared/fixtures/billbee/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn billbee_data_from_a_file_is_synced_and_the_report_lists_the_end_state() {
    let products = fixture("products_page1.json")["Data"].clone();
    let mut orders = fixture("orders_page1.json")["Data"]
        .as_array()
        .unwrap()
        .clone();
    orders.push(fixture("order_wemalo_tag_paid.json")["Data"].clone());
    let dir = std::env::temp_dir().join(format!("bws-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("shop.json");
    std::fs::write(
        &data,
        json!({"Products": products, "Orders": orders}).to_string(),
    )
    .unwrap();
    let report = dir.join("report.json");
    let out = Command::new(env!("CARGO_BIN_EXE_demo"))
        .arg("--billbee-data")
        .arg(&data)
        .arg("--report")
        .arg(&report)
        .arg("--max-cycles")
        .arg("3")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("What the sync did"), "{text}");
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let billbee_orders = report["billbee"]["orders"].as_array().unwrap();
    assert_eq!(billbee_orders.len(), orders.len());
    for key in ["BillBeeOrderId", "State", "Tags", "ShippingIds"] {
        assert!(
            billbee_orders[0].get(key).is_some(),
            "billbee.orders lacks {key}"
        );
    }
    assert!(report["wemalo"]["products"].is_array());
    assert!(report["wemalo"]["goodsOrders"].is_array());
    assert!(report["billbee"]["stock"].is_array());
    assert!(report["errors"].is_array());
    // The merchant's orders are left alone: no order was cancelled by the demo.
    let cancelled = billbee_orders.iter().filter(|o| o["State"] == 8).count();
    let cancelled_before = orders.iter().filter(|o| o["State"] == 8).count();
    assert_eq!(cancelled, cancelled_before);
}

#[test]
fn bad_billbee_data_is_refused_with_the_path_of_the_problem() {
    let dir = std::env::temp_dir().join(format!("bws-demo-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("bad.json");
    std::fs::write(
        &data,
        r#"{"Products": [{"Id": "not a number"}], "Orders": []}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_demo"))
        .arg("--billbee-data")
        .arg(&data)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Products[0].Id"), "{err}");
}
