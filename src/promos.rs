//! Takes promotion out of the body and reports it.
//!
//! Input: the kept body blocks (with their related/aside containers)
//! and the page's base URL. Output: the blocks that remain, the promos
//! in page order, and an `--explain` entry per removed block. Three
//! kinds (SPEC): `read-also` (a label such as "À lire aussi" with its
//! link, in one block or a label block followed by a link block),
//! `teaser` (a paragraph that is nothing but a link to another article
//! of the same site) and `related-block` (a related-articles box or a
//! list of links under a "Sur le même sujet" heading). A link inside a
//! real sentence is never a promo. Runs before `sections`, so promo
//! text never reaches sections, quotes or facts.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

use crate::blocks::{Block, BlockKind};
use crate::body::BodyBlock;
use crate::dom::NodeId;
use crate::french;
use crate::metadata::gate::WordGate;
use crate::model::{Explanation, Promo, PromoKind};
use crate::pattern::alt;
use crate::text::{count_words, truncate_chars};

/// Share of a block's text that must be link text for the block to be
/// "only a link" (FRENCH.md §1.3: teaser link-to-text ratio ≥ 0.9).
const TEASER_LINK_SHARE: f64 = 0.9;

/// Fewest words of a teaser title: shorter links are buttons ("Voir").
const TEASER_MIN_WORDS: usize = 4;

/// Share of link text above which a block following a label, or a
/// block in a related box, counts as a promoted link.
const PROMO_LINK_SHARE: f64 = 0.6;

/// Longest text (characters) of a label-only block.
const MAX_LABEL_CHARS: usize = 60;

/// A read-also label at the start of a block: "À lire aussi :",
/// "A LIRE AUSSI >>", ">> A lire aussi:", "Lire l’entretien :",
/// "Lire aussi sur Le Monde", "Voir aussi", "Sur le même sujet :".
/// Group `strong` is set when the label is unambiguous on its own (has
/// "À", an adverb, a genre or a fixed label); a bare verb needs a
/// separator (`sep`) to count ("Lire : Que sont…").
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let s = r"[\s\u{a0}\u{202f}]";
    let verbs = alt(french::READ_ALSO_VERBS);
    let adverbs = alt(french::READ_ALSO_ADVERBS);
    let genres = alt(french::READ_ALSO_GENRES);
    let fixed = alt(french::READ_ALSO_LABELS);
    let seps = alt(french::LABEL_SEPARATORS);
    Regex::new(&format!(
        r"(?i)^(?:(?:>>|»|►|▶){s}*)?(?P<label>(?P<strong>{fixed}\b|[aà]{s}+{verbs}(?:{s}+{adverbs})?\b|{verbs}{s}+{adverbs}\b|{verbs}{s}+(?:l[’']|(?:le|la|les|nos|notre){s}+){genres}\b)|{verbs}\b)(?P<sep>{s}*(?:{seps})+)?{s}*"
    ))
    .expect("valid regex")
});

/// What the label group of `LABEL` can start with: a fixed label, a verb,
/// or "à"/"a" and a space before a verb.
static LABEL_GATE: LazyLock<WordGate> = LazyLock::new(|| {
    WordGate::new(
        french::READ_ALSO_LABELS
            .iter()
            .chain(french::READ_ALSO_VERBS)
            .copied()
            .chain(["a "]),
    )
});

/// A related-block heading used alone: "Sur le même sujet",
/// "Les plus lus", "Articles liés »".
static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:\+{s}*)?{}[\s\u{{a0}}\u{{202f}}]*(?:{})?[\s\u{{a0}}\u{{202f}}]*$",
        alt(french::RELATED_HEADINGS),
        alt(french::LABEL_SEPARATORS),
        s = r"[\s\u{a0}\u{202f}]"
    ))
    .expect("valid regex")
});

