//! Prepares the decoded page for html5ever: drops what the extractor
//! never reads and defuses markup that would make the parser slow.
//!
//! Input: the decoded page text. Output: a copy (or the same text,
//! borrowed, when nothing needed changing) that html5ever turns into the
//! same tree as far as depeche can see, in about 40 % less time:
//!
//! - attributes that no stage reads (`data-*`, `srcset`, `onclick`, an
//!   SVG path's `d`…) are dropped: html5ever tokenizes attributes one
//!   character at a time, and they are most of a modern page's markup.
//!   Kept: [`Attr`]'s names, plus those the tree builder itself looks at
//!   (see [`keeps`]);
//! - the bodies of scripts (JSON-LD excepted), styles and `<noscript>`
//!   are dropped, and comments emptied; their elements stay.
//!
//! It also bounds the two costs that grow faster than the page: each
//! start tag keeps at most [`MAX_ATTRIBUTES`] attributes, and container
//! elements nested deeper than [`MAX_DEPTH`] lose their tags (their text
//! stays). html5ever checks every new attribute against the ones already
//! read, and every new `<div>` against the whole stack of open elements,
//! so such pages cost tens of seconds; no real page comes near either
//! limit.
//!
//! The scan is one linear pass that follows the HTML tokenizer's own
//! rules for tags, attributes, comments and raw text, so that it never
//! edits inside a script or a quoted value. The two places where the
//! tokenizer's state depends on the tree builder are handled the safe
//! way: raw-text elements the tree builder would not open as such (a
//! `<style>` inside `<svg>`) are skipped unedited, and a script whose
//! escaped form could hide its end tag (`<!-- <script>`), or
//! `<plaintext>`, stops the editing: the rest is copied as it is.
//! `tests/prepare.rs` checks on the corpus and on random markup that the
//! trees match.

use std::borrow::Cow;

use crate::dom::Attr;

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

/// What [`prepare`] changed, for the page's warnings.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Prepared {
    /// Start tags cut down to [`MAX_ATTRIBUTES`] attributes.
    pub cut_tags: usize,
    /// Container tags dropped beyond [`MAX_DEPTH`].
    pub dropped_tags: usize,
}

/// Whether [`prepare`] keeps attribute `attribute` (lower case) of
/// element `element` (lower case).
///
/// Besides what depeche reads ([`Attr`]), the tree builder looks at a
/// few: `type` (hidden inputs in tables), `font`'s `color`, `face` and
/// `size` (they end SVG content), `shadowroot*` on templates. And it
/// compares formatting elements attribute by attribute (three equal
/// open `<b>`s make it forget the oldest), so those keep them all.
pub fn keeps(element: &[u8], attribute: &[u8]) -> bool {
    // In SVG and MathML, `xlink:href` is read as `href`.
    let local = attribute
        .strip_prefix(b"xlink:")
        .or_else(|| attribute.strip_prefix(b"xml:"))
        .unwrap_or(attribute);
    Attr::from_name(attribute).is_some()
        || Attr::from_name(local).is_some()
        || attribute.starts_with(b"shadowroot")
        || matches!(attribute, b"charset" | b"http-equiv")
        || matches!(
            element,
            b"b" | b"big"
                | b"code"
                | b"em"
                | b"font"
                | b"i"
                | b"nobr"
                | b"s"
                | b"small"
                | b"strike"
                | b"strong"
                | b"tt"
                | b"u"
        )
}

/// The page text slimmed and defused (see the module documentation).
pub fn prepare(html: &str) -> (Cow<'_, str>, Prepared) {
    let mut scan = Scan {
        html,
        bytes: html.as_bytes(),
        out: String::new(),
        copied: 0,
        report: Prepared::default(),
        depth: 0,
        dropped: 0,
        foreign: Foreign::default(),
        select: false,
        attrs: Vec::new(),
    };
    scan.run();
    scan.finish()
}

