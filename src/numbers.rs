//! French number finder for `facts[].numbers` (SPEC "facts", FRENCH.md §6).
//!
//! Input: one plain-text string (a fact). Output: every number in it, in
//! reading order, as [`Number`] `{ raw, value, unit }`. Pure and
//! infallible: no DOM, no I/O, no panics on any input, linear time (each
//! regex is compiled once; tails are anchored searches right after a
//! number, and candidate lists are merged, never sorted or rescanned).
//!
//! What counts as a number (decisions):
//! - **Digits, always.** Grouping by SP, NBSP, NNBSP, THIN or FIGURE SPACE
//!   between 3-digit groups after a 1–3 digit head without a leading zero
//!   (`1 200`, `300 000 000`); by `.` (`22.000`, `300.000.000`, with a
//!   decimal comma `7.612,52`); by `’`/`'` (`1’000`). A 4-digit run is
//!   never a head, so `en 2019 3 200 personnes` gives 2019 and 3200. A
//!   decimal comma (`1,5`) or point (`12.5`, `0.125`; a single `.` before
//!   exactly 3 digits is grouping, as in French) is understood.
//! - **Skipped on purpose**: compact dates and references (`12.12.2019`,
//!   `10.12.19`, `10/11/2024`, `IP/00/1068`, `2024-11-10`: anything with
//!   `/`, or `.` parts that are not thousands groups), comma chains
//!   (`1,000,000`), identifiers where digits touch a letter (`A320`, `G7`,
//!   `4G`, `H5N1`) or follow `Word-` (`Covid-19`, `F-16`; but `mi-2025`,
//!   see `NUMBER_HYPHEN_PREFIXES`), and values that overflow `f64`.
//! - **Sign** `+`, `-`, U+2212 only when glued to the digits (or through
//!   NBSP/NNBSP/THIN) and not glued to a preceding word or number: `-2 %`
//!   is −2, `10-12` and `- 12` are not signed.
//! - **Ordinals** `1er`, `1re`, `3e`, `3ème`, `2è`, `2nd`, `3 e` (split
//!   `<sup>`), and roman `XIXe`, `Ve`, `Ier`: value = rank, unit `None`,
//!   raw with the suffix. Bare roman numerals (`Louis XIV`) are not taken.
//! - **Times** `8h30`, `12 h 30` → value in hours (8.5, 12.5), unit `"h"`,
//!   raw up to the minutes (`1h30min` too); `18h` is 18 with unit `"h"`
//!   and raw `18`, like any number followed by a unit.
//! - **Ranges** (`10-12`, `10–12`, `1996-2004`, scores `2-1`) give each
//!   number. A plain number takes the unit of the next one across a range
//!   of `NUMBER_RANGE_CONNECTORS` (`3-5 ans`, `de 10 à 12 %`,
//!   `entre 3 et 5 %`; not `le 10 avril 2022 à 20h`). Multipliers are not
//!   shared: `de 2 à 3 millions` gives 2 and 3000000.
//! - **Phone numbers and postal codes** are read as the numbers they look
//!   like (`06 12 34 56 78` → 6, 12, 34, 56, 78); no attempt to spot them.
//! - **Multipliers** `million(s)`, `milliard(s)`, `millier(s)`, `mille`,
//!   `billion(s)` (10^12), `Md`/`Mds`/`Mrd`/`bn` (10^9), and `M€`, `k€`,
//!   `Md$` (letter glued to a currency): raw includes the multiplier
//!   (`1,5 million`); value is exact (`1,5 million` → 1500000.0); a unit may
//!   follow directly or through `de`/`d’` (`2 milliards d’euros` → `€`).
//! - **Number words**: cardinals and their compounds (`trois`,
//!   `vingt et un`, `quatre-vingt-dix`, `deux cent mille`, BE/CH
//!   `septante`). `un`, `une` and `neuf` alone are an article / "new", so
//!   they count only inside a compound or before a multiplier
//!   (`un million`); a word right after digits is a month abbreviation or
//!   noise (`6 sept.`) and is skipped. Ordinal words (`deuxième`) and
//!   fractions (`la moitié`, `trois quarts`) are out of scope.
//! - **Approximations** `une dizaine` … `une centaine` give the nominal
//!   value (`une vingtaine` → 20, raw `une vingtaine`, unit through
//!   `de`: `une centaine de kilomètres` → `km`). Plurals without a count
//!   (`des milliers`, `plusieurs dizaines`) have no value and are skipped.
//!
//! Units come out in a normal form (tables `UNIT_SYMBOLS`, `UNIT_WORDS`,
//! `CURRENCY_SYMBOLS`): the symbol where one exists (`%`, `€`, `$`, `£`,
//! `¥`, `km`, `km/h`, `m`, `m²`, `kg`, `t`, `ha`, `°C`, `h`, `min`, `s`,
//! `MW`, `Go`), an ISO or usual code for other currencies (`CHF`, `CNY`,
//! `RUB`, `UAH`, `GNF`, `FCFA`, `DT`), otherwise the French plural noun
//! (`ans`, `jours`, `semaines`, `mois`, `points`, `nœuds`, `francs`,
//! `dinars`). Units are a closed list: a counted noun (`34 drones`,
//! `57 morts`, `3 200 personnes`) leaves `unit` at `None`. A currency
//! symbol glued before the number is its unit too (`€12`, `$5`).
//!
//! Must not: touch the DOM or hold French words (they live in
//! `crate::french`; only unit symbols `h`/`min` in `TIME_TAIL` and roman
//! digits are written here).

use std::iter::Peekable;
use std::sync::LazyLock;

use regex::{Captures, Match, Regex};

use crate::french::{
    AMBIGUOUS_NUMBER_WORDS, APPROXIMATE_DETERMINERS, APPROXIMATE_NUMBERS,
    CURRENCY_MULTIPLIER_PREFIXES, CURRENCY_SYMBOLS, NUMBER_HYPHEN_PREFIXES,
    NUMBER_MULTIPLIER_ABBREVIATIONS, NUMBER_MULTIPLIERS,
    NUMBER_RANGE_CONNECTORS, NUMBER_WORD_JOINERS, NUMBER_WORDS,
    ORDINAL_SUFFIXES, ROMAN_ORDINAL_SUFFIXES, UNIT_LINKS, UNIT_SYMBOLS,
    UNIT_WORDS,
};
use crate::metadata::gate::WordGate;
use crate::model::Number;

/// Spaces that group digits or stand between a number and its unit:
/// SP, NBSP, THIN, NNBSP, FIGURE SPACE (FRENCH.md §6.1).
const GROUP_SEPARATORS: [char; 5] =
    [' ', '\u{A0}', '\u{2009}', '\u{202F}', '\u{2007}'];

/// Regex class of `GROUP_SEPARATORS`; keep the two in step.
const SEP: &str = r"[ \x{A0}\x{2009}\x{202F}\x{2007}]";

/// Spaces allowed between a sign and its digits: never the ASCII space,
/// because ` - 12` is a dash (FRENCH.md §6.5).
const SIGN_SPACES: [char; 4] = ['\u{A0}', '\u{2009}', '\u{202F}', '\u{2007}'];

/// Signs glued to a number: plus, hyphen-minus, U+2212 MINUS SIGN.
const SIGNS: [char; 3] = ['+', '-', '\u{2212}'];

/// Hyphens that glue a number into a name (`Covid-19`): hyphen-minus and
/// U+2011 NON-BREAKING HYPHEN.
const HYPHENS: [char; 2] = ['-', '\u{2011}'];

/// Longest word looked at before a hyphen when deciding `mi-2025` vs
/// `Covid-19`; longer than every `NUMBER_HYPHEN_PREFIXES` entry, and it
/// bounds the backward scan so a huge word costs nothing.
const HYPHEN_PREFIX_SCAN: usize = 16;

/// Longest gap, in bytes, that can hold a range connector (` à `, ` – `).
const RANGE_GAP_MAX: usize = 12;

/// Longest roman numeral read before an ordinal suffix (`MMMDCCCLXXXVIIIe`
/// is 15 letters); bounds the match.
const ROMAN_MAX: usize = 15;

/// Digits joined by `.` `,` `’` `'` `/`, or an ISO date/time taken whole so
/// it can be skipped: "1.234,56", "22.000", "1’000", "10/11/2024",
/// "2024-11-10T08:32".
static DIGIT_CHUNK: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}(?::[0-9]{2}){1,2})?",
        r"|[0-9]+(?:[.,’'/][0-9]+)*",
    ))
});

