//! The request span carries method, route, status and attempt; never the token or bodies.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{client, expect, ok_json, TOKEN};
use serde_json::json;
use tracing_subscriber::fmt::format::FmtSpan;
use wemalo_client::GoodsOrderMeta;
use wiremock::MockServer;

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn span_fields_without_secrets() {
    let server = MockServer::start().await;
    expect("PUT", "goodsOrder/updateMeta/SO-secret-body")
        .respond_with(ok_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let meta = GoodsOrderMeta {
        external_id: "SO-secret-body".into(),
        picking_info: Some("PICKING-INFO-IN-BODY".into()),
        ..Default::default()
    };
    client(&server)
        .goods_orders()
        .update_meta("SO-secret-body", &meta)
        .await
        .unwrap();

    let out = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(out.contains("wemalo.request"), "{out}");
    assert!(out.contains("route=\"goodsOrder/updateMeta/:id\""), "{out}");
    assert!(out.contains("method=PUT"), "{out}");
    assert!(out.contains("status=200"), "{out}");
    assert!(out.contains("attempt=1"), "{out}");
    assert!(!out.contains(TOKEN), "token leaked: {out}");
    assert!(!out.contains("PICKING-INFO-IN-BODY"), "body leaked: {out}");
}
