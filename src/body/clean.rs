//! Keeps the article's own blocks inside the body root.
//!
//! Input: the page's blocks, the root found by `candidate`, the roles.
//! Output: the kept blocks in reading order, each with the related or
//! aside container it sits in (for `promos`), plus what was dropped and
//! why (`--explain`), the figure captions, the paywall flag and the
//! comment count seen on the way. Drops: navigation, share bars,
//! newsletter/app/cookie prompts, ads, bylines and dates, captions and
//! credits, comment sections and their headers, paywall notices, and
//! the headline repeated inside the body. Promotion is NOT decided here:
//! it is `promos`' job, so related containers are only marked.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, BlockKind};
use crate::dom::{Dom, NodeId, Tag};
use crate::french;
use crate::markup::{RoleMap, Roles};
use crate::metadata::date;
use crate::metadata::gate::has_digit;
use crate::model::{Caption, Explanation};
use crate::pattern::{alt, alt_iter};
use crate::text::{compare_key, truncate_chars};

/// Longest block (characters) that a prompt or label rule may drop:
/// longer blocks are prose that merely starts with the same words.
const MAX_PROMPT_CHARS: usize = 200;

/// Shortest paragraph kept after a paywall notice: offers and buttons
/// are shorter.
const MIN_PROSE_AFTER_PAYWALL: usize = 150;

/// Longest block a byline or date rule may drop.
const MAX_META_CHARS: usize = 160;

/// Longest block a paywall phrase may drop ("Il vous reste 75 % de cet
/// article à lire. La suite est réservée aux abonnés.").
const MAX_PAYWALL_CHARS: usize = 300;

/// Comment prompts and headers: "Partagez votre avis", "Réagissez".
static COMMENT_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{}(?:\W|$)", alt(french::COMMENT_PROMPTS)))
        .expect("valid regex")
});

/// Comment counters: "21 avis sur « … »", "21 commentaires",
/// "Commentaires (21)".
static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(\d[\d\s\u{{a0}}\u{{202f}}]*)\s*{nouns}\b|{nouns}\s*\((\d+)\))",
        nouns = alt(french::COMMENT_COUNT_NOUNS)
    ))
    .expect("valid regex")
});

/// Paywall notices anywhere in a short block: "réservé aux abonnés",
/// "Il vous reste 75 % de cet article à lire", "NN.NN%".
static PAYWALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i){}|il vous reste[\s\u{{a0}}\u{{202f}}]*[\d.,]+[\s\u{{a0}}\u{{202f}}]*%",
        alt(french::PAYWALL_PHRASES)
    ))
    .expect("valid regex")
});

/// Prompts and page tools: "Abonnez-vous", "Suivez-nous sur …",
/// "Publicité", "Temps de lecture : 3 min".
static PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{}(?:\W|$)", alt(french::PROMPT_STARTS)))
        .expect("valid regex")
});

/// Byline lines: "Par Camille Durand", "Propos recueillis par X".
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?i:{})[\s\u{{a0}}]*:?[\s\u{{a0}}]*\p{{Lu}}",
        alt(french::BYLINE_PREFIXES)
    ))
    .expect("valid regex")
});

/// The label of a date line: "Publié le …", "Mis à jour le …",
/// "• MAJ …"; the line must also hold a date (`date` decides).
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let labels = french::PUBLISHED_LABELS
        .iter()
        .chain(french::MODIFIED_LABELS)
        .copied();
    Regex::new(&format!(r"(?i)^[•·|\-–—\s]*{}(?:\W|$)", alt_iter(labels)))
        .expect("valid regex")
});

/// Reading-time lines: "2 min de lecture", "· 3 min".
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[•·|\s]*(?:lecture\s*:?\s*)?\d+\s*min(?:utes?)?\.?(?:\s+de\s+lecture)?\s*$")
        .expect("valid regex")
});

/// Headings of the closing "about" boilerplate: "À propos de PSL".
static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{}\b", alt(french::ABOUT_HEADINGS)))
        .expect("valid regex")
});

/// Credit lines: "© AFP", "Photo : Jean Dupont / AFP".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{}", alt(french::CREDIT_STARTS)))
        .expect("valid regex")
});

/// A block kept in the body, with the promo-ish container around it.
#[derive(Debug, Clone)]
pub struct BodyBlock {
    /// The block itself.
    pub block: Block,
    /// The nearest related-article or aside container between the block
    /// and the root, which `promos` may report as one related block.
    pub container: Option<NodeId>,
}

