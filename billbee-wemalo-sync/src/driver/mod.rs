//! The driver: the only part of the crate that talks to the two sides. It fetches a cycle's
//! inputs with few requests, applies the flows' actions in a safe order, records every
//! outcome in the state (saving it before the next step), and returns a report.

mod real;
mod sides;

pub use sides::{BillbeeSide, OrderQuery, SideError, SideErrorKind, WemaloSide};

use std::collections::{BTreeSet, HashSet};

use billbee_client::{OrderId, OrderState, UpdateStock};
use jiff::{civil, tz::TimeZone, SignedDuration, Timestamp};
use tracing::{info, info_span, warn, Instrument};

use crate::action::{follow_ups, Action, Flow, Outcome, StockChange};
use crate::cycle::plan_cycle;
use crate::flows::{
    absorb, plan_cancellations, plan_orders, plan_products, plan_shipments, plan_stock,
};
use crate::plan::FlowPlan;
use crate::report::CycleReport;
use crate::state::{OrderProgress, OrderStage, SyncState};
use crate::store::{StateStore, StoreError};
use crate::{SyncConfig, SyncInputs};

/// How many actions share one save of their intents; see [`Driver::run_cycle`].
pub const INTENT_BATCH: usize = 50;

/// How many steps may fail in a row (for reasons that may pass) before a cycle stops with
/// [`DriverError::Unreachable`].
pub const MAX_FAILURES_IN_A_ROW: usize = 8;

/// Why a cycle stopped before it finished. Whatever was recorded up to then is saved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DriverError {
    /// Reading a cycle's inputs failed; nothing was changed on either side.
    #[error("could not read {what}")]
    Fetch {
        /// What was being read.
        what: &'static str,
        /// The side's error.
        #[source]
        source: SideError,
    },
    /// Saving the state failed; the cycle stopped so no step goes unrecorded.
    #[error("could not save the sync state")]
    Store(#[from] StoreError),
    /// So many steps in a row failed for reasons that may pass (network, server errors)
    /// that the other side looks unreachable; the cycle stopped instead of retrying every
    /// remaining step. What was done so far is saved.
    #[error("{count} steps in a row failed; last: {last}")]
    Unreachable {
        /// How many failed in a row.
        count: usize,
        /// The last failure.
        last: String,
    },
}

/// Runs cycles of the five flows against two sides.
#[derive(Debug)]
pub struct Driver<B, W> {
    billbee: B,
    wemalo: W,
    config: SyncConfig,
}

impl<B: BillbeeSide, W: WemaloSide> Driver<B, W> {
    /// A driver for the two sides with the merchant's config.
    pub fn new(billbee: B, wemalo: W, config: SyncConfig) -> Self {
        Driver {
            billbee,
            wemalo,
            config,
        }
    }

    /// The config in use.
    pub fn config(&self) -> &SyncConfig {
        &self.config
    }

