//! Dates for the metadata stage, read from text only.
//!
//! Input: short strings the metadata stage has already taken from the page:
//! machine values (JSON-LD `datePublished`, `<time datetime>`, meta tags),
//! the visible text of the article header ("Publié le 10 novembre 2024 à
//! 08h32 - Mis à jour le …"), and the first paragraph of the body for an
//! agency dateline ("PARIS (AFP) - ").
//! Output: [`PageDate`] (written out by [`PageDate::to_rfc3339`]),
//! [`LabelledDates`] and [`Dateline`].
//! Must not: see the DOM, read the clock (relative dates need a reference
//! date from the caller), or read a numeric French date month-first.
//! French words come from `crate::french`.

use std::sync::LazyLock;

use chrono::{
    DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime,
    NaiveTime, Offset, TimeDelta, TimeZone,
};
use chrono_tz::Europe::Paris;
use regex::{Captures, Regex};

use super::byline::is_agency;
use super::gate::{WordGate, has_digit};
use crate::french;
use crate::pattern::alt_iter;

/// Years accepted in visible text: older dates are history, not the page.
const MIN_TEXT_YEAR: i32 = 1900;
/// Years accepted in machine values: below this are sentinels ("0001-01-01",
/// "1970-01-01"), and the corpus starts in 2000 (europa-1).
const MIN_MACHINE_YEAR: i32 = 1990;
/// No page is dated later than this.
const MAX_YEAR: i32 = 2100;
/// Longest machine value read; anything longer is not a date.
const MAX_MACHINE_LEN: usize = 80;
/// Bytes allowed between a label and its date ("Publié le jeudi " is 16;
/// lexpress-1 puts "le | " between them once joined).
const LABEL_GAP_MAX: usize = 40;
/// Largest real-world UTC offset, in hours (Kiribati is +14).
const MAX_OFFSET_HOURS: i32 = 14;
/// Longest place of a dateline ("LAS VEGAS, Nevada" is 17).
const MAX_PLACE_CHARS: usize = 40;
/// Most words in the place of a dateline.
const MAX_PLACE_WORDS: usize = 5;
/// Minutes in a day, to turn "il y a 48 heures" into days.
const MINUTES_PER_DAY: i64 = 1440;

/// Time part shared by the machine patterns (verbose syntax):
/// "T08:32:00+01:00", " 10:00:00.000Z", "|10h05", "T1005",
/// " 08:32:00 +02:00".
const MACHINE_TIME: &str = r"
    (?:
        (?: [Tt] | \s+ | \s*\|\s* )
        (?P<h>\d{1,2}) [:hH]? (?P<mi>\d{2})
        (?: :? (?P<s>\d{2}) (?: [.,]\d{1,9} )? )?
        \s*
        (?P<z> [Zz] | (?:UTC|GMT)? \s* [+-]\d{1,2} (?::?\d{2})? | UTC | GMT )?
    )?";

/// Year-first machine value: "2024-11-10T08:32:00+01:00",
/// "2019-05-07T11:59:43.000Z", "2019/12/10", "2019-12-10|10h05".
static MACHINE_YMD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        &[
            r"(?x) ^(?P<y>\d{4}) [-/.] (?P<mo>\d{1,2}) [-/.] (?P<d>\d{1,2})",
            MACHINE_TIME,
            "$",
        ]
        .concat(),
    )
});

/// Day-first machine value: "06/01/2026", "12.12.2019 07:36".
static MACHINE_DMY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        &[
            r"(?x) ^(?P<d>\d{1,2}) [-/.] (?P<mo>\d{1,2}) [-/.]
                   (?P<y>\d{4}|\d{2})",
            MACHINE_TIME,
            "$",
        ]
        .concat(),
    )
});

/// Compact machine value from inline scripts: "20191210".
static MACHINE_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})$"));

/// Day and French month, maybe a year: "10 novembre 2024", "1er juillet",
/// "06 Novembre 2019", "10 nov. 2024", "5 août", "22 Mar 20".
static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?xi)
        \b (?P<day> {first} | \d{{1,2}} ) \s*
        (?P<month> {months} ) \b (?P<dot>\.)?
        (?: ,?\s+ (?P<year> \d{{4}} | \d{{2}} ) \b )?",
        first = alt_iter(french::FIRST_OF_MONTH.iter().copied()),
        months = month_alternation(),
    ))
});

/// Day-first numeric date: "22/10/17", "04.05.2015", "06/01/2026",
/// "12-12-2019", "(28.9.2000)", "08 . 12 . 19" (aoc-1).
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x) \b (?P<d>\d{1,2}) (?P<s1>\x20?[/.\-]\x20?) (?P<mo>\d{1,2})
              (?P<s2>\x20?[/.\-]\x20?) (?P<y>\d{4}|\d{2}) \b",
    )
});

/// Day and month without a year, after "le": "Le 23/11 à 14H45".
static DAY_MONTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{articles}\s+(?P<d>\d{{1,2}})/(?P<mo>\d{{1,2}})\b",
        articles = alt_iter(french::DAY_ARTICLES.iter().copied()),
    ))
});

/// Relative date counted back: "il y a 2 heures", "Il y a 3 jours".
static RELATIVE_AGO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{ago}\s*(?P<n>\d{{1,4}})\s*(?P<unit>{units})\b",
        ago = alt_iter(french::RELATIVE_AGO.iter().copied()),
        units = alt_iter(french::RELATIVE_UNITS.iter().map(|(word, _)| *word)),
    ))
});

/// Relative day word: "Hier à 18h", "aujourd’hui à 10:05", "avant-hier".
static RELATIVE_DAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:^|[^\p{{L}}\-])(?P<word>{days})\b",
        days = alt_iter(french::RELATIVE_DAYS.iter().map(|(word, _)| *word)),
    ))
});

/// A time of day right after a date, or alone at the start of a label's
/// text: " à 08h32", ", 14:16 UTC+1", " @11h13", " - 12:38",
/// " à 9 h 14 min", " 14H45", "à 21:00".
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?x)
        ^ [\s,]* (?: [-–—@•|(] \s* )?               # separator
        (?: (?i:{connectors}) \s* )?                # à
        (?:
            (?P<h>\d{{1,2}}) \s* (?i:{hours})       # 08h32, 9 h 14 min, 18h
            (?: \s* (?P<mi>\d{{2}}) \b (?: \s* (?i:{minutes}) \b )? | \b )
        |
            (?P<hc>\d{{1,2}}) : (?P<mc>\d{{2}})     # 15:20, 12:38:05
            (?: : (?P<sc>\d{{2}}) )? \b
        )
        (?: \s* (?P<z> (?:UTC|GMT) \s* [+-]\d{{1,2}} (?: :?\d{{2}} )?
                     | UTC | GMT ) \b )?            # UTC+1",
        connectors = alt_iter(french::TIME_CONNECTORS.iter().copied()),
        hours = alt_iter(french::HOUR_MARKS.iter().copied()),
        minutes = alt_iter(french::MINUTE_MARKS.iter().copied()),
    ))
});

