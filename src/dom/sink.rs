//! html5ever's tree builder writing straight into our arena.
//!
//! The parser needs a mutable tree while it works (the adoption agency
//! and foster parenting move nodes around), so the sink keeps a linked
//! arena; [`parse`] then lays it out once in pre-order, moving names,
//! attributes and text out of it with no copy. Going through another
//! DOM (scraper's) and copying it cost a sixth of the parse.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::sync::LazyLock;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeSink,
};
use html5ever::{Attribute, QualName, local_name, ns};

use super::{Element, Node, NodeData, NodeId, Tag};

/// No node: links are indices, and this one points nowhere.
const NONE: u32 = u32::MAX;

/// Parses `html` and lays the tree out in pre-order, keeping at most
/// `max_nodes` nodes. Returns the nodes and whether some were dropped.
pub(super) fn parse(html: &str, max_nodes: usize) -> (Vec<Node>, bool) {
    let sink = Sink::default();
    let sink = html5ever::parse_document(sink, Default::default()).one(html);
    sink.into_preorder(max_nodes)
}

/// What a node of the linked arena holds.
#[derive(Debug)]
enum Data {
    /// The document, or a template's contents.
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    Text(StrTendril),
    Other,
}

/// A node of the linked arena.
#[derive(Debug)]
struct Raw {
    parent: u32,
    first: u32,
    last: u32,
    prev: u32,
    next: u32,
    data: Data,
}

impl Raw {
    fn new(data: Data) -> Raw {
        Raw {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            data,
        }
    }
}

/// The tree under construction. html5ever's `TreeSink` takes `&self`,
/// hence the `RefCell`.
#[derive(Debug)]
struct Sink {
    nodes: RefCell<Vec<Raw>>,
}

thread_local! {
    /// The linked arena of this thread's previous page, emptied: a batch
    /// reuses one allocation instead of making and freeing a large one
    /// per page.
    static SPARE: RefCell<Vec<Raw>> = const { RefCell::new(Vec::new()) };
}

/// Largest spare arena kept between pages (a 200 000-node page).
const MAX_SPARE: usize = 200_000;

impl Default for Sink {
    fn default() -> Sink {
        let mut nodes = SPARE.with(|s| std::mem::take(&mut *s.borrow_mut()));
        nodes.clear();
        nodes.push(Raw::new(Data::Document));
        Sink { nodes: RefCell::new(nodes) }
    }
}

/// The name answered for a handle that is not an element, which the
/// tree builder never asks for.
static NO_NAME: LazyLock<QualName> =
    LazyLock::new(|| QualName::new(None, ns!(html), local_name!("")));

/// Link operations on the arena; every index comes from the sink, so
/// out-of-range lookups (impossible) are ignored rather than panicking.
trait Links {
    fn raw(&mut self, id: u32) -> Option<&mut Raw>;
    fn add(&mut self, data: Data) -> u32;

    /// Takes `id` out of its parent's children.
    fn detach(&mut self, id: u32) {
        let Some(n) = self.raw(id) else { return };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
        if parent == NONE {
            return;
        }
        match self.raw(prev) {
            Some(p) => p.next = next,
            None => {
                if let Some(p) = self.raw(parent) {
                    p.first = next;
                }
            }
        }
        match self.raw(next) {
            Some(n) => n.prev = prev,
            None => {
                if let Some(p) = self.raw(parent) {
                    p.last = prev;
                }
            }
        }
    }

    /// Makes the parentless `id` the last child of `parent`.
    fn push_child(&mut self, parent: u32, id: u32) {
        let Some(p) = self.raw(parent) else { return };
        let last = p.last;
        p.last = id;
        if last == NONE {
            p.first = id;
        }
        if let Some(l) = self.raw(last) {
            l.next = id;
        }
        if let Some(n) = self.raw(id) {
            n.parent = parent;
            n.prev = last;
        }
    }

