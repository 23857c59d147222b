//! The sync runner for cron or a systemd timer against the real services.
//!
//! ```text
//! BILLBEE_API_PASSWORD=… BILLBEE_API_KEY=… WEMALO_TOKEN=… \
//!   billbee-wemalo-sync --config sync.toml --once
//! ```
//!
//! Exit codes: 0 all steps succeeded; 1 the cycle ran but some steps were refused or failed
//! (see the log); 2 the cycle could not run (settings, secrets, state file, a side could
//! not be read, or became unreachable mid-cycle); 130 stopped by Ctrl-C mid-cycle.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use billbee_wemalo_examples::runner::settings::{Secrets, Settings};
use billbee_wemalo_examples::runner::{describe, Exit};
use billbee_wemalo_sync::{Driver, JsonFileStore};
use std::io::Write;

use clap::Parser;
use tracing::{error, info, warn};

/// Keeps Billbee and a Wemalo warehouse in step.
#[derive(Debug, Parser)]
#[command(name = "billbee-wemalo-sync", version)]
struct Args {
    /// The settings file (TOML). Secrets come from BILLBEE_API_PASSWORD, BILLBEE_API_KEY and
    /// WEMALO_TOKEN.
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// Run one cycle and exit (for cron). Without it the runner loops until Ctrl-C.
    #[arg(long)]
    once: bool,
    /// Print what a cycle would do, change nothing, and exit.
    #[arg(long)]
    dry_run: bool,
    /// Seconds between cycles in a loop; overrides the settings file.
    #[arg(long, value_name = "SECONDS")]
    interval: Option<u64>,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let args = Args::parse();
    let exit = match run(args).await {
        Ok(exit) => exit,
        Err(message) => {
            error!("{message}");
            Exit::CouldNotRun
        }
    };
    ExitCode::from(exit as u8)
}

async fn run(args: Args) -> Result<Exit, String> {
    let settings = Settings::load(&args.config).map_err(|e| e.to_string())?;
    let secrets =
        Secrets::from_lookup(|name| std::env::var(name).ok()).map_err(|e| e.to_string())?;
    let mut billbee = billbee_client::Client::builder()
        .user(settings.billbee.user.clone())
        .api_password(secrets.billbee_password)
        .api_key(secrets.billbee_key)
        .user_agent_suffix("billbee-wemalo-sync-runner");
    if let Some(url) = &settings.billbee.base_url {
        billbee = billbee.base_url(url);
    }
    let mut limits = billbee_client::RateLimits::default();
    if let Some(n) = settings.billbee.per_endpoint_per_second {
        limits.per_endpoint_per_second = n;
    }
    if let Some(n) = settings.billbee.overall_per_second {
        limits.overall_per_second = n;
    }
    let billbee = billbee
        .rate_limits(limits)
        .build()
        .map_err(|e| format!("Billbee client: {e}"))?;
    let mut wemalo = wemalo_client::Client::builder().token(secrets.wemalo_token);
    if let Some(url) = &settings.wemalo.base_url {
        wemalo = wemalo.base_url(url);
    }
    let wemalo = wemalo.build().map_err(|e| format!("Wemalo client: {e}"))?;
    let state_path = settings
        .state_file
        .clone()
        .unwrap_or_else(|| PathBuf::from("state.json"));
    let mut store = JsonFileStore::new(state_path);
    let mut state = store.load().map_err(|e| error_chain(&e))?;
    let driver = Driver::new(billbee, wemalo, settings.sync.clone());
    if !args.dry_run {
        // Prove the state file can be written before anything is changed on either side.
        store.write(&state).map_err(|e| error_chain(&e))?;
    }

    if args.dry_run {
        let report = driver
            .plan(&state, jiff::Timestamp::now())
            .await
            .map_err(|e| error_chain(&e))?;
        let mut lines = Vec::new();
        for action in &report.plan {
            lines.push(serde_json::to_string(action).map_err(|e| e.to_string())?);
        }
        for finding in &report.findings {
            lines.push(serde_json::to_string(finding).map_err(|e| e.to_string())?);
        }
        // A reader that stops early (`| head`) is not an error of the sync.
        let mut out = std::io::stdout().lock();
        for line in lines {
            if writeln!(out, "{line}").is_err() {
                break;
            }
        }
        info!(
            actions = report.plan.len(),
            findings = report.findings.len(),
            "dry run: nothing changed"
        );
        return Ok(Exit::Ok);
    }

    let seconds = args.interval.or(settings.interval_seconds).unwrap_or(300);
    if seconds == 0 {
        return Err("the interval between cycles must be at least 1 second".into());
    }
    let interval = Duration::from_secs(seconds);
    loop {
        // The state is saved after every step, so stopping in the middle of a cycle is safe:
        // the next run completes it.
        let cycle = driver.run_cycle(&mut state, &mut store, jiff::Timestamp::now());
        let exit = tokio::select! {
            result = cycle => match result {
                Ok(report) => {
                    for line in describe(&report).lines() {
                        if line.starts_with("error:") {
                            warn!("{line}");
                        } else {
                            info!("{line}");
                        }
                    }
                    Exit::for_report(&report)
                }
                Err(e) => {
                    error!("cycle could not run: {}", error_chain(&e));
                    Exit::CouldNotRun
                }
            },
            _ = tokio::signal::ctrl_c() => {
                info!("stopped by Ctrl-C; the state saved so far lets the next run continue");
                return Ok(Exit::Interrupted);
            }
        };
        if args.once {
            return Ok(exit);
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = tokio::signal::ctrl_c() => {
                info!("stopped by Ctrl-C between cycles");
                return Ok(exit);
            }
        }
    }
}

/// An error and its causes on one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
