//! depeche: one saved French news-article page in, structured JSON out.
//!
//! [`parse`] runs the stages in order, data flowing one way:
//!
//! ```text
//! bytes -decode-> text -guard-> text -dom-> Dom (read-only from here)
//!   Dom -markup-> roles        Dom -blocks-> page blocks
//!   page blocks -metadata-> headline, lang, metadata
//!   page blocks -body::find_root-> root -body::clean-> body blocks
//!   body blocks -standfirst-> standfirst  -promos-> body blocks, promos
//!   body blocks -sections-> sections, items -quotes-> quotes
//!                                           -facts-> facts
//!   all -> model::Article (+ stats, warnings)
//! ```
//!
//! ```
//! let html = "<html lang=fr><body><article><h1>Un titre de page</h1>\
//!             <p>Le gouvernement a présenté mardi un projet de loi.</p>\
//!             </article></body></html>";
//! let article = depeche::parse(html.as_bytes(), &depeche::Options::default());
//! assert_eq!(article.headline.as_deref(), Some("Un titre de page"));
//! assert_eq!(article.sections[0].paragraphs.len(), 1);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod batch;
pub mod blocks;
pub mod body;
pub mod check;
pub mod decode;
pub mod dom;
pub mod error;
pub mod facts;
pub mod french;
pub mod guard;
pub mod markup;
pub mod metadata;
pub mod model;
pub mod numbers;
pub mod output;
pub mod pattern;
pub mod promos;
pub mod quotes;
pub mod schema;
pub mod sections;
pub mod selfcheck;
pub mod standfirst;
pub mod text;
pub mod warc;

use std::collections::HashSet;

use encoding_rs::Encoding;

pub use error::{Error, ErrorKind, Result};
pub use model::Article;

use crate::blocks::Block;
use crate::dom::{Dom, Tag};
use crate::markup::RoleMap;
use crate::model::{Explanation, Section, Source, Stats};

/// Words per minute for `stats.reading_minutes` (SPEC).
const READING_WPM: usize = 230;

/// How far into a page the binary sniffing looks.
const SNIFF_BYTES: usize = 8192;

/// Parse options. Build with `Options::default()` and set fields.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// Largest input accepted by [`check_input`], in bytes. Default 64 MiB:
    /// far above any real article page, low enough to bound memory.
    pub max_bytes: u64,
    /// Largest number of DOM nodes built; the rest of the page is
    /// ignored with a warning. Default 2 million (a 60 MB page).
    pub max_nodes: usize,
    /// An encoding to use instead of the page's own. Default: none.
    pub encoding: Option<&'static Encoding>,
    /// Add the `explain` array (what was removed and why). Default off.
    pub explain: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: 64 * 1024 * 1024,
            max_nodes: 2_000_000,
            encoding: None,
            explain: false,
        }
    }
}

/// Refuses input that cannot be a page: empty, over `max_bytes`, or
/// binary (NUL bytes or a file signature such as PDF, PNG or ZIP).
pub fn check_input(bytes: &[u8], opts: &Options) -> Result<()> {
    if bytes.is_empty() {
        return Err(Error::new(ErrorKind::Empty));
    }
    if bytes.len() as u64 > opts.max_bytes {
        return Err(Error::new(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            max: opts.max_bytes,
        }));
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(Error::new(ErrorKind::NotHtml { reason }));
    }
    Ok(())
}

/// Why bytes look binary, if they do.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF file"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip data"),
        (b"\x7FELF", "an executable"),
        (b"RIFF", "a RIFF media file"),
        (b"\x00\x00\x01\x00", "an icon"),
        (b"BZh", "bzip2 data"),
        (b"\xFD7zXZ", "xz data"),
        (b"7z\xBC\xAF", "a 7z archive"),
        (b"\x28\xB5\x2F\xFD", "zstd data"),
    ];
    for (sig, what) in SIGNATURES {
        if bytes.starts_with(sig) {
            return Some(format!("it starts like {what}"));
        }
    }
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return None; // UTF-16 text legitimately holds NUL bytes.
    }
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if head.contains(&0) {
        return Some("it contains NUL bytes".to_string());
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if controls * 10 > head.len() {
        return Some("it is mostly control characters".to_string());
    }
    None
}

/// [`check_input`] then [`parse`].
pub fn try_parse(bytes: &[u8], opts: &Options) -> Result<Article> {
    check_input(bytes, opts)?;
    Ok(parse(bytes, opts))
}