/// Publication label: "Publié le", "Mise en ligne", "Créé:", "Posté le".
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{}\b",
        alt_iter(french::PUBLISHED_LABELS.iter().copied())
    ))
});

/// Update label: "Mis à jour le", "MAJ", "Modifié le", "Actualisé le".
static MODIFIED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{}\b",
        alt_iter(french::MODIFIED_LABELS.iter().copied())
    ))
});

/// The words of `PUBLISHED_LABEL` and `MODIFIED_LABEL`, to skip both
/// scans on text holding neither.
static LABEL_GATE: LazyLock<WordGate> = LazyLock::new(|| {
    WordGate::new(
        french::PUBLISHED_LABELS
            .iter()
            .chain(french::MODIFIED_LABELS)
            .copied(),
    )
});

/// Agency dateline or press-release place line: "PARIS (AFP) - ",
/// "PARIS, 10 nov (AFP) - ", "LAS VEGAS, Nevada (Reuters) - ",
/// "GENÈVE (ats) – ", "Bruxelles, le 28 septembre 2000".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}\p{M}'’.\-]*";
    compile(&format!(
        r"(?x)
        ^ \s*
        (?P<place> {word} (?: [\x20\u00A0]+ (?:{word}|(?i:{particles})) )* )
        (?: , \s* (?P<region> {word} (?: \s+ {word} )* ) )?     # , Nevada
        (?: , \s* (?: (?i:{articles}) \s+ )?                   # , le 28 sept.
            (?P<day> (?i:{first}) | \d{{1,2}} ) \s+
            (?P<month> (?i:{months}) ) \b \.?
            (?: \s+ (?P<year>\d{{4}}) )?
        )?
        \s* (?: \( (?P<agency> [^()]{{1,40}} ) \) )?           # (AFP)
        \s* (?: [-–—] (?: \s+ | $ ) | \.? \s* $ )",
        particles = alt_iter(
            french::NAME_PARTICLES
                .iter()
                .chain(french::NAME_ARTICLES)
                .copied()
        ),
        articles = alt_iter(french::DAY_ARTICLES.iter().copied()),
        first = alt_iter(french::FIRST_OF_MONTH.iter().copied()),
        months = month_alternation(),
    ))
});

/// A date found in a page; `time`/`offset` may be unknown.
///
/// Kept apart from a `DateTime` because most visible dates carry no time,
/// and the caller must know when the zone was a guess (`warnings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageDate {
    /// The calendar date, as written (local to `offset` when known).
    pub date: NaiveDate,
    /// Time of day, when the source gives one.
    pub time: Option<NaiveTime>,
    /// UTC offset: written in the source, or resolved in Europe/Paris.
    pub offset: Option<FixedOffset>,
    /// True when a naive local time was resolved in Europe/Paris.
    pub assumed_paris: bool,
}

impl PageDate {
    /// Date only: time and zone unknown.
    fn on(date: NaiveDate) -> PageDate {
        PageDate { date, time: None, offset: None, assumed_paris: false }
    }

    /// Date and time; without an offset the time is Paris local time.
    fn at(
        date: NaiveDate,
        time: NaiveTime,
        offset: Option<FixedOffset>,
    ) -> PageDate {
        match offset {
            Some(offset) => PageDate {
                date,
                time: Some(time),
                offset: Some(offset),
                assumed_paris: false,
            },
            None => PageDate {
                date,
                time: Some(time),
                offset: paris_offset(date.and_time(time)),
                assumed_paris: true,
            },
        }
    }

    /// RFC 3339 text for SPEC `published`/`modified`: a full date-time
    /// with its offset ("2024-11-10T08:32:00+01:00") when the time is
    /// known, else the full-date "2024-11-10". A time without an offset is
    /// read as Paris local time.
    pub fn to_rfc3339(&self) -> String {
        let day = self.date.format("%Y-%m-%d").to_string();
        let Some(time) = self.time else {
            return day;
        };
        let local = self.date.and_time(time);
        match self.offset.or_else(|| paris_offset(local)) {
            Some(offset) => {
                format!("{day}T{}{offset}", time.format("%H:%M:%S"))
            }
            None => day,
        }
    }
}

/// Parses a machine-readable date (JSON-LD, `<time datetime>`, meta tags),
/// so every variant seen on French sites gives the same [`PageDate`].
///
/// Accepts ISO 8601 / RFC 3339 with `Z`, `+01:00`, `+0100`, `UTC+1`, or no
/// zone (Paris assumed); fractional seconds; a space or `|` instead of
/// `T`; date only; `YYYY/MM/DD`; day-first `DD/MM/YYYY`; `YYYY-MM-DD|HHhMM`;
/// `YYYYMMDD`; the malformed `YYYY-MM-DDTHHMM`; JavaScript
/// `Date.toString()` ("Tue Aug 06 2019 10:00:00 GMT+0000 (Coordinated
/// Universal Time)"); "Thursday 12 December 2019".
pub fn parse_machine_date(s: &str) -> Option<PageDate> {
    let value = s.trim();
    // Every shape below needs digits: skip the regexes on "null", "N/A".
    if value.is_empty() || value.len() > MAX_MACHINE_LEN || !has_digit(value) {
        return None;
    }
    let found = [&*MACHINE_YMD, &*MACHINE_DMY, &*MACHINE_COMPACT]
        .into_iter()
        .find_map(|re| re.captures(value))
        .and_then(|caps| machine_from_captures(&caps))
        .or_else(|| parse_js_date(value))
        .or_else(|| parse_english_long_date(value))?;
    (found.date.year() >= MIN_MACHINE_YEAR).then_some(found)
}

/// Finds the first French visible date in a short text ("Publié le 10
/// novembre 2024 à 08h32", "22/10/17 à 19h49", "Créé: 12.12.2019, 07h36").
///
/// Numeric dates are always day-first and two-digit years are 20YY. A date
/// without a year ("le 3 mars", "Le 23/11") and relative dates ("Hier à
/// 18h", "il y a 2 heures") are read only when `reference` (the capture
/// date) is given; without it they are skipped.
pub fn parse_french_date(
    s: &str,
    reference: Option<NaiveDate>,
) -> Option<PageDate> {
    find_french_date(s, reference).map(|found| found.date)
}

/// The publication and update dates of an article header.
///
/// Separate fields because SPEC has `published` and `modified`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LabelledDates {
    /// Date after a publication label, or the first unlabelled date.
    pub published: Option<PageDate>,
    /// Date after an update label ("Mis à jour le …").
    pub modified: Option<PageDate>,
}

