//! Bylines for the metadata stage, read from text only.
//!
//! Input: the text of a byline element or of a machine author field ("Par
//! Camille Durand Publié le …", "Le Monde avec AFP", "Recueilli par
//! Patrick ANGEVIN.").
//! Output: [`Byline`]: people for SPEC `authors` (natural case, no "Par",
//! no role, no date) and news agencies for SPEC `agencies`.
//! Must not: see the DOM, decide which element is the byline (the caller
//! keeps it short and in the article header), or put an agency,
//! organisation, site, URL or e-mail among the authors.
//! French words come from `crate::french`.

use std::sync::LazyLock;

use regex::Regex;

use super::gate::{WordGate, has_digit};
use crate::french;
use crate::pattern::alt_iter;

/// Most words in a person's name ("Jean de La Fontaine" is 4).
const MAX_NAME_WORDS: usize = 5;

/// Byline opener at the start, or after a separator or a date: "Par ",
/// "par : ", "Propos recueillis par ", "10 novembre 2024 - Par ",
/// "Publié le 10 novembre 2024 par ".
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:^|[-–—|•,]\s*|\d\s+)\b{}\b\s*:?\s*",
        alt_iter(french::BYLINE_PREFIXES.iter().copied())
    ))
});

/// A several-word opener anywhere: "Ouest-France Recueilli par ",
/// "Propos recueillis par ".
static INNER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{}\b\s*:?\s*",
        alt_iter(
            french::BYLINE_PREFIXES
                .iter()
                .filter(|prefix| prefix.contains(' '))
                .copied()
        )
    ))
});

/// Where the names stop: a date or cut label ("Publié", "Mis à jour",
/// "Photos") or a separator ("|", "•", "—", " - ").
static CUT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{labels}\b|[|•·—]|\s[-–](?:\s|$)",
        labels = alt_iter(
            french::PUBLISHED_LABELS
                .iter()
                .chain(french::MODIFIED_LABELS)
                .chain(french::BYLINE_CUT_LABELS)
                .copied()
        ),
    ))
});

/// Where a date or a number starts after the names: ", 21 juin 2018",
/// ", le lundi 29", " le 7 mai", " 3 min". Not at the very start ("20
/// Minutes avec AFP" is a site, rejected later for its digits).
static DATE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i),?\s*(?:\b{articles}\s+)?(?:\b{weekdays}\.?\s+)?\d+",
        articles = alt_iter(french::DAY_ARTICLES.iter().copied()),
        weekdays = alt_iter(french::WEEKDAYS.iter().copied()),
    ))
});

/// URLs and e-mail addresses: "https://twitter.com/x", "www.site.fr",
/// "jean.dupont@lemonde.fr".
static LINK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:https?://|www\.)\S*|\S+@\S+\.\S+"));

/// A parenthesis, closed or left open: "(avec Damien Leloup)",
/// "(Bruxelles, bureau européen)", "(AFP".
static PARENTHESIS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\((?P<inner>[^()]*)\)?"));

/// "avec" joining co-authors or an agency: "Le Monde avec AFP".
static WITH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:^|\s)\b{}\b\s*",
        alt_iter(french::BYLINE_WITH.iter().copied())
    ))
});

/// Separators between people: " et ", " & ", " and ", " / ".
static JOINER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\s+(?:{}|/)\s+|\s*&\s*",
        alt_iter(french::BYLINE_JOINERS.iter().copied())
    ))
});

/// A role ending the names: "correspondant à Pékin", "Envoyés spéciaux".
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{}\b",
        alt_iter(french::BYLINE_ROLES.iter().copied())
    ))
});

/// Byline openers, for skipping `PREFIX` and `INNER_PREFIX` on text
/// holding none (header lines that are not bylines).
static PREFIX_GATE: LazyLock<WordGate> =
    LazyLock::new(|| WordGate::new(french::BYLINE_PREFIXES.iter().copied()));

/// The words of `CUT`; its separators are checked apart.
static CUT_GATE: LazyLock<WordGate> = LazyLock::new(|| {
    WordGate::new(
        french::PUBLISHED_LABELS
            .iter()
            .chain(french::MODIFIED_LABELS)
            .chain(french::BYLINE_CUT_LABELS)
            .copied(),
    )
});

