//! Keeps a Billbee account and a Wemalo warehouse in step.
//!
//! Five flows move products and orders from Billbee to Wemalo, and stock and shipments back;
//! cancellations follow orders. Each flow is a pure function of what both sides report, the
//! stored [`SyncState`], the [`SyncConfig`] and the time, returning [`Action`]s and the next
//! state ([`plan_cycle`] chains them). The [`Driver`] is the only part that does I/O: it
//! reads the inputs through the [`BillbeeSide`] and [`WemaloSide`] traits (implemented for
//! the two client crates), applies the actions in a safe order, saves the state after every
//! step through a [`StateStore`], and returns a [`CycleReport`].
//!
//! Identities: a Billbee order id ([`billbee_client::OrderId`]) is Wemalo's external order
//! id; a Billbee article id is Wemalo's external product id, so a SKU edit in Billbee updates
//! the Wemalo product instead of creating a second one. Order positions are matched the same
//! way.
//!
//! ```no_run
//! use billbee_wemalo_sync::{Driver, JsonFileStore, SyncConfig};
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let billbee = billbee_client::Client::builder()
//!     .user("shop@example.com")
//!     .api_password("api password")
//!     .api_key("developer key")
//!     .build()?;
//! let wemalo = wemalo_client::Client::builder().token("wemalo token").build()?;
//! let driver = Driver::new(billbee, wemalo, SyncConfig::default());
//! let mut store = JsonFileStore::new("sync-state.json");
//! let mut state = store.load()?;
//! let report = driver.run_cycle(&mut state, &mut store, jiff::Timestamp::now()).await?;
//! println!("{} actions, {} errors", report.action_count(), report.errors.len());
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod action;
mod config;
mod cycle;
mod driver;
pub mod flows;
mod inputs;
pub mod mapping;
mod plan;
mod report;
mod state;
mod store;

pub use action::{follow_ups, Action, Flow, Outcome, StockChange, TagPurpose};
pub use config::SyncConfig;
pub use cycle::{plan_cycle, CyclePlan, FlowSteps};
pub use driver::{
    BillbeeSide, Driver, DriverError, OrderQuery, SideError, SideErrorKind, WemaloSide,
    INTENT_BATCH, MAX_FAILURES_IN_A_ROW,
};
pub use flows::SentParcel;
pub use inputs::SyncInputs;
pub use plan::{Finding, FlowPlan};
pub use report::{action_name, ActionOutcome, CycleReport, FlowCounts, ReportedError};
pub use state::{OrderProgress, OrderStage, ProductRecord, StateError, SyncState, STATE_VERSION};
pub use store::{JsonFileStore, MemoryStore, StateStore, StoreError};

/// The crate README's example, compiled as a doc test so it cannot drift from the API.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeExample;
