//! Speed of `depeche::parse`: the fixtures, the shared corpus (when
//! `../shared` is beside the repository) and pathological pages that
//! make other extractors hang. `cargo bench --bench parse`.
//!
//! The pathological cases are the traps: one tag with 300 000
//! attributes (quadratic in html5ever without `guard`), 100 000
//! unclosed `<b>`, 100 000 nested `<div>`, and a 20 MB text node.

use std::path::PathBuf;

use depeche::Options;

fn main() {
    divan::main();
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `source.html` under `dir`, sorted, as (name, bytes).
fn pages(dir: PathBuf) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let bytes = std::fs::read(e.path().join("source.html")).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), bytes))
        })
        .collect();
    out.sort();
    out
}

#[divan::bench(sample_count = 20)]
fn fixtures_all(bencher: divan::Bencher) {
    let pages = pages(root().join("fixtures"));
    let opts = Options::default();
    bencher.bench(|| {
        for (_, bytes) in &pages {
            divan::black_box(depeche::parse(bytes, &opts));
        }
    });
}

#[divan::bench(sample_count = 10)]
fn corpus_visible_all(bencher: divan::Bencher) {
    let pages = pages(root().join("../shared/corpus/visible"));
    let opts = Options::default();
    bencher.counter(divan::counter::ItemsCount::new(pages.len())).bench(
        || {
            for (_, bytes) in &pages {
                divan::black_box(depeche::parse(bytes, &opts));
            }
        },
    );
}

/// The floor: html5ever alone (via scraper) on the same pages, already
/// decoded, as issue #8 compares full extraction against it.
#[divan::bench(sample_count = 10)]
fn corpus_visible_parse_only(bencher: divan::Bencher) {
    let texts: Vec<String> = pages(root().join("../shared/corpus/visible"))
        .into_iter()
        .map(|(_, b)| depeche::decode::decode(&b, None).text.into_owned())
        .collect();
    bencher.counter(divan::counter::ItemsCount::new(texts.len())).bench(
        || {
            for t in &texts {
                divan::black_box(scraper::Html::parse_document(t));
            }
        },
    );
}

fn pathological(name: &str) -> Vec<u8> {
    match name {
        "attributes_300k" => {
            let attrs: String =
                (0..300_000).map(|i| format!(" a{i}=x")).collect();
            format!("<html><body><div{attrs}><p>Texte.</p></div></body></html>")
        }
        "unclosed_b_100k" => format!(
            "<html><body>{}<p>Texte final.</p></body></html>",
            "<b>".repeat(100_000)
        ),
        "nested_div_100k" => format!(
            "<html><body>{}<p>Texte.</p>{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
        _ => format!(
            "<html><body><article><h1>Titre</h1><p>{}</p></article></body></html>",
            "mot ".repeat(5_000_000)
        ),
    }
    .into_bytes()
}

#[divan::bench(
    sample_count = 3,
    args = ["attributes_300k", "unclosed_b_100k", "nested_div_100k", "text_node_20mb"]
)]
fn hostile(bencher: divan::Bencher, name: &str) {
    let bytes = pathological(name);
    let opts = Options::default();
    bencher.bench(|| divan::black_box(depeche::parse(&bytes, &opts)));
}
