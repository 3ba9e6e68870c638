//! Cheap necessary conditions checked before Unicode-aware regexes.
//!
//! Patterns with `(?i)`, `\b` or `\p{…}` run on French text (accents
//! everywhere) fall back from the lazy DFA to the PikeVM or the
//! backtracker, which cost thousands of instructions per call even on
//! short strings. Most texts cannot match at all: no digit where the
//! pattern needs one, none of the table words where the pattern is an
//! alternation of them. A gate that is a *necessary* condition of a match
//! skips the regex without changing any result: when the gate says no,
//! the regex would have found nothing.

/// Whether `s` holds a character Unicode `\d` could match: every decimal
/// digit is numeric, so no numeric character means no `\d` match.
pub fn has_digit(s: &str) -> bool {
    s.chars().any(char::is_numeric)
}

/// Folds text so that whatever a `pattern::alt` alternation matches under
/// `(?i)` folds to the folded table entry: lower case, the long s `ſ`
/// (which `(?i)s` matches) as `s`, `à`/`é` as `a`/`e` (the alternation
/// makes them optional-accented), `'` as `’`, and each run of white space
/// (NBSP and NNBSP included) as one space. Folding more than the regex
/// does only makes the gate looser, never wrong.
pub fn fold_loose(s: &str) -> String {
    fold_loose_prefix(s, usize::MAX)
}

/// [`fold_loose`] of the start of `s`, stopping once `limit` bytes are
/// written: enough to test `starts_with` for entries up to `limit`
/// bytes without folding a whole paragraph.
pub fn fold_loose_prefix(s: &str, limit: usize) -> String {
    let mut out = String::with_capacity(s.len().min(limit));
    let mut in_space = false;
    for c in s.chars() {
        if out.len() >= limit {
            break;
        }
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        for l in c.to_lowercase() {
            out.push(match l {
                'ſ' => 's',
                'à' => 'a',
                'é' => 'e',
                '\'' => '’',
                other => other,
            });
        }
    }
    out
}

/// The entries of a word table, folded once, to tell cheaply whether a
/// text may hold one of them (as a regex built from the table would
/// find it).
#[derive(Debug)]
pub struct WordGate {
    words: Vec<String>,
    /// Byte length of the longest folded entry.
    longest: usize,
}

impl WordGate {
    /// Folds the entries of a table.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> WordGate {
        let words: Vec<String> = entries.into_iter().map(fold_loose).collect();
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        WordGate { words, longest }
    }

    /// False only when no entry occurs anywhere in `hay`: then an
    /// alternation of the entries cannot match, whatever surrounds it.
    pub fn may_match(&self, hay: &str) -> bool {
        let folded = fold_loose(hay);
        self.words.iter().any(|w| folded.contains(w.as_str()))
    }

    /// False only when `hay` starts with no entry: then an alternation
    /// anchored at its start cannot match. Folds only as much of `hay`
    /// as the longest entry needs.
    pub fn may_start(&self, hay: &str) -> bool {
        let folded = fold_loose_prefix(hay, self.longest);
        self.words.iter().any(|w| folded.starts_with(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;
    use crate::pattern::alt;

    #[test]
    fn has_digit_agrees_with_unicode_d() {
        let d = Regex::new(r"\d").expect("valid");
        for s in ["", "abc", "le 3 mars", "٣", "１２", "ᵉʳ", "vingt", "x9"]
        {
            assert_eq!(has_digit(s), d.is_match(s), "{s}");
        }
        // Numeric but not a decimal digit: the gate lets it through.
        assert!(has_digit("½"));
    }

    #[test]
    fn fold_loose_folds_case_accents_apostrophes_spaces() {
        assert_eq!(fold_loose("À  LIRE\u{a0}\u{202f}Aussi"), "a lire aussi");
        assert_eq!(fold_loose("L'ÉTÉ ſur"), "l’ete sur");
        assert_eq!(fold_loose("\u{212a}m"), "km");
    }

    #[test]
    fn word_gate_agrees_with_the_alternation() {
        let table = &["mis à jour", "publié", "l’auteur", "maj"];
        let re =
            Regex::new(&format!(r"(?i)\b{}\b", alt(table))).expect("valid");
        let gate = WordGate::new(table.iter().copied());
        for s in [
            "Publié le 3 mars",
            "PUBLIÉ",
            "Mis\u{a0}a  JOUR le",
            "MIS À JOUR",
            "L'auteur : X",
            "MAJ 12h",
            "Le Monde",
            "publication",
            "l’été",
            "",
        ] {
            assert!(
                gate.may_match(s) || !re.is_match(s),
                "gate refused a match: {s}"
            );
        }
        assert!(!gate.may_match("Le Monde, samedi"));
        assert!(gate.may_start("Mis à jour hier"));
        assert!(gate.may_start("MIS  A\u{a0}JOUR"));
        assert!(!gate.may_start("Le mis à jour"));
        assert_eq!(fold_loose_prefix("Mis   à jour", 5), "mis a");
    }
}