/// Reads "Publié le … - Mis à jour le …" style header text into the
/// publication and update dates; a date with no label counts as published.
///
/// A label takes the first date that starts within a few words after it.
/// An update label followed by a time only ("publié le 26/12/2020 à
/// 21:00, mis à jour à 21:05") takes the publication day.
pub fn find_labelled_dates(
    s: &str,
    reference: Option<NaiveDate>,
) -> LabelledDates {
    // Without a reference every date needs a digit; most header lines
    // (kickers, bylines) have none.
    if reference.is_none() && !has_digit(s) {
        return LabelledDates::default();
    }
    let labelled = LABEL_GATE.may_match(s);
    let mut labels: Vec<(usize, usize, bool)> = if labelled {
        PUBLISHED_LABEL
            .find_iter(s)
            .map(|m| (m.start(), m.end(), false))
            .chain(
                MODIFIED_LABEL
                    .find_iter(s)
                    .map(|m| (m.start(), m.end(), true)),
            )
            .collect()
    } else {
        Vec::new()
    };
    // Document order; at one position the longer label wins.
    labels.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize, bool)> = Vec::new();
    for label in labels {
        if kept.last().is_none_or(|last| label.0 >= last.1) {
            kept.push(label);
        }
    }

    let mut dates = LabelledDates::default();
    let first_label = kept.first().map_or(s.len(), |label| label.0);
    if let Some(found) =
        s.get(..first_label).and_then(|head| find_french_date(head, reference))
    {
        dates.published = Some(found.date);
    }
    let mut last_day = dates.published.map(|date| date.date);
    for (index, &(_, end, is_update)) in kept.iter().enumerate() {
        let stop = kept.get(index + 1).map_or(s.len(), |next| next.0);
        let Some(region) = s.get(end..stop) else {
            continue;
        };
        // "Publié à 14 h 49 le 2 novembre 2023": a time before the date.
        let leading_time = time_after(region, 0);
        let date = match find_french_date(region, reference) {
            Some(found) if found.start <= LABEL_GAP_MAX => {
                match (found.date.time, leading_time) {
                    (None, Some((time, offset, _))) => {
                        Some(PageDate::at(found.date.date, time, offset))
                    }
                    _ => Some(found.date),
                }
            }
            _ => last_day.zip(leading_time).map(|(day, (time, offset, _))| {
                PageDate::at(day, time, offset)
            }),
        };
        let Some(date) = date else {
            continue;
        };
        last_day = Some(date.date);
        let slot =
            if is_update { &mut dates.modified } else { &mut dates.published };
        if slot.is_none() {
            *slot = Some(date);
        }
    }
    dates
}

/// An agency dateline or press-release place line at the head of the
/// body, so the caller can fill SPEC `dateline` and cut it from
/// paragraph 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place as written: "PARIS", "LAS VEGAS, Nevada", "Bruxelles".
    pub place: String,
    /// Canonical agency name ("AFP", "Reuters", "ATS"), when credited.
    pub agency: Option<String>,
    /// Byte length of the dateline prefix, including the dash and the
    /// space after it (the whole paragraph for a place-and-date line).
    pub len: usize,
}

/// Recognises a dateline at the start of a paragraph: "PARIS (AFP) - …",
/// "PARIS, 10 nov (AFP) - …", "LAS VEGAS, Nevada (Reuters) - …",
/// "GENÈVE (ats) – …", or a paragraph that is only "Bruxelles, le 28
/// septembre 2000".
///
/// Needs a known agency in parentheses, or a full date with a year: an
/// upper-case kicker ("DÉCRYPTAGE - Les gens…", "EXCLUSIF. …") or a
/// sentence is not a dateline.
pub fn parse_dateline(paragraph: &str) -> Option<Dateline> {
    let caps = DATELINE.captures(paragraph)?;
    let place = caps.name("place")?.as_str();
    if place.chars().count() > MAX_PLACE_CHARS
        || place.split_whitespace().count() > MAX_PLACE_WORDS
    {
        return None;
    }
    let agency = match caps.name("agency") {
        Some(inner) => Some(is_agency(inner.as_str())?.to_string()),
        None => None,
    };
    if agency.is_none()
        && (caps.name("year").is_none() || opens_with_label(place))
    {
        return None;
    }
    if let (Some(day), Some(month)) = (caps.name("day"), caps.name("month")) {
        let (month, _) = month_number(month.as_str())?;
        let day = day_number(day.as_str())?;
        // A day that cannot be in this month is not a dateline.
        NaiveDate::from_ymd_opt(2000, month, day)?;
    }
    let place = match caps.name("region") {
        Some(region) => format!("{place}, {}", region.as_str()),
        None => place.to_string(),
    };
    Some(Dateline { place, agency, len: caps.get(0)?.end() })
}

/// Whether a text opens with a date label, a byline opener or "le" ("Par
/// Matthieu Hy, le 7 mai 2020" is a byline, not a place line).
fn opens_with_label(text: &str) -> bool {
    let first = fold(text.split_whitespace().next().unwrap_or(""));
    french::PUBLISHED_LABELS
        .iter()
        .chain(french::MODIFIED_LABELS)
        .chain(french::BYLINE_PREFIXES)
        .chain(french::DAY_ARTICLES)
        .any(|label| label.split(' ').next() == Some(first.as_str()))
}

/// One date found in a text, with its byte span.
struct Found {
    date: PageDate,
    start: usize,
    end: usize,
    /// False for "il y a 2 heures": no clock time may follow.
    takes_time: bool,
}

/// Earliest valid date of any French shape in `s`; ties keep the shape
/// order below (textual, numeric, day/month, relative).
fn find_french_date(s: &str, reference: Option<NaiveDate>) -> Option<Found> {
    // Only the relative day words ("hier") are written without a digit.
    let digits = has_digit(s);
    let candidates = [
        digits.then(|| first_text_date(s, reference)).flatten(),
        digits.then(|| first_numeric_date(s)).flatten(),
        reference
            .filter(|_| digits)
            .and_then(|today| first_day_month_date(s, today)),
        reference
            .filter(|_| digits)
            .and_then(|today| first_relative_ago(s, today)),
        reference.and_then(|today| first_relative_day(s, today)),
    ];
    let mut best: Option<Found> = None;
    for found in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| found.start < b.start) {
            best = Some(found);
        }
    }
    let found = best?;
    if !found.takes_time {
        return Some(found);
    }
    match time_after(s, found.end) {
        Some((time, offset, end)) => Some(Found {
            date: PageDate::at(found.date.date, time, offset),
            end,
            ..found
        }),
        None => Some(found),
    }
}

