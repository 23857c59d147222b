//! Shared pieces of the benchmarks in `benches/`: a generated shop of any size
//! ([`shop`]), the driver on the two fakes with request counting and lower bounds
//! ([`measure`]), and small helpers for options and memory.
//!
//! Run everything with `cargo bench -p billbee-wemalo-benches`; see the workspace README's
//! "Performance" section for what each bench prints.

pub mod measure;
pub mod shop;

/// A number from the environment variable `var`, else from `--flag N` on the command
/// line, else `default`.
pub fn option(var: &str, flag: &str, default: usize) -> usize {
    if let Some(n) = std::env::var(var).ok().and_then(|v| v.parse().ok()) {
        return n;
    }
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .find(|w| w[0] == flag)
        .and_then(|w| w[1].parse().ok())
        .unwrap_or(default)
}

/// A line of `/proc/self/status` in kB (`VmHWM`: peak resident memory; `VmRSS`: current),
/// or `None` where there is no `/proc`.
pub fn proc_status_kb(key: &str) -> Option<u64> {
    let text = std::fs::read_to_string("/proc/self/status").ok()?;
    text.lines()
        .find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
}

/// The CPU model from `/proc/cpuinfo` and the number of logical CPUs, for the printouts.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cores} cores, {cpu}")
}
