//! Quotes: quoted statements of the body, with speaker, role, verb and
//! kind.
//!
//! Input: the finished `sections` and, per paragraph, what `sections`
//! knows besides the text (inside a `<blockquote>`, `<q>` runs).
//! Output: `Vec<Quote>` in reading order, an overlay on the paragraphs
//! (SPEC `quotes`): the text without its marks, the inner spaces or an
//! inner incise; the speaker as the fullest name the article uses, or a
//! body ("préfecture du Nord"), or null when nobody can be named for
//! sure; the reporting verb as written; `direct` for a whole statement,
//! `partial` for a fragment woven into the reporter's sentence.
//!
//! Steps: marks are paired per paragraph (« », “ ”, straight quotes,
//! `<q>`, whole `<blockquote>` paragraphs; a « left open runs on over
//! the next paragraphs that reopen with « or »); titles, names, charges
//! and scare quotes are dropped; the attribution is read from an incise
//! inside or after the marks, a dash, a framing ("selon elle", "pour
//! X,"), a colon introduction or a reporting verb earlier in the
//! sentence; pronouns and role nouns are resolved to the last compatible
//! named person. The vocabulary lives in `french`; every verb form is
//! generated here from its lemma.
//!
//! It must not edit paragraphs, look outside the body, or guess a
//! speaker it cannot find in the text.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::Span;
use crate::french;
use crate::model::{Quote, QuoteKind, Section};
use crate::pattern::{Phrases, Words, is_space, starts_with_phrase};
use crate::sections::ParagraphInfo;

/// How many paragraphs back a pronoun or role noun may find its person
/// (FRENCH.md §2.1: the previous three paragraphs cover 16 % more
/// speakers than the quote's own paragraph).
const LOOKBACK_PARAGRAPHS: usize = 3;

/// Quotes of at most this many words are scare quotes unless a speaker
/// says them (SPEC: "one- or two-word scare quotes are not quotes").
const SCARE_QUOTE_WORDS: usize = 2;

/// Capitalised quotes of at most this many words, with no attribution
/// and no sentence punctuation, are titles or names («La lettre éco»).
const TITLE_WORDS: usize = 6;

/// Bytes before an opening mark searched for its attribution: a
/// reporting verb or a name further back belongs to another clause, and
/// the bound keeps one huge paragraph from costing quadratic time.
const PRE_WINDOW: usize = 400;

/// Bytes after a closing mark searched for an incise or a dash.
const POST_WINDOW: usize = 300;

/// Bytes read for one noun phrase or apposition ("le commissaire à
/// l’économie Pierre Moscovici").
const PHRASE_WINDOW: usize = 160;

/// Roles looked back through to resolve "le magistrat".
const ROLE_LOOKBACK: usize = 200;

/// Longest inner incise kept out of a quote's text, in bytes
/// (", glisse-t-il lorsqu’on le croise devant la bibliothèque").
const MAX_INNER_INCISE: usize = 120;

/// A tweet or link inside a paragraph: its quotes are not statements
/// of the article ("pic.twitter.com/…", "https://t.co/…").
static TWEET_OR_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)https?://|pic\.twitter\.com|\bwww\.|\(@\w+\)|(?:^|\s)@\w")
        .expect("regex")
});

/// A coordination between two quotes of one enumeration: "», et pour
/// «", "» ou «", "», «".
static COORDINATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s\u{a0}\u{202f},;]*(?:(?:et|ou)\b[^«»“”.]{0,24})?$")
        .expect("regex")
});

/// [`TWEET_OR_LINK`] behind a byte prefilter: every match holds "://",
/// "@" or a case of "www." / "twitter.com", and most paragraphs hold
/// none, so the (Unicode-aware, hence slow) regex rarely runs.
fn has_tweet_or_link(text: &str) -> bool {
    let b = text.as_bytes();
    // "www." and "twitter.com" hold a dot: look back from each dot.
    let before_dot = |at: usize, word: &[u8]| {
        at.checked_sub(word.len())
            .and_then(|from| b.get(from..at))
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let maybe = memchr::memchr(b'@', b).is_some()
        || memchr::memmem::find(b, b"://").is_some()
        || memchr::memchr_iter(b'.', b)
            .any(|at| before_dot(at, b"www") || before_dot(at, b"twitter"));
    maybe && TWEET_OR_LINK.is_match(text)
}

/// The phrase tables looked up at every word, indexed once.
static ANAPHORS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::ANAPHORS.iter().copied()));
static VAGUE_SPEAKERS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::VAGUE_SPEAKERS.iter().copied()));
static SPEAKING_BODIES_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::SPEAKING_BODIES.iter().copied()));
static INCISE_ADVERBS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::INCISE_ADVERBS.iter().copied()));
static FRAMING_ANAPHORS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::FRAMING_ANAPHORS.iter().copied()));
static FRAMING_WORDS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::FRAMING_WORDS.iter().copied()));
/// The word tables looked up at every word, as sorted sets.
static COMPLEMENT_WORDS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::COMPLEMENT_WORDS));
static DAY_PARTS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::DAY_PARTS));
static DEFINITE_ARTICLES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::DEFINITE_ARTICLES));
static DETERMINERS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::DETERMINERS));
static ETRE_AUXILIARIES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::ETRE_AUXILIARIES));
static FEMININE_HONORIFICS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::FEMININE_HONORIFICS));
static HONORIFICS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::HONORIFICS));
static INDEFINITE_ARTICLES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::INDEFINITE_ARTICLES));
static NAME_ARTICLES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::NAME_ARTICLES));
static NAME_PARTICLES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::NAME_PARTICLES));
static NAME_STOPWORDS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::NAME_STOPWORDS));
static NOUN_DETERMINERS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::NOUN_DETERMINERS));
static PERSON_PREPOSITIONS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::PERSON_PREPOSITIONS));
static PHRASE_STOPS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::PHRASE_STOPS));
static PLACE_PREPOSITIONS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::PLACE_PREPOSITIONS));
static POSSESSIVES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::POSSESSIVES));
static REFLEXIVE_PRONOUNS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::REFLEXIVE_PRONOUNS));
static ROLE_LINK_PREPOSITIONS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::ROLE_LINK_PREPOSITIONS));
static SPEECH_AUXILIARIES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::SPEECH_AUXILIARIES));
static SUBJECT_RELATIVES_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::SUBJECT_RELATIVES));
static TIME_WORDS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::TIME_WORDS));
static TITLE_CUE_LINKS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::TITLE_CUE_LINKS));
static WEEKDAYS_SET: LazyLock<Words> =
    LazyLock::new(|| Words::new(french::WEEKDAYS));

static INCISE_CLITICS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::INCISE_CLITICS.iter().copied()));
static REFLEXIVE_PRONOUNS_INDEX: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(french::REFLEXIVE_PRONOUNS.iter().copied()));

/// Role nouns, masculine then feminine form of each pair of
/// `SPEAKER_ROLES`: entry `2k` is the masculine of pair `k`.
static ROLE_FORMS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(french::SPEAKER_ROLES.iter().flat_map(|&(m, f)| [m, f]))
});

// ---------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------

/// Finds the quotes of the body, so that consumers get who said what
/// without re-reading the paragraphs (SPEC `quotes`).
pub fn find(sections: &[Section], info: &[Vec<ParagraphInfo>]) -> Vec<Quote> {
    let mut paras = flatten(sections, info);
    let raws = scan(&paras);
    if raws.is_empty() {
        return Vec::new();
    }
    for p in &mut paras {
        p.toks = tokens(p.text);
        p.runs = cap_runs_in(p.text, &p.toks);
    }
    let people = People::collect(&paras);
    let mut ctx = Context {
        paras: &paras,
        people,
        mentions: paras.iter().map(|_| OnceCell::new()).collect(),
        spoken: vec![Vec::new(); paras.len()],
        starts: paras.iter().map(|_| OnceCell::new()).collect(),
        depths: paras.iter().map(|_| OnceCell::new()).collect(),
        word_sets: paras.iter().map(|_| OnceCell::new()).collect(),
        tweets: paras.iter().map(|p| has_tweet_or_link(p.text)).collect(),
    };
    let mut found: Vec<Found> = Vec::new();
    let mut rejected: Vec<(usize, usize)> = Vec::new();
    for raw in &raws {
        match ctx.read(raw, &rejected) {
            Some(f) => found.push(f),
            None => rejected.push((raw.end_g, raw.close + raw.close_len)),
        }
    }
    propagate(&mut found);
    for f in found.iter_mut() {
        if f.speaker.is_none()
            && !f.attributed
            && f.opens_paragraph
            && f.kind == QuoteKind::Direct
        {
            f.speaker = ctx.standalone_speaker(f.start_g);
            f.role = f.speaker.as_deref().and_then(|n| ctx.people.role_of(n));
        }
    }
    found
        .into_iter()
        .filter_map(|f| {
            let p = paras.get(f.start_g)?;
            Some(Quote {
                text: f.text,
                speaker: f.speaker,
                speaker_role: f.role,
                verb: f.verb,
                kind: f.kind,
                section: p.section,
                paragraph: p.index,
            })
        })
        .collect()
}

/// One paragraph of the body with its place in `sections`.
struct Para<'a> {
    section: usize,
    index: usize,
    text: &'a str,
    in_blockquote: bool,
    inline: &'a [Span],
    /// The words of `text`, read once for every stage below (once the
    /// page is known to hold quotes).
    toks: Vec<Tok<'a>>,
    /// The capitalised runs of `text`.
    runs: Vec<CapRun>,
}

fn flatten<'a>(
    sections: &'a [Section],
    info: &'a [Vec<ParagraphInfo>],
) -> Vec<Para<'a>> {
    let mut out = Vec::new();
    for (s, section) in sections.iter().enumerate() {
        for (i, text) in section.paragraphs.iter().enumerate() {
            let pi = info.get(s).and_then(|v| v.get(i));
            out.push(Para {
                section: s,
                index: i,
                text,
                in_blockquote: pi.is_some_and(|p| p.in_blockquote),
                inline: pi.map_or(&[][..], |p| &p.inline_quotes[..]),
                toks: Vec::new(),
                runs: Vec::new(),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------

fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

fn slice(s: &str, from: usize, to: usize) -> &str {
    s.get(from..to).unwrap_or("")
}

fn tail_from(s: &str, from: usize) -> &str {
    s.get(from..).unwrap_or("")
}

/// The first `max` bytes of `s` (less, to end on a character).
fn head_of(s: &str, max: usize) -> &str {
    let end = (0..=max.min(s.len())).rev().find(|&i| s.is_char_boundary(i));
    slice(s, 0, end.unwrap_or(0))
}

/// The last `max` bytes of `s` (less, to start on a character).
fn tail_of(s: &str, max: usize) -> &str {
    let from = s.len().saturating_sub(max);
    let start = (from..=s.len()).find(|&i| s.is_char_boundary(i));
    tail_from(s, start.unwrap_or(s.len()))
}

/// Byte offset after the spaces that start `s` at `pos`.
fn skip_spaces(s: &str, pos: usize) -> usize {
    let rest = tail_from(s, pos);
    pos + (rest.len() - rest.trim_start_matches(is_space).len())
}

/// The alphabetic word starting at `pos` (no hyphen, no apostrophe).
fn word_at(s: &str, pos: usize) -> Option<(&str, usize)> {
    let rest = tail_from(s, pos);
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (len > 0).then(|| (slice(rest, 0, len), pos + len))
}

/// `s` in lower case with curly apostrophes, as the tables write words;
/// borrowed when it already is (most words of a paragraph), since this
/// runs at every word.
fn lower(s: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        let mut l = c.to_lowercase();
        c != '\'' && l.next() == Some(c) && l.next().is_none()
    };
    let plain = s
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'\'');
    if plain || (!s.is_ascii() && s.chars().all(unchanged)) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase().replace('\'', "’"))
    }
}

/// The alphanumeric words of `s`, in lower case.
fn lower_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| is_space(c) || c == '’' || c == '\'')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

// ---------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------

/// A word of a paragraph: letters, digits and inner hyphens; an elided
/// article keeps its apostrophe ("l’"), an initial or honorific its dot
/// ("E.", "M.").
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn tokens(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    // Bytes, not `char_indices`: most characters are ASCII, decoded here
    // at the cost of one comparison; the next character is read only
    // after a hyphen or an apostrophe.
    while let Some((c, len)) = char_at(s, i) {
        let next = i + len;
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let inner_hyphen = c == '-'
            && start.is_some()
            && char_at(s, next).is_some_and(|(n, _)| n.is_alphanumeric());
        if alnum || inner_hyphen {
            start.get_or_insert(i);
            i = next;
            continue;
        }
        if let Some(st) = start.take() {
            let mut end = i;
            let word = slice(s, st, i);
            let apostrophe = matches!(c, '’' | '\'')
                && char_at(s, next).is_some_and(|(n, _)| n.is_alphabetic());
            if apostrophe || (c == '.' && is_abbreviation(word)) {
                end = next;
            }
            out.push(Tok { start: st, end, text: slice(s, st, end) });
        }
        i = next;
    }
    if let Some(st) = start {
        out.push(Tok { start: st, end: s.len(), text: tail_from(s, st) });
    }
    out
}

