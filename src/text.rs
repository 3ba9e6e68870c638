//! The SPEC's "Text" rule, and text measures used by every stage.
//!
//! Input: raw text as html5ever gives it (entities already decoded).
//! Output: plain text with runs of ASCII white space folded to one
//! space, soft hyphens and zero-width characters removed, trimmed.
//! Typographic characters (’ « » U+00A0 U+202F) are kept as written.
//! This module knows nothing of HTML or French.

use unicode_segmentation::UnicodeSegmentation;

/// Characters the SPEC removes from every text field: the soft hyphen
/// and the zero-width characters.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// ASCII white space as HTML defines it (space, tab, LF, FF, CR).
fn is_ascii_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// The length of the run of visible characters that starts `s`: up to
/// the first ASCII white space or invisible character. A byte scan: the
/// invisible characters all start with 0xC2, 0xE2 or 0xEF, and only
/// those bytes need decoding.
fn visible_run(s: &str) -> usize {
    /// Bytes that may end a run: ASCII white space and the lead bytes
    /// of the invisible characters.
    const STOPS: [bool; 256] = {
        let mut t = [false; 256];
        let mut k = 0;
        let stops = [b' ', b'\t', b'\n', b'\r', 0x0C, 0xC2, 0xE2, 0xEF];
        while k < stops.len() {
            t[stops[k] as usize] = true;
            k += 1;
        }
        t
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        match bytes
            .get(i..)
            .and_then(|r| r.iter().position(|&b| STOPS[b as usize]))
        {
            None => return bytes.len(),
            Some(off) => i += off,
        }
        let Some(&b) = bytes.get(i) else { return bytes.len() };
        if b.is_ascii() {
            return i;
        }
        let c = s.get(i..).and_then(|t| t.chars().next());
        if c.is_some_and(is_invisible) {
            return i;
        }
        i += c.map_or(1, char::len_utf8);
    }
}

/// Builds one normalised text from pieces, folding white space across
/// piece boundaries, and reports byte offsets into the result so that
/// callers can remember where links or bold runs start and end.
#[derive(Debug, Default)]
pub struct TextBuf {
    out: String,
    pending_space: bool,
}

impl TextBuf {
    /// An empty buffer.
    pub fn new() -> TextBuf {
        TextBuf::default()
    }

    /// Appends raw text, folding ASCII white space. Runs of visible
    /// characters are copied whole: this is the one copy of every text
    /// node of the page.
    pub fn push(&mut self, raw: &str) {
        let mut rest = raw;
        while !rest.is_empty() {
            let spaces =
                rest.bytes().take_while(|&b| is_ascii_ws(b as char)).count();
            if spaces > 0 {
                self.pending_space = true;
                rest = rest.get(spaces..).unwrap_or_default();
            }
            let run = visible_run(rest);
            if run > 0 {
                if self.pending_space && !self.out.is_empty() {
                    self.out.push(' ');
                }
                self.pending_space = false;
                self.out.push_str(rest.get(..run).unwrap_or_default());
                rest = rest.get(run..).unwrap_or_default();
            }
            // An invisible character: dropped.
            if let Some(c) = rest.chars().next().filter(|&c| is_invisible(c)) {
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
            }
        }
    }

    /// Records a break between words that are not otherwise separated
    /// (a `<br>`, a cell boundary): it becomes one space at most.
    pub fn push_break(&mut self) {
        self.pending_space = true;
    }

    /// The offset where the next visible character will be written.
    /// A pending space is not yet written, so it is counted.
    pub fn mark(&self) -> usize {
        if self.pending_space && !self.out.is_empty() {
            self.out.len() + 1
        } else {
            self.out.len()
        }
    }

    /// The current length without a pending space: the end of what was
    /// written so far.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// True when nothing visible has been written.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The text so far.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// Finishes the text: trims white space (Unicode white space at the
    /// ends carries no meaning) and returns it with the number of bytes
    /// removed at the start, so recorded offsets can be shifted.
    pub fn finish(self) -> (String, usize) {
        let out = self.out;
        let start = out.len() - out.trim_start().len();
        let trimmed = out.trim();
        if start == 0 && trimmed.len() == out.len() {
            (out, 0)
        } else {
            (trimmed.to_string(), start)
        }
    }
}