/// "10 novembre 2024", "le 3 mars" (year from `reference`), "10 nov. 24".
fn first_text_date(s: &str, reference: Option<NaiveDate>) -> Option<Found> {
    TEXT_DATE.captures_iter(s).find_map(|caps| {
        let whole = caps.get(0)?;
        let day = day_number(caps.name("day")?.as_str())?;
        let (month, abbreviated) = month_number(caps.name("month")?.as_str())?;
        let mut end = caps.name("dot").unwrap_or(caps.name("month")?).end();
        let mut year = None;
        if let Some(y) = caps.name("year") {
            let tail = s.get(y.end()..).unwrap_or("");
            if y.as_str().len() == 4 || is_year_tail(tail) {
                year = Some(full_year(y.as_str())?);
                end = y.end();
            }
        }
        // "5 sept enfants": an undotted abbreviation needs a year.
        if abbreviated && caps.name("dot").is_none() && year.is_none() {
            return None;
        }
        let date = match year {
            Some(year) => NaiveDate::from_ymd_opt(year, month, day)?,
            None => infer_year(day, month, reference?)?,
        };
        text_year_ok(date).then_some(Found {
            date: PageDate::on(date),
            start: whole.start(),
            end,
            takes_time: true,
        })
    })
}

/// "22/10/17", "04.05.2015", "12-12-2019": always day first.
fn first_numeric_date(s: &str) -> Option<Found> {
    NUMERIC_DATE.captures_iter(s).find_map(|caps| {
        let whole = caps.get(0)?;
        let separator = caps.name("s1")?.as_str();
        // Spaced dashes are scores or ranges ("2 - 1 - 20"), not dates.
        if separator != caps.name("s2")?.as_str()
            || separator == " - "
            || continues_number(s, whole.start(), whole.end())
        {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(
            full_year(caps.name("y")?.as_str())?,
            caps.name("mo")?.as_str().parse().ok()?,
            caps.name("d")?.as_str().parse().ok()?,
        )?;
        text_year_ok(date).then_some(Found {
            date: PageDate::on(date),
            start: whole.start(),
            end: whole.end(),
            takes_time: true,
        })
    })
}

/// "Le 23/11": day and month, year from `reference`.
fn first_day_month_date(s: &str, reference: NaiveDate) -> Option<Found> {
    DAY_MONTH_DATE.captures_iter(s).find_map(|caps| {
        let whole = caps.get(0)?;
        if s.get(whole.end()..).is_some_and(|tail| tail.starts_with('/')) {
            return None;
        }
        let date = infer_year(
            caps.name("d")?.as_str().parse().ok()?,
            caps.name("mo")?.as_str().parse().ok()?,
            reference,
        )?;
        Some(Found {
            date: PageDate::on(date),
            start: whole.start(),
            end: whole.end(),
            takes_time: true,
        })
    })
}

/// "il y a 2 heures": the day only, counted back from `reference`.
fn first_relative_ago(s: &str, reference: NaiveDate) -> Option<Found> {
    RELATIVE_AGO_DATE.captures_iter(s).find_map(|caps| {
        let whole = caps.get(0)?;
        let count: i64 = caps.name("n")?.as_str().parse().ok()?;
        let unit = fold(caps.name("unit")?.as_str());
        let minutes = french::RELATIVE_UNITS
            .iter()
            .find(|(word, _)| *word == unit)
            .map(|(_, minutes)| *minutes)?;
        let days =
            u64::try_from(count.checked_mul(minutes)? / MINUTES_PER_DAY)
                .ok()?;
        let date = reference.checked_sub_days(Days::new(days))?;
        Some(Found {
            date: PageDate::on(date),
            start: whole.start(),
            end: whole.end(),
            takes_time: false,
        })
    })
}

/// "Hier à 18h", "aujourd’hui à 10:05", or the word alone ("Hier"); a bare
/// day word inside a sentence is not a date.
fn first_relative_day(s: &str, reference: NaiveDate) -> Option<Found> {
    let trimmed_len = s.trim().len();
    RELATIVE_DAY_DATE.captures_iter(s).find_map(|caps| {
        let word = caps.name("word")?;
        let key = fold(word.as_str());
        let offset = french::RELATIVE_DAYS
            .iter()
            .find(|(entry, _)| *entry == key)
            .map(|(_, days)| *days)?;
        let alone = trimmed_len == word.as_str().len();
        if !alone && time_after(s, word.end()).is_none() {
            return None;
        }
        let date =
            reference.checked_add_signed(TimeDelta::try_days(offset)?)?;
        Some(Found {
            date: PageDate::on(date),
            start: word.start(),
            end: word.end(),
            takes_time: true,
        })
    })
}

/// The time of day that follows byte `at` of `s`, with its written offset
/// ("UTC+1") and the byte where it ends.
fn time_after(
    s: &str,
    at: usize,
) -> Option<(NaiveTime, Option<FixedOffset>, usize)> {
    let tail = s.get(at..)?;
    if !has_digit(tail) {
        return None;
    }
    let caps = TIME_AFTER.captures(tail)?;
    let (hour, minute, second) = match caps.name("h") {
        Some(hour) => {
            (hour.as_str(), caps.name("mi").map_or("0", |m| m.as_str()), "0")
        }
        None => (
            caps.name("hc")?.as_str(),
            caps.name("mc")?.as_str(),
            caps.name("sc").map_or("0", |m| m.as_str()),
        ),
    };
    let time = NaiveTime::from_hms_opt(
        hour.parse().ok()?,
        minute.parse().ok()?,
        second.parse().ok()?,
    )?;
    let offset = match caps.name("z") {
        Some(zone) => Some(parse_offset(zone.as_str())?),
        None => None,
    };
    Some((time, offset, at + caps.get(0)?.end()))
}

/// A [`PageDate`] from the captures of a machine pattern.
fn machine_from_captures(caps: &Captures) -> Option<PageDate> {
    let date = NaiveDate::from_ymd_opt(
        full_year(caps.name("y")?.as_str())?,
        caps.name("mo")?.as_str().parse().ok()?,
        caps.name("d")?.as_str().parse().ok()?,
    )?;
    if date.year() > MAX_YEAR {
        return None;
    }
    let Some(hour) = caps.name("h") else {
        return Some(PageDate::on(date));
    };
    let time = NaiveTime::from_hms_opt(
        hour.as_str().parse().ok()?,
        caps.name("mi")?.as_str().parse().ok()?,
        caps.name("s").map_or(Some(0), |s| s.as_str().parse().ok())?,
    )?;
    let offset = match caps.name("z") {
        Some(zone) => Some(parse_offset(zone.as_str())?),
        None => None,
    };
    Some(PageDate::at(date, time, offset))
}

/// JavaScript `Date.toString()`: "Tue Aug 06 2019 10:00:00 GMT+0000
/// (Coordinated Universal Time)".
fn parse_js_date(s: &str) -> Option<PageDate> {
    let head = s.split(" (").next().unwrap_or(s).trim();
    let parsed =
        DateTime::parse_from_str(head, "%a %b %d %Y %H:%M:%S GMT%z").ok()?;
    let local = parsed.naive_local();
    (local.year() <= MAX_YEAR).then_some(PageDate::at(
        local.date(),
        local.time(),
        Some(*parsed.offset()),
    ))
}

/// English long date from inline scripts: "Thursday 12 December 2019".
fn parse_english_long_date(s: &str) -> Option<PageDate> {
    let date = NaiveDate::parse_from_str(s, "%A %d %B %Y").ok()?;
    (date.year() <= MAX_YEAR).then_some(PageDate::on(date))
}

/// A written UTC offset: "Z", "UTC", "+01:00", "+0100", "-05", "UTC+1".
fn parse_offset(zone: &str) -> Option<FixedOffset> {
    let rest =
        zone.trim().trim_start_matches("UTC").trim_start_matches("GMT").trim();
    if rest.is_empty() || rest.eq_ignore_ascii_case("z") {
        return FixedOffset::east_opt(0);
    }
    let (sign, digits) = match rest.strip_prefix('+') {
        Some(digits) => (1, digits),
        None => (-1, rest.strip_prefix('-')?),
    };
    let digits: String = digits.chars().filter(|c| *c != ':').collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.as_str(), "0"),
        4 => (digits.get(..2)?, digits.get(2..)?),
        _ => return None,
    };
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if hours > MAX_OFFSET_HOURS || minutes >= 60 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// Europe/Paris offset of a local time: the earlier one in the autumn
/// fold (+02:00), the one before the gap in the spring gap (+01:00).
fn paris_offset(local: NaiveDateTime) -> Option<FixedOffset> {
    Paris
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            let before = local.checked_sub_signed(TimeDelta::try_hours(1)?)?;
            Paris.from_local_datetime(&before).earliest()
        })
        .map(|resolved| resolved.offset().fix())
}

