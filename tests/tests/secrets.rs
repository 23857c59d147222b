//! Secrets stay secret: the Billbee API password and key and the Wemalo token never appear
//! in `tracing` output (captured at TRACE while both clients succeed and fail), in the
//! `Debug`/`Display` text of clients, builders, errors and the runner's settings, nor in
//! what the runner binary prints when it cannot reach anything; not even base64-encoded
//! as Basic credentials. Also: both clients use rustls, never native-tls/OpenSSL.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use billbee_client::fake::FakeBillbee;
use billbee_wemalo_examples::runner::settings::{Secrets, Settings};
use serde_json::json;
use tracing_subscriber::fmt::format::FmtSpan;
use wemalo_client::fake::FakeWemalo;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const USER: &str = "shop-owner@example.com";
const PW: &str = "pw-7f3a9c1e5d-billbee-api-password";
const KEY: &str = "key-5b2d8e4fa0-billbee-developer-key";
const TOKEN: &str = "tok-91c4a7d2b6-wemalo-connect-token";

// ---------------------------------------------------------------------------------------------
// What must never show, and where we look.
// ---------------------------------------------------------------------------------------------

fn base64(input: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The secrets, their distinctive cores (a truncated secret is still a leak), and the
/// base64 forms a Basic `Authorization` header would carry.
fn forbidden() -> Vec<String> {
    let basic = base64(format!("{USER}:{PW}").as_bytes());
    let mut v: Vec<String> = [PW, KEY, TOKEN, "7f3a9c1e5d", "5b2d8e4fa0", "91c4a7d2b6"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    v.push(basic.trim_end_matches('=').to_owned());
    for s in [PW, KEY, TOKEN] {
        v.push(base64(s.as_bytes()).trim_end_matches('=').to_owned());
    }
    v
}

#[track_caller]
fn assert_clean(what: &str, text: &str) {
    for secret in forbidden() {
        assert!(
            !text.contains(&secret),
            "{what} shows a secret ({secret}):\n{text}"
        );
    }
}

#[test]
fn the_base64_helper_is_right() {
    assert_eq!(
        base64(b"Aladdin:open sesame"),
        "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    );
    assert_eq!(base64(b"ab"), "YWI=");
}

/// All `tracing` output of the process, at TRACE, with span events.
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

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Installs the capturing subscriber for the whole test process (once), so events of every
/// thread and task are seen.
fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        let writer = capture.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_span_events(FmtSpan::FULL)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other subscriber");
        capture
    })
}

/// A loopback port nothing listens on.
fn unused_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Text of an error with its whole source chain, in `Display` and `Debug` form.
fn shown(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = format!("{e}\n{e:?}");
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(&format!("\n{s}\n{s:?}"));
        source = s.source();
    }
    text
}

// ---------------------------------------------------------------------------------------------
// Billbee.
// ---------------------------------------------------------------------------------------------

fn billbee_builder(base: &str) -> billbee_client::ClientBuilder {
    billbee_client::Client::builder()
        .base_url(base)
        .user(USER)
        .api_password(PW)
        .api_key(KEY)
        .rate_limits(billbee_client::RateLimits {
            per_endpoint_per_second: 0,
            overall_per_second: 0,
        })
        .max_retry_wait(Duration::from_secs(3))
}

