//! Metadata: headline, language and `metadata.*`, reconciled from every
//! source a page offers.
//!
//! Input: the `Dom`, its roles and blocks. Output: `PageMeta`. Sources,
//! per field, most trustworthy first: JSON-LD, then `<meta>` tags
//! (OpenGraph, Twitter, Dublin Core, article:*), then the visible text
//! near the headline (French bylines and dates). Text parsing of bylines
//! and dates lives in `byline` and `date`; this module only chooses.

pub mod byline;
pub mod date;
pub(crate) mod gate;
pub mod headline;
pub mod jsonld;
pub mod meta_tags;

use url::Url;

use crate::blocks::Block;
use crate::dom::{Attr, Dom, NodeId, Tag};
use crate::french;
use crate::markup::{RoleMap, Roles};
use crate::model::Metadata;
use crate::text::{compare_key, looks_like_markup, non_empty, normalize};

/// How many blocks before the headline are searched too (kicker,
/// date or byline above the title).
const HEADER_BEFORE: usize = 5;

/// Longest text read as a byline: longer blocks are prose.
const MAX_BYLINE_CHARS: usize = 200;

/// How many blocks after the headline are searched for a visible byline
/// or date: article headers hold them within a few lines of the h1.
const HEADER_WINDOW: usize = 25;

/// Meta keys holding the publication date, best first (FRENCH.md §5.4,
/// htmldate's list).
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date:published_time",
    "dc.date.issued",
    "dc.date.created",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "pubdate",
    "publishdate",
    "cxenseparse:recs:publishtime",
    "vr:published_time",
    "bepress_citation_date",
];

/// Meta keys holding a date of unclear meaning (creation, availability,
/// last build): used only when no better date exists.
const GENERIC_DATE_KEYS: &[&str] = &["date.created", "date.available", "date"];

/// Meta keys holding the modification date, best first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "date.updated",
    "date.modified",
    "last-modified",
];

/// Everything the metadata stage found.
#[derive(Debug, Default)]
pub struct PageMeta {
    /// The headline text.
    pub headline: Option<String>,
    /// The h1 it came from.
    pub headline_node: Option<NodeId>,
    /// Primary language subtag as declared by the page.
    pub lang: Option<String>,
    /// `metadata.*`.
    pub metadata: Metadata,
    /// The URL links are resolved against.
    pub base: Option<Url>,
    /// JSON-LD `articleBody`, a cross-check for the body.
    pub ld_body: Option<String>,
    /// Names the site goes by (site name, publisher, host).
    pub site_names: Vec<String>,
    /// Notes for `warnings`.
    pub warnings: Vec<String>,
}

