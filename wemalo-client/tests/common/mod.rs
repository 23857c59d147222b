//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use wemalo_client::Client;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockBuilder, MockServer, ResponseTemplate};

pub const TOKEN: &str = "test-token-4711";

/// A client for a mock server, with quick retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .token(TOKEN)
        .retry_base_delay(Duration::from_millis(10))
        .build()
        .expect("client builds")
}

/// A mock matching method, path (below /v1) and the auth header.
pub fn expect(m: &str, p: &str) -> MockBuilder {
    Mock::given(method(m))
        .and(path(format!("/v1/{p}")))
        .and(header("authorization", format!("JWT {TOKEN}").as_str()))
}

/// The usual success envelope plus `fields`.
pub fn ok_json(fields: serde_json::Value) -> ResponseTemplate {
    let mut v = fields;
    if let serde_json::Value::Object(m) = &mut v {
        m.insert("Success".into(), true.into());
        m.insert("status".into(), 200.into());
    }
    ResponseTemplate::new(200).set_body_json(v)
}

/// Path of a shared fixture (`../../shared/fixtures/wemalo/<name>`).
pub fn shared_fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/fixtures/wemalo")
        .join(name)
}

/// Text of a shared fixture.
pub fn shared_fixture(name: &str) -> String {
    let p = shared_fixture_path(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

/// Text of one of this crate's own fixtures.
pub fn own_fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

/// A catch-all that fails loudly for anything not mocked.
pub async fn fallback(server: &MockServer) {
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(599).set_body_string("unmatched request"))
        .with_priority(u8::MAX)
        .named("fallback")
        .expect(0)
        .mount(server)
        .await;
}

/// Numbers compared by value, so `12` equals `12.0`.
fn normalize(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| serde_json::json!(f)),
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), normalize(v))).collect())
        }
        other => other.clone(),
    }
}

/// Matches a JSON body equal to `expected`, numbers compared by value.
pub fn same_json(expected: &serde_json::Value) -> SameJson {
    SameJson(normalize(expected))
}

/// See [`same_json`].
pub struct SameJson(serde_json::Value);

impl wiremock::Match for SameJson {
    fn matches(&self, request: &wiremock::Request) -> bool {
        serde_json::from_slice::<serde_json::Value>(&request.body)
            .is_ok_and(|v| normalize(&v) == self.0)
    }
}
