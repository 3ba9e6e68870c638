//! JSON-LD: the article object a page describes itself with.
//!
//! Input: the text of every `<script type="application/ld+json">`.
//! Output: the fields of the page's article object (NewsArticle and
//! kin), with `author`/`publisher` references resolved through the
//! `@graph`, plus a breadcrumb trail. Real pages write broken JSON-LD
//! (raw newlines or tabs inside strings, several objects in a row,
//! trailing commas); each is repaired before giving up on a script.
//! Nothing here reads the DOM.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

/// Schema.org types that describe an article, in order of preference.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
];

/// Types that describe a web page, used when no article object exists.
const PAGE_TYPES: &[&str] = &["WebPage", "ItemPage", "VideoObject"];

/// What JSON-LD says about the article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct JsonLd {
    /// `headline` (or `name`).
    pub headline: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `articleBody`: a cross-check for body detection.
    pub article_body: Option<String>,
    /// `datePublished` as written.
    pub published: Option<String>,
    /// `dateModified` as written.
    pub modified: Option<String>,
    /// Author names as written (people and organisations mixed).
    pub authors: Vec<String>,
    /// Authors whose `@type` says Organization.
    pub organisations: Vec<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `articleSection`.
    pub section: Option<String>,
    /// `keywords`, split.
    pub keywords: Vec<String>,
    /// The lead image URL.
    pub image: Option<String>,
    /// `commentCount`.
    pub comment_count: Option<u64>,
    /// `inLanguage`.
    pub lang: Option<String>,
    /// `url` / `mainEntityOfPage`.
    pub url: Option<String>,
    /// `isAccessibleForFree: false`.
    pub not_free: bool,
    /// Names of a BreadcrumbList, in order.
    pub breadcrumb: Vec<String>,
}

/// Reads every JSON-LD script of a page.
pub fn read(scripts: &[String]) -> JsonLd {
    let mut objects: Vec<Value> = Vec::new();
    for s in scripts {
        for v in parse_lenient(s) {
            flatten(v, &mut objects);
        }
    }
    let mut out = JsonLd::default();
    let article =
        pick(&objects, ARTICLE_TYPES).or_else(|| pick(&objects, PAGE_TYPES));
    if let Some(a) = article {
        fill(&mut out, a, &objects);
    }
    if let Some(b) = objects.iter().find(|o| has_type(o, &["BreadcrumbList"]))
    {
        out.breadcrumb = breadcrumb(b);
    }
    out
}

/// Parses a script, repairing the common breakages of real pages.
fn parse_lenient(s: &str) -> Vec<Value> {
    let s = s.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return vec![v];
    }
    let repaired = repair(s);
    if let Ok(v) = serde_json::from_str::<Value>(&repaired) {
        return vec![v];
    }
    // Several objects in a row: read them one by one.
    let values: Vec<Value> = serde_json::Deserializer::from_str(&repaired)
        .into_iter::<Value>()
        .map_while(Result::ok)
        .collect();
    if values.is_empty() {
        salvage(&repaired).into_iter().collect()
    } else {
        values
    }
}

/// A `"key": "string"` pair, the string with its escapes:
/// `"datePublished":"2019-12-09 20:00:49"`.
static STRING_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(@type|headline|datePublished|dateModified|description|articleSection|name)"\s*:\s*"((?:[^"\\]|\\.)*)""#)
        .expect("valid regex")
});

/// The start of an `author` value: `"author":{` or `"author":[`.
static AUTHOR_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""author"\s*:\s*[\[{]"#).expect("valid regex")
});

/// Reads the plain string fields of a script that no JSON parser
/// accepts (an unescaped quote inside an `<img>` in a string is
/// common): the first `@type`, `headline`, dates, `description`,
/// `articleSection`, and the `name`s of the first `author` value.
/// Only an article type is kept: anything else is not worth guessing.
fn salvage(s: &str) -> Option<Value> {
    let mut map = serde_json::Map::new();
    let mut authors: Vec<Value> = Vec::new();
    let author_at = AUTHOR_FIELD.find(s).map(|m| m.end());
    for caps in STRING_FIELD.captures_iter(s) {
        let (Some(key), Some(value)) = (caps.get(1), caps.get(2)) else {
            continue;
        };
        let text =
            serde_json::from_str::<String>(&format!("\"{}\"", value.as_str()))
                .unwrap_or_else(|_| value.as_str().to_string());
        if key.as_str() == "name" {
            let in_author = author_at.is_some_and(|a| {
                key.start() > a && !s[a..key.start()].contains(['}', ']'])
            });
            if in_author {
                authors.push(
                    serde_json::json!({ "@type": "Person", "name": text }),
                );
            }
            continue;
        }
        map.entry(key.as_str()).or_insert(Value::String(text));
    }
    let typed = map
        .get("@type")
        .and_then(Value::as_str)
        .is_some_and(|t| ARTICLE_TYPES.contains(&t));
    if !typed {
        return None;
    }
    if !authors.is_empty() {
        map.insert("author".to_string(), Value::Array(authors));
    }
    Some(Value::Object(map))
}

