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

/// White space as French typography writes it: ASCII, NBSP, NNBSP, thin.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// A character as the phrase tables write it: lower case, apostrophe
/// curly. `None` for a character whose lower case is several.
fn fold_char(c: char) -> Option<char> {
    if c == '\'' {
        return Some('’');
    }
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let mut l = c.to_lowercase();
    let first = l.next()?;
    l.next().is_none().then_some(first)
}

/// Case-insensitive prefix match of a lower-case `needle` (apostrophes
/// folded, a space matching any run of spaces) at the start of `hay`,
/// ending on a word boundary. Returns the bytes of `hay` consumed.
pub fn starts_with_phrase(hay: &str, needle: &str) -> Option<usize> {
    let mut h = hay.char_indices().peekable();
    let mut used = 0;
    for nc in needle.chars() {
        let (i, hc) = h.next()?;
        used = i + hc.len_utf8();
        if nc == ' ' {
            if !is_space(hc) {
                return None;
            }
            while let Some(&(j, c)) = h.peek() {
                if !is_space(c) {
                    break;
                }
                used = j + c.len_utf8();
                h.next();
            }
            continue;
        }
        if fold_char(hc) != Some(nc) {
            return None;
        }
    }
    let boundary = needle.ends_with('’')
        || h.peek().is_none_or(|&(_, c)| !c.is_alphanumeric());
    boundary.then_some(used)
}

/// A table of lower-case phrases, indexed by their first two characters
/// so that a lookup at each word of a paragraph tries the two or three
/// entries that can match instead of the whole table.
#[derive(Debug)]
pub struct Phrases {
    entries: Vec<&'static str>,
    /// (first two characters, entry) sorted: a binary search finds the
    /// run of entries of a key, in table order.
    by_start: Vec<([char; 2], u32)>,
    /// Entries the key cannot describe (one character, or starting
    /// with a space): always tried.
    always: Vec<u32>,
    /// ASCII bytes that start some entry (either case): most words of
    /// a paragraph are turned away on their first byte.
    ascii_starts: [bool; 128],
}

impl Phrases {
    /// Indexes `entries`; an entry's position is its index in answers.
    pub fn new(entries: impl IntoIterator<Item = &'static str>) -> Phrases {
        let entries: Vec<&'static str> = entries.into_iter().collect();
        let mut by_start: Vec<([char; 2], u32)> = Vec::new();
        let mut always = Vec::new();
        for (k, e) in entries.iter().enumerate() {
            let k = k as u32;
            let mut chars = e.chars();
            match (chars.next(), chars.next()) {
                (Some(a), Some(b)) if Self::keyable(a) && Self::keyable(b) => {
                    by_start.push(([a, b], k));
                }
                _ => always.push(k),
            }
        }
        by_start.sort_unstable();
        let mut ascii_starts = [false; 128];
        for c in entries.iter().filter_map(|e| e.chars().next()) {
            if c.is_ascii() {
                for b in [c.to_ascii_lowercase(), c.to_ascii_uppercase()] {
                    if let Some(s) = ascii_starts.get_mut(b as usize) {
                        *s = true;
                    }
                }
            }
        }
        // A curly apostrophe in a table matches a straight one in text.
        if entries.iter().any(|e| e.starts_with('’')) {
            ascii_starts[b'\'' as usize] = true;
        }
        Phrases { entries, by_start, always, ascii_starts }
    }

    /// A needle character the key handles: a space stands for any run
    /// of spaces, other spaces only for themselves, so those go to
    /// `always`.
    fn keyable(c: char) -> bool {
        c == ' ' || !is_space(c)
    }

    /// The key of the start of `hay`, as the needles' keys are written.
    fn key(hay: &str) -> Option<[char; 2]> {
        let mut chars = hay.chars();
        let mut next = || {
            let c = chars.next()?;
            if is_space(c) { Some(' ') } else { fold_char(c) }
        };
        Some([next()?, next()?])
    }

