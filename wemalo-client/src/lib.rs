//! Typed async client for the wemalo-connect REST API of the Wemalo fulfillment
//! warehouse system.
//!
//! ```no_run
//! # async fn run() -> wemalo_client::Result<()> {
//! use wemalo_client::Client;
//!
//! let client = Client::builder().token("my-wemalo-token").build()?;
//! let stock = client.products().stock_reduced("NLT-2001", true).await?;
//! println!("free: {:?}", stock.not_reserved_quantity);
//! # Ok(()) }
//! ```
//!
//! What the client does for you:
//!
//! - **Success** is decided from the HTTP status *and* the body's `status` and `Success`
//!   fields, which may disagree; both statuses are kept in [`Error::Api`].
//! - **Call budget**: Wemalo reports it in `x-wemalo-limit-*` headers and refuses with
//!   status 419. The client reads the headers of every answer and waits for the next
//!   window *before* the budget is gone (see [`ClientBuilder::rate_limit_window`]).
//! - **Retries** only for requests that are safe to repeat (reads, idempotent PUTs,
//!   `addConditional`), with exponential backoff and jitter, honouring `Retry-After`,
//!   bounded by [`ClientBuilder::max_retry_wait`]. A create (`POST …/add`) is never
//!   sent twice.
//! - **Decoding** tolerates numbers sent as strings, `0`/`1` flags, `null` lists and
//!   unknown fields; a body that does not fit is an [`Error::Decode`] naming the path.
//! - **Path segments** are percent-encoded, so ids with `/ # % ? &`, spaces or umlauts
//!   work.
//! - **Tracing**: one `wemalo.request` span per call with method, route template,
//!   status and attempt; never headers, bodies or the token.
//!
//! # The fake
//!
//! With the cargo feature `fake`, [`fake::FakeWemalo`] runs a stateful imitation of
//! wemalo-connect on loopback for tests and demos.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod api;
mod client;
pub mod dates;
mod error;
pub mod models;
mod pacing;
mod retry;
mod serde_util;
mod types;
pub mod webhooks;

#[cfg(feature = "fake")]
#[cfg_attr(docsrs, doc(cfg(feature = "fake")))]
pub mod fake;

pub use api::{Account, GoodsOrders, GoodsReceipts, Products, Refurbishments, Returns, Webhooks};
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use error::{BodyStatus, Error, Result};
pub use models::*;
pub use types::{Centimeters, Cents, Grams, ParcelId, WemaloOrderId, WemaloProductId};
pub use webhooks::{parse_webhook, verify_webhook_token, WebhookDelivery, WebhookEvent};