/// Applies the SPEC text rule to one string.
pub fn normalize(raw: &str) -> String {
    let mut buf = TextBuf::new();
    buf.push(raw);
    buf.finish().0
}

/// Like [`normalize`] but returns `None` for a string that is empty
/// after normalisation, which is how optional fields become null.
pub fn non_empty(raw: &str) -> Option<String> {
    let s = normalize(raw);
    if s.is_empty() { None } else { Some(s) }
}

/// True when text holds something that reads as an HTML tag (`<p>`,
/// `</title>`, `<body class=…>`), not a comparison ("a < b"): such text
/// leaked out of broken markup.
pub fn looks_like_markup(text: &str) -> bool {
    text.match_indices('<').any(|(i, _)| {
        let rest = text.get(i + 1..).unwrap_or_default();
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name_len =
            rest.chars().take_while(char::is_ascii_alphanumeric).count();
        let after = rest.get(name_len..).unwrap_or_default();
        name_len > 0
            && rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && (after.starts_with('>')
                || (after.starts_with(char::is_whitespace)
                    && after.contains('>')))
    })
}

/// Number of words by Unicode word segmentation (SPEC `stats.words`).
pub fn count_words(s: &str) -> usize {
    // A space followed by an ASCII character is a word boundary on both
    // sides (UAX #29 joins a space only to another space or to the
    // combining marks after it, never ASCII), so the pieces between such
    // spaces segment on their own. A piece of ASCII letters and digits
    // with closing punctuation is one word; the rest goes through the
    // full segmentation. Same count, most words read in one byte pass.
    let bytes = s.as_bytes();
    let mut words = 0;
    let mut start = 0;
    for (i, _) in s.match_indices(' ') {
        if bytes.get(i + 1).is_none_or(u8::is_ascii) {
            words += piece_words(s.get(start..i).unwrap_or_default());
            start = i + 1;
        }
    }
    words + piece_words(s.get(start..).unwrap_or_default())
}

/// The words of a piece of text between two boundaries.
fn piece_words(piece: &str) -> usize {
    latin_words(piece).unwrap_or_else(|| piece.unicode_words().count())
}

/// Letters whose UAX #29 class is ALetter without a table: ASCII and
/// the Latin-1 and Latin Extended-A/B letters (é, ç, œ…).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (('\u{c0}'..='\u{24f}').contains(&c) && c.is_alphabetic())
}

/// The words of a piece made of Latin letters, ASCII digits, hyphens and
/// apostrophes, with opening and closing punctuation around it: the
/// common shape of French words ("l’été", "porte-parole,", "(2024)").
/// Such a piece follows few UAX #29 rules: letters and digits join, a
/// hyphen breaks, an apostrophe joins two letters or two digits. `None`
/// for any other piece.
fn latin_words(piece: &str) -> Option<usize> {
    let core = piece
        .trim_start_matches(['(', '«', '"'])
        .trim_end_matches([',', ';', ':', '.', '!', '?', ')', '»', '"']);
    let mut words = 0;
    let mut in_word = false;
    let mut chars = core.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || is_latin_letter(c) {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if c == '-' {
            in_word = false;
        } else if c == '\'' || c == '’' {
            let next = chars.peek().copied();
            let joins = match (prev, next) {
                (Some(a), Some(b)) => {
                    (is_latin_letter(a) && is_latin_letter(b))
                        || (a.is_ascii_digit() && b.is_ascii_digit())
                }
                _ => false,
            };
            if !joins {
                in_word = false;
            }
        } else {
            return None;
        }
        prev = Some(c);
    }
    Some(words)
}

/// A key for comparing two texts that should say the same thing but
/// may differ in typography: lower case, letters and digits only, every
/// other run of characters one space. "Tempête Ciaran : des records…"
/// and "tempête ciaran: des records..." give the same key.
pub fn compare_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    let mut sep = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if sep && !key.is_empty() {
                key.push(' ');
            }
            sep = false;
            key.extend(c.to_lowercase());
        } else if !is_invisible(c) {
            sep = true;
        }
    }
    key
}

