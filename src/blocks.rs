//! Cuts a subtree into blocks of text, the unit every later stage uses.
//!
//! Input: the `Dom`, its `RoleMap` and a subtree. Output: `Vec<Block>`
//! in reading order. A block is the inline text owned by one block
//! element (p, li, hN, div…), with its nested blocks excluded; text
//! written straight into a `div` becomes a block of its own, and a
//! double `<br>` splits a paragraph (readability's `<br><br>` rule).
//! Each block remembers its links, bold runs and `<q>` runs as offsets
//! into its text, so promo and quote detection can see element
//! boundaries that plain text hides ("À lire aussiTempête…"). Invisible
//! and hidden elements are skipped. Nothing is dropped for being
//! boilerplate here: that is `body::clean`'s decision.

use crate::dom::{Attr, Dom, NodeId, Tag};
use crate::markup::{RoleMap, Roles};
use crate::text::{TextBuf, looks_like_markup};

/// What kind of text a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text (p, div text, td, dd, blockquote text…).
    Paragraph,
    /// A heading h1–h6 with its level.
    Heading(u8),
    /// A list item (li, or anything inside one).
    ListItem,
}

/// A run of a block's text: byte offsets into `Block::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A link inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Where the link text is.
    pub span: Span,
    /// The `href` as written (not yet resolved).
    pub href: String,
}

/// A block of text and what is known about its inline structure.
#[derive(Debug, Clone)]
pub struct Block {
    /// Paragraph, heading or list item.
    pub kind: BlockKind,
    /// The block element that owns the text.
    pub node: NodeId,
    /// The first node whose text is in the block: orders blocks that
    /// share an owner, and places the block inside containers.
    pub first: NodeId,
    /// The enclosing `ul`/`ol` of a list item.
    pub list: Option<NodeId>,
    /// The text, normalised (SPEC text rule).
    pub text: String,
    /// Links, in order.
    pub links: Vec<Link>,
    /// Runs inside strong/b.
    pub bold: Vec<Span>,
    /// Runs inside `<q>`.
    pub inline_quotes: Vec<Span>,
    /// Inside a `<blockquote>`.
    pub in_blockquote: bool,
}

impl Block {
    /// Bytes of text inside links.
    pub fn link_bytes(&self) -> usize {
        self.links.iter().map(|l| l.span.end - l.span.start).sum()
    }

    /// Share of the text inside links (0 for an empty block).
    pub fn link_density(&self) -> f64 {
        let total = self.text.len();
        if total == 0 { 0.0 } else { self.link_bytes() as f64 / total as f64 }
    }

    /// True when every letter or digit of the block is bold.
    pub fn is_all_bold(&self) -> bool {
        let mut covered = vec![false; self.text.len()];
        for s in &self.bold {
            for c in covered.iter_mut().take(s.end).skip(s.start) {
                *c = true;
            }
        }
        self.text
            .char_indices()
            .filter(|(_, c)| c.is_alphanumeric())
            .all(|(i, _)| covered.get(i).copied().unwrap_or(false))
            && !self.bold.is_empty()
    }
}

/// One open element during the walk.
struct Frame {
    node: NodeId,
    end: u32,
    tag: Tag,
    block: bool,
}

/// Walk state: the block being filled and its open inline runs.
struct Walker {
    out: Vec<Block>,
    buf: TextBuf,
    first: Option<NodeId>,
    links: Vec<Link>,
    bold: Vec<Span>,
    quotes: Vec<Span>,
    open_link: Option<(usize, String)>,
    open_bold: Vec<usize>,
    open_quote: Vec<usize>,
    /// `<br>`s seen since the last text: two in a row split.
    brs: u32,
}