    /// Reads what both sides report for a cycle, with the fewest requests the APIs allow:
    /// every product page at the largest size, the orders changed since the last cycle
    /// (tag-filtered), held or unconfirmed orders by id, and Wemalo's stock and parcel
    /// changes since the last read.
    ///
    /// Known shortcoming: Billbee has no change filter for products, so every cycle reads all
    /// product pages (one request per 250 products) even when nothing changed.
    pub async fn fetch(
        &self,
        state: &SyncState,
        now: Timestamp,
    ) -> Result<SyncInputs, DriverError> {
        let fetch = |what| move |source| DriverError::Fetch { what, source };
        let products = self
            .billbee
            .products()
            .await
            .map_err(fetch("Billbee products"))?;
        let overlap = SignedDuration::from_mins(i64::from(self.config.modified_overlap_minutes));
        let mut query = OrderQuery {
            tag: Some(self.config.orders_tag.clone()),
            ..OrderQuery::default()
        };
        match &state.orders_modified_cursor {
            Some(cursor) => {
                let since = as_utc(cursor.0)
                    .checked_sub(overlap)
                    .unwrap_or(Timestamp::UNIX_EPOCH);
                query.modified_since = Some(since);
            }
            None => {
                query.states.push(self.config.order_state());
                if !state.orders.is_empty() {
                    query.states.push(OrderState::Cancelled);
                }
            }
        }
        let mut orders = self
            .billbee
            .orders(&query)
            .await
            .map_err(fetch("Billbee orders"))?;
        // Held orders carry the held tag: one list reads them all (their fix may be
        // elsewhere, such as a product arriving in Wemalo, which leaves the order unchanged).
        if state.orders.values().any(|p| is_held(p) && p.held_tagged) {
            let held = OrderQuery {
                tag: Some(self.config.held_tag.clone()),
                ..OrderQuery::default()
            };
            orders.extend(
                self.billbee
                    .orders(&held)
                    .await
                    .map_err(fetch("held Billbee orders"))?,
            );
        }
        let seen: HashSet<OrderId> = orders.iter().filter_map(|o| o.billbee_order_id).collect();
        for id in revisit(state).into_iter().filter(|id| !seen.contains(id)) {
            if let Some(order) = self
                .billbee
                .order(id)
                .await
                .map_err(fetch("a Billbee order"))?
            {
                orders.push(order);
            }
        }
        // Wemalo's dates are its local wall-clock time (Germany, presumably); reading from
        // three hours before the last read, in UTC, covers that offset. Replays are harmless:
        // stock rows are absolute and parcels are de-duplicated by tracking number.
        let hours = SignedDuration::from_hours(3);
        let back = |t: Option<civil::DateTime>| t.and_then(|t| t.checked_sub(hours).ok());
        let warehouse_stock = self
            .wemalo
            .stock_changes(back(state.stock_read_at))
            .await
            .map_err(fetch("Wemalo stock"))?;
        let sent_parcels = self
            .wemalo
            .sent_parcels(back(state.parcels_read_at))
            .await
            .map_err(fetch("Wemalo parcels"))?;
        Ok(SyncInputs {
            products,
            orders,
            warehouse_stock,
            sent_parcels,
            now: Some(now),
        })
    }

    /// A dry run: reads the inputs and returns the whole plan as a report, changing nothing.
    pub async fn plan(
        &self,
        state: &SyncState,
        now: Timestamp,
    ) -> Result<CycleReport, DriverError> {
        let inputs = self.fetch(state, now).await?;
        let plan = plan_cycle(&inputs, state, &self.config);
        let mut report = CycleReport {
            dry_run: true,
            ..CycleReport::default()
        };
        report.plan = plan.actions().cloned().collect();
        report.add_findings(plan.findings().cloned().collect());
        let held = report
            .plan
            .iter()
            .filter(|a| matches!(a, Action::HoldOrder { .. }))
            .count();
        report.counts(Flow::Orders).held += held;
        Ok(report)
    }

