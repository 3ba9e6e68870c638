//! The document tree: the only user of the HTML parser.
//!
//! Input: decoded (and guarded) HTML text. Output: a read-only arena of
//! nodes in document order. Node ids are pre-order indices, so a
//! subtree is the contiguous range `id..end`: "is X inside Y" is two
//! comparisons and "X comes before Y" is one. Every walk here is
//! iterative; dropping the arena is flat. This module knows nothing of
//! news pages or French.

mod sink;

use html5ever::LocalName;
use html5ever::tendril::StrTendril;

/// A node of the arena: its pre-order index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The index into the arena.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The element names the stages care about; every other name is
/// `Other`. Matching on an enum is cheaper and clearer than comparing
/// strings in every walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Base,
    Script,
    Style,
    Noscript,
    Template,
    Svg,
    Math,
    Iframe,
    Object,
    Embed,
    Canvas,
    Video,
    Audio,
    Picture,
    Source,
    Img,
    Form,
    Input,
    Button,
    Select,
    Option,
    Textarea,
    Label,
    Nav,
    Header,
    Footer,
    Aside,
    Main,
    Article,
    Section,
    Div,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hgroup,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Q,
    Cite,
    Figure,
    Figcaption,
    Table,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    Th,
    Caption,
    Pre,
    Address,
    Details,
    Summary,
    Dialog,
    Menu,
    Center,
    Br,
    Hr,
    A,
    Strong,
    B,
    Em,
    I,
    U,
    Span,
    Time,
    Small,
    Sup,
    Sub,
    Font,
    Mark,
    Abbr,
    Wbr,
    Other,
}

impl Tag {
    pub(crate) fn from_name(name: &str) -> Tag {
        match name {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "base" => Tag::Base,
            "script" => Tag::Script,
            "style" => Tag::Style,
            "noscript" => Tag::Noscript,
            "template" => Tag::Template,
            "svg" => Tag::Svg,
            "math" => Tag::Math,
            "iframe" => Tag::Iframe,
            "object" => Tag::Object,
            "embed" => Tag::Embed,
            "canvas" => Tag::Canvas,
            "video" => Tag::Video,
            "audio" => Tag::Audio,
            "picture" => Tag::Picture,
            "source" => Tag::Source,
            "img" => Tag::Img,
            "form" => Tag::Form,
            "input" => Tag::Input,
            "button" => Tag::Button,
            "select" => Tag::Select,
            "option" => Tag::Option,
            "textarea" => Tag::Textarea,
            "label" => Tag::Label,
            "nav" => Tag::Nav,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "aside" => Tag::Aside,
            "main" => Tag::Main,
            "article" => Tag::Article,
            "section" => Tag::Section,
            "div" => Tag::Div,
            "p" => Tag::P,
            "h1" => Tag::H1,
            "h2" => Tag::H2,
            "h3" => Tag::H3,
            "h4" => Tag::H4,
            "h5" => Tag::H5,
            "h6" => Tag::H6,
            "hgroup" => Tag::Hgroup,
            "ul" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "blockquote" => Tag::Blockquote,
            "q" => Tag::Q,
            "cite" => Tag::Cite,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "table" => Tag::Table,
            "thead" => Tag::Thead,
            "tbody" => Tag::Tbody,
            "tfoot" => Tag::Tfoot,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "caption" => Tag::Caption,
            "pre" => Tag::Pre,
            "address" => Tag::Address,
            "details" => Tag::Details,
            "summary" => Tag::Summary,
            "dialog" => Tag::Dialog,
            "menu" => Tag::Menu,
            "center" => Tag::Center,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "a" => Tag::A,
            "strong" => Tag::Strong,
            "b" => Tag::B,
            "em" => Tag::Em,
            "i" => Tag::I,
            "u" => Tag::U,
            "span" => Tag::Span,
            "time" => Tag::Time,
            "small" => Tag::Small,
            "sup" => Tag::Sup,
            "sub" => Tag::Sub,
            "font" => Tag::Font,
            "mark" => Tag::Mark,
            "abbr" => Tag::Abbr,
            "wbr" => Tag::Wbr,
            _ => Tag::Other,
        }
    }

