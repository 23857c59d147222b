//! Hostile input: generated and garbled answers through the client's real decoding path
//! (served by wiremock), generated webhook bodies through `WebhookDelivery::parse`, a
//! replayed regression corpus (`tests/corpus/`), and one test per awkward value: ids above
//! 2^53 as numbers and strings, decimals with trailing zeros, HTML and non-JSON with 2xx,
//! and path segments with `/ # % ? &`, spaces and umlauts in every method that puts one in
//! the path.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{ok_json, TOKEN};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use wemalo_client::webhooks::{parse_webhook, WebhookDelivery, WebhookEvent};
use wemalo_client::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

// ---------------------------------------------------------------------------------------------
// The harness: one server that answers whatever the current case put in, one client.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Default)]
struct Served(Arc<Mutex<(u16, Vec<u8>)>>);

impl Respond for Served {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let (status, body) = self.0.lock().unwrap().clone();
        ResponseTemplate::new(status).set_body_raw(body, "application/json")
    }
}

fn quiet_client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .token(TOKEN)
        .max_attempts(1)
        .max_retry_wait(Duration::ZERO)
        .pacing(false)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

struct Harness {
    rt: tokio::runtime::Runtime,
    _server: MockServer,
    served: Served,
    client: Client,
}

impl Harness {
    fn new() -> Harness {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let served = Served::default();
        let server = rt.block_on(async {
            let server = MockServer::start().await;
            Mock::given(wiremock::matchers::any())
                .respond_with(served.clone())
                .mount(&server)
                .await;
            server
        });
        let client = rt.block_on(async { quiet_client(&server) });
        Harness {
            rt,
            _server: server,
            served,
            client,
        }
    }

    fn check(&self, status: u16, body: &[u8], which: usize) -> Result<(), String> {
        *self.served.0.lock().unwrap() = (status, body.to_vec());
        let outcome = self.rt.block_on(async {
            tokio::time::timeout(Duration::from_secs(20), call(&self.client, which)).await
        });
        let Ok(outcome) = outcome else {
            return Err(format!("endpoint {which} hung"));
        };
        judge(status, body, which, outcome)
    }
}

const ENDPOINTS: usize = 15;
/// The endpoint that answers nothing but success (an empty 2xx body is fine there).
const UNIT: usize = 9;

fn since() -> jiff::civil::DateTime {
    jiff::civil::date(2024, 1, 1).at(0, 0, 0, 0)
}

/// Calls one endpoint; returns the number of records for list endpoints.
async fn call(c: &Client, which: usize) -> Result<Option<usize>> {
    let len = |v: usize| Ok(Some(v));
    let sent = SentPackagesQuery::default();
    match which {
        0 => c.goods_orders().status("SO-1").await.map(|_| None),
        1 => c.products().get("P-1").await.map(|_| None),
        2 => len(c.products().stock("P-1").await?.len()),
        3 => c.products().stock_reduced("P-1", true).await.map(|_| None),
        4 => len(c.products().available_stock(since()).await?.len()),
        5 => len(c.products().get_all(since()).await?.len()),
        6 => len(c.products().units("P-1").await?.len()),
        7 => len(c
            .goods_orders()
            .packages_by_external_id("SO-1")
            .await?
            .len()),
        8 => len(c.goods_orders().sent_packages_all(&sent).await?.len()),
        UNIT => c.goods_orders().cancel("SO-1", None).await.map(|_| None),
        10 => c
            .goods_orders()
            .add(&GoodsOrder::default())
            .await
            .map(|_| None),
        11 => len(c.webhooks().list().await?.len()),
        12 => c
            .goods_orders()
            .tracking_number(ParcelId(1))
            .await
            .map(|_| None),
        13 => len(c.products().bookings_all(&BookingReason::Sent).await?.len()),
        _ => len(c.goods_orders().profiles().await?.len()),
    }
}

