//! Full extraction against the html5ever parse alone, on the pages of a
//! corpus, in one process: the figure issue #8 bounds (full ≤ 1.5 ×
//! parse). For instruction counts that do not depend on the machine's
//! load, run it under callgrind once with 1 round and once with 3: the
//! difference halved is one round without the one-time setup.
//!
//! ```text
//! cargo run --release --example ratio -- ../shared/corpus/visible [ROUNDS] [full|parse|both|pages]
//! valgrind --tool=callgrind target/release/examples/ratio DIR 1 full
//! ```

use std::path::Path;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus/visible".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let which = args.next().unwrap_or_else(|| "both".into());
    let pages = pages(Path::new(&dir));
    if pages.is_empty() {
        eprintln!("no pages under {dir} (expected DIR/*/source.html)");
        std::process::exit(2);
    }
    let texts: Vec<String> = pages
        .iter()
        .map(|b| depeche::decode::decode(b, None).text.into_owned())
        .collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let opts = depeche::Options::default();
    let parse_only = || {
        for t in &texts {
            std::hint::black_box(scraper::Html::parse_document(t));
        }
    };
    let full = || {
        for b in &pages {
            std::hint::black_box(depeche::parse(b, &opts));
        }
    };
    // Rounds alternate between the two, so that a change in the
    // machine's load or clock touches both alike.
    let (mut p_times, mut f_times) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        if which == "pages" {
            break;
        }
        if which != "full" {
            p_times.push(timed(&parse_only));
        }
        if which != "parse" {
            f_times.push(timed(&full));
        }
    }
    let n = pages.len() as f64;
    let show = |name: &str, times: &mut Vec<f64>| {
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied()?;
        println!(
            "{name:<12} median {:>8.2} ms  {:>7.1} µs/page  {:>6.1} MB/s",
            median * 1e3,
            median * 1e6 / n,
            bytes as f64 / median / 1e6
        );
        Some(median)
    };
    if which == "pages" {
        per_page(&pages, &opts, rounds);
        return;
    }
    let p = show("parse only", &mut p_times);
    let f = show("full", &mut f_times);
    if let (Some(p), Some(f)) = (p, f) {
        println!("ratio        {:.2} (issue #8: at most 1.5)", f / p);
    }
}

/// Each page's own time: `page_us INDEX MICROSECONDS`, the median of
/// `rounds` runs after one warm-up run (for per-page statistics such as
/// the comparison with trafilatura).
fn per_page(pages: &[Vec<u8>], opts: &depeche::Options, rounds: usize) {
    for (i, b) in pages.iter().enumerate() {
        std::hint::black_box(depeche::parse(b, opts));
        let mut times: Vec<f64> = (0..rounds.max(1))
            .map(|_| {
                timed(&|| drop(std::hint::black_box(depeche::parse(b, opts))))
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!("page_us {i} {:.1}", times[times.len() / 2] * 1e6);
    }
}

/// Seconds taken by one call of `f`.
fn timed(f: &dyn Fn()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

/// Every `DIR/*/source.html`, sorted by folder name.
fn pages(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}