    /// Heading level for h1–h6.
    pub fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }

    /// Elements whose content is never visible text.
    pub fn is_invisible(self) -> bool {
        matches!(
            self,
            Tag::Head
                | Tag::Title
                | Tag::Meta
                | Tag::Link
                | Tag::Base
                | Tag::Script
                | Tag::Style
                | Tag::Noscript
                | Tag::Template
                | Tag::Svg
                | Tag::Math
                | Tag::Iframe
                | Tag::Object
                | Tag::Embed
                | Tag::Canvas
                | Tag::Video
                | Tag::Audio
                | Tag::Picture
                | Tag::Source
                | Tag::Img
                | Tag::Input
                | Tag::Select
                | Tag::Option
                | Tag::Textarea
                | Tag::Button
                | Tag::Dialog
        )
    }

    /// Elements that start a new block of text (everything else is
    /// inline: its text joins the enclosing block).
    pub fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Body
                | Tag::Form
                | Tag::Nav
                | Tag::Header
                | Tag::Footer
                | Tag::Aside
                | Tag::Main
                | Tag::Article
                | Tag::Section
                | Tag::Div
                | Tag::P
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Hgroup
                | Tag::Ul
                | Tag::Ol
                | Tag::Li
                | Tag::Dl
                | Tag::Dt
                | Tag::Dd
                | Tag::Blockquote
                | Tag::Figure
                | Tag::Figcaption
                | Tag::Table
                | Tag::Thead
                | Tag::Tbody
                | Tag::Tfoot
                | Tag::Tr
                | Tag::Td
                | Tag::Th
                | Tag::Caption
                | Tag::Pre
                | Tag::Address
                | Tag::Details
                | Tag::Summary
                | Tag::Menu
                | Tag::Center
                | Tag::Hr
        )
    }
}

/// An element: its tag and attributes (names lower case, as html5ever
/// gives them). Names are html5ever's interned atoms and values its
/// tendrils, moved from the parser without a copy.
#[derive(Debug, Clone)]
pub struct Element {
    /// The tag.
    pub tag: Tag,
    /// The local name as written in lower case (kept for `Tag::Other`).
    pub name: LocalName,
    /// Attributes in source order (local names; html5ever keeps the
    /// first of duplicates).
    pub attrs: Vec<(LocalName, StrTendril)>,
}

impl Element {
    /// The value of an attribute.
    pub fn attr(&self, attr: Attr) -> Option<&str> {
        let name = attr.name();
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| &**v)
    }
}

/// The attributes depeche reads. [`crate::guard::prepare`] drops every
/// other one before parsing (bar the few the tree builder needs), so an
/// attribute is read by adding it here. `markup`'s role pass reads some
/// of these by their interned names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    /// `aria-hidden`
    AriaHidden,
    /// `class`
    Class,
    /// `content`
    Content,
    /// `datetime`
    Datetime,
    /// `hidden`
    Hidden,
    /// `href`
    Href,
    /// `id`
    Id,
    /// `itemprop`
    Itemprop,
    /// `lang`
    Lang,
    /// `name`
    Name,
    /// `property`
    Property,
    /// `pubdate`
    Pubdate,
    /// `rel`
    Rel,
    /// `role`
    Role,
    /// `style`
    Style,
    /// `type`
    Type,
    /// `value`
    Value,
    /// `xml:lang`
    XmlLang,
}

impl Attr {
    /// Every attribute read.
    pub const ALL: [Attr; 18] = [
        Attr::AriaHidden,
        Attr::Class,
        Attr::Content,
        Attr::Datetime,
        Attr::Hidden,
        Attr::Href,
        Attr::Id,
        Attr::Itemprop,
        Attr::Lang,
        Attr::Name,
        Attr::Property,
        Attr::Pubdate,
        Attr::Rel,
        Attr::Role,
        Attr::Style,
        Attr::Type,
        Attr::Value,
        Attr::XmlLang,
    ];