/// The pass over one page.
struct Scan<'a> {
    html: &'a str,
    bytes: &'a [u8],
    /// The edited text, up to `copied`.
    out: String,
    /// Input before this index is in `out` (copied or edited).
    copied: usize,
    report: Prepared,
    /// Open containers.
    depth: usize,
    /// Container start tags dropped and not yet closed.
    dropped: usize,
    /// Foreign content: inside `<svg>` and `<math>`, `<script>` and
    /// `<style>` hold markup, not raw text. Counted by tags, which can
    /// only overstate it (an `<svg>` closed by its parent's end tag
    /// stays open here).
    foreign: Foreign,
    /// A `<select>` is open: the tree builder ignores a `<style>` or a
    /// `<noscript>` there, so their content is markup.
    select: bool,
    /// The attributes of the tag being read (reused from tag to tag).
    attrs: Vec<AttrSpan>,
}

/// One attribute of a tag, as byte ranges of the input.
#[derive(Debug, Clone, Copy)]
struct AttrSpan {
    /// Start of the name, and of the whole attribute.
    start: usize,
    /// End of the name.
    name_end: usize,
    /// End of the whole attribute (after the closing quote, if any).
    end: usize,
    /// [`keeps`] keeps it (set by [`Scan::rewrite`]).
    keep: bool,
}

/// A tag read by [`Scan::read_tag`].
#[derive(Debug, Clone, Copy)]
struct TagSpan {
    /// The name, as written.
    name: (usize, usize),
    /// Ends with `/>` (the self-closing flag).
    self_closing: bool,
    /// Just after the `>`.
    end: usize,
}

/// How a start tag's content is tokenized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
    /// Markup.
    Markup,
    /// Text up to the matching end tag, kept (`<title>`, `<textarea>`,
    /// `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`).
    RawKept,
    /// Text up to the matching end tag, dropped (`<style>`,
    /// `<noscript>`): nothing reads it.
    RawDropped,
    /// A script: dropped unless it is JSON-LD.
    Script,
    /// `<plaintext>`: the rest of the page is text.
    Plaintext,
    /// `<frameset>`: from here the tree builder ignores most start tags,
    /// raw-text ones included, so their content is markup.
    Frameset,
}

impl Content {
    fn of(name: &[u8]) -> Content {
        match name {
            b"script" => Content::Script,
            b"style" | b"noscript" => Content::RawDropped,
            b"title" | b"textarea" | b"xmp" | b"iframe" | b"noembed"
            | b"noframes" => Content::RawKept,
            b"plaintext" => Content::Plaintext,
            b"frameset" => Content::Frameset,
            _ => Content::Markup,
        }
    }
}

/// HTML's whitespace in tags (a carriage return is read as a newline).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

impl<'a> Scan<'a> {
    /// The main loop: from one `<` to the next.
    fn run(&mut self) {
        let mut i = 0;
        while let Some(lt) = find_byte(b'<', self.bytes, i) {
            let next = match self.bytes.get(lt + 1) {
                Some(b'!') => self.declaration(lt),
                Some(b'/') => self.end_tag(lt),
                Some(b'?') => Some(after_byte(b'>', self.bytes, lt + 2)),
                Some(b) if b.is_ascii_alphabetic() => self.start_tag(lt),
                _ => Some(lt + 1),
            };
            match next {
                Some(next) => i = next,
                None => break,
            }
        }
    }

    /// The edited text, or the input itself when nothing was edited.
    fn finish(mut self) -> (Cow<'a, str>, Prepared) {
        if self.copied == 0 {
            return (Cow::Borrowed(self.html), self.report);
        }
        self.out.push_str(self.html.get(self.copied..).unwrap_or_default());
        (Cow::Owned(self.out), self.report)
    }

    /// Copies the input up to `to`, then starts an edit there.
    fn copy_to(&mut self, to: usize) {
        if self.out.capacity() == 0 {
            self.out.reserve(self.html.len() * 3 / 4);
        }
        self.out.push_str(self.html.get(self.copied..to).unwrap_or_default());
        self.copied = to;
    }

