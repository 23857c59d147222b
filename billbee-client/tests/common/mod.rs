//! Helpers shared by the integration tests.
#![allow(dead_code)]

use billbee_client::{Client, RateLimits};
use std::time::Duration;
use wiremock::matchers::{basic_auth, header};
use wiremock::{MockBuilder, MockServer};

pub const USER: &str = "shop-owner@example.com";
pub const PASSWORD: &str = "s3cr3t-api-password-value";
pub const KEY: &str = "k3y-developer-key-value";

/// A client for a wiremock server: no pacing, short retry budget.
pub fn client(server: &MockServer) -> Client {
    builder(server).build().expect("valid test client")
}

pub fn builder(server: &MockServer) -> billbee_client::ClientBuilder {
    Client::builder()
        .base_url(format!("{}/api/v1", server.uri()))
        .user(USER)
        .api_password(PASSWORD)
        .api_key(KEY)
        .rate_limits(RateLimits {
            per_endpoint_per_second: 0,
            overall_per_second: 0,
        })
        .max_retry_wait(Duration::from_secs(5))
}

/// Adds the matchers every Billbee request must satisfy.
pub fn authed(m: MockBuilder) -> MockBuilder {
    m.and(header("X-Billbee-Api-Key", KEY))
        .and(basic_auth(USER, PASSWORD))
        .and(header("Accept", "application/json"))
}

/// A body from the shared fixtures folder (`../shared/fixtures/billbee`).
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../shared/fixtures/billbee/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

pub fn fixture_json(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).expect("fixture is JSON")
}

/// Wraps data in a success envelope.
pub fn envelope(data: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "ErrorMessage": null, "ErrorCode": 0, "ErrorDescription": "NoError", "Data": data
    })
}
