//! Finds the element that holds the article body.
//!
//! Input: the page's blocks and roles. Output: the root element of the
//! body, or `None` when the page has no article text. Method (FRENCH.md
//! §0, readability): every paragraph that looks like article prose —
//! long enough, few links, not inside navigation, asides, comments or
//! other boilerplate — weighs its length; weights add up to every
//! ancestor; the root is the deepest element holding at least
//! `CONCENTRATION` of the page's weight. The page's own markup
//! (`itemprop=articleBody`) then widens the root when it encloses it
//! closely. A retry ladder relaxes the filters when a page has too
//! little prose to decide (readability's flags).

use crate::blocks::{Block, BlockKind};
use crate::dom::{Dom, NodeId, Tag};
use crate::markup::{RoleMap, Roles};

/// Share of the page's prose the body root must hold. 0.85 follows
/// FRENCH.md's article-region rule; lower values let a sidebar column
/// pull the root up to the whole page.
const CONCENTRATION: f64 = 0.85;

/// Shortest paragraph (in characters) that counts as prose on the first
/// attempt: shorter blocks are mostly labels, bylines and buttons.
const MIN_PROSE_CHARS: usize = 60;

/// Highest link density of a prose paragraph; above it, the paragraph
/// is a list of links (readability uses the same order of value).
const MAX_LINK_DENSITY: f64 = 0.4;

/// Below this much prose (characters) an attempt is not trusted and
/// the next, more permissive attempt runs.
const MIN_BODY_CHARS: usize = 400;

/// How much larger than the found root an `itemprop=articleBody`
/// ancestor may be and still be preferred (its extra text is usually
/// the lede or a closing paragraph the scoring missed).
const MARKUP_WIDENING: f64 = 1.3;

/// How one attempt filters paragraphs.
#[derive(Clone, Copy)]
struct Attempt {
    min_chars: usize,
    excluded: u32,
}

/// The ladder of attempts, strictest first.
const ATTEMPTS: [Attempt; 3] = [
    Attempt {
        min_chars: MIN_PROSE_CHARS,
        excluded: Roles::BOILERPLATE
            | Roles::SIDE
            | Roles::PAGE_FOOTER
            | Roles::RELATED
            | Roles::HEADLINE,
    },
    Attempt {
        min_chars: 25,
        excluded: Roles::BOILERPLATE | Roles::PAGE_FOOTER | Roles::HEADLINE,
    },
    Attempt { min_chars: 1, excluded: Roles::COMMENTS | Roles::COOKIE },
];

/// Share of the page's prose above which an element is a wrapper of
/// the article, whatever its classes say (see
/// `RoleMap::clear_on_wrappers`).
const WRAPPER_SHARE: f64 = 0.4;

/// Clears misleading roles on the wrappers of the article: elements
/// holding at least `WRAPPER_SHARE` of the page's prose.
pub fn clear_wrapper_roles(
    dom: &Dom,
    roles: &mut RoleMap,
    blocks: &[Block],
    scope: NodeId,
) {
    let raw = Attempt { min_chars: MIN_PROSE_CHARS, excluded: 0 };
    let weights = weigh(dom, roles, blocks, raw);
    let total = weights.get(scope.index()).copied().unwrap_or(0.0);
    if total >= MIN_BODY_CHARS as f64 {
        roles.clear_on_wrappers(&weights, total * WRAPPER_SHARE);
    }
}

/// Finds the body root: the first attempt of the ladder with enough
/// prose wins; otherwise the attempt with the most prose.
pub fn find_root(
    dom: &Dom,
    roles: &RoleMap,
    blocks: &[Block],
    scope: NodeId,
) -> Option<NodeId> {
    let mut best: Option<(f64, NodeId)> = None;
    for attempt in ATTEMPTS {
        let weights = weigh(dom, roles, blocks, attempt);
        let total = weights.get(scope.index()).copied().unwrap_or(0.0);
        if total <= 0.0 {
            continue;
        }
        let root =
            widen(dom, roles, &weights, deepest(dom, &weights, scope, total));
        if total >= MIN_BODY_CHARS as f64 {
            return Some(root);
        }
        if best.is_none_or(|(w, _)| total > w) {
            best = Some((total, root));
        }
    }
    best.map(|(_, root)| root)
}

