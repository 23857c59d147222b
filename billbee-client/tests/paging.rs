//! Walking pages: three pages each fetched once, and every stop rule.

mod common;

use billbee_client::*;
use common::*;
use futures_util::StreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn order(id: i64) -> Value {
    json!({"BillBeeOrderId": id, "State": 3})
}

fn page_body(page: i64, total_pages: Value, size: i64, ids: &[i64]) -> Value {
    json!({"Paging": {"Page": page, "TotalPages": total_pages, "TotalRows": 5, "PageSize": size},
        "ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": "NoError",
        "Data": ids.iter().map(|i| order(*i)).collect::<Vec<_>>()})
}

async fn mount_page(server: &MockServer, page: u32, body: Value) {
    authed(Mock::given(method("GET")).and(path("/api/v1/orders")))
        .and(query_param("page", page.to_string()))
        .and(query_param("pageSize", "250"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .named(format!("page {page}"))
        .mount(server)
        .await;
}

fn ids(orders: &[Order]) -> Vec<i64> {
    orders
        .iter()
        .filter_map(|o| o.billbee_order_id.map(|i| i.0))
        .collect()
}

#[tokio::test]
async fn three_pages_each_fetched_once() {
    let server = MockServer::start().await;
    mount_page(&server, 1, page_body(1, json!(3), 2, &[1, 2])).await;
    mount_page(&server, 2, page_body(2, json!(3), 2, &[3, 4])).await;
    mount_page(&server, 3, page_body(3, json!(3), 2, &[5])).await;
    let all = client(&server)
        .orders()
        .list()
        .states([OrderState::Paid])
        .collect_all()
        .await
        .unwrap();
    assert_eq!(ids(&all), vec![1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn stream_yields_items_lazily() {
    let server = MockServer::start().await;
    mount_page(&server, 1, page_body(1, json!(2), 2, &[1, 2])).await;
    mount_page(&server, 2, page_body(2, json!(2), 2, &[3])).await;
    let client = client(&server);
    let stream = client.orders().list().stream();
    futures_util::pin_mut!(stream);
    let mut seen = Vec::new();
    while let Some(order) = stream.next().await {
        seen.push(order.unwrap().billbee_order_id.unwrap().0);
    }
    assert_eq!(seen, vec![1, 2, 3]);
}

#[tokio::test]
async fn stops_on_empty_page() {
    let server = MockServer::start().await;
    mount_page(&server, 1, page_body(1, json!(9), 2, &[1, 2])).await;
    mount_page(&server, 2, page_body(2, json!(9), 2, &[])).await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2]);
}

#[tokio::test]
async fn stops_on_total_pages_zero() {
    let server = MockServer::start().await;
    mount_page(&server, 1, page_body(1, json!(0), 2, &[1, 2])).await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2]);
}

#[tokio::test]
async fn stops_when_paging_is_missing() {
    let server = MockServer::start().await;
    mount_page(
        &server,
        1,
        json!({"ErrorCode": 0, "Data": [order(1), order(2)]}),
    )
    .await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2]);
}

#[tokio::test]
async fn does_not_loop_on_nonsense_paging() {
    let server = MockServer::start().await;
    // Negative counts, as Prism's dynamic mode sends.
    mount_page(&server, 1, page_body(-5, json!(-3), -1, &[1, 2])).await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2]);

    // A huge page count with pages that are not full.
    let server = MockServer::start().await;
    mount_page(
        &server,
        1,
        page_body(1, json!(2_147_483_647), 1_000_000, &[1, 2, 3]),
    )
    .await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2, 3]);
}

#[tokio::test]
async fn error_ends_the_stream() {
    let server = MockServer::start().await;
    mount_page(&server, 1, page_body(1, json!(3), 2, &[1, 2])).await;
    authed(Mock::given(method("GET")).and(path("/api/v1/orders")))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"Message": "bad"})))
        .expect(1)
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server).orders().list().stream().collect().await;
    assert_eq!(results.len(), 3);
    assert_eq!(results[2].as_ref().unwrap_err().status(), Some(400));
}

#[tokio::test]
async fn products_stream_three_pages() {
    let server = MockServer::start().await;
    for (page, ids) in [(1u32, vec![1, 2]), (2, vec![3, 4]), (3, vec![5])] {
        let data: Vec<Value> = ids
            .iter()
            .map(|i| json!({"Id": i, "SKU": format!("S{i}")}))
            .collect();
        authed(Mock::given(method("GET")).and(path("/api/v1/products")))
            .and(query_param("page", page.to_string()))
            .and(query_param("pageSize", "250"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "Paging": {"Page": page, "TotalPages": 3, "TotalRows": 5, "PageSize": 2},
                "ErrorCode": 0, "Data": data})))
            .expect(1)
            .mount(&server)
            .await;
    }
    let all = client(&server)
        .products()
        .list()
        .collect_all()
        .await
        .unwrap();
    let skus: Vec<_> = all.iter().filter_map(|p| p.sku.clone()).collect();
    assert_eq!(skus, ["S1", "S2", "S3", "S4", "S5"]);
}

#[tokio::test]
async fn stops_when_the_server_ignores_the_page_parameter() {
    let server = MockServer::start().await;
    // Always page 1, full pages, many pages: without the guard this would never end.
    authed(Mock::given(method("GET")).and(path("/api/v1/orders")))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_body(
            1,
            json!(1000),
            2,
            &[1, 2],
        )))
        .expect(2)
        .mount(&server)
        .await;
    let all = client(&server).orders().list().collect_all().await.unwrap();
    assert_eq!(ids(&all), vec![1, 2, 1, 2]);
}