/// The character at byte `i` of `s` and its length, if any.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// A single capital (an initial) or an honorific written with a dot.
fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let single =
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if single {
        return true;
    }
    let word = lower(word);
    french::HONORIFICS
        .iter()
        .any(|h| h.strip_suffix('.').is_some_and(|h| *h == *word))
}

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(t: &str) -> bool {
    t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

fn is_honorific(t: &str) -> bool {
    HONORIFICS_SET.contains(&lower(t))
}

fn is_governor(t: &str) -> bool {
    is_in(&COMPLEMENT_WORDS_SET, t)
}

/// `word`, case-folded, is an entry of `table`.
fn is_in(table: &Words, word: &str) -> bool {
    table.contains(&lower(word))
}

fn is_calendar_word(t: &str) -> bool {
    is_calendar_lower(&lower(t))
}

/// [`is_calendar_word`] for a word already in lower case.
fn is_calendar_lower(l: &str) -> bool {
    WEEKDAYS_SET.contains(l) || french::MONTHS.iter().any(|(m, _)| *m == l)
}

// ---------------------------------------------------------------------
// Reporting verbs, generated from the lemma tables
// ---------------------------------------------------------------------

/// What a generated verb form stands for.
#[derive(Debug, Clone, Copy)]
struct VerbInfo {
    lemma: &'static str,
    incise_only: bool,
}

/// Every form of every reporting verb, by kind of form.
struct Lexicon {
    /// Present, imparfait, passé simple, futur and conditional, 3rd
    /// person singular and plural.
    finite: FxHashMap<String, VerbInfo>,
    /// Past participles (masculine singular; agreement read on match).
    participles: FxHashMap<String, VerbInfo>,
    /// Present participles ("notant", "estimant").
    gerunds: FxHashMap<String, VerbInfo>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The forms of one verb.
struct Forms {
    finite: Vec<String>,
    participle: String,
    gerund: String,
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            finite: FxHashMap::default(),
            participles: FxHashMap::default(),
            gerunds: FxHashMap::default(),
        };
        for &inf in french::REPORTING_VERBS_ER {
            lex.add(inf, false, er_forms(inf));
        }
        for &inf in french::INCISE_VERBS_ER {
            lex.add(inf, true, er_forms(inf));
        }
        for &inf in french::REPORTING_VERBS_IR {
            lex.add(inf, false, ir_forms(inf));
        }
        for &parts in french::REPORTING_VERBS_IRREGULAR {
            lex.add(parts.0, false, irregular_forms(parts));
        }
        lex
    }

    fn add(&mut self, lemma: &'static str, incise_only: bool, forms: Forms) {
        let info = VerbInfo { lemma, incise_only };
        for f in forms.finite {
            insert_form(&mut self.finite, f, info);
        }
        insert_form(&mut self.participles, forms.participle, info);
        insert_form(&mut self.gerunds, forms.gerund, info);
    }

    /// A past participle, with its agreement (-e, -s, -es) allowed.
    fn participle(&self, w: &str) -> Option<VerbInfo> {
        ["", "e", "s", "es"].iter().find_map(|suffix| {
            w.strip_suffix(suffix)
                .filter(|_| !suffix.is_empty() || !w.is_empty())
                .and_then(|stem| self.participles.get(stem).copied())
        })
    }
}

/// First lemma wins, except that a form safe anywhere beats an
/// incise-only one.
fn insert_form(
    map: &mut FxHashMap<String, VerbInfo>,
    f: String,
    info: VerbInfo,
) {
    match map.get(&f) {
        Some(old) if !old.incise_only || info.incise_only => {}
        _ => {
            map.insert(f, info);
        }
    }
}

/// Forms of a first-group verb: "déclarer" → déclare, déclarent,
/// déclarait, déclara, déclarera…, déclaré, déclarant.
fn er_forms(inf: &str) -> Forms {
    let stem = inf.strip_suffix("er").unwrap_or(inf);
    let strong = strong_stem(stem);
    let soft = soft_stem(stem);
    let finite = vec![
        format!("{strong}e"),
        format!("{strong}ent"),
        format!("{soft}ait"),
        format!("{soft}aient"),
        format!("{soft}a"),
        format!("{stem}èrent"),
        format!("{inf}a"),
        format!("{inf}ont"),
        format!("{inf}ait"),
        format!("{inf}aient"),
        format!("{strong}era"),
        format!("{strong}erait"),
    ];
    Forms {
        finite,
        participle: format!("{stem}é"),
        gerund: format!("{soft}ant"),
    }
}

/// The stem before a mute e: "répét" → "répèt", "achev" → "achèv",
/// "appuy" → "appui", "appel" → "appell".
fn strong_stem(stem: &str) -> String {
    if french::ER_DOUBLING_STEMS.contains(&stem) {
        let last = stem.chars().last().map(String::from).unwrap_or_default();
        return format!("{stem}{last}");
    }
    if let Some(s) = stem.strip_suffix('y') {
        return format!("{s}i");
    }
    let chars: Vec<char> = stem.chars().collect();
    let Some(v) = chars.iter().rposition(|c| "aeiouyéèêâîôûë".contains(*c))
    else {
        return stem.to_string();
    };
    let after = chars.len() - v - 1;
    let before_is_consonant = v
        .checked_sub(1)
        .and_then(|b| chars.get(b))
        .is_some_and(|c| !"aeiouyéèêâîôû".contains(*c));
    let grave = match chars.get(v) {
        Some('é') => after >= 1,
        Some('e') => after == 1 && before_is_consonant,
        _ => false,
    };
    if !grave {
        return stem.to_string();
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i == v { 'è' } else { c })
        .collect()
}

/// The stem before a or o: "annonc" → "annonç", "jug" → "juge".
fn soft_stem(stem: &str) -> String {
    if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    }
}

/// Forms of a second-group verb: "avertir" → avertit, avertissent…
fn ir_forms(inf: &str) -> Forms {
    let stem = inf.strip_suffix("ir").unwrap_or(inf);
    let finite = vec![
        format!("{stem}it"),
        format!("{stem}issent"),
        format!("{stem}issait"),
        format!("{stem}issaient"),
        format!("{stem}irent"),
        format!("{inf}a"),
        format!("{inf}ont"),
        format!("{inf}ait"),
        format!("{inf}aient"),
    ];
    Forms {
        finite,
        participle: format!("{stem}i"),
        gerund: format!("{stem}issant"),
    }
}

type Parts = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// Forms of an irregular verb from its principal parts.
fn irregular_forms(p: Parts) -> Forms {
    let (_, p3s, p3p, impf, ps, pp, fut) = p;
    let finite = vec![
        p3s.to_string(),
        p3p.to_string(),
        format!("{impf}ait"),
        format!("{impf}aient"),
        ps.to_string(),
        format!("{fut}a"),
        format!("{fut}ont"),
        format!("{fut}ait"),
        format!("{fut}aient"),
    ];
    Forms { finite, participle: pp.to_string(), gerund: format!("{impf}ant") }
}

fn is_reflexive_only(lemma: &str) -> bool {
    french::PRONOMINAL_ONLY_VERBS.contains(&lemma)
}

fn is_tail_only(lemma: &str) -> bool {
    french::VERB_LOCUTIONS.iter().any(|(l, _)| *l == lemma)
        && !french::REPORTING_VERBS_ER.contains(&lemma)
        && !french::INCISE_VERBS_ER.contains(&lemma)
}

/// A subject pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pron {
    Il,
    Elle,
    Plural,
    On,
}

fn pron_from(w: &str) -> Option<Pron> {
    pron_of_lower(&lower(w))
}

/// [`pron_from`] for a word already in lower case.
fn pron_of_lower(w: &str) -> Option<Pron> {
    let (_, kind) = french::SUBJECT_PRONOUNS.iter().find(|(p, _)| *p == w)?;
    match kind {
        'm' => Some(Pron::Il),
        'f' => Some(Pron::Elle),
        'p' => Some(Pron::Plural),
        _ => Some(Pron::On),
    }
}

/// A reporting verb found at the start of a text.
#[derive(Debug, Clone)]
struct VerbHit {
    /// Bytes consumed.
    end: usize,
    /// The inverted subject pronoun ("a-t-il dit"), if any.
    pronoun: Option<Pron>,
    incise_only: bool,
}

/// Reads a reporting verb at the start of `s`, in any of its shapes:
/// "déclare", "a déclaré", "a-t-il déclaré", "déclare-t-elle",
/// "s’est-elle félicitée", "nous a-t-il confié", "a fait savoir",
/// "avait, de son côté, déclaré", "notant".
fn verb_at(s: &str) -> Option<VerbHit> {
    let lex = &*LEXICON;
    let mut pos = skip_clitic(s, 0);
    let refl = reflexive(s, pos);
    pos = refl.unwrap_or(pos);
    let (w1, e1) = word_at(s, pos)?;
    let lw1 = lower(w1);
    if SPEECH_AUXILIARIES_SET.contains(&lw1) {
        if let Some(hit) = compound(s, e1, refl.is_some(), &lw1) {
            return Some(hit);
        }
    }
    let info = lex.finite.get(&*lw1).or_else(|| lex.gerunds.get(&*lw1))?;
    let (pronoun, e2) = inverted(s, e1);
    let (tail, e3) = locution_tail(s, e2, info.lemma);
    accept(info, refl.is_some(), tail)?;
    Some(VerbHit { end: e3, pronoun, incise_only: info.incise_only })
}

/// The participle part of a compound tense after its auxiliary.
fn compound(s: &str, e1: usize, refl: bool, aux: &str) -> Option<VerbHit> {
    let etre = is_in(&ETRE_AUXILIARIES_SET, aux);
    if etre && !refl {
        return None;
    }
    let (pronoun, pos) = inverted(s, e1);
    let pos = skip_spaces(s, skip_adverbs(s, pos));
    let (w2, e2) = word_at(s, pos)?;
    let info = LEXICON.participle(&lower(w2))?;
    let (tail, e3) = locution_tail(s, e2, info.lemma);
    accept(&info, refl, tail)?;
    Some(VerbHit { end: e3, pronoun, incise_only: info.incise_only })
}

fn accept(info: &VerbInfo, refl: bool, tail: bool) -> Option<()> {
    if is_tail_only(info.lemma) && !tail {
        return None;
    }
    if is_reflexive_only(info.lemma) && !refl && !tail {
        return None;
    }
    Some(())
}

/// After an object clitic ("nous a-t-il confié").
fn skip_clitic(s: &str, pos: usize) -> usize {
    let rest = tail_from(s, pos);
    for (n, _) in INCISE_CLITICS_INDEX.matches(rest) {
        let after = skip_spaces(s, pos + n);
        if word_at(s, after).is_some() {
            return after;
        }
    }
    pos
}

/// After a reflexive pronoun ("se ", "s’"), if one starts `s` at `pos`.
fn reflexive(s: &str, pos: usize) -> Option<usize> {
    let rest = tail_from(s, pos);
    REFLEXIVE_PRONOUNS_INDEX.first(rest).map(|(n, _)| skip_spaces(s, pos + n))
}

/// An inverted subject pronoun right after a verb: "-t-il", "-elle".
fn inverted(s: &str, pos: usize) -> (Option<Pron>, usize) {
    let rest = tail_from(s, pos);
    let Some(after_dash) = rest.strip_prefix('-') else {
        return (None, pos);
    };
    let after_t = after_dash.strip_prefix("t-").unwrap_or(after_dash);
    let skipped = rest.len() - after_t.len();
    for p in french::INCISE_PRONOUNS {
        if let Some(n) = starts_with_phrase(after_t, p) {
            return (pron_from(p), pos + skipped + n);
        }
    }
    (None, pos)
}

/// Adverbs and a short parenthesis between auxiliary and participle.
fn skip_adverbs(s: &str, mut pos: usize) -> usize {
    for _ in 0..4 {
        let p = skip_spaces(s, pos);
        let rest = tail_from(s, p);
        if let Some((n, _)) = INCISE_ADVERBS_INDEX.longest(rest) {
            pos = p + n;
            continue;
        }
        if let Some(r) = rest.strip_prefix(',') {
            let close = r.find(',').filter(|&i| i <= 40);
            match close {
                Some(i) if !slice(r, 0, i).contains(['«', '»']) => {
                    pos = p + 1 + i + 1;
                    continue;
                }
                _ => {}
            }
        }
        break;
    }
    pos
}

/// The fixed words of a locution ("savoir" after "fait").
fn locution_tail(s: &str, pos: usize, lemma: &str) -> (bool, usize) {
    let p = skip_spaces(s, pos);
    let rest = tail_from(s, p);
    for (l, t) in french::VERB_LOCUTIONS {
        if *l != lemma {
            continue;
        }
        if let Some(n) = starts_with_phrase(rest, t) {
            return (true, p + n);
        }
    }
    (false, pos)
}

// ---------------------------------------------------------------------
// People: names, genders and roles met in the article
// ---------------------------------------------------------------------

/// Who the article names: full names, known genders, and the roles
/// given to them by apposition.
#[derive(Debug, Default)]
struct People {
    /// Multi-word names in first-seen order ("Dmitri Peskov").
    names: Vec<String>,
    /// Known gender by full name: true for a woman.
    female: BTreeMap<String, bool>,
    /// Roles given by apposition, in reading order.
    roles: Vec<RoleOf>,
    /// Index of `names` by their first and by their last word.
    by_end: BTreeMap<String, Vec<usize>>,
}