/// What cleaning found besides the kept blocks.
#[derive(Debug, Default)]
pub struct Cleaned {
    /// The kept blocks, in reading order.
    pub blocks: Vec<BodyBlock>,
    /// Every dropped block (its first node) with its rule, in page
    /// order.
    pub dropped: Vec<(NodeId, Explanation)>,
    /// Figure captions inside the body.
    pub captions: Vec<Caption>,
    /// A paywall notice was seen in the body.
    pub paywalled: bool,
    /// A comment counter was seen ("21 avis sur …").
    pub comment_count: Option<u64>,
}

/// Keeps the article blocks under `root`.
pub fn clean(
    dom: &Dom,
    roles: &RoleMap,
    blocks: &[Block],
    root: NodeId,
    headline: Option<&str>,
    headline_node: Option<NodeId>,
) -> Cleaned {
    let headline_key = headline.map(compare_key);
    let mut out = Cleaned::default();
    let mut caption_group: Option<NodeId> = None;
    // When the headline sits inside the root, what comes before it is
    // the article's header (kicker, reference, date), not its body.
    let body_start = headline_node.filter(|&h| dom.contains(root, h));
    for b in blocks.iter().filter(|b| dom.contains(root, b.first)) {
        if let Some(h) = body_start {
            if b.node == h || dom.contains(h, b.first) {
                drop(&mut out, "headline", b);
                continue;
            }
            if b.first < h {
                drop(&mut out, "header", b);
                continue;
            }
        }
        let inherited = roles.inherited(dom, b.node, Some(root));
        if inherited.has(Roles::CAPTION) || is_credit_line(b) {
            let group = figure_of(dom, b.node, root);
            add_caption(
                &mut out.captions,
                &b.text,
                group.is_some() && group == caption_group,
            );
            caption_group = group;
            drop(&mut out, "caption", b);
            continue;
        }
        if let Some(rule) = drop_rule(b, inherited, headline_key.as_deref()) {
            if rule == "boilerplate.paywall" {
                out.paywalled = true;
            }
            if rule == "boilerplate.comments" && out.comment_count.is_none() {
                out.comment_count = comment_count(&b.text);
            }
            drop(&mut out, rule, b);
            continue;
        }
        // After a paywall notice only subscription offers follow; real
        // prose that the page still shows is kept.
        if out.paywalled && !is_prose(b) {
            drop(&mut out, "boilerplate.paywall", b);
            continue;
        }
        let container = dom
            .ancestors(b.node)
            .take_while(|&a| a != root)
            .filter(|&a| roles.get(a).has(Roles::RELATED | Roles::SIDE))
            .last()
            .or_else(|| {
                roles.get(b.node).has(Roles::RELATED).then_some(b.node)
            });
        out.blocks.push(BodyBlock { block: b.clone(), container });
    }
    out
}

/// Ends the body at a closing "about the publisher" section: a heading
/// (after the first block) that starts with "À propos" or names the
/// site. Returns the removed blocks for `--explain`.
pub fn cut_about_section(
    blocks: &mut Vec<BodyBlock>,
    site_names: &[String],
) -> Vec<(NodeId, Explanation)> {
    let is_about = |b: &Block| {
        matches!(b.kind, BlockKind::Heading(_))
            && (ABOUT.is_match(&b.text)
                || crate::metadata::headline::is_site_name(
                    &b.text, site_names,
                ))
    };
    let Some(at) = blocks.iter().skip(1).position(|b| is_about(&b.block))
    else {
        return Vec::new();
    };
    blocks
        .drain(at + 1..)
        .map(|b| {
            let text = truncate_chars(&b.block.text, 80);
            (b.block.first, Explanation { rule: "boilerplate.about", text })
        })
        .collect()
}

/// Captions of the article's figures that sit outside the body root
/// but inside the article (`scope`): the lead image above the text.
pub fn captions_around(
    dom: &Dom,
    roles: &RoleMap,
    blocks: &[Block],
    scope: NodeId,
    root: NodeId,
) -> Vec<Caption> {
    let mut captions = Vec::new();
    let mut group: Option<NodeId> = None;
    for b in blocks.iter().filter(|b| {
        dom.contains(scope, b.first) && !dom.contains(root, b.first)
    }) {
        let inherited = roles.inherited(dom, b.node, Some(scope));
        if inherited.has(Roles::CAPTION)
            && !inherited.has(Roles::RELATED | Roles::COMMENTS)
        {
            let g = figure_of(dom, b.node, scope);
            add_caption(&mut captions, &b.text, g.is_some() && g == group);
            group = g;
        }
    }
    captions
}