async fn billbee_server() -> MockServer {
    let server = MockServer::start().await;
    let get = |p: &str| Mock::given(method("GET")).and(path(format!("/api/v1/orders/{p}")));
    let envelope = json!({"ErrorCode": 0, "ErrorMessage": null, "Data": {"BillBeeOrderId": 1}});
    get("1")
        .respond_with(ResponseTemplate::new(200).set_body_json(&envelope))
        .mount(&server)
        .await;
    get("2")
        .respond_with(
            ResponseTemplate::new(401).set_body_json(
                json!({"Message": "Authorization has been denied for this request."}),
            ),
        )
        .mount(&server)
        .await;
    get("3")
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    get("3")
        .respond_with(ResponseTemplate::new(200).set_body_json(&envelope))
        .mount(&server)
        .await;
    get("4")
        .respond_with(ResponseTemplate::new(500).set_body_json(
            json!({"ErrorMessage": "Der Objektverweis wurde nicht festgelegt.", "ErrorCode": 8}),
        ))
        .mount(&server)
        .await;
    get("5")
        .respond_with(ResponseTemplate::new(200).set_body_raw("<html>login</html>", "text/html"))
        .mount(&server)
        .await;
    get("6")
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"ErrorCode": 0, "Data": {"BillBeeOrderId": "not a number"}})),
        )
        .mount(&server)
        .await;
    get("7")
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v1/orders"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "Message": "Die Anforderung ist ungültig.",
            "ModelState": {"orderData.InvoiceAddress.BillbeeId": ["Error converting value"]}
        })))
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn billbee_never_shows_its_credentials() {
    let capture = capture();
    let mut texts: Vec<(String, String)> = Vec::new();
    let server = billbee_server().await;
    let builder = billbee_builder(&format!("{}/api/v1", server.uri()));
    texts.push(("builder".into(), format!("{builder:?}")));
    let client = builder.build().unwrap();
    texts.push(("client".into(), format!("{client:?}")));
    let orders = client.orders();
    texts.push(("handle".into(), format!("{orders:?}")));

    let ok = orders.get(billbee_client::OrderId(1)).await.unwrap();
    texts.push(("order".into(), format!("{ok:?}")));
    let retried = orders.get(billbee_client::OrderId(3)).await.unwrap();
    assert_eq!(retried.billbee_order_id, Some(billbee_client::OrderId(1)));
    let mut errors = Vec::new();
    for id in [2, 4, 5, 6, 7] {
        errors.push(orders.get(billbee_client::OrderId(id)).await.unwrap_err());
    }
    errors.push(
        orders
            .create(&billbee_client::Order::default())
            .await
            .unwrap_err(),
    );
    assert_eq!(
        errors.iter().map(|e| e.status()).collect::<Vec<_>>(),
        [401, 500, 200, 200, 401, 400].map(Some)
    );

    // The secrets really were sent, so their absence below means something.
    let sent = server.received_requests().await.unwrap();
    let basic = format!("Basic {}", base64(format!("{USER}:{PW}").as_bytes()));
    assert!(sent
        .iter()
        .all(|r| r.headers.get("X-Billbee-Api-Key").unwrap() == KEY
            && r.headers.get("authorization").unwrap() == basic.as_str()));

    // No answer at all, and wrong credentials at the fake.
    let nowhere = billbee_builder(&format!("http://127.0.0.1:{}/api/v1", unused_port()))
        .max_retry_wait(Duration::ZERO)
        .build()
        .unwrap();
    errors.push(
        nowhere
            .orders()
            .get(billbee_client::OrderId(1))
            .await
            .unwrap_err(),
    );
    let fake = FakeBillbee::start().await;
    let wrong = fake
        .client_builder()
        .api_password(PW)
        .api_key(KEY)
        .build()
        .unwrap();
    let refused = wrong.products().list().send().await.unwrap_err();
    assert_eq!(refused.status(), Some(401));
    errors.push(refused);

    // Settings errors that could echo what was given.
    let configs = [
        billbee_builder(&format!("https://{USER}:{PW}@api.billbee.io/api/v1")),
        billbee_builder(&format!("ftp://x:{PW}@api.billbee.io/")),
        billbee_builder(&format!("https://api.billbee.io/api/v1?key={KEY}")),
        billbee_builder(&format!("http://x:{PW}@[::1")),
        billbee_builder("https://api.billbee.io/api/v1").api_key(format!("{KEY}\n")),
        billbee_builder("https://api.billbee.io/api/v1").user_agent_suffix(format!("{PW}\n")),
    ];
    for b in configs {
        texts.push(("builder".into(), format!("{b:?}")));
        errors.push(b.build().unwrap_err());
    }

    for e in &errors {
        texts.push(("error".into(), shown(e)));
    }
    for (what, text) in &texts {
        assert_clean(what, text);
    }
    let log = capture.text();
    assert!(
        log.contains("billbee.request"),
        "nothing was captured:\n{log}"
    );
    assert_clean("the tracing output", &log);
}

