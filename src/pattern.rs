//! Turns the vocabulary tables of `french` into matchers.
//!
//! The one place where table entries become regex source: entries are
//! escaped, joined with `|`, longest first (so "à lire aussi" wins over
//! "à lire"), and an empty table is refused because an empty
//! alternation would match everything (trafilatura's `_alt`).

/// Builds a regex alternation `(?:a|b|c)` from a table, escaping every
/// entry and making the French capital `À` optional-accented (`A lire`
/// is common) and apostrophes interchangeable (’ and ').
///
/// # Panics
/// On an empty table: that is a programming error in `french.rs`,
/// caught by the tables' own tests, never by input.
pub fn alt(table: &[&str]) -> String {
    alt_iter(table.iter().copied())
}

/// [`alt`] over any sequence of entries, such as the first column of a
/// table of pairs.
///
/// # Panics
/// On an empty sequence, like [`alt`].
pub fn alt_iter<'a>(entries: impl IntoIterator<Item = &'a str>) -> String {
    let mut entries: Vec<&str> = entries.into_iter().collect();
    assert!(!entries.is_empty(), "an empty table would match everything");
    entries.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    entries.dedup();
    let parts: Vec<String> = entries.iter().map(|e| fold_pattern(e)).collect();
    format!("(?:{})", parts.join("|"))
}

/// Escapes one entry, folding `à`/`a` at word starts, apostrophes, and
/// spaces (which match any run of spaces, NBSP and NNBSP included).
fn fold_pattern(entry: &str) -> String {
    let mut out = String::new();
    let mut prev_alnum = false;
    for c in entry.chars() {
        match c {
            'à' | 'À' if !prev_alnum => out.push_str("[aàAÀ]"),
            'é' | 'É' if !prev_alnum => out.push_str("[eéEÉ]"),
            '’' | '\'' => out.push_str("['’]"),
            ' ' => out.push_str(r"[\s\u{a0}\u{202f}]+"),
            _ => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
        prev_alnum = c.is_alphanumeric();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn alt_matches_longest_first() {
        let re = Regex::new(&format!("^{}", alt(&["à lire", "à lire aussi"])))
            .unwrap();
        let m = re.find("à lire aussi : X").unwrap();
        assert_eq!(m.as_str(), "à lire aussi");
    }

    #[test]
    fn alt_folds_capital_a_and_apostrophes() {
        let re =
            Regex::new(&format!("(?i)^{}$", alt(&["à l’ouest"]))).unwrap();
        assert!(re.is_match("A l'ouest"));
        assert!(re.is_match("À L’OUEST"));
        assert!(re.is_match("à\u{a0}l’ouest"));
    }

    #[test]
    fn alt_escapes_metacharacters() {
        let re = Regex::new(&alt(&["les + populaires"])).unwrap();
        assert!(re.is_match("les + populaires"));
        assert!(!re.is_match("les  populaires"));
    }

    #[test]
    #[should_panic]
    fn alt_refuses_empty_table() {
        alt(&[]);
    }
}