/// The comment count a page states anywhere in a short counter line
/// ("21 avis sur « … »", "21 commentaires", "Commentaires (8)").
pub fn page_comment_count(blocks: &[Block]) -> Option<u64> {
    blocks
        .iter()
        .filter(|b| b.text.chars().count() <= MAX_PROMPT_CHARS)
        .find_map(|b| comment_count(&b.text))
}

/// The rule that drops a block, or `None` to keep it.
fn drop_rule(
    b: &Block,
    roles: Roles,
    headline: Option<&str>,
) -> Option<&'static str> {
    if roles.has(Roles::COMMENTS) {
        return Some("boilerplate.comments");
    }
    if roles.has(Roles::COOKIE) {
        return Some("boilerplate.cookie");
    }
    if roles.has(Roles::SHARE) {
        return Some("boilerplate.share");
    }
    if roles.has(Roles::NEWSLETTER) {
        return Some("boilerplate.newsletter");
    }
    if roles.has(Roles::AD) {
        return Some("boilerplate.ad");
    }
    if roles.has(Roles::NAV) {
        return Some("boilerplate.nav");
    }
    if roles.has(Roles::FORM) {
        return Some("boilerplate.form");
    }
    if roles.has(Roles::META) && b.text.chars().count() <= MAX_PROMPT_CHARS {
        return Some("boilerplate.byline");
    }
    if roles.has(Roles::PAGE_HEADER | Roles::PAGE_FOOTER)
        && b.text.chars().count() <= MAX_PROMPT_CHARS
    {
        return Some("boilerplate.header-footer");
    }
    if let BlockKind::Heading(_) = b.kind
        && headline.is_some_and(|h| compare_key(&b.text) == h)
    {
        return Some("headline");
    }
    text_rule(&b.text)
}

/// Rules that read the text alone.
fn text_rule(text: &str) -> Option<&'static str> {
    let chars = text.chars().count();
    if chars <= MAX_PAYWALL_CHARS && PAYWALL.is_match(text) {
        return Some("boilerplate.paywall");
    }
    if chars > MAX_PROMPT_CHARS {
        return None;
    }
    // Counters, dates and reading times all need a digit: one cheap scan
    // spares their Unicode-aware regexes on most blocks.
    let digits = has_digit(text);
    if (digits && COMMENT_COUNT.is_match(text))
        || COMMENT_PROMPT.is_match(text)
    {
        return Some("boilerplate.comments");
    }
    if is_exact_boilerplate(text) {
        return Some("boilerplate.label");
    }
    if PROMPT.is_match(text) {
        return Some("boilerplate.prompt");
    }
    if chars <= MAX_META_CHARS {
        if BYLINE.is_match(text) {
            return Some("boilerplate.byline");
        }
        if digits && (is_date_line(text) || READING_TIME.is_match(text)) {
            return Some("boilerplate.date");
        }
    }
    None
}

/// True for a date line: a date label followed by a date.
fn is_date_line(text: &str) -> bool {
    if !DATE_LABEL.is_match(text) {
        return false;
    }
    let found = date::find_labelled_dates(text, None);
    found.published.is_some() || found.modified.is_some()
}

/// True for a paragraph of running text: long, few links.
fn is_prose(b: &Block) -> bool {
    b.kind == BlockKind::Paragraph
        && b.text.chars().count() >= MIN_PROSE_AFTER_PAYWALL
        && b.link_density() < 0.2
}

/// True for a block that is only a boilerplate word ("Publicité").
fn is_exact_boilerplate(text: &str) -> bool {
    let t = text
        .trim_end_matches(|c: char| {
            c.is_ascii_punctuation() || c.is_whitespace()
        })
        .to_lowercase();
    french::BOILERPLATE_EXACT.iter().any(|e| t == *e)
}