/// The words of `WITH`.
static WITH_GATE: LazyLock<WordGate> =
    LazyLock::new(|| WordGate::new(french::BYLINE_WITH.iter().copied()));

/// The words of `JOINER`; "/" and "&" are checked apart.
static JOINER_GATE: LazyLock<WordGate> =
    LazyLock::new(|| WordGate::new(french::BYLINE_JOINERS.iter().copied()));

/// The words of `ROLE`.
static ROLE_GATE: LazyLock<WordGate> =
    LazyLock::new(|| WordGate::new(french::BYLINE_ROLES.iter().copied()));

/// The people and agencies credited by a byline.
///
/// Apart because SPEC keeps `authors` (people only) and `agencies`
/// (credited desks, never in `authors`) in separate fields.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Byline {
    /// People, in byline order, natural case, without duplicates.
    pub authors: Vec<String>,
    /// Canonical agency names ("AFP", "Reuters"), without duplicates.
    pub agencies: Vec<String>,
}

/// Splits a byline into people and agencies, dropping the opener ("Par",
/// "Recueilli par"), dates and date labels, roles ("correspondant à
/// Pékin"), locations in parentheses, collective signatures, URLs and
/// e-mail addresses.
///
/// "Par Prénom NOM avec AFP" gives authors ["Prénom Nom"] and agencies
/// ["AFP"]; "(avec Y et Z)" adds Y and Z as authors; "Le Monde avec AFP",
/// "La rédaction" and "Par contre, …" give no author.
pub fn parse_byline(s: &str) -> Byline {
    let text = if may_hold_link(s) {
        fold_spaces(&LINK.replace_all(s, " "))
    } else {
        fold_spaces(s)
    };
    let start = if PREFIX_GATE.may_match(&text) {
        [PREFIX.find(&text), INNER_PREFIX.find(&text)]
            .into_iter()
            .flatten()
            .min_by_key(|m| m.start())
            .map_or(0, |m| m.end())
    } else {
        0
    };
    let names = text.get(start..).unwrap_or("");
    let label_end = if may_cut(names) {
        CUT.find(names).map_or(names.len(), |m| m.start())
    } else {
        names.len()
    };
    let date_end = if has_digit(names) {
        DATE_CUT
            .find_iter(names)
            .map(|m| m.start())
            .find(|start| *start > 0)
            .unwrap_or(names.len())
    } else {
        names.len()
    };
    let end = label_end.min(date_end);
    let names = names.get(..end).unwrap_or(names);

    let mut byline = Byline::default();
    let mut main = String::new();
    // Parenthesised co-authors come after the main names.
    let mut companions: Vec<&str> = Vec::new();
    let mut last = 0;
    for caps in PARENTHESIS.captures_iter(names) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.name("inner"))
        else {
            continue;
        };
        main.push_str(names.get(last..whole.start()).unwrap_or(""));
        main.push(' ');
        last = whole.end();
        let inner = inner.as_str();
        let with = WITH_GATE
            .may_match(inner)
            .then(|| WITH.find(inner))
            .flatten()
            .filter(|m| m.start() == 0);
        if let Some(with) = with {
            companions.push(inner.get(with.end()..).unwrap_or(""));
        } else if is_agency(inner).is_some() {
            companions.push(inner);
        }
    }
    main.push_str(names.get(last..).unwrap_or(""));
    let parts: Vec<&str> = if WITH_GATE.may_match(&main) {
        WITH.split(&main).collect()
    } else {
        vec![main.as_str()]
    };
    for part in parts.into_iter().chain(companions) {
        add_people(part, &mut byline);
    }
    byline
}