    /// Runs one cycle: read, then products, orders, cancellations, shipments and stock.
    ///
    /// Every outcome is recorded in `state` before the next step. `state` is handed to
    /// `store` before each batch of up to [`INTENT_BATCH`] steps (with the intents of the
    /// batch's non-idempotent steps), after each flow and at the end; if saving fails the
    /// cycle stops there. The next cycle, started from the saved state, completes the work:
    /// it repeats only idempotent steps and checks the other side before repeating a create.
    pub async fn run_cycle(
        &self,
        state: &mut SyncState,
        store: &mut dyn StateStore,
        now: Timestamp,
    ) -> Result<CycleReport, DriverError> {
        let span = info_span!("sync_cycle");
        async move {
            let inputs = self.fetch(state, now).await?;
            info!(
                products = inputs.products.len(),
                orders = inputs.orders.len(),
                stock_rows = inputs.warehouse_stock.len(),
                parcels = inputs.sent_parcels.len(),
                "inputs read"
            );
            let mut report = CycleReport::default();
            let mut run = Run {
                state,
                store,
                report: &mut report,
                failed: BTreeSet::new(),
                failures_in_a_row: 0,
            };
            absorb(&inputs, run.state, &self.config);
            let stock = plan_stock(&inputs, run.state, &self.config);
            type Planner = fn(&SyncInputs, &SyncState, &SyncConfig) -> FlowPlan;
            let chain: [Planner; 4] = [
                plan_products,
                plan_orders,
                plan_cancellations,
                plan_shipments,
            ];
            for planner in chain {
                let plan = planner(&inputs, run.state, &self.config);
                self.apply_all(&mut run, plan).await?;
            }
            self.apply_all(&mut run, stock).await?;
            self.advance_cursors(&inputs, &mut run, now);
            run.store.save(run.state).await?;
            info!(
                actions = report.action_count(),
                errors = report.errors.len(),
                "cycle finished"
            );
            Ok(report)
        }
        .instrument(span)
        .await
    }

    /// Applies a plan's actions and their follow-ups in order.
    ///
    /// Saving: before a batch of up to [`INTENT_BATCH`] actions, the intents of its
    /// non-idempotent steps (creating a goods order, adding a shipment) are recorded and the
    /// state saved once; outcomes are recorded in memory as they arrive and saved with the
    /// next batch and at the end of the flow. A crash therefore loses at most one batch of
    /// records: the next run repeats the idempotent steps (tags, stock, state, cancel) and,
    /// for the non-idempotent ones, first asks the other side whether they happened.
    async fn apply_all(&self, run: &mut Run<'_>, plan: FlowPlan) -> Result<(), DriverError> {
        run.report.add_findings(plan.findings);
        for batch in plan.actions.chunks(INTENT_BATCH) {
            // Decided before this run records its own intents: a step an earlier,
            // interrupted run left in doubt is checked before it is sent again.
            let resend: Vec<bool> = batch.iter().map(|a| is_resend(a, run.state)).collect();
            let mut intents = false;
            for action in batch {
                if matches!(
                    action,
                    Action::TransferOrder { .. } | Action::AddShipment { .. }
                ) {
                    run.state.record_intent(action);
                    intents = true;
                }
            }
            if intents {
                run.store.save(run.state).await?;
            }
            for (action, resend) in batch.iter().zip(resend) {
                self.apply_with_follow_ups(run, action.clone(), resend)
                    .await;
                if run.failures_in_a_row >= MAX_FAILURES_IN_A_ROW {
                    run.store.save(run.state).await?;
                    let last = run.report.errors.last().map(|e| e.reason.clone());
                    return Err(DriverError::Unreachable {
                        count: run.failures_in_a_row,
                        last: last.unwrap_or_default(),
                    });
                }
            }
        }
        run.store.save(run.state).await?;
        Ok(())
    }

    /// Applies one action, records its outcome, then its follow-ups (which are idempotent).
    async fn apply_with_follow_ups(&self, run: &mut Run<'_>, action: Action, resend: bool) {
        let mut queue = std::collections::VecDeque::from([(action, resend)]);
        while let Some((action, resend)) = queue.pop_front() {
            if let Some(id) = action.order_id() {
                if run.failed.contains(&id) {
                    run.report.counts(action.flow()).skipped += 1;
                    continue;
                }
            }
            let outcome = self.apply(&action, resend).await;
            match &outcome {
                Outcome::Failed(_) => run.failures_in_a_row += 1,
                _ => run.failures_in_a_row = 0,
            }
            if let Outcome::Failed(reason) = &outcome {
                warn!(action = crate::report::action_name(&action), %reason, "step failed");
                if let Some(id) = action.order_id() {
                    run.failed.insert(id);
                }
            }
            run.state.record(&action, &outcome);
            for follow_up in follow_ups(&action, &outcome, &self.config) {
                queue.push_back((follow_up, false));
            }
            run.report.push(&action, outcome);
        }
    }