/// The outcome of promo detection.
#[derive(Debug, Default)]
pub struct Stripped {
    /// The blocks that stay in the body.
    pub blocks: Vec<BodyBlock>,
    /// The promos, in page order.
    pub promos: Vec<Promo>,
    /// One entry per removed block, with the block's first node.
    pub dropped: Vec<(NodeId, Explanation)>,
}

/// A label seen in a label-only block: the links that follow it are its
/// promos (one link: a read-also; several: a related block).
struct Run {
    label: String,
    related: bool,
    list: Option<NodeId>,
    first_promo: usize,
}

impl Run {
    /// Settles the kind of the run's promos once it is over.
    fn close(self, promos: &mut [Promo]) {
        let Some(run) = promos.get_mut(self.first_promo..) else { return };
        if self.related || run.len() > 1 {
            for p in run {
                p.kind = PromoKind::RelatedBlock;
            }
        }
    }
}

/// Removes promos from the body blocks.
pub fn strip(blocks: Vec<BodyBlock>, base: Option<&Url>) -> Stripped {
    let mut out = Stripped::default();
    let mut run: Option<Run> = None;
    let mut box_label: Option<(NodeId, String)> = None;
    let containers = related_containers(&blocks);
    for bb in blocks {
        let b = &bb.block;
        if let Some(r) = run.as_mut()
            && continues_run(r, &bb)
        {
            r.list = r.list.or(b.list);
            let label = Some(r.label.clone());
            push_links(
                &mut out,
                b,
                label,
                PromoKind::ReadAlso,
                base,
                "promo.label",
            );
            continue;
        }
        if let Some(r) = run.take() {
            r.close(&mut out.promos);
        }
        let label_only = |label: String, related: bool, out: &Stripped| Run {
            label,
            related,
            list: None,
            first_promo: out.promos.len(),
        };
        if is_related_heading(b) {
            let label = strip_separators(&b.text);
            let related = label_of(b).is_none();
            run = Some(label_only(label, related, &out));
            drop_block(&mut out, "promo.related-heading", b);
            continue;
        }
        if let Some((label, title_start)) = label_of(b) {
            if title_start >= b.text.len() {
                run = Some(label_only(label, false, &out));
                drop_block(&mut out, "promo.label", b);
            } else {
                push_labelled(&mut out, b, label, title_start, base);
            }
            continue;
        }
        if let Some(c) = bb.container.filter(|c| containers.contains(c)) {
            if b.links.is_empty() || b.link_density() < PROMO_LINK_SHARE {
                if box_label.as_ref().is_none_or(|(bc, _)| *bc != c)
                    && b.text.chars().count() <= MAX_LABEL_CHARS
                {
                    box_label = Some((c, strip_separators(&b.text)));
                }
                drop_block(&mut out, "promo.related-block", b);
            } else {
                let label = box_label
                    .as_ref()
                    .filter(|(bc, _)| *bc == c)
                    .map(|(_, l)| l.clone());
                let kind = PromoKind::RelatedBlock;
                push_links(
                    &mut out,
                    b,
                    label,
                    kind,
                    base,
                    "promo.related-block",
                );
            }
            continue;
        }
        if is_teaser(b, base) {
            push_links(
                &mut out,
                b,
                None,
                PromoKind::Teaser,
                base,
                "promo.teaser-link",
            );
            continue;
        }
        out.blocks.push(bb);
    }
    if let Some(r) = run.take() {
        r.close(&mut out.promos);
    }
    out
}

/// Containers whose blocks are mostly links: related boxes and link
/// asides. An aside of prose (an "encadré") is not one.
fn related_containers(blocks: &[BodyBlock]) -> Vec<NodeId> {
    let mut stats: Vec<(NodeId, usize, usize)> = Vec::new();
    for bb in blocks {
        let Some(c) = bb.container else { continue };
        let (text, links) = (bb.block.text.len(), bb.block.link_bytes());
        match stats.iter_mut().find(|(id, _, _)| *id == c) {
            Some(s) => {
                s.1 += text;
                s.2 += links;
            }
            None => stats.push((c, text, links)),
        }
    }
    stats
        .into_iter()
        .filter(|&(_, text, links)| text > 0 && links * 2 >= text)
        .map(|(id, _, _)| id)
        .collect()
}