/// Minutes of a time right after the hour digits: "h30" in "8h30",
/// " h 30" in "12 h 30", "h30min" in "1h30min" (`h`, `min`: SI symbols).
static TIME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(r"^{SEP}?h{SEP}?([0-5][0-9])(?:min)?\b"))
});

/// Ordinal suffix right after digits: "er" in "1er", "es" in "2es",
/// " e" in "3 e" (a split `<sup>`).
static ORDINAL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let suffixes = alternation(ORDINAL_SUFFIXES.iter().copied(), false);
    compile(&format!(
        r"^(?:(?:{suffixes})s?|(?P<spaced>{SEP}(?:{suffixes})))\b"
    ))
});

/// Multiplier word after a number, case-folded: " million" in
/// "1,5 million", " milliards" in "347 milliards".
static MULTIPLIER_WORD_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let words =
        alternation(NUMBER_MULTIPLIERS.iter().map(|(word, _)| *word), true);
    compile(&format!(r"^{SEP}{{0,2}}(?i:({words}))"))
});

/// Abbreviated multiplier after a number, case-sensitive: " Mds" in
/// "3 Mds", " Mrd" in "2 Mrd de francs".
static MULTIPLIER_ABBREVIATION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let abbreviations = alternation(
        NUMBER_MULTIPLIER_ABBREVIATIONS.iter().map(|(word, _)| *word),
        true,
    );
    compile(&format!(r"^{SEP}{{0,2}}({abbreviations})"))
});

/// Multiplier letter glued to a currency symbol: " M€" in "3 M€",
/// "k€" in "50k€", " Md $" in "1,2 Md $".
static CURRENCY_MULTIPLIER_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let prefixes = alternation(
        CURRENCY_MULTIPLIER_PREFIXES.iter().map(|(word, _)| *word),
        false,
    );
    let symbols = alternation(CURRENCY_SYMBOLS.iter().copied(), false);
    compile(&format!(r"^{SEP}{{0,2}}({prefixes}){SEP}?({symbols})"))
});

/// Unit right after a number (or a multiplier): " %" in "12 %", "km" in
/// "10km", " euros" in "3 euros", " pour cent" in "5 pour cent".
static UNIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let symbols = alternation(
        UNIT_SYMBOLS
            .iter()
            .map(|(written, _)| *written)
            .chain(CURRENCY_SYMBOLS.iter().copied()),
        true,
    );
    let words =
        alternation(UNIT_WORDS.iter().map(|(written, _)| *written), true);
    compile(&format!(r"^{SEP}{{0,2}}(?:{symbols}|(?i:{words}))"))
});

/// Link between a multiplier and its unit: " d’" in "millions d’euros",
/// " de " in "millions de tonnes".
static UNIT_LINK_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let links = UNIT_LINKS
        .iter()
        .map(|link| {
            let escaped = regex::escape(link);
            if link.chars().last().is_some_and(is_word_char) {
                format!(r"{escaped}{SEP}{{1,2}}")
            } else {
                escaped
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    compile(&format!(r"^{SEP}{{1,2}}(?i:{links})"))
});

/// Roman numeral with an ordinal suffix: "XIXe", "Ve", "Ier", "XXIèmes".
static ROMAN_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    let suffixes = alternation(ROMAN_ORDINAL_SUFFIXES.iter().copied(), false);
    compile(&format!(r"\b([IVXLCDM]{{1,{ROMAN_MAX}}})(?:{suffixes})s?\b"))
});

/// A run of number words, joined by spaces, hyphens or `et`:
/// "vingt et un", "quatre-vingt-dix", "deux cent mille", "trois".
static NUMBER_WORD_RUN: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(NUMBER_WORDS.iter().map(|(word, _)| *word), true);
    let joiners = alternation(NUMBER_WORD_JOINERS.iter().copied(), true);
    let hyphen = r"[-\x{2011}]";
    let spaces = format!("{SEP}{{1,2}}");
    let gap = format!(
        "{hyphen}|{spaces}|{spaces}(?:{joiners}){spaces}\
         |{hyphen}(?:{joiners}){hyphen}"
    );
    compile(&format!(r"(?i)\b(?:{words})(?:(?:{gap})(?:{words}))*"))
});

/// One number word inside a run: "vingt" in "vingt et un".
static NUMBER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(NUMBER_WORDS.iter().map(|(word, _)| *word), true);
    compile(&format!(r"(?i)\b(?:{words})"))
});

/// Approximation with its determiner: "une vingtaine", "Une centaine".
static APPROXIMATION: LazyLock<Regex> = LazyLock::new(|| {
    let determiners =
        alternation(APPROXIMATE_DETERMINERS.iter().copied(), true);
    let words =
        alternation(APPROXIMATE_NUMBERS.iter().map(|(word, _)| *word), true);
    compile(&format!(r"(?i)\b(?:{determiners}){SEP}{{1,2}}({words})"))
});

/// The words of `APPROXIMATION`: most sentences hold none, and the
/// Unicode-aware pattern would otherwise scan each one whole.
static APPROXIMATION_GATE: LazyLock<WordGate> = LazyLock::new(|| {
    WordGate::new(APPROXIMATE_NUMBERS.iter().map(|(word, _)| *word))
});

/// Every number in `text`, in reading order (see the module doc for what
/// counts). Facts call this to fill `facts[].numbers`.
pub fn find_numbers(text: &str) -> Vec<Number> {
    let mut found = merge_in_order([
        find_digit_numbers(text),
        find_roman_ordinals(text),
        find_word_numbers(text),
        find_approximations(text),
    ]);
    share_range_units(text, &mut found);
    found.into_iter().map(|item| item.number).collect()
}

/// What a found number is, for deciding whether a range may share a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A quantity without multiplier (`12`, `12 %`, `trois`).
    Plain,
    /// A quantity with a multiplier (`1,5 million`).
    Scaled,
    /// A rank (`3e`, `XIXe`).
    Ordinal,
    /// A time with minutes (`8h30`).
    Time,
    /// A nominal value (`une vingtaine`).
    Approximate,
}

/// A number with its byte span in the text (span includes the unit).
#[derive(Debug)]
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
    number: Number,
}

/// The digits of a literal: integer digits without separators and the
/// decimal digits, both ASCII.
#[derive(Debug)]
struct Literal {
    int: String,
    frac: Option<String>,
}

/// What follows a number: power of ten, end of the raw text (multiplier
/// included), end of everything consumed (unit included), unit.
#[derive(Debug, Clone, Copy)]
struct Tail {
    exponent: i32,
    raw_end: usize,
    end: usize,
    unit: Option<&'static str>,
}

/// Digit numbers: chunks, space grouping, sign, then what follows.
fn find_digit_numbers(text: &str) -> Vec<Found> {
    let chunks: Vec<Match> = DIGIT_CHUNK.find_iter(text).collect();
    let mut found: Vec<Found> = Vec::new();
    let mut consumed = 0;
    let mut index = 0;
    while let Some(chunk) = chunks.get(index) {
        index += 1;
        if chunk.start() < consumed {
            continue;
        }
        let last_end = found.last().map(|item| item.end);
        let Some(mut literal) = parse_chunk(chunk.as_str()) else {
            continue;
        };
        if is_glued_to_word(text, chunk.start(), last_end) {
            continue;
        }
        let mut end = chunk.end();
        if is_group_head(chunk.as_str()) {
            while let Some(next) = chunks.get(index) {
                if !is_single_separator(text.get(end..next.start())) {
                    break;
                }
                let Some((group, frac)) = parse_group(next.as_str()) else {
                    break;
                };
                literal.int.push_str(group);
                index += 1;
                end = next.end();
                if let Some(frac) = frac {
                    literal.frac = Some(frac.to_string());
                    break;
                }
            }
        }
        let start = signed_start(text, chunk.start(), last_end);
        let negative = text
            .get(start..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c == '-' || c == '\u{2212}');
        if let Some(item) =
            read_digit_number(text, start, end, &literal, negative)
        {
            consumed = item.end;
            found.push(item);
        }
    }
    found
}