/// Reads the metadata of a page.
pub fn extract(dom: &Dom, roles: &RoleMap, blocks: &[Block]) -> PageMeta {
    let head = meta_tags::read(dom);
    let ld = jsonld::read(&head.jsonld);
    let mut out = PageMeta::default();

    let canonical = head
        .canonical
        .clone()
        .or_else(|| head.first(&["og:url"]).map(str::to_string))
        .or_else(|| ld.url.clone());
    let canonical_url = canonical.as_deref().and_then(|c| Url::parse(c).ok());
    out.base = match head.base.as_deref() {
        Some(b) => match &canonical_url {
            Some(c) => c.join(b).ok(),
            None => Url::parse(b).ok(),
        },
        None => canonical_url.clone(),
    };
    let absolute = |s: &str| -> Option<String> {
        match &out.base {
            Some(b) => b.join(s.trim()).ok().map(|u| u.to_string()),
            None => non_empty(s),
        }
    };
    let mut md = Metadata {
        canonical_url: canonical_url.as_ref().map(Url::to_string),
        site_name: head
            .first(&["og:site_name", "application-name"])
            .map(str::to_string)
            .or_else(|| ld.publisher.clone())
            .map(|s| s.trim_end_matches('/').to_string()),
        description: head
            .first(&["og:description", "description", "twitter:description"])
            .map(str::to_string)
            .or_else(|| ld.description.clone()),
        image: head
            .first(&[
                "og:image",
                "og:image:url",
                "og:image:secure_url",
                "twitter:image",
                "twitter:image:src",
            ])
            .and_then(absolute)
            .or_else(|| ld.image.as_deref().and_then(absolute)),
        comment_count: ld.comment_count,
        paywalled: ld.not_free,
        ..Metadata::default()
    };

    // Headline.
    let mut site_names: Vec<String> = Vec::new();
    site_names.extend(md.site_name.clone());
    site_names.extend(
        head.first(&["application-name", "og:site_name"]).map(str::to_string),
    );
    site_names.extend(ld.publisher.clone());
    if let Some(host) =
        out.base.as_ref().and_then(|u| u.host_str().map(str::to_string))
    {
        let host = host.trim_start_matches("www.").to_string();
        if let Some(label) = host.split('.').next() {
            site_names.push(label.to_string());
        }
        site_names.push(host);
    }
    let mut references: Vec<&str> = Vec::new();
    references.extend(ld.headline.as_deref());
    references.extend(head.first(&["og:title"]));
    references.extend(head.first(&["twitter:title"]));
    references.extend(head.title.as_deref());
    // A broken `</title>` swallows the page into the title: such a
    // "title" holds tags and is no headline.
    references.retain(|r| !looks_like_markup(r));
    let page_blocks: Vec<Block> = blocks
        .iter()
        .filter(|b| {
            !roles
                .inherited(dom, b.node, None)
                .has(Roles::NAV | Roles::COMMENTS | Roles::HIDDEN)
        })
        .cloned()
        .collect();
    if let Some(h) = headline::choose(&page_blocks, &references, &site_names) {
        out.headline = Some(h.text);
        out.headline_node = h.node;
    }

    // Language.
    out.lang = head
        .lang
        .as_deref()
        .or_else(|| {
            head.first(&[
                "og:locale",
                "content-language",
                "language",
                "dc.language",
            ])
        })
        .or(ld.lang.as_deref())
        .and_then(primary_subtag);

    // Authors and agencies.
    let header = header_blocks(dom, roles, blocks, out.headline_node);
    let (authors, agencies) =
        authors(&ld, &head, &header, dom, roles, out.headline_node);
    md.authors = authors;
    md.agencies = agencies;

    // Dates.
    let (published, modified, notes) = dates(dom, roles, &ld, &head, &header);
    md.published = published;
    md.modified = modified;
    out.warnings.extend(notes);

    // Section, tags.
    md.section = ld
        .section
        .clone()
        .or_else(|| {
            head.first(&["article:section", "og:article:section", "section"])
                .map(str::to_string)
        })
        .or_else(|| {
            section_from_breadcrumb(&ld.breadcrumb, out.headline.as_deref())
        });
    md.tags = tags(&head, &ld);

    out.ld_body = ld.article_body.clone();
    out.site_names = site_names;
    out.metadata = md;
    out
}

/// "fr-FR" → "fr"; "fr_FR" → "fr"; anything not a language tag → None.
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let ok = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic());
    ok.then_some(primary)
}

/// The blocks around the headline where bylines and dates are written:
/// from a few blocks before the h1 to `HEADER_WINDOW` after it, outside
/// comments, related boxes and navigation. Without an h1, the first
/// blocks of the page's article-ish region.
fn header_blocks<'a>(
    dom: &Dom,
    roles: &RoleMap,
    blocks: &'a [Block],
    h1: Option<NodeId>,
) -> Vec<&'a Block> {
    let usable = |b: &&Block| {
        !roles.inherited(dom, b.node, None).has(
            Roles::COMMENTS
                | Roles::RELATED
                | Roles::NAV
                | Roles::PAGE_FOOTER
                | Roles::SIDE,
        )
    };
    let pos =
        h1.and_then(|h| blocks.iter().position(|b| b.node == h)).unwrap_or(0);
    let before =
        blocks.get(pos.saturating_sub(HEADER_BEFORE)..pos).unwrap_or(&[]);
    // After the headline first, then the blocks just above it, nearest
    // first: bylines and dates sit below the title more often.
    blocks
        .iter()
        .skip(pos)
        .take(HEADER_WINDOW)
        .chain(before.iter().rev())
        .filter(usable)
        .collect()
}