// ---------------------------------------------------------------------------------------------
// Wemalo.
// ---------------------------------------------------------------------------------------------

fn wemalo_builder(base: &str) -> wemalo_client::ClientBuilder {
    wemalo_client::Client::builder()
        .base_url(base)
        .token(TOKEN)
        .retry_base_delay(Duration::from_millis(10))
        .max_retry_wait(Duration::from_secs(3))
}

async fn wemalo_server() -> MockServer {
    let server = MockServer::start().await;
    let get =
        |p: &str| Mock::given(method("GET")).and(path(format!("/v1/goodsOrder/getStatus/{p}")));
    let ok = json!({"Success": true, "status": 200, "statusName": "OPEN", "id": 5});
    get("OK")
        .respond_with(ResponseTemplate::new(200).set_body_json(&ok))
        .mount(&server)
        .await;
    get("UNAUTH")
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"status": 401, "message": "invalid token"})),
        )
        .mount(&server)
        .await;
    get("LIMIT")
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": 419}))
                .insert_header("Retry-After", "0"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    get("LIMIT")
        .respond_with(ResponseTemplate::new(200).set_body_json(&ok))
        .mount(&server)
        .await;
    get("FAIL")
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({"status": 500})))
        .mount(&server)
        .await;
    get("HTML")
        .respond_with(ResponseTemplate::new(200).set_body_raw("<html>login</html>", "text/html"))
        .mount(&server)
        .await;
    get("BAD")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"Success": true, "id": "x"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/goodsOrder/add"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": 404, "message": "No product with extId found"})),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wemalo_never_shows_its_token() {
    let capture = capture();
    let mut texts: Vec<(String, String)> = Vec::new();
    let server = wemalo_server().await;
    let builder = wemalo_builder(&format!("{}/v1", server.uri()));
    texts.push(("builder".into(), format!("{builder:?}")));
    let client = builder.build().unwrap();
    texts.push(("client".into(), format!("{client:?}")));
    let orders = client.goods_orders();
    texts.push(("handle".into(), format!("{orders:?}")));

    let ok = orders.status("OK").await.unwrap();
    texts.push(("status".into(), format!("{ok:?}")));
    orders.status("LIMIT").await.unwrap();
    let mut errors = Vec::new();
    for id in ["UNAUTH", "FAIL", "HTML", "BAD"] {
        errors.push(orders.status(id).await.unwrap_err());
    }
    errors.push(
        orders
            .add(&wemalo_client::GoodsOrder::default())
            .await
            .unwrap_err(),
    );
    assert_eq!(
        errors.iter().map(|e| e.status()).collect::<Vec<_>>(),
        [401, 500, 200, 200, 200].map(Some)
    );
    let sent = server.received_requests().await.unwrap();
    let auth = format!("JWT {TOKEN}");
    assert!(sent
        .iter()
        .all(|r| r.headers.get("authorization").unwrap() == auth.as_str()));

    let nowhere = wemalo_builder(&format!("http://127.0.0.1:{}/v1", unused_port()))
        .max_attempts(1)
        .build()
        .unwrap();
    errors.push(nowhere.goods_orders().status("OK").await.unwrap_err());
    let fake = FakeWemalo::start().await;
    let wrong = fake.client_builder().token(TOKEN).build().unwrap();
    let refused = wrong.goods_orders().status("SO-1").await.unwrap_err();
    assert!(refused.is_unauthorized(), "{refused:?}");
    errors.push(refused);

    let configs = [
        wemalo_builder(&format!("https://x:{TOKEN}@connect.wemalo.com/v1/")),
        wemalo_builder(&format!("ftp://x:{TOKEN}@connect.wemalo.com/v1/")),
        wemalo_builder(&format!("https://connect.wemalo.com/v1/?token={TOKEN}")),
        wemalo_builder(&format!("http://x:{TOKEN}@[::1")),
        wemalo_builder("https://connect.wemalo.com/v1/").token(format!("{TOKEN}\nx")),
    ];
    for b in configs {
        texts.push(("builder".into(), format!("{b:?}")));
        errors.push(b.build().unwrap_err());
    }

    // A webhook delivery carries the token too.
    let body = json!({"token": TOKEN, "eventData": {"orderId": 1, "statusName": "SHIPPED"}});
    let delivery = wemalo_client::WebhookDelivery::parse(body.to_string().as_bytes()).unwrap();
    assert!(wemalo_client::verify_webhook_token(TOKEN, &delivery.token));
    texts.push(("webhook delivery".into(), format!("{delivery:?}")));
    texts.push(("webhook event".into(), format!("{:?}", delivery.event())));

    for e in &errors {
        texts.push(("error".into(), shown(e)));
    }
    for (what, text) in &texts {
        assert_clean(what, text);
    }
    let log = capture.text();
    assert!(
        log.contains("wemalo.request"),
        "nothing was captured:\n{log}"
    );
    assert_clean("the tracing output", &log);
}

