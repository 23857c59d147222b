//! When to send a request again: a pure decision, tested as a table.
//!
//! Backoff delays come from [`backon`] (exponential with jitter); this module only
//! decides whether to use the next one, or the server's `Retry-After`, or to stop.

use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};

/// What one attempt ended with, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// An answer that is final: success or an error that will not change by waiting.
    Final,
    /// Call budget used up (body status 419, HTTP 419 or 429).
    RateLimited {
        /// The server's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
    },
    /// HTTP 5xx (or 408): the server may or may not have applied the request.
    ServerError(u16),
    /// No answer. `connect` is true when the connection was never made, so the
    /// request cannot have reached the server.
    Transport {
        /// The connection could not be established.
        connect: bool,
    },
}

/// The verdict for one failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Give up and report the error.
    Stop,
    /// Wait this long, then send the same request again.
    RetryAfter(Duration),
}

/// Limits for retrying, set through the client builder.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RetryPolicy {
    /// Attempts in total, the first one included.
    pub(crate) max_attempts: u32,
    /// Upper bound for the sum of all waits between attempts.
    pub(crate) max_total_wait: Duration,
    /// First backoff delay.
    pub(crate) min_delay: Duration,
    /// Largest single backoff delay.
    pub(crate) max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 6,
            max_total_wait: Duration::from_secs(120),
            min_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// A fresh backoff sequence (exponential, factor 2, with jitter) for one request.
    pub(crate) fn backoff(&self) -> impl Iterator<Item = Duration> + Send {
        ExponentialBuilder::new()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_factor(2.0)
            .with_jitter()
            .with_max_times(self.max_attempts.saturating_sub(1) as usize)
            .build()
    }
}

/// Decides whether to retry after attempt number `attempt` (1-based).
///
/// - `safe_to_repeat`: the request may be applied twice without harm (GET, idempotent PUT,
///   DELETE). A POST that creates something is never repeated after the server may have
///   seen it; a connect failure is repeated for every method, since nothing was sent.
/// - `waited`: the time already spent waiting between earlier attempts.
/// - `next_backoff`: the next delay of the backoff sequence (`None` once exhausted).
///
/// `Retry-After` wins over the backoff delay. The total wait never exceeds
/// `policy.max_total_wait`: a retry that would exceed it is not made.
pub(crate) fn decide(
    safe_to_repeat: bool,
    outcome: Outcome,
    attempt: u32,
    waited: Duration,
    next_backoff: Option<Duration>,
    policy: &RetryPolicy,
) -> Decision {
    let repeatable = match outcome {
        Outcome::Final => false,
        Outcome::RateLimited { .. } => safe_to_repeat,
        Outcome::ServerError(code) => safe_to_repeat && matches!(code, 408 | 500 | 502 | 503 | 504),
        Outcome::Transport { connect } => connect || safe_to_repeat,
    };
    if !repeatable || attempt >= policy.max_attempts {
        return Decision::Stop;
    }
    let delay = match (outcome, next_backoff) {
        (
            Outcome::RateLimited {
                retry_after: Some(d),
            },
            _,
        ) => d,
        (_, Some(d)) => d,
        (_, None) => return Decision::Stop,
    };
    match waited.checked_add(delay) {
        Some(total) if total <= policy.max_total_wait => Decision::RetryAfter(delay),
        _ => Decision::Stop,
    }
}

/// Reads `Retry-After` as seconds or as an HTTP date; `None` if absent or unreadable.
pub(crate) fn parse_retry_after(value: &str, now: jiff::Timestamp) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
    let span = at.duration_since(now);
    Some(Duration::try_from(span).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::{RetryAfter, Stop};
    use Outcome::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn decision_table() {
        let p = RetryPolicy {
            max_attempts: 4,
            max_total_wait: 10 * S,
            ..RetryPolicy::default()
        };
        let rl = RateLimited { retry_after: None };
        let rl5 = RateLimited {
            retry_after: Some(5 * S),
        };
        #[rustfmt::skip]
        type Row = (bool, Outcome, u32, Duration, Option<Duration>, Decision);
        let table: &[Row] = &[
            // safe, outcome, attempt, waited, backoff => decision
            (true, Final, 1, Duration::ZERO, Some(S), Stop),
            (false, Final, 1, Duration::ZERO, Some(S), Stop),
            (true, rl, 1, Duration::ZERO, Some(S), RetryAfter(S)),
            (false, rl, 1, Duration::ZERO, Some(S), Stop),
            (true, rl5, 1, Duration::ZERO, Some(S), RetryAfter(5 * S)),
            (true, rl5, 2, 6 * S, Some(S), Stop),
            (
                true,
                ServerError(503),
                1,
                Duration::ZERO,
                Some(S),
                RetryAfter(S),
            ),
            (
                true,
                ServerError(500),
                3,
                2 * S,
                Some(2 * S),
                RetryAfter(2 * S),
            ),
            (false, ServerError(503), 1, Duration::ZERO, Some(S), Stop),
            (true, ServerError(501), 1, Duration::ZERO, Some(S), Stop),
            (
                true,
                Transport { connect: false },
                1,
                Duration::ZERO,
                Some(S),
                RetryAfter(S),
            ),
            (
                false,
                Transport { connect: false },
                1,
                Duration::ZERO,
                Some(S),
                Stop,
            ),
            (
                false,
                Transport { connect: true },
                1,
                Duration::ZERO,
                Some(S),
                RetryAfter(S),
            ),
            (true, rl, 4, Duration::ZERO, Some(S), Stop),
            (true, rl, 2, Duration::ZERO, None, Stop),
            (true, rl, 2, 9 * S, Some(2 * S), Stop),
            (true, rl, 2, 8 * S, Some(2 * S), RetryAfter(2 * S)),
        ];
        for (i, (safe, outcome, attempt, waited, backoff, want)) in table.iter().enumerate() {
            let got = decide(*safe, *outcome, *attempt, *waited, *backoff, &p);
            assert_eq!(got, *want, "row {i}: {safe} {outcome:?} attempt {attempt}");
        }
    }

    #[test]
    fn backoff_grows_with_jitter_and_ends() {
        let p = RetryPolicy {
            max_attempts: 4,
            min_delay: Duration::from_millis(100),
            ..RetryPolicy::default()
        };
        let delays: Vec<_> = p.backoff().collect();
        assert_eq!(delays.len(), 3);
        assert!(delays[0] >= Duration::from_millis(100) && delays[0] < Duration::from_millis(200));
        assert!(delays[2] >= Duration::from_millis(400));
    }

    #[test]
    fn retry_after_forms() {
        let now: jiff::Timestamp = "2025-03-01T08:00:00Z".parse().unwrap();
        assert_eq!(parse_retry_after("7", now), Some(7 * S));
        assert_eq!(
            parse_retry_after("Sat, 01 Mar 2025 08:00:30 GMT", now),
            Some(30 * S)
        );
        assert_eq!(
            parse_retry_after("Sat, 01 Mar 2025 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