/// Authors (people) and agencies, from JSON-LD, then meta tags, then the
/// visible byline.
fn authors(
    ld: &jsonld::JsonLd,
    head: &meta_tags::HeadInfo,
    header: &[&Block],
    dom: &Dom,
    roles: &RoleMap,
    headline: Option<NodeId>,
) -> (Vec<String>, Vec<String>) {
    let mut people: Vec<String> = Vec::new();
    let mut agencies: Vec<String> = Vec::new();
    let mut credited: Vec<String> = Vec::new();
    let mut add = |parsed: byline::Byline, people: &mut Vec<String>| {
        for a in parsed.authors {
            if !people.iter().any(|p| compare_key(p) == compare_key(&a)) {
                people.push(a);
            }
        }
        for a in parsed.agencies {
            byline::push_unique(&mut agencies, a);
        }
    };
    for name in &ld.authors {
        add(byline::parse_byline(name), &mut people);
    }
    for org in &ld.organisations {
        if let Some(a) = byline::is_agency(org) {
            add(
                byline::Byline {
                    authors: vec![],
                    agencies: vec![a.to_string()],
                },
                &mut people,
            );
        }
    }
    if people.is_empty() {
        for b in header {
            if b.text.chars().count() > MAX_BYLINE_CHARS {
                continue;
            }
            let is_author =
                roles.inherited(dom, b.node, None).has(Roles::AUTHOR);
            let starts_par = opens_byline(&b.text);
            if !is_author && !starts_par {
                add_credited_agencies(&b.text, &mut credited);
                continue;
            }
            let parsed = byline::parse_byline(&b.text);
            let found = !parsed.authors.is_empty();
            add(parsed, &mut people);
            if found {
                break;
            }
        }
    }
    if people.is_empty() {
        for el in author_elements(dom, roles, headline) {
            let text = normalize(&dom.raw_text(el));
            if text.chars().count() > MAX_BYLINE_CHARS {
                continue;
            }
            let parsed = byline::parse_byline(&text);
            let found = !parsed.authors.is_empty();
            add(parsed, &mut people);
            if found {
                break;
            }
        }
    }
    if people.is_empty() {
        for key in [
            "author",
            "article:author",
            "og:article:author",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
        ] {
            if let Some(v) = head.first(&[key])
                && !v.contains("://")
                && !v.starts_with("www.")
            {
                add(byline::parse_byline(v), &mut people);
            }
        }
    }
    for a in credited {
        byline::push_unique(&mut agencies, a);
    }
    (people, agencies)
}

/// Longest header segment read as an agency credit ("Rédaction avec
/// AFP"); longer ones are sentences that merely cite an agency.
const MAX_CREDIT_CHARS: usize = 40;

/// Agencies credited in a header line that is not a byline: "Publié le
/// 2 mars 2024 · Rédaction avec AFP".
fn add_credited_agencies(line: &str, agencies: &mut Vec<String>) {
    for seg in line.split(['·', '|', '•', '—']) {
        let seg = seg.trim();
        if seg.is_empty() || seg.chars().count() > MAX_CREDIT_CHARS {
            continue;
        }
        let parsed = byline::parse_byline(seg);
        if !parsed.authors.is_empty() {
            continue;
        }
        for a in parsed.agencies {
            byline::push_unique(agencies, a);
        }
    }
}

/// Byline elements of the article (author classes, `rel=author`,
/// `itemprop=author`), outermost only, outside comments, related boxes
/// and navigation, nearest to the headline first (after it before
/// before it).
fn author_elements(
    dom: &Dom,
    roles: &RoleMap,
    headline: Option<NodeId>,
) -> Vec<NodeId> {
    let bad = Roles::COMMENTS
        | Roles::RELATED
        | Roles::NAV
        | Roles::SIDE
        | Roles::PAGE_FOOTER;
    let mut found: Vec<NodeId> = dom
        .all()
        .filter(|&n| roles.get(n).has(Roles::AUTHOR))
        .filter(|&n| {
            dom.parent(n).is_none_or(|p| !roles.get(p).has(Roles::AUTHOR))
        })
        .filter(|&n| !roles.inherited(dom, n, None).has(bad))
        .collect();
    if let Some(h) = headline {
        found.sort_by_key(
            |&n| if n > h { (0, n.0 - h.0) } else { (1, h.0 - n.0) },
        );
    }
    found
}

