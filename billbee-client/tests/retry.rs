//! Retries: a throttled GET is repeated (honouring `Retry-After`), a POST never is.

mod common;

use billbee_client::*;
use common::*;
use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers the given templates in turn, then the last one forever.
struct Sequence {
    calls: Arc<AtomicUsize>,
    answers: Vec<ResponseTemplate>,
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        self.answers[n.min(self.answers.len() - 1)].clone()
    }
}

fn ok_order() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(envelope(json!({"BillBeeOrderId": 1})))
}

#[tokio::test]
async fn throttled_get_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    authed(Mock::given(method("GET")).and(path("/api/v1/orders/1")))
        .respond_with(Sequence {
            calls: calls.clone(),
            answers: vec![
                ResponseTemplate::new(429).insert_header("Retry-After", "1"),
                ok_order(),
            ],
        })
        .expect(2)
        .mount(&server)
        .await;
    let started = Instant::now();
    let order = client(&server).orders().get(OrderId(1)).await.unwrap();
    assert_eq!(order.billbee_order_id, Some(OrderId(1)));
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn server_errors_on_get_are_retried_with_backoff() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    authed(Mock::given(method("GET")).and(path("/api/v1/orders/1")))
        .respond_with(Sequence {
            calls: calls.clone(),
            answers: vec![
                ResponseTemplate::new(503),
                ResponseTemplate::new(502),
                ok_order(),
            ],
        })
        .expect(3)
        .mount(&server)
        .await;
    client(&server).orders().get(OrderId(1)).await.unwrap();
}

#[tokio::test]
async fn post_is_never_retried() {
    let server = MockServer::start().await;
    let calls = Arc::new(AtomicUsize::new(0));
    authed(Mock::given(method("POST")).and(path("/api/v1/orders/1/shipment")))
        .respond_with(Sequence {
            calls: calls.clone(),
            answers: vec![
                ResponseTemplate::new(429).insert_header("Retry-After", "1"),
                ResponseTemplate::new(200),
            ],
        })
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .orders()
        .add_shipment(OrderId(1), &AddShipment::default())
        .await
        .unwrap_err();
    match err {
        Error::RateLimited {
            status: 429,
            retry_after,
        } => assert_eq!(retry_after, Some(Duration::from_secs(1))),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn put_tags_is_retried_but_post_tags_is_not() {
    let server = MockServer::start().await;
    let put_calls = Arc::new(AtomicUsize::new(0));
    authed(Mock::given(method("PUT")).and(path("/api/v1/orders/1/tags")))
        .respond_with(Sequence {
            calls: put_calls.clone(),
            answers: vec![
                ResponseTemplate::new(500),
                ResponseTemplate::new(200).set_body_json(envelope(json!({}))),
            ],
        })
        .expect(2)
        .mount(&server)
        .await;
    authed(Mock::given(method("POST")).and(path("/api/v1/orders/1/tags")))
        .respond_with(ResponseTemplate::new(500))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    c.orders().set_tags(OrderId(1), ["a"]).await.unwrap();
    assert_eq!(
        c.orders()
            .add_tags(OrderId(1), ["a"])
            .await
            .unwrap_err()
            .status(),
        Some(500)
    );
}

#[tokio::test]
async fn retry_wait_is_bounded() {
    let server = MockServer::start().await;
    authed(Mock::given(method("GET")).and(path("/api/v1/orders/1")))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "30"))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = client(&server).orders().get(OrderId(1)).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        matches!(err, Error::RateLimited { retry_after: Some(d), .. }
            if d == Duration::from_secs(30))
    );
}