/// The key a list endpoint reads its records from.
fn list_key(which: usize) -> &'static str {
    match which {
        2 | 4 => "articles",
        5 => "products",
        6 => "unitList",
        7 => "packages",
        8 => "bookings",
        13 => "entries",
        11 => "hooks",
        _ => "dispatcher",
    }
}

/// An empty list is only right when the body says so: the list key holds `[]` or `null`.
fn empty_list_justified(body: &[u8], which: usize) -> bool {
    let Ok(v) = serde_json::from_slice::<Value>(body.trim_ascii()) else {
        return false;
    };
    let list = match &v {
        Value::Object(m) => m.get(list_key(which)),
        // Serde reads a struct from an array of its fields: the list is the first element.
        Value::Array(fields) => fields.first(),
        _ => None,
    };
    match list {
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Null) => true,
        _ => false,
    }
}

fn judge(
    status: u16,
    body: &[u8],
    which: usize,
    outcome: Result<Option<usize>>,
) -> Result<(), String> {
    match outcome {
        Ok(len) => {
            if !(200..300).contains(&status) {
                return Err(format!("HTTP {status} read as success at endpoint {which}"));
            }
            let blank = body.trim_ascii().is_empty();
            let json = serde_json::from_slice::<Value>(body.trim_ascii()).is_ok();
            let empty_answer_allowed = blank && which == UNIT;
            if !json && !empty_answer_allowed {
                return Err(format!("non-JSON body read as success at endpoint {which}"));
            }
            if len == Some(0) && !empty_list_justified(body, which) {
                return Err(format!("silent empty list at endpoint {which}"));
            }
            Ok(())
        }
        Err(e) => {
            let shown = format!("{e} {e:?}");
            assert!(!shown.contains(TOKEN), "token in error text: {shown}");
            if e.status() != Some(status) {
                return Err(format!("status {status} lost: {e:?}"));
            }
            match e {
                Error::Api { .. }
                | Error::RateLimited { .. }
                | Error::UnexpectedResponse { .. }
                | Error::Decode { .. } => Ok(()),
                other => Err(format!("unexpected error kind {other:?}")),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------------------------

const KEYS: &[&str] = &[
    "status",
    "Success",
    "message",
    "id",
    "externalId",
    "orderNumber",
    "statusName",
    "statusId",
    "articles",
    "products",
    "unitList",
    "packages",
    "bookings",
    "entries",
    "hooks",
    "dispatcher",
    "page",
    "additionalPage",
    "quantity",
    "notReservedQuantity",
    "details",
    "attributes",
    "sku",
    "trackingNumber",
    "token",
    "eventData",
    "goodsOrderParcelId",
    "goodsOrderId",
    "orderId",
    "type",
    "article",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(KEYS).prop_map(str::to_owned),
        1 => "\\PC{0,12}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-2i64..3).prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        proptest::sample::select(vec![
            json!(200),
            json!("200"),
            json!(419),
            json!("419"),
            json!(404),
            json!("OK"),
            json!("true"),
            json!("1"),
            json!(9_007_199_254_740_993_i64),
            json!("9007199254740993"),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(1.7976931348623157e308),
            json!(9.0e15),
            json!("30.000"),
            json!("2,5"),
            json!("1e400"),
            json!("SHIPPED"),
            json!(""),
        ]),
        "\\PC{0,16}".prop_map(Value::String),
        "[0-9]{1,45}".prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Right keys, any types: a flat answer object, sometimes with a list of records.
fn shaped() -> impl Strategy<Value = Value> {
    let record = || {
        proptest::collection::vec((key(), value()), 0..8)
            .prop_map(|kv| Value::Object(kv.into_iter().collect()))
    };
    (
        proptest::collection::vec((key(), value()), 0..8),
        proptest::option::of(proptest::sample::select(vec![
            "articles",
            "products",
            "unitList",
            "packages",
            "bookings",
            "entries",
            "hooks",
            "dispatcher",
        ])),
        proptest::collection::vec(record(), 0..3),
        prop_oneof![3 => Just(json!(true)), 1 => leaf()],
        prop_oneof![3 => Just(json!(200)), 1 => leaf()],
    )
        .prop_map(|(fields, list, records, success, status)| {
            let mut m: serde_json::Map<String, Value> = fields.into_iter().collect();
            if let Some(list) = list {
                m.insert(list.to_owned(), Value::Array(records));
            }
            m.insert("Success".into(), success);
            m.insert("status".into(), status);
            Value::Object(m)
        })
}

fn huge_number_body() -> impl Strategy<Value = Vec<u8>> {
    (
        "-?[0-9]{1,400}(\\.[0-9]{0,40})?([eE][+-]?[0-9]{1,5})?",
        proptest::sample::select(vec!["status", "id", "quantity", "page", "Success"]),
    )
        .prop_map(|(num, key)| {
            format!(r#"{{"Success":true,"{key}":{num},"articles":[{{"quantity":{num}}}]}}"#)
                .into_bytes()
        })
}

fn deep_body() -> impl Strategy<Value = Vec<u8>> {
    (1usize..20_000, any::<bool>(), any::<bool>()).prop_map(|(depth, objects, balanced)| {
        let (open, close) = if objects {
            (r#"{"articles":"#, "}")
        } else {
            ("[", "]")
        };
        let mut s = String::from(r#"{"Success":true,"products":"#);
        s.push_str(&open.repeat(depth));
        s.push_str("null");
        if balanced {
            s.push_str(&close.repeat(depth));
            s.push('}');
        }
        s.into_bytes()
    })
}

fn shared_fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::shared_fixture_path(name)).unwrap()
}

fn shared_fixture_names() -> Vec<String> {
    let dir = common::shared_fixture_path("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.ends_with(".json").then_some(name)
        })
        .collect();
    names.sort();
    names
}

/// Real bodies, truncated or with bytes flipped.
fn garbled_body() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::sample::select(shared_fixture_names()),
        any::<proptest::sample::Index>(),
        proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..6),
        any::<bool>(),
    )
        .prop_map(|(file, cut, flips, truncate)| {
            let mut bytes = shared_fixture(&file);
            for (at, b) in flips {
                let i = at
                    .index(bytes.len().max(1))
                    .min(bytes.len().saturating_sub(1));
                if let Some(slot) = bytes.get_mut(i) {
                    *slot = b;
                }
            }
            if truncate {
                bytes.truncate(cut.index(bytes.len() + 1));
            }
            bytes
        })
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        8 => Just(200u16),
        1 => proptest::sample::select(vec![201u16, 202, 400, 401, 403, 404, 408, 409, 419, 429, 500, 502]),
    ]
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        4 => shaped().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => huge_number_body(),
        1 => deep_body(),
        2 => garbled_body(),
        1 => proptest::collection::vec(any::<u8>(), 0..64),
    ]
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn generated_answers_never_panic_hang_or_lose_the_status() {
    let h = Harness::new();
    let result = runner(1200).run(
        &(status(), body(), 0..ENDPOINTS),
        |(status, body, which)| h.check(status, &body, which).map_err(TestCaseError::fail),
    );
    if let Err(e) = result {
        panic!("{e}\n(save the minimal body under tests/corpus/ to keep it as a regression case)");
    }
}