/// Cuts the subtree of `root` into blocks.
pub fn collect(dom: &Dom, roles: &RoleMap, root: NodeId) -> Vec<Block> {
    let mut w = Walker {
        out: Vec::new(),
        buf: TextBuf::new(),
        first: None,
        links: Vec::new(),
        bold: Vec::new(),
        quotes: Vec::new(),
        open_link: None,
        open_bold: Vec::new(),
        open_quote: Vec::new(),
        brs: 0,
    };
    let mut frames: Vec<Frame> = Vec::new();
    let end = dom.end(root).0;
    let mut i = root.0;
    while i < end {
        while frames.last().is_some_and(|f| f.end <= i) {
            w.close(&frames);
            frames.pop();
        }
        let id = NodeId(i);
        if let Some(text) = dom.text(id) {
            if w.first.is_none() && !text.trim().is_empty() {
                w.first = Some(id);
            }
            if !text.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty()
            {
                w.brs = 0;
            }
            w.buf.push(text);
            i += 1;
            continue;
        }
        let Some(el) = dom.element(id) else {
            i += 1;
            continue;
        };
        let tag = el.tag;
        if tag.is_invisible() || roles.get(id).has(Roles::HIDDEN) {
            i = dom.end(id).0;
            continue;
        }
        match tag {
            Tag::Br => {
                w.brs += 1;
                if w.brs >= 2 {
                    w.flush(&frames);
                } else {
                    w.buf.push_break();
                }
                i += 1;
                continue;
            }
            Tag::Td | Tag::Th => w.buf.push_break(),
            _ => {}
        }
        let block = tag.is_block();
        if block {
            w.flush(&frames);
        }
        w.open(tag, (tag == Tag::A).then(|| el.attr(Attr::Href)).flatten());
        frames.push(Frame { node: id, end: dom.end(id).0, tag, block });
        i += 1;
    }
    while !frames.is_empty() {
        w.close(&frames);
        frames.pop();
    }
    w.flush(&frames);
    w.out
}

impl Walker {
    /// Starts inline runs for an opening element.
    fn open(&mut self, tag: Tag, href: Option<&str>) {
        match tag {
            Tag::A => {
                if let Some(href) = href {
                    self.open_link = Some((self.buf.mark(), href.to_string()));
                }
            }
            Tag::Strong | Tag::B => self.open_bold.push(self.buf.mark()),
            Tag::Q => self.open_quote.push(self.buf.mark()),
            _ => {}
        }
    }

    /// Ends inline runs (or the block) for a closing element.
    /// Ends the innermost open element, the last of `frames` (still on
    /// the stack, so that its own text is owned by it).
    fn close(&mut self, frames: &[Frame]) {
        let Some(f) = frames.last() else { return };
        match f.tag {
            Tag::A => {
                if let Some((start, href)) = self.open_link.take() {
                    let end = self.buf.len();
                    if end > start {
                        self.links
                            .push(Link { span: Span { start, end }, href });
                    }
                }
            }
            Tag::Strong | Tag::B => {
                if let Some(start) = self.open_bold.pop() {
                    let end = self.buf.len();
                    if end > start {
                        self.bold.push(Span { start, end });
                    }
                }
            }
            Tag::Q => {
                if let Some(start) = self.open_quote.pop() {
                    let end = self.buf.len();
                    if end > start {
                        self.quotes.push(Span { start, end });
                    }
                }
            }
            _ => {}
        }
        if f.block {
            self.flush(frames);
        }
    }

    /// Emits the buffered text as a block owned by the innermost open
    /// block element, and restarts the buffer. Open inline runs are cut
    /// at the boundary and continue in the next block.
    fn flush(&mut self, frames: &[Frame]) {
        self.brs = 0;
        let len = self.buf.len();
        if let Some((start, href)) = self.open_link.as_mut() {
            if len > *start {
                self.links.push(Link {
                    span: Span { start: *start, end: len },
                    href: href.clone(),
                });
            }
            *start = 0;
        }
        for start in self.open_bold.iter_mut() {
            if len > *start {
                self.bold.push(Span { start: *start, end: len });
            }
            *start = 0;
        }
        for start in self.open_quote.iter_mut() {
            if len > *start {
                self.quotes.push(Span { start: *start, end: len });
            }
            *start = 0;
        }
        let buf = std::mem::take(&mut self.buf);
        let first = self.first.take();
        let links = std::mem::take(&mut self.links);
        let bold = std::mem::take(&mut self.bold);
        let quotes = std::mem::take(&mut self.quotes);
        let (text, shift) = buf.finish();
        let (Some(first), false) = (first, text.is_empty()) else { return };
        // Tags shown as text leaked from broken markup (an unclosed
        // `<textarea>` or `<title>` swallowing the page): never content.
        if looks_like_markup(&text) {
            return;
        }
        let Some(owner) = frames.iter().rev().find(|f| f.block) else {
            return;
        };
        let kind = block_kind(frames);
        let list = if kind == BlockKind::ListItem {
            frames
                .iter()
                .rev()
                .find(|f| matches!(f.tag, Tag::Ul | Tag::Ol | Tag::Menu))
                .map(|f| f.node)
        } else {
            None
        };
        let in_blockquote = frames.iter().any(|f| f.tag == Tag::Blockquote);
        let tlen = text.len();
        let fix = |s: Span| -> Option<Span> {
            let start = s.start.saturating_sub(shift).min(tlen);
            let end = s.end.saturating_sub(shift).min(tlen);
            (end > start).then_some(Span { start, end })
        };
        let links = links
            .into_iter()
            .filter_map(|l| {
                fix(l.span).map(|span| Link { span, href: l.href })
            })
            .collect();
        let bold = bold.into_iter().filter_map(fix).collect();
        let inline_quotes = quotes.into_iter().filter_map(fix).collect();
        self.out.push(Block {
            kind,
            node: owner.node,
            first,
            list,
            text,
            links,
            bold,
            inline_quotes,
            in_blockquote,
        });
    }
}

