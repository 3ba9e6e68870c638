//! Groups the body's blocks into sections.
//!
//! Input: the body blocks that survived cleaning and promo removal, in
//! reading order. Output: `Vec<Section>` (content before the first
//! subheading under a null heading, then one section per subheading),
//! the per-paragraph details quotes need, and the list items for
//! `facts`. A subheading is an h1–h6 inside the body or a short
//! paragraph that is only bold text and does not end like a sentence.
//! List items and "•" lines are facts, never paragraphs (SPEC).

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, BlockKind, Span};
use crate::dom::NodeId;
use crate::model::Section;

/// Longest bold-only paragraph (characters) read as a pseudo-heading.
const MAX_PSEUDO_HEADING_CHARS: usize = 120;

/// A paragraph opened by a bullet character: "• 34 drones…".
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[•◦▪▸►■●·]\s*").expect("valid regex"));

/// A paragraph opened by a dash used as a bullet: "- 34 drones…".
static DASH_BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-–—*]\s+").expect("valid regex"));

/// What quotes need to know about a paragraph besides its text.
#[derive(Debug, Clone, Default)]
pub struct ParagraphInfo {
    /// The paragraph sits in a `<blockquote>`.
    pub in_blockquote: bool,
    /// Runs inside `<q>` elements.
    pub inline_quotes: Vec<Span>,
}

/// A list item or bullet line of the body, for `facts`.
#[derive(Debug, Clone)]
pub struct Item {
    /// Index of the section it belongs to.
    pub section: usize,
    /// Its text, bullet removed.
    pub text: String,
    /// The list element, when it is an `li`.
    pub list: Option<NodeId>,
    /// Share of its text that is link text.
    pub link_density: f64,
}

/// The structured body.
#[derive(Debug, Default)]
pub struct Body {
    /// The sections (SPEC `sections`).
    pub sections: Vec<Section>,
    /// Per section, per paragraph: details for quote detection.
    pub info: Vec<Vec<ParagraphInfo>>,
    /// List items and bullet lines, for `facts`.
    pub items: Vec<Item>,
}

/// Builds sections from body blocks.
pub fn build(blocks: &[&Block]) -> Body {
    let top_level = blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading(l) if l >= 2 => Some(l),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let mut body = Body::default();
    for (i, b) in blocks.iter().enumerate() {
        match b.kind {
            BlockKind::Heading(level) => {
                open_section(&mut body, &b.text, level)
            }
            BlockKind::ListItem => push_item(&mut body, b, b.list),
            BlockKind::Paragraph => {
                if is_pseudo_heading(b, blocks.get(i + 1).copied()) {
                    open_section(&mut body, &b.text, top_level);
                } else if BULLET.is_match(&b.text) || is_dash_run(blocks, i) {
                    push_item(&mut body, b, None);
                } else {
                    push_paragraph(&mut body, b);
                }
            }
        }
    }
    while body.sections.last().is_some_and(|s| s.paragraphs.is_empty())
        && !body.items.iter().any(|it| it.section + 1 == body.sections.len())
    {
        body.sections.pop();
        body.info.pop();
    }
    body
}

fn open_section(body: &mut Body, heading: &str, level: u8) {
    if heading.chars().all(|c| !c.is_alphanumeric()) {
        return;
    }
    body.sections.push(Section {
        heading: Some(heading.to_string()),
        level: Some(level),
        paragraphs: Vec::new(),
    });
    body.info.push(Vec::new());
}

/// The current section, opening the null-heading lead section first.
fn current(body: &mut Body) -> usize {
    if body.sections.is_empty() {
        body.sections.push(Section {
            heading: None,
            level: None,
            paragraphs: Vec::new(),
        });
        body.info.push(Vec::new());
    }
    body.sections.len() - 1
}

fn push_paragraph(body: &mut Body, b: &Block) {
    let s = current(body);
    let section = &mut body.sections[s];
    if section.paragraphs.last() == Some(&b.text) {
        return;
    }
    section.paragraphs.push(b.text.clone());
    body.info[s].push(ParagraphInfo {
        in_blockquote: b.in_blockquote,
        inline_quotes: b.inline_quotes.clone(),
    });
}

