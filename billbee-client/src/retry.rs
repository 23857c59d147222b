//! When to send a request again. A pure function, so the policy is tested as a table.

use std::time::Duration;

/// How many times one request is sent at most (first attempt included).
pub(crate) const MAX_ATTEMPTS: u32 = 6;

/// What an attempt ended with, as far as the retry decision cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// An HTTP response with this status arrived.
    Status(u16),
    /// The attempt timed out.
    Timeout,
    /// No connection could be made.
    Connect,
    /// Another transport failure (TLS, body, redirect...): not retried.
    OtherTransport,
}

/// Everything the decision depends on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RetryInput {
    /// The request may be repeated without doing anything twice (GET and the PUTs that
    /// replace state). POSTs never are.
    pub(crate) safe_to_repeat: bool,
    /// How the attempt ended.
    pub(crate) outcome: Outcome,
    /// The server's `Retry-After`, if it sent one.
    pub(crate) retry_after: Option<Duration>,
    /// The number of the attempt that just ended, from 1.
    pub(crate) attempt: u32,
    /// The exponential backoff (with jitter) for this attempt, used without `Retry-After`.
    pub(crate) backoff: Duration,
    /// How long this request already waited for retries.
    pub(crate) waited: Duration,
    /// The bound on the total waiting.
    pub(crate) max_wait: Duration,
}

/// The verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RetryDecision {
    /// Give the outcome to the caller.
    Stop,
    /// Wait this long, then send again.
    RetryAfter(Duration),
}

/// Decides whether to send a request again and after how long.
pub(crate) fn decide(input: RetryInput) -> RetryDecision {
    if !input.safe_to_repeat || input.attempt >= MAX_ATTEMPTS {
        return RetryDecision::Stop;
    }
    let transient = match input.outcome {
        Outcome::Status(s) => matches!(s, 408 | 429 | 500 | 502 | 503 | 504),
        Outcome::Timeout | Outcome::Connect => true,
        Outcome::OtherTransport => false,
    };
    if !transient {
        return RetryDecision::Stop;
    }
    let delay = input.retry_after.unwrap_or(input.backoff);
    if input.waited.saturating_add(delay) > input.max_wait {
        return RetryDecision::Stop;
    }
    RetryDecision::RetryAfter(delay)
}

/// Reads a `Retry-After` value: delay seconds or an HTTP date (relative to `now`).
pub(crate) fn parse_retry_after(value: &str, now: jiff::Timestamp) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
    let span = at.duration_since(now);
    Some(Duration::try_from(span).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn input(safe: bool, outcome: Outcome, retry_after: Option<Duration>) -> RetryInput {
        RetryInput {
            safe_to_repeat: safe,
            outcome,
            retry_after,
            attempt: 1,
            backoff: S,
            waited: Duration::ZERO,
            max_wait: 30 * S,
        }
    }

    #[test]
    fn decision_table() {
        use Outcome::*;
        use RetryDecision::*;
        let table = [
            (true, Status(429), None, RetryAfter(S)),
            (true, Status(429), Some(3 * S), RetryAfter(3 * S)),
            (false, Status(429), Some(3 * S), Stop),
            (true, Status(503), None, RetryAfter(S)),
            (true, Status(500), None, RetryAfter(S)),
            (false, Status(500), None, Stop),
            (true, Status(400), None, Stop),
            (true, Status(404), None, Stop),
            (true, Status(200), None, Stop),
            (true, Timeout, None, RetryAfter(S)),
            (false, Timeout, None, Stop),
            (true, Connect, None, RetryAfter(S)),
            (true, OtherTransport, None, Stop),
            (true, Status(429), Some(31 * S), Stop),
        ];
        for (safe, outcome, ra, want) in table {
            assert_eq!(
                decide(input(safe, outcome, ra)),
                want,
                "{safe} {outcome:?} {ra:?}"
            );
        }
    }

    #[test]
    fn bounded_by_attempts_and_total_wait() {
        let mut i = input(true, Outcome::Status(429), None);
        i.attempt = MAX_ATTEMPTS;
        assert_eq!(decide(i), RetryDecision::Stop);
        let mut i = input(true, Outcome::Status(429), None);
        i.waited = 29 * S + Duration::from_millis(500);
        assert_eq!(decide(i), RetryDecision::Stop);
        i.waited = 29 * S;
        assert_eq!(decide(i), RetryDecision::RetryAfter(S));
    }

    #[test]
    fn retry_after_seconds_and_http_date() {
        let now: jiff::Timestamp = "2015-10-21T07:28:00Z".parse().unwrap();
        assert_eq!(parse_retry_after("7", now), Some(7 * S));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:05 GMT", now),
            Some(5 * S)
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
