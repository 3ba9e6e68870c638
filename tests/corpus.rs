//! The shared corpus (`../shared/corpus/visible`), when present: every
//! page parses, twice to the same bytes, with no panic. Quality figures
//! are the scorer's job (`.ci/run`).

use crate::util::root;

#[test]
fn corpus_pages_parse_deterministically() {
    let dir = root().join("../shared/corpus/visible");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut count = 0;
    for entry in entries.filter_map(Result::ok) {
        let page = entry.path().join("source.html");
        let Ok(bytes) = std::fs::read(&page) else { continue };
        let opts = depeche::Options::default();
        let a =
            depeche::output::to_json(&depeche::parse(&bytes, &opts), false);
        let b =
            depeche::output::to_json(&depeche::parse(&bytes, &opts), false);
        assert_eq!(a, b, "{} is not deterministic", page.display());
        let doc: serde_json::Value = serde_json::from_str(&a).unwrap();
        assert!(
            !doc["sections"].as_array().unwrap().is_empty(),
            "{}: empty body",
            page.display()
        );
        count += 1;
    }
    assert!(count >= 20, "expected the visible corpus, read {count} pages");
}