    /// The attribute's name (lower case, as html5ever gives it).
    pub fn name(self) -> &'static str {
        match self {
            Attr::AriaHidden => "aria-hidden",
            Attr::Class => "class",
            Attr::Content => "content",
            Attr::Datetime => "datetime",
            Attr::Hidden => "hidden",
            Attr::Href => "href",
            Attr::Id => "id",
            Attr::Itemprop => "itemprop",
            Attr::Lang => "lang",
            Attr::Name => "name",
            Attr::Property => "property",
            Attr::Pubdate => "pubdate",
            Attr::Rel => "rel",
            Attr::Role => "role",
            Attr::Style => "style",
            Attr::Type => "type",
            Attr::Value => "value",
            Attr::XmlLang => "xml:lang",
        }
    }

    /// The attribute named `name` (lower case), if depeche reads it.
    pub fn from_name(name: &[u8]) -> Option<Attr> {
        Some(match name {
            b"aria-hidden" => Attr::AriaHidden,
            b"class" => Attr::Class,
            b"content" => Attr::Content,
            b"datetime" => Attr::Datetime,
            b"hidden" => Attr::Hidden,
            b"href" => Attr::Href,
            b"id" => Attr::Id,
            b"itemprop" => Attr::Itemprop,
            b"lang" => Attr::Lang,
            b"name" => Attr::Name,
            b"property" => Attr::Property,
            b"pubdate" => Attr::Pubdate,
            b"rel" => Attr::Rel,
            b"role" => Attr::Role,
            b"style" => Attr::Style,
            b"type" => Attr::Type,
            b"value" => Attr::Value,
            b"xml:lang" => Attr::XmlLang,
            _ => return None,
        })
    }
}

/// What a node holds.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document root.
    Document,
    /// An element.
    Element(Element),
    /// A text node (adjacent text already joined by the parser).
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: kept as
    /// placeholders so that the pre-order numbering stays simple.
    Other,
}

/// One node of the arena.
#[derive(Debug, Clone)]
pub struct Node {
    /// The parent, `None` for the root.
    pub parent: Option<NodeId>,
    /// One past the last node of this subtree.
    pub end: u32,
    /// Depth below the document root (the root is 0).
    pub depth: u32,
    /// The content.
    pub data: NodeData,
}

/// The parsed page.
#[derive(Debug)]
pub struct Dom {
    nodes: Vec<Node>,
    truncated: bool,
}

impl Dom {
    /// Parses HTML into the arena. Building stops after `max_nodes`
    /// nodes (the rest of the page is ignored and `truncated()` says
    /// so), which bounds the work on absurd pages.
    pub fn parse(html: &str, max_nodes: usize) -> Dom {
        let (nodes, truncated) = sink::parse(html, max_nodes);
        Dom { nodes, truncated }
    }

    /// True when the page had more nodes than the cap.
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Always false: a parsed document has a root.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The document root.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// A node.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The element data of a node, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes.get(id.index())?.data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag of a node (`Tag::Other` for non-elements).
    pub fn tag(&self, id: NodeId) -> Tag {
        self.element(id).map_or(Tag::Other, |e| e.tag)
    }

    /// The text of a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(id.index())?.data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An attribute of an element.
    pub fn attr(&self, id: NodeId, attr: Attr) -> Option<&str> {
        self.element(id)?.attr(attr)
    }