/// Number of characters (not bytes) of a string.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The first `n` characters of `s`, on a character boundary, with an
/// ellipsis when something was cut.
pub fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => {
            let mut out = s[..i].trim_end().to_string();
            out.push('…');
            out
        }
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_words_agrees_with_unicode_segmentation() {
        let alphabet = [
            "a",
            "B",
            "é",
            "3",
            " ",
            " ",
            "’",
            "'",
            ".",
            ",",
            "-",
            "«",
            "\u{a0}",
            "\u{301}",
            "\u{200d}",
            "l",
            "1",
            ":",
            ")",
            "(",
            "œ",
            "\u{1f600}",
            "\u{1f1eb}",
            "_",
            "\t",
            "-",
            "»",
            "!",
            "ŷ",
            "été",
            "l’",
            "\"",
            "?",
            ";",
            "É",
            "ß",
            "×",
        ];
        // A fixed pseudo-random walk over the alphabet: reproducible.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20000 {
            let mut s = String::new();
            for _ in 0..(x % 24) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(alphabet[(x % alphabet.len() as u64) as usize]);
            }
            assert_eq!(count_words(&s), s.unicode_words().count(), "{s:?}");
        }
    }

    #[test]
    fn visible_run_stops_at_spaces_and_invisibles_only() {
        assert_eq!(visible_run("l’été «\u{a0}x"), "l’été".len());
        assert_eq!(visible_run("a\u{ad}b"), 1);
        assert_eq!(visible_run("…\u{200b}"), "…".len());
        assert_eq!(visible_run("\u{feff}x"), 0);
        assert_eq!(visible_run("«\u{a0}»"), "«\u{a0}»".len());
        assert_eq!(visible_run(""), 0);
    }

    #[test]
    fn looks_like_markup_finds_tags_not_comparisons() {
        assert!(looks_like_markup("Après</title></head> <body>"));
        assert!(looks_like_markup("texte <p class=x>encore"));
        assert!(!looks_like_markup("si a < b et b > c"));
        assert!(!looks_like_markup("3 <5 % des voix"));
        assert!(!looks_like_markup("la flèche <- ici"));
    }

    #[test]
    fn normalize_folds_ascii_whitespace_only() {
        assert_eq!(normalize("  a \n\t b  "), "a b");
        assert_eq!(normalize("12\u{a0}%"), "12\u{a0}%");
        assert_eq!(normalize("« oui\u{202f}»"), "« oui\u{202f}»");
    }

    #[test]
    fn normalize_removes_soft_hyphens_and_zero_width() {
        assert_eq!(
            normalize("inter\u{ad}national\u{200b}e\u{feff}"),
            "internationale"
        );
    }

    #[test]
    fn normalize_trims_unicode_space_at_ends() {
        assert_eq!(normalize("\u{a0}Bonjour\u{a0}"), "Bonjour");
    }

    #[test]
    fn textbuf_marks_offsets_across_pieces() {
        let mut b = TextBuf::new();
        b.push("  À lire ");
        let start = b.mark();
        b.push("Les tensions");
        let end = b.len();
        let (text, shift) = b.finish();
        assert_eq!(text, "À lire Les tensions");
        assert_eq!(&text[start - shift..end - shift], "Les tensions");
    }

    #[test]
    fn textbuf_break_becomes_one_space() {
        let mut b = TextBuf::new();
        b.push("ligne un");
        b.push_break();
        b.push_break();
        b.push("ligne deux");
        assert_eq!(b.finish().0, "ligne un ligne deux");
    }

    #[test]
    fn count_words_uses_unicode_segmentation() {
        assert_eq!(count_words("L’eau de cuisson des œufs : 34 drones."), 7);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn compare_key_ignores_typography() {
        assert_eq!(
            compare_key("Tempête Ciaran\u{a0}: des records…"),
            compare_key("tempête ciaran: des records...")
        );
        assert_ne!(compare_key("Moscou"), compare_key("Kiev"));
    }

    #[test]
    fn truncate_chars_cuts_on_char_boundary() {
        assert_eq!(truncate_chars("ééééé", 3), "ééé…");
        assert_eq!(truncate_chars("abc", 3), "abc");
    }
}