impl People {
    fn collect(paras: &[Para<'_>]) -> People {
        let mut people = People::default();
        for p in paras {
            for run in &p.runs {
                if run.caps >= 2
                    && !is_body_name(&run.text)
                    && !people.names.contains(&run.text)
                {
                    people.names.push(run.text.clone());
                }
            }
        }
        for (k, n) in people.names.iter().enumerate() {
            let words: Vec<&str> = n.split(' ').collect();
            for w in [words.first(), words.last()].into_iter().flatten() {
                people.by_end.entry((*w).to_string()).or_default().push(k);
            }
        }
        for (g, p) in paras.iter().enumerate() {
            people.read_appositions(g, p);
        }
        people
    }

    /// The fullest name of the article that ends with (or, for a lone
    /// first name, starts with) `name`; honorifics dropped.
    fn fullest(&self, name: &str) -> String {
        let words: Vec<&str> = name
            .split(' ')
            .filter(|w| !w.is_empty() && !is_honorific(w))
            .collect();
        let bare = words.join(" ");
        let first = words.first().copied().unwrap_or("");
        let last = words.last().copied().unwrap_or("");
        let mut indices: Vec<usize> = [first, last]
            .iter()
            .filter_map(|w| self.by_end.get(*w))
            .flatten()
            .copied()
            .collect();
        indices.sort_unstable();
        indices.dedup();
        let best = indices
            .iter()
            .filter_map(|&k| self.names.get(k).map(|n| (k, n)))
            .filter(|(_, n)| {
                let nw: Vec<&str> = n.split(' ').collect();
                nw.len() > words.len()
                    && (nw.ends_with(&words)
                        || (words.len() == 1 && nw.starts_with(&words)))
            })
            .max_by_key(|(k, n)| (n.len(), usize::MAX - k));
        best.map_or(bare, |(_, n)| n.clone())
    }

    /// `w` is the first or last word of a full name of the article.
    fn is_known_word(&self, w: &str) -> bool {
        self.by_end.contains_key(w)
    }

    /// Records "NAME, ROLE", "ROLE, NAME" and "ROLE NAME" appositions,
    /// and the gender they (or an honorific) show.
    fn read_appositions(&mut self, g: usize, p: &Para<'_>) {
        let text = p.text;
        for run in &p.runs {
            let governed = run.before.as_deref().is_some_and(is_governor);
            if (run.caps < 2 && !self.is_known_word(&run.text)) || governed {
                continue;
            }
            let full = self.fullest(&run.text);
            if let Some(h) = run.honorific.as_deref() {
                let fem = is_in(&FEMININE_HONORIFICS_SET, h);
                self.female.entry(full.clone()).or_insert(fem);
            }
            let role = role_after(text, run.end)
                .or_else(|| role_before(text, run.start));
            if let Some(r) = role {
                if let Some(fem) = r.female {
                    self.female.entry(full.clone()).or_insert(fem);
                }
                self.roles.push(RoleOf {
                    at: (g, run.start),
                    key: lower(&r.text).into_owned(),
                    text: r.text,
                    name: full,
                });
            }
        }
    }

    /// The last person given `role` (or a synonym of it) before `at`:
    /// "l’imam" finds "l’imam de la mosquée de Beaucaire, Yassin E.".
    fn by_role(&self, role: &str, at: (usize, usize)) -> Option<String> {
        let role = lower(role);
        let head = role_head(&role);
        let mut keys = vec![head.clone()];
        for (used, first) in french::ROLE_SYNONYMS {
            if role.starts_with(used) {
                keys.push((*first).to_string());
            }
        }
        self.roles
            .iter()
            .rev()
            .filter(|r| r.at < at)
            .take(ROLE_LOOKBACK)
            .find(|r| keys.iter().any(|k| r.key.starts_with(k.as_str())))
            .map(|r| r.name.clone())
    }

    /// The role first given to `name`, as written.
    fn role_of(&self, name: &str) -> Option<String> {
        self.roles.iter().find(|r| r.name == name).map(|r| r.text.clone())
    }
}

/// A role given to a named person, and where.
#[derive(Debug, Clone)]
struct RoleOf {
    at: (usize, usize),
    /// Lower case, for lookup.
    key: String,
    /// As written, for `speaker_role`.
    text: String,
    name: String,
}

/// The role noun that opens a role phrase ("président du tribunal" →
/// "président").
fn role_head(role: &str) -> String {
    let body = strip_determiner(role);
    role_noun(body).map_or(body, |(n, _)| slice(body, 0, n)).to_string()
}

/// A run of capitalised words: a candidate name.
#[derive(Debug, Clone)]
struct CapRun {
    start: usize,
    end: usize,
    text: String,
    /// Capitalised words in it (particles not counted).
    caps: usize,
    /// The honorific right before it, if any.
    honorific: Option<String>,
    /// The word before it (lower case), if any.
    before: Option<String>,
    /// It opens its sentence.
    sentence_start: bool,
}

/// Every run of capitalised words of `text`: "Dmitri Peskov", "Yassin
/// E.", "Marie-Pierre Dausse", "Charles de Gaulle"; a particle only
/// between two capitalised words; an honorific before it noted.
fn cap_runs(text: &str) -> Vec<CapRun> {
    cap_runs_in(text, &tokens(text))
}

/// [`cap_runs`] over the words `toks` of `text`.
fn cap_runs_in(text: &str, toks: &[Tok<'_>]) -> Vec<CapRun> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        if !starts_name(t.text) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut caps = 1;
        while let Some(next) = extend_run(text, toks, j) {
            caps += 1;
            j = next;
        }
        let (start, end) = match (toks.get(i), toks.get(j)) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => break,
        };
        let prev = i.checked_sub(1).and_then(|k| toks.get(k));
        // "à Pékin Andy Rothman": the first word is a place.
        let place =
            prev.is_some_and(|p| is_in(&PLACE_PREPOSITIONS_SET, p.text));
        let (first, start, caps) = match toks.get(i + 1) {
            Some(second) if place && caps >= 3 => {
                (i + 1, second.start, caps - 1)
            }
            _ => (i, start, caps),
        };
        let prev = first.checked_sub(1).and_then(|k| toks.get(k));
        let words: Vec<&str> = toks
            .get(first..=j)
            .unwrap_or(&[])
            .iter()
            .map(|t| t.text)
            .collect();
        let honorific = prev
            .filter(|p| is_honorific(p.text) && adjacent(text, p.end, start))
            .map(|p| p.text.to_string());
        let before = prev.map(|p| lower(p.text).into_owned());
        let gap =
            prev.map_or(slice(text, 0, start), |p| slice(text, p.end, start));
        let sentence_start =
            prev.is_none() || gap.contains(['.', '!', '?', '«', '»', ':']);
        let text_run = words.join(" ").replace(['’', '\''], "’");
        out.push(CapRun {
            start,
            end,
            text: text_run,
            caps,
            honorific,
            before,
            sentence_start,
        });
        i = j + 1;
    }
    out
}

/// A capitalised word that can open a name (not "Le", "Selon", "Mardi").
fn starts_name(t: &str) -> bool {
    if !is_cap(t) || t.ends_with('’') {
        return false;
    }
    let l = lower(t);
    !NAME_STOPWORDS_SET.contains(&l)
        && !is_calendar_lower(&l)
        && !HONORIFICS_SET.contains(&l)
        && !t.chars().all(|c| c.is_ascii_digit())
}

/// The index of the next word of a name run after `j`, if any.
fn extend_run(text: &str, toks: &[Tok<'_>], j: usize) -> Option<usize> {
    let cur = toks.get(j)?;
    let next = toks.get(j + 1)?;
    if !adjacent(text, cur.end, next.start) {
        return None;
    }
    if is_cap(next.text)
        && !next.text.ends_with('’')
        && !is_calendar_word(next.text)
        && !is_acronym(next.text)
    {
        return Some(j + 1);
    }
    let particle = lower(next.text);
    let is_particle = NAME_PARTICLES_SET.contains(&particle)
        || NAME_ARTICLES_SET.contains(&particle);
    let after = toks.get(j + 2)?;
    let linked =
        adjacent(text, next.end, after.start) || next.text.ends_with('’');
    (is_particle && linked && is_cap(after.text) && !is_acronym(after.text))
        .then_some(j + 2)
}

/// Only spaces between two offsets.
fn adjacent(text: &str, a: usize, b: usize) -> bool {
    b >= a && slice(text, a, b).chars().all(is_space)
}

/// A capitalised run that names a body ("Maison Blanche", "Union
/// européenne"), not a person.
fn is_body_name(name: &str) -> bool {
    let l = lower(name);
    french::SPEAKING_BODIES.iter().any(|b| l.starts_with(b))
        || name.split(' ').any(is_acronym)
}

/// A role given by apposition, with the gender its noun shows.
#[derive(Debug, Clone)]
struct Role {
    text: String,
    female: Option<bool>,
}

/// ", étudiante en littérature française" after a name: the phrase up
/// to the next comma or full stop, when it opens with a role noun.
fn role_after(text: &str, end: usize) -> Option<Role> {
    let rest = head_of(tail_from(text, end), PHRASE_WINDOW);
    let rest = rest.strip_prefix(',')?;
    let start = rest.len() - rest.trim_start_matches(is_space).len();
    let phrase = tail_from(rest, start);
    let stop = phrase
        .find([',', '.', ';', ':', '(', ')', '«', '»'])
        .unwrap_or(phrase.len());
    let phrase = trim(slice(phrase, 0, stop));
    let body = strip_determiner(phrase);
    let (_, female) = role_noun(body)?;
    Some(Role { text: body.to_string(), female })
}

/// "le président du tribunal, " or "l’économiste " before a name.
fn role_before(text: &str, start: usize) -> Option<Role> {
    let from = (0..=start.saturating_sub(120))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = slice(text, from, start).trim_end_matches(is_space);
    let head =
        head.strip_suffix(',').unwrap_or(head).trim_end_matches(is_space);
    let toks = tokens(head);
    for k in (0..toks.len()).rev().take(10) {
        let Some(t) = toks.get(k) else { continue };
        if !is_determiner(t.text) {
            continue;
        }
        let phrase = trim(tail_from(head, t.end));
        let plain = without_parentheses(phrase);
        if plain.contains([',', '.', ';', '«', '»'])
            || ends_with_preposition(&plain)
        {
            return None;
        }
        if let Some((_, female)) = role_noun(phrase) {
            return Some(Role { text: phrase.to_string(), female });
        }
    }
    None
}

/// `s` with its parenthesised parts removed ("imam de Beaucaire (Gard)").
fn without_parentheses(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// "l’avocate de" before "Yassin E.": the role is someone else's.
fn ends_with_preposition(s: &str) -> bool {
    tokens(s)
        .last()
        .is_some_and(|t| is_in(&ROLE_LINK_PREPOSITIONS_SET, t.text))
}

fn is_determiner(t: &str) -> bool {
    is_in(&DETERMINERS_SET, t)
}

fn strip_determiner(s: &str) -> &str {
    let toks = tokens(s);
    match toks.first() {
        Some(t) if t.start == 0 && is_determiner(t.text) => {
            trim(tail_from(s, t.end))
        }
        _ => s,
    }
}

/// True for role nouns that describe rather than name an office ("le
/// politique letton"), so they may refer to anyone of that kind.
fn is_descriptor(role: &str) -> bool {
    let head = role_head(&lower(role));
    french::DESCRIPTOR_ROLES.iter().any(|d| head == *d)
}

/// A role noun opening `s`: its length and the gender its form shows
/// (None for an epicene noun).
fn role_noun(s: &str) -> Option<(usize, Option<bool>)> {
    let (n, k) = ROLE_FORMS.longest(s)?;
    // A masculine form is often used for women ("professeur"): only a
    // feminine form tells the gender.
    let fem = k % 2 == 1;
    let epicene = french::SPEAKER_ROLES.get(k / 2).is_none_or(|(m, f)| m == f);
    Some((n, (fem && !epicene).then_some(true)))
}

// ---------------------------------------------------------------------
// Mentions: who a paragraph talks about, and where
// ---------------------------------------------------------------------

/// A way of naming a speaker.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Person(String),
    Pronoun(Pron),
    Role { role: String, female: Option<bool> },
    Body(String),
    Anaphor,
    Relative,
    Vague,
}

/// A mention of someone in a paragraph.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    who: Who,
    /// After a preposition or article: a complement, not a subject.
    governed: bool,
}

