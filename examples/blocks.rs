//! Development aid: prints every block of a page with its kind, roles
//! and owner element, to see why the body or metadata stage chose what
//! it did. `cargo run --example blocks -- page.html`.

use depeche::blocks::{self, BlockKind};
use depeche::dom::{Attr, Dom};
use depeche::markup::RoleMap;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: blocks PAGE.html");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("blocks: {path}: {e}");
            std::process::exit(1);
        }
    };
    let decoded = depeche::decode::decode(&bytes, None);
    let dom = Dom::parse(&decoded.text, usize::MAX);
    let roles = RoleMap::new(&dom);
    let body = dom.find_tag(depeche::dom::Tag::Body).unwrap_or(dom.root());
    for (i, b) in blocks::collect(&dom, &roles, body).iter().enumerate() {
        let kind = match b.kind {
            BlockKind::Paragraph => "p".to_string(),
            BlockKind::Heading(l) => format!("h{l}"),
            BlockKind::ListItem => "li".to_string(),
        };
        let el = dom.element(b.node);
        let class = el.and_then(|e| e.attr(Attr::Class)).unwrap_or("");
        let r = roles.inherited(&dom, b.node, None).0;
        let text: String = b.text.chars().take(110).collect();
        println!(
            "{i:4} {kind:3} n{:<6} r{r:<7x} ld{:.1} <{}.{}> {text}",
            b.node.0,
            b.link_density(),
            el.map_or("", |e| &e.name),
            class.split_whitespace().next().unwrap_or("")
        );
    }
}