/// True when a block continues the promoted links after a label: it is
/// mostly a link, and in the same list once the run has one.
fn continues_run(r: &Run, bb: &BodyBlock) -> bool {
    let b = &bb.block;
    if b.links.is_empty() || b.link_density() < PROMO_LINK_SHARE {
        return false;
    }
    r.list.is_none_or(|l| b.list == Some(l))
}

/// The label at the start of a block and where its title starts, when
/// the block is a read-also promo.
fn label_of(b: &Block) -> Option<(String, usize)> {
    if b.kind == BlockKind::ListItem && b.links.is_empty() {
        return None;
    }
    if !may_open_with_label(&b.text) {
        return None;
    }
    let caps = LABEL.captures(&b.text)?;
    let label = caps.name("label")?;
    let strong = caps.name("strong").is_some();
    let sep = caps.name("sep").is_some();
    let whole = caps.get(0)?;
    if whole.end() >= b.text.len() {
        // A label alone: "À lire aussi", "LIRE AUSSI :".
        let ok = (strong || sep) && b.text.chars().count() <= MAX_LABEL_CHARS;
        return ok.then(|| (label_text(label.as_str()), b.text.len()));
    }
    // With a link after the label, the label runs up to the link:
    // "Lire aussi sur Le Monde : <a>…</a>".
    let first_link = b.links.iter().find(|l| l.span.start >= label.end());
    let title_start = match first_link {
        Some(l)
            if l.span.start >= whole.end()
                && l.span.start - whole.end() <= MAX_LABEL_CHARS =>
        {
            l.span.start
        }
        _ => whole.end(),
    };
    let explicit = sep
        || title_start > whole.end()
        || b.text[..title_start].ends_with(|c: char| !c.is_alphanumeric());
    if !strong && !sep {
        return None;
    }
    // The title must be (mostly) the link, unless there is no link at
    // all and the label is explicit ("Lire aussi : Les critiques…").
    let title = title_start..b.text.len();
    let linked: usize = b
        .links
        .iter()
        .map(|l| {
            l.span
                .end
                .min(title.end)
                .saturating_sub(l.span.start.max(title.start))
        })
        .sum();
    let title_len = title.end - title.start;
    let ok = if b.links.is_empty() {
        strong && sep && !ends_like_sentence(&b.text[title_start..])
    } else {
        explicit && linked as f64 >= title_len as f64 * PROMO_LINK_SHARE
    };
    ok.then(|| (label_text(&b.text[..title_start]), title_start))
}

/// Necessary condition of a `LABEL` match: after an optional arrow and
/// spaces, the text starts with what the label group can start with.
fn may_open_with_label(text: &str) -> bool {
    let rest = [">>", "»", "►", "▶"]
        .iter()
        .find_map(|arrow| text.strip_prefix(arrow))
        .map_or(text, |rest| {
            rest.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}')
            })
        });
    let check = |t: &str| LABEL_GATE.may_start(t);
    // With an arrow the regex may also skip the optional arrow group.
    check(rest) || (rest.len() != text.len() && check(text))
}

/// The label as written, without the arrows and separators around it.
fn label_text(raw: &str) -> String {
    strip_separators(
        raw.trim_start_matches(['>', '»', '►', '▶', ' ', '\u{a0}']),
    )
}

/// Strips trailing separators and spaces: "À lire aussi :" → "À lire
/// aussi".
fn strip_separators(s: &str) -> String {
    let mut t = s.trim();
    loop {
        let before = t;
        for sep in french::LABEL_SEPARATORS {
            t = t.trim_end_matches(sep).trim_end();
        }
        if t == before {
            return t.to_string();
        }
    }
}

/// True when a whole block is a related-block heading.
fn is_related_heading(b: &Block) -> bool {
    b.text.chars().count() <= MAX_LABEL_CHARS
        && b.link_density() < 0.5
        && RELATED_HEADING.is_match(&b.text)
}