/// Parses one page. Never fails: a page with no findable body gives a
/// document with empty `sections` and a warning. `source.path`, `url`
/// and `id` are left null for the caller to fill.
pub fn parse(bytes: &[u8], opts: &Options) -> Article {
    let decoded = decode::decode(bytes, opts.encoding);
    let mut warnings: Vec<String> = decoded.warnings.clone();
    let (html, prepared) = guard::prepare(&decoded.text);
    if prepared.cut_tags > 0 {
        warnings.push(format!(
            "{} tag(s) had more than {} attributes; the rest were dropped",
            prepared.cut_tags,
            guard::MAX_ATTRIBUTES
        ));
    }
    if prepared.dropped_tags > 0 {
        warnings.push(format!(
            "elements nested deeper than {} levels were flattened ({} tags)",
            guard::MAX_DEPTH,
            prepared.dropped_tags
        ));
    }
    let dom = Dom::parse(&html, opts.max_nodes);
    drop(html);
    let has_markup = dom.all().any(|n| {
        dom.element(n).is_some_and(|e| {
            !matches!(e.tag, Tag::Html | Tag::Head | Tag::Body)
        })
    });
    if !has_markup {
        warnings.push(
            "the input has no HTML markup; it was read as plain text"
                .to_string(),
        );
    }
    if dom.truncated() {
        warnings.push(format!(
            "the page has more than {} elements; the rest was ignored",
            opts.max_nodes
        ));
    }
    let source = Source {
        path: None,
        url: None,
        id: None,
        bytes: bytes.len() as u64,
        encoding: decoded.encoding.name().to_ascii_lowercase(),
        encoding_source: decoded.source,
    };
    drop(decoded);
    extract(&dom, source, warnings, opts)
}

/// The stages after parsing, on a read-only `Dom`.
fn extract(
    dom: &Dom,
    source: Source,
    mut warnings: Vec<String>,
    opts: &Options,
) -> Article {
    let mut roles = RoleMap::new(dom);
    let scope = dom.find_tag(Tag::Body).unwrap_or(dom.root());
    let page = blocks::collect(dom, &roles, scope);
    body::clear_wrapper_roles(dom, &mut roles, &page, scope);
    let meta = metadata::extract(dom, &roles, &page);
    warnings.extend(meta.warnings.iter().cloned());
    let mut md = meta.metadata;
    let mut explain: Vec<(dom::NodeId, Explanation)> = Vec::new();

    let root = body::find_root(dom, &roles, &page, scope);
    let mut cleaned = match root {
        Some(root) => body::clean(
            dom,
            &roles,
            &page,
            root,
            meta.headline.as_deref(),
            meta.headline_node,
        ),
        None => body::Cleaned::default(),
    };
    explain.append(&mut cleaned.dropped);
    md.captions = std::mem::take(&mut cleaned.captions);
    if let Some(root) = root {
        let article = article_scope(dom, root, meta.headline_node);
        let mut around =
            body::captions_around(dom, &roles, &page, article, root);
        around.append(&mut md.captions);
        md.captions = around;
    }
    md.paywalled |= cleaned.paywalled;
    md.comment_count = md
        .comment_count
        .or(cleaned.comment_count)
        .or_else(|| body::page_comment_count(&page));

    let standfirst = standfirst::find(
        dom,
        &roles,
        &page,
        &cleaned.blocks,
        meta.headline_node,
        md.description.as_deref(),
    );
    let mut body_blocks = cleaned.blocks;
    if let Some(s) = &standfirst {
        let remove: HashSet<usize> = s.body_blocks.iter().copied().collect();
        for &i in &s.body_blocks {
            if let Some(b) = body_blocks.get(i) {
                let entry = Explanation {
                    rule: "standfirst",
                    text: text::truncate_chars(&b.block.text, 80),
                };
                explain.push((b.block.first, entry));
            }
        }
        let mut i = 0;
        body_blocks.retain(|_| {
            let keep = !remove.contains(&i);
            i += 1;
            keep
        });
    }

    let mut stripped = promos::strip(body_blocks, meta.base.as_ref());
    explain.extend(body::cut_about_section(
        &mut stripped.blocks,
        &meta.site_names,
    ));
    if let Some(first) = stripped.blocks.first_mut()
        && let Some(line) = metadata::date::parse_dateline(&first.block.text)
    {
        let at = first.block.first;
        let whole = line.len >= first.block.text.len();
        explain.push((
            at,
            Explanation {
                rule: "dateline",
                text: text::truncate_chars(&line.place, 80),
            },
        ));
        if let Some(agency) = line.agency
            && !md.agencies.contains(&agency)
        {
            md.agencies.push(agency);
        }
        md.dateline = Some(line.place);
        // A dateline opening a paragraph stays in it (it is part of
        // the text as published); a dateline line on its own goes.
        if whole {
            stripped.blocks.remove(0);
        }
    }
    explain.extend(stripped.dropped);
    let kept: Vec<&Block> = stripped.blocks.iter().map(|b| &b.block).collect();
    let built = sections::build(&kept);
    let facts = facts::build(&built.items);
    let quoted = quotes::find(&built.sections, &built.info);

    if root.is_none() || built.sections.is_empty() {
        warnings.push("no article body was found".to_string());
    }
    if md.paywalled {
        warnings.push("the body is incomplete: the page shows a paywall or subscriber notice".to_string());
    }
    explain.sort_by_key(|(at, _)| *at);

    let lang = meta.lang.or_else(|| guess_lang(&built.sections));
    let standfirst = standfirst.map(|s| s.text);
    let stats = stats(
        meta.headline.as_deref(),
        standfirst.as_deref(),
        &built.sections,
        &facts,
    );
    Article {
        schema_version: model::SCHEMA_VERSION,
        source,
        lang,
        headline: meta.headline,
        standfirst,
        metadata: md,
        sections: built.sections,
        quotes: quoted,
        facts,
        promos: stripped.promos,
        stats,
        warnings,
        explain: opts
            .explain
            .then(|| explain.into_iter().map(|(_, e)| e).collect()),
    }
}

