//! Retries: only for requests safe to repeat, with backoff, Retry-After and a bound.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{client, expect, ok_json, shared_fixture, TOKEN};
use serde_json::json;
use wemalo_client::{Client, GoodsOrder, OrderStatusName};
use wiremock::{MockServer, Request, Respond, ResponseTemplate};

/// Answers with `first` for the first `n` calls, then with `then`.
struct Sequence {
    calls: Arc<AtomicUsize>,
    n: usize,
    first: ResponseTemplate,
    then: ResponseTemplate,
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        if self.calls.fetch_add(1, Ordering::SeqCst) < self.n {
            self.first.clone()
        } else {
            self.then.clone()
        }
    }
}

fn rate_limited() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_string(shared_fixture("error-rate-limit-419.response.json"))
}

#[tokio::test]
async fn get_is_retried_after_419() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    expect("GET", "goodsOrder/getStatus/SO-100042")
        .respond_with(Sequence {
            calls: calls.clone(),
            n: 1,
            first: rate_limited(),
            then: ResponseTemplate::new(200)
                .set_body_string(shared_fixture("goodsOrder-getStatus.open.response.json")),
        })
        .expect(2)
        .mount(&server)
        .await;
    let s = client(&server)
        .goods_orders()
        .status("SO-100042")
        .await
        .unwrap();
    assert_eq!(s.status_name, Some(OrderStatusName::Open));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn http_429_with_retry_after_is_honoured() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    expect("GET", "webhook")
        .respond_with(Sequence {
            calls: calls.clone(),
            n: 1,
            first: ResponseTemplate::new(429).insert_header("retry-after", "1"),
            then: ok_json(json!({"hooks": []})),
        })
        .expect(2)
        .mount(&server)
        .await;
    let t0 = Instant::now();
    client(&server).webhooks().list().await.unwrap();
    assert!(t0.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn post_add_is_not_retried() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(rate_limited())
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    assert!(err.is_rate_limited());
}

#[tokio::test]
async fn post_add_is_not_retried_after_5xx() {
    let server = MockServer::start().await;
    expect("POST", "product/add")
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .products()
        .add(&Default::default())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
}

#[tokio::test]
async fn idempotent_put_is_retried_after_5xx() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    expect("PUT", "goodsOrder/cancel/SO-1")
        .respond_with(Sequence {
            calls: calls.clone(),
            n: 2,
            first: ResponseTemplate::new(502).set_body_raw("<html>bad gateway</html>", "text/html"),
            then: ok_json(json!({})),
        })
        .expect(3)
        .mount(&server)
        .await;
    client(&server)
        .goods_orders()
        .cancel("SO-1", None)
        .await
        .unwrap();
}

#[tokio::test]
async fn retries_stop_at_max_attempts() {
    let server = MockServer::start().await;
    expect("GET", "webhook")
        .respond_with(rate_limited())
        .expect(3)
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri() + "/v1/")
        .token(TOKEN)
        .max_attempts(3)
        .retry_base_delay(Duration::from_millis(5))
        .build()
        .unwrap();
    let err = c.webhooks().list().await.unwrap_err();
    assert!(err.is_rate_limited());
}

#[tokio::test]
async fn retries_stop_at_max_wait() {
    let server = MockServer::start().await;
    expect("GET", "webhook")
        .respond_with(ResponseTemplate::new(419).insert_header("retry-after", "30"))
        .expect(1)
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri() + "/v1/")
        .token(TOKEN)
        .max_retry_wait(Duration::from_secs(5))
        .build()
        .unwrap();
    let t0 = Instant::now();
    let err = c.webhooks().list().await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert!(
        matches!(err, wemalo_client::Error::RateLimited { http_status: 419, retry_after: Some(d) }
            if d == Duration::from_secs(30))
    );
    assert!(t0.elapsed() < Duration::from_secs(5));
}