/// The weight of every element: the prose it contains.
fn weigh(
    dom: &Dom,
    roles: &RoleMap,
    blocks: &[Block],
    a: Attempt,
) -> Vec<f64> {
    let mut weights = vec![0.0; dom.len()];
    for b in blocks {
        let w = prose_weight(b, a);
        if w <= 0.0 {
            continue;
        }
        if a.excluded != 0
            && roles.inherited(dom, b.node, None).has(a.excluded)
        {
            continue;
        }
        weights[b.node.index()] += w;
        for anc in dom.ancestors(b.node) {
            weights[anc.index()] += w;
        }
    }
    weights
}

/// How much a block counts as article prose.
fn prose_weight(b: &Block, a: Attempt) -> f64 {
    if b.kind != BlockKind::Paragraph {
        return 0.0;
    }
    let chars = b.text.chars().count();
    if chars < a.min_chars || b.link_density() > MAX_LINK_DENSITY {
        return 0.0;
    }
    chars as f64 * (1.0 - b.link_density())
}

/// Descends from `scope` while one child still holds the required share
/// of the prose. At most one child can hold more than half, so the walk
/// is a single path. It never enters a text block (p, li, hN…): the
/// root is a container, so one long paragraph cannot shut out the
/// others.
fn deepest(dom: &Dom, weights: &[f64], scope: NodeId, total: f64) -> NodeId {
    let need = total * CONCENTRATION;
    let mut node = scope;
    loop {
        let next = dom.children(node).find(|&c| {
            is_container(dom.tag(c))
                && weights.get(c.index()).copied().unwrap_or(0.0) >= need
        });
        match next {
            Some(c) => node = c,
            None => return node,
        }
    }
}

/// Elements that may be the body root: anything but a text block.
fn is_container(tag: Tag) -> bool {
    !matches!(
        tag,
        Tag::P
            | Tag::H1
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Li
            | Tag::Td
            | Tag::Th
            | Tag::Dd
            | Tag::Dt
            | Tag::Pre
            | Tag::Blockquote
    )
}

/// Prefers the page's own `itemprop=articleBody` element when it is an
/// ancestor of the found root and not much larger.
fn widen(dom: &Dom, roles: &RoleMap, weights: &[f64], root: NodeId) -> NodeId {
    let own = weights.get(root.index()).copied().unwrap_or(0.0);
    for anc in dom.ancestors(root) {
        if roles.get(anc).has(Roles::ARTICLE_BODY) {
            let w = weights.get(anc.index()).copied().unwrap_or(0.0);
            if w <= own * MARKUP_WIDENING {
                return anc;
            }
            break;
        }
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks;
    use crate::dom::Attr;

    fn root_class(html: &str) -> Option<String> {
        let dom = Dom::parse(html, usize::MAX);
        let roles = RoleMap::new(&dom);
        let bl = blocks::collect(&dom, &roles, dom.root());
        let root = find_root(&dom, &roles, &bl, dom.root())?;
        dom.attr(root, Attr::Class).map(str::to_string)
    }

    fn para(n: usize) -> String {
        "<p>Le gouvernement a présenté mardi un projet de loi très attendu \
         sur le logement, qui prévoit de nombreuses mesures.</p>"
            .repeat(n)
    }

    #[test]
    fn find_root_picks_the_prose_container() {
        let html = format!(
            "<nav><p>{}</p></nav><div class=main><div class=txt>{}</div>\
             <aside class=side>{}</aside></div>",
            "Accueil ".repeat(30),
            para(8),
            para(1)
        );
        assert_eq!(root_class(&html).as_deref(), Some("txt"));
    }

    #[test]
    fn find_root_ignores_comment_sections() {
        let html = format!(
            "<div class=story>{}</div><div class=comments>{}</div>",
            para(4),
            para(6)
        );
        assert_eq!(root_class(&html).as_deref(), Some("story"));
    }

    #[test]
    fn find_root_widens_to_article_body_markup() {
        let html = format!(
            "<div class=outer itemprop=articleBody><p>Chapeau court mais \
             réel de cet article.</p><div class=inner>{}</div></div>",
            para(6)
        );
        assert_eq!(root_class(&html).as_deref(), Some("outer"));
    }

    #[test]
    fn find_root_handles_short_pages() {
        let html = "<div class=short><p>Une seule phrase courte.</p></div>";
        assert_eq!(root_class(html).as_deref(), Some("short"));
    }

    #[test]
    fn find_root_none_without_text() {
        assert_eq!(root_class("<div><img src=x></div>"), None);
    }
}