/// Names, pronouns, role noun phrases and bodies of a paragraph, in
/// order.
fn find_mentions(p: &Para<'_>, people: &People) -> Vec<Mention> {
    let (text, toks) = (p.text, &p.toks);
    let body_at: Vec<usize> = toks
        .iter()
        .filter(|t| {
            SPEAKING_BODIES_INDEX.longest(tail_from(text, t.start)).is_some()
        })
        .map(|t| t.start)
        .collect();
    let mut out = Vec::new();
    for run in &p.runs {
        if let Some(m) = person_mention(text, run, people) {
            out.push(m);
        }
    }
    // Each word lower-cased once; the previous one kept for the next.
    let mut prev_lower: Option<Cow<'_, str>> = None;
    for t in toks.iter() {
        let l = lower(t.text);
        let governed = prev_lower
            .replace(l.clone())
            .is_some_and(|p| COMPLEMENT_WORDS_SET.contains(&p));
        if let Some(p) = pron_of_lower(&l) {
            let hyphenated =
                slice(text, t.start.saturating_sub(1), t.start) == "-";
            if !hyphenated && !governed {
                out.push(Mention {
                    start: t.start,
                    end: t.end,
                    who: Who::Pronoun(p),
                    governed,
                });
            }
            continue;
        }
        if SUBJECT_RELATIVES_SET.contains(&l) {
            out.push(Mention {
                start: t.start,
                end: t.end,
                who: Who::Relative,
                governed: false,
            });
            continue;
        }
        let rest = tail_from(text, t.start);
        if let Some((n, _)) = ANAPHORS_INDEX.longest(rest) {
            out.push(Mention {
                start: t.start,
                end: t.start + n,
                who: Who::Anaphor,
                governed,
            });
            continue;
        }
        if DETERMINERS_SET.contains(&l)
            && !governed
            && may_name_speaker(text, &body_at, t.end)
        {
            if let Some((who, len)) = noun_phrase(tail_from(text, t.end)) {
                let indefinite = INDEFINITE_ARTICLES_SET.contains(&l);
                let who = if indefinite { Who::Vague } else { who };
                out.push(Mention {
                    start: t.start,
                    end: t.end + len,
                    who,
                    governed,
                });
            }
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// Whether the noun phrase after a determiner ending at `at` can name a
/// speaker: it opens with a role noun or a vague source, or a body
/// starts within its window (`body_at`, sorted). A necessary condition
/// of [`noun_phrase`] finding one, checked first because most noun
/// phrases ("le projet", "la ville") name no one.
fn may_name_speaker(text: &str, body_at: &[usize], at: usize) -> bool {
    let from = skip_spaces(text, at);
    let first_body = body_at.partition_point(|&b| b < from);
    if body_at.get(first_body).is_some_and(|&b| b < from + PHRASE_WINDOW) {
        return true;
    }
    let rest = tail_from(text, from);
    ROLE_FORMS.longest(rest).is_some()
        || VAGUE_SPEAKERS_INDEX.longest(rest).is_some()
}

/// A capitalised run that names a person, with the evidence it needs.
fn person_mention(
    text: &str,
    run: &CapRun,
    people: &People,
) -> Option<Mention> {
    if is_body_name(&run.text) {
        return None;
    }
    let before = run.before.as_deref().unwrap_or("");
    let governed =
        is_in(&COMPLEMENT_WORDS_SET, before) && run.honorific.is_none();
    let evidence = run.caps >= 2
        || run.honorific.is_some()
        || people.is_known_word(&run.text)
        || is_in(&PERSON_PREPOSITIONS_SET, before)
        || LEXICON.finite.contains_key(before)
        || (!governed && role_after(text, run.end).is_some())
        || (!run.sentence_start && !governed && role_noun(before).is_some());
    if !evidence {
        return None;
    }
    Some(Mention {
        start: run.start,
        end: run.end,
        who: Who::Person(people.fullest(&run.text)),
        governed,
    })
}

/// After a determiner: a role noun phrase ("président du tribunal"), a
/// body ("préfecture du Nord"), a vague source ("proche du dossier").
fn noun_phrase(rest: &str) -> Option<(Who, usize)> {
    let start = rest.len() - rest.trim_start_matches(is_space).len();
    let phrase = head_of(tail_from(rest, start), PHRASE_WINDOW);
    let toks = tokens(phrase);
    let end = phrase_end(phrase, &toks);
    let np = trim(slice(phrase, 0, end));
    if np.is_empty() {
        return None;
    }
    // `np` starts where `phrase` does, so its words are those of
    // `phrase` that start inside it.
    let np_toks = toks.iter().take_while(|t| t.start < np.len());
    let role = role_noun(np);
    if let Some(b) = body_in(np, np_toks, role) {
        return Some((Who::Body(b), start + end));
    }
    if VAGUE_SPEAKERS_INDEX.longest(np).is_some() {
        return Some((Who::Vague, start + end));
    }
    let (_, female) = role?;
    Some((Who::Role { role: np.to_string(), female }, start + end))
}

/// Where a noun phrase stops: punctuation, a relative pronoun, a verb
/// or a complement of place or time.
fn phrase_end(phrase: &str, toks: &[Tok<'_>]) -> usize {
    // Token ends only grow, so one cursor tells whether a dot ends a
    // token (an abbreviation, "M.") without a scan per character.
    let mut next_tok = toks.iter().map(|t| t.end).peekable();
    let stop_punct = phrase
        .char_indices()
        .find(|&(i, c)| {
            while next_tok.next_if(|&e| e < i + 1).is_some() {}
            let abbreviation_dot =
                c == '.' && next_tok.peek() == Some(&(i + 1));
            ",.;:()«»“\"".contains(c) && !abbreviation_dot
        })
        .map_or(phrase.len(), |(i, _)| i);
    let mut end = stop_punct;
    // The words before the stop are the words of the phrase that start
    // before it: a word never runs over stopping punctuation.
    for t in toks.iter().take_while(|t| t.start < stop_punct) {
        let l = lower(t.text);
        let stop = is_in(&PHRASE_STOPS_SET, &l)
            || LEXICON.finite.contains_key(&*l)
            || is_calendar_word(t.text);
        if stop && t.start > 0 {
            end = t.start;
            break;
        }
    }
    end
}

/// A speaking body inside a noun phrase, from its head noun on
/// ("site du ministère de l’Intérieur" → "ministère de l’Intérieur").
/// `toks` are the words of `np`, `role` the role noun opening it.
fn body_in<'t>(
    np: &str,
    toks: impl Iterator<Item = &'t Tok<'t>>,
    role: Option<(usize, Option<bool>)>,
) -> Option<String> {
    if role.is_some_and(|(n, _)| n >= np.len()) {
        return None;
    }
    for t in toks {
        let rest = tail_from(np, t.start);
        if SPEAKING_BODIES_INDEX.longest(rest).is_some() {
            let first_is_role = role.is_some() && t.start > 0;
            if first_is_role {
                return None;
            }
            return Some(trim(rest).to_string());
        }
    }
    None
}

// ---------------------------------------------------------------------
// Pairing the marks
// ---------------------------------------------------------------------

/// The kind of marks around a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Guillemets,
    Curly,
    Straight,
    Tag,
    Block,
}

/// A pair of marks and what lies between them.
#[derive(Debug, Clone)]
struct Raw {
    mark: Mark,
    start_g: usize,
    /// Offset of the opening mark in the first paragraph.
    open: usize,
    end_g: usize,
    /// Offset of the closing mark in the last paragraph (its length when
    /// the quote stops unclosed at the end of a paragraph).
    close: usize,
    close_len: usize,
    /// (paragraph, from, to) of every piece of quoted text.
    pieces: Vec<(usize, usize, usize)>,
}

/// Scanner state of a quote being read.
struct Open {
    mark: Mark,
    start_g: usize,
    open: usize,
    from: usize,
    depth: usize,
    pieces: Vec<(usize, usize, usize)>,
}

/// The quote marks of `text` from `from` on: « » “ ” and ", the only
/// characters [`step`] reacts to, found by a byte search (the curly
/// ones start with 0xC2 or 0xE2) instead of a walk over every character.
fn quote_marks(
    text: &str,
    from: usize,
) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(
        b'"',
        0xC2,
        0xE2,
        bytes.get(from..).unwrap_or_default(),
    )
    .map(move |i| i + from)
    .filter_map(move |i| {
        let c = text.get(i..)?.chars().next()?;
        matches!(c, '«' | '»' | '“' | '”' | '"').then_some((i, c))
    })
}

/// Pairs every quote mark of the body, in reading order.
fn scan(paras: &[Para<'_>]) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let mut carry: Option<Open> = None;
    for (g, p) in paras.iter().enumerate() {
        let mut state =
            carry.take().and_then(|o| continue_quote(o, g, p.text, &mut out));
        let begin = state.as_ref().map_or(0, |s| s.from);
        let mut found_any = state.is_some();
        for (i, c) in quote_marks(p.text, begin) {
            state = step(state, g, p.text, i, c, &mut out, &mut found_any);
        }
        if let Some(mut o) = state {
            if o.mark == Mark::Guillemets {
                o.pieces.push((g, o.from, p.text.len()));
                carry = Some(o);
            }
        }
        let _ = found_any;
        add_tag_quotes(p, g, &mut out);
    }
    if let Some(o) = carry {
        close_capped(o, paras, &mut out);
    }
    add_block_quotes(paras, &mut out);
    out.sort_by_key(|r| (r.start_g, r.open));
    out
}

/// One character of the scan.
fn step(
    state: Option<Open>,
    g: usize,
    text: &str,
    i: usize,
    c: char,
    out: &mut Vec<Raw>,
    found_any: &mut bool,
) -> Option<Open> {
    let Some(mut o) = state else {
        let mark = match c {
            '«' => Mark::Guillemets,
            '“' => Mark::Curly,
            '"' if opens_straight(text, i) => Mark::Straight,
            _ => return None,
        };
        *found_any = true;
        let from = i + c.len_utf8();
        return Some(Open {
            mark,
            start_g: g,
            open: i,
            from,
            depth: 1,
            pieces: Vec::new(),
        });
    };
    let (opens, closes) = match o.mark {
        Mark::Guillemets => (c == '«', c == '»'),
        Mark::Curly => (c == '“', c == '”'),
        _ => (false, c == '"' && closes_straight(text, i)),
    };
    if opens {
        o.depth += 1;
    } else if closes {
        o.depth -= 1;
        if o.depth == 0 {
            o.pieces.push((g, o.from, i));
            out.push(Raw {
                mark: o.mark,
                start_g: o.start_g,
                open: o.open,
                end_g: g,
                close: i,
                close_len: c.len_utf8(),
                pieces: o.pieces,
            });
            return None;
        }
    }
    Some(o)
}

fn opens_straight(text: &str, i: usize) -> bool {
    let before = slice(text, 0, i).chars().next_back();
    let after = tail_from(text, i + 1).chars().next();
    before.is_none_or(|b| is_space(b) || "(['’".contains(b))
        && after.is_some_and(|a| !is_space(a))
}

fn closes_straight(text: &str, i: usize) -> bool {
    let before = slice(text, 0, i).chars().next_back();
    let after = tail_from(text, i + 1).chars().next();
    before.is_some_and(|b| !is_space(b))
        && after.is_none_or(|a| !a.is_alphanumeric())
}

/// A « still open at the end of a paragraph goes on when the next one
/// reopens with « or », or closes with a » before any «; otherwise it
/// stops at the end of its paragraph.
fn continue_quote(
    mut o: Open,
    g: usize,
    text: &str,
    out: &mut Vec<Raw>,
) -> Option<Open> {
    let lead = text.len() - text.trim_start_matches(is_space).len();
    let first = tail_from(text, lead).chars().next();
    if matches!(first, Some('«' | '»')) {
        o.from = lead + 2;
        return Some(o);
    }
    let close = text.find('»');
    let reopen = text.find('«');
    if close.is_some_and(|c| reopen.is_none_or(|r| c < r)) {
        o.from = 0;
        return Some(o);
    }
    let last_g = o.pieces.last().map_or(o.start_g, |p| p.0);
    let end = o.pieces.last().map_or(0, |p| p.2);
    out.push(Raw {
        mark: o.mark,
        start_g: o.start_g,
        open: o.open,
        end_g: last_g,
        close: end,
        close_len: 0,
        pieces: o.pieces,
    });
    let _ = g;
    None
}

fn close_capped(o: Open, paras: &[Para<'_>], out: &mut Vec<Raw>) {
    let last_g = o.pieces.last().map_or(o.start_g, |p| p.0);
    let end = paras.get(last_g).map_or(0, |p| p.text.len());
    out.push(Raw {
        mark: o.mark,
        start_g: o.start_g,
        open: o.open,
        end_g: last_g,
        close: end,
        close_len: 0,
        pieces: o.pieces,
    });
}

/// `<q>` runs of a paragraph without quote marks.
fn add_tag_quotes(p: &Para<'_>, g: usize, out: &mut Vec<Raw>) {
    for s in p.inline {
        let Some(inner) = p.text.get(s.start..s.end) else { continue };
        if s.end <= s.start || inner.contains(['«', '»', '“', '”', '"'])
        {
            continue;
        }
        let marked = out
            .iter()
            .rev()
            .take_while(|r| r.end_g >= g)
            .flat_map(|r| r.pieces.iter())
            .any(|&(k, a, b)| k == g && a < s.end + 2 && s.start < b + 2);
        if marked {
            continue;
        }
        out.push(Raw {
            mark: Mark::Tag,
            start_g: g,
            open: s.start,
            end_g: g,
            close: s.end,
            close_len: 0,
            pieces: vec![(g, s.start, s.end)],
        });
    }
}

/// Runs of `<blockquote>` paragraphs without marks: one quote each.
fn add_block_quotes(paras: &[Para<'_>], out: &mut Vec<Raw>) {
    let marked: std::collections::BTreeSet<usize> = out
        .iter()
        .filter(|r| r.mark != Mark::Tag)
        .flat_map(|r| r.pieces.iter().map(|p| p.0))
        .collect();
    let mut g = 0;
    while g < paras.len() {
        let is_block = |k: usize| {
            paras
                .get(k)
                .is_some_and(|p| p.in_blockquote && !marked.contains(&k))
        };
        if !is_block(g) {
            g += 1;
            continue;
        }
        let mut end = g;
        while is_block(end + 1) {
            end += 1;
        }
        let tweet = (g..=end)
            .any(|k| paras.get(k).is_some_and(|p| has_tweet_or_link(p.text)));
        if tweet {
            g = end + 1;
            continue;
        }
        let pieces: Vec<(usize, usize, usize)> = (g..=end)
            .filter_map(|k| paras.get(k).map(|p| (k, 0, p.text.len())))
            .collect();
        let close = paras.get(end).map_or(0, |p| p.text.len());
        out.push(Raw {
            mark: Mark::Block,
            start_g: g,
            open: 0,
            end_g: end,
            close,
            close_len: 0,
            pieces,
        });
        g = end + 1;
    }
}

// ---------------------------------------------------------------------
// Reading one quote
// ---------------------------------------------------------------------

/// A quote being built.
#[derive(Debug, Clone)]
struct Found {
    start_g: usize,
    text: String,
    kind: QuoteKind,
    speaker: Option<String>,
    role: Option<String>,
    verb: Option<String>,
    /// An attribution named who speaks (maybe someone unnamable: "on").
    attributed: bool,
    /// Nothing but spaces before its opening mark in its paragraph.
    opens_paragraph: bool,
}

/// What an attribution says.
#[derive(Debug, Clone, Default)]
struct Attribution {
    who: Option<Who>,
    verb: Option<String>,
    role: Option<String>,
    /// Where the naming words are (paragraph, offset), for pronouns.
    at: (usize, usize),
}

/// Everything a quote's reading needs.
struct Context<'a> {
    paras: &'a [Para<'a>],
    people: People,
    /// Per paragraph, read when a quote first looks at it (most
    /// paragraphs are never looked at): who it mentions, where its
    /// sentences start, where it is between guillemets.
    mentions: Vec<OnceCell<Vec<Mention>>>,
    /// Per paragraph: speakers already given to its quotes (offset, name).
    spoken: Vec<Vec<(usize, String)>>,
    starts: Vec<OnceCell<Vec<usize>>>,
    depths: Vec<OnceCell<Depths>>,
    /// Per paragraph: its words, for finding pull quotes.
    word_sets: Vec<OnceCell<FxHashSet<String>>>,
    /// Per paragraph: it holds a tweet or a link.
    tweets: Vec<bool>,
}

impl Context<'_> {
    /// A `<blockquote>` that repeats words of another paragraph: a pull
    /// quote (exergue), not a new statement. Four fifths of its words
    /// are in one other paragraph.
    fn is_pull_quote(&self, text: &str, raw: &Raw) -> bool {
        let words: Vec<String> = lower_words(text).collect();
        if words.is_empty() {
            return false;
        }
        (0..self.paras.len()).any(|g| {
            if (raw.start_g..=raw.end_g).contains(&g) {
                return false;
            }
            let Some(other) = self.word_set(g) else { return false };
            let shared = words.iter().filter(|w| other.contains(*w)).count();
            shared * 5 >= words.len() * 4
        })
    }

    /// The words of paragraph `g` in lower case, as a set.
    fn word_set(&self, g: usize) -> Option<&FxHashSet<String>> {
        let p = self.paras.get(g)?;
        Some(
            self.word_sets
                .get(g)?
                .get_or_init(|| lower_words(p.text).collect()),
        )
    }

    /// The mentions of paragraph `g`.
    fn mentions(&self, g: usize) -> Option<&Vec<Mention>> {
        let p = self.paras.get(g)?;
        let cell = self.mentions.get(g)?;
        Some(cell.get_or_init(|| find_mentions(p, &self.people)))
    }

    /// The sentence starts of paragraph `g` (none for no paragraph).
    fn starts(&self, g: usize) -> &[usize] {
        match (self.paras.get(g), self.starts.get(g)) {
            (Some(p), Some(cell)) => {
                cell.get_or_init(|| sentence_starts(p.text))
            }
            _ => &[],
        }
    }

    /// The guillemet depths of paragraph `g`.
    fn depths(&self, g: usize) -> Option<&Depths> {
        let p = self.paras.get(g)?;
        Some(self.depths.get(g)?.get_or_init(|| Depths::of(p.text)))
    }

    /// Reads one pair of marks; None when it is not a quote.
    fn read(
        &mut self,
        raw: &Raw,
        rejected: &[(usize, usize)],
    ) -> Option<Found> {
        let first = self.paras.get(raw.start_g)?.text;
        let last = self.paras.get(raw.end_g)?.text;
        let mut text = join_pieces(self.paras, &raw.pieces);
        let inner = take_inner_incise(&mut text);
        if !text.chars().any(char::is_alphabetic) {
            return None;
        }
        if raw.mark == Mark::Block && self.is_pull_quote(&text, raw) {
            return None;
        }
        let starts = self.starts(raw.start_g);
        let pre =
            tail_of(sentence_before(first, starts, raw.open), PRE_WINDOW);
        let post =
            head_of(tail_from(last, raw.close + raw.close_len), POST_WINDOW);
        let tweet = self.tweets.get(raw.start_g).copied().unwrap_or(false);
        if is_not_speech(raw, first, pre, post, tweet, rejected) {
            return None;
        }
        let mut attr = inner
            .map(|a| Attribution { at: (raw.start_g, raw.open), ..a })
            .or_else(|| self.after(raw, post))
            .or_else(|| self.before(raw, pre));
        if attr.is_none() && raw.open == 0 {
            attr = self.previous_colon_intro(raw.start_g);
        }
        let kind = kind_of(raw, &text, pre, post);
        let words = word_count(&text);
        let has_attribution = attr.is_some();
        if !has_attribution && words <= SCARE_QUOTE_WORDS {
            return None;
        }
        if !has_attribution
            && kind == QuoteKind::Direct
            && is_title_like(&text, pre, raw)
        {
            return None;
        }
        let attributed = attr.as_ref().is_some_and(|a| a.who.is_some());
        let mut found = Found {
            start_g: raw.start_g,
            text,
            kind,
            speaker: None,
            role: None,
            verb: None,
            attributed,
            opens_paragraph: trim(slice(first, 0, raw.open)).is_empty(),
        };
        if let Some(a) = attr {
            self.apply(&mut found, a, raw);
        }
        Some(found)
    }

    /// Fills speaker, role and verb from an attribution.
    fn apply(&mut self, found: &mut Found, a: Attribution, raw: &Raw) {
        found.verb = a.verb;
        let Some(who) = a.who else { return };
        let (g, at) = a.at;
        let speaker = self.resolve(&who, g, at);
        found.role = a.role.or_else(|| match &who {
            Who::Role { role, .. } => Some(role.clone()),
            _ => None,
        });
        if let (Some(name), Who::Pronoun(p)) = (&speaker, &who) {
            let fem = matches!(p, Pron::Elle);
            if matches!(p, Pron::Il | Pron::Elle) {
                self.people.female.entry(name.clone()).or_insert(fem);
            }
        }
        if let (Some(name), Who::Role { female: Some(f), .. }) =
            (&speaker, &who)
        {
            self.people.female.entry(name.clone()).or_insert(*f);
        }
        if let Some(name) = &speaker {
            if let Some(v) = self.spoken.get_mut(raw.end_g) {
                v.push((raw.close, name.clone()));
            }
            if found.role.is_none() {
                found.role = self.people.role_of(name);
            }
        }
        found.speaker = speaker;
    }

    /// Attribution after the closing mark: "», a-t-il dit", "», glisse
    /// Zineb, étudiante", "», selon le ministère", "» – Josep Borrell".
    fn after(&self, raw: &Raw, post: &str) -> Option<Attribution> {
        let g = raw.end_g;
        let base = raw.close + raw.close_len;
        let mut pos = skip_spaces(post, 0);
        if tail_from(post, pos).starts_with('(') {
            let close = tail_from(post, pos).find(')')?;
            pos = skip_spaces(post, pos + close + 1);
        }
        let rest = tail_from(post, pos);
        if let Some(r) = rest.strip_prefix(',') {
            let off =
                pos + 1 + (r.len() - r.trim_start_matches(is_space).len());
            return self.incise(post, off, (g, base + off));
        }
        let dash =
            rest.trim_start_matches(['.', ',']).trim_start_matches(is_space);
        if let Some(d) = dash.strip_prefix(['–', '—', '-']) {
            let off = post.len() - d.len();
            let off = skip_spaces(post, off);
            let (who, role, _) = parse_subject(tail_from(post, off))?;
            return Some(Attribution {
                who: Some(who),
                verb: None,
                role,
                at: (g, base + off),
            });
        }
        None
    }

    /// An incise starting at `off` in `s`: verb then subject, inverted
    /// verb, or framing.
    fn incise(
        &self,
        s: &str,
        off: usize,
        at: (usize, usize),
    ) -> Option<Attribution> {
        let mut pos = off;
        let rest = tail_from(s, pos);
        for lead in french::INCISE_LEADS {
            if let Some(n) = starts_with_phrase(rest, lead) {
                pos = skip_spaces(s, pos + n);
                break;
            }
        }
        if let Some(a) =
            framing_at(tail_from(s, pos), (at.0, at.1 + pos - off))
        {
            return Some(a);
        }
        let hit = verb_at(tail_from(s, pos))?;
        let verb = trim(slice(s, pos, pos + hit.end)).to_string();
        if let Some(p) = hit.pronoun {
            return Some(Attribution {
                who: Some(Who::Pronoun(p)),
                verb: Some(verb),
                role: None,
                at,
            });
        }
        let after = skip_spaces(s, pos + hit.end);
        let (who, role, _) = parse_subject_skipping(tail_from(s, after))?;
        Some(Attribution {
            who: Some(who),
            verb: Some(verb),
            role,
            at: (at.0, at.1 + after - off),
        })
    }

    /// Attribution before the opening mark, in the same sentence: a
    /// framing, a colon introduction, or a reporting verb.
    fn before(&self, raw: &Raw, pre: &str) -> Option<Attribution> {
        let g = raw.start_g;
        let text = self.paras.get(g)?.text;
        let pre_start = raw.open - pre.len();
        if let Some(a) = last_framing(pre, (g, pre_start)) {
            return Some(a);
        }
        let colon = trim(pre).ends_with(':');
        let (vpos, hit) = match last_verb(pre, colon) {
            Some(v) => v,
            None if colon => {
                let who = self.first_subject(g, pre_start, raw.open)?;
                return Some(Attribution {
                    who: Some(who.0),
                    verb: None,
                    role: None,
                    at: (g, who.1),
                });
            }
            None => return None,
        };
        let verb = trim(slice(pre, vpos, vpos + hit.end)).to_string();
        if let Some(p) = hit.pronoun {
            return Some(Attribution {
                who: Some(Who::Pronoun(p)),
                verb: Some(verb),
                role: None,
                at: (g, pre_start + vpos),
            });
        }
        let subject = self.last_subject(g, pre_start, pre_start + vpos);
        let _ = text;
        Some(Attribution {
            who: subject.as_ref().map(|s| s.0.clone()),
            verb: Some(verb),
            role: None,
            at: (g, subject.map_or(pre_start + vpos, |s| s.1)),
        })
    }

    /// A paragraph that is only a quote, after one ending with a colon:
    /// "Le ministre a déclaré :" ¶ "« … »".
    fn previous_colon_intro(&self, g: usize) -> Option<Attribution> {
        let prev = self.paras.get(g.checked_sub(1)?)?.text;
        if !trim(prev).ends_with(':') {
            return None;
        }
        let starts = self.starts(g - 1);
        let pre =
            tail_of(sentence_before(prev, starts, prev.len()), PRE_WINDOW);
        let pre_start = prev.len() - pre.len();
        let (vpos, hit) = match last_verb(pre, true) {
            Some(v) => v,
            None => {
                let who = self.first_subject(g - 1, pre_start, prev.len())?;
                return Some(Attribution {
                    who: Some(who.0),
                    verb: None,
                    role: None,
                    at: (g - 1, who.1),
                });
            }
        };
        let verb = trim(slice(pre, vpos, vpos + hit.end)).to_string();
        if let Some(p) = hit.pronoun {
            return Some(Attribution {
                who: Some(Who::Pronoun(p)),
                verb: Some(verb),
                role: None,
                at: (g - 1, pre_start + vpos),
            });
        }
        let subject = self.last_subject(g - 1, pre_start, pre_start + vpos);
        Some(Attribution {
            who: subject.as_ref().map(|s| s.0.clone()),
            verb: Some(verb),
            role: None,
            at: (g - 1, subject.map_or(pre_start + vpos, |s| s.1)),
        })
    }

    /// The last subject-like mention between two offsets of paragraph g.
    fn last_subject(
        &self,
        g: usize,
        from: usize,
        to: usize,
    ) -> Option<(Who, usize)> {
        self.mentions(g)?
            .iter()
            .filter(|m| m.start >= from && m.end <= to && !m.governed)
            .rfind(|m| !self.depths(g).is_some_and(|d| d.inside(m.start)))
            .map(|m| (m.who.clone(), m.start))
    }

    /// Who says a paragraph that is only a quote: the last person named
    /// in the paragraphs before, or else the first one named after it in
    /// its own paragraph (a quote that opens an article).
    fn standalone_speaker(&self, g: usize) -> Option<String> {
        if let Some(n) = self.last_person(g, 0, None) {
            return Some(n);
        }
        let depths = self.depths(g)?;
        self.mentions(g)?
            .iter()
            .filter(|m| !m.governed && !depths.inside(m.start))
            .find_map(|m| match &m.who {
                Who::Person(n) => Some(self.people.fullest(n)),
                _ => None,
            })
    }

    /// The first subject-like mention between two offsets of paragraph g.
    fn first_subject(
        &self,
        g: usize,
        from: usize,
        to: usize,
    ) -> Option<(Who, usize)> {
        self.mentions(g)?
            .iter()
            .filter(|m| m.start >= from && m.end <= to && !m.governed)
            .find(|m| !matches!(m.who, Who::Relative))
            .map(|m| (m.who.clone(), m.start))
    }

    /// The speaker a way of naming stands for, at (paragraph, offset).
    fn resolve(&self, who: &Who, g: usize, at: usize) -> Option<String> {
        match who {
            Who::Person(n) => Some(self.people.fullest(n)),
            Who::Body(b) => Some(b.clone()),
            Who::Pronoun(Pron::Il) => self.last_person(g, at, Some(false)),
            Who::Pronoun(Pron::Elle) => self.last_person(g, at, Some(true)),
            Who::Pronoun(_) | Who::Vague => None,
            Who::Anaphor => self.last_person(g, at, None),
            // A role noun falls back to the last person when it is a
            // mere descriptor ("le politique letton") or that person has
            // no other known office: "le rapporteur général" is not the
            // "député" named just before.
            Who::Role { role, female } => {
                self.people.by_role(role, (g, at)).or_else(|| {
                    self.last_person(g, at, *female).filter(|n| {
                        is_descriptor(role) || self.people.role_of(n).is_none()
                    })
                })
            }
            Who::Relative => {
                let prev = self.mentions(g)?.iter().rfind(|m| {
                    m.end <= at && !matches!(m.who, Who::Relative)
                })?;
                self.resolve(&prev.who.clone(), g, prev.start)
            }
        }
    }

    /// The last person named before (g, at) whose known gender fits:
    /// first in the same paragraph, then in the few before; in each, a
    /// person known to have the wanted gender wins over one of unknown
    /// gender.
    fn last_person(
        &self,
        g: usize,
        at: usize,
        female: Option<bool>,
    ) -> Option<String> {
        let low = g.saturating_sub(LOOKBACK_PARAGRAPHS);
        let here = self.candidates(g, g, at);
        let before = self.candidates(low, g.saturating_sub(1), 0);
        let before = if g == 0 { Vec::new() } else { before };
        for pool in [here, before] {
            if let Some(n) = pick_by_gender(&pool, female, &self.people.female)
            {
                return Some(n);
            }
        }
        None
    }

    /// Persons named (or given a quote) in paragraphs `from..=to`, before
    /// (to, at) when `at` is not 0, latest first.
    fn candidates(&self, from: usize, to: usize, at: usize) -> Vec<String> {
        let limit = if at == 0 { usize::MAX } else { at };
        let mut found: Vec<((usize, usize), String)> = Vec::new();
        for k in from..=to {
            let Some(ms) = self.mentions(k) else { continue };
            for m in ms {
                let Who::Person(n) = &m.who else { continue };
                if m.governed || (k == to && m.start >= limit) {
                    continue;
                }
                found.push(((k, m.start), n.clone()));
            }
        }
        for k in from..=to {
            let Some(said) = self.spoken.get(k) else { continue };
            for (off, n) in said {
                if !(k == to && *off >= limit) {
                    found.push(((k, *off), n.clone()));
                }
            }
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().map(|(_, n)| n).collect()
    }
}

/// For "elle", the latest name of `pool` known to be a woman, or else
/// the latest of unknown gender; for "il", the latest not known to be a
/// woman (masculine role nouns are used for women too, so a man is
/// rarely known as such).
fn pick_by_gender(
    pool: &[String],
    female: Option<bool>,
    known: &BTreeMap<String, bool>,
) -> Option<String> {
    match female {
        None => pool.first().cloned(),
        Some(false) => {
            pool.iter().find(|n| known.get(*n) != Some(&true)).cloned()
        }
        Some(true) => pool
            .iter()
            .find(|n| known.get(*n) == Some(&true))
            .or_else(|| pool.iter().find(|n| !known.contains_key(*n)))
            .cloned(),
    }
}

/// The quoted text: pieces trimmed of their inner spaces and stray
/// marks, joined with one space.
fn join_pieces(
    paras: &[Para<'_>],
    pieces: &[(usize, usize, usize)],
) -> String {
    let parts: Vec<&str> = pieces
        .iter()
        .filter_map(|&(g, a, b)| paras.get(g).map(|p| slice(p.text, a, b)))
        .map(|s| {
            trim(s.trim_matches(|c: char| is_space(c) || c == '«' || c == '»'))
        })
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(" ")
}

/// Text of the sentence that holds `at`, from its start up to `at`,
/// given the paragraph's sentence starts.
fn sentence_before<'t>(text: &'t str, starts: &[usize], at: usize) -> &'t str {
    let k = starts.partition_point(|&s| s <= at);
    let start =
        k.checked_sub(1).and_then(|k| starts.get(k)).copied().unwrap_or(0);
    slice(text, start, at)
}

/// Offsets where the sentences of a paragraph start. A full stop inside
/// quote marks does not end a sentence; a closing mark after one does.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut depth = 0usize;
    let mut prev_word = "";
    let mut word_start = 0;
    let mut in_word = false;
    let mut last_non_space = ' ';
    for (i, c) in text.char_indices() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let ends = (is_sentence_end(c)
            && depth == 0
            && !(c == '.' && is_abbreviation(prev_word)))
            || (matches!(c, '»' | '”')
                && depth == 0
                && is_sentence_end(last_non_space));
        if ends {
            let next = skip_spaces(text, i + c.len_utf8());
            let nc = tail_from(text, next).chars().next();
            if next > i + c.len_utf8()
                && nc.is_some_and(|n| {
                    n.is_uppercase()
                        || n == '«'
                        || n == '“'
                        || n == '"'
                        || n.is_ascii_digit()
                })
            {
                starts.push(next);
            }
        }
        if c.is_alphanumeric() {
            if !in_word {
                word_start = i;
                in_word = true;
            }
            prev_word = slice(text, word_start, i + c.len_utf8());
        } else {
            in_word = false;
        }
        if !is_space(c) {
            last_non_space = c;
        }
    }
    starts
}

