//! What each element of the page is for, read from its markup.
//!
//! Input: the `Dom`. Output: one `Roles` bit set per node, computed in a
//! single pass, from the tag, the `class`/`id` sub-words (tables in
//! `french`), `role`, `itemprop` and the hidden-ness of the element.
//! Stages ask these roles instead of re-reading attributes. Nothing is
//! decided here: a role is a hint that a later stage weighs.

use std::sync::LazyLock;

use html5ever::local_name;
use rustc_hash::FxHashMap;

use crate::dom::{Dom, NodeId, Tag};
use crate::french;

/// A set of roles (bit flags) for one element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles(pub u32);

#[allow(missing_docs)]
impl Roles {
    pub const HIDDEN: u32 = 1 << 0;
    pub const NAV: u32 = 1 << 1;
    pub const SHARE: u32 = 1 << 2;
    pub const NEWSLETTER: u32 = 1 << 3;
    pub const COOKIE: u32 = 1 << 4;
    pub const COMMENTS: u32 = 1 << 5;
    pub const AD: u32 = 1 << 6;
    pub const RELATED: u32 = 1 << 7;
    pub const META: u32 = 1 << 8;
    pub const CAPTION: u32 = 1 << 9;
    pub const PAYWALL: u32 = 1 << 10;
    pub const STANDFIRST: u32 = 1 << 11;
    pub const BODYISH: u32 = 1 << 12;
    pub const ARTICLE_BODY: u32 = 1 << 13;
    pub const SIDE: u32 = 1 << 14;
    pub const PAGE_HEADER: u32 = 1 << 15;
    pub const PAGE_FOOTER: u32 = 1 << 16;
    pub const FORM: u32 = 1 << 17;
    pub const HEADLINE: u32 = 1 << 18;
    pub const AUTHOR: u32 = 1 << 19;

    /// Roles whose content is never article text.
    pub const BOILERPLATE: u32 = Self::NAV
        | Self::SHARE
        | Self::NEWSLETTER
        | Self::COOKIE
        | Self::COMMENTS
        | Self::AD
        | Self::META
        | Self::CAPTION
        | Self::FORM;

    /// True when any of the given bits is set.
    pub fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }
}

