//! Hostile input: generated and garbled bodies through the client's real decoding path (served
//! by wiremock), a replayed regression corpus (`tests/corpus/`), and one test per awkward
//! value: long digit runs, ids above 2^53, paging that lies, errors inside a 200, HTML and
//! non-JSON with 2xx, path segments with `/ # % ? &`, spaces and umlauts, decimals with
//! trailing zeros.

mod common;

use billbee_client::*;
use common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

// ---------------------------------------------------------------------------------------------
// The harness: one server that answers whatever body the current case put in, one client.
// ---------------------------------------------------------------------------------------------

/// The answer every request gets: status, content type, body.
#[derive(Clone, Default)]
struct Served(Arc<Mutex<(u16, &'static str, Vec<u8>)>>);

impl Respond for Served {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let (status, ct, body) = self.0.lock().unwrap().clone();
        ResponseTemplate::new(status).set_body_raw(body, ct)
    }
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
        let client = rt.block_on(async {
            builder(&server)
                .max_retry_wait(Duration::ZERO)
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap()
        });
        Harness {
            rt,
            _server: server,
            served,
            client,
        }
    }

    /// Serves `body` with `status` to a call of endpoint `which`, and checks the outcome.
    fn check(&self, status: u16, body: &[u8], which: usize) -> Result<(), String> {
        *self.served.0.lock().unwrap() = (status, "application/json", body.to_vec());
        let outcome = self.rt.block_on(async {
            tokio::time::timeout(Duration::from_secs(20), call(&self.client, which)).await
        });
        let Ok(outcome) = outcome else {
            return Err(format!("endpoint {which} hung"));
        };
        judge(status, body, which, outcome)
    }
}

const ENDPOINTS: usize = 11;

/// Calls one endpoint, each one a different decoder (envelope, paged, bare, envelopes,
/// empty-or-JSON, loose). Returns the number of records for list endpoints.
async fn call(client: &Client, which: usize) -> Result<Option<usize>> {
    let len = |v: usize| Ok(Some(v));
    match which {
        0 => client.orders().get(OrderId(1)).await.map(|_| None),
        1 => len(client.orders().list().collect_all().await?.len()),
        2 => len(client.products().list().send().await?.items.len()),
        3 => len(client.stock().update_many(&[]).await?.len()),
        4 => len(client.shipments().providers().await?.len()),
        5 => client
            .orders()
            .set_state(OrderId(1), OrderState::Shipped)
            .await
            .map(|_| None),
        6 => client
            .products()
            .create(&Product::default())
            .await
            .map(|_| None),
        7 => len(client.enums().payment_types().await?.len()),
        8 => client.customers().get(1).await.map(|_| None),
        9 => len(client.stock().locations().await?.len()),
        _ => len(client.webhooks().list().await?.len()),
    }
}

/// Whether a successful empty list is justified by the body (the list really was `[]`).
fn empty_list_justified(body: &[u8], which: usize) -> bool {
    let Ok(v) = serde_json::from_slice::<Value>(body_without_bom(body)) else {
        return false;
    };
    let is_empty_array = |v: &Value| v.as_array().is_some_and(Vec::is_empty);
    match which {
        3 | 4 | 7 | 10 => is_empty_array(&v),
        _ => v.get("Data").is_some_and(is_empty_array),
    }
}

fn body_without_bom(body: &[u8]) -> &[u8] {
    body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body)
}

