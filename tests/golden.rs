//! Golden files: every `fixtures/<slug>/source.html` must give exactly
//! `fixtures/<slug>/expected.json` (pretty JSON, byte for byte), twice.
//!
//! After a deliberate change, `DEPECHE_BLESS=1 cargo test --test tests
//! golden` rewrites only the goldens that differ; read all of
//! `git diff fixtures/` before committing (STYLE.md: never bless to make
//! a test pass).

use crate::eqnice;
use crate::util::root;

fn render(slug: &str) -> String {
    let path = format!("fixtures/{slug}/source.html");
    let bytes = std::fs::read(root().join(&path)).expect("read fixture");
    let mut article = depeche::parse(&bytes, &depeche::Options::default());
    article.source.path = Some(path);
    depeche::output::to_json(&article, true) + "\n"
}

fn slugs() -> Vec<String> {
    let mut slugs: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    slugs
}

#[test]
fn golden_fixtures_match() {
    let bless = std::env::var_os("DEPECHE_BLESS").is_some();
    let slugs = slugs();
    assert!(slugs.len() >= 6, "expected the fixture set, found {slugs:?}");
    for slug in slugs {
        let got = render(&slug);
        eqnice!(got, render(&slug), format!("{slug}: second parse"));
        let golden = root().join("fixtures").join(&slug).join("expected.json");
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if bless && expected != got {
            std::fs::write(&golden, &got).expect("write golden");
            eprintln!("blessed {slug}");
            continue;
        }
        eqnice!(expected, got, format!("{slug}: golden"));
    }
}
