//! The sync runner: settings from a file plus secrets from the environment, state in a file
//! written atomically, one cycle or a loop, and exit codes a scheduler can act on.

pub mod settings;

use billbee_wemalo_sync::CycleReport;

/// What the process tells its scheduler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Every step succeeded (findings such as held orders are not failures).
    Ok = 0,
    /// The cycle ran, but some steps were refused or failed; the report says which.
    PartlyFailed = 1,
    /// The cycle could not run: bad settings, missing secrets, an unreadable state file, or
    /// a side that could not be read.
    CouldNotRun = 2,
    /// Stopped by Ctrl-C in the middle of a cycle; the next run completes it.
    Interrupted = 130,
}

impl Exit {
    /// The exit code for a finished cycle.
    pub fn for_report(report: &CycleReport) -> Exit {
        if report.has_errors() {
            Exit::PartlyFailed
        } else {
            Exit::Ok
        }
    }
}

/// A human-readable account of a cycle for the log and the terminal.
pub fn describe(report: &CycleReport) -> String {
    let mut out = String::new();
    for (flow, c) in &report.flows {
        out.push_str(&format!(
            "{flow:?}: done {}, refused {}, held {}, failed {}, skipped {}\n",
            c.done, c.refused, c.held, c.failed, c.skipped
        ));
    }
    for e in &report.errors {
        let order = e
            .order_id
            .map(|o| format!(" order {o}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "error: {:?}{order} {}: {}\n",
            e.flow, e.action, e.reason
        ));
    }
    out
}