/// Day number of "1er" or "17".
fn day_number(day: &str) -> Option<u32> {
    let key = fold(day);
    if french::FIRST_OF_MONTH.contains(&key.as_str()) {
        return Some(1);
    }
    key.parse().ok()
}

/// Month number of a French month name, and whether it was abbreviated.
fn month_number(word: &str) -> Option<(u32, bool)> {
    let key = fold(word.trim_end_matches('.'));
    let full = french::MONTHS.iter().find(|(name, _)| *name == key);
    match full {
        Some((_, number)) => Some((*number, false)),
        None => french::MONTH_ABBREVIATIONS
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, number)| (*number, true)),
    }
}

/// "2024" → 2024; "17" → 2017 (two-digit years are 20YY).
fn full_year(year: &str) -> Option<i32> {
    let number: i32 = year.parse().ok()?;
    match year.len() {
        2 => Some(2000 + number),
        4 => Some(number),
        _ => None,
    }
}

/// Whether a two-digit number after a month is a year: it must end the
/// text or be followed by a time, not by a word ("le 3 mars 12 personnes").
fn is_year_tail(tail: &str) -> bool {
    match tail.trim_start().chars().next() {
        None => true,
        Some(c) if c.is_alphabetic() => time_after(tail, 0).is_some(),
        Some(_) => true,
    }
}

/// Whether the numeric date at `start..end` is part of a longer dotted or
/// slashed number ("1.10.12.2019", "10.12.19.5").
fn continues_number(s: &str, start: usize, end: usize) -> bool {
    let mut before = s.get(..start).unwrap_or("").chars().rev();
    let mut after = s.get(end..).unwrap_or("").chars();
    let is_separator = |c: Option<char>| matches!(c, Some('/' | '.' | '-'));
    let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    (is_separator(before.next()) && is_digit(before.next()))
        || (is_separator(after.next()) && is_digit(after.next()))
}

/// The most recent (day, month) on or before `reference` (one day of
/// slack for time zones): "le 28 décembre" read on 5 January is last year.
fn infer_year(
    day: u32,
    month: u32,
    reference: NaiveDate,
) -> Option<NaiveDate> {
    let limit = reference.checked_add_days(Days::new(1))?;
    let this_year = NaiveDate::from_ymd_opt(reference.year(), month, day);
    match this_year {
        Some(date) if date <= limit => Some(date),
        _ => NaiveDate::from_ymd_opt(reference.year() - 1, month, day),
    }
}

/// Whether a visible date's year is plausible for a page.
fn text_year_ok(date: NaiveDate) -> bool {
    (MIN_TEXT_YEAR..=MAX_YEAR).contains(&date.year())
}

/// Regex alternation of every month spelling, full and abbreviated.
fn month_alternation() -> String {
    alt_iter(
        french::MONTHS
            .iter()
            .chain(french::MONTH_ABBREVIATIONS)
            .map(|(word, _)| *word),
    )
}

/// Lower case with ' folded to ’, the form of french.rs tables.
fn fold(s: &str) -> String {
    s.to_lowercase().replace('\'', "’")
}