/// Class/id sub-word → roles, built once from the tables.
static TOKEN_ROLES: LazyLock<FxHashMap<&'static str, u32>> =
    LazyLock::new(|| {
        let mut map: FxHashMap<&'static str, u32> = FxHashMap::default();
        let tables: [(&[&'static str], u32); 12] = [
            (french::AUTHOR_TOKENS, Roles::AUTHOR | Roles::META),
            (french::SHARE_TOKENS, Roles::SHARE),
            (french::NEWSLETTER_TOKENS, Roles::NEWSLETTER),
            (french::COOKIE_TOKENS, Roles::COOKIE),
            (french::COMMENT_TOKENS, Roles::COMMENTS),
            (french::AD_TOKENS, Roles::AD),
            (french::RELATED_TOKENS, Roles::RELATED),
            (french::META_TOKENS, Roles::META),
            (french::CAPTION_TOKENS, Roles::CAPTION),
            (french::NAV_TOKENS, Roles::NAV),
            (french::STANDFIRST_TOKENS, Roles::STANDFIRST),
            (french::PAYWALL_TOKENS, Roles::PAYWALL),
        ];
        for (table, role) in tables {
            for &token in table {
                *map.entry(token).or_insert(0) |= role;
            }
        }
        for &token in french::BODY_TOKENS {
            *map.entry(token).or_insert(0) |= Roles::BODYISH;
        }
        map
    });

/// The roles of every node of a page, indexed by `NodeId`.
#[derive(Debug)]
pub struct RoleMap {
    roles: Vec<Roles>,
}

impl RoleMap {
    /// Reads the roles of every element in one pass.
    pub fn new(dom: &Dom) -> RoleMap {
        let mut classes = ClassCache::default();
        let roles =
            dom.all().map(|id| element_roles(dom, id, &mut classes)).collect();
        RoleMap { roles }
    }

    /// Clears the "not article" roles of elements that hold most of the
    /// page's prose: such a flag comes from a template class on a big
    /// wrapper (WordPress writes `tag-russie` on the `<article>`), not
    /// from a navigation or related box. `weights` is the prose weight
    /// of every node; comment and cookie roles are kept, since a long
    /// comment thread can outweigh its article.
    pub fn clear_on_wrappers(&mut self, weights: &[f64], min_weight: f64) {
        const CLEARED: u32 = (Roles::BOILERPLATE & !Roles::COMMENTS)
            | Roles::RELATED
            | Roles::SIDE;
        for (r, &w) in self.roles.iter_mut().zip(weights) {
            if w >= min_weight {
                r.0 &= !CLEARED;
            }
        }
    }

    /// The roles of one node.
    pub fn get(&self, id: NodeId) -> Roles {
        self.roles.get(id.index()).copied().unwrap_or_default()
    }

    /// The roles of a node and all its ancestors up to (not including)
    /// `stop`, merged.
    pub fn inherited(
        &self,
        dom: &Dom,
        id: NodeId,
        stop: Option<NodeId>,
    ) -> Roles {
        let mut bits = self.get(id).0;
        for a in dom.ancestors(id) {
            if Some(a) == stop {
                break;
            }
            bits |= self.get(a).0;
        }
        Roles(bits)
    }
}

/// Roles of one element from its tag and attributes.
fn element_roles<'d>(
    dom: &'d Dom,
    id: NodeId,
    classes: &mut ClassCache<'d>,
) -> Roles {
    let Some(el) = dom.element(id) else { return Roles::default() };
    let mut bits = match el.tag {
        Tag::Nav | Tag::Menu => Roles::NAV,
        Tag::Aside => Roles::SIDE,
        Tag::Header => Roles::PAGE_HEADER,
        Tag::Footer => Roles::PAGE_FOOTER,
        Tag::Form => Roles::FORM,
        Tag::Figcaption => Roles::CAPTION,
        Tag::H1 => Roles::HEADLINE,
        _ => 0,
    };
    // Classes on <html> and <body> describe the page template
    // ("nav-below-header", "has-comments"), not a part of the page.
    let template = matches!(el.tag, Tag::Html | Tag::Body);
    // One pass over the attributes; names are interned atoms, so each
    // test is one integer comparison.
    for (name, value) in &el.attrs {
        if *name == local_name!("hidden") {
            bits |= Roles::HIDDEN;
        } else if *name == local_name!("aria-hidden") {
            if value.trim().eq_ignore_ascii_case("true") {
                bits |= Roles::HIDDEN;
            }
        } else if *name == local_name!("style") {
            if hides(value) {
                bits |= Roles::HIDDEN;
            }
        } else if template {
            continue;
        } else if *name == local_name!("class") || *name == local_name!("id") {
            bits |= classes.value_roles(value);
        } else if *name == local_name!("rel") {
            if value.split_ascii_whitespace().any(|r| r == "author") {
                bits |= Roles::AUTHOR | Roles::META;
            }
        } else if *name == local_name!("role") {
            bits |= match value.trim() {
                "navigation" | "menu" | "menubar" => Roles::NAV,
                "complementary" => Roles::SIDE,
                "banner" => Roles::PAGE_HEADER,
                "contentinfo" => Roles::PAGE_FOOTER,
                "search" => Roles::FORM,
                _ => 0,
            }
        } else if *name == local_name!("itemprop") {
            bits |= match value.trim() {
                "articleBody" | "text" => Roles::ARTICLE_BODY,
                "author" | "creator" => Roles::AUTHOR | Roles::META,
                "datePublished" | "dateModified" => Roles::META,
                "headline" => Roles::HEADLINE,
                "description" => Roles::STANDFIRST,
                "comment" => Roles::COMMENTS,
                _ => 0,
            }
        }
    }
    Roles(bits)
}

/// The roles of the class names met so far on a page: templates repeat
/// the same few names on hundreds of elements, so each is split and
/// looked up once.
#[derive(Default)]
struct ClassCache<'d> {
    /// Whole `class` values ("c-article__text u-mb-2"), which repeat
    /// from element to element even more than single names.
    values: FxHashMap<&'d str, u32>,
    seen: FxHashMap<&'d str, u32>,
    token: String,
}

impl<'d> ClassCache<'d> {
    fn value_roles(&mut self, value: &'d str) -> u32 {
        if let Some(&bits) = self.values.get(value) {
            return bits;
        }
        let bits = value
            .split_ascii_whitespace()
            .fold(0, |bits, word| bits | self.roles(word));
        self.values.insert(value, bits);
        bits
    }