/// Builds the number for a digit literal spanning `start..end` (sign
/// included) from what follows it: time, ordinal, multiplier, unit.
/// `None` when the digits run into letters (an identifier) or overflow.
fn read_digit_number(
    text: &str,
    start: usize,
    end: usize,
    literal: &Literal,
    negative: bool,
) -> Option<Found> {
    let rest = text.get(end..).unwrap_or("");
    let signed = start != end && has_sign_at(text, start);
    let integer = literal.frac.is_none() && !signed;
    if integer && let Some(time) = TIME_TAIL.captures(rest) {
        let hours: f64 = literal.int.parse().ok()?;
        let minutes: f64 = capture(&time, 1)?.parse().ok()?;
        let whole = time.get(0)?;
        let value = hours + minutes / 60.0;
        return value.is_finite().then(|| {
            found(text, start, end + whole.end(), end + whole.end(), value)
                .with(Kind::Time, Some("h"))
        });
    }
    if integer && let Some(ordinal) = ORDINAL_TAIL.captures(rest) {
        let whole = ordinal.get(0)?;
        let stop = end + whole.end();
        let spaced = ordinal.name("spaced").is_some();
        if !spaced || !next_char(text, stop).is_some_and(is_joining_mark) {
            let value = parse_decimal(false, &literal.int, None, 0)?;
            return Some(
                found(text, start, stop, stop, value)
                    .with(Kind::Ordinal, None),
            );
        }
    }
    let tail = read_scale_and_unit(text, end, true);
    if tail.end == end && next_char(text, end).is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let value = parse_decimal(
        negative,
        &literal.int,
        literal.frac.as_deref(),
        tail.exponent,
    )?;
    let unit = tail.unit.or_else(|| prefix_currency(text, start));
    let kind = if tail.exponent == 0 { Kind::Plain } else { Kind::Scaled };
    Some(found(text, start, tail.raw_end, tail.end, value).with(kind, unit))
}

/// Reads a multiplier and/or a unit after byte `end`. Abbreviated
/// multipliers (`Mds`, `M€`) are taken only after digits.
fn read_scale_and_unit(text: &str, end: usize, abbreviations: bool) -> Tail {
    let none = Tail { exponent: 0, raw_end: end, end, unit: None };
    let rest = text.get(end..).unwrap_or("");
    if abbreviations
        && let Some(caps) = CURRENCY_MULTIPLIER_TAIL.captures(rest)
    {
        let (Some(prefix), Some(symbol), Some(whole)) =
            (caps.get(1), caps.get(2), caps.get(0))
        else {
            return none;
        };
        let exponent = lookup_exact(CURRENCY_MULTIPLIER_PREFIXES, prefix);
        let unit = CURRENCY_SYMBOLS
            .iter()
            .copied()
            .find(|known| *known == symbol.as_str());
        if let (Some(exponent), Some(unit)) = (exponent, unit) {
            return Tail {
                exponent,
                raw_end: end + prefix.end(),
                end: end + whole.end(),
                unit: Some(unit),
            };
        }
        return none;
    }
    let scale = MULTIPLIER_WORD_TAIL
        .captures(rest)
        .and_then(|caps| {
            let word = caps.get(1)?;
            let folded = word.as_str().to_lowercase();
            let exponent = NUMBER_MULTIPLIERS
                .iter()
                .find(|(known, _)| *known == folded)
                .map(|(_, exponent)| *exponent)?;
            Some((exponent, caps.get(0)?.end()))
        })
        .or_else(|| {
            if !abbreviations {
                return None;
            }
            let caps = MULTIPLIER_ABBREVIATION_TAIL.captures(rest)?;
            let exponent =
                lookup_exact(NUMBER_MULTIPLIER_ABBREVIATIONS, caps.get(1)?)?;
            Some((exponent, caps.get(0)?.end()))
        });
    match scale {
        Some((exponent, length)) => {
            let raw_end = end + length;
            let (unit, unit_end) = read_linked_unit(text, raw_end)
                .map_or((None, raw_end), |(unit, stop)| (Some(unit), stop));
            Tail { exponent, raw_end, end: unit_end, unit }
        }
        None => match read_unit(text, end) {
            Some((unit, stop)) => {
                Tail { exponent: 0, raw_end: end, end: stop, unit: Some(unit) }
            }
            None => none,
        },
    }
}

/// A unit right after `pos`, or after a `de`/`d’` link
/// (`millions d’euros`): the normal form and the end of the unit.
fn read_linked_unit(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    read_unit(text, pos).or_else(|| {
        let link = UNIT_LINK_TAIL.find(text.get(pos..)?)?;
        read_unit(text, pos + link.end())
    })
}

/// A unit right after `pos`: its normal form and its end. A letter unit
/// followed by an apostrophe is an elided word (`3 m’ont`), not a unit.
fn read_unit(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    let found = UNIT_TAIL.find(text.get(pos..)?)?;
    let stop = pos + found.end();
    let written = found.as_str().trim_start_matches(GROUP_SEPARATORS);
    if written.chars().last().is_some_and(char::is_alphabetic)
        && next_char(text, stop).is_some_and(is_apostrophe)
    {
        return None;
    }
    Some((normal_unit(written)?, stop))
}

/// Normal form of a unit as matched by `UNIT_TAIL`: symbols exactly,
/// words case-folded with any run of spaces read as one space.
fn normal_unit(written: &str) -> Option<&'static str> {
    if let Some((_, normal)) =
        UNIT_SYMBOLS.iter().find(|(known, _)| *known == written)
    {
        return Some(normal);
    }
    if let Some(symbol) =
        CURRENCY_SYMBOLS.iter().copied().find(|known| *known == written)
    {
        return Some(symbol);
    }
    let folded = written
        .split(GROUP_SEPARATORS)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    UNIT_WORDS
        .iter()
        .find(|(known, _)| *known == folded)
        .map(|(_, normal)| *normal)
}

/// Roman ordinals (`XIXe`, `Ve`, `Ier`). A lone `L`, `C`, `D` or `M` with
/// `e` spells an ordinary word (`Le`, `Ce`, `De`, `Me`), so one-letter
/// numerals count only for `I`, `V`, `X`.
fn find_roman_ordinals(text: &str) -> Vec<Found> {
    ROMAN_ORDINAL
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let numeral = capture(&caps, 1)?;
            if numeral.len() == 1 && !matches!(numeral, "I" | "V" | "X") {
                return None;
            }
            let value = f64::from(parse_roman(numeral)?);
            Some(
                found(text, whole.start(), whole.end(), whole.end(), value)
                    .with(Kind::Ordinal, None),
            )
        })
        .collect()
}

/// Value of a canonical roman numeral (`XIX` → 19); `None` for
/// non-canonical spellings such as `IIII` or `IC`.
fn parse_roman(numeral: &str) -> Option<u32> {
    let digits: Vec<u32> = numeral
        .chars()
        .map(|c| match c {
            'I' => Some(1),
            'V' => Some(5),
            'X' => Some(10),
            'L' => Some(50),
            'C' => Some(100),
            'D' => Some(500),
            'M' => Some(1000),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let mut total: i64 = 0;
    let mut following = digits.iter().skip(1);
    for digit in &digits {
        match following.next() {
            Some(next) if next > digit => total -= i64::from(*digit),
            _ => total += i64::from(*digit),
        }
    }
    let total = u32::try_from(total).ok().filter(|value| *value > 0)?;
    (to_roman(total) == numeral).then_some(total)
}

/// Canonical roman spelling of `value` (1–3999).
fn to_roman(mut value: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (part, letters) in PARTS {
        while value >= part {
            out.push_str(letters);
            value -= part;
        }
    }
    out
}

/// A number word inside a run, with its byte span in the text.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    start: usize,
    end: usize,
    word: &'a str,
    value: u32,
    /// Joined to the previous token by `et` (`vingt et un`).
    after_joiner: bool,
}

/// Where the assembly of a compound number word stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Nothing below a hundred yet (start, or after `cent` / `mille`).
    Empty,
    /// A unit 1–9 (`deux`, may take `cent`, or `vingt` after `quatre`).
    Unit,
    /// `dix`, alone or after `soixante` / `quatre-vingt` (takes 7–9).
    Dix,
    /// Tens (`vingt`, `soixante`, `quatre-vingt`), taking a unit.
    Tens,
    /// Below a hundred and complete (`douze`, `vingt-trois`).
    Complete,
}

/// A compound number word being assembled from tokens.
#[derive(Debug, Clone, Copy)]
struct Compound {
    first: usize,
    last: usize,
    thousands: Option<u64>,
    hundreds: u64,
    below: u64,
    step: Step,
    /// The tens are `quatre-vingt`, which takes `dix`–`seize`.
    quatre_vingt: bool,
}