/// Reports a labelled block: one promo per link of its title, or the
/// title text when it has no link.
fn push_labelled(
    out: &mut Stripped,
    b: &Block,
    label: String,
    title_start: usize,
    base: Option<&Url>,
) {
    let links: Vec<_> =
        b.links.iter().filter(|l| l.span.end > title_start).collect();
    if links.is_empty() {
        out.promos.push(Promo {
            label: Some(label),
            text: b.text[title_start..].trim().to_string(),
            href: None,
            kind: PromoKind::ReadAlso,
        });
    } else {
        for l in links {
            let start = l.span.start.max(title_start);
            out.promos.push(Promo {
                label: Some(label.clone()),
                text: b.text[start..l.span.end].trim().to_string(),
                href: resolve(base, &l.href),
                kind: PromoKind::ReadAlso,
            });
        }
    }
    drop_block(out, "promo.label", b);
}

/// Reports every link of a block as a promo (or the whole text when it
/// has none).
fn push_links(
    out: &mut Stripped,
    b: &Block,
    label: Option<String>,
    kind: PromoKind,
    base: Option<&Url>,
    rule: &'static str,
) {
    if b.links.is_empty() {
        out.promos.push(Promo {
            label: label.clone(),
            text: b.text.clone(),
            href: None,
            kind,
        });
    }
    let single = b.links.len() == 1;
    for l in &b.links {
        let text = if single && b.link_density() >= TEASER_LINK_SHARE {
            b.text.clone()
        } else {
            b.text[l.span.start..l.span.end].trim().to_string()
        };
        if text.is_empty() {
            continue;
        }
        out.promos.push(Promo {
            label: label.clone(),
            text,
            href: resolve(base, &l.href),
            kind,
        });
    }
    drop_block(out, rule, b);
}

/// An unlabelled teaser: a paragraph that is nothing but one link to
/// another article of the same site, long enough to be a title, and not
/// a sentence.
fn is_teaser(b: &Block, base: Option<&Url>) -> bool {
    if b.kind != BlockKind::Paragraph || b.links.len() != 1 {
        return false;
    }
    if b.link_density() < TEASER_LINK_SHARE
        || count_words(&b.text) < TEASER_MIN_WORDS
    {
        return false;
    }
    if ends_like_sentence(&b.text) {
        return false;
    }
    b.links.first().is_some_and(|l| is_internal_article(base, &l.href))
}

/// True when text ends like a sentence of prose (a period), which a
/// headline-style teaser does not.
fn ends_like_sentence(text: &str) -> bool {
    let t = text
        .trim_end_matches(|c: char| c.is_whitespace() || c == '»' || c == '"');
    t.ends_with('.') && !t.ends_with("...")
}

/// True when `href` points to another page of the same site (relative,
/// or same host ignoring "www."), not to an anchor of this page.
fn is_internal_article(base: Option<&Url>, href: &str) -> bool {
    let href = href.trim();
    if href.is_empty()
        || href.starts_with('#')
        || href.starts_with("mailto:")
        || href.starts_with("javascript:")
    {
        return false;
    }
    let Some(base) = base else {
        return !href.contains("://") && !href.starts_with("//");
    };
    let Ok(target) = base.join(href) else { return false };
    let host = |u: &Url| {
        u.host_str().map(|h| h.trim_start_matches("www.").to_string())
    };
    if host(&target) != host(base) {
        return false;
    }
    let same_page = target.path() == base.path();
    !same_page && target.path().len() > 1
}

/// Resolves a link against the page's base URL; keeps it as written when
/// there is no base or it cannot be resolved.
pub fn resolve(base: Option<&Url>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    match base.and_then(|b| b.join(href).ok()) {
        Some(u) => Some(u.to_string()),
        None => Some(href.to_string()),
    }
}

