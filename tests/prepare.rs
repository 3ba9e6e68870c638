//! `guard::prepare` slims the page before html5ever parses it; it must
//! not change the tree as depeche sees it. Both versions of a page are
//! parsed and compared node by node: same elements in the same places,
//! same kept attributes, same text, outside the script, style and
//! noscript bodies that `prepare` drops. Checked on the corpus and
//! fixture pages and on random markup heavy with the tokenizer's corner
//! cases (comments, raw text, quotes, SVG, CDATA, formatting elements).

use proptest::prelude::*;

use depeche::dom::{Attr, Dom, NodeData, NodeId};
use depeche::guard;

use crate::util::root;

/// The tree as depeche sees it, one line per node.
fn view(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    for id in dom.all() {
        let node = dom.node(id);
        let line = match &node.data {
            NodeData::Document => "#document".to_string(),
            NodeData::Other => "#other".to_string(),
            NodeData::Text(t) => {
                if in_dropped_body(dom, id) {
                    continue;
                }
                format!("{t:?}")
            }
            NodeData::Element(e) => {
                let attrs: Vec<String> = e
                    .attrs
                    .iter()
                    .filter(|(n, _)| {
                        guard::keeps(e.name.as_bytes(), n.as_bytes())
                    })
                    .map(|(n, v)| format!(" {}={:?}", &**n, &**v))
                    .collect();
                format!("<{}{}>", &*e.name, attrs.concat())
            }
        };
        out.push(format!("{:>3} {line}", node.depth));
    }
    out
}

/// Text whose parent is a script (not JSON-LD), style or noscript.
fn in_dropped_body(dom: &Dom, id: NodeId) -> bool {
    let Some(el) = dom.parent(id).and_then(|p| dom.element(p)) else {
        return false;
    };
    match &*el.name {
        "style" | "noscript" => true,
        "script" => !el
            .attr(Attr::Type)
            .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")),
        _ => false,
    }
}

/// Parses `html` as is and prepared, and compares the two trees.
fn same_tree(html: &str) -> Result<(), String> {
    let (prepared, report) = guard::prepare(html);
    if report != guard::Prepared::default() {
        // Cut or flattened on purpose: another tree by design.
        return Ok(());
    }
    let before = view(&Dom::parse(html, usize::MAX));
    let after = view(&Dom::parse(&prepared, usize::MAX));
    if before == after {
        return Ok(());
    }
    let at = before.iter().zip(&after).take_while(|(a, b)| a == b).count();
    Err(format!(
        "trees differ at node {at}: {:?} vs {:?}\nprepared: {prepared:?}",
        before.get(at),
        after.get(at)
    ))
}

#[test]
fn prepared_corpus_and_fixture_pages_parse_to_the_same_tree() {
    let mut pages = Vec::new();
    for dir in
        [root().join("../shared/corpus/visible"), root().join("fixtures")]
    {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.filter_map(Result::ok) {
            let path = e.path().join("source.html");
            if path.is_file() {
                pages.push(path);
            }
        }
    }
    assert!(!pages.is_empty(), "no fixture pages found");
    for path in pages {
        let bytes = std::fs::read(&path).unwrap();
        let text = depeche::decode::decode(&bytes, None).text.into_owned();
        if let Err(e) = same_tree(&text) {
            panic!("{}: {e}", path.display());
        }
    }
}

/// One piece of markup, picked for the tokenizer's corner cases.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "a",
        "Texte é « cité »",
        " ",
        "\n",
        "\r\n",
        "<",
        ">",
        "&amp;",
        "&",
        "'",
        "\"",
        "=",
        "/",
        "<p>",
        "</p>",
        "<div class=\"x\" data-a=\"1\">",
        "</div>",
        "<b data-x=1>",
        "<b data-x=2>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<a href=/x data-t='y'>",
        "</a>",
        "<table>",
        "<tr>",
        "<td data-a=1>",
        "</table>",
        "<input type=hidden data-a=1>",
        "<input data-a=1>",
        "<select>",
        "</select>",
        "<option data-v=1>",
        "<textarea data-a=1>",
        "</textarea>",
        "<title data-a=1>",
        "</title>",
        "<svg viewBox='0 0 1'>",
        "</svg>",
        "<svg/>",
        "<path d=\"M0 0\"/>",
        "<math>",
        "</math>",
        "<foreignObject>",
        "</foreignObject>",
        "<font color=red data-a=1>",
        "<font data-a=1>",
        "<template shadowrootmode=open>",
        "</template>",
        "<p/>",
        "<br/>",
        "<img src=a.jpg alt='x > y'>",
        "<x-y data-a=\"<b>\">",
        "<DIV CLASS=A DATA-B=C>",
        "<p data-a = \"1\" id = x>",
        "<p a=\"x\"b='y'c=z>",
        "<p =x>",
        "<p data-a=x/>",
        "<p data-a=x />",
        "<h1 itemprop=headline data-a>",
        "<script>",
        "</script>",
        "</SCRIPT >",
        "<script type=\"application/ld+json\">",
        "<script>if (a<b) { x = '<p data-a=\"'; }",
        "<style>",
        "</style>",
        "<style>.a>b{}",
        "<noscript>",
        "</noscript>",
        "<xmp>",
        "</xmp>",
        "<iframe data-a=1>",
        "</iframe>",
        "<noframes>",
        "</noframes>",
        "<plaintext>",
        "</scripts>",
        "</script x>",
        "<!--",
        "-->",
        "--!>",
        "<!-->",
        "<!--->",
        "<!-- <p data-a=1> -->",
        "<![CDATA[",
        "]]>",
        "<!doctype html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
        "<?xml version='1.0'?>",
        "</>",
        "</ x>",
        "</3>",
        "<3",
        "<p data-a='unterminated",
        "<ul><li data-a=1>",
        "<nobr data-a=1>",
        "<frameset>",
        "<body data-a=1 class=b>",
        "<html data-a=1 lang=fr>",
        "<desc>",
        "</desc>",
        "<mi>",
        "</mi>",
        "<annotation-xml encoding=\"text/html\">",
        "<template>",
        "<svg><style>.a{}</style>",
        "<script><!--",
        "<script><!--<script>",
        "<!-- <script> -->",
        "<use xlink:href=#a data-a=1/>",
        "<a xlink:href=/x data-a=1>",
        "<caption>",
        "<colgroup>",
        "<frame data-a=1>",
        "</body>",
        "</html>",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        4 => fixed,
        1 => "<[a-zA-Z]{1,6}( [a-z-]{1,6}(=(\"[^\"]{0,6}\"|'[^']{0,6}'|[a-z<>/=]{0,4}))?){0,3} ?/?>",
        1 => "[a-z <>/=\"'!-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn prepared_random_markup_parses_to_the_same_tree(
        pieces in prop::collection::vec(piece(), 0..40)
    ) {
        let html = pieces.concat();
        if let Err(e) = same_tree(&html) {
            prop_assert!(false, "{html:?}\n{e}");
        }
    }
}