/// The rules every answer must satisfy, whatever the body.
fn judge(
    status: u16,
    body: &[u8],
    which: usize,
    outcome: Result<Option<usize>>,
) -> Result<(), String> {
    let ok_status = (200..300).contains(&status);
    match outcome {
        Ok(len) => {
            if !ok_status {
                return Err(format!("HTTP {status} read as success at endpoint {which}"));
            }
            if len == Some(0) && !empty_list_justified(body, which) {
                return Err(format!("silent empty list at endpoint {which}"));
            }
            let blank = body.iter().all(u8::is_ascii_whitespace);
            let json = serde_json::from_slice::<Value>(body_without_bom(body)).is_ok();
            let empty_answer_allowed = blank && which == 5;
            if !json && !empty_answer_allowed {
                return Err(format!("non-JSON body read as success at endpoint {which}"));
            }
            Ok(())
        }
        Err(e) => {
            // Display and Debug must work (and not panic) on every error.
            let shown = format!("{e} {e:?}");
            if shown.is_empty() {
                return Err("empty error text".into());
            }
            if e.status() != Some(status) {
                return Err(format!("status {status} lost: {e:?}"));
            }
            match e {
                Error::Api { .. }
                | Error::BadRequest { .. }
                | Error::UnexpectedResponse { .. }
                | Error::Decode { .. }
                | Error::RateLimited { .. } => Ok(()),
                other => Err(format!("unexpected error kind {other:?}")),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------------------------

/// Keys Billbee's bodies use, so generated objects hit real fields with wrong types.
const KEYS: &[&str] = &[
    "ErrorCode",
    "ErrorMessage",
    "ErrorDescription",
    "Data",
    "Paging",
    "Page",
    "TotalPages",
    "TotalRows",
    "PageSize",
    "BillBeeOrderId",
    "Id",
    "OrderNumber",
    "State",
    "OrderItems",
    "Quantity",
    "TotalCost",
    "CreatedAt",
    "Tags",
    "InvoiceAddress",
    "ShippingAddress",
    "Street",
    "SKU",
    "EAN",
    "StockCurrent",
    "Stocks",
    "Product",
    "ShippingIds",
    "SellerComment",
    "Message",
    "ModelState",
    "name",
    "products",
    "Name",
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
        (-5i64..5).prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        proptest::sample::select(vec![
            json!(9_007_199_254_740_993_i64),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(1.7976931348623157e308),
            json!(-1.7976931348623157e308),
            json!(5e-324),
            json!(2_147_483_648_i64),
            json!(-2_147_483_649_i64),
            json!("30.000"),
            json!("2024-02-30T25:61:61"),
            json!("0001-01-01T00:00:00"),
            json!(""),
            json!("NaN"),
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

/// Right keys, any types: an envelope whose `Data` is an order-, product- or list-shaped
/// object with every value replaced by a generated one.
fn shaped() -> impl Strategy<Value = Value> {
    let record = || {
        proptest::collection::vec((key(), value()), 0..10)
            .prop_map(|kv| Value::Object(kv.into_iter().collect()))
    };
    let data = prop_oneof![
        record(),
        proptest::collection::vec(record(), 0..4).prop_map(Value::Array),
        value(),
    ];
    let paging = prop_oneof![
        Just(Value::Null),
        value(),
        (leaf(), leaf(), leaf(), leaf()).prop_map(|(p, t, r, s)| json!({
            "Page": p, "TotalPages": t, "TotalRows": r, "PageSize": s
        })),
    ];
    let code = prop_oneof![4 => Just(json!(0)), 1 => leaf()];
    (code, leaf(), paging, data, any::<bool>()).prop_map(|(code, msg, paging, data, as_list)| {
        if as_list {
            Value::Array(vec![
                json!({"ErrorCode": code, "ErrorMessage": msg, "Data": data}),
            ])
        } else {
            json!({"ErrorCode": code, "ErrorMessage": msg, "Paging": paging, "Data": data})
        }
    })
}

/// Number literals no JSON parser holds: 400 digits, exponents out of range.
fn huge_number_body() -> impl Strategy<Value = Vec<u8>> {
    (
        "-?[0-9]{1,400}(\\.[0-9]{0,40})?([eE][+-]?[0-9]{1,5})?",
        proptest::sample::select(vec![
            "BillBeeOrderId",
            "ErrorCode",
            "TotalPages",
            "Quantity",
            "Id",
        ]),
        any::<bool>(),
    )
        .prop_map(|(num, key, in_data)| {
            let text = if in_data {
                format!(r#"{{"ErrorCode":0,"Paging":{{"Page":1,"TotalPages":{num}}},"Data":[{{"{key}":{num}}}]}}"#)
            } else {
                format!(r#"{{"ErrorCode":0,"Data":{{"{key}":{num}}}}}"#)
            };
            text.into_bytes()
        })
}

/// Nesting far beyond serde_json's recursion limit, balanced or not.
fn deep_body() -> impl Strategy<Value = Vec<u8>> {
    (1usize..20_000, any::<bool>(), any::<bool>()).prop_map(|(depth, objects, balanced)| {
        let (open, close) = if objects {
            (r#"{"Data":"#, "}")
        } else {
            ("[", "]")
        };
        let mut s = String::from(r#"{"ErrorCode":0,"Data":"#);
        s.push_str(&open.repeat(depth));
        s.push_str("null");
        if balanced {
            s.push_str(&close.repeat(depth));
            s.push('}');
        }
        s.into_bytes()
    })
}

/// Real bodies, truncated or with bytes flipped.
fn garbled_body() -> impl Strategy<Value = Vec<u8>> {
    let files = vec![
        "orders_page1.json",
        "order_unicode.json",
        "order_single_with_bom.json",
        "products_page1.json",
        "stock_update_multiple_response.json",
        "error_400_modelstate.json",
    ];
    (
        proptest::sample::select(files),
        any::<proptest::sample::Index>(),
        proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..6),
        any::<bool>(),
    )
        .prop_map(|(file, cut, flips, truncate)| {
            let mut bytes = fixture(file).into_bytes();
            for (at, b) in flips {
                let i = at.index(bytes.len());
                bytes[i] = b;
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
        1 => proptest::sample::select(vec![201u16, 202, 400, 401, 403, 404, 409, 429, 500, 502, 503]),
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
fn generated_bodies_never_panic_hang_or_lose_the_status() {
    let h = Harness::new();
    let strategy = (status(), body(), 0..ENDPOINTS);
    let result = runner(1200).run(&strategy, |(status, body, which)| {
        h.check(status, &body, which).map_err(TestCaseError::fail)
    });
    if let Err(e) = result {
        panic!("{e}\n(save the minimal body under tests/corpus/ to keep it as a regression case)");
    }
}

#[test]
fn every_decoder_sees_the_same_hostile_shapes() {
    // Each shaped body goes to every endpoint, so no decoder is skipped by chance.
    let h = Harness::new();
    let result = runner(120).run(&shaped(), |v| {
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

/// Every file in `tests/corpus/` (found failures and hand-picked bodies) is served with HTTP
/// 200 and with HTTP 500 to every endpoint.
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

const DIGITS_40: &str = "1234567890123456789012345678901234567890";

async fn serve_get(server: &MockServer, p: &str, status: u16, body: Value) {
    Mock::given(method("GET"))
        .and(path(p))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(server)
        .await;
}

#[tokio::test]
async fn long_digit_runs_in_free_text_stay_text() {
    let server = MockServer::start().await;
    let order = json!({
        "BillBeeOrderId": 7,
        "SellerComment": DIGITS_40,
        "OrderNumber": format!("#{DIGITS_40}"),
        "InvoiceAddress": {"Street": format!("Postfach {DIGITS_40}"), "Line2": DIGITS_40,
            "HouseNumber": "000123", "Zip": "01067"},
        "ShippingAddress": {"NameAddition": DIGITS_40},
        "OrderItems": [{"ShippingProfileId": DIGITS_40, "SerialNumber": DIGITS_40}],
    });
    serve_get(&server, "/api/v1/orders/7", 200, envelope(order)).await;
    let o = client(&server).orders().get(OrderId(7)).await.unwrap();
    assert_eq!(o.seller_comment.as_deref(), Some(DIGITS_40));
    assert_eq!(o.order_number, Some(format!("#{DIGITS_40}")));
    let inv = o.invoice_address.unwrap();
    assert_eq!(inv.street, Some(format!("Postfach {DIGITS_40}")));
    assert_eq!(inv.line2.as_deref(), Some(DIGITS_40));
    assert_eq!(inv.house_number.as_deref(), Some("000123"));
    assert_eq!(inv.zip.as_deref(), Some("01067"));
    assert_eq!(
        o.shipping_address.unwrap().name_addition.as_deref(),
        Some(DIGITS_40)
    );
    assert_eq!(
        o.order_items[0].shipping_profile_id.as_deref(),
        Some(DIGITS_40)
    );
    assert_eq!(o.order_items[0].serial_number.as_deref(), Some(DIGITS_40));
}

#[tokio::test]
async fn ids_above_2_pow_53_are_exact() {
    const BIG: i64 = 9_007_199_254_740_993; // 2^53 + 1: a double would make it ...992
    let server = MockServer::start().await;
    let order = json!({"BillBeeOrderId": BIG, "BillBeeParentOrderId": i64::MAX,
        "OrderItems": [{"BillbeeId": BIG, "Product": {"BillbeeId": BIG}}]});
    serve_get(
        &server,
        "/api/v1/orders/9007199254740993",
        200,
        envelope(order.clone()),
    )
    .await;
    serve_get(
        &server,
        "/api/v1/orders",
        200,
        json!({"Paging": {"Page": 1, "TotalPages": 1, "TotalRows": 1, "PageSize": 250},
            "ErrorCode": 0, "Data": [order]}),
    )
    .await;
    serve_get(
        &server,
        "/api/v1/products/9007199254740993",
        200,
        envelope(json!({"Id": BIG, "SKU": "X"})),
    )
    .await;
    let c = client(&server);
    let o = c.orders().get(OrderId(BIG)).await.unwrap();
    assert_eq!(o.billbee_order_id, Some(OrderId(BIG)));
    assert_eq!(o.billbee_parent_order_id, Some(OrderId(i64::MAX)));
    assert_eq!(o.order_items[0].billbee_id, Some(BIG));
    let listed = c.orders().list().collect_all().await.unwrap();
    assert_eq!(listed[0].billbee_order_id, Some(OrderId(BIG)));
    let p = c.products().get(ProductId(BIG)).await.unwrap();
    assert_eq!(p.id, Some(ProductId(BIG)));
    let sent: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert!(
        sent.contains(&"/api/v1/orders/9007199254740993".to_owned()),
        "{sent:?}"
    );
}

#[tokio::test]
async fn page_claiming_rows_with_empty_data_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/orders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Paging": {"Page": 1, "TotalPages": 3, "TotalRows": 5, "PageSize": 250},
            "ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": "NoError", "Data": []
        })))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let all = tokio::time::timeout(Duration::from_secs(10), c.orders().list().collect_all())
        .await
        .expect("the stream ends")
        .unwrap();
    assert!(all.is_empty());
    let page = c.orders().list().send().await.unwrap();
    assert_eq!((page.total_pages, page.total_rows), (Some(3), Some(5)));
    assert!(!page.has_next(250));
    server.reset().await;
}

#[tokio::test]
async fn paging_null_reads_one_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/products"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Paging": null, "ErrorCode": 0,
            "Data": [{"Id": 1, "SKU": "A"}, {"Id": 2, "SKU": "B"}]
        })))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    let all = tokio::time::timeout(Duration::from_secs(10), c.products().list().collect_all())
        .await
        .expect("the stream ends")
        .unwrap();
    let skus: Vec<_> = all.iter().map(|p| p.sku.clone().unwrap()).collect();
    assert_eq!(skus, ["A", "B"]);
}

#[tokio::test]
async fn error_code_inside_a_200_is_an_error_with_code_and_message() {
    let server = MockServer::start().await;
    serve_get(
        &server,
        "/api/v1/orders",
        200,
        json!({"Paging": {"Page": 1, "TotalPages": 1}, "ErrorCode": 11,
            "ErrorMessage": "Parameter SKU is empty", "ErrorDescription": "InvalidData",
            "Data": []}),
    )
    .await;
    let err = client(&server)
        .orders()
        .list()
        .collect_all()
        .await
        .unwrap_err();
    match &err {
        Error::Api {
            status,
            code,
            message,
            description,
        } => {
            assert_eq!(*status, 200);
            assert_eq!(*code, Some(ApiErrorCode::from(11)));
            assert_eq!(message.as_deref(), Some("Parameter SKU is empty"));
            assert_eq!(description.as_deref(), Some("InvalidData"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.api_error_code(), Some(ApiErrorCode::InvalidData));
    assert!(err.to_string().contains("Parameter SKU is empty"), "{err}");
}

const HTML: &str = "<!DOCTYPE html><html><body><h1>Wartungsarbeiten</h1></body></html>";

#[tokio::test]
async fn html_with_200_is_an_error_keeping_200() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(HTML, "text/html; charset=utf-8"))
        .mount(&server)
        .await;
    let c = client(&server);
    let errors = vec![
        c.orders().get(OrderId(1)).await.unwrap_err(),
        c.orders().list().collect_all().await.unwrap_err(),
        c.orders()
            .set_state(OrderId(1), OrderState::Shipped)
            .await
            .unwrap_err(),
        c.orders()
            .add_tags(OrderId(1), ["wemalo"])
            .await
            .unwrap_err(),
        c.stock().update_many(&[]).await.unwrap_err(),
    ];
    for err in errors {
        match err {
            Error::UnexpectedResponse {
                status,
                content_type,
                snippet,
            } => {
                assert_eq!(status, 200);
                assert_eq!(content_type.as_deref(), Some("text/html; charset=utf-8"));
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
        (200, "[]garbage"),
        (200, "\u{feff}"),
        (201, "<xml/>"),
        (200, "{\"ErrorCode\":0,\"Data\":["),
    ] {
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(ResponseTemplate::new(status).set_body_raw(body, "text/plain"))
            .mount(&server)
            .await;
        let c = client(&server);
        let results = [
            c.orders().list().collect_all().await.map(|v| v.len()),
            c.products().list().send().await.map(|p| p.items.len()),
            c.stock().locations().await.map(|v| v.len()),
            c.enums().order_states().await.map(|v| v.len()),
            c.shipments().providers().await.map(|v| v.len()),
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
async fn awkward_path_segments_arrive_exactly_encoded() {
    // Each value, and the exact path segment the server must see.
    let cases = [
        ("A/B #1%?&x", "A%2FB%20%231%25%3F%26x"),
        ("MUG-KÖLN/01", "MUG-K%C3%96LN%2F01"),
        ("Größe L+XL", "Gr%C3%B6%C3%9Fe%20L%2BXL"),
        ("100%", "100%25"),
        ("a b\tc", "a%20b%09c"),
        ("...", "..."),
    ];
    for (raw, encoded) in cases {
        let server = MockServer::start().await;
        Mock::given(path_regex("^/api/v1/(products|orders|webhooks)/"))
            .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!({"SKU": raw}))))
            .mount(&server)
            .await;
        let c = client(&server);
        c.products().get_by_sku(raw).await.unwrap();
        c.products().get_by_ean(raw).await.unwrap();
        c.orders().find_by_external_reference(raw).await.unwrap();
        c.orders().find(raw, raw).await.unwrap();
        // Webhook ids are strings too; the bodies here do not matter.
        let _ = c.webhooks().get(raw).await;
        let _ = c.webhooks().update(raw, &Webhook::default()).await;
        let _ = c.webhooks().delete(raw).await;
        let seen: Vec<(String, String, Option<String>)> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r.method.to_string(),
                    r.url.path().to_owned(),
                    r.url.query().map(str::to_owned),
                )
            })
            .collect();
        let want = |m: &str, p: String, q: Option<&str>| (m.to_owned(), p, q.map(str::to_owned));
        assert_eq!(
            seen,
            vec![
                want(
                    "GET",
                    format!("/api/v1/products/{encoded}"),
                    Some("lookupBy=sku")
                ),
                want(
                    "GET",
                    format!("/api/v1/products/{encoded}"),
                    Some("lookupBy=ean")
                ),
                want(
                    "GET",
                    format!("/api/v1/orders/findbyextref/{encoded}"),
                    None
                ),
                want(
                    "GET",
                    format!("/api/v1/orders/find/{encoded}/{encoded}"),
                    None
                ),
                want("GET", format!("/api/v1/webhooks/{encoded}"), None),
                want("PUT", format!("/api/v1/webhooks/{encoded}"), None),
                want("DELETE", format!("/api/v1/webhooks/{encoded}"), None),
            ],
            "{raw:?}"
        );
        let decoded = percent_encoding::percent_decode_str(encoded)
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, raw);
    }
}

#[tokio::test]
async fn dot_segments_and_empty_ids_are_refused_before_sending() {
    // `..` would be resolved away by the URL and reach `/api/v1/` instead of the product.
    let server = MockServer::start().await;
    let c = client(&server);
    for bad in ["", ".", ".."] {
        let errs = [
            c.products().get_by_sku(bad).await.unwrap_err(),
            c.products().get_by_ean(bad).await.unwrap_err(),
            c.orders()
                .find_by_external_reference(bad)
                .await
                .unwrap_err(),
            c.orders().find(bad, "shopify").await.unwrap_err(),
            c.webhooks().get(bad).await.unwrap_err(),
            c.webhooks().delete(bad).await.unwrap_err(),
        ];
        for e in errs {
            assert!(
                matches!(
                    e,
                    Error::Config {
                        setting: "path segment",
                        ..
                    }
                ),
                "{bad:?}: {e:?}"
            );
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn sku_in_a_query_is_encoded_too() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/products/reservedamount"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!({"ReservedAmount": 2}))),
        )
        .mount(&server)
        .await;
    let c = client(&server);
    c.stock()
        .reserved_amount_by_sku("A/B #1%?&x=ü", None)
        .await
        .unwrap();
    let req = &server.received_requests().await.unwrap()[0];
    let pairs: Vec<(String, String)> = req
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("id".to_owned(), "A/B #1%?&x=ü".to_owned()),
            ("lookupBy".to_owned(), "sku".to_owned())
        ]
    );
}

#[tokio::test]
async fn quantities_with_trailing_zeros_equal_the_integer() {
    let server = MockServer::start().await;
    // Raw text, so the trailing zeros really are on the wire.
    let body = r#"{"ErrorCode":0,"Data":{"BillBeeOrderId":1,"TotalCost":30.000,
        "OrderItems":[{"Quantity":30.000},{"Quantity":"30.000"},{"Quantity":30},
        {"Quantity":3.0E1}]}}"#;
    Mock::given(method("GET"))
        .and(path("/api/v1/orders/1"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let o = client(&server).orders().get(OrderId(1)).await.unwrap();
    let thirty = Decimal::from(30);
    assert_eq!(o.total_cost, Some(thirty));
    let q: Vec<_> = o.order_items.iter().map(|i| i.quantity.unwrap()).collect();
    assert_eq!(q, vec![thirty; 4]);
    assert!(q.iter().all(|d| d.normalize() == thirty));
}
