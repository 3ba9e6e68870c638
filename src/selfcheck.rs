//! Invariants every output must keep, whatever the input: used by the
//! property tests (`tests/props.rs`) and the long fuzz run
//! (`examples/fuzz.rs`), so both check the same things.
//!
//! Input: page bytes. Output: `Ok` or a description of the broken
//! invariant. It must not be used on the normal parse path (it parses
//! twice).

use crate::text::looks_like_markup;
use crate::{Options, output, parse};

/// Parses `bytes` twice and checks: same bytes both times (determinism),
/// valid JSON with the SPEC's top-level keys, and no markup in any text
/// field (no `<tag` survives in headline, standfirst, headings,
/// paragraphs, quotes, facts or promos).
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let opts = Options::default();
    let a = output::to_json(&parse(bytes, &opts), false);
    let b = output::to_json(&parse(bytes, &opts), false);
    if a != b {
        return Err("two parses gave different output".into());
    }
    let doc: serde_json::Value =
        serde_json::from_str(&a).map_err(|e| format!("invalid JSON: {e}"))?;
    for key in ["schema_version", "source", "sections", "quotes", "facts"] {
        if doc.get(key).is_none() {
            return Err(format!("missing key {key}"));
        }
    }
    let mut texts: Vec<&str> = Vec::new();
    for key in ["headline", "standfirst"] {
        texts.extend(doc.get(key).and_then(|v| v.as_str()));
    }
    for s in doc["sections"].as_array().into_iter().flatten() {
        texts.extend(s["heading"].as_str());
        for p in s["paragraphs"].as_array().into_iter().flatten() {
            texts.extend(p.as_str());
        }
    }
    for key in ["quotes", "facts", "promos"] {
        for item in doc[key].as_array().into_iter().flatten() {
            texts.extend(item["text"].as_str());
        }
    }
    match texts.iter().find(|t| looks_like_markup(t)) {
        Some(t) => Err(format!("markup in a text field: {t:.80}")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_accepts_a_plain_page() {
        let page = b"<html><body><article><h1>Titre de la page</h1>\
            <p>Un paragraphe assez long pour faire un corps.</p></article></body></html>";
        assert_eq!(check(page), Ok(()));
    }
}
