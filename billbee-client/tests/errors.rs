//! Error mapping: status kept for HTML and empty bodies, envelopes, model state, decode paths,
//! and no secret in any `Debug` output.

mod common;

use billbee_client::*;
use common::*;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn serve(server: &MockServer, template: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path("/api/v1/orders/1"))
        .respond_with(template)
        .mount(server)
        .await;
}

async fn get_err(template: ResponseTemplate) -> Error {
    let server = MockServer::start().await;
    serve(&server, template).await;
    let client = builder(&server)
        .max_retry_wait(std::time::Duration::ZERO)
        .build()
        .unwrap();
    client.orders().get(OrderId(1)).await.unwrap_err()
}

#[tokio::test]
async fn html_504_keeps_status() {
    let html = "<html><body><h1>504 Gateway Time-out</h1></body></html>";
    let err = get_err(ResponseTemplate::new(504).set_body_raw(html, "text/html")).await;
    assert_eq!(err.status(), Some(504));
    assert!(err.is_retryable());
    match err {
        Error::UnexpectedResponse {
            status: 504,
            content_type,
            snippet,
        } => {
            assert_eq!(content_type.as_deref(), Some("text/html"));
            assert!(snippet.contains("Gateway"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn empty_500_keeps_status() {
    let err = get_err(ResponseTemplate::new(500)).await;
    assert_eq!(err.status(), Some(500));
    assert!(
        matches!(err, Error::UnexpectedResponse { status: 500, ref snippet, .. }
            if snippet.is_empty())
    );
}

#[tokio::test]
async fn empty_200_where_data_is_expected_is_an_error() {
    let err = get_err(ResponseTemplate::new(200)).await;
    assert!(
        matches!(err, Error::UnexpectedResponse { status: 200, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn ok_status_with_error_code_is_api_error() {
    let body = json!({"ErrorMessage": "Order 1 not found", "ErrorCode": 2,
        "ErrorDescription": "OrderNotFound", "Data": null});
    let err = get_err(ResponseTemplate::new(200).set_body_json(body)).await;
    assert_eq!(err.api_error_code(), Some(ApiErrorCode::OrderNotFound));
    assert_eq!(err.status(), Some(200));
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn error_description_as_number() {
    let body = json!({"ErrorMessage": "x", "ErrorCode": 25, "ErrorDescription": 25, "Data": null});
    let err = get_err(ResponseTemplate::new(200).set_body_json(body)).await;
    match err {
        Error::Api {
            code, description, ..
        } => {
            assert_eq!(code, Some(ApiErrorCode::Unknown(25)));
            assert_eq!(description.as_deref(), Some("25"));
        }
        other => panic!("{other:?}"),
    }
    let ok = json!({"ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": 0,
        "Data": {"BillBeeOrderId": 1}});
    let server = MockServer::start().await;
    serve(&server, ResponseTemplate::new(200).set_body_json(ok)).await;
    let order = client(&server).orders().get(OrderId(1)).await.unwrap();
    assert_eq!(order.billbee_order_id, Some(OrderId(1)));
}

#[tokio::test]
async fn bad_request_with_model_state() {
    let body = json!({"Message": "Die Anforderung ist ungültig.",
        "ModelState": {"orderData.CreatedAt": ["The CreatedAt field is required."]}});
    let err = get_err(ResponseTemplate::new(400).set_body_json(body)).await;
    match err {
        Error::BadRequest {
            status: 400,
            model_state,
            ..
        } => {
            assert_eq!(
                model_state["orderData.CreatedAt"],
                vec!["The CreatedAt field is required."]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn undecodable_ok_body_names_the_path() {
    let body = json!({"ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": "NoError",
        "Data": {"BillBeeOrderId": 1, "OrderItems": [{"Quantity": 1}, {"Quantity": "lots"}]}});
    let err = get_err(ResponseTemplate::new(200).set_body_json(body)).await;
    match err {
        Error::Decode {
            status: 200,
            path,
            snippet,
            ..
        } => {
            assert_eq!(path, "Data.OrderItems[1].Quantity");
            assert!(snippet.contains("lots"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn list_with_wrong_data_is_an_error_not_empty() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/orders"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"ErrorCode": 0, "Data": {"x": 1}})),
        )
        .mount(&server)
        .await;
    let err = client(&server).orders().list().send().await.unwrap_err();
    assert!(
        matches!(err, Error::Decode { ref path, .. } if path == "Data"),
        "{err:?}"
    );
}

#[tokio::test]
async fn non_json_ok_body_is_unexpected() {
    let err = get_err(ResponseTemplate::new(200).set_body_raw("<xml/>", "text/xml")).await;
    assert!(
        matches!(err, Error::UnexpectedResponse { status: 200, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn snippet_is_capped() {
    let big = format!("<html>{}</html>", "ä".repeat(5000));
    let err = get_err(ResponseTemplate::new(502).set_body_raw(big, "text/html")).await;
    match err {
        Error::UnexpectedResponse { snippet, .. } => assert!(snippet.len() <= 1024),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn no_secret_in_debug_output() {
    let server = MockServer::start().await;
    serve(&server, ResponseTemplate::new(500)).await;
    let client = builder(&server)
        .max_retry_wait(std::time::Duration::ZERO)
        .build()
        .unwrap();
    let builder_dbg = format!("{:?}", builder(&server));
    let client_dbg = format!("{client:?}");
    let err = client.orders().get(OrderId(1)).await.unwrap_err();
    let err_dbg = format!("{err:?} {err}");
    let unreachable = Client::builder()
        .base_url("http://127.0.0.1:9/api/v1")
        .user(USER)
        .api_password(PASSWORD)
        .api_key(KEY)
        .connect_timeout(std::time::Duration::from_millis(200))
        .max_retry_wait(std::time::Duration::ZERO)
        .build()
        .unwrap();
    let transport = unreachable.orders().get(OrderId(1)).await.unwrap_err();
    assert!(matches!(transport, Error::Transport(_)));
    let transport_dbg = format!("{transport:?} {transport}");
    for text in [&builder_dbg, &client_dbg, &err_dbg, &transport_dbg] {
        assert!(!text.contains(PASSWORD), "password leaked: {text}");
        assert!(!text.contains(KEY), "api key leaked: {text}");
    }
    assert!(client_dbg.contains("redacted"));
}

#[test]
fn build_names_the_missing_setting() {
    let err = Client::builder()
        .api_password("p")
        .api_key("k")
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Config {
            setting: "user",
            ..
        }
    ));
    let err = Client::builder()
        .user("u")
        .api_key("k")
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Config {
            setting: "api_password",
            ..
        }
    ));
    let err = Client::builder()
        .user("u")
        .api_password("p")
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Config {
            setting: "api_key",
            ..
        }
    ));
    let err = Client::builder()
        .user("u")
        .api_password("p")
        .api_key("k")
        .base_url("not a url")
        .build();
    assert!(matches!(
        err,
        Err(Error::Config {
            setting: "base_url",
            ..
        })
    ));
    let err = Client::builder()
        .user("u")
        .api_password("p")
        .api_key("k")
        .base_url("https://user:pw@api.billbee.io/api/v1")
        .build();
    assert!(matches!(
        err,
        Err(Error::Config {
            setting: "base_url",
            ..
        })
    ));
    let err = Client::builder()
        .user("u")
        .api_password("p")
        .api_key("bad\nkey")
        .build();
    assert!(matches!(
        err,
        Err(Error::Config {
            setting: "api_key",
            ..
        })
    ));
    let ok = Client::builder()
        .user("u")
        .api_password("p")
        .api_key("k")
        .build()
        .unwrap();
    assert_eq!(ok.base_url(), DEFAULT_BASE_URL);
}

#[test]
fn client_is_clone_send_sync() {
    fn check<T: Clone + Send + Sync + 'static>() {}
    check::<Client>();
    fn check_err<T: std::error::Error + Send + Sync + 'static>() {}
    check_err::<Error>();
}