impl Compound {
    /// A compound holding only the token at `index`.
    fn new(index: usize, value: u32) -> Self {
        let mut compound = Compound {
            first: index,
            last: index,
            thousands: None,
            hundreds: 0,
            below: 0,
            step: Step::Empty,
            quatre_vingt: false,
        };
        compound.accept(index, value, false);
        compound
    }

    /// Adds the token at `index` if French number grammar allows it;
    /// `false` means the token starts a new number.
    fn accept(
        &mut self,
        index: usize,
        value: u32,
        after_joiner: bool,
    ) -> bool {
        let v = u64::from(value);
        let takes_teens = self.below == 60 || self.quatre_vingt;
        let accepted = if after_joiner {
            match (self.step, v) {
                (Step::Tens, 1) if (20..=60).contains(&self.below) => {
                    self.below += 1;
                    self.step = Step::Complete;
                    true
                }
                (Step::Tens, 11) if self.below == 60 => {
                    self.below += 11;
                    self.step = Step::Complete;
                    true
                }
                _ => false,
            }
        } else {
            self.accept_plain(v, takes_teens)
        };
        if accepted {
            self.last = index;
        }
        accepted
    }

    /// `accept` for a token not introduced by `et`.
    fn accept_plain(&mut self, v: u64, takes_teens: bool) -> bool {
        match (v, self.step) {
            (1..=9, Step::Empty) => {
                self.below = v;
                self.step = Step::Unit;
            }
            (7..=9, Step::Dix) | (1..=9, Step::Tens) => {
                self.below += v;
                self.step = Step::Complete;
            }
            (10, Step::Empty) => {
                self.below = 10;
                self.step = Step::Dix;
            }
            (10, Step::Tens) if takes_teens => {
                self.below += 10;
                self.step = Step::Dix;
            }
            (11..=16, Step::Empty) => {
                self.below = v;
                self.step = Step::Complete;
            }
            (11..=16, Step::Tens) if takes_teens => {
                self.below += v;
                self.step = Step::Complete;
            }
            (20, Step::Unit) if self.below == 4 => {
                self.below = 80;
                self.step = Step::Tens;
                self.quatre_vingt = true;
            }
            (20..=90, Step::Empty) => {
                self.below = v;
                self.step = Step::Tens;
            }
            (100, Step::Empty) if self.hundreds == 0 => self.hundreds = 100,
            (100, Step::Unit) if self.hundreds == 0 && self.below >= 2 => {
                self.hundreds = self.below * 100;
                self.below = 0;
                self.step = Step::Empty;
            }
            (1000, _) if self.thousands.is_none() => {
                let group = self.hundreds + self.below;
                self.thousands = Some(group.max(1) * 1000);
                self.hundreds = 0;
                self.below = 0;
                self.step = Step::Empty;
                self.quatre_vingt = false;
            }
            _ => return false,
        }
        true
    }

    /// The value assembled so far.
    fn value(&self) -> u64 {
        self.thousands.unwrap_or(0) + self.hundreds + self.below
    }
}

/// Number words and their compounds (`trois`, `vingt et un`,
/// `deux cent mille`, `un million d’euros`).
fn find_word_numbers(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for run in NUMBER_WORD_RUN.find_iter(text) {
        if is_after_digits(text, run.start())
            || is_hyphen_glued(text, run.start(), run.end())
        {
            continue;
        }
        let tokens = tokenize_run(text, run);
        let mut current: Option<Compound> = None;
        for (index, token) in tokens.iter().enumerate() {
            let extended = current.as_mut().is_some_and(|compound| {
                compound.accept(index, token.value, token.after_joiner)
            });
            if !extended {
                if let Some(done) = current {
                    found.extend(emit_compound(text, &tokens, &done));
                }
                current = Some(Compound::new(index, token.value));
            }
        }
        if let Some(done) = current {
            found.extend(emit_compound(text, &tokens, &done));
        }
    }
    found
}

/// The number words of a run, with their spans and joiners.
fn tokenize_run<'a>(text: &'a str, run: Match<'a>) -> Vec<Token<'a>> {
    let mut tokens: Vec<Token> = Vec::new();
    for word in NUMBER_WORD.find_iter(run.as_str()) {
        let start = run.start() + word.start();
        let end = run.start() + word.end();
        let folded = word.as_str().to_lowercase();
        let Some(value) = NUMBER_WORDS
            .iter()
            .find(|(known, _)| *known == folded)
            .map(|(_, value)| *value)
        else {
            continue;
        };
        let after_joiner = tokens.last().is_some_and(|previous| {
            text.get(previous.end..start).is_some_and(is_joiner_gap)
        });
        tokens.push(Token {
            start,
            end,
            word: word.as_str(),
            value,
            after_joiner,
        });
    }
    tokens
}

/// Turns an assembled compound into a number, reading any multiplier and
/// unit after it. A lone ambiguous word (`un`, `une`, `neuf`) needs a
/// multiplier to count.
fn emit_compound(
    text: &str,
    tokens: &[Token],
    compound: &Compound,
) -> Option<Found> {
    let first = tokens.get(compound.first)?;
    let last = tokens.get(compound.last)?;
    let tail = read_scale_and_unit(text, last.end, false);
    if compound.first == compound.last && tail.exponent == 0 {
        let folded = first.word.to_lowercase();
        if AMBIGUOUS_NUMBER_WORDS.contains(&folded.as_str()) {
            return None;
        }
    }
    let digits = compound.value().to_string();
    let value = parse_decimal(false, &digits, None, tail.exponent)?;
    let kind = if tail.exponent == 0 { Kind::Plain } else { Kind::Scaled };
    Some(
        found(text, first.start, tail.raw_end, tail.end, value)
            .with(kind, tail.unit),
    )
}

/// Approximations (`une vingtaine` → 20), with a unit through `de`
/// (`une centaine de kilomètres`).
fn find_approximations(text: &str) -> Vec<Found> {
    if !APPROXIMATION_GATE.may_match(text) {
        return Vec::new();
    }
    APPROXIMATION
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let folded = capture(&caps, 1)?.to_lowercase();
            let value = APPROXIMATE_NUMBERS
                .iter()
                .find(|(known, _)| *known == folded)
                .map(|(_, value)| f64::from(*value))?;
            let unit = UNIT_LINK_TAIL
                .find(text.get(whole.end()..)?)
                .and_then(|link| read_unit(text, whole.end() + link.end()));
            let end = unit.map_or(whole.end(), |(_, stop)| stop);
            Some(
                found(text, whole.start(), whole.end(), end, value)
                    .with(Kind::Approximate, unit.map(|(normal, _)| normal)),
            )
        })
        .collect()
}

/// Merges per-kind lists (each in text order) into one list in text order,
/// dropping any number that starts inside the previous one; on equal
/// starts the earlier list wins (digits, roman, words, approximations).
fn merge_in_order<const N: usize>(lists: [Vec<Found>; N]) -> Vec<Found> {
    let mut heads: Vec<Peekable<std::vec::IntoIter<Found>>> =
        lists.into_iter().map(|list| list.into_iter().peekable()).collect();
    let mut merged: Vec<Found> = Vec::new();
    loop {
        let mut best: Option<(usize, usize)> = None;
        for (index, head) in heads.iter_mut().enumerate() {
            if let Some(item) = head.peek()
                && best.is_none_or(|(start, _)| item.start < start)
            {
                best = Some((item.start, index));
            }
        }
        let Some((_, index)) = best else {
            break;
        };
        let Some(item) = heads.get_mut(index).and_then(Iterator::next) else {
            break;
        };
        if merged.last().is_none_or(|previous| item.start >= previous.end) {
            merged.push(item);
        }
    }
    merged
}

/// `de 10 à 12 %`, `3-5 ans`: a plain number without unit followed by a
/// range connector and a plain number with a unit takes that unit. Walks
/// from the end so `10-12-15 %` shares along the chain.
fn share_range_units(text: &str, found: &mut [Found]) {
    for index in (1..found.len()).rev() {
        let (before, after) = found.split_at_mut(index);
        let (Some(first), Some(second)) = (before.last_mut(), after.first())
        else {
            continue;
        };
        if first.kind == Kind::Plain
            && first.number.unit.is_none()
            && second.kind == Kind::Plain
            && second.number.unit.is_some()
            && is_range(text, first, second)
        {
            first.number.unit.clone_from(&second.number.unit);
        }
    }
}

