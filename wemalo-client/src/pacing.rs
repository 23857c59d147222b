//! Keeping under Wemalo's call budget before the server has to refuse.
//!
//! Every answer carries `x-wemalo-limit-maxcall` (calls per window) and
//! `x-wemalo-limit-remainingcall` (calls left). Wemalo does not say how long the window is,
//! nor when it started; the client assumes a window (60 s unless configured) starting no
//! earlier than the first answer seen in it. That assumption errs on the slow side: a
//! window that really started earlier ends earlier than the client waits.
//!
//! Rules:
//! - before anything is known, one request at a time (so a burst cannot overrun a budget
//!   the client has not seen yet);
//! - afterwards, each send takes one call from the estimate `remaining − in flight`;
//! - once the estimate reaches the reserve, senders wait for the assumed window end,
//!   then the estimate is reset to `maxcall`;
//! - a rate-limit answer sets the estimate to zero.
//!
//! A shared budget (one token used by several processes) is seen through the headers, so
//! the estimate corrects itself on the next answer.
//!
//! A fixed-rate limiter (such as `governor`) does not fit here: the quota is only known
//! from the answers, may change, and is shared with whatever else uses the token.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long to wait while another request is still learning the budget.
const PROBE_POLL: Duration = Duration::from_millis(10);

#[derive(Debug)]
struct State {
    max: Option<u32>,
    /// Calls we may still send in the current window (after subtracting in-flight ones).
    estimate: Option<i64>,
    last_header: Option<u32>,
    window_start: Option<Instant>,
    in_flight: u32,
    /// An answer came without limit headers: the server does not meter, do not pace.
    unmetered: bool,
}

/// Header-driven pacer shared by all clones of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    window: Duration,
    reserve: u32,
    enabled: bool,
    state: Mutex<State>,
}