#[test]
fn every_decoder_sees_the_same_hostile_shapes() {
    let h = Harness::new();
    let result = runner(100).run(&shaped(), |v| {
        let body = serde_json::to_vec(&v).unwrap();
        for which in 0..ENDPOINTS {
            h.check(200, &body, which).map_err(TestCaseError::fail)?;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Webhook bodies: any JSON, right keys with wrong types, garbled fixtures, raw bytes.
fn webhook_body() -> impl Strategy<Value = Vec<u8>> {
    let event_data = prop_oneof![
        value(),
        proptest::collection::vec((key(), value()), 0..8)
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
    ];
    prop_oneof![
        4 => (value(), event_data).prop_map(|(token, data)| {
            serde_json::to_vec(&json!({"token": token, "eventData": data})).unwrap()
        }),
        2 => value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => deep_body(),
        1 => huge_number_body(),
        2 => garbled_body(),
        1 => proptest::collection::vec(any::<u8>(), 0..64),
    ]
}

fn check_webhook(body: &[u8]) -> Result<(), String> {
    match WebhookDelivery::parse(body) {
        Ok(d) => {
            let event = d.event();
            let shown = format!("{d:?} {event:?}");
            if !d.token.is_empty() && d.token.len() > 3 && shown.contains(&d.token) {
                // The token may be a substring of the event data by chance; only a
                // token that is nowhere else in the body must be hidden.
                let elsewhere = d.event_data.to_string().contains(&d.token);
                if !elsewhere {
                    return Err(format!("token shown in Debug: {shown}"));
                }
            }
            if parse_webhook(body).ok() != Some(event) {
                return Err("parse_webhook disagrees with WebhookDelivery::event".into());
            }
            Ok(())
        }
        Err(Error::InvalidWebhook { .. }) => Ok(()),
        Err(other) => Err(format!("unexpected error kind {other:?}")),
    }
}

#[test]
fn generated_webhook_bodies_parse_or_fail_typed() {
    let result = runner(4000).run(&webhook_body(), |body| {
        check_webhook(&body).map_err(TestCaseError::fail)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Every file in `tests/corpus/` is served with HTTP 200 and 500 to every endpoint and
/// parsed as a webhook body.
#[test]
fn regression_corpus_replays() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "corpus is missing: {files:?}");
    let h = Harness::new();
    for file in files {
        let body = std::fs::read(&file).unwrap();
        if let Err(e) = check_webhook(&body) {
            panic!("{} as webhook: {e}", file.display());
        }
        for status in [200, 500] {
            for which in 0..ENDPOINTS {
                if let Err(e) = h.check(status, &body, which) {
                    panic!("{}: HTTP {status}: {e}", file.display());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One test per awkward value, each asserting the real value.
// ---------------------------------------------------------------------------------------------

const BIG: i64 = 9_007_199_254_740_993; // 2^53 + 1: a double would make it ...992

async fn serve(server: &MockServer, m: &str, p: &str, template: ResponseTemplate) {
    Mock::given(method(m))
        .and(path(format!("/v1/{p}")))
        .respond_with(template)
        .mount(server)
        .await;
}

#[tokio::test]
async fn ids_above_2_pow_53_are_exact_as_numbers_and_strings() {
    for id in [
        json!(BIG),
        json!(BIG.to_string()),
        json!(format!(" {BIG} ")),
    ] {
        let server = MockServer::start().await;
        serve(
            &server,
            "GET",
            "goodsOrder/getStatus/SO-1",
            ok_json(json!({"id": id, "statusName": "OPEN", "orderNumber": "10000000000000000001"})),
        )
        .await;
        serve(
            &server,
            "GET",
            "product/stock/P-1",
            ok_json(json!({"articles": [{"productId": id, "clientId": id, "quantity": 1}]})),
        )
        .await;
        serve(
            &server,
            "GET",
            "product/availableStock/",
            ok_json(json!({"articles": [{"id": id, "attributes": [{"id": id, "quantity": 2}]}]})),
        )
        .await;
        let c = quiet_client(&server);
        let st = c.goods_orders().status("SO-1").await.unwrap();
        assert_eq!(st.id, Some(WemaloOrderId(BIG)), "{id}");
        assert_eq!(st.order_number.as_deref(), Some("10000000000000000001"));
        let rows = c.products().stock("P-1").await.unwrap();
        assert_eq!(rows[0].product_id, Some(BIG), "{id}");
        assert_eq!(rows[0].client_id, Some(BIG), "{id}");
        let avail = c.products().available_stock(since()).await.unwrap();
        assert_eq!(avail[0].id, Some(BIG), "{id}");
        assert_eq!(avail[0].attributes[0].id, Some(BIG), "{id}");
    }
    // In webhooks, too.
    for id in [json!(BIG), json!(BIG.to_string())] {
        let body =
            json!({"token": "t", "eventData": {"goodsOrderId": id, "goodsOrderParcelId": id}});
        let e = parse_webhook(body.to_string().as_bytes()).unwrap();
        assert_eq!(
            e,
            WebhookEvent::TrackingNumberAdded {
                goods_order_id: Some(WemaloOrderId(BIG)),
                goods_order_parcel_id: ParcelId(BIG),
                goods_order_external_id: None,
            }
        );
        let body = json!({"token": "t", "eventData": {"orderId": id, "statusName": "SHIPPED"}});
        match parse_webhook(body.to_string().as_bytes()).unwrap() {
            WebhookEvent::StatusUpdate { order_id, .. } => {
                assert_eq!(order_id, Some(WemaloOrderId(BIG)))
            }
            other => panic!("{other:?}"),
        }
    }
    // A float cannot hold it exactly: refused, not rounded.
    let body = r#"{"token":"t","eventData":{"goodsOrderParcelId":9007199254740993.0}}"#;
    assert!(matches!(
        parse_webhook(body.as_bytes()).unwrap(),
        WebhookEvent::Unknown(_)
    ));
}

#[tokio::test]
async fn quantities_with_trailing_zeros_equal_the_integer() {
    let server = MockServer::start().await;
    let body = r#"{"Success":true,"status":200,"articles":[{"quantity":30.000},
        {"quantity":"30.000"},{"quantity":30},{"quantity":"3.0E1"}]}"#;
    serve(
        &server,
        "GET",
        "product/stock/P-1",
        ResponseTemplate::new(200).set_body_raw(body, "application/json"),
    )
    .await;
    let reduced =
        r#"{"Success":true,"status":200,"quantity":"30.000","notReservedQuantity":30.000}"#;
    serve(
        &server,
        "GET",
        "product/stock/reduced/P-1",
        ResponseTemplate::new(200).set_body_raw(reduced, "application/json"),
    )
    .await;
    let c = quiet_client(&server);
    let thirty = Decimal::from(30);
    let q: Vec<_> = c
        .products()
        .stock("P-1")
        .await
        .unwrap()
        .iter()
        .map(|r| r.quantity.unwrap())
        .collect();
    assert_eq!(q, vec![thirty; 4]);
    let r = c.products().stock_reduced("P-1", true).await.unwrap();
    assert_eq!(r.quantity, Some(thirty));
    assert_eq!(r.not_reserved_quantity, Some(thirty));
}

const HTML: &str = "<!DOCTYPE html><html><body><h1>Wartungsarbeiten</h1></body></html>";

#[tokio::test]
async fn html_with_200_is_an_error_keeping_200() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(HTML, "text/html"))
        .mount(&server)
        .await;
    let c = quiet_client(&server);
    let errors = vec![
        c.goods_orders().status("SO-1").await.unwrap_err(),
        c.goods_orders().cancel("SO-1", None).await.unwrap_err(),
        c.products().stock("P-1").await.unwrap_err(),
        c.webhooks().list().await.unwrap_err(),
        c.check_token().await.unwrap_err(),
    ];
    for err in errors {
        match err {
            Error::UnexpectedResponse {
                http_status,
                content_type,
                snippet,
            } => {
                assert_eq!(http_status, 200);
                assert_eq!(content_type.as_deref(), Some("text/html"));
                assert!(snippet.contains("Wartungsarbeiten"));
            }
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn non_json_2xx_is_an_error_never_an_empty_list() {
    for (status, body) in [
        (200, "OK"),
        (200, "{\"articles\":["),
        (201, "<xml/>"),
        (200, ""),
    ] {
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(ResponseTemplate::new(status).set_body_raw(body, "text/plain"))
            .mount(&server)
            .await;
        let c = quiet_client(&server);
        let results = [
            c.products().stock("P-1").await.map(|v| v.len()),
            c.products().get_all(since()).await.map(|v| v.len()),
            c.products().available_stock(since()).await.map(|v| v.len()),
            c.goods_orders()
                .packages_by_external_id("SO-1")
                .await
                .map(|v| v.len()),
            c.goods_orders()
                .sent_packages_all(&SentPackagesQuery::default())
                .await
                .map(|v| v.len()),
            c.webhooks().list().await.map(|v| v.len()),
        ];
        for r in results {
            let err = r.expect_err(body);
            assert_eq!(err.status(), Some(status), "{body:?}: {err:?}");
            assert!(
                matches!(err, Error::UnexpectedResponse { .. }),
                "{body:?}: {err:?}"
            );
        }
    }
}

#[tokio::test]
async fn body_status_inside_a_200_is_an_error_keeping_both() {
    let server = MockServer::start().await;
    serve(
        &server,
        "GET",
        "product/stock/P-1",
        ResponseTemplate::new(200).set_body_json(
            json!({"status": "404", "message": "No product with extId found", "articles": []}),
        ),
    )
    .await;
    let err = quiet_client(&server)
        .products()
        .stock("P-1")
        .await
        .unwrap_err();
    match &err {
        Error::Api {
            http_status,
            body_status,
            message,
            ..
        } => {
            assert_eq!(*http_status, 200);
            assert_eq!(body_status, &Some(BodyStatus::Text("404".into())));
            assert_eq!(message.as_deref(), Some("No product with extId found"));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.is_not_found());
}

#[tokio::test]
async fn awkward_ids_reach_every_path_exactly_encoded() {
    let cases = [
        ("A/B #1%?&x", "A%2FB%20%231%25%3F%26x"),
        ("MUG-KÖLN/01", "MUG-K%C3%96LN%2F01"),
        ("Größe L+XL", "Gr%C3%B6%C3%9Fe%20L%2BXL"),
        ("100%", "100%25"),
        ("...", "..."),
    ];
    for (raw, enc) in cases {
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(ok_json(
                json!({"externalId": raw, "sku": raw, "productGroup": "g"}),
            ))
            .mount(&server)
            .await;
        let c = quiet_client(&server);
        let product = Product {
            external_id: raw.into(),
            sku: raw.into(),
            product_group: "g".into(),
            ..Default::default()
        };
        let p = c.products();
        let g = c.goods_orders();
        let _ = p.get(raw).await;
        let _ = p.update(raw, &product).await;
        let _ = p.stock(raw).await;
        let _ = p.stock_reduced(raw, true).await;
        let _ = p.units(raw).await;
        let _ = p.add_unit(raw, &ProductUnit::default()).await;
        let _ = p.add_image(raw, &ProductImage::default()).await;
        let _ = p.change_active_flag(raw, false).await;
        let _ = g.status(raw).await;
        let _ = g.cancel(raw, Some("r")).await;
        let _ = g.update_meta(raw, &GoodsOrderMeta::default()).await;
        let _ = g.add_positions(raw, None, &[]).await;
        let _ = g.remove_position(raw, raw).await;
        let _ = g.add_note(raw, "n", None).await;
        let _ = g.change_priority(raw, 1).await;
        let _ = g.add_document(raw, &Document::default()).await;
        let _ = c.returns().add_document(raw, &Document::default()).await;
        let event = WebhookEventType::Other(raw.into());
        let _ = c
            .webhooks()
            .register(event.clone(), &WebhookRegistration::default())
            .await;
        let _ = c.webhooks().delete(event).await;
        let seen: Vec<String> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .map(|r| format!("{} {}", r.method, r.url.path()))
            .collect();
        let want: Vec<String> = [
            "GET product/get/{}",
            "PUT product/update/{}",
            "GET product/stock/{}",
            "GET product/stock/reduced/{}",
            "GET product/unit/{}",
            "POST product/unit/{}",
            "PUT product/addImage/{}",
            "PUT product/changeActiveFlag/{}",
            "GET goodsOrder/getStatus/{}",
            "PUT goodsOrder/cancel/{}",
            "PUT goodsOrder/updateMeta/{}",
            "POST goodsOrder/addPosition/{}",
            "DELETE goodsOrder/removePosition/{}/{}",
            "PUT goodsOrder/note/{}",
            "PUT goodsOrder/changePriority/{}",
            "POST goodsOrder/addDocument/{}",
            "POST returns/document/{}",
            "POST webhook/{}",
            "DELETE webhook/{}",
        ]
        .iter()
        .map(|t| {
            let (m, p) = t.split_once(' ').unwrap();
            format!("{m} /v1/{}", p.replace("{}", enc))
        })
        .collect();
        assert_eq!(seen, want, "{raw:?}");
        let decoded = percent_encoding::percent_decode_str(enc)
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, raw);
    }
}

#[tokio::test]
async fn dot_segments_and_empty_ids_are_refused_before_sending() {
    let server = MockServer::start().await;
    let c = quiet_client(&server);
    for bad in ["", ".", ".."] {
        let errs = [
            c.products().get(bad).await.unwrap_err(),
            c.goods_orders().status(bad).await.unwrap_err(),
            c.goods_orders().cancel(bad, None).await.unwrap_err(),
            c.returns()
                .add_document(bad, &Document::default())
                .await
                .unwrap_err(),
            c.webhooks()
                .delete(WebhookEventType::Other(bad.into()))
                .await
                .unwrap_err(),
        ];
        for e in errs {
            assert!(matches!(e, Error::InvalidInput(_)), "{bad:?}: {e:?}");
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn pages_without_numbers_that_repeat_end_the_walk() {
    let server = MockServer::start().await;
    // A server that ignores `page`, names none and always says there is more.
    Mock::given(method("GET"))
        .and(path("/v1/goodsOrder/sentPackages/"))
        .respond_with(ok_json(
            json!({"additionalPage": true, "bookings": [{"historyId": 7}, {"historyId": 8}]}),
        ))
        .expect(2)
        .mount(&server)
        .await;
    // And one that claims more pages but sends none.
    Mock::given(method("GET"))
        .and(path("/v1/product/bookings/flag"))
        .respond_with(ok_json(
            json!({"page": 0, "additionalPage": true, "entries": []}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let c = quiet_client(&server);
    let all = tokio::time::timeout(
        Duration::from_secs(10),
        c.goods_orders()
            .sent_packages_all(&SentPackagesQuery::default()),
    )
    .await
    .expect("the walk ends")
    .unwrap();
    assert_eq!(all.len(), 2);
    let none = c
        .products()
        .bookings_all(&BookingReason::Sent)
        .await
        .unwrap();
    assert!(none.is_empty());
}

#[tokio::test]
async fn a_list_answer_without_its_list_is_an_error_not_an_empty_list() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ok_json(json!({})))
        .mount(&server)
        .await;
    let c = quiet_client(&server);
    let errs = [
        c.products()
            .stock("P-1")
            .await
            .map(|v| v.len())
            .unwrap_err(),
        c.products()
            .available_stock(since())
            .await
            .map(|v| v.len())
            .unwrap_err(),
        c.products()
            .get_all(since())
            .await
            .map(|v| v.len())
            .unwrap_err(),
        c.goods_orders()
            .packages_by_external_id("SO-1")
            .await
            .map(|v| v.len())
            .unwrap_err(),
        c.webhooks().list().await.map(|v| v.len()).unwrap_err(),
    ];
    for e in errs {
        assert!(
            matches!(
                e,
                Error::Decode {
                    http_status: 200,
                    ..
                }
            ),
            "{e:?}"
        );
    }
    // `null` is how Wemalo sends an empty list, and stays one.
    server.reset().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ok_json(json!({"articles": null})))
        .mount(&server)
        .await;
    assert!(c.products().stock("P-1").await.unwrap().is_empty());
}