/// Compiles a pattern built from constants and french.rs tables.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("date patterns are built from constants")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn machine(s: &str) -> String {
        parse_machine_date(s).map(|d| d.to_rfc3339()).unwrap_or_default()
    }

    fn french(s: &str) -> String {
        parse_french_date(s, None).map(|d| d.to_rfc3339()).unwrap_or_default()
    }

    fn french_on(s: &str, reference: NaiveDate) -> String {
        parse_french_date(s, Some(reference))
            .map(|d| d.to_rfc3339())
            .unwrap_or_default()
    }

    fn labelled(s: &str) -> (String, String) {
        let dates = find_labelled_dates(s, None);
        (
            dates.published.map(|d| d.to_rfc3339()).unwrap_or_default(),
            dates.modified.map(|d| d.to_rfc3339()).unwrap_or_default(),
        )
    }

    #[test]
    fn tables_are_lower_case_and_use_typographic_apostrophes() {
        let words = french::PUBLISHED_LABELS
            .iter()
            .chain(french::MODIFIED_LABELS)
            .chain(french::WEEKDAYS)
            .chain(french::RELATIVE_AGO)
            .copied()
            .chain(french::MONTHS.iter().map(|(w, _)| *w))
            .chain(french::MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
            .chain(french::RELATIVE_DAYS.iter().map(|(w, _)| *w));
        for word in words {
            assert!(!word.is_empty());
            assert_eq!(word, fold(word), "{word} must be folded");
            assert!(!word.ends_with('.'), "{word} must not carry its dot");
        }
    }

    #[test]
    fn parse_machine_date_keeps_written_offsets() {
        assert_eq!(
            machine("2024-11-10T08:32:00+01:00"),
            "2024-11-10T08:32:00+01:00"
        );
        assert_eq!(
            machine("2019-05-07T11:59:43.000Z"),
            "2019-05-07T11:59:43+00:00"
        );
        assert_eq!(
            machine("2024-04-29T17:01:24+0200"),
            "2024-04-29T17:01:24+02:00"
        );
        assert_eq!(
            machine("2020-02-19T05:00:00-05:00"),
            "2020-02-19T05:00:00-05:00"
        );
        assert_eq!(machine("2020-01-20T10:00Z"), "2020-01-20T10:00:00+00:00");
        assert_eq!(
            machine("2023-11-02T16:17+01:00"),
            "2023-11-02T16:17:00+01:00"
        );
        assert_eq!(
            machine("2020-05-07 10:12:44 +02:00"),
            "2020-05-07T10:12:44+02:00"
        );
        assert_eq!(
            machine("2019-06-27 09:10:11.123+02:00"),
            "2019-06-27T09:10:11+02:00"
        );
        let utc = parse_machine_date("2019-05-07T11:59:43Z");
        assert_eq!(utc.map(|d| d.assumed_paris), Some(false));
    }

    #[test]
    fn parse_machine_date_resolves_naive_values_in_paris() {
        let naive = parse_machine_date("2017-11-24T10:05:33");
        assert_eq!(naive.map(|d| d.assumed_paris), Some(true));
        assert_eq!(
            naive.map(|d| d.to_rfc3339()).as_deref(),
            Some("2017-11-24T10:05:33+01:00")
        );
        assert_eq!(
            machine("2020-12-26 21:00:00"),
            "2020-12-26T21:00:00+01:00"
        );
        assert_eq!(
            machine("2019-06-28T14:03:02.123456"),
            "2019-06-28T14:03:02+02:00"
        );
        assert_eq!(machine("2019-12-10|10h05"), "2019-12-10T10:05:00+01:00");
        assert_eq!(machine("2017-11-24T1005"), "2017-11-24T10:05:00+01:00");
    }

    #[test]
    fn parse_machine_date_reads_dates_without_time() {
        assert_eq!(machine("2019-12-10"), "2019-12-10");
        assert_eq!(machine("2019/12/10"), "2019-12-10");
        assert_eq!(machine("  2020-02-17 "), "2020-02-17");
        assert_eq!(machine("20191210"), "2019-12-10");
        let date = parse_machine_date("2019-12-10");
        assert_eq!(date.map(|d| (d.time, d.offset)), Some((None, None)));
    }

    #[test]
    fn parse_machine_date_reads_numeric_day_first() {
        assert_eq!(machine("06/01/2026"), "2026-01-06");
        assert_eq!(machine("07/05/2019"), "2019-05-07");
        assert_eq!(machine("12.12.2019"), "2019-12-12");
        assert_eq!(machine("12/25/2020"), "");
    }

    #[test]
    fn parse_machine_date_reads_javascript_to_string() {
        assert_eq!(
            machine(
                "Tue Aug 06 2019 10:00:00 GMT+0000 (Coordinated Universal \
                 Time)"
            ),
            "2019-08-06T10:00:00+00:00"
        );
        assert_eq!(
            machine("Tue Aug 06 2019 12:00:00 GMT+0200"),
            "2019-08-06T12:00:00+02:00"
        );
        assert_eq!(machine("Thursday 12 December 2019"), "2019-12-12");
    }

    #[test]
    fn parse_machine_date_rejects_junk() {
        assert_eq!(machine(""), "");
        assert_eq!(machine("null"), "");
        assert_eq!(machine("4:12"), "");
        assert_eq!(machine("0001-01-01T00:00:00Z"), "");
        assert_eq!(machine("2019-13-01"), "");
        assert_eq!(machine("2019-02-30T10:00:00Z"), "");
        assert_eq!(machine("2019-02-10T25:00:00Z"), "");
        assert_eq!(machine("2019-02-10T10:00:00+25:00"), "");
        assert_eq!(machine("123456789"), "");
        assert_eq!(machine("10 novembre 2024"), "");
    }

    #[test]
    fn to_rfc3339_handles_paris_daylight_saving() {
        let at = |d: NaiveDate, h: u32, m: u32| {
            let time = NaiveTime::from_hms_opt(h, m, 0).expect("valid time");
            PageDate::at(d, time, None).to_rfc3339()
        };
        assert_eq!(at(day(2024, 3, 31), 3, 30), "2024-03-31T03:30:00+02:00");
        assert_eq!(at(day(2024, 10, 27), 1, 30), "2024-10-27T01:30:00+02:00");
        assert_eq!(at(day(2024, 11, 10), 8, 32), "2024-11-10T08:32:00+01:00");
        assert_eq!(at(day(2024, 3, 31), 1, 59), "2024-03-31T01:59:00+01:00");
        // The repeated hour takes the first (summer) offset.
        assert_eq!(at(day(2024, 10, 27), 2, 30), "2024-10-27T02:30:00+02:00");
        // A time in the spring gap keeps the winter offset.
        assert_eq!(at(day(2024, 3, 31), 2, 30), "2024-03-31T02:30:00+01:00");
        assert_eq!(at(day(2024, 7, 14), 23, 59), "2024-07-14T23:59:00+02:00");
    }

    #[test]
    fn to_rfc3339_resolves_a_time_without_offset() {
        let date = PageDate {
            date: day(2024, 11, 10),
            time: NaiveTime::from_hms_opt(8, 32, 0),
            offset: None,
            assumed_paris: false,
        };
        assert_eq!(date.to_rfc3339(), "2024-11-10T08:32:00+01:00");
        assert_eq!(PageDate::on(day(2000, 9, 28)).to_rfc3339(), "2000-09-28");
    }

    #[test]
    fn parse_french_date_reads_full_dates_with_time() {
        assert_eq!(
            french("10 novembre 2024 à 08h32"),
            "2024-11-10T08:32:00+01:00"
        );
        assert_eq!(
            french("Publié le 07 mai 2019 à 13h59"),
            "2019-05-07T13:59:00+02:00"
        );
        assert_eq!(french("1 mars 2019 à 15:20"), "2019-03-01T15:20:00+01:00");
        assert_eq!(
            french("10 novembre 2024 à 9 h 14 min"),
            "2024-11-10T09:14:00+01:00"
        );
        assert_eq!(
            french("Le 2 novembre 2023 à 16h17"),
            "2023-11-02T16:17:00+01:00"
        );
        assert_eq!(
            french("(22 juin 2018 @11h13)"),
            "2018-06-22T11:13:00+02:00"
        );
        assert_eq!(
            french("par JPA le 7 mai 2020 - 12:38."),
            "2020-05-07T12:38:00+02:00"
        );
        assert_eq!(
            french("Publié le jeudi 24 Décembre 2020 à 07h47"),
            "2020-12-24T07:47:00+01:00"
        );
        assert_eq!(
            french("Publié à 14\u{a0}h\u{a0}49 le 2 novembre 2023"),
            "2023-11-02"
        );
        assert_eq!(
            french(
                "Soumis par monslateamoi, le lundi 29 octobre 2012 à 15h46"
            ),
            "2012-10-29T15:46:00+01:00"
        );
    }

    #[test]
    fn parse_french_date_reads_dates_without_time() {
        assert_eq!(french("le 1er juillet 2020"), "2020-07-01");
        assert_eq!(french("Mardi 17 octobre 2023"), "2023-10-17");
        assert_eq!(french("lun. 5 août 2019"), "2019-08-05");
        assert_eq!(french("lun. 5 aout 2019"), "2019-08-05");
        assert_eq!(french("06 Novembre 2019"), "2019-11-06");
        assert_eq!(french("10 nov. 2024"), "2024-11-10");
        assert_eq!(french("le 07 Mai 2020"), "2020-05-07");
        assert_eq!(french("19 février 2020"), "2020-02-19");
        assert_eq!(french("3 févr. 2021"), "2021-02-03");
        assert_eq!(french("14 juil. 2019"), "2019-07-14");
        assert_eq!(french("24 déc. 2020"), "2020-12-24");
        assert_eq!(french("1ER JANVIER 2021"), "2021-01-01");
        assert_eq!(french("par Didier Roy, 21 juin 2018"), "2018-06-21");
        assert_eq!(french("Édition du 12 octobre 2020"), "2020-10-12");
    }

    #[test]
    fn parse_french_date_reads_numeric_dates_day_first() {
        assert_eq!(
            french("Publié le 22/10/17 à 19h49"),
            "2017-10-22T19:49:00+02:00"
        );
        assert_eq!(french("04.05.2015 à 13h36"), "2015-05-04T13:36:00+02:00");
        assert_eq!(
            french("Créé: 12.12.2019, 07h36"),
            "2019-12-12T07:36:00+01:00"
        );
        assert_eq!(
            french("06/01/2026 - 14:16 UTC+1"),
            "2026-01-06T14:16:00+01:00"
        );
        let explicit = parse_french_date("06/01/2026 - 14:16 UTC+1", None);
        assert_eq!(explicit.map(|d| d.assumed_paris), Some(false));
        assert_eq!(french("26/12/2020 à 21:00"), "2020-12-26T21:00:00+01:00");
        assert_eq!(
            french("le 02.10.2017 à 08h31"),
            "2017-10-02T08:31:00+02:00"
        );
        assert_eq!(french("12-12-2019 • 14H45"), "2019-12-12T14:45:00+01:00");
        assert_eq!(french("10.12.19"), "2019-12-10");
        assert_eq!(french("08 . 12 . 19"), "2019-12-08");
        assert_eq!(french("score 2 - 1 - 20"), "");
        assert_eq!(french("le 08/12 .19"), "");
        assert_eq!(french("(28.9.2000)"), "2000-09-28");
        assert_eq!(french("Le 17/02/2020"), "2020-02-17");
        assert_eq!(
            french("Le 23/11/2023 à 14H45"),
            "2023-11-23T14:45:00+01:00"
        );
    }

    #[test]
    fn parse_french_date_reads_two_digit_year_after_month() {
        assert_eq!(
            french("Publié le 22 Mar 20 à 9:05"),
            "2020-03-22T09:05:00+01:00"
        );
        assert_eq!(french("22 oct. 19"), "2019-10-22");
    }

    #[test]
    fn parse_french_date_needs_reference_for_partial_dates() {
        let today = day(2024, 11, 10);
        assert_eq!(french("le 3 mars"), "");
        assert_eq!(french_on("le 3 mars", today), "2024-03-03");
        assert_eq!(french_on("le 28 décembre", day(2025, 1, 5)), "2024-12-28");
        assert_eq!(french("Le 23/11 à 14H45"), "");
        assert_eq!(
            french_on("Le 23/11 à 14H45", today),
            "2023-11-23T14:45:00+01:00"
        );
        assert_eq!(
            french_on("Le 17 juillet à 22:09", today),
            "2024-07-17T22:09:00+02:00"
        );
        assert_eq!(french("le 3 mars 12 personnes"), "");
    }

    #[test]
    fn parse_french_date_reads_relative_dates_with_reference() {
        let today = day(2024, 11, 10);
        assert_eq!(french("Hier à 18h"), "");
        assert_eq!(
            french_on("Hier à 18h", today),
            "2024-11-09T18:00:00+01:00"
        );
        assert_eq!(french_on("il y a 2 heures", today), "2024-11-10");
        assert_eq!(french_on("Il y a\u{a0}3 jours", today), "2024-11-07");
        assert_eq!(french_on("il y a 2 minute", today), "2024-11-10");
        assert_eq!(french_on("il y a 48 heures", today), "2024-11-08");
        assert_eq!(french("il y a 2 heures"), "");
        assert_eq!(
            french_on("Aujourd'hui à 10:05", today),
            "2024-11-10T10:05:00+01:00"
        );
        assert_eq!(french_on("avant-hier", today), "2024-11-08");
        assert_eq!(french_on("Hier, le gouvernement a tranché.", today), "");
    }

    #[test]
    fn parse_french_date_ignores_traps() {
        assert_eq!(french("Durée : 4:12"), "");
        assert_eq!(french("Vidéo 14’12"), "");
        assert_eq!(french("Il a sept enfants"), "");
        assert_eq!(french("Elle a eu 5 sept fois"), "");
        assert_eq!(french("Il est né en mai"), "");
        assert_eq!(french("En kiosques : juillet 2020"), "");
        assert_eq!(french("Version 1.10.12.2019"), "");
        assert_eq!(french("le 31 février 2020"), "");
        assert_eq!(french("le 3 mars 1789"), "");
        assert_eq!(french("10 novembre 2024 3 hommes"), "2024-11-10");
        assert_eq!(french("10 novembre 2024 Durée : 4:12"), "2024-11-10");
    }

    #[test]
    fn parse_french_date_takes_the_first_date() {
        assert_eq!(
            french("Publié le 07 mai 2019 - Mis à jour le 08 mai 2019"),
            "2019-05-07"
        );
        assert_eq!(french("21/10/17 puis le 3 mars 2018"), "2017-10-21");
    }

    #[test]
    fn find_labelled_dates_reads_both_labels() {
        assert_eq!(
            labelled(
                "Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à \
                 09h03"
            ),
            (
                "2019-05-07T13:59:00+02:00".to_string(),
                "2019-05-08T09:03:00+02:00".to_string()
            )
        );
        assert_eq!(
            labelled("Mis à jour le 10/11/2024 à 9:05"),
            (String::new(), "2024-11-10T09:05:00+01:00".to_string())
        );
        assert_eq!(
            labelled("Mis à jour le 18/06/2014 à 17h03 –"),
            (String::new(), "2014-06-18T17:03:00+02:00".to_string())
        );
    }

    #[test]
    fn find_labelled_dates_reads_other_labels() {
        assert_eq!(labelled("Modifié le 3 mars 2021").1, "2021-03-03");
        assert_eq!(
            labelled("MAJ 12/03/2021 à 10h").1,
            "2021-03-12T10:00:00+01:00"
        );
        assert_eq!(labelled("Actualisé le 4 avril 2021").1, "2021-04-04");
        assert_eq!(
            labelled("Dernière mise à jour : 5 mai 2021").1,
            "2021-05-05"
        );
        assert_eq!(
            labelled("Créé: 12.12.2019, 07h36").0,
            "2019-12-12T07:36:00+01:00"
        );
        assert_eq!(labelled("Mise en ligne le 28 juin 2019").0, "2019-06-28");
        assert_eq!(labelled("Posté le 1er juillet 2020").0, "2020-07-01");
        assert_eq!(
            labelled("Date de publication : 17/02/2020").0,
            "2020-02-17"
        );
        assert_eq!(
            labelled("Par Camille Durand Publié le 10 novembre 2024 à 08h32")
                .0,
            "2024-11-10T08:32:00+01:00"
        );
    }

    #[test]
    fn find_labelled_dates_takes_a_time_written_before_the_date() {
        assert_eq!(
            labelled("Publié à 14\u{a0}h\u{a0}49 le 2 novembre 2023").0,
            "2023-11-02T14:49:00+01:00"
        );
    }

    #[test]
    fn find_labelled_dates_counts_unlabelled_as_published() {
        assert_eq!(
            labelled("Le 2 novembre 2023 à 16h17"),
            ("2023-11-02T16:17:00+01:00".to_string(), String::new())
        );
        assert_eq!(
            labelled("Mardi 17 octobre 2023, modifié le 18 octobre 2023"),
            ("2023-10-17".to_string(), "2023-10-18".to_string())
        );
        assert_eq!(
            labelled("Aucune date ici"),
            (String::new(), String::new())
        );
    }

    #[test]
    fn find_labelled_dates_takes_update_time_on_publication_day() {
        assert_eq!(
            labelled("publié le 26/12/2020 à 21:00 , mis à jour à 21:05"),
            (
                "2020-12-26T21:00:00+01:00".to_string(),
                "2020-12-26T21:05:00+01:00".to_string()
            )
        );
    }

    #[test]
    fn find_labelled_dates_uses_reference_for_relative_labels() {
        let dates = find_labelled_dates(
            "Publié hier à 18h05",
            Some(day(2024, 11, 10)),
        );
        assert_eq!(
            dates.published.map(|d| d.to_rfc3339()).as_deref(),
            Some("2024-11-09T18:05:00+01:00")
        );
    }

    #[test]
    fn find_labelled_dates_ignores_far_dates() {
        let far = "Publié dans la rubrique International, section \
                   Europe, rédaction centrale — 3 mars 2020";
        assert_eq!(labelled(far), (String::new(), String::new()));
    }

    #[test]
    fn parse_dateline_reads_agency_datelines() {
        let text = "PARIS (AFP) - Le gouvernement a annoncé…";
        let line = parse_dateline(text);
        assert_eq!(
            line,
            Some(Dateline {
                place: "PARIS".to_string(),
                agency: Some("AFP".to_string()),
                len: "PARIS (AFP) - ".len(),
            })
        );
        let text = "PARIS, 10 nov (AFP) - Le gouvernement…";
        let line = parse_dateline(text);
        assert_eq!(line.as_ref().map(|l| l.place.as_str()), Some("PARIS"));
        assert_eq!(line.map(|l| l.len), Some("PARIS, 10 nov (AFP) - ".len()));
        let text = "LAS VEGAS, Nevada (Reuters) - La police américaine…";
        let line = parse_dateline(text);
        assert_eq!(
            line,
            Some(Dateline {
                place: "LAS VEGAS, Nevada".to_string(),
                agency: Some("Reuters".to_string()),
                len: "LAS VEGAS, Nevada (Reuters) - ".len(),
            })
        );
        let text = "GENÈVE (ats) – Le Conseil fédéral…";
        let line = parse_dateline(text);
        assert_eq!(line.as_ref().map(|l| l.place.as_str()), Some("GENÈVE"));
        assert_eq!(
            line.as_ref().and_then(|l| l.agency.as_deref()),
            Some("ATS")
        );
        assert_eq!(
            text.get(line.map_or(0, |l| l.len)..),
            Some("Le Conseil fédéral…")
        );
        let text = "Bruxelles, 10 nov. (Reuters) — La Commission…";
        assert_eq!(
            parse_dateline(text).map(|l| l.place),
            Some("Bruxelles".to_string())
        );
    }

    #[test]
    fn parse_dateline_reads_press_release_place_line() {
        let text = "Bruxelles, le 28 septembre 2000";
        assert_eq!(
            parse_dateline(text),
            Some(Dateline {
                place: "Bruxelles".to_string(),
                agency: None,
                len: text.len(),
            })
        );
    }

    #[test]
    fn parse_dateline_rejects_kickers_and_sentences() {
        assert_eq!(parse_dateline("DÉCRYPTAGE - Les gens du voyage…"), None);
        assert_eq!(parse_dateline("EXCLUSIF. Le ministre a dit…"), None);
        assert_eq!(parse_dateline("DIRECT. Suivez la soirée…"), None);
        assert_eq!(parse_dateline("PARIS - Le gouvernement a annoncé…"), None);
        assert_eq!(
            parse_dateline("Emmanuel Macron a annoncé lundi une réforme."),
            None
        );
        assert_eq!(parse_dateline("Jean Dupont (LREM) - Le député…"), None);
        assert_eq!(
            parse_dateline(
                "Bruxelles, le 28 septembre 2000, la Commission a…"
            ),
            None
        );
        assert_eq!(parse_dateline(""), None);
        assert_eq!(parse_dateline("Le 28 juin 2019"), None);
        assert_eq!(parse_dateline("Publié le 29 juin 2019"), None);
        assert_eq!(parse_dateline("Par Matthieu Hy, le 07 Mai 2020"), None);
    }
}