    /// The entry at `k`.
    pub fn entry(&self, k: usize) -> &'static str {
        self.entries.get(k).copied().unwrap_or("")
    }

    /// Whether the first byte of `hay` can start an entry: a non-ASCII
    /// byte, a byte some entry starts with, or any byte when some entry
    /// is always tried.
    fn may_start(&self, hay: &str) -> bool {
        match hay.as_bytes().first() {
            None => !self.always.is_empty(),
            Some(&b) if b.is_ascii() => {
                self.ascii_starts.get(b as usize).copied().unwrap_or(false)
                    || !self.always.is_empty()
            }
            Some(_) => true,
        }
    }

    /// The entries whose key is that of `hay`.
    fn keyed(&self, hay: &str) -> &[([char; 2], u32)] {
        Self::key(hay).map_or(&[][..], |k| {
            let from = self.by_start.partition_point(|(e, _)| *e < k);
            let to = from
                + self
                    .by_start
                    .get(from..)
                    .unwrap_or_default()
                    .partition_point(|(e, _)| *e <= k);
            self.by_start.get(from..to).unwrap_or_default()
        })
    }

    /// Indices of the entries that may start a text whose keyed entries
    /// are `keyed`: those and the `always` ones, in table order.
    fn candidates<'p>(
        &'p self,
        keyed: &'p [([char; 2], u32)],
    ) -> impl Iterator<Item = usize> + 'p {
        let mut a = keyed.iter().map(|(_, k)| k).peekable();
        let mut b = self.always.iter().peekable();
        std::iter::from_fn(move || {
            let next = match (a.peek(), b.peek()) {
                (Some(&&x), Some(&&y)) if y < x => b.next(),
                (Some(_), _) => a.next(),
                (None, _) => b.next(),
            };
            next.map(|&k| k as usize)
        })
    }

    /// The longest entry starting `hay` as whole words (the first in
    /// table order among equals): (bytes of `hay` used, entry index).
    pub fn longest(&self, hay: &str) -> Option<(usize, usize)> {
        if !self.may_start(hay) {
            return None;
        }
        let keyed = self.keyed(hay);
        if keyed.is_empty() && self.always.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for k in self.candidates(keyed) {
            let Some(n) = starts_with_phrase(hay, self.entry(k)) else {
                continue;
            };
            if best.is_none_or(|(b, _)| n > b) {
                best = Some((n, k));
            }
        }
        best
    }

    /// Every entry starting `hay` as whole words, in table order:
    /// (bytes of `hay` used, entry index).
    pub fn matches<'s>(
        &'s self,
        hay: &'s str,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        // When no entry may start `hay`, `always` is empty too, so no
        // keyed entries means no candidates.
        let keyed = if self.may_start(hay) { self.keyed(hay) } else { &[] };
        self.candidates(keyed).filter_map(move |k| {
            starts_with_phrase(hay, self.entry(k)).map(|n| (n, k))
        })
    }

    /// The first entry in table order starting `hay` as whole words.
    pub fn first(&self, hay: &str) -> Option<(usize, usize)> {
        self.matches(hay).next()
    }
}

/// A table of words bucketed by byte length: a lookup compares the
/// word with the few entries of its length only, which beats both a
/// scan of the table and hashing for the short words of French prose.
#[derive(Debug)]
pub struct Words(Vec<Vec<&'static str>>);

impl Words {
    /// The set of the entries of `table`.
    pub fn new(table: &[&'static str]) -> Words {
        let longest = table.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut buckets: Vec<Vec<&'static str>> =
            vec![Vec::new(); longest + 1];
        for w in table {
            if let Some(b) = buckets.get_mut(w.len()) {
                if !b.contains(w) {
                    b.push(w);
                }
            }
        }
        Words(buckets)
    }

    /// `word` is an entry, exactly.
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word.len()).is_some_and(|b| b.contains(&word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn words_answer_like_the_table() {
        let table = ["le", "la", "les", "l’", "des"];
        let w = Words::new(&table);
        for word in ["le", "la", "l’", "des", "de", "Le", "", "lesquels"] {
            assert_eq!(w.contains(word), table.contains(&word), "{word}");
        }
    }

    #[test]
    fn phrases_match_like_a_scan_of_the_table() {
        let table = [
            "le porte-parole",
            "le",
            "l’avocat",
            "a",
            "maire",
            "maire adjoint",
            "’ouest",
            "état",
        ];
        let p = Phrases::new(table);
        for hay in [
            "Le  porte-parole a dit",
            "le\u{a0}porte-parole",
            "L'avocat du prévenu",
            "lequel",
            "A la fin",
            "maire adjoint de Lyon",
            "maire adjointe",
            "",
            "İ",
            "'ouest",
            "État major",
            "Etat",
        ] {
            let scan = table
                .iter()
                .enumerate()
                .filter_map(|(k, e)| {
                    starts_with_phrase(hay, e).map(|n| (n, k))
                })
                .max_by_key(|&(n, k)| (n, usize::MAX - k));
            assert_eq!(p.longest(hay), scan, "{hay}");
            let first = table
                .iter()
                .enumerate()
                .find_map(|(k, e)| starts_with_phrase(hay, e).map(|n| (n, k)));
            assert_eq!(p.first(hay), first, "{hay}");
        }
        assert_eq!(p.longest("Le  porte-parole a dit"), Some((16, 0)));
        assert_eq!(p.longest("lequel"), None);
    }

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