// ---------------------------------------------------------------------------------------------
// The runner.
// ---------------------------------------------------------------------------------------------

#[test]
fn runner_settings_and_secrets_never_show_secrets() {
    let env = |name: &str| match name {
        "BILLBEE_API_PASSWORD" => Some(PW.to_owned()),
        "BILLBEE_API_KEY" => Some(KEY.to_owned()),
        "WEMALO_TOKEN" => Some(TOKEN.to_owned()),
        _ => None,
    };
    let secrets = Secrets::from_lookup(env).unwrap();
    assert_eq!(
        (
            secrets.billbee_password.as_str(),
            secrets.billbee_key.as_str(),
            secrets.wemalo_token.as_str()
        ),
        (PW, KEY, TOKEN)
    );
    assert_clean("Secrets", &format!("{secrets:?} {secrets:#?}"));
    let missing = Secrets::from_lookup(|n| env(n).filter(|_| n != "WEMALO_TOKEN")).unwrap_err();
    assert_clean("a settings error", &shown(&missing));
    let text = format!("[billbee]\nuser = \"{USER}\"\nbase_url = \"http://127.0.0.1:9/api/v1\"\n");
    let settings = Settings::parse(&text, std::path::Path::new("/etc/sync.toml")).unwrap();
    assert_clean("Settings", &format!("{settings:?}"));
    // A secret pasted into the settings file is refused without being repeated.
    let pasted = format!("{text}api_password = \"{PW}\"\n");
    let err = Settings::parse(&pasted, std::path::Path::new("/etc/sync.toml")).unwrap_err();
    assert_clean("a settings error", &shown(&err));
}

/// Builds the runner binary (a no-op when it is up to date) and returns its path.
fn runner_binary() -> PathBuf {
    let out = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "-p",
            "billbee-wemalo-examples",
            "--bin",
            "billbee-wemalo-sync",
            "--message-format=json",
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "building the runner failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "billbee-wemalo-sync")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the runner's executable")
}