    fn roles(&mut self, word: &'d str) -> u32 {
        if let Some(&bits) = self.seen.get(word) {
            return bits;
        }
        let bits = class_roles(word, &mut self.token);
        self.seen.insert(word, bits);
        bits
    }
}

/// An inline style with `display:none` or `visibility:hidden`, spaces
/// and case aside.
fn hides(style: &str) -> bool {
    let squeezed: Vec<u8> = style
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let has =
        |needle: &[u8]| memchr::memmem::find(&squeezed, needle).is_some();
    has(b"display:none") || has(b"visibility:hidden")
}

/// Roles of one class name (or id): the whole name for hidden-utility
/// classes, then every sub-word split on `-`, `_`, `:` and camelCase.
fn class_roles(word: &str, token: &mut String) -> u32 {
    if french::HIDDEN_CLASSES.iter().any(|h| h.eq_ignore_ascii_case(word)) {
        return Roles::HIDDEN;
    }
    let mut bits = 0;
    token.clear();
    let mut prev_lower = false;
    for c in word.chars() {
        let boundary = matches!(c, '-' | '_' | ':' | '.' | '/')
            || (c.is_uppercase() && prev_lower);
        if boundary {
            bits |= token_roles(token);
            token.clear();
        }
        if c.is_ascii_alphanumeric() {
            token.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            token.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    bits | token_roles(token)
}

fn token_roles(token: &str) -> u32 {
    if token.is_empty() {
        return 0;
    }
    TOKEN_ROLES.get(token).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(html: &str, tag: Tag) -> Roles {
        let dom = Dom::parse(html, usize::MAX);
        let map = RoleMap::new(&dom);
        let id = dom.find_tag(tag).expect("tag present");
        map.get(id)
    }

    #[test]
    fn every_attribute_read_survives_the_guard() {
        // The guard drops attributes depeche does not read: each one this
        // module reads by its interned name must give the same roles
        // after it.
        let pages = [
            "<div hidden>t</div>",
            "<div aria-hidden=\"true\" data-x=1>t</div>",
            "<div style=\"display:none\">t</div>",
            "<div class=\"comments\">t</div>",
            "<div id=\"related\">t</div>",
            "<div rel=\"author\">t</div>",
            "<div role=\"navigation\">t</div>",
            "<div itemprop=\"articleBody\">t</div>",
        ];
        for html in pages {
            let roles = roles_of(html, Tag::Div);
            assert_ne!(roles, Roles::default(), "{html}");
            let prepared = crate::guard::prepare(html).0;
            assert_eq!(roles_of(&prepared, Tag::Div), roles, "{html}");
        }
    }

    #[test]
    fn class_roles_split_bem_and_camel_case() {
        let mut t = String::new();
        assert!(class_roles("fig-sharebar__item", &mut t) & Roles::SHARE != 0);
        assert!(class_roles("relatedArticle", &mut t) & Roles::RELATED != 0);
        assert!(
            class_roles("article-read-also_container", &mut t)
                & Roles::RELATED
                != 0
        );
        assert!(class_roles("bloc_lire_aussi", &mut t) & Roles::RELATED != 0);
        assert!(class_roles("comments-area", &mut t) & Roles::COMMENTS != 0);
    }

    #[test]
    fn class_roles_match_whole_subwords_only() {
        let mut t = String::new();
        // "update" must not match "date", "header" must not match "ad".
        assert_eq!(class_roles("update", &mut t), 0);
        assert_eq!(class_roles("header", &mut t), 0);
        assert_eq!(class_roles("shadow", &mut t), 0);
    }

    #[test]
    fn roles_read_tags_and_attributes() {
        assert!(roles_of("<nav>x</nav>", Tag::Nav).has(Roles::NAV));
        assert!(
            roles_of("<div role=navigation>x</div>", Tag::Div).has(Roles::NAV)
        );
        assert!(
            roles_of("<div itemprop=articleBody>x</div>", Tag::Div)
                .has(Roles::ARTICLE_BODY)
        );
        assert!(roles_of("<p hidden>x</p>", Tag::P).has(Roles::HIDDEN));
        assert!(
            roles_of("<p style='display: none'>x</p>", Tag::P)
                .has(Roles::HIDDEN)
        );
        assert!(
            roles_of("<span class=sr-only>x</span>", Tag::Span)
                .has(Roles::HIDDEN)
        );
    }
}
