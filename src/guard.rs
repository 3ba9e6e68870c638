//! Defuses markup that would make the HTML parser slow, before it runs.
//!
//! Input: the decoded page text. Output: the same text, borrowed when
//! nothing needed changing (every real page), or a copy in which each
//! start tag keeps at most [`MAX_ATTRIBUTES`] attributes and container
//! elements nested deeper than [`MAX_DEPTH`] lose their tags (their text
//! stays). html5ever checks every new attribute against the ones already
//! read, and every new `<div>` against the whole stack of open elements,
//! so such pages cost tens of seconds; no real page comes near either
//! limit. The scan is one linear pass over the bytes; it never touches
//! script or style contents.

use std::borrow::Cow;

/// Most attributes kept on one start tag.
pub const MAX_ATTRIBUTES: usize = 256;

/// Deepest nesting of [`CONTAINERS`] kept. html5ever looks through the
/// whole stack of open elements for each new `<div>` (is a `<p>` open?),
/// so 100 000 nested ones cost minutes; real pages stay under a hundred.
pub const MAX_DEPTH: usize = 512;

/// Elements that are never closed implicitly, so a running count of
/// their start and end tags is their nesting depth.
const CONTAINERS: &[&[u8]] = &[
    b"div",
    b"section",
    b"article",
    b"span",
    b"main",
    b"aside",
    b"header",
    b"footer",
    b"nav",
    b"blockquote",
    b"figure",
    b"form",
    b"ul",
    b"ol",
    b"dl",
    b"table",
    b"center",
    b"font",
];

/// What [`defuse`] changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Defused {
    /// Start tags cut down to [`MAX_ATTRIBUTES`] attributes.
    pub cut_tags: usize,
    /// Container tags dropped beyond [`MAX_DEPTH`].
    pub dropped_tags: usize,
}

/// The text with every start tag cut down to [`MAX_ATTRIBUTES`]
/// attributes and container nesting flattened beyond [`MAX_DEPTH`].
pub fn defuse(html: &str) -> (Cow<'_, str>, Defused) {
    let bytes = html.as_bytes();
    // (from, to, replacement) byte ranges, in order.
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    let mut report = Defused::default();
    let mut depth = 0usize;
    let mut dropped = 0usize;
    let mut i = 0;
    while let Some(start) = memchr(b'<', bytes, i) {
        let Some(&next) = bytes.get(start + 1) else { break };
        if next == b'/' {
            let end =
                memchr(b'>', bytes, start).map_or(bytes.len(), |e| e + 1);
            if is_container(tag_name(bytes, start + 2)) {
                if dropped > 0 {
                    dropped -= 1;
                    edits.push((start, end, ""));
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            i = end.max(start + 1);
            continue;
        }
        if !next.is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let scan = scan_tag(bytes, start + 1);
        let self_closing =
            scan.end >= 2 && bytes.get(scan.end - 2) == Some(&b'/');
        if is_container(scan.name) && !self_closing {
            if depth >= MAX_DEPTH {
                dropped += 1;
                report.dropped_tags += 1;
                edits.push((start, scan.end, ""));
                i = scan.end;
                continue;
            }
            depth += 1;
        }
        if let Some(cut) = scan.cut {
            report.cut_tags += 1;
            edits.push((cut, scan.end, ">"));
        }
        i = if scan.raw_text {
            skip_raw_text(bytes, scan.end, scan.name)
        } else {
            scan.end
        };
    }
    if edits.is_empty() {
        return (Cow::Borrowed(html), report);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for &(cut, end, with) in &edits {
        out.push_str(html.get(from..cut).unwrap_or_default());
        out.push_str(with);
        from = end;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    (Cow::Owned(out), report)
}

/// The tag name starting at `pos`, as written.
fn tag_name(bytes: &[u8], pos: usize) -> &[u8] {
    let len = bytes
        .get(pos..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    bytes.get(pos..pos + len).unwrap_or_default()
}

/// A container tag name, in any case.
fn is_container(name: &[u8]) -> bool {
    // Names are short: lower-case into a small buffer, then one lookup
    // by length and first byte instead of a case-folding compare with
    // every entry.
    let mut buf = [0u8; 10];
    let Some(lower) = buf.get_mut(..name.len()) else { return false };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    CONTAINERS.iter().any(|c| {
        c.len() == lower.len() && c.first() == lower.first() && *c == lower
    })
}

/// What scanning one start tag found.
struct TagScan<'a> {
    /// Byte just after the tag's `>` (or the end of input).
    end: usize,
    /// Where to cut the tag (before the first attribute over the limit);
    /// the cut runs to just before `end`.
    cut: Option<usize>,
    /// The element's content is raw text (script, style…).
    raw_text: bool,
    /// The tag name as written.
    name: &'a [u8],
}

/// Scans a start tag whose name starts at `pos`, counting attributes
/// outside quoted values.
fn scan_tag(bytes: &[u8], pos: usize) -> TagScan<'_> {
    let mut i = pos;
    while bytes
        .get(i)
        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'/')
    {
        i += 1;
    }
    let name = bytes.get(pos..i).unwrap_or_default();
    let raw_text =
        [&b"script"[..], b"style", b"textarea", b"title", b"xmp", b"noembed"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(name));
    // Each attribute past the first takes a space and a byte, so a tag
    // shorter than twice the limit cannot pass it: find its end only.
    let close = tag_end(bytes, i);
    if close - i < 2 * MAX_ATTRIBUTES {
        let end = (close + 1).min(bytes.len());
        return TagScan { end, cut: None, raw_text, name };
    }
    let mut count = 0;
    let mut cut = None;
    let mut in_word = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'>' => break,
            b'"' | b'\'' => {
                // A quoted value: jump to its closing quote.
                match memchr(b, bytes, i + 1) {
                    Some(close) => i = close,
                    None => i = bytes.len() - 1,
                }
            }
            _ if b.is_ascii_whitespace() => in_word = false,
            b'=' => in_word = true,
            _ => {
                if !in_word {
                    count += 1;
                    if count > MAX_ATTRIBUTES && cut.is_none() {
                        cut = Some(i);
                    }
                }
                in_word = true;
            }
        }
        i += 1;
    }
    // An unterminated tag is cut to the end of input, closed by the
    // copy's `>` like the others.
    let end = (i + 1).min(bytes.len());
    TagScan { end, cut, raw_text, name }
}