/// Runs the runner with the secrets in its environment and a settings file with `settings`;
/// returns (exit code, stdout + stderr).
fn run_runner(
    binary: &PathBuf,
    name: &str,
    settings: &str,
    args: &[&str],
) -> (Option<i32>, String) {
    let dir = std::env::temp_dir().join(format!(
        "bw-secrets-{}-{name}-{}",
        std::process::id(),
        unused_port()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("sync.toml");
    let settings = format!(
        "state_file = \"{}\"\n{settings}",
        dir.join("state.json").display()
    );
    std::fs::write(&config, settings).unwrap();
    let out = Command::new(binary)
        .arg("--config")
        .arg(&config)
        .args(args)
        .env("BILLBEE_API_PASSWORD", PW)
        .env("BILLBEE_API_KEY", KEY)
        .env("WEMALO_TOKEN", TOKEN)
        .env("RUST_LOG", "trace")
        .output()
        .expect("the runner starts");
    let _ = std::fs::remove_dir_all(&dir);
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[test]
fn the_runner_prints_no_secret_when_it_cannot_work() {
    let binary = runner_binary();
    let port = unused_port();
    let cases = [
        (
            "unreachable",
            format!(
                "[billbee]\nuser = \"{USER}\"\nbase_url = \"http://127.0.0.1:{port}/api/v1\"\n\
                 [wemalo]\nbase_url = \"http://127.0.0.1:{port}/v1/\"\n"
            ),
            vec!["--once"],
        ),
        (
            "credentials-in-url",
            format!(
                "[billbee]\nuser = \"{USER}\"\nbase_url = \"http://u:{PW}@127.0.0.1:{port}/api/v1\"\n\
                 [wemalo]\nbase_url = \"http://u:{TOKEN}@127.0.0.1:{port}/v1/\"\n"
            ),
            vec!["--once"],
        ),
        (
            "secret-in-file",
            format!("[billbee]\nuser = \"{USER}\"\napi_key = \"{KEY}\"\n"),
            vec!["--once"],
        ),
    ];
    // In parallel: the unreachable run waits out the clients' retries.
    std::thread::scope(|scope| {
        let runs: Vec<_> = cases
            .iter()
            .map(|(name, settings, args)| {
                let binary = &binary;
                scope.spawn(move || (*name, run_runner(binary, name, settings, args)))
            })
            .collect();
        for run in runs {
            let (name, (code, text)) = run.join().unwrap();
            assert_eq!(code, Some(2), "{name}: the cycle could not run:\n{text}");
            assert!(
                text.contains("ERROR"),
                "{name}: the runner said nothing:\n{text}"
            );
            assert_clean(&format!("the runner's output ({name})"), &text);
        }
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_runner_prints_no_secret_when_refused() {
    // Both sides answer, but refuse everything.
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"Message": "Authorization has been denied", "status": 401})),
        )
        .mount(&server)
        .await;
    let binary = tokio::task::spawn_blocking(runner_binary).await.unwrap();
    let settings = format!(
        "[billbee]\nuser = \"{USER}\"\nbase_url = \"{0}/api/v1\"\n[wemalo]\nbase_url = \"{0}/v1/\"\n",
        server.uri()
    );
    let (code, text) =
        tokio::task::spawn_blocking(move || run_runner(&binary, "refused", &settings, &["--once"]))
            .await
            .unwrap();
    assert_ne!(code, Some(0), "{text}");
    assert!(text.contains("401"), "the refusal is reported:\n{text}");
    assert_clean("the runner's output (refused)", &text);
    assert!(!server.received_requests().await.unwrap().is_empty());
}

// ---------------------------------------------------------------------------------------------
// TLS.
// ---------------------------------------------------------------------------------------------

#[test]
fn both_clients_use_rustls_not_native_tls() {
    for krate in ["billbee-client", "wemalo-client"] {
        for features in [&[][..], &["--all-features"][..]] {
            let out = Command::new(env!("CARGO"))
                .args(["tree", "-p", krate, "-e", "normal", "--prefix", "none"])
                .args(features)
                .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
                .output()
                .expect("cargo runs");
            let tree = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let names: Vec<&str> = tree
                .lines()
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            assert!(names.contains(&"rustls"), "{krate} {features:?}:\n{tree}");
            for banned in [
                "native-tls",
                "openssl",
                "openssl-sys",
                "hyper-tls",
                "tokio-native-tls",
            ] {
                assert!(
                    !names.contains(&banned),
                    "{krate} {features:?} uses {banned}:\n{tree}"
                );
            }
        }
    }
}
