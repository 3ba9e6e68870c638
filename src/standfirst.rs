//! The standfirst (chapô): the lede the page sets apart from the body.
//!
//! Input: the page's blocks, the body blocks kept so far, the headline
//! position and the page description. Output: the standfirst text and,
//! when it sat inside the body, which body block it was (so it is not
//! repeated in `sections`). Evidence, strongest first: an element the
//! page marks as the chapô (class `chapo`, `standfirst`, `lead`…) near
//! the headline; the first body paragraph when the page's description
//! says the same thing; a first body paragraph set entirely in bold.

use crate::blocks::{Block, BlockKind};
use crate::body::BodyBlock;
use crate::dom::{Dom, NodeId};
use crate::markup::{RoleMap, Roles};
use crate::text::compare_key;

/// Shortest standfirst (characters): shorter marked elements are
/// kickers, dates or labels.
const MIN_CHARS: usize = 40;

/// Most blocks a marked chapô spans. More means the "chapô" class sits
/// on a wrapper of the whole text (`post_excerpt` around a full post).
const MAX_PARTS: usize = 3;

/// How many blocks before the headline a marked chapô may be.
const BEFORE_HEADLINE: usize = 6;

/// How many blocks after the headline a marked chapô may be, when the
/// body's start is unknown.
const WINDOW: usize = 20;

/// Shortest common prefix (characters of the comparison key) for a
/// description to vouch for a paragraph it was truncated from.
const MIN_SHARED_PREFIX: usize = 60;

/// The chosen standfirst.
#[derive(Debug, Clone, PartialEq)]
pub struct Standfirst {
    /// The text.
    pub text: String,
    /// Indices of the body blocks it was made of (removed from the body).
    pub body_blocks: Vec<usize>,
}

/// Finds the standfirst.
pub fn find(
    dom: &Dom,
    roles: &RoleMap,
    page: &[Block],
    body: &[BodyBlock],
    headline: Option<NodeId>,
    description: Option<&str>,
) -> Option<Standfirst> {
    marked(dom, roles, page, body, headline)
        .or_else(|| described(body, description))
        .or_else(|| bold_lede(body))
        .or_else(|| described_outside(page, body, headline, description))
}

/// A paragraph the page marks as its chapô, after the headline and no
/// later than the start of the body. Consecutive blocks of the same
/// marked element are joined.
fn marked(
    dom: &Dom,
    roles: &RoleMap,
    page: &[Block],
    body: &[BodyBlock],
    headline: Option<NodeId>,
) -> Option<Standfirst> {
    // Some layouts put the chapô just above the headline.
    let start = headline
        .and_then(|h| page.iter().position(|b| b.node == h))
        .map_or(0, |p| p.saturating_sub(BEFORE_HEADLINE));
    // A chapô may be as late as the first body block, never later
    // (unless it continues a chapô already started).
    let body_pos = body
        .first()
        .and_then(|f| page.iter().position(|b| b.first == f.block.first))
        .unwrap_or(usize::MAX);
    let last = if body_pos == usize::MAX {
        start + WINDOW
    } else {
        body_pos.max(start)
    };
    let mut found: Option<(NodeId, Vec<&Block>)> = None;
    for (i, b) in page.iter().enumerate().skip(start) {
        let owner = marker_of(dom, roles, b);
        match (&mut found, owner) {
            (Some((m, parts)), Some(o)) if *m == o => parts.push(b),
            (Some(_), _) => break,
            (None, Some(o))
                if i <= last
                    && Some(b.node) != headline
                    && matches!(
                        b.kind,
                        BlockKind::Paragraph | BlockKind::Heading(2..)
                    )
                    && b.link_density() < 0.3 =>
            {
                found = Some((o, vec![b]));
            }
            (None, _) if i >= last => break,
            _ => {}
        }
    }
    let (_, parts) = found?;
    if parts.len() > MAX_PARTS {
        return None;
    }
    let text =
        parts.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
    if text.chars().count() < MIN_CHARS {
        return None;
    }
    let body_blocks = parts
        .iter()
        .filter_map(|p| body.iter().position(|x| x.block.first == p.first))
        .collect();
    Some(Standfirst { text, body_blocks })
}

/// The element that marks a block as chapô: the block's own element or
/// a close ancestor with the standfirst role, outside boilerplate.
fn marker_of(dom: &Dom, roles: &RoleMap, b: &Block) -> Option<NodeId> {
    let bad = Roles::NAV
        | Roles::RELATED
        | Roles::COMMENTS
        | Roles::SIDE
        | Roles::PAGE_FOOTER
        | Roles::CAPTION;
    if roles.inherited(dom, b.node, None).has(bad) {
        return None;
    }
    std::iter::once(b.node).chain(dom.ancestors(b.node).take(2)).find(|&n| {
        roles.get(n).has(Roles::STANDFIRST)
            && !roles.get(n).has(Roles::HEADLINE)
    })
}

/// The first body paragraph, when it is set apart (all bold) and the
/// description says the same thing (equal, or one truncated from the
/// other). A plain first paragraph that the description merely
/// excerpts is body text: CMSs build descriptions that way.
fn described(
    body: &[BodyBlock],
    description: Option<&str>,
) -> Option<Standfirst> {
    let desc = compare_key(description?);
    let (i, first) = body
        .iter()
        .enumerate()
        .find(|(_, b)| b.block.kind == BlockKind::Paragraph)?;
    if i > 1 {
        return None;
    }
    let key = compare_key(&first.block.text);
    (first.block.is_all_bold() && same_text(&key, &desc)).then(|| Standfirst {
        text: first.block.text.clone(),
        body_blocks: vec![i],
    })
}