fn push_item(body: &mut Body, b: &Block, list: Option<NodeId>) {
    let section = current(body);
    let text = BULLET.replace(&b.text, "");
    let text = DASH_BULLET.replace(&text, "").trim().to_string();
    if text.is_empty() {
        return;
    }
    body.items.push(Item {
        section,
        text,
        list,
        link_density: b.link_density(),
    });
}

/// A bold-only short paragraph that does not end like a sentence and is
/// followed by running text.
fn is_pseudo_heading(b: &Block, next: Option<&Block>) -> bool {
    let chars = b.text.chars().count();
    if chars == 0 || chars > MAX_PSEUDO_HEADING_CHARS || !b.links.is_empty() {
        return false;
    }
    let t = b.text.trim_end();
    if t.ends_with(['.', ',', ';', '»', '"']) || t.starts_with('«') {
        return false;
    }
    b.is_all_bold()
        && next.is_some_and(|n| {
            n.kind == BlockKind::Paragraph && !n.is_all_bold()
        })
}

/// True when paragraph `i` opens with a dash and belongs to a run of at
/// least two such paragraphs (a single dash line is dialogue).
fn is_dash_run(blocks: &[&Block], i: usize) -> bool {
    let dashed = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            b.kind == BlockKind::Paragraph && DASH_BULLET.is_match(&b.text)
        })
    };
    dashed(i) && ((i > 0 && dashed(i - 1)) || dashed(i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blk(kind: BlockKind, text: &str, bold: bool) -> Block {
        Block {
            kind,
            node: NodeId(1),
            first: NodeId(1),
            list: None,
            text: text.into(),
            links: vec![],
            bold: if bold {
                vec![Span { start: 0, end: text.len() }]
            } else {
                vec![]
            },
            inline_quotes: vec![],
            in_blockquote: false,
        }
    }

    fn p(t: &str) -> Block {
        blk(BlockKind::Paragraph, t, false)
    }

    #[test]
    fn build_lead_then_headed_sections() {
        let bl = [
            p("Intro."),
            blk(BlockKind::Heading(2), "Un assaut", false),
            p("Texte un."),
            p("Texte deux."),
        ];
        let refs: Vec<&Block> = bl.iter().collect();
        let body = build(&refs);
        assert_eq!(body.sections.len(), 2);
        assert_eq!(body.sections[0].heading, None);
        assert_eq!(body.sections[1].heading.as_deref(), Some("Un assaut"));
        assert_eq!(body.sections[1].level, Some(2));
        assert_eq!(
            body.sections[1].paragraphs,
            vec!["Texte un.", "Texte deux."]
        );
    }

    #[test]
    fn build_reads_bold_pseudo_headings() {
        let bl = [
            blk(BlockKind::Paragraph, "La réponse russe", true),
            p("Le ministère a déclaré."),
            blk(BlockKind::Paragraph, "Une phrase en gras.", true),
            p("Suite."),
        ];
        let refs: Vec<&Block> = bl.iter().collect();
        let body = build(&refs);
        assert_eq!(
            body.sections[0].heading.as_deref(),
            Some("La réponse russe")
        );
        assert_eq!(body.sections[0].paragraphs.len(), 3);
    }

    #[test]
    fn build_moves_list_items_and_bullets_to_items() {
        let bl = [
            p("Intro."),
            blk(BlockKind::ListItem, "34 drones neutralisés", false),
            p("• 36 autres drones abattus"),
            p("- un"),
            p("- deux"),
            p("- Non, a-t-il répondu."),
        ];
        let refs: Vec<&Block> = bl.iter().collect();
        let body = build(&refs);
        let items: Vec<_> =
            body.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            items,
            vec![
                "34 drones neutralisés",
                "36 autres drones abattus",
                "un",
                "deux",
                "Non, a-t-il répondu."
            ]
        );
        assert_eq!(body.sections[0].paragraphs, vec!["Intro."]);
    }

    #[test]
    fn build_drops_trailing_empty_heading() {
        let bl =
            [p("Texte."), blk(BlockKind::Heading(3), "Sur le web", false)];
        let refs: Vec<&Block> = bl.iter().collect();
        assert_eq!(build(&refs).sections.len(), 1);
    }
}
