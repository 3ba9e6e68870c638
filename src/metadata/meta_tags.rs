//! `<meta>`, `<link>`, `<title>`, `<html lang>` and JSON-LD scripts:
//! everything a page says about itself outside its visible text.
//!
//! Input: the `Dom`. Output: `HeadInfo`, read in one pass over the
//! document (meta tags appear in `<body>` too on real pages). Keys are
//! lower-cased `name`, `property` or `itemprop` values; the first
//! non-empty value of a key wins.

use std::collections::BTreeMap;

use crate::dom::{Attr, Dom, Tag};
use crate::text::non_empty;

/// What the page's head says.
#[derive(Debug, Default)]
pub struct HeadInfo {
    /// Meta values by lower-cased key (`og:title`, `description`…).
    pub meta: BTreeMap<String, String>,
    /// Every `article:tag` value, in order (the only repeated key kept).
    pub article_tags: Vec<String>,
    /// `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// `<base href>`.
    pub base: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<title>` text.
    pub title: Option<String>,
    /// The text of each JSON-LD script.
    pub jsonld: Vec<String>,
}

impl HeadInfo {
    /// The first of several keys that has a value.
    pub fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.meta.get(*k)).map(String::as_str)
    }
}

/// Reads the head information of a page.
pub fn read(dom: &Dom) -> HeadInfo {
    let mut info = HeadInfo::default();
    for id in dom.all() {
        let Some(el) = dom.element(id) else { continue };
        match el.tag {
            Tag::Meta => {
                let key = el
                    .attr(Attr::Property)
                    .or_else(|| el.attr(Attr::Name))
                    .or_else(|| el.attr(Attr::Itemprop));
                // Some CMSs write `value=` where `content=` belongs.
                let value = el
                    .attr(Attr::Content)
                    .or_else(|| el.attr(Attr::Value))
                    .and_then(non_empty);
                if let (Some(key), Some(value)) = (key, value) {
                    let key = key.trim().to_ascii_lowercase();
                    if key == "article:tag" {
                        info.article_tags.push(value.clone());
                    }
                    info.meta.entry(key).or_insert(value);
                }
            }
            Tag::Link => {
                let rel =
                    el.attr(Attr::Rel).unwrap_or("").to_ascii_lowercase();
                if rel.split_ascii_whitespace().any(|r| r == "canonical")
                    && info.canonical.is_none()
                {
                    info.canonical = el.attr(Attr::Href).and_then(non_empty);
                }
            }
            Tag::Base if info.base.is_none() => {
                info.base = el.attr(Attr::Href).and_then(non_empty);
            }
            Tag::Html if info.lang.is_none() => {
                info.lang = el
                    .attr(Attr::Lang)
                    .or_else(|| el.attr(Attr::XmlLang))
                    .and_then(non_empty);
            }
            Tag::Title if info.title.is_none() && !inside_svg(dom, id) => {
                info.title = non_empty(&dom.raw_text_all(id));
            }
            Tag::Script => {
                let ty = el
                    .attr(Attr::Type)
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                if ty == "application/ld+json" {
                    info.jsonld.push(dom.raw_text_all(id));
                }
            }
            _ => {}
        }
    }
    info
}

/// `<title>` inside an inline `<svg>` is an icon label, not the page's.
fn inside_svg(dom: &Dom, id: crate::dom::NodeId) -> bool {
    dom.ancestors(id).any(|a| dom.tag(a) == Tag::Svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_collects_head_fields() {
        let html = r#"<html lang="fr-FR"><head><title>Titre - Site</title>
            <meta property="og:title" content="Titre">
            <meta name="description" content="  Desc  ">
            <meta property="article:tag" content="Russie"><meta property="article:tag" content="Ukraine">
            <link rel="canonical" href="https://ex.fr/a"><base href="https://ex.fr/">
            <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body></body></html>"#;
        let dom = Dom::parse(html, usize::MAX);
        let h = read(&dom);
        assert_eq!(h.title.as_deref(), Some("Titre - Site"));
        assert_eq!(h.first(&["og:title"]), Some("Titre"));
        assert_eq!(h.first(&["description"]), Some("Desc"));
        assert_eq!(h.article_tags, vec!["Russie", "Ukraine"]);
        assert_eq!(h.canonical.as_deref(), Some("https://ex.fr/a"));
        assert_eq!(h.base.as_deref(), Some("https://ex.fr/"));
        assert_eq!(h.lang.as_deref(), Some("fr-FR"));
        assert_eq!(h.jsonld.len(), 1);
    }
}