    /// Puts the parentless `id` right before `sibling`.
    fn insert_before(&mut self, sibling: u32, id: u32) {
        let Some(s) = self.raw(sibling) else { return };
        let (parent, prev) = (s.parent, s.prev);
        s.prev = id;
        match self.raw(prev) {
            Some(p) => p.next = id,
            None => {
                if let Some(p) = self.raw(parent) {
                    p.first = id;
                }
            }
        }
        if let Some(n) = self.raw(id) {
            n.parent = parent;
            n.prev = prev;
            n.next = sibling;
        }
    }

    /// Appends `text` to the text node `id`, if it is one.
    fn join_text(&mut self, id: u32, text: &StrTendril) -> bool {
        match self.raw(id) {
            Some(Raw { data: Data::Text(t), .. }) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

impl Links for Vec<Raw> {
    fn raw(&mut self, id: u32) -> Option<&mut Raw> {
        self.get_mut(id as usize)
    }

    fn add(&mut self, data: Data) -> u32 {
        self.push(Raw::new(data));
        (self.len() - 1) as u32
    }
}

impl Sink {
    fn get(&self, id: u32, f: impl FnOnce(&Raw) -> u32) -> u32 {
        self.nodes.borrow().get(id as usize).map_or(NONE, f)
    }

    /// Lays the linked tree out in pre-order, the first `max_nodes`
    /// nodes only; the walk is iterative, whatever the depth.
    fn into_preorder(self, max_nodes: usize) -> (Vec<Node>, bool) {
        let mut raw = self.nodes.into_inner();
        let mut out: Vec<Node> = Vec::with_capacity(raw.len().min(max_nodes));
        let mut open: Vec<(u32, u32)> = Vec::new();
        let mut next = Some(0u32);
        let mut truncated = false;
        while let Some(r) = next {
            if out.len() >= max_nodes {
                truncated = true;
                break;
            }
            let Some(node) = raw.get_mut(r as usize) else { break };
            let id = out.len() as u32;
            out.push(Node {
                parent: open.last().map(|&(_, p)| NodeId(p)),
                end: id + 1,
                depth: open.len() as u32,
                data: convert(std::mem::replace(&mut node.data, Data::Other)),
            });
            open.push((r, id));
            next = (node.first != NONE).then_some(node.first);
            while next.is_none() {
                let Some((r, id)) = open.pop() else { break };
                let end = out.len() as u32;
                if let Some(n) = out.get_mut(id as usize) {
                    n.end = end;
                }
                next = raw
                    .get(r as usize)
                    .and_then(|n| (n.next != NONE).then_some(n.next));
            }
        }
        let end = out.len() as u32;
        for (_, id) in open {
            if let Some(n) = out.get_mut(id as usize) {
                n.end = end;
            }
        }
        raw.clear();
        if raw.capacity() <= MAX_SPARE {
            SPARE.with(|s| *s.borrow_mut() = raw);
        }
        if out.is_empty() {
            out.push(Node {
                parent: None,
                end: 1,
                depth: 0,
                data: NodeData::Document,
            });
        }
        (out, truncated)
    }
}

/// A node's content in the final arena.
fn convert(data: Data) -> NodeData {
    match data {
        Data::Document => NodeData::Document,
        Data::Element { name, attrs } => NodeData::Element(Element {
            tag: Tag::from_name(&name.local),
            name: name.local,
            // Collected in place, into the parser's own allocation.
            attrs: attrs
                .into_iter()
                .map(|a| (a.name.local, a.value))
                .collect(),
        }),
        Data::Text(t) => NodeData::Text(t),
        Data::Other => NodeData::Other,
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = Sink;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Sink {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match nodes.get(*target as usize) {
                Some(Raw { data: Data::Element { name, .. }, .. }) => name,
                _ => &NO_NAME,
            }
        })
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.add(Data::Element { name, attrs });
        if flags.template {
            // The template's contents: its first child, as scraper has it.
            let contents = nodes.add(Data::Document);
            nodes.push_child(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.nodes.borrow_mut().add(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.nodes.borrow_mut().add(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => nodes.push_child(*parent, id),
            NodeOrText::AppendText(text) => {
                let last = nodes.raw(*parent).map_or(NONE, |p| p.last);
                if !nodes.join_text(last, &text) {
                    let id = nodes.add(Data::Text(text));
                    nodes.push_child(*parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        if self.get(*element, |n| n.parent) != NONE {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.add(Data::Other);
        nodes.push_child(0, id);
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        self.get(*target, |n| n.first)
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeOrText::AppendNode(id) = &new_node {
            nodes.detach(*id);
        }
        let (parent, prev) =
            nodes.raw(*sibling).map_or((NONE, NONE), |s| (s.parent, s.prev));
        if parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => nodes.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                if !nodes.join_text(prev, &text) {
                    let id = nodes.add(Data::Text(text));
                    nodes.insert_before(*sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Raw { data: Data::Element { attrs: have, .. }, .. }) =
            nodes.raw(*target)
        {
            for a in attrs {
                if !have.iter().any(|h| h.name == a.name) {
                    have.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        self.nodes.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.raw(*node).map_or(NONE, |n| n.first);
        while child != NONE {
            let next = nodes.raw(child).map_or(NONE, |c| c.next);
            nodes.detach(child);
            nodes.push_child(*new_parent, child);
            child = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Attr, Dom};
    use super::*;

    /// The tags of the arena in pre-order with their depths.
    fn outline(html: &str) -> Vec<(u32, String)> {
        let d = Dom::parse(html, usize::MAX);
        d.all()
            .map(|n| {
                let label = match &d.node(n).data {
                    NodeData::Element(e) => e.name.to_string(),
                    NodeData::Text(t) => format!("#{t}"),
                    NodeData::Document => "doc".to_string(),
                    NodeData::Other => "other".to_string(),
                };
                (d.depth(n), label)
            })
            .collect()
    }

    #[test]
    fn adoption_agency_moves_nodes() {
        // Misnested formatting: html5ever reparents the <p> content.
        let o = outline("<b>1<p>2</b>3</p>");
        let labels: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            ["doc", "html", "head", "body", "b", "#1", "p", "b", "#2", "#3"]
        );
    }

    #[test]
    fn foster_parenting_puts_text_before_the_table() {
        let o = outline("<table>x<tr><td>y</td></tr></table>");
        let labels: Vec<&str> = o.iter().map(|(_, l)| l.as_str()).collect();
        let x = labels.iter().position(|l| *l == "#x").unwrap();
        let table = labels.iter().position(|l| *l == "table").unwrap();
        assert!(x < table, "{labels:?}");
    }

    #[test]
    fn adjacent_text_is_joined_and_attributes_kept() {
        let d = Dom::parse("<p id=a class=b>x&amp;y</p>", usize::MAX);
        let p = d.find_tag(Tag::P).unwrap();
        assert_eq!(d.attr(p, Attr::Id), Some("a"));
        assert_eq!(d.attr(p, Attr::Class), Some("b"));
        let texts: Vec<&str> =
            d.descendants(p).filter_map(|n| d.text(n)).collect();
        assert_eq!(texts, ["x&y"]);
    }

    #[test]
    fn template_contents_sit_under_the_template() {
        let d =
            Dom::parse("<template><p>t</p></template><p>u</p>", usize::MAX);
        let t = d.find_tag(Tag::Template).unwrap();
        let inner: Vec<Tag> = d.descendants(t).map(|n| d.tag(n)).collect();
        assert!(inner.contains(&Tag::P));
    }

    #[test]
    fn duplicate_attributes_keep_the_first() {
        let d = Dom::parse("<p class=a class=b>x</p>", usize::MAX);
        let p = d.find_tag(Tag::P).unwrap();
        assert_eq!(d.attr(p, Attr::Class), Some("a"));
    }
}
