//! What people see of a batch on stderr: a progress bar (only on a
//! terminal), one line per failed input, and a summary line; all
//! silenced by `--quiet`. Counts are kept here and returned, so main.rs
//! can set the exit status (no global state).

use std::cell::Cell;
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use depeche::batch::inputs::{Inputs, Spec};
use depeche::batch::{Rendered, Status};

/// Counts of a finished batch.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Documents written (empty bodies included).
    pub parsed: u64,
    /// Documents with an empty body.
    pub empty: u64,
    /// Error lines written.
    pub failed: u64,
    /// Inputs skipped by --skip-existing.
    pub skipped: u64,
    /// Results that could not be written under --out-dir.
    pub unwritten: u64,
}

/// Progress and messages of one batch.
pub struct Report {
    quiet: bool,
    bar: Option<ProgressBar>,
    start: Instant,
    counts: Cell<Counts>,
    /// Inputs skipped by --skip-existing (counted where inputs are
    /// enumerated, on the input thread).
    skipped: Arc<AtomicU64>,
    /// Inputs enumerated so far, and whether that is all of them.
    discovered: Arc<AtomicU64>,
    exhausted: Arc<AtomicBool>,
}

impl Report {
    /// A report; the bar is drawn only when stderr is a terminal.
    pub fn new(quiet: bool) -> Report {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(0),
                ProgressDrawTarget::stderr_with_hz(4),
            );
            let style = ProgressStyle::with_template(
                "{bar:30} {pos}/{len} pages {rate} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |state: &indicatif::ProgressState,
                 w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                },
            );
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Report {
            quiet,
            bar,
            start: Instant::now(),
            counts: Cell::new(Counts::default()),
            skipped: Arc::new(AtomicU64::new(0)),
            discovered: Arc::new(AtomicU64::new(0)),
            exhausted: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether a progress bar is drawn.
    pub fn shows_progress(&self) -> bool {
        self.bar.is_some()
    }

    /// Counts the inputs of `specs` on a background thread for the
    /// bar's total, when they can be listed twice (files, folders and
    /// list files; not stdin or JSON lines). A WARC file counts as one
    /// until its records are read.
    pub fn count_in_background(
        &self,
        specs: Vec<Spec>,
        globs: globset::GlobSet,
    ) {
        let Some(bar) = self.bar.clone() else { return };
        let listable = specs.iter().all(|s| {
            matches!(s, Spec::Path(_) | Spec::FilesFrom { list: Some(_), .. })
        });
        if !listable {
            return;
        }
        let discovered = Arc::clone(&self.discovered);
        let exhausted = Arc::clone(&self.exhausted);
        std::thread::spawn(move || {
            let total = Inputs::new(specs, globs, u64::MAX)
                .without_warc_records()
                .count() as u64;
            if !exhausted.load(Ordering::SeqCst) {
                bar.set_length(total.max(discovered.load(Ordering::SeqCst)));
            }
        });
    }

    /// Wraps the input stream to keep the bar's total up to date.
    pub fn track<I: Iterator>(
        &self,
        inputs: I,
    ) -> impl Iterator<Item = I::Item> + use<I> {
        let bar = self.bar.clone();
        let discovered = Arc::clone(&self.discovered);
        let exhausted = Arc::clone(&self.exhausted);
        let mut inputs = inputs.fuse();
        std::iter::from_fn(move || {
            let next = inputs.next();
            match &next {
                Some(_) => {
                    let n = discovered.fetch_add(1, Ordering::SeqCst) + 1;
                    if let Some(bar) = &bar {
                        if bar.length().is_none_or(|len| len < n) {
                            bar.set_length(n);
                        }
                    }
                }
                None => {
                    exhausted.store(true, Ordering::SeqCst);
                    if let Some(bar) = &bar {
                        bar.set_length(discovered.load(Ordering::SeqCst));
                    }
                }
            }
            next
        })
    }

    /// A counter of inputs skipped by --skip-existing, for the thread
    /// that enumerates the inputs.
    pub fn skipper(&self) -> Skipper {
        Skipper { skipped: Arc::clone(&self.skipped), bar: self.bar.clone() }
    }

    /// One input done and written.
    pub fn done(&self, r: &Rendered) {
        let mut c = self.counts.get();
        match r.status {
            Status::Parsed => c.parsed += 1,
            Status::EmptyBody => {
                c.parsed += 1;
                c.empty += 1;
            }
            Status::Failed => {
                c.failed += 1;
                if let Some(msg) = &r.message {
                    self.say(&format!("depeche: {}: {msg}", shown(r)));
                }
            }
        }
        self.counts.set(c);
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if c.failed > 0 {
                bar.set_message(format!("{} failed", c.failed));
            }
        }
    }

    /// An input's `.json` could not be written under --out-dir.
    pub fn output_failed(&self, r: &Rendered, e: &std::io::Error) {
        let mut c = self.counts.get();
        c.unwritten += 1;
        self.counts.set(c);
        self.say(&format!(
            "depeche: {}: cannot write {}: {e}",
            shown(r),
            r.origin.out_name.display()
        ));
    }

    /// Clears the bar without a summary (the output went away).
    pub fn abandon(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// Clears the bar, prints the summary and returns the counts.
    pub fn finish(&self) -> Counts {
        self.abandon();
        let mut c = self.counts.get();
        c.skipped = self.skipped.load(Ordering::SeqCst);
        if !self.quiet {
            let secs = self.start.elapsed().as_secs_f64();
            let done = c.parsed + c.failed;
            let rate = if secs > 0.0 { done as f64 / secs } else { 0.0 };
            let mut line = format!(
                "depeche: {done} inputs: {} parsed ({} with an empty body), {} failed",
                c.parsed, c.empty, c.failed
            );
            if c.unwritten > 0 {
                line.push_str(&format!(", {} not written", c.unwritten));
            }
            if c.skipped > 0 {
                line.push_str(&format!(", {} skipped", c.skipped));
            }
            line.push_str(&format!(" in {secs:.1} s ({rate:.1} pages/s)"));
            eprintln!("{line}");
        }
        c
    }

    /// A line for people, above the bar.
    fn say(&self, line: &str) {
        if self.quiet {
            return;
        }
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

/// Counts inputs skipped by --skip-existing; see [`Report::skipper`].
#[derive(Clone)]
pub struct Skipper {
    skipped: Arc<AtomicU64>,
    bar: Option<ProgressBar>,
}

impl Skipper {
    /// An input skipped.
    pub fn skip(&self) {
        self.skipped.fetch_add(1, Ordering::SeqCst);
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}

fn shown(r: &Rendered) -> String {
    let path = r.origin.path.as_deref().unwrap_or("<stdin>");
    match (&r.origin.url, &r.origin.id) {
        (Some(url), _) => format!("{path} ({url})"),
        (None, Some(id)) => format!("{path} (id {id})"),
        (None, None) => path.to_string(),
    }
}