/// Where a text lies between guillemets: the nesting depth after each
/// mark, in order, so that a lookup is a binary search.
struct Depths(Vec<(usize, usize)>);

impl Depths {
    fn of(text: &str) -> Depths {
        let mut depth = 0usize;
        let mut straight_open = false;
        let mut marks = Vec::new();
        for (i, c) in text.char_indices() {
            match c {
                '«' | '“' => depth += 1,
                '»' | '”' => depth = depth.saturating_sub(1),
                '"' if straight_open => {
                    depth = depth.saturating_sub(1);
                    straight_open = false;
                }
                '"' => {
                    depth += 1;
                    straight_open = true;
                }
                _ => continue,
            }
            marks.push((i, depth));
        }
        Depths(marks)
    }

    /// True when `at` lies between quote marks.
    fn inside(&self, at: usize) -> bool {
        let k = self.0.partition_point(|&(i, _)| i < at);
        k.checked_sub(1)
            .and_then(|k| self.0.get(k))
            .is_some_and(|&(_, d)| d > 0)
    }
}

/// The last reporting verb of `pre` (incise-only verbs only before a
/// colon), not used as a noun ("le juge", "une note").
fn last_verb(pre: &str, colon: bool) -> Option<(usize, VerbHit)> {
    let toks = tokens(pre);
    let depths = Depths::of(pre);
    let mut best = None;
    for (k, t) in toks.iter().enumerate() {
        if depths.inside(t.start) {
            continue;
        }
        let prev = k.checked_sub(1).and_then(|p| toks.get(p));
        if prev.is_some_and(|p| {
            is_determiner(p.text) || is_in(&NOUN_DETERMINERS_SET, p.text)
        }) {
            continue;
        }
        if prev.is_some_and(|p| is_in(&REFLEXIVE_PRONOUNS_SET, p.text)) {
            continue;
        }
        let start = t.start;
        let Some(hit) = verb_at(tail_from(pre, start)) else { continue };
        if hit.incise_only && !colon {
            continue;
        }
        best = Some((start, hit));
    }
    best.or_else(|| reflexive_verb(pre, colon))
}