    /// Replaces the input from `from` to `to` with `with`.
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        self.copy_to(from);
        self.out.push_str(with);
        self.copied = to;
    }

    /// `<!…`: a comment (emptied), a CDATA section, a doctype or a
    /// bogus comment. Returns where the scan goes on, `None` where
    /// editing must stop.
    fn declaration(&mut self, lt: usize) -> Option<usize> {
        let rest = self.bytes.get(lt..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            let end = comment_end(self.bytes, lt + 4);
            if end - lt > "<!---->".len() {
                self.replace(lt, end, "<!---->");
            }
            Some(end)
        } else if rest.starts_with(b"<![CDATA[") && self.foreign.inside() {
            self.cdata(lt)
        } else {
            Some(after_byte(b'>', self.bytes, lt + 2))
        }
    }

    /// `<![CDATA[`, in what may be foreign content: a CDATA section to
    /// `]]>` there, a bogus comment to the first `>` in HTML. Where the
    /// two readings differ by markup, which one holds is not known here:
    /// `None`, editing stops.
    fn cdata(&self, lt: usize) -> Option<usize> {
        let comment = after_byte(b'>', self.bytes, lt + 2);
        let rest = self.bytes.get(lt..).unwrap_or_default();
        let section = memchr::memmem::find(rest, b"]]>")
            .map_or(self.bytes.len(), |at| lt + at + 3);
        let between = self.bytes.get(comment..section).unwrap_or_default();
        (!between.contains(&b'<')).then_some(section)
    }

    /// `</…`: an end tag (its depth bookkeeping), `</>` (ignored) or a
    /// bogus comment. `None` at an unterminated tag.
    fn end_tag(&mut self, lt: usize) -> Option<usize> {
        match self.bytes.get(lt + 2) {
            Some(b) if b.is_ascii_alphabetic() => {}
            Some(b'>') => return Some(lt + 3),
            Some(_) => return Some(after_byte(b'>', self.bytes, lt + 2)),
            None => return None,
        }
        let tag = self.read_tag(lt + 2)?;
        let mut buf = [0u8; 16];
        let name = lower(self.slice(tag.name), &mut buf);
        self.foreign.close(name);
        if name == b"select" {
            self.select = false;
        }
        if is_container(name) {
            if self.dropped > 0 {
                self.dropped -= 1;
                self.replace(lt, tag.end, "");
            } else {
                self.depth = self.depth.saturating_sub(1);
            }
        }
        Some(tag.end)
    }

    /// `<name…>`: drops unread attributes, then skips or drops raw-text
    /// content. `None` where editing must stop.
    fn start_tag(&mut self, lt: usize) -> Option<usize> {
        let tag = self.read_tag(lt + 1)?;
        let mut buf = [0u8; 16];
        let name = lower(self.slice(tag.name), &mut buf);
        if is_container(name) && !tag.self_closing {
            if self.depth >= MAX_DEPTH {
                self.dropped += 1;
                self.report.dropped_tags += 1;
                self.replace(lt, tag.end, "");
                return Some(tag.end);
            }
            self.depth += 1;
        }
        if !tag.self_closing {
            self.foreign.open(name);
        }
        self.select |= name == b"select";
        let content = Content::of(name);
        let json_ld = content == Content::Script && self.is_json_ld();
        self.rewrite(lt, tag, name);
        match content {
            Content::Markup => Some(tag.end),
            Content::Plaintext | Content::Frameset => None,
            Content::RawKept | Content::RawDropped | Content::Script => {
                self.raw_text(content, tag.end, name, json_ld)
            }
        }
    }

    /// The content of a raw-text element, from `from` to its end tag:
    /// skipped, or dropped when nothing reads it. Where the tree builder
    /// may read it as markup instead (inside SVG or MathML, or a
    /// `<style>` in a `<select>`), content with markup in it stops the
    /// editing, and plain text is kept.
    fn raw_text(
        &mut self,
        content: Content,
        from: usize,
        name: &[u8],
        json_ld: bool,
    ) -> Option<usize> {
        let close = raw_end(self.bytes, from, name);
        let body = self.bytes.get(from..close).unwrap_or_default();
        let in_select = self.select && content != Content::Script;
        if (self.foreign.inside() || in_select) && body.contains(&b'<') {
            return None;
        }
        if content == Content::Script && may_double_escape(body) {
            return None;
        }
        // Foreign text is seen by the tree builder (a `<frameset>` after
        // it is ignored): it stays.
        let drop = !self.foreign.inside()
            && match content {
                Content::Script => !json_ld,
                Content::RawDropped => !in_select,
                _ => false,
            };
        if drop {
            self.replace(from, close, "");
        }
        Some(close)
    }

    /// Writes the tag again with only the attributes [`keeps`] keeps,
    /// at most [`MAX_ATTRIBUTES`] of them; leaves it alone when that is
    /// all of them.
    fn rewrite(&mut self, lt: usize, tag: TagSpan, name: &[u8]) {
        let bytes = self.bytes;
        let mut kept = 0;
        for a in &mut self.attrs {
            let mut buf = [0u8; 32];
            let attribute = bytes.get(a.start..a.name_end).unwrap_or_default();
            a.keep = keeps(name, lower(attribute, &mut buf));
            kept += usize::from(a.keep);
        }
        if kept == self.attrs.len() && kept <= MAX_ATTRIBUTES {
            return;
        }
        if kept > MAX_ATTRIBUTES {
            self.report.cut_tags += 1;
        }
        let html = self.html;
        self.copy_to(lt);
        self.out.push('<');
        self.out
            .push_str(html.get(tag.name.0..tag.name.1).unwrap_or_default());
        for a in self.attrs.iter().filter(|a| a.keep).take(MAX_ATTRIBUTES) {
            self.out.push(' ');
            self.out.push_str(html.get(a.start..a.end).unwrap_or_default());
        }
        // With a space: after an unquoted value, `/` would be read as
        // part of it.
        self.out.push_str(if tag.self_closing { " />" } else { ">" });
        self.copied = tag.end;
    }

    /// Whether the script just read may be JSON-LD: its first `type`
    /// attribute mentions `ld+json` (an escaped value counts as maybe).
    fn is_json_ld(&self) -> bool {
        let Some(a) = self.attrs.iter().find(|a| {
            self.slice((a.start, a.name_end)).eq_ignore_ascii_case(b"type")
        }) else {
            return false;
        };
        let value = self.slice((a.name_end, a.end));
        value.contains(&b'&')
            || value.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
    }

    /// Reads a tag whose name starts at `pos` by the tokenizer's rules,
    /// its attributes into `self.attrs`. `None` at the end of input
    /// (html5ever drops an unterminated tag).
    fn read_tag(&mut self, pos: usize) -> Option<TagSpan> {
        let b = self.bytes;
        let mut i = pos;
        while b.get(i).is_some_and(|&c| !is_space(c) && c != b'/' && c != b'>')
        {
            i += 1;
        }
        let name = (pos, i);
        self.attrs.clear();
        loop {
            // Before attribute name.
            while b.get(i).copied().is_some_and(is_space) {
                i += 1;
            }
            match *b.get(i)? {
                b'>' => {
                    return Some(TagSpan {
                        name,
                        self_closing: false,
                        end: i + 1,
                    });
                }
                b'/' => {
                    i += 1;
                    if b.get(i) == Some(&b'>') {
                        return Some(TagSpan {
                            name,
                            self_closing: true,
                            end: i + 1,
                        });
                    }
                    continue;
                }
                _ => {}
            }
            // Attribute name: its first character is taken whatever it
            // is, `=` included.
            let start = i;
            i += 1;
            while b.get(i).is_some_and(|&c| {
                !is_space(c) && !matches!(c, b'/' | b'>' | b'=')
            }) {
                i += 1;
            }
            let name_end = i;
            // After attribute name.
            let mut j = i;
            while b.get(j).copied().is_some_and(is_space) {
                j += 1;
            }
            if b.get(j) != Some(&b'=') {
                self.attrs.push(AttrSpan {
                    start,
                    name_end,
                    end: name_end,
                    keep: false,
                });
                i = j;
                continue;
            }
            // Before attribute value.
            i = j + 1;
            while b.get(i).copied().is_some_and(is_space) {
                i += 1;
            }
            match *b.get(i)? {
                q @ (b'"' | b'\'') => i = find_byte(q, b, i + 1)? + 1,
                b'>' => {}
                _ => {
                    while b.get(i).is_some_and(|&c| !is_space(c) && c != b'>')
                    {
                        i += 1;
                    }
                }
            }
            self.attrs.push(AttrSpan { start, name_end, end: i, keep: false });
        }
    }

    fn slice(&self, (from, to): (usize, usize)) -> &'a [u8] {
        self.bytes.get(from..to).unwrap_or_default()
    }
}

