//! Decoding a full Billbee page (250 orders, 250 products) from bytes to models, in MB/s.
//!
//! The page is the API's own shape: the models serialized into
//! `{"Paging":{...},"ErrorCode":0,"ErrorMessage":null,"ErrorDescription":"NoError","Data":[...]}`.
//! `billbee-client` has no public function that decodes a page from bytes (its decoder is
//! crate-private), so three paths are measured:
//!
//! * `client`: the public path, `client.orders().list().page_size(250).send()` against a
//!   loopback server that answers the fixed bytes (includes one local HTTP round trip);
//! * `client-steps`: the client's decoding steps done by hand: bytes to a
//!   `serde_json::Value`, then `serde_path_to_error` from `Data` into `Vec<Order>`;
//! * `typed`: bytes straight into an envelope struct holding `Vec<Order>` with `serde_json`.

use billbee_client::{BillbeeDateTime, Client, Order, Product, RateLimits};
use billbee_wemalo_benches::machine;
use billbee_wemalo_benches::shop::{self, ShopSize};
use criterion::{Criterion, Throughput};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Billbee's paged envelope, typed.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct Envelope<T> {
    #[serde(default)]
    paging: Option<Paging>,
    #[serde(default)]
    error_code: Option<i64>,
    #[serde(default)]
    error_message: Option<String>,
    #[serde(default)]
    data: Vec<T>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(dead_code)]
struct Paging {
    page: Option<i64>,
    total_pages: Option<i64>,
    total_rows: Option<i64>,
    page_size: Option<i64>,
}

fn page<T: serde::Serialize>(items: &[T]) -> Vec<u8> {
    let body = json!({
        "Paging": {"Page": 1, "TotalPages": 40, "TotalRows": 10_000, "PageSize": 250},
        "ErrorCode": 0,
        "ErrorMessage": null,
        "ErrorDescription": "NoError",
        "Data": items,
    });
    serde_json::to_vec(&body).expect("serializes")
}

fn client_steps<T: DeserializeOwned>(bytes: &[u8]) -> Vec<T> {
    let mut value: Value = serde_json::from_slice(bytes).expect("json");
    let data = value
        .as_object_mut()
        .and_then(|o| o.remove("Data"))
        .unwrap_or(Value::Null);
    serde_path_to_error::deserialize(data).expect("decodes")
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let now = BillbeeDateTime::now_utc();
    let shop = shop::generate(
        3,
        ShopSize {
            products: 5_000,
            orders: 250,
        },
        now,
    );
    let orders: Vec<Order> = shop.orders;
    // Half simple products, half bundles, so bills of material are on the page too.
    let mut products: Vec<Product> = shop.products[..125].to_vec();
    products.extend(shop.products[shop.products.len() - 125..].iter().cloned());
    let order_page = page(&orders);
    let product_page = page(&products);
    println!(
        "decoding: order page {:.0} KB, product page {:.0} KB; {}",
        order_page.len() as f64 / 1e3,
        product_page.len() as f64 / 1e3,
        machine()
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(MockServer::start());
    rt.block_on(
        Mock::given(method("GET"))
            .and(path("/api/v1/orders"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(order_page.clone(), "application/json"),
            )
            .mount(&server),
    );
    rt.block_on(
        Mock::given(method("GET"))
            .and(path("/api/v1/products"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(product_page.clone(), "application/json"),
            )
            .mount(&server),
    );
    let client = Client::builder()
        .base_url(format!("{}/api/v1", server.uri()))
        .user("bench@example.org")
        .api_password("bench")
        .api_key("bench")
        .rate_limits(RateLimits {
            per_endpoint_per_second: 0,
            overall_per_second: 0,
        })
        .build()
        .expect("client");

    {
        let mut g = c.benchmark_group("decode 250 orders");
        g.throughput(Throughput::Bytes(order_page.len() as u64));
        g.warm_up_time(std::time::Duration::from_secs(1));
        g.measurement_time(std::time::Duration::from_secs(4));
        g.bench_function("typed", |b| {
            b.iter(|| {
                let e: Envelope<Order> = serde_json::from_slice(&order_page).expect("decodes");
                assert_eq!(e.data.len(), 250);
                e
            })
        });
        g.bench_function("client-steps", |b| {
            b.iter(|| client_steps::<Order>(&order_page))
        });
        g.bench_function("client", |b| {
            b.iter(|| {
                let p = rt
                    .block_on(client.orders().list().page_size(250).send())
                    .expect("page");
                assert_eq!(p.items.len(), 250);
                p
            })
        });
        g.finish();
    }
    {
        let mut g = c.benchmark_group("decode 250 products");
        g.throughput(Throughput::Bytes(product_page.len() as u64));
        g.warm_up_time(std::time::Duration::from_secs(1));
        g.measurement_time(std::time::Duration::from_secs(4));
        g.bench_function("typed", |b| {
            b.iter(|| {
                let e: Envelope<Product> = serde_json::from_slice(&product_page).expect("decodes");
                assert_eq!(e.data.len(), 250);
                e
            })
        });
        g.bench_function("client-steps", |b| {
            b.iter(|| client_steps::<Product>(&product_page))
        });
        g.bench_function("client", |b| {
            b.iter(|| {
                let p = rt
                    .block_on(client.products().list().page_size(250).send())
                    .expect("page");
                assert_eq!(p.items.len(), 250);
                p
            })
        });
        g.finish();
    }
    c.final_summary();
}
