//! The headline: the visible `<h1>`, checked against what the page says
//! its title is, or a title stripped of its site decorations.
//!
//! Input: the page's h1 blocks and its reference titles (JSON-LD
//! headline, `og:title`, `twitter:title`, `<title>`), plus the names
//! the site goes by. Output: the headline text and the h1 it came from.
//! FRENCH.md §7: " : " is French punctuation, never a separator; a
//! decoration is only removed when it names the site.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, BlockKind};
use crate::dom::NodeId;
use crate::french;
use crate::pattern::alt;
use crate::text::{compare_key, count_words};

/// Fewest words of an unconfirmed h1 taken as the headline: logo and
/// section h1s ("Opinion", "Le Monde") are shorter.
const MIN_FREE_H1_WORDS: usize = 4;

/// Share of a decorated title's characters that one segment must hold
/// to be taken alone when no segment names the site.
const DOMINANT_SHARE: f64 = 0.6;

/// A decoration separator with white space on both sides:
/// "Titre - Le Parisien", "Titre | Slate".
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[\s\u{{a0}}]+{}[\s\u{{a0}}]+",
        alt(french::TITLE_SEPARATORS)
    ))
    .expect("valid regex")
});

/// A badge glued to the end of an h1: "… Balkany Abonnés".
static BADGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)[\s\u{{a0}}]*{}$", alt(french::HEADLINE_BADGES)))
        .expect("valid regex")
});

/// The chosen headline.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// The text, as written on the page.
    pub text: String,
    /// The h1 it came from, if any.
    pub node: Option<NodeId>,
}

/// Chooses the headline. `references` are titles the page gives in its
/// metadata, best first; `site_names` are names the site goes by.
pub fn choose(
    blocks: &[Block],
    references: &[&str],
    site_names: &[String],
) -> Option<Headline> {
    let refs: Vec<String> = references
        .iter()
        .map(|r| compare_key(r))
        .filter(|k| !k.is_empty())
        .collect();
    let h1s: Vec<&Block> =
        blocks.iter().filter(|b| b.kind == BlockKind::Heading(1)).collect();
    for b in &h1s {
        let text = strip_badge(&b.text, &refs);
        let key = compare_key(&text);
        if key.is_empty() {
            continue;
        }
        if refs.iter().any(|r| {
            r == &key || (r.contains(&key) && count_words(&text) >= 2)
        }) {
            return Some(Headline { text, node: Some(b.node) });
        }
    }
    // A subheading-level element that the page's title confirms: pages
    // without an article h1 write the headline in an h2/h3, and the
    // <title> is that text plus a decoration.
    for b in
        blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading(2..=4)))
    {
        let key = compare_key(&b.text);
        if count_words(&b.text) >= 3
            && refs
                .iter()
                .any(|r| r == &key || r.starts_with(&key) || r.ends_with(&key))
        {
            return Some(Headline {
                text: b.text.clone(),
                node: Some(b.node),
            });
        }
    }
    for b in &h1s {
        let text = strip_badge(&b.text, &refs);
        if count_words(&text) >= MIN_FREE_H1_WORDS
            && !is_site_name(&text, site_names)
        {
            return Some(Headline { text, node: Some(b.node) });
        }
    }
    if let Some(text) = references
        .iter()
        .map(|r| strip_decorations(r, site_names))
        .find(|t| !t.is_empty())
    {
        return Some(Headline { text, node: None });
    }
    lone_h1(&h1s, site_names)
}

/// With no title anywhere to check against, the page's only h1 is the
/// best headline there is, however short ("Légende déjà vue").
fn lone_h1(h1s: &[&Block], site_names: &[String]) -> Option<Headline> {
    let [b] = h1s else { return None };
    let text = b.text.trim();
    (!text.is_empty() && !is_site_name(text, site_names))
        .then(|| Headline { text: text.to_string(), node: Some(b.node) })
}

/// Removes a badge at the end of an h1 unless the reference titles
/// have it too.
fn strip_badge(text: &str, refs: &[String]) -> String {
    let key = compare_key(text);
    if refs.contains(&key) {
        return text.to_string();
    }
    BADGE.replace(text, "").trim().to_string()
}

/// Removes site decorations from a `<title>`-like string: segments at
/// either end that name the site ("Titre - Le Parisien", "Site | Titre").
pub fn strip_decorations(title: &str, site_names: &[String]) -> String {
    let mut segments: Vec<&str> = Vec::new();
    let mut last = 0;
    for m in SEPARATOR.find_iter(title) {
        segments.push(&title[last..m.start()]);
        last = m.end();
    }
    segments.push(&title[last..]);
    let mut seps: Vec<&str> =
        SEPARATOR.find_iter(title).map(|m| m.as_str()).collect();
    while segments.len() > 1
        && segments.last().is_some_and(|s| is_site_name(s, site_names))
    {
        segments.pop();
        seps.pop();
    }
    while segments.len() > 1
        && segments.first().is_some_and(|s| is_site_name(s, site_names))
    {
        segments.remove(0);
        seps.remove(0);
    }
    if let Some(dominant) = dominant_segment(&segments) {
        return dominant.trim().to_string();
    }
    let mut out = String::new();
    for (i, s) in segments.iter().enumerate() {
        if i > 0 {
            out.push_str(seps.get(i - 1).copied().unwrap_or(" - "));
        }
        out.push_str(s);
    }
    out.trim().to_string()
}