/// `name` in lower case, in `buf`; a name longer than `buf` comes back
/// empty (no element or attribute of interest is that long).
fn lower<'b>(name: &[u8], buf: &'b mut [u8]) -> &'b [u8] {
    let Some(out) = buf.get_mut(..name.len()) else { return &[] };
    out.copy_from_slice(name);
    out.make_ascii_lowercase();
    out
}

/// Open `<svg>` and `<math>` elements, and the HTML islands in them
/// (`<foreignObject>`, MathML's `<mi>`…) where their end tags are
/// ignored.
#[derive(Debug, Default)]
struct Foreign {
    svg: usize,
    math: usize,
    islands: usize,
}

impl Foreign {
    fn inside(&self) -> bool {
        self.svg + self.math > 0
    }

    /// A start tag (not self-closing), name in lower case.
    fn open(&mut self, name: &[u8]) {
        match name {
            b"svg" => self.svg += 1,
            b"math" => self.math += 1,
            _ if self.inside() && is_island(name) => self.islands += 1,
            _ => {}
        }
    }

    /// An end tag, name in lower case.
    fn close(&mut self, name: &[u8]) {
        match name {
            b"svg" if self.islands == 0 => {
                self.svg = self.svg.saturating_sub(1)
            }
            b"math" if self.islands == 0 => {
                self.math = self.math.saturating_sub(1);
            }
            _ if is_island(name) => {
                self.islands = self.islands.saturating_sub(1)
            }
            _ => {}
        }
    }
}