/// The comment count of a counter line.
fn comment_count(text: &str) -> Option<u64> {
    let caps = COMMENT_COUNT.captures(text)?;
    let digits: String = caps
        .get(1)
        .or_else(|| caps.get(2))?
        .as_str()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// True for a short photo-credit line ("© AFP").
fn is_credit_line(b: &Block) -> bool {
    b.text.chars().count() <= MAX_META_CHARS && CREDIT.is_match(&b.text)
}

/// The figure (or caption element) a caption block belongs to, so a
/// credit joins the caption of the same figure.
fn figure_of(dom: &Dom, node: NodeId, root: NodeId) -> Option<NodeId> {
    std::iter::once(node)
        .chain(dom.ancestors(node).take_while(|&a| a != root))
        .find(|&a| dom.tag(a) == Tag::Figure)
}

/// Adds a caption line: a credit line completes the previous caption of
/// the same figure; other lines start a caption.
fn add_caption(captions: &mut Vec<Caption>, text: &str, same_figure: bool) {
    let (body, credit) = split_credit(text);
    if same_figure
        && let Some(last) = captions.last_mut()
        && body.is_empty()
        && last.credit.is_none()
    {
        last.credit = credit;
        return;
    }
    if body.is_empty() && credit.is_none() {
        return;
    }
    captions.push(Caption { text: body, credit });
}

/// Splits "La place Rouge. © AFP" into text and credit.
fn split_credit(text: &str) -> (String, Option<String>) {
    if CREDIT.is_match(text) {
        return (String::new(), Some(text.to_string()));
    }
    if let Some(i) = text.find('©') {
        let credit = text[i..].trim().to_string();
        let body =
            text[..i].trim().trim_end_matches(['|', '/', '-', '–']).trim();
        return (body.to_string(), Some(credit));
    }
    (text.to_string(), None)
}

/// Records a dropped block for `--explain`.
fn drop(out: &mut Cleaned, rule: &'static str, b: &Block) {
    out.dropped.push((
        b.first,
        Explanation { rule, text: truncate_chars(&b.text, 80) },
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_rule_drops_comment_headers() {
        assert_eq!(
            text_rule(
                "21 avis sur « Moscou frappée par une série de drones »"
            ),
            Some("boilerplate.comments")
        );
        assert_eq!(
            text_rule("Partagez votre avis"),
            Some("boilerplate.comments")
        );
        assert_eq!(
            text_rule("Commentaires (12)"),
            Some("boilerplate.comments")
        );
    }

    #[test]
    fn text_rule_drops_paywall_notices() {
        assert_eq!(
            text_rule("Il vous reste 75\u{a0}% de cet article à lire."),
            Some("boilerplate.paywall")
        );
        assert_eq!(
            text_rule("Il vous reste 62.57% de cet article à lire"),
            Some("boilerplate.paywall")
        );
        assert_eq!(
            text_rule("Cet article est réservé aux abonnés"),
            Some("boilerplate.paywall")
        );
    }

    #[test]
    fn text_rule_keeps_prose_with_trap_words() {
        assert_eq!(
            text_rule("Le maire est resté très réservé sur le projet."),
            None
        );
        assert_eq!(text_rule("Par contre, la mairie n’a pas répondu."), None);
        assert_eq!(
            text_rule(
                "Publié en 1962, ce roman a marqué toute une génération de lecteurs."
            ),
            None
        );
    }

    #[test]
    fn text_rule_drops_bylines_dates_and_labels() {
        assert_eq!(
            text_rule("Par Camille Durand"),
            Some("boilerplate.byline")
        );
        assert_eq!(
            text_rule("Publié le 10 novembre 2024 à 08h32"),
            Some("boilerplate.date")
        );
        assert_eq!(text_rule("· 2 min de lecture"), Some("boilerplate.date"));
        assert_eq!(text_rule("Publicité"), Some("boilerplate.label"));
        assert_eq!(
            text_rule("Suivez-nous sur Google Actualités"),
            Some("boilerplate.prompt")
        );
    }

    #[test]
    fn comment_count_reads_counters() {
        assert_eq!(comment_count("21 avis sur « X »"), Some(21));
        assert_eq!(comment_count("1 200 commentaires"), Some(1200));
        assert_eq!(comment_count("Commentaires (8)"), Some(8));
    }

    #[test]
    fn split_credit_separates_copyright() {
        assert_eq!(
            split_credit("La place Rouge, dimanche. © AFP"),
            (
                "La place Rouge, dimanche.".to_string(),
                Some("© AFP".to_string())
            )
        );
        assert_eq!(
            split_credit("© Reuters"),
            (String::new(), Some("© Reuters".into()))
        );
    }
}