/// Necessary condition of a `LINK` match: a scheme, an "@" or "www.".
fn may_hold_link(s: &str) -> bool {
    s.contains("://")
        || s.contains('@')
        || s.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Necessary condition of a `CUT` match: a label word, or one of its
/// separator characters.
fn may_cut(names: &str) -> bool {
    names.contains(['|', '•', '·', '—', '-', '–']) || CUT_GATE.may_match(names)
}

/// `JOINER.split`, skipped when `text` holds no joiner.
fn split_joiners(text: &str) -> Vec<&str> {
    if text.contains(['&', '/']) || JOINER_GATE.may_match(text) {
        JOINER.split(text).collect()
    } else {
        vec![text]
    }
}

/// Gives the natural form of a person's name, or None when the text is
/// not one, so organisations and junk never reach SPEC `authors`.
///
/// All-caps words take natural case ("Patrick ANGEVIN" → "Patrick
/// Angevin", "Jean-MARC" → "Jean-Marc", "Jean DE LA FONTAINE" → "Jean de
/// La Fontaine"); initials stay ("D.D."); honorifics go ("M.", "Mme",
/// "Dr"). Rejects agencies, photo agencies, collective signatures and
/// media, desk names, site names (".fr", ".com"), text with digits, URLs
/// or e-mails, lower-case words that are not particles, and more than
/// five words.
pub fn normalize_person_name(s: &str) -> Option<String> {
    let text = fold_spaces(s);
    let text = text
        .trim_end_matches([',', ';', ':', '|', '-', '–', '—', ' '])
        .trim_start_matches(['-', '–', '—', ',', ':', ' ']);
    let text = strip_final_dot(text);
    if text.is_empty()
        || text.chars().any(|c| c.is_ascii_digit() || c == '@')
        || text.contains("://")
        || is_organisation(text)
    {
        return None;
    }
    let mut words: Vec<&str> = text.split(' ').collect();
    if let Some(first) = words.first()
        && french::HONORIFICS.contains(&fold(first).as_str())
    {
        words.remove(0);
    }
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return None;
    }
    let last = words.len() - 1;
    for (index, word) in words.iter().enumerate() {
        let lower_allowed = index > 0 && index < last;
        if !is_name_word(word, lower_allowed) {
            return None;
        }
    }
    let cased: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(index, word)| natural_case(word, index == 0))
        .collect();
    Some(cased.join(" "))
}

/// Canonical name of a news agency ("afp", "(AFP)", "Agence
/// France-Presse", "AFP/Relaxnews", "ats/nxp", "l’AFP"), so agencies are
/// credited once, the same way, and never taken for people.
pub fn is_agency(s: &str) -> Option<&'static str> {
    let text = fold_spaces(s);
    let text =
        text.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ',' | ' '));
    let mut key = fold(text);
    for article in french::ELIDED_ARTICLES {
        if let Some(rest) = key.strip_prefix(article) {
            key = rest.to_string();
        }
    }
    let lookup = |key: &str| {
        french::NEWS_AGENCIES
            .iter()
            .find(|(spelling, _)| *spelling == key.trim())
            .map(|(_, canonical)| *canonical)
    };
    lookup(&key).or_else(|| {
        let (head, _) = key.split_once('/')?;
        lookup(head)
    })
}

/// Adds the people and agencies of one stretch of byline ("X, Y et Z",
/// "Raphaël Balenieri, correspondant à Pékin, Chine").
fn add_people(text: &str, byline: &mut Byline) {
    for chunk in split_joiners(text) {
        for (index, part) in chunk.split(',').enumerate() {
            let role = ROLE_GATE.may_match(part).then(|| ROLE.find(part));
            let Some(role) = role.flatten() else {
                add_person(part, byline);
                continue;
            };
            let before = part.get(..role.start()).unwrap_or("");
            let name = normalize_person_name(before);
            let has_name = name.is_some();
            if let Some(name) = name {
                push_unique(&mut byline.authors, name);
            }
            // "X, correspondant à Pékin, Chine": the rest is the place.
            // "De notre correspondant à Berlin, X": a name follows.
            if has_name || index > 0 {
                break;
            }
        }
    }
}

/// Adds one comma-free part: an agency, a person, or nothing.
fn add_person(part: &str, byline: &mut Byline) {
    if let Some(agency) = is_agency(part) {
        push_unique(&mut byline.agencies, agency.to_string());
    } else if let Some(name) = normalize_person_name(part) {
        push_unique(&mut byline.authors, name);
    }
}

/// Whether a name-shaped text is an organisation, a site or a desk.
fn is_organisation(text: &str) -> bool {
    let key = fold(text);
    let first_word = key.split(' ').next().unwrap_or("");
    let head = key.split('/').next().unwrap_or("").trim();
    is_agency(text).is_some()
        || french::PHOTO_AGENCIES.contains(&head)
        || french::COLLECTIVE_SIGNATURES.contains(&key.as_str())
        || french::DESK_WORDS.contains(&first_word)
        || french::SITE_NAME_SUFFIXES
            .iter()
            .any(|suffix| key.ends_with(suffix))
        || key.starts_with("www.")
}