/// Foreign elements whose content is HTML again.
fn is_island(name: &[u8]) -> bool {
    matches!(
        name,
        b"foreignobject"
            | b"desc"
            | b"mi"
            | b"mo"
            | b"mn"
            | b"ms"
            | b"mtext"
            | b"annotation-xml"
    )
}

/// A container tag name (in lower case).
fn is_container(name: &[u8]) -> bool {
    CONTAINERS.contains(&name)
}

/// Just after the end of the comment whose text starts at `from` (after
/// `<!--`): `-->`, `--!>`, or `>` right away (`<!-->`, `<!--->`); the
/// end of input if it never ends.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(at) =
        bytes.get(i..).and_then(|r| memchr::memmem::find(r, b"--"))
    {
        let mut dash = i + at;
        // `--->`: extra dashes belong to the text.
        while bytes.get(dash + 2) == Some(&b'-') {
            dash += 1;
        }
        match bytes.get(dash + 2) {
            Some(b'>') => return dash + 3,
            Some(b'!') if bytes.get(dash + 3) == Some(&b'>') => {
                return dash + 4;
            }
            _ => i = dash + 2,
        }
    }
    bytes.len()
}

/// The start of the end tag that closes raw text named `name` (lower
/// case) begun at `from`: `</name` followed by whitespace, `/` or `>`,
/// in any case; the end of input if there is none.
fn raw_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    memchr::memmem::find_iter(rest, b"</")
        .map(|off| from + off)
        .find(|&at| {
            bytes
                .get(at + 2..at + 2 + name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
                && bytes
                    .get(at + 2 + name.len())
                    .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
        })
        .unwrap_or(bytes.len())
}