/// Whether `first` and `second` are the ends of a range: a connector of
/// `NUMBER_RANGE_CONNECTORS` between them, and its opener (if any) just
/// before `first` (`de 9 à 18h` but not `le 10 avril 2022 à 20h`).
fn is_range(text: &str, first: &Found, second: &Found) -> bool {
    let Some(gap) = text.get(first.end..second.start) else {
        return false;
    };
    if gap.len() > RANGE_GAP_MAX {
        return false;
    }
    let connector = gap.trim_matches(GROUP_SEPARATORS).to_lowercase();
    let before = text.get(..first.start).unwrap_or("");
    let before = before.trim_end_matches(GROUP_SEPARATORS);
    NUMBER_RANGE_CONNECTORS.iter().any(|(opener, known)| {
        *known == connector
            && (opener.is_empty() || ends_with_word(before, opener))
    })
}

/// Whether `text` ends with the whole word `word` (case-folded).
fn ends_with_word(text: &str, word: &str) -> bool {
    let length = word.chars().count();
    let Some((at, _)) =
        text.char_indices().rev().nth(length.saturating_sub(1))
    else {
        return false;
    };
    let (head, tail) = text.split_at_checked(at).unwrap_or((text, ""));
    tail.to_lowercase() == word
        && !head.chars().next_back().is_some_and(char::is_alphabetic)
}

/// Splits a digit chunk and reads it as an integer or decimal literal;
/// `None` for dates, references, versions and comma chains.
fn parse_chunk(chunk: &str) -> Option<Literal> {
    let mut runs: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut run_start = 0;
    for (at, c) in chunk.char_indices() {
        if !c.is_ascii_digit() {
            runs.push(chunk.get(run_start..at)?);
            seps.push(c);
            run_start = at + c.len_utf8();
        }
    }
    runs.push(chunk.get(run_start..)?);
    let all =
        |set: &[char], list: &[char]| list.iter().all(|c| set.contains(c));
    let (last_sep, init_seps) = match seps.split_last() {
        None => {
            return Some(Literal { int: runs.concat(), frac: None });
        }
        Some((last, init)) => (*last, init),
    };
    let (last_run, init_runs) = runs.split_last()?;
    if all(&['.'], &seps) {
        if is_grouping(&runs) {
            return Some(Literal { int: runs.concat(), frac: None });
        }
        return (seps.len() == 1).then(|| Literal {
            int: init_runs.concat(),
            frac: Some((*last_run).to_string()),
        });
    }
    if all(&['’', '\''], &seps) {
        return is_grouping(&runs)
            .then(|| Literal { int: runs.concat(), frac: None });
    }
    let decimal_after_groups = (last_sep == ',' && all(&['.'], init_seps))
        || (matches!(last_sep, ',' | '.') && all(&['’', '\''], init_seps));
    let plain_decimal = last_sep == ',' && init_seps.is_empty();
    if plain_decimal || (decimal_after_groups && is_grouping(init_runs)) {
        return Some(Literal {
            int: init_runs.concat(),
            frac: Some((*last_run).to_string()),
        });
    }
    None
}

/// Whether digit runs form thousands groups: a 1–3 digit head without a
/// leading zero, then groups of exactly 3 digits.
fn is_grouping(runs: &[&str]) -> bool {
    let Some((head, groups)) = runs.split_first() else {
        return false;
    };
    !groups.is_empty()
        && is_group_head(head)
        && groups.iter().all(|group| group.len() == 3)
}