/// Whether one word can be part of a person's name: capitalised (may be
/// hyphenated, elided "d’Artagnan", or initials "D.D.", "J.-M."), or a
/// lower-case particle inside the name ("de", "la").
fn is_name_word(word: &str, lower_allowed: bool) -> bool {
    let key = fold(word);
    if lower_allowed && is_particle_or_article(&key) {
        return true;
    }
    let name_chars =
        word.chars().all(|c| c.is_alphabetic() || is_name_mark(c));
    let body = strip_elision(word);
    // "O'Brien", "N’Diaye"; not "S'inscrire".
    let lower_after_apostrophe = body
        .chars()
        .zip(body.chars().skip(1))
        .any(|(a, b)| is_apostrophe(a) && b.is_lowercase());
    name_chars
        && !lower_after_apostrophe
        && body.chars().next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_alphabetic)
}

/// Whether a case-folded word is a name particle or article.
fn is_particle_or_article(key: &str) -> bool {
    french::NAME_PARTICLES.contains(&key)
        || french::NAME_ARTICLES.contains(&key)
}

/// The word without a leading elided particle ("d’Artagnan" → "Artagnan").
fn strip_elision(word: &str) -> &str {
    let key = fold(word);
    for particle in french::NAME_PARTICLES.iter().filter(|p| p.ends_with('’'))
    {
        if key.starts_with(particle) {
            let skip = particle.chars().count();
            let at =
                word.char_indices().nth(skip).map_or(word.len(), |(i, _)| i);
            return word.get(at..).unwrap_or(word);
        }
    }
    word
}

/// Natural case of one name word: an all-caps particle becomes lower case
/// unless it opens the name ("DE" → "de", "D’ARTAGNAN" → "d’Artagnan"),
/// each all-caps piece of two or more letters between "-", "’", "'", "."
/// is capitalised ("Jean-MARC" → "Jean-Marc"); the rest is kept.
fn natural_case(word: &str, is_first: bool) -> String {
    let lower_particle = is_all_caps(word) && !is_first;
    let key = fold(word);
    if lower_particle && french::NAME_PARTICLES.contains(&key.as_str()) {
        return key;
    }
    let mut out = String::with_capacity(word.len());
    let mut piece = String::new();
    for c in word.chars() {
        if is_name_mark(c) {
            let elided = lower_particle && out.is_empty() && is_apostrophe(c);
            out.push_str(&recase_piece(&piece, elided));
            out.push(c);
            piece.clear();
        } else {
            piece.push(c);
        }
    }
    out.push_str(&recase_piece(&piece, false));
    out
}

/// One piece of a name word: "ANGEVIN" → "Angevin"; "D" before "’" →
/// "d" when `elided` and "d’" is a particle; anything else as written.
fn recase_piece(piece: &str, elided: bool) -> String {
    let key = fold(piece);
    if elided && french::NAME_PARTICLES.contains(&format!("{key}’").as_str())
    {
        return key;
    }
    if !is_all_caps(piece) {
        return piece.to_string();
    }
    let mut chars = piece.chars();
    let first: String = chars.next().into_iter().collect();
    format!("{first}{}", chars.as_str().to_lowercase())
}

/// Marks inside a name word: hyphens, apostrophes, the dot of initials.
fn is_name_mark(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '.') || is_apostrophe(c)
}