/// A reflexive reporting verb ("s’inquiète", "se dit") in `pre`.
fn reflexive_verb(pre: &str, colon: bool) -> Option<(usize, VerbHit)> {
    let toks = tokens(pre);
    let depths = Depths::of(pre);
    toks.iter()
        .filter(|t| is_in(&REFLEXIVE_PRONOUNS_SET, t.text))
        .filter(|t| !depths.inside(t.start))
        .filter_map(|t| verb_at(tail_from(pre, t.start)).map(|h| (t.start, h)))
        .rfind(|(_, h)| colon || !h.incise_only)
}

/// The last framing of `pre`: "selon X", "d’après X", "pour X, «",
/// "pour lui".
fn last_framing(pre: &str, at: (usize, usize)) -> Option<Attribution> {
    let toks = tokens(pre);
    let depths = Depths::of(pre);
    toks.iter()
        .filter(|t| !depths.inside(t.start))
        .filter_map(|t| {
            framing_at(tail_from(pre, t.start), (at.0, at.1 + t.start))
        })
        .next_back()
}

/// A framing at the start of `s`.
fn framing_at(s: &str, at: (usize, usize)) -> Option<Attribution> {
    if FRAMING_ANAPHORS_INDEX.longest(s).is_some() {
        let who = Some(Who::Anaphor);
        return Some(Attribution { who, verb: None, role: None, at });
    }
    let (n, k) = FRAMING_WORDS_INDEX.longest(s)?;
    let word = french::FRAMING_WORDS.get(k).copied().unwrap_or("");
    let after = skip_spaces(s, n);
    let rest = tail_from(s, after);
    let at = (at.0, at.1 + after);
    for (stressed, subject) in french::STRESSED_PRONOUNS {
        if starts_with_phrase(rest, stressed).is_some() {
            let p = pron_from(subject)?;
            return Some(Attribution {
                who: Some(Who::Pronoun(p)),
                verb: None,
                role: None,
                at,
            });
        }
    }
    let (who, role, len) = parse_subject(rest)?;
    if matches!(who, Who::Pronoun(_) | Who::Relative) {
        return None;
    }
    if french::COMMA_FRAMINGS.contains(&word)
        && !tail_from(rest, len).trim_start_matches(is_space).starts_with(',')
    {
        return None;
    }
    Some(Attribution { who: Some(who), verb: None, role, at })
}

/// A subject at the start of `s`, after skipping up to two complements
/// ("à Pékin Andy Rothman", "dans un communiqué le ministère").
fn parse_subject_skipping(s: &str) -> Option<(Who, Option<String>, usize)> {
    let mut pos = 0;
    for _ in 0..3 {
        let rest = tail_from(s, pos);
        if let Some(r) = parse_subject(rest) {
            return Some((r.0, r.1, pos + r.2));
        }
        pos = skip_complement(s, pos)?;
    }
    None
}

/// After one complement of place, time or medium at `pos`.
fn skip_complement(s: &str, pos: usize) -> Option<usize> {
    let toks = tokens(tail_from(s, pos));
    let first = toks.first()?;
    let l = lower(first.text);
    if !french::INCISE_COMPLEMENT_STARTS.contains(&&*l)
        && !is_calendar_word(first.text)
    {
        return None;
    }
    if is_calendar_word(first.text) || is_in(&TIME_WORDS_SET, &l) {
        let mut end = first.end;
        if let Some(t) = toks.get(1).filter(|t| is_in(&DAY_PARTS_SET, t.text))
        {
            end = t.end;
        }
        return Some(skip_spaces(s, pos + end));
    }
    let mut k = 1;
    if toks.get(k).is_some_and(|t| {
        is_determiner(t.text) || is_in(&NOUN_DETERMINERS_SET, t.text)
    }) {
        k += 1;
    }
    let word = toks.get(k)?;
    Some(skip_spaces(s, pos + word.end))
}

/// A subject at the very start of `s`: "M. Caldwell", "Zineb,
/// étudiante…", "le commissaire à l’économie Pierre Moscovici", "la
/// préfecture du Nord", "le Kremlin", "il". Returns who, the role
/// written with it, and the bytes used.
fn parse_subject(s: &str) -> Option<(Who, Option<String>, usize)> {
    let toks = tokens(s);
    let first = toks
        .first()
        .filter(|t| t.start == 0 || trim(slice(s, 0, t.start)).is_empty())?;
    if let Some(p) = pron_from(first.text) {
        return Some((Who::Pronoun(p), None, first.end));
    }
    if let Some((n, _)) = ANAPHORS_INDEX.longest(s) {
        return Some((Who::Anaphor, None, n));
    }
    let runs = cap_runs(s);
    let run_at = |start: usize| runs.iter().find(|r| r.start == start);
    if let Some(run) = run_at(first.start).or_else(|| {
        is_honorific(first.text)
            .then(|| toks.get(1).and_then(|t| run_at(t.start)))
            .flatten()
    }) {
        let role = role_after(s, run.end).map(|r| r.text);
        let who = if is_body_name(&run.text) {
            Who::Body(run.text.clone())
        } else {
            Who::Person(run.text.clone())
        };
        return Some((who, role, run.end));
    }
    if !is_determiner(first.text) {
        return None;
    }
    if is_in(&INDEFINITE_ARTICLES_SET, first.text) {
        let rest = tail_from(s, first.end);
        let (_, len) = noun_phrase(rest)?;
        return Some((Who::Vague, None, first.end + len));
    }
    let rest = tail_from(s, first.end);
    let lead = rest.len() - rest.trim_start_matches(is_space).len();
    if let Some(run) = runs.iter().find(|r| r.start == first.end + lead) {
        if run.caps == 1 || is_body_name(&run.text) {
            return Some((Who::Body(run.text.clone()), None, run.end));
        }
    }
    let (who, len) = noun_phrase(rest)?;
    let np_end = first.end + len;
    let np = trim(slice(s, first.end, np_end)).to_string();
    if let Some(run) = runs.iter().find(|r| {
        r.start > first.end
            && r.end <= np_end
            && !is_body_name(&r.text)
            && !is_in(&COMPLEMENT_WORDS_SET, r.before.as_deref().unwrap_or(""))
    }) {
        let role = trim(slice(s, first.end, run.start)).to_string();
        let after_role = role_after(s, run.end).map(|r| r.text);
        return Some((
            Who::Person(run.text.clone()),
            after_role.or(Some(role)),
            run.end,
        ));
    }
    let tail = tail_from(s, np_end);
    if let Some(t) = tail.strip_prefix(',') {
        let lead = t.len() - t.trim_start_matches(is_space).len();
        let off = np_end + 1 + lead;
        if let Some(run) =
            runs.iter().find(|r| r.start == off && !is_body_name(&r.text))
        {
            return Some((Who::Person(run.text.clone()), Some(np), run.end));
        }
    }
    Some((who, None, np_end))
}

// ---------------------------------------------------------------------
// Inner incise
// ---------------------------------------------------------------------

/// Cuts an incise out of the quoted text ("Nous tiendrons, prévient-elle,
/// jusqu’au bout" → "Nous tiendrons jusqu’au bout") and returns what it
/// says.
fn take_inner_incise(text: &mut String) -> Option<Attribution> {
    let commas: Vec<usize> = text.match_indices(',').map(|(i, _)| i).collect();
    for c in commas {
        let start = skip_spaces(text, c + 1);
        let rest = tail_from(text, start);
        let Some(hit) = verb_at(rest) else { continue };
        let verb = trim(slice(rest, 0, hit.end)).to_string();
        let (who, role, used) = match hit.pronoun {
            Some(p) => (Who::Pronoun(p), None, hit.end),
            None => {
                let after = skip_spaces(rest, hit.end);
                match parse_subject(tail_from(rest, after)) {
                    Some((
                        w @ (Who::Person(_) | Who::Role { .. } | Who::Body(_)),
                        r,
                        n,
                    )) => (w, r, after + n),
                    _ => continue,
                }
            }
        };
        let full = tail_from(rest, used);
        let tail = head_of(full, MAX_INNER_INCISE + 1);
        let stop = tail
            .find([',', '.', '!', '?', '…'])
            .filter(|&i| i <= MAX_INNER_INCISE);
        let end_rel = match stop {
            Some(i) => i,
            None if trim(full).is_empty() => full.len(),
            None => continue,
        };
        if slice(tail, 0, end_rel).contains(['«', '»', '“', '”']) {
            continue;
        }
        let punct = tail_from(full, end_rel).chars().next();
        let before = slice(text, 0, c).trim_end_matches(is_space).to_string();
        let after =
            trim(tail_from(full, end_rel + punct.map_or(0, char::len_utf8)))
                .to_string();
        let joined = match punct {
            Some(',') | None => join_words(&before, "", &after),
            Some(p) => join_words(&before, &p.to_string(), &after),
        };
        *text = joined;
        return Some(Attribution {
            who: Some(who),
            verb: Some(verb),
            role,
            at: (0, 0),
        });
    }
    None
}

/// True when a sentence ends inside the quote and a new one starts with
/// a capital: a fragment woven into a sentence never spans two.
fn has_inner_sentence(text: &str) -> bool {
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut spaced = false;
        while let Some(&(_, n)) = chars.peek() {
            if !n.is_whitespace() {
                break;
            }
            spaced = true;
            chars.next();
        }
        if spaced && chars.peek().is_some_and(|&(_, n)| n.is_uppercase()) {
            return true;
        }
    }
    false
}

fn join_words(before: &str, punct: &str, after: &str) -> String {
    if after.is_empty() {
        return format!("{before}{punct}");
    }
    format!("{before}{punct} {after}")
}

// ---------------------------------------------------------------------
// Kind, titles and scare quotes
// ---------------------------------------------------------------------

