//! The owned output types of a parse: the document of `SPEC.md`.
//!
//! Field order is the SPEC's key order, because serde writes struct
//! fields in declaration order and the SPEC fixes the key order. Only
//! enum values are renamed. Nothing here computes anything: stages fill
//! these types, `output` writes them.

use schemars::JsonSchema;
use serde::Serialize;

/// The `schema_version` every document carries (SPEC: schema_version 1).
pub const SCHEMA_VERSION: u32 = 1;

/// One parsed page: the whole JSON document of the SPEC.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Article {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Where the bytes came from and how they were decoded.
    pub source: Source,
    /// Primary language subtag (`"fr"`), or null when unknown.
    pub lang: Option<String>,
    /// The visible headline without site decorations.
    pub headline: Option<String>,
    /// The chapô / lede, never repeated in `sections`.
    pub standfirst: Option<String>,
    /// Who, when, where and what about the page.
    pub metadata: Metadata,
    /// The article body in reading order.
    pub sections: Vec<Section>,
    /// Quoted statements found in the body (an overlay on `sections`).
    pub quotes: Vec<Quote>,
    /// Bullet-list items of the body with their numbers.
    pub facts: Vec<Fact>,
    /// Promotion taken out of the body, in page order.
    pub promos: Vec<Promo>,
    /// Word and paragraph counts.
    pub stats: Stats,
    /// Human-readable notes on anything doubtful.
    pub warnings: Vec<String>,
    /// With `--explain` only: every block removed from the candidate
    /// body, with the rule that removed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<Explanation>>,
}

/// `source`: identifies the input and the decoding used.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Source {
    /// The input path, null when read from stdin.
    pub path: Option<String>,
    /// A WARC record's target URI or a `--jsonl-in` line's `url`.
    pub url: Option<String>,
    /// A `--jsonl-in` line's `id`, carried through for joins.
    pub id: Option<serde_json::Value>,
    /// Size of the raw input in bytes.
    pub bytes: u64,
    /// WHATWG label of the encoding actually used.
    pub encoding: String,
    /// Why that encoding was chosen.
    pub encoding_source: EncodingSource,
}

/// How the character encoding was chosen (SPEC `encoding_source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// `<meta charset>` or `http-equiv` in the first 1024 bytes.
    Meta,
    /// Statistical detection (chardetng).
    Detected,
    /// Nothing declared and nothing detected: UTF-8.
    Default,
    /// Forced by the caller (`--encoding`).
    Forced,
}

/// `metadata`: every field the SPEC lists, plus documented additions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Metadata {
    /// `og:site_name` or the JSON-LD publisher.
    pub site_name: Option<String>,
    /// `<link rel=canonical>` or `og:url`, absolute.
    pub canonical_url: Option<String>,
    /// People only: no "Par", no agencies.
    pub authors: Vec<String>,
    /// RFC 3339 date-time (or full-date when no time is known).
    pub published: Option<String>,
    /// RFC 3339, like `published`.
    pub modified: Option<String>,
    /// The rubrique.
    pub section: Option<String>,
    /// Tags and keywords, deduplicated, in page order.
    pub tags: Vec<String>,
    /// `description` / `og:description`.
    pub description: Option<String>,
    /// Lead image URL, absolute.
    pub image: Option<String>,
    /// Number of comments when the page states it.
    pub comment_count: Option<u64>,
    /// News agencies or desks credited, never in `authors`.
    pub agencies: Vec<String>,
    /// Place of a dateline ("PARIS"), or null.
    pub dateline: Option<String>,
    /// Figures of the article with their credits.
    pub captions: Vec<Caption>,
    /// True when the page shows a truncation or subscriber notice.
    pub paywalled: bool,
}

/// A figure caption of the article.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Caption {
    /// The caption without its credit.
    pub text: String,
    /// The credit ("© AFP"), or null.
    pub credit: Option<String>,
}

/// One section of the body: an optional heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Section {
    /// The subheading, null for the content before the first one.
    pub heading: Option<String>,
    /// 2–4 for h2–h4; bold-only pseudo-headings get the body's top
    /// heading level (2 when it has none); null with a null heading.
    pub level: Option<u8>,
    /// Plain-text paragraphs in reading order.
    pub paragraphs: Vec<String>,
}

/// A quoted statement: an overlay on a paragraph of `sections`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Quote {
    /// The quoted words without guillemets or inner incise.
    pub text: String,
    /// Who said it (fullest form used in the article), or null.
    pub speaker: Option<String>,
    /// Apposition after the speaker's name, or null.
    pub speaker_role: Option<String>,
    /// The reporting verb as written, or null.
    pub verb: Option<String>,
    /// Whole statement or fragment.
    pub kind: QuoteKind,
    /// Index in `sections` where the quote starts.
    pub section: usize,
    /// Index of the paragraph in that section where the quote starts.
    pub paragraph: usize,
}

/// Whether a quote is a whole statement or a fragment woven into
/// reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole statement.
    Direct,
    /// A fragment inside the reporter's own sentence.
    Partial,
}

/// A bullet-list item of the body.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Fact {
    /// The item's text.
    pub text: String,
    /// Index of the section it belongs to.
    pub section: usize,
    /// Every number in the item.
    pub numbers: Vec<Number>,
}

/// A number found in a fact, French formats understood.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Number {
    /// The number as written, with its multiplier word.
    pub raw: String,
    /// Its value (1,5 million → 1500000.0).
    pub value: f64,
    /// The unit that follows ("%", "€", "km"), or null.
    pub unit: Option<String>,
}

/// Promotion taken out of the body.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Promo {
    /// The label as written ("À lire aussi"), or null.
    pub label: Option<String>,
    /// The promoted title.
    pub text: String,
    /// Absolute link target, or null.
    pub href: Option<String>,
    /// What kind of promotion it is.
    pub kind: PromoKind,
}

/// The kind of a promo (SPEC values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PromoKind {
    /// A labelled "À lire aussi"-style link.
    ReadAlso,
    /// An unlabelled paragraph that is only a link to another article.
    Teaser,
    /// A box or list of related articles inside the body.
    RelatedBlock,
}

/// `stats`: counts over the extracted text.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema,
)]
pub struct Stats {
    /// Words of headline, standfirst, headings, paragraphs and facts.
    pub words: usize,
    /// Paragraphs in `sections`.
    pub paragraphs: usize,
    /// `ceil(words / 230)`.
    pub reading_minutes: usize,
}

/// One `--explain` entry: a block removed from the candidate body.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Explanation {
    /// Stable rule id (`promo.label`, `boilerplate.comments`…).
    pub rule: &'static str,
    /// The first 80 characters of the removed text.
    pub text: String,
}
