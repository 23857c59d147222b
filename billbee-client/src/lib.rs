//! A typed async client for the [Billbee](https://www.billbee.io) REST API v1.
//!
//! * One [`Client`], cheap to clone, with one handle per resource: [`Client::orders`],
//!   [`Client::products`], [`Client::stock`], [`Client::shipments`], [`Client::webhooks`] and
//!   the rest; required parameters are arguments, optional ones builder setters.
//! * Both credentials on every request (`X-Billbee-Api-Key` and Basic auth), kept in
//!   [`secrecy`] types and never printed.
//! * Paced to Billbee's limits (2 requests/s per endpoint, 10/s overall) across all clones;
//!   429, 5xx and timeouts are retried with backoff for requests that are safe to repeat.
//! * Billbee's envelope decoded once: an `ErrorCode` other than 0 is an [`Error::Api`] even
//!   with HTTP 200, and a body that does not decode is an [`Error::Decode`] naming the JSON
//!   path, never an empty list.
//! * Models that tolerate the server as it is: `null` collections, zone-less timestamps
//!   ([`BillbeeDateTime`]), decimals ([`rust_decimal::Decimal`]), 64-bit ids, unknown enum
//!   values kept.
//! * With the `fake` feature, [`fake::FakeBillbee`]: a stateful Billbee on loopback for tests.
//!
//! ```no_run
//! # async fn run() -> billbee_client::Result<()> {
//! use billbee_client::{Client, OrderState};
//!
//! let client = Client::builder()
//!     .user("shop@example.com")
//!     .api_password("api password")
//!     .api_key("developer key")
//!     .build()?;
//! let paid = client.orders().list().states([OrderState::Paid]).collect_all().await?;
//! for order in paid {
//!     println!("{:?} {:?}", order.billbee_order_id, order.order_number);
//! }
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod api;
mod client;
mod error;
pub mod models;
mod page;
mod retry;
mod transport;

#[cfg(feature = "fake")]
#[cfg_attr(docsrs, doc(cfg(feature = "fake")))]
pub mod fake;

pub use api::*;
pub use client::{Client, ClientBuilder, RateLimits, DEFAULT_BASE_URL};
pub use error::{Error, Result};
pub use models::*;
pub use page::{Page, MAX_PAGE_SIZE};
