//! Property tests (issue #9): HTML-ish input built from random tags,
//! attributes, entities, guillemets, broken bytes and deep nesting, plus
//! random mutations of the fixtures, must parse without panic into
//! deterministic, valid JSON with no markup in text fields
//! (`depeche::selfcheck`). Case counts are bounded for CI; the long run
//! is `cargo run --release --example fuzz -- SECONDS`.

use proptest::prelude::*;

use crate::util::root;

/// One piece of HTML-ish input.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()),
        Just("<h1>".to_string()),
        Just("<h2>".to_string()),
        Just("<ul><li>".to_string()),
        Just("<blockquote>".to_string()),
        Just("<q>".to_string()),
        Just("<script>var a = '<p>';".to_string()),
        Just("<!--".to_string()),
        Just("<a href=\"/x\">".to_string()),
        Just("« ".to_string()),
        Just(" »".to_string()),
        Just("“".to_string()),
        Just(", a déclaré Marie Dupont.".to_string()),
        Just("À lire aussi : ".to_string()),
        Just("&nbsp;&amp;&#x2019;&bogus;".to_string()),
        Just("Par Camille Durand, publié le 10 novembre 2024".to_string()),
        Just("1 200 000 euros, 12 %".to_string()),
        "[a-zA-Zéèàç ,.]{0,40}",
        "<[a-z]{1,8}( [a-z]{1,6}=\"[^\"]{0,8}\"){0,4}>",
        (1usize..300).prop_map(|n| "<div>".repeat(n)),
    ]
}

fn page() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(piece(), 0..60),
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(parts, junk)| {
            let mut bytes = parts.concat().into_bytes();
            let at = bytes.len() / 2;
            bytes.splice(at..at, junk);
            bytes
        })
}

fn fixture_pages() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("fixtures"))
        .into_iter()
        .flatten()
        .flatten()
    {
        if let Ok(b) = std::fs::read(entry.path().join("source.html")) {
            out.push(b);
        }
    }
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn props_random_htmlish_input_keeps_invariants(bytes in page()) {
        prop_assert_eq!(depeche::selfcheck::check(&bytes), Ok(()));
    }

    #[test]
    fn props_mutated_fixtures_keep_invariants(
        which in 0usize..64,
        cuts in prop::collection::vec((any::<prop::sample::Index>(), 0usize..64, any::<u8>()), 1..8),
    ) {
        let pages = fixture_pages();
        prop_assume!(!pages.is_empty());
        let mut bytes = pages[which % pages.len()].clone();
        for (at, len, byte) in cuts {
            let start = at.index(bytes.len().max(1)).min(bytes.len());
            let end = (start + len).min(bytes.len());
            bytes.splice(start..end, [byte]);
        }
        prop_assert_eq!(depeche::selfcheck::check(&bytes), Ok(()));
    }
}

/// Every input that once broke an invariant (found by the fuzz run) is
/// kept under `tests/regressions/` and must pass for good.
#[test]
fn props_regression_inputs_keep_invariants() {
    let dir = root().join("tests/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/regressions").flatten()
    {
        let bytes = std::fs::read(entry.path()).expect("read regression");
        assert_eq!(
            depeche::selfcheck::check(&bytes),
            Ok(()),
            "{}",
            entry.path().display()
        );
        count += 1;
    }
    assert!(count >= 1, "expected regression inputs in {}", dir.display());
}