/// The first body block, when it is a bold paragraph followed by plain
/// ones: many French sites set the chapô in bold at the top of the text.
fn bold_lede(body: &[BodyBlock]) -> Option<Standfirst> {
    let first = body.first()?;
    let next = body.get(1)?;
    let b = &first.block;
    let ok = b.kind == BlockKind::Paragraph
        && b.text.chars().count() >= 2 * MIN_CHARS
        && b.links.is_empty()
        && b.is_all_bold()
        && next.block.kind == BlockKind::Paragraph
        && !next.block.is_all_bold();
    ok.then(|| Standfirst { text: b.text.clone(), body_blocks: vec![0] })
}

/// A block between the headline and the body that the description
/// vouches for.
fn described_outside(
    page: &[Block],
    body: &[BodyBlock],
    headline: Option<NodeId>,
    description: Option<&str>,
) -> Option<Standfirst> {
    let desc = compare_key(description?);
    let start = headline
        .and_then(|h| page.iter().position(|b| b.node == h))
        .map_or(0, |p| p + 1);
    let body_start = body.first().map(|b| b.block.first)?;
    page.iter()
        .skip(start)
        .take_while(|b| b.first < body_start)
        .find(|b| {
            b.kind == BlockKind::Paragraph
                && same_text(&compare_key(&b.text), &desc)
        })
        .map(|b| Standfirst { text: b.text.clone(), body_blocks: vec![] })
}

/// True when two comparison keys say the same: equal, or one is a long
/// prefix of the other (descriptions get truncated).
fn same_text(a: &str, b: &str) -> bool {
    if a.chars().count() < MIN_CHARS || b.chars().count() < MIN_CHARS {
        return false;
    }
    if a == b {
        return true;
    }
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    shared >= MIN_SHARED_PREFIX.min(shorter) && shared + 3 >= shorter
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks;
    use crate::dom::Attr;

    fn run(html: &str, description: Option<&str>) -> Option<Standfirst> {
        let dom = Dom::parse(html, usize::MAX);
        let roles = RoleMap::new(&dom);
        let page = blocks::collect(&dom, &roles, dom.root());
        let root = dom
            .all()
            .find(|&n| dom.attr(n, Attr::Class) == Some("body"))
            .unwrap();
        let body: Vec<BodyBlock> = page
            .iter()
            .filter(|b| dom.contains(root, b.first))
            .map(|b| BodyBlock { block: b.clone(), container: None })
            .collect();
        let h1 = page
            .iter()
            .find(|b| b.kind == BlockKind::Heading(1))
            .map(|b| b.node);
        find(&dom, &roles, &page, &body, h1, description)
    }

    const PROSE: &str =
        "<p>Le texte de l’article commence ici et continue longuement.</p>";

    #[test]
    fn find_reads_marked_chapo_outside_body() {
        let html = format!(
            "<h1>Titre</h1><p class=article-chapo>La nuit de samedi à dimanche a été marquée par une attaque.</p><div class=body>{PROSE}</div>"
        );
        let s = run(&html, None).unwrap();
        assert!(s.text.starts_with("La nuit de samedi"));
        assert!(s.body_blocks.is_empty());
    }

    #[test]
    fn find_ignores_chapo_class_on_whole_post() {
        let html = format!(
            "<h1>Titre</h1><div class=body><div class=post_excerpt>{PROSE}{PROSE}{PROSE}{PROSE}</div></div>"
        );
        assert_eq!(run(&html, None), None);
    }

    #[test]
    fn find_takes_bold_first_paragraph_matching_description() {
        let lede =
            "La nuit de samedi à dimanche a été marquée par une attaque.";
        let html = format!(
            "<h1>Titre</h1><div class=body><p><b>{lede}</b></p>{PROSE}</div>"
        );
        let s = run(&html, Some(lede)).unwrap();
        assert_eq!(s.body_blocks, vec![0]);
        let truncated = "La nuit de samedi à dimanche a été marquée par une…";
        assert!(run(&html, Some(truncated)).is_some());
    }

    #[test]
    fn find_leaves_plain_first_paragraph_excerpted_by_description() {
        let lede = "La nuit de samedi à dimanche a été marquée par une attaque de drones d’une ampleur sans précédent.";
        let html = format!(
            "<h1>Titre</h1><div class=body><p>{lede}</p>{PROSE}</div>"
        );
        assert_eq!(run(&html, Some(lede)), None);
    }

    #[test]
    fn find_takes_bold_lede() {
        let html = format!(
            "<h1>Titre</h1><div class=body><p><strong>Une ouverture en gras, assez longue pour être un vrai chapô d’article de presse quotidienne.</strong></p>{PROSE}</div>"
        );
        assert_eq!(run(&html, None).unwrap().body_blocks, vec![0]);
    }

    #[test]
    fn find_none_for_plain_articles() {
        let html =
            format!("<h1>Titre</h1><div class=body>{PROSE}{PROSE}</div>");
        assert_eq!(
            run(
                &html,
                Some("Une description sans rapport avec le texte de la page.")
            ),
            None
        );
    }
}