/// Escapes control characters inside strings and drops trailing commas
/// before `}` or `]`.
fn repair(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut escaped = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_str {
            match c {
                _ if escaped => {
                    escaped = false;
                    out.push(c);
                }
                '\\' => {
                    escaped = true;
                    out.push(c);
                }
                '"' => {
                    in_str = false;
                    out.push(c);
                }
                '\n' | '\r' | '\t' => out.push(' '),
                c if (c as u32) < 0x20 => {}
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            ',' => {
                let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                if !matches!(next, Some('}') | Some(']')) {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Collects every object of a value: arrays and `@graph` are opened.
fn flatten(v: Value, out: &mut Vec<Value>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.into_iter().rev()),
            Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    stack.push(graph);
                }
                out.push(Value::Object(map));
            }
            _ => {}
        }
    }
}

/// The first object of one of the types, in the types' order of
/// preference; an object with a headline wins over one without.
fn pick<'a>(objects: &'a [Value], types: &[&str]) -> Option<&'a Value> {
    for t in types {
        let mut matching = objects.iter().filter(|o| has_type(o, &[t]));
        let first = matching.clone().next();
        if let Some(with_headline) =
            matching.find(|o| o.get("headline").is_some())
        {
            return Some(with_headline);
        }
        if first.is_some() {
            return first;
        }
    }
    None
}

fn has_type(v: &Value, types: &[&str]) -> bool {
    match v.get("@type") {
        Some(Value::String(s)) => types.iter().any(|t| s == t),
        Some(Value::Array(a)) => {
            a.iter().any(|x| x.as_str().is_some_and(|s| types.contains(&s)))
        }
        _ => false,
    }
}

fn fill(out: &mut JsonLd, a: &Value, all: &[Value]) {
    out.headline = string(a.get("headline")).or_else(|| string(a.get("name")));
    out.description = string(a.get("description"));
    out.article_body = string(a.get("articleBody"));
    out.published = string(a.get("datePublished"))
        .or_else(|| string(a.get("dateCreated")));
    out.modified = string(a.get("dateModified"));
    out.section = strings(a.get("articleSection")).into_iter().next();
    out.keywords = strings(a.get("keywords"))
        .iter()
        .flat_map(|k| k.split(','))
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect();
    out.image = image(a.get("image")).or_else(|| image(a.get("thumbnailUrl")));
    out.comment_count = a.get("commentCount").and_then(|c| {
        c.as_u64().or_else(|| c.as_str().and_then(|s| s.trim().parse().ok()))
    });
    out.lang = string(a.get("inLanguage"));
    out.url =
        string(a.get("url")).or_else(|| match a.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(o @ Value::Object(_)) => {
                string(o.get("@id")).or_else(|| string(o.get("url")))
            }
            _ => None,
        });
    out.not_free =
        matches!(a.get("isAccessibleForFree"), Some(Value::Bool(false)))
            || a.get("isAccessibleForFree")
                .and_then(Value::as_str)
                .is_some_and(|s| s.eq_ignore_ascii_case("false"));
    out.publisher = a
        .get("publisher")
        .and_then(|p| resolve(p, all))
        .and_then(|p| string(p.get("name")));
    for author in items(a.get("author")) {
        let resolved = resolve(author, all).unwrap_or(author);
        let name = match resolved {
            Value::String(s) => Some(s.clone()),
            o => string(o.get("name")),
        };
        let Some(name) = name else { continue };
        if has_type(resolved, &["Organization", "NewsMediaOrganization"]) {
            out.organisations.push(name);
        } else {
            out.authors.push(name);
        }
    }
}

/// Follows an `{"@id": …}` reference to the object of the graph that
/// carries the same id.
fn resolve<'a>(v: &'a Value, all: &'a [Value]) -> Option<&'a Value> {
    let Value::Object(map) = v else { return Some(v) };
    if map.len() == 1
        && let Some(id) = map.get("@id").and_then(Value::as_str)
    {
        return all.iter().find(|o| {
            o.get("@id").and_then(Value::as_str) == Some(id)
                && o.as_object().is_some_and(|m| m.len() > 1)
        });
    }
    Some(v)
}

