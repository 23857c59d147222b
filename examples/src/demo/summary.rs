//! The summary a merchant reads at the end of the demo: per flow what was done, what was
//! refused and what was held back, and why.

use std::collections::BTreeMap;

use billbee_wemalo_sync::mapping::{HoldReason, ProductProblem};
use billbee_wemalo_sync::{CycleReport, Finding, Flow, FlowCounts, ReportedError};

/// Everything the demo's cycles did, summed.
#[derive(Debug, Default)]
pub struct Totals {
    /// Counts per flow over all cycles.
    pub flows: BTreeMap<Flow, FlowCounts>,
    /// Refusals and failures over all cycles.
    pub errors: Vec<ReportedError>,
    /// Findings of the last cycle (the ones still standing at the end).
    pub standing: Vec<Finding>,
}

impl Totals {
    /// Adds one cycle's report.
    pub fn add(&mut self, report: &CycleReport) {
        for (flow, c) in &report.flows {
            let t = self.flows.entry(*flow).or_default();
            t.done += c.done;
            t.refused += c.refused;
            t.failed += c.failed;
            t.skipped += c.skipped;
            t.steps += c.steps;
        }
        self.errors.extend(report.errors.iter().cloned());
        self.standing = report.findings.clone();
        let held_now = |flow| report.flows.get(&flow).map_or(0, |c| c.held);
        for flow in [Flow::Products, Flow::Orders] {
            self.flows.entry(flow).or_default().held = held_now(flow);
        }
    }

    /// Whether every one of the five flows has done something.
    pub fn all_flows_happened(&self) -> bool {
        Flow::ALL
            .iter()
            .all(|f| self.flows.get(f).is_some_and(|c| c.done > 0))
    }
}

/// One line of progress after a cycle.
pub fn progress_line(cycle: u32, report: &CycleReport) -> String {
    let part = |flow: Flow, label: &str| {
        let c = report.flows.get(&flow).copied().unwrap_or_default();
        let mut s = format!("{label} {}", c.done);
        if c.refused > 0 {
            s.push_str(&format!(" ({} refused)", c.refused));
        }
        if c.failed > 0 {
            s.push_str(&format!(" ({} to retry)", c.failed));
        }
        s
    };
    format!(
        "cycle {cycle}: {} | {} | {} | {} | {}",
        part(Flow::Products, "products"),
        part(Flow::Orders, "orders"),
        part(Flow::Cancellations, "cancellations"),
        part(Flow::Shipments, "shipments"),
        part(Flow::Stock, "stock writes"),
    )
}

/// The closing summary.
pub fn render(totals: &Totals) -> String {
    let mut out = String::from("\nWhat the sync did\n=================\n");
    let names = [
        (Flow::Products, "Products sent to the warehouse"),
        (Flow::Orders, "Orders handed to the warehouse"),
        (Flow::Cancellations, "Cancellations passed on"),
        (Flow::Shipments, "Parcels booked as shipments in Billbee"),
        (Flow::Stock, "Stock updates written to Billbee"),
    ];
    for (flow, name) in names {
        let c = totals.flows.get(&flow).copied().unwrap_or_default();
        out.push_str(&format!(
            "  {name:<46} done {:>5}   refused {:>3}   held {:>3}\n",
            c.done, c.refused, c.held
        ));
    }
    let mut held: BTreeMap<String, usize> = BTreeMap::new();
    for f in &totals.standing {
        let why = match f {
            Finding::ProductNotSent { problem, .. } => {
                format!("product not sent: {}", product_kind(problem))
            }
            Finding::OrderHeld { reason, .. } => format!("order held: {}", hold_kind(reason)),
            Finding::NegativeStock { .. } => "stock below zero, written as 0".to_string(),
            other => format!("{other:?}").chars().take(60).collect(),
        };
        *held.entry(why).or_default() += 1;
    }
    if !held.is_empty() {
        out.push_str("\nHeld back or adjusted, and why\n");
        for (why, n) in held {
            out.push_str(&format!("  {n:>4} × {why}\n"));
        }
    }
    if !totals.errors.is_empty() {
        out.push_str(
            "\nRefused or failed (each is marked on the Billbee order where it applies)\n",
        );
        for e in totals.errors.iter().take(12) {
            let order = e
                .order_id
                .map(|o| format!("order {o}: "))
                .unwrap_or_default();
            out.push_str(&format!("  - {order}{} refused: {}\n", e.action, e.reason));
        }
        if totals.errors.len() > 12 {
            out.push_str(&format!("  … and {} more\n", totals.errors.len() - 12));
        }
    }
    out
}

/// A product problem in words a merchant groups by.
fn product_kind(problem: &ProductProblem) -> &'static str {
    match problem {
        ProductProblem::MissingSku { .. } => "no SKU",
        ProductProblem::MissingEan { .. } => "no EAN (the warehouse needs one)",
        ProductProblem::DuplicateSku { .. } => "SKU already used by another product",
        ProductProblem::DuplicateEan { .. } => "EAN already used by another product",
        _ => "other product problem",
    }
}

/// A hold reason in words a merchant groups by.
fn hold_kind(reason: &HoldReason) -> &'static str {
    match reason {
        HoldReason::MissingCountry => "no country in the shipping address",
        HoldReason::NoShippingAddress => "no shipping address",
        HoldReason::IncompleteAddress { .. } => "incomplete shipping address",
        HoldReason::UnknownProduct { .. } => "a product the warehouse does not have",
        HoldReason::UnresolvedBundle { .. } => "a bundle without usable components",
        HoldReason::BadQuantity { .. } => "a line with an unusable quantity",
        HoldReason::NothingToShip => "nothing physical to ship",
        _ => "other reason",
    }
}
