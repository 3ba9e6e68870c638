//! Each stage of `depeche::parse` alone, over the pages of
//! `../shared/corpus/visible` (skipped with a message when absent):
//! `cargo bench --bench stages`. A stage's inputs are prepared outside
//! the timed loop by running the stages before it, so each figure is
//! that stage's own cost. The glue of `parse` between stages (standfirst
//! and dateline removal, captions, stats) is left out; it is cheap.
//!
//! Throughput is in bytes of the pages' HTML, so that the stages can be
//! compared with one another and with the parse (`parse_only` here is
//! html5ever through scraper, the floor of issue #8).

use std::path::PathBuf;

use depeche::blocks::Block;
use depeche::body::clean::BodyBlock;
use depeche::dom::{Dom, NodeId, Tag};
use depeche::markup::RoleMap;
use depeche::{Article, Options};
use divan::Bencher;
use divan::counter::BytesCount;

fn main() {
    if PAGES.with(Vec::is_empty) {
        eprintln!(
            "no pages under ../shared/corpus/visible: the stage benches have nothing to run"
        );
    }
    divan::main();
}

/// One page and the inputs of every stage, computed once.
struct Page {
    bytes: Vec<u8>,
    text: String,
    /// The text after the guard, as html5ever gets it.
    prepared: String,
    dom: Dom,
    roles: RoleMap,
    scope: NodeId,
    blocks: Vec<Block>,
    headline: Option<String>,
    headline_node: Option<NodeId>,
    root: Option<NodeId>,
    body: Vec<BodyBlock>,
    base: Option<url::Url>,
    kept: Vec<Block>,
    built: depeche::sections::Body,
    article: Article,
}

thread_local! {
    /// The pages, read on the thread that runs the benches (divan's
    /// default): a `Dom` holds html5ever's non-atomic tendrils.
    static PAGES: Vec<Page> = load();
}

fn load() -> Vec<Page> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/visible");
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).map(prepare).collect()
}

fn prepare(bytes: Vec<u8>) -> Page {
    let text = depeche::decode::decode(&bytes, None).text.into_owned();
    let prepared = depeche::guard::prepare(&text).0.into_owned();
    let dom = Dom::parse(&prepared, usize::MAX);
    let mut roles = RoleMap::new(&dom);
    let scope = dom.find_tag(Tag::Body).unwrap_or(dom.root());
    let blocks = depeche::blocks::collect(&dom, &roles, scope);
    depeche::body::clear_wrapper_roles(&dom, &mut roles, &blocks, scope);
    let meta = depeche::metadata::extract(&dom, &roles, &blocks);
    let root = depeche::body::find_root(&dom, &roles, &blocks, scope);
    let body = root.map_or_else(Vec::new, |root| {
        depeche::body::clean(
            &dom,
            &roles,
            &blocks,
            root,
            meta.headline.as_deref(),
            meta.headline_node,
        )
        .blocks
    });
    let stripped = depeche::promos::strip(body.clone(), meta.base.as_ref());
    let kept: Vec<Block> =
        stripped.blocks.into_iter().map(|b| b.block).collect();
    let built = depeche::sections::build(&kept.iter().collect::<Vec<_>>());
    let article = depeche::parse(&bytes, &Options::default());
    Page {
        bytes,
        text,
        prepared,
        dom,
        roles,
        scope,
        blocks,
        headline: meta.headline,
        headline_node: meta.headline_node,
        root,
        body,
        base: meta.base,
        kept,
        built,
        article,
    }
}

fn html_bytes() -> BytesCount {
    BytesCount::new(
        PAGES.with(|pages| pages.iter().map(|p| p.bytes.len()).sum::<usize>()),
    )
}

/// Runs `f` on every page, counting the pages' HTML bytes.
fn each(bencher: Bencher, f: impl Fn(&Page) + Sync) {
    bencher
        .counter(html_bytes())
        .bench(|| PAGES.with(|pages| pages.iter().for_each(&f)));
}

#[divan::bench(sample_count = 20)]
fn parse_only(b: Bencher) {
    each(b, |p| {
        divan::black_box(scraper::Html::parse_document(&p.text));
    });
}

#[divan::bench(sample_count = 20)]
fn full(b: Bencher) {
    let opts = Options::default();
    each(b, |p| {
        divan::black_box(depeche::parse(&p.bytes, &opts));
    });
}

#[divan::bench(sample_count = 20)]
fn decode(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::decode::decode(&p.bytes, None));
    });
}

#[divan::bench(sample_count = 20)]
fn guard(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::guard::prepare(&p.text));
    });
}

#[divan::bench(sample_count = 20)]
fn dom(b: Bencher) {
    each(b, |p| {
        divan::black_box(Dom::parse(&p.prepared, usize::MAX));
    });
}

#[divan::bench(sample_count = 20)]
fn roles(b: Bencher) {
    each(b, |p| {
        divan::black_box(RoleMap::new(&p.dom));
    });
}

#[divan::bench(sample_count = 20)]
fn blocks(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::blocks::collect(&p.dom, &p.roles, p.scope));
    });
}

#[divan::bench(sample_count = 20)]
fn metadata(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::metadata::extract(
            &p.dom, &p.roles, &p.blocks,
        ));
    });
}

#[divan::bench(sample_count = 20)]
fn body_detection(b: Bencher) {
    each(b, |p| {
        let root =
            depeche::body::find_root(&p.dom, &p.roles, &p.blocks, p.scope);
        if let Some(root) = root.or(p.root) {
            divan::black_box(depeche::body::clean(
                &p.dom,
                &p.roles,
                &p.blocks,
                root,
                p.headline.as_deref(),
                p.headline_node,
            ));
        }
    });
}

#[divan::bench(sample_count = 20)]
fn promos(b: Bencher) {
    b.counter(html_bytes())
        .with_inputs(|| {
            PAGES.with(|pages| {
                pages.iter().map(|p| p.body.clone()).collect::<Vec<_>>()
            })
        })
        .bench_values(|bodies| {
            PAGES.with(|pages| {
                for (p, body) in pages.iter().zip(bodies) {
                    divan::black_box(depeche::promos::strip(
                        body,
                        p.base.as_ref(),
                    ));
                }
            })
        });
}

#[divan::bench(sample_count = 20)]
fn sections(b: Bencher) {
    each(b, |p| {
        let kept: Vec<&Block> = p.kept.iter().collect();
        divan::black_box(depeche::sections::build(&kept));
    });
}

#[divan::bench(sample_count = 20)]
fn quotes(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::quotes::find(
            &p.built.sections,
            &p.built.info,
        ));
    });
}

#[divan::bench(sample_count = 20)]
fn facts(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::facts::build(&p.built.items));
    });
}

#[divan::bench(sample_count = 20)]
fn serialisation(b: Bencher) {
    each(b, |p| {
        divan::black_box(depeche::output::to_json(&p.article, false));
    });
}