impl Pacer {
    pub(crate) fn new(window: Duration, reserve: u32, enabled: bool) -> Self {
        Pacer {
            window,
            reserve,
            enabled,
            state: Mutex::new(State {
                max: None,
                estimate: None,
                last_header: None,
                window_start: None,
                in_flight: 0,
                unmetered: false,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding this lock cannot leave the numbers inconsistent in a way
        // that matters; keep going with whatever is inside.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes one call from the budget, or says how long to wait before asking again.
    pub(crate) fn try_acquire(&self, now: Instant) -> Option<Duration> {
        if !self.enabled {
            return None;
        }
        let mut s = self.lock();
        if let Some(est) = s.estimate {
            if est > i64::from(self.reserve) {
                s.estimate = Some(est - 1);
                s.in_flight += 1;
                return None;
            }
            let start = *s.window_start.get_or_insert(now);
            let end = start + self.window;
            if now < end {
                return Some(end - now);
            }
            // The assumed window is over: count afresh. The next answer tells whether
            // the server agrees. Without a known maximum, go back to probing.
            s.window_start = Some(now);
            s.last_header = None;
            s.estimate = s.max.map(|m| i64::from(m) - 1);
            if s.estimate.is_some() {
                s.in_flight += 1;
                return None;
            }
        }
        if s.in_flight > 0 && !s.unmetered {
            return Some(PROBE_POLL);
        }
        s.in_flight += 1;
        None
    }

    /// Records that a call ended without an answer (or was dropped before one).
    pub(crate) fn abandon(&self) {
        if !self.enabled {
            return;
        }
        let mut s = self.lock();
        s.in_flight = s.in_flight.saturating_sub(1);
    }

    /// Records the end of a call and the limit headers of its answer, if any.
    pub(crate) fn complete(&self, max: Option<u32>, remaining: Option<u32>, now: Instant) {
        if !self.enabled {
            return;
        }
        let mut s = self.lock();
        s.in_flight = s.in_flight.saturating_sub(1);
        if let Some(m) = max {
            s.max = Some(m);
        }
        let Some(r) = remaining else {
            if s.estimate.is_none() {
                s.unmetered = true;
            }
            return;
        };
        let in_flight = i64::from(s.in_flight);
        let fresh = s.last_header.is_none_or(|prev| r > prev);
        if fresh {
            s.window_start = Some(now);
            s.estimate = Some(i64::from(r) - in_flight);
        } else {
            let est = s.estimate.unwrap_or(i64::MAX);
            s.estimate = Some(est.min(i64::from(r) - in_flight));
        }
        s.last_header = Some(r);
    }

    /// Records a rate-limit refusal. When the budget is known from headers, nothing is
    /// left until the window ends; otherwise the next request probes after the retry
    /// delay (a server that does not report its budget cannot be paced).
    ///
    /// `remaining` is the refusal's own `x-wemalo-limit-remainingcall`: when it says
    /// calls are left, the refusal is taken as a passing hiccup and only the retry delay
    /// applies.
    pub(crate) fn exhausted(&self, remaining: Option<u32>, now: Instant) {
        if !self.enabled || remaining.is_some_and(|r| r > 0) {
            return;
        }
        let mut s = self.lock();
        if s.estimate.is_some() {
            s.estimate = Some(0);
            s.last_header = Some(0);
            s.window_start.get_or_insert(now);
        }
    }
}

/// One call's share of the budget. Dropping it without [`Permit::answered`] (a transport
/// error, or the caller dropping the future) gives the in-flight slot back.
#[derive(Debug)]
pub(crate) struct Permit<'a> {
    pacer: &'a Pacer,
    open: bool,
}

impl<'a> Permit<'a> {
    /// Waits until the budget allows one more call.
    pub(crate) async fn acquire(pacer: &'a Pacer) -> Permit<'a> {
        use backon::Sleeper;
        while let Some(d) = pacer.try_acquire(Instant::now()) {
            if d > Duration::from_millis(50) {
                tracing::debug!(wait_ms = d.as_millis() as u64, "pacing: call budget low");
            }
            backon::TokioSleeper.sleep(d).await;
        }
        Permit { pacer, open: true }
    }

    /// Records the answer's limit headers.
    pub(crate) fn answered(mut self, max: Option<u32>, remaining: Option<u32>) {
        self.open = false;
        self.pacer.complete(max, remaining, Instant::now());
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        if self.open {
            self.pacer.abandon();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_then_paces() {
        let w = Duration::from_secs(2);
        let p = Pacer::new(w, 0, true);
        let t0 = Instant::now();
        assert_eq!(p.try_acquire(t0), None);
        // second caller waits while the first learns the budget
        assert_eq!(p.try_acquire(t0), Some(PROBE_POLL));
        p.complete(Some(3), Some(2), t0);
        assert_eq!(p.try_acquire(t0), None);
        assert_eq!(p.try_acquire(t0), None);
        // budget of 3 used: wait for the window end
        assert_eq!(p.try_acquire(t0), Some(w));
        p.complete(Some(3), Some(1), t0);
        p.complete(Some(3), Some(0), t0);
        let later = t0 + Duration::from_millis(500);
        assert_eq!(p.try_acquire(later), Some(Duration::from_millis(1500)));
        let next = t0 + w;
        assert_eq!(p.try_acquire(next), None);
        assert_eq!(p.try_acquire(next), None);
        assert_eq!(p.try_acquire(next), None);
        assert!(p.try_acquire(next).is_some());
    }

    #[test]
    fn reserve_and_refusal() {
        let w = Duration::from_secs(60);
        let p = Pacer::new(w, 2, true);
        let t0 = Instant::now();
        assert_eq!(p.try_acquire(t0), None);
        p.complete(Some(10), Some(3), t0);
        assert_eq!(p.try_acquire(t0), None);
        assert!(p.try_acquire(t0).is_some(), "keeps two calls in reserve");
        p.exhausted(None, t0);
        assert!(p.try_acquire(t0 + Duration::from_secs(59)).is_some());
        let q = Pacer::new(w, 0, true);
        assert_eq!(q.try_acquire(t0), None);
        q.complete(Some(10), Some(8), t0);
        q.exhausted(Some(8), t0);
        assert_eq!(
            q.try_acquire(t0),
            None,
            "a refusal while calls are left does not block"
        );
        let off = Pacer::new(w, 0, false);
        off.exhausted(None, t0);
        assert_eq!(off.try_acquire(t0), None);
    }

    #[test]
    fn no_headers_no_pacing() {
        let p = Pacer::new(Duration::from_secs(60), 0, true);
        let t0 = Instant::now();
        assert_eq!(p.try_acquire(t0), None);
        p.complete(None, None, t0);
        assert_eq!(p.try_acquire(t0), None);
        assert_eq!(p.try_acquire(t0), None);
        p.exhausted(None, t0);
        assert_eq!(
            p.try_acquire(t0),
            None,
            "a refusal without headers does not block"
        );
    }

    #[test]
    fn abandoned_calls_free_the_probe_slot() {
        let p = Pacer::new(Duration::from_secs(60), 0, true);
        let t0 = Instant::now();
        assert_eq!(p.try_acquire(t0), None);
        assert_eq!(p.try_acquire(t0), Some(PROBE_POLL));
        p.abandon();
        assert_eq!(p.try_acquire(t0), None, "slot is free again, still probing");
        assert_eq!(p.try_acquire(t0), Some(PROBE_POLL));
    }

    #[tokio::test]
    async fn dropped_permit_gives_slot_back() {
        let p = Pacer::new(Duration::from_secs(60), 0, true);
        let permit = Permit::acquire(&p).await;
        drop(permit);
        let permit = Permit::acquire(&p).await;
        permit.answered(Some(5), Some(4));
        assert_eq!(p.try_acquire(Instant::now()), None);
    }
}