/// The kind of the text owned by the innermost block: a heading if that
/// block is one, a list item if any enclosing block is an `li` (closer
/// than the nearest list), otherwise a paragraph.
fn block_kind(frames: &[Frame]) -> BlockKind {
    for f in frames.iter().rev() {
        if let Some(level) = f.tag.heading_level() {
            return BlockKind::Heading(level);
        }
        match f.tag {
            Tag::Li => return BlockKind::ListItem,
            Tag::Ul | Tag::Ol | Tag::Table | Tag::Blockquote => break,
            _ => {}
        }
    }
    BlockKind::Paragraph
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<Block> {
        let dom = Dom::parse(html, usize::MAX);
        let roles = RoleMap::new(&dom);
        collect(&dom, &roles, dom.root())
    }

    fn texts(html: &str) -> Vec<String> {
        blocks(html).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn collect_splits_on_block_elements() {
        assert_eq!(
            texts("<div>intro<p>un <b>deux</b></p>fin</div>"),
            vec!["intro", "un deux", "fin"]
        );
    }

    #[test]
    fn collect_splits_double_br_only() {
        assert_eq!(
            texts("<p>ligne un<br>ligne deux<br><br>autre</p>"),
            vec!["ligne un ligne deux", "autre"]
        );
    }

    #[test]
    fn collect_skips_scripts_and_hidden() {
        assert_eq!(
            texts("<p>a<script>x()</script></p><p hidden>b</p><p>c</p>"),
            vec!["a", "c"]
        );
    }

    #[test]
    fn collect_records_link_spans_at_element_boundaries() {
        let b = blocks(
            "<p><span>À lire aussi</span><a href='/x'>Tempête Ciaran</a></p>",
        );
        assert_eq!(b[0].text, "À lire aussiTempête Ciaran");
        let l = &b[0].links[0];
        assert_eq!(&b[0].text[l.span.start..l.span.end], "Tempête Ciaran");
        assert_eq!(l.href, "/x");
    }

    #[test]
    fn collect_kinds_and_lists() {
        let b = blocks("<h2>Titre</h2><ul><li><p>un</p></li></ul><p>fin</p>");
        assert_eq!(b[0].kind, BlockKind::Heading(2));
        assert_eq!(b[1].kind, BlockKind::ListItem);
        assert!(b[1].list.is_some());
        assert_eq!(b[2].kind, BlockKind::Paragraph);
    }

    #[test]
    fn collect_marks_all_bold_blocks() {
        let b = blocks(
            "<p><strong>Un intertitre</strong></p><p>Un <b>peu</b></p>",
        );
        assert!(b[0].is_all_bold());
        assert!(!b[1].is_all_bold());
    }

    #[test]
    fn collect_records_q_and_blockquote() {
        let b = blocks("<blockquote><p>Il a dit <q>non</q>.</p></blockquote>");
        assert!(b[0].in_blockquote);
        let q = &b[0].inline_quotes[0];
        assert_eq!(&b[0].text[q.start..q.end], "non");
    }

    #[test]
    fn collect_link_across_blocks_is_cut() {
        let b = blocks("<a href='/a'><h3>Titre</h3><p>Résumé</p></a>");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].link_density(), 1.0);
        assert_eq!(b[1].link_density(), 1.0);
    }
}