/// Straight or typographic apostrophe.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Whether a word's letters are all upper case and there are at least two
/// ("ANGEVIN", "D’ARTAGNAN"; not "D." nor "Jean").
fn is_all_caps(word: &str) -> bool {
    let letters: Vec<char> =
        word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Drops a final full stop that ends a sentence ("ANGEVIN." → "ANGEVIN")
/// but keeps the dot of an initial ("D.D.", "Gérard L.").
fn strip_final_dot(text: &str) -> &str {
    let Some(stem) = text.strip_suffix('.').map(str::trim_end) else {
        return text;
    };
    let last_word = stem.rsplit(' ').next().unwrap_or("");
    let letters = last_word.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !last_word.contains('.') { stem } else { text }
}

/// Adds `value` unless the same text (case-folded) is already there.
pub(super) fn push_unique(list: &mut Vec<String>, value: String) {
    let key = fold(&value);
    if !list.iter().any(|known| fold(known) == key) {
        list.push(value);
    }
}

/// Runs of white space (NBSP, NNBSP included) folded to one space, trimmed.
fn fold_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower case with ' folded to ’, the form of french.rs tables.
fn fold(s: &str) -> String {
    s.to_lowercase().replace('\'', "’")
}

/// Compiles a pattern built from constants and french.rs tables.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("byline patterns are built from constants")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(s: &str) -> Vec<String> {
        parse_byline(s).authors
    }

    fn agencies(s: &str) -> Vec<String> {
        parse_byline(s).agencies
    }

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tables_are_lower_case_and_use_typographic_apostrophes() {
        let words = french::BYLINE_PREFIXES
            .iter()
            .chain(french::BYLINE_JOINERS)
            .chain(french::BYLINE_WITH)
            .chain(french::BYLINE_CUT_LABELS)
            .chain(french::BYLINE_ROLES)
            .chain(french::ELIDED_ARTICLES)
            .chain(french::PHOTO_AGENCIES)
            .chain(french::COLLECTIVE_SIGNATURES)
            .chain(french::DESK_WORDS)
            .chain(french::SITE_NAME_SUFFIXES)
            .chain(french::NAME_PARTICLES)
            .chain(french::NAME_ARTICLES)
            .chain(french::HONORIFICS)
            .copied()
            .chain(french::NEWS_AGENCIES.iter().map(|(w, _)| *w));
        for word in words {
            assert!(!word.is_empty());
            assert_eq!(word, fold(word), "{word} must be folded");
        }
    }

    #[test]
    fn gates_agree_with_their_regexes() {
        let samples = [
            "Par Jean Dupont https://twitter.com/jdupont",
            "Par Jean Dupont jean.dupont@lemonde.fr",
            "WWW.site.fr",
            "Par Jean Dupont",
            "Jean Dupont | Publié le 3 mars",
            "Jean Dupont - Photos AFP",
            "Anne Martin et Paul Durand",
            "Anne Martin & Paul Durand",
            "Sipa / Jean Dupont",
            "Par Anne Martin, Correspondante à Pékin",
            "ENVOYÉS\u{a0}SPÉCIAUX",
            "Le Monde avec AFP",
            "(with Reuters)",
            "Élodie Léger",
            "",
        ];
        for s in samples {
            assert!(may_hold_link(s) || !LINK.is_match(s), "link: {s}");
            assert!(may_cut(s) || !CUT.is_match(s), "cut: {s}");
            assert!(
                PREFIX_GATE.may_match(s)
                    || !(PREFIX.is_match(s) || INNER_PREFIX.is_match(s)),
                "prefix: {s}"
            );
            assert!(WITH_GATE.may_match(s) || !WITH.is_match(s), "with: {s}");
            assert!(ROLE_GATE.may_match(s) || !ROLE.is_match(s), "role: {s}");
            let split: Vec<&str> = JOINER.split(s).collect();
            assert_eq!(split_joiners(s), split, "joiner: {s}");
        }
        assert!(!may_hold_link("Par Jean Dupont"));
        assert!(!ROLE_GATE.may_match("Par Jean Dupont"));
    }

    #[test]
    fn parse_byline_reads_one_person() {
        assert_eq!(authors("Par Kab Niang"), names(&["Kab Niang"]));
        assert_eq!(authors("Par Thomas Lecomte"), names(&["Thomas Lecomte"]));
        assert_eq!(authors("Par Elba"), names(&["Elba"]));
        assert_eq!(authors("Jeremy Goujon"), names(&["Jeremy Goujon"]));
        assert_eq!(
            authors("Par\u{a0}David Mouriquand"),
            names(&["David Mouriquand"])
        );
        assert_eq!(
            authors("Par Léo Guy-Denarcy"),
            names(&["Léo Guy-Denarcy"])
        );
        assert_eq!(
            authors("Par Lorraine de Foucher"),
            names(&["Lorraine de Foucher"])
        );
    }

    #[test]
    fn parse_byline_cuts_date_labels() {
        assert_eq!(
            authors("Par Camille Durand Publié le 10 novembre 2024"),
            names(&["Camille Durand"])
        );
        assert_eq!(
            authors("Par Camille Durand Publié le"),
            names(&["Camille Durand"])
        );
        assert_eq!(
            authors("par Didier Roy, 21 juin 2018"),
            names(&["Didier Roy"])
        );
        assert_eq!(
            authors("Par Jean Dupont Mis à jour le 18/06/2014 à 17h03"),
            names(&["Jean Dupont"])
        );
        assert_eq!(
            authors("Par Jean Dupont, le lundi 29 octobre 2012"),
            names(&["Jean Dupont"])
        );
        assert_eq!(authors("Publié le 10 novembre 2024"), names(&[]));
    }

    #[test]
    fn parse_byline_finds_opener_after_a_date() {
        assert_eq!(
            authors("Dimanche 10 novembre 2024, 08h32 - Par Prénom Nom"),
            names(&["Prénom Nom"])
        );
        assert_eq!(
            authors("Publié le 10 novembre 2024 par Camille Durand"),
            names(&["Camille Durand"])
        );
    }

    #[test]
    fn parse_byline_splits_several_people() {
        assert_eq!(
            authors("par Alexandria Sage et Lisa Girion"),
            names(&["Alexandria Sage", "Lisa Girion"])
        );
        assert_eq!(
            authors("Par Anne Martin, Paul Durand et Léa Petit"),
            names(&["Anne Martin", "Paul Durand", "Léa Petit"])
        );
        assert_eq!(
            authors("Par Alexandre Hervaud et Jérémy Piette —"),
            names(&["Alexandre Hervaud", "Jérémy Piette"])
        );
        assert_eq!(
            authors("Anne Martin & Paul Durand"),
            names(&["Anne Martin", "Paul Durand"])
        );
        assert_eq!(
            authors("Par Anne Martin et Anne Martin"),
            names(&["Anne Martin"])
        );
    }

    #[test]
    fn parse_byline_reads_parentheses() {
        assert_eq!(
            authors(
                "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)"
            ),
            names(&["Martin Untersinger", "Damien Leloup", "Morgane Tual"])
        );
        assert_eq!(
            authors("Par Cécile Ducourtieux(Bruxelles, bureau européen)"),
            names(&["Cécile Ducourtieux"])
        );
        let byline = parse_byline("Par Jean Dupont (AFP)");
        assert_eq!(byline.authors, names(&["Jean Dupont"]));
        assert_eq!(byline.agencies, names(&["AFP"]));
    }

    #[test]
    fn parse_byline_separates_agencies() {
        let byline = parse_byline("Par Prénom NOM avec AFP");
        assert_eq!(byline.authors, names(&["Prénom Nom"]));
        assert_eq!(byline.agencies, names(&["AFP"]));
        let byline = parse_byline("Le Monde avec AFP");
        assert_eq!(
            byline,
            Byline { authors: vec![], agencies: names(&["AFP"]) }
        );
        assert_eq!(agencies("AFP"), names(&["AFP"]));
        assert_eq!(authors("AFP"), names(&[]));
        assert_eq!(agencies("Le Figaro et AFP"), names(&["AFP"]));
        assert_eq!(agencies("Ouest-France avec l’AFP"), names(&["AFP"]));
        assert_eq!(agencies("20 Minutes avec agences"), names(&["agences"]));
        assert_eq!(authors("20 Minutes avec agences"), names(&[]));
        assert_eq!(
            agencies("Par Jean Dupont et Reuters"),
            names(&["Reuters"])
        );
    }

    #[test]
    fn parse_byline_drops_collective_signatures() {
        assert_eq!(parse_byline("La rédaction"), Byline::default());
        assert_eq!(parse_byline("Par La rédaction"), Byline::default());
        assert_eq!(parse_byline("Par Collectif"), Byline::default());
        assert_eq!(parse_byline("Par sudinfo.be"), Byline::default());
        assert_eq!(parse_byline("par Là-bas si j'y suis"), Byline::default());
        assert_eq!(parse_byline("Service politique"), Byline::default());
        assert_eq!(parse_byline("Le Club de Mediapart"), Byline::default());
    }

    #[test]
    fn parse_byline_reads_interview_openers() {
        assert_eq!(
            authors("Recueilli par Patrick ANGEVIN."),
            names(&["Patrick Angevin"])
        );
        assert_eq!(
            authors("Ouest-France Recueilli par Patrick ANGEVIN."),
            names(&["Patrick Angevin"])
        );
        assert_eq!(
            authors("Propos recueillis par Marie Dupont"),
            names(&["Marie Dupont"])
        );
        assert_eq!(
            authors("Entretien réalisé par Jean Martin"),
            names(&["Jean Martin"])
        );
        assert_eq!(
            authors("Auteur : Jeanne Corriveau"),
            names(&["Jeanne Corriveau"])
        );
        assert_eq!(
            authors("Un documentaire de Daniel Mermet"),
            names(&["Daniel Mermet"])
        );
    }

    #[test]
    fn parse_byline_drops_roles() {
        assert_eq!(
            authors("Raphaël Balenieri, correspondant à Pékin"),
            names(&["Raphaël Balenieri"])
        );
        assert_eq!(
            authors(
                "Raphaël Balenieri, correspondant à Pékin et Frédéric \
                 Autran, correspondant à New York"
            ),
            names(&["Raphaël Balenieri", "Frédéric Autran"])
        );
        assert_eq!(
            authors("Par Anne Martin, Correspondante à Pékin, Chine"),
            names(&["Anne Martin"])
        );
        assert_eq!(
            authors("Par Anne Martin et Paul Durand Envoyés spéciaux à Kiev"),
            names(&["Anne Martin", "Paul Durand"])
        );
        assert_eq!(
            authors("De notre correspondant à Berlin, Paul Durand"),
            names(&["Paul Durand"])
        );
        assert_eq!(
            authors("Par Jean Dupont, journaliste"),
            names(&["Jean Dupont"])
        );
        assert_eq!(
            authors(
                "Barbara Stiegler Philosophe, Professeur de philosophie \
                 politique à l’Université Bordeaux-Montaigne"
            ),
            names(&["Barbara Stiegler"])
        );
    }

    #[test]
    fn parse_byline_reads_punctuation_variants() {
        assert_eq!(authors("Par : Jean Dupont|"), names(&["Jean Dupont"]));
        assert_eq!(authors("Par : Jean Dupont |"), names(&["Jean Dupont"]));
        assert_eq!(authors("PAR JEAN DUPONT"), names(&["Jean Dupont"]));
        assert_eq!(authors("Par E. NOM -"), names(&["E. Nom"]));
        assert_eq!(
            authors("Jean Dupont • 3 min de lecture"),
            names(&["Jean Dupont"])
        );
        assert_eq!(authors("Par D.D."), names(&["D.D."]));
    }

    #[test]
    fn parse_byline_drops_links_and_emails() {
        assert_eq!(
            authors("Par Jean Dupont jean.dupont@lemonde.fr"),
            names(&["Jean Dupont"])
        );
        assert_eq!(authors("https://www.facebook.com/lemonde.fr"), names(&[]));
        assert_eq!(
            authors("Par Jean Dupont https://twitter.com/jdupont"),
            names(&["Jean Dupont"])
        );
    }

    #[test]
    fn parse_byline_ignores_prepositions_and_comments() {
        assert_eq!(
            parse_byline("Par contre, il faut voir."),
            Byline::default()
        );
        assert_eq!(parse_byline("par thème, par pays"), Byline::default());
        assert_eq!(parse_byline("By the Web"), Byline::default());
        assert_eq!(
            parse_byline("par l’intermédiaire de la mairie"),
            Byline::default()
        );
        assert_eq!(
            parse_byline(
                "Soumis par monslateamoi, le lundi 29 octobre 2012 à 15h46"
            ),
            Byline::default()
        );
        assert_eq!(parse_byline(""), Byline::default());
    }

    #[test]
    fn parse_byline_reads_machine_author_junk() {
        let byline = parse_byline("afp.com/Michael Regan");
        assert_eq!(byline.authors, names(&[]));
        assert_eq!(byline.agencies, names(&["AFP"]));
        assert_eq!(authors("Sipa / Jean Dupont"), names(&["Jean Dupont"]));
        assert_eq!(authors("Le Monde"), names(&[]));
    }

    #[test]
    fn normalize_person_name_gives_natural_case() {
        let name = |s| normalize_person_name(s);
        assert_eq!(name("Patrick ANGEVIN"), Some("Patrick Angevin".into()));
        assert_eq!(name("Jean-MARC Dupont"), Some("Jean-Marc Dupont".into()));
        assert_eq!(
            name("Jean DE LA FONTAINE"),
            Some("Jean de La Fontaine".into())
        );
        assert_eq!(name("Marine LE PEN"), Some("Marine Le Pen".into()));
        assert_eq!(
            name("Charles D’ARTAGNAN"),
            Some("Charles d’Artagnan".into())
        );
        assert_eq!(
            name("Ludwig VAN BEETHOVEN"),
            Some("Ludwig van Beethoven".into())
        );
        assert_eq!(name("Seán O'BRIEN"), Some("Seán O'Brien".into()));
        assert_eq!(name("ÉLODIE LÉGER"), Some("Élodie Léger".into()));
        assert_eq!(
            name("Jean-Claude Van Damme"),
            Some("Jean-Claude Van Damme".into())
        );
        assert_eq!(name("D.D."), Some("D.D.".into()));
        assert_eq!(name("J.-M. Dupont"), Some("J.-M. Dupont".into()));
        assert_eq!(name("Gérard L."), Some("Gérard L.".into()));
        assert_eq!(name("  Titiou\u{a0}Lecoq "), Some("Titiou Lecoq".into()));
    }

    #[test]
    fn normalize_person_name_strips_honorifics() {
        let name = |s| normalize_person_name(s);
        assert_eq!(name("M. Jean Dupont"), Some("Jean Dupont".into()));
        assert_eq!(name("Mme Anne Durand"), Some("Anne Durand".into()));
        assert_eq!(name("Dr Martin"), Some("Martin".into()));
        assert_eq!(name("Mme"), None);
    }

    #[test]
    fn normalize_person_name_rejects_non_names() {
        let name = |s| normalize_person_name(s);
        assert_eq!(name("Le Monde"), None);
        assert_eq!(name("le figaro"), None);
        assert_eq!(name("L'Express"), None);
        assert_eq!(name("Collectif"), None);
        assert_eq!(name("La rédaction"), None);
        assert_eq!(name("Agence France-Presse"), None);
        assert_eq!(name("Getty Images"), None);
        assert_eq!(name("Rédaction Ouest-France"), None);
        assert_eq!(name("lemonde.fr"), None);
        assert_eq!(name("Sudinfo.be"), None);
        assert_eq!(name("Jean Dupont 2"), None);
        assert_eq!(name("jean.dupont@lemonde.fr"), None);
        assert_eq!(name("https://www.facebook.com/x"), None);
        assert_eq!(name("Un Deux Trois Quatre Cinq Six"), None);
        assert_eq!(name("contre"), None);
        assert_eq!(name("S'inscrire"), None);
        assert_eq!(name("Jean de"), None);
        assert_eq!(name(""), None);
        assert_eq!(name("null"), None);
    }

    #[test]
    fn is_agency_reads_spellings() {
        assert_eq!(is_agency("afp"), Some("AFP"));
        assert_eq!(is_agency("(AFP)"), Some("AFP"));
        assert_eq!(is_agency("Agence France-Presse"), Some("AFP"));
        assert_eq!(is_agency("AFP/Relaxnews"), Some("AFP"));
        assert_eq!(is_agency("l'AFP"), Some("AFP"));
        assert_eq!(is_agency("REUTERS"), Some("Reuters"));
        assert_eq!(is_agency("(Reuters)"), Some("Reuters"));
        assert_eq!(is_agency("Associated Press"), Some("AP"));
        assert_eq!(is_agency("(ats/nxp)"), Some("ATS"));
        assert_eq!(is_agency("Keystone-ATS"), Some("ATS"));
        assert_eq!(is_agency("Belga"), Some("Belga"));
        assert_eq!(
            is_agency("La Presse canadienne"),
            Some("La Presse canadienne")
        );
    }

    #[test]
    fn is_agency_rejects_people_and_words() {
        assert_eq!(is_agency("Jean Dupont"), None);
        assert_eq!(is_agency("Afpa"), None);
        assert_eq!(is_agency("Sipa"), None);
        assert_eq!(is_agency("Le Monde"), None);
        assert_eq!(is_agency(""), None);
    }
}