/// Publication and modification dates as RFC 3339, with notes.
fn dates(
    dom: &Dom,
    roles: &RoleMap,
    ld: &jsonld::JsonLd,
    head: &meta_tags::HeadInfo,
    header: &[&Block],
) -> (Option<String>, Option<String>, Vec<String>) {
    let machine = |s: Option<&str>| s.and_then(date::parse_machine_date);
    let visible = visible_dates(dom, roles, header);
    let explicit_pub = machine(ld.published.as_deref()).or_else(|| {
        PUBLISHED_KEYS.iter().find_map(|k| machine(head.first(&[k])))
    });
    let published = reconcile(explicit_pub, visible.published)
        .or_else(|| {
            GENERIC_DATE_KEYS.iter().find_map(|k| machine(head.first(&[k])))
        })
        .or_else(|| time_element(dom, roles, true));
    let explicit_mod = machine(ld.modified.as_deref()).or_else(|| {
        MODIFIED_KEYS.iter().find_map(|k| machine(head.first(&[k])))
    });
    let modified = reconcile(explicit_mod, visible.modified)
        .or_else(|| time_element(dom, roles, false));
    let mut notes = Vec::new();
    if published.as_ref().is_some_and(|d| d.assumed_paris)
        || modified.as_ref().is_some_and(|d| d.assumed_paris)
    {
        notes.push(
            "a date had no time zone; Europe/Paris was assumed".to_string(),
        );
    }
    (
        published.map(|d| d.to_rfc3339()),
        modified.map(|d| d.to_rfc3339()),
        notes,
    )
}

/// Longest block read as a visible date line.
const MAX_DATE_LINE_CHARS: usize = 200;

/// Longest block read as a bare date ("27 Sep 2016", "mardi 10.12.19").
const MAX_BARE_DATE_CHARS: usize = 40;

/// The dates written near the headline: in meta-classed blocks, in
/// blocks opening with a date label ("Publié le…"), or in short blocks
/// that are only a date.
fn visible_dates(
    dom: &Dom,
    roles: &RoleMap,
    header: &[&Block],
) -> date::LabelledDates {
    let mut out = date::LabelledDates::default();
    for b in header {
        let chars = b.text.chars().count();
        if chars > MAX_DATE_LINE_CHARS {
            continue;
        }
        let is_meta = roles.inherited(dom, b.node, None).has(Roles::META);
        let found = date::find_labelled_dates(&b.text, None);
        // "Par Nadia Khelifi, publié le 21 septembre 2024": a byline
        // carrying the date.
        let labelled = is_meta
            || found.modified.is_some()
            || starts_with_label(&b.text)
            || opens_byline(&b.text);
        let bare = chars <= MAX_BARE_DATE_CHARS;
        if !labelled && !bare {
            continue;
        }
        if out.published.is_none() {
            out.published = found.published;
        }
        if out.modified.is_none() {
            out.modified = found.modified;
        }
        if out.published.is_some() && out.modified.is_some() {
            break;
        }
    }
    out
}

/// True when text opens like a byline: "Par Camille Durand…".
fn opens_byline(text: &str) -> bool {
    text.trim_start()
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("par "))
}

/// True when text opens with a publication or update label.
fn starts_with_label(text: &str) -> bool {
    let t =
        text.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    french::PUBLISHED_LABELS
        .iter()
        .chain(french::MODIFIED_LABELS)
        .any(|l| t.starts_with(l))
}

/// A machine date and the date the reader sees: the machine one is more
/// precise (time, offset), but when the two disagree on the day (in
/// Paris time) the visible one is what the page says, and machine
/// dates are often the CMS's creation or last-build time.
fn reconcile(
    machine: Option<date::PageDate>,
    visible: Option<date::PageDate>,
) -> Option<date::PageDate> {
    match (machine, visible) {
        (Some(m), Some(v)) if paris_day(&m) != v.date => Some(v),
        (Some(m), _) => Some(m),
        (None, v) => v,
    }
}

/// The calendar day of a date in Paris time.
fn paris_day(d: &date::PageDate) -> chrono::NaiveDate {
    use chrono::TimeZone;
    match (d.time, d.offset) {
        (Some(t), Some(o)) => o
            .from_local_datetime(&d.date.and_time(t))
            .single()
            .map_or(d.date, |dt| {
                dt.with_timezone(&chrono_tz::Europe::Paris).date_naive()
            }),
        _ => d.date,
    }
}