fn items(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(v) => vec![v],
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => crate::text::non_empty(&decode_entities(s)),
        Value::Array(a) => a.iter().find_map(|x| string(Some(x))),
        _ => None,
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    items(v).into_iter().filter_map(|x| string(Some(x))).collect()
}

fn image(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => crate::text::non_empty(s),
        Value::Array(a) => a.iter().find_map(|x| image(Some(x))),
        o @ Value::Object(_) => {
            string(o.get("url")).or_else(|| string(o.get("contentUrl")))
        }
        _ => None,
    }
}

fn breadcrumb(b: &Value) -> Vec<String> {
    items(b.get("itemListElement"))
        .into_iter()
        .filter_map(|item| {
            string(item.get("name")).or_else(|| {
                item.get("item").and_then(|i| string(i.get("name")))
            })
        })
        .collect()
}

/// JSON-LD strings sometimes carry HTML entities (`&#039;`, `&amp;`)
/// because the CMS escaped them twice; decode the common ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&tail[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "nbsp" => Some('\u{a0}'),
        "laquo" => Some('«'),
        "raquo" => Some('»'),
        "rsquo" => Some('’'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_picks_news_article_in_graph() {
        let s = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Page"},
            {"@type":"NewsArticle","headline":"Moscou frappée","datePublished":"2024-11-10T08:32:00+01:00",
             "author":{"@id":"#p1"},"publisher":{"@type":"Organization","name":"Le Fil"},
             "keywords":"Russie, Ukraine","articleSection":["International"],"commentCount":21},
            {"@type":"Person","@id":"#p1","name":"Camille Durand"}]}"##;
        let j = read(&[s.to_string()]);
        assert_eq!(j.headline.as_deref(), Some("Moscou frappée"));
        assert_eq!(j.authors, vec!["Camille Durand"]);
        assert_eq!(j.publisher.as_deref(), Some("Le Fil"));
        assert_eq!(j.keywords, vec!["Russie", "Ukraine"]);
        assert_eq!(j.section.as_deref(), Some("International"));
        assert_eq!(j.comment_count, Some(21));
    }

    #[test]
    fn read_repairs_raw_newlines_and_trailing_commas() {
        let s = "{\"@type\":\"NewsArticle\",\"headline\":\"Un\ntitre\",\"author\":[{\"@type\":\"Person\",\"name\":\"A B\"},],}";
        let j = read(&[s.to_string()]);
        assert_eq!(j.headline.as_deref(), Some("Un titre"));
        assert_eq!(j.authors, vec!["A B"]);
    }

    #[test]
    fn read_separates_organisation_authors() {
        let s = r#"{"@type":"Article","author":[{"@type":"Organization","name":"AFP"},{"@type":"Person","name":"Lisa Girion"}]}"#;
        let j = read(&[s.to_string()]);
        assert_eq!(j.authors, vec!["Lisa Girion"]);
        assert_eq!(j.organisations, vec!["AFP"]);
    }

    #[test]
    fn read_reads_breadcrumbs() {
        let s = r#"[{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil"},{"@type":"ListItem","position":2,"item":{"name":"Monde"}}]}]"#;
        assert_eq!(
            read(&[s.to_string()]).breadcrumb,
            vec!["Accueil", "Monde"]
        );
    }

    #[test]
    fn read_salvages_fields_of_unparsable_scripts() {
        let s = r#"{"@type":"NewsArticle","headline":"Un titre","datePublished":"2019-12-09 20:00:49",
            "author":{"@type":"Person","name":"Barbara Stiegler"},"image":{"url":"<img src="x.png">"}}"#;
        let j = read(&[s.to_string()]);
        assert_eq!(j.headline.as_deref(), Some("Un titre"));
        assert_eq!(j.published.as_deref(), Some("2019-12-09 20:00:49"));
        assert_eq!(j.authors, vec!["Barbara Stiegler"]);
    }

    #[test]
    fn read_survives_garbage() {
        let j = read(&[
            "{not json".to_string(),
            "".to_string(),
            "[1,2]".to_string(),
        ]);
        assert_eq!(j, JsonLd::default());
    }

    #[test]
    fn decode_entities_handles_numeric_and_named() {
        assert_eq!(
            decode_entities("L&#039;Express &amp; co"),
            "L'Express & co"
        );
        assert_eq!(decode_entities("A & B"), "A & B");
    }
}