    fn advance_cursors(&self, inputs: &SyncInputs, run: &mut Run<'_>, now: Timestamp) {
        // A flow with a failed or skipped step keeps its cursor, so the next cycle reads
        // the same changes again and finishes them.
        let failed = |flow| {
            let counts = run.report.flows.get(&flow);
            counts.is_some_and(|c| c.failed > 0 || c.skipped > 0)
        };
        let now_civil = TimeZone::UTC.to_datetime(now);
        if !failed(Flow::Orders) && !failed(Flow::Cancellations) {
            let newest = inputs
                .orders
                .iter()
                .filter_map(|o| o.last_modified_at)
                .max();
            if newest > run.state.orders_modified_cursor {
                run.state.orders_modified_cursor = newest;
            }
        }
        if !failed(Flow::Shipments) {
            run.state.parcels_read_at = Some(now_civil);
        }
        run.state.stock_read_at = Some(now_civil);
    }

    async fn apply(&self, action: &Action, resend: bool) -> Outcome {
        let span = info_span!("sync_step", action = crate::report::action_name(action));
        self.apply_inner(action, resend).instrument(span).await
    }

    async fn apply_inner(&self, action: &Action, resend: bool) -> Outcome {
        let cfg = &self.config;
        match action {
            Action::CreateProducts { products } => self.create_products(products).await,
            Action::UpdateProduct { product } => done(self.wemalo.update_product(product).await),
            Action::TransferOrder { goods_order, .. } => {
                if resend {
                    match self.wemalo.has_order(&goods_order.meta.external_id).await {
                        Ok(true) => return Outcome::AlreadyDone,
                        Ok(false) => {}
                        Err(e) => return failed(e),
                    }
                }
                match self.wemalo.create_order(goods_order).await {
                    Ok(id) => Outcome::Done(id),
                    Err(e) if e.kind == SideErrorKind::AlreadyExists => Outcome::AlreadyDone,
                    Err(e) => failed(e),
                }
            }
            Action::RetransferOrder { goods_order, .. } => {
                done(self.wemalo.update_order(goods_order).await)
            }
            Action::HoldOrder {
                order_id, set_tag, ..
            } => {
                if *set_tag {
                    done(self.billbee.add_tag(*order_id, &cfg.held_tag).await)
                } else {
                    Outcome::Done(None)
                }
            }
            Action::AddTag { order_id, tag, .. } => {
                done(self.billbee.add_tag(*order_id, tag).await)
            }
            Action::CancelOrder { order_id } => {
                match self.wemalo.cancel_order(&order_id.0.to_string()).await {
                    Ok(()) => Outcome::Done(None),
                    Err(e) if e.kind == SideErrorKind::NotFound => Outcome::AlreadyDone,
                    Err(e) => failed(e),
                }
            }
            Action::AddShipment {
                order_id,
                tracking_number,
                shipment,
            } => {
                if resend {
                    match self.billbee.order(*order_id).await {
                        Ok(Some(order)) => {
                            let has = order
                                .shipping_ids
                                .iter()
                                .any(|s| s.shipping_id.as_deref() == Some(tracking_number));
                            if has {
                                return Outcome::AlreadyDone;
                            }
                        }
                        Ok(None) => return Outcome::Refused("the Billbee order is gone".into()),
                        Err(e) => return failed(e),
                    }
                }
                done(self.billbee.add_shipment(*order_id, shipment).await)
            }
            Action::MarkShipped { order_id } => {
                done(self.billbee.set_state(*order_id, OrderState::Shipped).await)
            }
            Action::SetStock { changes } => self.set_stock(changes).await,
        }
    }
}

