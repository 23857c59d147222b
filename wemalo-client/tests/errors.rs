//! How refusals and broken answers surface: statuses kept, no token in Debug.

mod common;

use std::time::{Duration, Instant};

use common::{client, expect, fallback, shared_fixture, TOKEN};
use serde_json::json;
use wemalo_client::{BodyStatus, Client, Error, GoodsOrder};
use wiremock::{MockServer, ResponseTemplate};

#[tokio::test]
async fn body_404_with_http_200_is_api_error_keeping_both() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(ResponseTemplate::new(200).set_body_string(shared_fixture(
            "error-goodsOrder-add-unknown-product.response.json",
        )))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    match &err {
        Error::Api {
            http_status,
            body_status,
            message,
            snippet,
        } => {
            assert_eq!(*http_status, 200);
            assert_eq!(*body_status, Some(BodyStatus::Number(404)));
            assert_eq!(
                message.as_deref(),
                Some("No product with extId found: NLT-9999")
            );
            assert!(snippet.contains("NLT-9999"));
        }
        other => panic!("expected Api, got {other:?}"),
    }
    assert_eq!(err.status(), Some(200));
    assert_eq!(err.body_status(), Some(404));
    assert!(err.is_not_found());
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn body_status_as_string() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/getStatus/SO-9")
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": "404", "message": "no such order"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .status("SO-9")
        .await
        .unwrap_err();
    assert_eq!(err.body_status(), Some(404));
    assert!(
        matches!(&err, Error::Api { body_status: Some(BodyStatus::Text(t)), .. } if t == "404")
    );
    assert!(err.is_not_found());
}

#[tokio::test]
async fn success_false_with_200_status_is_error() {
    let server = MockServer::start().await;
    expect("PUT", "goodsOrder/cancel/SO-9")
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": 200, "Success": false, "message": "picked"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .cancel("SO-9", None)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(200));
    assert_eq!(err.message(), Some("picked"));
}

#[tokio::test]
async fn html_502_keeps_status() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_raw("<html><h1>Bad Gateway</h1></html>", "text/html"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    match &err {
        Error::UnexpectedResponse {
            http_status,
            content_type,
            snippet,
        } => {
            assert_eq!(*http_status, 502);
            assert_eq!(content_type.as_deref(), Some("text/html"));
            assert!(snippet.contains("Bad Gateway"));
        }
        other => panic!("expected UnexpectedResponse, got {other:?}"),
    }
    assert_eq!(err.status(), Some(502));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn empty_body_error_keeps_status() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::UnexpectedResponse { http_status: 503, ref snippet, .. }
            if snippet.is_empty())
    );
}

#[tokio::test]
async fn empty_body_success_for_unit_calls_but_not_for_reads() {
    let server = MockServer::start().await;
    expect("PUT", "goodsOrder/cancel/SO-1")
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    expect("GET", "goodsOrder/getStatus/SO-1")
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    c.goods_orders().cancel("SO-1", None).await.unwrap();
    let err = c.goods_orders().status("SO-1").await.unwrap_err();
    assert!(matches!(
        err,
        Error::UnexpectedResponse {
            http_status: 200,
            ..
        }
    ));
}

#[tokio::test]
async fn body_419_is_rate_limited_not_data() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-wemalo-limit-maxcall", "60")
                .insert_header("x-wemalo-limit-remainingcall", "0")
                .set_body_string(shared_fixture("error-rate-limit-419.response.json")),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    assert!(err.is_rate_limited(), "{err:?}");
    assert_eq!(err.status(), Some(200));
    assert_eq!(err.body_status(), Some(419));
}

#[tokio::test]
async fn decode_error_names_the_path() {
    let server = MockServer::start().await;
    expect("GET", "goodsOrder/packages")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "packages": [{"id": 1, "weightTotal": "heavy"}], "Success": true
        })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server)
        .goods_orders()
        .packages_by_external_id("SO-1")
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            http_status,
            path,
            snippet,
            ..
        } => {
            assert_eq!(*http_status, 200);
            assert_eq!(path, "packages[0].weightTotal");
            assert!(snippet.contains("heavy"));
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn http_401_json() {
    let server = MockServer::start().await;
    expect("GET", "webhook")
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"status": 401, "message": "bad token"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server).webhooks().list().await.unwrap_err();
    assert!(err.is_unauthorized());
    assert!(!err.to_string().contains(TOKEN));
}