/// A `<time datetime>` of the article (not of comments or related
/// items): for the publication date, one marked as such, or the first.
fn time_element(
    dom: &Dom,
    roles: &RoleMap,
    published: bool,
) -> Option<date::PageDate> {
    let mut first: Option<date::PageDate> = None;
    for id in dom.all() {
        if dom.tag(id) != Tag::Time
            && !(dom.tag(id) == Tag::Meta
                && dom.attr(id, Attr::Itemprop).is_some())
        {
            continue;
        }
        let value = dom
            .attr(id, Attr::Datetime)
            .or_else(|| dom.attr(id, Attr::Content));
        let Some(parsed) = value.and_then(date::parse_machine_date) else {
            continue;
        };
        if roles
            .inherited(dom, id, None)
            .has(Roles::COMMENTS | Roles::RELATED | Roles::SIDE | Roles::NAV)
        {
            continue;
        }
        let itemprop = dom.attr(id, Attr::Itemprop).unwrap_or("");
        let class =
            dom.attr(id, Attr::Class).unwrap_or("").to_ascii_lowercase();
        let marked_pub = itemprop == "datePublished"
            || dom.attr(id, Attr::Pubdate).is_some()
            || class.contains("publish");
        let marked_mod = itemprop == "dateModified"
            || class.contains("updated")
            || class.contains("modif");
        if (published && marked_pub) || (!published && marked_mod) {
            return Some(parsed);
        }
        if published && first.is_none() && !marked_mod {
            first = Some(parsed);
        }
    }
    first
}

/// The rubrique from a breadcrumb: its last item that is not the
/// article itself nor the home page.
fn section_from_breadcrumb(
    trail: &[String],
    headline: Option<&str>,
) -> Option<String> {
    let head_key = headline.map(compare_key);
    trail
        .iter()
        .rev()
        .filter(|n| Some(compare_key(n)) != head_key)
        .find(|n| {
            !matches!(
                compare_key(n).as_str(),
                "accueil" | "home" | "une" | "à la une"
            )
        })
        .filter(|_| trail.len() >= 2)
        .cloned()
}

/// Tags from `article:tag`, JSON-LD keywords and keyword metas,
/// deduplicated case-insensitively, in order.
fn tags(head: &meta_tags::HeadInfo, ld: &jsonld::JsonLd) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Lower-cased once per tag: pages list hundreds of keywords, and
    // lower-casing every kept tag again for each new one was quadratic.
    let mut keys: Vec<String> = Vec::new();
    let mut push = |t: &str| {
        let t = normalize(t);
        if t.is_empty() || t.chars().count() > 60 {
            return;
        }
        let key = t.to_lowercase();
        if !keys.contains(&key) {
            keys.push(key);
            out.push(t);
        }
    };
    for t in &head.article_tags {
        push(t);
    }
    for t in &ld.keywords {
        push(t);
    }
    for key in ["news_keywords", "keywords"] {
        if let Some(v) = head.first(&[key]) {
            for t in v.split([',', ';']) {
                push(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_credited_agencies_reads_credit_segment_only() {
        let mut found = Vec::new();
        add_credited_agencies(
            "Publié le 2 mars 2024 · Rédaction avec AFP",
            &mut found,
        );
        assert_eq!(found, vec!["AFP".to_string()]);
        let mut none = Vec::new();
        add_credited_agencies(
            "Selon l’AFP, la police a interpellé trois personnes samedi",
            &mut none,
        );
        assert!(none.is_empty());
    }

    #[test]
    fn opens_byline_needs_par_and_a_space() {
        assert!(opens_byline(" Par Nadia Khelifi, publié le 21 septembre"));
        assert!(!opens_byline("Paris, le 21 septembre"));
        assert!(!opens_byline("Pa"));
    }

    #[test]
    fn primary_subtag_reads_tags() {
        assert_eq!(primary_subtag("fr-FR").as_deref(), Some("fr"));
        assert_eq!(primary_subtag("fr_CA").as_deref(), Some("fr"));
        assert_eq!(primary_subtag("FR").as_deref(), Some("fr"));
        assert_eq!(primary_subtag("français"), None);
    }

    #[test]
    fn section_from_breadcrumb_skips_home_and_article() {
        let trail = vec![
            "Accueil".to_string(),
            "International".to_string(),
            "Moscou frappée".to_string(),
        ];
        assert_eq!(
            section_from_breadcrumb(&trail, Some("Moscou frappée")).as_deref(),
            Some("International")
        );
    }
}