impl<B: BillbeeSide, W: WemaloSide> Driver<B, W> {
    /// Writes stock quantities in one request; any item Billbee refuses fails the step.
    async fn set_stock(&self, changes: &[StockChange]) -> Outcome {
        let cfg = &self.config;
        let updates: Vec<UpdateStock> = changes
            .iter()
            .map(|c| UpdateStock {
                sku: Some(c.sku.clone()),
                stock_id: (cfg.storage_location != 0).then_some(cfg.storage_location),
                new_quantity: Some(c.to),
                reason: Some("Wemalo stock".to_string()),
                ..UpdateStock::default()
            })
            .collect();
        match self.billbee.set_stock(&updates).await {
            Err(e) => failed(e),
            Ok(results) => {
                let bad: Vec<String> = changes
                    .iter()
                    .zip(results.iter().map(Some).chain(std::iter::repeat(None)))
                    .filter_map(|(c, r)| match r {
                        Some(Ok(())) => None,
                        Some(Err(e)) => Some(format!("{}: {e}", c.sku)),
                        None => Some(format!("{}: no answer", c.sku)),
                    })
                    .collect();
                if bad.is_empty() {
                    Outcome::Done(None)
                } else {
                    Outcome::Failed(bad.join("; "))
                }
            }
        }
    }

    /// Creates a batch; when Wemalo refuses it because some products exist already (after a
    /// lost answer, say), creates one by one and updates the ones that exist.
    async fn create_products(&self, products: &[wemalo_client::Product]) -> Outcome {
        match self.wemalo.create_products(products).await {
            Ok(()) => return Outcome::Done(None),
            Err(e) if e.kind != SideErrorKind::AlreadyExists => return failed(e),
            Err(_) => {}
        }
        for product in products {
            let result = match self
                .wemalo
                .create_products(std::slice::from_ref(product))
                .await
            {
                Err(e) if e.kind == SideErrorKind::AlreadyExists => {
                    self.wemalo.update_product(product).await
                }
                other => other,
            };
            if let Err(e) = result {
                return failed(e);
            }
        }
        Outcome::Done(None)
    }
}

/// What one cycle carries between steps.
struct Run<'a> {
    state: &'a mut SyncState,
    store: &'a mut dyn StateStore,
    report: &'a mut CycleReport,
    /// Orders with a failed step this cycle; their later steps wait for the next cycle.
    failed: BTreeSet<OrderId>,
    /// Steps that failed one after the other, for [`MAX_FAILURES_IN_A_ROW`].
    failures_in_a_row: usize,
}

/// Whether the state says an earlier run sent this step without recording the answer.
fn is_resend(action: &Action, state: &SyncState) -> bool {
    match action {
        Action::TransferOrder { order_id, .. } => state
            .orders
            .get(order_id)
            .is_some_and(|p| p.stage == OrderStage::Sending),
        Action::AddShipment {
            order_id,
            tracking_number,
            ..
        } => state
            .orders
            .get(order_id)
            .is_some_and(|p| p.parcels_in_flight.contains(tracking_number)),
        _ => false,
    }
}

/// Whether an order is held back with a reason.
fn is_held(p: &OrderProgress) -> bool {
    p.stage == OrderStage::Pending && p.held_reason.is_some()
}

/// Orders to read by id because neither the changed-since fetch nor the held-tag list
/// returns them: those whose create request went unanswered, and held ones whose held tag
/// has not landed.
fn revisit(state: &SyncState) -> Vec<OrderId> {
    state
        .orders
        .iter()
        .filter(|(_, p)| p.stage == OrderStage::Sending || (is_held(p) && !p.held_tagged))
        .map(|(id, _)| *id)
        .collect()
}

fn as_utc(t: civil::DateTime) -> Timestamp {
    TimeZone::UTC
        .to_timestamp(t)
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

fn done(result: Result<(), SideError>) -> Outcome {
    match result {
        Ok(()) => Outcome::Done(None),
        Err(e) => failed(e),
    }
}

fn failed(e: SideError) -> Outcome {
    match e.kind {
        SideErrorKind::Transient => Outcome::Failed(e.message),
        _ => Outcome::Refused(e.message),
    }
}