/// The one segment that holds most of a decorated title ("European
/// Commission - PRESS RELEASES - Press release - <a long headline>"):
/// at least `DOMINANT_SHARE` of the characters, when there are three
/// segments or more.
fn dominant_segment<'a>(segments: &[&'a str]) -> Option<&'a str> {
    if segments.len() < 3 {
        return None;
    }
    let total: usize = segments.iter().map(|s| s.chars().count()).sum();
    let longest = segments.iter().max_by_key(|s| s.chars().count())?;
    let share = longest.chars().count() as f64 / total.max(1) as f64;
    (share >= DOMINANT_SHARE).then_some(*longest)
}

/// True when a segment names the site: it equals, contains or is
/// contained in one of its names, compared without spaces or case
/// ("LExpress.fr" ≈ "L'Express", "Club de Mediapart" ⊂ "Le Club de
/// Mediapart", "tdg.ch" ≈ "tdg").
pub fn is_site_name(segment: &str, names: &[String]) -> bool {
    let seg: String =
        compare_key(segment).chars().filter(|c| !c.is_whitespace()).collect();
    if seg.is_empty() {
        return false;
    }
    names.iter().any(|n| {
        let name: String =
            compare_key(n).chars().filter(|c| !c.is_whitespace()).collect();
        !name.is_empty()
            && (seg == name
                || (name.len() >= 4 && seg.contains(&name))
                || (seg.len() >= 4 && name.contains(&seg))
                || has_word(segment, n))
    })
}

/// True when a short name ("PSL") is a whole word of the segment
/// ("Université PSL").
fn has_word(segment: &str, name: &str) -> bool {
    let name = compare_key(name);
    name.chars().count() >= 3
        && !name.contains(' ')
        && compare_key(segment).split(' ').any(|w| w == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::Span;

    fn h1(text: &str) -> Block {
        Block {
            kind: BlockKind::Heading(1),
            node: NodeId(3),
            first: NodeId(4),
            list: None,
            text: text.into(),
            links: vec![],
            bold: Vec::<Span>::new(),
            inline_quotes: vec![],
            in_blockquote: false,
        }
    }

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn strip_decorations_removes_site_suffix_only() {
        let n = names(&["Le Parisien", "leparisien.fr"]);
        assert_eq!(
            strip_decorations(
                "Tempête Ciaran : des records - Le Parisien",
                &n
            ),
            "Tempête Ciaran : des records"
        );
        assert_eq!(
            strip_decorations("Guerre Israël-Hamas : le point", &n),
            "Guerre Israël-Hamas : le point"
        );
        assert_eq!(
            strip_decorations(
                "Un titre - Avocat | Dalloz Actualité",
                &names(&["Dalloz Actualité"])
            ),
            "Un titre - Avocat"
        );
    }

    #[test]
    fn strip_decorations_handles_prefix_and_folded_names() {
        assert_eq!(
            strip_decorations(
                "L'Express | Un titre",
                &names(&["LExpress.fr"])
            ),
            "Un titre"
        );
        assert_eq!(
            strip_decorations(
                "Un titre - Suisse - tdg.ch",
                &names(&["tdg.ch/"])
            ),
            "Un titre - Suisse"
        );
    }

    #[test]
    fn choose_prefers_h1_confirmed_by_title() {
        let blocks = vec![
            h1("L'Express - Actualités Politique, Monde, Economie"),
            h1("Un vrai titre d’article"),
        ];
        let h = choose(
            &blocks,
            &["Un vrai titre d'article - L'Express"],
            &names(&["L'Express"]),
        )
        .unwrap();
        assert_eq!(h.text, "Un vrai titre d’article");
    }

    #[test]
    fn choose_strips_badges() {
        let blocks = vec![h1("Balkany condamné Abonnés")];
        let h =
            choose(&blocks, &["Balkany condamné | Là-bas si j'y suis"], &[])
                .unwrap();
        assert_eq!(h.text, "Balkany condamné");
    }

    #[test]
    fn choose_takes_h3_confirmed_by_title() {
        let mut b = h1("Guinée : un braconnier condamné");
        b.kind = BlockKind::Heading(3);
        let h = choose(&[b], &["Guinée : un braconnier condamné ‹ Wara"], &[])
            .unwrap();
        assert_eq!(h.text, "Guinée : un braconnier condamné");
        assert_eq!(h.node, Some(NodeId(3)));
    }

    #[test]
    fn strip_decorations_keeps_dominant_segment() {
        let t = "European Commission - PRESS RELEASES - Press release - Les négociations agricoles de l’OMC doivent tenir compte des attentes du public";
        assert!(strip_decorations(t, &[]).starts_with("Les négociations"));
    }

    #[test]
    fn choose_takes_lone_short_h1_without_title() {
        let got = choose(&[h1("Légende déjà vue")], &[], &[]).unwrap();
        assert_eq!(got.text, "Légende déjà vue");
        let two = [h1("Légende déjà vue"), h1("Autre")];
        assert_eq!(choose(&two, &[], &[]), None);
    }

    #[test]
    fn choose_falls_back_to_stripped_title() {
        let h = choose(
            &[],
            &["Un communiqué important ‹ Wara Conservation Project"],
            &names(&["Wara Conservation Project"]),
        )
        .unwrap();
        assert_eq!(h.text, "Un communiqué important");
        assert_eq!(h.node, None);
    }
}