/// Whether a script's text could be in the "double escaped" state, where
/// `</script>` does not end it: `<!--` then `<script` (over-approximated).
fn may_double_escape(body: &[u8]) -> bool {
    let Some(at) = memchr::memmem::find(body, b"<!--") else { return false };
    body.get(at..)
        .unwrap_or_default()
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"<script"))
}

/// The first index of `needle` at or after `from`.
fn find_byte(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(needle, bytes.get(from..)?).map(|p| p + from)
}

/// Just after the first `needle` at or after `from`, or the end.
fn after_byte(needle: u8, bytes: &[u8], from: usize) -> usize {
    find_byte(needle, bytes, from).map_or(bytes.len(), |at| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(html: &str) -> String {
        prepare(html).0.into_owned()
    }

    #[test]
    fn borrows_pages_with_nothing_to_drop() {
        let html = r#"<p class="chapo" id='a > b'>Texte « cité ».</p>"#;
        let (out, d) = prepare(html);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(d, Prepared::default());
    }

    #[test]
    fn drops_unread_attributes_keeps_read_ones_as_written() {
        assert_eq!(
            prep(r#"<a data-x="1 > 2" HREF='/a' onclick=go() class=b>t</a>"#),
            r#"<a HREF='/a' class=b>t</a>"#
        );
        assert_eq!(prep(r#"<img src="a.jpg" alt="x">"#), "<img>");
        assert_eq!(prep(r#"<p data-a=x/>t"#), "<p>t");
    }

    #[test]
    fn keeps_the_self_closing_flag_apart_from_unquoted_values() {
        assert_eq!(prep("<path d=M0 id=x />"), "<path id=x />");
        assert_eq!(prep("<br data-a=b/>"), "<br>");
    }

    #[test]
    fn formatting_elements_keep_every_attribute() {
        let html = r#"<b data-n="1"><font color=red data-x=y>t</font></b>"#;
        assert_eq!(prep(html), html);
    }

    #[test]
    fn drops_script_style_and_noscript_bodies_but_not_json_ld() {
        assert_eq!(
            prep("<script>var a = '<p data-x=1>';</script><p>t</p>"),
            "<script></script><p>t</p>"
        );
        assert_eq!(prep("<STYLE>p{}</style >x"), "<STYLE></style >x");
        assert_eq!(
            prep("<noscript><img src=a></noscript>"),
            "<noscript></noscript>"
        );
        let ld = r#"<script type="application/ld+json">{"a":"</p>"}</script>"#;
        assert_eq!(prep(ld), ld);
    }

    #[test]
    fn stops_at_markup_in_svg_scripts_and_styles() {
        // In SVG, `<b>` in a style is an element (that ends the SVG), and
        // whether the SVG is still open is the tree builder's call.
        let html = "<svg><style><b>t</b></style></svg><p data-a=1>";
        assert_eq!(prep(html), html);
        // An SVG closed by an end tag of its parent stays open here.
        let html = "<div><svg></div><style>a<b</style><p data-a=1>";
        assert_eq!(prep(html), html);
        // Plain text in an SVG style is kept; after the SVG, styles go.
        assert_eq!(
            prep("<svg><style>.a{}</style></svg><style>a<b</style>"),
            "<svg><style>.a{}</style></svg><style></style>"
        );
    }

    #[test]
    fn cdata_in_svg_is_skipped_when_both_readings_agree() {
        assert_eq!(
            prep("<svg><![CDATA[a>b]]></svg><p data-a=1>"),
            "<svg><![CDATA[a>b]]></svg><p>"
        );
        // A bogus comment to `a>` outside SVG: `<i data-a=1>` is a tag.
        let html = "<svg><p><![CDATA[a><i data-a=1>]]><p data-a=1>";
        assert_eq!(prep(html), html);
        assert_eq!(
            prep("<![CDATA[a><i data-a=1>]]>"),
            "<![CDATA[a><i data-a=1>]]>"
        );
        assert_eq!(prep("<![CDATA[a><p data-a=1>]]>"), "<![CDATA[a><p>]]>");
    }

    #[test]
    fn select_keeps_style_text_and_stops_at_style_markup() {
        assert_eq!(
            prep("<select><style>.a</style></select><p data-a=1>"),
            "<select><style>.a</style></select><p>"
        );
        let html = "<select><style><textarea></style><p data-a=1>";
        assert_eq!(prep(html), html);
        assert_eq!(
            prep("<select><script>a<b</script></select>"),
            "<select><script></script></select>"
        );
    }

    #[test]
    fn raw_text_ends_only_at_its_own_end_tag() {
        assert_eq!(
            prep("<script>a</scripts><b data-x=1></script>t"),
            "<script></script>t"
        );
        let title = "<title>a <b data-x=1></title>";
        assert_eq!(prep(title), title);
    }

    #[test]
    fn stops_at_scripts_that_may_hide_their_end() {
        let html = "<script><!-- <script></script> --></script><p data-a=1>";
        assert_eq!(prep(html), html);
        let html = "<plaintext><p data-a=1>";
        assert_eq!(prep(html), html);
    }

    #[test]
    fn empties_comments_and_leaves_markup_in_them_alone() {
        assert_eq!(
            prep("<!-- <p data-a='1'> --><p data-b=2>t"),
            "<!----><p>t"
        );
        assert_eq!(prep("<!--a--!><i>"), "<!----><i>");
        assert_eq!(prep("<!--><p data-a=1>"), "<!--><p>");
        assert_eq!(prep("<!-- a ---><p data-a=1>"), "<!----><p>");
        assert_eq!(prep("<!-- a --! b --><p data-a=1>"), "<!----><p>");
    }

    #[test]
    fn quoted_values_hide_tag_ends() {
        assert_eq!(
            prep(r#"<a data-t="<b class='x'>" href=/y>t</a>"#),
            "<a href=/y>t</a>"
        );
        assert_eq!(
            prep(r#"</div data-a=">"><p data-b=1>"#),
            r#"</div data-a=">"><p>"#
        );
    }

    #[test]
    fn cuts_huge_tags() {
        let attrs: String =
            (0..1000).map(|i| format!(" class=\"v{i}\"")).collect();
        let html = format!("<div{attrs}><p>Texte.</p></div>");
        let (out, d) = prepare(&html);
        assert_eq!(d.cut_tags, 1);
        assert!(out.contains("class=\"v255\">"));
        assert!(!out.contains("v256"));
        assert!(out.ends_with("><p>Texte.</p></div>"));
    }

    #[test]
    fn flattens_deep_nesting() {
        let html = format!(
            "{}<p>Fond.</p>{}<p>Après.</p>",
            "<div>".repeat(2000),
            "</div>".repeat(2000)
        );
        let (out, d) = prepare(&html);
        assert_eq!(d.dropped_tags, 2000 - MAX_DEPTH);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("<p>Fond.</p>"));
        assert!(out.ends_with("<p>Après.</p>"));
    }

    #[test]
    fn leaves_unterminated_tags_alone() {
        let html = format!("<p>t</p><div{}", " data-a".repeat(1000));
        assert_eq!(prep(&html), html);
        assert_eq!(prep("<a href='x"), "<a href='x");
    }

    #[test]
    fn keeps_what_the_tree_builder_reads() {
        assert!(keeps(b"input", b"type"));
        assert!(keeps(b"template", b"shadowrootmode"));
        assert!(keeps(b"font", b"size"));
        assert!(keeps(b"div", b"class"));
        assert!(!keeps(b"div", b"data-id"));
    }
}
