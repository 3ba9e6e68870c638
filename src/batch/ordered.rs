//! The ordered parallel driver: map a stream of items on a thread pool
//! and hand the results back in input order.
//!
//! Input: an iterator (pulled lazily, on the calling thread), a worker
//! function, a writer. Output: the writer sees each result exactly
//! once, in input order, as soon as it is next in order.
//!
//! Memory is bounded: at most `jobs × WINDOW_PER_JOB` items are in
//! flight or waiting in the reorder buffer, whatever the number of
//! items. A slow item holds back the writer, not the other workers,
//! until the window is full.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

/// Items in flight per worker thread. 4 keeps every core busy behind a
/// page that takes four times the average, for a few pages of memory.
pub const WINDOW_PER_JOB: usize = 4;

/// Runs `work` over `items` on `jobs` threads; calls `write` with each
/// result in input order, or with `Err(panic message)` if `work`
/// panicked (callers should catch their own panics; this is a safety
/// net that keeps the order and the count).
///
/// Stops early when `write` returns `ControlFlow::Break`, after the
/// items in flight finish (their results are dropped). Returns the
/// break value, if any, or an error if the thread pool cannot start.
pub fn run<T, R, B>(
    items: impl Iterator<Item = T>,
    jobs: usize,
    work: impl Fn(T) -> R + Sync,
    mut write: impl FnMut(Result<R, String>) -> ControlFlow<B>,
) -> std::io::Result<Option<B>>
where
    T: Send,
    R: Send,
{
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("depeche-worker-{i}"))
        .build()
        .map_err(std::io::Error::other)?;
    let window = jobs.saturating_mul(WINDOW_PER_JOB) as u64;
    let (tx, rx) = mpsc::channel::<(u64, Result<R, String>)>();
    let work = &work;
    let outcome = pool.in_place_scope(|scope| {
        let mut items = items.fuse();
        let mut issued: u64 = 0;
        let mut written: u64 = 0;
        let mut pending: BTreeMap<u64, Result<R, String>> = BTreeMap::new();
        loop {
            while issued - written < window {
                let Some(item) = items.next() else { break };
                let tx = tx.clone();
                let seq = issued;
                scope.spawn(move |_| {
                    let result = catch_unwind(AssertUnwindSafe(|| work(item)))
                        .map_err(|p| super::panic_message(p.as_ref()));
                    // The receiver only goes away when the run stops
                    // early; the result is not wanted then.
                    let _ = tx.send((seq, result));
                });
                issued += 1;
            }
            if written == issued {
                return None;
            }
            let Ok((seq, result)) = rx.recv() else { return None };
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&written) {
                written += 1;
                if let ControlFlow::Break(b) = write(result) {
                    return Some(b);
                }
            }
        }
    });
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_keeps_input_order() {
        let mut got = Vec::new();
        let r: Option<()> = run(
            0..200u64,
            4,
            |i| {
                // Later items finish first.
                std::thread::sleep(std::time::Duration::from_micros(
                    (200 - i) * 20,
                ));
                i * 2
            },
            |r| {
                got.push(r.unwrap());
                ControlFlow::Continue(())
            },
        )
        .unwrap();
        assert!(r.is_none());
        assert_eq!(got, (0..200).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn run_bounds_items_in_flight() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pulled = AtomicUsize::new(0);
        let mut written = 0usize;
        let items = (0..1000).inspect(|_| {
            pulled.fetch_add(1, Ordering::SeqCst);
        });
        run(
            items,
            2,
            |i| i,
            |_| {
                written += 1;
                let ahead = pulled.load(Ordering::SeqCst) - written;
                assert!(ahead <= 2 * WINDOW_PER_JOB, "{ahead} ahead");
                ControlFlow::<()>::Continue(())
            },
        )
        .unwrap();
        assert_eq!(written, 1000);
    }

    #[test]
    fn run_stops_on_break() {
        let mut seen = 0;
        let b = run(
            0..100,
            2,
            |i| i,
            |r| {
                seen += 1;
                if r == Ok(10) {
                    ControlFlow::Break("stop")
                } else {
                    ControlFlow::Continue(())
                }
            },
        )
        .unwrap();
        assert_eq!((b, seen), (Some("stop"), 11));
    }

    #[test]
    fn run_turns_panic_into_err_in_place() {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let mut got = Vec::new();
        run(
            0..5,
            2,
            |i| {
                if i == 2 {
                    panic!("boom");
                }
                i
            },
            |r| {
                got.push(r);
                ControlFlow::<()>::Continue(())
            },
        )
        .unwrap();
        std::panic::set_hook(prev);
        assert_eq!(got[2], Err("boom".to_string()));
        assert_eq!(got[4], Ok(4));
    }
}
