//! The ordered parallel driver: map a stream of items on a thread pool
//! and hand the results back in input order.
//!
//! Input: an iterator (pulled lazily, on its own thread), a worker
//! function, a writer. Output: the writer sees each result exactly
//! once, in input order, as soon as it is next in order.
//!
//! The iterator is pulled on a thread of its own so that a blocking
//! read (the next `--jsonl-in` line, the next `--files-from -` path)
//! never holds back results that are ready: a client that writes one
//! line and waits for its answer gets it. A result is written as soon
//! as it is next in order, whether or not more input has arrived.
//!
//! Memory is bounded: at most `jobs × WINDOW_PER_JOB` items are pulled
//! and not yet written (in flight, queued or waiting in the reorder
//! buffer), whatever the number of items. A slow item holds back the
//! writer, not the other workers, until the window is full.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

/// Items in flight per worker thread. 4 keeps every core busy behind a
/// page that takes four times the average, for a few pages of memory.
pub const WINDOW_PER_JOB: usize = 4;

/// What the writer loop waits for: the input thread's items and the
/// workers' results, on one channel.
enum Event<T, R> {
    /// The next item, pulled by the input thread.
    Item(T),
    /// The iterator is exhausted.
    End,
    /// The iterator panicked (a bug): the panic goes on in `run`.
    Panicked(Box<dyn std::any::Any + Send>),
    /// The result of the item with this sequence number.
    Done(u64, Result<R, String>),
}

/// Runs `work` over `items` on `jobs` threads; calls `write` with each
/// result in input order, or with `Err(panic message)` if `work`
/// panicked (callers should catch their own panics; this is a safety
/// net that keeps the order and the count).
///
/// `items` is pulled on a thread of its own (hence `Send + 'static`).
/// Stops early when `write` returns `ControlFlow::Break`, after the
/// items in flight finish (their results are dropped); the input thread
/// then ends at its next item (it is not waited for: it may be blocked
/// on a read). Returns the break value, if any, or an error if a thread
/// cannot start.
pub fn run<T, R, B>(
    items: impl Iterator<Item = T> + Send + 'static,
    jobs: usize,
    work: impl Fn(T) -> R + Sync,
    mut write: impl FnMut(Result<R, String>) -> ControlFlow<B>,
) -> std::io::Result<Option<B>>
where
    T: Send + 'static,
    R: Send + 'static,
{
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("depeche-worker-{i}"))
        .build()
        .map_err(std::io::Error::other)?;
    let window = jobs.saturating_mul(WINDOW_PER_JOB);
    let (tx, rx) = mpsc::channel::<Event<T, R>>();
    // One credit per item that may be pulled and not yet written.
    let (credit_tx, credit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = credit_tx.send(());
    }
    let input_tx = tx.clone();
    std::thread::Builder::new().name("depeche-input".to_string()).spawn(
        move || {
            let mut items = items;
            // No credit left to wait for: the run has stopped.
            while credit_rx.recv().is_ok() {
                let event =
                    match catch_unwind(AssertUnwindSafe(|| items.next())) {
                        Ok(Some(item)) => Event::Item(item),
                        Ok(None) => Event::End,
                        Err(payload) => Event::Panicked(payload),
                    };
                let last = !matches!(event, Event::Item(_));
                if input_tx.send(event).is_err() || last {
                    return;
                }
            }
        },
    )?;
    let work = &work;
    let outcome = pool.in_place_scope(|scope| {
        let mut issued: u64 = 0;
        let mut written: u64 = 0;
        let mut exhausted = false;
        let mut pending: BTreeMap<u64, Result<R, String>> = BTreeMap::new();
        while !(exhausted && written == issued) {
            // `tx` is alive here, so `recv` cannot fail.
            let Ok(event) = rx.recv() else { return None };
            match event {
                Event::Item(item) => {
                    let tx = tx.clone();
                    let seq = issued;
                    scope.spawn(move |_| {
                        let result =
                            catch_unwind(AssertUnwindSafe(|| work(item)))
                                .map_err(|p| super::panic_message(p.as_ref()));
                        // The receiver only goes away when the run stops
                        // early; the result is not wanted then.
                        let _ = tx.send(Event::Done(seq, result));
                    });
                    issued += 1;
                }
                Event::End => exhausted = true,
                Event::Panicked(payload) => std::panic::resume_unwind(payload),
                Event::Done(seq, result) => {
                    pending.insert(seq, result);
                    while let Some(result) = pending.remove(&written) {
                        written += 1;
                        let _ = credit_tx.send(());
                        if let ControlFlow::Break(b) = write(result) {
                            return Some(b);
                        }
                    }
                }
            }
        }
        None
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
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pulled = Arc::new(AtomicUsize::new(0));
        let mut written = 0usize;
        let counter = Arc::clone(&pulled);
        let items = (0..1000).inspect(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
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
    fn run_writes_results_while_the_iterator_blocks() {
        // Like a client that sends the next line only once it has the
        // answer to the previous one.
        let (seen_tx, seen_rx) = mpsc::channel::<u32>();
        let items = (0..3u32).inspect(move |&i| {
            if i > 0 {
                let prev = seen_rx
                    .recv_timeout(std::time::Duration::from_secs(20))
                    .expect("the previous result is written first");
                assert_eq!(prev, (i - 1) * 10);
            }
        });
        let mut got = Vec::new();
        run(
            items,
            2,
            |i| i * 10,
            |r| {
                let r = r.unwrap();
                got.push(r);
                let _ = seen_tx.send(r);
                ControlFlow::<()>::Continue(())
            },
        )
        .unwrap();
        assert_eq!(got, [0, 10, 20]);
    }

    #[test]
    fn run_passes_on_a_panic_of_the_iterator() {
        // (The default hook prints the panic: tests run in parallel, so
        // swapping the global hook here could race with another test.)
        let items = (0..10u32).inspect(|&i| {
            assert!(i < 5, "enumeration bug");
        });
        let result = catch_unwind(|| {
            run(items, 2, |i| i, |_| ControlFlow::<()>::Continue(()))
        });
        let payload = result.unwrap_err();
        assert_eq!(
            super::super::panic_message(payload.as_ref()),
            "enumeration bug"
        );
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