    /// The parent of a node.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes.get(id.index())?.parent
    }

    /// One past the last node of the subtree of `id`.
    pub fn end(&self, id: NodeId) -> NodeId {
        NodeId(self.nodes.get(id.index()).map_or(id.0, |n| n.end))
    }

    /// True when `inner` is `outer` or inside it.
    pub fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        outer <= inner && inner < self.end(outer)
    }

    /// Depth of a node below the root.
    pub fn depth(&self, id: NodeId) -> u32 {
        self.nodes.get(id.index()).map_or(0, |n| n.depth)
    }

    /// The children of a node, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children { dom: self, next: id.0 + 1, end: self.end(id).0 }
    }

    /// Every node strictly inside `id`, in document order.
    pub fn descendants(&self, id: NodeId) -> impl Iterator<Item = NodeId> {
        (id.0 + 1..self.end(id).0).map(NodeId)
    }

    /// Every node of the document, in order.
    pub fn all(&self) -> impl Iterator<Item = NodeId> {
        (0..self.nodes.len() as u32).map(NodeId)
    }

    /// The ancestors of a node, nearest first (the node excluded).
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors { dom: self, next: self.parent(id) }
    }

    /// The first element of a tag in document order.
    pub fn find_tag(&self, tag: Tag) -> Option<NodeId> {
        self.all().find(|&id| self.tag(id) == tag)
    }

    /// All the text of a subtree, invisible elements included: the
    /// content of `<title>`, `<script>` and `<style>` elements.
    pub fn raw_text_all(&self, id: NodeId) -> String {
        self.descendants(id).filter_map(|n| self.text(n)).collect()
    }

    /// The raw text of a subtree (no normalisation), skipping invisible
    /// elements; block boundaries and `<br>` become spaces. For short
    /// elements: titles, labels, meta blocks.
    pub fn raw_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut block_ends: Vec<u32> = Vec::new();
        let mut i = id.0;
        let end = self.end(id).0;
        while i < end {
            while block_ends.last().is_some_and(|&e| e <= i) {
                block_ends.pop();
                out.push(' ');
            }
            let n = NodeId(i);
            match &self.nodes[n.index()].data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element(e) if e.tag.is_invisible() => {
                    i = self.end(n).0;
                    continue;
                }
                NodeData::Element(e) if e.tag == Tag::Br => out.push(' '),
                NodeData::Element(e) if e.tag.is_block() => {
                    out.push(' ');
                    block_ends.push(self.end(n).0);
                }
                _ => {}
            }
            i += 1;
        }
        out
    }
}

/// Iterator over the children of a node.
pub struct Children<'a> {
    dom: &'a Dom,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = NodeId(self.next);
        self.next = self.dom.end(id).0;
        Some(id)
    }
}

/// Iterator over the ancestors of a node.
pub struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.parent(id);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dom(html: &str) -> Dom {
        Dom::parse(html, usize::MAX)
    }

    #[test]
    fn parse_numbers_nodes_in_document_order() {
        let d = dom("<p>a<b>b</b></p><p>c</p>");
        let ps: Vec<_> = d.all().filter(|&i| d.tag(i) == Tag::P).collect();
        assert_eq!(ps.len(), 2);
        assert!(ps[0] < ps[1]);
        assert!(d.contains(ps[0], NodeId(ps[0].0 + 1)));
        assert!(!d.contains(ps[0], ps[1]));
    }

    #[test]
    fn children_skip_grandchildren() {
        let d = dom("<ul><li>a<i>x</i></li><li>b</li></ul>");
        let ul = d.find_tag(Tag::Ul).unwrap();
        let kids: Vec<_> = d.children(ul).map(|c| d.tag(c)).collect();
        assert_eq!(kids, vec![Tag::Li, Tag::Li]);
    }

    #[test]
    fn ancestors_go_up_to_root() {
        let d = dom("<div><p><a>x</a></p></div>");
        let a = d.find_tag(Tag::A).unwrap();
        let tags: Vec<_> = d.ancestors(a).map(|n| d.tag(n)).collect();
        assert_eq!(tags[..3], [Tag::P, Tag::Div, Tag::Body]);
    }

    #[test]
    fn raw_text_skips_scripts() {
        let d = dom("<div>a<script>var x</script><p>b</p>c</div>");
        let div = d.find_tag(Tag::Div).unwrap();
        let text = d.raw_text(div);
        let folded: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(folded, ["a", "b", "c"]);
    }

    #[test]
    fn parse_caps_nodes() {
        let html = "<p>x</p>".repeat(1000);
        let d = Dom::parse(&html, 50);
        assert!(d.truncated());
        assert_eq!(d.len(), 50);
        // Every `end` stays within the arena.
        assert!(d.all().all(|i| d.end(i).index() <= d.len()));
    }

    #[test]
    fn deep_nesting_100k_divs_does_not_overflow() {
        let html = format!(
            "{}x{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let d = Dom::parse(&html, usize::MAX);
        assert!(d.len() > 100_000);
        let deepest = d.all().max_by_key(|&i| d.depth(i)).unwrap();
        assert!(d.ancestors(deepest).count() > 100_000);
        assert!(d.raw_text(d.root()).contains('x'));
    }
}
