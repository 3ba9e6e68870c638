//! Long fuzz run outside CI (issue #9): mutates the fixtures and, when
//! present, the shared corpus pages at random for SECONDS and checks
//! every result with `depeche::selfcheck` (no panic, deterministic,
//! valid JSON, no markup in text). Failing inputs are written to
//! `target/fuzz-failures/` to become regression fixtures.
//!
//! `cargo run --release --example fuzz -- 600 [SEED]`

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A small xorshift generator: reproducible runs from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments spliced into pages: markup, French text shapes, junk.
const SNIPPETS: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<h2>",
    "<blockquote>",
    "<q>",
    "« ",
    " »",
    "“",
    "\"",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "&nbsp;",
    "&#x0;",
    "\u{feff}",
    "À lire aussi : ",
    ", a-t-il déclaré.",
    "<meta charset=\"shift_jis\">",
    "<ul><li>",
    "</title>",
    "\0",
];

fn pages(dir: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(b) = std::fs::read(e.path().join("source.html")) {
            out.push(b);
        }
    }
    out
}

fn mutate(rng: &mut Rng, page: &[u8]) -> Vec<u8> {
    let mut bytes = page.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() + 1).min(bytes.len());
        match rng.below(4) {
            0 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())].as_bytes();
                let times = 1 + rng.below(3) * rng.below(400);
                let mut ins = Vec::new();
                for _ in 0..times {
                    ins.extend_from_slice(s);
                }
                bytes.splice(at..at, ins);
            }
            2 => {
                if let Some(b) = bytes.get_mut(at) {
                    *b = rng.next() as u8;
                }
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut corpus = pages(&root.join("fixtures"));
    corpus.extend(pages(&root.join("../shared/corpus/visible")));
    if corpus.is_empty() {
        eprintln!("fuzz: no pages found under fixtures/");
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|_| {}));
    let out_dir = root.join("target/fuzz-failures");
    let mut rng = Rng(seed.max(1));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let (mut runs, mut failures) = (0u64, 0u64);
    while Instant::now() < deadline {
        let page = &corpus[rng.below(corpus.len())];
        let input = mutate(&mut rng, page);
        let result = catch_unwind(AssertUnwindSafe(|| {
            depeche::selfcheck::check(&input)
        }))
        .unwrap_or_else(|_| Err("panic".to_string()));
        runs += 1;
        if let Err(why) = result {
            failures += 1;
            let _ = std::fs::create_dir_all(&out_dir);
            let path = out_dir.join(format!("fail-{seed}-{runs}.html"));
            let _ = std::fs::write(&path, &input);
            eprintln!("fuzz: {}: {why}", path.display());
        }
    }
    eprintln!("fuzz: {runs} executions in {secs} s, {failures} failures");
    if failures > 0 {
        std::process::exit(1);
    }
}