/// Whether `digits` can head a space-grouped number: 1–3 ASCII digits,
/// no leading zero (so `2019` and `06` never glue to what follows).
fn is_group_head(digits: &str) -> bool {
    (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// A chunk that can continue a space-grouped number: `200`, or the last
/// group with a decimal comma `234,56`. Returns group and decimals.
fn parse_group(chunk: &str) -> Option<(&str, Option<&str>)> {
    let (group, frac) = match chunk.split_once(',') {
        Some((group, frac)) => (group, Some(frac)),
        None => (chunk, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && all_digits(f));
    (group.len() == 3 && all_digits(group) && frac_ok).then_some((group, frac))
}

/// Whether `gap` is exactly one grouping space.
fn is_single_separator(gap: Option<&str>) -> bool {
    let mut chars = gap.unwrap_or("").chars();
    let first = chars.next();
    chars.next().is_none()
        && first.is_some_and(|c| GROUP_SEPARATORS.contains(&c))
}

/// Whether the digits at `start` are part of a word or a name: glued to a
/// letter or digit (`A320`, `H5N1`), or after `Word-` (`Covid-19`) or
/// `A350-` unless the word is a prefix such as `mi-` or the hyphen closes
/// the previous number (`18h-20h`, `10-12`).
fn is_glued_to_word(
    text: &str,
    start: usize,
    last_end: Option<usize>,
) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut chars = before.char_indices().rev();
    match chars.next() {
        Some((_, c)) if c.is_alphanumeric() || c == '_' => true,
        Some((at, c)) if HYPHENS.contains(&c) => {
            if last_end == Some(at) {
                return false;
            }
            let mut letters = chars.map(|(_, c)| c).peekable();
            if letters.peek().is_some_and(|c| !c.is_alphabetic()) {
                // `A350-1000`: digits before the hyphen that are not a
                // number of ours belong to a name too.
                return letters.peek().is_some_and(|c| c.is_alphanumeric());
            }
            let mut word: Vec<char> = letters
                .take(HYPHEN_PREFIX_SCAN)
                .take_while(|c| c.is_alphabetic())
                .collect();
            if word.is_empty() {
                return false;
            }
            word.reverse();
            let folded = word.into_iter().collect::<String>().to_lowercase();
            !NUMBER_HYPHEN_PREFIXES.contains(&folded.as_str())
        }
        _ => false,
    }
}

/// Start of the number once a glued sign is taken in: `+3,5`, `-2`,
/// `−2`, `- 2` through NBSP. Not a sign after a letter, a digit or the
/// previous number (`10-12`, `10%-12%`).
fn signed_start(text: &str, digits: usize, last_end: Option<usize>) -> usize {
    let Some(before) = text.get(..digits) else {
        return digits;
    };
    let mut chars = before.char_indices().rev().peekable();
    // One non-breaking space may stand between the sign and the digits.
    let _space = chars.next_if(|(_, c)| SIGN_SPACES.contains(c));
    let Some((at, sign)) = chars.next() else {
        return digits;
    };
    if !SIGNS.contains(&sign) || last_end == Some(at) {
        return digits;
    }
    match chars.next() {
        Some((_, c)) if c.is_alphanumeric() || c == '_' => digits,
        _ => at,
    }
}

/// Whether `text` has a sign character at byte `at`.
fn has_sign_at(text: &str, at: usize) -> bool {
    next_char(text, at).is_some_and(|c| SIGNS.contains(&c))
}

/// A currency symbol glued before the number (`€12`, `$5`), as a unit.
fn prefix_currency(text: &str, start: usize) -> Option<&'static str> {
    let before = text.get(..start)?;
    CURRENCY_SYMBOLS.iter().copied().find(|symbol| before.ends_with(symbol))
}

/// Whether a word run follows digits (`6 sept.`: a month, not 7).
fn is_after_digits(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut chars = before.chars().rev();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if GROUP_SEPARATORS.contains(&c) => {
            chars.next().is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether a word run is part of a hyphenated word (`trente-deuxième`,
/// `Cent-Jours`, `cinq-étoiles`), whose number word is not a number.
fn is_hyphen_glued(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let mut back = before.chars().rev();
    let glued_before = back.next().is_some_and(is_hyphen)
        && back.next().is_some_and(char::is_alphabetic);
    let after = text.get(end..).unwrap_or("");
    let mut ahead = after.chars();
    let glued_after = ahead.next().is_some_and(is_hyphen)
        && ahead.next().is_some_and(char::is_alphabetic);
    glued_before || glued_after
}

/// Whether the gap between two number words holds a joiner (` et `,
/// `-et-`).
fn is_joiner_gap(gap: &str) -> bool {
    let folded = gap
        .trim_matches(|c: char| GROUP_SEPARATORS.contains(&c) || is_hyphen(c))
        .to_lowercase();
    NUMBER_WORD_JOINERS.contains(&folded.as_str())
}

/// A Number spanning `start..end`, raw up to `raw_end`; kind and unit are
/// set by [`FoundBuilder::with`].
fn found(
    text: &str,
    start: usize,
    raw_end: usize,
    end: usize,
    value: f64,
) -> FoundBuilder {
    let raw = text.get(start..raw_end).unwrap_or("").to_string();
    FoundBuilder { start, end, raw, value }
}

/// A found number waiting for its kind and unit.
struct FoundBuilder {
    start: usize,
    end: usize,
    raw: String,
    value: f64,
}

impl FoundBuilder {
    /// Completes the number with its kind and unit.
    fn with(self, kind: Kind, unit: Option<&str>) -> Found {
        Found {
            start: self.start,
            end: self.end,
            kind,
            number: Number {
                raw: self.raw,
                value: self.value,
                unit: unit.map(str::to_string),
            },
        }
    }
}

/// Parses `[-]int[.frac]e<exponent>` exactly (correct rounding, so
/// `1,5 million` is 1500000.0); `None` when not finite.
fn parse_decimal(
    negative: bool,
    int: &str,
    frac: Option<&str>,
    exponent: i32,
) -> Option<f64> {
    let mut literal = String::with_capacity(int.len() + 16);
    if negative {
        literal.push('-');
    }
    literal.push_str(if int.is_empty() { "0" } else { int });
    if let Some(frac) = frac {
        literal.push('.');
        literal.push_str(frac);
    }
    if exponent != 0 {
        literal.push('e');
        literal.push_str(&exponent.to_string());
    }
    literal.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// The table value of an exactly matched (case-sensitive) entry.
fn lookup_exact(table: &[(&str, i32)], found: Match) -> Option<i32> {
    table
        .iter()
        .find(|(known, _)| *known == found.as_str())
        .map(|(_, value)| *value)
}

/// Text of capture group `group`.
fn capture<'h>(caps: &Captures<'h>, group: usize) -> Option<&'h str> {
    caps.get(group).map(|found| found.as_str())
}

/// The character starting at byte `at`, if any.
fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Whether `c` is an apostrophe (straight or typographic).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Whether `c` is a hyphen of `HYPHENS`.
fn is_hyphen(c: char) -> bool {
    HYPHENS.contains(&c)
}

/// Whether `c` after a spaced ordinal makes it a word (`3 e-mails`,
/// `2 d’entre`).
fn is_joining_mark(c: char) -> bool {
    is_hyphen(c) || is_apostrophe(c)
}

/// Whether `c` is a regex word character (for placing `\b`).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_ascii_digit() || c == '_'
}

/// Regex alternation of table entries: escaped, longest first (so `km/h`
/// is tried before `km`), a space standing for 1–2 grouping spaces, and
/// `\b` after entries ending in a word character when `bounded`. An empty
/// table gives a pattern that never matches rather than one that matches
/// everything.
fn alternation<'a>(
    entries: impl IntoIterator<Item = &'a str>,
    bounded: bool,
) -> String {
    let mut entries: Vec<&str> = entries.into_iter().collect();
    entries.sort_by(|a, b| {
        b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b))
    });
    entries.dedup();
    if entries.is_empty() {
        return r"\b\B".to_string();
    }
    let spaces = format!("{SEP}{{1,2}}");
    entries
        .iter()
        .map(|entry| {
            let escaped = regex::escape(entry).replace(' ', &spaces);
            if bounded && entry.chars().last().is_some_and(is_word_char) {
                format!(r"{escaped}\b")
            } else {
                escaped
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Compiles a static pattern of this module. The patterns are fixed at
/// build time (tests force every one), so failure is a programming error,
/// never an input error.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("numbers: static regex must compile")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shorthand for an expected number.
    fn num(raw: &str, value: f64, unit: Option<&str>) -> Number {
        Number { raw: raw.to_string(), value, unit: unit.map(str::to_string) }
    }

    /// Values only, for tests about which numbers are found.
    fn values(text: &str) -> Vec<f64> {
        find_numbers(text).into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn approximation_gate_agrees_with_approximation() {
        for text in [
            "une vingtaine de kilomètres",
            "Une CENTAINE",
            "des\u{a0}dizaines",
            "vingt personnes",
            "",
        ] {
            assert!(
                APPROXIMATION_GATE.may_match(text)
                    || !APPROXIMATION.is_match(text),
                "gate refused: {text}"
            );
        }
        assert!(!APPROXIMATION_GATE.may_match("vingt personnes"));
    }

    #[test]
    fn find_numbers_spec_drones_have_no_unit() {
        assert_eq!(
            find_numbers("34 drones neutralisés au-dessus de Moscou"),
            vec![num("34", 34.0, None)]
        );
        assert_eq!(
            find_numbers("36 autres drones abattus dans les régions voisines"),
            vec![num("36", 36.0, None)]
        );
    }

    #[test]
    fn find_numbers_spec_one_and_a_half_million() {
        assert_eq!(
            find_numbers("1,5 million de personnes évacuées"),
            vec![num("1,5 million", 1_500_000.0, None)]
        );
    }

    #[test]
    fn find_numbers_spec_percent() {
        assert_eq!(
            find_numbers("Le chômage recule à 12 % fin juin"),
            vec![num("12", 12.0, Some("%"))]
        );
    }

    #[test]
    fn find_numbers_spec_space_thousands() {
        assert_eq!(
            find_numbers("1 200 soldats déployés"),
            vec![num("1 200", 1200.0, None)]
        );
    }

    #[test]
    fn find_numbers_spec_ordinal_3e() {
        assert_eq!(
            find_numbers("3e jour de grève"),
            vec![num("3e", 3.0, None)]
        );
    }

    #[test]
    fn find_numbers_nbsp_nnbsp_thin_thousands() {
        assert_eq!(
            find_numbers(
                "2\u{a0}100 euros, 30\u{202f}000 foyers, 4\u{2009}500 t"
            ),
            vec![
                num("2\u{a0}100", 2100.0, Some("€")),
                num("30\u{202f}000", 30000.0, None),
                num("4\u{2009}500", 4500.0, Some("t")),
            ]
        );
    }

    #[test]
    fn find_numbers_millions_of_groups() {
        assert_eq!(
            values("un budget de 300 000 000 GNF"),
            vec![300_000_000.0]
        );
    }

    #[test]
    fn find_numbers_year_not_glued_to_following_count() {
        assert_eq!(
            find_numbers("en 2019 3 200 personnes ont manifesté"),
            vec![num("2019", 2019.0, None), num("3 200", 3200.0, None)]
        );
    }

    #[test]
    fn find_numbers_year_then_three_digits_stay_apart() {
        assert_eq!(values("en 2019 300 salariés"), vec![2019.0, 300.0]);
    }

    #[test]
    fn find_numbers_dot_thousands() {
        assert_eq!(
            find_numbers("22.000 personnes et 300.000.000 GNF"),
            vec![
                num("22.000", 22000.0, None),
                num("300.000.000", 300_000_000.0, Some("GNF")),
            ]
        );
    }

    #[test]
    fn find_numbers_dot_decimal_percent() {
        assert_eq!(
            find_numbers("Il vous reste 78.52% de cet article à lire"),
            vec![num("78.52", 78.52, Some("%"))]
        );
    }

    #[test]
    fn find_numbers_dot_thousands_comma_decimals() {
        assert_eq!(
            find_numbers("Le CAC 40 clôture à 7.612,52 points"),
            vec![
                num("40", 40.0, None),
                num("7.612,52", 7612.52, Some("points"))
            ]
        );
    }

    #[test]
    fn find_numbers_swiss_apostrophe_thousands() {
        assert_eq!(
            values("un crédit de 1’000 francs suisses et 25'000 CHF"),
            vec![1000.0, 25000.0]
        );
        assert_eq!(
            find_numbers("25'000 CHF").first().and_then(|n| n.unit.clone()),
            Some("CHF".to_string())
        );
    }

    #[test]
    fn find_numbers_decimal_comma_euros() {
        assert_eq!(
            find_numbers("Le ticket passe à 17,50 euros"),
            vec![num("17,50", 17.5, Some("€"))]
        );
    }

    #[test]
    fn find_numbers_grouped_with_decimal_comma() {
        assert_eq!(
            find_numbers("soit 1 234,56 € par an"),
            vec![num("1 234,56", 1234.56, Some("€"))]
        );
    }

    #[test]
    fn find_numbers_skips_dotted_and_slashed_dates() {
        assert_eq!(
            values("Publié le 12.12.2019 et le 10/11/2024"),
            Vec::<f64>::new()
        );
        assert_eq!(values("modifié le 10.12.19 à 8h30"), vec![8.5]);
    }

    #[test]
    fn find_numbers_skips_iso_dates_and_references() {
        assert_eq!(
            values("Mis à jour 2024-11-10T08:32 (IP/00/1068)"),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn find_numbers_skips_identifiers() {
        assert_eq!(
            values("L'A320, le G7, la 4G, la Covid-19 et le F-16 en 2024"),
            vec![2024.0]
        );
    }

    #[test]
    fn find_numbers_mid_year_prefix_is_kept() {
        assert_eq!(values("livraison à mi-2025"), vec![2025.0]);
    }

    #[test]
    fn find_numbers_multiplier_with_euros() {
        assert_eq!(
            find_numbers("un plan de 2 milliards d’euros"),
            vec![num("2 milliards", 2e9, Some("€"))]
        );
        assert_eq!(
            find_numbers("1,5 milliard d'euros"),
            vec![num("1,5 milliard", 1.5e9, Some("€"))]
        );
    }

    #[test]
    fn find_numbers_multiplier_with_counted_noun() {
        assert_eq!(
            find_numbers("8 millions d’habitants privés d’eau"),
            vec![num("8 millions", 8e6, None)]
        );
    }

    #[test]
    fn find_numbers_billion_is_ten_to_twelve() {
        assert_eq!(
            find_numbers("une dette de 3 billions de yens"),
            vec![num("3 billions", 3e12, Some("¥"))]
        );
    }

    #[test]
    fn find_numbers_abbreviated_currency_multipliers() {
        assert_eq!(
            find_numbers("un contrat de 3,5 M€ et 50k€ de frais, 1,2 Md$"),
            vec![
                num("3,5 M", 3.5e6, Some("€")),
                num("50k", 50_000.0, Some("€")),
                num("1,2 Md", 1.2e9, Some("$")),
            ]
        );
    }

    #[test]
    fn find_numbers_milliers_and_mille() {
        assert_eq!(
            values("3 milliers de manifestants, 30 mille"),
            vec![3000.0, 30000.0]
        );
    }

    #[test]
    fn find_numbers_signed_percentages() {
        assert_eq!(
            find_numbers("Le PIB: +3,5 %, l’inflation -2 % et \u{2212}0,4 %"),
            vec![
                num("+3,5", 3.5, Some("%")),
                num("-2", -2.0, Some("%")),
                num("\u{2212}0,4", -0.4, Some("%")),
            ]
        );
    }

    #[test]
    fn find_numbers_dash_with_space_is_not_a_sign() {
        assert_eq!(find_numbers("- 12 blessés"), vec![num("12", 12.0, None)]);
    }

    #[test]
    fn find_numbers_pour_cent() {
        assert_eq!(
            find_numbers("une hausse de 4 pour cent"),
            vec![num("4", 4.0, Some("%"))]
        );
    }

    #[test]
    fn find_numbers_ordinals() {
        assert_eq!(
            find_numbers(
                "le 1er juillet, la 1re fois, le 2e tour, le 3ème, 2nde"
            ),
            vec![
                num("1er", 1.0, None),
                num("1re", 1.0, None),
                num("2e", 2.0, None),
                num("3ème", 3.0, None),
                num("2nde", 2.0, None),
            ]
        );
    }

    #[test]
    fn find_numbers_split_sup_ordinal() {
        assert_eq!(
            find_numbers("au 3 e trimestre"),
            vec![num("3 e", 3.0, None)]
        );
    }

    #[test]
    fn find_numbers_spaced_e_before_hyphen_is_not_ordinal() {
        assert_eq!(
            find_numbers("3 e-mails envoyés"),
            vec![num("3", 3.0, None)]
        );
    }

    #[test]
    fn find_numbers_roman_ordinals() {
        assert_eq!(
            find_numbers(
                "au XIXe siècle, sous la Ve République, François Ier"
            ),
            vec![
                num("XIXe", 19.0, None),
                num("Ve", 5.0, None),
                num("Ier", 1.0, None),
            ]
        );
    }

    #[test]
    fn find_numbers_roman_lookalike_words_are_not_ordinals() {
        assert_eq!(
            values("Le maire et Me Dupont, De Gaulle, Ce jour-là, IIIIe, VVe"),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn find_numbers_times() {
        assert_eq!(
            find_numbers("de 8h30 à 18h, puis à 12 h 30"),
            vec![
                num("8h30", 8.5, Some("h")),
                num("18", 18.0, Some("h")),
                num("12 h 30", 12.5, Some("h")),
            ]
        );
    }

    #[test]
    fn find_numbers_duration_with_minutes_suffix() {
        assert_eq!(
            find_numbers("un trajet de 1h30min"),
            vec![num("1h30min", 1.5, Some("h"))]
        );
    }

    #[test]
    fn find_numbers_time_range_with_hyphen() {
        assert_eq!(
            find_numbers("ouvert 9h-18h"),
            vec![num("9", 9.0, Some("h")), num("18", 18.0, Some("h"))]
        );
    }

    #[test]
    fn find_numbers_ranges_and_scores() {
        assert_eq!(
            values("de 1996-2004, score 2-1, 10–12"),
            vec![1996.0, 2004.0, 2.0, 1.0, 10.0, 12.0]
        );
    }

    #[test]
    fn find_numbers_range_shares_unit() {
        assert_eq!(
            find_numbers("de 10 à 12 % et 3-5 ans"),
            vec![
                num("10", 10.0, Some("%")),
                num("12", 12.0, Some("%")),
                num("3", 3.0, Some("ans")),
                num("5", 5.0, Some("ans")),
            ]
        );
    }

    #[test]
    fn find_numbers_range_needs_its_opener() {
        assert_eq!(
            find_numbers("le 10 avril 2022 à 20h, entre 3 et 5 %, de 9 à 18h"),
            vec![
                num("10", 10.0, None),
                num("2022", 2022.0, None),
                num("20", 20.0, Some("h")),
                num("3", 3.0, Some("%")),
                num("5", 5.0, Some("%")),
                num("9", 9.0, Some("h")),
                num("18", 18.0, Some("h")),
            ]
        );
    }

    #[test]
    fn find_numbers_model_number_after_hyphen_is_skipped() {
        assert_eq!(
            values("un Airbus A350-1000 et 12-14 ans"),
            vec![12.0, 14.0]
        );
    }

    #[test]
    fn find_numbers_range_does_not_share_multiplier() {
        assert_eq!(
            find_numbers("de 2 à 3 millions d’euros"),
            vec![num("2", 2.0, None), num("3 millions", 3e6, Some("€"))]
        );
    }

    #[test]
    fn find_numbers_ages_and_durations() {
        assert_eq!(
            find_numbers("un homme de 36 ans, 4 jours, 2 semaines, 6 mois"),
            vec![
                num("36", 36.0, Some("ans")),
                num("4", 4.0, Some("jours")),
                num("2", 2.0, Some("semaines")),
                num("6", 6.0, Some("mois")),
            ]
        );
    }

    #[test]
    fn find_numbers_distance_speed_area_units() {
        assert_eq!(
            find_numbers(
                "130 km/h sur 12 km, 100m, 5 ha, 3 kilomètres, 40 °C"
            ),
            vec![
                num("130", 130.0, Some("km/h")),
                num("12", 12.0, Some("km")),
                num("100", 100.0, Some("m")),
                num("5", 5.0, Some("ha")),
                num("3", 3.0, Some("km")),
                num("40", 40.0, Some("°C")),
            ]
        );
    }

    #[test]
    fn find_numbers_weights_and_minutes() {
        assert_eq!(
            find_numbers("50 kg, 3 tonnes, 20 min"),
            vec![
                num("50", 50.0, Some("kg")),
                num("3", 3.0, Some("t")),
                num("20", 20.0, Some("min")),
            ]
        );
    }

    #[test]
    fn find_numbers_glued_euro_and_dollars() {
        assert_eq!(
            find_numbers("0,99€ le premier mois, 11 dollars ensuite"),
            vec![num("0,99", 0.99, Some("€")), num("11", 11.0, Some("$"))]
        );
    }

    #[test]
    fn find_numbers_currency_before_number() {
        assert_eq!(
            find_numbers("un prix de $5"),
            vec![num("5", 5.0, Some("$"))]
        );
    }

    #[test]
    fn find_numbers_counted_nouns_are_not_units() {
        assert_eq!(
            find_numbers("57 morts, 12 habitants, 3 mois plus tard 4 minutes"),
            vec![
                num("57", 57.0, None),
                num("12", 12.0, None),
                num("3", 3.0, Some("mois")),
                num("4", 4.0, Some("min")),
            ]
        );
    }

    #[test]
    fn find_numbers_elided_word_is_not_a_unit() {
        assert_eq!(find_numbers("les 3 m’ont dit"), vec![num("3", 3.0, None)]);
    }

    #[test]
    fn find_numbers_number_words() {
        assert_eq!(
            find_numbers("Trois morts et vingt et un blessés"),
            vec![num("Trois", 3.0, None), num("vingt et un", 21.0, None)]
        );
    }

    #[test]
    fn find_numbers_compound_number_words() {
        assert_eq!(
            values(
                "quatre-vingt-dix-sept, soixante-et-onze, deux cent trente, \
                 mille neuf cent quatre-vingt-quatre, deux mille vingt-quatre"
            ),
            vec![97.0, 71.0, 230.0, 1984.0, 2024.0]
        );
    }

    #[test]
    fn find_numbers_belgian_swiss_tens() {
        assert_eq!(values("septante-cinq et nonante"), vec![75.0, 90.0]);
    }

    #[test]
    fn find_numbers_adjacent_words_stay_separate() {
        assert_eq!(values("deux trois fois"), vec![2.0, 3.0]);
    }

    #[test]
    fn find_numbers_articles_are_not_numbers() {
        assert_eq!(
            values("un homme, une femme et un bâtiment neuf"),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn find_numbers_un_million_counts() {
        assert_eq!(
            find_numbers("un million d’euros, deux millions de doses"),
            vec![
                num("un million", 1e6, Some("€")),
                num("deux millions", 2e6, None),
            ]
        );
    }

    #[test]
    fn find_numbers_word_with_unit() {
        assert_eq!(
            find_numbers("vingt pour cent, trois ans"),
            vec![
                num("vingt", 20.0, Some("%")),
                num("trois", 3.0, Some("ans"))
            ]
        );
    }

    #[test]
    fn find_numbers_month_abbreviation_is_not_seven() {
        assert_eq!(values("le 6 sept. 2024"), vec![6.0, 2024.0]);
    }

    #[test]
    fn find_numbers_ordinal_words_are_skipped() {
        assert_eq!(
            values("le trente-deuxième, le dix-huitième"),
            Vec::<f64>::new()
        );
    }

    #[test]
    fn find_numbers_approximations() {
        assert_eq!(
            find_numbers(
                "une vingtaine de blessés, une centaine de kilomètres"
            ),
            vec![
                num("une vingtaine", 20.0, None),
                num("une centaine", 100.0, Some("km")),
            ]
        );
        assert_eq!(values("des milliers de manifestants"), Vec::<f64>::new());
    }

    #[test]
    fn find_numbers_phone_number_has_no_grouping() {
        assert_eq!(
            values("appelez le 06 12 34 56 78"),
            vec![6.0, 12.0, 34.0, 56.0, 78.0]
        );
    }

    #[test]
    fn find_numbers_grouping_stops_before_four_digits() {
        assert_eq!(values("1 2000 bornes"), vec![1.0, 2000.0]);
    }

    #[test]
    fn find_numbers_sentence_period_is_not_decimal() {
        assert_eq!(values("Il y en avait 40. Puis 3,5."), vec![40.0, 3.5]);
    }

    #[test]
    fn find_numbers_value_is_exact_after_scaling() {
        assert_eq!(values("2,3 millions"), vec![2_300_000.0]);
        assert_eq!(values("0,1 milliard"), vec![100_000_000.0]);
    }

    #[test]
    fn find_numbers_comma_chain_is_skipped() {
        assert_eq!(values("1,000,000 dollars"), Vec::<f64>::new());
    }

    #[test]
    fn find_numbers_odd_input_does_not_panic() {
        let long_digits = "7".repeat(10_000);
        let inputs = [
            String::new(),
            " \u{a0}\u{202f}\u{2009}".to_string(),
            long_digits.clone(),
            format!("{long_digits} millions"),
            "e\u{301}3\u{301} 4\u{308}% ١٢٣ 五 ５ €".to_string(),
            "Москва 34 дрона, 東京 12 %".to_string(),
            "-+−.,’'/ 1, 2. 3’ /4 -".to_string(),
            "1 1 1 1 1 1 1 1 1 000".repeat(500),
            "vingt et et un -et- cent cent mille mille".to_string(),
        ];
        for input in &inputs {
            let numbers = find_numbers(input);
            assert!(numbers.iter().all(|n| n.value.is_finite()));
        }
        assert_eq!(values(&long_digits), Vec::<f64>::new());
        assert_eq!(
            find_numbers("Москва 34 дрона, 東京 12 %"),
            vec![num("34", 34.0, None), num("12", 12.0, Some("%"))]
        );
    }

    #[test]
    fn find_numbers_is_linear_on_long_separator_runs() {
        let text = "1 ".repeat(50_000) + &"vingt-".repeat(20_000);
        // The words follow digits (`1 vingt-…`), so they are skipped.
        assert_eq!(find_numbers(&text).len(), 50_000);
    }

    #[test]
    fn parse_roman_rejects_non_canonical() {
        assert_eq!(parse_roman("XIX"), Some(19));
        assert_eq!(parse_roman("MCMXCIV"), Some(1994));
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(parse_roman("IC"), None);
    }

    #[test]
    fn regexes_compile_and_match_their_examples() {
        assert!(DIGIT_CHUNK.is_match("1.234,56"));
        assert!(TIME_TAIL.is_match("h30"));
        assert!(ORDINAL_TAIL.is_match("er juillet"));
        assert!(MULTIPLIER_WORD_TAIL.is_match(" million"));
        assert!(MULTIPLIER_ABBREVIATION_TAIL.is_match(" Mds"));
        assert!(CURRENCY_MULTIPLIER_TAIL.is_match(" M€"));
        assert!(UNIT_TAIL.is_match(" pour cent"));
        assert!(UNIT_LINK_TAIL.is_match(" d’euros"));
        assert!(ROMAN_ORDINAL.is_match("XIXe"));
        assert!(NUMBER_WORD_RUN.is_match("vingt et un"));
        assert!(NUMBER_WORD.is_match("vingt"));
        assert!(APPROXIMATION.is_match("une vingtaine"));
    }

    #[test]
    fn alternation_refuses_empty_table() {
        let never = compile(&alternation(std::iter::empty(), true));
        assert!(!never.is_match("anything 12 %"));
    }

    #[test]
    fn french_tables_are_non_empty_and_case_folded() {
        let folded = |word: &str| word == word.to_lowercase();
        assert!(NUMBER_MULTIPLIERS.iter().all(|(w, _)| folded(w)));
        assert!(UNIT_WORDS.iter().all(|(w, _)| folded(w)));
        assert!(UNIT_LINKS.iter().all(|w| folded(w)));
        assert!(NUMBER_WORDS.iter().all(|(w, _)| folded(w)));
        assert!(AMBIGUOUS_NUMBER_WORDS.iter().all(|w| folded(w)));
        assert!(NUMBER_WORD_JOINERS.iter().all(|w| folded(w)));
        assert!(APPROXIMATE_NUMBERS.iter().all(|(w, _)| folded(w)));
        assert!(APPROXIMATE_DETERMINERS.iter().all(|w| folded(w)));
        assert!(NUMBER_HYPHEN_PREFIXES.iter().all(|w| folded(w)));
        assert!(
            NUMBER_RANGE_CONNECTORS
                .iter()
                .all(|(o, c)| folded(o) && folded(c))
        );
        let lengths = [
            NUMBER_MULTIPLIERS.len(),
            NUMBER_MULTIPLIER_ABBREVIATIONS.len(),
            CURRENCY_MULTIPLIER_PREFIXES.len(),
            CURRENCY_SYMBOLS.len(),
            UNIT_SYMBOLS.len(),
            UNIT_WORDS.len(),
            UNIT_LINKS.len(),
            ORDINAL_SUFFIXES.len(),
            ROMAN_ORDINAL_SUFFIXES.len(),
            NUMBER_WORDS.len(),
            AMBIGUOUS_NUMBER_WORDS.len(),
            NUMBER_WORD_JOINERS.len(),
            APPROXIMATE_NUMBERS.len(),
            APPROXIMATE_DETERMINERS.len(),
            NUMBER_HYPHEN_PREFIXES.len(),
            NUMBER_RANGE_CONNECTORS.len(),
        ];
        assert!(lengths.iter().all(|len| *len > 0));
        assert!(
            AMBIGUOUS_NUMBER_WORDS
                .iter()
                .all(|w| NUMBER_WORDS.iter().any(|(known, _)| known == w))
        );
    }
}