fn drop_block(out: &mut Stripped, rule: &'static str, b: &Block) {
    out.dropped.push((
        b.first,
        Explanation { rule, text: truncate_chars(&b.text, 80) },
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{Link, Span};

    fn block(text: &str, link: Option<(&str, &str)>) -> BodyBlock {
        let links = link
            .map(|(t, href)| {
                let start = text.find(t).expect("link text in block");
                vec![Link {
                    span: Span { start, end: start + t.len() },
                    href: href.into(),
                }]
            })
            .unwrap_or_default();
        BodyBlock {
            block: Block {
                kind: BlockKind::Paragraph,
                node: NodeId(1),
                first: NodeId(1),
                list: None,
                text: text.into(),
                links,
                bold: vec![],
                inline_quotes: vec![],
                in_blockquote: false,
            },
            container: None,
        }
    }

    fn base() -> Url {
        Url::parse("https://www.exemple.fr/monde/article-1.html").unwrap()
    }

    fn run(blocks: Vec<BodyBlock>) -> Stripped {
        let b = base();
        strip(blocks, Some(&b))
    }

    #[test]
    fn strip_label_with_link() {
        let t = "À lire Les tensions s’escaladent au Liban";
        let s = run(vec![block(
            t,
            Some(("Les tensions s’escaladent au Liban", "/liban.html")),
        )]);
        assert!(s.blocks.is_empty());
        assert_eq!(s.promos[0].label.as_deref(), Some("À lire"));
        assert_eq!(s.promos[0].text, "Les tensions s’escaladent au Liban");
        assert_eq!(
            s.promos[0].href.as_deref(),
            Some("https://www.exemple.fr/liban.html")
        );
        assert_eq!(s.promos[0].kind, PromoKind::ReadAlso);
    }

    #[test]
    fn strip_label_forms() {
        for (text, label) in [
            ("Lire aussi : Les critiques de la CNIL", "Lire aussi"),
            ("A LIRE AUSSI >> Les critiques de la CNIL", "A LIRE AUSSI"),
            (">> A lire aussi: Les critiques de la CNIL", "A lire aussi"),
            ("À lire aussiLes critiques de la CNIL", "À lire aussi"),
            ("Lire aussi | Les critiques de la CNIL", "Lire aussi"),
            (
                "Lire l’entretien : Les critiques de la CNIL",
                "Lire l’entretien",
            ),
            ("Voir aussi : Les critiques de la CNIL", "Voir aussi"),
            ("Lire : Les critiques de la CNIL", "Lire"),
            (
                "Sur le même sujet : Les critiques de la CNIL",
                "Sur le même sujet",
            ),
        ] {
            let s = run(vec![block(
                text,
                Some(("Les critiques de la CNIL", "/cnil")),
            )]);
            assert_eq!(s.promos.len(), 1, "{text}");
            assert_eq!(s.promos[0].label.as_deref(), Some(label), "{text}");
            assert_eq!(s.promos[0].text, "Les critiques de la CNIL", "{text}");
        }
    }

    #[test]
    fn strip_keeps_prose_starting_like_a_label() {
        for text in [
            "Lire entre les lignes est devenu un art pour les diplomates.",
            "Voir Naples et mourir, disait-on autrefois.",
            "À lire le rapport, la situation est grave.",
        ] {
            let s = run(vec![block(text, None)]);
            assert!(s.promos.is_empty(), "{text}");
            assert_eq!(s.blocks.len(), 1);
        }
    }

    #[test]
    fn strip_keeps_sentence_containing_a_lire() {
        let t = "Le rapport, à lire en ligne depuis mardi, détaille les \
                 mesures prévues pour 2025.";
        let s = run(vec![block(t, Some(("à lire en ligne", "/rapport")))]);
        assert!(s.promos.is_empty());
        assert_eq!(s.blocks.len(), 1);
    }

    #[test]
    fn strip_keeps_fact_list_with_source_links() {
        let mut a = block(
            "34 drones neutralisés au-dessus de Moscou, selon le ministère",
            Some(("selon le ministère", "/source")),
        );
        let mut b = block(
            "36 autres abattus dans les régions voisines, d’après l’armée",
            Some(("d’après l’armée", "/armee")),
        );
        a.block.kind = BlockKind::ListItem;
        b.block.kind = BlockKind::ListItem;
        let s = run(vec![a, b]);
        assert!(s.promos.is_empty());
        assert_eq!(s.blocks.len(), 2);
    }

    #[test]
    fn strip_keeps_inline_source_links() {
        let t =
            "Selon le rapport publié par l’Insee mardi, le chômage recule.";
        let s = run(vec![block(
            t,
            Some(("rapport publié par l’Insee", "/insee")),
        )]);
        assert!(s.promos.is_empty());
    }

    #[test]
    fn strip_label_block_then_link_block() {
        let s = run(vec![
            block("À LIRE AUSSI", None),
            block(
                "Tempête Ciaran : des records de vent",
                Some(("Tempête Ciaran : des records de vent", "/ciaran")),
            ),
            block("La suite de l’article reprend ici avec du texte.", None),
        ]);
        assert_eq!(s.promos.len(), 1);
        assert_eq!(s.promos[0].label.as_deref(), Some("À LIRE AUSSI"));
        assert_eq!(s.blocks.len(), 1);
    }

    #[test]
    fn strip_teaser_same_site_only() {
        let t = "Les bienfaits insoupçonnés de l’eau de cuisson des œufs";
        let s = run(vec![block(
            t,
            Some((t, "https://www.exemple.fr/maison/oeufs/")),
        )]);
        assert_eq!(s.promos[0].kind, PromoKind::Teaser);
        assert_eq!(s.promos[0].label, None);
        let s = run(vec![block(t, Some((t, "https://autre.org/oeufs")))]);
        assert!(s.promos.is_empty());
    }

    #[test]
    fn strip_teaser_needs_a_title_not_a_sentence() {
        let t = "Le rapport complet est disponible en ligne.";
        let s = run(vec![block(t, Some((t, "/rapport")))]);
        assert!(s.promos.is_empty());
        let t = "Voir plus";
        let s = run(vec![block(t, Some((t, "/plus")))]);
        assert!(s.promos.is_empty());
    }

    #[test]
    fn strip_related_heading_and_list() {
        let mut a = block(
            "Premier article lié au sujet",
            Some(("Premier article lié au sujet", "/a")),
        );
        let mut b = block(
            "Second article lié au sujet",
            Some(("Second article lié au sujet", "/b")),
        );
        a.block.kind = BlockKind::ListItem;
        b.block.kind = BlockKind::ListItem;
        let s = run(vec![
            block("Sur le même sujet", None),
            a,
            b,
            block("Fin du texte de l’article.", None),
        ]);
        assert_eq!(s.promos.len(), 2);
        assert!(s.promos.iter().all(|p| p.kind == PromoKind::RelatedBlock));
        assert_eq!(s.promos[0].label.as_deref(), Some("Sur le même sujet"));
        assert_eq!(s.blocks.len(), 1);
    }

    #[test]
    fn label_gate_agrees_with_label() {
        for text in [
            "À lire aussi : Le titre",
            "A LIRE AUSSI >> Le titre",
            ">> A lire aussi: Le titre",
            "» Lire aussi Le titre",
            "Lire l’entretien : X",
            "Voir aussi",
            "Sur le même sujet :",
            "Écouter aussi",
            "Le gouvernement a annoncé",
            "Des lecteurs",
            " Lire aussi",
            "",
        ] {
            assert!(
                may_open_with_label(text) || !LABEL.is_match(text),
                "gate refused a label: {text}"
            );
        }
        assert!(!may_open_with_label("Le gouvernement a annoncé"));
    }

    #[test]
    fn strip_separators_removes_arrows() {
        assert_eq!(
            strip_separators("NOS ARTICLES LIÉS »"),
            "NOS ARTICLES LIÉS"
        );
        assert_eq!(strip_separators("Lire aussi :"), "Lire aussi");
    }
}