/// `direct` for a whole statement: it starts with a capital, stands
/// alone, or follows "Pour elle, " and ends the sentence; otherwise
/// `partial`.
fn kind_of(raw: &Raw, text: &str, pre: &str, post: &str) -> QuoteKind {
    if matches!(raw.mark, Mark::Block) || raw.end_g > raw.start_g {
        return QuoteKind::Direct;
    }
    let first = text.chars().find(|c| c.is_alphanumeric());
    if first.is_some_and(char::is_uppercase) || has_inner_sentence(text) {
        return QuoteKind::Direct;
    }
    let pre_t = trim(pre);
    let after_comma =
        pre_t.ends_with(',') || pre_t.ends_with(':') || pre_t.is_empty();
    let post_t = trim(post);
    let ends_sentence = post_t.is_empty()
        || post_t.starts_with(['.', '!', '?', '…'])
        || text.ends_with(is_sentence_end);
    if after_comma && ends_sentence && !pre_t.is_empty() {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// Marks around words that are not speech: in parentheses, before a
/// link, in a tweet, after a title cue ("le livre « … »", "poursuivi
/// pour « … »"), after "le/la" with no verb to govern it, or listed with
/// such a quote.
fn is_not_speech(
    raw: &Raw,
    first: &str,
    pre: &str,
    post: &str,
    tweet: bool,
    rejected: &[(usize, usize)],
) -> bool {
    if matches!(raw.mark, Mark::Block) {
        return false;
    }
    if pre.matches('(').count() > pre.matches(')').count() {
        return true;
    }
    if tweet {
        return true;
    }
    if has_title_cue(pre) {
        return true;
    }
    if follows_article(pre) && !has_incise(post) {
        return true;
    }
    rejected.last().is_some_and(|&(g, end)| {
        g == raw.start_g
            && end <= raw.open
            && COORDINATION.is_match(slice(first, end, raw.open))
    })
}

/// A title cue ends `pre`: "le livre ", "baptisé ", "poursuivi pour ".
fn has_title_cue(pre: &str) -> bool {
    let toks = tokens(pre);
    let n = toks.len();
    let last = |k: usize| {
        n.checked_sub(k).and_then(|i| toks.get(i)).map(|t| lower(t.text))
    };
    let Some(l1) = last(1) else { return false };
    if l1.ends_with('’') && l1 != "d’" {
        return false;
    }
    let cue = |w: &str| french::TITLE_CUES.contains(&w);
    if cue(&l1) {
        return true;
    }
    let linker = is_in(&TITLE_CUE_LINKS_SET, &l1);
    let l2 = last(2).unwrap_or_default();
    if linker && cue(&l2) {
        return true;
    }
    let l3 = last(3).unwrap_or_default();
    linker && cue(&format!("{l3} {l2}")) || cue(&format!("{l2} {l1}"))
}

/// `pre` ends with a definite article or possessive that no reporting
/// verb governs: "le « maillon faible »", "ses « recommandations »".
fn follows_article(pre: &str) -> bool {
    let toks = tokens(pre);
    let n = toks.len();
    let Some(last) = n.checked_sub(1).and_then(|i| toks.get(i)) else {
        return false;
    };
    if !adjacent(pre, last.end, pre.len()) && !last.text.ends_with('’') {
        return false;
    }
    let l = lower(last.text);
    if is_in(&POSSESSIVES_SET, &l) {
        return true;
    }
    if !is_in(&DEFINITE_ARTICLES_SET, &l) {
        return false;
    }
    let Some(prev) = n.checked_sub(2).and_then(|i| toks.get(i)) else {
        return true;
    };
    verb_at(tail_from(pre, prev.start)).is_none()
}

/// An incise or dash follows the closing mark.
fn has_incise(post: &str) -> bool {
    let t = trim(post);
    t.starts_with(',') && verb_at(trim(t.trim_start_matches(','))).is_some()
        || t.starts_with(['–', '—'])
}

/// A short capitalised fragment inside running text with no sentence
/// punctuation: a title or a name («La lettre éco», «Université PSL»).
fn is_title_like(text: &str, pre: &str, raw: &Raw) -> bool {
    if matches!(raw.mark, Mark::Block) || raw.end_g > raw.start_g {
        return false;
    }
    let pre_t = trim(pre);
    let in_running_text =
        !pre_t.is_empty() && !pre_t.ends_with([':', '.', '!', '?']);
    let statement = text.ends_with(|c: char| is_sentence_end(c))
        || text.contains(['.', '!', '?']);
    let short = word_count(text) <= TITLE_WORDS;
    (in_running_text && !statement)
        || (short && !statement && pre_t.is_empty() && word_count(text) <= 3)
}

// ---------------------------------------------------------------------
// Propagation inside a paragraph
// ---------------------------------------------------------------------

/// A quote's paragraph, speaker and role, lent to its neighbours.
type Donor = Option<(usize, Option<String>, Option<String>)>;

/// A quote with no attribution takes the speaker of the quote before it
/// in the same paragraph, or else of the next one there.
fn propagate(found: &mut [Found]) {
    let donor = |f: &Found| (f.start_g, f.speaker.clone(), f.role.clone());
    let mut next: Vec<Donor> = vec![None; found.len()];
    let mut later = None;
    for (i, f) in found.iter().enumerate().rev() {
        if let Some(slot) = next.get_mut(i) {
            *slot = later.clone();
        }
        if f.speaker.is_some() {
            later = Some(donor(f));
        }
    }
    let mut earlier: Donor = None;
    for (f, after) in found.iter_mut().zip(next) {
        if !f.attributed && f.speaker.is_none() {
            let same =
                |d: &Option<(usize, Option<String>, Option<String>)>| {
                    d.clone().filter(|d| d.0 == f.start_g)
                };
            if let Some((_, speaker, role)) =
                same(&earlier).or_else(|| same(&after))
            {
                f.speaker = speaker;
                f.role = role;
            }
        }
        if f.speaker.is_some() {
            earlier = Some(donor(f));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quotes of an article given as sections of paragraphs.
    fn quotes_of(sections: &[&[&str]]) -> Vec<Quote> {
        let secs: Vec<Section> = sections
            .iter()
            .map(|ps| Section {
                heading: None,
                level: None,
                paragraphs: ps.iter().map(|p| p.to_string()).collect(),
            })
            .collect();
        let info: Vec<Vec<ParagraphInfo>> = secs
            .iter()
            .map(|s| vec![ParagraphInfo::default(); s.paragraphs.len()])
            .collect();
        find(&secs, &info)
    }

    fn one(paragraphs: &[&str]) -> Vec<Quote> {
        quotes_of(&[paragraphs])
    }

    /// (text, speaker, kind) of every quote, for compact assertions.
    fn tsk(qs: &[Quote]) -> Vec<(String, Option<String>, QuoteKind)> {
        qs.iter()
            .map(|q| (q.text.clone(), q.speaker.clone(), q.kind))
            .collect()
    }

    fn t(
        text: &str,
        speaker: Option<&str>,
        kind: QuoteKind,
    ) -> (String, Option<String>, QuoteKind) {
        (text.to_string(), speaker.map(String::from), kind)
    }

    use QuoteKind::{Direct, Partial};

    // ---- delimiters ----------------------------------------------------

    #[test]
    fn find_reads_guillemets_with_nbsp() {
        let q = one(&[
            "«\u{a0}Nous ne céderons pas\u{a0}», a déclaré Marie Dupont.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("Nous ne céderons pas", Some("Marie Dupont"), Direct)]
        );
        assert_eq!(q[0].verb.as_deref(), Some("a déclaré"));
    }

    #[test]
    fn find_reads_guillemets_without_space() {
        let q = one(&["«Nous ne céderons pas», a déclaré Marie Dupont."]);
        assert_eq!(
            tsk(&q),
            vec![t("Nous ne céderons pas", Some("Marie Dupont"), Direct)]
        );
    }

    #[test]
    fn find_reads_guillemets_with_nnbsp_and_space() {
        let q = one(&[
            "«\u{202f}Le budget sera tenu\u{202f}», assure Paul Martin. « Rien ne change », ajoute-t-il.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![
                t("Le budget sera tenu", Some("Paul Martin"), Direct),
                t("Rien ne change", Some("Paul Martin"), Direct),
            ]
        );
        assert_eq!(q[1].verb.as_deref(), Some("ajoute-t-il"));
    }

    #[test]
    fn find_reads_curly_quotes_as_main_marks() {
        let q = one(&[
            "“La situation est grave”, a prévenu le préfet Jean Morel.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("La situation est grave", Some("Jean Morel"), Direct)]
        );
        assert_eq!(q[0].speaker_role.as_deref(), Some("préfet"));
    }

    #[test]
    fn find_reads_straight_quotes_with_incise() {
        let q = one(&[
            "\"On va gagner ce match\", a lancé l'entraîneur Didier Roux.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("On va gagner ce match", Some("Didier Roux"), Direct)]
        );
    }

    #[test]
    fn find_keeps_nested_quotes_in_text() {
        let q = one(&[
            "« Il faut éviter un “Brexit sans accord” à tout prix », prévient Valdis Dombrovskis.",
        ]);
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].text,
            "Il faut éviter un “Brexit sans accord” à tout prix"
        );
    }

    #[test]
    fn find_reads_blockquote_paragraph() {
        let secs = vec![Section {
            heading: None,
            level: None,
            paragraphs: vec![
                "La ministre Agnès Roy a publié un message :".to_string(),
                "Nous serons au rendez-vous de la reconstruction.".to_string(),
            ],
        }];
        let info = vec![vec![
            ParagraphInfo::default(),
            ParagraphInfo { in_blockquote: true, inline_quotes: vec![] },
        ]];
        let q = find(&secs, &info);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Nous serons au rendez-vous de la reconstruction.",
                Some("Agnès Roy"),
                Direct
            )]
        );
        assert_eq!(q[0].paragraph, 1);
    }

    #[test]
    fn find_reads_q_element() {
        let text = "Le maire Henri Blanc a répondu qu’il restait prudent sur ce dossier.";
        let start = text.find("qu’il").unwrap() + "qu’".len();
        let end = text.find(" sur").unwrap();
        let secs = vec![Section {
            heading: None,
            level: None,
            paragraphs: vec![text.to_string()],
        }];
        let info = vec![vec![ParagraphInfo {
            in_blockquote: false,
            inline_quotes: vec![Span { start, end }],
        }]];
        let q = find(&secs, &info);
        assert_eq!(
            tsk(&q),
            vec![t("il restait prudent", Some("Henri Blanc"), Partial)]
        );
    }

    #[test]
    fn find_joins_multi_paragraph_quote_reopened_with_guillemets() {
        let q = one(&[
            "Sophie Laurent, infirmière à Lyon, raconte sa nuit.",
            "« On a reçu vingt blessés en une heure.",
            "« Personne n’était préparé à ça.",
            "« Il a fallu tenir jusqu’au matin. »",
            "Le calme est revenu à l’aube.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "On a reçu vingt blessés en une heure. Personne n’était préparé à ça. Il a fallu tenir jusqu’au matin.",
                Some("Sophie Laurent"),
                Direct
            )]
        );
        assert_eq!(q[0].paragraph, 1);
    }

    #[test]
    fn find_joins_continuation_opened_with_closing_mark() {
        let q = one(&[
            "« Le pire, c’est l’attente, confie Karim Saïdi.",
            "» On ne sait jamais quand les secours arrivent. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Le pire, c’est l’attente. On ne sait jamais quand les secours arrivent.",
                Some("Karim Saïdi"),
                Direct
            )]
        );
    }

    #[test]
    fn find_joins_continuation_closed_without_reopening() {
        let q = one(&[
            "Le juge Paul Garnier a tranché : « La procédure est régulière.",
            "Le prévenu restera détenu. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "La procédure est régulière. Le prévenu restera détenu.",
                Some("Paul Garnier"),
                Direct
            )]
        );
    }

    #[test]
    fn find_caps_unclosed_quote_at_paragraph_end() {
        let q = one(&[
            "Antoine Morel, chercheur, s’alarme : « Les crédits baissent encore.",
            "Le ministère n’a pas répondu. Il promet « un effort sans précédent » pour 2025, a-t-il indiqué.",
        ]);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].text, "Les crédits baissent encore.");
        assert_eq!(q[0].speaker.as_deref(), Some("Antoine Morel"));
        assert_eq!(q[1].text, "un effort sans précédent");
    }

    // ---- incises -------------------------------------------------------

    #[test]
    fn find_cuts_inner_incise_between_commas() {
        let q = one(&[
            "La députée Claire Fontaine ne désarme pas. « Nous tiendrons, prévient-elle, jusqu’au bout. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Nous tiendrons jusqu’au bout.",
                Some("Claire Fontaine"),
                Direct
            )]
        );
        assert_eq!(q[0].verb.as_deref(), Some("prévient-elle"));
    }

    #[test]
    fn find_cuts_inner_incise_ending_with_full_stop() {
        let q = one(&[
            "Léa Martin, étudiante, ne décolère pas. « C’est la fin de l’université, soupire-t-elle. Tout devient difficile. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "C’est la fin de l’université. Tout devient difficile.",
                Some("Léa Martin"),
                Direct
            )]
        );
    }

    #[test]
    fn find_cuts_inner_incise_with_named_subject() {
        let q = one(&[
            "« Ce texte, explique Marc Petit, protège les locataires. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Ce texte protège les locataires.",
                Some("Marc Petit"),
                Direct
            )]
        );
    }

    #[test]
    fn find_reads_inverted_compound_incise() {
        let q = one(&[
            "Le président Emmanuel Macron était à Berlin. « L’Europe doit se réveiller », a-t-il déclaré.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "L’Europe doit se réveiller",
                Some("Emmanuel Macron"),
                Direct
            )]
        );
        assert_eq!(q[0].verb.as_deref(), Some("a-t-il déclaré"));
    }

    #[test]
    fn find_reads_named_incise_with_apposition_role() {
        let q = one(&[
            "« Les travaux dureront deux ans », explique Marie Dupont, porte-parole de la mairie.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Les travaux dureront deux ans",
                Some("Marie Dupont"),
                Direct
            )]
        );
        assert_eq!(
            q[0].speaker_role.as_deref(),
            Some("porte-parole de la mairie")
        );
        assert_eq!(q[0].verb.as_deref(), Some("explique"));
    }

    #[test]
    fn find_resolves_role_noun_to_named_person() {
        let q = one(&[
            "La ministre de la Culture, Rima Abdul-Malak, a visité le chantier.",
            "« C’est un chantier exemplaire », estime la ministre.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "C’est un chantier exemplaire",
                Some("Rima Abdul-Malak"),
                Direct
            )]
        );
    }

    #[test]
    fn find_reads_poursuit_il() {
        let q = one(&[
            "Jean Valette, agriculteur, montre ses champs. « Rien n’a poussé cette année », poursuit-il.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Rien n’a poussé cette année",
                Some("Jean Valette"),
                Direct
            )]
        );
    }

    #[test]
    fn find_skips_complement_before_subject() {
        let q = one(&[
            "« Trump ne va pas faire ça », anticipe à Pékin Andy Rothman, un ancien diplomate.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("Trump ne va pas faire ça", Some("Andy Rothman"), Direct)]
        );
    }

    #[test]
    fn find_reads_locution_verb_and_role_after_subject() {
        let q = one(&[
            "Sebastian Kurz, le chancelier autrichien, s’est exprimé lundi.",
            "Ces sanctions « empêcheront l’Italie de finir comme la Grèce », a fait valoir le chancelier au quotidien italien.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "empêcheront l’Italie de finir comme la Grèce",
                Some("Sebastian Kurz"),
                Partial
            )]
        );
        assert_eq!(q[0].verb.as_deref(), Some("a fait valoir"));
    }

    #[test]
    fn find_reads_reflexive_incise() {
        let q = one(&[
            "Le juge Denis Weisbuch interroge le prévenu. « Vous deviez savoir », s’est-il étonné.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("Vous deviez savoir", Some("Denis Weisbuch"), Direct)]
        );
        assert_eq!(q[0].verb.as_deref(), Some("s’est-il étonné"));
    }

    // ---- before the quote ------------------------------------------------

    #[test]
    fn find_reads_colon_introduction() {
        let q = one(&[
            "Le ministre de l’Intérieur, Gérald Darmanin, a prévenu : « Aucune violence ne sera tolérée. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Aucune violence ne sera tolérée.",
                Some("Gérald Darmanin"),
                Direct
            )]
        );
        assert_eq!(q[0].verb.as_deref(), Some("a prévenu"));
    }

    #[test]
    fn find_reads_colon_introduction_from_previous_paragraph() {
        let q = one(&[
            "Dans un communiqué, la maire Anne Hidalgo a réagi :",
            "« Paris ne se laissera pas intimider. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "Paris ne se laissera pas intimider.",
                Some("Anne Hidalgo"),
                Direct
            )]
        );
    }

    #[test]
    fn find_reads_dash_attribution() {
        let q = one(&[
            "« La paix doit être juste et durable. » – Josep Borrell, chef de la diplomatie de l’UE.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "La paix doit être juste et durable.",
                Some("Josep Borrell"),
                Direct
            )]
        );
        assert_eq!(
            q[0].speaker_role.as_deref(),
            Some("chef de la diplomatie de l’UE")
        );
    }

    #[test]
    fn find_reads_selon_before_quote() {
        let q = one(&[
            "Selon Marc Lenoir, « la saison est perdue pour les vignerons ».",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "la saison est perdue pour les vignerons",
                Some("Marc Lenoir"),
                Direct
            )]
        );
    }

    #[test]
    fn find_reads_selon_after_quote() {
        let q = one(&[
            "Le Kremlin a réagi. Les frappes visaient « des cibles militaires », selon le ministère russe de la Défense.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "des cibles militaires",
                Some("ministère russe de la Défense"),
                Partial
            )]
        );
    }

    #[test]
    fn find_reads_d_apres_and_selon_pronoun() {
        let q = one(&[
            "Julie Caron dirige l’école depuis 2015. Le projet est « une chance pour le quartier », selon elle.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "une chance pour le quartier",
                Some("Julie Caron"),
                Partial
            )]
        );
    }

    #[test]
    fn find_reads_pour_framing_as_direct() {
        let q = one(&[
            "Pour Nadia Benali, avocate de la famille, « c’est une décision historique ».",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "c’est une décision historique",
                Some("Nadia Benali"),
                Direct
            )]
        );
    }

    #[test]
    fn find_reads_verb_before_quote_with_que() {
        let q = one(&[
            "Donald Trump a souvent affirmé qu’il pourrait mettre fin au conflit « en un jour », sans préciser comment.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("en un jour", Some("Donald Trump"), Partial)]
        );
        assert_eq!(q[0].verb.as_deref(), Some("a souvent affirmé"));
    }

    #[test]
    fn find_reads_verb_without_colon() {
        let q = one(&[
            "Charlotte Houpline, fondatrice de l’association, affirme « C’est une bonne décision ! »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t(
                "C’est une bonne décision !",
                Some("Charlotte Houpline"),
                Direct
            )]
        );
    }

    #[test]
    fn find_keeps_two_word_partial_with_speaker() {
        let q = one(&[
            "Christine Lagarde, directrice du FMI, a jugé « impératif » que les tensions s’apaisent.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("impératif", Some("Christine Lagarde"), Partial)]
        );
    }

    // ---- speakers ----------------------------------------------------------

    #[test]
    fn find_uses_fullest_name() {
        let q = one(&[
            "Le porte-parole Dmitri Peskov a parlé mardi.",
            "« Nous attendons des actes », a ajouté Peskov.",
        ]);
        assert_eq!(q[0].speaker.as_deref(), Some("Dmitri Peskov"));
    }

    #[test]
    fn find_drops_honorific_and_finds_full_name() {
        let q = one(&[
            "Éric Alan Caldwell préside la commission.",
            "« Notre règlement n’a pas été respecté », a dit M. Caldwell.",
        ]);
        assert_eq!(q[0].speaker.as_deref(), Some("Éric Alan Caldwell"));
    }

    #[test]
    fn find_leaves_pronoun_without_antecedent_null() {
        let q = one(&["« Nous ne partirons pas », a-t-il martelé."]);
        assert_eq!(tsk(&q), vec![t("Nous ne partirons pas", None, Direct)]);
    }

    #[test]
    fn find_resolves_elle_past_a_later_man() {
        let q = one(&[
            "L’avocate Sarah Klein plaide devant le juge Marc Blanc. « Mon client est innocent », affirme-t-elle.",
        ]);
        assert_eq!(q[0].speaker.as_deref(), Some("Sarah Klein"));
    }

    #[test]
    fn find_reads_body_as_speaker() {
        let q = one(&[
            "« Trente drones ont été abattus dans la nuit », a indiqué le ministère russe de la Défense.",
        ]);
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("ministère russe de la Défense")
        );
        let q = one(&["« Aucun accord n’est en vue », a affirmé le Kremlin."]);
        assert_eq!(q[0].speaker.as_deref(), Some("Kremlin"));
    }

    #[test]
    fn find_gives_null_for_on_and_vague_sources() {
        let q =
            one(&["« Le dossier est bouclé », ajoute-t-on de même source."]);
        assert_eq!(tsk(&q), vec![t("Le dossier est bouclé", None, Direct)]);
        let q = one(&[
            "« Il ne se représentera pas », confie un proche du ministre.",
        ]);
        assert_eq!(
            tsk(&q),
            vec![t("Il ne se représentera pas", None, Direct)]
        );
    }

    #[test]
    fn find_resolves_role_synonym() {
        let q = one(&[
            "Le président du tribunal, Denis Weisbuch, ouvre l’audience.",
            "« Vous ne pouviez pas l’ignorer », s’étonne le magistrat.",
        ]);
        assert_eq!(q[0].speaker.as_deref(), Some("Denis Weisbuch"));
    }

    #[test]
    fn find_propagates_speaker_inside_paragraph() {
        let q = one(&[
            "« Le plan est prêt », a dit Léon Carré. « Il sera présenté lundi. »",
        ]);
        assert_eq!(
            tsk(&q),
            vec![
                t("Le plan est prêt", Some("Léon Carré"), Direct),
                t("Il sera présenté lundi.", Some("Léon Carré"), Direct),
            ]
        );
    }

    #[test]
    fn find_gives_standalone_quote_to_person_of_previous_paragraph() {
        let q = one(&[
            "Zakaria Shehab, 37 ans, enseigne le français à Gaza.",
            "« Le pire, c’est la nuit. On ne dort plus. »",
        ]);
        assert_eq!(q[0].speaker.as_deref(), Some("Zakaria Shehab"));
    }

    // ---- kind ----------------------------------------------------------------

    #[test]
    fn find_marks_woven_fragment_partial() {
        let q = one(&[
            "Le Premier ministre a dénoncé des « attaques inacceptables » contre les élus, a rapporté Le Monde.",
        ]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, Partial);
    }

    // ---- not quotes ----------------------------------------------------------

    #[test]
    fn find_skips_titles_of_works() {
        let q = one(&[
            "Le film « Les Misérables » a reçu le prix du jury, et le livre « La Peste » reste un succès.",
        ]);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn find_skips_scare_quotes_without_speaker() {
        let q = one(&[
            "L’Italie reste le « maillon faible » de la zone euro, selon les chiffres.",
        ]);
        assert!(q.is_empty(), "{q:?}");
        let q =
            one(&["Le quartier, surnommé « le Bronx », a changé de visage."]);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn find_skips_charges_and_their_list() {
        let q = one(&[
            "Il était poursuivi pour « apologie publique d’un acte de terrorisme », et pour « provocation publique à la haine ».",
        ]);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn find_skips_quotes_in_parentheses_and_names() {
        let q = one(&[
            "Des ateliers («\u{a0}Comment tenir une AG\u{a0}?\u{a0}», «\u{a0}Rédiger un tract\u{a0}») sont proposés à l’« Université PSL ».",
        ]);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn tweet_prefilter_agrees_with_the_regex() {
        for text in [
            "Voir pic.twitter.com/abc",
            "sur WWW.example.fr",
            "https://t.co/x",
            "écrit (@jdupont) hier",
            "un mail à @x",
            "rien de tout cela. Fin.",
            "le site www",
            "Twitter.Com",
            "",
        ] {
            assert_eq!(
                has_tweet_or_link(text),
                TWEET_OR_LINK.is_match(text),
                "{text}"
            );
        }
    }

    #[test]
    fn find_skips_tweets_and_links() {
        let q = one(&[
            "« Victoire écrasante ce soir » pic.twitter.com/abc — Club (@club) 20 octobre 2017",
        ]);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn find_skips_unmatched_arrow_mark() {
        let q = one(&["Toute l’actualité » Politique"]);
        assert!(q.is_empty());
    }

    // ---- verb forms ------------------------------------------------------------

    #[test]
    fn er_forms_change_stems() {
        assert!(er_forms("répéter").finite.contains(&"répète".to_string()));
        assert!(er_forms("marteler").finite.contains(&"martèle".to_string()));
        assert!(er_forms("appeler").finite.contains(&"appelle".to_string()));
        assert!(er_forms("appuyer").finite.contains(&"appuie".to_string()));
        assert!(
            er_forms("annoncer").finite.contains(&"annonçait".to_string())
        );
        assert_eq!(er_forms("juger").gerund, "jugeant");
        assert!(
            er_forms("commenter").finite.contains(&"commente".to_string())
        );
    }

    #[test]
    fn verb_at_reads_every_shape() {
        for (s, pron) in [
            ("a déclaré le ministre", None),
            ("a-t-il déclaré.", Some(Pron::Il)),
            ("déclare-t-elle", Some(Pron::Elle)),
            ("ont-ils affirmé", Some(Pron::Plural)),
            ("s’est-elle félicitée", Some(Pron::Elle)),
            ("nous a-t-il confié", Some(Pron::Il)),
            ("a-t-il aussi fait savoir", Some(Pron::Il)),
            ("fait-il valoir", Some(Pron::Il)),
            ("prévient-il", Some(Pron::Il)),
            ("avait-il asséné", Some(Pron::Il)),
            ("disait-elle", Some(Pron::Elle)),
            ("ajoutera-t-il", Some(Pron::Il)),
            ("répondit-il", Some(Pron::Il)),
            ("a elle aussi jugé", None),
            ("met en garde", None),
            ("notant", None),
        ] {
            let hit = verb_at(s);
            assert!(hit.is_some(), "{s}");
            assert_eq!(hit.map(|h| h.pronoun), Some(pron), "{s}");
        }
    }

    #[test]
    fn verb_at_refuses_questions_and_non_speech() {
        for s in [
            "faut-il",
            "peut-il",
            "a-t-il été",
            "fait-il beau",
            "étonne",
            "est dit",
        ] {
            assert!(verb_at(s).is_none(), "{s}");
        }
    }

    #[test]
    fn sentence_starts_skip_honorifics_and_initials() {
        let s = "Il a parlé à M. Caldwell hier. Yassin E. a répondu.";
        assert_eq!(sentence_starts(s), vec![0, s.find("Yassin").unwrap()]);
    }

    #[test]
    fn quote_tables_are_lower_case_with_typographic_apostrophe() {
        let tables: &[&[&str]] = &[
            french::REPORTING_VERBS_ER,
            french::INCISE_VERBS_ER,
            french::REPORTING_VERBS_IR,
            french::PRONOMINAL_ONLY_VERBS,
            french::SPEECH_AUXILIARIES,
            french::INCISE_ADVERBS,
            french::FRAMING_WORDS,
            french::SPEAKING_BODIES,
            french::TITLE_CUES,
            french::NAME_STOPWORDS,
            french::ANAPHORS,
            french::VAGUE_SPEAKERS,
        ];
        for table in tables {
            assert!(!table.is_empty());
            for e in *table {
                assert_eq!(*e, e.to_lowercase(), "{e}");
                assert!(!e.contains('\''), "{e}");
            }
        }
        assert!(french::REPORTING_VERBS_ER.iter().all(|v| v.ends_with("er")));
        assert!(french::REPORTING_VERBS_IR.iter().all(|v| v.ends_with("ir")));
    }

    #[test]
    fn has_inner_sentence_needs_a_new_capitalised_sentence() {
        assert!(has_inner_sentence(
            "l’avocat a défendu l’Etat. Cela a permis une peine maximale"
        ));
        assert!(!has_inner_sentence("aveugles et injustes"));
        assert!(!has_inner_sentence("une hausse de 3.5 % en un an."));
    }

    #[test]
    fn find_woven_quote_of_two_sentences_is_direct() {
        let q = one(&[
            "Barrêt Koivogui, chef d’antenne, déclare « l’avocat a bien \
             travaillé. Cela a permis d’obtenir la peine maximale ».",
        ]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, Direct);
        assert_eq!(q[0].speaker.as_deref(), Some("Barrêt Koivogui"));
    }
}