/// The index of the `>` that ends the tag whose attributes start at
/// `from`, quoted values skipped, or the end of input.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(off) =
        bytes.get(i..).and_then(|r| memchr::memchr3(b'>', b'"', b'\'', r))
    {
        let at = i + off;
        match bytes.get(at) {
            Some(b'>') => return at,
            Some(&q) => match memchr(q, bytes, at + 1) {
                Some(close) => i = close + 1,
                None => return bytes.len(),
            },
            None => return bytes.len(),
        }
    }
    bytes.len()
}

/// The index after the end tag of a raw-text element (`</script>`),
/// searched case-insensitively, or the end of input.
fn skip_raw_text(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    memchr::memmem::find_iter(rest, b"</")
        .map(|off| from + off)
        .find(|&off| {
            bytes
                .get(off + 2..off + 2 + name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
        })
        .unwrap_or(bytes.len())
}

/// The first index of `needle` at or after `from`.
fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(needle, bytes.get(from..)?).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defuse_borrows_ordinary_pages() {
        let html = r#"<p class="chapo" data-x='a > b'>Texte « cité ».</p>"#;
        let (out, d) = defuse(html);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(d, Defused::default());
    }

    #[test]
    fn defuse_cuts_huge_tags_only() {
        let attrs: String =
            (0..1000).map(|i| format!(" a{i}=\"v\"")).collect();
        let html = format!("<div{attrs}><p>Texte.</p></div>");
        let (out, d) = defuse(&html);
        assert_eq!(d.cut_tags, 1);
        assert!(out.contains("a255=\"v\" >"));
        assert!(!out.contains("a256="));
        assert!(out.ends_with("><p>Texte.</p></div>"));
    }

    #[test]
    fn defuse_ignores_script_text() {
        let words: String = (0..1000).map(|i| format!(" x{i}")).collect();
        let html = format!("<script>if (a <b{words}) {{}}</script><p>Ok</p>");
        let (out, d) = defuse(&html);
        assert_eq!(d, Defused::default());
        assert_eq!(out, html);
    }

    #[test]
    fn defuse_flattens_deep_nesting() {
        let html = format!(
            "{}<p>Fond.</p>{}<p>Après.</p>",
            "<div>".repeat(2000),
            "</div>".repeat(2000)
        );
        let (out, d) = defuse(&html);
        assert_eq!(d.dropped_tags, 2000 - MAX_DEPTH);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("<p>Fond.</p>"));
        assert!(out.ends_with("<p>Après.</p>"));
    }

    #[test]
    fn defuse_survives_unterminated_tag() {
        let html = format!("<div{}", " a".repeat(1000));
        let (out, d) = defuse(&html);
        assert_eq!(d.cut_tags, 1);
        assert!(out.ends_with(" a >"));
        assert_eq!(out.matches(" a").count(), MAX_ATTRIBUTES);
    }
}