/// The element holding the whole article: the nearest common ancestor
/// of the headline and the body root, or the `<article>` around the
/// root, or the root itself.
fn article_scope(
    dom: &Dom,
    root: dom::NodeId,
    headline: Option<dom::NodeId>,
) -> dom::NodeId {
    if let Some(h) = headline {
        if let Some(common) = std::iter::once(root)
            .chain(dom.ancestors(root))
            .find(|&a| dom.contains(a, h))
        {
            if dom.tag(common) != Tag::Body
                && dom.tag(common) != Tag::Html
                && common != dom.root()
            {
                return common;
            }
        }
    }
    dom.ancestors(root).find(|&a| dom.tag(a) == Tag::Article).unwrap_or(root)
}

/// `stats` (SPEC): words of headline, standfirst, headings, paragraphs
/// and facts; paragraphs; reading minutes rounded up.
fn stats(
    headline: Option<&str>,
    standfirst: Option<&str>,
    sections: &[Section],
    facts: &[model::Fact],
) -> Stats {
    let mut words = headline.map_or(0, text::count_words)
        + standfirst.map_or(0, text::count_words);
    let mut paragraphs = 0;
    for s in sections {
        words += s.heading.as_deref().map_or(0, text::count_words);
        for p in &s.paragraphs {
            words += text::count_words(p);
            paragraphs += 1;
        }
    }
    words += facts.iter().map(|f| text::count_words(&f.text)).sum::<usize>();
    Stats { words, paragraphs, reading_minutes: words.div_ceil(READING_WPM) }
}

/// Guesses "fr" (or "en") from function words when the page declares no
/// language; `None` when the text is too short or neither dominates.
fn guess_lang(sections: &[Section]) -> Option<String> {
    let (mut fr, mut en, mut total) = (0usize, 0usize, 0usize);
    for p in sections.iter().flat_map(|s| &s.paragraphs) {
        for w in
            p.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
        {
            let w = w.to_lowercase();
            total += 1;
            fr += usize::from(
                french::FRENCH_FUNCTION_WORDS.contains(&w.as_str()),
            );
            en += usize::from(
                french::ENGLISH_FUNCTION_WORDS.contains(&w.as_str()),
            );
        }
    }
    if total < 20 {
        return None;
    }
    if fr * 10 >= total && fr > 2 * en {
        Some("fr".to_string())
    } else if en * 10 >= total && en > 2 * fr {
        Some("en".to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_input_refuses_empty_binary_and_large() {
        let o = Options::default();
        assert_eq!(check_input(b"", &o).unwrap_err().kind_str(), "empty");
        assert_eq!(
            check_input(b"%PDF-1.4 ...", &o).unwrap_err().kind_str(),
            "not_html"
        );
        assert_eq!(
            check_input(b"<p>a\0b</p>", &o).unwrap_err().kind_str(),
            "not_html"
        );
        let small = Options { max_bytes: 4, ..Options::default() };
        assert_eq!(
            check_input(b"<p>abc</p>", &small).unwrap_err().kind_str(),
            "too_large"
        );
        assert!(check_input(b"<p>ok</p>", &o).is_ok());
    }

    #[test]
    fn check_input_accepts_utf16_with_bom() {
        let bytes = [0xFF, 0xFE, b'<', 0, b'p', 0, b'>', 0];
        assert!(check_input(&bytes, &Options::default()).is_ok());
    }

    #[test]
    fn parse_is_deterministic() {
        let html = b"<h1>Titre de test ici</h1><p>Un paragraphe assez long pour compter comme texte.</p>";
        let a = output::to_json(&parse(html, &Options::default()), false);
        let b = output::to_json(&parse(html, &Options::default()), false);
        assert_eq!(a, b);
    }

    #[test]
    fn parse_without_body_warns() {
        let a = parse(
            b"<html><body><img src=x></body></html>",
            &Options::default(),
        );
        assert!(a.sections.is_empty());
        assert!(a.warnings.iter().any(|w| w.contains("no article body")));
    }

    #[test]
    fn guess_lang_reads_function_words() {
        let s = vec![Section {
            heading: None,
            level: None,
            paragraphs: vec!["Le gouvernement a présenté dans la soirée un projet de loi pour les \
                 retraites qui sont au cœur du débat et de la colère des syndicats."
                .into()],
        }];
        assert_eq!(guess_lang(&s).as_deref(), Some("fr"));
    }
}