#[tokio::test]
async fn debug_never_shows_the_token() {
    let server = MockServer::start().await;
    let c = client(&server);
    let dbg = format!("{c:?}");
    assert!(!dbg.contains(TOKEN), "{dbg}");
    assert!(dbg.contains("redacted"));
    let builder = Client::builder().token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));

    expect("GET", "webhook")
        .respond_with(ResponseTemplate::new(500).set_body_string("oops"))
        .mount(&server)
        .await;
    let err = client(&server).webhooks().list().await.unwrap_err();
    assert!(!format!("{err:?}").contains(TOKEN));
    assert!(!err.to_string().contains(TOKEN));
}

#[tokio::test]
async fn transport_error_when_nobody_listens() {
    let c = Client::builder()
        .base_url("http://127.0.0.1:9/v1/")
        .token(TOKEN)
        .max_attempts(1)
        .build()
        .unwrap();
    let err = c.webhooks().list().await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(err.status(), None);
    assert!(!format!("{err:?}").contains(TOKEN));
}

#[test]
fn builder_refuses_bad_settings() {
    assert!(matches!(Client::builder().build(), Err(Error::Config(_))));
    assert!(matches!(
        Client::builder().token("  ").build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Client::builder().token("a\nb").build(),
        Err(Error::Config(_))
    ));
    let e = Client::builder()
        .token("t")
        .base_url("ftp://x")
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::Config(_)));
    let e = Client::builder()
        .token("t")
        .base_url("not a url")
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::Config(_)));
    let c = Client::builder()
        .token("t")
        .base_url("http://localhost:1/v1")
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "http://localhost:1/v1/");
    let c = Client::builder().token("t").build().unwrap();
    assert_eq!(c.base_url(), wemalo_client::DEFAULT_BASE_URL);
}

#[test]
fn client_is_clone_send_sync() {
    fn assert_traits<T: Clone + Send + Sync + std::fmt::Debug + 'static>() {}
    assert_traits::<Client>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<Error>();
}

#[tokio::test]
async fn invalid_path_segment_is_refused_locally() {
    let server = MockServer::start().await;
    fallback(&server).await;
    let err = client(&server).goods_orders().status("").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)));
    let err = client(&server).products().get("..").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)));
}

#[tokio::test]
async fn timeout_is_a_transport_error() {
    let server = MockServer::start().await;
    expect("POST", "goodsOrder/add")
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))
        .expect(1)
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri() + "/v1/")
        .token(TOKEN)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let t0 = Instant::now();
    let err = c
        .goods_orders()
        .add(&GoodsOrder::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(e) if e.is_timeout()),
        "{err:?}"
    );
    assert!(t0.elapsed() < Duration::from_secs(2));
}

#[test]
fn display_texts() {
    let api = Error::Api {
        http_status: 200,
        body_status: Some(BodyStatus::Number(404)),
        message: Some("No product with extId found: X".into()),
        snippet: String::new(),
    };
    assert_eq!(
        api.to_string(),
        "wemalo-connect error (HTTP 200, body status 404): No product with extId found: X"
    );
    let api = Error::Api {
        http_status: 500,
        body_status: None,
        message: None,
        snippet: "x".into(),
    };
    assert_eq!(api.to_string(), "wemalo-connect error (HTTP 500)");
    let rl = Error::RateLimited {
        http_status: 200,
        retry_after: None,
    };
    assert_eq!(rl.to_string(), "rate limited by wemalo-connect (HTTP 200)");
    let un = Error::UnexpectedResponse {
        http_status: 502,
        content_type: Some("text/html".into()),
        snippet: "<html>".into(),
    };
    assert_eq!(
        un.to_string(),
        "unexpected response from wemalo-connect (HTTP 502, content type text/html)"
    );
    let empty = Error::UnexpectedResponse {
        http_status: 503,
        content_type: None,
        snippet: "".into(),
    };
    assert!(empty.to_string().ends_with("content type none)"));
    assert_eq!(
        Error::Config("x".into()).to_string(),
        "invalid configuration: x"
    );
}
